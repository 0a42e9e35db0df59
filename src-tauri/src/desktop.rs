//! What makes Opencall behave like a desktop app: one instance per
//! workspace (a second `opencall FILE.ocbundle` hands the file to the
//! running window), the native menu, and backups on a schedule and on exit.
//! The window tells the UI what happened through two events: `open-bundle`
//! (a path) and `menu` (an item id).

use std::path::{Path, PathBuf};
use std::time::Duration;

use opencall_core::Lang;
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

/// The menu's words, each declared once in every language: (key, en, fa).
const LABELS: &[(&str, &str, &str)] = &[
    ("file", "File", "پرونده"),
    ("new", "New…", "تازه…"),
    ("import-bundle", "Import bundle…", "وارد کردن بسته…"),
    ("export", "Export…", "فرستادن برای همکاران…"),
    ("backups", "Backups…", "پشتیبان‌ها…"),
    ("quit", "Quit", "خروج"),
    ("edit", "Edit", "ویرایش"),
    ("undo", "Undo", "واگرد"),
    ("redo", "Redo", "انجام دوباره"),
    ("cut", "Cut", "بریدن"),
    ("copy", "Copy", "رونوشت"),
    ("paste", "Paste", "چسباندن"),
    ("select-all", "Select all", "انتخاب همه"),
    ("view", "View", "نما"),
    ("find", "Find…", "جست‌وجو…"),
    ("activity", "Activity log", "گزارش فعالیت‌ها"),
    ("fullscreen", "Full screen", "تمام‌صفحه"),
    ("help", "Help", "راهنما"),
    ("about", "About Opencall", "دربارهٔ Opencall"),
];

/// The menu in `lang`, laid out in its direction.
pub fn apply_language(app: &AppHandle, lang: Lang) -> tauri::Result<()> {
    // On the main thread before the menu is set: both run there, in order.
    app.run_on_main_thread(move || set_direction(lang))?;
    app.set_menu(menu(app)?)?;
    Ok(())
}

/// Widgets GTK makes from now on (the menu bar built again by
/// `set_language`) are laid out in `lang`'s direction: right to left in Persian.
pub fn set_direction(lang: Lang) {
    #[cfg(target_os = "linux")]
    gtk::Widget::set_default_direction(if lang.dir() == "rtl" {
        gtk::TextDirection::Rtl
    } else {
        gtk::TextDirection::Ltr
    });
    #[cfg(not(target_os = "linux"))]
    let _ = lang;
}

/// A menu word in `lang` (the key itself if it were missing).
fn label(lang: Lang, key: &str) -> &str {
    LABELS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, en, fa)| match lang {
            Lang::En => *en,
            Lang::Fa => *fa,
        })
        .unwrap_or(key)
}

/// The native menu: File, Edit, View, Help, with the usual accelerators, in
/// the language the person chose (`set_language` builds it again).
pub fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let lang = crate::error::lang();
    let l = |key: &str| label(lang, key).to_owned();
    let item = |id: &str, accel: Option<&str>| {
        let mut b = MenuItemBuilder::with_id(id, label(lang, id));
        if let Some(a) = accel {
            b = b.accelerator(a);
        }
        b.build(app)
    };
    let file = SubmenuBuilder::new(app, l("file"))
        .item(&item("new", Some("CmdOrCtrl+N"))?)
        .item(&item("import-bundle", Some("CmdOrCtrl+O"))?)
        .item(&item("export", Some("CmdOrCtrl+E"))?)
        .item(&item("backups", Some("CmdOrCtrl+B"))?)
        .separator()
        .item(&PredefinedMenuItem::quit(app, Some(&l("quit")))?)
        .build()?;
    let edit = SubmenuBuilder::new(app, l("edit"))
        .undo_with_text(l("undo"))
        .redo_with_text(l("redo"))
        .separator()
        .cut_with_text(l("cut"))
        .copy_with_text(l("copy"))
        .paste_with_text(l("paste"))
        .select_all_with_text(l("select-all"))
        .build()?;
    let view = SubmenuBuilder::new(app, l("view"))
        .item(&item("find", Some("CmdOrCtrl+F"))?)
        .item(&item("activity", Some("CmdOrCtrl+L"))?)
        .separator()
        .item(&PredefinedMenuItem::fullscreen(
            app,
            Some(&l("fullscreen")),
        )?)
        .build()?;
    let help = SubmenuBuilder::new(app, l("help"))
        .item(&item("about", None)?)
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
    fn every_menu_word_is_in_every_language() {
        for (key, en, fa) in LABELS {
            assert!(!en.is_empty() && !fa.is_empty(), "{key}");
            assert_ne!(en, fa, "{key} is not translated");
            assert_eq!(label(Lang::Fa, key), *fa);
        }
        let keys: std::collections::BTreeSet<_> = LABELS.iter().map(|(k, _, _)| k).collect();
        assert_eq!(keys.len(), LABELS.len(), "a key is declared twice");
    }

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
