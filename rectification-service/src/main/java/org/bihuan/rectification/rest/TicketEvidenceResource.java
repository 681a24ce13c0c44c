package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Attachment;
import org.bihuan.platform.http.LargeBody;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.config.EvidenceSettings;
import org.bihuan.rectification.mapping.EvidenceView;
import org.bihuan.rectification.service.EvidenceKind;
import org.bihuan.rectification.service.TicketWork;
import org.bihuan.rectification.service.WithdrawnProblems;
import org.bihuan.rectification.service.WrittenTicket;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** A ticket's evidence files (佐证材料): uploaded by its units, downloaded as attachments. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketEvidenceResource {

  @Inject TicketWork work;
  @Inject WithdrawnProblems withdrawnProblems;
  @Inject WrittenTicket written;
  @Inject OrganisationClock clock;
  @Inject EvidenceSettings evidenceSettings;

  @POST
  @LargeBody
  @Path("/{id}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "201",
      extensions = @Extension(name = TicketContract.TICKET_ETAG, value = "true"),
      description = "The evidence file's metadata; Location is its content",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(
      responseCode = "413",
      description =
          "The file is over bihuan.evidence.max-bytes (`maxBytes` says how many), or the body over"
              + " the service's body limit; nothing is stored.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "ProblemDetails")))
  @APIResponse(
      responseCode = "415",
      description =
          "The body is not multipart/form-data; or the file is an executable (evidence-executable),"
              + " or its bytes are not of the kind its name or Content-Type declares (PDF, Office,"
              + " JPEG/PNG/GIF/WebP, plain text — without a NUL byte anywhere in the file unless"
              + " it is UTF-16 with a byte order mark: evidence-content-mismatch); the zh-CN"
              + " detail names"
              + " the file and what it looks like (`detected`). Nothing is stored.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "ProblemDetails")))
  @Operation(
      operationId = "addEvidence",
      summary = "Upload an evidence file (佐证材料): multipart field 'file', optional 'description'",
      description =
          "multipart/form-data with the part \"file\" (filename kept exactly, Chinese included) and an optional \"description\", nothing else (schema EvidenceUpload). At most bihuan.evidence.max-bytes (default 20 MB): larger answers 413 problem+json. Stored in PostgreSQL with size, media type and sha256.")
  public Response addEvidence(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA,
                      schema = @Schema(implementation = EvidenceForm.class),
                      encoding = {
                        @Encoding(name = "file", contentType = "*/*"),
                        @Encoding(name = "description", contentType = "text/plain; charset=utf-8")
                      }))
          MultipartFormDataInput form) {
    EvidenceForm upload = EvidenceForm.read(form, evidenceSettings.maxBytes().asLongValue());
    EvidenceKind.check(upload.filename(), upload.mediaType(), upload.file().toPath());
    withdrawnProblems.refuseIfWithdrawn(id, "take evidence");
    EvidenceView e =
        work.addEvidence(
            id,
            new TicketWork.Upload(
                upload.filename(),
                upload.mediaType(),
                upload.size(),
                () -> java.nio.file.Files.newInputStream(upload.file().toPath()),
                upload.description()),
            ifMatch);
    return TicketEtag.of(written, clock.today(), Versions.created(e.contentUrl()).entity(e))
        .build();
  }

  @GET
  @Path("/{id}/evidence")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listEvidence",
      summary = "A ticket's evidence files (metadata)",
      description =
          "Metadata only (filename, mediaType, size, sha256, description, uploader); the bytes are at contentUrl. Oldest first, paginated.")
  public Page<EvidenceView> evidence(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return work.evidence(id, PageRequest.of(limit, cursor));
  }

  @GET
  @Path("/{id}/evidence/{eid}/content")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed(Roles.VIEWER)
  @APIResponse(
      responseCode = "200",
      description =
          "The file's exact bytes; Content-Type is the media type stored at upload when it is a"
              + " safe one (pictures, PDF, office documents, plain text, CSV, archives, audio,"
              + " video), else application/octet-stream",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @Operation(
      operationId = "evidenceContent",
      summary = "The exact bytes of an evidence file",
      description =
          "The exact bytes as uploaded, always as a download: Content-Disposition: attachment;"
              + " filename*=UTF-8''… (RFC 5987), X-Content-Type-Options: nosniff and"
              + " Content-Security-Policy: sandbox; only safe types (pictures, PDF, office"
              + " documents, plain text, CSV, archives, audio, video) are served as themselves,"
              + " every other as application/octet-stream (docs/decisions/0059, 0257).")
  public Response evidenceContent(@PathParam("id") UUID id, @PathParam("eid") UUID eid) {
    TicketWork.StoredFile f = work.content(id, eid);
    return Attachment.download(f.body(), f.evidence().mediaType, f.evidence().filename);
  }
}
