package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.Todo.AssigneeType;
import org.bihuan.rectification.Todo.Kind;
import org.bihuan.rectification.service.TicketTodos.Wanted;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation writes the to-dos it closes before those it opens only where one opened has
 * the key of {@code todo_one_open_idx} of one closed ({@link TodoIdentity#reopensAnIndexKey},
 * decision 0374); where the Java rule and the index disagree, a transition hits the unique index.
 * Every pair of assignee shapes (by externalId or by name, a person renamed under the same
 * externalId, a name that is another's externalId, another kind or type) is keyed both ways — by
 * the Java rule and by the index's own key expressions as PostgreSQL holds them — and both must
 * agree.
 */
@QuarkusTest
class TodoIndexKeyTest {

  @Inject AgroalDataSource dataSource;

  private record Shape(String label, Kind kind, AssigneeType type, String externalId, String name) {

    Todo closed() {
      Todo d = new Todo();
      d.kind = kind;
      d.assigneeType = type;
      d.assigneeExternalId = externalId;
      d.assigneeName = name;
      d.roundKey = "round 1";
      d.status = Todo.Status.DONE;
      return d;
    }

    Wanted opened() {
      return new Wanted(kind, type, name, externalId, "round 2", null, Set.of());
    }
  }

  private static final List<Shape> SHAPES =
      List.of(
          new Shape("person by id", Kind.START, AssigneeType.PERSON, "P-1", "张三"),
          new Shape("the same person renamed", Kind.START, AssigneeType.PERSON, "P-1", "张三丰"),
          new Shape("his name without id", Kind.START, AssigneeType.PERSON, null, "张三"),
          new Shape("another id, his name", Kind.START, AssigneeType.PERSON, "P-2", "张三"),
          new Shape("a name that is his id", Kind.START, AssigneeType.PERSON, null, "P-1"),
          new Shape("a unit of his id", Kind.START, AssigneeType.UNIT, "P-1", "张三"),
          new Shape("his SUBMIT", Kind.SUBMIT, AssigneeType.PERSON, "P-1", "张三"),
          new Shape("unit by name", Kind.REPORT, AssigneeType.UNIT, null, "督查室"),
          new Shape("unit by id", Kind.REPORT, AssigneeType.UNIT, "ORG-1", "督查室"),
          new Shape("unit by id renamed", Kind.REPORT, AssigneeType.UNIT, "ORG-1", "纪检监察室"));

  /** The index's key columns, as PostgreSQL prints them from its catalogue. */
  private List<String> indexColumns(Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "select pg_get_indexdef(i.indexrelid, k, true) from pg_index i"
                    + " cross join generate_series(1, i.indnkeyatts) k"
                    + " where i.indexrelid = 'todo_one_open_idx'::regclass order by k");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** The index key of a to-do of this shape on one ticket, by the index's own expressions. */
  private List<String> sqlKey(Connection c, List<String> columns, UUID ticket, Shape shape)
      throws Exception {
    String sql =
        "select array["
            + String.join(", ", columns.stream().map(e -> "cast((" + e + ") as text)").toList())
            + "] from (values (cast(? as uuid), cast(? as text), cast(? as text),"
            + " cast(? as text), cast(? as text), cast(? as text), cast('OPEN' as text)))"
            + " as todo(ticket_id, kind, assignee_type, assignee_external_id, assignee_name,"
            + " round_key, status)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, ticket);
      s.setString(2, shape.kind().name());
      s.setString(3, shape.type().name());
      s.setString(4, shape.externalId());
      s.setString(5, shape.name());
      s.setString(6, "round 1");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Arrays.asList((String[]) r.getArray(1).getArray());
      }
    }
  }

  private static boolean javaSame(Shape closed, Shape opened) {
    return TodoIdentity.reopensAnIndexKey(List.of(closed.closed()), List.of(opened.opened()));
  }

  @Test
  void theJavaRuleKeysEveryShapeAsTheUniqueIndexDoes() throws Exception {
    UUID ticket = UUID.randomUUID();
    List<String> disagreements = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      List<String> columns = indexColumns(c);
      assertEquals("ticket_id", columns.get(0), "the index is per ticket");
      for (Shape a : SHAPES) {
        List<String> keyA = sqlKey(c, columns, ticket, a);
        for (Shape b : SHAPES) {
          boolean index = keyA.equals(sqlKey(c, columns, ticket, b));
          if (index != javaSame(a, b)) {
            disagreements.add(
                a.label() + " closed, " + b.label() + " opened: the index says " + index);
          }
        }
      }
    }
    assertEquals(List.of(), disagreements);
    // The shapes the rule tells apart, so the agreement above is not a trivial one.
    assertTrue(javaSame(SHAPES.get(0), SHAPES.get(1)), "renamed, same externalId");
    assertTrue(javaSame(SHAPES.get(7), SHAPES.get(7)), "by name, another round");
    assertFalse(javaSame(SHAPES.get(0), SHAPES.get(2)), "by id and by his name");
    assertFalse(javaSame(SHAPES.get(0), SHAPES.get(4)), "a name equal to an id");
    assertFalse(javaSame(SHAPES.get(0), SHAPES.get(3)), "one name, two ids");
  }
}
