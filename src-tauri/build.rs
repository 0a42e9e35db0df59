//! Generates an `allow-<command>` permission for each of the app's IPC
//! commands; `capabilities/main.json` grants them. The command names are
//! read from `src/main.rs` (between `COMMANDS-BEGIN` and `COMMANDS-END`), the
//! one place they are declared.

fn commands() -> Vec<String> {
    let main = std::fs::read_to_string("src/main.rs").unwrap_or_default();
    let start = main.find("COMMANDS-BEGIN").unwrap_or(0);
    let end = main.find("COMMANDS-END").unwrap_or(main.len());
    main[start..end]
        .split("commands::")
        .skip(1)
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=src/main.rs");
    let names = commands();
    if names.is_empty() {
        println!("cargo:warning=no IPC commands found between COMMANDS-BEGIN and COMMANDS-END in src/main.rs");
        std::process::exit(1);
    }
    let names: Vec<&'static str> = names
        .into_iter()
        .map(|n| &*Box::leak(n.into_boxed_str()))
        .collect();
    let attributes = tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice())),
    );
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
