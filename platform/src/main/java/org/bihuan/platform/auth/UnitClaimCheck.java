package org.bihuan.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token whose {@code unit} claim is present but blank, JSON null or not a string is refused on
 * every request, before any resource runs: not only where a rule happens to ask for the caller's
 * unit (docs/decisions/0092, 0185, fail closed). A blank unit would otherwise read as "the whole
 * organisation" wherever it is not asked for.
 *
 * <p>The rule is {@link CurrentUser#unit}'s, asked of the identity's token directly: the request
 * scoped {@code CurrentUser} is not built for a request that does not otherwise need it
 * (docs/decisions/0286).
 */
public class UnitClaimCheck {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken jwt;
  @Inject VerifiedTokenCache tokens;

  /**
   * Whether this filter lets a request of a token with these {@code claims} through: asked before
   * Quarkus REST, where a token it would refuse goes the normal way to be refused here
   * (docs/decisions/0302). The claims are the ones the token cache read for the token
   * (docs/decisions/0383).
   */
  static boolean admits(TokenClaims claims) {
    try {
      CurrentUser.unitOf(claims);
      return true;
    } catch (ApiProblem refused) {
      return false;
    }
  }

  @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
  public void refuseABlankUnit() {
    if (!identity.isAnonymous()) {
      // 403 problem+json when the claim is present but unusable
      // (the claims as the token cache read them once for the token, docs/decisions/0383)
      CurrentUser.unitOf(
          tokens.claimsOf(identity.getPrincipal() instanceof JsonWebToken token ? token : jwt));
    }
  }
}
