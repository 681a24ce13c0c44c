package org.bihuan.problem.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a problem came from in the uploaded file, so that an administrator can check a dry run
 * against the file: the sheet of a workbook, the page of a PDF, the rows of a table (1-based, the
 * header row included in the count, as a spreadsheet program shows them) and the text lines of a
 * document, each range as [from, to]. Unknown parts are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Origin(String sheet, Integer page, List<Integer> rows, List<Integer> lines) {

  static Origin ofRows(String sheet, int from, int to) {
    return new Origin(sheet, null, List.of(from, to), null);
  }
}
