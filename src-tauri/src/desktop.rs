//! What makes Opencall behave like a desktop app: one instance per
//! workspace (a second `opencall FILE.ocbundle` hands the file to the
//! running window), the native menu, and backups on a schedule and on exit.
//! The window tells the UI what happened through two events: `open-bundle`
//! (a path) and `menu` (an item id).

use std::path::{Path, PathBuf};
use std::time::Duration;

use tauri::menu::{Menu, MenuItemBuilder, PredefinedMenuItem, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, RunEvent, Runtime, Wry};

use crate::state::AppState;

/// The first argument that names a bundle file, made absolute against `cwd`.
pub fn bundle_argument(
    args: impl IntoIterator<Item = String>,
    cwd: Option<&Path>,
) -> Option<String> {
    args.into_iter()
        .filter(|a| !a.starts_with('-'))
        .find(|a| a.to_lowercase().ends_with(".ocbundle"))
        .map(|a| {
            let p = PathBuf::from(&a);
            let p = if p.is_absolute() {
                p
            } else {
                cwd.map(Path::to_path_buf)
                    .or_else(|| std::env::current_dir().ok())
                    .unwrap_or_default()
                    .join(p)
            };
            p.display().to_string()
        })
}

/// One running window per workspace: the D-Bus name includes a hash of the
/// data folder, so two workspaces can still be open side by side.
pub fn single_instance(data_dir: &Path) -> tauri::plugin::TauriPlugin<Wry> {
    let digest = opencall_core::bundle::sha256_hex(data_dir.display().to_string().as_bytes());
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(format!("org.opencall.desktop.w{}", &digest[..16]))
        .callback(|app, argv, cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
            if let Some(file) = bundle_argument(argv.into_iter().skip(1), Some(Path::new(&cwd))) {
                let _ = app.emit("open-bundle", file);
            }
        })
        .build()
}

/// The native menu: File, Edit, View, Help, with the usual accelerators.
pub fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let item = |id: &str, text: &str, accel: Option<&str>| {
        let mut b = MenuItemBuilder::with_id(id, text);
        if let Some(a) = accel {
            b = b.accelerator(a);
        }
        b.build(app)
    };
    let file = SubmenuBuilder::new(app, "File")
        .item(&item("new", "New…", Some("CmdOrCtrl+N"))?)
        .item(&item(
            "import-bundle",
            "Import bundle…",
            Some("CmdOrCtrl+O"),
        )?)
        .item(&item("export", "Export…", Some("CmdOrCtrl+E"))?)
        .item(&item("backups", "Backups…", Some("CmdOrCtrl+B"))?)
        .separator()
        .item(&PredefinedMenuItem::quit(app, Some("Quit"))?)
        .build()?;
    let edit = SubmenuBuilder::new(app, "Edit")
        .undo()
        .redo()
        .separator()
        .cut()
        .copy()
        .paste()
        .select_all()
        .build()?;
    let view = SubmenuBuilder::new(app, "View")
        .item(&item("find", "Find…", Some("CmdOrCtrl+F"))?)
        .item(&item("activity", "Activity log", Some("CmdOrCtrl+L"))?)
        .separator()
        .item(&PredefinedMenuItem::fullscreen(app, Some("Full screen"))?)
        .build()?;
    let help = SubmenuBuilder::new(app, "Help")
        .item(&item("about", "About Opencall", None)?)
        .build()?;
    Menu::with_items(app, &[&file, &edit, &view, &help])
}

/// Menu items the UI handles: it receives their id.
pub fn on_menu_event<R: Runtime>(app: &AppHandle<R>, event: tauri::menu::MenuEvent) {
    let _ = app.emit("menu", event.id().0.clone());
}

/// Minutes between scheduled backups (`OPENCALL_BACKUP_MINUTES`, default 30).
fn backup_interval() -> Duration {
    let minutes = std::env::var("OPENCALL_BACKUP_MINUTES")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|m| *m > 0)
        .unwrap_or(30);
    Duration::from_secs(minutes * 60)
}

/// A backup every interval, when something changed.
pub fn schedule_backups(app: AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(backup_interval());
        if let Err(e) = app.state::<AppState>().backup_if_changed() {
            eprintln!("opencall: scheduled backup failed: {}", e.message);
        }
    });
}

/// On exit: a last backup, when something changed.
pub fn on_run_event(app: &AppHandle, event: RunEvent) {
    if let RunEvent::Exit = event {
        if let Some(state) = app.try_state::<AppState>() {
            if let Err(e) = state.backup_if_changed() {
                eprintln!("opencall: the backup on exit failed: {}", e.message);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_argument_is_found_and_made_absolute() {
        let args = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            bundle_argument(args(&["--flag", "b.OCBUNDLE"]), Some(Path::new("/home/x"))),
            Some("/home/x/b.OCBUNDLE".to_owned())
        );
        assert_eq!(
            bundle_argument(args(&["/tmp/a.ocbundle"]), None),
            Some("/tmp/a.ocbundle".to_owned())
        );
        assert_eq!(bundle_argument(args(&["notes.txt"]), None), None);
    }
}
