//! Shared test support: locating and building workspace binaries, and the
//! WebDriver harness for end-to-end tests.

pub mod driver;
pub mod webdriver;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(".."))
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// Builds the desktop app once per test run (a no-op when it is up to date)
/// and returns the binary's absolute path.
pub fn app_binary() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    static LOCK: Mutex<()> = Mutex::new(());
    BUILT
        .get_or_init(|| {
            let _guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let status = Command::new(cargo)
                .args(["build", "-p", "opencall-app", "--quiet"])
                .current_dir(workspace_root())
                .status()
                .expect("cargo build -p opencall-app could not start");
            assert!(status.success(), "building the desktop app failed");
            let bin = target_dir().join("debug").join("opencall");
            assert!(bin.exists(), "app binary missing at {}", bin.display());
            bin.canonicalize().unwrap_or(bin)
        })
        .clone()
}
