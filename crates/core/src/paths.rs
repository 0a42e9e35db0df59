//! Where a workspace lives on disk.

use std::path::PathBuf;

/// Environment variable that overrides the data directory (app and CLI).
pub const DATA_DIR_ENV: &str = "OPENCALL_DATA_DIR";

/// The data directory: `$OPENCALL_DATA_DIR` if set, else the OS app-data
/// directory (`~/.local/share/opencall` on Linux, `%APPDATA%\opencall` on
/// Windows, `~/Library/Application Support/opencall` on macOS).
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("opencall")
}
