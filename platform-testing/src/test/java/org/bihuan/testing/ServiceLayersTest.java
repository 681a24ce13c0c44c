package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service's inner packages never depend on its HTTP layer: no class in {@code service/}, {@code
 * importing/}, {@code client/} or {@code mapping/} (or below them) imports the service's {@code
 * rest} package or names a class of it by its full name. Views and inputs that the inner packages
 * build or read live in {@code mapping/}, and they in turn never depend on the service's rules: no
 * class in {@code mapping/} imports {@code service/} (a constant or a type both need lives with the
 * entity or in {@code mapping/}). The main source tree of each service is read as text, from this
 * module's folder.
 */
class ServiceLayersTest {

  private static final List<String> INNER = List.of("service", "importing", "client", "mapping");

  static List<String> services() {
    return List.of(
        "problem-service:problem", "rectification-service:rectification", "report-service:report");
  }

  @ParameterizedTest
  @MethodSource("services")
  void innerPackagesDoNotImportTheRestPackage(String serviceAndPackage) throws IOException {
    assertNoReferences(serviceAndPackage, INNER, "rest");
  }

  @ParameterizedTest
  @MethodSource("services")
  void mappingDoesNotImportTheServicePackage(String serviceAndPackage) throws IOException {
    assertNoReferences(serviceAndPackage, List.of("mapping"), "service");
  }

  /** No class below the {@code inner} packages of a service imports or names its {@code layer}. */
  private static void assertNoReferences(String serviceAndPackage, List<String> inner, String layer)
      throws IOException {
    String service = serviceAndPackage.substring(0, serviceAndPackage.indexOf(':'));
    String name = serviceAndPackage.substring(serviceAndPackage.indexOf(':') + 1);
    Path sources = Path.of("..", service, "src", "main", "java");
    Path base = sources.resolve(Path.of("org", "bihuan", name));
    assertTrue(Files.isDirectory(base.resolve(layer)), "no " + layer + " package in " + base);
    Pattern referenced =
        Pattern.compile(
            "\\borg\\.bihuan\\."
                + Pattern.quote(name)
                + "\\."
                + Pattern.quote(layer)
                + "(\\.|;|\\s|$)");
    List<String> offending = new ArrayList<>();
    int read = 0;
    for (String folderName : inner) {
      Path folder = base.resolve(folderName);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          read++;
          offending.addAll(references(sources, file, referenced));
        }
      }
    }
    assertTrue(read > 0, "no classes read below " + base + " " + inner);
    assertEquals(List.of(), offending, service + ": " + inner + " that import " + layer + "/");
  }

  /** The lines of one file that import or name the package, outside comments. */
  private static List<String> references(Path sources, Path file, Pattern rest) throws IOException {
    List<String> found = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
        continue;
      }
      if (rest.matcher(line).find()) {
        found.add(sources.relativize(file) + ":" + (i + 1) + " " + line);
      }
    }
    return found;
  }
}
