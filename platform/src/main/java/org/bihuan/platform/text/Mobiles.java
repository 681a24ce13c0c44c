package org.bihuan.platform.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Mainland mobile numbers (手机号) as the people they name (docs/decisions/0246): OA systems (钉钉,
 * 企业微信) send a {@code phone_number} or {@code mobile} claim, or a login, written {@code +86
 * 138-0013-8000}, {@code 86-13800138000}, {@code 008613800138000}, {@code (+86) 138 0013 8000} or
 * {@code 13800138000}: one number, one key.
 */
public final class Mobiles {

  private Mobiles() {}

  /**
   * What a mobile number may be written with: digits, an optional leading {@code +} or {@code
   * tel:}, and blanks, dashes, dots and brackets between them (after NFKC, so full-width forms
   * too). A text with a letter or any other character (a login such as {@code zhao13800138000}) is
   * no mobile number.
   */
  private static final Pattern WRITTEN = Pattern.compile("(?i)(?:tel:)?[\\s(]*\\+?[0-9\\s\\-.()]+");

  private static final Pattern MAINLAND = Pattern.compile("1[0-9]{10}");

  /**
   * The key of a mobile number: its digits, without a leading {@code 0086} or {@code 86} country
   * code — eleven digits starting with 1; null when {@code text} is not written as a phone number
   * or does not come to such eleven digits (a landline, an extension, a short number, or a number
   * written with a {@code +} or {@code 00} country code other than 86).
   */
  public static String key(String text) {
    if (text == null) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (s.isEmpty() || !WRITTEN.matcher(s).matches()) {
      return null;
    }
    String digits = s.replaceAll("[^0-9]", "");
    boolean international = s.indexOf('+') >= 0;
    if (digits.length() == 15 && digits.startsWith("0086") && !international) {
      digits = digits.substring(4);
    } else if (digits.length() == 13 && digits.startsWith("86")) {
      digits = digits.substring(2);
    } else if (international) {
      return null; // another country's number
    }
    return MAINLAND.matcher(digits).matches() ? digits : null;
  }
}
