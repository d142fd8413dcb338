//! Runtime helpers that stencils call (the `tessera_jit_*` symbols), and the
//! table that resolves their names for the trace compiler.

use crate::bytecode::{BinOp, CmpOp, Code, INPLACE, LOAD_GLOBAL_NULL};
use crate::frame::Frame;
use crate::object::{BoundMethod, CellObj, Header, List, Str};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::mem::ManuallyDrop;
use std::ptr;

/// Frees an object whose count a stencil dropped to zero, after recording
/// the live stack depth `sp` marks in `frame` (freeing may run `__del__`,
/// and whatever looks at the frame then must see only live values).
///
/// # Safety
/// `object` is a heap object whose reference count just reached zero;
/// `frame` is a live frame (or a test's frame-shaped words) and `sp` points
/// into its stack.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_dealloc(frame: *mut Frame, sp: *mut Value, object: *mut Header) {
    // SAFETY: forwarded from the caller: `sp` lies in `frame`'s stack, so the
    // offset is a small non-negative count; `decref` on a zero count would
    // underflow, so restore the reference the stencil released first.
    unsafe {
        (*frame).depth = sp.offset_from(Frame::stack_base(frame)) as u32;
        (*object).incref();
        crate::object::decref(object);
    }
}

/// Steps a range iterator for `_FOR_ITER_RANGE`: 1 with the next value in
/// `*out`, 0 when the iterator is exhausted (the stencil pops it and ends
/// the loop), or 2 when it is not a range iterator (the stencil leaves the
/// trace at the `FOR_ITER`).
///
/// # Safety
/// `iterator` is a value word on a live stack (borrowed, not consumed);
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_for_iter_range(iterator: u64, out: *mut u64) -> i32 {
    // SAFETY: the word is a live value owned by the stack; ManuallyDrop
    // borrows it without touching its count.
    let it = ManuallyDrop::new(unsafe { Value::from_bits(iterator) });
    if let Some(i) = it.downcast::<crate::iter::Iter>() {
        match i.next_range() {
            Some(Some(n)) => {
                // SAFETY: the caller passes a writable slot.
                unsafe { *out = Value::small_int(n).into_bits() };
                return 1;
            }
            Some(None) => return 0,
            None => {}
        }
    }
    2
}

/// Steps a list or tuple iterator for `_FOR_ITER_SEQ`: 1 with the next item
/// (a new reference) in `*out`, 0 when the iterator is exhausted, or 2
/// when it is of another kind.
///
/// # Safety
/// As [`tessera_jit_for_iter_range`].
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_for_iter_seq(iterator: u64, out: *mut u64) -> i32 {
    // SAFETY: as in tessera_jit_for_iter_range.
    let it = ManuallyDrop::new(unsafe { Value::from_bits(iterator) });
    if let Some(i) = it.downcast::<crate::iter::Iter>() {
        match i.next_seq() {
            Some(Some(v)) => {
                // SAFETY: the caller passes a writable slot.
                unsafe { *out = v.into_bits() };
                return 1;
            }
            Some(None) => return 0,
            None => {}
        }
    }
    2
}

/// Steps an `enumerate` over a list, tuple or range for
/// `_FOR_ITER_ENUMERATE`, as `for i, x in enumerate(...)` would with its
/// `UnpackSequence 2`: 1 with the item (a new reference) in `out[0]` and
/// the count in `out[1]` (the unpacked order), 0 when the iterator is
/// exhausted, or 2, with nothing changed, when it is of another kind or its
/// count no longer fits a small int (the interpreter then takes the
/// instruction).
///
/// # Safety
/// As [`tessera_jit_for_iter_range`]; `out` has room for two values.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_for_iter_enumerate(iterator: u64, out: *mut u64) -> i32 {
    // SAFETY: as in tessera_jit_for_iter_range.
    let it = ManuallyDrop::new(unsafe { Value::from_bits(iterator) });
    let Some(i) = it.downcast::<crate::iter::Iter>() else { return 2 };
    match i.next_enumerate_small() {
        Some(Some((c, v))) => {
            // SAFETY: the caller passes two writable slots.
            unsafe {
                *out = v.into_bits();
                *out.add(1) = Value::small_int(c).into_bits();
            }
            1
        }
        Some(None) => 0,
        None => 2,
    }
}

/// libm's `pow`, for `_BINARY_OP_NUM_POW`: the function the interpreter's
/// float `**` calls (`f64::powf`), so both tiers round alike.
#[no_mangle]
pub extern "C" fn tessera_jit_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

// -- Inline calls ---------------------------------------------------------------

/// `_PUSH_INIT_FRAME`'s allocation: a new instance of the plain user class
/// `cls` (`object.__new__`, as the interpreter's class call makes it), or
/// NULL when that fails (the trace then leaves at the call and the
/// interpreter makes it, raising).
///
/// # Safety
/// `vm` is the running VM and `cls` a live class the caller holds.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_new_instance(vm: *mut Vm, cls: u64) -> u64 {
    // SAFETY: as the caller promises; the class is only borrowed.
    unsafe {
        let cls = borrow(cls);
        crate::types::object_new(&mut *vm, &cls, &[], &[]).map_or(Value::NULL.bits(), Value::into_bits)
    }
}

/// `_RETURN_INIT`'s error: the `__init__` frame a trace pushed returned
/// `sp[-1]`, which is not None. Keeps the TypeError for the error exit,
/// with the frame's depth as the interpreter's return leaves it when it
/// raises (the value popped).
///
/// # Safety
/// `frame` is the live innermost frame, pushed by `_PUSH_INIT_FRAME`, with
/// `sp` its stack top and the returned value on top.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_init_not_none(vm: *mut Vm, frame: *mut Frame, sp: *mut Value) {
    // SAFETY: as the caller promises: the value on top is owned, and moves
    // out of the stack, which the depth then ends below.
    unsafe {
        let vm = &mut *vm;
        let v = ptr::read(sp.sub(1));
        (*frame).depth = sp.sub(1).offset_from(Frame::stack_base(frame)) as u32;
        let tn = vm.type_name(&v);
        drop(v);
        let e = vm.type_error(format!("__init__() should return None, not '{tn}'"));
        vm.jit.pending_error = Some(e);
    }
}

// -- Fast paths ---------------------------------------------------------------
//
// Plain C-ABI functions for the common cases the interpreter's specialized
// instructions handle inline. They change nothing and return 0 (or NULL)
// when the case does not apply; the stencil then calls the general helper.

/// Borrows a value word from the stack.
///
/// # Safety
/// `bits` is a live value owned by someone else for the borrow's duration.
unsafe fn borrow(bits: u64) -> ManuallyDrop<Value> {
    // SAFETY: as the caller promises; ManuallyDrop never releases it.
    ManuallyDrop::new(unsafe { Value::from_bits(bits) })
}

/// `seq[key]` for a list or tuple and an in-range small int: the item (a new
/// reference), or NULL.
///
/// # Safety
/// Both words are live values on the stack.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_subscr_seq_int(seq: u64, key: u64) -> u64 {
    // SAFETY: forwarded from the caller.
    let (seq, key) = unsafe { (borrow(seq), borrow(key)) };
    if !key.is_small_int() {
        return Value::NULL.into_bits();
    }
    let i = key.as_small_int();
    let pick = |items: &[Value]| {
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            items[j as usize].clone()
        } else {
            Value::NULL
        }
    };
    let v = if let Some(l) = seq.downcast::<List>() {
        l.items.with(|items| pick(items))
    } else if let Some(t) = seq.downcast::<crate::object::Tuple>() {
        pick(&t.items)
    } else {
        Value::NULL
    };
    v.into_bits()
}

/// `list[key] = value` for an in-range small int: moves `value` into the
/// list, puts the replaced item in `*old` (for the caller to release) and
/// returns 1; or returns 0 and changes nothing.
///
/// # Safety
/// The words are live values on the stack; `value`'s reference is the
/// caller's to give; `old` is writable.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_store_list_int(list: u64, key: u64, value: u64, old: *mut u64) -> i32 {
    // SAFETY: forwarded from the caller.
    let (list, key) = unsafe { (borrow(list), borrow(key)) };
    let (Some(l), true) = (list.downcast::<List>(), key.is_small_int()) else { return 0 };
    let i = key.as_small_int();
    l.items.with_mut(|items| {
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return 0;
        }
        // SAFETY: the caller gives its reference to the list.
        let v = unsafe { Value::from_bits(value) };
        let prev = std::mem::replace(&mut items[j as usize], v);
        // SAFETY: `old` is writable; the caller releases the replaced item.
        unsafe { *old = prev.into_bits() };
        1
    })
}

/// Unpacks a tuple or list of exactly `n` items into `dst[0..n]`, last item
/// first (as `UnpackSequence` leaves them), as new references: 1, or 0 when
/// `seq` is another kind or length.
///
/// # Safety
/// `seq` is a live value; `dst` has room for `n` words.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_unpack_exact(seq: u64, n: u32, dst: *mut u64) -> i32 {
    // SAFETY: forwarded from the caller.
    let seq = unsafe { borrow(seq) };
    let n = n as usize;
    let write = |items: &[Value]| {
        if items.len() != n {
            return 0;
        }
        for (k, v) in items.iter().rev().enumerate() {
            // SAFETY: `dst` has room for `n` words.
            unsafe { *dst.add(k) = v.clone().into_bits() };
        }
        1
    };
    if let Some(t) = seq.downcast::<crate::object::Tuple>() {
        write(&t.items)
    } else if let Some(l) = seq.downcast::<List>() {
        l.items.with(|items| write(items))
    } else {
        0
    }
}

/// The instance behind a value word and its class's version, if it is an
/// instance (of a class with shapes).
fn instance_of(v: &Value) -> Option<(&crate::class::Instance, u64)> {
    let inst = v.downcast::<crate::class::Instance>()?;
    let h = v.header()?;
    // SAFETY: an object's `ty` points at its live class.
    let cls = unsafe { &(*(h.ty.get() as *const crate::object::Obj<crate::class::Class>)).data };
    Some((inst, cls.version.get()))
}

/// `obj.attr` for `_LOAD_ATTR_INSTANCE`: slot `index` (a new reference) if
/// `obj` is an instance with shape `shape` whose class has version
/// `version`, else NULL. The trace snapshots the instruction's inline cache
/// (`LoadAttrInstance`) into these operands.
///
/// # Safety
/// `obj` is a live value on the stack.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_load_slot(obj: u64, shape: u64, version: u64, index: u32) -> u64 {
    // SAFETY: forwarded from the caller.
    let obj = unsafe { borrow(obj) };
    match instance_of(&obj) {
        Some((inst, v)) if v == version && inst.shape.get() as *const _ as u64 == shape => {
            inst.slots.with(|s| s.get(index as usize).cloned()).unwrap_or(Value::NULL).into_bits()
        }
        _ => Value::NULL.into_bits(),
    }
}

/// `obj.attr = value` for `_STORE_ATTR_INSTANCE`, under the same guard as
/// `tessera_jit_load_slot`: moves `value` into slot `index`, puts the old
/// slot value in `*old` and returns 1; or returns 0 and changes nothing.
///
/// # Safety
/// `obj` is a live value; `value`'s reference is the caller's to give.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_store_slot(
    obj: u64,
    shape: u64,
    version: u64,
    index: u32,
    value: u64,
    old: *mut u64,
) -> i32 {
    // SAFETY: forwarded from the caller.
    let obj = unsafe { borrow(obj) };
    match instance_of(&obj) {
        Some((inst, v)) if v == version && inst.shape.get() as *const _ as u64 == shape => {
            inst.slots.with_mut(|s| match s.get_mut(index as usize) {
                Some(slot) => {
                    // SAFETY: the caller gives its reference to the slot.
                    let prev = std::mem::replace(slot, unsafe { Value::from_bits(value) });
                    // SAFETY: `old` is writable; the caller releases it.
                    unsafe { *old = prev.into_bits() };
                    1
                }
                None => 0,
            })
        }
        _ => 0,
    }
}

/// `_YIELD_COLLECT`: moves the yielded value `v` into the innermost collect
/// sink (the list a `set(genexpr)` / `tuple(genexpr)` drain fills) and
/// returns 1, or returns 0, taking nothing, when there is none (the stencil
/// then leaves for the interpreter's yield).
///
/// # Safety
/// `vm` is the running VM and `v` a value word whose reference the caller
/// gives up when 1 is returned.
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_collect(vm: *mut Vm, v: u64) -> i32 {
    // SAFETY: as the caller promises; no other borrow of the VM is live
    // while a stencil runs.
    let vm = unsafe { &mut *vm };
    match vm.collect_sinks.last_mut() {
        Some(sink) => {
            // SAFETY: the caller's reference moves into the sink.
            sink.push(unsafe { Value::from_bits(v) });
            1
        }
        None => 0,
    }
}

/// `_STORE_ATTR_INSTANCE_ADD` found the instance's slots full: makes room
/// for one more (the vector grows as a `Vec` does, doubling from four).
///
/// # Safety
/// `h` is the header of a live instance (the micro-op's guard checked it).
#[no_mangle]
pub unsafe extern "C" fn tessera_jit_reserve_slot(h: *const u8) {
    // SAFETY: as the caller promises, `h` is a live instance's header, so
    // its object is an `Obj<Instance>` starting there.
    let inst = unsafe { &(*(h as *const crate::object::Obj<crate::class::Instance>)).data };
    // SAFETY: a live object's class is a live class (its header's `ty`).
    let class = unsafe {
        &(*((*(h as *const crate::object::Header)).ty.get() as *const crate::object::Obj<crate::class::Class>)).data
    };
    inst.slots.with_mut(|s| {
        // The stencil calls this only for a full vector: later instances of
        // the class start with room for this slot.
        class.slots_hint.set(class.slots_hint.get().max(s.len() as u32 + 1));
        s.reserve(1)
    });
}

// -- Helpers for instructions' general cases --------------------------------
//
// Each has the `TesseraHelper` signature of jit.h and does what the
// interpreter's generic path of its instruction does, calling the same `ops`
// functions, so the two cannot disagree: it pops the operands, saves the
// frame's pc and depth (as the interpreter's `save!()`) before anything that
// can run Python code or look at frames, and pushes the results. It returns
// the new stack pointer, or null when the instruction raised: then the
// exception is in `vm.jit.pending_error` and the frame's depth is the stack
// after the pops, as the interpreter leaves it when it raises.

/// A helper's view of the VM, frame and stack.
struct Ctx {
    vm: *mut Vm,
    frame: *mut Frame,
    sp: *mut Value,
    pc: u32,
}

impl Ctx {
    fn vm(&mut self) -> &mut Vm {
        // SAFETY: the VM is live, and the trace that called the helper does
        // not use it while the helper runs.
        unsafe { &mut *self.vm }
    }
    fn vm_ref(&self) -> &Vm {
        // SAFETY: as in `vm`.
        unsafe { &*self.vm }
    }
    fn pop(&mut self) -> Value {
        // SAFETY: the instruction's operands are on the stack, owned by it.
        unsafe {
            self.sp = self.sp.sub(1);
            ptr::read(self.sp)
        }
    }
    fn push(&mut self, v: Value) {
        // SAFETY: the compiler sized the stack for the instruction's effect.
        unsafe {
            ptr::write(self.sp, v);
            self.sp = self.sp.add(1);
        }
    }
    /// The value `n` places from the top (1 = top), borrowed.
    fn peek(&self, n: usize) -> &Value {
        // SAFETY: the instruction's operands are on the stack.
        unsafe { &*self.sp.sub(n) }
    }
    /// Records the pc and the stack depth in the frame.
    fn save(&mut self) {
        // SAFETY: the frame is live and `sp` lies in its stack.
        unsafe {
            (*self.frame).pc = self.pc;
            (*self.frame).depth = self.sp.offset_from(Frame::stack_base(self.frame)) as u32;
        }
    }
    fn code(&self) -> &Code {
        // The running frame's code outlives the helper call.
        Frame::code(self.frame)
    }
    /// The helper's result: the stack pointer, or null with the error kept.
    fn done(mut self, r: PyResult<()>) -> *mut Value {
        match r {
            Ok(()) => self.sp,
            Err(e) => {
                self.save();
                self.vm().jit.pending_error = Some(e);
                ptr::null_mut()
            }
        }
    }
}

macro_rules! helper {
    ($(#[$m:meta])* $name:ident($cx:ident, $oparg:ident, $operand:ident) $body:block) => {
        $(#[$m])*
        ///
        /// # Safety
        /// Called by a trace with its VM, running frame and stack pointer,
        /// with the instruction's operands on the stack.
        #[no_mangle]
        pub unsafe extern "C" fn $name(
            vm: *mut Vm,
            frame: *mut Frame,
            sp: *mut Value,
            $oparg: u32,
            $operand: u64,
            pc: u32,
        ) -> *mut Value {
            #[allow(unused_variables)]
            fn body($cx: &mut Ctx, $oparg: u32, $operand: u64) -> PyResult<()> $body
            let mut cx = Ctx { vm, frame, sp, pc };
            let r = body(&mut cx, $oparg, $operand);
            cx.done(r)
        }
    };
}

/// A name operand (an interned str owned by the code object), borrowed.
fn name(operand: u64) -> ManuallyDrop<Value> {
    // SAFETY: the trace keeps its code object, which owns the name, alive.
    ManuallyDrop::new(unsafe { Value::from_bits(operand) })
}

helper! {
    /// `BinaryOp`: `oparg` is the operator (with `INPLACE`).
    tessera_jit_binary_op(cx, oparg, _operand) {
        let b = cx.pop();
        let a = cx.pop();
        let op = BinOp::from_u32(oparg);
        let r = match crate::interp::numeric_binop_fast(op, &a, &b) {
            Some(r) => r,
            None => {
                cx.save();
                crate::ops::binary_op(cx.vm(), op, oparg & INPLACE != 0, &a, &b)?
            }
        };
        cx.push(r);
        Ok(())
    }
}

/// Pops a comparison's two operands and compares them as the interpreter
/// does (`oparg` is the comparison).
fn pop_compare(cx: &mut Ctx, oparg: u32) -> PyResult<Value> {
    let b = cx.pop();
    let a = cx.pop();
    cx.save();
    crate::ops::compare(cx.vm(), CmpOp::from_u32(oparg), &a, &b)
}

helper! {
    /// `CompareOp`: `oparg` is the comparison.
    tessera_jit_compare_op(cx, oparg, _operand) {
        let r = pop_compare(cx, oparg)?;
        cx.push(r);
        Ok(())
    }
}

helper! {
    /// `CompareJump`'s comparison where the interpreter saw operands other
    /// than two ints or two floats: `oparg` is the comparison. Pushes the
    /// truth of its result (a bool), which the stencil pops to branch.
    tessera_jit_compare_jump(cx, oparg, _operand) {
        let r = pop_compare(cx, oparg)?;
        let t = if r.is_bool() { r.is_true_singleton() } else { crate::ops::truthy(cx.vm(), &r)? };
        cx.push(Value::bool(t));
        Ok(())
    }
}

helper! {
    /// `BinarySubscr`.
    tessera_jit_binary_subscr(cx, _oparg, _operand) {
        let key = cx.pop();
        let obj = cx.pop();
        cx.save();
        let r = crate::ops::getitem(cx.vm(), &obj, &key)?;
        cx.push(r);
        Ok(())
    }
}

/// Pops a slice's bounds (`oparg` 3: with a step) and its object.
fn pop_slice(cx: &mut Ctx, oparg: u32) -> (Value, Value, Value, Value) {
    let step = if oparg == 3 { cx.pop() } else { Value::NONE };
    let stop = cx.pop();
    let start = cx.pop();
    (cx.pop(), start, stop, step)
}

helper! {
    /// `BinarySlice`: `obj[start:stop(:step)]`.
    tessera_jit_binary_slice(cx, oparg, _operand) {
        let (obj, start, stop, step) = pop_slice(cx, oparg);
        cx.save();
        let r = crate::interp::binary_slice(cx.vm(), obj, start, stop, step)?;
        cx.push(r);
        Ok(())
    }
}

helper! {
    /// `StoreSlice`: `obj[start:stop(:step)] = value`.
    tessera_jit_store_slice(cx, oparg, _operand) {
        let (obj, start, stop, step) = pop_slice(cx, oparg);
        let v = cx.pop();
        cx.save();
        crate::interp::store_slice(cx.vm(), obj, start, stop, step, v)
    }
}

helper! {
    /// `_BINARY_SLICE_DEFERRED`'s general case: `obj[start:stop(:step)]`
    /// whose result only a `_STORE_SLICE_FROM_SLICE` reads. A list with
    /// small bounds stays on the stack in the result's place, its bounds in
    /// `Jit::deferred_slice`: no list is built (the stencil does the same
    /// inline, and calls this for anything else). Anything else is sliced
    /// now.
    tessera_jit_binary_slice_deferred(cx, oparg, _operand) {
        let small = crate::types::small_slice_bound;
        let n = oparg as usize;
        let step = if n == 3 { cx.peek(1).bits() } else { Value::NONE.bits() };
        // SAFETY: a copy of a word on the stack, only inspected.
        let step_value = ManuallyDrop::new(unsafe { Value::from_bits(step) });
        if let (true, Some(_), Some(_), Some(c)) =
            (cx.peek(n + 1).downcast::<List>().is_some(), small(cx.peek(n)), small(cx.peek(n - 1)), small(&step_value))
        {
            if c != Some(0) {
                // The words as they are (small ints or None).
                let (start, stop) = (cx.peek(n).bits(), cx.peek(n - 1).bits());
                let d = &mut *cx.vm().jit.deferred_slice;
                (d.valid, d.start, d.stop, d.step) = (1, start, stop, step);
                // SAFETY: the bounds are on the stack; they are small ints or
                // None, which own no reference, so they are dropped by moving
                // the stack pointer.
                cx.sp = unsafe { cx.sp.sub(n) };
                return Ok(());
            }
        }
        let (obj, start, stop, step) = pop_slice(cx, oparg);
        cx.save();
        let r = crate::interp::binary_slice(cx.vm(), obj, start, stop, step)?;
        cx.vm().jit.deferred_slice.valid = 0;
        cx.push(r);
        Ok(())
    }
}

/// Items a slice assignment from a slice copies through a buffer on the
/// Rust stack; longer runs build the temporary list.
const SLICE_BUFFER: usize = 16;

/// `dst[start:stop] = src[s]` for two lists (maybe the same one) when the
/// lengths agree: items are replaced in place, through a stack buffer, with
/// no list built. A run reversed onto itself (`a[:k+1] = a[k::-1]`) is
/// reversed where it is. Returns false (nothing done) for the cases the
/// general path handles.
fn store_slice_from_slice_fast(
    src: &Value,
    s: (Option<i64>, Option<i64>, i64),
    dst: &Value,
    start: &Value,
    stop: &Value,
) -> bool {
    let small = crate::types::small_slice_bound;
    let (Some(sl), Some(dl), Some(a), Some(b)) =
        (src.downcast::<List>(), dst.downcast::<List>(), small(start), small(stop))
    else {
        return false;
    };
    let (s0, _, st, count) = sl.items.with(|items| crate::types::resolve_slice(s.0, s.1, s.2, items.len() as i64));
    let (t0, t1) = dl.items.with(|items| {
        let (t0, t1, _, _) = crate::types::resolve_slice(a, b, 1, items.len() as i64);
        (t0 as usize, t1.max(t0) as usize)
    });
    if t1 - t0 != count || count > SLICE_BUFFER {
        return false;
    }
    if src.is(dst) && st == -1 && count > 0 && s0 as usize == t1 - 1 {
        // The same items, reversed: no count changes.
        dl.items.with_mut(|items| items[t0..t1].reverse());
        return true;
    }
    let mut buf: [Value; SLICE_BUFFER] = std::array::from_fn(|_| Value::NONE);
    sl.items.with(|items| {
        let mut i = s0;
        for slot in &mut buf[..count] {
            // Resolved against this length just now: in range.
            *slot = items[i as usize].clone();
            i += st;
        }
    });
    dl.items.with_mut(|items| {
        for (d, b) in items[t0..t1].iter_mut().zip(&mut buf[..count]) {
            std::mem::swap(d, b);
        }
    });
    // The replaced items are released now, with both lists consistent (a
    // release may run code).
    drop(buf);
    true
}

helper! {
    /// `_STORE_SLICE_FROM_SLICE`: `obj[start:stop(:step)] = v` where `v` is
    /// a `_BINARY_SLICE_DEFERRED`'s: the sliced list, its bounds in
    /// `Jit::deferred_slice` (or the built slice, when that is not valid).
    /// The stencil reverses a run onto itself without calling this.
    tessera_jit_store_slice_from_slice(cx, oparg, _operand) {
        let d = std::mem::take(&mut *cx.vm().jit.deferred_slice);
        // The words are small ints or None, as the deferred uop checked.
        let bound = |w: u64| {
            // SAFETY: a value word that owns nothing (small int or None).
            let v = ManuallyDrop::new(unsafe { Value::from_bits(w) });
            if v.is_none() {
                None
            } else {
                Some(v.as_small_int())
            }
        };
        let s = (d.valid != 0).then(|| (bound(d.start), bound(d.stop), bound(d.step).unwrap_or(1)));
        let Some(s) = s else {
            let (obj, start, stop, step) = pop_slice(cx, oparg);
            let src = cx.pop();
            cx.save();
            return crate::interp::store_slice(cx.vm(), obj, start, stop, step, src);
        };
        // The fast path releases replaced items, which may run code: the
        // frame says where it is first.
        cx.save();
        if oparg == 2 && store_slice_from_slice_fast(cx.peek(4), s, cx.peek(3), cx.peek(2), cx.peek(1)) {
            // SAFETY: the four operands are on the stack; the bounds passed
            // the fast path's check (small ints or None, owning nothing), so
            // only the two lists' references are released.
            unsafe {
                cx.sp = cx.sp.sub(4);
                let (src, dst) = (ptr::read(cx.sp), ptr::read(cx.sp.add(1)));
                cx.save();
                drop(dst);
                drop(src);
            }
            return Ok(());
        }
        let (obj, start, stop, step) = pop_slice(cx, oparg);
        let src = cx.pop();
        cx.save();
        // SAFETY: the words are small ints or None, which own nothing.
        let [a, b, c] = [d.start, d.stop, d.step].map(|w| unsafe { Value::from_bits(w) });
        let v = crate::interp::binary_slice(cx.vm(), src, a, b, c)?;
        crate::interp::store_slice(cx.vm(), obj, start, stop, step, v)
    }
}

helper! {
    /// `StoreSubscr`: stack `value, container, key`.
    tessera_jit_store_subscr(cx, _oparg, _operand) {
        let key = cx.pop();
        let obj = cx.pop();
        let v = cx.pop();
        cx.save();
        crate::ops::setitem(cx.vm(), &obj, key, v)
    }
}

helper! {
    /// `LoadAttr`, and `LoadAttrPoly`'s general case: the name is the
    /// instruction's (`_LOAD_ATTR_POLY`'s operand is its cache's table).
    tessera_jit_load_attr(cx, _oparg, _operand) {
        let obj = cx.pop();
        let at = cx.pc as usize - 1;
        let r = match crate::interp::cached_load_attr(cx.vm_ref(), cx.code(), at, &obj) {
            Some(v) => v,
            None => {
                let name = cx.code().names[cx.code().instr(at).1 as usize].clone();
                cx.save();
                crate::ops::getattr(cx.vm(), &obj, &name)?
            }
        };
        cx.push(r);
        Ok(())
    }
}

helper! {
    /// `StoreAttr`, and `StoreAttrPoly`'s general case: stack `value,
    /// object`. The name is the instruction's (`_STORE_ATTR_POLY`'s operand
    /// is its cache's table).
    tessera_jit_store_attr(cx, _oparg, _operand) {
        let obj = cx.pop();
        let v = cx.pop();
        let at = cx.pc as usize - 1;
        match crate::interp::cached_store_attr(cx.vm_ref(), cx.code(), at, &obj, v) {
            Ok(()) => Ok(()),
            Err(v) => {
                let name = cx.code().names[cx.code().instr(at).1 as usize].clone();
                cx.save();
                crate::ops::setattr(cx.vm(), &obj, &name, v)
            }
        }
    }
}

helper! {
    /// `LoadMethod`, and `LoadMethodPoly`'s general case: pushes (method,
    /// self) or (bound callable, NULL). The name is the instruction's
    /// (`_LOAD_METHOD_POLY`'s operand is its cache's table).
    tessera_jit_load_method(cx, _oparg, _operand) {
        let obj = cx.pop();
        let at = cx.pc as usize - 1;
        let n = cx.code().names[cx.code().instr(at).1 as usize].clone();
        if let Some((m, receiver)) = crate::interp::cached_load_method(cx.vm_ref(), cx.code(), at, &obj, &n) {
            cx.push(m);
            cx.push(receiver);
            return Ok(());
        }
        cx.save();
        let (m, selfv) = crate::ops::load_method(cx.vm(), obj, &n)?;
        cx.push(m);
        cx.push(selfv);
        Ok(())
    }
}

helper! {
    /// `Call` with `oparg` positional arguments: stack `callable,
    /// self-or-NULL, args...`. Python functions called with exactly their
    /// positional parameters get their frame pushed directly, with the
    /// arguments moved from the stack, and native functions read them from
    /// the stack, as in the interpreter; the rest goes through `Vm::call`.
    tessera_jit_call(cx, oparg, _operand) {
        let n = oparg as usize;
        // SAFETY: the call's operands are on the stack: `n` arguments, the
        // self slot and the callable below them.
        unsafe {
            let self_slot = cx.sp.sub(n + 1);
            let callable_slot = cx.sp.sub(n + 2);
            // A bound method becomes its function and receiver, in place.
            let mut bound_native = false;
            if (*self_slot).is_null() {
                if let Some(bm) = (*callable_slot).downcast::<BoundMethod>() {
                    let (func, recv) = (bm.func.clone(), bm.receiver.clone());
                    let old = ptr::replace(callable_slot, func);
                    ptr::write(self_slot, recv);
                    drop(old);
                } else if let Some(nf) = (*callable_slot).downcast::<crate::object::NativeFunction>() {
                    // A native method bound to its receiver: the receiver
                    // goes in the self slot (the interpreter does the same).
                    if !nf.bound.is_null() {
                        ptr::write(self_slot, nf.bound.clone());
                        bound_native = true;
                    }
                }
            }
            let has_self = !(*self_slot).is_null();
            let nargs = n + has_self as usize;
            let args = cx.sp.sub(nargs);
            if let Some(r) = call_fast(cx, callable_slot, args, nargs, bound_native) {
                let r = r?;
                cx.sp = callable_slot;
                cx.push(r);
                return Ok(());
            }
        }
        let mut args: Vec<Value> = (0..n).map(|_| cx.pop()).collect();
        let self_or_null = cx.pop();
        let callable = cx.pop();
        if !self_or_null.is_null() {
            args.push(self_or_null);
        }
        args.reverse();
        cx.save();
        let r = cx.vm().call(&callable, &args, &[])?;
        cx.push(r);
        Ok(())
    }
}

/// The fast paths of `tessera_jit_call`: None when the callable is not a
/// simple Python function or a native function (one bound to a receiver
/// only when `bound_native` says the receiver is in the self slot; nothing
/// was done then);
/// otherwise the call's result, with the callable, self slot and arguments
/// consumed (the caller then resets the stack to `callable_slot`).
///
/// # Safety
/// `callable_slot` and the `nargs` words at `args` are the call's operands
/// on the context's stack.
unsafe fn call_fast(
    cx: &mut Ctx,
    callable_slot: *mut Value,
    args: *mut Value,
    nargs: usize,
    bound_native: bool,
) -> Option<PyResult<Value>> {
    // SAFETY: as the caller promises.
    let callable = unsafe { &*callable_slot };
    if let Some(f) = callable.downcast::<crate::object::Function>() {
        let fcode: &Code = &f.code.downcast::<crate::object::CodeObj>()?.code;
        let simple = fcode.flags
            & (crate::bytecode::code_flags::GENERATOR
                | crate::bytecode::code_flags::VARARGS
                | crate::bytecode::code_flags::VARKEYWORDS
                | crate::bytecode::code_flags::HAS_FREE)
            == 0
            && fcode.kwonlyargcount == 0
            && fcode.argcount as usize == nargs;
        let vm = cx.vm();
        if !simple || vm.depth >= vm.recursion_limit {
            return None;
        }
        let nf = vm.stack.push(fcode)?;
        // SAFETY: `nf` was just reserved for this code; the function (owned
        // by the frame) keeps its code and globals alive; the arguments are
        // moved from the stack into the callee's first locals.
        unsafe {
            // The callable's reference moves into the frame; the self slot
            // was moved as the first argument, or is NULL.
            let func = ptr::read(callable_slot);
            crate::frame::init_call_frame(nf, cx.frame, func, &f.code, &f.globals, &(*cx.frame).builtins, args, nargs);
            cx.sp = callable_slot;
        }
        cx.save();
        let vm = cx.vm();
        vm.depth += 1;
        // A callee with a function trace runs it from here, with no
        // interpreter loop around it when it ends at the return.
        // SAFETY: `nf` was just initialised for this call, after the
        // caller's state was saved.
        if let Some(r) = unsafe { crate::jit::tier2::call_function_trace(vm, nf) } {
            return Some(r);
        }
        return Some(crate::interp::run_frame(vm, nf));
    }
    if let Some(nfun) = callable.downcast::<crate::object::NativeFunction>() {
        if !nfun.bound.is_null() && !bound_native {
            return None;
        }
        let func = nfun.func;
        cx.save();
        // SAFETY: the arguments stay on the stack during the call (nested
        // frames are pushed above this frame's whole extent), then are
        // released with the callable and the self slot.
        unsafe {
            let r = func(cx.vm(), std::slice::from_raw_parts(args as *const Value, nargs), &[]);
            let mut p = args.add(nargs);
            while p > callable_slot {
                p = p.sub(1);
                drop(ptr::read(p));
            }
            cx.sp = callable_slot;
            return Some(r);
        }
    }
    None
}

helper! {
    /// `UnpackSequence` into `oparg` values.
    tessera_jit_unpack_sequence(cx, oparg, _operand) {
        let seq = cx.pop();
        cx.save();
        let items = crate::ops::unpack(cx.vm(), &seq, oparg as usize, None)?;
        for v in items.into_iter().rev() {
            cx.push(v);
        }
        Ok(())
    }
}

helper! {
    /// `_UNPACK_STORE`: `LoadFast` of local `oparg >> 16`, `UnpackSequence` of
    /// `operand` values, then the `StoreFast`s into the consecutive locals
    /// from `oparg & 0xffff` (the first item into the first). A tuple or
    /// list of that length has its items stored first and what the locals
    /// held released after (a release can run `__del__`, which must not see
    /// the sequence half read); anything else goes through `ops::unpack`,
    /// then the stores.
    tessera_jit_unpack_store(cx, oparg, operand) {
        let n = operand as usize;
        let first = (oparg & 0xffff) as usize;
        let locals = Frame::localsplus(cx.frame);
        // SAFETY: the projection checked the frame has these locals (the
        // instructions name them) and that `x` is bound and not a target,
        // so `x` keeps the sequence alive until this returns.
        let seq = unsafe { &*locals.add((oparg >> 16) as usize) };
        // The items of a tuple or list of exactly `n` (no Python code runs
        // while they are read, so the list cannot change meanwhile).
        let items: Option<(*const Value, usize)> = if let Some(t) = seq.downcast::<crate::object::Tuple>() {
            Some((t.items.as_ptr(), t.items.len()))
        } else {
            seq.downcast::<List>().map(|l| l.items.with(|items| (items.as_ptr(), items.len())))
        };
        const FAST: usize = 16;
        if let Some((src, len)) = items.filter(|&(_, len)| len == n && n <= FAST) {
            // The usual case first: targets and items that are no objects
            // (ints, floats, None), so no count changes and nothing is
            // released: a plain copy. The objects are counted, not branched
            // on, so the compiler can test a vector of words at a time (a
            // word is an object when its top 16 bits are all set); this
            // runs hundreds of times per iteration of a loop like
            // unpack_sequence's.
            // SAFETY: `n` locals from `first` exist (as above) and do not
            // overlap the `len` (= `n`) items.
            unsafe {
                let dst = std::slice::from_raw_parts_mut(locals.add(first) as *mut u64, len);
                let src = std::slice::from_raw_parts(src as *const u64, len);
                let object = |w: u64| ((w >> 48) + 1) >> 16;
                let objects: u64 = dst.iter().zip(src).map(|(&d, &s)| object(d) + object(s)).sum();
                if objects == 0 {
                    dst.copy_from_slice(src);
                    return Ok(());
                }
            }
            // The stores, each local's previous value kept in `old` (released
            // once all are done): plain loops, since a loop body can hold
            // hundreds of these statements.
            let mut old = [std::mem::MaybeUninit::<u64>::uninit(); FAST];
            let mut release = false;
            // SAFETY: `n` locals from `first` exist (as above) and do not
            // overlap the items; each item's count is taken for its local,
            // and each local's previous reference moves to `old`.
            unsafe {
                let dst = locals.add(first) as *mut u64;
                for (k, prev) in old.iter_mut().enumerate().take(len) {
                    let v = &*src.add(k);
                    std::mem::forget(v.clone());
                    let o = *dst.add(k);
                    release |= o >= crate::value::TAG_PTR;
                    prev.write(o);
                    *dst.add(k) = v.bits();
                }
            }
            if release {
                // Releases can run `__del__`: the frame says where it is first.
                cx.save();
                for prev in &old[..len] {
                    // SAFETY: each word was written above and is a reference
                    // a local held, now ours.
                    drop(unsafe { Value::from_bits(prev.assume_init()) });
                }
            }
            return Ok(());
        }
        let seq = seq.clone();
        cx.save();
        let items = crate::ops::unpack(cx.vm(), &seq, n, None)?;
        for (k, v) in items.into_iter().enumerate() {
            // SAFETY: as above; each local is written once.
            drop(unsafe { std::mem::replace(&mut *locals.add(first + k), v) });
        }
        drop(seq);
        Ok(())
    }
}

helper! {
    /// `BuildTuple` of the top `oparg` values.
    tessera_jit_build_tuple(cx, oparg, _operand) {
        let mut items: Vec<Value> = (0..oparg).map(|_| cx.pop()).collect();
        items.reverse();
        let t = cx.vm().new_tuple(items);
        cx.push(t);
        Ok(())
    }
}

helper! {
    /// `BuildList` of the top `oparg` values.
    tessera_jit_build_list(cx, oparg, _operand) {
        let mut items: Vec<Value> = (0..oparg).map(|_| cx.pop()).collect();
        items.reverse();
        let l = cx.vm().new_list(items);
        cx.push(l);
        Ok(())
    }
}

helper! {
    /// `ListAppend`: appends the top to the list `oparg` places down.
    tessera_jit_list_append(cx, oparg, _operand) {
        let v = cx.pop();
        let l = cx.peek(oparg as usize);
        // SAFETY: the compiler emits ListAppend only with its list there.
        unsafe { l.downcast_unchecked::<List>() }.items.with_mut(|items| items.push(v));
        Ok(())
    }
}

helper! {
    /// `StoreGlobal`: `operand` is the name.
    tessera_jit_store_global(cx, _oparg, operand) {
        let v = cx.pop();
        // SAFETY: a function's globals are a dict.
        let globals = unsafe { (*cx.frame).globals.downcast_unchecked::<crate::dict::Dict>() };
        globals.set_str(Value::clone(&name(operand)), v);
        Ok(())
    }
}

helper! {
    /// `LoadGlobal` (generic): `operand` is the name, `oparg` has
    /// `LOAD_GLOBAL_NULL` when a NULL follows.
    tessera_jit_load_global(cx, oparg, operand) {
        let n = name(operand);
        // SAFETY: a function's globals and builtins are dicts.
        let (globals, builtins) = unsafe {
            (
                (*cx.frame).globals.downcast_unchecked::<crate::dict::Dict>(),
                (*cx.frame).builtins.downcast_unchecked::<crate::dict::Dict>(),
            )
        };
        let v = globals.index_of_str(&n).and_then(|i| globals.value_at(i));
        let v = match v.or_else(|| builtins.index_of_str(&n).and_then(|i| builtins.value_at(i))) {
            Some(v) => v,
            None => {
                cx.save();
                let s = n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
                return Err(cx.vm().name_error(&s));
            }
        };
        let v = if crate::lazy_import::is_lazy(&v) {
            // PEP 810: the first use reifies, as in the interpreter.
            cx.save();
            // SAFETY: the frame is live while its trace runs.
            let g = unsafe { Value::clone(&(*cx.frame).globals) };
            crate::lazy_import::reify_entry(cx.vm(), &g, &n, &v)?
        } else {
            v
        };
        cx.push(v);
        if oparg & LOAD_GLOBAL_NULL != 0 {
            cx.push(Value::NULL);
        }
        Ok(())
    }
}

helper! {
    /// `LoadDeref` of slot `oparg`.
    tessera_jit_load_deref(cx, oparg, _operand) {
        // SAFETY: `oparg` is a cell or free slot of the running frame.
        let cell = unsafe { &*Frame::localsplus(cx.frame).add(oparg as usize) };
        let v = cell.downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL);
        if v.is_null() {
            cx.save();
            let code: *const Code = cx.code();
            // SAFETY: the code outlives the call (see `Ctx::code`).
            return Err(crate::interp::deref_error(cx.vm(), unsafe { &*code }, oparg as usize));
        }
        cx.push(v);
        Ok(())
    }
}

helper! {
    /// `StoreDeref` into slot `oparg`.
    tessera_jit_store_deref(cx, oparg, _operand) {
        let v = cx.pop();
        cx.save();
        // SAFETY: as in tessera_jit_load_deref.
        let cell = unsafe { &*Frame::localsplus(cx.frame).add(oparg as usize) };
        if let Some(c) = cell.downcast::<CellObj>() {
            let old = c.v.with_mut(|slot| std::mem::replace(slot, v));
            drop(old);
        }
        Ok(())
    }
}

/// The unary instructions' general cases.
fn unary(cx: &mut Ctx, dunder: &'static str) -> PyResult<()> {
    let a = cx.pop();
    let r = if a.is_small_int() && dunder == "__neg__" {
        Value::small_int(-a.as_small_int())
    } else if a.is_float() && dunder == "__neg__" {
        Value::float(-a.as_float())
    } else {
        cx.save();
        crate::ops::unary(cx.vm(), dunder, &a)?
    };
    cx.push(r);
    Ok(())
}

helper! {
    /// `UnaryNegative`.
    tessera_jit_unary_negative(cx, _oparg, _operand) {
        unary(cx, "__neg__")
    }
}

helper! {
    /// `UnaryInvert`.
    tessera_jit_unary_invert(cx, _oparg, _operand) {
        unary(cx, "__invert__")
    }
}

helper! {
    /// `UnaryNot`.
    tessera_jit_unary_not(cx, _oparg, _operand) {
        let a = cx.pop();
        let t = if a.is_bool() {
            a.is_true_singleton()
        } else {
            cx.save();
            crate::ops::truthy(cx.vm(), &a)?
        };
        cx.push(Value::bool(!t));
        Ok(())
    }
}

helper! {
    /// `ContainsOp` (`oparg` 1: `not in`).
    tessera_jit_contains_op(cx, oparg, _operand) {
        let container = cx.pop();
        let item = cx.pop();
        cx.save();
        let r = crate::ops::contains(cx.vm(), &container, &item)?;
        cx.push(Value::bool(r != (oparg == 1)));
        Ok(())
    }
}

helper! {
    /// `GetIter`.
    tessera_jit_get_iter(cx, _oparg, _operand) {
        let v = cx.pop();
        cx.save();
        let it = crate::ops::iter(cx.vm(), &v)?;
        cx.push(it);
        Ok(())
    }
}

helper! {
    /// `ForIter`: pushes the next item; when the iterator is exhausted, pops
    /// it (the stack pointer returned is then below the one given, which
    /// `_FOR_ITER` takes as the loop's end).
    tessera_jit_for_iter(cx, _oparg, _operand) {
        let it = cx.peek(1).clone();
        cx.save();
        match crate::ops::next(cx.vm(), &it)? {
            Some(v) => cx.push(v),
            None => drop(cx.pop()),
        }
        Ok(())
    }
}

/// The address of a runtime helper or datum, by the name the templates use.
pub fn symbol_address(name: &str) -> Option<u64> {
    Some(match name {
        "tessera_jit_dealloc" => tessera_jit_dealloc as *const () as u64,
        "tessera_jit_for_iter_range" => tessera_jit_for_iter_range as *const () as u64,
        "tessera_jit_signal_pending" => crate::signals::flag_address(),
        "tessera_jit_load_slot" => tessera_jit_load_slot as *const () as u64,
        "tessera_jit_store_slot" => tessera_jit_store_slot as *const () as u64,
        "tessera_jit_reserve_slot" => tessera_jit_reserve_slot as *const () as u64,
        "tessera_jit_collect" => tessera_jit_collect as *const () as u64,
        "tessera_jit_subscr_seq_int" => tessera_jit_subscr_seq_int as *const () as u64,
        "tessera_jit_store_list_int" => tessera_jit_store_list_int as *const () as u64,
        "tessera_jit_unpack_exact" => tessera_jit_unpack_exact as *const () as u64,
        "tessera_jit_for_iter_seq" => tessera_jit_for_iter_seq as *const () as u64,
        "tessera_jit_for_iter_enumerate" => tessera_jit_for_iter_enumerate as *const () as u64,
        "tessera_jit_binary_op" => tessera_jit_binary_op as *const () as u64,
        "tessera_jit_compare_op" => tessera_jit_compare_op as *const () as u64,
        "tessera_jit_compare_jump" => tessera_jit_compare_jump as *const () as u64,
        "tessera_jit_binary_slice" => tessera_jit_binary_slice as *const () as u64,
        "tessera_jit_store_slice" => tessera_jit_store_slice as *const () as u64,
        "tessera_jit_binary_slice_deferred" => tessera_jit_binary_slice_deferred as *const () as u64,
        "tessera_jit_store_slice_from_slice" => tessera_jit_store_slice_from_slice as *const () as u64,
        "tessera_jit_binary_subscr" => tessera_jit_binary_subscr as *const () as u64,
        "tessera_jit_store_subscr" => tessera_jit_store_subscr as *const () as u64,
        "tessera_jit_load_attr" => tessera_jit_load_attr as *const () as u64,
        "tessera_jit_store_attr" => tessera_jit_store_attr as *const () as u64,
        "tessera_jit_load_method" => tessera_jit_load_method as *const () as u64,
        "tessera_jit_call" => tessera_jit_call as *const () as u64,
        "tessera_jit_unpack_sequence" => tessera_jit_unpack_sequence as *const () as u64,
        "tessera_jit_unpack_store" => tessera_jit_unpack_store as *const () as u64,
        "tessera_jit_build_tuple" => tessera_jit_build_tuple as *const () as u64,
        "tessera_jit_build_list" => tessera_jit_build_list as *const () as u64,
        "tessera_jit_list_append" => tessera_jit_list_append as *const () as u64,
        "tessera_jit_store_global" => tessera_jit_store_global as *const () as u64,
        "tessera_jit_load_global" => tessera_jit_load_global as *const () as u64,
        "tessera_jit_load_deref" => tessera_jit_load_deref as *const () as u64,
        "tessera_jit_store_deref" => tessera_jit_store_deref as *const () as u64,
        "tessera_jit_unary_negative" => tessera_jit_unary_negative as *const () as u64,
        "tessera_jit_unary_invert" => tessera_jit_unary_invert as *const () as u64,
        "tessera_jit_unary_not" => tessera_jit_unary_not as *const () as u64,
        "tessera_jit_contains_op" => tessera_jit_contains_op as *const () as u64,
        "tessera_jit_get_iter" => tessera_jit_get_iter as *const () as u64,
        "tessera_jit_for_iter" => tessera_jit_for_iter as *const () as u64,
        "tessera_jit_pow" => tessera_jit_pow as *const () as u64,
        "tessera_jit_new_instance" => tessera_jit_new_instance as *const () as u64,
        "tessera_jit_init_not_none" => tessera_jit_init_not_none as *const () as u64,
        _ => return None,
    })
}
