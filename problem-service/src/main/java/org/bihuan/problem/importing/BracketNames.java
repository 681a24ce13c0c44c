package org.bihuan.problem.importing;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word of two to four characters written alone in a unit's bracket is a person's name: it
 * begins with a Chinese surname (the 百家姓 and the common surnames it lacks, 肖 付 覃 …; 欧阳 司马 长孙 …) and
 * is not a word of a unit's work or kind that happens to begin with one (车管, 文秘, 安全, 党建, 高中). 幼儿园,
 * 会计, 巡查, 按属地 begin with no surname and name nobody; 办公室（车管） is a unit and what it does, never a
 * person (docs/decisions/0323). A name given with a label (负责人：…), a post (科长张三, 张三科长), 同志 or a
 * phone number is a person by what is written beside it and needs no such test.
 */
final class BracketNames {

  private BracketNames() {}

  /** The 百家姓's single surnames, and common ones it lacks. */
  private static final String SURNAMES =
      "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
          + "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
          + "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
          + "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
          + "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
          + "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双"
          + "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
          + "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
          + "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈佘佴墨哈谯笪年爱阳佟"
          + "言福肖付覃邝麦冼谌粟揭代原战练仝衣侍丛矫隋綦邸来承但占兰苟"
          // rarer ones, as outside documents write them (0338)
          + "禚仉亓邗郇郯靖隰庹";

  /** Surnames of two characters. */
  private static final String COMPOUND_SURNAMES =
      "万俟|司马|上官|欧阳|夏侯|诸葛|闻人|东方|赫连|皇甫|尉迟|公羊|澹台|公冶|宗政|濮阳|淳于|单于|太叔|申屠"
          + "|公孙|仲孙|轩辕|令狐|钟离|宇文|长孙|慕容|鲜于|闾丘|司徒|司空|端木|呼延|南宫|西门|东郭|第五";

  private static final Pattern COMPOUND =
      Pattern.compile("^(?:" + COMPOUND_SURNAMES + ")\\p{IsHan}{1,2}$");

  private static final Pattern COMPOUND_ALONE = Pattern.compile(COMPOUND_SURNAMES);

  /**
   * Words of a unit's work, or of a kind of unit, that begin with a surname's character: a bracket
   * holding one says what the unit does or is (办公室（车管）, 办公室（文秘）), not who answers.
   */
  private static final Set<String> WORK =
      Set.of(
          "车管", "车辆", "文秘", "文书", "文印", "文化", "文体", "安全", "安保", "安监", "宣传", "宣教", "党建", "党务", "党群",
          "党委", "党支部", "计生", "计财", "计划", "管理", "查处", "法规", "法制", "法务", "通讯", "通信", "经济", "经营", "经费",
          "农业", "农村", "水利", "水务", "纪检", "纪律", "宗教", "国资", "公安", "公共", "公路", "商务", "劳资", "劳务", "卫生",
          "项目", "应急", "房管", "房产", "林业", "牧业", "景区", "武装", "司法", "能源", "福利", "金融", "关工委", "边防", "班子",
          "后勤", "高中", "东区", "西区", "南区", "北区", "东片", "西片", "南片", "北片", "全体", "全部", "全县", "全市", "全区",
          "全局", "常务", "常态", "明细", "成员", "和解", "平安", "和谐", "江北", "江南");

  /** Whether {@code word} is a surname of two characters alone (欧阳, 司马): no whole name. */
  static boolean isCompoundSurname(String word) {
    return COMPOUND_ALONE.matcher(word).matches();
  }

  /**
   * Whether {@code word} is a word of a unit's work or kind that begins with a surname (车管, 文秘).
   */
  static boolean isWork(String word) {
    return WORK.contains(word);
  }

  /** Whether {@code word}, written alone in a unit's bracket, is a person's name. */
  static boolean isName(String word) {
    if (WORK.contains(word)) {
      return false;
    }
    return COMPOUND.matcher(word).matches()
        || (word.length() >= 2 && SURNAMES.indexOf(word.charAt(0)) >= 0);
  }
}
