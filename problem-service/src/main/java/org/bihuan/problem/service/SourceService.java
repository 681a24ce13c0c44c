package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Source;
import org.bihuan.problem.mapping.SourceInput;
import org.bihuan.problem.mapping.SourceView;

@ApplicationScoped
public class SourceService {

  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;
  @Inject CurrentUser user;

  @Transactional
  public Source create(SourceInput in) {
    requireWholeOrganisation();
    if (in.externalRef() != null) {
      Source existing = Source.find("externalRef", in.externalRef()).firstResult();
      if (existing != null) {
        throw ApiProblem.conflict(
                "duplicate-external-ref",
                "A source with externalRef '" + in.externalRef() + "' already exists.")
            .header("Location", "/api/v1/sources/" + existing.id)
            .with("existingId", existing.id);
      }
    }
    Source s = new Source();
    s.id = UUID.randomUUID();
    s.createdAt = clock.now();
    apply(s, in);
    s.persist();
    feed.append("source.created", "source", s.id, () -> SourceView.of(s));
    return s;
  }

  @Transactional
  public Source update(UUID id, SourceInput in, String ifMatch) {
    requireWholeOrganisation();
    // Locked before its version is compared: of concurrent edits with the same If-Match one
    // succeeds and the others see its version (412).
    Source s = Source.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw ApiProblem.notFound("source", id);
    }
    org.bihuan.platform.http.Versions.checkIfMatch(ifMatch, s.version);
    apply(s, in);
    feed.append("source.updated", "source", s.id, () -> SourceView.of(s));
    return s;
  }

  /**
   * A source's problems answer to every unit: an admin bound to a unit records or changes none (403
   * naming his unit, docs/decisions/0237), before anything is read.
   */
  private void requireWholeOrganisation() {
    user.requireWholeOrganisation(
        "does not record or change a source, whatever his roles: its problems answer to every"
            + " unit. An admin without a unit claim does.",
        List.of(Roles.ADMIN));
  }

  /**
   * Locks the source for an import's transaction (imports into one source write one at a time) and
   * keeps the name of the file it was uploaded with, when one was sent (docs/decisions/0300): the
   * source changes version and emits source.updated when the name is another.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void uploaded(UUID sourceId, String fileName) {
    Source s = Source.findById(sourceId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw ApiProblem.notFound("source", sourceId);
    }
    if (fileName != null && !fileName.equals(s.fileName)) {
      s.fileName = fileName;
      feed.append("source.updated", "source", s.id, () -> SourceView.of(s));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Source get(UUID id) {
    Source s = Source.findById(id);
    if (s == null) {
      throw ApiProblem.notFound("source", id);
    }
    return s;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SourceView> list(String externalRef, PageRequest page) {
    List<Source> rows =
        externalRef == null
            ? Source.find("seq > ?1 order by seq", page.after()).page(0, page.limit() + 1).list()
            : Source.find("seq > ?1 and externalRef = ?2 order by seq", page.after(), externalRef)
                .page(0, page.limit() + 1)
                .list();
    return Page.of(rows, page, s -> s.seq, SourceView::of);
  }

  private static void apply(Source s, SourceInput in) {
    s.title = in.title().strip();
    s.kind = in.kind();
    s.organization = in.organization();
    s.heldOn = in.heldOn();
    s.externalRef = in.externalRef();
  }
}
