package org.bihuan.rectification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * {@code bihuan.directory.*}: how large a directory snapshot may be (413 beyond), and which service
 * callers may write and read the directory (the lists the directory routes' {@code @ServiceCallers}
 * name, docs/decisions/0217).
 */
@ConfigMapping(prefix = "bihuan.directory")
public interface DirectorySettings {

  /** Bytes of one POST /directory:sync body. */
  @WithDefault("16777216")
  long maxSnapshotBytes();

  /** Units in one snapshot. */
  @WithDefault("20000")
  int maxUnits();

  /** People in one snapshot. */
  @WithDefault("50000")
  int maxPeople();

  /**
   * Seconds a whole sync may run before its transaction is rolled back (503, nothing written); read
   * by DirectorySync's transaction configuration.
   */
  @WithDefault("600")
  int syncTimeout();

  /**
   * How often open tickets naming a unit or person by name alone are linked to directory entries
   * that appeared or changed (besides at once after each PUT or sync; docs/decisions/0333). Read by
   * {@code DirectoryRelinks}' schedule; "off" stops the schedule.
   */
  @WithDefault("5s")
  String relinkEvery();

  /**
   * The service callers (token subjects) that may write the directory besides admins: the OA sync
   * job (docs/decisions/0216).
   */
  @WithDefault("oa-sync")
  List<String> writers();

  /** The service callers that may read the directory besides users: the writers, by default. */
  @WithDefault("oa-sync")
  List<String> readers();
}
