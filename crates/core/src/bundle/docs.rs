//! The JSON documents inside a bundle's `data/`, and how they are read: each
//! is checked for depth and duplicate keys before it is parsed into the same
//! record shapes the store keeps (one shape per record).

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::{refuse, BundleFault as F};
use crate::idea::{IdeaStage, Rejection};
use crate::ids::{ChallengeId, ContributorId, IdeaId, SubProblemId};
use crate::Result;

/// Deepest nesting a bundle document may have.
pub const MAX_DEPTH: usize = 32;
/// Largest JSON document accepted.
pub const MAX_DOCUMENT: usize = 64 * 1024 * 1024;

pub const CHALLENGE: &str = "challenge.json";
pub const AGREEMENTS: &str = "agreements.json";
pub const SUB_PROBLEMS: &str = "sub_problems.json";
pub const QUESTIONS: &str = "questions.json";
pub const RECIPIENTS: &str = "recipients.json";
pub const RESPONSE: &str = "response.json";
pub const CONTRIBUTORS: &str = "contributors.json";
pub const ACCEPTANCES: &str = "acceptances.json";
pub const IDEAS: &str = "ideas.json";
pub const CLAIMS: &str = "claims.json";
pub const UPDATE: &str = "update.json";
pub const STAGES: &str = "stages.json";
pub const RECEIPTS: &str = "receipts.json";
/// Attachments live under `attachments/<sha256>`.
pub const ATTACHMENTS: &str = "attachments/";

/// What a response is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseDoc {
    pub challenge: ChallengeId,
}

/// Who an update is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateDoc {
    pub challenge: ChallengeId,
    pub recipient: ContributorId,
}

/// A partner's contributors claiming a sponsor's sub-problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub sub_problem: SubProblemId,
    pub contributors: Vec<ContributorId>,
}

/// Where the sponsor moved one of the recipient's ideas.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageNote {
    pub idea: IdeaId,
    pub stage: IdeaStage,
    pub rejection: Option<Rejection>,
    /// The sponsor's revision of the idea when this was written.
    pub revision: u64,
}

/// Serializes a document the way bundles carry it.
pub fn to_bytes<V: Serialize>(value: &V) -> Result<Vec<u8>> {
    Ok(serde_json::to_vec_pretty(value)?)
}

/// Reads document `name` from the payload: `None` when absent.
pub fn read<V: DeserializeOwned>(
    payload: &BTreeMap<String, Vec<u8>>,
    name: &str,
) -> Result<Option<V>> {
    payload.get(name).map(|b| parse(b, name)).transpose()
}

/// Reads a document the bundle's kind requires.
pub fn require<V: DeserializeOwned>(payload: &BTreeMap<String, Vec<u8>>, name: &str) -> Result<V> {
    read(payload, name)?.ok_or_else(|| {
        refuse(
            F::MissingDocument,
            "missing_document",
            format!("The bundle has no data/{name}, which its kind requires."),
        )
        .with("name", format!("data/{name}"))
    })
}

/// Checks size, depth and duplicate keys, then parses into `V`, naming the
/// path of a field that does not fit.
pub fn parse<V: DeserializeOwned>(bytes: &[u8], name: &str) -> Result<V> {
    if bytes.len() > MAX_DOCUMENT {
        return Err(refuse(
            F::TooLarge,
            "document_too_large",
            format!("data/{name} is larger than Opencall accepts."),
        )
        .with("name", format!("data/{name}")));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    if let Err(e) = (Check { depth: 0 }).deserialize(&mut de) {
        let text = e.to_string();
        let fault = if text.starts_with(TOO_DEEP) {
            F::JsonTooDeep
        } else if text.starts_with(DUPLICATE) {
            F::DuplicateKey
        } else {
            F::BadJson
        };
        // The specific each message names: the depth limit, the key, the
        // parser's words.
        let (code, what, (arg, value)) = match fault {
            F::JsonTooDeep => (
                "json_too_deep",
                format!("nests deeper than {MAX_DEPTH} levels"),
                ("max", MAX_DEPTH.to_string()),
            ),
            F::DuplicateKey => {
                let key = text.trim_start_matches(DUPLICATE);
                (
                    "duplicate_key",
                    format!("gives a key twice ({key})"),
                    ("key", key.to_owned()),
                )
            }
            _ => (
                "bad_json",
                format!("is not valid JSON ({text})"),
                ("detail", text.clone()),
            ),
        };
        return Err(refuse(
            fault,
            code,
            format!("data/{name} {what}; the bundle is refused."),
        )
        .with("name", format!("data/{name}"))
        .with(arg, value));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        refuse(
            F::BadJson,
            "document_shape",
            format!(
                "data/{name} does not have the expected shape at “{}”: {}.",
                e.path(),
                e.inner()
            ),
        )
        .with("name", format!("data/{name}"))
        .with("path", e.path())
        .with("detail", e.inner())
    })
}

const TOO_DEEP: &str = "json nests too deep";
const DUPLICATE: &str = "duplicate key: ";

/// Walks any JSON value, refusing deep nesting and repeated object keys.
struct Check {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Check {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Check {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        if self.depth >= MAX_DEPTH {
            return Err(de::Error::custom(TOO_DEEP));
        }
        while seq
            .next_element_seed(Check {
                depth: self.depth + 1,
            })?
            .is_some()
        {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        if self.depth >= MAX_DEPTH {
            return Err(de::Error::custom(TOO_DEEP));
        }
        let mut keys = HashSet::new();
        while let Some(k) = map.next_key::<String>()? {
            if !keys.insert(k.clone()) {
                return Err(de::Error::custom(format!("{DUPLICATE}{k:?}")));
            }
            map.next_value_seed(Check {
                depth: self.depth + 1,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_duplicates_and_shape_are_refused_with_their_kinds() {
        let deep = "[".repeat(40) + &"]".repeat(40);
        assert_eq!(
            parse::<serde_json::Value>(deep.as_bytes(), "x.json")
                .unwrap_err()
                .kind(),
            "json_too_deep"
        );
        assert_eq!(
            parse::<serde_json::Value>(br#"{"a":1,"a":2}"#, "x.json")
                .unwrap_err()
                .kind(),
            "duplicate_key"
        );
        let e = parse::<ResponseDoc>(br#"{"challenge":"nope"}"#, "response.json").unwrap_err();
        assert_eq!(e.kind(), "bad_json");
        assert!(e.to_string().contains("challenge"), "{e}");
        assert!(parse::<serde_json::Value>(br#"{"a":[1,{"b":null}]}"#, "x.json").is_ok());
    }
}
