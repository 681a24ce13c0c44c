package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A problem (问题) found by a source, run to closure through its rectification tickets. */
@Entity
public class Problem extends PanacheEntityBase {

  /**
   * OPEN while it has no ticket, RECTIFYING while a ticket is being worked on, CLOSED (销号) once
   * every ticket is verified and someone closed it, WITHDRAWN when it was recorded in error.
   */
  public enum Status {
    OPEN,
    RECTIFYING,
    CLOSED,
    WITHDRAWN
  }

  @Id public UUID id;

  /** Insertion order; the stable key of list pagination. */
  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  /** P-2024-0001: unique, never reused. */
  public String number;

  public UUID sourceId;

  @ManyToOne
  @JoinColumn(name = "category_id")
  public Category category;

  public String title;
  public String description;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String externalRef;

  /**
   * The import that created this problem, if any, or the revision that kept it since (0308). Moving
   * a problem to the import that repeats it is not a change of the problem: it is not in the
   * problem's view, so it does not raise the version (0312).
   */
  @org.hibernate.annotations.OptimisticLock(excluded = true)
  public UUID importId;

  @ElementCollection
  @CollectionTable(name = "problem_cause", joinColumns = @JoinColumn(name = "problem_id"))
  @Column(name = "cause_id")
  public Set<UUID> causeIds = new LinkedHashSet<>();

  @Version public long version;
  public Instant createdAt;
  public Instant closedAt;
  public Instant withdrawnAt;

  /**
   * Set while a withdrawal asks the rectification service for tickets (docs/decisions/0117);
   * written only by {@code ProblemService} with its own statements, so it never changes the
   * version.
   */
  @Column(insertable = false, updatable = false)
  public Instant withdrawalStartedAt;

  public String withdrawReason;
}
