package com.wagateway.adapter.rest.profile;

import com.wagateway.domain.profile.ProfileUpdate;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to the profile; give at least one field. */
@Schema(name = "ProfileUpdate", description = "At least one of `name` and `description`.")
public record ProfileUpdateRequest(
    @Schema(description = "Display name, 3 to 25 characters", example = "ACME Support")
        @Size(min = 3, max = 25)
        String name,
    @Schema(
            description = "The 'About' text, up to 139 characters",
            example = "We answer Monday to Friday, 8-18h")
        @Size(min = 1, max = 139)
        String description) {

  ProfileUpdate toUpdate() {
    return new ProfileUpdate(name, description);
  }
}
