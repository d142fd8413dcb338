//! The memory manager keeps memory bounded: short-lived objects are freed by
//! reference counting and cycles by the cycle collector. Each program reports
//! its own peak resident set size (VmHWM from /proc/self/status) at the end.

use std::process::Command;

fn peak_rss_mib(program: &str) -> (String, u64) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/memory");
    let src = std::fs::read_to_string(format!("{dir}/{program}")).unwrap();
    let probe = "\nfor _line in open('/proc/self/status').read().splitlines():\n    if _line.startswith('VmHWM:'):\n        print('PEAK', _line.split()[1])\n";
    let out = Command::new(env!("CARGO_BIN_EXE_tessera")).arg("-c").arg(format!("{src}{probe}")).output().unwrap();
    assert!(out.status.success(), "{program} failed: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let kib: u64 = stdout.lines().find_map(|l| l.strip_prefix("PEAK ")).and_then(|k| k.trim().parse().ok()).unwrap();
    (stdout, kib / 1024)
}

#[test]
fn ten_million_short_lived_objects_run_in_bounded_memory() {
    let (out, mib) = peak_rss_mib("churn.py");
    assert!(out.starts_with("-10000000\n"), "wrong result: {out}");
    assert!(mib < 100, "peak RSS {mib} MiB");
}

#[test]
fn reference_cycles_are_reclaimed() {
    let (out, mib) = peak_rss_mib("cycles.py");
    assert!(out.contains("collected True"), "explicit collection found nothing: {out}");
    assert!(mib < 100, "peak RSS {mib} MiB: cycles are leaking");
}
