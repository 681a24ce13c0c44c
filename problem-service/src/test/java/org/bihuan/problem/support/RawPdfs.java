package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Hostile PDFs written byte by byte (a PDF writer would not produce them): one page whose content,
 * font, character map, cross-reference stream or object stream is encoded with a chosen chain of
 * filters decoding to many megabytes (docs/decisions/0201), or whose page dictionary nests arrays
 * deeper than PDFBox parses.
 */
public final class RawPdfs {

  private RawPdfs() {}

  private static final String CATALOG = "<< /Type /Catalog /Pages 2 0 R >>";
  private static final String PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
  private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  private static final String TEXT = "BT /F1 12 Tf 72 720 Td (Hello from a raw PDF) Tj ET";

  private static String page(String extra) {
    return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> "
        + extra
        + " >>";
  }

  /** A file of objects 1..n with a classic cross-reference table. */
  public static byte[] plain(List<byte[]> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n");
      out.writeBytes(objects.get(i));
      write(out, "\nendobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      write(out, String.format("%010d 00000 n \n", offset));
    }
    write(
        out,
        "trailer\n<< /Size "
            + (objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  /** A stream object's body: its dictionary (with the length and {@code entries}) and data. */
  public static byte[] stream(String entries, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "<< /Length " + data.length + " " + entries + " >>\nstream\n");
    out.writeBytes(data);
    write(out, "\nendstream");
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A one-page PDF whose content stream is {@code data} under {@code /Filter filters}. */
  public static byte[] pageWithContent(String filters, byte[] data) {
    return plain(
        List.of(
            ascii(CATALOG),
            ascii(PAGES),
            ascii(page("")),
            stream(filters.isEmpty() ? "" : "/Filter " + filters, data),
            ascii(FONT)));
  }

  /** An ordinary page of text, its content under {@code [/ASCIIHexDecode /FlateDecode]}. */
  public static byte[] hexFlateText() {
    return pageWithContent("[/ASCIIHexDecode /FlateDecode]", hex(flate(ascii(TEXT))));
  }

  /** A one-page PDF whose font's ToUnicode map is {@code data} under {@code filters}. */
  public static byte[] toUnicode(String filters, byte[] data) {
    return plain(
        List.of(
            ascii(CATALOG),
            ascii(PAGES),
            ascii(page("")),
            stream("", ascii(TEXT)),
            ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"),
            stream("/Filter " + filters, data)));
  }

  /** A one-page PDF whose page dictionary holds arrays nested {@code levels} deep. */
  public static byte[] nestedArrays(int levels) {
    String deep = "[".repeat(levels) + "]".repeat(levels);
    return plain(
        List.of(
            ascii(CATALOG),
            ascii(PAGES),
            ascii(page("/Deep " + deep)),
            stream("", ascii(TEXT)),
            ascii(FONT)));
  }

  /**
   * A one-page PDF whose cross-reference stream (read while the file is loaded) is FlateDecoded
   * rows of 7 bytes: the real ones, then {@code megabytes} of free entries.
   */
  public static byte[] crossReferenceBomb(int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<String> bodies = Arrays.asList(CATALOG, PAGES, page(""), null, FONT);
    int[] offsets = new int[5];
    for (int i = 0; i < 5; i++) {
      offsets[i] = out.size();
      write(out, (i + 1) + " 0 obj\n");
      out.writeBytes(i == 3 ? stream("", ascii(TEXT)) : ascii(bodies.get(i)));
      write(out, "\nendobj\n");
    }
    int xref = out.size();
    ByteBuffer rows = ByteBuffer.allocate(7 * 7);
    rows.put((byte) 0).putInt(0).putShort((short) -1);
    for (int offset : offsets) {
      rows.put((byte) 1).putInt(offset).putShort((short) 0);
    }
    rows.put((byte) 1).putInt(xref).putShort((short) 0);
    long filler = ((long) megabytes << 20) / 7;
    byte[] data = flate(rows.array(), new byte[7 * 4096], filler / 4096);
    write(
        out,
        "6 0 obj\n<< /Type /XRef /Size "
            + (7 + filler / 4096 * 4096)
            + " /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
            + data.length
            + " >>\nstream\n");
    out.writeBytes(data);
    write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  /**
   * A one-page PDF whose catalog and page tree are in an object stream whose objects start ({@code
   * /First}) {@code megabytes} of FlateDecoded spaces in; its cross-reference stream is not
   * encoded.
   */
  public static byte[] objectStreamBomb(int megabytes) {
    String header = "1 0 2 " + (CATALOG.length() + 1) + " ";
    byte[] objects = ascii(CATALOG + "\n" + PAGES + "\n");
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    byte[] data = flate(ascii(header), spaces, megabytes, objects);
    long first = header.length() + ((long) megabytes << 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    int[] offsets = new int[7];
    offsets[3] = out.size();
    write(out, "3 0 obj\n" + page("") + "\nendobj\n");
    offsets[4] = out.size();
    write(out, "4 0 obj\n");
    out.writeBytes(stream("", ascii(TEXT)));
    write(out, "\nendobj\n");
    offsets[5] = out.size();
    write(out, "5 0 obj\n" + FONT + "\nendobj\n");
    offsets[6] = out.size();
    write(
        out,
        "6 0 obj\n<< /Type /ObjStm /N 2 /First "
            + first
            + " /Filter /FlateDecode /Length "
            + data.length
            + " >>\nstream\n");
    out.writeBytes(data);
    write(out, "\nendstream\nendobj\n");
    int xref = out.size();
    ByteBuffer rows = ByteBuffer.allocate(8 * 7);
    rows.put((byte) 0).putInt(0).putShort((short) -1);
    rows.put((byte) 2).putInt(6).putShort((short) 0);
    rows.put((byte) 2).putInt(6).putShort((short) 1);
    for (int n = 3; n <= 6; n++) {
      rows.put((byte) 1).putInt(offsets[n]).putShort((short) 0);
    }
    rows.put((byte) 1).putInt(xref).putShort((short) 0);
    write(
        out,
        "7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length " + 56 + " >>\nstream\n");
    out.writeBytes(rows.array());
    write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  /** {@code megabytes} of spaces, FlateDecoded. */
  public static byte[] flatedSpaces(int megabytes) {
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    return flate(new byte[0], spaces, megabytes);
  }

  /** RunLength data repeating a space: each two bytes decode to 128. */
  public static byte[] runLengthSpaces(int megabytes) {
    int runs = megabytes << 13;
    byte[] data = new byte[runs * 2 + 1];
    for (int i = 0; i < runs; i++) {
      data[2 * i] = (byte) 0x81;
      data[2 * i + 1] = ' ';
    }
    data[runs * 2] = (byte) 0x80;
    return data;
  }

  /** The bytes as ASCIIHexDecode data. */
  public static byte[] hex(byte[] data) {
    return ascii(HexFormat.of().formatHex(data) + ">");
  }

  public static byte[] flate(byte[] data) {
    return flate(data, new byte[0], 0);
  }

  /** {@code head}, then {@code repeated} {@code times} times, then {@code tail}, deflated. */
  private static byte[] flate(byte[] head, byte[] repeated, long times, byte[]... tail) {
    Deflater deflater = new Deflater(9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    deflate(deflater, head, buffer, out);
    for (long i = 0; i < times; i++) {
      deflate(deflater, repeated, buffer, out);
    }
    for (byte[] each : tail) {
      deflate(deflater, each, buffer, out);
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static void deflate(
      Deflater deflater, byte[] data, byte[] buffer, ByteArrayOutputStream out) {
    deflater.setInput(data);
    while (!deflater.needsInput()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(ascii(text));
  }
}
