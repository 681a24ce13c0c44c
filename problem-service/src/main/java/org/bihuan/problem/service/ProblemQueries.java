package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.sql.RowValues;
import org.bihuan.problem.Category;
import org.bihuan.problem.Problem;
import org.bihuan.problem.mapping.ProblemView;

/**
 * Reading problems for their views in one statement each (docs/decisions/0151): the row, its
 * category's id and path by a join and its causes aggregated in the same select. The problems it
 * builds are detached copies for {@link ProblemView#of}, never written.
 */
@ApplicationScoped
public class ProblemQueries {

  /** The select list; the conditions follow. */
  static final String SELECT =
      "select p.id, p.seq, p.number, p.source_id, p.category_id, p.title, p.description,"
          + " p.status, p.external_ref, p.version, p.created_at, p.closed_at, p.withdrawn_at,"
          + " p.withdraw_reason, p.withdrawal_started_at, array_to_json(c.path)::text as path,"
          + " (select json_agg(pc.cause_id) from problem_cause pc where pc.problem_id = p.id)::text"
          + " as causes"
          + " from problem p left join category c on c.id = p.category_id";

  @Inject EntityManager em;
  @Inject CategoryService categories;

  /** A problem as read for a GET: its version, and its view built only for a 200. */
  public record Read(long version, Supplier<ProblemView> view) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Read get(UUID id) {
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(SELECT + " where p.id = :id", Tuple.class)
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("problem", id);
    }
    Problem p = problem(rows.get(0));
    return new Read(p.version, () -> ProblemView.of(p));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ProblemView> list(ProblemFilter f, PageRequest page) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where p.seq > :after");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", page.after());
    if (f.sourceId() != null) {
      sql.append(" and p.source_id = :source");
      params.put("source", f.sourceId());
    }
    if (!f.statuses().isEmpty()) {
      sql.append(" and p.status in (:statuses)");
      params.put("statuses", f.statuses().stream().map(Enum::name).toList());
    }
    if (f.externalRef() != null) {
      sql.append(" and p.external_ref = :ref");
      params.put("ref", f.externalRef());
    }
    if (f.categoryId() != null) {
      categories.get(f.categoryId());
      // the category and everything below it
      sql.append(
          " and p.category_id in (with recursive sub (id) as (select c.id from category c"
              + " where c.id = :category union all select d.id from category d"
              + " join sub on d.parent_id = sub.id) select id from sub)");
      params.put("category", f.categoryId());
    }
    if (f.q() != null && !f.q().isBlank()) {
      String q = f.q().strip();
      if (q.length() > ProblemService.MAX_QUERY) {
        throw ApiProblem.invalidField(
            "q", "is longer than " + ProblemService.MAX_QUERY + " characters");
      }
      // ILIKE is correct for every length (2-character Chinese words included); the trigram
      // indexes speed up patterns of 3 characters or more.
      sql.append(" and (p.title ilike :q escape '!' or p.description ilike :q escape '!')");
      params.put("q", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    sql.append(" order by p.seq limit :limit");
    params.put("limit", page.limit() + 1);
    Query query = em.createNativeQuery(sql.toString(), Tuple.class);
    params.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Tuple> rows = query.getResultList();
    List<Problem> problems = rows.stream().map(ProblemQueries::problem).toList();
    return Page.of(problems, page, p -> p.seq, ProblemView::of);
  }

  static Problem problem(Tuple r) {
    Problem p = new Problem();
    p.id = (UUID) r.get("id");
    p.seq = ((Number) r.get("seq")).longValue();
    p.number = (String) r.get("number");
    p.sourceId = (UUID) r.get("source_id");
    UUID category = (UUID) r.get("category_id");
    if (category != null) {
      p.category = new Category();
      p.category.id = category;
      p.category.path = new ArrayList<>();
      RowValues.aggregate(r.get("path")).forEach(n -> p.category.path.add(n.asText()));
    }
    p.title = (String) r.get("title");
    p.description = (String) r.get("description");
    p.status = Problem.Status.valueOf((String) r.get("status"));
    p.externalRef = (String) r.get("external_ref");
    p.version = ((Number) r.get("version")).longValue();
    p.createdAt = RowValues.instant(r.get("created_at"));
    p.closedAt = RowValues.instant(r.get("closed_at"));
    p.withdrawnAt = RowValues.instant(r.get("withdrawn_at"));
    p.withdrawReason = (String) r.get("withdraw_reason");
    p.withdrawalStartedAt = RowValues.instant(r.get("withdrawal_started_at"));
    RowValues.aggregate(r.get("causes")).forEach(n -> p.causeIds.add(UUID.fromString(n.asText())));
    return p;
  }
}
