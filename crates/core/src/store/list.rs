//! Paged, indexed lists: a [`Query`] (exact filters, prefix text search,
//! archived or not) answered from the `index` tree, ordered by each kind's
//! sort key, returning slim summary rows. No list deserializes a record.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::index::{self, F_ARCHIVED};
use super::{Store, Stored, T};
use crate::{Error, Result};

/// What a list asks for. Empty parts match everything.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// `(filter id, value)` pairs that must all match exactly (any case).
    pub fields: Vec<(u8, String)>,
    /// Every word must start a word of the record's searchable text.
    pub text: Option<String>,
    pub include_archived: bool,
}

/// Which slice of a list: `limit: None` means everything from `offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageRequest {
    pub offset: usize,
    pub limit: Option<usize>,
}

impl PageRequest {
    pub fn all() -> Self {
        Self::default()
    }

    pub fn new(offset: usize, limit: usize) -> Self {
        Self {
            offset,
            limit: Some(limit),
        }
    }
}

/// One page of a list and how many items match in all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: usize,
    pub offset: usize,
    pub limit: Option<usize>,
}

/// A page reads like the slice of its items.
impl<T> std::ops::Deref for Page<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
            offset: self.offset,
            limit: self.limit,
        }
    }
}

/// Above this many candidates, walk the sort index instead of sorting
/// candidates' summaries.
const SORT_WALK: usize = 4096;

impl Store {
    /// A page of `R`'s summaries matching `q`, in list order.
    pub(crate) fn list<R: Stored>(&self, q: &Query, page: PageRequest) -> Result<Page<R::Summary>> {
        let kind = R::KIND as u8;
        let archived = self.posting(&index::field_key(kind, F_ARCHIVED, "1"), false)?;
        let mut sets: Vec<HashSet<[u8; 16]>> = Vec::new();
        for (field, value) in &q.fields {
            sets.push(self.posting(&index::field_key(kind, *field, value), false)?);
        }
        if let Some(text) = &q.text {
            for w in index::words(text) {
                sets.push(self.posting(&index::word_prefix(kind, &w), true)?);
            }
        }
        let limit = page.limit.unwrap_or(usize::MAX);
        let (keys, total) = if sets.is_empty() {
            let all = usize::try_from(self.count(R::KIND)?).unwrap_or(usize::MAX);
            let total = if q.include_archived {
                all
            } else {
                all.saturating_sub(archived.len())
            };
            let keep = |k: &[u8; 16]| q.include_archived || !archived.contains(k);
            (self.walk_sorted(kind, keep, page.offset, limit)?, total)
        } else {
            sets.sort_by_key(HashSet::len);
            let mut it = sets.into_iter();
            let mut set = it.next().unwrap_or_default();
            for other in it {
                set.retain(|k| other.contains(k));
            }
            if !q.include_archived {
                set.retain(|k| !archived.contains(k));
            }
            let total = set.len();
            let keys = if total > SORT_WALK {
                self.walk_sorted(kind, |k| set.contains(k), page.offset, limit)?
            } else {
                let mut rows = Vec::with_capacity(total);
                for k in set {
                    if let Some(v) = self
                        .tree(T::Summaries)
                        .get(index::summary_key(R::KIND, k))?
                    {
                        let sort = index::split_summary(&v)
                            .map(|(s, _)| s.to_vec())
                            .unwrap_or_default();
                        rows.push((sort, k));
                    }
                }
                rows.sort();
                rows.into_iter()
                    .skip(page.offset)
                    .take(limit)
                    .map(|(_, k)| k)
                    .collect()
            };
            (keys, total)
        };
        let mut items = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self
                .tree(T::Summaries)
                .get(index::summary_key(R::KIND, k))?
                .ok_or_else(|| {
                    Error::Corrupt(format!("no summary for record {}", hex::encode(k)))
                })?;
            let (_, json) = index::split_summary(&v)
                .ok_or_else(|| Error::Corrupt("summary value is too short".into()))?;
            items.push(serde_json::from_slice(json)?);
        }
        Ok(Page {
            items,
            total,
            offset: page.offset,
            limit: page.limit,
        })
    }

    /// The record keys of one posting list, or (`prefix`) of every list
    /// whose key starts with `key` (a word typed in part).
    fn posting(&self, key: &[u8], prefix: bool) -> Result<HashSet<[u8; 16]>> {
        let tree = self.tree(T::Postings);
        let mut out = HashSet::new();
        if prefix {
            for v in tree.scan_prefix(key).values() {
                out.extend(index::posting_keys(&v?));
            }
        } else if let Some(v) = tree.get(key)? {
            out.extend(index::posting_keys(&v));
        }
        Ok(out)
    }

    /// Walks the sort index in order, keeping records `keep` accepts, and
    /// returns the keys of the requested slice.
    fn walk_sorted(
        &self,
        kind: u8,
        keep: impl Fn(&[u8; 16]) -> bool,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<[u8; 16]>> {
        let mut out = Vec::new();
        let mut skipped = 0;
        for k in self
            .tree(T::Index)
            .scan_prefix(index::sort_prefix(kind))
            .keys()
        {
            if out.len() >= limit {
                break;
            }
            let k = k?;
            let Some(key) = index::record_key(&k) else {
                continue;
            };
            if !keep(&key) {
                continue;
            }
            if skipped < offset {
                skipped += 1;
                continue;
            }
            out.push(key);
        }
        Ok(out)
    }
}
