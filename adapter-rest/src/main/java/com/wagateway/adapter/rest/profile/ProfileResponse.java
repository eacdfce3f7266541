package com.wagateway.adapter.rest.profile;

import com.wagateway.domain.profile.Profile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The WhatsApp business profile; a field the provider does not report is null. */
@Schema(name = "Profile")
public record ProfileResponse(
    @Schema(example = "ACME Support") String name,
    @Schema(example = "We answer Monday to Friday, 8-18h") String description,
    @Schema(example = "https://pps.whatsapp.net/v/t61/profile.jpg") String pictureUrl) {

  static ProfileResponse of(Profile profile) {
    return new ProfileResponse(profile.name(), profile.description(), profile.pictureUrl());
  }
}
