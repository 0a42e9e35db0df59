//! # opencall-core
//!
//! The domain of Opencall — workspace, contributors, challenges, agreements and
//! acceptances — its sled store, and the hash-chained activity log.
//!
//! This crate knows nothing of Tauri, IPC or the UI. Every function that needs
//! the time takes `now: DateTime<Utc>` so tests stay deterministic; every
//! fallible function returns [`Result`], whose [`Error`] has a stable
//! [`Error::kind`] code the shells pass on.

#[macro_use]
pub mod enums;
pub mod activity;
pub mod agreement;
pub mod bundle;
pub mod challenge;
pub mod contributor;
pub mod demo;
pub mod error;
pub mod export;
pub mod i18n;
pub mod idea;
pub mod ids;
pub mod markdown;
pub mod paths;
pub mod record;
pub mod sign;
pub mod store;
pub mod validation;
pub mod work;
pub mod workspace;

pub use error::{Error, Result};
pub use i18n::Lang;
pub use store::{Page, PageRequest, Store};
