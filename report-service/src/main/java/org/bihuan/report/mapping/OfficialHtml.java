package org.bihuan.report.mapping;

/**
 * Writes an {@link OfficialDocument} as a printable HTML page: the same text as the Word document,
 * with print CSS for A4 and the margins of GB/T 9704, and font stacks that fall back from the
 * official fonts to the ones a reader's machine has. No script, nothing loaded from elsewhere.
 */
public final class OfficialHtml {

  public static final String MEDIA_TYPE = "text/html; charset=UTF-8";

  static final String STYLE =
      """
      @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
      html { background: #e9e9e9; }
      body { margin: 0; color: #000;
        font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong",
          "Noto Serif CJK SC", "Source Han Serif SC", serif;
        font-size: 16pt; line-height: 28pt; }
      .page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto;
        padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 0 6px rgba(0,0,0,.25); }
      h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体",
          "SimSun", "Noto Serif CJK SC", serif;
        font-size: 22pt; line-height: 1.5; font-weight: normal; text-align: center;
        margin: 0 0 28pt; }
      h2, h3, h4, p { margin: 0; text-indent: 2em; font-size: 16pt; text-align: justify; }
      h2 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif;
        font-weight: normal; }
      h3 { font-family: "楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif;
        font-weight: normal; }
      h4 { font-weight: bold; }
      p.note { font-size: 14pt; }
      table { border-collapse: collapse; width: 100%; margin: 8pt 0; font-size: 14pt;
        line-height: 1.6; }
      th, td { border: 1px solid #000; padding: 2pt 6pt; text-align: center; }
      th { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif;
        font-weight: normal; }
      td:first-child { text-align: left; }
      .signature { text-align: right; text-indent: 0; padding-right: 4em; }
      .signature.first { margin-top: 28pt; }
      @media screen and (max-width: 800px) {
        .page { width: auto; min-height: 0; margin: 0; padding: 16px; box-shadow: none; }
        body { font-size: 13pt; line-height: 1.8; }
        h1 { font-size: 18pt; }
        h2, h3, h4, p { font-size: 13pt; }
      }
      @media print {
        html { background: none; }
        .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
        h2, h3, h4 { break-after: avoid; }
        tr { break-inside: avoid; }
      }
      """;

  private OfficialHtml() {}

  public static String render(OfficialDocument d) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(d.title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main class=\"page\">\n<h1>")
        .append(escape(d.title()))
        .append("</h1>\n");
    for (OfficialDocument.Block block : d.blocks()) {
      if (block instanceof OfficialDocument.Heading h) {
        String tag = "h" + (h.level() + 1);
        b.append('<')
            .append(tag)
            .append('>')
            .append(escape(h.number() + h.text()))
            .append("</")
            .append(tag)
            .append(">\n");
      } else if (block instanceof OfficialDocument.Paragraph p) {
        b.append(p.note() ? "<p class=\"note\">" : "<p>");
        for (OfficialDocument.Span s : p.spans()) {
          b.append(s.bold() ? "<b>" + escape(s.text()) + "</b>" : escape(s.text()));
        }
        b.append("</p>\n");
      } else if (block instanceof OfficialDocument.Table t) {
        b.append("<table>\n<thead><tr>");
        t.header().forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (java.util.List<String> row : t.rows()) {
          b.append("<tr>");
          row.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
          b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
      }
    }
    boolean first = true;
    for (String line : new String[] {d.signature(), d.signatureDate()}) {
      if (!line.isBlank()) {
        b.append(first ? "<p class=\"signature first\">" : "<p class=\"signature\">")
            .append(escape(line))
            .append("</p>\n");
        first = false;
      }
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\u000b', '\n' -> b.append("<br>"); // a manual line break in the text
        case '\t' -> b.append(' ');
        default -> {
          if (!Character.isISOControl(c)) { // control characters are not text
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
