//! Executable memory for traces, never writable and executable at once.
//!
//! Code is written into a `WritableCode` (mapped read-write) and then
//! sealed into an `ExecutableCode` (read-execute): the two states are
//! separate types, so no value can both write and run the same bytes, and
//! sealing consumes the writable handle. Sealing flushes the instruction
//! cache where the architecture needs it (AArch64) before the protection
//! change.

use std::io;

/// A fresh mapping being filled with code.
pub struct WritableCode {
    map: memmap2::MmapMut,
}

/// Sealed code: read and execute only.
pub struct ExecutableCode {
    map: memmap2::Mmap,
}

impl WritableCode {
    /// Maps `len` bytes (rounded up to whole pages by the OS), read-write.
    pub fn new(len: usize) -> io::Result<WritableCode> {
        Ok(WritableCode { map: memmap2::MmapMut::map_anon(len.max(1))? })
    }

    /// The address the first byte will run at once sealed (mprotect keeps
    /// the mapping in place).
    pub fn address(&self) -> u64 {
        self.map.as_ptr() as u64
    }

    pub fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.map
    }

    /// Makes the code executable and no longer writable.
    pub fn seal(self) -> io::Result<ExecutableCode> {
        flush_icache(self.map.as_ptr(), self.map.len());
        Ok(ExecutableCode { map: self.map.make_exec()? })
    }
}

impl ExecutableCode {
    pub fn address(&self) -> u64 {
        self.map.as_ptr() as u64
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Makes freshly written code visible to instruction fetch. x86_64 keeps
/// its caches coherent, so only AArch64 has work to do.
#[allow(unused_variables, reason = "the arguments are used on AArch64 only")]
pub(crate) fn flush_icache(start: *const u8, len: usize) {
    #[cfg(target_arch = "aarch64")]
    {
        // The smallest line size over data and instruction caches (CTR_EL0)
        // would be exact; 64 bytes is the architectural minimum in practice
        // and over-cleaning is harmless.
        const LINE: usize = 64;
        let begin = start as usize & !(LINE - 1);
        let end = start as usize + len;
        // SAFETY: cache maintenance by virtual address on a mapping we own;
        // the instructions change no memory contents.
        unsafe {
            let mut p = begin;
            while p < end {
                std::arch::asm!("dc cvau, {0}", in(reg) p, options(nostack, preserves_flags));
                p += LINE;
            }
            std::arch::asm!("dsb ish", options(nostack, preserves_flags));
            let mut p = begin;
            while p < end {
                std::arch::asm!("ic ivau, {0}", in(reg) p, options(nostack, preserves_flags));
                p += LINE;
            }
            std::arch::asm!("dsb ish", "isb", options(nostack, preserves_flags));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `return 42;` for the host: x86_64 `mov eax, 42; ret`, AArch64
    /// `mov w0, #42; ret`.
    fn return_42() -> Option<&'static [u8]> {
        if cfg!(target_arch = "x86_64") {
            Some(&[0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3])
        } else if cfg!(target_arch = "aarch64") {
            Some(&[0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6])
        } else {
            None
        }
    }

    #[test]
    fn sealed_code_runs() {
        let Some(code) = return_42() else { return };
        let mut w = WritableCode::new(code.len()).unwrap();
        w.bytes_mut()[..code.len()].copy_from_slice(code);
        let address = w.address();
        let x = w.seal().unwrap();
        assert_eq!(x.address(), address, "sealing keeps the address");
        // SAFETY: the mapping holds a complete function for this host's C
        // ABI and stays mapped while `x` lives.
        let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(x.address() as *const u8) };
        assert_eq!(f(), 42);
    }
}
