package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.DocumentText.DOC;
import static org.bihuan.problem.importing.DocumentText.DOCX;
import static org.bihuan.problem.importing.DocumentText.PDF;
import static org.bihuan.problem.importing.DocumentText.XLS;
import static org.bihuan.problem.importing.DocumentText.XLSX;
import static org.bihuan.problem.importing.PlainText.binaryKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bihuan.platform.error.ApiProblem;

/**
 * What an upload was declared as (its media type) against what its bytes are, for {@link
 * DocumentText}: a declared document type that the bytes contradict, markup and media types that
 * are not read are refused (415, 0309); application/octet-stream or no type declares nothing.
 */
final class DeclaredType {

  private DeclaredType() {}

  private static final Map<String, String> OFFICE_TYPES =
      Map.of(
          DOCX, "a Word document (.docx)",
          XLSX, "an Excel workbook (.xlsx)",
          DOC, "a Word 97-2003 document (.doc)",
          XLS, "an Excel 97-2003 workbook (.xls)",
          PDF, "a PDF file");

  /** What the file was declared as when that is one of {@code types}, else {@code otherwise}. */
  static String declaredAs(String type, List<String> types, String otherwise) {
    return types.contains(type) ? OFFICE_TYPES.get(type) : otherwise;
  }

  /**
   * Refuses a file whose declared type is another one than what its bytes are: another document
   * type, or text (a PDF named .txt, which a browser sends as text/plain; 0309). A file sent as
   * application/octet-stream, or without a type, declares nothing and is read as what it is.
   */
  static void claimed(String declaredType, String actualType, String actual) {
    String declared =
        declaredType.startsWith("text/")
            ? (declaredType.equals("text/plain") ? "plain text" : "text")
                + " ("
                + declaredType
                + ")"
            : OFFICE_TYPES.get(declaredType);
    if (declared != null && !declaredType.equals(actualType)) {
      throw refused(
          "The file is declared as "
              + declared
              + " but is "
              + actual
              + "; send it with its own media type ("
              + actualType
              + ").");
    }
  }

  /**
   * Refuses bytes that are none of the documents read (no ZIP, OLE2 or PDF signature) unless they
   * may be read as text: a program's markup is named whatever the declared type (0300), a declared
   * document type that the bytes are not is refused, and so is any media type but text, {@code
   * application/octet-stream} or none.
   */
  static void requireText(byte[] body, String type) {
    String declared = OFFICE_TYPES.get(type);
    MarkupFiles.Found markup = MarkupFiles.of(body);
    if (markup != null) {
      // a program's markup read as text gives problems made of tags: named, whatever the
      // declared type (0300)
      throw refused(
              (declared == null
                      ? "The file is "
                      : "The file is declared as " + declared + " but is ")
                  + markup.detail())
          .with("format", markup.format());
    }
    if (declared != null) {
      String binary = binaryKind(body);
      throw refused(
          "The file is declared as "
              + declared
              + " but is "
              + (binary == null ? "not one (it reads as plain text)" : binary)
              + ".");
    }
    if (!(type.isEmpty() || type.startsWith("text/") || type.equals("application/octet-stream"))) {
      throw refused(
          "Documents are accepted as text/plain (UTF-8), .docx, .doc, .xlsx, .xls or PDF, not "
              + type
              + ".");
    }
  }

  /** The media type without its parameters, in lower case; empty when none was sent. */
  static String base(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** A refusal (415) of a file for what it is or was declared as. */
  static ApiProblem refused(String detail) {
    return ApiProblem.unsupportedMediaType(detail);
  }
}
