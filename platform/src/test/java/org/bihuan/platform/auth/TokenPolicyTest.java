package org.bihuan.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.bihuan.testing.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The tokens rectification-service accepts: user tokens of the identity provider (the test key
 * pair) naming the product or this service, and service tokens of the callers it trusts
 * (problem-service, report-service), each signed with the caller's own key.
 */
class TokenPolicyTest {

  static final String ME = "rectification-service";
  static final PublicKey USER_KEY = KeyFiles.publicKey("test-keys/public.pem");
  static final PrivateKey USER_SIGNER = KeyFiles.privateKey("test-keys/private.pem");

  final JWTParser verifier = new DefaultJWTParser(new JWTAuthContextInfo(USER_KEY, Tokens.ISSUER));
  final TokenPolicy policy =
      new TokenPolicy(
          ME,
          Map.of(
              "problem-service", KeyFiles.publicKey("test-keys/services/problem-service.pem"),
              "report-service", KeyFiles.publicKey("test-keys/services/report-service.pem")));

  JsonWebToken verify(String token) throws ParseException {
    return policy.verify(verifier, token);
  }

  static JwtClaimsBuilder user() {
    return Jwt.issuer(Tokens.ISSUER)
        .subject("u1")
        .audience("bihuan")
        .groups(Set.of("admin"))
        .expiresIn(600);
  }

  @Test
  void aUserTokenOfTheIdentityProviderNamingTheProductIsAccepted() throws Exception {
    JsonWebToken jwt = verify(Tokens.admin());
    assertEquals("admin", jwt.getSubject());
    assertEquals(Set.of("admin"), jwt.getGroups());
  }

  @Test
  void aUserTokenNamingThisServiceIsAccepted() throws Exception {
    assertEquals("u1", verify(user().audience(ME).sign(USER_SIGNER)).getSubject());
  }

  @Test
  void aUserTokenForAnotherAudienceIsRefused() {
    assertThrows(
        ParseException.class, () -> verify(user().audience("problem-service").sign(USER_SIGNER)));
    assertThrows(ParseException.class, () -> verify(user().audience("mail").sign(USER_SIGNER)));
  }

  @Test
  void aUserTokenWithoutAudienceIsRefused() {
    String token =
        Jwt.issuer(Tokens.ISSUER)
            .subject("u1")
            .groups(Set.of("admin"))
            .expiresIn(600)
            .sign(USER_SIGNER);
    assertThrows(ParseException.class, () -> verify(token));
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant longAgo = Instant.now().minusSeconds(7200);
    String token = user().issuedAt(longAgo).expiresAt(longAgo.plusSeconds(600)).sign(USER_SIGNER);
    assertThrows(ParseException.class, () -> verify(token));
  }

  @Test
  void aUserTokenLivingLongerThanTheMaximumIsRefusedWithTheReason() throws Exception {
    Instant now = Instant.now();
    String yearLong =
        user().issuedAt(now).expiresAt(now.plusSeconds(365L * 86_400)).sign(USER_SIGNER);
    ParseException refused = assertThrows(ParseException.class, () -> verify(yearLong));
    assertTrue(
        refused.getMessage().contains("bihuan.auth.max-token-lifetime"), refused.getMessage());
    String dayAndASecond =
        user().issuedAt(now).expiresAt(now.plusSeconds(86_401)).sign(USER_SIGNER);
    assertThrows(ParseException.class, () -> verify(dayAndASecond));
    // Exactly the maximum is allowed, and so is a token issued long ago that still lives.
    String day = user().issuedAt(now).expiresAt(now.plusSeconds(86_400)).sign(USER_SIGNER);
    assertEquals("u1", verify(day).getSubject());
  }

  @Test
  void theMaximumLifetimeIsConfigured() throws Exception {
    TokenPolicy hourly = new TokenPolicy(ME, Map.of(), java.time.Duration.ofHours(1));
    Instant now = Instant.now();
    String twoHours = user().issuedAt(now).expiresAt(now.plusSeconds(7_200)).sign(USER_SIGNER);
    assertThrows(ParseException.class, () -> hourly.verify(verifier, twoHours));
    assertEquals("u1", verify(twoHours).getSubject());
    String hour = user().issuedAt(now).expiresAt(now.plusSeconds(3_600)).sign(USER_SIGNER);
    assertEquals("u1", hourly.verify(verifier, hour).getSubject());
    assertThrows(
        IllegalStateException.class, () -> new TokenPolicy(ME, Map.of(), java.time.Duration.ZERO));
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    assertThrows(
        ParseException.class, () -> verify(user().issuer("someone-else").sign(USER_SIGNER)));
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String signed = Tokens.admin();
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = signed.split("\\.")[1];
    assertThrows(ParseException.class, () -> verify(header + "." + payload + "."));
    assertThrows(ParseException.class, () -> verify(header + "." + payload));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    assertThrows(ParseException.class, () -> verify(user().sign(g.generateKeyPair().getPrivate())));
  }

  @Test
  void anHs256TokenSignedWithThePublicKeyAsSecretIsRefused() throws Exception {
    byte[] pem = Tokens.class.getResourceAsStream("/test-keys/public.pem").readAllBytes();
    for (byte[] secret : new byte[][] {pem, USER_KEY.getEncoded()}) {
      String token =
          user()
              .jws()
              .algorithm(SignatureAlgorithm.HS256)
              .sign(new SecretKeySpec(secret, "HmacSHA256"));
      assertThrows(ParseException.class, () -> verify(token));
    }
  }

  @Test
  void aUserTokenCannotGrantTheServiceRole() {
    assertThrows(
        ParseException.class, () -> verify(user().groups(Set.of("service")).sign(USER_SIGNER)));
  }

  @Test
  void aServiceTokenOfATrustedCallerAddressedHereCarriesTheServiceRole() throws Exception {
    JsonWebToken jwt = verify(Tokens.service("report-service", ME));
    assertEquals("report-service", jwt.getSubject());
    assertEquals(Set.of(Roles.SERVICE), jwt.getGroups());
  }

  @Test
  void aServiceTokenAddressedToAnotherServiceIsRefused() {
    assertThrows(
        ParseException.class, () -> verify(Tokens.service("report-service", "problem-service")));
  }

  @Test
  void aServiceTokenOfACallerThisServiceDoesNotTrustIsRefused() {
    assertThrows(ParseException.class, () -> verify(Tokens.service(ME, ME)));
    TokenPolicy trustsOnlyReports =
        new TokenPolicy(
            ME,
            Map.of("report-service", KeyFiles.publicKey("test-keys/services/report-service.pem")));
    assertThrows(
        ParseException.class,
        () -> trustsOnlyReports.verify(verifier, Tokens.service("problem-service", ME)));
  }

  @Test
  void aServiceTokenSignedWithAnotherCallersKeyIsRefused() {
    PrivateKey reportKey = KeyFiles.privateKey("test-keys/services/report-service.private.pem");
    String posingAsProblems = service("problem-service").sign(reportKey);
    assertThrows(ParseException.class, () -> verify(posingAsProblems));
  }

  @Test
  void theIdentityProviderKeyCannotMintServiceTokens() {
    assertThrows(ParseException.class, () -> verify(service("problem-service").sign(USER_SIGNER)));
  }

  @Test
  void aServiceTokenCannotCarryOtherRoles() {
    PrivateKey key = KeyFiles.privateKey("test-keys/services/problem-service.private.pem");
    assertThrows(
        ParseException.class,
        () -> verify(service("problem-service").groups(Set.of("service", "admin")).sign(key)));
    assertThrows(
        ParseException.class,
        () -> verify(service("problem-service").groups(Set.of("admin")).sign(key)));
    assertThrows(
        ParseException.class, () -> verify(service("problem-service").subject("admin").sign(key)));
  }

  @Test
  void aLongLivedServiceTokenIsRefused() {
    PrivateKey key = KeyFiles.privateKey("test-keys/services/problem-service.private.pem");
    assertThrows(
        ParseException.class, () -> verify(service("problem-service").expiresIn(86_400).sign(key)));
  }

  @Test
  void aServiceTokenIssuedInTheFutureIsRefused() {
    PrivateKey key = KeyFiles.privateKey("test-keys/services/problem-service.private.pem");
    Instant nextYear = Instant.now().plusSeconds(365L * 86_400);
    assertThrows(
        ParseException.class,
        () ->
            verify(
                service("problem-service")
                    .issuedAt(nextYear)
                    .expiresAt(nextYear.plusSeconds(600))
                    .sign(key)));
  }

  @Test
  void aUserTokenIssuedInTheFutureIsRefusedButClockSkewIsTolerated() throws Exception {
    Instant soon = Instant.now().plusSeconds(3_600);
    assertThrows(
        ParseException.class,
        () -> verify(user().issuedAt(soon).expiresAt(soon.plusSeconds(600)).sign(USER_SIGNER)));
    Instant skewed = Instant.now().plusSeconds(20);
    assertEquals(
        "u1",
        verify(user().issuedAt(skewed).expiresAt(skewed.plusSeconds(600)).sign(USER_SIGNER))
            .getSubject());
  }

  @Test
  void aServiceTokenForSeveralAudiencesIsRefused() {
    PrivateKey key = KeyFiles.privateKey("test-keys/services/problem-service.private.pem");
    assertThrows(
        ParseException.class,
        () ->
            verify(
                service("problem-service")
                    .audience(Set.of(ME, "report-service", "bihuan"))
                    .sign(key)));
  }

  @Test
  void theServiceRoleImpliesNoUserRole() {
    io.quarkus.security.identity.SecurityIdentity service =
        io.quarkus.security.runtime.QuarkusSecurityIdentity.builder()
            .setPrincipal(() -> "report-service")
            .addRole(Roles.SERVICE)
            .build();
    io.quarkus.security.identity.SecurityIdentity augmented =
        new RoleHierarchy().augment(service, null).await().indefinitely();
    assertEquals(Set.of(Roles.SERVICE), augmented.getRoles());
  }

  @Test
  void groupsGivenAsATextAreRefusedNotReadAsAList() throws Exception {
    for (Object groups :
        new Object[] {"admin", "viewer admin", java.util.List.of("admin", 1), "", 7}) {
      String token = Tokens.rawClaims(Map.of("sub", "u1", "groups", groups));
      ParseException refused = assertThrows(ParseException.class, () -> verify(token));
      assertTrue(refused.getMessage().contains("groups"), refused.getMessage());
    }
    String listed = Tokens.rawClaims(Map.of("sub", "u1", "groups", java.util.List.of("admin")));
    assertEquals(Set.of("admin"), verify(listed).getGroups());
  }

  @Test
  void aSubjectThatIsEmptyOrHoldsInvisibleOrControlCharactersIsRefused() throws Exception {
    for (String sub :
        new String[] {
          "",
          " ",
          "\u200b",
          "\u202eadmin",
          "ad\u202amin",
          "admin\u2066",
          "ad\u2069min",
          "ad\u200emin",
          "ad\u200fmin",
          "ad\u0007min",
          "admin\n",
          "ad\u00admin",
          "admin\ufeff",
          "admin\udb40\udc41"
        }) {
      String token = Tokens.rawClaims(Map.of("sub", sub, "groups", java.util.List.of("admin")));
      assertThrows(ParseException.class, () -> verify(token), sub);
    }
    // The claims that name the caller before sub are held to the same rule.
    for (String claim : new String[] {"upn", "preferred_username"}) {
      String token =
          Tokens.rawClaims(
              Map.of("sub", "u1", claim, "u\u202e1", "groups", java.util.List.of("admin")));
      assertThrows(ParseException.class, () -> verify(token), claim);
    }
    String plain =
        Tokens.rawClaims(Map.of("sub", "zhao.ys@机关", "groups", java.util.List.of("admin")));
    assertEquals("zhao.ys@机关", verify(plain).getName());
  }

  @Test
  void aServiceTokenKnownByAnotherNameThanItsSubjectIsRefused() {
    PrivateKey key = KeyFiles.privateKey("test-keys/services/problem-service.private.pem");
    assertThrows(
        ParseException.class, () -> verify(service("problem-service").upn("oa-sync").sign(key)));
  }

  static JwtClaimsBuilder service(String caller) {
    return Jwt.issuer(caller)
        .subject(caller)
        .audience(ME)
        .groups(Set.of(Roles.SERVICE))
        .issuedAt(Instant.now())
        .expiresIn(300);
  }
}
