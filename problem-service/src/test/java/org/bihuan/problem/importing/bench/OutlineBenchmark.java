package org.bihuan.problem.importing.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bihuan.problem.importing.OutlineParser;
import org.bihuan.problem.importing.ParsedDocument;

/**
 * How long {@link OutlineParser} takes: the seed warm, and generated documents of 1,000 and 5,000
 * problems in both genres, to show that time grows linearly. Not a test: run {@code
 * problem-service/bench/run.sh} and read the figures.
 */
public final class OutlineBenchmark {

  private OutlineBenchmark() {}

  public static void main(String[] args) throws IOException {
    OutlineParser parser = new OutlineParser();
    String seed;
    try (InputStream in =
        OutlineBenchmark.class.getResourceAsStream("/documents/000_8f0d50df8473947d.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    System.out.printf(
        "java %s, %d processors%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    double cold = time(parser, seed, 1, 0);
    double warm = time(parser, seed, 200, 500);
    System.out.printf(
        "seed (%d chars, %d problems): first parse %.2f ms, warm median %.3f ms%n",
        seed.length(), parser.parse(seed).problems().size(), cold, warm);
    // JIT-compile the whole parser on large input first, so both sizes are measured warm
    for (int i = 0; i < 5; i++) {
      parser.parse(selfExamination(5_000));
      parser.parse(rectificationPlan(5_000));
    }
    for (String genre : new String[] {"self-examination", "rectification plan"}) {
      double previous = 0;
      for (int problems : new int[] {1_000, 5_000}) {
        String text =
            genre.startsWith("self") ? selfExamination(problems) : rectificationPlan(problems);
        ParsedDocument parsed = parser.parse(text);
        if (parsed.problems().size() != problems) {
          throw new IllegalStateException(genre + ": " + parsed.problems().size() + " problems");
        }
        double ms = time(parser, text, 9, 10);
        System.out.printf(
            "%s, %,d problems (%,d chars): median of 9 runs %.1f ms%s%n",
            genre,
            problems,
            text.length(),
            ms,
            previous == 0 ? "" : String.format(", %.1f× the 1,000-problem time", ms / previous));
        previous = ms;
      }
    }
  }

  /** Median milliseconds of {@code runs} parses after {@code warmups} unmeasured ones. */
  private static double time(OutlineParser parser, String text, int runs, int warmups) {
    for (int i = 0; i < warmups; i++) {
      parser.parse(text);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      parser.parse(text);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  static String selfExamination(int problems) {
    StringBuilder s = new StringBuilder("班子对照检查材料\n同志们：\n现将对照检查情况报告如下。\n一、存在的问题与不足\n");
    int group = 0;
    for (int i = 1; i <= problems; i++) {
      if ((i - 1) % 100 == 0) {
        s.append("（").append(chinese(++group)).append("）第").append(group).append("方面的问题\n");
      }
      s.append(i)
          .append(".第")
          .append(i)
          .append("项问题方面\n我们认识到，理论学习的深度尚未达到预期水平。。在深入学习、细致研究和深刻思考方面，")
          .append("我们还未能做到充分和平衡##paidbegin##，学以致用、学用结合的实际效果尚显不足。\n");
    }
    s.append("二、原因分析\n（一）理论学习不够深入。在深入全面学习方面尚有不足。\n");
    s.append("三、整改措施\n（一）永葆对党忠诚本色\n持续巩固学习成果。\n四、组织保障\n（一）加强组织领导。\n");
    return s.toString();
  }

  static String rectificationPlan(int problems) {
    StringBuilder s = new StringBuilder("整改方案\n一、指导思想\n坚持问题导向。\n二、整改任务\n");
    int group = 0;
    for (int i = 1; i <= problems; i++) {
      if ((i - 1) % 100 == 0) {
        s.append("（").append(chinese(++group)).append("）第").append(group).append("类问题\n");
      }
      s.append(i).append(".第").append(i).append("项落实不到位的问题\n");
      s.append("问题表现：理论学习中心组学习流于形式，研讨发言质量不高。\n");
      s.append("整改措施：（1）制定年度学习计划，每月开展一次集中学习研讨；（2）建立学习督查通报制度。\n");
      s.append("责任领导：张明；责任部门：党委办公室、组织部；责任人：李华；整改时限：2024年6月30日前\n");
    }
    s.append("三、保障措施\n（一）加强组织领导。\n");
    return s.toString();
  }

  private static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    return (n / 10 > 1 ? String.valueOf(digits.charAt(n / 10)) : "")
        + "十"
        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }
}
