package org.bihuan.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.UnitBoundAdmin;
import org.junit.jupiter.api.Test;

/**
 * Webhooks carry every unit's events: an admin bound to a unit registers, deletes, pings and
 * redelivers none (403 naming his unit) and still reads them (docs/decisions/0237).
 */
@QuarkusTest
class UnitBoundAdminWebhooksTest {

  private static final String WEBHOOK =
      "{\"url\": \"https://oa.example.cn/hooks/bihuan\", \"events\": [\"problem.*\"]}";

  @Test
  void anAdminBoundToAUnitWritesNoWebhook() {
    new UnitBoundAdmin("admin-jjz", "纪检组").writesNoWebhook(WEBHOOK, () -> {});
  }
}
