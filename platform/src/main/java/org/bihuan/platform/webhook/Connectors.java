package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;

/**
 * Connectors: webhook subscriptions of every kind, registered with their kind's credentials and
 * options (docs/decisions/0203). A standard-webhooks connector is a webhook ({@link Webhooks}); the
 * other kinds are this service's {@link ConnectorKind} beans.
 */
@ApplicationScoped
public class Connectors {

  /** The longest value of a credential (a key, a secret, a token). */
  static final int MAX_CREDENTIAL = 2000;

  private static final String COLUMNS =
      "seq, id, kind, coalesce(name, description, ''), url, events, options, credentials, active,"
          + " created_by, created_at, version, after_position";

  @Inject AgroalDataSource dataSource;
  @Inject Webhooks webhooks;
  @Inject ConnectorSends sends;
  @Inject ObjectMapper mapper;
  @Inject ReceiverAddresses addresses;

  public ConnectorView register(ConnectorInput in, String createdBy) {
    requireWholeOrganisation();
    List<FieldError> errors = new ArrayList<>();
    Map<String, ConnectorKind> kinds = sends.kinds();
    ConnectorKind kind = kinds.get(in.kind());
    boolean standard = Webhooks.STANDARD.equals(in.kind());
    if (kind == null && !standard) {
      throw ApiProblem.invalidField(
          "kind",
          in.kind()
              + " is not a connector kind; the kinds are "
              + Webhooks.STANDARD
              + ", "
              + String.join(", ", kinds.keySet()));
    }
    String rawUrl = in.baseUrl() == null || in.baseUrl().isBlank() ? null : in.baseUrl();
    if (rawUrl == null && kind != null) {
      rawUrl = kind.defaultBaseUrl();
    }
    URI url = null;
    if (rawUrl == null) {
      errors.add(new FieldError("baseUrl", "is required for " + in.kind()));
    } else {
      try {
        url = ReceiverUrls.receiverUrl(rawUrl);
        String refused = addresses.refusal(url);
        if (refused != null) {
          errors.add(new FieldError("baseUrl", refused));
        }
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("baseUrl", e.getMessage()));
      }
    }
    JsonNode options =
        in.options() == null ? mapper.createObjectNode() : mapper.valueToTree(in.options());
    Map<String, String> credentials =
        in.credentials() == null ? Map.of() : new TreeMap<>(in.credentials());
    if (standard && !credentials.isEmpty()) {
      errors.add(
          new FieldError(
              "credentials",
              "standard-webhooks takes none: its signing secret is generated and answered once"));
    }
    if (kind != null) {
      List<String> names = kind.credentialNames(options);
      for (String name : names) {
        String value = credentials.get(name);
        if (value == null || value.isBlank()) {
          errors.add(new FieldError("credentials." + name, "is required for " + in.kind()));
        }
      }
      for (String name : credentials.keySet()) {
        if (credentials.get(name) != null && credentials.get(name).length() > MAX_CREDENTIAL) {
          errors.add(
              new FieldError(
                  "credentials." + name,
                  "is longer than " + MAX_CREDENTIAL + " characters (no credential of a kind is)"));
        }
        if (!names.contains(name)) {
          errors.add(
              new FieldError(
                  "credentials." + name,
                  "is not a credential of "
                      + in.kind()
                      + (names.isEmpty()
                          ? " with these options: it takes none"
                          : " with these options; its credentials are "
                              + String.join(", ", names))));
        }
      }
    }
    List<String> events =
        in.events() == null || in.events().isEmpty()
            ? kind == null ? List.of("*") : kind.defaultEvents()
            : in.events().stream().distinct().toList();
    for (int i = 0; i < events.size(); i++) {
      int index = i;
      webhooks
          .catalogue()
          .refusal(events.get(i))
          .ifPresent(why -> errors.add(new FieldError("events[" + index + "]", why)));
    }
    errors.addAll(ConnectorOptionNames.unknown(in.kind(), kind, options));
    if (kind != null) {
      errors.addAll(kind.check(events, options));
    }
    JsonNode backfill = options.get("backfill");
    if (ConnectorOptionNames.backfills(kind)
        && backfill != null
        && !backfill.isNull()
        && !backfill.isBoolean()) {
      errors.add(
          new FieldError(
              "options.backfill",
              "is true (the resources open at the registration are sent first) or false (the default)"));
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }
    if (standard) {
      WebhookView w =
          webhooks.register(new WebhookInput(url.toString(), events, in.name()), createdBy);
      update("update webhook_subscription set name = ? where id = ?", in.name(), w.id());
      ConnectorView v = get(w.id());
      return withSecret(v, w.secret());
    }
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long afterPosition = insert(c, id, in, url, events, credentials, options, createdBy);
        // what is open in the feed up to the head the registration recorded, in the same
        // transaction (0334)
        // (options.backfill false: the system has them already, e.g. a connector registered
        // anew for it)
        if (options.path("backfill").asBoolean(false)) {
          ConnectorBackfill.queue(c, mapper, id, afterPosition, events, kind.backfill());
        }
        c.commit();
      } catch (SQLException | JsonProcessingException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot register the connector", e);
    }
    return get(id);
  }

  /** Inserts a connector's row; answers the feed head its registration recorded. */
  private long insert(
      Connection c,
      UUID id,
      ConnectorInput in,
      URI url,
      List<String> events,
      Map<String, String> credentials,
      JsonNode options,
      String createdBy)
      throws SQLException, JsonProcessingException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into webhook_subscription (id, kind, name, url, events, secret,"
                + " credentials, options, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, '', ?, ?, ?, ?) returning after_position")) {
      ps.setObject(1, id);
      ps.setString(2, in.kind());
      ps.setString(3, in.name());
      ps.setString(4, url.toString());
      ps.setArray(5, c.createArrayOf("text", events.toArray()));
      ps.setString(6, mapper.writeValueAsString(credentials));
      ps.setString(7, mapper.writeValueAsString(options));
      ps.setString(8, createdBy);
      ps.setTimestamp(9, Timestamp.from(Instant.now()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static ConnectorView withSecret(ConnectorView v, String secret) {
    return new ConnectorView(
        v.id(),
        v.kind(),
        v.name(),
        v.baseUrl(),
        v.events(),
        v.options(),
        v.credentialsSet(),
        v.active(),
        secret,
        v.createdBy(),
        v.createdAt(),
        v.afterPosition(),
        v.version());
  }

  public Page<ConnectorView> list(PageRequest page) {
    List<Map.Entry<Long, ConnectorView>> rows =
        query(
            "select " + COLUMNS + " from webhook_subscription where seq > ? order by seq limit ?",
            page.after(),
            page.limit() + 1);
    return Page.of(rows, page, Map.Entry::getKey, Map.Entry::getValue);
  }

  public ConnectorView get(UUID id) {
    List<Map.Entry<Long, ConnectorView>> rows =
        query("select " + COLUMNS + " from webhook_subscription where id = ?", id);
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("connector", id);
    }
    return rows.get(0).getValue();
  }

  /** Stops sending to a connector: what waits is cancelled; its delivery log stays readable. */
  public ConnectorView deactivate(UUID id) {
    requireWholeOrganisation();
    get(id);
    webhooks.stop(id);
    return get(id);
  }

  public Page<DeliveryView> deliveries(UUID id, PageRequest page) {
    get(id);
    return DeliveryLog.page(dataSource, id, page);
  }

  /** A connector sends every unit's to-dos and messages (Webhooks#requireWholeOrganisation). */
  private void requireWholeOrganisation() {
    webhooks.requireWholeOrganisation(
        "OA connectors", "to-dos and messages", "registers and stops");
  }

  private List<Map.Entry<Long, ConnectorView>> query(String sql, Object... args) {
    return Statements.query(dataSource, "connectors", sql, this::row, args);
  }

  /** The columns of {@link #COLUMNS}, in their order. */
  private Map.Entry<Long, ConnectorView> row(ResultSet rs)
      throws SQLException, JsonProcessingException {
    Map<String, String> credentials =
        rs.getString(8) == null
            ? Map.of()
            : mapper.readValue(rs.getString(8), new TypeReference<Map<String, String>>() {});
    return Map.entry(
        rs.getLong(1),
        new ConnectorView(
            rs.getObject(2, UUID.class),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            Arrays.asList((String[]) rs.getArray(6).getArray()),
            mapper.convertValue(
                sends.tree(rs.getString(7)), new TypeReference<Map<String, Object>>() {}),
            List.copyOf(new TreeMap<>(credentials).keySet()),
            rs.getBoolean(9),
            null,
            rs.getString(10),
            rs.getTimestamp(11).toInstant(),
            rs.getLong(13),
            rs.getLong(12)));
  }

  private void update(String sql, Object... args) {
    Statements.update(dataSource, "the connector", sql, args);
  }
}
