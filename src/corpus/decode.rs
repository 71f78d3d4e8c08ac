//! Bytes → text: UTF-8 (with or without BOM, and with a few stray bytes), UTF-16 with a BOM,
//! legacy 8-bit encodings detected with chardetng; binary files recognised and refused. Never
//! panics on bad bytes, and says when some bytes could not be read as the file's encoding.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How much of the start of a file is inspected for binary content.
const SNIFF_LEN: usize = 8 * 1024;

/// Magic numbers of common binary formats that should never be read as text.
const BINARY_MAGIC: &[&[u8]] = &[
    b"\x89PNG\r\n\x1a\n",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
];

/// The file is not text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("binary file")]
pub(super) struct Binary;

/// A decoded file, and what the reader should be told when some bytes were not what the
/// chosen encoding allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decoded {
    pub(super) text: String,
    pub(super) note: Option<String>,
}

impl Decoded {
    pub(super) fn clean(text: String) -> Decoded {
        Decoded { text, note: None }
    }
}

/// Decode a whole file. The BOM, when present, is removed.
///
/// In order: a BOM (UTF-32 before UTF-16: `FF FE 00 00` is UTF-32LE); UTF-16/32 without a BOM
/// told by its zero bytes; NUL bytes otherwise mean a binary file; valid UTF-8; the encoding
/// the file declares (`<?xml encoding=…?>`, `<meta charset=…>`); a multi-byte East Asian
/// encoding that reads every byte (EUC-JP is full of byte pairs that are also UTF-8); UTF-8
/// with a few stray bytes; chardetng's guess — said so when it rests on little evidence.
pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, Binary> {
    if let Some(decoded) = super::decode_wide::with_bom(bytes) {
        return Ok(decoded);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let note = had_errors.then(|| format!("invalid {} replaced with U+FFFD", encoding.name()));
        return Ok(Decoded {
            text: text.into_owned(),
            note,
        });
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        return super::decode_wide::without_bom(bytes).ok_or(Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // ISO-2022-JP is 7-bit, so valid UTF-8: its escapes to JIS X 0208 give it away.
        if text.contains("\x1b$B") || text.contains("\x1b$@") {
            let (jis, had_errors) = encoding_rs::ISO_2022_JP.decode_without_bom_handling(bytes);
            if !had_errors {
                return Ok(Decoded::clean(jis.into_owned()));
            }
        }
        // ISO-2022-KR is 7-bit too, and no decoder here reads it: say so rather than pass
        // its shifted bytes off as Latin text.
        if is_iso_2022_kr(head) {
            return Ok(Decoded {
                text: text.to_string(),
                note: Some("looks like ISO-2022-KR, which is not supported: read as ASCII".into()),
            });
        }
        return Ok(Decoded::clean(text.to_string()));
    }
    if BINARY_MAGIC.iter().any(|magic| bytes.starts_with(magic)) || mostly_controls(head) {
        return Err(Binary);
    }
    if let Some(declared) = super::declared::encoding(head) {
        let (text, had_errors) = declared.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok(doubted(
                Decoded::clean(text.into_owned()),
                declared,
                "declared",
            ));
        }
    }
    let guess = guess(bytes);
    // A declared encoding no decoder here reads: the guess is said to be one.
    Ok(match super::declared::unsupported(head) {
        Some(label) => {
            let said = format!("declares {label}, which is not supported: read by a guess");
            let mut guess = guess;
            guess.note = Some(match guess.note.take() {
                Some(note) => format!("{said}; {note}"),
                None => said,
            });
            guess
        }
        None => guess,
    })
}

/// [`decode`] of bytes the caller gives up: valid UTF-8 without a BOM (most files) becomes
/// the text without a copy, so a large file is not held twice while it is read.
pub(super) fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, Binary> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if bytes.starts_with(b"\xEF\xBB\xBF") || head.contains(&0) || is_iso_2022_kr(head) {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) if !text.contains("\x1b$B") && !text.contains("\x1b$@") => {
            Ok(Decoded::clean(text))
        }
        Ok(text) => decode(text.as_bytes()),
        Err(not_utf8) => decode(not_utf8.as_bytes()),
    }
}

/// Text whose encoding is neither told (BOM, zero bytes, valid UTF-8) nor declared: a
/// multi-byte East Asian encoding that reads every byte, UTF-8 with a few stray bytes, or
/// chardetng's guess (a Cyrillic one checked against Mac Cyrillic, which it never guesses).
fn guess(bytes: &[u8]) -> Decoded {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let census = Utf8Census::of(bytes);
    if EAST_ASIAN.contains(&encoding.name()) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors || !census.is_mostly_utf8() {
            let note =
                had_errors.then(|| format!("invalid {} replaced with U+FFFD", encoding.name()));
            let decoded = Decoded {
                text: text.into_owned(),
                note,
            };
            return doubted(decoded, encoding, "guessed");
        }
    }
    if census.is_mostly_utf8() || encoding == UTF_8 {
        return utf8_with_fallback(bytes);
    }
    let decoded = guessed(bytes, encoding);
    if let Some(cyrillic) = cyrillic_instead(bytes, &decoded.text, encoding) {
        return cyrillic;
    }
    doubted(decoded, encoding, "guessed")
}

/// Cyrillic text read in the wrong code page: chardetng never guesses Mac Cyrillic (as
/// Windows-1251 its capitals are `Ђ`, `Ќ`, `Ћ`… and its `я` a capital `Я` inside words) and
/// takes some Cyrillic for Windows-1252. The reading in another Cyrillic code page whose
/// Cyrillic words are well shaped — at least 8, fewer than 1 in 10 misshapen, clearly fewer
/// than in `read` — said as a guess. Tried for a Windows-1251 guess (against Mac Cyrillic) and
/// for any guess whose words look garbled (against every Cyrillic code page encoding_rs has).
fn cyrillic_instead(bytes: &[u8], read: &str, guess: &'static Encoding) -> Option<Decoded> {
    use encoding_rs::{IBM866, ISO_8859_5, KOI8_R, KOI8_U, WINDOWS_1251, X_MAC_CYRILLIC};
    let garbled = super::garble::doubtful(read).is_some();
    let tried: &[&'static Encoding] = if garbled {
        &[
            X_MAC_CYRILLIC,
            WINDOWS_1251,
            KOI8_R,
            KOI8_U,
            IBM866,
            ISO_8859_5,
        ]
    } else if guess == WINDOWS_1251 {
        &[X_MAC_CYRILLIC]
    } else {
        return None;
    };
    let (_, wrong_before, _) = cyrillic_shape(read);
    let mut best: Option<(f64, &'static Encoding, String)> = None;
    for &encoding in tried.iter().filter(|&&e| e != guess) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        let (words, wrong, capitals) = cyrillic_shape(&text);
        // Mostly capitals is another script's small letters (Greek read as KOI8-R).
        let good = !had_errors
            && words >= 8
            && wrong * 10 < words
            && capitals * 2 < words
            && (garbled || wrong_before >= 3 && wrong * 4 < wrong_before)
            && super::garble::doubtful(&text).is_none();
        let share = wrong as f64 / words.max(1) as f64;
        if good && best.as_ref().is_none_or(|(s, _, _)| share < *s) {
            best = Some((share, encoding, text.into_owned()));
        }
    }
    best.map(|(_, encoding, text)| Decoded {
        note: Some(format!(
            "no encoding declared; read as {} (a guess: its Cyrillic words read better than \
             as {})",
            encoding.name(),
            guess.name()
        )),
        text,
    })
}

/// Words of two Cyrillic letters or more, and those of them that Russian, Ukrainian or
/// Bulgarian would not write: a capital after a small letter (`сегоднЯ`), or a letter of the
/// Serbian/Macedonian rows (`Ђ`, `Ќ`, `Ћ`, `Џ`…); and those written in capitals only.
fn cyrillic_shape(text: &str) -> (usize, usize, usize) {
    let cyrillic = |c: char| matches!(c, '\u{0400}'..='\u{04ff}');
    let rare = |c: char| "ЂЃЅЈЉЊЋЌЏђѓѕјљњћќџ".contains(c);
    let (mut words, mut wrong, mut capitals) = (0, 0, 0);
    for w in text.split(|c: char| !(c.is_alphabetic() || rare(c))) {
        if w.chars().filter(|&c| cyrillic(c)).nth(1).is_none() {
            continue;
        }
        words += 1;
        let chars: Vec<char> = w.chars().collect();
        if chars.iter().any(|&c| rare(c))
            || chars
                .windows(2)
                .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        {
            wrong += 1;
        }
        if chars.iter().all(|c| c.is_uppercase()) {
            capitals += 1;
        }
    }
    (words, wrong, capitals)
}

/// `decoded` with a note when its words read like another code page's: "read as X
/// (declared|guessed), but N % of its words look garbled". A note already there stays first.
fn doubted(mut decoded: Decoded, encoding: &'static Encoding, how: &str) -> Decoded {
    if let Some(share) = super::garble::doubtful(&decoded.text) {
        let doubt = format!(
            "read as {} ({how}), but {:.0} % of its non-ASCII words look garbled: the \
             encoding may be wrong",
            encoding.name(),
            share * 100.0
        );
        decoded.note = Some(match decoded.note.take() {
            Some(note) => format!("{note}; {doubt}"),
            None => doubt,
        });
    }
    decoded
}

/// ISO-2022-KR's designator (`ESC $ ) C`) near the start, and its shift bytes.
fn is_iso_2022_kr(head: &[u8]) -> bool {
    head.windows(4).any(|w| w == b"\x1b$)C") && head.contains(&0x0e)
}

/// chardetng's answers that are multi-byte encodings, where a file read right has no errors.
const EAST_ASIAN: &[&str] = &[
    "Shift_JIS",
    "EUC-JP",
    "ISO-2022-JP",
    "EUC-KR",
    "GBK",
    "gb18030",
    "Big5",
];

/// With fewer non-ASCII bytes than this, an 8-bit encoding is a guess with little evidence.
const FEW_NON_ASCII: usize = 16;

/// Legacy 8-bit text in the encoding chardetng guessed. A handful of non-ASCII bytes say
/// little: with at most four, Windows-1252 (the commonest by far) is taken — chardetng read
/// `£500m` in short English as Windows-1250 `Ł500m` — and with fewer than [`FEW_NON_ASCII`] the
/// guess is said, for `check`, unless it is Windows-1252 and chardetng agrees.
fn guessed(bytes: &[u8], guess: &'static Encoding) -> Decoded {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let encoding = if non_ascii <= 4 { WINDOWS_1252 } else { guess };
    let encoding = if non_ascii < FEW_NON_ASCII && encoding == WINDOWS_1252 && mac_quotes(bytes) {
        encoding_rs::MACINTOSH
    } else {
        encoding
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let note = if had_errors {
        Some(format!(
            "no encoding declared; read as {} (a guess), invalid bytes replaced with U+FFFD",
            encoding.name()
        ))
    } else if non_ascii < FEW_NON_ASCII && (encoding != WINDOWS_1252 || guess != WINDOWS_1252) {
        let s = if non_ascii == 1 { "" } else { "s" };
        Some(format!(
            "no encoding declared; read as {} (a guess from {non_ascii} non-ASCII byte{s})",
            encoding.name()
        ))
    } else {
        None
    };
    Decoded {
        text: text.into_owned(),
        note,
    }
}

/// Mac Roman's typographic dashes and quotes (0xD0–0xD5: – — “ ” ‘ ’) are the only non-ASCII
/// bytes, and one is an apostrophe inside a word (`Blanchard\xD5s`): read as Windows-1252 they
/// are capitals (`BlanchardÕs`), which no word has there. Only worth asking with few bytes.
fn mac_quotes(bytes: &[u8]) -> bool {
    let lower = |b: Option<&u8>| b.is_some_and(u8::is_ascii_lowercase);
    bytes
        .iter()
        .all(|&b| b.is_ascii() || (0xD0..=0xD5).contains(&b))
        && (1..bytes.len())
            .any(|i| bytes[i] == 0xD5 && lower(bytes.get(i - 1)) && lower(bytes.get(i + 1)))
}

/// What a pass over not-quite-UTF-8 bytes found.
#[derive(Debug, Default, PartialEq, Eq)]
struct Utf8Census {
    /// Characters of two to four bytes that are valid UTF-8.
    multibyte_chars: usize,
    /// Runs of bytes that are not UTF-8 (each run counted once), excluding a character cut at
    /// the very end.
    invalid_runs: usize,
    /// The file ends in the middle of a UTF-8 character.
    cut_at_end: bool,
}

impl Utf8Census {
    fn of(bytes: &[u8]) -> Utf8Census {
        let mut census = Utf8Census::default();
        let mut rest = bytes;
        loop {
            let (valid, error) = match std::str::from_utf8(rest) {
                Ok(valid) => (valid, None),
                Err(err) => {
                    // The prefix up to `valid_up_to` is valid UTF-8 by definition.
                    let valid = std::str::from_utf8(&rest[..err.valid_up_to()]).unwrap_or("");
                    (valid, Some(err))
                }
            };
            census.multibyte_chars += valid.chars().filter(|c| !c.is_ascii()).count();
            let Some(err) = error else { break };
            match err.error_len() {
                Some(len) => {
                    census.invalid_runs += 1;
                    rest = &rest[err.valid_up_to() + len..];
                }
                None => {
                    census.cut_at_end = true;
                    break;
                }
            }
        }
        census
    }

    /// A UTF-8 file with a few stray bytes, not a legacy 8-bit file: it has real multi-byte
    /// characters, and no more than three broken sequences for each. In legacy text a valid
    /// UTF-8 sequence is an accident (an accented capital followed by a symbol, `Ã©`; in
    /// Windows-1251 a capital followed by `і`), far rarer than one in four non-ASCII letters,
    /// so such a file still goes to chardetng. Erring towards UTF-8 costs little: the broken
    /// sequences are read as Windows-1252 anyway (see [`utf8_with_fallback`]).
    fn is_mostly_utf8(&self) -> bool {
        self.multibyte_chars > 0 && self.invalid_runs <= 3 * self.multibyte_chars
            || self.invalid_runs == 0 && self.cut_at_end
    }
}

/// UTF-8 where the bytes are UTF-8; every byte that is not is read as Windows-1252 instead.
///
/// Why Windows-1252 and not U+FFFD: a stray byte in a UTF-8 article is almost always a bit of
/// legacy text pasted or concatenated into it (`caf\xe9`, `Citro\xebn`), and reading that
/// byte as Windows-1252 gives back the letter the writer meant, so the word stays searchable
/// and the entity is still found. When the byte was real corruption, a wrong letter is no
/// worse than U+FFFD, and the note says how many bytes were read this way. Bytes that mean
/// nothing in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) and a character cut off at the end
/// of the file become U+FFFD.
fn utf8_with_fallback(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut legacy_bytes = 0usize;
    let mut cut_at_end = false;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(err) => {
                let (valid, after) = rest.split_at(err.valid_up_to());
                text.push_str(std::str::from_utf8(valid).unwrap_or(""));
                match err.error_len() {
                    Some(len) => {
                        let (invalid, next) = after.split_at(len);
                        for &byte in invalid {
                            text.push(windows_1252_char(byte));
                        }
                        legacy_bytes += len;
                        rest = next;
                    }
                    None => {
                        text.push(char::REPLACEMENT_CHARACTER);
                        cut_at_end = true;
                        break;
                    }
                }
            }
        }
    }
    let mut notes = Vec::new();
    if legacy_bytes > 0 {
        let s = if legacy_bytes == 1 { "" } else { "s" };
        notes.push(format!(
            "{legacy_bytes} byte{s} not valid UTF-8, read as Windows-1252"
        ));
    }
    if cut_at_end {
        notes.push("the file ends in the middle of a UTF-8 character".to_string());
    }
    Decoded {
        text,
        note: (!notes.is_empty()).then(|| notes.join("; ")),
    }
}

/// One byte as Windows-1252, or U+FFFD for the five bytes it leaves undefined.
fn windows_1252_char(byte: u8) -> char {
    let (decoded, _) = WINDOWS_1252.decode_without_bom_handling(std::slice::from_ref(&byte));
    let mut chars = decoded.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => c,
        _ => char::REPLACEMENT_CHARACTER,
    }
}

/// More than one byte in ten is a control character that text does not use.
fn mostly_controls(head: &[u8]) -> bool {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded_text(bytes: &[u8]) -> Result<String, Binary> {
        decode(bytes).map(|decoded| decoded.text)
    }

    const RUSSIAN: &str = "Наверное, единственное, во что сегодня можно верить безоговорочно, \
        так это в то, что Новый год обязательно наступит. Несмотря ни на что! Это не просто \
        очередной праздник, это веха. А вехи в жизни принято отмечать. Отмечать широко и \
        денька эдак два или три. Завод в Калуге выпускает автомобили. Россия и Франция.\n";

    fn encoded(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{} holds the text", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn mac_cyrillic_declared_by_its_usual_name_is_read() {
        let mut bytes = b"<?xml version=\"1.0\" encoding=\"MacCyrillic\"?>\n<rss>".to_vec();
        bytes.extend(encoded(RUSSIAN, encoding_rs::X_MAC_CYRILLIC));
        let decoded = decode(&bytes).expect("text");
        assert!(decoded.text.contains(RUSSIAN), "{}", decoded.text);
        assert_eq!(decoded.note, None);
    }

    #[test]
    fn mac_cyrillic_without_a_declaration_is_read_and_said_a_guess() {
        let decoded = decode(&encoded(RUSSIAN, encoding_rs::X_MAC_CYRILLIC)).expect("text");
        assert_eq!(decoded.text, RUSSIAN);
        let note = decoded.note.expect("a note");
        assert!(
            note.contains("x-mac-cyrillic") && note.contains("guess"),
            "{note}"
        );
        // Windows-1251 Russian stays Windows-1251, without a note.
        let decoded = decode(&encoded(RUSSIAN, encoding_rs::WINDOWS_1251)).expect("text");
        assert_eq!((decoded.text.as_str(), decoded.note), (RUSSIAN, None));
    }

    #[test]
    fn a_declared_encoding_without_a_decoder_is_said() {
        let mut bytes = b"<?xml version=\"1.0\" encoding=\"IBM855\"?>\n<rss>".to_vec();
        bytes.extend(encoded(RUSSIAN, encoding_rs::IBM866));
        let note = decode(&bytes).expect("text").note.expect("a note");
        assert!(
            note.starts_with("declares ibm855, which is not supported"),
            "{note}"
        );
    }

    #[test]
    fn windows_1252_french() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le café de l'usine Renault à Flins a fermé ses portes. Garçon, œuvre, élève.");
        let text = decoded_text(&bytes).expect("text");
        assert!(
            text.starts_with("Le café de l'usine Renault à Flins"),
            "{text}"
        );
        assert!(text.contains("Garçon, œuvre, élève"));
    }

    #[test]
    fn utf16_with_both_boms() {
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in "Wolfsburg Über".encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decoded_text(&le).as_deref(), Ok("Wolfsburg Über"));
        assert_eq!(decoded_text(&be).as_deref(), Ok("Wolfsburg Über"));
    }

    /// Issue 15: the owned path (which takes valid UTF-8 without copying it) reads every
    /// kind of file as the borrowed one does.
    #[test]
    fn decoding_owned_bytes_reads_as_decoding_borrowed_ones() {
        let samples: Vec<Vec<u8>> = vec![
            b"plain ASCII".to_vec(),
            "Citro\u{eb}n \u{2014} UTF-8".as_bytes().to_vec(),
            b"\xEF\xBB\xBFwith a BOM".to_vec(),
            b"caf\xe9 stray byte in UTF-8 \xc3\xa9".to_vec(),
            b"\x1b$B$3$s$K$A$O\x1b(B".to_vec(),
            b"\x1b$)C\x0e!!\x0f Korean".to_vec(),
            encoded(
                "Привет, мир, это длинный русский текст",
                encoding_rs::WINDOWS_1251,
            ),
            vec![0xff, 0xfe, b'h', 0, b'i', 0],
            b"a\0b\0c\0d\0".to_vec(),
            b"%PDF-1.4 \xff\xfe binary".to_vec(),
        ];
        for bytes in samples {
            assert_eq!(decode_owned(bytes.clone()), decode(&bytes), "{bytes:?}");
        }
    }

    /// chardet's MacRoman/ioreg_output.txt: one byte, an apostrophe, was read as `Õ`.
    #[test]
    fn mac_roman_apostrophes_in_english_are_read_as_apostrophes() {
        let decoded = decoded_text(b"Blanchard\xD5s \xD2book\xD3 \xD0 fine").expect("text");
        assert_eq!(
            decoded,
            "Blanchard\u{2019}s \u{201C}book\u{201D} \u{2013} fine"
        );
        // A Windows-1252 capital between capitals stays one.
        assert_eq!(
            decoded_text(b"ESPA\xD1A y M\xC9XICO").expect("text"),
            "ESPAÑA y MÉXICO"
        );
    }

    #[test]
    fn utf8_bom_removed() {
        assert_eq!(
            decoded_text(b"\xef\xbb\xbfcaf\xc3\xa9").as_deref(),
            Ok("café")
        );
    }

    #[test]
    fn utf8_cut_mid_character() {
        let bytes = "Kalouga café".as_bytes();
        let cut = &bytes[..bytes.len() - 1];
        assert_eq!(decoded_text(cut).as_deref(), Ok("Kalouga caf\u{fffd}"));
    }

    #[test]
    fn binary_files_refused() {
        assert_eq!(decoded_text(b"abc\0def"), Err(Binary));
        assert_eq!(decoded_text(b"\x89PNG\r\n\x1a\n\xff\xfe\x80"), Err(Binary));
        // A magic number alone does not make a text file binary.
        assert_eq!(
            decoded_text(b"PSA gaat auto's bouwen").as_deref(),
            Ok("PSA gaat auto's bouwen")
        );
        assert_eq!(
            decoded_text(b"%PDF-like text").as_deref(),
            Ok("%PDF-like text")
        );
    }

    #[test]
    fn one_stray_byte_keeps_the_rest_utf8() {
        let bytes = b"Peugeot \xc3\xa0 Kalouga : les premi\xc3\xa8res voitures\n\
            Le constructeur fran\xc3\xa7ais a commenc\xc3\xa9. Une erreur : caf\xe9.\n";
        let decoded = decode(bytes).expect("text");
        assert!(
            decoded
                .text
                .starts_with("Peugeot à Kalouga : les premières"),
            "{}",
            decoded.text
        );
        assert!(
            decoded
                .text
                .contains("français a commencé. Une erreur : café.")
        );
        assert_eq!(
            decoded.note.as_deref(),
            Some("1 byte not valid UTF-8, read as Windows-1252")
        );
    }

    #[test]
    fn a_run_of_stray_bytes_is_not_a_reason_for_windows_1250() {
        let bytes =
            b"Citro\xc3\xabn \xc3\xa0 Trnava, \xc5\xa0koda \xff\xfe\xc3 Mlad\xc3\xa1 Boleslav";
        let decoded = decode(bytes).expect("text");
        assert_eq!(decoded.text, "Citroën à Trnava, Škoda ÿþÃ Mladá Boleslav");
        assert_eq!(
            decoded.note.as_deref(),
            Some("3 bytes not valid UTF-8, read as Windows-1252")
        );
    }

    #[test]
    fn bytes_windows_1252_leaves_undefined_become_replacement_characters() {
        let decoded = decode(b"Kalouga \xc3\xa0 \x81\x9d").expect("text");
        assert_eq!(decoded.text, "Kalouga à \u{fffd}\u{fffd}");
    }

    #[test]
    fn legacy_text_is_not_mistaken_for_utf8() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Une erreur : café. Élève, garçon.");
        let decoded = decode(&bytes).expect("text");
        assert_eq!(decoded.text, "Une erreur : café. Élève, garçon.");
        assert_eq!(decoded.note, None);
        assert_eq!(decode("Kalouga café".as_bytes()).expect("text").note, None);
        // Ukrainian in Windows-1251 holds accidental UTF-8 pairs (`Мі` is CC B3), far too few.
        let ukrainian = "Завод у Запоріжжі випускає автомобілі. Мінськ і Київ, Рівне та Вінниця \
            чекають нові машини від виробника.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(ukrainian);
        assert_eq!(decode(&bytes).expect("text").text, ukrainian);
    }
}
