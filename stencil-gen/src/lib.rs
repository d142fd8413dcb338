//! Reads the relocatable objects LLVM makes from `templates/` into stencils,
//! and writes them out as Rust tables for the runtime.
//!
//! A *stencil* is machine code with holes: the bytes of one compiled
//! template, plus the places (relocations) the runtime must patch when it
//! copies the code into a trace. A *stencil group* is one micro-op: its code
//! stencil and a data stencil (read-only data and the GOT slots its code
//! loads through). The nouns are CPython's (`Tools/jit/_stencils.py`); hole
//! kinds are named by the shape of the patch (`Abs64`, `PcRel32`,
//! `A64Branch26`, ...) rather than by a file format's relocation name, so the
//! runtime's patchers are one function per shape.
//!
//! This crate never runs LLVM: it takes object bytes (from `cargo xtask
//! stencils`, or from a test fixture) and parses them with goblin.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use goblin::elf::{self, Elf};

pub mod optimizer;

/// The targets stencils are made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    pub const ALL: [Arch; 2] = [Arch::X86_64, Arch::Aarch64];

    pub fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-gnu",
            Arch::Aarch64 => "aarch64-unknown-linux-gnu",
        }
    }

    /// The name of the generated module (`runtime/src/jit/stencils/<name>.rs`).
    pub fn module_name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
        }
    }

    fn machine(self) -> u16 {
        match self {
            Arch::X86_64 => elf::header::EM_X86_64,
            Arch::Aarch64 => elf::header::EM_AARCH64,
        }
    }
}

/// How a hole is patched, named by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HoleKind {
    /// 64-bit absolute address or value.
    Abs64,
    /// 32-bit absolute value, zero-extended (x86_64 `mov r32, imm32`).
    Abs32,
    /// 32-bit absolute value, sign-extended (x86_64 `disp32` and `imm32`
    /// of 64-bit instructions).
    Abs32S,
    /// 32-bit signed displacement from the hole (x86_64 `rel32`).
    PcRel32,
    /// AArch64 `b`/`bl`: 26-bit word displacement.
    A64Branch26,
    /// AArch64 `b.cond`/`cbz`: 19-bit word displacement.
    A64CondBranch19,
    /// AArch64 `adrp`: 21-bit page displacement.
    A64AdrPage21,
    /// AArch64 `add`: low 12 bits of the address.
    A64AddLo12,
    /// AArch64 64-bit `ldr`/`str`: low 12 bits of the address, scaled by 8.
    A64Ldst64Lo12,
}

/// What a hole's value is based on: the runtime adds `addend` (and the
/// address of `symbol` for `Zero`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HoleValue {
    /// The start of this stencil's code.
    Code,
    /// The start of this stencil's data.
    Data,
    /// The start of this stencil's cold code (the optimizer's cold
    /// section), which the runtime places after the trace's hot code.
    Cold,
    /// The next stencil in the trace (`_JIT_CONTINUE`).
    Continue,
    /// The instruction's jump target in the trace (`_JIT_JUMP_TARGET`).
    JumpTarget,
    /// The side exit taken when a guard fails (`_JIT_EXIT_TARGET`).
    ExitTarget,
    /// The exit taken when a helper raised (`_JIT_ERROR_TARGET`).
    ErrorTarget,
    /// The instruction's 64-bit operand (`_JIT_OPERAND`).
    Operand,
    /// The instruction's second 64-bit operand (`_JIT_OPERAND1`).
    Operand1,
    /// The instruction's 32-bit argument (`_JIT_OPARG`).
    Oparg,
    /// The byte offset of local `oparg & 0xffff` in the frame's locals
    /// (`_JIT_LOCAL_OFFSET`): 8 times that index.
    LocalOffset,
    /// The byte offset of local `oparg >> 16` (`_JIT_LOCAL_OFFSET2`), for
    /// micro-ops that read two locals.
    LocalOffset2,
    /// Zero: the hole is the address of `symbol` (a runtime helper) plus the addend.
    Zero,
}

impl HoleValue {
    fn of_jit_symbol(name: &str) -> Option<HoleValue> {
        Some(match name {
            "_JIT_CONTINUE" => HoleValue::Continue,
            "_JIT_JUMP_TARGET" => HoleValue::JumpTarget,
            "_JIT_EXIT_TARGET" => HoleValue::ExitTarget,
            "_JIT_ERROR_TARGET" => HoleValue::ErrorTarget,
            "_JIT_OPERAND" => HoleValue::Operand,
            "_JIT_OPERAND1" => HoleValue::Operand1,
            "_JIT_OPARG" => HoleValue::Oparg,
            "_JIT_LOCAL_OFFSET" => HoleValue::LocalOffset,
            "_JIT_LOCAL_OFFSET2" => HoleValue::LocalOffset2,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hole {
    pub offset: u64,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub symbol: Option<String>,
    pub addend: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stencil {
    pub body: Vec<u8>,
    pub holes: Vec<Hole>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StencilGroup {
    /// The micro-op, e.g. `_LOAD_FAST`.
    pub name: String,
    pub code: Stencil,
    pub data: Stencil,
    /// Code off the hot path (`optimizer::COLD_SECTION`); often empty.
    pub cold: Stencil,
    /// Human-readable disassembly of the code (with relocations), if the
    /// generator could make one; written into the tables for `-X jit-dump`.
    pub disassembly: Option<String>,
}

#[derive(Debug)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

fn err(msg: impl Into<String>) -> Error {
    Error(msg.into())
}

/// Where a section of the object ends up: in the code or the data stencil.
#[derive(Clone, Copy)]
enum Place {
    Code(u64),
    Data(u64),
    Cold(u64),
}

/// A relocation before GOT slots are assigned.
enum Kind {
    Plain(HoleKind),
    /// Loads the target's address from a GOT slot; patched as `HoleKind`
    /// against that slot.
    ViaGot(HoleKind),
}

fn classify(arch: Arch, r_type: u32) -> Result<Kind, Error> {
    use goblin::elf::reloc::*;
    Ok(match (arch, r_type) {
        (Arch::X86_64, R_X86_64_64) => Kind::Plain(HoleKind::Abs64),
        (Arch::X86_64, R_X86_64_32) => Kind::Plain(HoleKind::Abs32),
        (Arch::X86_64, R_X86_64_32S) => Kind::Plain(HoleKind::Abs32S),
        (Arch::X86_64, R_X86_64_PC32 | R_X86_64_PLT32) => Kind::Plain(HoleKind::PcRel32),
        (Arch::X86_64, R_X86_64_GOTPCREL | R_X86_64_GOTPCRELX | R_X86_64_REX_GOTPCRELX) => {
            Kind::ViaGot(HoleKind::PcRel32)
        }
        (Arch::Aarch64, R_AARCH64_ABS64) => Kind::Plain(HoleKind::Abs64),
        (Arch::Aarch64, R_AARCH64_CALL26 | R_AARCH64_JUMP26) => Kind::Plain(HoleKind::A64Branch26),
        (Arch::Aarch64, R_AARCH64_CONDBR19) => Kind::Plain(HoleKind::A64CondBranch19),
        (Arch::Aarch64, R_AARCH64_ADR_PREL_PG_HI21) => Kind::Plain(HoleKind::A64AdrPage21),
        (Arch::Aarch64, R_AARCH64_ADD_ABS_LO12_NC) => Kind::Plain(HoleKind::A64AddLo12),
        (Arch::Aarch64, R_AARCH64_LDST64_ABS_LO12_NC) => Kind::Plain(HoleKind::A64Ldst64Lo12),
        (Arch::Aarch64, R_AARCH64_ADR_GOT_PAGE) => Kind::ViaGot(HoleKind::A64AdrPage21),
        (Arch::Aarch64, R_AARCH64_LD64_GOT_LO12_NC) => Kind::ViaGot(HoleKind::A64Ldst64Lo12),
        _ => return Err(err(format!("unsupported relocation type {r_type} for {}", arch.triple()))),
    })
}

/// The largest alignment a stencil's data may ask for: the runtime starts
/// every stencil's data at a multiple of it (`align_data` in
/// `runtime/src/jit/compile.rs`), so offsets aligned within the data body
/// stay aligned in memory.
pub const DATA_ALIGN: u64 = 16;

fn align_to(v: &mut Vec<u8>, align: u64) -> u64 {
    let align = align.max(1) as usize;
    while v.len() % align != 0 {
        v.push(0);
    }
    v.len() as u64
}

/// Parses one template's relocatable ELF object into a stencil group.
pub fn parse(name: &str, arch: Arch, object: &[u8]) -> Result<StencilGroup, Error> {
    let elf = Elf::parse(object).map_err(|e| err(format!("{name}: not an ELF object: {e}")))?;
    if elf.header.e_machine != arch.machine() {
        return Err(err(format!("{name}: object is not for {}", arch.triple())));
    }
    let mut code = Stencil::default();
    let mut data = Stencil::default();
    let mut cold = Stencil::default();
    let mut places: BTreeMap<usize, Place> = BTreeMap::new();
    for (index, sh) in elf.section_headers.iter().enumerate() {
        if sh.sh_flags & u64::from(elf::section_header::SHF_ALLOC) == 0 || sh.sh_size == 0 {
            continue;
        }
        let bytes = if sh.sh_type == elf::section_header::SHT_NOBITS {
            vec![0; sh.sh_size as usize]
        } else {
            let start = sh.sh_offset as usize;
            object
                .get(start..start + sh.sh_size as usize)
                .ok_or_else(|| err(format!("{name}: section {index} lies outside the file")))?
                .to_vec()
        };
        let section_name = elf.shdr_strtab.get_at(sh.sh_name).unwrap_or("");
        if section_name == optimizer::COLD_SECTION {
            let at = align_to(&mut cold.body, sh.sh_addralign);
            cold.body.extend_from_slice(&bytes);
            places.insert(index, Place::Cold(at));
        } else if sh.sh_flags & u64::from(elf::section_header::SHF_EXECINSTR) != 0 {
            let at = align_to(&mut code.body, sh.sh_addralign);
            code.body.extend_from_slice(&bytes);
            places.insert(index, Place::Code(at));
        } else {
            if sh.sh_addralign > DATA_ALIGN {
                return Err(err(format!(
                    "{name}: section {index} asks for {}-byte alignment; stencil data is placed at multiples of {DATA_ALIGN}",
                    sh.sh_addralign
                )));
            }
            let at = align_to(&mut data.body, sh.sh_addralign);
            data.body.extend_from_slice(&bytes);
            places.insert(index, Place::Data(at));
        }
    }
    let entry = elf.syms.iter().find(|s| elf.strtab.get_at(s.st_name) == Some("_JIT_ENTRY"));
    // A micro-op may compile to no code at all (`_POP_TOP_NOREF_r10` pops a
    // cached value by forgetting it): its empty text section was skipped.
    let empty = |s: &goblin::elf::Sym| -> bool {
        let sh = elf.section_headers.get(s.st_shndx);
        code.body.is_empty()
            && s.st_value == 0
            && sh.is_some_and(|sh| sh.sh_size == 0 && sh.sh_flags & u64::from(elf::section_header::SHF_EXECINSTR) != 0)
    };
    match entry.and_then(|s| places.get(&s.st_shndx).map(|p| (p, s.st_value))) {
        Some((Place::Code(0), 0)) => {}
        None if entry.is_some_and(|s| empty(&s)) => {}
        _ => return Err(err(format!("{name}: _JIT_ENTRY is not at the start of the code"))),
    }

    // GOT slots, one per distinct target, appended to the data stencil.
    let mut got: BTreeMap<(HoleValue, Option<String>, i64), u64> = BTreeMap::new();
    let mut pending: Vec<(Place, u64, Kind, HoleValue, Option<String>, i64)> = Vec::new();
    for (reloc_index, relocs) in &elf.shdr_relocs {
        let target = elf.section_headers[*reloc_index].sh_info as usize;
        let Some(&place) = places.get(&target) else { continue };
        for r in relocs.iter() {
            let sym = elf.syms.get(r.r_sym).ok_or_else(|| err(format!("{name}: bad symbol index {}", r.r_sym)))?;
            let sym_name = elf.strtab.get_at(sym.st_name).unwrap_or("");
            let addend = r.r_addend.unwrap_or(0);
            let (value, symbol, addend) = if sym.st_shndx != 0 {
                // A symbol (or section) of this object: code or data plus offset.
                let base = match places.get(&sym.st_shndx) {
                    Some(Place::Code(at)) => (HoleValue::Code, *at),
                    Some(Place::Data(at)) => (HoleValue::Data, *at),
                    Some(Place::Cold(at)) => (HoleValue::Cold, *at),
                    None => return Err(err(format!("{name}: relocation against a dropped section"))),
                };
                (base.0, None, addend + (base.1 + sym.st_value) as i64)
            } else if let Some(v) = HoleValue::of_jit_symbol(sym_name) {
                (v, None, addend)
            } else if sym_name.starts_with("_JIT_") {
                return Err(err(format!("{name}: unknown hole symbol {sym_name}")));
            } else {
                (HoleValue::Zero, Some(sym_name.to_string()), addend)
            };
            let kind = classify(arch, r.r_type)?;
            pending.push((place, r.r_offset, kind, value, symbol, addend));
        }
    }
    for (place, offset, kind, value, symbol, addend) in pending {
        let (kind, value, symbol, addend) = match kind {
            Kind::Plain(k) => (k, value, symbol, addend),
            Kind::ViaGot(k) => {
                // The slot holds the target itself (its addend, not the
                // instruction's); the instruction then addresses the slot.
                let key = (value, symbol.clone(), 0);
                let slot = match got.get(&key) {
                    Some(&slot) => slot,
                    None => {
                        let slot = align_to(&mut data.body, 8);
                        data.body.extend_from_slice(&[0; 8]);
                        data.holes.push(Hole { offset: slot, kind: HoleKind::Abs64, value, symbol, addend: 0 });
                        got.insert(key, slot);
                        slot
                    }
                };
                (k, HoleValue::Data, None, slot as i64 + addend)
            }
        };
        let hole = |at: u64| Hole { offset: at + offset, kind, value, symbol: symbol.clone(), addend };
        match place {
            Place::Code(at) => code.holes.push(hole(at)),
            Place::Data(at) => data.holes.push(hole(at)),
            Place::Cold(at) => cold.holes.push(hole(at)),
        }
    }
    code.holes.sort_by_key(|h| h.offset);
    data.holes.sort_by_key(|h| h.offset);
    cold.holes.sort_by_key(|h| h.offset);
    remove_jump_to_next(arch, &mut code);
    Ok(StencilGroup { name: name.to_string(), code, data, cold, disassembly: None })
}

/// Drops a final jump to `_JIT_CONTINUE` of length zero: the next stencil is
/// copied right after this one, so falling through is the same jump.
fn remove_jump_to_next(arch: Arch, code: &mut Stencil) {
    let Some(last) = code.holes.last() else { return };
    if last.value != HoleValue::Continue {
        return;
    }
    let len = code.body.len() as u64;
    let (pattern, kind, addend): (&[u8], HoleKind, i64) = match arch {
        Arch::X86_64 => (&[0xe9, 0, 0, 0, 0], HoleKind::PcRel32, -4),
        Arch::Aarch64 => (&[0, 0, 0, 0x14], HoleKind::A64Branch26, 0),
    };
    let start = len.saturating_sub(pattern.len() as u64);
    let hole_at = len.saturating_sub(4);
    if code.body.ends_with(pattern) && last.kind == kind && last.offset == hole_at && last.addend == addend {
        code.body.truncate(start as usize);
        code.holes.pop();
    }
}

/// The Rust constant name of a micro-op's stencil (`_LOAD_FAST` -> `LOAD_FAST`,
/// `_LOAD_FAST_r01` -> `LOAD_FAST_R01`).
pub fn const_name(uop: &str) -> String {
    uop.trim_start_matches('_').to_uppercase()
}

fn write_bytes(out: &mut String, bytes: &[u8], indent: &str) {
    if bytes.is_empty() {
        out.push_str("&[]");
        return;
    }
    out.push_str("&[\n");
    for chunk in bytes.chunks(12) {
        out.push_str(indent);
        out.push_str("    ");
        let line: Vec<String> = chunk.iter().map(|b| format!("0x{b:02x},")).collect();
        out.push_str(&line.join(" "));
        out.push('\n');
    }
    out.push_str(indent);
    out.push(']');
}

fn write_holes(out: &mut String, holes: &[Hole], indent: &str) {
    if holes.is_empty() {
        out.push_str("&[]");
        return;
    }
    out.push_str("&[\n");
    for h in holes {
        let symbol = match &h.symbol {
            Some(s) => format!("Some({s:?})"),
            None => "None".to_string(),
        };
        let _ = writeln!(
            out,
            "{indent}    Hole {{ offset: {:#x}, kind: HoleKind::{:?}, value: HoleValue::{:?}, symbol: {symbol}, addend: {} }},",
            h.offset, h.kind, h.value, h.addend
        );
    }
    out.push_str(indent);
    out.push(']');
}

fn write_stencil(out: &mut String, field: &str, s: &Stencil) {
    let _ = write!(out, "    {field}: Stencil {{\n        body: ");
    write_bytes(out, &s.body, "        ");
    out.push_str(",\n        holes: ");
    write_holes(out, &s.holes, "        ");
    out.push_str(",\n    },\n");
}

/// Writes the Rust module of one target's stencils. `digest` identifies the
/// inputs (templates, flags, generator), so staleness is visible in review.
pub fn emit_rust(arch: Arch, digest: &str, groups: &[StencilGroup]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "//! Stencils for {}: one group per micro-op.", arch.triple());
    out.push_str("//!\n");
    out.push_str("//! Generated by `cargo xtask stencils` from `templates/`; do not edit.\n");
    out.push_str("//! `cargo xtask stencils --check` (run by CI) fails if this file is stale.\n\n");
    let _ = writeln!(out, "// digest: {digest}\n");
    out.push_str("use crate::jit::stencil::{Hole, HoleKind, HoleValue, Stencil, StencilGroup};\n\n");
    let _ = writeln!(
        out,
        "/// Digest of the inputs these stencils were made from.\npub const DIGEST: &str = {digest:?};\n"
    );
    for g in groups {
        let _ = writeln!(out, "/// `{}`", g.name);
        let _ = writeln!(out, "pub const {}: StencilGroup = StencilGroup {{", const_name(&g.name));
        let _ = writeln!(out, "    name: {:?},", g.name);
        // The disassembly is data, not only documentation: `-X jit-dump`
        // prints it next to each stencil's patched bytes.
        match &g.disassembly {
            // An empty stencil (no code, so no disassembly) is `""` too.
            Some(d) if !d.trim().is_empty() => {
                out.push_str("    disassembly: concat!(\n");
                for line in d.lines() {
                    let _ = writeln!(out, "        {:?},", format!("{}\n", expand_tabs(line.trim_end())));
                }
                out.push_str("    ),\n");
            }
            _ => out.push_str("    disassembly: \"\",\n"),
        }
        write_stencil(&mut out, "code", &g.code);
        write_stencil(&mut out, "data", &g.data);
        write_stencil(&mut out, "cold", &g.cold);
        out.push_str("};\n\n");
    }
    out.push_str("/// Every group, in micro-op name order.\npub const GROUPS: &[StencilGroup] = &[\n");
    for g in groups {
        let _ = writeln!(out, "    {},", const_name(&g.name));
    }
    out.push_str("];\n");
    out
}

/// Replaces tabs with spaces to the next multiple of eight columns, as a
/// terminal shows objdump's output (doc comments should not hold tabs).
fn expand_tabs(line: &str) -> String {
    let mut out = String::new();
    for c in line.chars() {
        if c == '\t' {
            let n = 8 - out.chars().count() % 8;
            out.push_str(&" ".repeat(n));
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads the digest line back from a generated module.
pub fn digest_of(module: &str) -> Option<&str> {
    module.lines().find_map(|l| l.strip_prefix("// digest: "))
}

#[cfg(test)]
mod tests;
