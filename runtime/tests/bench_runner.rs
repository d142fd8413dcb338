//! The benchmark runner (`benches/bench.py`, run by `cargo xtask bench`):
//! its parsing, statistics, report and SVG writer are unit-tested in
//! `benches/test_bench.py`, run here; and a smoke run times one small
//! pyperformance benchmark on this build of tessera, one iteration, no
//! curves (a few seconds), checking its results file and charts.

use std::path::Path;
use std::process::Command;

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn python(args: &[&str]) {
    let out = Command::new("python3").args(args).current_dir(repo_root()).output().expect("python3 runs");
    assert!(
        out.status.success(),
        "python3 {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn runner_unit_tests() {
    python(&["-m", "unittest", "benches/test_bench.py"]);
}

#[test]
fn runner_smoke_run() {
    python(&["benches/bench.py", "--smoke", "--tessera", env!("CARGO_BIN_EXE_tessera")]);
}
