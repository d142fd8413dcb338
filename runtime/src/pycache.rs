//! The compiled-module cache: `__pycache__/NAME.tessera-XXXXXXXX.tbc` next
//! to each imported module, as CPython keeps `.pyc` files.
//!
//! Start-up of a program with many modules is dominated by parsing and code
//! generation, which a cache hit skips entirely. A cache file is used only
//! if it was written by this very compiler (the file name carries a digest
//! of the compiler's sources and this format, computed at build time) for
//! this very source, and a changed source is always recompiled:
//!
//! - The header holds the source's length and a 64-bit hash of its bytes;
//!   a source whose bytes differ never matches, whatever its timestamps say
//!   (CPython's default, mtime and size, misses same-size edits within the
//!   clock's granularity or with the mtime put back).
//! - Reading and hashing every source would cost a tenth of a warm start,
//!   so the header also records the source's identity (device, inode, size,
//!   mtime and ctime in nanoseconds), trusted only when the source's ctime
//!   was well before the moment the cache was written. Any later change to
//!   the file sets its ctime to the time of that change (the kernel does,
//!   and `utime` cannot set it), which is then necessarily different, so a
//!   matching identity proves the bytes are the ones hashed. A source
//!   changed too recently to be sure of (the "racily clean" case git's
//!   index has) is checked by its bytes. This is git's rule for its index.
//!
//! The payload carries its own hash, so a truncated or damaged file is a
//! miss, never a crash. Writes go to a temporary file renamed into place, so
//! a reader never sees half a file. `-B` and `PYTHONDONTWRITEBYTECODE` turn
//! writing off (reading stays on, as in CPython).

use crate::bytecode::{Code, ExceptionEntry, InlineCache};
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;
use std::path::{Path, PathBuf};

/// Bumped when the file layout below changes.
const FORMAT: u64 = 3;

/// 64-bit FNV-1a over whole words where possible: fast enough that hashing
/// a module's source costs far less than reading it.
const fn hash_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
        i += 1;
    }
    h
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Hashes data at run time, eight bytes per step.
fn hash_fast(b: &[u8]) -> u64 {
    let mut h = SEED ^ (b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
    }
    for &x in chunks.remainder() {
        h = (h ^ x as u64).wrapping_mul(0x100_0000_01b3);
    }
    h ^ (h >> 32)
}

/// A digest of everything that decides the bytecode a source compiles to,
/// computed by the compiler of tessera itself: a change to the instruction
/// set or code generation gives new cache file names, so stale files from an
/// older build are never read.
const COMPILER_DIGEST: u64 = {
    let mut h = hash_bytes(SEED, &FORMAT.to_le_bytes());
    h = hash_bytes(h, include_bytes!("bytecode.rs"));
    h = hash_bytes(h, include_bytes!("compile/mod.rs"));
    h = hash_bytes(h, include_bytes!("compile/codegen.rs"));
    h = hash_bytes(h, include_bytes!("compile/symtable.rs"));
    h = hash_bytes(h, include_bytes!("compile/lazy.rs"));
    h = hash_bytes(h, include_bytes!("pycache.rs"));
    h
};

const MAGIC: &[u8; 4] = b"TBC\x01";

/// `dir/__pycache__/stem.tessera-XXXXXXXX.tbc` for `dir/stem.py`.
pub fn cache_path(source: &str) -> Option<PathBuf> {
    let p = Path::new(source);
    let stem = p.file_stem()?.to_str()?;
    let dir = p.parent().unwrap_or(Path::new("."));
    Some(dir.join("__pycache__").join(format!("{stem}.tessera-{:08x}.tbc", COMPILER_DIGEST as u32)))
}

/// How long before the cache is written a source's last change must be for
/// its identity to stand for its bytes: file timestamps come from a coarse
/// clock (a scheduler tick), so this is many ticks.
const RACY_WINDOW: std::time::Duration = std::time::Duration::from_secs(2);

/// A source file's identity: device, inode, size, mtime and ctime (ns).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct Identity([u64; 7]);

impl Identity {
    fn of(meta: &std::fs::Metadata) -> Identity {
        use std::os::unix::fs::MetadataExt;
        Identity([
            meta.dev(),
            meta.ino(),
            meta.size(),
            meta.mtime() as u64,
            meta.mtime_nsec() as u64,
            meta.ctime() as u64,
            meta.ctime_nsec() as u64,
        ])
    }
    /// Whether the file's last change is old enough, at `now`, that any
    /// later change must give it another ctime.
    fn settled(&self, now: std::time::SystemTime) -> bool {
        let changed = std::time::UNIX_EPOCH + std::time::Duration::new(self.0[5], self.0[6] as u32);
        now.duration_since(changed).is_ok_and(|age| age > RACY_WINDOW)
    }
}

/// A module's code from the cache if the source is provably unchanged since
/// the cache was written, without reading the source (see the module doc).
pub fn load_unchanged(vm: &mut Vm, filename: &str, meta: &std::fs::Metadata) -> Option<Value> {
    let path = cache_path(filename)?;
    let data = std::fs::read(path).ok()?;
    let (header, payload) = parse_header(&data)?;
    if !header.trusted || header.identity != Identity::of(meta) {
        return None;
    }
    decode(vm, payload, filename)
}

/// Compiles a module's source, through the cache when possible.
pub fn compile_module(vm: &mut Vm, src: &str, filename: &str) -> Result<Value, crate::compile::CompileError> {
    let path = cache_path(filename);
    let source_hash = hash_fast(src.as_bytes());
    let identity = std::fs::metadata(filename).ok().map(|m| Identity::of(&m));
    let cached = path.as_ref().and_then(|p| std::fs::read(p).ok());
    if let Some(data) = &cached {
        if let Some((header, payload)) = parse_header(data) {
            if header.src_len == src.len() as u64 && header.src_hash == source_hash {
                if let Some(code) = decode(vm, payload, filename) {
                    // The bytes matched; once the source has settled, record
                    // its identity so later loads need not read it.
                    let settled = identity.is_some_and(|i| i.settled(std::time::SystemTime::now()));
                    if settled && !header.trusted && vm.options.write_bytecode {
                        write(path.as_ref().unwrap(), src.len(), source_hash, identity, payload);
                    }
                    return Ok(code);
                }
            }
        }
    }
    let code = crate::compile::compile(vm, src, filename, crate::compile::Mode::Exec)?;
    if vm.options.write_bytecode {
        if let Some(p) = &path {
            if let Some(payload) = encode(vm, filename, &code) {
                write(p, src.len(), source_hash, identity, &payload);
            }
        }
    }
    Ok(code)
}

struct Header {
    src_len: u64,
    src_hash: u64,
    trusted: bool,
    identity: Identity,
}

/// The header of a cache file written by this build, and its payload if
/// the payload's hash matches.
fn parse_header(data: &[u8]) -> Option<(Header, &[u8])> {
    let mut r = Reader::raw(data);
    if r.bytes(4)? != MAGIC || r.u64()? != COMPILER_DIGEST {
        return None;
    }
    let (src_len, src_hash, trusted) = (r.u64()?, r.u64()?, r.u64()? != 0);
    let mut identity = Identity::default();
    for x in identity.0.iter_mut() {
        *x = r.u64()?;
    }
    let payload_hash = r.u64()?;
    let payload = &data[r.at..];
    (hash_fast(payload) == payload_hash).then_some((Header { src_len, src_hash, trusted, identity }, payload))
}

fn decode(vm: &mut Vm, payload: &[u8], filename: &str) -> Option<Value> {
    let mut r = Reader::new(payload)?;
    // The file name is part of the code objects; a moved file recompiles.
    if r.str()? != filename {
        return None;
    }
    let code = r.value(vm, filename)?;
    (r.at == r.b.len() && code.kind() == Some(ObjKind::Code)).then_some(code)
}

/// The payload for a module's code, or None for a constant kind the format
/// does not carry.
fn encode(vm: &Vm, filename: &str, code: &Value) -> Option<Vec<u8>> {
    let mut w = Writer::new(vm.ellipsis());
    w.str(filename);
    w.value(code)?;
    Some(w.finish())
}

fn write(path: &Path, src_len: usize, src_hash: u64, identity: Option<Identity>, payload: &[u8]) {
    let now = std::time::SystemTime::now();
    let trusted = identity.is_some_and(|i| i.settled(now));
    let mut out = Vec::with_capacity(payload.len() + 100);
    out.extend_from_slice(MAGIC);
    for x in [COMPILER_DIGEST, src_len as u64, src_hash, trusted as u64] {
        out.extend_from_slice(&x.to_le_bytes());
    }
    for x in identity.unwrap_or_default().0 {
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.extend_from_slice(&hash_fast(payload).to_le_bytes());
    out.extend_from_slice(payload);
    let Some(dir) = path.parent() else { return };
    // Failing to write a cache is never an error (read-only trees, races).
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp =
        dir.join(format!(".{}.{}.tmp", path.file_name().and_then(|n| n.to_str()).unwrap_or("x"), std::process::id()));
    if std::fs::write(&tmp, &out).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

// Value tags.
const T_NONE: u8 = 0;
const T_TRUE: u8 = 1;
const T_FALSE: u8 = 2;
const T_ELLIPSIS: u8 = 3;
const T_SMALL: u8 = 4;
const T_BIG: u8 = 5;
const T_FLOAT: u8 = 6;
const T_COMPLEX: u8 = 7;
const T_STR: u8 = 8;
const T_BYTES: u8 = 9;
const T_TUPLE: u8 = 10;
const T_FROZENSET: u8 = 11;
const T_CODE: u8 = 12;

/// Writes the payload: a table of the names (identifiers) used, each once,
/// then the code objects, which refer to names by index. A module's code
/// objects repeat the same identifiers many times, and the reader interns
/// each one only once.
struct Writer {
    b: Vec<u8>,
    ellipsis: Value,
    names: Vec<Box<str>>,
    name_index: std::collections::HashMap<Box<str>, u32>,
}

impl Writer {
    fn new(ellipsis: Value) -> Writer {
        Writer { b: Vec::new(), ellipsis, names: Vec::new(), name_index: Default::default() }
    }
    /// The name table followed by what was written.
    fn finish(self) -> Vec<u8> {
        let mut head = Writer::new(self.ellipsis);
        head.u32(self.names.len() as u32);
        for n in &self.names {
            head.str(n);
        }
        head.b.extend_from_slice(&self.b);
        head.b
    }
    /// A name, by its index in the table.
    fn name(&mut self, v: &Value) -> Option<()> {
        let s = &v.downcast::<Str>()?.s;
        let i = match self.name_index.get(s) {
            Some(&i) => i,
            None => {
                let i = self.names.len() as u32;
                self.names.push(s.clone());
                self.name_index.insert(s.clone(), i);
                i
            }
        };
        self.u32(i);
        Some(())
    }
    fn u8(&mut self, x: u8) {
        self.b.push(x);
    }
    fn u32(&mut self, x: u32) {
        self.b.extend_from_slice(&x.to_le_bytes());
    }
    fn u64(&mut self, x: u64) {
        self.b.extend_from_slice(&x.to_le_bytes());
    }
    fn bytes(&mut self, x: &[u8]) {
        self.u32(x.len() as u32);
        self.b.extend_from_slice(x);
    }
    fn str(&mut self, x: &str) {
        self.bytes(x.as_bytes());
    }
    fn strs(&mut self, xs: &[Value]) -> Option<()> {
        self.u32(xs.len() as u32);
        for x in xs {
            self.name(x)?;
        }
        Some(())
    }
    fn u32s(&mut self, xs: impl ExactSizeIterator<Item = u32>) {
        self.u32(xs.len() as u32);
        for x in xs {
            self.u32(x);
        }
    }

    /// Writes a constant; None for a kind the format does not carry.
    fn value(&mut self, v: &Value) -> Option<()> {
        if v.is_none() {
            self.u8(T_NONE);
        } else if v.is_bool() {
            self.u8(if v.is_true_singleton() { T_TRUE } else { T_FALSE });
        } else if v.is_small_int() {
            self.u8(T_SMALL);
            self.u64(v.as_small_int() as u64);
        } else if v.is_float() {
            self.u8(T_FLOAT);
            self.u64(v.as_float().to_bits());
        } else {
            match v.kind()? {
                ObjKind::BigInt => {
                    self.u8(T_BIG);
                    self.bytes(&v.downcast::<Int>()?.v.to_signed_bytes_le());
                }
                ObjKind::Complex => {
                    let c = v.downcast::<Complex>()?;
                    self.u8(T_COMPLEX);
                    self.u64(c.re.to_bits());
                    self.u64(c.im.to_bits());
                }
                ObjKind::Str => {
                    self.u8(T_STR);
                    self.str(&v.downcast::<Str>()?.s);
                }
                ObjKind::Bytes => {
                    self.u8(T_BYTES);
                    self.bytes(&v.downcast::<Bytes>()?.b);
                }
                ObjKind::Tuple => {
                    let t = v.downcast::<Tuple>()?;
                    self.u8(T_TUPLE);
                    self.u32(t.items.len() as u32);
                    for x in t.items.iter() {
                        self.value(x)?;
                    }
                }
                ObjKind::FrozenSet => {
                    let items = v.downcast::<FrozenSet>()?.0.items();
                    self.u8(T_FROZENSET);
                    self.u32(items.len() as u32);
                    for x in &items {
                        self.value(x)?;
                    }
                }
                ObjKind::Code => {
                    self.u8(T_CODE);
                    self.code(&v.downcast::<CodeObj>()?.code)?;
                }
                _ if v.is(&self.ellipsis) => self.u8(T_ELLIPSIS),
                _ => return None,
            }
        }
        Some(())
    }

    fn code(&mut self, c: &Code) -> Option<()> {
        self.u32s(c.instrs.iter().map(|w| w.get()));
        self.u32s(c.lines.iter().copied());
        self.u32(c.consts.len() as u32);
        for k in c.consts.iter() {
            self.value(k)?;
        }
        self.strs(&c.names)?;
        self.strs(&c.varnames)?;
        self.strs(&c.cellvars)?;
        self.strs(&c.freevars)?;
        self.u32s(c.cell_slots.iter().copied());
        self.u32(c.exception_table.len() as u32);
        for e in c.exception_table.iter() {
            for x in [e.start, e.end, e.handler, e.depth, e.push_lasti as u32] {
                self.u32(x);
            }
        }
        self.name(&c.name)?;
        self.str(&c.qualname.downcast::<Str>()?.s);
        for x in [c.first_line, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.nlocalsplus, c.max_stack] {
            self.u32(x);
        }
        Some(())
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
    /// The name table, and each name's interned string once made.
    names: Vec<&'a str>,
    interned: Vec<Value>,
}

impl<'a> Reader<'a> {
    /// A reader of bare fields (the file header).
    fn raw(b: &'a [u8]) -> Reader<'a> {
        Reader { b, at: 0, names: Vec::new(), interned: Vec::new() }
    }
    /// A reader of a payload, positioned after its name table.
    fn new(b: &'a [u8]) -> Option<Reader<'a>> {
        let mut r = Reader::raw(b);
        let n = r.u32()? as usize;
        let mut names = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            names.push(r.str()?);
        }
        r.interned = vec![Value::NULL; names.len()];
        r.names = names;
        Some(r)
    }
    /// An interned name from the table.
    fn name(&mut self, vm: &mut Vm) -> Option<Value> {
        let i = self.u32()? as usize;
        let slot = self.interned.get(i)?;
        if slot.is_null() {
            let v = vm.intern(self.names[i]);
            self.interned[i] = v;
        }
        Some(self.interned[i].clone())
    }
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.bytes(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }
    fn blob(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.bytes(n)
    }
    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.blob()?).ok()
    }
    /// A list of interned names.
    fn names(&mut self, vm: &mut Vm) -> Option<Box<[Value]>> {
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            v.push(self.name(vm)?);
        }
        Some(v.into_boxed_slice())
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.u32()? as usize;
        let raw = self.bytes(n.checked_mul(4)?)?;
        Some(raw.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }

    fn value(&mut self, vm: &mut Vm, filename: &str) -> Option<Value> {
        Some(match self.u8()? {
            T_NONE => Value::NONE,
            T_TRUE => Value::TRUE,
            T_FALSE => Value::FALSE,
            T_ELLIPSIS => vm.ellipsis(),
            T_SMALL => Value::small_int(self.u64()? as i64),
            T_BIG => {
                let b = self.blob()?;
                vm.new_int_big(num_bigint::BigInt::from_signed_bytes_le(b))
            }
            T_FLOAT => Value::float(f64::from_bits(self.u64()?)),
            T_COMPLEX => {
                let re = f64::from_bits(self.u64()?);
                let im = f64::from_bits(self.u64()?);
                vm.new_complex(re, im)
            }
            T_STR => {
                let s = self.str()?;
                vm.new_str(s)
            }
            T_BYTES => {
                let b = self.blob()?.to_vec();
                vm.new_bytes(b)
            }
            T_TUPLE => {
                let n = self.u32()? as usize;
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.value(vm, filename)?);
                }
                vm.new_tuple(items)
            }
            T_FROZENSET => {
                let n = self.u32()? as usize;
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.value(vm, filename)?);
                }
                let data = crate::dict::SetData::from_items(vm, items).ok()?;
                vm.new_frozenset(data)
            }
            T_CODE => self.code(vm, filename)?,
            _ => return None,
        })
    }

    fn code(&mut self, vm: &mut Vm, filename: &str) -> Option<Value> {
        let instrs = self.u32s()?;
        // Every opcode must be one this build knows (the digest makes that
        // so; this guards against damage the payload hash missed).
        if instrs.iter().any(|&w| !crate::bytecode::Op::is_valid(w as u8)) {
            return None;
        }
        let lines = self.u32s()?;
        let nconsts = self.u32()? as usize;
        let mut consts = Vec::with_capacity(nconsts.min(1 << 16));
        for _ in 0..nconsts {
            consts.push(self.value(vm, filename)?);
        }
        let names = self.names(vm)?;
        let varnames = self.names(vm)?;
        let cellvars = self.names(vm)?;
        let freevars = self.names(vm)?;
        let cell_slots = self.u32s()?;
        let nexc = self.u32()? as usize;
        let mut exception_table = Vec::with_capacity(nexc.min(1 << 16));
        for _ in 0..nexc {
            let (start, end, handler, depth, lasti) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            exception_table.push(ExceptionEntry { start, end, handler, depth, push_lasti: lasti != 0 });
        }
        let name = self.name(vm)?;
        let qualname = self.str()?;
        let qualname = vm.new_str(qualname);
        let filename_v = vm.new_str(filename);
        let mut f = [0u32; 7];
        for x in f.iter_mut() {
            *x = self.u32()?;
        }
        let [first_line, argcount, posonlyargcount, kwonlyargcount, flags, nlocalsplus, max_stack] = f;
        if nlocalsplus as usize != varnames.len() + freevars.len() || lines.len() != instrs.len() {
            return None;
        }
        let n = instrs.len();
        let code = Code {
            instrs: instrs.into_iter().map(Cell::new).collect(),
            caches: (0..n)
                .map(|_| Cell::new(InlineCache { counter: crate::interp::WARMUP, ..Default::default() }))
                .collect(),
            lines: lines.into_boxed_slice(),
            consts: consts.into_boxed_slice(),
            names,
            varnames,
            cellvars,
            freevars,
            cell_slots: cell_slots.into_boxed_slice(),
            exception_table: exception_table.into_boxed_slice(),
            name,
            qualname,
            filename: filename_v,
            first_line,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            nlocalsplus,
            max_stack,
            function_trace: Cell::new(Default::default()),
            poly: Default::default(),
        };
        Some(vm.new_code(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every program of the corpus and of the import cases survives a trip
    /// through the format: writing what was read back gives the same bytes,
    /// so the reader restores everything the writer records.
    #[test]
    fn round_trip_the_test_programs() {
        let mut vm = Vm::new(crate::Options::default());
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut files = Vec::new();
        let mut dirs = vec![root.join("corpus"), root.join("imports")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().filter_map(|e| e.ok()) {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    files.push(p);
                }
            }
        }
        files.sort();
        let mut checked = 0;
        for f in &files {
            let src = std::fs::read_to_string(f).unwrap();
            let name = f.display().to_string();
            let Ok(code) = crate::compile::compile(&mut vm, &src, &name, crate::compile::Mode::Exec) else {
                continue; // Programs that test SyntaxErrors.
            };
            let ellipsis = vm.ellipsis();
            let mut w = Writer::new(ellipsis.clone());
            w.value(&code).unwrap_or_else(|| panic!("{name}: a constant the format cannot carry"));
            let first = w.finish();
            let back = Reader::new(&first).unwrap().value(&mut vm, &name).unwrap();
            let mut again = Writer::new(ellipsis);
            again.value(&back).unwrap();
            assert!(first == again.finish(), "{name}: the round trip changed the code");
            checked += 1;
        }
        assert!(checked > 300, "only {checked} programs compiled");
    }

    /// The word-at-a-time hash sees every byte and the length.
    #[test]
    fn hash_sees_every_byte() {
        let base = b"def f():\n    return 1\n".to_vec();
        let h = hash_fast(&base);
        for i in 0..base.len() {
            let mut changed = base.clone();
            changed[i] ^= 1;
            assert_ne!(hash_fast(&changed), h, "byte {i}");
        }
        let mut longer = base.clone();
        longer.push(b' ');
        assert_ne!(hash_fast(&longer), h);
    }
}
