//! An article's stored detail (body and mentions) as the index's document store keeps it:
//! postcard bytes sealed with a CRC-32 of the article's slot and those bytes. A body is read
//! back long after the start (when an article is opened, highlighted or printed), from files
//! another program may have changed meanwhile: a seal that does not match — bytes changed,
//! or a document that is another article's — is refused rather than shown as the article.

use crate::article::{Detail, DetailRef};

/// Bytes of the seal at the end of a blob.
const SEAL: usize = 4;

/// The blob of `detail` for the article in `slot`.
pub fn seal(detail: &DetailRef<'_>, slot: u32) -> Vec<u8> {
    // Serialising a string and a list of plain structs into a Vec cannot fail; should it
    // ever, the empty blob is refused when read (too short), not read as an empty article.
    let mut bytes = postcard::to_stdvec(detail).unwrap_or_default();
    if bytes.is_empty() {
        return bytes;
    }
    let crc = checksum(slot, &bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    bytes
}

/// The detail `blob` holds for the article in `slot`; an error says why it is not that
/// article's (too short, a seal that does not match, bytes that do not decode).
pub fn open(blob: &[u8], slot: u32) -> Result<Detail, String> {
    let Some(split) = blob.len().checked_sub(SEAL).filter(|&n| n > 0) else {
        return Err(format!("a stored article of {} bytes", blob.len()));
    };
    let (bytes, seal) = blob.split_at(split);
    let mut expected = [0u8; SEAL];
    expected.copy_from_slice(seal);
    if checksum(slot, bytes) != u32::from_le_bytes(expected) {
        return Err("its checksum does not match".into());
    }
    postcard::from_bytes(bytes).map_err(|e| format!("it does not decode ({e})"))
}

fn checksum(slot: u32, bytes: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(&slot.to_le_bytes());
    hasher.update(bytes);
    hasher.finalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail() -> Detail {
        Detail {
            body: "The plant in Flins builds a small car.".into(),
            mentions: Vec::new(),
            mentions_omitted: 0,
        }
    }

    fn blob() -> Vec<u8> {
        let d = detail();
        seal(
            &DetailRef {
                body: &d.body,
                mentions: &d.mentions,
                mentions_omitted: d.mentions_omitted,
            },
            7,
        )
    }

    #[test]
    fn a_sealed_detail_opens_for_its_slot_only() {
        assert_eq!(open(&blob(), 7), Ok(detail()));
        assert!(open(&blob(), 8).is_err(), "another article's document");
    }

    #[test]
    fn a_changed_or_cut_blob_is_refused() {
        let whole = blob();
        for i in 0..whole.len() {
            let mut changed = whole.clone();
            changed[i] ^= 0x20;
            assert!(open(&changed, 7).is_err(), "byte {i} changed");
        }
        for len in 0..whole.len() {
            assert!(open(&whole[..len], 7).is_err(), "cut to {len} bytes");
        }
    }
}
