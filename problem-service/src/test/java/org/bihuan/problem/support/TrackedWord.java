package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

/**
 * Word documents edited with 修订 (track changes) on, as Word writes them: inserted runs in w:ins,
 * deleted runs in w:del (their text in w:delText), moved runs in w:moveFrom / w:moveTo, a deleted
 * or moved paragraph's mark in its w:pPr/w:rPr, a deleted or inserted table row marked in its
 * w:trPr; and footnote and endnote references.
 */
public final class TrackedWord {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String AUTHOR = "审核人";
  private int id = 100;
  private final XWPFDocument document;

  public TrackedWord(XWPFDocument document) {
    this.document = document;
  }

  /** A paragraph of plain text. */
  public XWPFParagraph plain(String text) {
    XWPFParagraph p = document.createParagraph();
    p.createRun().setText(text);
    return p;
  }

  /** Appends plain text to a paragraph. */
  public static void text(CTP p, String text) {
    p.addNewR().addNewT().setStringValue(text);
  }

  /** Appends text inserted with track changes on. */
  public void inserted(CTP p, String text) {
    mark(p.addNewIns()).addNewR().addNewT().setStringValue(text);
  }

  /** Appends text deleted with track changes on. */
  public void deleted(CTP p, String text) {
    mark(p.addNewDel()).addNewR().addNewDelText().setStringValue(text);
  }

  /** Appends text moved away from here with track changes on. */
  public void movedFrom(CTP p, String text) {
    mark(p.addNewMoveFrom()).addNewR().addNewDelText().setStringValue(text);
  }

  /** Appends text moved here with track changes on. */
  public void movedTo(CTP p, String text) {
    mark(p.addNewMoveTo()).addNewR().addNewT().setStringValue(text);
  }

  /** Marks a paragraph's mark deleted: Word joins the paragraph with the next once accepted. */
  public void markDeleted(CTP p) {
    mark(rPr(p).addNewDel());
  }

  /** Marks a paragraph's mark moved away. */
  public void markMovedFrom(CTP p) {
    mark(rPr(p).addNewMoveFrom());
  }

  /** Marks a paragraph's mark moved here. */
  public void markMovedTo(CTP p) {
    mark(rPr(p).addNewMoveTo());
  }

  /** A whole paragraph deleted: its text and its mark. */
  public void deletedParagraph(String text) {
    CTP p = document.createParagraph().getCTP();
    deleted(p, text);
    markDeleted(p);
  }

  /** Fills a table row whose cells hold plain text. */
  public static void row(XWPFTableRow row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row.getCell(i).setText(values.get(i));
    }
  }

  /** A table row deleted with track changes on: the row marked and each cell's text deleted. */
  public void deletedRow(XWPFTableRow row, List<String> values) {
    mark(trackRow(row).addNewDel());
    for (int i = 0; i < values.size(); i++) {
      deleted(row.getCell(i).getParagraphs().get(0).getCTP(), values.get(i));
    }
  }

  /** A table row inserted with track changes on: the row marked and each cell's text inserted. */
  public void insertedRow(XWPFTableRow row, List<String> values) {
    mark(trackRow(row).addNewIns());
    for (int i = 0; i < values.size(); i++) {
      inserted(row.getCell(i).getParagraphs().get(0).getCTP(), values.get(i));
    }
  }

  /** Appends a footnote's or endnote's reference mark, in a deleted run when {@code deleted}. */
  public void reference(
      CTP p, XWPFAbstractFootnoteEndnote note, boolean footnote, boolean deleted) {
    CTR r = deleted ? mark(p.addNewDel()).addNewR() : p.addNewR();
    r.addNewRPr()
        .addNewVertAlign()
        .setVal(
            org.openxmlformats
                .schemas
                .officeDocument
                .x2006
                .sharedTypes
                .STVerticalAlignRun
                .SUPERSCRIPT);
    if (footnote) {
      r.addNewFootnoteReference().setId(note.getCTFtnEdn().getId());
    } else {
      r.addNewEndnoteReference().setId(note.getCTFtnEdn().getId());
    }
  }

  /** A footnote of one paragraph with the given w:id. */
  public XWPFAbstractFootnoteEndnote footnote(int noteId, String text) {
    XWPFAbstractFootnoteEndnote note = document.createFootnote();
    return fill(note, noteId, text);
  }

  /** An endnote of one paragraph with the given w:id. */
  public XWPFAbstractFootnoteEndnote endnote(int noteId, String text) {
    XWPFAbstractFootnoteEndnote note = document.createEndnote();
    return fill(note, noteId, text);
  }

  private static XWPFAbstractFootnoteEndnote fill(
      XWPFAbstractFootnoteEndnote note, int noteId, String text) {
    note.getCTFtnEdn().setId(BigInteger.valueOf(noteId));
    note.createParagraph().createRun().setText(text);
    return note;
  }

  /**
   * Sets note properties (w:footnotePr or w:endnotePr with w:numFmt and w:numStart, each left out
   * when null) in a section's w:sectPr or the document's w:settings, as Word writes them.
   */
  public static void noteProperties(
      XmlObject holder, String props, String numFmt, String numStart) {
    try (XmlCursor c = holder.newCursor()) {
      c.toEndToken();
      c.beginElement(new QName(W, props));
      for (String[] set : new String[][] {{"numFmt", numFmt}, {"numStart", numStart}}) {
        if (set[1] != null) {
          c.beginElement(new QName(W, set[0]));
          c.insertAttributeWithValue(new QName(W, "val"), set[1]);
          c.toNextToken();
        }
      }
    }
  }

  /** The document's last (body) section properties, added when it has none. */
  public CTSectPr section() {
    var body = document.getDocument().getBody();
    return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
  }

  /** The document as a .docx. */
  public byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr rPr(CTP p) {
    var pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    return pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
  }

  private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr trackRow(
      XWPFTableRow row) {
    var ct = row.getCtRow();
    return ct.isSetTrPr() ? ct.getTrPr() : ct.addNewTrPr();
  }

  private <T extends CTTrackChange> T mark(T change) {
    change.setId(BigInteger.valueOf(id++));
    change.setAuthor(AUTHOR);
    return change;
  }
}
