//! Declares the app's own IPC commands so that tauri-build generates an
//! `allow-<command>` permission for each; `capabilities/main.json` grants them.
const COMMANDS: &[&str] = &[
    "workspace_status",
    "init_workspace",
    "get_workspace",
    "update_organization",
    "render_markdown",
    "list_challenges",
    "get_challenge",
    "create_challenge",
    "update_challenge",
    "set_challenge_status",
    "archive_challenge",
    "list_contributors",
    "get_contributor",
    "create_contributor",
    "update_contributor",
    "archive_contributor",
    "list_agreements",
    "get_agreement",
    "create_agreement",
    "update_agreement",
    "publish_agreement",
    "archive_agreement",
    "record_acceptance",
    "list_acceptances",
    "list_activity",
    "verify_activity",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
