//! Where stencils find a list's and a tuple's items, a class's version and
//! an instance's shape and slots.
//!
//! The micro-ops that index lists and tuples, store list items, unpack
//! sequences and read or write instance attributes do so inline instead of
//! calling a runtime helper (a call costs more than the access itself).
//! Those objects are Rust structs whose layout Rust does not promise (and
//! lists keep their items in a `Vec`, tuples in a `Box<[Value]>`, whose
//! field order is not promised either), so the offsets `templates/tessera.h`
//! gives the templates (`TESSERA_LIST_ITEMS_OFFSET` and friends) are checked
//! against the real layout when the JIT starts ([`agrees`]: a mismatch turns
//! tier 2 off rather than let a stencil misread) and by
//! `runtime/tests/layout.rs`.

use crate::class::{Class, Instance};
use crate::object::{List, Obj, ObjKind, Tuple};
use crate::value::Value;
use std::mem::{offset_of, size_of};

/// The offsets `tessera.h` states, from the start of an object's header.
pub const LIST_ITEMS_OFFSET: usize = 32;
pub const LIST_LEN_OFFSET: usize = 40;
pub const LIST_CAP_OFFSET: usize = 24;
pub const TUPLE_ITEMS_OFFSET: usize = 24;
pub const TUPLE_LEN_OFFSET: usize = 32;
pub const CLASS_VERSION_OFFSET: usize = 96;
pub const INSTANCE_SHAPE_OFFSET: usize = 24;
pub const INSTANCE_SLOTS_OFFSET: usize = 40;
pub const INSTANCE_SLOTS_LEN_OFFSET: usize = 48;
pub const INSTANCE_SLOTS_CAP_OFFSET: usize = 32;
pub const INSTANCE_DICT_OFFSET: usize = 56;
pub const KIND_LIST: u8 = ObjKind::List as u8;
pub const KIND_TUPLE: u8 = ObjKind::Tuple as u8;
pub const KIND_INSTANCE: u8 = ObjKind::Instance as u8;
pub const KIND_CLASS: u8 = ObjKind::Class as u8;
pub const KIND_NATIVE_FUNCTION: u8 = ObjKind::NativeFunction as u8;
pub const KIND_BOUND_METHOD: u8 = ObjKind::BoundMethod as u8;
pub const KIND_CELL: u8 = ObjKind::Cell as u8;

/// The layout facts stencils rely on, as [`probe`] finds them.
pub const STATED: [usize; 11] = [
    LIST_ITEMS_OFFSET,
    LIST_LEN_OFFSET,
    LIST_CAP_OFFSET,
    TUPLE_ITEMS_OFFSET,
    TUPLE_LEN_OFFSET,
    CLASS_VERSION_OFFSET,
    INSTANCE_SHAPE_OFFSET,
    INSTANCE_SLOTS_OFFSET,
    INSTANCE_SLOTS_LEN_OFFSET,
    INSTANCE_SLOTS_CAP_OFFSET,
    INSTANCE_DICT_OFFSET,
];

/// The real offsets, probed, in [`STATED`]'s order: list items, list
/// length, list capacity (a list method run inline appends in place when
/// there is room), tuple items, tuple length (the items' address and the length
/// are words in each object), a class's version word, an instance's shape
/// pointer, the address of its slots, their number and the room for them
/// (a micro-op adding an attribute appends a slot in place), and its dict
/// word (NULL unless the instance keeps its attributes in a dict).
pub fn probe() -> Option<[usize; 11]> {
    // A vector whose pointer, capacity and length all differ tells which
    // of its three words is which.
    let mut v: Vec<Value> = Vec::with_capacity(4);
    v.push(Value::small_int(1));
    if size_of::<Vec<Value>>() != 3 * size_of::<usize>() || v.capacity() == 1 {
        return None;
    }
    // SAFETY: a `Vec` is three words (checked above); copying them out
    // reads initialized memory and changes nothing.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    let vec_ptr = words.iter().position(|&w| w == v.as_ptr() as usize)?;
    let vec_len = words.iter().position(|&w| w == 1)?;
    let vec_cap = words.iter().position(|&w| w == v.capacity())?;
    // The same for a boxed slice: a pointer and a length.
    let b: Box<[Value]> = vec![Value::small_int(1), Value::small_int(2), Value::small_int(3)].into_boxed_slice();
    if size_of::<Box<[Value]>>() != 2 * size_of::<usize>() {
        return None;
    }
    // SAFETY: as above, two words.
    let fat: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
    let box_ptr = fat.iter().position(|&w| w == b.as_ptr() as usize)?;
    let box_len = fat.iter().position(|&w| w == 3)?;
    // `PyCell` is transparent over `UnsafeCell`, itself transparent.
    let list = offset_of!(Obj<List>, data) + offset_of!(List, items);
    let tuple = offset_of!(Obj<Tuple>, data) + offset_of!(Tuple, items);
    let w = size_of::<usize>();
    let class_version = offset_of!(Obj<Class>, data) + offset_of!(Class, version);
    let shape = offset_of!(Obj<Instance>, data) + offset_of!(Instance, shape);
    let slots = offset_of!(Obj<Instance>, data) + offset_of!(Instance, slots);
    Some([
        list + vec_ptr * w,
        list + vec_len * w,
        list + vec_cap * w,
        tuple + box_ptr * w,
        tuple + box_len * w,
        class_version,
        shape,
        slots + vec_ptr * w,
        slots + vec_len * w,
        slots + vec_cap * w,
        offset_of!(Obj<Instance>, data) + offset_of!(Instance, dict),
    ])
}

// The VM's call fields and a function's frame template are `repr(C)`, so
// their offsets in `tessera.h` (`TesseraVm`, `TesseraFrameTemplate`) are
// fixed at compile time and checked here, where the list and instance
// offsets above need a probe at start-up.
const _: () = {
    use crate::frame::{DataStack, FrameTemplate};
    use crate::vm::Vm;
    assert!(offset_of!(Vm, frame) == 0);
    assert!(offset_of!(Vm, depth) == 8);
    assert!(offset_of!(Vm, recursion_limit) == 12);
    assert!(offset_of!(Vm, jit_trace) == 16);
    assert!(offset_of!(Vm, stack) + offset_of!(DataStack, top) == 32);
    assert!(offset_of!(Vm, stack) + offset_of!(DataStack, limit) == 40);
    assert!(offset_of!(FrameTemplate, code_obj) == 8);
    assert!(offset_of!(FrameTemplate, words) == 24);
    assert!(offset_of!(FrameTemplate, nlocalsplus) == 28);
    // `TesseraInlineCache`: what `_LOAD_ATTR_POLY` and `_LOAD_METHOD_POLY`
    // read of a poly table.
    use crate::bytecode::{InlineCache, POLY_ENTRIES};
    assert!(size_of::<InlineCache>() == 32);
    assert!(offset_of!(InlineCache, index) == 4);
    assert!(offset_of!(InlineCache, guard) == 8);
    assert!(offset_of!(InlineCache, extra) == 16);
    assert!(offset_of!(InlineCache, extra2) == 24);
    assert!(offset_of!(InlineCache, aux) == 2);
    assert!(POLY_ENTRIES == 4);
    // A native function's function pointer and bound receiver, and a
    // bound method's function and receiver, which the list-method stencils
    // check (both payloads are `repr(C)`).
    use crate::object::{BoundMethod, NativeFunction};
    assert!(offset_of!(Obj<NativeFunction>, data) + offset_of!(NativeFunction, func) == 24);
    assert!(offset_of!(Obj<NativeFunction>, data) + offset_of!(NativeFunction, bound) == 32);
    assert!(offset_of!(Obj<BoundMethod>, data) + offset_of!(BoundMethod, func) == 24);
    assert!(offset_of!(Obj<BoundMethod>, data) + offset_of!(BoundMethod, receiver) == 32);
    // A closure cell's value, which `_LOAD_DEREF` reads inline.
    use crate::object::CellObj;
    assert!(offset_of!(Obj<CellObj>, data) + offset_of!(CellObj, v) == 24);
    // `TesseraDeferredSlice`: the bounds the slice pair's stencils share.
    use crate::jit::tier2::DeferredSlice;
    assert!(size_of::<DeferredSlice>() == 32);
    assert!(offset_of!(DeferredSlice, valid) == 0);
    assert!(offset_of!(DeferredSlice, start) == 8);
    assert!(offset_of!(DeferredSlice, stop) == 16);
    assert!(offset_of!(DeferredSlice, step) == 24);
};

/// Whether the offsets the stencils were compiled with are the real ones.
pub fn agrees() -> bool {
    probe() == Some(STATED)
}

#[cfg(test)]
mod tests {
    #[test]
    fn stated_offsets_are_the_real_ones() {
        assert_eq!(super::probe(), Some(super::STATED));
    }
}
