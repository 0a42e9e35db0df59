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
/// and returns the binary's absolute path. It builds the whole workspace with
/// all targets, like `scripts/test.sh`, so features unify the same way and
/// Tauri is not compiled a second time with a different feature set.
pub fn app_binary() -> PathBuf {
    built_binary("opencall")
}

/// The CLI binary, built the same way.
pub fn cli_binary() -> PathBuf {
    built_binary("opencall-cli")
}

/// A command running the CLI in a known locale: `LANG=C.UTF-8` and no other
/// locale variable, so its human output is English whatever the machine's
/// language (a test may still set `LANG` or pass `--lang`).
pub fn cli_command() -> Command {
    let mut cmd = Command::new(cli_binary());
    for var in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C.UTF-8");
    cmd
}

/// Runs `opencall-cli --data-dir DIR ARGS…` (as [`cli_command`], with
/// `OPENCALL_DATA_DIR` unset), which must succeed → its stdout.
pub fn cli_ok(dir: &Path, args: &[&str]) -> String {
    let out = cli_command()
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("OPENCALL_DATA_DIR")
        .output()
        .expect("run opencall-cli");
    assert!(
        out.status.success(),
        "opencall-cli {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Copies the folder `from` (a workspace, a fixture) with everything in it
/// to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Damages a file as a crash or a full disk would: it loses its second half.
pub fn cut_in_half(path: &Path) {
    let len = std::fs::metadata(path).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
}

fn built_binary(name: &str) -> PathBuf {
    static BUILT: OnceLock<()> = OnceLock::new();
    static LOCK: Mutex<()> = Mutex::new(());
    BUILT.get_or_init(|| {
        let _guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--workspace", "--all-targets", "--quiet"])
            .current_dir(workspace_root())
            .status()
            .expect("cargo build could not start");
        assert!(status.success(), "building the workspace failed");
    });
    let bin = target_dir()
        .join("debug")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "binary missing at {}", bin.display());
    bin.canonicalize().unwrap_or(bin)
}
