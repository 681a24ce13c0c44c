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
 * When two written names are the same person's (docs/decisions/0050-separation-of-duties.md,
 * 0090-person-name-folding.md). In this order: NFKD; drop every whitespace,
 * Default_Ignorable_Code_Point, format (Cf) and nonspacing mark (Mn) and every dot-like separator
 * (· ∙ ⋅ . ・ ･ ‧ …); NFKC; simplified characters (ICU Hant-Hans: 趙驗收 = 赵验收); ICU's confusable
 * skeleton (UTS #39: Cyrillic/Greek look-alikes of Latin letters, CJK Radicals Supplement ⻢ = 马)
 * and lower case. Used for every "not the same person" check: verifying, rejecting and deciding
 * extensions.
 *
 * <p>{@link #written} is the same rule's first step for storing a name read from a document: the
 * characters the key drops as never part of a name (spaces inside a Chinese name such as 王　强,
 * invisible and format characters) are dropped, and nothing else changes — so a written name keeps
 * its dots, accents, script and case, and has the same key as the text it came from.
 *
 * <p>Japanese shinjitai (沢, 収, 験) are folded like Traditional characters by a small table of their
 * own ({@link Shinjitai}, docs/decisions/0185): ICU has no mapping for them.
 */
public final class PersonNames {

  private PersonNames() {}

  /** The comparison key of a name; "" for null or a name made only of ignorable characters. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String nfkd = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(nfkd.length());
    nfkd.codePoints().filter(c -> !ignorable(c)).forEach(kept::appendCodePoint);
    if (kept.isEmpty()) {
      return "";
    }
    String nfkc = Normalizer.normalize(kept, Normalizer.Form.NFKC);
    String simplified = Folding.simplified(Shinjitai.simplified(nfkc));
    // skeleton, lower case, skeleton again: Ζ (Greek) → Z → z, and а (Cyrillic) → a either way
    String lower = Folding.skeleton(simplified).toLowerCase(Locale.ROOT);
    return Folding.skeleton(lower);
  }

  /**
   * A name as it should be written down: NFC; default-ignorable and format characters dropped;
   * spaces (any whitespace or space separator, such as the full-width 　) dropped next to a Chinese
   * character (王　强 → 王强) and collapsed to one space between other letters (Zhao Yanshou); null for
   * null, "" for a name made only of such characters.
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
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** What separates the people written in one field: 张三、李四, 张三/李四, 张三；李四. */
  public static final Pattern SEPARATORS = Pattern.compile("[、，,；;/／|｜\\n]+");

  /** A post written beside a name: 副局长, 党组书记, 办公室主任, 县委常委. */
  public static final Pattern POST =
      Pattern.compile("\\p{IsHan}{0,6}(?:长|书记|主任|主席|经理|常委|委员|调研员|巡视员|政委)");

  private static final Pattern AFTER_NAME = Pattern.compile("(?:同志|等|" + POST.pattern() + ")+");

  /**
   * What may come right before a name inside a longer text without being part of it: a post (副局长),
   * a label (牵头人, 负责人), a connector (和, 与, 及), someone acting for a post (代理, 暂代, 代, 兼).
   */
  private static final Pattern BEFORE_A_NAME =
      Pattern.compile(
          "(?:"
              + POST.pattern()
              + "|[牵负联责经承]\\p{IsHan}{0,2}人|和|与|及|同|跟|或|暨|由|请|代理|暂代|代|兼任|兼|署理|临时|协助|配合)$");

  /**
   * What may come right after a name without being part of it: a title (同志, 老师, 先生), a post, a role
   * (负责, 牵头, 配合, 代理), a connector (和, 与, 及), a particle (的, 等).
   */
  private static final Pattern AFTER_A_NAME =
      Pattern.compile(
          "^(?:同志|等|老师|先生|女士|师傅|负责|牵头|组织|落实|分管|主抓|配合|协助|协办|参与|主办|主持|督办|跟进|联系|代理|暂代|兼任|兼|"
              + "的|和|与|及|同|跟|或|暨|"
              + POST.pattern()
              + ")");

  /**
   * Brackets of every shape: what they hold is compared as a person of the field, and what is
   * outside them too — 办公室主任（赵验收） names 赵验收 as much as 赵验收（主任） does.
   */
  private static final Pattern BRACKETS =
      Pattern.compile("[()（）\\[\\]［］【】〔〕〖〗{}｛｝〈〉《》「」『』⦅⦆﹙﹚﹝﹞<>＜＞]");

  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[［〔][^）)】\\]］〕]*[）)】\\]］〕]");

  /**
   * Dots, dashes and underscores: between two people (赵验收·王五) or inside one name (买买提·艾力, 赵-验收). A
   * field is compared both ways, split at them and with them taken out.
   */
  private static final Pattern JOINERS =
      Pattern.compile(
          "[\\u00B7\\u0387\\u2022\\u2024\\u2027\\u2219\\u22C5\\u2E30\\u2E31\\u2E33\\u16EB\\u30FB\\uFF65"
              + "\\u318D.．﹒。\\-_－＿﹣﹘\\u2010-\\u2015\\u2043\\u2212\\u2E3A\\u2E3B~～〜\\u30FC\\uFF70]+");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

  /**
   * Whether a written field names the person, alone, among others or with a post: a responsible
   * person is often written as several people ("王五、赵验收", "赵验收/王五", "赵验收 王五", "赵验收·王五") or with a
   * post, title or acting word ("副局长赵验收", "赵验收同志", "办公室主任（赵验收）", "代理赵验收"), as documents write it
   * and as the import keeps it. The field is split at the people separators and at brackets (what
   * brackets hold is a person of the field too); each part is compared as written with dots, dashes
   * and underscores taken out (赵-验收 is 赵验收) and split at them (赵验收·王五). Each person is compared
   * with {@link #key}: equal, or equal once a post, label, title or connector around it is set
   * aside. A longer Chinese name is another person (赵验收 is not 赵验, 张三丰 not 张三). The caller's own
   * name is compared as written with dots and dashes taken out, and without what it holds in
   * brackets (赵验收（主任） calling is 赵验收).
   */
  public static boolean among(String field, String name) {
    if (name == null || field == null) {
      return false;
    }
    java.util.Set<String> people = new java.util.LinkedHashSet<>();
    for (String n : List.of(name, BRACKETED.matcher(name).replaceAll(""))) {
      String k = key(JOINERS.matcher(n).replaceAll(""));
      if (!k.isEmpty()) {
        people.add(k);
      }
    }
    if (people.isEmpty()) {
      return false;
    }
    String latin = latinWords(name);
    if (!latin.isEmpty() && latin.equals(latinWords(field))) {
      return true;
    }
    for (String part : SEPARATORS.split(BRACKETS.matcher(field).replaceAll("、"))) {
      if (part.isBlank()) {
        continue;
      }
      if (namedIn(JOINERS.matcher(part).replaceAll(""), people, latin)) {
        return true;
      }
      for (String piece : JOINERS.split(part)) {
        if (namedIn(piece, people, latin)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One part of a field names one of the people: as a whole or word by word. */
  private static boolean namedIn(String part, java.util.Set<String> people, String latin) {
    if (!latin.isEmpty() && latin.equals(latinWords(part))) {
      return true;
    }
    String whole = key(part);
    for (String person : people) {
      if (names(whole, person)) {
        return true;
      }
      for (String word : SPACES.split(part.strip())) {
        if (names(key(word), person)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The key of one written text names the person: an occurrence of the person's key that is not
   * part of a longer name — what is around it is nothing, anything other than a Chinese character
   * (punctuation, brackets, digits, Latin letters, symbols: 赵验收【主任】, “赵验收”, 主任：赵验收, A赵验收), or a
   * post, label, title, role or connector (副局长赵验收, 牵头人赵验收, 赵验收老师, 赵验收和王五). A Chinese character that
   * could continue the name (赵验收 in 赵验收丰) is not such a boundary: 张三丰 is not 张三. Doubt counts as
   * the same person: the check keeps people from verifying their own work.
   */
  private static boolean names(String written, String person) {
    for (int at = written.indexOf(person); at >= 0; at = written.indexOf(person, at + 1)) {
      String before = written.substring(0, at);
      String after = written.substring(at + person.length());
      boolean startsHere =
          before.isEmpty()
              || !isHan(before.codePointBefore(before.length()))
              || POST.matcher(before).matches()
              || BEFORE_A_NAME.matcher(before).find();
      boolean endsHere =
          after.isEmpty()
              || !isHan(after.codePointAt(0))
              || AFTER_NAME.matcher(after).matches()
              || AFTER_A_NAME.matcher(after).find();
      if (startsHere && endsHere) {
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
    if (type == Character.FORMAT || type == Character.NON_SPACING_MARK) {
      return true;
    }
    return switch (c) {
      case 0x00B7, // · in 买买提·艾力
          0x0387, // Greek ano teleia
          0x2022, // •
          0x2024, // one dot leader
          0x2027, // ‧
          0x2219, // ∙
          0x22C5, // ⋅
          0x2E31, // word separator middle dot
          0x2E30, // ring point
          0x16EB, // runic single punctuation
          0x30FB, // ・
          0xFF65, // ･ (NFKD makes it ・, listed for clarity)
          0x002E, // .
          0xFF0E, // ．
          0xFE52, // ﹒
          0x3002, // 。
          0x318D, // ㆍ Hangul araea
          0x2E33 -> // raised dot
          true;
      default -> false;
    };
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
