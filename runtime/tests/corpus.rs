//! The differential corpus: every program in `tests/corpus/` runs under
//! tessera and must produce the stdout, exit status and last stderr line that
//! CPython 3.11 produced (`NAME.expected`, written by `regen.py`).
//!
//! Programs listed in `KNOWN_FAILURES` document features not yet matched;
//! the test requires each of them to still fail, so the list can only shrink
//! and can never hide a regression in a passing program.
//!
//! The corpus runs in three JIT modes, one test each: `-X jit=off` (the
//! interpreter alone), the default, and `-X jit-threshold=1` (every loop
//! compiled at its first back edge, so traces run, exit and re-enter in
//! every program that loops).

use std::path::{Path, PathBuf};
use std::process::Stdio;

mod common;
mod differential;
use common::tessera_command;

fn program_args(src: &str) -> Vec<String> {
    match src.lines().next() {
        Some(l) if l.starts_with("# args:") => l["# args:".len()..].split_whitespace().map(String::from).collect(),
        _ => vec![],
    }
}

/// Runs one program with the `-X` options `mode`; returns a description of
/// the mismatch, if any.
fn check(dir: &Path, name: &str, mode: &[&str]) -> Option<String> {
    let path = dir.join(name);
    let src = std::fs::read_to_string(&path).unwrap();
    let expected = differential::parse_expected(&std::fs::read_to_string(path.with_extension("expected")).unwrap());
    let stdin_path = path.with_extension("stdin");
    let stdin =
        if stdin_path.exists() { Stdio::from(std::fs::File::open(&stdin_path).unwrap()) } else { Stdio::null() };
    let mut cmd = tessera_command();
    cmd.args(mode)
        .arg(name)
        .args(program_args(&src))
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("LC_ALL", "C.UTF-8")
        .stdin(stdin);
    differential::run_and_compare(cmd, &expected)
}

#[test]
fn corpus_jit_off() {
    corpus(&["-X", "jit=off"]);
}

#[test]
fn corpus_jit_default() {
    corpus(&[]);
}

#[test]
fn corpus_jit_threshold_1() {
    corpus(&["-X", "jit-threshold=1"]);
}

fn corpus(mode: &[&str]) {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && n != "regen.py" && !n.starts_with('_'))
        .collect();
    names.sort();
    let known = differential::known_failures(&dir.join("KNOWN_FAILURES"));
    let results = differential::run_all(&names, |n| check(&dir, n, mode));
    differential::report(&format!("corpus {mode:?}"), &results, &known);
}
