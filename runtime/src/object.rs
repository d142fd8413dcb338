//! Heap objects: the common header, the payload of every built-in kind,
//! allocation, reference counting and deallocation.
//!
//! Every heap object is an `Obj<T>`: a `#[repr(C)]` [`Header`] followed by its
//! payload. The header's `kind` byte says which payload follows, so a downcast
//! is one byte compare; its `ty` pointer is the object's Python class (for an
//! instance of a user subclass of `list`, kind is `List` and `ty` is the
//! subclass). Payloads use interior mutability (`UnsafeCell`) under one rule:
//! **no borrow of a payload is held across a call that can run Python code**;
//! accessors copy values out instead. That rule is what makes it sound for the
//! cycle collector and for re-entrant Python code to reach the same object.
//!
//! Freeing is iterative: when a decrement reaches zero inside another object's
//! deallocation, the object is queued rather than freed recursively, so freeing
//! a million-node linked list never overflows the native stack (CPython calls
//! this the trashcan).

use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, UnsafeCell};

/// Which payload follows the header.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ObjKind {
    Str = 1,
    Bytes,
    ByteArray,
    BigInt,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    NativeFunction,
    BoundMethod,
    Cell,
    Class,
    Instance,
    Module,
    Code,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Iter,
    DictView,
    Super,
    File,
    Complex,
    LazyImport,
}

/// The header every heap object starts with. Its layout is mirrored in
/// `templates/tessera.h` (`TesseraHeader`).
#[repr(C)]
pub struct Header {
    /// Reference count. Immortal objects (built-in types, interned names)
    /// start at [`IMMORTAL`] and never reach zero in practice.
    pub rc: Cell<u32>,
    /// Index in the cycle collector's registry, or `u32::MAX` if untracked.
    pub gc_index: Cell<u32>,
    /// The object's class: an `Obj<Class>`, always alive (classes referenced by
    /// a live object hold a reference through `ty`).
    pub ty: Cell<*const Header>,
    pub kind: ObjKind,
    /// Scratch bits for the collector.
    pub(crate) gc_flags: Cell<u8>,
    pub(crate) _pad: [u8; 6],
}

/// Reference count given to objects that must never be freed.
pub const IMMORTAL: u32 = 1 << 30;

/// A heap object: header then payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

impl Header {
    #[inline(always)]
    pub fn incref(&self) {
        self.rc.set(self.rc.get().wrapping_add(1));
    }
    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.rc.get()
    }
    /// The object's class as a value (a new reference).
    #[inline]
    pub fn class(&self) -> Value {
        let ty = self.ty.get();
        // SAFETY: `ty` always points at a live class object (see the field doc);
        // incrementing before wrapping gives the new value its own reference.
        unsafe {
            (*ty).incref();
        }
        Value::from_header(ty)
    }
}

/// A payload type and the kind byte that identifies it.
pub trait Payload: Sized + 'static {
    const KIND: ObjKind;
    /// Calls `visit` on every value this payload holds a strong reference to;
    /// the cycle collector relies on this to be exact for container kinds.
    /// Values that are no heap object (small ints, floats, None, NULL) may
    /// be skipped: the collector only follows heap objects, and a `dyn`
    /// call per float slot was most of a collection's cost.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops every reference this payload holds, breaking cycles.
    fn clear(&self) {}
    /// Whether objects of this kind can take part in reference cycles.
    const TRACKED: bool = false;
}

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_QUEUE: UnsafeCell<Vec<*const Header>> = const { UnsafeCell::new(Vec::new()) };
}

/// Allocates an object with class `ty` (a class value, whose reference the
/// object takes over).
pub fn alloc<T: Payload>(ty: Value, data: T) -> Value {
    let ty_ptr = ty.header_ptr();
    debug_assert!(ty.is_ptr());
    std::mem::forget(ty);
    let obj = Box::new(Obj {
        header: Header {
            rc: Cell::new(1),
            gc_index: Cell::new(u32::MAX),
            ty: Cell::new(ty_ptr),
            kind: T::KIND,
            gc_flags: Cell::new(0),
            _pad: [0; 6],
        },
        data,
    });
    let ptr = Box::into_raw(obj) as *const Header;
    if T::TRACKED {
        crate::gc::track(ptr);
    }
    Value::from_header(ptr)
}

/// Releases one reference.
///
/// # Safety
/// `ptr` is a live object and the caller owns the reference it releases.
#[inline(always)]
pub unsafe fn decref(ptr: *const Header) {
    // SAFETY: the caller guarantees `ptr` is live.
    let header = unsafe { &*ptr };
    let rc = header.rc.get() - 1;
    header.rc.set(rc);
    if rc == 0 {
        // SAFETY: the count reached zero, so nothing else refers to the object.
        unsafe { dealloc_slow(ptr) };
    }
}

#[inline(never)]
unsafe fn dealloc_slow(ptr: *const Header) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth > 64 {
        // SAFETY: the queue is only touched by this thread, and no reference to
        // its contents escapes these two functions.
        DEALLOC_QUEUE.with(|q| unsafe { (*q.get()).push(ptr) });
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the object is unreferenced (caller contract).
    unsafe { free_object(ptr) };
    if depth == 0 {
        loop {
            // SAFETY: as above; the pop finishes before `free_object` runs.
            let next = DEALLOC_QUEUE.with(|q| unsafe { (*q.get()).pop() });
            match next {
                // SAFETY: queued objects are unreferenced and freed only here.
                Some(p) => unsafe { free_object(p) },
                None => break,
            }
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

macro_rules! dispatch_kind {
    ($kind:expr, $mac:ident, $($arg:expr),*) => {
        match $kind {
            ObjKind::Str => $mac!(Str, $($arg),*),
            ObjKind::Bytes => $mac!(Bytes, $($arg),*),
            ObjKind::ByteArray => $mac!(ByteArray, $($arg),*),
            ObjKind::BigInt => $mac!(Int, $($arg),*),
            ObjKind::List => $mac!(List, $($arg),*),
            ObjKind::Tuple => $mac!(Tuple, $($arg),*),
            ObjKind::Dict => $mac!(Dict, $($arg),*),
            ObjKind::Set => $mac!(Set, $($arg),*),
            ObjKind::FrozenSet => $mac!(FrozenSet, $($arg),*),
            ObjKind::Range => $mac!(Range, $($arg),*),
            ObjKind::Slice => $mac!(Slice, $($arg),*),
            ObjKind::Function => $mac!(Function, $($arg),*),
            ObjKind::NativeFunction => $mac!(NativeFunction, $($arg),*),
            ObjKind::BoundMethod => $mac!(BoundMethod, $($arg),*),
            ObjKind::Cell => $mac!(CellObj, $($arg),*),
            ObjKind::Class => $mac!(Class, $($arg),*),
            ObjKind::Instance => $mac!(Instance, $($arg),*),
            ObjKind::Module => $mac!(Module, $($arg),*),
            ObjKind::Code => $mac!(CodeObj, $($arg),*),
            ObjKind::Generator => $mac!(Generator, $($arg),*),
            ObjKind::Property => $mac!(Property, $($arg),*),
            ObjKind::StaticMethod => $mac!(StaticMethod, $($arg),*),
            ObjKind::ClassMethod => $mac!(ClassMethod, $($arg),*),
            ObjKind::Iter => $mac!(Iter, $($arg),*),
            ObjKind::DictView => $mac!(DictView, $($arg),*),
            ObjKind::Super => $mac!(Super, $($arg),*),
            ObjKind::File => $mac!(File, $($arg),*),
            ObjKind::Complex => $mac!(Complex, $($arg),*),
            ObjKind::LazyImport => $mac!(LazyImport, $($arg),*),
        }
    };
}

unsafe fn free_object(ptr: *const Header) {
    // SAFETY: the object is unreferenced; it was allocated by `alloc` as a
    // `Box<Obj<T>>` with `T::KIND == kind`, so rebuilding that box is exact.
    unsafe {
        let kind = (*ptr).kind;
        if (*ptr).gc_index.get() != u32::MAX {
            crate::gc::untrack(ptr);
        }
        let ty = (*ptr).ty.get();
        macro_rules! free_as {
            ($t:ident, $p:expr) => {
                drop(Box::from_raw($p as *mut Obj<$t>))
            };
        }
        dispatch_kind!(kind, free_as, ptr);
        decref(ty);
    }
}

/// Calls `visit` on the strong references held by the object at `ptr`.
///
/// # Safety
/// `ptr` is live and no mutable borrow of its payload is active.
pub unsafe fn traverse(ptr: *const Header, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the caller guarantees liveness; the kind byte names the payload.
    unsafe {
        macro_rules! trav {
            ($t:ident, $p:expr, $v:expr) => {
                (*($p as *const Obj<$t>)).data.traverse($v)
            };
        }
        dispatch_kind!((*ptr).kind, trav, ptr, visit);
    }
}

/// Drops the references held by the object at `ptr` (cycle breaking).
///
/// # Safety
/// `ptr` is live and no borrow of its payload is active.
pub unsafe fn clear(ptr: *const Header) {
    // SAFETY: as for `traverse`.
    unsafe {
        macro_rules! clr {
            ($t:ident, $p:expr) => {
                (*($p as *const Obj<$t>)).data.clear()
            };
        }
        dispatch_kind!((*ptr).kind, clr, ptr);
    }
}

impl Value {
    /// Downcasts to a payload, checking the kind byte.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.is_ptr() {
            // SAFETY: a live heap value; the kind byte tells which payload the
            // allocation holds.
            unsafe {
                let h = self.header_ptr();
                if (*h).kind == T::KIND {
                    return Some(&(*(h as *const Obj<T>)).data);
                }
            }
        }
        None
    }

    /// Downcasts without checking.
    ///
    /// # Safety
    /// The value is a heap object of kind `T::KIND`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Payload>(&self) -> &T {
        // SAFETY: the caller guarantees the kind.
        unsafe { &(*(self.header_ptr() as *const Obj<T>)).data }
    }
}

/// Interior-mutable storage with the rule from the module documentation.
/// `repr(transparent)`: the JIT's stencils read a list's items through the
/// cell (see `jit::layout`).
#[repr(transparent)]
pub struct PyCell<T>(UnsafeCell<T>);

impl<T> PyCell<T> {
    pub fn new(v: T) -> Self {
        PyCell(UnsafeCell::new(v))
    }
    /// Runs `f` with shared access. `f` must not run Python code.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        // SAFETY: by the module rule no mutable borrow is live while `f` runs,
        // because mutable borrows never span calls into Python or into `with`.
        f(unsafe { &*self.0.get() })
    }
    /// Runs `f` with exclusive access. `f` must not run Python code nor touch
    /// this cell again.
    #[inline(always)]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: the module rule: the closure is short, runs no Python code and
        // does not re-enter this cell, so no other borrow overlaps it.
        f(unsafe { &mut *self.0.get() })
    }
    /// A raw pointer for the interpreter's hot paths.
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut T {
        self.0.get()
    }
}

impl<T: Clone> PyCell<T> {
    pub fn get_clone(&self) -> T {
        self.with(|v| v.clone())
    }
}

// ---------------------------------------------------------------------------
// Payloads.
// ---------------------------------------------------------------------------

/// `str`: UTF-8 text. `char_len` makes `len()` O(1); `ascii` lets indexing by
/// code point be a byte index.
pub struct Str {
    pub s: Box<str>,
    pub char_len: usize,
    pub ascii: bool,
    pub hash: Cell<i64>,
}
impl Payload for Str {
    const KIND: ObjKind = ObjKind::Str;
}

pub struct Bytes {
    pub b: Box<[u8]>,
    pub hash: Cell<i64>,
}
impl Payload for Bytes {
    const KIND: ObjKind = ObjKind::Bytes;
}

pub struct ByteArray {
    pub b: PyCell<Vec<u8>>,
}
impl Payload for ByteArray {
    const KIND: ObjKind = ObjKind::ByteArray;
}

/// An int outside the small-int range.
pub struct Int {
    pub v: BigInt,
}
impl Payload for Int {
    const KIND: ObjKind = ObjKind::BigInt;
}

pub struct Complex {
    pub re: f64,
    pub im: f64,
}
impl Payload for Complex {
    const KIND: ObjKind = ObjKind::Complex;
}

pub struct List {
    pub items: PyCell<Vec<Value>>,
}
impl Payload for List {
    const KIND: ObjKind = ObjKind::List;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.with(|v| v.iter().filter(|x| x.is_ptr()).for_each(|x| visit(x)));
    }
    fn clear(&self) {
        let old = self.items.with_mut(std::mem::take);
        drop(old);
    }
}

pub struct Tuple {
    pub items: Box<[Value]>,
    pub hash: Cell<i64>,
}
impl Payload for Tuple {
    const KIND: ObjKind = ObjKind::Tuple;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().filter(|x| x.is_ptr()).for_each(|x| visit(x));
    }
    fn clear(&self) {
        // Tuples are immutable to Python; breaking a cycle replaces the items
        // with None in place, which no Python code can observe afterwards
        // because the tuple is garbage.
        let p = self.items.as_ptr() as *mut Value;
        for i in 0..self.items.len() {
            // SAFETY: the collector only clears unreachable objects, so nothing
            // else reads these slots while they are replaced.
            unsafe { drop(std::ptr::replace(p.add(i), Value::NONE)) };
        }
    }
}

pub use crate::dict::Dict;
pub use crate::dict::SetData as Set;

/// A frozenset shares the set's table.
pub struct FrozenSet(pub crate::dict::SetData);
impl Payload for FrozenSet {
    const KIND: ObjKind = ObjKind::FrozenSet;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.traverse(visit)
    }
    fn clear(&self) {
        self.0.clear()
    }
}

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Payload for Range {
    const KIND: ObjKind = ObjKind::Range;
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Payload for Slice {
    const KIND: ObjKind = ObjKind::Slice;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

/// A Python function: code plus the environment it closes over.
pub struct Function {
    pub code: Value,
    pub globals: Value,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub defaults: PyCell<Value>,
    pub kwdefaults: PyCell<Value>,
    pub closure: PyCell<Value>,
    pub doc: PyCell<Value>,
    pub dict: PyCell<Value>,
    pub module: PyCell<Value>,
    pub annotations: PyCell<Value>,
    /// Bumped whenever `__code__`/`__defaults__` change, so call-site caches
    /// that inlined argument handling can notice.
    pub version: Cell<u32>,
    /// The header a frame for this function starts with, for the
    /// `_PUSH_FRAME` stencil, which pushes frames itself.
    pub frame: crate::frame::FrameTemplate,
}
impl Payload for Function {
    const KIND: ObjKind = ObjKind::Function;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        visit(&self.globals);
        for c in [
            &self.name,
            &self.qualname,
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.doc,
            &self.dict,
            &self.module,
            &self.annotations,
        ] {
            c.with(|v| visit(v));
        }
    }
    fn clear(&self) {
        for c in [&self.defaults, &self.kwdefaults, &self.closure, &self.dict, &self.annotations] {
            let old = c.with_mut(|v| std::mem::replace(v, Value::NONE));
            drop(old);
        }
    }
}

/// Releasing a function forgets it in the table of functions tier 2 may
/// inline (see [`live_functions`]), so a stale call-site record can never
/// lead to a freed function.
impl Drop for Function {
    fn drop(&mut self) {
        live_functions::forget(self as *const Function as usize);
    }
}

/// The functions call sites have recorded, for tier 2.
///
/// The interpreter notes in a `Call`'s inline cache which Python function
/// the site calls, as a raw word (caches own nothing). When a loop is
/// projected, that word may name a function freed since: this table says
/// whether it is still live. A function is entered when a site records it
/// and removed when it is freed; a collision only evicts an older entry,
/// which costs a missed inlining, never a wrong one (traces also guard the
/// callable's identity and keep the function alive).
pub mod live_functions {
    use std::cell::Cell;

    const SIZE: usize = 1024;

    thread_local! {
        static TABLE: [Cell<usize>; SIZE] = const { [const { Cell::new(0) }; SIZE] };
    }

    fn slot(payload: usize) -> usize {
        // Objects are at least 16-byte aligned; mix the higher bits in.
        (payload >> 4 ^ payload >> 14) % SIZE
    }

    /// Records the function whose payload is at `payload`.
    pub fn remember(payload: usize) {
        TABLE.with(|t| t[slot(payload)].set(payload));
    }

    /// Whether the function whose payload was at `payload` is still live.
    pub fn is_live(payload: usize) -> bool {
        payload != 0 && TABLE.with(|t| t[slot(payload)].get() == payload)
    }

    /// Whether the value word `bits` (not dereferenced) is a live function
    /// this table knows.
    pub fn is_live_value(bits: u64) -> bool {
        if bits < crate::value::TAG_PTR {
            return false;
        }
        // A heap value word is its object's address complemented.
        let header = !bits as usize;
        is_live(header + std::mem::offset_of!(super::Obj<super::Function>, data))
    }

    pub(super) fn forget(payload: usize) {
        // `try_with`: a function freed while the thread's locals are being
        // torn down has nothing left to forget.
        let _ = TABLE.try_with(|t| {
            let s = &t[slot(payload)];
            if s.get() == payload {
                s.set(0);
            }
        });
    }
}

/// Signature of a native (Rust) function: positional arguments and optional
/// keyword arguments as (name, value) pairs.
pub type NativeFn = fn(&mut crate::vm::Vm, &[Value], &[(Value, Value)]) -> crate::vm::PyResult<Value>;

/// `repr(C)` with `func` and `bound` first: tier 2's list-method stencils
/// read both (`TESSERA_NATIVE_FUNC_OFFSET`, `TESSERA_NATIVE_BOUND_OFFSET`).
#[repr(C)]
pub struct NativeFunction {
    pub func: NativeFn,
    /// For methods: the bound receiver, or NULL.
    pub bound: Value,
    pub name: &'static str,
    /// Whether the function accepts keyword arguments at all.
    pub takes_kwargs: bool,
    pub qualname: Box<str>,
    /// For `math` functions of one float (`sin`, `sqrt`, ...): the libm
    /// computation alone, which tier 2 calls from a trace for a float or
    /// small-int argument and a finite result (every other case, an error
    /// included, leaves the trace for the full function).
    pub f64_fn: Option<extern "C" fn(f64) -> f64>,
}
impl Payload for NativeFunction {
    const KIND: ObjKind = ObjKind::NativeFunction;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.bound);
    }
}

/// `repr(C)`: tier 2's list-method stencils read both fields
/// (`TESSERA_BOUND_FUNC_OFFSET`, `TESSERA_BOUND_RECEIVER_OFFSET`).
#[repr(C)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
impl Payload for BoundMethod {
    const KIND: ObjKind = ObjKind::BoundMethod;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.receiver);
    }
}

pub struct CellObj {
    pub v: PyCell<Value>,
}
impl Payload for CellObj {
    const KIND: ObjKind = ObjKind::Cell;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.v.with(|v| visit(v));
    }
    fn clear(&self) {
        let old = self.v.with_mut(|v| v.take());
        drop(old);
    }
}

pub use crate::class::{Class, Instance};

pub struct Module {
    pub name: Value,
    pub dict: Value,
}
impl Payload for Module {
    const KIND: ObjKind = ObjKind::Module;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub struct CodeObj {
    pub code: std::rc::Rc<crate::bytecode::Code>,
}
impl Payload for CodeObj {
    const KIND: ObjKind = ObjKind::Code;
}

pub use crate::generator::Generator;

/// PEP 810's `types.LazyImportType` (`lazy_import`): the value a lazy
/// import binds until its name is first used. Fields follow CPython's
/// `PyLazyImportObject`: `from` is the module name, `attr` the fromlist (a
/// str for a name taken from the module, a tuple while the whole `from`
/// statement is pending, NULL for `import a.b`).
pub struct LazyImport {
    pub from: Value,
    pub attr: Value,
    /// `import a.b as c` binds the submodule itself, not the package.
    pub submodule: bool,
    /// Where the lazy statement ran (code object and line), for the cause of
    /// a failed resolution.
    pub code: Value,
    pub line: u32,
    /// Set while this proxy's import runs, so a use of the proxy from inside
    /// that import is a circular-import error instead of endless recursion.
    pub resolving: Cell<bool>,
    /// The `__import__` of a `__builtins__` other than the interpreter's
    /// (from `__lazy_import__`'s globals), or NULL for the import system.
    pub import_func: Value,
}
impl Payload for LazyImport {
    const KIND: ObjKind = ObjKind::LazyImport;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.from);
        visit(&self.attr);
        visit(&self.code);
        visit(&self.import_func);
    }
}

pub struct Property {
    pub fget: PyCell<Value>,
    pub fset: PyCell<Value>,
    pub fdel: PyCell<Value>,
    pub doc: PyCell<Value>,
}
impl Payload for Property {
    const KIND: ObjKind = ObjKind::Property;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            c.with(|v| visit(v));
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            let old = c.with_mut(|v| std::mem::replace(v, Value::NONE));
            drop(old);
        }
    }
}

pub struct StaticMethod {
    pub func: PyCell<Value>,
}
impl Payload for StaticMethod {
    const KIND: ObjKind = ObjKind::StaticMethod;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.with(|v| visit(v));
    }
    fn clear(&self) {
        let old = self.func.with_mut(|v| std::mem::replace(v, Value::NONE));
        drop(old);
    }
}

pub struct ClassMethod {
    pub func: PyCell<Value>,
}
impl Payload for ClassMethod {
    const KIND: ObjKind = ObjKind::ClassMethod;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.with(|v| visit(v));
    }
    fn clear(&self) {
        let old = self.func.with_mut(|v| std::mem::replace(v, Value::NONE));
        drop(old);
    }
}

pub use crate::iter::Iter;

/// `dict.keys()`, `.values()`, `.items()`.
pub struct DictView {
    pub dict: Value,
    pub which: u8,
}
impl Payload for DictView {
    const KIND: ObjKind = ObjKind::DictView;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub struct Super {
    pub this_class: Value,
    pub obj: Value,
    /// The type whose MRO is searched: `type(obj)` or `obj` itself when `obj`
    /// is a class.
    pub obj_type: Value,
}
impl Payload for Super {
    const KIND: ObjKind = ObjKind::Super;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.this_class);
        visit(&self.obj);
        visit(&self.obj_type);
    }
}

pub use crate::io::File;
