package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The verifier of a ticket is never someone who answers for it, whatever route leads there: an edit
 * while it is under review, a change of responsible person earlier in the round, another spelling
 * of the same name, or an extension decided by its requester.
 */
@QuarkusTest
class SeparationOfDutiesTest {

  private static final String ZHAO = "赵验收";

  @Test
  void aSubmittedTicketKeepsItsResponsiblePersonAndMeasureUntilRejected() {
    String unit = unit("督查室");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = submitted(unit, problem, ZHAO);
    String zhao = Tokens.verifier(ZHAO);
    // The responsible person, a verifier, hands the ticket to someone else while it is reviewed.
    put(zhao, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/ticket-under-review"))
        .body("detail", containsString("退回"))
        .body("fields", equalTo(List.of("responsiblePerson")));
    // Any reporter of the unit rewrites the measure under the verifier's eyes.
    put(
            Tokens.reporter("王五", unit),
            id,
            ticketJson(problem, unit, ZHAO, "IMMEDIATE", null, null, null)
                .replace("组织专题学习，建立学习台账。", "已全部完成。"))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/ticket-under-review"));
    act(zhao, id, "verify", "验收通过").then().statusCode(403);
    JsonPath t = ticket(id);
    assertEquals(ZHAO, t.getString("responsiblePerson"));
    assertEquals("组织专题学习，建立学习台账。", t.getString("measure"));
    assertEquals("SUBMITTED", t.getString("status"));
    // After a reject by another verifier the ticket can be edited again.
    act(Tokens.verifier("李四"), id, "reject", "请补充材料").then().statusCode(200);
    put(zhao, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(200)
        .body("responsiblePerson", equalTo("钱七"));
  }

  @Test
  void whoeverWasResponsibleEarlierInTheRoundCannotVerifyIt() {
    String unit = unit("巡察办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, ZHAO, "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    String zhao = Tokens.verifier(ZHAO);
    put(zhao, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    act(zhao, id, "verify", "换了责任人再验收").then().statusCode(403);
    act(zhao, id, "reject", "换了责任人再退回").then().statusCode(403);
    act(Tokens.verifier("钱七"), id, "verify", "现任责任人").then().statusCode(403);
    act(Tokens.verifier("李四"), id, "verify", "验收通过").then().statusCode(200);
  }

  @Test
  void theSubmitterCannotVerifyWhatTheySubmitted() {
    String unit = unit("审计处");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String both = Tokens.token("sun-qi", "孙七", unit, "reporter", "verifier");
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    act(both, id, "start", null).then().statusCode(200);
    progress(both, id, today(), "完成").then().statusCode(201);
    act(both, id, "submit", null).then().statusCode(200);
    act(both, id, "verify", "自己提交自己验收").then().statusCode(403);
    // The same account under another display name is still the submitter.
    act(Tokens.token("sun-qi", "Sun Qi", null, "verifier"), id, "verify", "换名")
        .then()
        .statusCode(403);
    act(Tokens.admin(), id, "verify", "管理员验收").then().statusCode(200);
  }

  @Test
  void otherSpellingsOfTheResponsiblePersonAreTheSamePerson() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    for (String spelling :
        List.of("趙驗收", "赵 验收", "赵验收\u200B", "\u2060赵\u3000验收\uFEFF", "赵\u00A0验\u200D收")) {
      // the spelling is the token's name; its subject stays a plain id (an invisible character
      // in a subject is refused with 401, 0217)
      act(Tokens.token("verifier-spelling", spelling, null, "verifier"), id, "verify", "另一种写法")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    // Full-width and case: Ｚｈａｏ is zhao.
    String latin = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "Zhao Yanshou");
    act(Tokens.token("verifier-fullwidth", "ＺＨＡＯ　ＹＡＮＳＨＯＵ", null, "verifier"), latin, "verify", "全角")
        .then()
        .statusCode(403);
    // 赵验 is written inside 赵验收: in doubt a party (0188); 钱七 is another person.
    act(Tokens.verifier("赵验"), id, "verify", "名字的一部分").then().statusCode(403);
    act(Tokens.verifier("钱七"), id, "verify", "另一个人").then().statusCode(200);
  }

  /**
   * A one-character name is looked for only as a whole person of a field (0207): 赵 verifies a
   * ticket of 赵验收军 and 赵验收军 one of 赵, but 趙 or 赵 written among others is still 赵.
   */
  @Test
  void aOneCharacterNameIsAPartyOnlyAsAWholePerson() {
    String unit = unit("纪委办");
    String longer = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "赵验收军");
    act(Tokens.verifier("赵"), longer, "verify", "单字姓名").then().statusCode(200);
    String single = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "赵");
    act(Tokens.verifier("赵验收军"), single, "verify", "另一方向").then().statusCode(200);
    String among = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "李四、趙");
    act(Tokens.verifier("赵"), among, "verify", "繁体单字")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    act(
            Tokens.verifier("ｚ"),
            submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "Z"),
            "verify",
            "全角")
        .then()
        .statusCode(403);
  }

  /**
   * A responsible person written with connectors, labels, brackets, quotes, titles or glyphs a PDF
   * could not map still names the person; a caller named with a title or in another word order too.
   * A longer Chinese name holding the caller's is a party too (0188); a field holding only part of
   * the caller's name is not (赵验收 verifies a ticket of 赵验).
   */
  @Test
  void aPersonWrittenInsideALongerTextIsStillAParty() {
    String unit = unit("纪委办");
    for (String written :
        List.of(
            "赵验收和王五",
            "赵验收与王五",
            "“赵验收”",
            "主任：赵验收",
            "牵头人赵验收",
            "赵验收【主任】",
            "赵验收-主任",
            "赵验收老师",
            "赵验收负责",
            "赵验收！",
            "A赵验收",
            "赵\uFFFD验收",
            "赵验收\u20DD")) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), written);
      act(Tokens.verifier(ZHAO), id, "verify", written)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    act(Tokens.verifier("赵验收老师"), id, "verify", "称呼").then().statusCode(403);
    String latin = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "Yanshou Zhao");
    act(Tokens.verifier("ZHAO, Yanshou"), latin, "verify", "姓在前").then().statusCode(403);
    // 张三丰 holds 张三: in doubt a party (0188); another verifier verifies
    String other = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "张三丰");
    act(Tokens.verifier("张三"), other, "verify", "同名之嫌").then().statusCode(403);
    act(Tokens.verifier("李四"), other, "verify", "另一个人").then().statusCode(200);
  }

  /**
   * Containment (0188): a caller whose folded name occurs anywhere in a party's field is a party —
   * 张三丰、李四 and 张三（组长） name 张三 — and the leader in charge is a party as the responsible person is,
   * also after an edit named another leader. Variant forms of names fold (渡邉 = 渡辺 = 渡边).
   */
  @Test
  void aNameInsideAPartysFieldOrTheLeaderInChargeIsAParty() {
    String unit = unit("包含单位");
    for (String written : List.of("张三丰、李四", "张三（组长）", "张三丰", "组长张 三\u200B", "張三豐/李四", "李四张三")) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), written);
      for (String action : List.of("verify", "reject")) {
        act(Tokens.verifier("张三"), id, action, written)
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .body("detail", containsString("another verifier"));
      }
      act(Tokens.verifier("王六"), id, "verify", "另一位验收人").then().statusCode(200);
    }
    for (String[] pair : new String[][] {{"渡邉一郎", "渡辺"}, {"髙橋、﨑山", "高桥"}, {"澤田", "沢田"}}) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), pair[0]);
      act(Tokens.verifier(pair[1]), id, "verify", pair[0]).then().statusCode(403);
    }
    // The leader in charge: as written now, and as written before an edit named another.
    String reporter = Tokens.reporter("王五", unit);
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String body =
        ticketJson(problem, unit, "王五", "IMMEDIATE", null, null, null)
            .replace("\"李书记\"", "\"分管副局长赵验收\"");
    String led = create(body).getString("id");
    // Who supervises the ticket is changed by a verifier or an admin, not its reporter (0229).
    put(reporter, led, body.replace("分管副局长赵验收", "钱七")).then().statusCode(403);
    put(Tokens.admin(), led, body.replace("分管副局长赵验收", "钱七")).then().statusCode(200);
    assertEquals("钱七", ticket(led).getString("leaderInCharge"));
    act(reporter, led, "start", null).then().statusCode(200);
    progress(reporter, led, today(), "完成").then().statusCode(201);
    act(reporter, led, "submit", null).then().statusCode(200);
    act(Tokens.verifier(ZHAO), led, "verify", "曾是分管领导").then().statusCode(403);
    act(Tokens.verifier("钱七"), led, "verify", "现任分管领导").then().statusCode(403);
    act(Tokens.verifier("李四"), led, "verify", "另一位验收人").then().statusCode(200);
  }

  /** The caller's name may carry a post or a title too: 副局长赵验收 is 赵验收, on every route. */
  @Test
  void aCallerWhoseNameCarriesAPostIsTheSamePerson() {
    String unit = unit("纪委办");
    for (String name : List.of("副局长赵验收", "党委书记赵验收", "赵验收同志", "赵验收(主任)", "赵验收 副局长")) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
      for (String action : List.of("verify", "reject", "cancel")) {
        act(Tokens.verifier(name), id, action, "本人")
            .then()
            .statusCode(403)
            .contentType("application/problem+json");
      }
    }
  }

  /**
   * A token that names nobody usable — a name that is a list, blank, NUL, a bidirectional override
   * — cannot verify (fail closed); one whose claims name the person in any of them cannot either.
   */
  @Test
  void aTokenWithoutAUsableNameOrWithTheNameInAnotherClaimCannotVerify() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    List<java.util.Map<String, Object>> claims =
        List.of(
            java.util.Map.of("name", List.of("赵验收")),
            java.util.Map.of(),
            java.util.Map.of("name", ""),
            java.util.Map.of("name", "\u0000"),
            java.util.Map.of("name", "\u202e收验赵"),
            java.util.Map.of("name", "某人", "family_name", "赵", "given_name", "验收"),
            java.util.Map.of("nickname", "赵验收"));
    for (java.util.Map<String, Object> c : claims) {
      act(Tokens.withClaims("v-odd", c, "verifier"), id, "verify", "奇怪的令牌")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.withClaims("v-odd", java.util.Map.of(), "verifier"))
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
    act(Tokens.withClaims("v-ok", java.util.Map.of("name", "钱核查"), "verifier"), id, "verify", "可以")
        .then()
        .statusCode(200);
  }

  /** A provider that sends only family_name and given_name names the same person. */
  @Test
  void aTokenWithOnlyNamePartsIsComparedByTheNameTheyMake() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    act(Tokens.withNameParts("u-7731", "赵", "验收", null, "verifier"), id, "verify", "只有姓和名")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String latin = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "Yanshou Zhao");
    act(Tokens.withNameParts("u-7732", "Zhao", "Yanshou", null, "verifier"), latin, "verify", "名")
        .then()
        .statusCode(403);
    // and the name parts are what the history records as the actor
    act(Tokens.withNameParts("u-7733", "钱", "核查", null, "verifier"), id, "verify", "另一个人")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.actorName", org.hamcrest.Matchers.hasItem("钱核查"));
  }

  /**
   * A responsible person written as several people or with a post, as documents and the import
   * write it, names each of them: none of them verifies, rejects or cancels the ticket.
   */
  @Test
  void aPersonNamedAmongOthersOrWithAPostIsAPartyToo() {
    String unit = unit("审计办");
    for (String written : List.of("王五、赵验收", "赵验收 王五", "副局长赵验收", "赵验收（主任）", "赵验收同志")) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), written);
      for (String action : List.of("verify", "reject", "cancel")) {
        act(Tokens.verifier(ZHAO), id, action, "由我处理")
            .then()
            .statusCode(403)
            .contentType("application/problem+json");
      }
      act(Tokens.verifier("李四"), id, "verify", "另一位验收人").then().statusCode(200);
    }
  }

  /**
   * The person written in brackets after a post or another name, joined to others by a dot, split
   * by a dash or an underscore, after an acting word, or in Japanese characters is still a party:
   * he neither verifies nor rejects, and another verifier does.
   */
  @Test
  void aPersonInBracketsBehindADashOrActingForAPostIsAParty() {
    String unit = unit("纪委办");
    for (String written :
        List.of(
            "办公室主任（赵验收）",
            "科长(赵验收)",
            "王五 (赵验收)",
            "王五（联系人：赵验收）",
            "王五（赵验收配合）",
            "主要负责人（赵验收）、王五",
            "赵验收·王五",
            "赵-验收",
            "赵_验收",
            "赵－验收",
            "赵—验收",
            "代理赵验收",
            "暂代赵验收",
            "赵验収",
            "趙験収")) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), written);
      for (String action : List.of("verify", "reject")) {
        act(Tokens.verifier(ZHAO), id, action, written)
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .body("detail", containsString("another verifier"));
      }
      act(Tokens.verifier("李四"), id, "verify", "另一位验收人").then().statusCode(200);
    }
    // A longer name holding the caller's is a party too (0188), in brackets or after an acting
    // word.
    for (String written : List.of("主任（张三丰）", "代理张三丰", "张三丰·李四")) {
      String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), written);
      act(Tokens.verifier("张三"), id, "verify", "同名之嫌").then().statusCode(403);
    }
  }

  /** The same spellings keep the person from approving an extension of the ticket. */
  @Test
  void aPersonInBracketsOrBehindADashCannotApproveAnExtension() {
    String unit = unit("保密办");
    for (String written : List.of("科长（赵验收）", "赵-验收", "代理赵验収")) {
      UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
      String id =
          create(ticketJson(problem, unit, written, "DEADLINE", today().plusDays(5), null, null))
              .getString("id");
      String ext =
          given()
              .auth()
              .oauth2(Tokens.reporter("王五", unit))
              .contentType(ContentType.JSON)
              .body("{\"newDeadline\": \"" + today().plusDays(40) + "\", \"reason\": \"需要协调\"}")
              .post("/api/v1/tickets/" + id + "/extensions")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      decide(Tokens.verifier(ZHAO), ext)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("another verifier"));
      assertEquals(today().plusDays(5).toString(), ticket(id).getString("effectiveDeadline"));
      decide(Tokens.verifier("李四"), ext).then().statusCode(200);
    }
  }

  /**
   * A name claim of the wrong type makes the token name nobody, even beside usable ones: a
   * family_name sent as a list must not leave the caller named by the given name alone.
   */
  @Test
  void aNamePartOfTheWrongTypeLeavesTheCallerUnnamed() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    Map<String, Object> listFamily = new java.util.HashMap<>();
    listFamily.put("family_name", List.of("赵"));
    listFamily.put("given_name", "验收");
    Map<String, Object> nullFamily = new java.util.HashMap<>();
    nullFamily.put("family_name", null);
    nullFamily.put("given_name", "验收");
    Map<String, Object> numberGiven = new java.util.HashMap<>();
    numberGiven.put("family_name", "赵");
    numberGiven.put("given_name", 7);
    Map<String, Object> nameAndListFamily = new java.util.HashMap<>();
    nameAndListFamily.put("name", "钱核查");
    nameAndListFamily.put("family_name", List.of("赵"));
    for (Map<String, Object> claims :
        List.of(listFamily, nullFamily, numberGiven, nameAndListFamily)) {
      act(Tokens.withClaims("v-parts", claims, "verifier"), id, "verify", "名字部分")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("carries no name"));
    }
    assertEquals("SUBMITTED", ticket(id).getString("status"));
    act(Tokens.withNameParts("v-parts-ok", "钱", "核查", null, "verifier"), id, "verify", "可以")
        .then()
        .statusCode(200);
  }

  /**
   * A unit claim that is JSON null, a list or a number is refused like a blank one on every route:
   * only a token without the claim acts for the whole organisation.
   */
  @Test
  void aUnitClaimThatIsNullOrNotATextIsRefusedNotOrganisationWide() {
    String unit = unit("组织部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    List<Object> malformed = new java.util.ArrayList<>();
    malformed.add(null);
    malformed.add(List.of());
    malformed.add(List.of(unit));
    malformed.add(123);
    malformed.add(true);
    malformed.add(Map.of("name", unit));
    for (Object value : malformed) {
      Map<String, Object> claims = new java.util.HashMap<>();
      claims.put("name", "填报甲");
      claims.put("unit", value);
      String token = Tokens.withClaims("rep-x", claims, "reporter");
      act(token, id, "start", null)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("unit claim"));
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(ticketJson(problem, unit, "李四", "IMMEDIATE", null, null, null))
          .post("/api/v1/tickets")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("unit claim"));
    }
    assertEquals("ASSIGNED", ticket(id).getString("status"));
    assertEquals(1, listByUnit(unit).getList("items").size());
  }

  @Test
  void anExtensionIsNotDecidedByItsRequesterUnderAnotherSpelling() {
    String unit = unit("保密办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(5), null, null))
            .getString("id");
    String requester = Tokens.token("zhao-a", "趙驗收", unit, "reporter", "verifier");
    String ext =
        given()
            .auth()
            .oauth2(requester)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(40) + "\", \"reason\": \"需要协调\"}")
            .post("/api/v1/tickets/" + id + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    decide(requester, ext).then().statusCode(403);
    decide(Tokens.token("zhao-b", "赵 验收", null, "verifier"), ext).then().statusCode(403);
    decide(Tokens.verifier("张三"), ext).then().statusCode(403);
    decide(Tokens.verifier("李四"), ext).then().statusCode(200);
    JsonPath history = history(id);
    List<Map<String, Object>> items = history.getList("items");
    Map<String, Object> approved = items.get(items.size() - 1);
    assertEquals("extension_approved", approved.get("action"));
    assertEquals(
        List.of(
            Map.of(
                "field",
                "effectiveDeadline",
                "from",
                today().plusDays(5).toString(),
                "to",
                today().plusDays(40).toString())),
        approved.get("changes"));
  }

  @Test
  void aTicketUnderAWithdrawnProblemIsNeitherWorkedOnNorVerifiedOnlyCancelled() {
    String unit = unit("机关党委");
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(source);
    String reporter = Tokens.reporter("王五", unit);
    String assigned =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    String submitted = submitted(unit, problem, "张三");
    // Withdrawn in problem-service (as the protocol allows it only for a ticket it did not see,
    // 0117): this service learns it from problem-service's feed and asks nothing (0274).
    ProblemServiceStub.problem(problem, source, "WITHDRAWN");
    CloseTodoTest.problemFeedSays(problem, "problem.withdrawn", "WITHDRAWN");
    int asked = ProblemServiceStub.reads(problem);
    act(reporter, assigned, "start", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/problem-withdrawn"))
        .body("problemIds", equalTo(List.of(problem.toString())));
    act(Tokens.verifier("李四"), submitted, "verify", "验收通过")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/problem-withdrawn"));
    assertEquals("SUBMITTED", ticket(submitted).getString("status"));
    assertEquals(asked, ProblemServiceStub.reads(problem), "the feed told it; nobody asked");
    // A ticket started while its problem was still open.
    UUID other = ProblemServiceStub.problem(source);
    String started =
        create(ticketJson(other, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, started, "start", null).then().statusCode(200);
    ProblemServiceStub.problem(other, source, "WITHDRAWN");
    CloseTodoTest.problemFeedSays(other, "problem.withdrawn", "WITHDRAWN");
    progress(reporter, started, today(), "继续整改")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/problem-withdrawn"));
    put(reporter, started, ticketJson(other, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/problem-withdrawn"));
    assertEquals("张三", ticket(started).getString("responsiblePerson"));
    assertEquals(null, ticket(started).getString("lastProgressAt"));
    act(Tokens.verifier("李四"), submitted, "cancel", "问题已撤销")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    act(Tokens.verifier("李四"), assigned, "cancel", "问题已撤销").then().statusCode(200);
  }

  @Test
  void whoeverAnsweredForAnEarlierRoundCannotVerifyAfterAReopen() {
    String unit = unit("宣传部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = submitted(unit, problem, ZHAO);
    act(Tokens.verifier("李四"), id, "verify", "验收通过").then().statusCode(200);
    act(Tokens.verifier("李四"), id, "reopen", "回头看发现反弹").then().statusCode(200);
    String reporter = Tokens.reporter("王五", unit);
    put(reporter, id, ticketJson(problem, unit, "钱七", "IMMEDIATE", null, null, null))
        .then()
        .statusCode(200);
    progress(reporter, id, today(), "再次整改").then().statusCode(201);
    act(Tokens.token("zhang-san", "张三", unit, "reporter"), id, "submit", null)
        .then()
        .statusCode(200);
    // 赵验收 was responsible in the first round, 王五 submitted it then.
    act(Tokens.verifier(ZHAO), id, "verify", "前一轮责任人").then().statusCode(403);
    act(Tokens.token("wang-wu", "王五", null, "verifier"), id, "verify", "前一轮提交人")
        .then()
        .statusCode(403);
    act(Tokens.verifier("李四"), id, "verify", "第二轮验收").then().statusCode(200);
  }

  @Test
  void aReporterTokenWithABlankUnitIsRefusedNotOrganisationWide() {
    String unit = unit("组织部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    for (String blank : List.of("", " ", "\u3000", "\u200B")) {
      act(Tokens.reporter("王五", blank), id, "start", null)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    assertEquals("ASSIGNED", ticket(id).getString("status"));
    // Without any unit claim the reporter acts for the whole organisation.
    act(Tokens.reporter("王五", null), id, "start", null).then().statusCode(200);
  }

  @Test
  void anExtensionIsNotApprovedWhileTheTicketIsUnderReview() {
    String unit = unit("统战部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(5), null, null))
            .getString("id");
    String ext =
        given()
            .auth()
            .oauth2(reporter)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(40) + "\", \"reason\": \"需要协调\"}")
            .post("/api/v1/tickets/" + id + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    decide(Tokens.verifier("李四"), ext)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/extension-not-applicable"));
    assertEquals(today().plusDays(5).toString(), ticket(id).getString("effectiveDeadline"));
  }

  // ---- helpers

  static String submitted(String unit, UUID problem, String person) {
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, person, "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    return id;
  }

  static Response put(String token, String id, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id);
  }

  static JsonPath ticket(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath history(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Response decide(String token, String extensionId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"同意\"}")
        .post("/api/v1/extensions/" + extensionId + "/approve");
  }
}
