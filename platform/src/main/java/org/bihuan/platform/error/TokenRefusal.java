package org.bihuan.platform.error;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Instant;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Why a bearer token was refused, in words its sender acts on: an expired token needs a new one,
 * but a wrong audience or a clock ahead of ours needs a change at the identity provider, and a
 * token without exp or iat is refused whatever its age.
 */
final class TokenRefusal {

  private TokenRefusal() {}

  /** The reason found in the refusal's causes, or a general one for a token that is not valid. */
  static String why(Throwable refusal) {
    for (Throwable c = refusal; c != null; c = c.getCause()) {
      if (c instanceof InvalidJwtException jwt) {
        return why(jwt);
      }
      if (c instanceof ParseException p
          && p.getCause() == null
          && p.getMessage() != null
          && !p.getMessage().startsWith("SRJWT")) {
        // this product's own rules (audience of a service token, iat in the future) say it so
        return p.getMessage() + ".";
      }
    }
    return "The bearer token is not valid here: it is not a JWT signed with a key this service"
        + " trusts, or it breaks the rules in docs/integration.md (iss, aud bihuan, exp, iat).";
  }

  private static String why(InvalidJwtException jwt) {
    if (jwt.hasExpired()) {
      String at = "";
      try {
        at =
            " at "
                + Instant.ofEpochSecond(
                    jwt.getJwtContext().getJwtClaims().getExpirationTime().getValue());
      } catch (Exception unknown) {
        // the time is only a courtesy
      }
      return "The token expired" + at + " (exp); get a new token from the identity provider.";
    }
    if (jwt.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
      return "The token has no exp (expiry) claim; tokens must carry exp and iat.";
    }
    if (jwt.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)) {
      return "The token has no iat (issued at) claim; tokens must carry exp and iat.";
    }
    if (jwt.hasErrorCode(ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE)) {
      return "The token lives longer than this service accepts (exp too far after iat).";
    }
    if (jwt.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
      return "The token is not valid yet (nbf lies in the future); check the issuer's clock.";
    }
    if (jwt.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
      return "The token's iat lies in the future; check the issuer's clock.";
    }
    if (jwt.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
        || jwt.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
      return "The token's audience (aud) is not one this service accepts (bihuan or the"
          + " service's name).";
    }
    if (jwt.hasErrorCode(ErrorCodes.ISSUER_INVALID)
        || jwt.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
      return "The token's issuer (iss) is not the one this service trusts.";
    }
    if (jwt.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)
        || jwt.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
      return "The token's signature does not verify with the key this service trusts.";
    }
    return "The bearer token is not valid here: it is not a JWT signed with a key this service"
        + " trusts, or it breaks the rules in docs/integration.md (iss, aud bihuan, exp, iat).";
  }

  /**
   * The reason as a quoted-string of a WWW-Authenticate header: ASCII, no quotes or backslashes.
   */
  static String quotable(String why) {
    return why.replaceAll("[^\\x20-\\x7E]", "?").replace("\"", "'").replace("\\", "/");
  }
}
