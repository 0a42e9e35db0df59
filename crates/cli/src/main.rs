//! `opencall-cli`: headless commands over an Opencall workspace — set it up,
//! seed the demo, list and create challenges and contributors, publish
//! agreements, and verify the hash-chained activity log.

mod args;
mod commands;
mod i18n;
mod ideas;
mod output;
mod work;

use std::process::ExitCode;

use clap::Parser;

use crate::args::Cli;
use crate::output::Out;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version are not failures; with --json a usage error is
            // JSON on stderr like every other error.
            let asked_json = std::env::args().any(|a| a == "--json");
            if asked_json && e.use_stderr() {
                let message = e.render().to_string();
                let message = message.trim().trim_start_matches("error: ");
                output::Failure::Usage(i18n::Text::same(message))
                    .report(true, opencall_core::Lang::En);
                return ExitCode::from(2);
            }
            e.exit()
        }
    };
    let json = cli.global.json;
    // An unknown --lang is reported in the environment's language.
    let lang = output::lang(&cli.global).unwrap_or_else(|_| opencall_core::Lang::from_env());
    let mut out = Out::default();
    let result = commands::run(cli, &mut out);
    out.print();
    match result {
        Ok(code) => code,
        Err(failure) => {
            failure.report(json, lang);
            failure.exit_code()
        }
    }
}
