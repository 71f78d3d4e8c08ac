#!/usr/bin/env python3
"""Run plantscope over other projects' test suites and print figures (issue 15).

Usage: scripts/peer_suites.py PEERS_DIR [--bin target/release/plantscope] [suite ...]

PEERS_DIR holds the repositories, fetched outside this repository (never commit their files):
  PEERS_DIR/chardet+chardet                      (tests/<encoding>/*)
  PEERS_DIR/feed-rs+feed-rs                      (feed-rs/fixture/**)
  PEERS_DIR/kurtmckee+feedparser                 (tests/**)
  PEERS_DIR/scrapinghub+article-extraction-benchmark  (html/*.html.gz, ground-truth.json,
                                                 evaluate.py, output/*.json of other tools)
Suites: chardet, feeds, extraction (default: all three).

chardet: every file is decoded by Python with the encoding its folder names; a file is *right*
when at least 90 % of the non-ASCII words plantscope read from it are words of that text (or of
that text with its HTML entities decoded),
*flagged* when it is not right but plantscope said something about its encoding, *wrong*
otherwise (skipped files are counted apart).
feeds: per feed file, how many items/entries the file holds (counted in the XML or JSON) and how
many articles plantscope read, and how many of those have a body and a date.
extraction: the benchmark's scorer over plantscope's body of each page (`plantscope`, scored as
every other tool is: the ground truth holds no headline) and over title + body (`plantscope_title`,
what the reader shows); then, per output, the share of the sentences kept (3 words or more) that
are not in the page's ground truth: the boilerplate kept.
"""

import html
import json
import re
import subprocess
import sys
from pathlib import Path

CODECS = {
    "ascii": "ascii", "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "windows-1252": "cp1252",
    "iso-8859-1": "latin-1", "MacRoman": "mac_roman", "MacCyrillic": "mac_cyrillic",
    "IBM855": "cp855", "IBM866": "cp866", "KOI8-R": "koi8_r", "TIS-620": "tis_620",
    "Big5": "big5", "CP932": "cp932", "CP949": "cp949", "EUC-JP": "euc_jp", "EUC-KR": "euc_kr",
    "EUC-TW": None, "GB2312": "gb18030", "SHIFT_JIS": "shift_jis", "Johab": "johab",
    "iso-2022-jp": "iso2022_jp", "iso-2022-kr": "iso2022_kr",
    # Python's utf-16/utf-32 take a file without a BOM for little-endian: the BE folders'
    # BOM-less files are read with the endian named (see reference()).
    "UTF-16": "utf-16", "UTF-16BE": "utf-16-be", "UTF-16LE": "utf-16",
    "UTF-32": "utf-32", "UTF-32BE": "utf-32-be", "UTF-32LE": "utf-32",
}


def codec_for(folder):
    if folder in CODECS:
        return CODECS[folder]
    m = re.match(r"(iso-8859-\d+|windows-\d+)", folder)
    return m.group(1).replace("windows-", "cp") if m else None


def reference(data, codec):
    """The file's text by its folder's codec; a BOM, when there is one, says the endian."""
    if codec.endswith("-be") and data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (
            b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        codec = codec.removesuffix("-be")
    return data.decode(codec)


def plantscope(binary, paths):
    out = subprocess.run(
        [binary, "--no-config", "list", "--json", "--body", "--", *map(str, paths)],
        capture_output=True, timeout=600,
    )
    if not out.stdout:
        return {"articles": [], "diagnostics": []}
    return json.loads(out.stdout)


WORD = re.compile(r"\w+", re.UNICODE)


def non_ascii_words(text):
    return [w for w in WORD.findall(text) if any(ord(c) > 127 for c in w)]


def chardet(peers, binary):
    root = peers / "chardet+chardet" / "tests"
    totals = {"right": 0, "flagged": 0, "wrong": 0, "skipped": 0}
    wrong_by_enc = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        codec = codec_for(folder.name)
        files = sorted(p for p in folder.iterdir() if p.is_file())
        if codec is None or not files:
            continue
        doc = plantscope(binary, files)
        by_path = {}
        for a in doc["articles"]:
            by_path.setdefault(a["path"], []).append(a["title"] + "\n" + a.get("body", ""))
        notes = {}
        for d in doc["diagnostics"]:
            notes.setdefault(d["path"], []).append(d["reason"])
        for f in files:
            try:
                expected = reference(f.read_bytes(), codec)
            except (UnicodeDecodeError, LookupError):
                continue
            # Feeds and pages write letters as entities too (`&#337;`): plantscope decodes
            # them, so the words of the unescaped text are the file's words as well.
            unescaped = html.unescape(expected)
            want = set(non_ascii_words(f"{expected}\n{unescaped}\n{html.unescape(unescaped)}"))
            key = next((p for p in by_path if p.endswith(f.name)), None)
            note = next((n for p, n in notes.items() if p.endswith(f.name)), [])
            if key is None:
                totals["skipped"] += 1
                wrong_by_enc.setdefault(folder.name, []).append(f"{f.name}: skipped {note}")
                continue
            got = non_ascii_words("\n".join(by_path[key]))
            good = sum(1 for w in got if w in want)
            if not got and not want or got and good >= 0.9 * len(got):
                totals["right"] += 1
            elif any(re.search(r"encoding|guess|UTF|Windows|replaced|supported", n) for n in note):
                totals["flagged"] += 1
            else:
                totals["wrong"] += 1
                wrong_by_enc.setdefault(folder.name, []).append(f.name)
    n = sum(totals.values())
    print(f"chardet: {n} files: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    for enc, names in sorted(wrong_by_enc.items()):
        print(f"  {enc}: {len(names)} not right: {', '.join(names[:4])}")


ITEM = re.compile(rb"<(?:\w+:)?(item|entry)[\s>/]", re.I)


TEXT = re.compile(
    rb"<((?:\w+:)?(?:title|description|summary|content|encoded|body|tagline|abstract))\b[^>]*>(.*?)</\1\s*>",
    re.I | re.S)


NOT_OWN = re.compile(
    rb"<(source|image|svg)\b.*?</\1\s*>|&lt;svg\b.*?&lt;/svg&gt;", re.I | re.S)


def count_items(path):
    return count_items_and_texts(path)[0]


def count_items_and_texts(path):
    """Items/entries in a feed file, and how many of them hold a title or some text (feedparser's
    well-formed tests are mostly one element of an entry each — an author, a link, an id —
    and an item with no title and no text is no article: plantscope skips it, saying so)."""
    data = path.read_bytes()
    if path.suffix == ".json":
        try:
            items = json.loads(data).get("items", [])
        except (ValueError, AttributeError):
            return None, None
        texts = sum(1 for i in items if isinstance(i, dict) and any(
            str(i.get(k) or "").strip() for k in ("title", "content_text", "content_html", "summary")))
        return len(items), texts
    if b"\x00" in data[:4]:
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return None, None
    starts = [m.start() for m in ITEM.finditer(data)]
    texts = 0
    for i, start in enumerate(starts):
        block = data[start:starts[i + 1] if i + 1 < len(starts) else len(data)]
        # Titles and texts that are not the item's own: its <source>'s (the feed it was
        # copied from), a category's image, an SVG picture's <title>/<desc>.
        block = NOT_OWN.sub(b"", block)
        for m in TEXT.finditer(block):
            # Escaped markup (`&lt;span abbr=""&gt;&lt;/span&gt;`) is no text either.
            inner = re.sub(rb"<!\[CDATA\[|\]\]>|<[^>]*>", b"", m.group(2))
            inner = html.unescape(inner.decode("utf-8", "replace"))
            if re.sub(r"<[^>]*>", "", inner).strip():
                texts += 1
                break
    return len(starts), texts


def feeds(peers, binary):
    sets = [
        ("feed-rs", peers / "feed-rs+feed-rs" / "feed-rs" / "fixture"),
        ("feedparser", peers / "kurtmckee+feedparser" / "tests"),
    ]
    for name, root in sets:
        files = sorted(
            p for p in root.rglob("*")
            if p.is_file() and p.suffix in (".xml", ".rss", ".atom", ".json", ".rdf")
        )
        if name == "feedparser":
            # Only the well-formed ones (tests/wellformed): the others are meant to fail.
            files = [p for p in files if "wellformed" in p.parts]
        items = read = bodies = dates = with_text = read_with_text = 0
        empty_files = []
        for chunk in range(0, len(files), 200):
            part = files[chunk:chunk + 200]
            doc = plantscope(binary, part)
            got, why = {}, {}
            for a in doc["articles"]:
                got.setdefault(a["path"], []).append(a)
            for d in doc["diagnostics"]:
                why.setdefault(d["path"], []).append(d["reason"])
            for f in part:
                n, t = count_items_and_texts(f)
                n, t = n or 0, t or 0
                arts = next((v for p, v in got.items() if p.endswith(str(f.relative_to(root)))), [])
                items += n
                with_text += t
                read_with_text += min(len(arts), t)
                read += min(len(arts), n) if n else 0
                bodies += sum(1 for a in arts[:n] if a.get("body", "").strip())
                dates += sum(1 for a in arts[:n] if a.get("date"))
                if t and not arts:
                    rel = str(f.relative_to(root))
                    reason = next((r for p, r in why.items() if p.endswith(rel)), ["no reason"])
                    empty_files.append(f"{rel}: {'; '.join(reason)[:160]}")
        print(
            f"{name}: {len(files)} files, {items} items: {read} read, {bodies} with a body, "
            f"{dates} with a date; {len(empty_files)} files with items read as 0 articles; "
            f"items with a title or text: {read_with_text} read of {with_text}"
        )
        for f in empty_files:
            print(f"  0 read: {f}")


def truth_names(bench):
    return list(json.loads((bench / "ground-truth.json").read_text()))


def extraction(peers, binary):
    """The benchmark's own scorer (evaluate.py) over plantscope's title + body of each page,
    next to the published outputs of a few other extractors, in a scratch copy."""
    import gzip
    import shutil
    import tempfile

    bench = peers / "scrapinghub+article-extraction-benchmark"
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        pages = work / "pages"
        pages.mkdir()
        for page in sorted((bench / "html").glob("*.html.gz")):
            name = page.name[: -len(".html.gz")]
            (pages / f"{name}.html").write_bytes(gzip.decompress(page.read_bytes()))
        doc = plantscope(binary, [pages])
        found, titled = {}, {}
        for a in doc["articles"]:
            name = Path(a["path"]).name[: -len(".html")]
            found[name] = {"articleBody": a.get("body", "")}
            titled[name] = {"articleBody": a["title"] + "\n" + a.get("body", "")}
        notes = [d for d in doc["diagnostics"] if d["path"].endswith(".html")]
        unread = [n for n in truth_names(bench) if n not in {
            Path(a["path"]).name[: -len(".html")] for a in doc["articles"]}]
        truth = json.loads((bench / "ground-truth.json").read_text())
        for name in truth:
            found.setdefault(name, {"articleBody": ""})
            titled.setdefault(name, {"articleBody": ""})
        (work / "output").mkdir()
        (work / "output" / "plantscope.json").write_text(json.dumps(found))
        (work / "output" / "plantscope_title.json").write_text(json.dumps(titled))
        for other in ("dom_smoothie", "rs_trafilatura", "trafilatura", "readability_js"):
            source = bench / "output" / f"{other}.json"
            if source.exists():
                shutil.copy(source, work / "output" / source.name)
        shutil.copy(bench / "ground-truth.json", work / "ground-truth.json")
        scored = subprocess.run(
            [sys.executable, str(bench / "evaluate.py"), "--n-bootstrap", "100"],
            cwd=work, capture_output=True, text=True, timeout=1200,
        )
        print(
            f"extraction: {len(truth)} pages, {len(unread)} not read by plantscope, "
            f"{len(notes)} diagnostics"
        )
        for d in notes[:5]:
            print(f"  {Path(d['path']).name[:16]}…: {d['reason']}")
        print(scored.stdout.rstrip() or scored.stderr.rstrip())
        for output in sorted((work / "output").glob("*.json")):
            kept, boiler = boilerplate(truth, json.loads(output.read_text()))
            print(f"  {output.stem}: {kept} sentences kept, {boiler / max(kept, 1):.1%} boilerplate")


def words(text):
    return " ".join(WORD.findall(text.lower()))


def boilerplate(truth, predicted):
    """Sentences kept (of 3 words or more), and how many of them the ground truth lacks."""
    predicted = predicted.get("output", predicted)
    kept = boiler = 0
    for name, item in truth.items():
        wanted = words(item["articleBody"])
        text = predicted.get(name, {}).get("articleBody", "")
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            sentence = words(sentence)
            if len(sentence.split()) >= 3:
                kept += 1
                boiler += sentence not in wanted
    return kept, boiler


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    peers = Path(args.pop(0))
    binary = "target/release/plantscope"
    if "--bin" in args:
        i = args.index("--bin")
        binary = args[i + 1]
        del args[i:i + 2]
    suites = args or ["chardet", "feeds", "extraction"]
    for suite in suites:
        {"chardet": chardet, "feeds": feeds, "extraction": extraction}[suite](peers, binary)


if __name__ == "__main__":
    main()
