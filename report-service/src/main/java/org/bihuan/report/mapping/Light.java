package org.bihuan.report.mapping;

/**
 * A ticket's traffic light (DOMAIN.md): RED overdue, YELLOW due soon or stale, GREEN any other open
 * ticket; none once VERIFIED or CANCELLED. The SQL of the report service (ReportSql.ruleColumns)
 * decides it.
 */
public enum Light {
  RED,
  YELLOW,
  GREEN
}
