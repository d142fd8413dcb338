//! Methods of `str` and `bytes`.

use crate::builtins::check_args;
use crate::object::*;
use crate::ops;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::builtin_base;

/// The str a method was called on (unwrapping subclasses).
pub fn self_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let b = builtin_base(v);
    match b.downcast::<Str>() {
        Some(s) => Ok(s.s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'str' object but received a '{tn}'")))
        }
    }
}

/// A str argument, with CPython's "must be str, not X" error.
pub fn arg_str(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    let b = builtin_base(v);
    match b.downcast::<Str>() {
        Some(s) => Ok(s.s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

pub fn register(vm: &mut Vm) {
    let st = vm.t.str_.clone();
    vm.add_method(&st, "join", |vm, a, _| {
        check_args(vm, "join", a, 2, 2)?;
        let sep = self_str(vm, &a[0])?;
        let items = ops::collect(vm, &a[1])?;
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match builtin_base(x).downcast::<Str>() {
                Some(s) => out.push_str(&s.s),
                None => {
                    let tn = vm.type_name(x);
                    return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
                }
            }
        }
        Ok(vm.new_string(out))
    });
    vm.add_method(&st, "format", |vm, a, k| {
        let f = self_str(vm, &a[0])?;
        let r = crate::strformat::str_format(vm, &f, &a[1..], k)?;
        Ok(vm.new_string(r))
    });
    vm.add_method(&st, "__new__", |vm, a, k| {
        let cls = a[0].clone();
        let v = crate::types::methods_num::construct(vm, &vm.t.str_.clone(), &a[1..], k)?;
        if cls.is(&vm.t.str_) {
            return Ok(v);
        }
        let inst = alloc(cls, crate::class::Instance::new(false));
        inst.downcast::<crate::class::Instance>().unwrap().builtin_base.with_mut(|b| *b = v);
        Ok(inst)
    });
    crate::types::methods_str_ext::register(vm);
}
