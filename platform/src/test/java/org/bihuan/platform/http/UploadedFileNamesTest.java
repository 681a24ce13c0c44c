package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedFileNamesTest {

  @Test
  void aPathKeepsItsLastSegmentWithEitherSeparator() {
    assertEquals("整改方案.docx", UploadedFileNames.lastSegment("C:\\Users\\张三\\整改方案.docx"));
    assertEquals("plan.pdf", UploadedFileNames.lastSegment("../../etc/plan.pdf"));
    assertEquals("台账.xlsx", UploadedFileNames.lastSegment(" 台账.xlsx "));
    assertEquals("", UploadedFileNames.lastSegment("dir/"));
    assertEquals("", UploadedFileNames.lastSegment(null));
  }

  @Test
  void controlCharactersDotsLengthAndLostBytesAreNamed() {
    assertNull(UploadedFileNames.problem("2024年整改方案（修订稿）.docx"));
    assertEquals("must be a name, not '..'", UploadedFileNames.problem(".."));
    assertEquals("must have at most 255 characters", UploadedFileNames.problem("问".repeat(256)));
    assertNull(UploadedFileNames.problem("问".repeat(255)));
    assertEquals(
        "contains the control character U+000A at position 1",
        UploadedFileNames.problem("a\nb.txt"));
    assertEquals(
        "contains the bidirectional override U+202E at position 2",
        UploadedFileNames.problem("ab\u202Etxt.exe"));
    assertEquals("is not valid UTF-8", UploadedFileNames.problem("a\uFFFD.txt"));
  }

  @Test
  void aHeaderGivesFilenameStarFirstAndRawUtf8IsReadAsUtf8() {
    assertEquals(
        "整改方案.docx",
        UploadedFileNames.ofHeader(
            "attachment; filename=\"plan.docx\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%96%B9%E6%A1%88.docx"));
    String raw =
        new String(
            "attachment; filename=\"整改方案.docx\"".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);
    assertEquals("整改方案.docx", UploadedFileNames.ofHeader(raw));
    assertEquals("café.txt", UploadedFileNames.ofHeader("inline; filename=\"caf\u00E9.txt\""));
    assertNull(UploadedFileNames.ofHeader("attachment"));
    assertNull(UploadedFileNames.ofHeader(null));
  }
}
