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

  /** A date cell as a plan writes it (2024年9月30日), which {@link DeadlineText} reads. */
  static String date(double serial, boolean date1904) {
    if (!DateUtil.isValidExcelDate(serial)) {
      return number(serial);
    }
    LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
    return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
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
