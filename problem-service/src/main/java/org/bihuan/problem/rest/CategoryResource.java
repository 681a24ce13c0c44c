package org.bihuan.problem.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.problem.service.CategoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/categories")
@Tag(name = "Categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @Inject CategoryService categories;

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listCategories",
      summary = "The category tree of a source (with the shared categories), or of all sources",
      description =
          "Without sourceId, the categories of every source. A category is created, level by level, when a problem names a new categoryPath.")
  public CategoryTree tree(@QueryParam("sourceId") String sourceId) {
    QueryParams params = new QueryParams();
    UUID source = params.uuid("sourceId", sourceId);
    params.check();
    return new CategoryTree(source, categories.tree(source));
  }
}
