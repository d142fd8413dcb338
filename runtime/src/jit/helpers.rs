//! Runtime helpers that stencils call (the `tessera_jit_*` symbols), and the
//! table that resolves their names for the trace compiler.

use crate::frame::Frame;
use crate::object::Header;
use crate::value::Value;
use std::mem::ManuallyDrop;

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
/// `*out`, or 0 when the iterator is exhausted or not a range iterator.
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
        if let Some(Some(n)) = i.next_range() {
            // SAFETY: the caller passes a writable slot.
            unsafe { *out = Value::small_int(n).into_bits() };
            return 1;
        }
    }
    0
}

/// The address of a runtime helper or datum, by the name the templates use.
pub fn symbol_address(name: &str) -> Option<u64> {
    Some(match name {
        "tessera_jit_dealloc" => tessera_jit_dealloc as *const () as u64,
        "tessera_jit_for_iter_range" => tessera_jit_for_iter_range as *const () as u64,
        "tessera_jit_signal_pending" => crate::signals::flag_address(),
        _ => return None,
    })
}
