package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.DeclaredType.claimed;
import static org.bihuan.problem.importing.DeclaredType.refused;
import static org.bihuan.problem.importing.DocumentText.DOC;
import static org.bihuan.problem.importing.DocumentText.DOCX;
import static org.bihuan.problem.importing.DocumentText.XLS;
import static org.bihuan.problem.importing.DocumentText.XLSX;
import static org.bihuan.problem.importing.DocumentText.text;
import static org.bihuan.problem.importing.EncryptedFiles.encrypted;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.EncryptedFiles.Program;

/**
 * An OLE2 compound file ({@link DocumentText}): a .doc, a .xls, or a password-protected .docx/.xlsx
 * (Office encrypts an OOXML package into an OLE2 file holding EncryptionInfo and EncryptedPackage).
 */
final class Ole2Document {

  private Ole2Document() {}

  /** The content of an OLE2 compound file, or its refusal. */
  static DocumentContent read(byte[] body, String type, ImportLimits limits) {
    Program program = Program.OFFICE;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(body))) {
      DirectoryEntry root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        // an encrypted .docx or .xlsx: only the media type it was sent with says which
        throw encrypted(
            DOCX.equals(type) ? Program.WORD : XLSX.equals(type) ? Program.EXCEL : Program.OFFICE);
      }
      if (root.hasEntry("WordDocument")) {
        program = Program.WORD;
        claimed(type, DOC, "a Word 97-2003 document (.doc)");
        DocumentContent doc = Word97Text.read(fs, limits);
        return new DocumentContent("doc", text(doc.text()), doc.textOutsideTables(), doc.tables());
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        program = Program.EXCEL;
        claimed(type, XLS, "an Excel 97-2003 workbook (.xls)");
        return XlsSheets.read(fs, limits).content("xls");
      }
      throw refused(
          "The file is an OLE2 (Office 97-2003) file but neither a Word (.doc) nor an Excel (.xls)"
              + " document; send the document itself.");
    } catch (EncryptedDocumentException e) {
      throw encrypted(program);
    } catch (OldFileFormatException e) {
      throw refused(
          "The file is in a format older than Office 97 (Word 6/95, Excel 5/95); open it in Word"
              + " or Excel and save it as .docx or .xlsx.");
    } catch (ApiProblem p) {
      throw p;
    } catch (IOException | RuntimeException e) {
      // POI reports damaged or hostile files with many exception types
      throw ZipPackage.damaged("a readable Word 97-2003 (.doc) or Excel 97-2003 (.xls) file");
    }
  }
}
