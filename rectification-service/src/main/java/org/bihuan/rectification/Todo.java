package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 待办: one person's, unit's or role's next action on a ticket (DOMAIN.md "Who must act next"). */
@Entity
public class Todo extends PanacheEntityBase {

  @Schema(name = "TodoKind", description = "What the assignee must do.")
  public enum Kind {
    START("开始整改"),
    REPORT("汇报进展"),
    SUBMIT("申请销号"),
    VERIFY("验收"),
    DECIDE_EXTENSION("审批延期"),
    SUPERVISE("督办"),
    CLOSE("问题销号");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The zh-CN action label people read in their OA to-do list. */
    public String label() {
      return label;
    }
  }

  @Schema(name = "TodoStatus", description = "OPEN while the assignee must act.")
  public enum Status {
    OPEN,
    DONE,
    CANCELLED
  }

  @Schema(name = "TodoAssigneeType")
  public enum AssigneeType {
    PERSON,
    UNIT,
    ROLE
  }

  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID ticketId;
  public UUID problemId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Enumerated(EnumType.STRING)
  public AssigneeType assigneeType;

  public String assigneeName;
  public String assigneeExternalId;

  /**
   * The assignee's name by the keys the to-do list looks it up by (docs/decisions/0357): {@link
   * PersonNames#key} for the {@code assignee} filter and, for a unit, {@link UnitNames#certainKey}
   * for its unit-bound callers. Written from the name on every write.
   */
  public String assigneeNameKey;

  public String assigneeUnitKey;
  public String roundKey;
  public String title;
  public LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  public Status status;

  public Instant openedAt;
  public Instant doneAt;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public String[] notFor;

  @Version public long version;

  @PrePersist
  @PreUpdate
  public void keyAssignee() {
    assigneeNameKey = PersonNames.key(assigneeName);
    assigneeUnitKey = assigneeType == AssigneeType.UNIT ? UnitNames.certainKey(assigneeName) : null;
  }
}
