//! The patchers against a real assembler: `tests/patch/cases.txt` (made by
//! `tests/patch/regen.py` with llvm-mc 19) gives, per case, an instruction
//! with a zeroed field, where it runs, the value its hole must refer to and
//! the bytes the assembler encodes for that (or `error` where the ISA cannot
//! encode it), and the jump sequences `Patcher::jump_to` writes to link an
//! exit stub to a side trace. Both architectures are checked on every host.

use tessera::jit::patch::{Aarch64, Patcher, X86_64};
use tessera::jit::stencil::HoleKind;

fn kind(name: &str) -> HoleKind {
    match name {
        "Abs64" => HoleKind::Abs64,
        "Abs32" => HoleKind::Abs32,
        "Abs32S" => HoleKind::Abs32S,
        "PcRel32" => HoleKind::PcRel32,
        "A64Branch26" => HoleKind::A64Branch26,
        "A64CondBranch19" => HoleKind::A64CondBranch19,
        "A64AdrPage21" => HoleKind::A64AdrPage21,
        "A64AddLo12" => HoleKind::A64AddLo12,
        "A64Ldst64Lo12" => HoleKind::A64Ldst64Lo12,
        other => panic!("unknown hole kind {other}"),
    }
}

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn hex(s: &str) -> u64 {
    u64::from_str_radix(s, 16).unwrap()
}

/// Runs one case line through the architecture's patcher.
fn check(line: &str) {
    let f: Vec<&str> = line.split_whitespace().collect();
    let [arch, k, at, location, value, template, expected] = f[..] else { panic!("bad case line: {line}") };
    if k == "JumpTo" {
        // Not a hole: the jump that links an exit stub to a side trace.
        let bytes = match arch {
            "x86_64" => X86_64::jump_to(hex(value)),
            "aarch64" => Aarch64::jump_to(hex(value)),
            other => panic!("unknown architecture {other}"),
        };
        assert_eq!(bytes, hex_bytes(expected), "{line}");
        return;
    }
    let mut bytes = hex_bytes(template);
    let (at, location, value, kind) = (hex(at) as usize, hex(location), hex(value), kind(k));
    // The hole's own address: the instruction's plus the hole's offset in it.
    let hole_address = location + at as u64;
    let result = match arch {
        "x86_64" => X86_64::patch(&mut bytes, at, hole_address, kind, value),
        "aarch64" => Aarch64::patch(&mut bytes, at, hole_address, kind, value),
        other => panic!("unknown architecture {other}"),
    };
    if expected == "error" {
        assert!(result.is_err(), "{line}: expected an error, got {:02x?}", bytes);
    } else {
        result.unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(bytes, hex_bytes(expected), "{line}");
    }
}

#[test]
fn patchers_match_the_assembler() {
    let cases = include_str!("patch/cases.txt");
    let mut n = 0;
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        check(line);
        n += 1;
    }
    assert!(n >= 30, "only {n} cases");
}
