package org.bihuan.rectification.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bihuan.platform.input.Identifier;
import org.bihuan.platform.input.VisibleName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an OA directory sync sends (docs/decisions/0204): one unit or person to upsert under the id
 * in the path, or a whole snapshot. Ids are 1 to 64 of A-Z a-z 0-9 . _ - : @ (the ids 泛微, 致远 and
 * DingTalk hand out, staff codes, mobiles); a mobile is a mainland number, +86 allowed.
 */
public final class DirectoryInput {

  /** An externalId as the directory accepts it. */
  public static final String EXTERNAL_ID = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}";

  public static final String EXTERNAL_ID_MESSAGE =
      "must be 1 to 64 of the characters A-Z a-z 0-9 . _ - : @, starting with a letter or digit";

  private DirectoryInput() {}

  /** PUT /directory/units/{externalId}. */
  @Schema(name = "DirectoryUnitInput")
  public record Unit(
      @NotBlank @Size(max = 200) @VisibleName @Schema(example = "党委办公室") String name,
      @Schema(description = "封存: left out or false keeps the unit in use", example = "false")
          Boolean sealed) {}

  /** PUT /directory/people/{externalId}. */
  @Schema(name = "DirectoryPersonInput")
  public record Person(
      @NotBlank @Size(max = 100) @VisibleName @Schema(example = "张三") String name,
      @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
          @Schema(
              nullable = true,
              description =
                  "The person's unit: a unit of the directory, not sealed unless the person is",
              example = "ORG-0012")
          String unitExternalId,
      @Size(min = 1, max = 100)
          @Pattern(regexp = "\\S+", message = "must not contain blanks")
          @Identifier
          @Schema(
              nullable = true,
              description = "The OA login (登录名): the receiver of his to-dos",
              example = "zhangsan")
          String login,
      @Pattern(
              regexp = "(\\+86)?1[3-9][0-9]{9}",
              message = "must be a mainland mobile number: 11 digits from 13… to 19…, +86 allowed")
          @Schema(nullable = true, example = "13800138000")
          String mobile,
      @Schema(description = "封存: left out or false keeps the person in use", example = "false")
          Boolean sealed) {}

  /** One unit of a snapshot. */
  @Schema(name = "DirectorySnapshotUnit")
  public record SnapshotUnit(
      @NotBlank
          @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
          @Schema(example = "ORG-0012")
          String externalId,
      @NotBlank @Size(max = 200) @VisibleName @Schema(example = "党委办公室") String name,
      Boolean sealed) {

    public Unit entry() {
      return new Unit(name, sealed);
    }
  }

  /** One person of a snapshot. */
  @Schema(name = "DirectorySnapshotPerson")
  public record SnapshotPerson(
      @NotBlank
          @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
          @Schema(example = "P-10086")
          String externalId,
      @NotBlank @Size(max = 100) @VisibleName @Schema(example = "张三") String name,
      @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
          @Schema(nullable = true, example = "ORG-0012")
          String unitExternalId,
      @Size(min = 1, max = 100)
          @Pattern(regexp = "\\S+", message = "must not contain blanks")
          @Identifier
          @Schema(nullable = true, example = "zhangsan")
          String login,
      @Pattern(
              regexp = "(\\+86)?1[3-9][0-9]{9}",
              message = "must be a mainland mobile number: 11 digits from 13… to 19…, +86 allowed")
          @Schema(nullable = true, example = "13800138000")
          String mobile,
      Boolean sealed) {

    public Person entry() {
      return new Person(name, unitExternalId, login, mobile, sealed);
    }
  }

  /**
   * POST /directory:sync: the whole directory. Read as a stream (units and people in either order);
   * what it leaves out is sealed.
   */
  @Schema(name = "DirectorySnapshot")
  public record Snapshot(
      @NotNull @Size(max = 20_000) List<SnapshotUnit> units,
      @NotNull @Size(max = 50_000) List<SnapshotPerson> people) {}
}
