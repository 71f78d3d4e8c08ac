//! Whether text decoded by a guess reads like a language or like the wrong code page: a
//! legacy file read in the wrong 8-bit encoding gives words no language writes (`ãèìíàçèè`,
//! `ÒÔó··`, `пРиВЕт`). Used to say "a guess, and it looks wrong" in `check` rather than pass
//! mojibake off as read.

/// Fewer non-ASCII words than this say too little to judge.
const MIN_WORDS: usize = 8;

/// The share of non-ASCII words that look garbled above which the decoding is doubted.
const DOUBT_SHARE: f64 = 0.25;

/// The share (0–1) of the words holding non-ASCII letters that no language writes, when there
/// are enough such words to judge; `None` otherwise.
pub(super) fn garbled_share(text: &str) -> Option<f64> {
    let mut words = 0usize;
    let mut garbled = 0usize;
    // Markup and its punctuation separate words too (a feed's raw `<title>Ελλάδα</title>`).
    for word in text.split(|c: char| c.is_whitespace() || "<>&;=/\\\"()[]{}|:,!?".contains(c)) {
        let word = word.trim_matches(|c: char| c.is_ascii_punctuation() || is_edge_mark(c));
        // Only the scripts of the 8-bit code pages are judged: Latin, Greek, Cyrillic.
        if word.is_ascii() || word.chars().count() < 2 || word.chars().any(beyond_code_pages) {
            continue;
        }
        words += 1;
        if looks_garbled(word) {
            garbled += 1;
        }
    }
    (words >= MIN_WORDS).then(|| garbled as f64 / words as f64)
}

/// Whether enough of the text's non-ASCII words look garbled to doubt its decoding.
pub(super) fn doubtful(text: &str) -> Option<f64> {
    garbled_share(text).filter(|&share| share > DOUBT_SHARE)
}

/// A letter of a script no 8-bit European code page holds (Hebrew, Arabic, Thai, CJK…):
/// such words are read by other means, and their punctuation is not a symbol's.
fn beyond_code_pages(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x1fff | 0x2e80..=0x10ffff)
}

/// Quotes, dashes and the like that may close or open a word in any language.
fn is_edge_mark(c: char) -> bool {
    matches!(
        c,
        '«' | '»'
            | '„'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '‚'
            | '‹'
            | '›'
            | '–'
            | '—'
            | '…'
            | '¿'
            | '¡'
    )
}

/// One word (no spaces): a symbol between letters (`ÒÔ·Ö`, `ë¬ñ`), a lowercase letter
/// followed by an uppercase one more than once (`пРиВЕт`: `iPhone` or `McLaren` switch once),
/// a run of four or more accented Latin letters with no plain one (`ãèìíàçèè`: no Latin-script
/// language spells a word that way), or letters of two scripts mixed (`Љак` is fine, `ЉaК`
/// with a Latin `a` is not).
fn looks_garbled(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    // Catalan writes `l·l` (col·lecció): that middle dot is a letter's.
    let inner_symbol = chars.windows(3).any(|w| {
        let catalan = w[0] == 'l' && w[1] == '·' && w[2] == 'l';
        w[0].is_alphabetic()
            && is_symbol(w[1])
            && (w[2].is_alphabetic() || is_symbol(w[2]))
            && !catalan
    });
    if inner_symbol {
        return true;
    }
    let switches = chars
        .windows(2)
        .filter(|w| w[0].is_lowercase() && w[1].is_uppercase())
        .count();
    if switches >= 2 {
        return true;
    }
    let mut accented_run = 0;
    for &c in &chars {
        if is_accented_latin(c) {
            accented_run += 1;
            if accented_run >= 4 {
                return true;
            }
        } else {
            accented_run = 0;
        }
    }
    mixes_scripts(&chars)
}

/// A character that is not a letter, a digit, a mark or ordinary word punctuation.
fn is_symbol(c: char) -> bool {
    !(c.is_alphanumeric()
        || c.is_whitespace()
        || is_combining(c)
        || matches!(c, '-' | '\'' | '’' | '.'))
}

fn is_combining(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036f | 0x0483..=0x0489)
}

/// Latin letters with a diacritic, from Latin-1 Supplement and Latin Extended-A.
fn is_accented_latin(c: char) -> bool {
    matches!(u32::from(c), 0x00c0..=0x00ff | 0x0100..=0x017f) && c.is_alphabetic()
}

/// Latin and Cyrillic, or Latin and Greek, letters in one word.
fn mixes_scripts(chars: &[char]) -> bool {
    let latin = chars
        .iter()
        .any(|&c| c.is_ascii_alphabetic() || is_accented_latin(c));
    let cyrillic = chars
        .iter()
        .any(|&c| matches!(u32::from(c), 0x0400..=0x04ff));
    let greek = chars
        .iter()
        .any(|&c| matches!(u32::from(c), 0x0370..=0x03ff));
    latin && (cyrillic || greek)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_words_in_many_languages_are_not_garbled() {
        let texts = [
            "Le constructeur français a annoncé que l'usine de Sochaux produira la nouvelle \
             Peugeot électrique à partir de l'été prochain, a précisé le directeur général.",
            "Die Fahrzeuge für den europäischen Markt werden künftig in Zwickau gefertigt, \
             teilte der Konzern mit; die Beschäftigten müssen nicht um ihre Arbeitsplätze fürchten.",
            "Завод в Калуге начнёт выпуск новых моделей в следующем году, сообщили в компании; \
             производство будет расширено.",
            "Fabryka w Tychach rozpoczęła produkcję nowego modelu, który będzie sprzedawany \
             również w Niemczech i we Włoszech, poinformował koncern.",
            "Η εταιρεία ανακοίνωσε ότι το εργοστάσιο θα παράγει νέα ηλεκτρικά αυτοκίνητα από \
             τον επόμενο χρόνο στην Ελλάδα.",
            "La col·lecció del museu de l'automòbil de Barcelona inclou cotxes fabricats a \
             Martorell i a la Zona Franca durant el segle passat, segons els responsables.",
            "Türkiye'deki fabrikada üretilen otomobiller Avrupa'ya ihraç ediliyor; şirket \
             yöneticisi üretimin artacağını söyledi.",
        ];
        for text in texts {
            let share = garbled_share(text).unwrap_or(0.0);
            assert!(share <= DOUBT_SHARE, "{share} for {text}");
        }
    }

    #[test]
    fn the_wrong_code_page_is_garbled() {
        // Russian written in one code page and read in another, made here by encoding_rs.
        let russian = "Завод в Калуге начнёт выпуск новых моделей в следующем году, сообщили \
                       в компании; производство будет расширено до двухсот тысяч машин.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(russian);
        // (KOI8-R read of it gives mostly capitals, which real text can be: not judged.)
        for wrong in [
            encoding_rs::WINDOWS_1252,
            encoding_rs::IBM866,
            encoding_rs::MACINTOSH,
        ] {
            let (text, _) = wrong.decode_without_bom_handling(&bytes);
            assert!(doubtful(&text).is_some(), "{} read: {text}", wrong.name());
        }
        let (right, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&bytes);
        assert!(doubtful(&right).is_none());
        // Too few words to say anything.
        assert!(garbled_share("ãèìíàçèè ÒÔó··").is_none());
    }
}
