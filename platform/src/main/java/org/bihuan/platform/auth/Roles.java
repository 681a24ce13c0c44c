package org.bihuan.platform.auth;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {
  public static final String VIEWER = "viewer";
  public static final String REPORTER = "reporter";
  public static final String VERIFIER = "verifier";
  public static final String ADMIN = "admin";

  /**
   * The one role of a service token (signed by a calling service's own key, see {@link
   * TokenPolicy}). It implies no other role: it opens only what a service reads outside a user's
   * request, the change feed and, on problem-service, one problem ({@code GET
   * /api/v1/problems/{id}}, for rectification-service's recheck of a ticket's problems), and on
   * rectification-service the OA directory (组织架构), which an OA org sync job configured as a trusted
   * caller writes (docs/decisions/0204). Each such route also names which service callers it opens
   * to ({@link ServiceCallers}, docs/decisions/0217).
   */
  public static final String SERVICE = "service";

  private Roles() {}
}
