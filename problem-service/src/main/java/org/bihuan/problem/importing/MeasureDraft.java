package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.ParsedMeasure.StatusHint;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * One measure of a table's problem as its rows give it, before it is parsed: the 整改措施 text, and the
 * units, leader, person, time limit, progress, status and 备注 of its rows (a row whose measure cell
 * is blank or continues a merge adds its own to them).
 */
final class MeasureDraft {

  /** 2024年6月底前 / 6月30日前 / 年底前 written after a bracket's duties without its label. */
  private static final Pattern UNLABELLED_TIME =
      Pattern.compile("^(?:[0-9０-９]{2,4}年|[0-9０-９]{1,2}月|年底|年内|立行立改|长期坚持|持续推进)");

  private static final Pattern UNIT_SEPARATORS =
      Pattern.compile("[" + Labels.UNIT_SEPARATOR_CHARS + "\\s\\u3000]+");

  final String text;
  final Set<String> units = new LinkedHashSet<>();
  final Set<String> coUnits = new LinkedHashSet<>();
  final Set<String> leaders = new LinkedHashSet<>();
  final Set<String> persons = new LinkedHashSet<>();

  /** The people named in brackets after the responsible units (医政股（张明）, 0311). */
  final Set<String> unitPeople = new LinkedHashSet<>();

  /** The contacts of the helping units (配合单位 办公室（李四）): never the measure's person (0320). */
  final Set<String> contacts = new LinkedHashSet<>();

  final Set<String> timeLimits = new LinkedHashSet<>();
  final Set<String> progress = new LinkedHashSet<>();
  final Set<String> statuses = new LinkedHashSet<>();
  final Set<String> remarks = new LinkedHashSet<>();

  /** The term the measure is named by (近期, 长效…, {@link MeasureTerms}); null when none. */
  String term;

  /**
   * The time limit the measure's stage gives it (第一阶段（2024年9月30日前）：…, {@link StageMeasures}); null
   * when none. It is the measure's time limit, whatever the row's 整改时限 cell says.
   */
  String stageLimit;

  /** What was done to a units cell whose brackets do not pair ({@link UnbalancedBrackets}). */
  private final Set<String> bracketNotes = new LinkedHashSet<>();

  /** A 责任人 cell written as still to be named (待定, （无）); null when none. */
  private String pendingPerson;

  MeasureDraft(String text) {
    this.text = text;
  }

  boolean isEmpty() {
    return units.isEmpty()
        && coUnits.isEmpty()
        && leaders.isEmpty()
        && persons.isEmpty()
        && timeLimits.isEmpty();
  }

  void add(Grid.Row row, RowCells reader) {
    // 物业科（牵头：张三）, 医政股（张明）: the person who leads, as a plan's line gives it (0305, 0311)
    // 责任人及单位 │ 黄忠（后勤科）: the person, and the unit in brackets after him (0365)
    UnitsAndPeople.Split first =
        reader.peopleNameUnits() ? PeopleBeforeUnits.of(reader.text(row, Column.UNITS)) : null;
    UnitLeads.Read leads =
        UnitLeads.people(first == null ? reader.text(row, Column.UNITS) : first.units());
    if (first != null) {
      persons.addAll(first.people());
    }
    // 责任单位及责任人 │ 办公室/张三: the units, and the people written after them (0338)
    UnitsAndPeople.Split named = reader.unitsNamePeople() ? UnitsAndPeople.of(leads.units()) : null;
    splitUnits(named == null ? leads.units() : named.units(), units, coUnits);
    if (named != null) {
      unitPeople.addAll(named.people());
    }
    UnitLeads.Read coLeads = UnitLeads.people(reader.text(row, Column.CO_UNITS));
    splitUnits(coLeads.units(), coUnits, coUnits);
    addNames(leaders, reader.withoutPhones(row, Column.LEADER));
    String person = reader.withoutPhones(row, Column.PERSON);
    // 责任人 │ 周敏（党委办公室）: the person, the unit in brackets his (0417)
    List<String> withUnits = PeopleBeforeUnits.inPersonCell(person, units, coUnits, bracketNotes);
    if (withUnits == null) {
      addNames(persons, person);
    } else {
      persons.addAll(withUnits);
    }
    if (Placeholders.pending(person)) {
      pendingPerson = person.strip(); // （待定）: no person yet, and the dry run says so (0323)
    }
    unitPeople.addAll(leads.people());
    contacts.addAll(leads.contacts());
    contacts.addAll(coLeads.people());
    contacts.addAll(coLeads.contacts());
    bracketNotes.addAll(leads.notes());
    bracketNotes.addAll(coLeads.notes());
    List<String> both = Labels.leaderAndPeople(reader.withoutPhones(row, Column.LEADER_AND_PERSON));
    if (!both.isEmpty()) {
      leaders.add(both.get(0));
      persons.addAll(both.subList(1, both.size()));
    }
    // 责任分工及时限 │ 责任单位：…／责任人：…: the labelled lines fill the fields (0360)
    DutyCells.add(reader.text(row, Column.DUTIES), this, reader.warnings, reader.where(row));
    String timeLimit = reader.timeLimit(row);
    addText(timeLimits, timeLimit);
    String said = StatusInTimeLimits.said(timeLimit);
    if (said != null) {
      addText(progress, said); // 2024年9月30日（已完成）: its progress note (0342)
    }
    addText(progress, Placeholders.orEmpty(reader.text(row, Column.PROGRESS)));
    addText(statuses, reader.text(row, Column.STATUS));
    addText(remarks, reader.text(row, Column.REMARK));
  }

  /**
   * The duties written in brackets in the measure's cell (…建立台账（责任单位：财务科，责任人：王五，2024年6月底前）, as a
   * plan's line is read, {@link BracketedDuties}): each field they give replaces the row's; a time
   * written without its label after them (2024年6月底前) is the time limit (0252).
   */
  void bracketed(List<String> duties) {
    Set<String> u = new LinkedHashSet<>();
    Set<String> co = new LinkedHashSet<>();
    Set<String> lead = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    Set<String> times = new LinkedHashSet<>();
    for (String bracket : duties) {
      for (Labels.Labelled l : Labels.of(bracket)) {
        List<String> rest = new ArrayList<>();
        for (String piece : l.value().split("[，,；;]")) {
          if (l.label() != Labels.Label.TIME_LIMIT
              && UNLABELLED_TIME.matcher(piece.strip()).find()) {
            addText(times, piece);
          } else {
            rest.add(piece);
          }
        }
        String v = String.join("、", rest).strip();
        switch (l.label()) {
          case UNITS -> splitUnits(v, u, co);
          case CO_UNITS -> splitUnits(v, co, co);
          case LEADER -> addNames(lead, v);
          case PERSON -> addNames(people, v);
          case TIME_LIMIT -> addText(times, l.value());
          default -> {}
        }
      }
    }
    replace(units, u);
    replace(coUnits, co);
    replace(leaders, lead);
    replace(persons, people);
    replace(timeLimits, times);
  }

  private static void replace(Set<String> field, Set<String> bracketed) {
    if (!bracketed.isEmpty()) {
      field.clear();
      field.addAll(bracketed);
    }
  }

  private static void addNames(Set<String> into, String value) {
    // 责任人：李四 in a 责任人 cell: the name, not the label (0342)
    into.addAll(Labels.names(SelfLabelledCells.withoutLabels(value)));
  }

  private static void addText(Set<String> into, String value) {
    String v = value.strip();
    if (!v.isEmpty()) {
      into.add(v);
    }
  }

  /** The measure (two when its time limit is done, then kept up: {@link KeptUpStages}). */
  List<ParsedMeasure> parsed(
      String named, MeasureDraft defaults, List<String> warnings, Integer year) {
    if (units.isEmpty()) {
      units.addAll(defaults.units);
      unitPeople.addAll(defaults.unitPeople);
      bracketNotes.addAll(defaults.bracketNotes);
    }
    if (coUnits.isEmpty()) {
      coUnits.addAll(defaults.coUnits);
      contacts.addAll(defaults.contacts);
    }
    if (leaders.isEmpty()) {
      leaders.addAll(defaults.leaders);
    }
    if (persons.isEmpty()) {
      persons.addAll(defaults.persons);
    }
    if (pendingPerson == null) {
      pendingPerson = defaults.pendingPerson;
    }
    // the 责任人 given answers, else the people of the responsible units; the rest are named (0320)
    Set<String> besideGiven = new LinkedHashSet<>(persons.isEmpty() ? List.of() : unitPeople);
    besideGiven.removeAll(persons);
    Set<String> dropped = new LinkedHashSet<>(contacts);
    if (persons.isEmpty()) {
      persons.addAll(unitPeople);
    }
    dropped.removeAll(persons);
    dropped.removeAll(besideGiven);
    if (timeLimits.isEmpty()) {
      timeLimits.addAll(defaults.timeLimits);
    }
    String measure = text;
    if (measure.indexOf('\n') < 0) {
      Numbering single = Numbering.of(measure);
      if (single != null && !single.text().isBlank()) {
        measure = single.text().strip();
      }
    }
    String measureNamed = named + ", measure 「" + OutlineParser.shorten(measure) + "」";
    DeadlineText.Reading time;
    if (stageLimit != null) {
      time = DeadlineText.read(stageLimit, year);
      String beside = StageMeasures.besideNote(stageLimit, String.join("；", timeLimits), year);
      if (beside != null) {
        warnings.add(measureNamed + ": " + beside + ".");
      }
      if (time.note() != null) {
        warnings.add(measureNamed + ": " + time.note() + ".");
      }
    } else if (timeLimits.isEmpty() && MeasureTerms.isLong(term)) {
      // 长效：… without a 整改时限 of its own: kept up, LONG_TERM, as in a plan (0306)
      time = MeasureTerms.longWithoutLimit(term);
      warnings.add(measureNamed + ": " + time.note() + ".");
    } else if (timeLimits.isEmpty()) {
      // 于2024年9月底前完成, 长期坚持 in the measure's own words, as in a plan (0372)
      DeadlinesInMeasureText.Found said = DeadlinesInMeasureText.read(measure, year);
      time = said == null ? new DeadlineText.Reading(null, null, null) : said.reading();
      warnings.add(
          measureNamed
              + (said == null
                  ? ": no 整改时限 is given; set a time limit before creating its ticket."
                  : ": " + said.note() + "."));
    } else {
      time = DeadlineText.read(String.join("；", timeLimits), year);
      if (time.note() != null) {
        warnings.add(
            measureNamed
                + ": "
                + time.note()
                + (time.timing() == null ? "; set a time limit before creating its ticket." : "."));
      }
      String beside = DeadlinesInMeasureText.besideLabelled(measure, time, year);
      if (beside != null) {
        warnings.add(measureNamed + ": " + beside + ".");
      }
    }
    if (units.isEmpty()) {
      warnings.add(measureNamed + ": no 责任单位 is given.");
    }
    for (String note : bracketNotes) {
      warnings.add(measureNamed + ": " + note + ".");
    }
    if (persons.isEmpty() && pendingPerson != null) {
      warnings.add(Placeholders.pendingPersonNote(measureNamed, pendingPerson));
    }
    warnings.addAll(
        UnitLeads.droppedNotes(measureNamed, String.join("、", persons), besideGiven, dropped));
    if (remarks.isEmpty()) {
      remarks.addAll(defaults.remarks);
    }
    List<String> notes = new ArrayList<>(progress);
    if (!remarks.isEmpty()) {
      notes.add("备注：" + String.join("\n", remarks));
    }
    String progressNote = notes.isEmpty() ? null : String.join("\n", notes);
    StatusHint hint = null;
    for (String said : statuses.isEmpty() ? progress : statuses) {
      if (ReportedDone.says(said)) {
        hint = StatusHint.REPORTED_DONE;
      }
    }
    if (hint != null) {
      warnings.add(ReportedDone.warning(measureNamed));
    }
    List<String> co = new ArrayList<>(coUnits);
    co.removeAll(units);
    return KeptUpStages.of(
        new ParsedMeasure(
            measure,
            List.copyOf(units),
            List.copyOf(co),
            leaders.isEmpty() ? null : String.join("、", leaders),
            persons.isEmpty() ? null : String.join("、", persons),
            time.timing(),
            time.deadline(),
            progressNote,
            hint),
        time);
  }

  /**
   * The time limit this measure takes from its row or, lacking one, from {@code defaults} (the
   * problem's own duties), its lines joined by ；; null when its stage gives its own.
   */
  String sharedLimit(MeasureDraft defaults) {
    if (stageLimit != null) {
      return null;
    }
    return String.join("；", timeLimits.isEmpty() ? defaults.timeLimits : timeLimits);
  }

  /**
   * The units of a cell, one or several separated by 、，,；;/ spaces or line breaks (a cell's
   * paragraphs are lines). A line or part that begins 牵头：/责任单位： gives responsible units, one that
   * begins 配合：/协办： co-responsible ones, and later parts without a prefix follow the last prefix;
   * 财务科（配合） marks one unit. Without any prefix, the units go where the column says.
   */
  static void splitUnits(String cell, Set<String> units, Set<String> coUnits) {
    Labels.units(cell, UNIT_SEPARATORS, units, coUnits);
  }
}
