//! Plain text: the whole file is one article; the title rule ([`super::title`]) finds the title.

use super::build::Raw;

pub(super) fn parse(text: &str) -> Raw {
    Raw { body: text.to_string(), ..Raw::default() }
}
