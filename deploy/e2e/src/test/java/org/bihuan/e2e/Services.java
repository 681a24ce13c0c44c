package org.bihuan.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bihuan.testing.RealPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the three packaged services ({@code <svc>/target/quarkus-app/quarkus-run.jar}) as real
 * processes on free ports, each with a fresh database on a real PostgreSQL, once for the whole test
 * run, and stops them when the run ends. Test classes get the running set as a {@link Services}
 * parameter. Each service's output goes to {@code target/e2e-logs/<svc>.log}.
 */
public final class Services implements BeforeAllCallback, ParameterResolver {

  /** The three services, with the name of their database and module. */
  public enum Service {
    PROBLEM("problem-service"),
    RECTIFICATION("rectification-service"),
    REPORT("report-service");

    final String module;

    Service(String module) {
      this.module = module;
    }
  }

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path root = Path.of(System.getProperty("bihuan.e2e.root", "../..")).normalize();
  private final Path logs =
      Path.of(System.getProperty("bihuan.e2e.logs", "target/e2e-logs")).toAbsolutePath();
  private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
  private final Map<Service, String> databases = new EnumMap<>(Service.class);
  private final Map<Service, Process> processes = new EnumMap<>(Service.class);
  private final Map<Service, Integer> starts = new EnumMap<>(Service.class);
  private Path publicKey;
  private Path serviceKeys;
  private String adminUrl;

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Services.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running(context);
  }

  /** One running set per test run, kept in the root store, which closes it at the end. */
  private static Services running(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(Namespace.create(Services.class))
        .getOrComputeIfAbsent(Running.class, k -> new Running(Services.startAll()), Running.class)
        .services;
  }

  private record Running(Services services) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      services.stopAll();
    }
  }

  private static Services startAll() {
    Services s = new Services();
    s.prepare();
    for (Service svc : Service.values()) {
      s.launch(svc);
    }
    for (Service svc : Service.values()) {
      s.awaitReady(svc);
    }
    return s;
  }

  public String url(Service svc) {
    return "http://localhost:" + ports.get(svc);
  }

  /** Stops one service (as an operator would: SIGTERM, then wait for the process to end). */
  public void stop(Service svc) {
    Process p = processes.remove(svc);
    if (p == null) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts a stopped service again on the same port and database; returns when it is ready. */
  public void start(Service svc) {
    launch(svc);
    awaitReady(svc);
  }

  private void prepare() {
    for (Service svc : Service.values()) {
      Path jar = jar(svc);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar
                + " is missing: package the services first (./mvnw -B package -DskipTests), or"
                + " run ./mvnw -B -pl deploy/e2e -am verify");
      }
    }
    try {
      Files.createDirectories(logs);
      Path keys = Files.createTempDirectory("bihuan-e2e-keys");
      publicKey = copyResource("/test-keys/public.pem", keys.resolve("public.pem"));
      // Each service signs its own service tokens; the folder of public keys is shared.
      serviceKeys = Files.createDirectories(keys.resolve("services"));
      for (Service svc : Service.values()) {
        copyResource(
            "/test-keys/services/" + svc.module + ".pem", serviceKeys.resolve(svc.module + ".pem"));
        copyResource(
            "/test-keys/services/" + svc.module + ".private.pem",
            keys.resolve(svc.module + ".private.pem"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    adminUrl = RealPostgres.adminUrl();
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    for (Service svc : Service.values()) {
      String db = "e2e_" + run + "_" + svc.name().toLowerCase();
      execute(adminUrl, "create database " + db + " encoding 'UTF8' template template0");
      databases.put(svc, db);
      ports.put(svc, freePort());
    }
  }

  private Path jar(Service svc) {
    return root.resolve(svc.module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  private void launch(Service svc) {
    int n = starts.merge(svc, 1, Integer::sum);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx384m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Dquarkus.http.port=" + ports.get(svc));
    cmd.add(
        "-Dquarkus.datasource.jdbc.url=" + RealPostgres.withDatabase(adminUrl, databases.get(svc)));
    cmd.add("-Dmp.jwt.verify.publickey.location=" + publicKey);
    cmd.add("-Dmp.jwt.verify.issuer=bihuan-local");
    cmd.add("-Dbihuan.service-token.public-keys=" + serviceKeys);
    // the tests' webhook receivers listen on 127.0.0.1, which a deployed service refuses (0234)
    cmd.add("-Dbihuan.webhooks.allow-local-targets=true");
    cmd.add(
        "-Dbihuan.service-token.key.location="
            + serviceKeys.resolveSibling(svc.module + ".private.pem"));
    cmd.add("-Dquarkus.rest-client.problems.url=" + url(Service.PROBLEM));
    cmd.add("-Dquarkus.rest-client.problem-feed.url=" + url(Service.PROBLEM));
    cmd.add("-Dquarkus.rest-client.rectification.url=" + url(Service.RECTIFICATION));
    cmd.add("-Dquarkus.rest-client.rectification-feed.url=" + url(Service.RECTIFICATION));
    // Feed followers back off up to 30 s by default while an upstream is down; the outage test
    // wants them back within seconds after the upstream returns.
    cmd.add("-Dreport.feed.backoff-max=PT2S");
    cmd.add("-Dbihuan.rectification-feed.backoff-max=PT2S");
    cmd.add("-Dbihuan.problem-feed.backoff-max=PT2S");
    cmd.add("-jar");
    cmd.add(jar(svc).toString());
    Path log = logs.resolve(svc.module + (n > 1 ? "-" + n : "") + ".log");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(root.resolve(svc.module).toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      processes.put(svc, p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + svc.module, e);
    }
  }

  private void awaitReady(Service svc) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    URI ready = URI.create(url(svc) + "/q/health/ready");
    while (true) {
      Process p = processes.get(svc);
      if (!p.isAlive()) {
        throw new IllegalStateException(
            svc.module + " stopped while starting (exit " + p.exitValue() + ")" + tail(svc));
      }
      try {
        HttpResponse<Void> r =
            HTTP.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            svc.module + " was not ready after " + READY_TIMEOUT.toSeconds() + " s" + tail(svc));
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String tail(Service svc) {
    int n = starts.getOrDefault(svc, 1);
    Path log = logs.resolve(svc.module + (n > 1 ? "-" + n : "") + ".log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "; the end of "
          + log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "; no log at " + log;
    }
  }

  private void stopAll() {
    for (Service svc : Service.values()) {
      stop(svc);
    }
    for (String db : databases.values()) {
      try {
        execute(adminUrl, "drop database if exists " + db + " with (force)");
      } catch (RuntimeException e) {
        // A leftover database is harmless; the run has finished.
      }
    }
  }

  private static Path copyResource(String name, Path target) throws IOException {
    try (InputStream in = Services.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test classpath (platform-testing)");
      }
      Files.copy(in, target);
    }
    return target;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL refused: " + sql + " (" + e.getMessage() + ")", e);
    }
  }
}
