package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.DutySteps.ZHAO;
import static org.bihuan.rectification.rest.DutySteps.put;
import static org.bihuan.rectification.rest.DutySteps.submitted;
import static org.bihuan.rectification.rest.DutySteps.ticket;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A party to a ticket is found however the name is written: other spellings, one character, inside
 * a text, with a post, among others.
 */
@QuarkusTest
class SeparationOfDutiesNamesTest {

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
}
