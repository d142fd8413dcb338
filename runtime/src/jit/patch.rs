//! Patching holes: one `Patcher` per architecture, behind one trait.
//!
//! A patcher writes a value into a stencil's bytes at a hole, in the shape
//! the hole's kind names. The value is the hole's target plus its addend
//! (as the relocation defines it); `location` is the address the hole's
//! bytes will have when the code runs, which PC-relative shapes subtract.
//! Values that do not fit the shape (a branch too far, a misaligned load
//! offset) are errors, never silently truncated: the caller then places the
//! code differently or gives up on the trace.

mod aarch64;
mod x86_64;

pub use aarch64::Aarch64;
pub use x86_64::X86_64;

use super::stencil::HoleKind;
use std::fmt;

/// Why a hole could not be patched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchError {
    pub kind: HoleKind,
    pub location: u64,
    pub value: u64,
    pub reason: &'static str,
}

impl fmt::Display for PatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot patch {:?} at {:#x} to {:#x}: {}", self.kind, self.location, self.value, self.reason)
    }
}

impl std::error::Error for PatchError {}

/// The per-architecture patching and cache maintenance.
pub trait Patcher {
    /// The architecture's name, for messages and tables.
    const NAME: &'static str;

    /// Patches the hole of `kind` at `bytes[at..]`, whose first byte will
    /// run at address `location`, to refer to `value`.
    fn patch(bytes: &mut [u8], at: usize, location: u64, kind: HoleKind, value: u64) -> Result<(), PatchError>;

    /// Machine code that jumps to `target` from anywhere, using only a
    /// scratch register no micro-op keeps state in: what links a trace's
    /// exit stub to the side trace that continues from there.
    fn jump_to(target: u64) -> Vec<u8>;
}

/// Reads the little-endian 32-bit word at `at` (an instruction or field).
pub(crate) fn read32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

pub(crate) fn write32(bytes: &mut [u8], at: usize, word: u32) {
    bytes[at..at + 4].copy_from_slice(&word.to_le_bytes());
}

pub(crate) fn write64(bytes: &mut [u8], at: usize, word: u64) {
    bytes[at..at + 8].copy_from_slice(&word.to_le_bytes());
}

/// Whether `v` fits a signed field of `bits` bits.
pub(crate) fn fits_signed(v: i64, bits: u32) -> bool {
    let limit = 1i64 << (bits - 1);
    (-limit..limit).contains(&v)
}
