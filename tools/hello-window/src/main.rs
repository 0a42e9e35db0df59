//! The baseline window: one page that says hello.
fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("hello-window: {e}");
    }
}
