package org.bihuan.platform.auth;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {
  public static final String VIEWER = "viewer";
  public static final String REPORTER = "reporter";
  public static final String VERIFIER = "verifier";
  public static final String ADMIN = "admin";

  private Roles() {}
}
