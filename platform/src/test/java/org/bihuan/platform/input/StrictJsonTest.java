package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading rules on their own, table-driven (issue 10, items 4 and 5). */
class StrictJsonTest {

  enum Timing {
    IMMEDIATE,
    DEADLINE
  }

  record Input(
      String title, Timing timing, LocalDate heldOn, Integer percent, Boolean done, Instant at) {}

  record Texts(List<String> names) {}

  private static final ObjectMapper MAPPER =
      StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

  private static Input read(String json) throws Exception {
    return MAPPER.readValue(json, Input.class);
  }

  private static MismatchedInputException refused(String json) {
    return assertThrows(MismatchedInputException.class, () -> read(json), json);
  }

  private static String field(MismatchedInputException e) {
    return e.getPath().isEmpty() ? "" : e.getPath().get(e.getPath().size() - 1).getFieldName();
  }

  @Test
  void wellTypedInputIsRead() throws Exception {
    Input in =
        read(
            """
            {"title": "第一行\\n\\t第二行", "timing": "DEADLINE", "heldOn": "2024-06-30",
             "percent": 50, "done": true, "at": "2024-06-30T08:00:00Z"}
            """);
    assertEquals("第一行\n\t第二行", in.title());
    assertEquals(Timing.DEADLINE, in.timing());
    assertEquals(LocalDate.of(2024, 6, 30), in.heldOn());
    assertEquals(50, in.percent());
    assertEquals(Instant.parse("2024-06-30T08:00:00Z"), in.at());
    assertNull(read("{}").title());
  }

  @Test
  void nothingIsCoercedAcrossTypes() {
    String[][] cases = {
      {"{\"timing\": 0}", "timing"},
      {"{\"timing\": \"0\"}", "timing"},
      {"{\"timing\": 1.0}", "timing"},
      {"{\"heldOn\": 20240630}", "heldOn"},
      {"{\"heldOn\": [2024, 6, 30]}", "heldOn"},
      {"{\"title\": true}", "title"},
      {"{\"title\": 12}", "title"},
      {"{\"title\": 1.5}", "title"},
      {"{\"title\": {\"a\": 1}}", "title"},
      {"{\"percent\": 50.7}", "percent"},
      {"{\"percent\": 50.0}", "percent"},
      {"{\"percent\": \"50\"}", "percent"},
      {"{\"percent\": true}", "percent"},
      {"{\"done\": 1}", "done"},
      {"{\"done\": \"true\"}", "done"},
      {"{\"at\": 1719734400}", "at"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], field(refused(c[0])), c[0]);
    }
  }

  @Test
  void datesAreStrictIsoWithinTheSupportedRange() {
    for (String d :
        List.of(
            "-999999999-01-01",
            "+5874898-01-01",
            "0000-01-01",
            "1899-12-31",
            "10000-01-01",
            "2024-02-30",
            "2024-6-30",
            "2024-06-30T00:00:00",
            " 2024-06-30",
            "")) {
      MismatchedInputException e = refused("{\"heldOn\": \"" + d + "\"}");
      assertEquals("heldOn", field(e), d);
      assertTrue(e.getOriginalMessage().contains("1900-01-01"), e.getOriginalMessage());
    }
    refused("{\"at\": \"+5874898-01-01T00:00:00Z\"}");
    refused("{\"at\": \"0000-01-01T00:00:00Z\"}");
  }

  @Test
  void theEdgesOfTheRangeAreAccepted() throws Exception {
    assertEquals(SupportedDates.MIN, read("{\"heldOn\": \"1900-01-01\"}").heldOn());
    assertEquals(SupportedDates.MAX, read("{\"heldOn\": \"9999-12-31\"}").heldOn());
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedInEveryString() throws Exception {
    for (String bad : List.of("\\u0000", "\\u0001", "\\u001f", "\\u007f", "\\ud800", "\\udc00x")) {
      MismatchedInputException e = refused("{\"title\": \"a" + bad + "\"}");
      assertEquals("title", field(e));
      assertThrows(
          MismatchedInputException.class,
          () -> MAPPER.readValue("{\"names\": [\"ok\", \"b" + bad + "\"]}", Texts.class));
    }
    assertEquals("😀", read("{\"title\": \"\\ud83d\\ude00\"}").title());
  }

  @Test
  void trailingGarbageIsRefused() {
    assertThrows(Exception.class, () -> read("{\"title\": \"a\"} {\"title\": \"b\"}"));
  }

  @Test
  void enumNamesAreReadOnlyAsWritten() throws Exception {
    for (String bad :
        new String[] {
          "\\u0000DEADLINE", " DEADLINE", "DEADLINE\\t", "DEADLINE ", "\\u200bDEADLINE"
        }) {
      MismatchedInputException e = refused("{\"timing\": \"" + bad + "\"}");
      assertEquals("timing", field(e), bad);
    }
    assertEquals(Timing.DEADLINE, read("{\"timing\": \"DEADLINE\"}").timing());
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThrows(
        com.fasterxml.jackson.core.JsonParseException.class,
        () -> read("{\"percent\": 10, \"percent\": 90}"));
  }

  @Test
  void malformedUtf8IsRefusedAndChineseIsRead() throws Exception {
    byte[][] bad = {
      {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
      {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'},
      {
        '{',
        '"',
        't',
        'i',
        't',
        'l',
        'e',
        '"',
        ':',
        '"',
        (byte) 0xED,
        (byte) 0xA0,
        (byte) 0x80,
        '"',
        '}'
      },
      {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE4, (byte) 0xB8, '"', '}'},
      {
        '{',
        '"',
        't',
        'i',
        't',
        'l',
        'e',
        '"',
        ':',
        '"',
        (byte) 0xF4,
        (byte) 0x90,
        (byte) 0x80,
        (byte) 0x80,
        '"',
        '}'
      },
    };
    for (byte[] body : bad) {
      assertThrows(
          com.fasterxml.jackson.core.JsonParseException.class,
          () -> MAPPER.readValue(body, Input.class));
      assertThrows(
          com.fasterxml.jackson.core.JsonParseException.class,
          () -> MAPPER.readValue(new java.io.ByteArrayInputStream(body), Input.class));
    }
    byte[] good = "{\"title\": \"整改清单😀\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(
        "整改清单😀", MAPPER.readValue(new java.io.ByteArrayInputStream(good), Input.class).title());
  }
}
