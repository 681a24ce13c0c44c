package org.bihuan.problem.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.UploadedFileNames;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.problem.Source;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.mapping.ImportAnswer;
import org.bihuan.problem.mapping.SourceInput;
import org.bihuan.problem.mapping.SourceView;
import org.bihuan.problem.service.ImportService;
import org.bihuan.problem.service.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

  @Inject SourceService sources;
  @Inject ImportService imports;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "The source registered; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SourceView.class),
              examples = @ExampleObject(name = "民主生活会", value = ContractExamples.SOURCE_VIEW)))
  @Operation(
      operationId = "createSource",
      summary = "Register a source (meeting, inspection, audit…)",
      description = "Admin only. A second source with the same externalRef answers 409.")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SourceInput.class),
                      examples =
                          @ExampleObject(name = "民主生活会", value = ContractExamples.SOURCE_INPUT)))
          @NotNull
          @Valid
          SourceInput input) {
    Source s = sources.create(input);
    return Versions.created("/api/v1/sources/" + s.id, s.version, SourceView.of(s));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.VIEWER)
  @APIResponse(
      responseCode = "200",
      description = "The source",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SourceView.class)))
  @Operation(
      operationId = "getSource",
      summary = "One source",
      description = "The source view. ETag = version; If-None-Match gives 304.")
  public Response get(@PathParam("id") UUID id, @Context Request request) {
    Source s = sources.get(id);
    return Versions.conditionalGet(request, s.version, SourceView.of(s));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @APIResponse(
      responseCode = "200",
      description = "The source after the change",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SourceView.class)))
  @Operation(
      operationId = "updateSource",
      summary = "Replace a source's fields",
      description = "Admin only. Same shape as creation; If-Match honoured.")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid SourceInput input) {
    Source s = sources.update(id, input, ifMatch);
    return Versions.withEtag(Response.Status.OK, s.version, SourceView.of(s));
  }

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listSources",
      summary = "Sources, oldest first",
      description =
          "Oldest first, paginated with limit and cursor; externalRef finds the source an importer registered.")
  public Page<SourceView> list(
      @QueryParam("externalRef") String externalRef,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return sources.list(externalRef, PageRequest.of(limit, cursor));
  }

  @POST
  @Path("/{id}/import")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "201",
      description = "What was created (and which tickets)",
      content =
          @Content(
              schema = @Schema(implementation = ImportAnswer.class),
              examples = @ExampleObject(name = "整改方案", value = ContractExamples.IMPORT_ANSWER)))
  @APIResponse(
      responseCode = "200",
      description = "?dryRun=true: what would be created; nothing was written",
      content = @Content(schema = @Schema(implementation = ImportAnswer.class)))
  @APIResponse(
      responseCode = "413",
      description =
          "too-large: the file is over the upload limit, or would be once read (its parts, cells,"
              + " pages or characters past the import's memory budget); nothing was written",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "415",
      description =
          "The body is not a document this service reads, or not what its Content-Type says",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "429",
      description =
          "too-many-imports: the caller is importing as many documents at once as one caller may"
              + " (bihuan.import.max-concurrent-per-caller); retry after Retry-After",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "503",
      description =
          "import-busy: the service is reading as many documents as it reads at once"
              + " (bihuan.import.max-concurrent); retry after Retry-After",
      content = @Content(mediaType = "application/problem+json"))
  @Operation(
      operationId = "importDocument",
      summary = "Import the problems, causes and measures of a document into a source",
      description =
          "Body: the document as text/plain UTF-8 (GBK/GB18030 when declared, e.g. text/plain;"
              + " charset=GBK), or a .docx, .doc, .xlsx, .xls or PDF (text layer) file, recognised by"
              + " its content; tables (Word 整改任务清单, Excel 台账) give one problem per problem cell"
              + " with one measure per row, and problems listed in the paragraphs around a table are"
              + " imported with the table's, in the document's order. At most bihuan.import.max-concurrent imports run at"
              + " once, more answer 503 with Retry-After; one caller may run one fewer at once"
              + " (bihuan.import.max-concurrent-per-caller), more of his answer 429. ?dryRun=true answers what would"
              + " be created, and where in the file each problem came from, and writes nothing; otherwise everything is written in one"
              + " transaction (201). The same document again answers 409 unless ?replace=true;"
              + " a document that repeats problems of earlier imports is imported with a warning"
              + " naming each, and ?replace=true replaces them all: a problem the document"
              + " repeats is kept (same id, number, status and tickets; its text and category"
              + " brought up to the document unless it is closed), the others are withdrawn"
              + " (refused with 409 when one of those has tickets, naming them), the document's"
              + " other problems are created; each problem's replacement says KEPT or NEW, and"
              + " withdrawnProblems lists the withdrawn ones, dry run alike."
              + " ?createTickets=true then turns the measures of a rectification"
              + " plan into tickets in the rectification service; those it could not create are"
              + " listed as pending and can be sent again with POST .../imports/{importId}/tickets."
              + " A measure's progress note becomes its ticket's first progress report (once).")
  public Response importDocument(
      @PathParam("id") UUID id,
      @Parameter(
              description = "true: answer what would be created and write nothing (default false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun,
      @Parameter(
              description =
                  "true: replace the problems of an earlier import of the same document and of"
                      + " every import whose problems the document repeats (default false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("replace")
          String replace,
      @Parameter(
              description =
                  "true: create tickets from the measures of a rectification plan (default false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("createTickets")
          String createTickets,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(
              description =
                  "The name of the uploaded file, e.g. attachment; filename*=UTF-8''%E6%95%B4%E6%94%B9"
                      + "%E6%96%B9%E6%A1%88.docx (filename* first, then filename). Its last path"
                      + " segment is kept on the import and shown on the source; a name with"
                      + " control characters, longer than 255 characters or not UTF-8 answers"
                      + " 400 naming Content-Disposition. Optional.")
          @HeaderParam("Content-Disposition")
          String disposition,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "text/plain",
                    schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "整改方案", value = ContractExamples.PLAN_TEXT)),
                @Content(
                    mediaType = DocumentText.DOCX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                    mediaType = DocumentText.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                    mediaType = DocumentText.DOC,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                    mediaType = DocumentText.XLS,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                    mediaType = DocumentText.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))
              })
          InputStream body,
      @Context io.vertx.core.http.HttpServerRequest http) {
    QueryParams params = new QueryParams();
    ImportService.Options options =
        new ImportService.Options(
            params.flag("dryRun", dryRun, http.query()),
            params.flag("replace", replace, http.query()),
            params.flag("createTickets", createTickets, http.query()));
    params.check();
    UploadedFileNames.Given given = UploadedFileNames.given(disposition);
    String fileName = uploadedName(given.name());
    io.vertx.core.http.HttpServerResponse answer = http.response();
    // a name in a charset that is not supported is said, never dropped silently (0309), and
    // stored with the import's warnings (0312)
    ImportService.Outcome outcome =
        imports.importDocument(
            id,
            body,
            contentType,
            fileName,
            given.note() == null ? List.of() : List.of(given.note()),
            options,
            answer::closed);
    ImportAnswer said = outcome.answer();
    if (!outcome.created()) {
      return Response.ok(said).build();
    }
    return Versions.created("/api/v1/sources/" + id + "/imports/" + said.importId())
        .entity(said)
        .build();
  }

  /**
   * The name the document was uploaded with, as {@link UploadedFileNames} keeps every uploaded
   * file's: null when the header names none; a name that cannot be kept is a 400 before the body is
   * read (docs/decisions/0300).
   */
  private static String uploadedName(String given) {
    String name = UploadedFileNames.lastSegment(given);
    if (name.isEmpty()) {
      return null;
    }
    String problem = UploadedFileNames.problem(name);
    if (problem != null) {
      throw ApiProblem.invalidField("Content-Disposition", "filename " + problem);
    }
    return name;
  }

  @GET
  @Path("/{id}/imports/{importId}")
  @RolesAllowed(Roles.VIEWER)
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportAnswer.class)))
  @Operation(
      operationId = "getImport",
      summary = "What an import created, and its tickets",
      description =
          "What an import created (problems, causes, measures, warnings), with the measures that became tickets and those still pending, each pending one with its reason.")
  public ImportAnswer getImport(@PathParam("id") UUID id, @PathParam("importId") UUID importId) {
    return imports.get(id, importId);
  }

  @POST
  @Path("/{id}/imports/{importId}/tickets")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "200",
      description = "The import, with the tickets created now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportAnswer.class)))
  @Operation(
      operationId = "retryImportTickets",
      summary = "Create the tickets of an import's measures that are still pending",
      description =
          "Asks the rectification service again for the tickets of the measures that are still pending; answers the import with the tickets created and those still pending.")
  public ImportAnswer retryTickets(@PathParam("id") UUID id, @PathParam("importId") UUID importId) {
    return imports.retryTickets(id, importId);
  }
}
