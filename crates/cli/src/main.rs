//! `opencall-cli`: headless commands over an Opencall workspace — set it up,
//! seed the demo, list and create challenges and contributors, publish
//! agreements, and verify the hash-chained activity log.

mod args;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crate::args::Cli;
use crate::output::Out;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = Out::default();
    let result = commands::run(cli, &mut out);
    out.print();
    match result {
        Ok(code) => code,
        Err(failure) => {
            failure.report();
            failure.exit_code()
        }
    }
}
