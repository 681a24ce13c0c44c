package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.WordFormsAsPdf;

/**
 * The Word documents of decision 0379 printed to PDF, as {@link WordFormsAsPdf} draws them for the
 * tests: {@code forms-page-each}, {@code forms-one-page} (整改任务书 forms), {@code measures-by-number}
 * (a measures table keyed by 问题序号) or {@code plan-pages} (a body line starting two pages).
 */
public final class WordFormsAsPdfDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return switch (arguments.get(0)) {
      case "forms-page-each" -> WordFormsAsPdf.formsPdfPageEach();
      case "forms-one-page" -> WordFormsAsPdf.formsPdfOnePage();
      case "measures-by-number" -> WordFormsAsPdf.measuresByNumberPdf();
      case "plan-pages" -> ChinesePdf.of(WordFormsAsPdf.planPages());
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
