//! Reading an article whole in a library over the cache: its body and mentions from the
//! index's document store, checked against the seal of its slot; what cannot be read back is
//! an [`Unreadable`] (kept, for the commands and the browser to say), never another text.

use std::borrow::Cow;

use tantivy::schema::Value;
use tantivy::{DocAddress, TantivyDocument};

use super::Library;
use crate::Article;

/// Per article of a library over the cache: the address of its document and its slot (which
/// the document's seal names, [`crate::search::blob`]).
pub(super) struct Stored {
    pub(super) addresses: Vec<DocAddress>,
    pub(super) slots: Vec<u32>,
}

/// An article's text could not be read back from the cache's index: its files were changed,
/// cut or removed on disk while this process ran.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the text of {path} could not be read back from the cache ({why}): the cache changed on \
     disk while plantscope was running; run plantscope again"
)]
pub struct Unreadable {
    /// The article's path, as shown.
    pub path: String,
    pub why: String,
}

impl Library {
    /// Article `doc` whole, with its body and mentions: borrowed from memory, or read from
    /// the index's document store in a library over the cache. `None`: no such article, or
    /// its text could not be read back ([`Library::unreadable`] then says why; never an
    /// empty or another article's body in its place).
    pub fn article(&self, doc: usize) -> Option<Cow<'_, Article>> {
        self.try_article(doc).unwrap_or_else(|e| {
            let _ = self.unreadable.set(e);
            None
        })
    }

    /// As [`Library::article`], with the reason when the text could not be read back
    /// (`Ok(None)`: no such article).
    pub fn try_article(&self, doc: usize) -> Result<Option<Cow<'_, Article>>, Unreadable> {
        let Some(summary) = self.articles.get(doc) else {
            return Ok(None);
        };
        let Some(stored) = &self.stored else {
            return Ok(Some(Cow::Borrowed(summary)));
        };
        let (Some(&address), Some(&slot)) = (stored.addresses.get(doc), stored.slots.get(doc))
        else {
            return Ok(None);
        };
        match self.detail(address, slot) {
            Ok(detail) => Ok(Some(Cow::Owned(summary.clone().with_detail(detail)))),
            Err(why) => Err(Unreadable {
                path: summary.path.clone(),
                why: crate::text::sanitize_line(&why),
            }),
        }
    }

    /// The first article whose text could not be read back since the library was opened.
    pub fn unreadable(&self) -> Option<&Unreadable> {
        self.unreadable.get()
    }

    /// The body and mentions the document at `address` stores for the article in `slot`.
    fn detail(&self, address: DocAddress, slot: u32) -> Result<crate::article::Detail, String> {
        let stored: TantivyDocument = self.searcher.doc(address).map_err(|e| e.to_string())?;
        let blob = stored
            .get_first(self.fields.blob)
            .and_then(|v| v.as_bytes())
            .ok_or("a document without its article")?;
        crate::search::blob::open(blob, slot)
    }
}
