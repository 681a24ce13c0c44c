package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.ledger;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 责任领导及责任人 cell that labels the leader and the person itself (分管领导：汪洋 / 责任人：潘石) gives the names,
 * not the labelled lines, read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportLabelledPeopleCellTest {

  @Test
  void labelsInsideALeaderAndPersonCellAreReadAsLabels() {
    JsonPath answer =
        dryRunXlsx(
            ledger(
                List.of("序号", "存在问题", "整改措施", "责任单位", "责任领导及责任人", "完成时限"),
                row(1, "公务接待不规范。", "修订接待制度。", "办公室", "分管领导：汪洋\n责任人：潘石", "2024年6月30日"),
                row(2, "会议偏多。", "精简会议。", "综合科", "牵头领导：李明 / 具体责任人：张三", "2024年7月31日"),
                row(3, "调研不深。", "开展调研。", "政研室", "责任领导：王强；联系人：赵六、钱七", "2024年8月31日"),
                row(4, "文件偏多。", "精简文件。", "办公室", "牵头负责人：孙武，责任人：周八", "2024年9月30日")));
    assertEquals(
        List.of(List.of("汪洋"), List.of("李明"), List.of("王强"), List.of("孙武")),
        answer.getList("problems.measures.leaderInCharge"),
        answer.prettify());
    assertEquals(
        List.of(List.of("潘石"), List.of("张三"), List.of("赵六、钱七"), List.of("周八")),
        answer.getList("problems.measures.responsiblePerson"),
        answer.prettify());
  }
}
