package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind.Connector;

/**
 * 泛微 e-cology 9's third-party authentication, for a {@code weaver-todo} connector with {@code
 * "auth": "token"} (docs/decisions/0211). Once per connector: {@code POST /api/ec/dev/auth/regist}
 * with headers {@code appid} and {@code cpk} (the public half of an RSA key pair the connector
 * generates) answers {@code secrit} (sic; newer versions also {@code secret}) and {@code spk}, 泛微's
 * public key; kept in {@code weaver_registration} so that every replica uses the same secret. Then
 * {@code POST /api/ec/dev/auth/applytoken} with headers {@code appid}, {@code secret}
 * (RSA-encrypted with spk) and {@code time} (the seconds it is valid) answers {@code token}, kept
 * in the same row until shortly before it expires, one for all replicas (docs/decisions/0226). Each
 * call carries {@code appid}, {@code token} and {@code userid} (the OA user id the calls are made
 * as, RSA-encrypted with spk).
 */
@ApplicationScoped
public class WeaverAuth {

  static final String REGIST = "/api/ec/dev/auth/regist";
  static final String APPLY = "/api/ec/dev/auth/applytoken";

  /** Seconds a token is applied for: e-cology's own default. */
  static final int TOKEN_SECONDS = 1800;

  /** A token is applied for anew this long before it expires. */
  static final Duration MARGIN = Duration.ofMinutes(2);

  /** The RSA padding e-cology decrypts (hutool's default): PKCS #1 v1.5. */
  private static final String RSA = "RSA/ECB/PKCS1Padding";

  /** Why no call could be made: 泛微 refused the registration or the token (its answer given). */
  static final class Refused extends Exception {
    final Integer status;

    Refused(Integer status, String message) {
      super(message);
      this.status = status;
    }
  }

  private record Registration(String appid, String secret, String spk) {}

  /** A token 泛微 issued, and until when it is used (its expiry less {@link #MARGIN}). */
  private record Token(String value, Instant until) {
    boolean good() {
      return value != null && until != null && until.isAfter(Instant.now());
    }
  }

  /** A connector's registration and its current token (null when none was applied for yet). */
  private record Stored(Registration registration, Token token) {}

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  /**
   * The headers of a call: appid, token and userid (encrypted with spk). The token is the
   * connector's, shared by every replica in {@code weaver_registration}: while it is good it is
   * read, else one replica (holding the connector's advisory lock) registers if need be and applies
   * for a new one while the others wait for it and then read it. {@code refused} is a token 泛微 has
   * just refused (or null): it is replaced unless another replica has replaced it already.
   */
  String[] headers(Connector c, String base, ConnectorHttp http, String refused)
      throws Refused, IOException, SQLException, GeneralSecurityException {
    String appid = c.credential("appid");
    Stored s;
    try (Connection db = dataSource.getConnection()) {
      s = stored(db, c.id(), appid);
    }
    if (s == null || !usable(s.token(), refused)) {
      s = renewed(c.id(), appid, base, http, refused);
    }
    return new String[] {
      "appid",
      appid,
      "token",
      s.token().value(),
      "userid",
      encrypt(c.option("userid", ""), s.registration().spk())
    };
  }

  /** The token of a set of headers. */
  static String token(String[] headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      if ("token".equals(headers[i])) {
        return headers[i + 1];
      }
    }
    return null;
  }

  private static boolean usable(Token t, String refused) {
    return t != null && t.good() && !t.value().equals(refused);
  }

  /**
   * Under the connector's advisory lock: the stored token if another replica renewed it meanwhile,
   * else a new one (registering first when the connector has no registration), stored.
   */
  private Stored renewed(
      UUID connector, String appid, String base, ConnectorHttp http, String refused)
      throws Refused, IOException, SQLException, GeneralSecurityException {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(false);
      try {
        try (PreparedStatement lock =
            db.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
          lock.setString(1, "weaver-token:" + connector);
          lock.execute();
        }
        Stored s = stored(db, connector, appid);
        if (s != null && usable(s.token(), refused)) {
          db.commit();
          return s;
        }
        Registration r = s == null ? register(db, connector, appid, base, http) : s.registration();
        Token t;
        try {
          t = apply(db, connector, r, base, http);
        } catch (Refused noToken) {
          // a secret 泛微 no longer knows (registered again elsewhere, or its record changed): the
          // next attempt registers anew
          try (PreparedStatement ps =
              db.prepareStatement("delete from weaver_registration where connector_id = ?")) {
            ps.setObject(1, connector);
            ps.executeUpdate();
          }
          db.commit();
          throw noToken;
        }
        db.commit();
        return new Stored(r, t);
      } catch (Exception e) {
        // (after the commit above, a rollback changes nothing)
        db.rollback();
        throw e;
      }
    }
  }

  /**
   * Whether 泛微 refused a call for its token (expired, unknown, or the session it stood for timed
   * out): {@code "status": false} with a message about the token or the login, or a 401.
   */
  boolean tokenRefused(ConnectorHttp.Answer a) {
    if (a.status() == 401) {
      return true;
    }
    JsonNode body = json(a.body());
    if (body == null || !refused(body)) {
      return false;
    }
    String msg = body.path("msg").asText("");
    return msg.toLowerCase(java.util.Locale.ROOT).contains("token") || msg.contains("登录信息超时");
  }

  private Registration register(
      Connection db, UUID connector, String appid, String base, ConnectorHttp http)
      throws Refused, IOException, SQLException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    String cpk = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    ConnectorHttp.Answer a = http.post(URI.create(base + REGIST), "appid", appid, "cpk", cpk);
    JsonNode body = json(a.body());
    if (!a.success() || body == null || refused(body)) {
      throw new Refused(
          a.status(), "泛微 refused the registration of appid " + appid + ": " + brief(a));
    }
    String secret = body.path("secrit").asText("");
    if (secret.isBlank()) {
      secret = body.path("secret").asText("");
    }
    String spk = body.path("spk").asText("");
    if (secret.isBlank() || spk.isBlank()) {
      throw new Refused(a.status(), "泛微 answered the registration without secrit and spk");
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "insert into weaver_registration (connector_id, appid, private_key, public_key,"
                + " secret, spk, registered_at) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (connector_id) do update set appid = excluded.appid,"
                + " private_key = excluded.private_key, public_key = excluded.public_key,"
                + " secret = excluded.secret, spk = excluded.spk,"
                + " registered_at = excluded.registered_at, token = null,"
                + " token_obtained_at = null, token_expires_at = null")) {
      ps.setObject(1, connector);
      ps.setString(2, appid);
      ps.setString(3, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
      ps.setString(4, cpk);
      ps.setString(5, secret);
      ps.setString(6, spk);
      ps.setTimestamp(7, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    return new Registration(appid, secret, spk);
  }

  private Token apply(
      Connection db, UUID connector, Registration r, String base, ConnectorHttp http)
      throws Refused, IOException, SQLException, GeneralSecurityException {
    Instant asked = Instant.now();
    ConnectorHttp.Answer a =
        http.post(
            URI.create(base + APPLY),
            "appid",
            r.appid(),
            "secret",
            encrypt(r.secret(), r.spk()),
            "time",
            Integer.toString(TOKEN_SECONDS));
    JsonNode body = json(a.body());
    String token = body == null || refused(body) ? "" : body.path("token").asText("");
    if (!a.success() || token.isBlank()) {
      throw new Refused(a.status(), "泛微 gave no token: " + brief(a));
    }
    Instant expires = asked.plusSeconds(TOKEN_SECONDS);
    try (PreparedStatement ps =
        db.prepareStatement(
            "update weaver_registration set token = ?, token_obtained_at = ?,"
                + " token_expires_at = ? where connector_id = ?")) {
      ps.setString(1, token);
      ps.setTimestamp(2, Timestamp.from(asked));
      ps.setTimestamp(3, Timestamp.from(expires));
      ps.setObject(4, connector);
      ps.executeUpdate();
    }
    return new Token(token, expires.minus(MARGIN));
  }

  private static Stored stored(Connection db, UUID connector, String appid) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "select secret, spk, token, token_expires_at from weaver_registration"
                + " where connector_id = ? and appid = ?")) {
      ps.setObject(1, connector);
      ps.setString(2, appid);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Timestamp expires = rs.getTimestamp(4);
        return new Stored(
            new Registration(appid, rs.getString(1), rs.getString(2)),
            rs.getString(3) == null || expires == null
                ? null
                : new Token(rs.getString(3), expires.toInstant().minus(MARGIN)));
      }
    }
  }

  /** base64 of the text RSA-encrypted (PKCS #1 v1.5) with 泛微's public key (base64 X.509). */
  static String encrypt(String text, String spk) throws GeneralSecurityException {
    String der =
        spk.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    PublicKey key =
        KeyFactory.getInstance("RSA")
            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(der)));
    Cipher cipher = Cipher.getInstance(RSA);
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return Base64.getEncoder()
        .encodeToString(cipher.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** 泛微's answers say {@code "status": false} (or "false") when they refuse. */
  private static boolean refused(JsonNode body) {
    JsonNode s = body.get("status");
    return s != null && !s.isNull() && "false".equals(s.asText());
  }

  private JsonNode json(String body) {
    try {
      JsonNode n = body == null || body.isBlank() ? null : mapper.readTree(body);
      return n != null && n.isObject() ? n : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String brief(ConnectorHttp.Answer a) {
    return a.status() + " " + DingTalkTodo.brief(a.body());
  }
}
