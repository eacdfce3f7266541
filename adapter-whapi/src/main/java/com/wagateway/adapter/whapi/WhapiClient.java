package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.ChatPatch;
import com.wagateway.adapter.whapi.WhapiRequests.CheckContacts;
import com.wagateway.adapter.whapi.WhapiRequests.ReactToMessage;
import com.wagateway.adapter.whapi.WhapiRequests.SendPresence;
import com.wagateway.adapter.whapi.WhapiRequests.SenderAudio;
import com.wagateway.adapter.whapi.WhapiRequests.SenderContact;
import com.wagateway.adapter.whapi.WhapiRequests.SenderDocument;
import com.wagateway.adapter.whapi.WhapiRequests.SenderImage;
import com.wagateway.adapter.whapi.WhapiRequests.SenderInteractive;
import com.wagateway.adapter.whapi.WhapiRequests.SenderLinkPreview;
import com.wagateway.adapter.whapi.WhapiRequests.SenderLocation;
import com.wagateway.adapter.whapi.WhapiRequests.SenderPoll;
import com.wagateway.adapter.whapi.WhapiRequests.SenderSticker;
import com.wagateway.adapter.whapi.WhapiRequests.SenderText;
import com.wagateway.adapter.whapi.WhapiRequests.SenderVideo;
import com.wagateway.adapter.whapi.WhapiRequests.SenderVoice;
import com.wagateway.adapter.whapi.WhapiRequests.SettingsUpdate;
import com.wagateway.adapter.whapi.WhapiRequests.UserProfileUpdate;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Whapi.Cloud endpoints the gateway uses (OpenAPI 1.8.7). Every method returns the raw {@link
 * Response} so that status, headers and body are judged in one place ({@link WhapiApi}); the sends
 * return it as a stage, so no thread waits while a message is in flight.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiClient {
  String AUTH = "Authorization";

  @POST
  @Path("messages/text")
  CompletionStage<Response> sendText(@HeaderParam(AUTH) String authorization, SenderText body);

  @POST
  @Path("messages/image")
  CompletionStage<Response> sendImage(@HeaderParam(AUTH) String authorization, SenderImage body);

  @POST
  @Path("messages/video")
  CompletionStage<Response> sendVideo(@HeaderParam(AUTH) String authorization, SenderVideo body);

  @POST
  @Path("messages/audio")
  CompletionStage<Response> sendAudio(@HeaderParam(AUTH) String authorization, SenderAudio body);

  @POST
  @Path("messages/voice")
  CompletionStage<Response> sendVoice(@HeaderParam(AUTH) String authorization, SenderVoice body);

  @POST
  @Path("messages/document")
  CompletionStage<Response> sendDocument(
      @HeaderParam(AUTH) String authorization, SenderDocument body);

  @POST
  @Path("messages/sticker")
  CompletionStage<Response> sendSticker(
      @HeaderParam(AUTH) String authorization, SenderSticker body);

  @POST
  @Path("messages/location")
  CompletionStage<Response> sendLocation(
      @HeaderParam(AUTH) String authorization, SenderLocation body);

  @POST
  @Path("messages/contact")
  CompletionStage<Response> sendContact(
      @HeaderParam(AUTH) String authorization, SenderContact body);

  @POST
  @Path("messages/link_preview")
  CompletionStage<Response> sendLinkPreview(
      @HeaderParam(AUTH) String authorization, SenderLinkPreview body);

  @POST
  @Path("messages/poll")
  CompletionStage<Response> sendPoll(@HeaderParam(AUTH) String authorization, SenderPoll body);

  @POST
  @Path("messages/interactive")
  CompletionStage<Response> sendInteractive(
      @HeaderParam(AUTH) String authorization, SenderInteractive body);

  /** markMessageAsRead; the id is path-encoded by the client, never spliced in as is. */
  @PUT
  @Path("messages/{MessageID}")
  Response markRead(
      @HeaderParam(AUTH) String authorization, @PathParam("MessageID") String messageId);

  @DELETE
  @Path("messages/{MessageID}")
  Response deleteMessage(
      @HeaderParam(AUTH) String authorization, @PathParam("MessageID") String messageId);

  @PATCH
  @Path("chats/{ChatID}")
  Response patchChat(
      @HeaderParam(AUTH) String authorization, @PathParam("ChatID") String chatId, ChatPatch body);

  @PUT
  @Path("presences/{EntryID}")
  Response sendPresence(
      @HeaderParam(AUTH) String authorization,
      @PathParam("EntryID") String entryId,
      SendPresence body);

  @POST
  @Path("contacts")
  Response checkContacts(@HeaderParam(AUTH) String authorization, CheckContacts body);

  @PUT
  @Path("messages/{MessageID}/reaction")
  CompletionStage<Response> react(
      @HeaderParam(AUTH) String authorization,
      @PathParam("MessageID") String messageId,
      ReactToMessage body);

  @GET
  @Path("health")
  Response health(@HeaderParam(AUTH) String authorization, @QueryParam("wakeup") boolean wakeup);

  @GET
  @Path("users/login")
  Response login(@HeaderParam(AUTH) String authorization, @QueryParam("wakeup") boolean wakeup);

  @POST
  @Path("users/logout")
  Response logout(@HeaderParam(AUTH) String authorization);

  @GET
  @Path("users/profile")
  Response profile(@HeaderParam(AUTH) String authorization);

  @PATCH
  @Path("users/profile")
  Response updateProfile(@HeaderParam(AUTH) String authorization, UserProfileUpdate body);

  @GET
  @Path("settings")
  Response settings(@HeaderParam(AUTH) String authorization);

  @PATCH
  @Path("settings")
  Response updateSettings(@HeaderParam(AUTH) String authorization, SettingsUpdate body);

  /** getMedia: the file itself, in whatever type it was stored. */
  @GET
  @Path("media/{MediaID}")
  @Produces(MediaType.WILDCARD)
  Response media(@HeaderParam(AUTH) String authorization, @PathParam("MediaID") String mediaId);

  /** uploadMedia: the raw file as the body, typed by its {@code Content-Type}. */
  @POST
  @Path("media")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  Response uploadMedia(
      @HeaderParam(AUTH) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] file);

  /** getMediaFiles: one slice of the store; {@code sort} is {@code asc} or {@code desc}. */
  @GET
  @Path("media")
  Response mediaFiles(
      @HeaderParam(AUTH) String authorization,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset,
      @QueryParam("sort") String sort);

  @DELETE
  @Path("media/{MediaID}")
  Response deleteMedia(
      @HeaderParam(AUTH) String authorization, @PathParam("MediaID") String mediaId);

  // Any operation of Whapi's API, for the provider-specific route: the path arrives
  // percent-encoded and already checked against Whapi's OpenAPI document, so it is not encoded
  // again; the body goes as sent, typed by its own Content-Type.

  @GET
  @Path("{path}")
  @Produces(MediaType.WILDCARD)
  Response get(
      @HeaderParam(AUTH) String authorization,
      @Encoded @PathParam("path") String path,
      @RestQuery MultivaluedMap<String, String> query);

  @HEAD
  @Path("{path}")
  @Produces(MediaType.WILDCARD)
  Response head(
      @HeaderParam(AUTH) String authorization,
      @Encoded @PathParam("path") String path,
      @RestQuery MultivaluedMap<String, String> query);

  @POST
  @Path("{path}")
  @Produces(MediaType.WILDCARD)
  @Consumes(MediaType.WILDCARD)
  Response post(
      @HeaderParam(AUTH) String authorization,
      @Encoded @PathParam("path") String path,
      @RestQuery MultivaluedMap<String, String> query,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body);

  @PUT
  @Path("{path}")
  @Produces(MediaType.WILDCARD)
  @Consumes(MediaType.WILDCARD)
  Response put(
      @HeaderParam(AUTH) String authorization,
      @Encoded @PathParam("path") String path,
      @RestQuery MultivaluedMap<String, String> query,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body);

  @PATCH
  @Path("{path}")
  @Produces(MediaType.WILDCARD)
  @Consumes(MediaType.WILDCARD)
  Response patch(
      @HeaderParam(AUTH) String authorization,
      @Encoded @PathParam("path") String path,
      @RestQuery MultivaluedMap<String, String> query,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body);

  @DELETE
  @Path("{path}")
  @Produces(MediaType.WILDCARD)
  @Consumes(MediaType.WILDCARD)
  Response delete(
      @HeaderParam(AUTH) String authorization,
      @Encoded @PathParam("path") String path,
      @RestQuery MultivaluedMap<String, String> query,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] body);
}
