#!/usr/bin/env python3
"""Generate assets/gazetteer/plants.toml for plantscope from scripts/data/plants_*.txt (facts:
name, firm aliases, city, country, operator, group, brands, kind, years, coordinates) and
scripts/data/cities.tsv (GeoNames coordinates and city names in other languages, extracted by
scripts/extract_geonames.py). Needs no package: CI re-runs it and diffs the output.

Sources and licences: scripts/data/SOURCES.md. Code written for plantscope; MIT.

Each plant gets
  * `aliases`: firm names that count on their own ("Ford Genk", "usine de Cléon", "Werk
    Dingolfing", "Genk plant"); generic ones ("X plant") only where X has one plant;
  * `places`: the bare city in every language GeoNames has it in, with Slavic case forms
    (v Mladé Boleslavi, w Tychach); they count only in an automotive context. Cities with
    many plants or that name a whole industry (Detroit, Turin, Shanghai) get none;
  * `cased`: acronyms and camel-case names (TMMK, SIA, COMPAS, ElectriCity) match exactly;
  * `near_places`: a busy city's name (Valencia, Shanghai) that needs the maker written near.
"""
import glob
import os
import sys
import tomllib
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from country_forms import slavic_cases  # noqa: E402
from gazlib import dedup, fold, is_cjk, q, qlist, split_list  # noqa: E402

HERE = os.path.dirname(__file__)
ROOT = os.path.join(HERE, "..", "assets", "gazetteer")
DATA = os.path.join(HERE, "data")
KINDS = {"vehicle", "engine", "battery", "truck", "components"}

# A bare city name that means more than one plant or the whole industry there.
NO_PLACES = {fold(c) for c in """Detroit, Turin, Stuttgart, Shanghai, Beijing, Tokyo, Moscow,
    São Paulo, Paris, London, Mexico City, Istanbul, Seoul, Delhi, Mumbai, Tehran, Cairo, Jakarta,
    Bangkok, Buenos Aires, Tianjin, Guangzhou, Chongqing, Shenzhen, Milan, Madrid, Barcelona,
    Berlin, Los Angeles, Chicago, Melbourne, Birmingham, Coventry, Wuhan, Chengdu, Changchun,
    Hefei, Toyota City, Saint Petersburg, Nizhny Novgorod, Ulsan, Busan, Incheon, Toronto,
    Córdoba, Valencia, Lansing, Flint, Dearborn, Louisville, Kansas City, Toledo, Windsor, Rennes,
    Vienna""".split(",")}
MAX_PLANTS_FOR_PLACES = 4
# Where a city has several plants, every plant there gets its bare names: the matcher picks
# among them by the operator, brand or group the article names (False: only the first listed).
SHARE_CITY_PLACES = True
# The plant a city's bare name means where that is not the first one listed (it is moved first).
CITY_PRIMARY = {"Munich": "BMW Munich", "Leipzig": "BMW Leipzig",
                "Aguascalientes": "Nissan Aguascalientes"}
# Cities whose bare name is an ordinary word, a first name or a surname ("born", "Forest",
# "Normal", Martin, Jackson, Ikeda) or another car's name (Toledo, Windsor, Orion): no places.
WORD_CITIES = {fold(c) for c in """Born, Forest, Normal, Liberty, Romeo, Anna, Elizabeth, Martin,
    Jackson, Lincoln, Marshall, Vance, Troy, Hamilton, Buffalo, Woodstock, Thames, Social Circle,
    West Point, Mount Holly, Wayne, Warren, Orion Township, Arlington, Spring Hill, Flat Rock,
    Bowling Green, Cleveland, Columbus, Springfield, Denton, Renton, Chatham-Kent, Dundee, Romulus,
    Toledo, Windsor, Goodwood, Lima, Greensburg, Glendale, Fenton, Decherd, Ikeda, Koga, Iwata,
    Miyoshi, Tahara, Toyama, Kanda, Zama, Ogawa, Hino, Salo, Leyland, Linwood, Elizabeth,
    Princeton, Cambridge, Blue Springs, Normal, Hazelwood, Edison, Wixom, Moraine, Pontiac,
    Lansing, Trenton, Kokomo, Lafayette, Georgetown, Anna, Ladson, Tonawanda""".split(",")}

# Bare place names of districts and sites that are plants' names too.
EXTRA_PLACES = {
    "Longbridge": "Longbridge", "Cowley": "Cowley", "Dagenham": "Dagenham",
    "Ford Southampton": "Swaythling", "Arese": "Arese", "Mirafiori": "Mirafiori",
    "Zuffenhausen": "Zuffenhausen", "Sochaux": "Sochaux",
    "Mladá Boleslav": "Mladé Boleslavi, Mladou Boleslaví, Mladé Boleslavě, Mladá Boleslav",
    "Kvasiny": "Kvasinách, Kvasin, Kvasinám",
    # Czech names of German and Brazilian plant towns (Cvikov is Zwickau), Chinese of Camaçari.
    "Zwickau": "Cvikov, Cvikově, Cvikova, Cvikovu", "BYD Camaçari": "卡马萨里", "Vrchlabí": "Vrchlabí, Vrchlabího",
    "Nošovice": "Nošovicích, Nošovic", "Kolín": "Kolíně, Kolína, Kolínem",
    "Tychy": "Tychach, Tychów", "Gliwice": "Gliwicach, Gliwic", "Września": "Wrześni",
    "Poznań": "Poznaniu, Poznania", "Žilina": "Žiline, Žiliny", "Trnava": "Trnave, Trnavy",
    "Bratislava": "Bratislave, Bratislavy", "Nitra": "Nitre, Nitry", "Kaluga": "Калуге, Калуги",
    "Tolyatti": "Тольятти", "Saab Trollhättan": "Trollhättan", "Ford Genk": "Genk",
    "Opel Bochum": "Bochum", "Opel Antwerp": "Antwerpen, Anvers, Antwerp",
    "Renault Vilvoorde": "Vilvoorde, Vilvorde", "Termini Imerese": "Termini Imerese",
    "Aulnay-sous-Bois": "Aulnay, Aulnay-sous-Bois", "Cléon": "Cléon",
    "Lordstown Assembly": "Lordstown", "Honda Swindon": "Swindon", "Nissan CIVAC": "Cuernavaca",
    "Ebro Barcelona": "Zona Franca", "SEAT Zona Franca": "Zona Franca",
    # Named by the nearby city, not the site's own word-city (Vance) or town (São Bernardo):
    "Mercedes Tuscaloosa": "Tuscaloosa", "Volkswagen Anchieta": "Anchieta",
    "Autoeuropa": "Setúbal, Setubal", "Zaragoza": "Saragossa", "Hyundai Chennai": "Chennai",
    # Sites in a city's district the press names by the capital (or the contractor):
    "VW Forest": "Brussel, Brüssel, Bruxelles, Brussels, Bruselas, Bruxelas, Bruksela",
    "Audi Brussels": "Brussel, Brüssel, Bruxelles, Brussels, Bruselas, Bruxelas, Bruksela",
    "Giga Berlin": "Berlin, Berlín, Berlino, Berlijn", "Valmet Uusikaupunki": "Valmet",
    "SAIC Volkswagen Yizheng": "仪征, 儀征",
    "Stellantis Tychy engines": "Tychy, Tychach, Tychów",
    # Czech and Slovak name Novo mesto Nové Město (declined); Turkish news the province.
    # Rennes in car news is the La Janais car plant (in Chartres-de-Bretagne), not the parts site.
    "Rennes-La Janais": "Rennes",
    "Novo Mesto": "Nové Město, Novém Městě, Nového Města, Novo mesto",
    "Toyota Sakarya": "Sakarya, Sakarya'daki, Sakarya'da", "Opel Wien-Aspern": "Aspern",
    # Named by the district or the district's town (Kia's plant is in Anantapur district, Volvo
    # Trucks' in Gothenburg's Tuve, SAIC-GM's in Shanghai's Jinqiao, BYD's batteries in
    # Changsha's Ningxiang). "il Lingotto" is Fiat itself: its old plant is "Fiat Lingotto", with
    # no bare name (plants_1.txt).
    "Kia Anantapur": "Anantapur, Anantapuram", "Volvo Trucks Tuve": "Tuve",
    "SAIC-GM Jinqiao": "金桥, 金橋, Jinqiao", "BYD Ningxiang": "宁乡, 寧鄉, Ningxiang",
    # Batch 9: Ningbo's Hangzhou Bay new zone (renamed Qianwan) holds Geely's and SAIC-VW's
    # plants, the maker named choosing; Ford Otosan's truck plant is in İnönü (Eskişehir);
    # Nissan Shatai's Hiratsuka plant is the Shonan plant.
    "Hangzhou Bay": "杭州湾新区, 前湾新区", "SAIC Volkswagen Ningbo": "杭州湾新区, 前湾新区",
    "Ford Otosan Eskişehir": "İnönü", "Nissan Shatai Shonan": "湘南工場",
    "Scania Luleå": "Luleå, Lulea", "Geely Xiangtan": "湘潭, Xiangtan",
}

# Busy cities (in NO_PLACES: a region, a government, a club, a stock market) whose bare name
# means this plant only with the plant's maker written near it and production words around
# ("Ford's Valencia site", "sein spanisches Werk in Valencia", "Tesla's Shanghai plant"):
# `near_places`, where the city has one plant of that maker.
NEAR_PLACES = {
    "Almussafes": "Valencia, València",
    "Giga Shanghai": "Shanghai, Shanghái, Xangai, Szanghaj, Šanghaj, Şanghay, Schanghai, Sjanghai",
    "Ebro Barcelona": "Barcelona",
}

# Polish names a plant by its city's adjective ("tyska fabryka", "w bielskim zakładzie"): the
# adjective's stem per city, and the endings it takes beside each form of fabryka, zakład(y).
PL_CITY_ADJECTIVES = {"Tychy": "tysk", "Bielsko-Biała": "bielsk", "Gliwice": "gliwick",
                      "Poznań": "poznańsk", "Września": "wrzesińsk", "Lublin": "lubelsk",
                      "Jawor": "jaworsk", "Wałbrzych": "wałbrzysk", "Polkowice": "polkowick",
                      "Słupsk": "słupsk", "Sanok": "sanock", "Starachowice": "starachowick"}
PL_PLANT_NOUNS = [("a", "fabryka"), ("iej", "fabryki"), ("iej", "fabryce"), ("ą", "fabrykę"),
                  ("ą", "fabryką"), ("i", "zakład"), ("iego", "zakładu"), ("im", "zakładzie"),
                  ("im", "zakładem"), ("ie", "zakłady"), ("ich", "zakładów"),
                  ("ich", "zakładach")]

# A one-word plant name or alias is a place's name too ("Zaragoza", "Pusan", "Saragosse"):
# it goes to `places` (context needed) unless it names the maker, a production site or is
# written in exact case.
SITE_SUFFIXES = ("werk", "werke", "fabrik", "fabriken", "fabriek", "plant", "works", "factory",
                 "verken", "verket")

# Plant words glued to a city's name in Chinese, Japanese and Korean, by country.
CJK_PLANT_WORDS = {"CN": ["工厂", "基地", "生产基地", "整车厂", "新工厂", "新生产基地"],
                   "TW": ["工厂", "廠"], "JP": ["工場", "製作所", "新工場"], "KR": ["공장", "공장에서"]}

# Automatic firm names by the language of the plant's country.
PLANT_WORDS = {
    "en": ["{} plant", "{} factory", "{} assembly plant"],
    "fr": ["usine de {}", "usine d'{}"],
    "de": ["Werk {}", "{}-Werk", "{}er Werk"],
    "es": ["planta de {}", "fábrica de {}", "factoría de {}"],
    "pt": ["fábrica de {}"],
    "it": ["stabilimento di {}", "impianto di {}"],
    "nl": ["fabriek in {}"],
}
COUNTRY_LANG = {"France": "fr", "Belgium": "fr", "Morocco": "fr", "Algeria": "fr", "Germany": "de",
                "Austria": "de", "Spain": "es", "Mexico": "es", "Argentina": "es", "Colombia": "es",
                "Venezuela": "es", "Brazil": "pt", "Portugal": "pt", "Italy": "it", "Netherlands": "nl"}


def key_city(p):
    return (fold(p["city"]), p["country"])


def read_plants():
    plants = []
    for path in sorted(glob.glob(os.path.join(DATA, "plants_*.txt"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                cols = [c.strip() for c in line.split("|")]
                if len(cols) not in (7, 10, 12):
                    sys.exit(f"{path}:{n}: {len(cols)} columns: {line}")
                cols += [""] * (12 - len(cols))
                name, al, city, country, operator, group, brands, kind, opened, closed, lat, lon = cols
                if kind and kind not in KINDS:
                    sys.exit(f"{path}:{n}: unknown kind {kind!r}")
                plants.append(dict(name=name, aliases=split_list(al), city=city, country=country,
                                   operator=operator, group=group, brands=split_list(brands),
                                   kind=kind or "vehicle", opened=opened, closed=closed,
                                   lat=lat, lon=lon, where=f"{os.path.basename(path)}:{n}"))
    return plants


# A plant's own coordinates this far from GeoNames' city of that name mean another city.
SAME_CITY_KM = 50


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance between two points given as strings of degrees."""
    from math import asin, cos, radians, sin, sqrt
    la1, lo1, la2, lo2 = (radians(float(x)) for x in (lat1, lon1, lat2, lon2))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 12742 * asin(sqrt(h))


def read_cities():
    """(folded city, iso) -> (lat, lon, [names])."""
    cities = {}
    path = os.path.join(DATA, "cities.tsv")
    if not os.path.exists(path):
        return cities
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            city, iso, lat, lon, names = line.rstrip("\n").split("\t")
            cities[(fold(city), iso)] = (lat, lon, [x for x in names.split("|") if x])
    return cities


def read_towns():
    """(folded town, country) -> (lat, lon) for towns GeoNames' cities15000 lacks."""
    towns = {}
    with open(os.path.join(DATA, "towns.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                town, country, lat, lon = line.rstrip("\n").split("\t")
                towns[(fold(town), country)] = (lat, lon)
    return towns


def load_toml(name):
    with open(os.path.join(ROOT, name), "rb") as f:
        return tomllib.load(f)


def taken_forms():
    """Folded forms of brands, groups and countries: no plant name may be one."""
    out = set()
    for fn, kind in [("brands.toml", "brand"), ("groups.toml", "group"), ("countries.toml", "country")]:
        for e in load_toml(fn)[kind]:
            for x in [e["name"]] + e.get("aliases", []) + e.get("predecessors", []) + e.get("cased", []):
                out.add(fold(x))
    return out


def maker_forms():
    """Names and aliases of brands and groups."""
    for fn, kind in [("brands.toml", "brand"), ("groups.toml", "group")]:
        for e in load_toml(fn)[kind]:
            yield from [e["name"]] + e.get("aliases", []) + e.get("cased", [])


def one_word_place(alias, maker_words):
    """A name of one word that is no maker's, no site's ("Puchwerk") and no acronym's."""
    f = fold(alias)
    if is_cjk(alias):
        # A bare city in Chinese, Japanese or Korean (울산, 부산, 成都) is a place like any
        # other city: without car context it is the city (울산HD is Ulsan's football club).
        return len(alias) <= 3 and not any(w in alias for ws in CJK_PLANT_WORDS.values() for w in ws)
    return (bool(f) and " " not in f and not is_cased(alias)
            and f not in maker_words and not any(c.isdigit() for c in f)
            and not f.endswith(SITE_SUFFIXES))


def is_cased(alias):
    """Acronyms (TMMK, SIA, COMPAS) and camel case (ElectriCity) mean the plant only so written."""
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6 and not is_cjk(alias):
        return True
    words = alias.replace("-", " ").split()
    return len(words) == 1 and any(c.isupper() for c in alias[1:]) and any(c.islower() for c in alias)


def korean_spacing(aliases):
    """Korean writes a compound noun with or without its spaces (전용공장, 전용 공장): a Hangul
    alias with the plant word 공장 gets the other spelling too."""
    out = []
    for a in aliases:
        if not any("\uac00" <= c <= "\ud7af" for c in a) or a.startswith("공장"):
            continue
        other = a.replace(" 공장", "공장") if " 공장" in a else a.replace("공장", " 공장")
        if other != a and other not in aliases and other not in out:
            out.append(other)
    return out


def main():
    plants = read_plants()
    for p in plants:
        p["aliases"] = p["aliases"] + korean_spacing(p["aliases"])
    cities = read_cities()
    towns = read_towns()
    iso = {c["name"]: c["iso"] for c in load_toml("countries.toml")["country"]}
    brands = {b["name"] for b in load_toml("brands.toml")["brand"]}
    groups = {g["name"] for g in load_toml("groups.toml")["group"]}
    taken = taken_forms()
    maker_words = {fold(x) for x in maker_forms() if " " not in fold(x)}
    models = defaultdict(set)
    for m in load_toml("models.toml")["model"]:
        if not m.get("brand_only"):
            for x in [m["name"]] + m.get("aliases", []):
                models[fold(x)].add(m["brand"])
    names = Counter(p["name"] for p in plants)
    dup = [n for n, c in names.items() if c > 1]
    if dup:
        sys.exit(f"duplicate plant names: {dup}")
    # The plant a city's bare name means is listed first among that city's plants: the matcher
    # takes the first listed where an article names none of their makers.
    for primary in CITY_PRIMARY.values():
        i = next(n for n, p in enumerate(plants) if p["name"] == primary)
        p = plants.pop(i)
        first = next((n for n, q in enumerate(plants) if (fold(q["city"]), q["country"]) == (fold(p["city"]), p["country"])), i)
        plants.insert(min(first, i), p)
    per_city = Counter((fold(p["city"]), p["country"]) for p in plants if p["city"])
    first_in_city = {}
    for p in plants:
        first_in_city.setdefault((fold(p["city"]), p["country"]), p["name"])
    for p in plants:
        if CITY_PRIMARY.get(p["city"]) == p["name"]:
            first_in_city[(fold(p["city"]), p["country"])] = p["name"]

    listed_aliases = {fold(a) for p in plants for a in p["aliases"]}
    for p in plants:
        if p["country"] not in iso:
            sys.exit(f"{p['where']}: unknown country {p['country']!r}")
        p["brands"] = [b for b in p["brands"] if b in brands]
        if p["group"] and p["group"] not in groups:
            p["group"] = ""
        key = (fold(p["city"]), iso[p["country"]])
        lat, lon, city_names = cities.get(key, ("", "", []))
        if p["lat"] and lat and km(p["lat"], p["lon"], lat, lon) > SAME_CITY_KM:
            # GeoNames' city of that name is another one (Wilmington, North Carolina, for GM's
            # plant in Delaware): its coordinates and names are not this plant's.
            lat, lon, city_names = "", "", []
        if not p["lat"] and not lat:
            lat, lon = towns.get((fold(p["city"]), p["country"]), ("", ""))
        if not p["lat"] and lat:
            p["lat"], p["lon"] = lat, lon
        # A GeoNames alternate name that is a model of a brand not built here is that car's
        # name ("Parati", listed for Araquari, is Volkswagen's Parati), not the city's.
        city_names = [n for n in city_names
                      if fold(n) == fold(p["city"]) or not (models.get(fold(n), set()) - set(p["brands"]))]
        shared = per_city[(fold(p["city"]), p["country"])]
        places = []
        city_ok = fold(p["city"]) not in NO_PLACES | WORD_CITIES
        if p["city"] and city_ok and shared <= MAX_PLANTS_FOR_PLACES:
            places = [p["city"]] + city_names
            lang = {"CZ": "cs", "SK": "sk", "PL": "pl", "RU": "ru", "BY": "ru", "UA": "ru"}.get(iso[p["country"]])
            if lang:
                # Case forms of the city's own name only (not of every exonym GeoNames has).
                cyrillic = [n for n in places if any("а" <= c <= "я" for c in n)]
                for n in (cyrillic if lang == "ru" else [p["city"]]):
                    places += slavic_cases(n, lang)
        places += split_list(EXTRA_PLACES.get(p["name"], ""))
        # Chinese, Japanese and Korean news name a plant by its city and the plant word glued to
        # it (成都工厂, 鈴鹿製作所, 울산공장), also where the bare city is too common or has too
        # many plants to mean one: shared by the city's plants, the matcher picks by maker.
        words = CJK_PLANT_WORDS.get(iso[p["country"]])
        if words and p["city"]:
            for n in city_names + [p["city"]]:
                # The city in the country's own script (no Korean name with a Japanese suffix).
                hangul = any("\uac00" <= c <= "\ud7af" for c in n)
                if not is_cjk(n) or hangul != (iso[p["country"]] == "KR"):
                    continue
                n = n.replace(" ", "")
                for suffix in ("広域市", "广域市", "廣域市", "市", "県", "町", "시", "군"):
                    if n.endswith(suffix) and len(n) > len(suffix) + 1:
                        n = n[: -len(suffix)]
                        break
                if len(n) >= 2:
                    # A plant's listed name stays its own (田原工場 is Toyota's Tahara plant).
                    places += [n + w for w in words if fold(n + w) not in listed_aliases]
        firm, cased = [], []
        # The operator's own name ("Revoz", "Autoeuropa") stays firm.
        operator_words = maker_words | set(fold(p["operator"]).split())
        p["listed_places"] = [a for a in [p["name"]] + p["aliases"] if one_word_place(a, operator_words)]
        places += p["listed_places"]
        place_folds = {fold(x) for x in places}
        for a in p["aliases"]:
            if fold(a) in place_folds:
                continue
            (cased if is_cased(a) else firm).append(a)
        # Automatic firm names: brand + city, and a plant word + city where the city has one plant.
        auto = []
        if p["city"]:
            for b in p["brands"][:2]:
                auto.append(f"{b} {p['city']}")
            stem = PL_CITY_ADJECTIVES.get(p["city"])
            if stem and p["country"] == "Poland" and first_in_city[key_city(p)] == p["name"]:
                auto += [f"{stem}{ending} {noun}" for ending, noun in PL_PLANT_NOUNS]
            # A city whose name is a word ("Born") has no bare places: the plant words of other
            # languages name its (first listed) plant too, written so ("im niederländischen Werk
            # Born"; "das Werk normal" is no plant).
            if fold(p["city"]) in WORD_CITIES and first_in_city[key_city(p)] == p["name"]:
                for lang, patterns in PLANT_WORDS.items():
                    if lang != "en":
                        cased += [x.format(p["city"]) for x in patterns
                                  if "'" not in x and x != "{}er Werk"]
            if shared == 1:
                for lang in ("en", COUNTRY_LANG.get(p["country"])):
                    for pattern in PLANT_WORDS.get(lang, []):
                        if pattern == "usine d'{}" and fold(p["city"])[:1] not in "aeiouh":
                            continue
                        if pattern == "usine de {}" and fold(p["city"])[:1] in "aeiouh":
                            continue
                        auto.append(pattern.format(p["city"]))
        p["firm"], p["cased"], p["auto"], p["places"] = firm, cased, auto, places

    # A generated or listed form that two plants share, or that is a brand, group or country
    # form, names neither: it goes (listed firm names stay; check_gazetteer reports clashes).
    owners = defaultdict(set)
    place_cities = defaultdict(set)
    for p in plants:
        own_name = [] if fold(p["name"]) in {fold(x) for x in p["places"]} else [p["name"]]
        for x in own_name + p["firm"] + p["cased"] + p["auto"]:
            owners[fold(x)].add(p["name"])
        extra = {fold(x) for x in split_list(EXTRA_PLACES.get(p["name"], ""))}
        for x in p["places"]:
            if fold(x) not in extra:
                place_cities[fold(x)].add((fold(p["city"]), p["country"]))
    listed_elsewhere = {fold(x) for p in plants for x in p["listed_places"]}
    for p in plants:
        def own(x):
            k = fold(x)
            return k and k not in taken and len(owners[k]) == 1
        p["auto"] = [x for x in p["auto"] if own(x)]
        if not SHARE_CITY_PLACES and first_in_city[(fold(p["city"]), p["country"])] != p["name"]:
            p["places"] = []
        # A place is the city's name: every plant in that city has it, no other plant does
        # (a name the plant's own row lists wins over another city's GeoNames variant).
        # Bare names this plant's own row or EXTRA_PLACES gives it ("Chennai" for Hyundai's
        # plant near it, in a city whose other plants have that name too).
        own_listed = {fold(x) for x in p["listed_places"] + split_list(EXTRA_PLACES.get(p["name"], ""))}
        # Two Han characters name a Chinese city (长沙, 宁波, 南京); in Japan they are as often a
        # surname (宮田), so there a place needs three.
        chinese = iso[p["country"]] in ("CN", "TW")
        p["places"] = dedup([x for x in p["places"] if fold(x) not in taken
                             and (len(fold(x)) >= 3 or (chinese and is_cjk(x) and len(fold(x)) == 2))
                             and not owners[fold(x)] - {p["name"]}
                             and (fold(x) in own_listed or (len(place_cities[fold(x)]) == 1
                                                            and fold(x) not in listed_elsewhere))])
        p["firm"] = dedup(p["firm"] + p["auto"], exclude=[p["name"]] + p["places"])
        p["cased"] = dedup(p["cased"])

    with open(os.path.join(ROOT, "plants.toml"), "w", encoding="utf-8") as f:
        f.write("# plantscope gazetteer: vehicle, engine, battery, truck and component plants\n")
        f.write("# Generated by scripts/gen_plants.py from scripts/data/plants_*.txt and cities.tsv --\n")
        f.write("# edit those, not this file. Sources and licences: scripts/data/SOURCES.md.\n")
        f.write("# `aliases` fire on their own; `places` (bare city names in every language) only in\n")
        f.write("# an automotive context; `cased` only written exactly so.\n")
        for p in plants:
            f.write(f"\n[[plant]]\nname = {q(p['name'])}\naliases = {qlist(p['firm'])}\n")
            if p["cased"]:
                f.write(f"cased = {qlist(p['cased'])}\n")
            if p["places"]:
                f.write(f"places = {qlist(p['places'])}\n")
            if p["name"] in NEAR_PLACES:
                f.write(f"near_places = {qlist(split_list(NEAR_PLACES[p['name']]))}\n")
            if p["city"]:
                f.write(f"city = {q(p['city'])}\n")
            f.write(f"country = {q(p['country'])}\n")
            if p["operator"]:
                f.write(f"operator = {q(p['operator'])}\n")
            if p["group"]:
                f.write(f"group = {q(p['group'])}\n")
            f.write(f"brands = {qlist(p['brands'])}\n")
            f.write(f"kind = {q(p['kind'])}\n")
            for key in ("opened", "closed"):
                if p[key]:
                    f.write(f"{key} = {int(p[key])}\n")
            if p["lat"] and p["lon"]:
                f.write(f"lat = {float(p['lat'])}\nlon = {float(p['lon'])}\n")
    located = sum(1 for p in plants if p["lat"])
    print(f"plants: {len(plants)} ({located} with coordinates)")


if __name__ == "__main__":
    main()
