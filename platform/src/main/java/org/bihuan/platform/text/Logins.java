package org.bihuan.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Logins (登录名) and the login-type claims of a token ({@code upn}, {@code preferred_username},
 * {@code sub}) as the people they name: {@code ZhaoYS}, {@code zhaoys}, {@code ＺｈａｏＹＳ}, {@code "
 * ZhaoYS "} and {@code ZhaoYS@corp} are one person (docs/decisions/0229).
 */
public final class Logins {

  private Logins() {}

  /**
   * The part of a login that names the person: NFKC, without surrounding blanks and without an
   * {@code @domain} part (the user part of a UPN or mail-style login). A login that is only a
   * domain keeps it.
   */
  public static String local(String login) {
    if (login == null) {
      return null;
    }
    String s = Normalizer.normalize(login.strip(), Normalizer.Form.NFKC).strip();
    int at = s.indexOf('@');
    return at > 0 ? s.substring(0, at).strip() : s;
  }

  /**
   * The key two logins are compared by: {@link #local} in lower case. The directory gives one key
   * to one person in use, and a token subject is that person when its key is his.
   */
  public static String key(String login) {
    String local = local(login);
    return local == null ? null : local.toLowerCase(Locale.ROOT);
  }
}
