package org.bihuan.platform.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Whether the caller of a request certainly passes authentication and a route's {@code
 * RolesAllowed}, judged without Quarkus's security: for the answers given before Quarkus REST
 * (docs/decisions/0302). Every rule is asked of the class that holds it for the normal way — one
 * {@code Authorization} header ({@link OneCredential}), a bearer token this instance has verified
 * and that has not expired ({@link VerifiedTokenCache}), the roles it implies ({@link
 * RoleHierarchy}), a usable unit claim ({@link UnitClaimCheck}) — and a caller it is not sure of
 * (any other header, a token not verified here or expired, a role too low, a service token, whose
 * caller {@link ServiceCallerCheck} judges) is answered false: such a request goes the normal way,
 * which verifies, refuses or admits it. The product has no revocation of tokens nor directory
 * disabling of users that authentication honours: a verified token is good until its {@code exp}.
 */
@ApplicationScoped
public class KnownCallers {

  /** The scheme the JWT mechanism reads (RFC 6750 2.1), as clients send it. */
  private static final String BEARER = "Bearer ";

  @Inject VerifiedTokenCache tokens;

  /**
   * True when the request with these {@code Authorization} headers is certainly admitted to a route
   * that allows {@code allowed}; false when the normal way must judge it.
   */
  public boolean admitted(List<String> authorization, String... allowed) {
    if (authorization == null
        || authorization.size() != 1
        || OneCredential.refuses(authorization)
        || !authorization.get(0).startsWith(BEARER)) {
      return false;
    }
    JsonWebToken jwt = tokens.verifiedBefore(authorization.get(0).substring(BEARER.length()));
    if (jwt == null) {
      return false;
    }
    Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    return !groups.contains(Roles.SERVICE)
        && RoleHierarchy.holdsAny(groups, allowed)
        && UnitClaimCheck.admits(tokens.claimsOf(jwt));
  }
}
