package org.bihuan.problem.importing;

import java.util.List;

/**
 * One problem of a document, e.g. title 理论学习方面 under path [（一）…的6个方面], and where in the file it
 * came from (null when not known).
 */
public record ParsedProblem(
    String title,
    String description,
    List<String> categoryPath,
    List<ParsedMeasure> measures,
    Origin origin) {

  public ParsedProblem(
      String title, String description, List<String> categoryPath, List<ParsedMeasure> measures) {
    this(title, description, categoryPath, measures, null);
  }
}
