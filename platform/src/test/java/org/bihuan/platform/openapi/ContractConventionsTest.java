package org.bihuan.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class ContractConventionsTest {

  private static Schema enumOf(boolean nullable, String... names) {
    Schema schema = OASFactory.createSchema().addType(SchemaType.STRING);
    if (nullable) {
      schema.addType(SchemaType.NULL);
    }
    return schema.enumeration(List.<Object>of(names));
  }

  @Test
  void aNullableEnumerationListsNullAtEveryDepth() {
    Schema hint = enumOf(true, "REPORTED_DONE");
    Schema state = enumOf(false, "OPEN", "CLOSED");
    Schema deepHint = enumOf(true, "A", "B");
    Schema measure =
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .addProperty("statusHint", hint)
            .addProperty("state", state)
            .addProperty(
                "steps",
                OASFactory.createSchema()
                    .addType(SchemaType.ARRAY)
                    .items(
                        OASFactory.createSchema()
                            .addType(SchemaType.OBJECT)
                            .addProperty("hint", deepHint)));
    Schema topLevel = enumOf(true, "LOW", "HIGH");
    OpenAPI api =
        OASFactory.createOpenAPI()
            .components(
                OASFactory.createComponents()
                    .addSchema("Measure", measure)
                    .addSchema("Level", topLevel));

    new ContractConventions().filterOpenAPI(api);

    assertEquals(Arrays.asList("REPORTED_DONE", null), hint.getEnumeration());
    assertEquals(Arrays.asList("A", "B", null), deepHint.getEnumeration());
    assertEquals(Arrays.asList("LOW", "HIGH", null), topLevel.getEnumeration());
    assertEquals(List.of("OPEN", "CLOSED"), state.getEnumeration(), "a required enum stays");
  }

  @Test
  void nullIsListedOnceWhenTheFilterRunsAgain() {
    Schema hint = enumOf(true, "REPORTED_DONE");
    OpenAPI api =
        OASFactory.createOpenAPI()
            .components(OASFactory.createComponents().addSchema("Hint", hint));

    new ContractConventions().filterOpenAPI(api);
    new ContractConventions().filterOpenAPI(api);

    assertEquals(Arrays.asList("REPORTED_DONE", null), hint.getEnumeration());
  }
}
