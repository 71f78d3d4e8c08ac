#!/usr/bin/env python3
"""Write scripts/data/fold_cases.tsv: tricky strings and how scripts/gazlib.py folds them. The
Rust test `fold::tests::the_generators_fold_as_the_matcher_does` checks that fold.rs gives the
same, so the generators and the matcher share one folding (written for plantscope; MIT)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gazlib import fold  # noqa: E402

CASES = [
    "Citroën", "citroen", "Rüsselsheim", "Ruesselsheim", "Straße", "STRASSE", "Æbeltoft", "Cæsar",
    "Œuvre", "Bœuf", "Søndervig", "Đakovo", "Łódź", "Wrocław", "Kırıkkale", "Þórshöfn", "İstanbul",
    "Tofaş Şahin", "Doğan", "Mladé Boleslavi", "Kvasinách", "Škoda", "Zoé", "Zoe", "la Zoe, la Zoé", "Goethe", "Monroe", "Boe", "Gläserne Manufaktur",
    "l’usine de Kalouga", "ID.3", "e-2008", "n°8 & go+", "Sochaux-Montbéliard", "São José dos Pinhais",
    "marque", "Portugues", "Queensland", "Guelph", "Goiana", "Poë", "Noël", "Bl\u00e5 b\u00e6r",
    "Калуга", "Нижний Новгород", "Ёлка", "Ελλάδα", "ΣΟΦΙΑ", "トヨタ", "ランドクルーザー", "上海超级工厂",
    "柏林工廠", "日产量", "현대자동차", "부산", "Ｔｏｙｏｔａ", "ﬁat", "Ⅻ", "½", "Hyundai\u00adMotor", "a\u2013b",
    "tab\there", "x\u00a0y", "ʼapos", "Đ", "MG\u0000Rover", "café\u0301", "Ångström", "Trollhättan",
    "Ærø", "Aerø", "Boe", "Quebec", "Aguascalientes", "Vilvoorde", "Zona Franca", "Saint-Étienne",
    "Köln", "Koeln", "Mülheim-Kärlich", "Győr", "Kecskemét", "Nowa Sól", "Żerań", "Ústí", "Ṭanjah",
    "Ђ", "Ǆ", "ǅ", "ǈ", "ŉ", "ẞ", "ﬀ", "Ⓐ", "™", "1.6bn", "2.1%", "#1", "...", "  spaces  ",
    # Traditional Chinese folds to simplified; Japanese shinjitai and ambiguous characters stay.
    "上海大眾安亭一廠", "桑塔納", "寶來", "帕薩特", "斯柯達", "豐田汽車", "裕隆日產", "發動機", "乾隆",
    "後來", "トヨタ自動車", "日産自動車", "広島工場", "グループ", "パジェロ", "ガ", "國產車", "臺灣", "台灣", "髮", "\uf900",
]


def main():
    path = os.path.join(os.path.dirname(__file__), "data", "fold_cases.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# text<TAB>folded: written by scripts/gen_fold_cases.py with scripts/gazlib.py\n")
        for case in CASES:
            escaped = case.replace("\\", "\\\\").replace("\t", "\\t").replace("\0", "\\0")
            f.write(f"{escaped}\t{fold(case)}\n")
    print(f"fold cases: {len(CASES)}")


if __name__ == "__main__":
    main()
