package org.bihuan.report.rest;

/** Example answers of the main reports, shown in the OpenAPI document. */
final class ContractExamples {

  private ContractExamples() {}

  static final String SUMMARY =
      """
      {"asOf": "2024-06-30T09:15:00Z", "timeZone": "Asia/Shanghai",
       "positions": {"problem": 128, "rectification": 342},
       "problems": {"total": 24, "closed": 10, "withdrawn": 1, "closureRate": 0.4348},
       "tickets": {"total": 40, "timeBound": 36, "longTerm": 4, "verified": 18,
         "completionRate": 0.5, "onTimeRate": 0.8889, "extendedAndMet": 2, "overdue": 3,
         "dueSoon": 5,
         "byStatus": {"ASSIGNED": 6, "IN_PROGRESS": 12, "SUBMITTED": 3, "VERIFIED": 18,
           "CANCELLED": 1},
         "lights": {"RED": 3, "YELLOW": 5, "GREEN": 13}, "meanDaysToVerify": 21.5,
         "longTermDetail": {"total": 4, "verified": 0, "open": 4, "maxDaysSinceLastProgress": 45,
           "openWithoutProgressReport": 1}}}""";

  static final String BREAKDOWN =
      """
      {"asOf": "2024-06-30T09:15:00Z", "positions": {"problem": 128, "rectification": 342},
       "by": "unit",
       "groups": [
        {"key": "党委办公室",
         "problems": {"total": 8, "closed": 3, "withdrawn": 0, "closureRate": 0.375},
         "tickets": {"total": 12, "timeBound": 11, "longTerm": 1, "verified": 6,
           "completionRate": 0.5455, "onTimeRate": 0.8333, "extendedAndMet": 1, "overdue": 1,
           "dueSoon": 2,
           "byStatus": {"ASSIGNED": 2, "IN_PROGRESS": 4, "SUBMITTED": 0, "VERIFIED": 6,
             "CANCELLED": 0},
           "lights": {"RED": 1, "YELLOW": 2, "GREEN": 3}, "meanDaysToVerify": 18.0,
           "longTermDetail": {"total": 1, "verified": 0, "open": 1,
             "maxDaysSinceLastProgress": 30, "openWithoutProgressReport": 0}}}]}""";
}
