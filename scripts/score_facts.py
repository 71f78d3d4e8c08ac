#!/usr/bin/env python3
"""Score plantscope's production facts against the hand-made gold (tests/devset/facts.json).

The articles are real third-party pages kept OUTSIDE the repository (default /work/devdata;
the matcher's scripts/devset_*.py fetch them with the search tool's pages corpus). Prints, per
language and overall: plant-model pairs recall / precision, status accuracy on the pairs
found, the same for all subjects (models and brands), and the baseline of pairing every plant
with every model mentioned in the same sentence.

    python3 scripts/score_facts.py [--bin target/debug/plantscope] [--data /work/devdata]
                                   [--batch N] [--misses] [--statuses]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tomllib
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("-", " ").strip()


def gazetteer_names():
    """folded alias -> canonical, for plants and models (gold may use any spelling)."""
    gdir = os.path.join(ROOT, "assets", "gazetteer")
    plants, models = {}, {}
    by_place = {}
    for p in tomllib.load(open(os.path.join(gdir, "plants.toml"), "rb")).get("plant", []):
        for n in [p["name"]] + p.get("aliases", []):
            plants.setdefault(fold(n), p["name"])
        for n in p.get("places", []):
            by_place.setdefault(fold(n), set()).add(p["name"])
    # A place stands for its plant where it has only one (gold writes "Vilvoorde").
    for place, names in by_place.items():
        if len(names) == 1:
            plants.setdefault(place, next(iter(names)))
    brands = {}
    for b in tomllib.load(open(os.path.join(gdir, "brands.toml"), "rb")).get("brand", []):
        brands[b["name"]] = [b["name"]] + b.get("aliases", [])
    for m in tomllib.load(open(os.path.join(gdir, "models.toml"), "rb")).get("model", []):
        canonical = f'{m["brand"]} {m["name"]}'
        for bn in brands.get(m["brand"], [m["brand"]]):
            for n in [m["name"]] + m.get("aliases", []):
                models.setdefault(fold(f"{bn} {n}"), canonical)
    return plants, models


def run(binary, args):
    out = subprocess.run([binary, "--no-config"] + args, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"{binary} {' '.join(args)}: exit {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


def key_of(path, data):
    rel = os.path.relpath(os.path.join(os.getcwd(), path), data) if not path.startswith(data) else os.path.relpath(path, data)
    return re.sub(r"\.[a-z]+$", "", rel)


SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[\"«“„(A-ZÀ-ÖØ-Þ0-9])|[。！？]|\n+")


def baseline(listing, data):
    """Every plant x every model mentioned in one sentence."""
    pairs = set()
    for a in listing["articles"]:
        k = key_of(a["path"], data)
        body = a.get("body", "")
        bounds, start = [], 0
        for m in SENTENCE.finditer(body):
            bounds.append((start, m.end()))
            start = m.end()
        bounds.append((start, len(body.encode())))
        # Mentions count bytes; work in bytes.
        b = body.encode()
        cuts, pos = [], 0
        for piece in SENTENCE.split(body):
            pass
        ends = [0]
        for m in SENTENCE.finditer(body):
            ends.append(len(body[: m.end()].encode()))
        ends.append(len(b) + 1)
        by_sentence = defaultdict(lambda: ([], []))
        for m in a["mentions"]:
            s = max(i for i, e in enumerate(ends) if e <= m["start"])
            if m["kind"] == "plant":
                by_sentence[s][0].append(m["entity"])
            elif m["kind"] == "model":
                by_sentence[s][1].append(m["entity"])
        for plants, models in by_sentence.values():
            for p in plants:
                for mo in models:
                    pairs.add((k, p, mo))
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "plantscope"))
    ap.add_argument("--data", help="where the articles are (default /work/devdata; /work/devdata6 for --batch 6, /work/devdata8f for --batch 8, /work/devdata10f for --batch 10)")
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "devset", "facts.json"))
    ap.add_argument("--misses", action="store_true", help="list misses and false facts")
    ap.add_argument("--batch", type=int, help="only the articles of this annotation batch (1: the first; 2: 2026-12-02; 3: the held-out batch of 2026-12-03; 6: reported speech and history, 2026-12-03, in /work/devdata6; 8: closures, moves and other makers' models, 2026-12-04, in /work/devdata8f; 10: moves, pauses and hedged plans, 2026-12-04 night, in /work/devdata10f)")
    ap.add_argument("--statuses", action="store_true", help="also recall and precision per gold status")
    args = ap.parse_args()
    if args.data is None:
        args.data = {6: "/work/devdata6", 8: "/work/devdata8f", 10: "/work/devdata10f"}.get(args.batch, "/work/devdata")
    gold = json.load(open(args.gold))["articles"]
    if args.batch is not None:
        gold = {k: v for k, v in gold.items() if v.get("batch", 1) == args.batch}
    plants, models = gazetteer_names()
    data = os.path.abspath(args.data)
    files = [os.path.join(data, k + ".md") for k in gold if os.path.exists(os.path.join(data, k + ".md"))]
    if not files:
        sys.exit(f"no gold article found under {data}")
    facts = run(args.bin, ["facts", "--json"] + files)["facts"]
    listing = run(args.bin, ["list", "--json", "--body"] + files)
    lang_of = {k: v["lang"] for k, v in gold.items()}

    def gold_set(kinds):
        out = {}
        for k, v in gold.items():
            if not os.path.exists(os.path.join(data, k + ".md")):
                continue
            for f in v["facts"]:
                if f["kind"] not in kinds:
                    continue
                p = plants.get(fold(f["plant"]), f["plant"])
                s = models.get(fold(f["subject"]), f["subject"]) if f["kind"] == "model" else f["subject"]
                out[(k, fold(p), fold(s))] = f["status"]
        return out

    def found_set(kinds):
        out = {}
        for f in facts:
            if f["subject_kind"] not in kinds:
                continue
            k = key_of(f["path"], data)
            out.setdefault((k, fold(f["plant"]), fold(f["subject"])), f["status"])
        return out

    base = {(k, fold(p), fold(m)) for (k, p, m) in baseline(listing, data)}
    # What the matcher found in each article (title and body): a gold fact whose plant or
    # subject it missed cannot be extracted, whatever the fact reader does.
    named = defaultdict(set)
    for a in listing["articles"]:
        k = key_of(a["path"], data)
        for field in ("plants", "models", "brands"):
            named[k].update(fold(n) for n in a.get(field, []))
    rows = []
    for label, kinds in (("models", {"model"}), ("all", {"model", "brand"})):
        g, f = gold_set(kinds), found_set(kinds)
        langs = sorted({lang_of[k] for k in gold})
        for lang in langs + ["ALL"]:
            sel = lambda d: {x: s for x, s in d.items() if lang == "ALL" or lang_of.get(x[0]) == lang}
            gl, fl = sel(g), sel(f)
            tp = [x for x in fl if x in gl]
            st = sum(1 for x in tp if fl[x] == gl[x])
            bl = {x for x in base if lang == "ALL" or lang_of.get(x[0]) == lang} if label == "models" else set()
            btp = len([x for x in bl if x in gl])
            reachable = [x for x in gl if x[1] in named[x[0]] and x[2] in named[x[0]]]
            rtp = len([x for x in reachable if x in fl])
            rows.append((label, lang, len(gl), len(fl), len(tp), st, len(bl), btp, len(reachable), rtp))
        if args.misses and label == "all":
            for x in sorted(set(g) - set(f)):
                print("MISS ", x, g[x])
            for x in sorted(set(f) - set(g)):
                print("FALSE", x, f[x])
            for x in sorted(set(f) & set(g)):
                if f[x] != g[x]:
                    print("STATUS", x, "found", f[x], "gold", g[x])
    pct = lambda a, b: f"{100 * a / b:5.1f}" if b else "    -"
    print(f"{'set':6} {'lang':4} {'gold':>5} {'found':>5} {'recall':>6} {'prec':>6} {'status':>6} | "
          f"{'base R':>6} {'base P':>6} | {'named':>5} {'R|named':>7}")
    for label, lang, ng, nf, tp, st, nb, btp, nr, rtp in rows:
        print(f"{label:6} {lang:4} {ng:5} {nf:5} {pct(tp, ng):>6} {pct(tp, nf):>6} {pct(st, tp):>6} | "
              f"{pct(btp, ng) if label == 'models' else '     ':>6} {pct(btp, nb) if label == 'models' else '':>6} | "
              f"{nr:5} {pct(rtp, nr):>7}")
    if args.statuses:
        g, f = gold_set({"model", "brand"}), found_set({"model", "brand"})
        print(f"{'status':15} {'gold':>5} {'found':>5} {'recall':>6} {'prec':>6}  (a pair counts for a status when both sides give it)")
        for status in sorted(set(g.values()) | set(f.values())):
            gs = {x for x, s in g.items() if s == status}
            fs = {x for x, s in f.items() if s == status}
            print(f"{status:15} {len(gs):5} {len(fs):5} {pct(len(gs & fs), len(gs)):>6} {pct(len(gs & fs), len(fs)):>6}")
    print("named: gold facts whose plant and subject the matcher found in the article; "
          "R|named: recall on those (what the fact reader itself misses)")


if __name__ == "__main__":
    main()
