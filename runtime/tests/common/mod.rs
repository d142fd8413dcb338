//! Helpers shared by the integration tests that run the tessera binary.

use std::process::Command;

/// The command that runs tessera: the binary itself, or the binary under
/// the emulator named by `TESSERA_TEST_RUNNER` (CI sets it to
/// `qemu-aarch64 -L /usr/aarch64-linux-gnu` to run the AArch64 build).
pub fn tessera_command() -> Command {
    let runner = std::env::var("TESSERA_TEST_RUNNER").unwrap_or_default();
    let mut parts = runner.split_whitespace();
    match parts.next() {
        Some(program) => {
            let mut c = Command::new(program);
            c.args(parts).arg(env!("CARGO_BIN_EXE_tessera"));
            c
        }
        None => Command::new(env!("CARGO_BIN_EXE_tessera")),
    }
}
