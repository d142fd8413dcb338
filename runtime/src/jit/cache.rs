//! The code cache: many traces per mapping, space reclaimed when a trace is
//! discarded.
//!
//! Code lives in chunks of `CHUNK_SIZE` bytes (or, for a trace larger
//! than that, a chunk of its own rounded up to whole pages), mapped once and
//! kept read-execute. Installing a trace finds room first-fit in a chunk's free
//! list, makes just the pages it spans read-write, writes and patches it,
//! flushes the instruction cache and makes those pages read-execute again:
//! a page is never writable and executable at once. Other traces sharing
//! those pages cannot run in between, because the VM is single-threaded and
//! the switch back completes before the compiler returns. Discarding a trace
//! returns its bytes to the free list (merged with free neighbours); a chunk
//! left empty is unmapped, so memory follows the live traces.

use super::compile::{emit, layout, CompileError, Entry, Instr, Layout};
use super::patch::Patcher;
use super::stencil::StencilGroup;

/// Bytes per chunk: one 4 KiB page. Programs have a handful to tens of
/// traces of a few KiB, so the slack of partly used chunks decides how much
/// more is mapped than live (`-X jit-stats`, pyperformance): with 8 KiB
/// chunks nqueens mapped 1.89x its live bytes, deltablue 1.33x, richards
/// 1.26x; with a page, 1.57x, 1.28x, 1.18x. Below a few pages of live code
/// the page itself is the floor. Mapping and protecting cost per trace, not
/// per chunk, so the smaller chunk costs nothing measurable.
pub const CHUNK_SIZE: usize = 4 * 1024;
/// Traces start on 16-byte boundaries (instruction fetch likes aligned entries).
const ALIGN: usize = 16;

struct Chunk {
    map: memmap2::MmapRaw,
    size: usize,
    /// Free ranges (offset, length), sorted and never adjacent.
    free: Vec<(usize, usize)>,
    live: usize,
}

/// A trace installed in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceId {
    chunk: usize,
    offset: usize,
    len: usize,
}

impl TraceId {
    /// The address of the trace's entry (its shim).
    pub fn address(&self, cache: &CodeCache) -> u64 {
        cache.chunks[self.chunk].as_ref().map_or(0, |c| c.map.as_ptr() as u64 + self.offset as u64)
    }
}

#[derive(Default)]
pub struct CodeCache {
    chunks: Vec<Option<Chunk>>,
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

/// Changes the protection of the pages spanning `[start, start + len)`.
fn protect(start: *mut u8, len: usize, prot: libc::c_int) -> std::io::Result<()> {
    let page = page_size();
    let begin = start as usize & !(page - 1);
    let end = (start as usize + len + page - 1) & !(page - 1);
    // SAFETY: the range lies within a mapping the cache owns (chunks are
    // page-aligned and a whole number of pages).
    let r = unsafe { libc::mprotect(begin as *mut libc::c_void, end - begin, prot) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

impl CodeCache {
    pub fn new() -> CodeCache {
        CodeCache::default()
    }

    /// Bytes mapped for code.
    pub fn mapped_bytes(&self) -> usize {
        self.chunks.iter().flatten().map(|c| c.size).sum()
    }

    /// Bytes of the live traces (as laid out, with their alignment).
    pub fn live_bytes(&self) -> usize {
        self.live_bytes
    }

    /// Maps a chunk with room for at least `len` bytes.
    fn new_chunk(&mut self, len: usize) -> Result<usize, CompileError> {
        let page = page_size();
        let size = CHUNK_SIZE.max((len + page - 1) & !(page - 1));
        let map = memmap2::MmapMut::map_anon(size).map_err(CompileError::Memory)?;
        let map = memmap2::MmapRaw::from(map);
        protect(map.as_mut_ptr(), size, libc::PROT_READ | libc::PROT_EXEC).map_err(CompileError::Memory)?;
        let chunk = Chunk { map, size, free: vec![(0, size)], live: 0 };
        match self.chunks.iter().position(Option::is_none) {
            Some(i) => {
                self.chunks[i] = Some(chunk);
                Ok(i)
            }
            None => {
                self.chunks.push(Some(chunk));
                Ok(self.chunks.len() - 1)
            }
        }
    }

    /// Finds `len` free bytes: (chunk, offset).
    fn allocate(&mut self, len: usize) -> Result<(usize, usize), CompileError> {
        for (i, c) in self.chunks.iter_mut().enumerate() {
            let Some(c) = c else { continue };
            if let Some(k) = c.free.iter().position(|&(_, n)| n >= len) {
                let (at, n) = c.free[k];
                if n == len {
                    c.free.remove(k);
                } else {
                    c.free[k] = (at + len, n - len);
                }
                return Ok((i, at));
            }
        }
        let i = self.new_chunk(len)?;
        let c = self.chunks[i].as_mut().expect("just mapped");
        if c.size == len {
            c.free.clear();
        } else {
            c.free[0] = (len, c.size - len);
        }
        Ok((i, 0))
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
        let len = (l.size + ALIGN - 1) & !(ALIGN - 1);
        let (chunk, offset) = self.allocate(len)?;
        let c = self.chunks[chunk].as_mut().expect("allocated");
        // SAFETY: offset + len lies within the chunk (the free list only
        // holds in-bounds ranges).
        let start = unsafe { c.map.as_mut_ptr().add(offset) };
        let id = TraceId { chunk, offset, len };
        protect(start, len, libc::PROT_READ | libc::PROT_WRITE).map_err(CompileError::Memory)?;
        // SAFETY: the range was just made writable and belongs to this
        // trace alone (allocated above); nothing else holds a reference.
        let bytes = unsafe { std::slice::from_raw_parts_mut(start, len) };
        let written = emit::<P>(l, trace, &symbol, bytes, start as u64);
        super::memory::flush_icache(start, len);
        protect(start, len, libc::PROT_READ | libc::PROT_EXEC).map_err(CompileError::Memory)?;
        if let Err(e) = written {
            self.release(id);
            return Err(e);
        }
        c.live += len;
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
        let c = self.chunks[id.chunk].as_mut().ok_or(CompileError::Empty)?;
        // SAFETY: the range lies within the trace's part of the chunk
        // (checked above).
        let start = unsafe { c.map.as_mut_ptr().add(id.offset + offset) };
        protect(start, bytes.len(), libc::PROT_READ | libc::PROT_WRITE).map_err(CompileError::Memory)?;
        // SAFETY: the range was just made writable; no trace runs while the
        // VM compiles (it is single-threaded), so no one executes it now.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), start, bytes.len()) };
        super::memory::flush_icache(start, bytes.len());
        protect(start, bytes.len(), libc::PROT_READ | libc::PROT_EXEC).map_err(CompileError::Memory)
    }

    fn release(&mut self, id: TraceId) {
        let Some(c) = self.chunks[id.chunk].as_mut() else { return };
        let k = c.free.partition_point(|&(at, _)| at < id.offset);
        c.free.insert(k, (id.offset, id.len));
        // Merge with the following and the preceding free range.
        if k + 1 < c.free.len() && c.free[k].0 + c.free[k].1 == c.free[k + 1].0 {
            c.free[k].1 += c.free[k + 1].1;
            c.free.remove(k + 1);
        }
        if k > 0 && c.free[k - 1].0 + c.free[k - 1].1 == c.free[k].0 {
            c.free[k - 1].1 += c.free[k].1;
            c.free.remove(k);
        }
    }

    /// Discards a trace: its bytes become free, and an empty chunk is
    /// unmapped.
    pub fn discard(&mut self, id: TraceId) {
        self.release(id);
        self.live_bytes -= id.len;
        if let Some(c) = self.chunks[id.chunk].as_mut() {
            c.live -= id.len;
            if c.live == 0 {
                self.chunks[id.chunk] = None;
            }
        }
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
            let entry: Entry = std::mem::transmute(id.address(self) as *const u8);
            entry(frame, sp, vm)
        }
    }
}
