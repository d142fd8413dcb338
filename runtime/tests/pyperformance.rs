//! Runs the pyperformance 1.14.0 benchmarks (downloaded from PyPI into a
//! cache outside the repository by `ci/pyperformance.py`) once each through
//! the project's `pyperf` stand-in, and checks that tessera returns what
//! CPython returned (`benches/pyperformance-expected/`) and that the
//! benchmarks' own self-checks pass.

use std::process::Command;

#[test]
fn pyperformance_results_match_cpython() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let out = Command::new("python3")
        .arg(format!("{root}/ci/pyperformance.py"))
        .arg("check")
        .arg("--interp")
        .arg(env!("CARGO_BIN_EXE_tessera"))
        .current_dir(root)
        .output()
        .expect("python3 is needed to drive the pyperformance check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}");
    assert!(out.status.success(), "pyperformance check failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("8 passed, 0 failed"), "unexpected summary:\n{stdout}");
}
