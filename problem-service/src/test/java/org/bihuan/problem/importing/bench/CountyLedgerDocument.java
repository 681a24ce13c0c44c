package org.bihuan.problem.importing.bench;

import static org.bihuan.problem.support.Ledgers.row;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.Ledgers;

/**
 * The county ledger of decision 0342 for the accuracy corpus: a 责任股（室） column and a 牵头处（科）室 one,
 * units lists with 、 inside brackets, 责任人 and 责任领导 cells that write their own labels, and time
 * limits that say the progress in brackets (（已完成）, （正在推进）). The argument is the format (docx,
 * xlsx).
 */
public final class CountyLedgerDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "整改措施", "责任领导", "责任股（室）", "配合股室", "责任人", "完成时限"),
                row(1, "社保待遇审核不严。", "开展待遇资格复核。", "责任领导：郜峰", "社保股", null, "责任人：臧琳", "2025年6月30日"),
                row(
                    2,
                    "涉密文件管理不规范。",
                    "开展涉密文件清查。",
                    "郜峰",
                    "办公室（含档案室、机要室）",
                    "财务股（含会计核算中心、国库支付中心）、法规股",
                    "主要责任人：邵岚",
                    "2025年8月31日前（已完成）"),
                row(
                    3,
                    "政务数据共享滞后。",
                    "建立数据共享目录。",
                    "分管领导：何志远",
                    "信息中心（网络安全、数据管理）、办公室",
                    null,
                    "具体责任人：宓雯；联系人：隗敏",
                    "2025年10月31日（正在推进）")),
            List.of(),
            8);
    return Ledgers.docxOrXlsx(arguments.get(0), "××县人社局巡察整改任务清单", table);
  }
}
