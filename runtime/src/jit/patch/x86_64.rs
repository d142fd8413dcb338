//! The x86_64 patcher: 64-bit absolute values, 32-bit absolute values
//! (immediates and displacements, zero- or sign-extended by the
//! instruction) and 32-bit PC-relative displacements (`rel32` jumps, calls
//! and RIP-relative GOT loads).

use super::{fits_signed, write32, write64, PatchError, Patcher};
use crate::jit::stencil::HoleKind;

pub struct X86_64;

impl Patcher for X86_64 {
    /// `movabs rax, target; jmp rax`: rax is never a register the
    /// `preserve_none` chain keeps the VM state in (r12, r13, r14).
    fn jump_to(target: u64) -> Vec<u8> {
        let mut b = vec![0x48, 0xb8];
        b.extend_from_slice(&target.to_le_bytes());
        b.extend_from_slice(&[0xff, 0xe0]);
        b
    }

    const NAME: &'static str = "x86_64";

    fn patch(bytes: &mut [u8], at: usize, location: u64, kind: HoleKind, value: u64) -> Result<(), PatchError> {
        let error = |reason| Err(PatchError { kind, location, value, reason });
        match kind {
            HoleKind::Abs64 => write64(bytes, at, value),
            HoleKind::Abs32 => {
                if value > u64::from(u32::MAX) {
                    return error("value does not fit 32 bits zero-extended");
                }
                write32(bytes, at, value as u32);
            }
            HoleKind::Abs32S => {
                if !fits_signed(value as i64, 32) {
                    return error("value does not fit 32 bits sign-extended");
                }
                write32(bytes, at, value as u32);
            }
            HoleKind::PcRel32 => {
                let delta = value.wrapping_sub(location) as i64;
                if !fits_signed(delta, 32) {
                    return error("target more than 2 GiB away");
                }
                write32(bytes, at, delta as i32 as u32);
            }
            _ => return error("not an x86_64 hole kind"),
        }
        Ok(())
    }
}
