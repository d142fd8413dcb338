//! The AArch64 patcher: branches (26- and 19-bit word displacements), the
//! `adrp` + `add`/`ldr` page-and-offset pairs, and 64-bit absolute words.
//! Instruction fields are replaced in place, keeping the rest of the
//! instruction (registers, condition) as the compiler chose it.

use super::{fits_signed, read32, write32, write64, PatchError, Patcher};
use crate::jit::stencil::HoleKind;

pub struct Aarch64;

impl Patcher for Aarch64 {
    /// `ldr x16, #8; br x16; .quad target`: x16 (IP0) is the scratch
    /// register the ABI leaves to veneers, never one the chain keeps the
    /// VM state in.
    fn jump_to(target: u64) -> Vec<u8> {
        let mut b = Vec::with_capacity(16);
        b.extend_from_slice(&0x5800_0050u32.to_le_bytes()); // ldr x16, #8
        b.extend_from_slice(&0xd61f_0200u32.to_le_bytes()); // br x16
        b.extend_from_slice(&target.to_le_bytes());
        b
    }

    const NAME: &'static str = "aarch64";

    fn patch(bytes: &mut [u8], at: usize, location: u64, kind: HoleKind, value: u64) -> Result<(), PatchError> {
        let error = |reason| Err(PatchError { kind, location, value, reason });
        let insn = read32(bytes, at);
        let delta = value.wrapping_sub(location) as i64;
        let word = match kind {
            HoleKind::Abs64 => {
                write64(bytes, at, value);
                return Ok(());
            }
            HoleKind::A64Branch26 => {
                if delta & 3 != 0 {
                    return error("branch target not 4-byte aligned");
                }
                if !fits_signed(delta >> 2, 26) {
                    return error("branch target more than 128 MiB away");
                }
                (insn & !0x03ff_ffff) | ((delta >> 2) as u32 & 0x03ff_ffff)
            }
            HoleKind::A64CondBranch19 => {
                if delta & 3 != 0 {
                    return error("branch target not 4-byte aligned");
                }
                if !fits_signed(delta >> 2, 19) {
                    return error("branch target more than 1 MiB away");
                }
                (insn & !(0x7ffff << 5)) | (((delta >> 2) as u32 & 0x7ffff) << 5)
            }
            HoleKind::A64AdrPage21 => {
                let pages = ((value >> 12) as i64).wrapping_sub((location >> 12) as i64);
                if !fits_signed(pages, 21) {
                    return error("page more than 4 GiB away");
                }
                let (lo, hi) = (pages as u32 & 3, (pages >> 2) as u32 & 0x7ffff);
                (insn & !((3 << 29) | (0x7ffff << 5))) | (lo << 29) | (hi << 5)
            }
            HoleKind::A64AddLo12 => (insn & !(0xfff << 10)) | ((value as u32 & 0xfff) << 10),
            HoleKind::A64Ldst64Lo12 => {
                if value & 7 != 0 {
                    return error("64-bit load offset not 8-byte aligned");
                }
                (insn & !(0xfff << 10)) | (((value as u32 & 0xfff) >> 3) << 10)
            }
            HoleKind::PcRel32 | HoleKind::Abs32 | HoleKind::Abs32S => return error("not an AArch64 hole kind"),
        };
        write32(bytes, at, word);
        Ok(())
    }
}
