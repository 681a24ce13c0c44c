package org.bihuan.problem.importing;

/** One root cause of 原因分析, e.g. title 理论学习不够深入 with the sentences that follow it. */
public record ParsedCause(String title, String description) {}
