package org.bihuan.problem.importing;

import java.util.List;

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
    List<String> warnings) {}
