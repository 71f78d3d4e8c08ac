"""Shared helpers for the plantscope gazetteer generators (written for plantscope; MIT)."""
import json
import os
import unicodedata

# The folding of src/text/fold.rs, rule for rule: scripts/data/fold_cases.tsv holds tricky
# strings with the fold this gives, and a Rust test (fold::tests) checks fold.rs agrees.
_SPECIAL = {"ß": "ss", "ẞ": "ss", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "ø": "o", "Ø": "o",
            "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "þ": "th", "Þ": "th"}
_SPACES = {"\u2018", "\u2019", "\u02bc"} | {chr(c) for c in range(0x2010, 0x2016)}
# Rust's char::is_whitespace (Unicode White_Space).
_WHITE = {chr(c) for c in [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                           0x2028, 0x2029, 0x202F, 0x205F, 0x3000]}


def _read_t2s():
    """scripts/data/t2s.tsv: traditional Han characters folded to simplified (fold.rs T2S)."""
    path = os.path.join(os.path.dirname(__file__), "data", "t2s.tsv")
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))


_T2S = _read_t2s()


def _alnum(c: str) -> bool:
    """Rust's char::is_alphanumeric: Alphabetic (with the circled letters of Other_Alphabetic)
    or Numeric."""
    return (c.isalpha() or unicodedata.category(c) in ("Nd", "Nl", "No")
            or "\u24b6" <= c <= "\u24e9")


class _Folder:
    def __init__(self):
        self.out = []
        # An e dropped by the ue/oe/ae rule comes back at the end of its word (Zoe = Zoé).
        self.dropped_e = False

    def push(self, text):
        self.dropped_e = False
        self.out.extend(text)

    def end_word(self):
        if self.dropped_e:
            self.push("e")

    def drops_e(self):
        t = self.out
        if len(t) >= 2 and t[-1] == "u" and t[-2] in "qg":
            return False
        return bool(t) and t[-1] in "aou"

    def space(self):
        self.end_word()
        if self.out and self.out[-1] != " ":
            self.push(" ")

    def ascii(self, c):
        if c.isascii() and c.isalnum():
            lower = c.lower()
            if lower == "e" and self.drops_e():
                self.dropped_e = True
                return
            self.push(lower)
        elif ord(c) >= 0x20 or c in "\t\n\x0b\x0c\r":
            self.space()

    def char(self, c):
        if c in _SPECIAL:
            self.push(_SPECIAL[c])
        elif c == "\u00ad":
            pass
        elif c in _SPACES or c in _WHITE:
            self.space()
        elif "\u3040" <= c <= "\u30ff":
            # Kana keep their voicing marks (グループ is no クルー).
            self.push(c)
        else:
            for d in unicodedata.normalize("NFD", c)[:8]:
                if unicodedata.category(d).startswith("M"):
                    continue
                for lower in d.lower():
                    if lower == "e" and c not in "ëË":
                        self.push("e")
                    elif lower.isascii():
                        self.ascii(lower)
                    elif _alnum(lower):
                        self.push(_T2S.get(lower, lower))
                    else:
                        self.space()


def fold(s: str) -> str:
    """Exactly the matcher's folding (src/text/fold.rs): lowercase, diacritics removed,
    ue/oe/ae = u/o/a (not in que/gue), traditional Han characters simplified (t2s.tsv),
    punctuation and spaces one space."""
    f = _Folder()
    for c in s:
        if c.isascii():
            f.ascii(c)
        else:
            f.char(c)
    f.end_word()
    if f.out and f.out[-1] == " ":
        f.out.pop()
    return "".join(f.out)


def is_cjk(s: str) -> bool:
    """Starts in a script written without spaces (fold.rs is_unspaced_script): such a form is
    matched inside longer words."""
    if not s:
        return False
    c = ord(s[0])
    return any(a <= c <= b for a, b in [(0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F),
                                        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
                                        (0xF900, 0xFAFF)])


# Simplified -> traditional Chinese for the characters of car makers', models' and places' names
# (Taiwan and Hong Kong news, and mainland pages in traditional script): every CJK alias with
# one of these gets its traditional spelling too. Only one-to-one pairs (no 后/後, 发/髮, 干/乾).
# Written for plantscope from the Unicode Unihan kTraditionalVariant data; MIT.
S2T_PAIRS = ("车車 厂廠 丰豐 长長 华華 众眾 尔爾 达達 国國 东東 风風 产產 马馬 宝寶 宾賓 腾騰 极極 兰蘭 "
    "爱愛 乐樂 门門 开開 阳陽 广廣 郑鄭 汉漢 湾灣 镇鎮 区區 线線 电電 动動 无無 丽麗 进進 远遠 机機 "
    "陆陸 亚亞 莱萊 铃鈴 锐銳 时時 凯凱 罗羅 锋鋒 驰馳 奥奧 别別 现現 气氣 荣榮 领領 颖穎 骐騏 轩軒 "
    "传傳 鸿鴻 岚嵐 宁寧 苏蘇 庆慶 连連 滨濱 齐齊 乌烏 鲁魯 龙龍 兴興 义義 云雲 贵貴 业業 团團 铁鐵 "
    "钢鋼 经經 济濟 级級 总總 场場 设設 汇匯 务務 创創 优優 伟偉 杰傑 骏駿 驱驅 悦悅 鹏鵬 鹰鷹 凤鳳 "
    "纳納 维維 纪紀 约約 红紅 结結 绿綠 诺諾 讯訊 贝貝 赛賽 轮輪 轿轎 运運 选選 银銀 闪閃 阁閣 陈陳 "
    "顺順 频頻 飞飛 驾駕 鲸鯨 黄黃 宽寬 对對 岛島 带帶 库庫 张張 归歸 当當 恒恆 战戰 扩擴 拥擁 换換 "
    "数數 显顯 杨楊 构構 标標 样樣 桥橋 欧歐 泽澤 测測 润潤 温溫 满滿 灯燈 点點 热熱 狮獅 独獨 环環 "
    "玛瑪 琼瓊 畅暢 盖蓋 盘盤 码碼 称稱 节節 范範 简簡 类類 组組 终終 绍紹 网網 联聯 胜勝 艺藝 "
    "荆荊 莲蓮 营營 萧蕭 蓝藍 装裝 观觀 规規 视視 计計 让讓 议議 记記 评評 识識 话話 说說 调調 谢謝 "
    "贸貿 资資 赵趙 轨軌 转轉 载載 辆輛 辽遼 过過 这這 递遞 释釋 钟鐘 铭銘 链鏈 销銷 锁鎖 镜鏡 "
    "闭閉 问問 阔闊 队隊 际際 陕陝 险險 随隨 静靜 韩韓 顶頂 项項 顾顧 预預 飒颯 驶駛 验驗 体體 "
    "鸡雞 麦麥 龟龜 凌淩 帅帥 沟溝 岭嶺 浔潯 贺賀 邮郵 剑劍 坛壇 坚堅 夺奪 奋奮 妆妝 实實 宫宮 "
    "将將 尘塵 尧堯 峡峽 师師 帜幟 庄莊 庐廬 异異 弹彈 径徑 惠惠 愤憤 拓拓 挚摯 捷捷 晋晉 晓曉 "
    "朴樸 杂雜 权權 条條 来來 极極 枫楓 梦夢 检檢 楼樓 毕畢 泸瀘 洁潔 浙浙 浏瀏 涛濤 渔漁 "
    "澜瀾 烟煙 爷爺 牵牽 猎獵 王王 璐璐 瑞瑞 疆疆 皖皖 盛盛 睿睿 碳碳 神神 祥祥 禅禪 秦秦 "
    "稳穩 穷窮 竞競 笃篤 筑築 纬緯 绅紳 纵縱 绵綿 缘緣 翔翔 职職 聪聰 肃肅 脉脈 腾騰 舰艦 "
    "虏虜 补補 览覽 觉覺 誉譽 豪豪 货貨 质質 购購 赢贏 跃躍 轴軸 辉輝 迈邁 迹跡 适適 邓鄧 "
    "郸鄲 钧鈞 铂鉑 铝鋁 锂鋰 锦錦 镁鎂 闯闖 阵陣 阶階 陨隕 隐隱 雾霧 韵韻 额額 风風 馈饋 "
    "驻駐 骆駱 鲲鯤 鹿鹿 齿齒 启啟 岳嶽 湘湘 蒙蒙 丝絲 轻輕 软軟 蔚蔚 极極 领領 锁鎖 ")
S2T = {}
for pair in S2T_PAIRS.split():
    if len(pair) == 2 and pair[0] != pair[1]:
        S2T[pair[0]] = pair[1]


def traditional(s: str) -> str:
    """The traditional-script spelling of a simplified Chinese name (unchanged if none)."""
    if not is_cjk(s):
        return s
    return "".join(S2T.get(c, c) for c in s)


def q(s: str) -> str:
    """TOML basic string (JSON escaping is a subset of TOML basic-string escaping)."""
    return json.dumps(s, ensure_ascii=False)


def qlist(items) -> str:
    return "[" + ", ".join(q(x) for x in items) + "]"


def dedup(items, exclude=()):
    """De-duplicate after folding, keeping first spelling; drop anything equal to `exclude` forms."""
    seen = {fold(x) for x in exclude}
    out = []
    for x in items:
        x = x.strip()
        if not x:
            continue
        f = fold(x)
        if f in seen:
            continue
        seen.add(f)
        out.append(x)
        # A simplified Chinese name is written in traditional script too (大众 = 大眾).
        t = traditional(x)
        if t != x and fold(t) not in seen:
            seen.add(fold(t))
            out.append(t)
    return out


def split_list(s: str):
    return [x.strip() for x in s.split(",") if x.strip()] if s else []
