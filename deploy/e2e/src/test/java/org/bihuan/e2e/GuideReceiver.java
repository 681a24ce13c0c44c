package org.bihuan.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.testing.IntegrationGuide;

/** The webhook receiver docs/integration.md gives in Java, run as a reader of the guide runs it. */
final class GuideReceiver {

  private GuideReceiver() {}

  /** The ```java block of the guide, listening on another port than 9000 if need be. */
  static String source() throws IOException {
    Matcher m =
        Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(IntegrationGuide.text());
    assertTrue(m.find(), "the guide has a Java receiver");
    String source = m.group(1);
    assertTrue(source.contains("new InetSocketAddress(9000)"), "the receiver listens on 9000");
    return source;
  }

  /**
   * Runs the guide's receiver as the guide implies: java Receiver.java with WEBHOOK_SECRET; the
   * process is added to {@code started} before it listens, so that a caller stops it either way.
   */
  static Process start(String source, int port, String secret, List<Process> started)
      throws Exception {
    Path dir = Files.createTempDirectory("guide-receiver");
    Path file = dir.resolve("Receiver.java");
    Files.writeString(
        file, source.replace("new InetSocketAddress(9000)", "new InetSocketAddress(" + port + ")"));
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("receiver.log").toFile());
    pb.environment().put("WEBHOOK_SECRET", secret);
    Process p = pb.start();
    started.add(p);
    // As an integrator would, the walk goes on once the receiver listens: `java Receiver.java`
    // compiles first, which takes seconds on a loaded machine, and a delivery refused meanwhile is
    // retried only minutes later.
    long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      try (java.net.Socket s = new java.net.Socket("localhost", port)) {
        return p;
      } catch (IOException notYet) {
        if (!p.isAlive() || System.nanoTime() > until) {
          fail(
              "the guide's receiver did not listen on "
                  + port
                  + ": "
                  + Files.readString(dir.resolve("receiver.log")));
        }
        Thread.sleep(200);
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
