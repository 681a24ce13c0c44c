package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;

/**
 * The rulings a PDF page's paths draw ({@link PdfPageStripper}): the rectangles and straight lines
 * of the path being built are rulings of the page's {@link PdfLayout} only once the path is painted
 * (stroked or filled). A path ended without painting ({@code n}) is a clipping path — LibreOffice
 * clips every page to a rectangle of the whole page, whose edges are no table's border — and is
 * dropped.
 */
final class PdfPaths {

  /** Where a point of the path, in the content's user space, stands in top-down page space. */
  interface Space {
    float[] point(float x, float y);
  }

  /** The rectangles and straight lines of the path being built. */
  private final List<float[]> path = new ArrayList<>();

  private final PdfLayout layout;
  private float pathX;
  private float pathY;

  PdfPaths(PdfLayout layout) {
    this.layout = layout;
  }

  /** The most pieces of one path kept (a page's rulings are kept to as many). */
  static final int PATH_KEPT = 20_000;

  /** The operators that paint the path (stroke or fill it). */
  static final java.util.Set<String> PAINTS =
      java.util.Set.of(
          OperatorName.STROKE_PATH,
          OperatorName.CLOSE_AND_STROKE,
          OperatorName.FILL_NON_ZERO,
          OperatorName.LEGACY_FILL_NON_ZERO,
          OperatorName.FILL_EVEN_ODD,
          OperatorName.FILL_NON_ZERO_AND_STROKE,
          OperatorName.FILL_EVEN_ODD_AND_STROKE,
          OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
          OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE);

  /** The path is painted ({@code paint}) or ended without painting: its rulings kept or not. */
  void ends(boolean paint) {
    if (paint) {
      for (float[] p : path) {
        if (p[0] == 0) {
          layout.rectangle(p[1], p[2], p[3], p[4]);
        } else {
          layout.line(p[1], p[2], p[3], p[4]);
        }
      }
    }
    path.clear();
  }

  /** Records the rulings a page draws: rectangles and straight lines of its paths. */
  void operator(String name, List<COSBase> operands, Space space) {
    if (operands.size() < 2) {
      return;
    }
    float[] v = new float[operands.size()];
    for (int i = 0; i < v.length; i++) {
      if (!(operands.get(i) instanceof org.apache.pdfbox.cos.COSNumber n)) {
        return;
      }
      v[i] = n.floatValue();
    }
    switch (name) {
      case OperatorName.APPEND_RECT -> {
        if (v.length == 4) {
          float[] a = space.point(v[0], v[1]);
          float[] b = space.point(v[0] + v[2], v[1] + v[3]);
          if (path.size() < PATH_KEPT) path.add(new float[] {0, a[0], a[1], b[0], b[1]});
        }
      }
      case OperatorName.MOVE_TO -> {
        pathX = v[0];
        pathY = v[1];
      }
      case OperatorName.LINE_TO -> {
        float[] a = space.point(pathX, pathY);
        float[] b = space.point(v[0], v[1]);
        if (path.size() < PATH_KEPT) path.add(new float[] {1, a[0], a[1], b[0], b[1]});
        pathX = v[0];
        pathY = v[1];
      }
      default -> {}
    }
  }

  void clear() {
    path.clear();
  }
}
