"""Shared helpers for the plantscope gazetteer generators (written for plantscope; MIT)."""
import json
import re
import unicodedata

_EXTRA = {"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"}
_SPACE = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014'\u2019\u2018`´]+")


def fold(s: str) -> str:
    """Approximation of the matcher's folding: lowercase, strip diacritics,
    hyphens/apostrophes -> space, collapse spaces."""
    s = s.lower()
    s = "".join(_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = unicodedata.normalize("NFC", s)
    s = _SPACE.sub(" ", s)
    return s.strip()


def q(s: str) -> str:
    """TOML basic string (JSON escaping is a subset of TOML basic-string escaping)."""
    return json.dumps(s, ensure_ascii=False)


def qlist(items) -> str:
    return "[" + ", ".join(q(x) for x in items) + "]"


def dedup(items, exclude=()):
    """De-duplicate after folding, keeping first spelling; drop anything equal to `exclude` forms."""
    seen = {fold(x) for x in exclude}
    out = []
    for x in items:
        x = x.strip()
        if not x:
            continue
        f = fold(x)
        if f in seen:
            continue
        seen.add(f)
        out.append(x)
    return out


def split_list(s: str):
    return [x.strip() for x in s.split(",") if x.strip()] if s else []
