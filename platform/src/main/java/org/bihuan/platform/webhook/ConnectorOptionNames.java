package org.bihuan.platform.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.error.UnknownFields;

/**
 * The options a registration may give, per kind: those its {@link ConnectorKind#optionNames()}
 * lists, and {@code backfill} for a kind that backfills (a to-do centre, 0334). Any other is a 400
 * naming {@code options.<name>} with the likely one, as an unknown field of any body is: a typo
 * ({@code backfil}) or an option of another kind would otherwise be stored and do nothing
 * (docs/decisions/0348). Standard Webhooks take none; {@code "backfill": false} and an option given
 * as null, which ask for nothing, are taken by every kind.
 */
final class ConnectorOptionNames {

  static final String BACKFILL = "backfill";

  private ConnectorOptionNames() {}

  /** Whether registrations of {@code kind} (null: Standard Webhooks) take {@code backfill}. */
  static boolean backfills(ConnectorKind kind) {
    return kind != null && !kind.backfill().isEmpty();
  }

  /** The options of {@code options} that {@code kind} does not take, each named. */
  static List<FieldError> unknown(String kindName, ConnectorKind kind, JsonNode options) {
    List<FieldError> out = new ArrayList<>();
    if (!options.isObject()) {
      return out;
    }
    List<String> known = new ArrayList<>(kind == null ? List.of() : kind.optionNames());
    if (backfills(kind)) {
      known.add(BACKFILL);
    }
    options
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (known.contains(name)) {
                return;
              }
              JsonNode value = options.get(name);
              if (value.isNull()
                  || BACKFILL.equals(name) && value.isBoolean() && !value.booleanValue()) {
                // asks for nothing (null is absent, as in every body; 0336): a client that writes
                // it for every kind is not refused
                return;
              }
              if (BACKFILL.equals(name)) {
                out.add(
                    new FieldError(
                        "options." + name,
                        kindName
                            + " does not backfill: it starts at its registration; only the"
                            + " to-do centres take backfill"));
              } else if (known.isEmpty()) {
                out.add(new FieldError("options." + name, kindName + " takes no options"));
              } else {
                out.add(UnknownFields.of("options." + name, known));
              }
            });
    return out;
  }
}
