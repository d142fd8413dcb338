//! The machine-code part of `-X jit-dump`: a trace's code, stencil by
//! stencil, at the addresses where it runs.
//!
//! Each stencil's bytes are read back from the (readable) code cache, so
//! the listing shows the code as patched, next to the stencil's
//! disassembly from the committed tables (with its holes named), which is
//! the code before patching.

use super::compile::Instr;
use std::fmt::Write as _;

/// The listing of a trace installed at `entry` (its shim's address): every
/// stencil's hot code in trace order, then the cold parts, which the
/// layout places after all hot code (`compile::layout`).
pub fn listing(instrs: &[Instr], entry: u64) -> String {
    let mut out = String::new();
    let Some(shim) = super::stencils::host_group("_SHIM") else { return out };
    let mut at = entry;
    let groups: Vec<_> = std::iter::once((shim, None)).chain(instrs.iter().map(|i| (i.group, Some(i)))).collect();
    for cold in [false, true] {
        for (n, (g, instr)) in groups.iter().enumerate() {
            let len = if cold { g.cold.body.len() } else { g.code.body.len() };
            if cold && len == 0 {
                continue;
            }
            let args = instr.map_or(String::new(), |i| format!(" oparg={} operand={:#x}", i.oparg, i.operand));
            let part = if cold { " (cold)" } else { "" };
            let _ = writeln!(out, "{at:#014x}  [{}] {}{args}{part}", n as i64 - 1, g.name);
            // SAFETY: the trace's code is mapped readable while it is live,
            // and the listing is written right after installing it.
            let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, len) };
            for (k, chunk) in bytes.chunks(16).enumerate() {
                let hex: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
                let _ = writeln!(out, "    {:#014x}  {}", at + 16 * k as u64, hex.join(" "));
            }
            for line in part_of(g.disassembly, cold) {
                let _ = writeln!(out, "        | {line}");
            }
            at += len as u64;
        }
    }
    out
}

/// The hot or the cold part of a stencil's disassembly (llvm-objdump lists
/// the cold section after a header of its own), without the symbol lines.
fn part_of(disassembly: &str, cold: bool) -> Vec<&str> {
    let mut lines = disassembly.lines();
    let hot: Vec<&str> = lines.by_ref().skip(1).take_while(|l| !l.starts_with("Disassembly of section")).collect();
    if cold {
        lines.skip(1).collect()
    } else {
        hot
    }
}
