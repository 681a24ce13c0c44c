package org.bihuan.problem.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Measure;
import org.bihuan.problem.support.LedgerLayouts.Problem;
import org.bihuan.problem.support.LedgerLayouts.Style;

/**
 * The import-accuracy corpus of document formats: Word tables (.docx, .doc), Excel ledgers (.xlsx,
 * .xls) and text-layer PDFs, each written as {@code <name>.<ext>} next to {@code
 * <name>.expected.json} (the dry-run answer's {@code problems}, computed from the model the file
 * was laid out from, never from the reader).
 *
 * <p>Files are named {@code <name>-<ext>.<ext>} (ledger-merged-xlsx.xlsx, ledger-merged-xls.xls).
 * .docx, .xlsx and .xls are written by POI. .doc and .pdf need LibreOffice ({@code soffice}, Debian
 * package libreoffice-writer-nogui, plus fonts-wqy-microhei for the Chinese glyphs): the .doc is
 * Writer's conversion of the generated .docx, the PDF Writer's export of a plan written as
 * paragraphs. Without soffice those are skipped (and said so). The committed test fixtures under
 * src/test/resources/formats/ were made by this class:
 *
 * <pre>
 * ./mvnw -B -q -pl problem-service test-compile
 * java -cp "problem-service/target/test-classes:problem-service/target/classes:$(cat cp.txt)" \
 *   org.bihuan.problem.support.FormatCorpus &lt;folder&gt; [--only-converted]
 * </pre>
 */
public final class FormatCorpus {

  private FormatCorpus() {}

  /** One corpus document: its bytes, or the .docx/text LibreOffice converts (ext doc/pdf). */
  public record Document(
      String name, String ext, byte[] bytes, List<Map<String, Object>> expected) {}

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The documents POI writes directly. */
  public static List<Document> direct() {
    List<Document> out = new ArrayList<>();
    List<Problem> tasks = LedgerModels.taskList();
    List<Problem> audit = LedgerModels.auditSheet();

    Style merged = Style.of(Layout.MERGED).withGroupRows().withCoUnitsAndProgress();
    out.add(docx("tasklist-merged", tasks, merged, List.of("××局巡察反馈问题整改任务清单")));
    Style blank = Style.of(Layout.BLANK).headers(1).withCategoryColumn();
    out.add(docx("tasklist-blank", tasks, blank, List.of()));
    Style repeated = Style.of(Layout.REPEATED).headers(2).withGroupRows().withCoUnitsAndProgress();
    out.add(docx("tasklist-repeated", tasks, repeated, List.of("整改任务清单", "（2024年7月）")));
    Style auditStyle = Style.of(Layout.BLANK).headers(3).withTitleAndNote();
    out.add(docx("audit-blank", audit, auditStyle, List.of()));

    Style ledger =
        Style.of(Layout.MERGED)
            .headers(3)
            .withTitleAndNote()
            .withCategoryColumn()
            .withCoUnitsAndProgress()
            .withSeqAsText();
    out.add(sheets("ledger-merged", "xlsx", List.of("整改台账"), List.of(tasks), ledger));
    Style titled = Style.of(Layout.MERGED).withTitleAndNote();
    out.add(
        sheets(
            "ledger-two-sheets",
            "xlsx",
            List.of("巡察反馈问题", "审计发现问题"),
            List.of(tasks, audit),
            titled));
    Style categories = Style.of(Layout.REPEATED).headers(1).withCategoryColumn();
    out.add(
        sheets(
            "ledger-category-column",
            "xlsx",
            List.of("巡察", "审计"),
            List.of(tasks, audit),
            categories));
    Style blankLedger = Style.of(Layout.BLANK).headers(2).withTitleAndNote().withGroupRows();
    out.add(sheets("ledger-blank", "xlsx", List.of("Sheet1"), List.of(tasks), blankLedger));
    Style xlsStyle =
        Style.of(Layout.MERGED).withTitleAndNote().withGroupRows().withCategoryColumn();
    out.add(sheets("ledger-merged", "xls", List.of("台账"), List.of(tasks), xlsStyle));
    out.add(
        sheets(
            "ledger-blank-audit",
            "xls",
            List.of("Sheet1"),
            List.of(audit),
            Style.of(Layout.BLANK).headers(1).withSeqAsText()));
    out.add(
        sheets(
            "ledger-two-sheets",
            "xls",
            List.of("巡察反馈问题", "审计发现问题"),
            List.of(tasks, audit),
            Style.of(Layout.REPEATED).headers(3).withCoUnitsAndProgress()));
    // units cells of several paragraphs and separators, a 合计 row, a 备注 and an unread column
    out.add(
        quirks(
            "tasklist-cell-units",
            "docx",
            LedgerQuirks.wordTaskList(),
            LedgerQuirks.WORD_TASK_LIST_PROBLEMS));
    // date serials in General cells and as text, 配合单位, 合计, 备注, hidden and very hidden sheets
    out.add(
        quirks(
            "ledger-serials-hidden",
            "xlsx",
            LedgerQuirks.ledger(new XSSFWorkbook()),
            LedgerQuirks.LEDGER_PROBLEMS));
    out.add(
        quirks(
            "ledger-serials-hidden",
            "xls",
            LedgerQuirks.ledger(new org.apache.poi.hssf.usermodel.HSSFWorkbook()),
            LedgerQuirks.LEDGER_PROBLEMS));
    // other organisations' ledger constructs (former and hidden columns, category levels, a measure
    // merged over two problems, phone numbers, year-month dates, 序号, a linked measures sheet,
    // hidden rows and formula errors), each as .xlsx and .xls with its answer written by hand
    for (LedgerConstructs.Construct c : LedgerConstructs.all()) {
      out.add(new Document(c.name(), "xlsx", c.workbook().apply(new XSSFWorkbook()), c.problems()));
      out.add(
          new Document(
              c.name(),
              "xls",
              c.workbook().apply(new org.apache.poi.hssf.usermodel.HSSFWorkbook()),
              c.problems()));
    }
    return out;
  }

  /** A {@link LedgerQuirks} file with its hand-written answer. */
  static Document quirks(String name, String ext, byte[] bytes, String problems) {
    try {
      List<Map<String, Object>> expected =
          JSON.readValue(
              problems,
              new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
      return new Document(name, ext, bytes, expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents LibreOffice converts: .doc from a generated .docx, PDF from a plan's text. */
  public static List<Document> converted() {
    List<Document> out = new ArrayList<>();
    List<Problem> tasks = LedgerModels.taskList();
    List<Problem> audit = LedgerModels.auditSheet();
    Document merged =
        docx(
            "tasklist-merged",
            tasks,
            Style.of(Layout.MERGED).withGroupRows().withCoUnitsAndProgress(),
            List.of("××局巡察反馈问题整改任务清单"));
    out.add(new Document("tasklist-merged", "doc", merged.bytes(), merged.expected()));
    Document blank =
        docx(
            "tasklist-blank",
            tasks,
            Style.of(Layout.BLANK).headers(1).withCategoryColumn(),
            List.of());
    out.add(new Document("tasklist-blank", "doc", blank.bytes(), blank.expected()));
    Document audited =
        docx(
            "audit-repeated",
            audit,
            Style.of(Layout.REPEATED).headers(2).withTitleAndNote(),
            List.of("审计整改清单"));
    out.add(new Document("audit-repeated", "doc", audited.bytes(), audited.expected()));
    out.add(plan("plan-tasklist", "××局巡察反馈问题整改方案", tasks));
    out.add(plan("plan-audit", "××局审计整改方案", audit));
    return out;
  }

  static Document docx(String name, List<Problem> model, Style style, List<String> paragraphs) {
    byte[] bytes = Ledgers.docx(paragraphs, LedgerLayouts.table(null, model, style));
    return new Document(
        name,
        "docx",
        bytes,
        LedgerLayouts.expected(null, model, style, LedgerLayouts.firstDataRow(style), false));
  }

  static Document sheets(
      String name, String ext, List<String> names, List<List<Problem>> models, Style style) {
    List<Ledgers.Table> tables = new ArrayList<>();
    List<Map<String, Object>> expected = new ArrayList<>();
    boolean sheetAsCategory = names.size() > 1 && !style.categoryColumn();
    for (int i = 0; i < names.size(); i++) {
      tables.add(LedgerLayouts.table(names.get(i), models.get(i), style));
      expected.addAll(
          LedgerLayouts.expected(
              names.get(i),
              models.get(i),
              style,
              LedgerLayouts.firstDataRow(style),
              sheetAsCategory));
    }
    byte[] bytes =
        ext.equals("xlsx")
            ? Ledgers.workbook(new XSSFWorkbook(), tables, List.of())
            : Ledgers.xls(tables);
    return new Document(name, ext, bytes, expected);
  }

  /**
   * A plan written as paragraphs (一、group, （一）problem, 整改措施：, then its duties on one line), as
   * UTF-8 text that LibreOffice exports to PDF. 配合单位 and progress are not part of this genre.
   */
  static Document plan(String name, String heading, List<Problem> model) {
    StringBuilder text = new StringBuilder(heading).append('\n');
    List<Map<String, Object>> expected = new ArrayList<>();
    String group = null;
    int k = 0;
    String[] numbers = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};
    for (Problem p : model) {
      if (!p.group().equals(group)) {
        group = p.group();
        text.append(group).append('\n');
        k = 0;
      }
      text.append(numbers[k++]).append(p.text()).append('\n');
      List<Map<String, Object>> measures = new ArrayList<>();
      for (Measure m : p.measures()) {
        text.append("整改措施：").append(m.text()).append('\n');
        text.append("责任领导：")
            .append(m.leader())
            .append("；责任单位：")
            .append(String.join("、", m.units()))
            .append("；责任人：")
            .append(m.person())
            .append("；整改时限：")
            .append(Ledgers.text(m.timeLimit()))
            .append('\n');
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("measure", m.text());
        measure.put("responsibleUnits", m.units());
        measure.put("coResponsibleUnits", List.of());
        measure.put("leaderInCharge", m.leader());
        measure.put("responsiblePerson", m.person());
        measure.put("timing", m.timing());
        measure.put("deadline", m.deadline() == null ? null : m.deadline().toString());
        measure.put("progress", null);
        measure.put("statusHint", null);
        measures.add(measure);
      }
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("title", p.title());
      // the problem's whole text, its first sentence (the title) included
      problem.put("description", p.text());
      problem.put("categoryPath", List.of(group.replaceFirst("^[一二三四五六七八九十]+、", "")));
      problem.put("measures", measures);
      expected.add(problem);
    }
    return new Document(
        name, "pdf", text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), expected);
  }

  /**
   * Writes every document into {@code args[0]}; {@code --only-converted} writes only the .doc/.pdf
   * ones (LibreOffice), {@code --only-direct} only those POI writes (what bench/import-accuracy
   * generates for each run, next to the committed .doc/.pdf fixtures).
   */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/format-corpus");
    boolean onlyConverted = args.length > 1 && args[1].equals("--only-converted");
    boolean onlyDirect = args.length > 1 && args[1].equals("--only-direct");
    Files.createDirectories(folder);
    List<Document> all = new ArrayList<>();
    if (!onlyConverted) {
      all.addAll(direct());
    }
    if (!onlyDirect && hasSoffice()) {
      all.addAll(converted());
    } else if (!onlyDirect) {
      System.err.println("soffice not found: the .doc and .pdf documents were not written");
    }
    for (Document d : all) {
      byte[] bytes = d.bytes();
      if (d.ext().equals("doc")) {
        bytes = convert(d.bytes(), "docx", "doc");
      } else if (d.ext().equals("pdf")) {
        bytes = convert(d.bytes(), "txt", "pdf");
      }
      String file = d.name() + "-" + d.ext();
      Files.write(folder.resolve(file + "." + d.ext()), bytes);
      Files.writeString(
          folder.resolve(file + ".expected.json"),
          JSON.writeValueAsString(Map.of("problems", d.expected())));
      System.out.println("wrote " + file + "." + d.ext());
    }
  }

  static boolean hasSoffice() {
    try {
      return new ProcessBuilder("soffice", "--version").start().waitFor(60, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static byte[] convert(byte[] input, String from, String to) {
    try {
      Path dir = Files.createTempDirectory("format-corpus");
      Path in = dir.resolve("document." + from);
      Files.write(in, input);
      Process p =
          new ProcessBuilder(
                  "soffice",
                  "-env:UserInstallation=file://" + dir.resolve("profile"),
                  "--headless",
                  "--convert-to",
                  to.equals("doc") ? "doc:MS Word 97" : "pdf",
                  "--outdir",
                  dir.toString(),
                  in.toString())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroy();
        throw new IllegalStateException("soffice did not finish");
      }
      return Files.readAllBytes(dir.resolve("document." + to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
