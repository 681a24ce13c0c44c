package org.bihuan.report.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The zh-CN words people read for the product's states and kinds, in one place. */
public final class ZhLabels {

  private ZhLabels() {}

  /** 待整改/整改中/待验收/已销号/已撤销. */
  public static String ticketStatus(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case "ASSIGNED" -> "待整改";
      case "IN_PROGRESS" -> "整改中";
      case "SUBMITTED" -> "待验收";
      case "VERIFIED" -> "已销号";
      case "CANCELLED" -> "已撤销";
      default -> status;
    };
  }

  /** A problem's own state: 待整改 (no ticket yet), 整改中, 已销号, 已撤回. */
  public static String problemStatus(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case "OPEN" -> "待整改";
      case "RECTIFYING" -> "整改中";
      case "CLOSED" -> "已销号";
      case "WITHDRAWN" -> "已撤回";
      default -> status;
    };
  }

  /** 立行立改/限期整改/长期坚持. */
  public static String timing(String timing) {
    if (timing == null) {
      return "";
    }
    return switch (timing) {
      case "IMMEDIATE" -> "立行立改";
      case "DEADLINE" -> "限期整改";
      case "LONG_TERM" -> "长期坚持";
      default -> timing;
    };
  }

  /** 红/黄/绿, or empty for a ticket without a light (verified or cancelled). */
  public static String light(Light light) {
    if (light == null) {
      return "";
    }
    return switch (light) {
      case RED -> "红";
      case YELLOW -> "黄";
      case GREEN -> "绿";
    };
  }

  /** 会议/巡视巡察/审计/监督检查/自查/其他. */
  public static String sourceKind(String kind) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case "MEETING" -> "会议";
      case "INSPECTION" -> "巡视巡察";
      case "AUDIT" -> "审计";
      case "SUPERVISION" -> "监督检查";
      case "SELF_CHECK" -> "自查";
      case "OTHER" -> "其他";
      default -> kind;
    };
  }

  /** 2024年6月15日. */
  public static String date(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** A rate 0..1 as a percentage with one decimal (40.0%), or — when there is none. */
  public static String percent(Double rate) {
    if (rate == null) {
      return "—";
    }
    return BigDecimal.valueOf(rate)
            .multiply(BigDecimal.valueOf(100))
            .setScale(1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 99 → 九十九; beyond that the Arabic number. */
  public static String chineseNumber(int n) {
    if (n <= 0 || n >= 100) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
  }
}
