//! The code cache: traces packed into one reserved range of address space,
//! pages committed as traces need them and released when they empty.
//!
//! The cache reserves `RESERVE` bytes of address space up front
//! (`PROT_NONE`, `MAP_NORESERVE`: no memory, no commit charge, nothing can
//! run there) and places traces first-fit in a free list of byte ranges over
//! it. Ranges cross page boundaries, so a trace never wastes the tail of a
//! page because the next one does not fit there, and traces stay in one
//! contiguous span instead of interleaving with the process's other
//! mappings. A page is committed (mapped read-execute) when the first trace
//! lands on it and decommitted (replaced by a fresh `PROT_NONE` page, its
//! memory returned) when its last live byte is discarded; "mapped bytes"
//! counts committed pages, the memory code really takes. This is how
//! HotSpot's code cache and wasmtime's code memory manage space.
//!
//! Installing a trace makes just the pages it spans read-write, writes and
//! patches it, flushes the instruction cache and makes those pages
//! read-execute again: a page is never writable and executable at once.
//! Other traces sharing those pages cannot run in between, because the VM is
//! single-threaded and the switch back completes before the compiler
//! returns.
//!
//! The cache maps pages itself (`libc::mmap`) rather than through memmap2,
//! because it needs what memmap2 does not offer: reserving address space and
//! replacing single pages inside a mapping.

use std::collections::BTreeMap;

use super::compile::{emit, layout, CompileError, Entry, Instr, Layout};
use super::patch::Patcher;
use super::stencil::StencilGroup;

/// Traces start on 16-byte boundaries (instruction fetch likes aligned entries).
const ALIGN: usize = 16;

/// A trace installed in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceId {
    start: usize,
    len: usize,
}

impl TraceId {
    /// The address of the trace's entry (its shim).
    pub fn address(&self) -> u64 {
        self.start as u64
    }
}

/// Address space reserved at a time. Live code in the pyperformance set is
/// at most a few hundred KiB; a trace is at most `MAX_UOPS` micro-ops, far
/// below this, and a full reservation is followed by another one.
const RESERVE: usize = 64 << 20;

/// Bytes mapped for code are whole committed pages, each holding parts of
/// one or more traces. Measured with `-X jit-stats` over the pyperformance
/// set, packing across pages maps 1.0x–1.1x the live bytes; the 4 KiB
/// chunks that came before (each trace inside one chunk, chunks wherever
/// the kernel put them) mapped 1.16x–1.47x.
#[derive(Default)]
pub struct CodeCache {
    /// Reserved ranges of address space, by base; each `RESERVE` bytes.
    reserved: Vec<usize>,
    /// Every committed page, by address, with the bytes of live traces on it.
    pages: BTreeMap<usize, usize>,
    /// Free byte ranges, start to length, over the reserved address space
    /// (committed or not): never adjacent, multiples of `ALIGN`.
    free: BTreeMap<usize, usize>,
    live_bytes: usize,
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n > 0 {
        n as usize
    } else {
        4096
    }
}

/// The pages `[start, start + len)` overlaps, each with the bytes of the
/// range on it.
fn spans(start: usize, len: usize, page: usize) -> impl Iterator<Item = (usize, usize)> {
    let end = start + len;
    let first = start & !(page - 1);
    (first..end).step_by(page).map(move |p| (p, end.min(p + page) - start.max(p)))
}

/// Changes the protection of the pages spanning `[start, start + len)`.
fn protect(start: *mut u8, len: usize, prot: libc::c_int) -> std::io::Result<()> {
    let page = page_size();
    let begin = start as usize & !(page - 1);
    let end = (start as usize + len + page - 1) & !(page - 1);
    // SAFETY: the range lies within pages the cache has committed (a
    // trace's pages are committed when it is allocated).
    let r = unsafe { libc::mprotect(begin as *mut libc::c_void, end - begin, prot) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Maps `size` bytes of fresh anonymous pages with protection `prot`: at
/// `at` exactly, replacing what the cache had there, or anywhere if `at` is
/// zero. Inaccessible pages are mapped without reserving swap for them.
fn map_pages(at: usize, size: usize, prot: libc::c_int) -> std::io::Result<usize> {
    let mut flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS;
    if at != 0 {
        flags |= libc::MAP_FIXED;
    }
    if prot == libc::PROT_NONE {
        flags |= libc::MAP_NORESERVE;
    }
    // SAFETY: an anonymous mapping. With MAP_FIXED, `at..at + size` lies in
    // address space the cache reserved, and no live trace is on those pages
    // (callers commit pages nothing is on yet and decommit pages with no
    // live bytes), so replacing them destroys nothing in use.
    let p = unsafe { libc::mmap(at as *mut libc::c_void, size, prot, flags, -1, 0) };
    if p == libc::MAP_FAILED {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(p as usize)
    }
}

impl CodeCache {
    pub fn new() -> CodeCache {
        CodeCache::default()
    }

    /// Bytes mapped for code.
    pub fn mapped_bytes(&self) -> usize {
        self.pages.len() * page_size()
    }

    /// Bytes of the live traces (as laid out, with their alignment).
    pub fn live_bytes(&self) -> usize {
        self.live_bytes
    }

    /// Adds `[start, start + len)` to the free list, merged with free
    /// neighbours.
    fn free_range(&mut self, mut start: usize, mut len: usize) {
        if let Some(n) = self.free.remove(&(start + len)) {
            len += n;
        }
        if let Some((&at, &n)) = self.free.range(..start).next_back() {
            if at + n == start {
                self.free.remove(&at);
                start = at;
                len += n;
            }
        }
        self.free.insert(start, len);
    }

    /// Takes `[start, start + len)` out of the free range that holds it.
    fn take_range(&mut self, start: usize, len: usize) {
        let (&at, &n) = self.free.range(..=start).next_back().expect("the range is free");
        debug_assert!(at + n >= start + len, "the range is free");
        self.free.remove(&at);
        if start > at {
            self.free.insert(at, start - at);
        }
        if at + n > start + len {
            self.free.insert(start + len, at + n - (start + len));
        }
    }

    /// Finds `len` free bytes, first fit, and commits the pages they
    /// span; returns their address.
    fn allocate(&mut self, len: usize) -> Result<usize, CompileError> {
        if len > RESERVE {
            return Err(CompileError::Memory(std::io::Error::from(std::io::ErrorKind::OutOfMemory)));
        }
        let page = page_size();
        let at = loop {
            // Each free range that fits offers its two ends; the place that
            // commits the fewest new pages wins (fill committed pages first),
            // then the tightest fit, then the lowest address.
            let fresh = |at: usize| spans(at, len, page).filter(|(p, _)| !self.pages.contains_key(p)).count();
            let best = self
                .free
                .iter()
                .filter(|&(_, &n)| n >= len)
                .flat_map(|(&at, &n)| [(at, n), (at + n - len, n)])
                .min_by_key(|&(at, n)| (fresh(at), n, at));
            if let Some((at, _)) = best {
                break at;
            }
            let base = map_pages(0, RESERVE, libc::PROT_NONE).map_err(CompileError::Memory)?;
            self.reserved.push(base);
            self.free_range(base, RESERVE);
        };
        self.take_range(at, len);
        for (p, _) in spans(at, len, page) {
            if !self.pages.contains_key(&p) {
                if let Err(e) = map_pages(p, page, libc::PROT_READ | libc::PROT_EXEC) {
                    self.release(at, len);
                    return Err(CompileError::Memory(e));
                }
                self.pages.insert(p, 0);
            }
        }
        Ok(at)
    }

    /// Frees `[start, start + len)` and decommits the pages it spans that
    /// hold no live bytes any more.
    fn release(&mut self, start: usize, len: usize) {
        self.free_range(start, len);
        let page = page_size();
        for (p, _) in spans(start, len, page) {
            if self.pages.get(&p) == Some(&0) && map_pages(p, page, libc::PROT_NONE).is_ok() {
                self.pages.remove(&p);
            }
        }
    }

    /// Compiles `trace` into the cache.
    pub fn install<P: Patcher>(
        &mut self,
        shim: &'static StencilGroup,
        trace: &[Instr],
        symbol: impl Fn(&'static str) -> Option<u64>,
    ) -> Result<TraceId, CompileError> {
        let l = layout(shim, trace)?;
        self.install_laid_out::<P>(&l, trace, symbol)
    }

    /// Compiles `trace`, already laid out as `l` (for callers that also
    /// want the layout's sizes), into the cache.
    pub fn install_laid_out<P: Patcher>(
        &mut self,
        l: &Layout,
        trace: &[Instr],
        symbol: impl Fn(&'static str) -> Option<u64>,
    ) -> Result<TraceId, CompileError> {
        let len = (l.size.max(1) + ALIGN - 1) & !(ALIGN - 1);
        let at = self.allocate(len)?;
        let start = at as *mut u8;
        let id = TraceId { start: at, len };
        let written = protect(start, len, libc::PROT_READ | libc::PROT_WRITE).map_err(CompileError::Memory).map(|()| {
            // SAFETY: the range was just made writable and belongs to this
            // trace alone (allocated above); nothing else holds a reference.
            let bytes = unsafe { std::slice::from_raw_parts_mut(start, len) };
            let written = emit::<P>(l, trace, &symbol, bytes, at as u64);
            super::memory::flush_icache(start, len);
            written
        });
        let sealed = protect(start, len, libc::PROT_READ | libc::PROT_EXEC).map_err(CompileError::Memory);
        if let Err(e) = written.and_then(|w| w).and(sealed) {
            self.release(at, len);
            return Err(e);
        }
        for (p, n) in spans(at, len, page_size()) {
            *self.pages.get_mut(&p).expect("allocated on mapped pages") += n;
        }
        self.live_bytes += len;
        Ok(id)
    }

    /// Overwrites `bytes.len()` bytes of installed trace `id` at `offset`
    /// (from the trace's start): how an exit stub is linked to a side
    /// trace. The pages are writable (and not executable) only while the
    /// bytes are written, as when a trace is installed.
    pub fn rewrite(&mut self, id: TraceId, offset: usize, bytes: &[u8]) -> Result<(), CompileError> {
        if offset + bytes.len() > id.len {
            return Err(CompileError::BadTarget(offset));
        }
        let start = (id.start + offset) as *mut u8;
        protect(start, bytes.len(), libc::PROT_READ | libc::PROT_WRITE).map_err(CompileError::Memory)?;
        // SAFETY: the range lies within the live trace (checked above) and
        // was just made writable; no trace runs while the VM compiles (it is
        // single-threaded), so no one executes it now.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), start, bytes.len()) };
        super::memory::flush_icache(start, bytes.len());
        protect(start, bytes.len(), libc::PROT_READ | libc::PROT_EXEC).map_err(CompileError::Memory)
    }

    /// Discards a trace: its bytes become free, and pages left empty are
    /// unmapped.
    pub fn discard(&mut self, id: TraceId) {
        for (p, n) in spans(id.start, id.len, page_size()) {
            *self.pages.get_mut(&p).expect("a live trace's page is mapped") -= n;
        }
        self.live_bytes -= id.len;
        self.release(id.start, id.len);
    }

    /// Runs an installed trace until it exits; returns the exit's bytecode
    /// index.
    ///
    /// # Safety
    /// As `Trace::run`: `frame` and `sp` describe a live frame with the
    /// stack the trace's first micro-op expects, and `id` was installed in
    /// this cache and not discarded.
    pub unsafe fn run(&self, id: TraceId, frame: *mut u8, sp: *mut u64, vm: *mut u8) -> u64 {
        // SAFETY: the trace starts with its shim, a C-ABI function, in
        // read-execute memory that stays mapped while the trace is live.
        unsafe {
            let entry: Entry = std::mem::transmute(id.address() as *const u8);
            entry(frame, sp, vm)
        }
    }
}

impl Drop for CodeCache {
    fn drop(&mut self) {
        for &base in &self.reserved {
            // SAFETY: the reservation was mapped by `map_pages`; the cache
            // and its traces go together, so nothing runs on it again.
            unsafe { libc::munmap(base as *mut libc::c_void, RESERVE) };
        }
    }
}
