//! Opencall's desktop shell. It opens the workspace, registers the commands,
//! the plugins (single instance, window state, dialogs) and the native menu
//! (`desktop.rs`), and otherwise stays out of the way: all behaviour lives in
//! `opencall-core`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod desktop;
mod error;
mod state;
mod views;

use tauri::Manager;

fn main() {
    let data_dir = opencall_core::paths::default_data_dir();
    let opened_file = desktop::bundle_argument(std::env::args().skip(1), None);
    let result = tauri::Builder::default()
        // First: a second `opencall` hands its file to the running window
        // and exits before it touches the workspace.
        .plugin(desktop::single_instance(&data_dir))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .menu(desktop::menu)
        .on_menu_event(desktop::on_menu_event)
        .setup(move |app| {
            app.manage(state::AppState::open(&data_dir, opened_file));
            desktop::schedule_backups(app.handle().clone());
            Ok(())
        })
        // The one list of IPC commands: build.rs reads the names between the
        // markers to generate their permissions; a test checks that
        // capabilities/main.json grants exactly these and ui/js/api.js calls
        // only these.
        // COMMANDS-BEGIN
        .invoke_handler(tauri::generate_handler![
            commands::workspace_status,
            commands::take_opened_file,
            commands::app_info,
            commands::set_language,
            commands::list_backups,
            commands::create_backup,
            commands::verify_backup,
            commands::restore_backup,
            commands::init_workspace,
            commands::get_workspace,
            commands::update_organization,
            commands::render_markdown,
            commands::open_external,
            commands::archive_record,
            commands::restore_record,
            commands::list_challenges,
            commands::get_challenge,
            commands::create_challenge,
            commands::update_challenge,
            commands::set_challenge_status,
            commands::list_contributors,
            commands::get_contributor,
            commands::create_contributor,
            commands::update_contributor,
            commands::list_agreements,
            commands::get_agreement,
            commands::create_agreement,
            commands::update_agreement,
            commands::publish_agreement,
            commands::record_acceptance,
            commands::list_acceptances,
            commands::list_ideas,
            commands::get_idea,
            commands::get_idea_for_review,
            commands::check_contribution,
            commands::create_idea,
            commands::update_idea,
            commands::set_idea_stage,
            commands::merge_idea,
            commands::add_review,
            commands::rank_ideas,
            commands::add_comment,
            commands::attach_file,
            commands::save_attachment,
            commands::list_sub_problems,
            commands::create_sub_problem,
            commands::update_sub_problem,
            commands::claim_sub_problem,
            commands::set_sub_problem_status,
            commands::sub_problem_candidates,
            commands::list_questions,
            commands::ask_question,
            commands::answer_question,
            commands::list_disputes,
            commands::raise_dispute,
            commands::add_dispute_note,
            commands::resolve_dispute,
            commands::list_obligations,
            commands::settle_obligation,
            commands::leaderboard,
            commands::points_rules,
            commands::get_dashboard,
            commands::get_portfolio,
            commands::get_contributions,
            commands::export_csv,
            commands::export_report,
            commands::preview_export,
            commands::export_bundle,
            commands::preview_import,
            commands::import_bundle,
            commands::list_bundles,
            commands::list_trusted_keys,
            commands::revoke_key,
            commands::check_receipt,
            commands::list_activity,
            commands::verify_activity,
        ])
        // COMMANDS-END
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(desktop::on_run_event),
        Err(error) => {
            eprintln!("opencall: the window could not be started: {error}");
            std::process::exit(1);
        }
    }
}
