//! The bulk of `str` and `bytes` methods (split, strip, find, replace, case
//! mapping, predicates, padding, encode/decode, ...).

use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let _ = vm;
}
