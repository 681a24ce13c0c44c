package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.rectification.config.DirectorySettings;

/**
 * Who writes the directory (docs/decisions/0216): admins, and of the service callers only those
 * named in {@code bihuan.directory.writers} (the OA sync job, {@code oa-sync} unless configured). A
 * person's login is the identity separation of duties trusts, so another service's key —
 * report-service's, problem-service's — must not be able to re-point it or seal the directory.
 */
@ApplicationScoped
public class DirectoryWriters {

  @Inject CurrentUser user;

  @Inject DirectorySettings settings;

  /** Refuses (403) a caller who may not write the directory. */
  public void require() {
    if (user.hasRole(Roles.ADMIN)) {
      return;
    }
    if (user.hasRole(Roles.SERVICE) && settings.writers().contains(user.id())) {
      return;
    }
    throw ApiProblem.forbidden(
            "The directory is written by admins and by the service callers named in"
                + " bihuan.directory.writers (the OA sync job) only; "
                + user.id()
                + " is not one of them.")
        .with("requiredRoles", List.of(Roles.ADMIN));
  }
}
