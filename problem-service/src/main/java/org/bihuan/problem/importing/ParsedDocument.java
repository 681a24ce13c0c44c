package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What {@link OutlineParser} found in a document: the problems (with their category path and, in
 * the rectification-plan genre, their measures), the causes of 原因分析, the measure groups of the
 * self-examination genre's 整改措施 section (not tied to one problem), and warnings about text it could
 * not place.
 */
public record ParsedDocument(
    List<ParsedProblem> problems,
    List<ParsedCause> causes,
    List<ProposedMeasure> proposedMeasures,
    List<String> warnings) {

  /**
   * This document with {@code rewrite} applied to every measure: the problems' measures and the
   * duty lines of the proposed measures. A problem or proposed measure whose measures {@code
   * rewrite} answers unchanged (the same object) is kept as it was, and so is the document.
   */
  ParsedDocument mapMeasures(UnaryOperator<ParsedMeasure> rewrite) {
    boolean any = false;
    List<ParsedProblem> problems = new ArrayList<>(problems().size());
    for (ParsedProblem p : problems()) {
      List<ParsedMeasure> measures = new ArrayList<>(p.measures().size());
      boolean changed = false;
      for (ParsedMeasure m : p.measures()) {
        ParsedMeasure r = rewrite.apply(m);
        changed |= r != m;
        measures.add(r);
      }
      any |= changed;
      problems.add(
          changed
              ? new ParsedProblem(
                  p.title(), p.description(), p.categoryPath(), List.copyOf(measures), p.origin())
              : p);
    }
    List<ProposedMeasure> proposed = new ArrayList<>(proposedMeasures().size());
    for (ProposedMeasure m : proposedMeasures()) {
      ParsedMeasure d = m.duties() == null ? null : rewrite.apply(m.duties());
      any |= d != m.duties();
      proposed.add(d == m.duties() ? m : new ProposedMeasure(m.title(), m.description(), d));
    }
    if (!any) {
      return this;
    }
    return new ParsedDocument(List.copyOf(problems), causes(), List.copyOf(proposed), warnings());
  }

  /** This document with {@code added} after its warnings. */
  ParsedDocument warned(List<String> added) {
    if (added.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(warnings());
    all.addAll(added);
    return new ParsedDocument(problems(), causes(), proposedMeasures(), List.copyOf(all));
  }
}
