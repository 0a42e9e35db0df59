//! The workspace's one integration test binary: the CLI driven as a user
//! would (`cli`), and the desktop app driven through WebDriver (`e2e`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod cli;
mod e2e;
mod support;
