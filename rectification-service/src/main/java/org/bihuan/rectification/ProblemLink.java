package org.bihuan.rectification;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A problem a ticket addresses, with the source it came from (copied from problem-service). */
@Embeddable
public class ProblemLink {
  public UUID problemId;
  public UUID sourceId;

  public ProblemLink() {}

  public ProblemLink(UUID problemId, UUID sourceId) {
    this.problemId = problemId;
    this.sourceId = sourceId;
  }
}
