package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * Documents made of long runs — one line of 200,000 spaces, full-width spaces or dot leaders, a 5
 * MB line without a break, 100,000 empty lines or 目录 lines, a Word document of 100,000 paragraphs —
 * are read in time linear in their size (docs/decisions/0245): each took minutes when the
 * table-of-contents detection matched a page number at every position of a long leader and the Word
 * readers counted the lines from the document's start for every paragraph. The bound is generous (a
 * shared build machine); the reading itself takes a few seconds.
 */
class LongRunsTest {

  private static final Duration BOUND = Duration.ofSeconds(40);

  private static final String HEADING = "一、存在的问题\n";

  /** Reads the file as an import does, with the default budget; a refusal is an answer too. */
  private static void readsInTime(byte[] file, String mediaType) {
    DocumentReader reader = new DocumentReader(new DocumentText(10L << 20));
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            reader.read(file, mediaType);
          } catch (ApiProblem refused) {
            // a long run may be refused (too many characters): what counts is that it is quick
            assertTrue(refused.status() >= 400 && refused.status() < 500, refused.detail());
          }
        });
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < BOUND.toMillis(), "read in " + millis + " ms");
  }

  /** Reads the file as an import does and finds problems in it: a normal answer, not a refusal. */
  private static void readsProblemsInTime(byte[] file, String mediaType) {
    DocumentReader reader = new DocumentReader(new DocumentText(10L << 20));
    long start = System.nanoTime();
    int problems =
        assertTimeoutPreemptively(
            BOUND, () -> reader.read(file, mediaType).document().problems().size());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(problems > 0, "problems read: " + problems);
    assertTrue(millis < BOUND.toMillis(), "read in " + millis + " ms");
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String lines(String line, int count) {
    StringBuilder out = new StringBuilder(HEADING);
    for (int i = 0; i < count; i++) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  @Test
  void aLineOfTwoHundredThousandSpacesIsReadInTime() {
    readsInTime(text(HEADING + " ".repeat(200_000) + "1\n"), "text/plain");
    readsInTime(text(HEADING + "\u3000".repeat(200_000) + "1\n"), "text/plain");
  }

  @Test
  void aLeaderOfTwoHundredThousandDotsIsReadInTime() {
    readsInTime(text(HEADING + "目录\n一、存在问题" + "…".repeat(200_000) + "\n"), "text/plain");
    readsInTime(text(HEADING + "目录\n一、存在问题" + ".".repeat(200_000) + "x\n"), "text/plain");
    readsInTime(text(HEADING + "二、整改措施" + "．".repeat(200_000) + "3\n"), "text/plain");
  }

  @Test
  void aFiveMegabyteLineWithoutBreaksIsReadInTime() {
    readsInTime(text(HEADING + "1.问题描述内容，".repeat(5_000_000 / 24)), "text/plain");
  }

  @Test
  void aHundredThousandEmptyOrContentsLinesAreReadInTime() {
    readsInTime(text(HEADING + "\n".repeat(100_000) + "1.问题\n"), "text/plain");
    readsInTime(text(lines("目录", 100_000)), "text/plain");
    readsInTime(text(lines("目 录……1", 100_000)), "text/plain");
  }

  @Test
  void aWordDocumentOfManyParagraphsOrOneLongRunIsReadInTime() {
    readsInTime(word(List.of(), 100_000), DocumentText.DOCX);
    readsInTime(word(List.of("目录", "一、存在问题" + "…".repeat(200_000) + "2"), 0), DocumentText.DOCX);
  }

  @Test
  void aPdfOfContentsLinesWithLongLeadersIsReadInTime() {
    List<List<String>> pages = new ArrayList<>();
    for (int p = 0; p < 20; p++) {
      List<String> page = new ArrayList<>();
      page.add("目录");
      for (int l = 0; l < 30; l++) {
        page.add("第" + p + "章 问题" + l + ".".repeat(60) + (l + 1));
      }
      pages.add(page);
    }
    readsInTime(ChinesePdf.of(pages), DocumentText.PDF);
  }

  @Test
  void tenAndFiftyThousandEnumerationCommasAfterAUnitsLabelAreReadInTime() {
    // 、 repeated after 责任单位： overflowed the stack (500) in the doubled-punctuation cleaning
    for (int count : new int[] {10_000, 50_000}) {
      for (String label : List.of("责任单位：", "配合单位：")) {
        readsProblemsInTime(text("一、存在问题\n（一）学习不深入\n" + label + "、".repeat(count)), "text/plain");
      }
    }
    // in a units cell: the role split tried every position of the run (0254); 50,000 、 compress
    // past POI's own zip-bomb ratio, which no longer refuses a document within the budget
    readsProblemsInTime(wordTable("、".repeat(10_000)), DocumentText.DOCX);
    readsProblemsInTime(wordTable("、".repeat(50_000)), DocumentText.DOCX);
  }

  @Test
  void aGenericHeadingRepeatedTenThousandTimesIsReadInTime() {
    readsProblemsInTime(text("一、" + "问题".repeat(10_000) + "\n（一）学习不深入\n责任单位：办公室\n"), "text/plain");
    // a heading above a Word table of 10,000 genre words in no order (so that it compresses as a
    // real document does)
    List<String> words = List.of("存在的", "问题", "整改", "任务", "清单", "台账", "汇总表", "及");
    java.util.Random random = new java.util.Random(245);
    StringBuilder heading = new StringBuilder("一、");
    for (int i = 0; i < 10_000; i++) {
      heading.append(words.get(random.nextInt(words.size())));
    }
    readsProblemsInTime(wordTable("办公室", heading.toString()), DocumentText.DOCX);
  }

  /** A .docx of one rectification table whose units cell is {@code units}. */
  private static byte[] wordTable(String units) {
    return wordTable(units, "一、存在问题");
  }

  /** A .docx of {@code heading} and one rectification table whose units cell is {@code units}. */
  private static byte[] wordTable(String units, String heading) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(heading);
      XWPFTable table = doc.createTable(2, 4);
      List<String> header = List.of("序号", "存在问题", "整改措施", "责任单位");
      List<String> row = List.of("1", "学习不深入", "每周集中学习一次。", units);
      for (int c = 0; c < 4; c++) {
        table.getRow(0).getCell(c).setText(header.get(c));
        table.getRow(1).getCell(c).setText(row.get(c));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx of {@code paragraphs}' texts and then {@code empty} empty paragraphs. */
  private static byte[] word(List<String> paragraphs, int empty) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      for (int i = 0; i < empty; i++) {
        doc.createParagraph();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
