#!/usr/bin/env python3
"""Save real automotive news pages for the entity development set OUTSIDE the repository.

The pages come from the `search` tool's stored `pages` corpus (queries such as "usine Renault
production", "Werk Produktion Modell", "závod Škoda výroba", "汽车 工厂 生产"), whose answers
are JSON: {"results": [{"url": ..., "excerpt": ...}, ...]}. Paste one answer on stdin:

    python3 scripts/devset_pages.py LANG [RANK ...] < answer.json

Each kept result (all, or the ranks given) becomes DEST/pages/LANG/<key>.md with front matter
(url, lang, date when the excerpt starts with " date YYYY-MM") and the excerpt as the body.
<key> is the page's host and last path segment; the gold annotations in tests/devset/ are keyed
by "pages/LANG/<key>". DEST is $DEVDATA or /work/devdata. Nothing here is ever committed.

tests/devset/pages.tsv lists, for every gold key, its DEVDATA folder, URL and the query that found
it: to rebuild a lost folder, run each query again and keep the rank whose URL is the listed one.
"""

import json
import os
import re
import sys
from urllib.parse import urlparse

DEST = os.environ.get("DEVDATA", "/work/devdata")


def key_of(url: str) -> str:
    u = urlparse(url)
    host = u.netloc.removeprefix("www.")
    segs = [s for s in u.path.split("/") if s]
    last = segs[-1] if segs else "index"
    last = re.sub(r"\.(html?|php|aspx?)$", "", last)
    if u.query:
        last += "-" + re.sub(r"[^0-9A-Za-z]+", "", u.query)
    slug = re.sub(r"[^0-9A-Za-z]+", "-", f"{host}-{last}").strip("-").lower()
    return slug[:80]


def main() -> None:
    lang = sys.argv[1]
    ranks = {int(r) for r in sys.argv[2:]}
    answer = json.load(sys.stdin)
    for result in answer.get("results", []):
        if ranks and result.get("rank") not in ranks:
            continue
        text = result.get("excerpt", "")
        date = None
        m = re.match(r"\s*date (\d{4}(?:-\d{2})?(?:-\d{2})?)\s+", text)
        if m:
            date, text = m.group(1), text[m.end():]
        key = key_of(result["url"])
        out = os.path.join(DEST, "pages", lang, key + ".md")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        head = ["---", f'url: "{result["url"]}"', f"lang: {lang}"]
        if date:
            head.append(f'date: "{date}"')
        head.append("---")
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join(head) + "\n\n" + text.strip() + "\n")
        print(f"pages/{lang}/{key}")


if __name__ == "__main__":
    main()
