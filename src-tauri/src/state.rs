//! The app's managed state: the open workspace store, or why it could not be
//! opened (the UI shows that instead of crashing); a bundle file the app was
//! asked to open; and when the last backup was made. The store can be
//! closed and reopened (restoring a backup in place).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use opencall_core::{Error, Store};

use crate::error::UiError;

pub struct AppState {
    store: RwLock<Result<Arc<Store>, UiError>>,
    data_dir: PathBuf,
    /// A `.ocbundle` given on the command line (a double-click), until the
    /// window asks for it.
    opened_file: Mutex<Option<String>>,
}

fn open_store(dir: &Path) -> Result<Arc<Store>, UiError> {
    // Another process may still hold it (a window that is closing): retry
    // for a few seconds before giving up.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match Store::open(dir) {
            Err(Error::Locked { .. }) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(100));
            }
            other => return other.map(Arc::new).map_err(UiError::from),
        }
    }
}

impl AppState {
    pub fn open(dir: &Path, opened_file: Option<String>) -> Self {
        Self {
            store: RwLock::new(open_store(dir)),
            data_dir: dir.to_owned(),
            opened_file: Mutex::new(opened_file),
        }
    }

    pub fn store(&self) -> Result<Arc<Store>, UiError> {
        self.store
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(Arc::clone)
            .map_err(Clone::clone)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs `f` with the workspace closed (no command holds it), then opens
    /// it again, whatever `f` returned.
    pub fn with_store_closed<T>(
        &self,
        f: impl FnOnce(&Path) -> Result<T, UiError>,
    ) -> Result<T, UiError> {
        let mut guard = self.store.write().unwrap_or_else(|p| p.into_inner());
        let old = std::mem::replace(&mut *guard, Err(UiError::from(Error::NotInitialized)));
        // Wait for in-flight commands that still hold the store.
        if let Ok(store) = old {
            let deadline = Instant::now() + Duration::from_secs(10);
            let mut store = store;
            loop {
                match Arc::try_unwrap(store) {
                    Ok(s) => {
                        drop(s);
                        break;
                    }
                    Err(s) if Instant::now() < deadline => {
                        store = s;
                        std::thread::sleep(Duration::from_millis(20));
                    }
                    Err(s) => {
                        *guard = Ok(s);
                        return Err(UiError::from(Error::Locked {
                            path: self.data_dir.display().to_string(),
                        }));
                    }
                }
            }
        }
        let out = f(&self.data_dir);
        *guard = open_store(&self.data_dir);
        out
    }

    /// The file given on the command line, once.
    pub fn take_opened_file(&self) -> Option<String> {
        self.opened_file
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    /// Makes a backup if the workspace changed since the newest one (the
    /// core remembers it beside the backups, across starts).
    pub fn backup_if_changed(
        &self,
    ) -> Result<Option<opencall_core::store::backup::BackupFile>, UiError> {
        Ok(self
            .store()?
            .backup_if_changed(chrono::Utc::now(), opencall_core::store::backup::KEEP)?)
    }
}
