package org.bihuan.problem.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** How a spreadsheet cell's value reads as text, the same for .xlsx and .xls. */
final class CellValues {

  private CellValues() {}

  /**
   * Whether a number format shows a date: POI's test, plus the built-in formats that Excel keeps
   * for East Asian locales (27–36 and 50–58 are 2024年9月30日, 2024年9月 and the like in a Chinese
   * Excel, and POI does not know them).
   */
  static boolean isDateFormat(int formatId, String formatCode) {
    if ((formatId >= 27 && formatId <= 31)
        || formatId == 36
        || (formatId >= 50 && formatId <= 58)) {
      return true;
    }
    return formatCode != null && DateUtil.isADateFormat(formatId, formatCode);
  }

  /**
   * Whether a date format shows the year and the month but no day (yyyy"年"m"月", yyyy-mm, mmm-yy,
   * and the built-in formats 17, 27, 36, 50, 52 and 57 of a Chinese Excel): such a cell means the
   * month, which a deadline reads as its last day, not the 1st that the cell's serial holds.
   */
  static boolean isYearMonthFormat(int formatId, String formatCode) {
    if (formatId == 17
        || formatId == 27
        || formatId == 36
        || formatId == 50
        || formatId == 52
        || formatId == 57) {
      return true;
    }
    if (formatCode == null || formatCode.isBlank()) {
      return false;
    }
    // the format's letters only: quoted text ("年"), escaped characters (\年) and [colours] left out
    String code =
        formatCode
            .replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\\\.", "")
            .replaceAll("\\[[^\\]]*\\]", "")
            .toLowerCase(java.util.Locale.ROOT);
    return code.contains("y")
        && code.contains("m")
        && !code.contains("d")
        && !code.contains("h")
        && !code.contains("s");
  }

  /** A date cell as a plan writes it (2024年9月30日), which {@link DeadlineText} reads. */
  static String date(double serial, boolean date1904) {
    return date(serial, date1904, false);
  }

  /**
   * A date cell as a plan writes it: 2024年9月30日, or 2024年9月 for a cell whose format shows only the
   * year and month ({@link #isYearMonthFormat}), which {@link DeadlineText} reads as the month's
   * last day.
   */
  static String date(double serial, boolean date1904, boolean yearMonth) {
    if (!DateUtil.isValidExcelDate(serial)) {
      return number(serial);
    }
    LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
    return t.getYear() + "年" + t.getMonthValue() + "月" + (yearMonth ? "" : t.getDayOfMonth() + "日");
  }

  /** A number format showing a fixed count of decimals: 0.00, #,##0.0, 0.000_ ;[红色]-0.000. */
  private static final java.util.regex.Pattern FIXED_DECIMALS =
      java.util.regex.Pattern.compile("[#,]*0\\.(0+)(?:_.|\\s)*");

  /**
   * How many decimals a number format always shows (0.00 → 2, #,##0.0 → 1, built-in 2 and 4 → 2),
   * or -1 for General and any other format. Excel shows 2024.1 typed in a 0.00 cell as 2024.10:
   * what the sheet shows is what the importer reads (docs/decisions/0377).
   */
  static int fixedDecimals(int formatId, String formatCode) {
    if (formatId == 2 || formatId == 4) {
      return 2;
    }
    if (formatCode == null) {
      return -1;
    }
    String positive = formatCode.split(";", -1)[0].replaceAll("\\[[^\\]]*\\]", "").strip();
    java.util.regex.Matcher m = FIXED_DECIMALS.matcher(positive);
    return m.matches() ? m.group(1).length() : -1;
  }

  /**
   * A number as a cell formatted with {@code decimals} fixed decimals shows it (-1: as written).
   */
  static String number(double value, int decimals) {
    if (decimals < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return number(value);
    }
    return BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** 1.0 → 1, 2.50 → 2.5: a 序号 or amount as the sheet shows it. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String number(String raw) {
    try {
      return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return raw.strip();
    }
  }
}
