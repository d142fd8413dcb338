//! Frames and the contiguous data stack they live on.
//!
//! As in CPython 3.11, a Python call does not allocate: its frame is carved
//! from one contiguous, pre-reserved region (the *data stack*). A frame is a
//! fixed header followed by `localsplus` (locals, cells, free variables) and
//! then the evaluation stack, so compiled code can address any local or stack
//! slot as a constant offset from the frame pointer. The region is reserved
//! with an anonymous mapping whose pages the OS commits only when touched, so
//! a large reservation costs nothing until deep recursion uses it.
//!
//! The header layout is mirrored in `templates/tessera.h` (`TesseraFrame`).

// These functions take raw frame/object pointers that are only ever produced
// by the runtime itself (the data stack, the object allocator); callers pass
// live pointers by construction, which the SAFETY comments inside rely on.
#![allow(clippy::not_unsafe_ptr_arg_deref, reason = "pointers come from the runtime's own allocators")]

use crate::bytecode::Code;
use crate::object::Header;
use crate::value::Value;
use std::mem::ManuallyDrop;

#[repr(C)]
pub struct Frame {
    pub previous: *mut Frame,
    /// The function being run (owned), or NULL for module and class bodies
    /// run directly from a code object.
    pub func: Value,
    /// Borrowed from `code_obj`.
    pub code: *const Code,
    /// The code object, borrowed: kept alive by `func` (a function's code
    /// cannot be replaced), or by the caller of `Vm::run_code` for frames
    /// without a function. Not counting it saves a reference-count update
    /// on every call and return.
    pub code_obj: ManuallyDrop<Value>,
    /// The globals dict, borrowed on the same terms as `code_obj`
    /// (`__globals__` is read-only).
    pub globals: ManuallyDrop<Value>,
    /// The builtins dict, borrowed: the VM's builtins dict lives as long as
    /// the VM.
    pub builtins: ManuallyDrop<Value>,
    /// The namespace dict for module and class bodies (owned), or NULL.
    pub locals: Value,
    /// Index of the next instruction to run.
    pub pc: u32,
    /// Number of values on the evaluation stack when the frame is not running.
    pub depth: u32,
    /// The generator that owns this frame while it runs, or null.
    pub generator: *const Header,
    pub flags: u32,
    pub nlocalsplus: u32,
}

/// Size of the header in 8-byte words.
pub const FRAME_HEADER_WORDS: usize = std::mem::size_of::<Frame>() / 8;
const _: () = assert!(std::mem::size_of::<Frame>() % 8 == 0);

impl Frame {
    /// First local slot.
    #[inline(always)]
    pub fn localsplus(this: *mut Frame) -> *mut Value {
        // SAFETY: the slots follow the header in the same allocation.
        unsafe { (this as *mut u64).add(FRAME_HEADER_WORDS) as *mut Value }
    }
    /// Bottom of the evaluation stack.
    #[inline(always)]
    pub fn stack_base(this: *mut Frame) -> *mut Value {
        // SAFETY: as above; `nlocalsplus` is the number of local slots.
        unsafe { Frame::localsplus(this).add((*this).nlocalsplus as usize) }
    }
    #[inline(always)]
    pub fn code<'a>(this: *mut Frame) -> &'a Code {
        // SAFETY: `code` is kept alive by `code_obj`, owned by the frame.
        unsafe { &*(*this).code }
    }
}

/// What a frame for one function starts as: the header words that come
/// from the function, laid out for C (`TesseraFrameTemplate` in
/// `templates/tessera.h`). Each function holds one; the `_PUSH_FRAME`
/// stencil is patched with its address and copies it into the frames it
/// pushes, where the interpreter's call would look each word up through the
/// function and its code object.
#[repr(C)]
pub struct FrameTemplate {
    /// The `Code` behind `code_obj` (kept alive by it).
    pub code: *const Code,
    /// The function's code object and globals, as the frame borrows them:
    /// the function owns both and neither can be replaced.
    pub code_obj: u64,
    pub globals: u64,
    /// The frame's size in words: header, locals and evaluation stack.
    pub words: u32,
    pub nlocalsplus: u32,
}

impl FrameTemplate {
    pub fn new(code: &Code, code_obj: &Value, globals: &Value) -> FrameTemplate {
        FrameTemplate {
            code,
            code_obj: code_obj.bits(),
            globals: globals.bits(),
            words: code.frame_size() as u32,
            nlocalsplus: code.nlocalsplus,
        }
    }
}

/// The data stack: one reserved region, frames pushed and popped at its top.
///
/// `repr(C)` with the three pointers first: `_PUSH_FRAME` and
/// `_RETURN_VALUE` stencils move `top` themselves (`TesseraVm` in
/// `templates/tessera.h`), so its offset must not depend on the size of the
/// mapping handle.
#[repr(C)]
pub struct DataStack {
    pub base: *mut u64,
    pub top: *mut u64,
    pub limit: *mut u64,
    _map: memmap2::MmapMut,
}

/// Bytes reserved for frames (committed lazily by the OS).
const DATA_STACK_BYTES: usize = 512 << 20;

impl DataStack {
    pub fn new() -> DataStack {
        let mut map = memmap2::MmapMut::map_anon(DATA_STACK_BYTES).expect("cannot reserve the frame stack");
        let base = map.as_mut_ptr() as *mut u64;
        // SAFETY: the mapping is DATA_STACK_BYTES long.
        let limit = unsafe { base.add(DATA_STACK_BYTES / 8) };
        DataStack { base, top: base, limit, _map: map }
    }

    /// Reserves a frame for `code`, or returns None when the region is full.
    #[inline]
    pub fn push(&mut self, code: &Code) -> Option<*mut Frame> {
        let words = code.frame_size();
        // SAFETY: pointer arithmetic within (or one past) the mapping is
        // checked against `limit` before use.
        unsafe {
            if self.top.add(words) > self.limit {
                return None;
            }
            let f = self.top as *mut Frame;
            self.top = self.top.add(words);
            Some(f)
        }
    }
}

/// Initialises a freshly pushed frame. Locals start as NULL (unbound).
/// `code_obj`, `globals` and `builtins` are borrowed (see the fields).
///
/// # Safety
/// `f` was just returned by `DataStack::push` for `code`, and the borrowed
/// values outlive the frame.
pub unsafe fn init_frame(
    f: *mut Frame,
    previous: *mut Frame,
    func: Value,
    code_obj: &Value,
    globals: &Value,
    builtins: &Value,
    locals: Value,
) {
    // SAFETY: the caller guarantees `f` spans a whole frame for this code;
    // with no arguments every local starts unbound, and the NULL namespace
    // written there needs no release.
    unsafe {
        init_call_frame(f, previous, func, code_obj, globals, builtins, std::ptr::null(), 0);
        std::ptr::write(&mut (*f).locals, locals);
    }
}

/// Initialises a freshly pushed frame for a call, as [`init_frame`] does,
/// with the first `nargs` locals moved from `args` (stack slots the caller
/// gives up) and only the rest set unbound. Calls are the hot case: the
/// arguments are written once, not cleared first.
///
/// # Safety
/// As [`init_frame`]; `args` holds `nargs` owned values, no more than the
/// code's locals, which the caller no longer owns afterwards.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub unsafe fn init_call_frame(
    f: *mut Frame,
    previous: *mut Frame,
    func: Value,
    code_obj: &Value,
    globals: &Value,
    builtins: &Value,
    args: *const Value,
    nargs: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe {
        let code: *const Code = &*code_obj.downcast_unchecked::<crate::object::CodeObj>().code;
        let n = (*code).nlocalsplus;
        std::ptr::write(
            f,
            Frame {
                previous,
                func,
                code,
                code_obj: ManuallyDrop::new(Value::from_bits(code_obj.bits())),
                globals: ManuallyDrop::new(Value::from_bits(globals.bits())),
                builtins: ManuallyDrop::new(Value::from_bits(builtins.bits())),
                locals: Value::NULL,
                pc: 0,
                depth: 0,
                generator: std::ptr::null(),
                flags: 0,
                nlocalsplus: n,
            },
        );
        let lp = Frame::localsplus(f);
        let mut i = 0;
        while i < nargs {
            std::ptr::write(lp.add(i), std::ptr::read(args.add(i)));
            i += 1;
        }
        while i < n as usize {
            std::ptr::write(lp.add(i), Value::NULL);
            i += 1;
        }
    }
}

/// Drops everything a frame owns: header values, locals and `depth` stack
/// values.
///
/// # Safety
/// `f` is an initialised frame whose `depth` is accurate; it is not used again.
pub unsafe fn clear_frame(f: *mut Frame) {
    // SAFETY: the caller guarantees the frame is initialised and dead.
    unsafe {
        let lp = Frame::localsplus(f);
        let n = (*f).nlocalsplus as usize + (*f).depth as usize;
        for i in 0..n {
            std::ptr::drop_in_place(lp.add(i));
        }
        std::ptr::drop_in_place(&mut (*f).func);
        std::ptr::drop_in_place(&mut (*f).locals);
    }
}
