package org.bihuan.platform.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;
import org.graalvm.shadowed.com.ibm.icu.text.SpoofChecker;
import org.graalvm.shadowed.com.ibm.icu.text.Transliterator;

/**
 * When two written names are the same person's, and when a written field names a person
 * (docs/decisions/0050-separation-of-duties.md, 0090-person-name-folding.md, 0188). The key of a
 * name, in this order: NFKD; drop every whitespace, Default_Ignorable_Code_Point, format (Cf) and
 * nonspacing mark (Mn); NFKC; keep letters and digits only (Unicode L* and N*: punctuation,
 * brackets, dots, dashes and symbols go); variants common in names ({@link Variants}: 髙 = 高, 﨑 = 崎,
 * 邉 = 边); Japanese shinjitai ({@link Shinjitai}: 沢 = 泽, 辺 = 边); simplified characters (ICU
 * Hant-Hans: 趙驗收 = 赵验收); ICU's confusable skeleton (UTS #39: Cyrillic/Greek look-alikes of Latin
 * letters, CJK Radicals Supplement ⻢ = 马) and lower case. Used for every "not the same person"
 * check: verifying, rejecting, cancelling and deciding extensions.
 *
 * <p>{@link #among} is a containment rule: a field names the person when the person's key occurs
 * anywhere in the field's key (a key of one character only when it is a whole person of the field,
 * {@link #MIN_CONTAINED_LENGTH}). 张三 is therefore named by 张三丰、李四 and by 张三（组长）, and also by 张三丰
 * alone: doubt counts as the same person, and another verifier resolves a false match.
 *
 * <p>{@link #written} is the same rule's first step for storing a name read from a document: the
 * characters the key drops as never part of a name (spaces inside a Chinese name such as 王　强,
 * invisible and format characters) are dropped, and nothing else changes — so a written name keeps
 * its dots, accents, script and case, and has the same key as the text it came from.
 */
public final class PersonNames {

  private PersonNames() {}

  /**
   * The comparison key of a name: its letters and digits, folded; "" for null or a name without a
   * letter or digit.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    return KEYS.get(name, PersonNames::fold);
  }

  /**
   * The keys folded so far: a name's key never changes, and the names a service compares recur (the
   * parties and callers of every transition), while folding one costs some forty microseconds of
   * ICU under a lock every caller shares (docs/decisions/0301).
   */
  private static final BoundedMemo KEYS = new BoundedMemo(10_000);

  private static String fold(String name) {
    String nfkd = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(nfkd.length());
    nfkd.codePoints().filter(c -> !ignorable(c)).forEach(kept::appendCodePoint);
    String nfkc = lettersAndDigits(Normalizer.normalize(kept, Normalizer.Form.NFKC));
    if (nfkc.isEmpty()) {
      return "";
    }
    String simplified = Folding.simplified(Shinjitai.simplified(Variants.folded(nfkc)));
    // skeleton, lower case, skeleton again: Ζ (Greek) → Z → z, and а (Cyrillic) → a either way
    String lower = Folding.skeleton(simplified).toLowerCase(Locale.ROOT);
    return lettersAndDigits(Folding.skeleton(lower));
  }

  /** Only the letters (L*) and the digits and other numbers (N*) of {@code s}. */
  private static String lettersAndDigits(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(PersonNames::letterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean letterOrDigit(int c) {
    if (c >= 0x2E80 && c <= 0x2EFF) {
      return true; // CJK Radicals Supplement (⻢): symbols, until the skeleton makes them letters
      // (马)
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /**
   * A name as it should be written down: NFC; default-ignorable and format characters dropped
   * (U+200B, U+00AD, U+FE0F, tag characters U+E0000–U+E007F, bidi marks, U+3164 …); spaces (any
   * whitespace or space separator, such as the full-width 　, and U+2800, drawn as one) dropped next
   * to a Chinese character (王　强 → 王强) and collapsed to one space between other letters (Zhao
   * Yanshou); null for null, "" for a name made only of such characters. Every person's name a
   * ticket stores is written so (docs/decisions/0240).
   */
  public static String written(String name) {
    if (name == null) {
      return null;
    }
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int c = nfc.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || org.bihuan.platform.input.SafeText.blankGlyph(c)) {
        space = true;
        continue;
      }
      if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
          || Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (space && out.length() > 0 && !isHan(out.codePointBefore(out.length())) && !isHan(c)) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /**
   * The key a person's name is grouped and looked up by where names are compared for equality (the
   * breakdown by leader, {@code ?person=} and {@code ?leader=} filters; docs/decisions/0240): its
   * {@link #key}, so that 赵验收, 赵 验收, 趙驗收 and 赵验收 with a zero-width space are one person; a name
   * without a letter or digit keys as it is written ({@link #written}), rather than with every
   * other such name. Null for null and for a name of blanks only.
   */
  public static String groupKey(String name) {
    String written = written(name);
    if (written == null || written.isBlank()) {
      return null;
    }
    String key = key(written);
    return key.isEmpty() ? written : key;
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** What separates the people written in one field: 张三、李四, 张三/李四, 张三；李四. */
  public static final Pattern SEPARATORS = Pattern.compile("[、，,；;/／|｜\\n]+");

  /**
   * One post: 副局长, 党组书记, 办公室主任, 县委常委, 局党组成员, and posts that end in 助理 (局长助理, 总经理助理), 总监 (财务总监) or
   * are a 总…师 (总会计师, 副总工程师).
   */
  private static final String ONE_POST =
      "\\p{IsHan}{0,6}(?:长|书记|主任|主席|经理|常委|委员|成员|调研员|巡视员|政委|助理|总监|总\\p{IsHan}{1,3}师)";

  /**
   * A post written beside a name: one post, or several joined by 兼 (局长助理兼办公室主任, 副局长兼党组成员;
   * docs/decisions/0309).
   */
  public static final Pattern POST = Pattern.compile(ONE_POST + "(?:兼任?" + ONE_POST + ")*");

  /** Brackets: the caller's own name is compared also without what they hold (赵验收（主任）). */
  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[［〔][^）)】\\]］〕]*[）)】\\]］〕]");

  /**
   * Whether a written field names the person: the person's key (letters and digits, folded as
   * {@link #key} folds) occurs anywhere in the field's key. A responsible person is often written
   * as several people ("王五、赵验收", "赵验收/王五"), with a post, title or acting word ("副局长赵验收", "赵验收同志",
   * "办公室主任（赵验收）", "代理赵验收") or with separators inside ("赵-验收", "赵验收·王五"); all of them name 赵验收. So
   * does a longer name that holds the person's (张三丰 names 张三): separation of duties errs on the
   * side of refusing, and a verifier refused because of a namesake leaves the ticket to another
   * verifier (docs/decisions/0188). The caller's own name is compared as written and without what
   * it holds in brackets (赵验收（主任） calling is 赵验收); a Latin name also word by word in any order
   * (Yanshou Zhao is Zhao Yanshou).
   */
  public static boolean among(String field, String name) {
    if (name == null || field == null) {
      return false;
    }
    java.util.Set<String> people = new java.util.LinkedHashSet<>();
    for (String n : List.of(name, BRACKETED.matcher(name).replaceAll(""))) {
      String k = key(n);
      if (!k.isEmpty()) {
        people.add(k);
      }
    }
    if (people.isEmpty()) {
      return false;
    }
    String whole = key(field);
    for (String person : people) {
      if (person.codePointCount(0, person.length()) < MIN_CONTAINED_LENGTH
          ? writtenAlone(field, person)
          : whole.contains(person)) {
        return true;
      }
    }
    String latin = latinWords(name);
    if (latin.isEmpty()) {
      return false;
    }
    if (latin.equals(latinWords(field))) {
      return true;
    }
    for (String part : SEPARATORS.split(field)) {
      if (latin.equals(latinWords(part))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shortest key that is looked for inside a longer one: a key of one character (a caller named
   * 赵, 李) occurs in the name of everyone of that family, so it names a field only when one of the
   * people written there is exactly it (docs/decisions/0207).
   */
  public static final int MIN_CONTAINED_LENGTH = 2;

  /**
   * Whether one of the people written in {@code field} (split at {@link #SEPARATORS}, also without
   * what they hold in brackets) has the key {@code person}.
   */
  private static boolean writtenAlone(String field, String person) {
    for (String part : SEPARATORS.split(field)) {
      if (person.equals(key(part)) || person.equals(key(BRACKETED.matcher(part).replaceAll("")))) {
        return true;
      }
    }
    return false;
  }

  /** A Latin name's words in any order and case: Zhao Yanshou, YANSHOU ZHAO, Zhao, Yanshou. */
  private static String latinWords(String name) {
    if (name == null) {
      return "";
    }
    String[] words =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .split("[^\\p{IsLatin}]+");
    java.util.List<String> kept = new java.util.ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    if (kept.size() < 2) {
      return "";
    }
    java.util.Collections.sort(kept);
    return String.join(" ", kept);
  }

  /** Both name the same person: equal keys, neither empty. */
  public static boolean same(String a, String b) {
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }

  private static boolean ignorable(int c) {
    if (c == 0xFFFD // a glyph a PDF could not map: 王\uFFFD强 is 王强 as far as anyone can tell
        || c == 0xFFFC
        || Character.getType(c) == Character.ENCLOSING_MARK
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.NON_SPACING_MARK;
  }

  /** ICU's transliterator and spoof checker load their data once; their use is serialised. */
  private static final class Folding {
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    static synchronized String simplified(String s) {
      return HANT_HANS.transliterate(s);
    }

    static synchronized String skeleton(String s) {
      return SPOOF.getSkeleton(s);
    }
  }
}
