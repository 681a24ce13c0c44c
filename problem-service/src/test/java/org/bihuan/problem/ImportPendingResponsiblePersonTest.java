package org.bihuan.problem;

import static org.bihuan.problem.support.UnitDutyCases.of;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.support.UnitDutyCases;
import org.bihuan.problem.support.UnitDutyCases.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 责任人 written as empty brackets (（）, （ ）, ()) is no person; one written as still to be named
 * (（待定）, 待定, （无）) is no person either, and the dry run says that none is named yet. A plain 无 stays
 * a filled-in blank without a word (0288). Plans (text, .docx) and tables (.docx, .xlsx) through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0323).
 */
@QuarkusTest
class ImportPendingResponsiblePersonTest {

  private static String pending(String written) {
    return "责任人 「"
        + written
        + "」 says the responsible person is not named yet; none was stored: name one before"
        + " creating its ticket.";
  }

  private static final List<Case> CASES =
      List.of(
          of("办公室", "（）", List.of("办公室"), null),
          of("办公室", "（ ）", List.of("办公室"), null),
          of("办公室", "()", List.of("办公室"), null),
          of("办公室", "（无）", List.of("办公室"), null, pending("（无）")),
          of("办公室", "（待定）", List.of("办公室"), null, pending("（待定）")),
          of("办公室", "待定", List.of("办公室"), null, pending("待定")),
          of("办公室", "无", List.of("办公室"), null),
          of("办公室", "张三", List.of("办公室"), "张三"));

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansEmptyOrPendingPersonIsNoPerson(String format) throws IOException {
    UnitDutyCases.assertPlan(format, CASES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesEmptyOrPendingPersonIsNoPerson(String format) {
    UnitDutyCases.assertTable(format, CASES);
  }
}
