package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Cause;
import org.bihuan.problem.Source;
import org.bihuan.problem.mapping.CauseInput;
import org.bihuan.problem.mapping.CauseView;

@ApplicationScoped
public class CauseService {

  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;

  @Transactional
  public Cause create(CauseInput in) {
    if (Source.findById(in.sourceId()) == null) {
      throw ApiProblem.invalidField("sourceId", "no source with this id");
    }
    return record(in.sourceId(), in.title(), in.description(), null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  Cause record(UUID sourceId, String title, String description, UUID importId) {
    Cause c = new Cause();
    c.id = UUID.randomUUID();
    c.sourceId = sourceId;
    c.title = title.strip();
    c.description = description == null ? "" : description.strip();
    c.importId = importId;
    c.createdAt = clock.now();
    c.persist();
    feed.append("cause.created", "cause", c.id, () -> CauseView.of(c));
    return c;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Cause get(UUID id) {
    Cause c = Cause.findById(id);
    if (c == null) {
      throw ApiProblem.notFound("cause", id);
    }
    return c;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CauseView> list(UUID sourceId, PageRequest page) {
    List<Cause> rows =
        sourceId == null
            ? Cause.find("seq > ?1 order by seq", page.after()).page(0, page.limit() + 1).list()
            : Cause.find("seq > ?1 and sourceId = ?2 order by seq", page.after(), sourceId)
                .page(0, page.limit() + 1)
                .list();
    return Page.of(rows, page, c -> c.seq, CauseView::of);
  }
}
