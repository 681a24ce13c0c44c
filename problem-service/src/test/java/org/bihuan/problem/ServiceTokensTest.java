package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bihuan.platform.auth.KeyFiles;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.auth.TokenPolicy;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.testing.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Service tokens (docs/decisions/0065): report-service's own key opens this service's change feed
 * and nothing else; a token for another service, or from a caller this service does not trust,
 * opens nothing; and the feed follower's calls to rectification-service carry a token signed with
 * this service's own key, addressed to rectification-service.
 */
@QuarkusTest
class ServiceTokensTest {

  @RectificationStub.Stub WireMockServer rectification;

  static final String REPORTS_TOKEN = Tokens.service("report-service", "problem-service");

  @Test
  void aTrustedCallersServiceTokenReadsTheChangeFeed() {
    given().auth().oauth2(REPORTS_TOKEN).get("/api/v1/events?limit=1").then().statusCode(200);
  }

  @Test
  void aServiceTokenOpensNoUserRoute() {
    given().auth().oauth2(REPORTS_TOKEN).get("/api/v1/problems").then().statusCode(403);
    given().auth().oauth2(REPORTS_TOKEN).get("/api/v1/sources").then().statusCode(403);
    given()
        .auth()
        .oauth2(REPORTS_TOKEN)
        .contentType("application/json")
        .body("{\"title\": \"服务令牌不能建来源\", \"kind\": \"SELF_EXAMINATION\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(403);
    given().auth().oauth2(REPORTS_TOKEN).get("/api/v1/webhooks").then().statusCode(403);
  }

  @Test
  void rectificationServicesTokenReadsOneProblemAndNothingElse() {
    String token = Tokens.service("rectification-service", "problem-service");
    String source = org.bihuan.problem.support.Api.source("服务令牌复核");
    String problem = org.bihuan.problem.support.Api.problem(source, List.of(), "复核用问题");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/problems/" + problem)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    given().auth().oauth2(token).get("/api/v1/problems").then().statusCode(403);
    given().auth().oauth2(token).get("/api/v1/sources/" + source).then().statusCode(403);
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"reason\": \"服务令牌不能撤销\"}")
        .post("/api/v1/problems/" + problem + "/withdraw")
        .then()
        .statusCode(403);
  }

  @Test
  void aServiceTokenForAnotherServiceOrFromAnUntrustedCallerIsRefused() {
    for (String token :
        List.of(
            Tokens.service("report-service", "rectification-service"),
            Tokens.service("problem-service", "problem-service"))) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/events?limit=1")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Test
  void aUserTokenMustNameTheProductOrThisService() {
    String forRectification =
        Jwt.issuer(Tokens.ISSUER)
            .subject("u1")
            .audience("rectification-service")
            .groups(Set.of("admin"))
            .expiresIn(600)
            .sign(KeyFiles.privateKey("test-keys/private.pem"));
    given().auth().oauth2(forRectification).get("/api/v1/problems").then().statusCode(401);
    String forThisService =
        Jwt.issuer(Tokens.ISSUER)
            .subject("u1")
            .audience("problem-service")
            .groups(Set.of("viewer"))
            .expiresIn(600)
            .sign(KeyFiles.privateKey("test-keys/private.pem"));
    given().auth().oauth2(forThisService).get("/api/v1/problems").then().statusCode(200);
  }

  @Test
  void aRefusedTokenIsToldWhyAndNoTokenIsToldToSendOne() {
    java.security.PrivateKey key = KeyFiles.privateKey("test-keys/private.pem");
    long now = java.time.Instant.now().getEpochSecond();
    Map<String, String> refusals =
        Map.of(
            Tokens.viewerExpiredSince(120),
            "expired",
            Jwt.issuer(Tokens.ISSUER)
                .subject("u1")
                .audience("another-product")
                .groups(Set.of("viewer"))
                .expiresIn(600)
                .sign(key),
            "audience (aud)",
            Jwt.issuer(Tokens.ISSUER)
                .subject("u1")
                .audience(Tokens.AUDIENCE)
                .groups(Set.of("viewer"))
                .issuedAt(now + 3600)
                .expiresAt(now + 4000)
                .sign(key),
            "iat",
            Jwt.issuer("another-issuer")
                .subject("u1")
                .audience(Tokens.AUDIENCE)
                .groups(Set.of("viewer"))
                .expiresIn(600)
                .sign(key),
            "issuer (iss)",
            Jwt.issuer(Tokens.ISSUER)
                .subject("u1")
                .audience(Tokens.AUDIENCE)
                .groups(Set.of("viewer"))
                .expiresIn(600)
                .sign(KeyFiles.privateKey("test-keys/services/rectification-service.private.pem")),
            "signature");
    refusals.forEach(
        (token, why) ->
            given()
                .auth()
                .oauth2(token)
                .get("/api/v1/problems")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(why))
                .header(
                    "WWW-Authenticate",
                    org.hamcrest.Matchers.startsWith("Bearer error=\"invalid_token\"")));
    given()
        .get("/api/v1/problems")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .body("detail", org.hamcrest.Matchers.containsString("需要有效的访问令牌"));
  }

  @Test
  void theFeedFollowerSignsItsCallsWithThisServicesOwnKey() throws Exception {
    List<LoggedRequest> polls = List.of();
    for (int i = 0; i < 100 && polls.isEmpty(); i++) {
      polls = rectification.findAll(getRequestedFor(urlPathEqualTo("/api/v1/events")));
      Thread.sleep(100);
    }
    assertFalse(polls.isEmpty(), "the feed follower polled rectification-service");
    String token = polls.get(polls.size() - 1).getHeader("Authorization").substring(7);
    TokenPolicy rectificationService =
        new TokenPolicy(
            "rectification-service",
            Map.of(
                "problem-service", KeyFiles.publicKey("test-keys/services/problem-service.pem")));
    JsonWebToken jwt =
        rectificationService.verify(
            new DefaultJWTParser(
                new JWTAuthContextInfo(KeyFiles.publicKey("test-keys/public.pem"), Tokens.ISSUER)),
            token);
    assertEquals("problem-service", jwt.getSubject());
    assertEquals(Set.of(Roles.SERVICE), jwt.getGroups());
    assertEquals(Set.of("rectification-service"), jwt.getAudience());
  }
}
