package org.bihuan.problem.rest;

import java.util.UUID;
import org.bihuan.problem.Cause;

/** A cause as the API and the change feed show it. */
public record CauseView(UUID id, UUID sourceId, String title, String description) {

  public static CauseView of(Cause c) {
    return new CauseView(c.id, c.sourceId, c.title, c.description);
  }
}
