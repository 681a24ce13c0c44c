package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.AttachmentSheets;

/**
 * The workbook of decision 0365 whose sheets are named 附件1 and Sheet1 (2) ({@link
 * AttachmentSheets}).
 */
public final class AttachmentSheetsDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return AttachmentSheets.xlsx();
  }
}
