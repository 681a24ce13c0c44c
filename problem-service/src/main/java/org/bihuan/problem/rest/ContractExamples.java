package org.bihuan.problem.rest;

/** Example bodies of the main operations, shown in the OpenAPI document. */
final class ContractExamples {

  private ContractExamples() {}

  static final String SOURCE_INPUT =
      """
      {"title": "2024年度民主生活会", "kind": "MEETING", "organization": "党委办公室",
       "heldOn": "2024-04-18", "externalRef": "OA-2024-0153"}""";

  static final String SOURCE_VIEW =
      """
      {"id": "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "title": "2024年度民主生活会",
       "kind": "MEETING", "organization": "党委办公室", "heldOn": "2024-04-18",
       "externalRef": "OA-2024-0153", "version": 1, "createdAt": "2024-05-10T08:30:00Z"}""";

  static final String PROBLEM_INPUT =
      """
      {"sourceId": "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d",
       "categoryPath": ["思想建设", "理论学习"], "title": "理论学习不够深入",
       "description": "部分党员对党的创新理论学习不系统，学用结合不紧密。",
       "causeIds": ["c5d7e9f1-2a4b-4c6d-8e0f-1a3b5c7d9e2f"], "externalRef": "OA-2024-0153-01"}""";

  static final String PROBLEM_VIEW =
      """
      {"id": "3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71", "number": "P-2024-0001",
       "sourceId": "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d",
       "categoryId": "d4c3b2a1-9f8e-4d7c-b6a5-4e3d2c1b0a9f",
       "categoryPath": ["思想建设", "理论学习"], "title": "理论学习不够深入",
       "description": "部分党员对党的创新理论学习不系统，学用结合不紧密。",
       "causeIds": ["c5d7e9f1-2a4b-4c6d-8e0f-1a3b5c7d9e2f"], "status": "OPEN",
       "externalRef": "OA-2024-0153-01", "version": 1, "createdAt": "2024-05-10T08:30:00Z"}""";

  static final String PLAN_TEXT =
      """
      党委办公室2024年度民主生活会整改方案
      一、思想建设方面
      （一）理论学习不够深入
      存在问题：部分党员对党的创新理论学习不系统。
      整改措施：制定年度理论学习计划，每月开展一次专题研讨。
      责任领导：李四；责任单位：党委办公室；责任人：张三；整改时限：2024年6月30日
      """;

  static final String IMPORT_ANSWER =
      """
      {"importId": "f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0",
       "sourceId": "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "dryRun": false,
       "problems": [{"id": "3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71", "number": "P-2024-0001",
         "title": "理论学习不够深入", "description": "部分党员对党的创新理论学习不系统。",
         "categoryPath": ["思想建设方面"],
         "measures": [{"measure": "制定年度理论学习计划，每月开展一次专题研讨。",
           "responsibleUnits": ["党委办公室"], "leaderInCharge": "李四",
           "responsiblePerson": "张三", "timing": "DEADLINE", "deadline": "2024-06-30"}]}],
       "causes": [], "proposedMeasures": [], "warnings": [],
       "tickets": {"created": [], "pending": []}}""";
}
