package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.util.ArrayList;
import java.util.List;

/**
 * Task lists whose units and people are written the ways outside documents write them
 * (docs/decisions/0338): a column naming both (责任单位及责任人, 责任单位/责任人, 责任部门及联系人) whose cells hold
 * 单位/姓名, 单位 姓名, 单位、姓名, 单位（姓名） or several of them; and a list whose 责任领导 and 责任人 carry posts (副局长孙强,
 * 孙强（副局长）, 王二（科长）, 王二科长, 科长王二) and whose units name a person of a rare surname in brackets
 * (财务科（禚明）), beside brackets that name no one (社会救助科（会计）). Each row is a problem of its own,
 * 第N项工作落实不到位, with the measure 落实第N项工作。 and the time limit 2025年6月30日.
 */
public final class UnitsAndPeopleTables {

  private UnitsAndPeopleTables() {}

  /** What a combined cell holds, and the units and person it gives. */
  public record Cell(String written, List<String> units, String person) {}

  /** The cells of the combined column, one row each. */
  public static final List<Cell> COMBINED =
      List.of(
          new Cell("综合办/柏岚", List.of("综合办"), "柏岚"),
          new Cell("规划科 滕川", List.of("规划科"), "滕川"),
          new Cell("档案室、甄悦", List.of("档案室"), "甄悦"),
          new Cell("人事股（聂远）", List.of("人事股"), "聂远"),
          new Cell("综合办/柏岚、规划科/滕川", List.of("综合办", "规划科"), "柏岚、滕川"),
          new Cell("财务科/禚明", List.of("财务科"), "禚明"),
          new Cell("法规股 眭晓", List.of("法规股"), "眭晓"),
          new Cell("执法大队", List.of("执法大队"), null));

  /** A row of the posts list: leader, units and person as written, then as read. */
  public record Duties(
      String leader,
      String units,
      String person,
      String leaderRead,
      List<String> unitsRead,
      String personRead) {}

  public static final List<Duties> POSTS =
      List.of(
          new Duties("副局长孙强", "财务科", "王二（科长）", "孙强", List.of("财务科"), "王二"),
          new Duties("孙强（副局长）", "财务科", "王二科长", "孙强", List.of("财务科"), "王二"),
          new Duties("副局长孙强", "财务科", "科长王二", "孙强", List.of("财务科"), "王二"),
          new Duties("孙强", "财务科", "王二（副主任）", "孙强", List.of("财务科"), "王二"),
          new Duties("孙强", "财务科（禚明）", null, "孙强", List.of("财务科"), "禚明"),
          new Duties("孙强", "综合股（仉亮）", null, "孙强", List.of("综合股"), "仉亮"),
          new Duties("孙强", "执法队（亓华）", null, "孙强", List.of("执法队"), "亓华"),
          new Duties("孙强", "信息中心（缑亮）", null, "孙强", List.of("信息中心"), "缑亮"),
          new Duties("孙强", "档案室（宓静）", null, "孙强", List.of("档案室"), "宓静"),
          new Duties("孙强", "规划处（邗平）", null, "孙强", List.of("规划处"), "邗平"),
          new Duties("孙强", "法规股（眭晓）", null, "孙强", List.of("法规股"), "眭晓"),
          new Duties("孙强", "社会救助科（会计）", null, "孙强", List.of("社会救助科（会计）"), null),
          new Duties("孙强", "办公室（综合）", "办公室主任", "孙强", List.of("办公室（综合）"), "办公室主任"));

  /** The problem text of row {@code n} (counted from 1). */
  public static String problem(int n) {
    return "第" + n + "项工作落实不到位。";
  }

  /** The measure text of row {@code n}. */
  public static String measure(int n) {
    return "落实第" + n + "项工作。";
  }

  /** The table of {@link #COMBINED} under a combined column headed {@code header}. */
  public static Ledgers.Table combined(String header) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", header, "完成时限"));
    for (int i = 0; i < COMBINED.size(); i++) {
      int n = i + 1;
      rows.add(row(n, problem(n), measure(n), COMBINED.get(i).written(), "2025年6月30日"));
    }
    return new Ledgers.Table("台账", rows, List.of(), 5);
  }

  /** The table of {@link #POSTS}: 责任领导, 责任单位 and 责任人 columns. */
  public static Ledgers.Table posts() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"));
    for (int i = 0; i < POSTS.size(); i++) {
      int n = i + 1;
      Duties d = POSTS.get(i);
      rows.add(row(n, problem(n), measure(n), d.leader(), d.units(), d.person(), "2025年6月30日"));
    }
    return new Ledgers.Table("台账", rows, List.of(), 7);
  }

  /** {@link #combined} or {@link #posts} as a Word task list or an Excel ledger. */
  public static byte[] write(String format, Ledgers.Table table) {
    return Ledgers.docxOrXlsx(format, "整改任务清单", table);
  }
}
