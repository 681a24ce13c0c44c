package org.bihuan.report.mapping;

import java.util.List;

/**
 * A document in the layout of an official report (公文, GB/T 9704): a title, numbered headings of
 * three levels (一、 （一） 1.), body paragraphs, tables, and the sender and date at the end. The Word
 * and the printable HTML renderings are made from the same instance, so they say the same.
 */
public record OfficialDocument(
    String title, List<Block> blocks, String signature, String signatureDate) {

  /** One block of the body, in order. */
  public sealed interface Block permits Heading, Paragraph, Table {}

  /**
   * A heading: level 1 (一、 in 黑体), level 2 (（一） in 楷体) or level 3 (1. in the body font, bold).
   * {@code number} is the numbering as printed, e.g. "一、", "（一）", "1.".
   */
  public record Heading(int level, String number, String text) implements Block {}

  /** A body paragraph with a first-line indent of two characters; spans may be bold. */
  public record Paragraph(List<Span> spans, boolean note) implements Block {
    public static Paragraph of(Span... spans) {
      return new Paragraph(List.of(spans), false);
    }

    public String text() {
      StringBuilder b = new StringBuilder();
      spans.forEach(s -> b.append(s.text()));
      return b.toString();
    }
  }

  public record Span(String text, boolean bold) {
    public static Span plain(String text) {
      return new Span(text, false);
    }

    public static Span bold(String text) {
      return new Span(text, true);
    }
  }

  /** A table with a header row; every row has as many cells as the header. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {}
}
