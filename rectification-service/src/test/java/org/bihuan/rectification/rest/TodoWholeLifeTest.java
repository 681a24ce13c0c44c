package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.DeadlineNotices;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One ticket through its whole life (DOMAIN.md "Who must act next"): assigned, started, a weekly
 * progress report missed and filed, submitted, rejected, an extension requested and approved, the
 * 督办 ladder day by day until its leader in charge supervises, submitted late, verified, and its
 * problem's CLOSE to-do opened and done. After every step and every day of the ladder, the to-do
 * list of each person involved — the responsible person, the leader in charge, the verifiers and
 * the admins — is read through GET /api/v1/todos with the assignee and status filters, as each of
 * them calls it, and must be exactly what is open for them and what became done at that step; the
 * feed must tell exactly the ticket's events and todo.opened / todo.done of that step.
 */
@QuarkusTest
class TodoWholeLifeTest {

  @Inject DeadlineNotices notices;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String unit = unit("党委办公室");
  // People with names of their own, so that their lists hold nothing of other tests.
  private final String zhang = "张三-" + suffix;
  private final String leader = "李书记-" + suffix;
  private final LocalDate d0 = today();

  private UUID problem;
  private String ticket;

  /** Who is looked at: a label, the token they call with and the assignee they ask for. */
  private record Person(String label, String token, String assignee, boolean role) {}

  private List<Person> people;
  private final Map<String, Set<String>> doneBefore = new HashMap<>();
  private final List<String> mismatches = new ArrayList<>();
  private long head;

  @Test
  void eachPersonsListIsExactlyWhatTheyMustDoAfterEveryStep() {
    String zhangToken = Tokens.reporter(zhang, unit);
    String verifier = Tokens.verifier("王验收");
    people =
        List.of(
            new Person("responsible", zhangToken, zhang, false),
            new Person(
                "leader",
                // A leader of the organisation, bound to a unit that is not the responsible one.
                Tokens.token("leader-" + suffix, leader, unit("院领导"), "viewer"),
                leader,
                false),
            new Person("verifiers", verifier, "verifier", true),
            new Person("admins", Tokens.admin(), "admin", true));
    problem = ProblemServiceStub.problem(UUID.randomUUID());
    CloseTodoTest.problemFeedSays(problem, "problem.created", "OPEN");
    head = FeedHead.position();

    // Assigned, due in ten days, with a progress report every week.
    ticket =
        create(
                """
                {"problemIds": ["%s"], "measure": "组织专题学习，建立学习台账。",
                 "responsibleUnits": [{"name": "%s", "externalId": "OA-%s"}],
                 "responsiblePerson": "%s", "leaderInCharge": "%s", "timing": "DEADLINE",
                 "deadline": "%s", "reportEvery": "WEEK"}
                """
                    .formatted(problem, unit, suffix, zhang, leader, d0.plusDays(10)))
            .getString("id");
    expect(
        "assigned",
        List.of("ticket.created", "todo.opened START responsible"),
        "responsible OPEN START due+10");

    act(zhangToken, ticket, "start", null).then().statusCode(200);
    expect(
        "started",
        List.of("ticket.started", "todo.done START responsible", "todo.opened SUBMIT responsible"),
        "responsible DONE START due+10",
        "responsible OPEN SUBMIT due+10");

    // Names are not unique: a namesake in another unit is not shown this unit's work (0198).
    assertEquals(
        List.of(),
        list(new Person("namesake", Tokens.reporter(zhang, unit("审计处")), zhang, false), "OPEN"));

    // The ladder runs every day; the deadline comes within seven days on day 4 (临近提醒).
    for (int day = 1; day <= 3; day++) {
      ladder(day);
      expect("day " + day, List.of(), "responsible OPEN SUBMIT due+10");
    }
    ladder(4);
    expect("day 4", List.of("ticket.due_soon"), "responsible OPEN SUBMIT due+10");
    for (int day = 5; day <= 7; day++) {
      ladder(day);
      expect("day " + day, List.of(), "responsible OPEN SUBMIT due+10");
    }
    // The week's report was due on day 7: on day 8 the ladder asks for it.
    ladder(8);
    expect(
        "day 8, a progress report missed",
        List.of("todo.opened REPORT responsible"),
        "responsible OPEN SUBMIT due+10",
        "responsible OPEN REPORT due+7");

    progress(zhangToken, ticket, d0.plusDays(8), "已召开专题会议，学习台账已建立").then().statusCode(201);
    expect(
        "reported",
        List.of("ticket.progress_reported", "todo.done REPORT responsible"),
        "responsible OPEN SUBMIT due+10",
        "responsible DONE REPORT due+7");

    act(zhangToken, ticket, "submit", null).then().statusCode(200);
    expect(
        "submitted",
        List.of("ticket.submitted", "todo.done SUBMIT responsible", "todo.opened VERIFY verifiers"),
        "responsible DONE SUBMIT due+10",
        "verifiers OPEN VERIFY");

    at(9);
    act(verifier, ticket, "reject", "佐证材料不全").then().statusCode(200);
    expect(
        "rejected",
        List.of("ticket.rejected", "todo.done VERIFY verifiers", "todo.opened SUBMIT responsible"),
        "verifiers DONE VERIFY",
        "responsible OPEN SUBMIT due+10");

    String extension =
        given()
            .auth()
            .oauth2(zhangToken)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + d0.plusDays(12) + "\", \"reason\": \"需补充佐证材料\"}")
            .post("/api/v1/tickets/" + ticket + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    expect(
        "extension requested",
        List.of("ticket.extension_requested", "todo.opened DECIDE_EXTENSION verifiers"),
        "responsible OPEN SUBMIT due+10",
        "verifiers OPEN DECIDE_EXTENSION due+10");

    given()
        .auth()
        .oauth2(verifier)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"同意延期至第12日\"}")
        .post("/api/v1/extensions/" + extension + "/approve")
        .then()
        .statusCode(200);
    // The same SUBMIT to-do stays open, now due on the new deadline.
    expect(
        "extension approved",
        List.of(
            "ticket.extension_approved",
            "todo.updated SUBMIT responsible",
            "todo.done DECIDE_EXTENSION verifiers"),
        "responsible OPEN SUBMIT due+12",
        "verifiers DONE DECIDE_EXTENSION due+10");

    // The new deadline re-arms the ladder: due soon again, due today, overdue, then 督办.
    ladder(10);
    expect("day 10", List.of("ticket.due_soon"), "responsible OPEN SUBMIT due+12");
    ladder(11);
    expect("day 11", List.of(), "responsible OPEN SUBMIT due+12");
    ladder(12);
    expect("day 12", List.of("ticket.due_today"), "responsible OPEN SUBMIT due+12");
    ladder(13);
    expect("day 13, overdue", List.of("ticket.overdue"), "responsible OPEN SUBMIT due+12");
    ladder(14);
    expect("day 14", List.of(), "responsible OPEN SUBMIT due+12");
    ladder(15);
    expect(
        "day 15, overdue for three days",
        List.of("ticket.supervised", "todo.opened SUPERVISE leader"),
        "responsible OPEN SUBMIT due+12",
        "leader OPEN SUPERVISE");

    // Submitted late, it stays overdue: 督办 stays until it is verified.
    act(zhangToken, ticket, "submit", null).then().statusCode(200);
    expect(
        "submitted again",
        List.of("ticket.submitted", "todo.done SUBMIT responsible", "todo.opened VERIFY verifiers"),
        "responsible DONE SUBMIT due+12",
        "verifiers OPEN VERIFY",
        "leader OPEN SUPERVISE");
    ladder(16);
    expect(
        "day 16", List.of("ticket.supervised"), "verifiers OPEN VERIFY", "leader OPEN SUPERVISE");

    act(verifier, ticket, "verify", "验收通过").then().statusCode(200);
    expect(
        "verified",
        List.of(
            "ticket.verified",
            "todo.done SUPERVISE leader",
            "todo.done VERIFY verifiers",
            "todo.opened CLOSE admins"),
        "verifiers DONE VERIFY",
        "leader DONE SUPERVISE",
        "admins OPEN CLOSE");
    ladder(17);
    expect("day 17", List.of(), "admins OPEN CLOSE");

    CloseTodoTest.problemFeedSays(problem, "problem.closed", "CLOSED");
    expect("problem closed", List.of("todo.done CLOSE admins"), "admins DONE CLOSE");

    assertEquals(List.of(), mismatches, String.join("\n", mismatches));
  }

  /** The service's clock {@code day} days after the ticket was created. */
  private void at(int day) {
    QuarkusMock.installMockForType(
        new TodoSteps.MovedClock(Duration.ofDays(day)), OrganisationClock.class);
  }

  /** Day {@code day}: what the scheduled run does — the notices, then the to-dos time opens. */
  private void ladder(int day) {
    at(day);
    while (notices.send() > 0) {
      // other tickets may fill a batch
    }
    notices.openTimedTodos();
  }

  /**
   * Compares each person's list with {@code lines} ("label OPEN|DONE KIND [due+N]": every open
   * to-do, and the done ones that were open before this step) and the feed since the last step with
   * {@code events}. The to-dos one change closes are told in the order they were opened.
   */
  private void expect(String step, List<String> events, String... lines) {
    Set<String> seen = new TreeSet<>();
    for (Person p : people) {
      for (Map<String, Object> t : list(p, "OPEN")) {
        if (mine(p, t) && !seen.add(line(p, t))) {
          mismatches.add(step + ": two open " + line(p, t));
        }
      }
      Set<String> done = doneBefore.computeIfAbsent(p.label(), k -> new HashSet<>());
      for (Map<String, Object> t : list(p, "DONE")) {
        if (mine(p, t) && done.add((String) t.get("id"))) {
          seen.add(line(p, t));
        }
      }
    }
    Set<String> want = new TreeSet<>(List.of(lines));
    if (!want.equals(seen)) {
      mismatches.add(step + ": to-dos " + seen + ", expected " + want);
    }
    List<String> told = feed();
    if (!told.equals(events)) {
      mismatches.add(step + ": feed " + told + ", expected " + events);
    }
  }

  /**
   * A person's list is entirely this ticket's (their names are their own); the roles' lists hold
   * every ticket's, of which this ticket's and its problem's count.
   */
  private boolean mine(Person p, Map<String, Object> t) {
    boolean ours =
        ticket.equals(t.get("ticketId"))
            || (t.get("ticketId") == null && problem.toString().equals(t.get("problemId")));
    if (!p.role() && !ours) {
      mismatches.add(p.label() + " has a to-do of another ticket: " + t);
    }
    return ours;
  }

  private String line(Person p, Map<String, Object> t) {
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) t.get("assignee");
    assertEquals(p.assignee(), a.get("name"), "the assignee filter");
    Object due = t.get("dueDate");
    return p.label()
        + " "
        + t.get("status")
        + " "
        + t.get("kind")
        + (due == null ? "" : " due+" + ChronoUnit.DAYS.between(d0, LocalDate.parse((String) due)));
  }

  private static List<Map<String, Object>> list(Person p, String status) {
    return TodoFixtures.todos(p.token(), "assignee", p.assignee(), "status", status);
  }

  /** The feed since the last step: this ticket's events and the to-dos of it and its problem. */
  private List<String> feed() {
    List<Map<String, Object>> events = TodoFixtures.eventsSince(head);
    Map<String, String> labels = new LinkedHashMap<>();
    for (Person p : people) {
      labels.put(p.assignee(), p.label());
    }
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      head = Math.max(head, ((Number) e.get("position")).longValue());
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) e.get("data");
      if ("ticket".equals(e.get("resourceType")) && ticket.equals(e.get("resourceId"))) {
        out.add((String) e.get("type"));
      } else if ("todo".equals(e.get("resourceType"))
          && (ticket.equals(data.get("ticketId"))
              || (data.get("ticketId") == null
                  && problem.toString().equals(data.get("problemId"))))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) data.get("assignee");
        out.add(e.get("type") + " " + data.get("kind") + " " + labels.get(a.get("name")));
        String status = (String) data.get("status");
        assertTrue(
            e.get("type").equals("todo.done") != "OPEN".equals(status),
            "the event tells the to-do as it became: " + e);
      }
    }
    return out;
  }
}
