//! Secondary indexes, slim summaries and record counts, written in the same
//! transaction as the records they describe (so they cannot disagree after
//! a crash), and rebuildable from the records (`index_version` in `meta`
//! says which layout the trees hold; an older or missing one is rebuilt on
//! open).
//!
//! Layout of the `index` tree (every string lowercased; `K` = record kind
//! byte, `key` = the record's 16-byte key):
//!
//! | key | meaning |
//! |---|---|
//! | `K 'f' field value 0x00 key` | the record has `value` in filter `field` (0 = archived) |
//! | `K 'w' word 0x00 key` | the record's searchable text contains `word` (prefix search) |
//! | `K 's' sortkey 0x00 key` | the list order |
//! | `0xFF record_id 0x00 seq` | log entry `seq` is about `record_id` |
//!
//! The `summaries` tree maps `K key` to `u16 sortkey length, sortkey, JSON`
//! of the list row, so a page of a list deserializes only its own rows.

use std::collections::BTreeSet;

use crate::record::RecordKind;

/// Filter id reserved for "archived" (value `"1"` when archived).
pub(crate) const F_ARCHIVED: u8 = 0;
/// The current index layout; bump it to have every workspace rebuilt.
pub(crate) const INDEX_VERSION: u32 = 1;
pub(crate) const LOG_PREFIX: u8 = 0xFF;
const MAX_WORD: usize = 48;

/// The index keys one record contributes.
pub struct IndexKeys {
    kind: u8,
    key: [u8; 16],
    pub(crate) keys: BTreeSet<Vec<u8>>,
    pub(crate) sort: Vec<u8>,
}

impl IndexKeys {
    pub(crate) fn new(kind: RecordKind, key: [u8; 16]) -> Self {
        Self {
            kind: kind as u8,
            key,
            keys: BTreeSet::new(),
            sort: Vec::new(),
        }
    }

    /// The record matches `value` in filter `field`.
    pub fn field(&mut self, field: u8, value: &str) {
        let mut k = field_prefix(self.kind, field, value);
        k.extend_from_slice(&self.key);
        self.keys.insert(k);
    }

    /// Every word of `text` becomes searchable.
    pub fn words(&mut self, text: &str) {
        for w in words(text) {
            let mut k = vec![self.kind, b'w'];
            k.extend_from_slice(w.as_bytes());
            k.push(0);
            k.extend_from_slice(&self.key);
            self.keys.insert(k);
        }
    }

    /// The record's place in list order (compared bytewise).
    pub fn sort_by(&mut self, sortkey: &[u8]) {
        self.sort = sortkey.iter().copied().filter(|b| *b != 0).collect();
    }

    pub(crate) fn finish(mut self) -> Self {
        let mut k = vec![self.kind, b's'];
        k.extend_from_slice(&self.sort);
        k.push(0);
        k.extend_from_slice(&self.key);
        self.keys.insert(k);
        self
    }
}

/// Lowercase text without NUL (the key separator).
pub(crate) fn norm(value: &str) -> String {
    value.trim().to_lowercase().replace('\0', "")
}

pub(crate) fn field_prefix(kind: u8, field: u8, value: &str) -> Vec<u8> {
    let mut k = vec![kind, b'f', field];
    k.extend_from_slice(norm(value).as_bytes());
    k.push(0);
    k
}

pub(crate) fn word_prefix(kind: u8, word: &str) -> Vec<u8> {
    let mut k = vec![kind, b'w'];
    k.extend_from_slice(word.as_bytes());
    k
}

pub(crate) fn sort_prefix(kind: u8) -> Vec<u8> {
    vec![kind, b's']
}

pub(crate) fn log_key(record_id: &str, seq: u64) -> Vec<u8> {
    let mut k = log_prefix(record_id);
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

pub(crate) fn log_prefix(record_id: &str) -> Vec<u8> {
    let mut k = vec![LOG_PREFIX];
    k.extend_from_slice(record_id.as_bytes());
    k.push(0);
    k
}

pub(crate) fn summary_key(kind: RecordKind, key: [u8; 16]) -> Vec<u8> {
    let mut k = vec![kind as u8];
    k.extend_from_slice(&key);
    k
}

/// `sortkey` and the row's JSON in one value.
pub(crate) fn summary_value(sort: &[u8], json: &[u8]) -> Vec<u8> {
    let len = u16::try_from(sort.len()).unwrap_or(u16::MAX);
    let sort = &sort[..usize::from(len)];
    let mut v = Vec::with_capacity(2 + sort.len() + json.len());
    v.extend_from_slice(&len.to_be_bytes());
    v.extend_from_slice(sort);
    v.extend_from_slice(json);
    v
}

/// Splits a summary value into (sortkey, JSON).
pub(crate) fn split_summary(v: &[u8]) -> Option<(&[u8], &[u8])> {
    let len = usize::from(u16::from_be_bytes([*v.first()?, *v.get(1)?]));
    let sort = v.get(2..2 + len)?;
    let json = v.get(2 + len..)?;
    Some((sort, json))
}

/// The record key at the end of an index key.
pub(crate) fn record_key(k: &[u8]) -> Option<[u8; 16]> {
    k.len()
        .checked_sub(16)
        .and_then(|start| k[start..].try_into().ok())
}

/// The searchable words of a text: lowercase runs of letters and digits in
/// any script, at most [`MAX_WORD`] characters each.
pub fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().chars().take(MAX_WORD).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cover_every_script_and_ignore_punctuation() {
        let w = words("Quieter *pumps*, €10,000 — نوآوری باز");
        assert!(w.contains("quieter") && w.contains("pumps") && w.contains("10"));
        assert!(w.contains("باز"), "{w:?}");
        assert!(!w.iter().any(|x| x.contains('*')));
    }

    #[test]
    fn summary_values_split_back() {
        let v = summary_value(b"abc", b"{}");
        assert_eq!(split_summary(&v), Some((&b"abc"[..], &b"{}"[..])));
    }
}
