package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names a county's plans and ledgers give the unit that answers for a measure after its kind of
 * office: 责任股室, 牵头股室, 责任股（室）, 责任中队, 责任站所, 牵头处（科）室 — a role (责任, 牵头, 主责, 承办) and the office (股, 股室,
 * 股（室）, 中队, 大队, 站所, 处（科）室, 科（室）, 处（室）). The same words are a plan's label ({@link LabelNames}:
 * 责任股（室）：综合股) and a table's units column ({@link TableHeaders}), so the outline and the tables read
 * one vocabulary (docs/decisions/0342). 牵头… is the unit that leads, as 牵头单位 is.
 *
 * <p>Not covered: an office word alone (股室：综合股) and 配合… headers, which {@link TableHeaders} reads
 * as helping units by 配合 already.
 */
final class OfficeUnitNames {

  private static final List<String> ROLES = List.of("责任", "牵头", "主责", "承办");

  private static final List<String> OFFICES =
      List.of(
          "股室", "股（室）", "股(室)", "中队", "大队", "站所", "处（科）室", "处(科)室", "科（室）", "科(室)", "处（室）", "处(室)");

  /** Each role with each office: the label names, as {@link LabelNames} lists a label's names. */
  static final String LABEL_NAMES;

  static {
    List<String> names = new ArrayList<>();
    for (String role : ROLES) {
      for (String office : OFFICES) {
        names.add(role + office);
      }
    }
    LABEL_NAMES = String.join("|", names);
  }

  /**
   * A header cell (spaces left out) naming such a column: a role, then the office — any of 股, 科, 处,
   * 室, 站, 所, 中队, 大队 and the brackets between them — and nothing else.
   */
  private static final Pattern HEADER =
      Pattern.compile("^(?:责任|牵头|主责|承办)(?:[股科处室站所]|中队|大队|[（(][股科处室站所]{1,2}[）)])+$");

  private OfficeUnitNames() {}

  /** Whether a header cell, its spaces left out, names the units column this way. */
  static boolean namesUnits(String header) {
    return HEADER.matcher(header).matches();
  }
}
