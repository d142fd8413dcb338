//! The cycle collector.
//!
//! Reference counting frees most objects the moment they die; this module
//! reclaims the rest, reference cycles, the way CPython does: every container
//! object is registered here, and a collection subtracts the references that
//! registered objects hold on each other from their counts ("trial
//! deletion"). Whatever still has a positive count is referenced from outside
//! (the frame stack, Rust locals, immortal roots) and is live along with
//! everything it reaches; the rest is garbage and is cleared, which breaks the
//! cycles and lets reference counting free it.
//!
//! Because references held by Rust code are ordinary counts, the collector
//! needs no root scanning and no cooperation from native code. It runs only at
//! interpreter safe points (backward jumps), where no payload is borrowed.
//! Collections are triggered when the number of tracked objects doubles since
//! the last one, so the total work stays proportional to allocation.

// These functions take raw frame/object pointers that are only ever produced
// by the runtime itself (the data stack, the object allocator); callers pass
// live pointers by construction, which the SAFETY comments inside rely on.
#![allow(clippy::not_unsafe_ptr_arg_deref, reason = "pointers come from the runtime's own allocators")]

use crate::object::{self, Header};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

thread_local! {
    static REGISTRY: UnsafeCell<Vec<*const Header>> = const { UnsafeCell::new(Vec::new()) };
    static THRESHOLD: Cell<usize> = const { Cell::new(20_000) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

/// Registers a new container object.
pub fn track(ptr: *const Header) {
    REGISTRY.with(|r| {
        // SAFETY: the registry is only touched by this thread and no reference
        // into it outlives these short functions.
        let r = unsafe { &mut *r.get() };
        // SAFETY: `ptr` is a live object being registered.
        unsafe { (*ptr).gc_index.set(r.len() as u32) };
        r.push(ptr);
        if r.len() > THRESHOLD.with(|t| t.get()) {
            PENDING.with(|p| p.set(true));
        }
    });
}

/// Unregisters an object that is being freed.
pub fn untrack(ptr: *const Header) {
    REGISTRY.with(|r| {
        // SAFETY: as in `track`.
        let r = unsafe { &mut *r.get() };
        // SAFETY: `ptr` is live until its deallocation completes.
        let idx = unsafe { (*ptr).gc_index.get() } as usize;
        if idx < r.len() && r[idx] == ptr {
            r.swap_remove(idx);
            if idx < r.len() {
                // SAFETY: registered objects are live.
                unsafe { (*r[idx]).gc_index.set(idx as u32) };
            }
        }
        // SAFETY: as above.
        unsafe { (*ptr).gc_index.set(u32::MAX) };
    });
}

/// Whether a collection is due.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// The address of this thread's "collection due" flag (a `bool`), which JIT
/// traces read at loop back edges. Traces run on the thread that compiled
/// them, so the address stays valid while they live.
pub fn pending_flag_address() -> u64 {
    PENDING.with(|p| p.as_ptr() as u64)
}

/// Number of tracked objects.
pub fn tracked() -> usize {
    // SAFETY: read-only access on this thread.
    REGISTRY.with(|r| unsafe { (*r.get()).len() })
}

/// Runs a full collection; returns the number of objects found unreachable.
pub fn collect(_vm: &mut Vm) -> usize {
    PENDING.with(|p| p.set(false));
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    // SAFETY: the snapshot is taken while no object is being freed.
    let objs: Vec<*const Header> = REGISTRY.with(|r| unsafe { (*r.get()).clone() });
    let n = objs.len();
    let mut refs: Vec<i64> = Vec::with_capacity(n);
    for &o in &objs {
        // SAFETY: registered objects are live.
        refs.push(unsafe { (*o).refcount() } as i64);
    }
    // Subtract internal references.
    for &o in &objs {
        // SAFETY: live object, and (safe point) no payload borrow is active.
        unsafe {
            object::traverse(o, &mut |child: &Value| {
                if let Some(h) = child.header() {
                    let i = h.gc_index.get() as usize;
                    if i < n && objs[i] == child.header_ptr() {
                        refs[i] -= 1;
                    }
                }
            });
        }
    }
    // Everything reachable from an externally referenced object is live.
    let mut live = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        live[i] = true;
    }
    while let Some(i) = stack.pop() {
        // SAFETY: as above.
        unsafe {
            object::traverse(objs[i], &mut |child: &Value| {
                if let Some(h) = child.header() {
                    let j = h.gc_index.get() as usize;
                    if j < n && objs[j] == child.header_ptr() && !live[j] {
                        live[j] = true;
                        stack.push(j);
                    }
                }
            });
        }
    }
    let garbage: Vec<*const Header> = (0..n).filter(|&i| !live[i]).map(|i| objs[i]).collect();
    // Keep the garbage alive while it is being cleared, then release it.
    for &g in &garbage {
        // SAFETY: unreachable but not yet freed.
        unsafe { (*g).incref() };
    }
    for &g in &garbage {
        // SAFETY: the extra reference keeps `g` alive; nothing else can reach it.
        unsafe { object::clear(g) };
    }
    for &g in &garbage {
        // SAFETY: releases the reference taken above.
        unsafe { object::decref(g) };
    }
    let survivors = tracked();
    THRESHOLD.with(|t| t.set((survivors * 2).max(20_000)));
    COLLECTING.with(|c| c.set(false));
    garbage.len()
}
