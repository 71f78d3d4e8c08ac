"""Shared helpers for the plantscope gazetteer generators (written for plantscope; MIT)."""
import json
import os
import unicodedata

# The folding of src/text/fold.rs, rule for rule: scripts/data/fold_cases.tsv holds tricky
# strings with the fold this gives, and a Rust test (fold::tests) checks fold.rs agrees.
_SPECIAL = {"ß": "ss", "ẞ": "ss", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "ø": "o", "Ø": "o",
            "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "þ": "th", "Þ": "th"}
_SPACES = {"\u2018", "\u2019", "\u02bc"} | {chr(c) for c in range(0x2010, 0x2016)}
# Rust's char::is_whitespace (Unicode White_Space).
_WHITE = {chr(c) for c in [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                           0x2028, 0x2029, 0x202F, 0x205F, 0x3000]}


def _read_t2s():
    """scripts/data/t2s.tsv: traditional Han characters folded to simplified (fold.rs T2S)."""
    path = os.path.join(os.path.dirname(__file__), "data", "t2s.tsv")
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))


_T2S = _read_t2s()


def _alnum(c: str) -> bool:
    """Rust's char::is_alphanumeric: Alphabetic (with the circled letters of Other_Alphabetic)
    or Numeric."""
    return (c.isalpha() or unicodedata.category(c) in ("Nd", "Nl", "No")
            or "\u24b6" <= c <= "\u24e9")


class _Folder:
    def __init__(self):
        self.out = []
        # An e dropped by the ue/oe/ae rule comes back at the end of its word (Zoe = Zoé).
        self.dropped_e = False

    def push(self, text):
        self.dropped_e = False
        self.out.extend(text)

    def end_word(self):
        if self.dropped_e:
            self.push("e")

    def drops_e(self):
        t = self.out
        if len(t) >= 2 and t[-1] == "u" and t[-2] in "qg":
            return False
        return bool(t) and t[-1] in "aou"

    def space(self):
        self.end_word()
        if self.out and self.out[-1] != " ":
            self.push(" ")

    def ascii(self, c):
        if c.isascii() and c.isalnum():
            lower = c.lower()
            if lower == "e" and self.drops_e():
                self.dropped_e = True
                return
            self.push(lower)
        elif ord(c) >= 0x20 or c in "\t\n\x0b\x0c\r":
            self.space()

    def char(self, c):
        if c in _SPECIAL:
            self.push(_SPECIAL[c])
        elif c == "\u00ad":
            pass
        elif c in _SPACES or c in _WHITE:
            self.space()
        else:
            for d in unicodedata.normalize("NFD", c)[:8]:
                if unicodedata.category(d).startswith("M"):
                    continue
                for lower in d.lower():
                    if lower == "e" and c not in "ëË":
                        self.push("e")
                    elif lower.isascii():
                        self.ascii(lower)
                    elif _alnum(lower):
                        self.push(_T2S.get(lower, lower))
                    else:
                        self.space()


def fold(s: str) -> str:
    """Exactly the matcher's folding (src/text/fold.rs): lowercase, diacritics removed,
    ue/oe/ae = u/o/a (not in que/gue), traditional Han characters simplified (t2s.tsv),
    punctuation and spaces one space."""
    f = _Folder()
    for c in s:
        if c.isascii():
            f.ascii(c)
        else:
            f.char(c)
    f.end_word()
    if f.out and f.out[-1] == " ":
        f.out.pop()
    return "".join(f.out)


def is_cjk(s: str) -> bool:
    """Starts in a script written without spaces (fold.rs is_unspaced_script): such a form is
    matched inside longer words."""
    if not s:
        return False
    c = ord(s[0])
    return any(a <= c <= b for a, b in [(0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F),
                                        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
                                        (0xF900, 0xFAFF)])


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
