package org.bihuan.rectification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code bihuan.todos.*}: where a to-do's links point. */
@ConfigMapping(prefix = "bihuan.todos")
public interface TodoSettings {

  /**
   * The address of the ticket pages people open from their OA to-do list, e.g.
   * https://zhenggai.example.gov.cn. The links are {@code <base>/tickets/<ticketId>} (pc) and
   * {@code <base>/h5/tickets/<ticketId>} (h5); without it a to-do's links are null.
   */
  Optional<String> linkBaseUrl();

  /** Days a ticket is overdue before its leader in charge gets a SUPERVISE (督办) to-do. */
  @WithDefault("3")
  int superviseAfterDays();
}
