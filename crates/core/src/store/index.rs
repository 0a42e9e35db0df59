//! Secondary indexes, slim summaries and record counts, written in the same
//! transaction as the records they describe (so they cannot disagree after
//! a crash), and rebuildable from the records (`index_version` in `meta`
//! says which layout the trees hold; an older or missing one is rebuilt on
//! open).
//!
//! sled keeps at most 16 keys in a leaf page and a workspace opens in time
//! proportional to its pages, so filters and words are **posting lists**
//! (one key per value, holding every record key that has it) rather than
//! one key per record and value. Layout (`K` = record kind byte, `key` = a
//! record's 16-byte key, strings lowercased):
//!
//! | tree | key | value |
//! |---|---|---|
//! | `postings` | `K 'f' field value` | sorted record keys with `value` in filter `field` (0 = archived) |
//! | `postings` | `K 'w' word` | sorted record keys whose searchable text has `word` (prefix search scans) |
//! | `postings` | `0xFF record_id` | sequence numbers (8 bytes each) of the log entries about it |
//! | `index` | `K 's' sortkey 0x00 key` | empty: the list order |
//! | `summaries` | `K key` | `u16` sortkey length, sortkey, JSON of the list row |

use std::collections::BTreeSet;

use crate::record::RecordKind;

/// Filter id reserved for "archived" (value `"1"` when archived).
pub(crate) const F_ARCHIVED: u8 = 0;
/// The current index layout; bump it to have every workspace rebuilt.
pub(crate) const INDEX_VERSION: u32 = 3;
pub(crate) const LOG_PREFIX: u8 = 0xFF;
const MAX_WORD: usize = 48;

/// The index entries one record contributes: the posting lists it belongs
/// to and its place in list order.
pub struct IndexKeys {
    kind: u8,
    key: [u8; 16],
    pub(crate) postings: BTreeSet<Vec<u8>>,
    pub(crate) sort: Vec<u8>,
}

impl IndexKeys {
    pub(crate) fn new(kind: RecordKind, key: [u8; 16]) -> Self {
        Self {
            kind: kind as u8,
            key,
            postings: BTreeSet::new(),
            sort: Vec::new(),
        }
    }

    /// The record matches `value` in filter `field`.
    pub fn field(&mut self, field: u8, value: &str) {
        self.postings.insert(field_key(self.kind, field, value));
    }

    /// Every word of `text` becomes searchable.
    pub fn words(&mut self, text: &str) {
        for w in words(text) {
            self.postings.insert(word_prefix(self.kind, &w));
        }
    }

    /// The record's place in list order (compared bytewise).
    pub fn sort_by(&mut self, sortkey: &[u8]) {
        self.sort = sortkey.iter().copied().filter(|b| *b != 0).collect();
    }

    /// The key of this record in the `index` tree's list order.
    pub(crate) fn sort_key(&self) -> Vec<u8> {
        let mut k = vec![self.kind, b's'];
        k.extend_from_slice(&self.sort);
        k.push(0);
        k.extend_from_slice(&self.key);
        k
    }
}

/// A sort key that lists the newest time first.
pub(crate) fn newest_first(at: chrono::DateTime<chrono::Utc>) -> [u8; 8] {
    (u64::MAX - u64::try_from(at.timestamp_millis()).unwrap_or(0)).to_be_bytes()
}

/// A sort key that lists the oldest time first.
pub(crate) fn oldest_first(at: chrono::DateTime<chrono::Utc>) -> [u8; 8] {
    u64::try_from(at.timestamp_millis())
        .unwrap_or(0)
        .to_be_bytes()
}

/// Lowercase text without NUL (the key separator).
pub(crate) fn norm(value: &str) -> String {
    value.trim().to_lowercase().replace('\0', "")
}

pub(crate) fn field_key(kind: u8, field: u8, value: &str) -> Vec<u8> {
    let mut k = vec![kind, b'f', field];
    k.extend_from_slice(norm(value).as_bytes());
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

/// The posting list of the log entries about `record_id`.
pub(crate) fn log_key(record_id: &str) -> Vec<u8> {
    let mut k = vec![LOG_PREFIX];
    k.extend_from_slice(record_id.as_bytes());
    k
}

/// A posting list of 16-byte record keys, kept sorted.
pub(crate) fn posting_keys(v: &[u8]) -> impl Iterator<Item = [u8; 16]> + '_ {
    v.chunks_exact(16).filter_map(|c| c.try_into().ok())
}

/// Adds and removes record keys in a posting list value.
pub(crate) fn posting_apply(v: &[u8], add: &[[u8; 16]], remove: &[[u8; 16]]) -> Vec<u8> {
    let mut keys: BTreeSet<[u8; 16]> = posting_keys(v).collect();
    for k in remove {
        keys.remove(k);
    }
    keys.extend(add.iter().copied());
    keys.into_iter().flatten().collect()
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

/// The record key at the end of a sort key.
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
    fn posting_lists_stay_sorted_and_unique() {
        let (a, b, c) = ([1u8; 16], [2u8; 16], [3u8; 16]);
        let v = posting_apply(&[], &[c, a], &[]);
        let v = posting_apply(&v, &[b, a], &[c]);
        assert_eq!(posting_keys(&v).collect::<Vec<_>>(), vec![a, b]);
    }

    #[test]
    fn summary_values_split_back() {
        let v = summary_value(b"abc", b"{}");
        assert_eq!(split_summary(&v), Some((&b"abc"[..], &b"{}"[..])));
    }
}
