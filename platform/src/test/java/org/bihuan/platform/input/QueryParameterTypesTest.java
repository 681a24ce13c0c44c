package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParameterTypesTest {

  @SuppressWarnings("unused")
  static void list(
      @QueryParam("status") String status,
      @QueryParam("ids") List<String> ids,
      @QueryParam("limit") Integer limit,
      String body) {}

  @Test
  void whatAMethodDeclaresIsReadOncePerMethod() throws NoSuchMethodException {
    Method m =
        QueryParameterTypesTest.class.getDeclaredMethod(
            "list", String.class, List.class, Integer.class, String.class);
    List<QueryParameterTypes.Declared> first = QueryParameterTypes.declared(m);
    assertSame(first, QueryParameterTypes.declared(m));
    assertEquals(
        List.of(
            new QueryParameterTypes.Declared("status", String.class, false),
            new QueryParameterTypes.Declared("ids", List.class, true),
            new QueryParameterTypes.Declared("limit", Integer.class, false)),
        first);
  }

  @Test
  void aPageLimitIsToldThePageRange() {
    assertEquals(
        "must be a whole number from 1 to 500",
        QueryParameterTypes.problemIn("limit", Integer.class, "1.5"));
    assertEquals(
        "must be a whole number from -2147483648 to 2147483647",
        QueryParameterTypes.problemIn("count", int.class, "1.5"));
  }
}
