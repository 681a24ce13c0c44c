package org.bihuan.report.service;

/**
 * A ticket's traffic light (DOMAIN.md): RED overdue, YELLOW due soon or stale, GREEN any other open
 * ticket; none once VERIFIED or CANCELLED. {@link ReportSql#ruleColumns} decides it in SQL.
 */
public enum Light {
  RED,
  YELLOW,
  GREEN
}
