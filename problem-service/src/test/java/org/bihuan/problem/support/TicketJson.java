package org.bihuan.problem.support;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.testing.ProviderContract;

/**
 * Ticket views exactly as the rectification service shapes them: every answer is checked against
 * its committed contract, so a field renamed there fails these tests.
 */
public final class TicketJson {

  private static final ProviderContract RECTIFICATION =
      ProviderContract.of("rectification-service");

  private TicketJson() {}

  public static String ticket(String id, String number, String problemId, String status) {
    boolean verified = status.equals("VERIFIED");
    boolean cancelled = status.equals("CANCELLED");
    String view =
        """
        {"id": "%s", "number": "%s", "problemIds": ["%s"], "sourceIds": ["%s"],
         "measure": "建立党费收缴台账，按月核对", "responsibleUnits": [{"name": "党委办公室", "externalId": null}],
         "responsiblePerson": "张三", "leaderInCharge": "李四", "timing": "DEADLINE",
         "deadline": "2024-06-30", "effectiveDeadline": "2024-06-30", "reportEvery": null,
         "status": "%s", "overdue": false, "dueSoon": false, "stale": false, "light": %s,
         "externalRef": null, "version": 3, "createdAt": "2024-03-01T09:00:00+08:00",
         "updatedAt": "2024-05-01T09:00:00+08:00", "submittedAt": %s, "verifiedAt": %s,
         "cancelledAt": %s, "lastProgressAt": null, "progressPercent": null, "evidenceCount": 1,
         "extensionApproved": false}
        """
            .formatted(
                id,
                number,
                problemId,
                UUID.randomUUID(),
                status,
                verified || cancelled ? "null" : "\"GREEN\"",
                verified ? "\"2024-04-20T10:00:00+08:00\"" : "null",
                verified ? "\"2024-04-25T10:00:00+08:00\"" : "null",
                cancelled ? "\"2024-04-02T10:00:00+08:00\"" : "null");
    return RECTIFICATION.answer("GET", "/api/v1/tickets/{id}", 200, view);
  }

  /**
   * The tickets of a batch answer as a WireMock response template: one view per item of the
   * request, in order, with the item's first problem and its externalRef; numbered from {@code
   * firstNumber}.
   */
  public static String batchViews(int count, int firstNumber) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i ->
                ticket(
                        UUID.randomUUID().toString(),
                        "T-2024-" + (firstNumber + i),
                        "{{jsonPath request.body '$.tickets[" + i + "].problemIds[0]'}}",
                        "ASSIGNED")
                    .replace(
                        "\"externalRef\": null",
                        "\"externalRef\": \"{{jsonPath request.body '$.tickets["
                            + i
                            + "].externalRef'}}\""))
        .collect(Collectors.joining(","));
  }

  public static String page(List<String> tickets, String nextCursor) {
    String page =
        "{\"items\": ["
            + tickets.stream().collect(Collectors.joining(","))
            + "], \"nextCursor\": "
            + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
            + "}";
    return RECTIFICATION.answer("GET", "/api/v1/tickets", 200, page);
  }
}
