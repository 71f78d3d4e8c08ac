//! Month and weekday names in the corpus languages (en, fr, de, nl, es, it), for dates
//! written out in words. Compared after folding case and accents, so `Février`, `fevrier`
//! and `FÉVR.` are one month.

use crate::text::fold::fold_str;

/// Month names, January first; a line per language.
const MONTHS: [&str; 6] = [
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
];

/// Words that may surround a written date without changing it: weekdays, and the
/// prepositions and articles of `1 de mayo de 2023`, `the 1st of May`, `le 1er mai`.
const FILLERS: &str = "monday tuesday wednesday thursday friday saturday sunday \
    mon tue tues wed thu thur thurs fri sat sun \
    lundi mardi mercredi jeudi vendredi samedi dimanche \
    montag dienstag mittwoch donnerstag freitag samstag sonntag \
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag \
    lunes martes miércoles jueves viernes sábado domingo \
    lunedì martedì mercoledì giovedì venerdì sabato domenica \
    de del of the le den der";

/// The shortest abbreviation accepted (`Sep`, `févr`, `Okt`).
const MIN_ABBREVIATION: usize = 3;

/// The month (1–12) a word names, in full or abbreviated (`Sept.`, `févr`, `Dez`); `None` when
/// it names none, or when the abbreviation could be two months (`jui`: juin or juillet).
pub(super) fn month(word: &str) -> Option<u32> {
    let folded = fold_str(word.trim_end_matches('.'));
    if folded.chars().count() < MIN_ABBREVIATION {
        // `mai` and `mei` are whole names; shorter abbreviations say too little.
        return None;
    }
    let mut found = None;
    for names in MONTHS {
        for (number, name) in (1..).zip(names.split(' ')) {
            if fold_str(name).starts_with(&folded) {
                match found {
                    Some(other) if other != number => return None,
                    _ => found = Some(number),
                }
            }
        }
    }
    found
}

/// True for a month's full name in one of the languages (`march`, `Mars`, `März`): a model
/// named so (Nissan March, Foton Mars) is read as the month beside a day or a year.
pub(crate) fn is_month_name(word: &str) -> bool {
    let folded = fold_str(word);
    MONTHS
        .iter()
        .any(|names| names.split(' ').any(|name| fold_str(name) == folded))
}

/// True for a word that may stand beside a written date (`Monday`, `de`, `le`).
pub(crate) fn is_filler(word: &str) -> bool {
    let folded = fold_str(word.trim_end_matches('.'));
    FILLERS
        .split_whitespace()
        .any(|filler| fold_str(filler) == folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("Février"), Some(2));
        assert_eq!(month("fevr."), Some(2));
        assert_eq!(month("März"), Some(3));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("mei"), Some(5));
        assert_eq!(month("jui"), None);
        assert_eq!(month("ma"), None);
        assert_eq!(month("Tuesday"), None);
        assert!(is_filler("Monday"));
        assert!(is_filler("de"));
        assert!(!is_filler("next"));
    }
}
