"""Country adjectives, demonyms and inflected names in pt, sv, da, no, pl, cs, sk, ro, hu, tr
and ru for the main car-making countries, and the stem-and-ending rules that give the Slavic
case forms (w Polsce, Słowacji, we Włoszech, v Česku) and Hungarian suffixed names
(Németországban). Written for plantscope from public grammars and dictionaries; MIT.
Used by gen_countries.py (and gen_plants.py for the case forms of city names).
"""

# iso | pt | sv | da | no | pl | cs | sk | ro | hu | tr | ru
# pt, ro: masculine singular (inflected by rule); sv/da/no: adjectives (inflected by rule),
# nouns after `;`; pl/cs/sk/ru: masculine adjectives (all cases by rule); hu, tr: as written.
ADJECTIVES = """
RU | russo | rysk; ryss, ryssar | russisk | russisk | rosyjski | ruský | ruský | rus | orosz | Rus | российский, русский
CN | chinês | kinesisk; kines, kineser | kinesisk | kinesisk | chiński | čínský | čínsky | chinez | kínai | Çinli | китайский
JP | japonês | japansk; japaner | japansk | japansk | japoński | japonský | japonský | japonez | japán | Japon | японский
DE | alemão | tysk; tyskar | tysk | tysk | niemiecki | německý | nemecký | german | német | Alman | немецкий
FR | francês | fransk; fransman, fransmän | fransk | fransk | francuski | francouzský | francúzsky | francez | francia | Fransız | французский
IT | italiano | italiensk; italienare | italiensk | italiensk | włoski | italský | taliansky | italian | olasz | İtalyan | итальянский
ES | espanhol | spansk; spanjor, spanjorer | spansk | spansk | hiszpański | španělský | španielsky | spaniol | spanyol | İspanyol | испанский
GB | britânico, inglês | brittisk, engelsk; britter | britisk, engelsk | britisk, engelsk | brytyjski, angielski | britský, anglický | britský, anglický | britanic, englez | brit, angol | İngiliz | британский, английский
US | americano, estadunidense, norte-americano | amerikansk; amerikan, amerikaner | amerikansk | amerikansk | amerykański | americký | americký | american | amerikai | Amerikan, Amerikalı | американский
KR | sul-coreano, coreano | sydkoreansk, koreansk; sydkoreaner | sydkoreansk, koreansk | sørkoreansk, koreansk | południowokoreański, koreański | jihokorejský, korejský | juhokórejský, kórejský | sud-coreean, coreean | dél-koreai, koreai | Güney Koreli, Koreli | южнокорейский, корейский
CZ | checo, tcheco | tjeckisk; tjecker | tjekkisk | tsjekkisk | czeski | český | český | ceh | cseh | Çek | чешский
SK | eslovaco | slovakisk | slovakisk | slovakisk | słowacki | slovenský | slovenský | slovac | szlovák | Slovak | словацкий
PL | polaco, polonês | polsk | polsk | polsk | polski | polský | poľský | polonez | lengyel | Polonyalı | польский
HU | húngaro | ungersk; ungrare | ungarsk | ungarsk | węgierski | maďarský | maďarský | maghiar | magyar | Macar | венгерский
RO | romeno | rumänsk; rumäner | rumænsk | rumensk | rumuński | rumunský | rumunský | român | romániai | Romen | румынский
SE | sueco | svensk; svenskar | svensk | svensk | szwedzki | švédský | švédsky | suedez | svéd | İsveçli | шведский
TR | turco | turkisk; turkar | tyrkisk | tyrkisk | turecki | turecký | turecký | turc | török | Türk | турецкий
IN | indiano | indisk; indier | indisk | indisk | indyjski | indický | indický | indian | indiai | Hintli | индийский
BR | brasileiro | brasiliansk; brasilianare | brasiliansk | brasiliansk | brazylijski | brazilský | brazílsky | brazilian | brazil | Brezilyalı | бразильский
MX | mexicano | mexikansk; mexikaner | mexicansk | meksikansk | meksykański | mexický | mexický | mexican | mexikói | Meksikalı | мексиканский
BE | belga | belgisk; belgare | belgisk | belgisk | belgijski | belgický | belgický | belgian | belga | Belçikalı | бельгийский
NL | holandês, neerlandês | nederländsk, holländsk; nederländare, holländare | hollandsk, nederlandsk | nederlandsk | holenderski, niderlandzki | nizozemský, holandský | holandský | olandez | holland | Hollandalı | нидерландский, голландский
AT | austríaco | österrikisk; österrikare | østrigsk | østerriksk | austriacki | rakouský | rakúsky | austriac | osztrák | Avusturyalı | австрийский
PT | português | portugisisk; portugiser | portugisisk | portugisisk | portugalski | portugalský | portugalský | portughez | portugál | Portekizli | португальский
UA | ucraniano | ukrainsk; ukrainare | ukrainsk | ukrainsk | ukraiński | ukrajinský | ukrajinský | ucrainean | ukrán | Ukraynalı | украинский
SI | esloveno | | | | słoweński | slovinský | slovinský | sloven | szlovén | Slovenyalı | словенский
TH | tailandês | thailändsk | thailandsk | thailandsk | tajlandzki | thajský | thajský | thailandez | thai | Taylandlı | тайский
MA | marroquino | marockansk | marokkansk | marokkansk | marokański | marocký | marocký | marocan | marokkói | Faslı | марокканский
ZA | sul-africano | sydafrikansk | sydafrikansk | sørafrikansk | południowoafrykański | jihoafrický | juhoafrický | sud-african | dél-afrikai | Güney Afrikalı | южноафриканский
CA | canadense | kanadensisk | canadisk | kanadisk | kanadyjski | kanadský | kanadský | canadian | kanadai | Kanadalı | канадский
AR | argentino | argentinsk | argentinsk | argentinsk | argentyński | argentinský | argentínsky | argentinian | argentin | Arjantinli | аргентинский
IR | iraniano | iransk | iransk | iransk | irański | íránský | iránsky | iranian | iráni | İranlı | иранский
UZ | uzbeque | uzbekisk | usbekisk | usbekisk | uzbecki | uzbecký | uzbecký | uzbec | üzbég | Özbek | узбекский
KZ | cazaque | kazakisk | kasakhisk | kasakhisk | kazachski | kazašský | kazašský | kazah | kazah | Kazak | казахстанский, казахский
"""

# Short or irregular names, and forms that no rule gives: iso | forms (comma separated).
EXTRA_NAMES = {
    "US": "Stanów Zjednoczonych, Stanach Zjednoczonych, Stanom Zjednoczonym, Stanami Zjednoczonymi, "
          "Spojených států, Spojených státech, Spojeným státům, Spojenými státy, Spojených štátov, "
          "Spojených štátoch, Spojeným štátom, Соединённые Штаты, Соединённых Штатов, Соединенных Штатов, "
          "Соединенных Штатах, Соединённых Штатах, アメリカ, 美利坚合众国, Amerikas förenta stater, EUA, E.U.A., "
          "Egyesült Államokban, Egyesült Államokból",
    "GB": "Wielkiej Brytanii, Wielką Brytanię, Wielką Brytanią, Zjednoczonym Królestwie, Velká Británie, "
          "Velké Británii, Velké Británie, Velkou Británii, Spojeného království, Spojeném království, "
          "Veľká Británia, Veľkej Británii, Veľkej Británie, Великобритании, Великобританию, Великобританией, "
          "Britannia, Storbritannien, Storbritannia, Marea Britanie, Nagy-Britannia, Nagy-Britanniában, "
          "Birleşik Krallık, İngiltere, Anglia, Anglii, Anglie, Англия, Англии, 英国, 英國, 영국, Reino Unido",
    "DE": "Niemiec, Niemczech, Niemcom, Niemcami, Tyskland, Tysklands, Alemanha, Germania, "
          "Németországban, Németországba, Németországból, Németországot, Almanya, 独逸, ドイツ",
    "IT": "Włoch, Włoszech, Włochom, Włochami, Italien, Italiens, Itálie, Itálii, Taliansko, Taliansku, "
          "Olaszország, Olaszországban, İtalya, Италии",
    "CN": "Chin, Chinach, Chinom, Chinami, Kina, Kinas, Číny, Číně, Číne, Čínu, Čínou, Kínában, Kínából, "
          "Китае, Китая, Китаю, Китаем, 中华人民共和国, 中國大陸, 中国大陆",
    "CZ": "Czech, Czechach, Czechom, Czechami, Česko, Česku, Českem, Česka, Česká republika, České republice, "
          "Českej republike, Tjeckien, Tjekkiet, Tsjekkia, Csehország, Csehországban, Çekya, Чехии, Чехию",
    "HU": "Węgier, Węgrzech, Węgrom, Węgrami, Maďarsko, Maďarsku, Ungern, Ungarn, Magyarországon, "
          "Magyarországra, Magyarországról, Macaristan, Венгрии, Венгрию",
    "IN": "Indii, Indiach, Indiom, Indiami, Indien, Índia, Индии, Индию, Hindistan",
    "NL": "Holandii, Niderlandów, Niderlandach, Nizozemsku, Nizozemska, Holandsku, Holandska, "
          "Нидерландов, Нидерландах, Голландии, Hollandia, Hollandiában, Nederländerna, Holanda",
    "KR": "Korei Południowej, Koreę Południową, Koreą Południową, Korei, Koreę, Koreą, Jižní Koreji, Jižní Koreje, "
          "Jižní Koreu, Južnej Kórei, Južnej Kórey, Južnú Kóreu, Южная Корея, Южной Кореи, Южной Корее, "
          "Южную Корею, Sydkorea, Sydkoreas, Sørkorea, Sør-Korea, Coreia do Sul, Coreia, Coreea de Sud, "
          "Dél-Korea, Dél-Koreában, Güney Kore, 韓国, 韩国, 한국",
    "JP": "Japonii, Japonię, Japonią, Japonsku, Japonska, Japonskem, Japonskom, Japão, Japonya, "
          "Japánban, Japánból, Японии, Японию, 日本国",
    "RU": "Rosji, Rosję, Rosją, Rusku, Ruska, Ruskem, Ruskom, Ryssland, Rysslands, Rusland, Russland, Rússia, "
          "Rusya, Oroszország, Oroszországban, России, Россию, Россией, РФ",
    "ES": "Hiszpanii, Španělsku, Španielsku, Spanien, Spania, Espanha, İspanya, Spanyolország, "
          "Spanyolországban, Испании",
    "FR": "Francji, Francii, Francúzsku, Francúzska, Frankrike, Frankrig, França, Fransa, Franța, Franţa, "
          "Franciaország, Franciaországban, Франции",
    "PL": "Polski, Polsce, Polskę, Polską, Polsku, Polska, Poľsku, Poľska, Polen, Polônia, Polonia, "
          "Polonya, Lengyelország, Lengyelországban, Польше, Польши, Польшу",
    "SK": "Słowacji, Słowację, Słowacją, Slovensku, Slovenska, Slovenskem, Slovenskom, Slovakien, Slovakiet, "
          "Slovakia, Eslováquia, Slovacia, Szlovákia, Szlovákiában, Slovakya, Словакии, Словакию",
    "SE": "Szwecji, Švédsku, Švédska, Sverige, Sveriges, Suécia, Suedia, Svédország, Svédországban, İsveç, "
          "Швеции",
    "RO": "Rumunii, Rumunsku, Rumunska, Rumänien, Romênia, Roménia, Romania, România, Romániában, Romanya, "
          "Румынии",
    "TR": "Turcji, Turecku, Turecka, Turkiet, Tyrkiet, Tyrkia, Turquia, Turcia, Törökország, "
          "Törökországban, Türkiye'de, Турции",
    "BR": "Brazylii, Brazílii, Brazília, Brazílie, Brasilien, Brazilia, Brazíliában, Brezilya, Бразилии",
    "MX": "Meksyku, Mexiku, Mexika, Mexico, Mexikó, Mexikóban, Meksika, Мексике, Мексики",
    "BE": "Belgii, Belgie, Belgicku, Belgicka, Belgien, Bélgica, Belgia, Belgiumban, Belçika, Бельгии",
    "AT": "Austrii, Rakousku, Rakúsku, Österrike, Østrig, Østerrike, Áustria, Austria, Ausztria, "
          "Ausztriában, Avusturya, Австрии",
    "PT": "Portugalii, Portugalsku, Portugalia, Portugália, Portugáliában, Portekiz, Португалии",
    "UA": "Ukrainie, Ukrainy, Ukrajině, Ukrajine, Ucraina, Ukrajna, Ukrajnában, Ukrayna, Украине, Украины",
    "SI": "Słowenii, Slovinsku, Slovinska, Slovenien, Eslovênia, Slovenia, Szlovénia, Slovenya, Словении",
    "MA": "Maroku, Maroko, Marocku, Marokku, Marokko, Marrocos, Maroc, Marokkó, Fas, Марокко",
}

# Forms never emitted: ordinary words in some language (Korean 이란 is a particle, 인도 a
# pavement, 수단 "means"; Japanese タイ is in タイヤ, チリ is dust; Chinese 中非 is "China-Africa").
DROP_CJK = {"이란", "인도", "수단", "오만", "말리", "가나", "토고", "기니", "통가", "조선",
            "タイ", "チリ", "マリ", "トンガ", "中非", "马里", "多哥", "汤加", "通加", "乍得",
            "几内亚", "幾內亞", "關島", "古巴"}

# Latin-script forms from the new languages that are ordinary words elsewhere.
DROP_LATIN = {"román", "roman", "Kuba", "Indie"}


def _pt(m):
    if m.endswith("ão"):
        return [m, m[:-2] + "ã", m[:-2] + "ães", m[:-2] + "ãs"]
    if m.endswith("ês"):
        return [m, m[:-2] + "esa", m[:-2] + "eses", m[:-2] + "esas"]
    if m.endswith("ol"):
        return [m, m + "a", m[:-2] + "óis", m + "as"]
    if m.endswith("o"):
        return [m, m[:-1] + "a", m + "s", m[:-1] + "as"]
    return [m, m + "s"]


def _ro(m):
    if m.endswith("ean"):
        return [m, m[:-1] + "nă", m + "ă", m + "i", m + "e"]
    return [m, m + "ă", m + "i", m + "e", m + "ul", m + "a"]


def _scandi(cell, plural):
    adjectives, _, nouns = cell.partition(";")
    out = []
    for a in [x.strip() for x in adjectives.split(",") if x.strip()]:
        out += [a, a + plural]
    out += [x.strip() for x in nouns.split(",") if x.strip()]
    return out


def _pl(a):
    if a.endswith("i"):
        st = a[:-1]
        return [st + e for e in ("i", "a", "ie", "iego", "iej", "im", "ą", "ich", "imi", "iemu")]
    return [a]


def _cs(a):
    if a.endswith("ý"):
        st = a[:-1]
        return [st + e for e in ("ý", "á", "é", "ého", "ém", "ému", "ou", "ých", "ým", "ými")]
    return [a]


def _sk(a):
    if a.endswith("ý"):
        st, ends = a[:-1], ("ý", "á", "é", "ého", "om", "ej", "ú", "ou", "ých", "ým", "ými", "ému")
    elif a.endswith("y"):
        st, ends = a[:-1], ("y", "a", "e", "eho", "om", "ej", "u", "ou", "ych", "ym", "ymi", "emu")
    else:
        return [a]
    return [st + e for e in ends]


def _ru(a):
    if a.endswith("ий"):
        st = a[:-2]
        return [st + e for e in ("ий", "ая", "ое", "ие", "ого", "ому", "ом", "ой", "ую", "их", "им", "ими")]
    return [a]


def adjective_forms():
    """iso -> adjective and demonym forms in the languages of ADJECTIVES."""
    out = {}
    for line in ADJECTIVES.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        iso, pt, sv, da, no, pl, cs, sk, ro, hu, tr, ru = cols
        forms = []
        split = lambda cell: [x.strip() for x in cell.split(",") if x.strip()]  # noqa: E731
        for m in split(pt):
            forms += _pt(m)
        forms += _scandi(sv, "a") + _scandi(da, "e") + _scandi(no, "e")
        for a in split(pl):
            forms += _pl(a)
        for a in split(cs):
            forms += _cs(a)
        for a in split(sk):
            forms += _sk(a)
        for m in split(ro):
            forms += _ro(m)
        forms += split(hu) + split(tr)
        for a in split(ru):
            forms += _ru(a)
        forms += [x.strip() for x in EXTRA_NAMES.get(iso, "").split(",") if x.strip()]
        out[iso] = forms
    for iso, extra in EXTRA_NAMES.items():
        if iso not in out:
            out[iso] = [x.strip() for x in extra.split(",") if x.strip()]
    return out


# Polish locative/dative of a feminine noun by its last consonant (Kanada -> Kanadzie).
_PL_LOC = [("ka", "ce"), ("ga", "dze"), ("cha", "sze"), ("da", "dzie"), ("ta", "cie"),
           ("ra", "rze"), ("ła", "le"), ("sna", "śnie"), ("na", "nie"), ("wa", "wie"),
           ("ba", "bie"), ("ma", "mie"), ("pa", "pie"), ("sa", "sie"), ("za", "zie")]


def slavic_cases(name, lang):
    """Case forms of a one-word place name by its ending (pl, cs, sk, ru); [] if no rule fits.
    Multi-word and irregular names are listed by hand (EXTRA_NAMES, the plants' places)."""
    if " " in name or len(name) < 4:
        return []
    n = name
    if lang == "pl":
        for end, forms in [("cja", ["cji", "cję", "cją"]), ("sja", ["sji", "sję", "sją"]),
                           ("zja", ["zji", "zję", "zją"]), ("ia", ["ii", "ię", "ią"]),
                           ("ja", ["ji", "ję", "ją"])]:
            if n.endswith(end):
                return [n[: -len(end)] + f for f in forms]
        if n.endswith("a"):
            st = n[:-1]
            gen = st + ("i" if n[-2] in "kgl" else "y")
            loc = next((n[: -len(e)] + r for e, r in _PL_LOC if n.endswith(e)), None)
            return [gen, st + "ę", st + "ą"] + ([loc] if loc else [])
        if n.endswith("ice") or n.endswith("yce"):
            return [n[:-1], n[:-1] + "ach", n[:-1] + "om"]
        if n[-1] in "bcdfghjklmnprstwzń" and n[-1] != "y":
            st = n[:-1] + "ni" if n.endswith("ń") else n
            ins = st + ("iem" if st[-1] in "kg" else "em")
            return [st + "u", ins, st + "owi"] + ([st + "a"] if n.endswith("ń") else [])
        return []
    if lang == "cs":
        if n.endswith("ko"):
            return [n[:-1] + "a", n[:-1] + "u", n[:-1] + "em"]
        if n.endswith("ie"):
            return [n[:-1] + "i", n[:-1] + "í"]
        if n.endswith("ice"):
            return [n[:-1], n[:-1] + "ích", n[:-1] + "ím"]
        if n.endswith("ny") or n.endswith("ty") or n.endswith("vy"):
            return [n[:-1], n[:-1] + "ách", n[:-1] + "ám"]
        if n.endswith("a"):
            st = n[:-1]
            loc = {"k": st[:-1] + "ce", "h": st[:-1] + "ze", "g": st[:-1] + "ze", "r": st[:-1] + "ře"}
            return [st + "y", loc.get(st[-1], st + "ě"), st + "u", st + "ou"]
        if n[-1] in "bdfklmnprstvzň":
            return [n + "a", n + "u", n + "ě", n + "em"]
        return []
    if lang == "sk":
        if n.endswith("ko"):
            return [n[:-1] + "a", n[:-1] + "u", n[:-1] + "om"]
        if n.endswith("ia"):
            return [n[:-1] + "e", n[:-1] + "i", n[:-1] + "u", n[:-1] + "ou"]
        if n.endswith("a"):
            st = n[:-1]
            return [st + "y", st + "e", st + "u", st + "ou"]
        return []
    if lang == "ru":
        for end, forms in [("ия", ["ии", "ию", "ией"]), ("ея", ["еи", "ею", "еей"]),
                           ("ай", ["ая", "аю", "аем", "ае"]), ("ша", ["ши", "ше", "шу", "шей"]),
                           ("ка", ["ки", "ке", "ку", "кой"]), ("га", ["ги", "ге", "гу", "гой"]),
                           ("а", ["ы", "е", "у", "ой"])]:
            if n.endswith(end):
                return [n[: -len(end)] + f for f in forms]
        if n[-1] in "бвгдзклмнпрстфхцчшщ":
            return [n + "а", n + "е", n + "у", n + "ом"]
        return []
    return []


def hungarian_cases(name):
    """Hungarian place names with the suffixes news text glues to them (in, to, from, on)."""
    if " " in name or len(name) < 4:
        return []
    if name.endswith("ország"):
        return [name + s for s in ("ban", "ba", "ból", "on", "ra", "ról", "nak", "gal", "ot")]
    vowels = [c for c in name.lower() if c in "aáoóuúeéiíöőüű"]
    back = bool(vowels) and vowels[-1] in "aáoóuú"
    if name[-1] == "a":
        name = name[:-1] + "á"
    elif name[-1] == "e":
        name = name[:-1] + "é"
    suffixes = ("ban", "ba", "ból", "ra", "ról") if back else ("ben", "be", "ből", "re", "ről")
    return [name + s for s in suffixes]
