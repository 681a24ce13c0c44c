import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints the number of pages of each PDF named; fails unless every one has at least one page. */
public class PdfPages {
  public static void main(String[] args) throws Exception {
    boolean ok = args.length > 0;
    for (String name : args) {
      try (PDDocument pdf = Loader.loadPDF(new File(name))) {
        int pages = pdf.getNumberOfPages();
        System.out.println(name + ": " + pages + " page" + (pages == 1 ? "" : "s"));
        ok &= pages > 0;
      }
    }
    System.exit(ok ? 0 : 1);
  }
}
