package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.bihuan.platform.error.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an uploaded text is decoded or refused: UTF-8, GBK, declared charsets, binary, damaged and
 * oversized files.
 */
class DocumentTextEncodingTest {

  private static final String TEXT = "text/plain; charset=UTF-8";
  private final DocumentText documents = new DocumentText(10L * 1024 * 1024);

  // --- plain text ---

  @Test
  void utf8TextIsReadAsIs() {
    String seed = Documents.text(Documents.SEED);
    assertEquals(seed, documents.read(seed.getBytes(StandardCharsets.UTF_8), TEXT));
  }

  @Test
  void aByteOrderMarkIsDroppedAndLineEndsAreMadeUniform() {
    byte[] body =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("一、存在的问题\r\n1.学习不深\r"));
    assertEquals("一、存在的问题\n1.学习不深\n", documents.read(body, "text/plain"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB2312", "GB18030"})
  void gbkTextIsRefusedWithAdviceNeverImportedAsMojibake(String charset) {
    byte[] gbk = Documents.text(Documents.SEED).getBytes(Charset.forName(charset));
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(gbk, "text/plain"));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("not UTF-8"), refused.detail());
    assertTrue(refused.detail().contains("GBK"), refused.detail());
    assertTrue(refused.detail().contains("save it as UTF-8"), refused.detail());
  }

  @Test
  void aShortGbkLineIsRecognisedToo() {
    byte[] gbk = "一、存在的问题".getBytes(Charset.forName("GBK"));
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(gbk, null));
    assertTrue(refused.detail().contains("GBK"), refused.detail());
  }

  @Test
  void utf8CutOffMidCharacterIsReportedAsDamagedNotAsGbk() {
    byte[] whole = utf8(Documents.text(Documents.SEED));
    byte[] cut = java.util.Arrays.copyOf(whole, 1000 + 1); // inside a three-byte character
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(cut, TEXT));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("damaged"), refused.detail());
  }

  @Test
  void aDeclaredNonUtf8CharsetIsRefused() {
    ApiProblem refused =
        assertThrows(
            ApiProblem.class, () -> documents.read(utf8("一、问题"), "text/plain; charset=ISO-8859-1"));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("UTF-8"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "gb2312", "\"GB18030\"", "cp936"})
  void textDeclaredAsAChineseCharsetIsReadInIt(String charset) {
    String seed = Documents.text(Documents.SEED);
    byte[] gbk = seed.getBytes(Charset.forName("GB18030"));
    assertEquals(seed, documents.read(gbk, "text/plain; charset=" + charset));
  }

  @Test
  void textDeclaredAsGbkThatIsNotIsRefusedNotGuessed() {
    byte[] notGbk = {(byte) 0x81, (byte) 0x20, 'a', 'b'}; // a lead byte without its trail byte
    ApiProblem refused =
        assertThrows(ApiProblem.class, () -> documents.read(notGbk, "text/plain; charset=GBK"));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("not gbk text"), refused.detail());
  }

  @Test
  void bytesWithNulsAreRefusedAsBinary() {
    byte[] body = concat(utf8("一、存在的问题\n"), new byte[] {0, 1, 2, 3, 0, 0});
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(body, "text/plain"));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("NUL"), refused.detail());
  }

  @Test
  void aPngIsRefusedByName() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(png, "text/plain"));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("PNG"), refused.detail());
  }

  @Test
  void randomBytesThatAreNeitherUtf8NorGbkAreRefused() {
    byte[] junk = new byte[256];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + (i * 7) % 0x7F);
    }
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(junk, null));
    assertEquals(415, refused.status());
    assertTrue(refused.detail().contains("not valid UTF-8"), refused.detail());
  }

  @Test
  void controlCharactersAreRefused() {
    ApiProblem refused =
        assertThrows(ApiProblem.class, () -> documents.read(utf8("一、问题\u0001\u0002"), TEXT));
    assertEquals(415, refused.status());
  }

  @Test
  void truncatedOfficeFilesAndPdfsAreDamagedAndOtherMediaTypesAreRefused() {
    byte[] doc = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    ApiProblem truncated =
        assertThrows(ApiProblem.class, () -> documents.read(doc, "application/octet-stream"));
    assertEquals(422, truncated.status());
    assertTrue(truncated.detail().contains(".doc"), truncated.detail());
    assertEquals(
        422,
        assertThrows(ApiProblem.class, () -> documents.read(utf8("%PDF-1.7\n"), null)).status());
    assertEquals(
        415,
        assertThrows(ApiProblem.class, () -> documents.read(utf8("{}"), "application/json"))
            .status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\r\n", "\t \u3000\n", "\uFEFF"})
  void anEmptyOrBlankDocumentIsRefusedAsABadRequest(String body) {
    ApiProblem refused = assertThrows(ApiProblem.class, () -> documents.read(utf8(body), TEXT));
    assertEquals(400, refused.status());
    assertTrue(refused.detail().contains("empty"));
  }

  @Test
  void aDocumentAboveTheLimitIsRefusedWith413() {
    DocumentText small = new DocumentText(100);
    byte[] body = utf8("问".repeat(34)); // 102 bytes
    assertEquals(413, assertThrows(ApiProblem.class, () -> small.read(body, TEXT)).status());
    assertEquals(
        413,
        assertThrows(ApiProblem.class, () -> small.read(new ByteArrayInputStream(body), TEXT))
            .status());
    assertEquals("问问", small.read(new ByteArrayInputStream(utf8("问问")), TEXT));
  }

  @Test
  void theDefaultLimitIsTenMegabytes() {
    assertEquals(
        10L * 1024 * 1024,
        new DocumentText(new io.quarkus.runtime.configuration.MemorySizeConverter().convert("10M"))
            .maxBytes());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
