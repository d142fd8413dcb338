//! Struct sequences: the named-tuple-like values of `sys` (`version_info`,
//! `float_info`, `int_info`, `flags`, ...). Each is a tuple subclass whose
//! instance also carries every field as an attribute.

use crate::class::{Class, Instance};
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Creates a struct-sequence class `module.name` and its one instance with
/// the given fields.
pub fn make(vm: &mut Vm, module: &str, name: &str, fields: Vec<(&str, Value)>) -> Value {
    let tuple = vm.t.tuple.clone();
    let cls = vm.new_builtin_class(name, vec![tuple], Some(ObjKind::Tuple));
    let names: Vec<Value> = fields.iter().map(|(n, _)| vm.new_str(n)).collect();
    let names = vm.new_tuple(names);
    if let Some(c) = cls.downcast::<Class>() {
        // Built-in classes print their qualname, which is `sys.version_info`
        // for CPython's struct sequences.
        let q = vm.new_string(format!("{module}.{name}"));
        c.qualname.with_mut(|x| *x = q);
        let k = vm.intern_static("__module__");
        let m = vm.new_str(module);
        c.namespace().set_str(k, m);
        let k = vm.intern_static("_fields");
        c.namespace().set_str(k, names);
        let k = vm.intern_static("n_fields");
        c.namespace().set_str(k, Value::small_int(fields.len() as i64));
    }
    let items: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    let tup = vm.new_tuple(items);
    let inst = alloc(cls, Instance::new(false));
    if let Some(i) = inst.downcast::<Instance>() {
        i.builtin_base.with_mut(|b| *b = tup);
        for (n, v) in fields {
            let k = vm.intern(n);
            i.set_attr(vm, &k, v);
        }
    }
    inst
}

/// `repr()` (and `str()`) of a struct sequence, `sys.version_info(major=3,
/// ...)`; None if `v` is not one.
pub fn repr(vm: &mut Vm, v: &Value) -> Option<PyResult<String>> {
    let cls = vm.type_of(v);
    let c = cls.downcast::<Class>()?;
    let nk = vm.intern_static("n_fields");
    if !c.builtin || c.namespace().get_str(&nk).is_none() {
        return None;
    }
    Some(repr_fields(vm, v, c))
}

fn repr_fields(vm: &mut Vm, v: &Value, c: &Class) -> PyResult<String> {
    let str_of = |v: Option<Value>| v.and_then(|v| v.downcast::<Str>().map(|s| s.s.to_string())).unwrap_or_default();
    let fk = vm.intern_static("_fields");
    let name = c.qualname.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default());
    let fields = c.namespace().get_str(&fk).and_then(|f| f.downcast::<Tuple>().map(|t| t.items.to_vec()));
    let values = v.downcast::<Instance>().map(|i| i.builtin_base.get_clone());
    let values = values.and_then(|v| v.downcast::<Tuple>().map(|t| t.items.to_vec())).unwrap_or_default();
    let mut parts = Vec::new();
    for (f, v) in fields.unwrap_or_default().iter().zip(values.iter()) {
        let r = crate::types::repr_string(vm, v)?;
        parts.push(format!("{}={}", str_of(Some(f.clone())), r));
    }
    Ok(format!("{name}({})", parts.join(", ")))
}
