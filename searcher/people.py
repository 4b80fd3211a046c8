"""The people an article mentions.

A name is accepted when the signals around one of its mentions add up to a threshold. Each
signal holds for Chinese newspaper text in general; none comes from a particular paper:

* credits — bylines `（记者 姜玲 徐文杰）`, `记者 姚雪 刘王超 摄`, `（新华社记者方建平摄）`,
  a credit in brackets after the last sentence `（王晓东 李思远）`, an author's line;
* a post or title before the name — `县委副书记、政法委书记汪黎云`, `美国总统克林顿` — or an
  honorific or title after it — `王建新同志`, `李鹏总理`;
* lists — in `副主任李华蓉、徐海廷、姜立忠`, an item beside a name is a name if it has a name's
  shape, and a list of three or more tagged names supports itself;
* what people do — `汪黎云强调`, `张伟刚主持会议` — and what is done to them — `会见陈崇`;
* jieba's part-of-speech tags (`nr` Chinese names, `nrt`/`nrfg` transliterated and other
  names), one signal among these: its dictionary also tags `文明` or `阳光` as names, and it
  cuts names it has never seen into pieces (`徐海` `廷`);
* the shape of a name — a surname (single or compound) and one or two given-name characters,
  the characters used to transliterate foreign names (`萨哈夫`), parts joined by `·`
  (`科菲·安南`), Tibetan name parts (`次仁卓玛`), Japanese surnames;
* and against: everyday words (`明白`), places (`莫斯科`, `在…举行`, `…市`, datelines), a
  surname with a title (`周总理`), a character jieba glued to a name (`张三说`).

People of the installed lexicon (`searcher.lexicon`) are always people; its places and terms
never are.

    >>> find_people("县委副书记、政法委书记汪黎云，副县长齐正兰参加会议。")
    ['汪黎云', '齐正兰']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from typing import NamedTuple

from .analysis import segmenter
from .articles import Article
from .lexicon import Lexicon, installed
from .normalize import normalize, normalize_with_origin
from .places import PLACES


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


# --- What Chinese names look like ---

# Single-character surnames, the common ones first (the first line covers most people).
_TOP_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
    "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储"
    "原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕果"
    "危玉银亢嵇湛宾戎勾茅利於居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮回濮邴靖蔚郇羿鄂"
    "蒯糜禄铁暴郦殳眭訾酆隗璩乜宦甯"
)
_COMPOUND_SURNAMES = _words(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 西门 南宫 独孤"
    " 百里 呼延 澹台 钟离 闻人 赫连 申屠 濮阳 太史 公羊 拓跋 完颜 万俟 司空 第五 闾丘 东郭 左丘"
    " 梁丘 宗政 仲孙 叔孙 公冶 乐正 巫马 漆雕 公良 鲜于"
)
# Characters that are surnames but also begin very many ordinary words: a name with one of
# them needs more than its shape and a tag.
_AMBIGUOUS_SURNAMES = frozenset("和时由都来于平国全明文公成安向高常万海花位原南信利展干元衣回应")
# Characters common in given names. A name whose given name has other characters as well
# needs more than its shape and a tag (`金字塔`, `管弦乐` are tagged as names).
_GIVEN_CHARS = frozenset(
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞"
    "彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆"
    "磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎"
    "德行时泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁"
    "梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣"
    "婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希"
    "欣育滢馥筠柔竹凝晓欢霄枫芸菲寒伊亚宜可舒影荔丽阳妮宝一二三四五六七八九十百千万大小少长金银"
    "铁石书道礼智孝廉夏冬南西北正方立卫忠继宗祖耀煌灿喜禄寿吉鹤鹰虎豹麟骏驰骥跃步登攀峻岭岳嵩衡"
    "恒常久远晴雨霜虹雷电日星曦昊晔昕晖晋景昆仑川湖洋浪泉源溪润渊深瀚汉沛济洪涌淼鑫森柏杨桐桂桃"
    "杏梨芙苗荣蕾萌蔚丰禾穗宇宙地人定敢韧直仁慈贤好璇瑜璋珏璞钰铭锋锐钢铮镇鉴绣绮纹缘绍续统纲纪"
    "绪培垣城坤均堂基增墨诗来介章典史理敏捷想念意愿情笑利隆旺通迪逸遥迅运选遇甫仲叔季孟侯帅将兵守"
    "靖遂炜焕煜熙然烈彦魁斗奎坡滨溢灏澄湘潮沙洲岛洛淮漳湛钦铎锡镛镕闻阁阔阅堃琪琨瑛瑞玮珂珑琳瑞"
    "蓬芃苏茹莹萱蒙葵蓝薛翼翠翔耕耘聚肃育胜能臣舜航艾芥苓茵荃莎萧葆蓓蕴藻虬蛟衍袁裕褚言誉诺谊谷"
    "豫贞贺资赞赤超越路轩辅辛辰迎近述迭道郁都鄂酉醒里重野量钟钦铭锁长门闯阔阶陆陈隆雁集雍雯零霖"
    "静革鞠韬韩顶项顺颂预领频颜飒飙飞馨驹骁骋高鲁鸿鹏麒黎鼎齐龄龙存孚学宁守安宏宗官宜宝宣宪宾"
    "实审客家容宽宾寅富寒察寿封尊尚尧就尹居屹岑岗峥崇崎崑崧嵘巍川州巨巧差己已巾币布帆希帝师席"
    "常干平年并庄庆应庚康廉延建开异弘张弛弥彤彩彪影彻征徐御德徵心必忆志忠怀恩恬恺恭恪悟惟惠意"
    "愈慕慧懋成戈我戎战扬承抗振捷掌操攀政敏教散敦文斌斐斯新方旋族旗无日旦旭时旷昂昆明易星春昭"
    "晋晏晓普晶智暄曙曜曲曼月有朋服朗望朝木未本朱杉村杭杰松板林枝柏柯栋栗根格桢梓梧森椿楚楷榆"
    "槐樟樵檀正武殿毅民永汀汉汝江池汪沁沅沐治泓法泰洁洋洪津洲活流浚浦润涵淳添清渝湃源溶滔漫潇"
    "潜澈澎濂灵灼炳炽烁焱煊熠燊爵牧犇玄玉王玖玥珺琅琮瑄瑭璨璟瓒甜生甲申电男畅留略登白百皓益盈"
    "真睿瞻矗知石砚砺碧磐社祁祥祯祺禹秉秦程稳穆立章竣童端笃笛筱简箐籁粟精紫红纬纶经缙缨罗群羡"
    "翀翊翌翔耀而聆肖胤腾臻致舟良芦芮芷芹苇若茂范茗荻莘莱菲萌萍葛蔼薇藏虞蜀衡袁西觉誉谦豪贝贤"
    "赋赫起轩辉辽迈连逢逵遐邑邵郎郑郝都醇金鑫铜锦键镜闽阜阳陶雄雅雍霆青靓韦韶音频颀风飚首香驰"
    "骞骥鲲鸣鹂麟黛默鼐湘"
)
# Characters (almost) never found in a given name: function words, units, time words, verbs
# that follow a name. A candidate whose given name holds one is a name plus what follows it.
_NOT_GIVEN = frozenset(
    "的了们吗呢吧啊呀么这那每该些个县市省区乡镇村局厅部委处科室院校站队组团社厂店馆届份种类样性"
    "化者员率量额型级批套副总说讲谈称看听是不没被把从对等另昨"
)
# Characters that end nouns (`许可证`, `营业费`) and hardly ever a given name.
_NOT_LAST = frozenset(
    "证券费税价物制度策案件单表报刊稿片卡票站线楼房室厅场馆机器车船舰艇箱柜架桌椅床灯药剂酒烟油"
    "为到在是说和与也都就又还及向对曾已将便却以则见等摄率称讲问答给让把被从了的"
    "哥姐叔婶嫂婆妈爸伯"  # kin: `王姐`, `李哥` are how people are called, not their names
)
# Transliteration characters of foreign names (the Xinhua transliteration tables' core).
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拔白班邦包保堡鲍贝本比彼毕宾滨波伯勃博布步查察彻楚茨慈达大戴丹当道德登邓狄迪"
    "笛蒂底帝丁东都杜度敦顿多俄厄恩尔耳法凡范菲斐费芬丰冯佛夫弗伏福甫富盖甘冈高戈哥格葛根贡古谷瓜"
    "圭哈海汉罕豪赫黑亨胡华怀惠霍基吉季济加佳迦贾杰捷金津居喀卡凯坎康考柯科可克肯孔库夸奎昆拉腊"
    "莱赖兰蓝朗劳勒雷蕾黎里理丽利莉立连廉列林琳留柳龙隆娄卢鲁陆路伦罗洛马玛迈麦曼芒毛茂梅美门蒙"
    "孟米密绵缅明摩莫墨默姆木穆纳娜乃奈南内尼妮涅宁纽努诺欧帕潘庞培佩彭皮匹珀坡普齐奇琪恰乔切钦"
    "琴丘萨塞赛桑瑟森沙莎山尚绍舍申圣施什史士舒斯丝松苏索塔泰坦汤唐陶特提图托瓦万旺威韦维温文沃"
    "乌伍武西希锡席夏香肖谢辛休雅亚扬耶叶伊因英尤于约泽扎詹兹佐卓祖娅娃黛薇嘉芙露茜琼汀吕聂默"
)
# Japanese surnames written in Chinese characters: the commonest, and prime ministers'.
_JAPANESE_SURNAMES = _words(
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水"
    " 山崎 阿部 池田 桥本 山下 石川 中岛 前田 藤田 小川 后藤 冈田 长谷川 村上 近藤 石井 斋藤 坂本"
    " 远藤 青木 藤井 西村 福田 太田 三浦 藤原 冈本 松田 中川 中野 原田 小野 田村 竹内 金子 和田"
    " 中山 石田 上田 森田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 谷口 大野 丸山 今井 河野"
    " 藤本 村田 武田 上野 杉山 平野 野口 松尾 野村 木下 菅原 市川 鸠山 石桥 大平 三木 中曾根"
    " 竹下 宇野 海部 宫泽 细川 羽田 村山 小渊 小泉 安倍 麻生 野田"
)
# Parts of Tibetan names, written without surname (`次仁卓玛`, `扎西顿珠`).
_TIBETAN_PARTS = _words(
    "扎西 多吉 次仁 索朗 格桑 洛桑 丹增 平措 顿珠 达瓦 尼玛 边巴 巴桑 旺堆 才让 卓玛 央金 拉姆 普布"
    " 次旦 强巴 贡嘎 白玛 阿旺 嘎玛 朗杰 加措 尕玛 坚赞 罗布 旦增 益西 群培 曲珠 拉巴 德吉 仁青"
    " 旺姆 多布杰 次仁卓玛 措姆 桑珠 仓决 格列 土登 热地 巴珠 索南 赤列 晋美 达娃 扎巴 尼玛次仁"
)

# --- What surrounds a name ---

# Posts, titles and roles that stand right before a name (`副县长齐正兰`, `总统克林顿`).
_TITLES_BEFORE = _words(
    "书记 副书记 总书记 主席 副主席 委员 常委 主任 副主任 县长 副县长 市长 副市长 省长 副省长 区长"
    " 乡长 镇长 村长 局长 副局长 处长 科长 股长 部长 副部长 厅长 司长 署长 院长 副院长 校长 所长"
    " 站长 行长 社长 台长 馆长 团长 队长 组长 班长 会长 理事长 秘书长 董事长 总经理 经理 总裁"
    " 总编 主编 总编辑 总监 厂长 矿长 场长 总理 副总理 国务委员 总统 副总统 首相 外长 外交部长"
    " 国务卿 大使 公使 参赞 领事 特使 人大代表 议长 议员 发言人 国王 女王 王子 公主 亲王 国防部长"
    " 司令 司令员 政委 参谋长 军长 师长 旅长 营长 连长 排长 将军 上将 中将 少将 大校 上校 中校"
    " 少校 士兵 战士 警官 民警 干警 法官 检察官 检察长 律师 教授 副教授 讲师 研究员 院士 博士"
    " 学者 专家 工程师 医生 医师 大夫 护士 教练 主教练 领队 队员 选手 运动员 冠军 球员 演员 导演"
    " 歌手 作家 诗人 画家 作曲家 指挥家 科学家 艺术家 书法家 歌唱家 记者 通讯员 编辑 摄影师 主持人"
    " 负责人 老板 商人 农民 村民 居民 工人 职工 干部 党员 老人 老汉 大爷 大娘 师傅 学生 同学 老师"
    " 教师 市民 女士 先生 同志 烈士 英雄 模范 标兵 领导 县领导 市领导 首脑 元首 总督 总干事 妻子"
    " 丈夫 儿子 女儿 母亲 父亲 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 创始人 主人 户主 能手 夫人 得主"
    " 获得者 党组书记 支部书记 领导人 协调员 调解员 委员长 主任委员 总参谋长 部长助理 助理 顾问"
    " 董事 理事 监事 会计 出纳 主管 店主 厂主 船长 机长 乘务员 司机 教员 保姆 战友 小伙子 姑娘"
    " 小将 老将 新秀 棋手 名将 男孩 女孩 新娘 新郎 毕业生 大学生 研究生 志愿者 作者 译者 画家"
    " 大臣 部长 总领事 领事 秘书 警察 主演 编剧 作词 作曲 指挥 独唱 主唱 队长 村支书 支书 老汉"
    " 青年 少年 妇女 小伙 小伙子 业主 店主 车主 船主 雇主 货主 房主 户主 个体户 专业户"
)
# A role word ends with one of these (`协调员`, `调停人`, `外交官`): a name may follow it.
_ROLE_ENDINGS = frozenset("员长官师手者户")
# Verbs that name someone to a post: `选举周海峰为县政协主席`, `任命…为`.
_APPOINTS = _words("选举 任命 推选 推举 选 聘请 聘任 提名 任 以 由 追认 授予 命名")
# `小学生(9岁)吴晓雨`: an age in brackets before a name.
_AGE_BEFORE = re.compile(r"[(（]\d{1,3}岁[)）]$")
# Honorifics that follow a name and hardly anything else (`王建新同志`, `冰心先生`).
_HONORIFICS = _words("同志 先生 女士 夫人 老人 老先生 夫妇 阁下")
# Honorifics, kinship words and posts that follow a name (`王建新同志`, `陈毅元帅`); roles that
# also follow ordinary words (`文明市民`) are left out.
_TITLES_AFTER = _words(
    "同志 先生 女士 小姐 夫人 老人 老师 教授 师傅 大夫 医生 总理 主席 总统 首相 书记 委员长 将军"
    " 元帅 院士 博士 一行 等人 烈士 大使 部长 市长 县长 省长 主任 局长 厂长 校长 经理 总书记 副总理"
    " 副主席 外长 国务卿 秘书长 国王 亲王 议长 本人 夫妇 一家 老汉 大爷 大娘 阿姨 同学 委员 奶奶"
    " 爷爷 老先生 老太太 老师傅 女儿 儿子 妻子 丈夫 母亲 父亲 副县长 副市长 副省长 副书记 副主任"
    " 副部长 司令员 政委 军长 师长 团长 连长 排长 班长 教练 队长 董事长 总经理 总裁 会长 院长"
    " 所长 站长 行长 社长 村长 乡长 镇长 区长 处长 科长 厅长 司长 上将 中将 少将 总督 首席 阁下"
    " 九段 八段 七段 六段 五段 四段 三段 二段 初段 大师 特级大师"
    " 大妈 大伯 大叔 大婶 大姐 大哥 大嫂 阿婆 阿公 婆婆 老伯 叔叔 伯伯 老总"
)
# What people do right after their name (`汪黎云强调`, `张伟刚主持会议`).
_ACTIONS_AFTER = _words(
    "说 表示 指出 强调 认为 要求 介绍 告诉 称 说道 谈到 答 回答 问道 希望 主持 出席 参加 会见 接见"
    " 会晤 宣布 提出 讲话 致辞 致词 发表 签署 抵达 率领 率 带领 陪同 当选 担任 兼任 获得 荣获"
    " 看望 慰问 视察 考察 参观 听取 列席 带队 透露 坦言 回忆 笑着说 感慨 主办 创办 发现 决定 写道"
    " 著 编著 主编 撰写 所著 表演 演唱 演出 夺得 战胜 击败 获胜 出任 辞职 逝世 去世 诞辰 生前"
)
# Words that often follow a name, and rarely an everyday word that looks like one.
_LINKS_AFTER = _words("在 等 和 与 也 都 就 又 还 及 同 向 对 曾 已 将 便 则 却 亲自 一起 专程")
# Verbs whose object is usually a person (`会见程国栋`).
_MEETS_BEFORE = _words(
    "会见 接见 会晤 看望 慰问 拜访 宴请 采访 陪同 悼念 怀念 告诉 祝贺 感谢 授予 任命 委托"
)
# Before a place, not a person (`在莫斯科举行`, `抵达巴格达`).
_PLACE_BEFORE = _words(
    "在 到 赴 往 抵 抵达 前往 来到 飞抵 飞往 途经 离开 访问 位于 地处 来自 返回 进入 驻"
)
# After a place (`莫斯科市`, `阿拉伯国家`, `猛虎队`).
_PLACE_AFTER = _words(
    "市 省 县 区 州 镇 乡 村 国 岛 港 湾 河 江 山 城 地区 方面 当局 国家 人民 时间 机场 大学 队 籍"
    " 人 族 语 军 湖 路 街 站 盆地 平原 高原 半岛 海峡 大街 广场 公司 集团 银行"
)
# A name at the start of a longer word (`布莱尔政府`, `毛泽东选集`, `方建平摄`).
_NAMED_AFTER = tuple(
    sorted(
        _words("政府 文选 理论 思想 精神 同志 总统 主席 总理 首相 夫人 一行 先生 女士 故居 塑像 摄")
    )
)
# Characters jieba sometimes glues to the surname of the name after them (`有钱` `立峰`).
_GLUED_BEFORE = frozenset("有是和与给让向对把被由在将从为请叫派同跟及")
# Characters jieba sometimes glues to the end of a name (`程立新为`, `柯晓岚以`, `方建平摄`).
_GLUED_AFTER = frozenset(
    "为到在是说和与也都就又还及同向对曾已将便却以则见等摄率称讲问答给让把被从了的"
)

# Transliterated places end so (`爱沙尼亚`, `汉堡`): people's names rarely do.
_FOREIGN_PLACE_ENDINGS = ("亚", "斯坦", "堡", "港", "湾", "岛")
# `新华社维也纳1月5日电`: the place a report was filed from, followed by its date.
_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日电")
# `王晓东(69岁)`, `其其格(蒙古族)`, `张三(女)`: an age, a people or a sex in brackets after a name.
_ABOUT_PERSON = re.compile(r"[(（](?:\d{1,3}岁|[\u4e00-\u9fff]{1,4}族|男|女)")

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
_HONOURED = ("同志", "先生", "女士")
# Proper nouns of other kinds: jieba confuses them with names more than it does common words.
_PROPER_TAGS = frozenset({"ns", "nt", "nz", "j", "x", "g", "ng"})
# Grammar words: a name never ends with one.
_FUNCTION_TAGS = _words("p c u uj ul uz ud ug uv d r m q f y e o k zg")
# How jieba tags a surname it has cut off from the given name (`严` `雪峰`, `徐海` `廷`).
_SURNAME_TAGS = _words("nr nrfg m q zg g ng j nz ns")
# How jieba tags a surname after a post when it reads it as a word (`镇长` `方` `建平`).
_SURNAME_AFTER_POST_TAGS = _SURNAME_TAGS | {"n", "a"}
_PUNCTUATION = frozenset("，。、；：？！,.;:?!“”‘’「」『』（）()《》〈〉【】[]—…-\n ")
_NAME_OR_PROPER_TAGS = _NAME_TAGS | _PROPER_TAGS
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_FOREIGN_WORD = re.compile("[" + "".join(sorted(_TRANSLITERATION)) + "]+")
_THRESHOLD = 3  # evidence that makes a mention a person's name
_CERTAIN = 10
_RECURRING = 3  # mentions that make a name what the text is about
# Between the items of a list of people: `李华蓉、徐海廷`, `钱立峰和孙海廷`.
_LIST_JOINERS = "、和与及"
# An item of a list between two others: `、冰心、`.
_LIST_ITEM = re.compile(r"(?<=、)([\u4e00-\u9fff]{2,3})(?=、)")

# --- Credits: names a layout convention marks as people ---

_HAN = r"\u4e00-\u9fff"
# Who wrote or photographed: `本报记者`, `新华社记者`, `本报驻法国记者`, `通讯员`.
_ROLE = (
    r"(?:(?:本报|新华社|中新社|人民日报|特派|特约|首席|实习|见习|驻[^\s，。、（）()]{1,8}?)*"
    r"(?:摄影记者|记者|通讯员|摄影|摄像|实习生|撰稿|撰文|供稿|责任编辑|编辑|校对|美编|文字)"
    r"[:：]?)"
)
_ROLE_WORD = re.compile(_ROLE)
# What follows the names in a credit: `摄`, `报道`, `/文`.
_TAIL = r"(?:摄影|摄|报道|供稿|整理|画|(?<=[/ \t\u3000])(?:文|图|绘|作|书))"
# A line break inside a run of Chinese is layout: it becomes this joiner, part of the run.
_JOINER = "\u200b"
_LINE_BREAK = re.compile(rf"(?<=[{_HAN}])\n(?=[{_HAN}])")
_NAMES = rf"[{_HAN}·{_JOINER}]+?(?:[ \t\u3000、/]+[{_HAN}·{_JOINER}]+?)*?"
# A byline: a role, names separated by spaces or `、`, then the end of the credit.
_BYLINE = re.compile(
    rf"{_ROLE}[ \t\u3000:：]*({_NAMES})[ \t\u3000/]*(?={_TAIL}|[）)】\]\n]|$)", re.MULTILINE
)
# A parenthesised credit: `（王晓东 李思远）`, `（方建平摄）`, `（刘明远/文）`.
_PAREN_CREDIT = re.compile(rf"[（(]\s*(?:{_ROLE}\s*)?({_NAMES})[ \t\u3000/]*{_TAIL}?\s*[）)]")
# An author's line: the names and nothing else (`程立新`, `刘明远 郑和平`, `本报记者 方明`).
_CREDIT_LINE = re.compile(
    rf"^[ \t\u3000—]*(?:{_ROLE}[ \t\u3000:：]*)?({_NAMES})[ \t\u3000/]*{_TAIL}?"
    rf"(?:[（(][^（）()\n]{{1,30}}[）)])?[ \t\u3000]*$",
    re.MULTILINE,
)
# A credit in brackets comes after a sentence or a caption.
_AFTER_SENTENCE = "。！？!?”…）)"
_CREDIT_LINE_LENGTH = 24
_CREDIT_PIECE = re.compile(rf"[{_HAN}·{_JOINER}]+")
# The end of a place or an organisation an author's credit may begin with.
_AFFILIATION = re.compile(
    r"(?:县|市|区|州|省|镇|乡|村|部|院|队|社|报|台|站|所|局|厅|委|校|处|科|组|团|中心|公司|集团)"
)


class _Token(NamedTuple):
    """A word of the tagger, with its offsets in the normalised text."""

    # A tuple: an article has hundreds of words, and tuples are the cheapest to make.
    word: str
    tag: str
    start: int
    end: int
    han: bool  # Chinese characters only
    foreign: bool  # transliteration characters only
    notable: bool  # a name may start with it, whatever its tag (see `_kind`)


def _kind(word: str) -> tuple[bool, bool, bool]:
    """(Chinese characters only, transliteration characters only, notable).

    Notable: the word alone opens one of `_candidates`' ways to a name that do not look at its
    tag or context (a common, compound or Japanese surname, a transliteration character, a name
    before `政府`…). Most words open none, and are passed over at once.
    """
    han = "\u4e00" <= word[0] <= "\u9fff" and _HAN_WORD.fullmatch(word) is not None
    foreign = han and word[0] in _TRANSLITERATION and _FOREIGN_WORD.fullmatch(word) is not None
    notable = han and (
        (len(word) >= 3 and word.endswith(_NAMED_AFTER))
        or (len(word) <= 6 and (word[:2] in _JAPANESE_SURNAMES or word[:3] in _JAPANESE_SURNAMES))
        or word[0] in _COMMON_SURNAMES
        or word[:2] in _COMPOUND_SURNAMES
        or word[0] in _TRANSLITERATION
    )
    return han, foreign, notable


class _Kinds(dict):
    """Word → `_kind(word)`, remembered: words repeat across articles."""

    __slots__ = ()
    LIMIT = 200_000  # words remembered at most: the memory stays bounded

    def __missing__(self, word: str) -> tuple[bool, bool, bool]:
        kind = _kind(word)
        if len(self) < self.LIMIT:
            self[word] = kind
        return kind


_KINDS = _Kinds()
_new_token = partial(tuple.__new__, _Token)  # what NamedTuple._make does, without Python code


@dataclass(slots=True)
class _Candidate:
    """One possible mention: a span of the normalised text and what speaks for it."""

    start: int
    end: int
    text: str
    first: int  # index of its first token (-1: none, for a list item)
    last: int  # index of its last token
    inside: bool = False  # at the start of a longer word (`布莱尔政府`), or glued (`程立新为`)
    dotted: bool = False  # parts joined by `·` (`科菲·安南`)
    everyday: bool = False  # an everyday word (`文明`): a list does not make it a name
    score: int = 0


# --- Public ---


def extract_people(article: Article) -> list[str]:
    """Distinct names in the article: reporters first, then in order of first mention.

    Names are given as printed (line breaks removed); the index normalises them for matching.
    """
    found: dict[str, None] = dict.fromkeys(article.reporters)
    found.update(dict.fromkeys(find_people(article.title_text, credit_lines=False)))
    found.update(dict.fromkeys(find_people(article.body)))
    return list(found)


def find_people(text: str, *, credit_lines: bool = True) -> list[str]:
    """Distinct names of people in `text`, in order of first mention.

    With `credit_lines`, a line holding nothing but names is an author's credit (true of an
    article body; not of a headline).

    >>> find_people("美国总统克林顿和萨哈夫会见了记者。（新华社记者方建平摄）")
    ['克林顿', '萨哈夫', '方建平']
    """
    _forget_if_lexicon_changed()
    mentions = dict(_credits(text, credit_lines))
    norm = normalize_with_origin(text)
    for candidate in _accepted(norm.text):
        start, end = norm.span_in_original(candidate.start, candidate.end)
        if not any(a < end and start < a + len(name) for a, name in mentions.items()):
            mentions[start] = re.sub(r"\s+", "", text[start:end])
    return list(dict.fromkeys(name for _, name in sorted(mentions.items())))


_remembered_for: Lexicon | None = None


def _forget_if_lexicon_changed() -> None:
    """Clear what was remembered about words when another lexicon has been installed.

    A lexicon changes both what the segmenter tags as a name and who is known.
    """
    global _remembered_for
    current = installed()
    if current is not _remembered_for:
        _split_names.cache_clear()
        _tagged_as_name.cache_clear()
        _remembered_for = current


# --- Credits ---


def _credits(text: str, lines: bool) -> Iterator[tuple[int, str]]:
    """Names in bylines, parenthesised credits and (with `lines`) author lines, with offsets."""
    text = _LINE_BREAK.sub(_JOINER, text)  # same offsets; a name may be broken across lines
    for match in _BYLINE.finditer(text):
        yield from _credited_names(text, match.start(1), match.end(1))
    for match in _PAREN_CREDIT.finditer(text):
        # A credit follows a sentence, a caption or a dateline, not a word it would explain.
        before = text[: match.start()].rstrip()
        if not before or before[-1] in _AFTER_SENTENCE or before.endswith("日电"):
            yield from _credited_names(text, match.start(1), match.end(1))
    if lines:
        for match in _CREDIT_LINE.finditer(text):
            if match.end(1) - match.start(1) <= _CREDIT_LINE_LENGTH:
                yield from _credited_names(text, match.start(1), match.end(1))


def _credited_names(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The names of a credit's name part `text[start:end]`, or none if it is not all names.

    The first piece may begin with where the authors work (`（开化县林业局程立新）`).
    """
    found: list[tuple[int, str]] = []
    for number, piece in enumerate(_CREDIT_PIECE.finditer(text, start, end)):
        run = piece.group().replace(_JOINER, "")
        if _ROLE_WORD.fullmatch(run):
            continue  # `（通讯员 程立新 记者 方明）`: a second role
        skip, names = 0, _split_names(run)
        if names is None and number == 0:
            skip, names = _after_affiliation(run)
        if names is None:
            return
        found.extend((piece.start() + skip + offset, name) for offset, name in names)
    yield from found


def _after_affiliation(run: str) -> tuple[int, tuple[tuple[int, str], ...] | None]:
    """The names after a place or an organisation that starts `run`, and where they start."""
    for match in _AFFILIATION.finditer(run):
        names = _split_names(run[match.end() :])
        if names is not None:
            return match.end(), names
    return 0, None


@lru_cache(maxsize=4096)
def _split_names(run: str) -> tuple[tuple[int, str], ...] | None:
    """A run of names written without separators, split into names (`王晓东李思远`).

    The fewest names that cover the run, each with a name's shape; among as few, the split
    that agrees most with jieba's words and puts common surnames first. None if the run
    cannot be all names.
    """
    if "·" in run or _is_known_person(run) or (len(run) <= 5 and _tagged_as_name(run)):
        return ((0, run),) if _is_plausible_alone(run) else None
    word_ends = set(_word_ends(run))
    # best[i]: (names, -agreement, starts) of the best split of run[:i]
    best: list[tuple[int, int, tuple[int, ...]] | None] = [None] * (len(run) + 1)
    best[0] = (0, 0, ())
    for end in range(2, len(run) + 1):
        for size in (2, 3, 4):
            start = end - size
            previous = best[start] if start >= 0 else None
            if previous is None:
                continue
            word = run[start:end]
            if not (_is_name_shape(word) or _is_known_person(word)):
                continue
            agreement = (end in word_ends) + (word[0] in _TOP_SURNAMES)
            option = (previous[0] + 1, previous[1] - agreement, (*previous[2], start))
            current = best[end]
            if current is None or option[:2] < current[:2]:
                best[end] = option
    split = best[len(run)]
    if split is None:
        return None
    bounds = (*split[2], len(run))
    names = tuple((a, run[a:b]) for a, b in itertools.pairwise(bounds))
    return names if all(_is_plausible_alone(name) for _, name in names) else None


def _word_ends(run: str) -> Iterator[int]:
    """Offsets where jieba's words of `run` end."""
    end = 0
    for word, _ in segmenter().tag(normalize(run)):
        end += len(word)
        yield end


def _is_plausible_alone(word: str) -> bool:
    """Could `word` be a name with no context at all (not an everyday word or a place)?"""
    norm = normalize(word)
    return (
        2 <= len(norm.replace("·", "")) <= 12
        and norm not in _everyday_words()
        and norm not in PLACES
        and not installed().is_not_person(norm)
    )


def _is_known_person(word: str) -> bool:
    return installed().is_person(normalize(word))


# --- Running text ---


def _accepted(text: str) -> list[_Candidate]:
    """Mentions in normalised `text` whose evidence reaches the threshold, in text order."""
    tokens = _tokens(text)
    candidates = _candidates(text, tokens)
    mentions: dict[str, int] = {}
    for candidate in candidates:
        candidate.score = _score(text, candidate, tokens)
        if candidate.score > 0:
            mentions[candidate.text] = mentions.get(candidate.text, 0) + 1
    for candidate in candidates:
        # A name that comes back again and again is what the text is about.
        if candidate.score > 0 and mentions[candidate.text] >= _RECURRING:
            candidate.score += 1
    _lists(text, candidates)
    chosen: list[_Candidate] = []
    ranked = sorted(candidates, key=lambda c: (-c.score, c.start - c.end, c.start))
    for candidate in ranked:
        if candidate.score < _THRESHOLD:
            break
        if not any(c.start < candidate.end and candidate.start < c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _tokens(text: str) -> list[_Token]:
    # Built column by column with `map` and `zip`: an article has hundreds of words.
    tagged = segmenter().tag(text)
    if not tagged:
        return []
    words, tags = zip(*tagged, strict=True)
    ends = list(itertools.accumulate(map(len, words)))
    starts = [0, *ends[:-1]]
    han, foreign, notable = zip(*map(_KINDS.__getitem__, words), strict=True)
    return list(map(_new_token, zip(words, tags, starts, ends, han, foreign, notable, strict=True)))


def _candidates(text: str, tokens: list[_Token]) -> list[_Candidate]:
    """Spans that could be names: tagged names, and runs of tokens with a name's shape.

    Spans end on the tagger's word boundaries, except for a name at the start of a longer
    word (`布莱尔政府`) and a name jieba glued to the character after it (`程立新为`).
    """
    found: dict[tuple[int, int], _Candidate] = {}

    def add(
        first: int, last: int, end: int = 0, inside: bool = False, start: int = 0
    ) -> _Candidate:
        start, end = start or tokens[first].start, end or tokens[last].end
        candidate = found.get((start, end))
        if candidate is None:
            candidate = found[start, end] = _Candidate(start, end, text[start:end], first, last)
        candidate.inside |= inside
        return candidate

    lexicon = installed()
    person = lexicon.is_person if lexicon.people else lambda word: False
    count = len(tokens)
    for i, token in enumerate(tokens):
        if not token.han:
            continue
        word, tag, notable = token.word, token.tag, token.notable
        following = tokens[i + 1] if i + 1 < count else None
        if tag in _NAME_TAGS or person(word):
            add(i, i)
            previous = tokens[i - 1] if i else None
            if len(word) <= 2 and previous and _glued_surname(text, previous):
                add(i - 1, i, start=previous.end - 1)  # `有钱` `立峰`: 有 + 钱立峰
            if len(word) >= 3 and word[-1] in _GLUED_AFTER:
                add(i, i, token.end - 1, inside=True)  # `程立新为`
            elif len(word) <= 2 and following and _glued_word(following):
                add(i, i + 1, token.end + 1)  # `钱` `立说`, `程立` `新为`
        elif notable and len(word) >= 3 and word.endswith(_NAMED_AFTER):
            for suffix in _NAMED_AFTER:
                head = word[: -len(suffix)]
                if word.endswith(suffix) and len(head) >= 2 and _tagged_as_name(head):
                    add(i, i, token.start + len(head), inside=True)  # `布莱尔政府`
        if 2 <= len(word) <= 3 and text.startswith(_HONOURED, token.end):
            add(i, i)  # `秀英同志`
        if notable:
            if len(word) <= 6 and (
                word[:2] in _JAPANESE_SURNAMES or word[:3] in _JAPANESE_SURNAMES
            ):
                add(i, i)
            if word[0] in _COMMON_SURNAMES or word[:2] in _COMPOUND_SURNAMES:
                _surname_led(text, tokens, i, add)
            if word[0] in _TRANSLITERATION:
                if len(word) >= 2 and token.foreign:
                    add(i, i)
                if following and following.foreign and (i == 0 or not tokens[i - 1].foreign):
                    # A foreign name in several words: the longest run of such pieces.
                    j = i + 1
                    while j + 1 < count and tokens[j + 1].foreign:
                        j += 1
                    add(i, j)
        if following and following.word == "·" and (i == 0 or tokens[i - 1].word != "·"):
            _dotted(tokens, i, add)
    return list(found.values())


def _glued_surname(text: str, token: _Token) -> bool:
    """A word of two characters that jieba made of a surname and the character before it.

    `有钱` `立峰` (有 + 钱立峰), `市` `长江` `海涛` (市长 + 江海涛).
    """
    if not (token.han and len(token.word) == 2 and token.word[1] in _COMMON_SURNAMES):
        return False
    before = text[max(0, token.start - 5) : token.start + 1]
    return token.word[0] in _GLUED_BEFORE or _ends_with(before, _TITLES_BEFORE)


def _glued_word(token: _Token) -> bool:
    """A word of two characters whose second is one jieba often glues to a name (`立说`)."""
    return token.han and len(token.word) == 2 and token.word[1] in _GLUED_AFTER


def _surname_led(text: str, tokens: list[_Token], i: int, add: Callable[..., _Candidate]) -> None:
    """Candidates starting with the surname at token `i`: the token, and it with what follows.

    jieba cuts names it does not know into pieces: `徐海` `廷`, `严` `雪峰`, `汪亮` `亮`.
    """
    token = tokens[i]
    word = token.word
    count = len(tokens)
    if 2 <= len(word) <= 4:
        add(i, i)
    following = tokens[i + 1] if i + 1 < count else None
    if following is None or not following.han:
        return
    if len(word) == 1 and following.word in ("某", "某某"):
        add(i, i + 1)  # `李` `某某`: a name withheld
        return
    if len(word) == 2 and _glued_word(following):
        add(i, i + 1, token.end + 1)  # `徐海` `廷到`
    if (
        len(word) == len(following.word) == 2
        and token.tag in _NAME_TAGS
        and word[1] in _COMMON_SURNAMES
    ):
        add(i, i + 1)  # `王李` `淑贞`: a married woman's two surnames
    posted = _ends_with(text[max(0, token.start - 6) : token.start], _TITLES_BEFORE)
    if (
        posted
        and len(word) == 1
        and len(following.word) == 2
        and token.tag in _SURNAME_AFTER_POST_TAGS
        and word not in _AMBIGUOUS_SURNAMES
        and following.tag not in _FUNCTION_TAGS | {"v", "vn"}
    ):
        add(i, i + 1)  # `镇长` `方` `建平`: after a post, a surname and a given name
        return
    if len(word) == 1 and (token.tag not in _SURNAME_TAGS or word in _AMBIGUOUS_SURNAMES):
        # A character that is more often a word: only before a given name jieba knows.
        if len(following.word) == 2 and token.tag not in _FUNCTION_TAGS | {"v", "a"}:
            if following.tag in _NAME_TAGS | {"ns", "nz"}:
                add(i, i + 1)  # `牛` `建国`
        elif len(following.word) == 2 and following.tag in _NAME_TAGS:
            add(i, i + 1)  # `于` `海峰`
        return
    for j in range(i + 1, min(i + 3, count)):
        piece = tokens[j]
        if not piece.han or piece.end - token.start > 4 or piece.tag in _FUNCTION_TAGS:
            break
        if len(piece.word) > 1 and len(word) > 1 and piece.tag not in _NAME_OR_PROPER_TAGS:
            break
        add(i, j)


def _dotted(tokens: list[_Token], i: int, add: Callable[..., _Candidate]) -> None:
    """A name in parts joined by `·` from token `i` (`科菲·安南`, `买买提·艾力`)."""
    count = len(tokens)
    j = i
    while j + 2 < count and tokens[j + 1].word == "·" and tokens[j + 2].han:
        j += 2
    if j == i:
        return
    while j + 1 < count and tokens[j + 1].foreign:
        j += 1
    first = i
    while first > 0 and tokens[first - 1].foreign:
        first -= 1
    add(first, j).dotted = True


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """Words of two to four characters found in most kinds of text (`文明`, `明白`, `阳光`).

    Those whose inverse document frequency in jieba's keyword table (`analyse/idf.txt`) is
    below 7 (8 for two characters): a name, even a famous one, is rarer than that, yet
    jieba's dictionary tags many of these words as names.
    """
    table = (resources.files("jieba") / "analyse" / "idf.txt").read_text(encoding="utf-8")
    common = re.findall(r"^(\S{2,4}) [0-6]\.", table, re.MULTILINE)
    # Two-character names are rarer still: the bar is higher for them (`公正`, `友谊`).
    common += re.findall(r"^(\S{2}) 7\.", table, re.MULTILINE)
    return frozenset(common)


@lru_cache(maxsize=8192)
def _tagged_as_name(word: str) -> bool:
    """Does jieba, given `word` alone, tag it as one name?"""
    tags = segmenter().tag(normalize(word))
    return len(tags) == 1 and tags[0][1] in _NAME_TAGS


# --- Shapes of names ---


def _is_name_shape(word: str) -> bool:
    """A Chinese name: surname, then one or two plausible given-name characters."""
    if len(word) < 2 or _HAN_WORD.fullmatch(word) is None:
        return False
    if word[:2] in _COMPOUND_SURNAMES and 3 <= len(word) <= 4:
        given = word[2:]
    elif word[0] in _COMMON_SURNAMES and len(word) <= 3:
        given = word[1:]
    else:
        return _is_tibetan_shape(word)
    if any(c in _NOT_GIVEN for c in given) or given[-1] in _NOT_LAST:
        return False
    return given not in _TITLES_AFTER and given not in _TITLES_BEFORE


def _is_foreign_shape(word: str) -> bool:
    return len(word) >= 2 and _FOREIGN_WORD.fullmatch(word) is not None


def _is_tibetan_shape(word: str) -> bool:
    """Two or more Tibetan name parts and nothing else (`次仁卓玛`)."""
    i, parts = 0, 0
    while i < len(word):
        for size in (4, 3, 2):
            if word[i : i + size] in _TIBETAN_PARTS:
                i += size
                parts += 1
                break
        else:
            return False
    return parts >= 2


def _shape(candidate: _Candidate, pieces: list[_Token], honoured: bool) -> str | None:
    """What kind of name the candidate could be, or None if it cannot be one."""
    word = candidate.text
    if candidate.dotted:
        parts = word.split("·")
        letters = sum(c in _TRANSLITERATION for c in word)
        tagged = any(p.tag in _NAME_TAGS for p in pieces)
        if all(1 <= len(p) <= 8 and _HAN_WORD.fullmatch(p) for p in parts) and (
            tagged or 3 * letters >= 2 * len(word)
        ):
            return "dotted"
        return None
    if len(word) <= 3 and word[0] in _COMMON_SURNAMES and word[1:] in ("某", "某某"):
        return "withheld"  # `王某`, `李某某`: how the press writes a name it withholds
    if word in _TITLES_BEFORE or word[-2:] in _TITLES_BEFORE:
        return None  # a post or a role (`小学生`), not who holds it
    if _is_name_shape(word):
        return "han"
    if _is_foreign_shape(word):
        return "foreign"
    if len(word) <= 6 and (word[:2] in _JAPANESE_SURNAMES or word[:3] in _JAPANESE_SURNAMES):
        return "japanese"  # `桥本龙太郎`, `桥本`
    if len(word) == 2 and word[0] in "老小" and word[1] in _COMMON_SURNAMES:
        return "familiar"  # `老张`, `小王`
    if (
        len(word) == 4
        and word[0] in _TOP_SURNAMES
        and word[1] in _COMMON_SURNAMES
        and pieces[0].tag in _NAME_TAGS
        and all(c in _GIVEN_CHARS for c in word[2:])
    ):
        return "married"  # a married woman's surname before her own (`王李淑贞`)
    if len(pieces) == 1 and 2 <= len(word) <= 3 and word[1:] not in _TITLES_AFTER:
        if pieces[0].tag in _NAME_TAGS and not any(c in _NOT_GIVEN or c in _NOT_LAST for c in word):
            return "tagged"  # a name jieba knows, without a common surname (`钮建华`)
        if (
            honoured
            and pieces[0].tag not in _FUNCTION_TAGS
            and word not in _TITLES_BEFORE
            and word not in _everyday_words()
        ):
            return "tagged"  # `秀英同志`, `冰心先生`
    return None


# --- Evidence ---


def _score(text: str, candidate: _Candidate, tokens: list[_Token]) -> int:
    """How strongly the context says that the candidate is a person (≥ threshold: it is)."""
    word = candidate.text
    lexicon = installed()
    if lexicon.is_person(word):
        return _CERTAIN
    if lexicon.is_not_person(word) or word in PLACES or _DATELINE_AFTER.match(text, candidate.end):
        return -_CERTAIN
    pieces = tokens[candidate.first : candidate.last + 1]
    shape = _shape(candidate, pieces, text.startswith(_HONOURED, candidate.end))
    if shape is None:
        return -_CERTAIN
    foreign = shape in ("foreign", "dotted")
    score = 0
    # What the tagger said, and how common the word is.
    if word in _everyday_words():
        candidate.everyday = True
        score -= 3
    if candidate.inside:
        score += 3 if pieces[0].word.endswith(_NAMED_AFTER) else 2
    elif shape == "dotted":
        score += 6 if any(p.tag in _NAME_TAGS for p in pieces) else 2
    elif shape == "japanese":
        pass  # jieba knows few Japanese names: its tag says nothing
    elif shape == "withheld":
        score += 3
    elif len(pieces) == 1:
        tag = pieces[0].tag
        if tag in _NAME_TAGS:
            # jieba's dictionary tags many two-character words as names, and foreign places
            # and brands as foreign names: those need support from the context.
            score += 1 if len(word) == 2 else 2 if foreign else 3
        elif tag in _PROPER_TAGS:
            score -= 1
        else:
            score -= 2 if len(word) == 2 else 1
    elif all(p.tag in _NAME_TAGS for p in pieces):
        score += 2  # `王` `成龙`: jieba reads both the surname and the given name as names
    elif any(p.tag in _NAME_TAGS for p in pieces):
        score += 1
    elif foreign:
        score -= 2
    if shape in ("familiar", "tagged", "married"):
        score -= 1
    if foreign and shape != "dotted" and word.endswith(_FOREIGN_PLACE_ENDINGS):
        score -= 2
    # What stands before it.
    before = text[max(0, candidate.start - 6) : candidate.start]
    previous = tokens[candidate.first - 1].word if candidate.first > 0 else ""
    opened = not before or before[-1] in _PUNCTUATION  # starts a clause
    posted = True
    if _ends_with(before, _TITLES_BEFORE):
        score += 3
    elif len(previous) >= 2 and previous[-1] in _ROLE_ENDINGS:
        score += 2
    elif before.endswith("——"):
        score += 2  # a signature: `——刘明远`
    elif _AGE_BEFORE.search(before) or (
        previous in _APPOINTS and text.startswith("为", candidate.end)
    ):
        score += 3  # `小学生(9岁)吴晓雨`, `选举周海峰为`
    else:
        posted = False
        if previous in _MEETS_BEFORE:
            score += 2
        elif previous in _PLACE_BEFORE:
            score -= 2
    if not posted and shape == "han":
        # Without a post to vouch for it, a name should look like the names people are given.
        if word[0] in _AMBIGUOUS_SURNAMES:
            score -= 1
        given = word[2:] if word[:2] in _COMPOUND_SURNAMES else word[1:]
        score -= sum(c not in _GIVEN_CHARS for c in given)

    # What follows it.
    if candidate.inside and pieces[0].word.endswith(_NAMED_AFTER):
        return score
    after = text[candidate.end : candidate.end + 5]
    if after.startswith("副"):
        after = after[1:]  # `施磊副教授`
    if _starts_with(after, _HONORIFICS):
        score += 4
    elif _starts_with(after, _TITLES_AFTER):
        score += 3
    elif _starts_with(after, _ACTIONS_AFTER):
        score += 2
    elif _ABOUT_PERSON.match(text, candidate.end):
        score += 3
    elif _starts_with(after, _PLACE_AFTER):
        score -= 3
    elif (opened or posted) and (
        _starts_with(after, _LINKS_AFTER) or after[:1] in _PUNCTUATION or after[:1].isdigit()
    ):
        score += 1
    return score


def _lists(text: str, candidates: list[_Candidate]) -> None:
    """Accept the names of lists (`李华蓉、徐海廷、姜立忠`, `钱立峰和孙海廷`).

    Three or more tagged names in a row are names; an item beside an accepted name is a
    name if it has a name's shape; an item between two accepted names is one whatever its
    shape (`冰心、巴金、老舍`: pen names have none).
    """
    by_start: dict[int, list[_Candidate]] = {}
    by_end: dict[int, list[_Candidate]] = {}
    for c in candidates:
        if c.score > -_CERTAIN and not c.everyday:
            by_start.setdefault(c.start, []).append(c)
            by_end.setdefault(c.end, []).append(c)

    def neighbours(c: _Candidate, joiners: str) -> list[_Candidate]:
        found = []
        if text[c.start - 1 : c.start] in joiners and c.start > 0:
            found += by_end.get(c.start - 1, [])
        if text[c.end : c.end + 1] in joiners and c.end < len(text):
            found += by_start.get(c.end + 1, [])
        return found

    for c in candidates:
        if 0 < c.score < _THRESHOLD and not c.everyday and _run(c, by_start, by_end, text) >= 3:
            c.score = _THRESHOLD
    pending = [c for c in candidates if -_CERTAIN < c.score < _THRESHOLD and not c.everyday]
    changed = True
    while changed:
        changed = _enclosed(text, candidates, by_start, by_end)
        for c in pending:
            if c.score >= _THRESHOLD:
                continue
            beside = neighbours(c, _LIST_JOINERS)
            # After `和`, `与`, `及` only a candidate with some evidence of its own.
            listed = "、" in text[c.start - 1 : c.start] + text[c.end : c.end + 1]
            if (listed or c.score > 0) and any(n.score >= _THRESHOLD for n in beside):
                c.score = _THRESHOLD
                changed = True


def _run(
    c: _Candidate,
    by_start: dict[int, list[_Candidate]],
    by_end: dict[int, list[_Candidate]],
    text: str,
) -> int:
    """How many tagged names in a row, separated by `、`, the list around `c` holds."""
    length = 1
    item: _Candidate | None = c
    while item is not None and text[item.start - 1 : item.start] == "、":
        item = next((n for n in by_end.get(item.start - 1, []) if n.score > 0), None)
        length += item is not None
    item = c
    while item is not None and text[item.end : item.end + 1] == "、":
        item = next((n for n in by_start.get(item.end + 1, []) if n.score > 0), None)
        length += item is not None
    return length


def _enclosed(
    text: str,
    candidates: list[_Candidate],
    by_start: dict[int, list[_Candidate]],
    by_end: dict[int, list[_Candidate]],
) -> bool:
    """Accept the items of two or three characters between two accepted names of a list.

    Returns whether one was accepted.
    """
    accepted = {(c.start, c.end) for c in candidates if c.score >= _THRESHOLD}
    ends = {end for _, end in accepted}
    starts = {start for start, _ in accepted}
    added = False
    for match in _LIST_ITEM.finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        if (
            start - 1 in ends
            and end + 1 in starts
            and (start, end) not in accepted
            and word not in _everyday_words()
            and word not in PLACES
            and not installed().is_not_person(word)
        ):
            item = _Candidate(start, end, word, -1, -1, score=_THRESHOLD)
            candidates.append(item)
            by_start.setdefault(start, []).append(item)
            by_end.setdefault(end, []).append(item)
            added = True
    return added


def _ends_with(text: str, words: frozenset[str]) -> bool:
    # A set lookup per word length, not a comparison per word: the lists are long.
    for n in _lengths(words):  # shortest first
        if n > len(text):
            return False
        if text[-n:] in words:
            return True
    return False


def _starts_with(text: str, words: frozenset[str]) -> bool:
    for n in _lengths(words):
        if n > len(text):
            return False
        if text[:n] in words:
            return True
    return False


@lru_cache(maxsize=32)
def _lengths(words: frozenset[str]) -> tuple[int, ...]:
    """The lengths the words come in."""
    return tuple(sorted({len(w) for w in words if w}))
