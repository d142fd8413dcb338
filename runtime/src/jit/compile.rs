//! Compiling a trace: copying stencils into one mapping and patching them.
//!
//! A trace is a sequence of micro-op instructions. The layout is the entry
//! shim's code, each instruction's code in trace order, then (16-byte
//! aligned) every stencil's data; one pass sizes, a second copies and
//! patches, then the mapping is sealed read-execute. Jump targets and exits
//! are indices into the trace, resolved to the address where that
//! instruction's code starts, as CPython's `instruction_starts`.

use super::memory::{ExecutableCode, WritableCode};
use super::patch::{PatchError, Patcher};
use super::stencil::{Hole, HoleValue, Stencil, StencilGroup};
use std::fmt;

/// One micro-op of a trace, with the values its holes take.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub group: &'static StencilGroup,
    pub oparg: u32,
    pub operand: u64,
    pub operand1: u64,
    /// Index of the instruction `_JIT_JUMP_TARGET` means.
    pub jump_target: usize,
    /// Index of the instruction a failed guard goes to (`_JIT_EXIT_TARGET`).
    pub exit_target: usize,
    /// Index of the instruction a raising helper goes to (`_JIT_ERROR_TARGET`).
    pub error_target: usize,
}

impl Instr {
    pub fn new(group: &'static StencilGroup) -> Instr {
        Instr { group, oparg: 0, operand: 0, operand1: 0, jump_target: 0, exit_target: 0, error_target: 0 }
    }
    pub fn oparg(mut self, oparg: u32) -> Instr {
        self.oparg = oparg;
        self
    }
    pub fn operand(mut self, operand: u64) -> Instr {
        self.operand = operand;
        self
    }
    pub fn operand1(mut self, operand: u64) -> Instr {
        self.operand1 = operand;
        self
    }
    pub fn error(mut self, target: usize) -> Instr {
        self.error_target = target;
        self
    }
    pub fn jump(mut self, target: usize) -> Instr {
        self.jump_target = target;
        self
    }
    pub fn exit(mut self, target: usize) -> Instr {
        self.exit_target = target;
        self
    }
}

#[derive(Debug)]
pub enum CompileError {
    Empty,
    /// A jump or exit index past the end of the trace.
    BadTarget(usize),
    /// A runtime helper the stencils call that the runtime does not export.
    UnknownSymbol(&'static str),
    Patch(PatchError),
    Memory(std::io::Error),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Empty => f.write_str("empty trace"),
            CompileError::BadTarget(i) => write!(f, "jump to instruction {i}, past the end of the trace"),
            CompileError::UnknownSymbol(s) => write!(f, "unknown runtime helper {s}"),
            CompileError::Patch(e) => e.fmt(f),
            CompileError::Memory(e) => write!(f, "code memory: {e}"),
        }
    }
}

impl std::error::Error for CompileError {}

/// A compiled trace, entered through its shim.
pub struct Trace {
    code: ExecutableCode,
    /// Bytes of machine code and of data, for statistics.
    pub code_size: usize,
    pub data_size: usize,
}

/// The C-ABI entry of a trace (the shim).
pub type Entry = unsafe extern "C" fn(frame: *mut u8, sp: *mut u64, vm: *mut u8) -> u64;

impl Trace {
    /// Runs the trace until it exits; returns the exit's bytecode index.
    ///
    /// # Safety
    /// `frame` and `sp` must describe a live frame laid out as `tessera.h`
    /// says, with the stack contents the trace's first micro-op expects.
    pub unsafe fn run(&self, frame: *mut u8, sp: *mut u64, vm: *mut u8) -> u64 {
        // SAFETY: the mapping starts with the shim, a complete C-ABI function
        // (see `compile`), and stays executable while `self` lives.
        unsafe {
            let entry: Entry = std::mem::transmute(self.code.address() as *const u8);
            entry(frame, sp, vm)
        }
    }
}

/// Where each stencil's data starts: at a multiple of 16 bytes, the largest
/// alignment stencil-gen lets a data section ask for (`DATA_ALIGN` there;
/// the compiler's vector constants want 16, and an SSE load of a
/// misaligned one faults).
fn align_data(n: usize) -> usize {
    (n + 15) & !15
}

/// Where each stencil of a trace goes, from the first pass.
pub struct Layout {
    groups: Vec<&'static StencilGroup>,
    code_at: Vec<usize>,
    cold_at: Vec<usize>,
    data_at: Vec<usize>,
    /// Bytes of hot code: every stencil's code, in trace order.
    pub hot_size: usize,
    /// Bytes of code (shim and micro-ops, hot and cold), then of data after
    /// alignment.
    pub code_size: usize,
    pub data_size: usize,
    /// The whole mapping: code, padding, data.
    pub size: usize,
}

impl Layout {
    /// Where instruction `k`'s code starts, from the start of the trace,
    /// and its size.
    pub fn instr_code(&self, k: usize) -> (usize, usize) {
        (self.code_at[k + 1], self.groups[k + 1].code.body.len())
    }
}

/// Pass 1: sizes and offsets for `trace` entered through `shim`.
pub fn layout(shim: &'static StencilGroup, trace: &[Instr]) -> Result<Layout, CompileError> {
    if trace.is_empty() {
        return Err(CompileError::Empty);
    }
    for i in trace {
        for t in [i.jump_target, i.exit_target, i.error_target] {
            if t >= trace.len() {
                return Err(CompileError::BadTarget(t));
            }
        }
    }
    let groups: Vec<&'static StencilGroup> = std::iter::once(shim).chain(trace.iter().map(|i| i.group)).collect();
    let mut code_at = Vec::with_capacity(groups.len());
    let mut size = 0;
    for g in &groups {
        code_at.push(size);
        size += g.code.body.len();
    }
    let hot_size = size;
    // Cold code after all hot code: the hot stencils stay back to back,
    // each falling through into the next.
    let mut cold_at = Vec::with_capacity(groups.len());
    for g in &groups {
        cold_at.push(size);
        size += g.cold.body.len();
    }
    let code_size = size;
    let mut data_at = Vec::with_capacity(groups.len());
    size = align_data(size);
    for g in &groups {
        data_at.push(size);
        size = align_data(size + g.data.body.len());
    }
    Ok(Layout { groups, code_at, cold_at, data_at, hot_size, code_size, data_size: size - align_data(code_size), size })
}

/// Pass 2: copies every stencil into `bytes` (which will run at address
/// `base`) and patches its holes. `symbol` resolves runtime helpers.
pub fn emit<P: Patcher>(
    layout: &Layout,
    trace: &[Instr],
    symbol: &impl Fn(&'static str) -> Option<u64>,
    bytes: &mut [u8],
    base: u64,
) -> Result<(), CompileError> {
    let (code_at, cold_at, data_at, hot_size) = (&layout.code_at, &layout.cold_at, &layout.data_at, layout.hot_size);
    // Instruction k of the trace is group k + 1 (the shim is group 0).
    let start_of = |k: usize| base + code_at[k + 1] as u64;
    for (n, g) in layout.groups.iter().enumerate() {
        let instr = if n == 0 { None } else { Some(&trace[n - 1]) };
        let value_of = |h: &Hole| -> Result<u64, CompileError> {
            let v = match h.value {
                HoleValue::Code => base + code_at[n] as u64,
                HoleValue::Data => base + data_at[n] as u64,
                HoleValue::Cold => base + cold_at[n] as u64,
                // The shim continues into instruction 0; instruction k into
                // k + 1, or past the end (never reached: traces end in an
                // exit or a jump).
                HoleValue::Continue => base + code_at.get(n + 1).copied().unwrap_or(hot_size) as u64,
                HoleValue::JumpTarget => start_of(instr.map_or(0, |i| i.jump_target)),
                HoleValue::ExitTarget => start_of(instr.map_or(0, |i| i.exit_target)),
                HoleValue::ErrorTarget => start_of(instr.map_or(0, |i| i.error_target)),
                HoleValue::Operand => instr.map_or(0, |i| i.operand),
                HoleValue::Operand1 => instr.map_or(0, |i| i.operand1),
                HoleValue::Oparg => instr.map_or(0, |i| i.oparg as u64),
                HoleValue::LocalOffset => instr.map_or(0, |i| u64::from(i.oparg & 0xffff) * 8),
                HoleValue::LocalOffset2 => instr.map_or(0, |i| u64::from(i.oparg >> 16) * 8),
                HoleValue::Zero => {
                    let name = h.symbol.unwrap_or("");
                    symbol(name).ok_or(CompileError::UnknownSymbol(name))?
                }
            };
            Ok(v.wrapping_add(h.addend as u64))
        };
        let place = |bytes: &mut [u8], stencil: &Stencil, at: usize| -> Result<(), CompileError> {
            bytes[at..at + stencil.body.len()].copy_from_slice(stencil.body);
            for h in stencil.holes {
                let offset = at + h.offset as usize;
                P::patch(bytes, offset, base + offset as u64, h.kind, value_of(h)?).map_err(CompileError::Patch)?;
            }
            Ok(())
        };
        // Data first, as CPython does, so code patches could read it.
        place(bytes, &g.data, data_at[n])?;
        place(bytes, &g.code, code_at[n])?;
        place(bytes, &g.cold, cold_at[n])?;
    }
    Ok(())
}

/// Compiles `trace` (entered through `shim`) for the architecture `P`:
/// lays it out, maps memory, emits and seals it.
pub fn compile<P: Patcher>(
    shim: &'static StencilGroup,
    trace: &[Instr],
    symbol: impl Fn(&'static str) -> Option<u64>,
) -> Result<Trace, CompileError> {
    let layout = layout(shim, trace)?;
    let mut w = WritableCode::new(layout.size).map_err(CompileError::Memory)?;
    let base = w.address();
    emit::<P>(&layout, trace, &symbol, w.bytes_mut(), base)?;
    let code = w.seal().map_err(CompileError::Memory)?;
    Ok(Trace { code, code_size: layout.code_size, data_size: layout.data_size })
}
