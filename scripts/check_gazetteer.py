#!/usr/bin/env python3
"""Consistency checks for assets/gazetteer/*.toml (written for plantscope; MIT).

Checks counts, cross references (brand.group, model.brand, plant.country/group/brands),
duplicate names, and aliases shared (after folding) by two entities of the same kind.
Exit status 1 on any error.
"""
import os
import sys
import tomllib
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import fold  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "assets", "gazetteer")
MIN = {"brand": 300, "group": 60, "model": 3500, "country": 245, "plant": 1000}
FILES = {"group": "groups.toml", "brand": "brands.toml", "model": "models.toml",
         "country": "countries.toml", "plant": "plants.toml"}

# Intentional sharing (same kind): folded form -> set of entity keys allowed to share it.
ALLOWED_SHARED = {
}


def load():
    data = {}
    for kind, fn in FILES.items():
        path = os.path.join(ROOT, fn)
        with open(path, "rb") as f:
            raw = f.read()
        if not raw.startswith(b"#"):
            print(f"ERROR {fn}: missing leading # header")
        data[kind] = tomllib.loads(raw.decode("utf-8"))[kind]
    return data


def forms(e, kind):
    out = [e["name"]] + e.get("aliases", []) + e.get("predecessors", []) + e.get("cased", [])
    return out


def main():
    data = load()
    errors = 0

    def err(msg):
        nonlocal errors
        errors += 1
        print("ERROR", msg)

    for kind, n in MIN.items():
        c = len(data[kind])
        print(f"{kind:8s} {c:5d} (min {n})")
        if c < n:
            err(f"too few {kind}s: {c} < {n}")

    names = {}
    for kind in FILES:
        if kind == "model":
            keys = [(m["brand"], m["name"]) for m in data[kind]]
        else:
            keys = [e["name"] for e in data[kind]]
        seen = set()
        for k in keys:
            if k in seen:
                err(f"duplicate {kind} name {k!r}")
            seen.add(k)
        names[kind] = seen

    allowed_fields = {
        "group": {"name", "aliases", "predecessors", "cased", "ambiguous", "country"},
        "brand": {"name", "aliases", "group", "ambiguous", "cased", "country", "history"},
        "model": {"brand", "name", "aliases", "common", "brand_only"},
        "country": {"name", "iso", "aliases", "cased"},
        "plant": {"name", "aliases", "cased", "city", "country", "operator", "group", "brands",
                  "places", "near_places", "kind", "opened", "closed", "lat", "lon", "status"},
    }
    for kind, ents in data.items():
        for e in ents:
            extra = set(e) - allowed_fields[kind]
            if extra:
                err(f"{kind} {e.get('name')!r}: unexpected fields {extra}")
            for f in ("aliases", "predecessors", "cased", "brands"):
                if f in e and not all(isinstance(x, str) and x.strip() for x in e[f]):
                    err(f"{kind} {e['name']!r}: empty/non-string in {f}")

    for b in data["brand"]:
        if "group" in b and b["group"] not in names["group"]:
            err(f"brand {b['name']!r}: unknown group {b['group']!r}")
        if b.get("ambiguous") and not b.get("cased"):
            err(f"brand {b['name']!r}: ambiguous without cased forms")
    for m in data["model"]:
        if m["brand"] not in names["brand"]:
            err(f"model {m['name']!r}: unknown brand {m['brand']!r}")
    isos = set()
    for c in data["country"]:
        if c["iso"] in isos:
            err(f"duplicate iso {c['iso']}")
        isos.add(c["iso"])
        cf = {fold(x) for x in c.get("cased", [])}
        for a in c["aliases"]:
            if fold(a) in cf:
                err(f"country {c['name']!r}: {a!r} both in aliases and cased")
    for p in data["plant"]:
        if p.get("kind", "vehicle") not in {"vehicle", "engine", "battery", "truck", "components"}:
            err(f"plant {p['name']!r}: unknown kind {p.get('kind')!r}")
        if ("lat" in p) != ("lon" in p):
            err(f"plant {p['name']!r}: lat without lon or lon without lat")
        if "lat" in p and not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            err(f"plant {p['name']!r}: coordinates off the globe")
        if "opened" in p and "closed" in p and p["opened"] > p["closed"]:
            err(f"plant {p['name']!r}: closed before it opened")
        if p["country"] not in names["country"]:
            err(f"plant {p['name']!r}: unknown country {p['country']!r}")
        if "group" in p and p["group"] not in names["group"]:
            err(f"plant {p['name']!r}: unknown group {p['group']!r}")
        for b in p["brands"]:
            if b not in names["brand"]:
                err(f"plant {p['name']!r}: unknown brand {b!r}")

    # shared aliases within a kind
    for kind, ents in data.items():
        owners = defaultdict(set)
        for e in ents:
            key = f"{e['brand']} {e['name']}" if kind == "model" else e["name"]
            for f in forms(e, kind):
                k = fold(f)
                if kind == "model":
                    k = (e["brand"], k)  # model names are scoped by brand
                owners[k].add(key)
        for k, who in sorted(owners.items(), key=lambda kv: str(kv[0])):
            if len(who) > 1:
                if who <= ALLOWED_SHARED.get(k if isinstance(k, str) else k[1], set()):
                    continue
                err(f"{kind}: form {k!r} shared by {sorted(who)}")

    # sanity: no alias equal to the entity's own name after folding
    for kind, ents in data.items():
        for e in ents:
            nf = fold(e["name"])
            for a in e.get("aliases", []):
                if fold(a) == nf:
                    err(f"{kind} {e['name']!r}: alias {a!r} folds to the name")
            fs = [fold(a) for a in e.get("aliases", [])]
            if len(fs) != len(set(fs)):
                err(f"{kind} {e['name']!r}: duplicate aliases after folding")

    # cross-kind: plant aliases fire on their own, so they must not be a brand, group or
    # country form; brand forms must not be country forms.
    kind_forms = {}
    for kind in ("brand", "group", "country", "plant"):
        d = defaultdict(set)
        for e in data[kind]:
            for f in forms(e, kind):
                d[fold(f)].add(e["name"])
        kind_forms[kind] = d
    for k, who in kind_forms["plant"].items():
        for other in ("brand", "group", "country"):
            if k in kind_forms[other]:
                err(f"plant form {k!r} ({sorted(who)}) is also a {other} form ({sorted(kind_forms[other][k])})")
    for k, who in kind_forms["brand"].items():
        if k in kind_forms["country"]:
            err(f"brand form {k!r} ({sorted(who)}) is also a country form")

    print("OK" if not errors else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
