package org.bihuan.rectification.connector;

/**
 * User text (measures, titles, names — typed or imported from documents) as a group robot message
 * carries it: the one place every robot line passes its user text through, so that it can never
 * make a link, a mention, a new line or formatting. Line breaks and other control characters become
 * a space; {@code @} becomes the full-width {@code ＠} (no {@code @all}, no {@code @mobile} in the
 * text); in markdown every character DingTalk's or WeCom's markdown (or the HTML they pass through)
 * reads as syntax becomes its full-width twin ({@code [ ] ( ) ` * _ # > < ~ | ! & \}), which reads
 * the same to a person and is no syntax to either robot (decision 0256).
 */
final class RobotText {

  private static final String SYNTAX = "[]()`*_#><~|!&\\";
  private static final String FULL_WIDTH = "［］（）｀＊＿＃＞＜～｜！＆＼";

  private RobotText() {}

  /** {@code text} as plain words in a markdown ({@code markdown}) or text message. */
  static String neutral(String text, boolean markdown) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int at = markdown && cp < 0x80 ? SYNTAX.indexOf(cp) : -1;
              if (at >= 0) {
                out.append(FULL_WIDTH.charAt(at));
              } else if (cp == '@') {
                out.append('＠');
              } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append(' ');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
