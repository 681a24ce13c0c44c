package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text outside a document's tables made ready to be read beside them: its line ends made one,
 * and the lines that belong to the tables blanked (lines kept, so that the rest keeps its numbers),
 * each named in a warning — the sign-off under a table, notes, and the lines that hand over to the
 * table below ({@link DocumentReading}).
 */
final class TextOutsideTables {

  private TextOutsideTables() {}

  /** The lines of the text outside tables that a Word table stands after ({@link Grid.Place}). */
  private static Set<Integer> linesBeforeTables(List<Grid> tables) {
    Set<Integer> lines = new HashSet<>();
    tables.stream()
        .filter(g -> g.place() != null)
        .forEach(g -> lines.add(g.place().outsideBefore()));
    return lines;
  }

  /**
   * The text outside tables with the sign-off lines under a table blanked (lines kept):
   * 填报单位：…　联系人：秦月 　联系电话：… and 制表人：罗琳　审核人：钟诚 written below a Word table, before any numbered line,
   * are who filled the table in — the rule of a ledger's sign-off row ({@link
   * TableReading#isSignOffLine}, 0182) — never a problem or a measure's duties. A warning names
   * them.
   */
  static String withoutSignOff(String text, List<Grid> tables, List<String> warnings) {
    String[] lines = text.split("\n", -1);
    Set<Integer> tableAbove = linesBeforeTables(tables);
    if (tableAbove.isEmpty()) {
      return text;
    }
    boolean underTable = false;
    List<String> signOff = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      underTable |= tableAbove.contains(i);
      String line = lines[i].strip();
      if (!underTable || line.isEmpty()) {
        continue;
      }
      if (Numbering.of(line) != null || !TableReading.isSignOffLine(line)) {
        underTable = false; // the text goes on: what follows is not the table's sign-off
        continue;
      }
      signOff.add(line.replaceAll("[\\s\\u3000]+", " "));
      lines[i] = "";
    }
    if (signOff.isEmpty()) {
      return text;
    }
    warnings.add(
        "The sign-off line(s) under the table ("
            + signOff.stream()
                .map(l -> "「" + OutlineParser.shorten(l) + "」")
                .collect(java.util.stream.Collectors.joining(", "))
            + ") name who filled it in; they are not problems and were not imported.");
    return String.join("\n", lines);
  }

  /** 注：/ 备注：/ 说明：/ 注1： at the start of a line: a note on the table above or below. */
  private static final Pattern NOTE =
      Pattern.compile("^[（(]?\\s*(?:注|备注|说明)\\s*[0-9一二三四五六七八九十]{0,2}\\s*[：:]");

  /** Whether a line (stripped) is a note on a table: 注：…, 备注：…, 说明：…. */
  static boolean isNote(String line) {
    return NOTE.matcher(line).find();
  }

  /**
   * A numbered line with a measure or its duties in it (5.白条入账。整改措施：…责任单位：财务科): a finding written
   * under the table, which ends a note above it (0247).
   */
  private static boolean isFinding(String line) {
    return Numbering.of(line) != null && Closing.DUTY_INSIDE.matcher(line).find();
  }

  /**
   * A line that hands over to the table below it: 其余问题的整改任务见下表。 / 详见附表。 / any line ending in a
   * colon (具体任务如下： / 以下为其余审计问题：), and （续表） ({@link ContinuedTables#CONTINUED}).
   */
  private static final Pattern LEAD_IN = Pattern.compile("(?:[见如]下表|下表[：:。]?$|详见附表|见附表|[：:]$)");

  static boolean handsOver(String line) {
    return LEAD_IN.matcher(line).find() || ContinuedTables.CONTINUED.matcher(line).matches();
  }

  /**
   * The text outside tables with the lines that are not its own blanked (lines kept, so the rest
   * keeps its numbers): a note (注：1. 完成时限为最迟时间。2. …) runs to the next table or the end and lists no
   * problems, and the last line above a table that hands over to it (…见下表。) is not part of the
   * problem above it. A note followed by problems with their labels (整改措施：, 责任单位：, …) before the
   * next table is not blanked: it is read as in a text file, where a note line goes with the
   * problem above it and a warning says so (0177). When a blanked note holds more lines than its
   * own, a warning names it.
   */
  static String withoutNotes(String text, List<Grid> tables, List<String> warnings) {
    String[] lines = text.split("\n", -1);
    Set<Integer> tableAfter = linesBeforeTables(tables);
    int i = 0;
    while (i < lines.length) {
      if (!NOTE.matcher(lines[i].strip()).find()) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < lines.length && !tableAfter.contains(end) && !isFinding(lines[end].strip())) {
        end++; // a table stands just above line end, or a finding with its duties starts there
      }
      boolean labelled = false;
      int more = 0;
      for (int k = i + 1; k < end; k++) {
        String line = lines[k].strip();
        if (!line.isEmpty()) {
          more++;
          labelled |= !Labels.of(line).isEmpty();
        }
      }
      if (labelled) {
        i++;
        continue;
      }
      if (more > 0) {
        warnings.add(
            "The note 「"
                + OutlineParser.shorten(lines[i].strip())
                + "」 and the "
                + more
                + " line(s) after it"
                + (end < lines.length ? " up to the next table" : " to the end")
                + " were read as a note, not as problems; they were not imported. If they list"
                + " problems, give each its 整改措施 or 责任单位.");
      } else if (!tables.isEmpty()) {
        // one note line under a table (注：表中时限为最迟完成时间。): kept as a warning, never dropped unseen
        // (0252)
        warnings.add(
            "The note 「"
                + OutlineParser.shorten(lines[i].strip())
                + "」 was read as a note, not as a problem; it was not imported.");
      }
      for (int k = i; k < end; k++) {
        lines[k] = "";
      }
      i = end;
    }
    for (int before : tableAfter) {
      int last = before - 1;
      while (last >= 0 && last < lines.length && lines[last].isBlank()) {
        last--;
      }
      if (last >= 0 && last < lines.length && handsOver(lines[last].strip())) {
        lines[last] = headingWithoutHandOver(lines[last].strip());
      }
      withoutLeadInLabels(lines, before, warnings);
    }
    return String.join("\n", lines);
  }

  /** A label's value that hands over to what follows: 以下为检查发现的问题, 如下, 见下表. */
  private static final Pattern HANDING_OVER_VALUE = Pattern.compile("^(?:以下|如下|下列|下表|见下表|详见|见附表)");

  /**
   * Blanks the label lines that introduce the table below line {@code before} (0233): the run of
   * unnumbered label lines directly above it (blank lines aside; 问题：以下为检查发现的问题, 责任单位：各部门), when
   * none of them is a 整改措施 and either one hands over to the table (its value says 以下, 如下, 见下表 …) or
   * none names a problem — duties alone, with no problem above them in the run, belong to no
   * problem of the text. A problem written with its labels (问题：…, 整改措施：…) above a table, or duties
   * under a numbered problem, stay. A warning names the lines blanked.
   */
  private static void withoutLeadInLabels(String[] lines, int before, List<String> warnings) {
    List<Integer> run = new ArrayList<>();
    boolean handsOver = false;
    boolean problem = false;
    for (int i = Math.min(before, lines.length) - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      List<Labels.Labelled> labels = Numbering.of(line) == null ? Labels.of(line) : List.of();
      if (labels.isEmpty()) {
        break;
      }
      for (Labels.Labelled l : labels) {
        if (l.label() == Labels.Label.MEASURE) {
          return;
        }
        problem |= l.label() == Labels.Label.PROBLEM;
        handsOver |= HANDING_OVER_VALUE.matcher(l.value().strip()).find();
      }
      run.add(0, i);
    }
    if (run.isEmpty() || (problem && !handsOver)) {
      return;
    }
    warnings.add(
        run.stream()
                .map(i -> "「" + OutlineParser.shorten(lines[i].strip()) + "」")
                .collect(java.util.stream.Collectors.joining(", "))
            + (run.size() > 1 ? " introduce" : " introduces")
            + " the table below; "
            + (run.size() > 1 ? "they name" : "it names")
            + " no problem of the text and "
            + (run.size() > 1 ? "were" : "was")
            + " not imported.");
    run.forEach(i -> lines[i] = "");
  }

  /** （见下表） / 见下表。 / 如下： at the end of a heading that hands over to the table below it. */
  private static final Pattern HAND_OVER_TAIL =
      Pattern.compile("[（(]?\\s*(?:详见|见|如)?\\s*(?:下表|附表)\\s*[）)]?[：:。]?$|[：:]$");

  /**
   * A numbered heading that hands over to the table below it (（二）业务工作方面（见下表）) stays, without the
   * hand-over, so that the numbering of the text around the table runs on (（一） （二） （三）) and no jump
   * is reported; any other hand-over line is blanked.
   */
  private static String headingWithoutHandOver(String line) {
    Numbering n = Numbering.of(line);
    if (n == null) {
      return "";
    }
    String heading = HAND_OVER_TAIL.matcher(n.text().strip()).replaceFirst("").strip();
    return heading.isEmpty() ? "" : n.marker() + heading;
  }

  /** The document's line ends made one: Word's manual line break (\u000B) and page break too. */
  static String uniformLines(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u000B', '\n')
        .replace('\f', '\n');
  }
}
