//! The command line: arguments (clap derive) and the headless commands.
pub mod check;
