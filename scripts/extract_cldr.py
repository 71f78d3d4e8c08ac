#!/usr/bin/env python3
"""Extract country names from Unicode CLDR (through Babel: `pip install babel`) into
scripts/data/cldr_territories.tsv, so that the generators need no package and give the same
file on every machine. Re-run only to move to a newer CLDR (written for plantscope; MIT).

CLDR data: Unicode License v3 (https://www.unicode.org/license.txt).
"""
import os

import babel

# Language of the gazetteer -> CLDR locales whose names it takes (Chinese in both scripts).
LOCALES = {
    "en": ["en"], "fr": ["fr"], "nl": ["nl"], "de": ["de"], "es": ["es"], "it": ["it"],
    "pt": ["pt", "pt_PT"], "sv": ["sv"], "da": ["da"], "no": ["nb", "nn"], "pl": ["pl"],
    "cs": ["cs"], "sk": ["sk"], "ro": ["ro"], "hu": ["hu"], "tr": ["tr"], "ru": ["ru"],
    "ja": ["ja"], "zh": ["zh_Hans", "zh_Hant"], "ko": ["ko"],
}


def main():
    out = os.path.join(os.path.dirname(__file__), "data", "cldr_territories.tsv")
    rows = set()
    for lang, locales in LOCALES.items():
        for loc in locales:
            for code, name in babel.Locale.parse(loc).territories.items():
                if len(code) == 2 and code.isalpha():
                    rows.add((code, lang, name))
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# iso<TAB>lang<TAB>name: CLDR territory names via Babel {babel.__version__}, "
                "Unicode License v3; written by scripts/extract_cldr.py\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print(f"cldr names: {len(rows)}")


if __name__ == "__main__":
    main()
