package org.bihuan.e2e;

import static org.bihuan.e2e.Scenario.ADMIN;
import static org.bihuan.e2e.Scenario.REPORTER;
import static org.bihuan.e2e.Scenario.RESPONSIBLE;
import static org.bihuan.e2e.Scenario.VERIFIER;
import static org.bihuan.e2e.Scenario.VIEWER;
import static org.bihuan.e2e.Scenario.await;
import static org.bihuan.e2e.Scenario.unchecked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bihuan.client.problem.model.ImportAnswer;
import org.bihuan.client.problem.model.ProblemView;
import org.bihuan.client.problem.model.SourceView;
import org.bihuan.client.rectification.ApiException;
import org.bihuan.client.rectification.api.TicketsApi;
import org.bihuan.client.rectification.model.CommentInput;
import org.bihuan.client.rectification.model.EvidenceView;
import org.bihuan.client.rectification.model.HistoryView;
import org.bihuan.client.rectification.model.ProgressInput;
import org.bihuan.client.rectification.model.ReasonInput;
import org.bihuan.client.rectification.model.TicketStatus;
import org.bihuan.client.rectification.model.TicketView;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A problem found in a real document, run through the whole closed loop to 销号. */
@ExtendWith(Services.class)
class ClosedLoopTest {

  private final Clients clients;

  ClosedLoopTest(Services services) {
    this.clients = new Clients(services);
  }

  @Test
  void anImportedProblemIsRectifiedVerifiedClosedAndReported(Services services, @TempDir Path dir)
      throws Exception {
    SourceView source = Scenario.source(clients, "2023年主题教育民主生活会");
    String document =
        Files.readString(
            Path.of(System.getProperty("bihuan.e2e.root", "../.."))
                .resolve("seeds/000_8f0d50df8473947d.txt"),
            StandardCharsets.UTF_8);

    ImportAnswer imported =
        clients
            .sources(ADMIN)
            .importDocument(source.getId(), document, null, null, null, null, null, null);
    assertEquals(11, imported.getProblems().size(), "problems imported from the seed document");
    UUID problemId = imported.getProblems().get(0).getId();
    ProblemView problem = clients.problems(VIEWER).getProblem(problemId, null);
    assertEquals("OPEN", problem.getStatus().getValue());
    assertTrue(problem.getTitle().length() > 0);

    TicketsApi asReporter = clients.tickets(REPORTER);
    TicketsApi asVerifier = clients.tickets(VERIFIER);
    TicketView ticket =
        asReporter.createTicket(Scenario.ticketFor(problemId, "组织专题学习，每月集中学习不少于一次"), null);
    assertEquals(TicketStatus.ASSIGNED, ticket.getStatus());
    assertEquals(List.of(source.getId()), ticket.getSourceIds());
    UUID id = ticket.getId();
    await(
        "problem-service sees the ticket (RECTIFYING)",
        Duration.ofSeconds(10),
        () ->
            "RECTIFYING"
                .equals(
                    unchecked(() -> clients.problems(VIEWER).getProblem(problemId, null))
                        .getStatus()
                        .getValue()));

    ticket = asReporter.startTicket(id, null, null, new CommentInput().comment("开始整改"));
    assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
    asReporter.reportProgress(
        id, new ProgressInput().date(Scenario.today()).note("已召开两次专题学习会").percent(60), null, null);
    // The generated client builds multipart bodies with httpmime in its strict mode, which turns
    // Chinese in the file name and in the description part into "????"; it uploads an ASCII file
    // name and description, and a Chinese one goes by java.net.http to check the service.
    Path evidence = dir.resolve("minutes.txt");
    Files.writeString(evidence, "专题学习会议记录：出席 23 人。", StandardCharsets.UTF_8);
    EvidenceView file =
        asReporter.addEvidence(id, evidence.toFile(), null, null, "minutes of the study session");
    assertEquals(Files.size(evidence), file.getSize());
    assertEquals("minutes of the study session", file.getDescription());
    byte[] photo = "整改前后对比照片".getBytes(StandardCharsets.UTF_8);
    java.net.http.HttpResponse<String> uploaded =
        clients.uploadEvidence(REPORTER, id, "整改照片.txt", photo, "整改前后对比");
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    assertEquals(
        "整改照片.txt",
        Clients.JSON.readTree(uploaded.body()).path("filename").asText(),
        "the Chinese file name kept");
    assertEquals(
        "整改前后对比",
        Clients.JSON.readTree(uploaded.body()).path("description").asText(),
        "the Chinese description kept");
    assertEquals(2, clients.tickets(VIEWER).listEvidence(id, null, 50, null).getItems().size());

    ticket = asReporter.submitTicket(id, null, null, new CommentInput().comment("申请销号"));
    assertEquals(TicketStatus.SUBMITTED, ticket.getStatus());
    ticket = asVerifier.rejectTicket(id, new ReasonInput().comment("佐证材料不全"), null, null);
    assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
    ticket = asReporter.submitTicket(id, null, null, new CommentInput().comment("已补充材料"));
    assertEquals(TicketStatus.SUBMITTED, ticket.getStatus());

    // The responsible person may not verify their own ticket, even holding the verifier role.
    TicketsApi responsibleAsVerifier =
        clients.tickets(Tokens.token("zhangsan", RESPONSIBLE, null, "verifier"));
    ApiException refused =
        assertThrows(
            ApiException.class,
            () ->
                responsibleAsVerifier.verifyTicket(
                    id, new ReasonInput().comment("自己验收"), null, null));
    assertTrue(
        refused.getCode() == 403 || refused.getCode() == 409,
        "verify by the responsible person answered " + refused.getCode());

    ticket = asVerifier.verifyTicket(id, new ReasonInput().comment("验收通过"), null, null);
    assertEquals(TicketStatus.VERIFIED, ticket.getStatus());
    List<HistoryView> history =
        clients.tickets(VIEWER).ticketHistory(id, null, 50, null).getItems();
    assertTrue(
        history.stream()
            .anyMatch(h -> "李四".equals(h.getActorName()) && "verify".equals(h.getAction())),
        "the verification is recorded with who did it: " + history);
    // Progress and evidence are recorded too (their from and to are the same state).
    List<String> path =
        history.stream()
            .filter(h -> h.getFrom() != h.getTo())
            .map(HistoryView::getTo)
            .map(String::valueOf)
            .toList();
    assertEquals(
        List.of("ASSIGNED", "IN_PROGRESS", "SUBMITTED", "IN_PROGRESS", "SUBMITTED", "VERIFIED"),
        path,
        "the recorded history");

    ProblemView closed = clients.problems(ADMIN).closeProblem(problemId, null, null);
    assertEquals("CLOSED", closed.getStatus().getValue());

    Duration seen =
        await(
            "report-service shows the verified ticket and the closed problem",
            Duration.ofSeconds(10),
            () -> {
              Clients.Summary s = clients.summary(VIEWER, source.getId().toString());
              return s.problems().getTotal() == 11
                  && s.problems().getClosed() == 1
                  && s.tickets().getVerified() == 1
                  && s.byStatus("VERIFIED") == 1;
            });
    Clients.Summary s = clients.summary(VIEWER, source.getId().toString());
    // report-service rounds rates to four decimals.
    assertEquals(1.0 / 11, s.problems().getClosureRate(), 5e-5);
    assertEquals(1.0, s.tickets().getCompletionRate(), 1e-9);
    System.out.printf(
        "[e2e] closed loop: report showed the closed problem %d ms after the close%n",
        seen.toMillis());
  }

  @Test
  void aPlanImportedWithTicketsCarriesEveryPartyOfEachMeasure() throws Exception {
    SourceView source = Scenario.source(clients, "2024年巡察反馈问题整改方案");
    String plan =
        """
        党委办公室巡察反馈问题整改方案
        一、制度执行方面
        （一）会议记录不规范
        存在问题：部分支部会议记录要素不全。
        整改措施：制定会议记录模板，逐月检查。
        责任领导：王书记 责任单位：党委办公室 配合单位：纪检监察室、组织人事部 责任人：张三 整改时限：2030年6月30日
        """;
    ImportAnswer imported =
        clients
            .sources(ADMIN)
            .importDocument(source.getId(), plan, true, null, null, null, null, null);
    assertEquals(1, imported.getProblems().size(), "problems imported");
    assertEquals(1, imported.getTickets().getCreated().size(), "tickets created: " + imported);
    UUID ticketId = imported.getTickets().getCreated().get(0).getTicketId();
    TicketView ticket = clients.tickets(VIEWER).getTicket(ticketId, null);
    assertEquals(
        List.of("党委办公室"), ticket.getResponsibleUnits().stream().map(u -> u.getName()).toList());
    assertEquals(
        List.of("纪检监察室", "组织人事部"),
        ticket.getCoResponsibleUnits().stream().map(u -> u.getName()).toList(),
        "the 配合单位 of the measure are the ticket's co-responsible units");
    assertEquals("张三", ticket.getResponsiblePerson());
    assertEquals("王书记", ticket.getLeaderInCharge());
    assertEquals(java.time.LocalDate.of(2030, 6, 30), ticket.getDeadline());
    assertEquals(List.of(source.getId()), ticket.getSourceIds());
  }
}
