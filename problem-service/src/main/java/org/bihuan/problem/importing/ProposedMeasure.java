package org.bihuan.problem.importing;

/** A measure group of a self-examination's 整改措施 section, e.g. 永葆对党忠诚本色 and its text. */
public record ProposedMeasure(String title, String description) {}
