package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A {@code filename} that browsers and OA clients percent-encode is decoded when it is valid UTF-8
 * percent-encoding; a {@code filename*} in GBK or GB18030 (or any charset Java reads) is decoded in
 * it; a charset that is not supported is said, never dropped silently (docs/decisions/0309).
 */
class DispositionCharsetsTest {

  @Test
  void aPercentEncodedPlainFilenameIsDecodedWhenItIsUtf8() {
    assertEquals(
        "清单.txt", UploadedFileNames.ofHeader("attachment; filename=\"%E6%B8%85%E5%8D%95.txt\""));
    assertEquals(
        "整改 方案.docx",
        UploadedFileNames.ofHeader(
            "attachment; filename=%E6%95%B4%E6%94%B9%20%E6%96%B9%E6%A1%88.docx"));
    // guards: a % that begins no escape, and escapes that are not UTF-8, stay as written
    assertEquals("完成100%.txt", UploadedFileNames.ofHeader("attachment; filename=\"完成100%.txt\""));
    assertEquals("%FF%FE.txt", UploadedFileNames.ofHeader("attachment; filename=\"%FF%FE.txt\""));
  }

  @Test
  void aFilenameStarInGbkOrGb18030IsDecodedInIt() {
    assertEquals(
        "清单.txt", UploadedFileNames.ofHeader("attachment; filename*=GBK''%C7%E5%B5%A5.txt"));
    assertEquals(
        "清单.txt", UploadedFileNames.ofHeader("attachment; filename*=gb18030''%C7%E5%B5%A5.txt"));
    assertEquals(
        "清单.txt", UploadedFileNames.ofHeader("attachment; filename*=GB2312''%C7%E5%B5%A5.txt"));
  }

  @Test
  void aCharsetThatIsNotSupportedIsSaidAndTheFilenameBesideItIsKept() {
    UploadedFileNames.Given alone =
        UploadedFileNames.given("attachment; filename*=X-NONE''%C7%E5.txt");
    assertNull(alone.name());
    assertEquals(
        "The file's name (Content-Disposition filename*) is in the charset X-NONE, which is not"
            + " supported; no name was kept. Send it as filename*=UTF-8''… to keep it.",
        alone.note());
    UploadedFileNames.Given beside =
        UploadedFileNames.given("attachment; filename*=X-NONE''%C7%E5.txt; filename=\"plan.txt\"");
    assertEquals("plan.txt", beside.name());
    assertEquals(
        "The file's name (Content-Disposition filename*) is in the charset X-NONE, which is not"
            + " supported; the name filename gives, 「plan.txt」, was kept. Send it as"
            + " filename*=UTF-8''… to keep it.",
        beside.note());
    assertNull(UploadedFileNames.given("attachment; filename*=GBK''%C7%E5%B5%A5.txt").note());
  }
}
