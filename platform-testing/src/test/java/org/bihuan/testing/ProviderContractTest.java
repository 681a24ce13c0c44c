package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProviderContractTest {

  private static final ProviderContract CONTRACT =
      ProviderContract.parse(
          "problem-service",
          """
          openapi: 3.1.0
          paths:
            /api/v1/problems/{id}:
              get:
                responses:
                  "200":
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/ProblemView"
          components:
            schemas:
              ProblemView:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  sourceId: {type: string}
                  categoryPath: {type: array, items: {type: string}}
                  status: {type: string, enum: [OPEN, RECTIFYING, CLOSED, WITHDRAWN]}
                  version: {type: integer}
          """);

  @Test
  void aBodyThatFollowsTheContractPasses() {
    String body = "{\"id\":\"p1\",\"sourceId\":\"s1\",\"categoryPath\":[\"一\"],\"version\":2}";
    assertEquals(body, CONTRACT.answer("GET", "/api/v1/problems/{id}", 200, body));
  }

  @Test
  void aRenamedFieldFails() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                CONTRACT.answer(
                    "GET", "/api/v1/problems/{id}", 200, "{\"id\":\"p\",\"originId\":\"s\"}"));
    assertTrue(e.getMessage().contains("$.originId: is not in the contract"), e.getMessage());
  }

  @Test
  void aMissingRequiredFieldAWrongTypeAndAnUnknownStateFail() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                CONTRACT.answer(
                    "GET",
                    "/api/v1/problems/{id}",
                    200,
                    "{\"categoryPath\":\"一\",\"status\":\"DONE\",\"version\":\"2\"}"));
    assertTrue(e.getMessage().contains("$.id: is required"), e.getMessage());
    assertTrue(e.getMessage().contains("$.categoryPath: is string"), e.getMessage());
    assertTrue(e.getMessage().contains("'DONE' is not one of"), e.getMessage());
    assertTrue(e.getMessage().contains("$.version: is string"), e.getMessage());
  }

  @Test
  void anOperationOrStatusTheProviderDoesNotHaveFails() {
    assertThrows(
        AssertionError.class, () -> CONTRACT.answer("GET", "/api/v1/problem/{id}", 200, "{}"));
    assertThrows(
        AssertionError.class, () -> CONTRACT.answer("GET", "/api/v1/problems/{id}", 201, "{}"));
  }
}
