//! The app's managed state: the open workspace store, or why it could not be
//! opened (the UI shows that instead of crashing).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use opencall_core::{Error, Store};

use crate::error::UiError;

pub struct AppState {
    store: Result<Store, UiError>,
    data_dir: PathBuf,
}

impl AppState {
    /// Opens the workspace. If another process still holds it (a window that
    /// is closing), retries for a few seconds before giving up.
    pub fn open(dir: &Path) -> Self {
        let deadline = Instant::now() + Duration::from_secs(5);
        let store = loop {
            match Store::open(dir) {
                Err(Error::Locked { .. }) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                other => break other.map_err(UiError::from),
            }
        };
        Self {
            store,
            data_dir: dir.to_owned(),
        }
    }

    pub fn store(&self) -> Result<&Store, UiError> {
        self.store.as_ref().map_err(Clone::clone)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }
}
