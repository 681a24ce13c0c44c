package org.bihuan.report.service;

import org.bihuan.platform.text.UnitNames;

/**
 * The key a responsible unit's figures group under (docs/decisions/0235): {@link UnitNames#key}, so
 * that 黨委辦公室, 党委办公室 and 党委 办公室 — spellings tickets written before decision 0223 may still carry —
 * are one unit; a name without a letter or digit (an empty key) keys as itself rather than with
 * every other such name. The projection stores it beside each name ({@code
 * report_ticket_unit.unit_key}); breakdowns group by it and the {@code unit} filter compares it.
 */
public final class UnitKeys {

  private UnitKeys() {}

  public static String of(String name) {
    if (name == null) {
      return null;
    }
    String key = UnitNames.key(name);
    return key.isEmpty() ? name : key;
  }

  /**
   * Each unit key with the spelling its figures are shown under: the spelling written most recently
   * (the highest {@code seq}: a ticket's unit row is written anew only when its name changes),
   * which is the directory's wherever the directory knows the unit (0223).
   */
  static final String LABELS =
      "(select distinct on (unit_key) unit_key, name as label from report_ticket_unit"
          + " order by unit_key, seq desc)";
}
