//! The differential harness shared by the corpus (`corpus.rs`) and the
//! import cases (`imports.rs`): expected files, running tessera with a
//! timeout, comparing the three observed parts (stdout, exit status, last
//! stderr line), running cases on two threads, and the `KNOWN_FAILURES`
//! rule (a listed case that starts passing fails the test, so the list only
//! shrinks).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An `expected` file: `exit: N`, `stderr: LAST LINE`, `---`, stdout.
pub struct Expected {
    pub exit: i32,
    pub stderr_last: String,
    pub stdout: String,
}

pub fn parse_expected(text: &str) -> Expected {
    let mut lines = text.splitn(4, '\n');
    let exit = lines.next().unwrap().trim_start_matches("exit: ").parse().unwrap();
    let stderr_last = lines.next().unwrap().trim_start_matches("stderr:").trim_start().to_string();
    assert_eq!(lines.next(), Some("---"), "malformed expected file");
    let stdout = lines.next().unwrap_or("").to_string();
    Expected { exit, stderr_last, stdout }
}

/// Runs `cmd` (stdout and stderr captured) for at most 60 s and compares
/// what it did with `expected`; returns a description of the mismatch.
pub fn run_and_compare(mut cmd: Command, expected: &Expected) -> Option<String> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
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
    let Some(status) = status else {
        return Some("timed out after 60 s".into());
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
        problems.push(match first_diff {
            Some(i) => format!(
                "stdout differs at line {}: got {:?}, expected {:?}",
                i + 1,
                stdout.lines().nth(i).unwrap_or(""),
                expected.stdout.lines().nth(i).unwrap_or("")
            ),
            None => {
                format!("stdout has {} lines, expected {}", stdout.lines().count(), expected.stdout.lines().count())
            }
        });
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("; "))
    }
}

/// The names listed in a `KNOWN_FAILURES` file (`#` starts a comment).
pub fn known_failures(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Runs `check` over `names` on (at most) two threads: tests run in
/// parallel with each other already, and the machines have two cores.
pub fn run_all(names: &[String], check: impl Fn(&str) -> Option<String> + Sync) -> Vec<(String, Option<String>)> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 2);
    let check = &check;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let chunk: Vec<String> = names.iter().skip(t).step_by(threads).cloned().collect();
                s.spawn(move || chunk.into_iter().map(|n| (n.clone(), check(&n))).collect::<Vec<_>>())
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

/// Fails the test if any case not in `known` failed, or a known one passed.
pub fn report(what: &str, results: &[(String, Option<String>)], known: &BTreeSet<String>) {
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for (name, r) in results {
        match (r, known.contains(name)) {
            (None, false) => passed += 1,
            (None, true) => fixed.push(name.clone()),
            (Some(p), false) => unexpected.push(format!("{name}: {p}")),
            (Some(_), true) => {}
        }
    }
    eprintln!("{what}: {passed} of {} match; {} known failures", results.len(), known.len());
    if std::env::var("CORPUS_VERBOSE").is_ok() {
        for (name, r) in results {
            if let Some(p) = r {
                eprintln!("FAIL {name}: {p}");
            }
        }
    }
    assert!(fixed.is_empty(), "these now pass; remove them from KNOWN_FAILURES: {fixed:?}");
    assert!(unexpected.is_empty(), "{} differ:\n{}", unexpected.len(), unexpected.join("\n"));
}
