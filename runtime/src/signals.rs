//! Ctrl-C: a SIGINT handler sets a flag that the interpreter polls at
//! backward jumps, where it raises KeyboardInterrupt, as CPython does.

use crate::vm::{PyErr, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

extern "C" {
    fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
}

const SIGINT: i32 = 2;

pub fn install() {
    // SAFETY: installing a handler that only stores to an atomic is
    // async-signal-safe.
    unsafe {
        signal(SIGINT, on_sigint);
    }
}

#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// The address of the "signal pending" flag (a byte, nonzero when set),
/// which JIT traces read at loop back edges.
pub fn flag_address() -> u64 {
    INTERRUPTED.as_ptr() as u64
}

pub fn take(vm: &mut Vm) -> PyErr {
    INTERRUPTED.store(false, Ordering::Relaxed);
    let c = vm.t.keyboard_interrupt.clone();
    PyErr(vm.new_exception(&c, vec![]))
}
