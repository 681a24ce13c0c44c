package org.bihuan.platform.error;

import java.util.Map;

/** The zh-CN name of a resource, as a 404's detail names it ("没有 id 为 … 的整改任务。"). */
final class ResourceNames {

  private ResourceNames() {}

  private static final Map<String, String> ZH =
      Map.ofEntries(
          Map.entry("category", "问题类别"),
          Map.entry("cause", "原因"),
          Map.entry("connector", "连接器"),
          Map.entry("delivery of this webhook", "该 webhook 的投递记录"),
          Map.entry("directory person", "人员"),
          Map.entry("directory unit", "单位"),
          Map.entry("extension", "延期申请"),
          Map.entry("import of this source", "该来源的导入"),
          Map.entry("problem", "问题"),
          Map.entry("progress report", "进展汇报"),
          Map.entry("source", "来源"),
          Map.entry("ticket", "整改任务"),
          Map.entry("webhook", "webhook"));

  /** {@code resource} in Chinese: a known name, "evidence of ticket X" as X 的佐证材料, else as is. */
  static String zh(String resource) {
    String known = ZH.get(resource);
    if (known != null) {
      return known;
    }
    String evidence = "evidence of ticket ";
    if (resource.startsWith(evidence)) {
      return "整改任务 " + resource.substring(evidence.length()) + " 的佐证材料";
    }
    return resource;
  }
}
