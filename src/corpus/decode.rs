//! Bytes → text: UTF-8 (with or without BOM), UTF-16 with a BOM, legacy 8-bit encodings
//! detected with chardetng; binary files recognised and refused. Never panics on bad bytes.

use encoding_rs::{Encoding, UTF_8};

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

/// Decode a whole file. The BOM, when present, is removed.
pub(super) fn decode(bytes: &[u8]) -> Result<String, Binary> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        return Err(Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_string()),
        Err(err) if err.error_len().is_none() => {
            // Valid UTF-8 cut in the middle of a character at the very end.
            return Ok(String::from_utf8_lossy(bytes).into_owned());
        }
        Err(_) => {}
    }
    if BINARY_MAGIC.iter().any(|magic| bytes.starts_with(magic)) || mostly_controls(head) {
        return Err(Binary);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    if encoding == UTF_8 {
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    }
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Ok(text.into_owned())
}

/// More than one byte in ten is a control character that text does not use.
fn mostly_controls(head: &[u8]) -> bool {
    let controls =
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_french() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le café de l'usine Renault à Flins a fermé ses portes. Garçon, œuvre, élève.");
        let text = decode(&bytes).expect("text");
        assert!(text.starts_with("Le café de l'usine Renault à Flins"), "{text}");
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
        assert_eq!(decode(&le).as_deref(), Ok("Wolfsburg Über"));
        assert_eq!(decode(&be).as_deref(), Ok("Wolfsburg Über"));
    }

    #[test]
    fn utf8_bom_removed() {
        assert_eq!(decode(b"\xef\xbb\xbfcaf\xc3\xa9").as_deref(), Ok("café"));
    }

    #[test]
    fn utf8_cut_mid_character() {
        let bytes = "Kalouga café".as_bytes();
        let cut = &bytes[..bytes.len() - 1];
        assert_eq!(decode(cut).as_deref(), Ok("Kalouga caf\u{fffd}"));
    }

    #[test]
    fn binary_files_refused() {
        assert_eq!(decode(b"abc\0def"), Err(Binary));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\xff\xfe\x80"), Err(Binary));
        // A magic number alone does not make a text file binary.
        assert_eq!(decode(b"PSA gaat auto's bouwen").as_deref(), Ok("PSA gaat auto's bouwen"));
        assert_eq!(decode(b"%PDF-like text").as_deref(), Ok("%PDF-like text"));
    }
}
