package org.bihuan.platform.text;

/**
 * Japanese simplified forms (shinjitai) of characters that Chinese writes otherwise: 収 is 收, 験 is
 * 验, 沢 is 泽, 広 is 广. ICU's Traditional → Simplified transliterator maps neither, so a name typed on
 * a Japanese input method (赵験収) would pass for another person (docs/decisions/0185). The table
 * holds the Jōyō forms that differ from both the Traditional and the Simplified character and are
 * not themselves a different everyday Chinese character (芸, 欠, 予, 叙, 郎 are left out), plus a few
 * forms common in names (曽, 渕, 嶋, 姫).
 */
final class Shinjitai {

  private static final String JAPANESE =
      "亜悪圧囲壱隠栄営衛駅円縁艶塩応桜穏仮価絵壊懐拡殻覚楽渇巻陥勧寛歓観巌帰気亀戯犠拠挙暁駆勲恵掲渓経蛍軽継"
          + "鶏撃倹剣県険圏検権験顕厳広効鉱黒砕済斎剤雑桟賛歯児実釈収従渋獣縦粛処緒奨焼渉乗浄剰畳縄壌嬢譲醸図粋酔"
          + "髄瀬斉摂専戦銭繊荘捜挿巣総騒増蔵臓続対帯滝択沢単団弾遅鋳庁聴鎮逓鉄転伝稲徳読弐悩脳覇廃拝売発髪抜晩浜"
          + "払仏併並餅辺変歩穂豊毎満黙訳薬揺様頼覧竜両猟涙塁戻霊隷齢暦歴錬労曽渕嶋姫鴎呉娯";

  private static final String CHINESE =
      "亚恶压围壹隐荣营卫驿圆缘艳盐应樱稳假价绘坏怀扩壳觉乐渴卷陷劝宽欢观岩归气龟戏牺据举晓驱勋惠揭溪经萤轻继"
          + "鸡击俭剑县险圈检权验显严广效矿黑碎济斋剂杂栈赞齿儿实释收从涩兽纵肃处绪奖烧涉乘净剩叠绳壤娘让酿图粹醉"
          + "髓濑齐摄专战钱纤庄搜插巢总骚增藏脏续对带泷择泽单团弹迟铸厅听镇递铁转传稻德读贰恼脑霸废拜卖发发拔晚滨"
          + "拂佛并并饼边变步穗丰每满默译药摇样赖览龙两猎泪垒戾灵隶龄历历炼劳曾渊岛姬鸥吴娱";

  static {
    if (JAPANESE.length() != CHINESE.length()) {
      throw new IllegalStateException("the shinjitai table is not in pairs");
    }
  }

  private Shinjitai() {}

  /** {@code s} with every Japanese form of the table replaced by its Chinese simplified form. */
  static String simplified(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      int at = JAPANESE.indexOf(s.charAt(i));
      if (at >= 0) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, CHINESE.charAt(at));
      }
    }
    return out == null ? s : out.toString();
  }
}
