package org.bihuan.rectification.rest;

/** Example bodies of the main operations, shown in the OpenAPI document. */
final class ContractExamples {

  private ContractExamples() {}

  static final String TICKET_INPUT =
      """
      {"problemIds": ["3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71"],
       "measure": "制定年度理论学习计划，每月开展一次专题研讨",
       "responsibleUnits": [{"name": "党委办公室", "externalId": "ORG-0012"}],
       "coResponsibleUnits": [{"name": "党委宣传部", "externalId": "ORG-0031"}],
       "responsiblePerson": "张三", "leaderInCharge": "李四", "timing": "DEADLINE",
       "deadline": "2024-06-30", "reportEvery": "MONTH", "externalRef": "OA-2024-0153-1"}""";

  static final String TICKET_VIEW =
      """
      {"id": "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b", "number": "T-2024-0001",
       "problemIds": ["3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71"],
       "sourceIds": ["8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d"],
       "measure": "制定年度理论学习计划，每月开展一次专题研讨",
       "responsibleUnits": [{"name": "党委办公室", "externalId": "ORG-0012"}],
       "coResponsibleUnits": [{"name": "党委宣传部", "externalId": "ORG-0031"}],
       "responsiblePerson": "张三", "leaderInCharge": "李四", "timing": "DEADLINE",
       "deadline": "2024-06-30", "effectiveDeadline": "2024-06-30", "reportEvery": "MONTH",
       "status": "ASSIGNED", "overdue": false, "dueSoon": false, "stale": false,
       "light": "GREEN", "externalRef": "OA-2024-0153-1", "version": 1,
       "createdAt": "2024-05-10T08:30:00Z", "updatedAt": "2024-05-10T08:30:00Z",
       "evidenceCount": 0, "extensionApproved": false}""";

  static final String BATCH_INPUT =
      """
      {"tickets": [
        {"problemIds": ["3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71"],
         "measure": "制定年度理论学习计划，每月开展一次专题研讨",
         "responsibleUnits": [{"name": "党委办公室"}],
         "coResponsibleUnits": [{"name": "党委宣传部", "externalId": "ORG-0031"}],
         "responsiblePerson": "张三",
         "leaderInCharge": "李四", "timing": "DEADLINE", "deadline": "2024-06-30",
         "externalRef": "OA-2024-0153-1"},
        {"problemIds": ["3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71"],
         "measure": "健全理论学习考核机制，长期坚持",
         "responsibleUnits": [{"name": "党委组织部"}], "timing": "LONG_TERM",
         "reportEvery": "QUARTER", "externalRef": "OA-2024-0153-2"}]}""";

  static final String BATCH_VIEW = "{\"tickets\": [" + TICKET_VIEW + "]}";

  static final String DIRECTORY_UNIT = "{\"name\": \"党委办公室\", \"sealed\": false}";

  static final String DIRECTORY_PERSON =
      """
      {"name": "张三", "unitExternalId": "ORG-0012", "login": "zhangsan",
       "mobile": "13800000000", "sealed": false}""";

  static final String DIRECTORY_SNAPSHOT =
      """
      {"units": [{"externalId": "ORG-0012", "name": "党委办公室"},
                 {"externalId": "ORG-0013", "name": "纪检监察室"},
                 {"externalId": "ORG-0031", "name": "党委宣传部"}],
       "people": [{"externalId": "P-10086", "name": "张三", "unitExternalId": "ORG-0012",
                   "login": "zhangsan", "mobile": "13800000000"},
                  {"externalId": "P-10087", "name": "王五", "unitExternalId": "ORG-0013",
                   "login": "wangwu"},
                  {"externalId": "P-10010", "name": "李书记", "unitExternalId": "ORG-0012",
                   "login": "lishuji"}]}""";
}
