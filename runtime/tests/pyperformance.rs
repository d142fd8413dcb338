//! Runs the pyperformance 1.14.0 benchmarks (downloaded from PyPI into a
//! cache outside the repository by `ci/pyperformance.py`) once each through
//! the project's `pyperf` stand-in, and checks that tessera returns what
//! CPython returned (`benches/pyperformance-expected/`) and that the
//! benchmarks' own self-checks pass, in the three JIT modes the corpus also
//! runs in: `-X jit=off`, the default and `-X jit-threshold=1`.

use std::process::Command;

#[test]
fn pyperformance_jit_off() {
    check(&["-X", "jit=off"]);
}

#[test]
fn pyperformance_jit_default() {
    check(&[]);
}

#[test]
fn pyperformance_jit_threshold_1() {
    check(&["-X", "jit-threshold=1"]);
}

fn check(mode: &[&str]) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut cmd = Command::new("python3");
    cmd.arg(format!("{root}/ci/pyperformance.py")).arg("check").arg("--interp").arg(env!("CARGO_BIN_EXE_tessera"));
    for a in mode {
        // `=` keeps argparse from reading "-X" as an option of its own.
        cmd.arg(format!("--interp-arg={a}"));
    }
    let out = cmd.current_dir(root).output().expect("python3 is needed to drive the pyperformance check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}");
    assert!(out.status.success(), "pyperformance check failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("8 passed, 0 failed"), "unexpected summary:\n{stdout}");
}
