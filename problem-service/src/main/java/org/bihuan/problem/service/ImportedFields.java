package org.bihuan.problem.service;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.problem.importing.Origin;
import org.bihuan.problem.importing.ParsedCause;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.mapping.ProblemInput;

/**
 * An import creates only problems and causes that can be saved again as they were read: a field
 * longer than editing allows ({@link ProblemInput}'s limits) would be stored and then refuse every
 * PUT of the same problem. Such a field almost always means the reader ran problems together (a
 * list whose numbering it did not see), so the import — dry run included — is refused with the
 * problem, where it was read and how long the field is, and nothing is written.
 */
final class ImportedFields {

  private static final String NO_TITLE = " has no visible title";

  private ImportedFields() {}

  static void refuseWhatCouldNotBeSavedAgain(ParsedDocument doc) {
    // what no text may hold is left out when the document is read (StorableText); what is left
    // must fit the limits of an edit
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < doc.problems().size(); i++) {
      ParsedProblem p = doc.problems().get(i);
      String at = "problems[" + i + "]";
      String which = "「" + head(p.title()) + "」" + where(p.origin());
      if (org.bihuan.platform.input.SafeText.isBlank(p.title())) {
        errors.add(
            new FieldError(
                at + ".title",
                "the problem"
                    + where(p.origin())
                    + NO_TITLE
                    + " (a number with no words after it, or only spaces or invisible characters"
                    + " such as U+200B); a problem can be saved only with one"));
      }
      check(errors, at + ".title", which, p.title(), ProblemInput.TITLE_MAX);
      check(errors, at + ".description", which, p.description(), ProblemInput.DESCRIPTION_MAX);
      List<String> path = p.categoryPath() == null ? List.of() : p.categoryPath();
      if (path.size() > ProblemInput.CATEGORY_DEPTH_MAX) {
        errors.add(
            new FieldError(
                at + ".categoryPath",
                which
                    + " sits "
                    + path.size()
                    + " headings deep; at most "
                    + ProblemInput.CATEGORY_DEPTH_MAX));
      }
      for (int j = 0; j < path.size(); j++) {
        check(
            errors, at + ".categoryPath[" + j + "]", which, path.get(j), ProblemInput.CATEGORY_MAX);
      }
    }
    for (int i = 0; i < doc.causes().size(); i++) {
      ParsedCause c = doc.causes().get(i);
      String which = "cause 「" + head(c.title()) + "」";
      check(errors, "causes[" + i + "].title", which, c.title(), ProblemInput.TITLE_MAX);
      check(
          errors,
          "causes[" + i + "].description",
          which,
          c.description(),
          ProblemInput.DESCRIPTION_MAX);
    }
    if (!errors.isEmpty() && errors.stream().allMatch(e -> e.message().contains(NO_TITLE))) {
      throw ApiProblem.unprocessable(
              "import-title-missing",
              errors.get(0).field()
                  + ": "
                  + errors.get(0).message()
                  + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                  + ". Give each problem named a title in the document, or remove its number;"
                  + " nothing was imported.")
          .with("errors", errors);
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.unprocessable(
              "import-field-too-long",
              errors.get(0).field()
                  + ": "
                  + errors.get(0).message()
                  + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                  + ". A text this long usually means problems ran together where the document's"
                  + " numbering was not recognised: check the lines named, number each problem"
                  + " (1. 2. …, （一）…) or split the text; nothing was imported.")
          .with("errors", errors);
    }
  }

  private static void check(
      List<FieldError> errors, String field, String which, String text, int max) {
    if (text != null && text.strip().length() > max) {
      errors.add(
          new FieldError(
              field,
              which
                  + " is "
                  + String.format("%,d", text.strip().length())
                  + " characters long; a problem can be saved with at most "
                  + String.format("%,d", max)));
    }
  }

  private static String head(String title) {
    String t = title == null ? "" : title.strip();
    return t.length() <= 20 ? t : t.substring(0, 20) + "…";
  }

  private static String where(Origin o) {
    if (o == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (o.sheet() != null) {
      parts.add("sheet " + o.sheet());
    }
    if (o.table() != null) {
      parts.add("table " + o.table());
    }
    if (o.page() != null) {
      parts.add("page " + o.page());
    }
    if (o.rows() != null) {
      parts.add("rows " + o.rows().get(0) + "–" + o.rows().get(1));
    }
    if (o.lines() != null) {
      parts.add("lines " + o.lines().get(0) + "–" + o.lines().get(1));
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
