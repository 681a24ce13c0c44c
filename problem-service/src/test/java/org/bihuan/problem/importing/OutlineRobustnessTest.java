package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser never throws, whatever part of a real document it gets: every document of the test
 * resources and of the accuracy corpus, cut after each line, without each line, and with each line
 * doubled. (An exception here would be a 500 from the import endpoint.)
 */
class OutlineRobustnessTest {

  static Stream<Path> documents() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path folder :
        List.of(
            Path.of("src/test/resources/documents"), Path.of("../bench/import-accuracy/corpus"))) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          files
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".paragraphs"))
              .sorted()
              .forEach(all::add);
        }
      }
    }
    assertTrue(all.size() >= 5, "the documents are where this test expects them");
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyCutAndEveryMissingOrDoubledLineIsReadWithoutFailing(Path document) throws IOException {
    List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
    OutlineParser parser = new OutlineParser();
    for (int i = 0; i < lines.size(); i++) {
      String cut = String.join("\n", lines.subList(0, i + 1));
      List<String> without = new ArrayList<>(lines);
      without.remove(i);
      List<String> doubled = new ArrayList<>(lines);
      doubled.add(i, lines.get(i));
      for (String text : List.of(cut, String.join("\n", without), String.join("\n", doubled))) {
        assertDoesNotThrow(() -> parser.parse(text), () -> document + " line " + (lines.size()));
      }
    }
  }
}
