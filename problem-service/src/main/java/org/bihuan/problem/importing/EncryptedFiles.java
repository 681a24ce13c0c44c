package org.bihuan.problem.importing;

import org.bihuan.platform.error.ApiProblem;

/**
 * The refusal (422) of a password-protected file, naming the program it was made with and how to
 * remove the password there; the readers of each format ({@link DocumentText}, {@link
 * Ole2Document}, {@link PdfText}, {@link XlsRecords}) recognise the encryption.
 */
final class EncryptedFiles {

  private EncryptedFiles() {}

  /** The program a password-protected file was made with, and how it removes the password. */
  enum Program {
    WORD(
        "Word document",
        "open it in Word, clear the password under 文件 → 信息 → 保护文档 → 用密码进行加密, save, and upload it"
            + " again"),
    EXCEL(
        "Excel workbook",
        "open it in Excel, clear the password under 文件 → 信息 → 保护工作簿 → 用密码进行加密, save, and upload"
            + " it again"),
    OFFICE(
        "Office document",
        "open it in Word or Excel, clear the password under 文件 → 信息 → 保护文档 (Word) or 保护工作簿"
            + " (Excel) → 用密码进行加密, save, and upload it again"),
    PDF(
        "PDF",
        "open it in a PDF reader with its password and remove the security (in Adobe Acrobat: 文件 →"
            + " 属性 → 安全性 → 无安全性), or export or print an unprotected copy to PDF, and upload that");

    private final String what;
    private final String remedy;

    Program(String what, String remedy) {
      this.what = what;
      this.remedy = remedy;
    }
  }

  static ApiProblem encrypted(Program program) {
    return ApiProblem.unprocessable(
        "encrypted-document",
        "The "
            + program.what
            + " is password-protected (encrypted), so it cannot be read. To import it, "
            + program.remedy
            + ".");
  }
}
