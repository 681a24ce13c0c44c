package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.util.UUID;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The directory's entries as the API and the change feed show them. */
public final class DirectoryView {

  private DirectoryView() {}

  @Schema(name = "DirectoryUnitView")
  public record Unit(
      UUID id,
      @Schema(example = "ORG-0012") String externalId,
      @Schema(example = "党委办公室") String name,
      @Schema(description = "封存: no new assignments; tickets keep showing it") boolean sealed,
      @Schema(nullable = true) Instant sealedAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    public static Unit of(DirectoryUnit u) {
      return new Unit(
          u.id, u.externalId, u.name, u.sealed, u.sealedAt, u.createdAt, u.updatedAt, u.version);
    }
  }

  @Schema(name = "DirectoryPersonView")
  public record Person(
      UUID id,
      @Schema(example = "P-10086") String externalId,
      @Schema(example = "张三") String name,
      @Schema(nullable = true, example = "ORG-0012") String unitExternalId,
      @Schema(nullable = true, example = "zhangsan") String login,
      @Schema(
              nullable = true,
              description =
                  "Shown to admins and the service role only (and never in the change feed)",
              example = "13800138000")
          String mobile,
      boolean sealed,
      @Schema(nullable = true) Instant sealedAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    public static Person of(DirectoryPerson p, boolean withMobile) {
      return new Person(
          p.id,
          p.externalId,
          p.name,
          p.unitExternalId,
          p.login,
          withMobile ? p.mobile : null,
          p.sealed,
          p.sealedAt,
          p.createdAt,
          p.updatedAt,
          p.version);
    }
  }

  /** How a sync changed one kind of entry. */
  @Schema(name = "DirectorySyncCounts")
  public record Counts(int created, int updated, int sealed, int unsealed, int unchanged) {}

  /** The answer of POST /directory:sync. */
  @Schema(name = "DirectorySyncResult")
  public record SyncResult(Counts units, Counts people) {}
}
