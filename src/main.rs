//! delegraph's command line: parse, run the subcommand, turn the result into
//! an exit code (0 fine, 1 some inputs failed, 2 error). A closed pipe
//! (`| head`) counts as success.

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("delegraph: {err:#}");
            ExitCode::from(2)
        }
    }
}
