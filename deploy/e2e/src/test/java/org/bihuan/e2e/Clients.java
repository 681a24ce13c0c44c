package org.bihuan.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.bihuan.client.problem.api.ProblemsApi;
import org.bihuan.client.problem.api.SourcesApi;
import org.bihuan.client.rectification.api.TicketsApi;
import org.bihuan.client.rectification.api.WebhooksApi;
import org.bihuan.client.report.api.ReportsApi;
import org.bihuan.client.report.model.ProblemFigures;
import org.bihuan.client.report.model.SummaryView;
import org.bihuan.client.report.model.TicketFigures;
import org.bihuan.e2e.Services.Service;

/**
 * The generated clients, each bound to one service and one caller's token, plus the few calls the
 * generated clients cannot make.
 */
final class Clients {

  static final ObjectMapper JSON = org.bihuan.client.report.ApiClient.createDefaultObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Services services;

  Clients(Services services) {
    this.services = services;
  }

  SourcesApi sources(String token) {
    return new SourcesApi(problemClient(token));
  }

  ProblemsApi problems(String token) {
    return new ProblemsApi(problemClient(token));
  }

  TicketsApi tickets(String token) {
    return new TicketsApi(rectificationClient(token));
  }

  WebhooksApi rectificationWebhooks(String token) {
    return new WebhooksApi(rectificationClient(token));
  }

  ReportsApi reports(String token) {
    org.bihuan.client.report.ApiClient c = new org.bihuan.client.report.ApiClient();
    c.updateBaseUri(services.url(Service.REPORT));
    c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    c.setReadTimeout(Duration.ofSeconds(10));
    return new ReportsApi(c);
  }

  private org.bihuan.client.problem.ApiClient problemClient(String token) {
    org.bihuan.client.problem.ApiClient c = new org.bihuan.client.problem.ApiClient();
    c.updateBaseUri(services.url(Service.PROBLEM));
    c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    c.setReadTimeout(Duration.ofSeconds(30));
    return c;
  }

  private org.bihuan.client.rectification.ApiClient rectificationClient(String token) {
    org.bihuan.client.rectification.ApiClient c = new org.bihuan.client.rectification.ApiClient();
    c.updateBaseUri(services.url(Service.RECTIFICATION));
    c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    c.setReadTimeout(Duration.ofSeconds(30));
    return c;
  }

  /** The summary as report-service answers it (GET /api/v1/reports/summary). */
  record Summary(OffsetDateTime asOf, ProblemFigures problems, TicketFigures tickets) {
    long byStatus(String status) {
      Long n = tickets.getByStatus().get(status);
      return n == null ? 0 : n;
    }
  }

  Summary summary(String token, String sourceId) {
    try {
      SummaryView v =
          reports(token)
              .reportSummary(
                  null,
                  sourceId == null ? null : java.util.UUID.fromString(sourceId),
                  null,
                  null,
                  null);
      return new Summary(v.getAsOf(), v.getProblems(), v.getTickets());
    } catch (org.bihuan.client.report.ApiException e) {
      throw new AssertionError("summary answered " + e.getCode() + ": " + e.getResponseBody(), e);
    }
  }

  /**
   * POST /api/v1/tickets/{id}/evidence as multipart/form-data with a UTF-8 file name (RFC 7578),
   * which the generated client cannot send (see the caller).
   */
  HttpResponse<String> uploadEvidence(
      String token, java.util.UUID ticketId, String filename, byte[] content, String description) {
    String boundary = "e2e" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"description\"\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            + description
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: text/plain\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(
                URI.create(
                    services.url(Service.RECTIFICATION)
                        + "/api/v1/tickets/"
                        + ticketId
                        + "/evidence"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
