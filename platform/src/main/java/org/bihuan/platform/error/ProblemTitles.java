package org.bihuan.platform.error;

import java.util.Map;

/**
 * The zh-CN {@code title} of every problem+json answer, chosen by its status (and, where one status
 * covers several kinds, its type): staff read it in their OA system and the dashboards. The {@code
 * type} and {@code status} are the contract's and never change; a title already in Chinese is kept.
 * Every writer of a problem document takes its title here (docs/decisions/0334).
 */
public final class ProblemTitles {

  private ProblemTitles() {}

  private static final Map<String, String> BY_TYPE =
      Map.ofEntries(
          Map.entry("validation", "输入有误"),
          Map.entry("bad-request", "请求有误"),
          Map.entry("not-found", "未找到"),
          Map.entry("dependency-unavailable", "依赖的服务暂不可用"),
          Map.entry("internal", "内部错误"));

  private static final Map<Integer, String> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, "请求有误"),
          Map.entry(401, "未认证"),
          Map.entry(403, "无权操作"),
          Map.entry(404, "未找到"),
          Map.entry(405, "不支持该请求方法"),
          Map.entry(406, "无法提供所要求的格式"),
          Map.entry(408, "请求超时"),
          Map.entry(409, "冲突"),
          Map.entry(410, "已不存在"),
          Map.entry(411, "缺少请求体长度"),
          Map.entry(412, "前提条件不满足"),
          Map.entry(413, "请求体过大"),
          Map.entry(414, "请求地址过长"),
          Map.entry(415, "不支持的内容类型"),
          Map.entry(416, "请求的范围无效"),
          Map.entry(417, "无法满足 Expect 要求"),
          Map.entry(422, "无法处理的请求"),
          Map.entry(428, "缺少前提条件"),
          Map.entry(429, "请求过于频繁"),
          Map.entry(431, "请求头过大"),
          Map.entry(500, "内部错误"),
          Map.entry(501, "未实现"),
          Map.entry(502, "上游服务出错"),
          Map.entry(503, "服务暂不可用"),
          Map.entry(504, "上游服务超时"));

  /** The title an answer of {@code status} and {@code type} carries; {@code given} if Chinese. */
  public static String of(int status, String type, String given) {
    if (hasChinese(given)) {
      return given;
    }
    String t = type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    String byType = t == null ? null : BY_TYPE.get(t);
    if (byType != null && (status == 400 || t.equals("not-found") || status >= 500)) {
      return byType;
    }
    String byStatus = BY_STATUS.get(status);
    if (byStatus != null) {
      return byStatus;
    }
    return status >= 500 ? "服务出错" : "请求未被接受";
  }

  /** Whether {@code text} holds a Han character (what the answers' tests look for). */
  public static boolean hasChinese(String text) {
    return text != null
        && text.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
