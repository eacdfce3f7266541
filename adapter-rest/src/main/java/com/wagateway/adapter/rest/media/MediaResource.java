package com.wagateway.adapter.rest.media;

import com.wagateway.application.media.ManageMedia;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFile;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Files in the tenant's provider media store: streamed out, stored in, listed, deleted. */
@Path("/v1/tenants/{tenantId}/media")
@Tag(name = "Media")
public class MediaResource {
  private final ManageMedia media;
  private final Optional<URI> publicUrl;

  public MediaResource(
      ManageMedia media, @ConfigProperty(name = "gateway.public-url") Optional<URI> publicUrl) {
    this.media = media;
    this.publicUrl = publicUrl;
  }

  @GET
  @Path("/{mediaId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a file",
      description =
          "Streams a received or stored file from the tenant's provider, with its Content-Type,"
              + " Content-Length (when the provider gives it) and Content-Disposition (when the"
              + " provider names the file). The gateway passes the bytes on as they arrive and"
              + " never holds the whole file. An id the provider does not know, or that cannot be"
              + " one of its ids, answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The file itself",
      headers = {
        @Header(name = "Content-Length", schema = @Schema(type = SchemaType.INTEGER)),
        @Header(
            name = "Content-Disposition",
            description = "attachment; filename=\"...\" when the provider names the file",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(
      @PathParam("tenantId") String tenantId, @PathParam("mediaId") String mediaId) {
    MediaDownload file = media.download(new TenantId(tenantId), new MediaId(mediaId));
    Response.ResponseBuilder ok = Response.ok(file.content(), file.mimeType());
    file.size().ifPresent(length -> ok.header(HttpHeaders.CONTENT_LENGTH, length));
    if (file.fileName() != null) {
      ok.header("Content-Disposition", "attachment; filename=\"" + quoted(file.fileName()) + "\"");
    }
    return ok.build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List stored files",
      description =
          "The files in the provider's media store, newest first. The provider pages by offset,"
              + " so a file stored or deleted between two pages shifts the next one by a file.")
  @APIResponse(
      responseCode = "200",
      description = "One page of files",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MediaFileResponse.Page.class),
              examples =
                  @ExampleObject(
                      name = "one file, more to come",
                      value =
                          "{\"items\": [{\"mediaId\": \"png-4f1a8c2e-9b7d-4c11\", \"mimeType\":"
                              + " \"image/png\", \"sizeBytes\": 48213, \"fileName\": \"logo.png\","
                              + " \"createdAt\": \"2026-03-01T14:05:00Z\", \"downloadUrl\":"
                              + " \"https://gateway.example.com/v1/tenants/acme/media/png-4f1a8c2e-9b7d-4c11\"}],"
                              + " \"nextCursor\": \"MQ\"}")))
  public MediaFileResponse.Page listMedia(
      @PathParam("tenantId") String tenantId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ManageMedia.MAX_PAGE) int limit,
      @Context UriInfo request) {
    Page<MediaFile> page = media.list(new TenantId(tenantId), cursor, limit);
    URI base = publicUrl.orElseGet(request::getBaseUri);
    return new MediaFileResponse.Page(
        page.items().stream().map(file -> MediaFileResponse.of(file, base, tenantId)).toList(),
        page.nextCursor());
  }

  @DELETE
  @Path("/{mediaId}")
  @Operation(
      summary = "Delete a stored file",
      description =
          "Removes the file from the provider's media store: its id no longer downloads, nor"
              + " sends as `media.id`. An id the provider does not know answers 404.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public void deleteMedia(
      @PathParam("tenantId") String tenantId, @PathParam("mediaId") String mediaId) {
    media.delete(new TenantId(tenantId), new MediaId(mediaId));
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Store a file",
      description =
          "Stores the request body (the file itself, typed by its Content-Type, e.g. image/png) in"
              + " the provider's media store, or the `file` part of a multipart/form-data body."
              + " Send it afterwards with `{\"media\": {\"id\": mediaId}}` on any media message"
              + " type. Bodies over `quarkus.http.limits.max-body-size` answer 413.")
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location is its download URL",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StoredMediaResponse.class),
              examples =
                  @ExampleObject(
                      name = "stored",
                      value =
                          "{\"mediaId\": \"png-4f1a8c2e-9b7d-4c11\", \"mimeType\": \"image/png\","
                              + " \"sizeBytes\": 48213, \"downloadUrl\":"
                              + " \"https://gateway.example.com/v1/tenants/acme/media/png-4f1a8c2e-9b7d-4c11\"}")))
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "a PNG image", summary = "Content-Type: image/png")),
        @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA,
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    requiredProperties = "file",
                    properties =
                        @SchemaProperty(
                            name = "file",
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "The file, typed by the part's Content-Type")))
      })
  public Response upload(
      @PathParam("tenantId") String tenantId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body,
      @Context UriInfo request) {
    return stored(tenantId, new MediaUpload(body, contentType, null), request);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response uploadForm(
      @PathParam("tenantId") String tenantId,
      @RestForm("file") FileUpload file,
      @Context UriInfo request)
      throws IOException {
    if (file == null) {
      throw new InvalidValueException("file", "must be present as a multipart/form-data part");
    }
    try (InputStream content = Files.newInputStream(file.uploadedFile())) {
      return stored(
          tenantId, new MediaUpload(content, file.contentType(), file.fileName()), request);
    }
  }

  private Response stored(String tenantId, MediaUpload upload, UriInfo request) {
    StoredMedia stored = media.upload(new TenantId(tenantId), upload);
    URI link =
        MediaLinks.download(
            publicUrl.orElseGet(request::getBaseUri), tenantId, stored.id().value());
    return Response.created(link).entity(StoredMediaResponse.of(stored, link)).build();
  }

  /** A file name as a quoted-string: quotes and backslashes escaped, control characters dropped. */
  private static String quoted(String name) {
    return name.replaceAll("[\\p{Cntrl}]", "").replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
