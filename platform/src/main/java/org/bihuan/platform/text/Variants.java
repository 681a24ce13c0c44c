package org.bihuan.platform.text;

/**
 * Variant forms of characters common in names that neither NFKC, ICU's Traditional → Simplified
 * transliterator nor the {@link Shinjitai} table fold: 髙橋 is 高桥, 﨑山 and 嵜山 are 崎山, 渡邉 is 渡边, 𠮷田 is
 * 吉田 (docs/decisions/0188). Each pair is a variant written for the same character in a name, never
 * two everyday characters of their own. Applied before the Traditional → Simplified step, so the
 * right-hand side may be Traditional.
 */
final class Variants {

  /** Variant, then the form it is compared as; code points, since some lie outside the BMP. */
  private static final String[][] PAIRS = {
    {"髙", "高"},
    {"﨑", "崎"},
    {"嵜", "崎"},
    {"碕", "崎"},
    {"邉", "边"},
    {"𠮷", "吉"},
    {"濵", "滨"},
    {"冨", "富"},
    {"嶌", "岛"},
    {"峯", "峰"},
    {"舘", "馆"},
    {"曺", "曹"},
    {"裵", "裴"},
    {"靑", "青"},
    {"淸", "清"},
    {"桒", "桑"},
    {"栁", "柳"},
    {"寳", "宝"},
    {"晧", "皓"},
    {"槇", "槙"},
    {"埜", "野"},
    {"凜", "凛"},
    {"皐", "皋"},
    {"彥", "彦"},
    {"顔", "颜"},
    {"亙", "亘"},
    {"昻", "昂"},
    {"瀨", "濑"},
    {"煕", "熙"},
    {"敎", "教"},
  };

  private Variants() {}

  /** {@code s} with every variant of the table replaced by the form it is compared as. */
  static String folded(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      String to = to(c);
      if (to != null) {
        if (out == null) {
          out = new StringBuilder(s.length());
          out.append(s, 0, i);
        }
        out.append(to);
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }

  private static String to(int c) {
    for (String[] pair : PAIRS) {
      if (pair[0].codePointAt(0) == c) {
        return pair[1];
      }
    }
    return null;
  }
}
