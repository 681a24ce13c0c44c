package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;

/**
 * The objects of a PDF read from its bytes ({@link PdfRawStreams}): where each object number is
 * defined (an incremental update defines some again), their values through {@link PdfObjectLexer},
 * references resolved, and a value as PDFBox's object for a filter's parameters.
 */
final class PdfRawObjects {

  private final byte[] pdf;
  private final PdfObjectLexer.Budget budget;
  private final Map<Long, List<Integer>> objects = new HashMap<>();

  PdfRawObjects(byte[] pdf, PdfObjectLexer.Budget budget) {
    this.pdf = pdf;
    this.budget = budget;
  }

  /** Object {@code number} is defined at {@code at} (after its {@code obj}). */
  void define(long number, int at) {
    objects.computeIfAbsent(number, n -> new ArrayList<>()).add(at);
  }

  /**
   * Where a stream's bytes end: its {@code /Length} when that stays inside the file, or the next
   * {@code endstream}, whichever is further.
   */
  int end(Map<String, Object> dict, int start) {
    int next = indexOf(PdfRawStreams.ENDSTREAM, start);
    int end = next < 0 ? pdf.length : next;
    Object length = dict.get("Length");
    List<Object> lengths = new ArrayList<>();
    if (length instanceof PdfObjectLexer.Ref ref) {
      for (int at : objects.getOrDefault(ref.number(), List.of())) {
        PdfObjectLexer lexer = new PdfObjectLexer(pdf, budget, at);
        lexer.skipSpace();
        lengths.add(lexer.value(0, true));
      }
    } else {
      lengths.add(length);
    }
    for (Object each : lengths) {
      if (each instanceof Long n && n >= 0 && n <= pdf.length - start) {
        end = Math.max(end, (int) (start + n));
      }
    }
    return end;
  }

  /** Where {@code what} first stands at or after {@code from}, or -1. */
  int indexOf(byte[] what, int from) {
    outer:
    for (int i = from; i + what.length <= pdf.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (pdf[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The distinct values the objects of a reference's number hold. */
  List<Object> definitions(PdfObjectLexer.Ref ref) {
    List<Object> values = new ArrayList<>();
    for (int at : objects.getOrDefault(ref.number(), List.of())) {
      PdfObjectLexer lexer = new PdfObjectLexer(pdf, budget, at);
      lexer.skipSpace();
      Object value = lexer.value(0, true);
      if (value != null && !(value instanceof PdfObjectLexer.Ref) && !values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  /** A value, or the one value its reference's objects hold; two different ones are damage. */
  Object single(Object value) {
    if (!(value instanceof PdfObjectLexer.Ref ref)) {
      return value;
    }
    List<Object> values = definitions(ref);
    if (values.size() > 1) {
      throw ZipPackage.damaged(
          "a readable PDF (its object " + ref.number() + ", a filter name, is defined twice)");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** An indirect reference resolved to the first object of that number holding a value. */
  Object resolve(Object value) {
    if (!(value instanceof PdfObjectLexer.Ref ref)) {
      return value;
    }
    for (int at : objects.getOrDefault(ref.number(), List.of())) {
      PdfObjectLexer lexer = new PdfObjectLexer(pdf, budget, at);
      lexer.skipSpace();
      Object resolved = lexer.value(0, true);
      if (resolved != null && !(resolved instanceof PdfObjectLexer.Ref)) {
        return resolved;
      }
    }
    return null;
  }

  /** A parsed value as PDFBox's object, references resolved once, for a filter's parameters. */
  COSBase cos(Object value, int depth) {
    Object v = depth < 4 ? resolve(value) : value;
    if (v instanceof PdfObjectLexer.Name name) {
      return COSName.getPDFName(name.value());
    } else if (v instanceof Long n) {
      return COSInteger.get(n);
    } else if (v instanceof Double d) {
      return new COSFloat(d.floatValue());
    } else if (v instanceof Boolean b) {
      return COSBoolean.getBoolean(b);
    } else if (v instanceof List<?> list) {
      COSArray array = new COSArray();
      for (Object each : list) {
        COSBase item = cos(each, depth + 1);
        array.add(item == null ? COSNull.NULL : item);
      }
      return array;
    } else if (v instanceof Map<?, ?> map) {
      COSDictionary dictionary = new COSDictionary();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        COSBase item = cos(entry.getValue(), depth + 1);
        if (item != null) {
          dictionary.setItem(COSName.getPDFName((String) entry.getKey()), item);
        }
      }
      return dictionary;
    }
    return null;
  }
}
