//! The stencil data model, as the generated tables spell it.
//!
//! The nouns are CPython's (`Tools/jit/_stencils.py`): a `StencilGroup` is
//! one micro-op, with a code `Stencil` and a data `Stencil`; a `Hole` is a
//! place in a stencil's bytes that the runtime patches when it copies the
//! stencil into a trace. Hole kinds are named by the shape of the patch.
//! `stencil-gen` (which writes the tables) has the owned twin of these types.

/// How a hole is patched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// What a hole's value is based on; the patched value is that plus `addend`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleValue {
    /// The start of this stencil's code in the trace.
    Code,
    /// The start of this stencil's data in the trace.
    Data,
    /// The start of this stencil's cold code in the trace (after every
    /// stencil's hot code).
    Cold,
    /// The next stencil (`_JIT_CONTINUE`).
    Continue,
    /// The micro-op's jump target (`_JIT_JUMP_TARGET`).
    JumpTarget,
    /// The side exit taken when a guard fails (`_JIT_EXIT_TARGET`).
    ExitTarget,
    /// The exit taken when a runtime helper raised (`_JIT_ERROR_TARGET`).
    ErrorTarget,
    /// The micro-op's 64-bit operand (`_JIT_OPERAND`).
    Operand,
    /// The micro-op's second 64-bit operand (`_JIT_OPERAND1`).
    Operand1,
    /// The micro-op's 32-bit argument (`_JIT_OPARG`).
    Oparg,
    /// The byte offset of local `oparg & 0xffff` among the frame's locals
    /// (`_JIT_LOCAL_OFFSET`), so a local is one `disp32` load on x86_64.
    LocalOffset,
    /// The byte offset of local `oparg >> 16` (`_JIT_LOCAL_OFFSET2`), for
    /// micro-ops that read two locals.
    LocalOffset2,
    /// The address of `symbol`, a runtime helper.
    Zero,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hole {
    pub offset: u32,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub symbol: Option<&'static str>,
    pub addend: i64,
}

#[derive(Clone, Copy, Debug)]
pub struct Stencil {
    pub body: &'static [u8],
    pub holes: &'static [Hole],
}

#[derive(Clone, Copy, Debug)]
pub struct StencilGroup {
    /// The micro-op, e.g. `_LOAD_FAST`.
    pub name: &'static str,
    /// The code's disassembly with its relocations (llvm-objdump's), for
    /// `-X jit-dump`; empty if the generator had no llvm-objdump.
    pub disassembly: &'static str,
    pub code: Stencil,
    pub data: Stencil,
    /// Code off the hot path, placed after the whole trace's hot code so
    /// that hot paths fall through from stencil to stencil; often empty.
    pub cold: Stencil,
}
