package org.bihuan.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Logins (登录名) and the login-type claims of a token ({@code upn}, {@code preferred_username},
 * {@code sub}, {@code email}, {@code unique_name}) as the people they name: {@code ZhaoYS}, {@code
 * zhaoys}, {@code ＺｈａｏＹＳ}, {@code " ZhaoYS "}, {@code ZhaoYS@corp}, <code>CORP&#92;ZhaoYS</code>,
 * {@code mailto:zhaoys@corp}, {@code zhaoys%corp}, {@code zhaoys.}, {@code zhaoys+verify@corp} (a
 * mail subaddress) and {@code zhaoys/admin@CORP.CN} (a Kerberos user/instance@REALM) are one
 * person; {@code zhaoys1}, {@code zhao.ys} and {@code zhaoys} are three (docs/decisions/0229, 0238,
 * 0246).
 */
public final class Logins {

  private Logins() {}

  /**
   * The part of a login that names the person (docs/decisions/0229, 0238), in this order: NFKC and
   * without surrounding blanks; without a {@code mailto:} prefix; the part after the last backslash
   * of a <code>DOMAIN&#92;user</code> login; the part before the first {@code @} or {@code %} (the
   * user part of a UPN or mail-style login, and the old {@code user%domain} form of it); the part
   * before the first {@code /} (a Kerberos principal's {@code /instance}: {@code zhao/admin} is
   * zhao); the part before the first {@code +} (a mail subaddress: {@code zhao+verify} is zhao; the
   * directory keeps no mail domain of the organisation, and the key sets every domain aside, so the
   * subaddress is set aside in every domain, 0246); without trailing dots. A step that would leave
   * nothing is skipped: a login that is only a domain keeps it, and {@code +86 138…} keeps its
   * plus. Nothing else is taken away: dots, digits and dashes inside the user part stay, so {@code
   * zhao.li} is not {@code zhaoli} and {@code zhao1} is not {@code zhao}.
   */
  public static String local(String login) {
    if (login == null) {
      return null;
    }
    String s = Normalizer.normalize(login.strip(), Normalizer.Form.NFKC).strip();
    if (s.length() > MAILTO.length() && s.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
      s = s.substring(MAILTO.length()).strip();
    }
    int backslash = s.lastIndexOf('\\');
    if (backslash >= 0 && !s.substring(backslash + 1).isBlank()) {
      s = s.substring(backslash + 1).strip();
    }
    int at = firstOf(s, '@', '%');
    if (at > 0 && !s.substring(0, at).isBlank()) {
      s = s.substring(0, at).strip();
    }
    s = before(s, '/');
    s = before(s, '+');
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '.') {
      end--;
    }
    String undotted = s.substring(0, end).strip();
    return undotted.isEmpty() ? s : undotted;
  }

  /** The part of {@code s} before the first {@code c}, unless that part is blank. */
  private static String before(String s, char c) {
    int i = s.indexOf(c);
    return i > 0 && !s.substring(0, i).isBlank() ? s.substring(0, i).strip() : s;
  }

  private static final String MAILTO = "mailto:";

  private static int firstOf(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
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
