package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bihuan.platform.error.ApiProblem;

/**
 * A PDF cut short or damaged, told apart from a scan (docs/decisions/0235). PDFBox reads a PDF
 * whose end is missing by searching its bytes for objects; what it cannot find it reads as nothing:
 * a page whose content is gone reads as a page without text, a font that is gone makes the text
 * garbage. Such a file was answered as a scan (no text layer), which sent its sender to OCR. Here
 * the file is found incomplete when it lacks its end-of-file marker ({@code %%EOF}, the last thing
 * every PDF writer writes, after the cross-reference table and trailer), and a page is found
 * damaged when an object its content or resources refer to is missing from the file or is the one
 * the file is cut inside ({@link CutShort}). Either refuses the PDF (422 {@code
 * unreadable-document}) naming what could not be read; nothing of it is imported, so no page is
 * dropped silently.
 */
final class PdfDamage {

  private PdfDamage() {}

  /** How deep a page's content and resources are followed for missing objects. */
  private static final int DEPTH = 6;

  /** The most objects of one page looked at (a page's fonts hold a few hundred). */
  private static final int MAX_VISITED = 20_000;

  /**
   * What of a page cannot be read: its content and resources followed to the objects they refer to,
   * those missing from the file or the one the file is cut inside ({@code cutObject}, -1 for none)
   * named with where they are used ({@code Contents}, {@code Resources/Font/F1}); null when nothing
   * is missing.
   */
  static String ofPage(PDPage page, long cutObject) {
    List<String> missing = new ArrayList<>();
    Set<COSBase> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    COSDictionary dict = page.getCOSObject();
    walk(dict.getItem(COSName.CONTENTS), "Contents", 0, cutObject, missing, seen);
    walk(dict.getItem(COSName.RESOURCES), "Resources", 0, cutObject, missing, seen);
    if (missing.isEmpty()) {
      return null;
    }
    int shown = Math.min(3, missing.size());
    return String.join(", ", missing.subList(0, shown))
        + (missing.size() > shown ? " and " + (missing.size() - shown) + " more" : "");
  }

  private static void walk(
      COSBase value,
      String path,
      int depth,
      long cutObject,
      List<String> missing,
      Set<COSBase> seen) {
    if (value == null || depth > DEPTH || seen.size() > MAX_VISITED || !seen.add(value)) {
      return;
    }
    if (value instanceof COSObject ref) {
      long number = ref.getObjectNumber();
      if (number == cutObject) {
        missing.add(path + " (object " + number + ", cut off where the file ends)");
        return;
      }
      COSBase target = ref.getObject();
      if (target == null || ref.isObjectNull()) {
        missing.add(path + " (object " + number + ", missing from the file)");
        return;
      }
      walk(target, path, depth, cutObject, missing, seen);
    } else if (value instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), path + "[" + i + "]", depth + 1, cutObject, missing, seen);
      }
    } else if (value instanceof COSDictionary dictionary) {
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        if (!COSName.PARENT.equals(entry.getKey())) {
          walk(
              entry.getValue(),
              path + "/" + entry.getKey().getName(),
              depth + 1,
              cutObject,
              missing,
              seen);
        }
      }
    }
  }

  /**
   * The refusal of a PDF cut short ({@code cut}) or with damaged pages: which pages (of {@code
   * pages} the page tree lists, -1 when it cannot be read; {@code found} of them in the file) could
   * not be read and why, and how many could.
   */
  static ApiProblem refusal(
      boolean cut, int length, int pages, int found, Map<Integer, String> damaged) {
    List<String> unread = new ArrayList<>();
    damaged.forEach((page, what) -> unread.add("page " + page + ": " + what));
    if (unread.size() > SHOWN) {
      int more = unread.size() - SHOWN;
      unread.subList(SHOWN, unread.size()).clear();
      unread.add(more + " more page(s)");
    }
    if (pages >= 0 && found < pages) {
      unread.add(
          (pages - found == 1 ? "page " + pages : "pages " + (found + 1) + " to " + pages)
              + " of the "
              + pages
              + " its page tree lists: not in the file");
    }
    String read;
    if (pages < 0) {
      read = "Its catalogue and page tree cannot be read, so none of its pages can be.";
    } else if (unread.isEmpty()) {
      read =
          "The "
              + pages
              + " page(s) its page tree lists could be read, but what followed them in the file is"
              + " lost.";
    } else {
      read =
          "What could not be read: "
              + String.join("; ", unread)
              + ". "
              + (found - damaged.size())
              + " of its "
              + pages
              + " page(s) could be read.";
    }
    if (cut) {
      return CutShort.refusal("a PDF", length, CutShort.PDF_END, read);
    }
    return ApiProblem.unprocessable(
        "unreadable-document",
        "The PDF is damaged: objects its pages need are missing from the file. "
            + read
            + " Nothing was imported, so that no page's problems are left out unnoticed. Print it"
            + " to PDF again from the program that made it, or send the original Word or Excel"
            + " file.");
  }

  /** The damaged pages a refusal names one by one. */
  private static final int SHOWN = 5;
}
