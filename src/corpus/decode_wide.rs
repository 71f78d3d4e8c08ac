//! UTF-32 (which encoding_rs does not read) and UTF-16/32 without a BOM, told by where their
//! zero bytes fall: a file of NUL bytes is binary only when they fall nowhere regular.

use super::decode::Decoded;

/// UTF-32 with a BOM (`FF FE 00 00` little-endian, `00 00 FE FF` big-endian); checked before
/// UTF-16, whose little-endian BOM the first is a prefix of.
pub(super) fn with_bom(bytes: &[u8]) -> Option<Decoded> {
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe, 0, 0]) {
        return Some(utf32(rest, u32::from_le_bytes, "UTF-32LE"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0, 0, 0xfe, 0xff]) {
        return Some(utf32(rest, u32::from_be_bytes, "UTF-32BE"));
    }
    None
}

/// Text in UTF-16 or UTF-32 without a BOM, if its zero bytes say so: in text that is mostly
/// Latin script, the high bytes of each unit are zero, and only those.
pub(super) fn without_bom(bytes: &[u8]) -> Option<Decoded> {
    let head = &bytes[..bytes.len().min(8 * 1024)];
    let candidates: [(usize, &[usize], &str); 4] = [
        (4, &[1, 2, 3], "UTF-32LE"),
        (4, &[0, 1, 2], "UTF-32BE"),
        (2, &[1], "UTF-16LE"),
        (2, &[0], "UTF-16BE"),
    ];
    for (width, high, name) in candidates {
        let units = head.len() / width;
        if units == 0 || !bytes.len().is_multiple_of(width) {
            continue;
        }
        let unit = |u: usize| &head[u * width..(u + 1) * width];
        // Units whose high bytes are zero (Latin script), and zero low bytes (rare in text).
        let regular = (0..units)
            .filter(|&u| high.iter().all(|&i| unit(u)[i] == 0))
            .count();
        let stray = (0..units)
            .map(|u| {
                (0..width)
                    .filter(|i| !high.contains(i) && unit(u)[*i] == 0)
                    .count()
            })
            .sum::<usize>();
        if regular * 10 < units * 6 || stray * 100 > units {
            continue;
        }
        let decoded = match name {
            "UTF-32LE" => utf32(bytes, u32::from_le_bytes, name),
            "UTF-32BE" => utf32(bytes, u32::from_be_bytes, name),
            "UTF-16LE" => utf16(bytes, encoding_rs::UTF_16LE),
            _ => utf16(bytes, encoding_rs::UTF_16BE),
        };
        if decoded.note.is_none() && !decoded.text.contains('\0') {
            return Some(decoded);
        }
    }
    None
}

fn utf16(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        note: had_errors.then(|| format!("invalid {} replaced with U+FFFD", encoding.name())),
    }
}

fn utf32(bytes: &[u8], unit: fn([u8; 4]) -> u32, name: &str) -> Decoded {
    let mut text = String::with_capacity(bytes.len() / 4);
    let mut invalid = !bytes.len().is_multiple_of(4);
    for chunk in bytes.chunks_exact(4) {
        let value = unit([chunk[0], chunk[1], chunk[2], chunk[3]]);
        match char::from_u32(value) {
            Some(c) => text.push(c),
            None => {
                invalid = true;
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    Decoded {
        text,
        note: invalid.then(|| format!("invalid {name} replaced with U+FFFD")),
    }
}

#[cfg(test)]
mod tests {
    fn encode32(text: &str, le: bool) -> Vec<u8> {
        text.chars()
            .flat_map(|c| {
                let v = u32::from(c);
                if le { v.to_le_bytes() } else { v.to_be_bytes() }
            })
            .collect()
    }

    #[test]
    fn utf32_with_a_bom_is_not_taken_for_utf16() {
        let text = "Škoda in Mladá Boleslav 🚗";
        let mut le = vec![0xff, 0xfe, 0, 0];
        le.extend(encode32(text, true));
        let mut be = vec![0, 0, 0xfe, 0xff];
        be.extend(encode32(text, false));
        for bytes in [le, be] {
            let decoded = super::super::decode::decode(&bytes).expect("text");
            assert_eq!(decoded.text, text);
            assert_eq!(decoded.note, None);
        }
    }

    #[test]
    fn utf16_and_utf32_without_a_bom_are_text() {
        let text = "Renault builds the Clio in Bursa, Türkiye.\n";
        let le16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be16: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [le16, be16, encode32(text, true), encode32(text, false)] {
            let decoded = super::super::decode::decode(&bytes).expect("text, not binary");
            assert_eq!(decoded.text, text);
        }
        // NUL bytes anywhere else still make a binary file.
        assert!(super::super::decode::decode(b"ab\0cd\0\0\0efg").is_err());
    }
}
