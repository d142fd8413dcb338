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

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

mod common;
use common::tessera_command;

struct Expected {
    exit: i32,
    stderr_last: String,
    stdout: String,
}

fn parse_expected(text: &str) -> Expected {
    let mut lines = text.splitn(4, '\n');
    let exit = lines.next().unwrap().trim_start_matches("exit: ").parse().unwrap();
    let stderr_last = lines.next().unwrap().trim_start_matches("stderr: ").trim_start_matches("stderr:").to_string();
    let sep = lines.next().unwrap();
    assert_eq!(sep, "---");
    let stdout = lines.next().unwrap_or("").to_string();
    Expected { exit, stderr_last: stderr_last.trim_start().to_string(), stdout }
}

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
    let expected = parse_expected(&std::fs::read_to_string(path.with_extension("expected")).unwrap());
    let stdin_path = path.with_extension("stdin");
    let stdin =
        if stdin_path.exists() { Stdio::from(std::fs::File::open(&stdin_path).unwrap()) } else { Stdio::null() };
    let mut child = tessera_command()
        .args(mode)
        .arg(name)
        .args(program_args(&src))
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("LC_ALL", "C.UTF-8")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = child.wait_with_output().unwrap();
    let status = match status {
        Some(s) => s,
        None => return Some("timed out after 60 s".into()),
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("").to_string();
    let code = status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if code != expected.exit {
        problems.push(format!("exit status {code}, expected {}", expected.exit));
    }
    if last != expected.stderr_last {
        problems.push(format!("last stderr line {last:?}, expected {:?}", expected.stderr_last));
    }
    if stdout != expected.stdout {
        let first_diff = stdout.lines().zip(expected.stdout.lines()).position(|(a, b)| a != b);
        let detail = match first_diff {
            Some(i) => format!(
                "stdout differs at line {}: got {:?}, expected {:?}",
                i + 1,
                stdout.lines().nth(i).unwrap_or(""),
                expected.stdout.lines().nth(i).unwrap_or("")
            ),
            None => {
                format!("stdout has {} lines, expected {}", stdout.lines().count(), expected.stdout.lines().count())
            }
        };
        problems.push(detail);
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("; "))
    }
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
    let known: BTreeSet<String> = std::fs::read_to_string(dir.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    // The three modes run as parallel tests, so each uses fewer threads.
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 2);
    let chunks: Vec<Vec<String>> =
        (0..threads).map(|t| names.iter().skip(t).step_by(threads).cloned().collect()).collect();
    let results: Vec<(String, Option<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let dir = dir.clone();
                s.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|n| {
                            let r = check(&dir, &n, mode);
                            (n, r)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for (name, r) in &results {
        match (r, known.contains(name)) {
            (None, false) => passed += 1,
            (None, true) => fixed.push(name.clone()),
            (Some(p), false) => unexpected.push(format!("{name}: {p}")),
            (Some(_), true) => {}
        }
    }
    eprintln!("corpus {mode:?}: {passed} of {} programs match CPython; {} known failures", results.len(), known.len());
    if std::env::var("CORPUS_VERBOSE").is_ok() {
        for (name, r) in &results {
            if let Some(p) = r {
                eprintln!("FAIL {name}: {p}");
            }
        }
    }
    assert!(fixed.is_empty(), "these programs now pass; remove them from KNOWN_FAILURES: {fixed:?}");
    assert!(unexpected.is_empty(), "{} programs differ from CPython:\n{}", unexpected.len(), unexpected.join("\n"));
}
