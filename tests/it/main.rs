//! The workspace's one integration test binary: the CLI driven as a user
//! would (`cli`), the desktop app driven through WebDriver (`e2e`), a real
//! schema-1 workspace migrated (`migration`), and the one list of IPC
//! commands checked against the capability file and the UI (`commands`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod cli;
mod commands;
mod crash;
mod e2e;
mod e2e_xss;
mod migration;
mod support;
