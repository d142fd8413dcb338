//! Methods of `list`, `tuple`, `dict`, `set` and `frozenset`, and the
//! container dunders (`__getitem__`, `__len__`, ...) that subclasses of them
//! inherit.

use crate::builtins::{check_args, kwarg};
use crate::bytecode::CmpOp;
use crate::dict::SetData;
use crate::object::*;
use crate::ops;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

use super::builtin_base;
use num_traits::{Signed, ToPrimitive};

fn list_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = builtin_base(v);
    if b.kind() == Some(ObjKind::List) {
        return Ok(b);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'list' object but received a '{tn}'")))
}

fn dict_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = builtin_base(v);
    if b.kind() == Some(ObjKind::Dict) {
        return Ok(b);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'dict' object but received a '{tn}'")))
}

fn set_of(v: &Value) -> Value {
    builtin_base(v)
}

fn set_data(v: &Value) -> &SetData {
    match v.downcast::<SetData>() {
        Some(s) => s,
        None => &v.downcast::<FrozenSet>().unwrap().0,
    }
}

/// Registers the container protocol as native dunders on `cls`.
fn register_container_dunders(vm: &mut Vm, cls: &Value) {
    vm.add_method(cls, "__getitem__", |vm, a, _| {
        check_args(vm, "__getitem__", a, 2, 2)?;
        let b = builtin_base(&a[0]);
        if b.kind() == Some(ObjKind::Dict) && a[0].kind() == Some(ObjKind::Instance) {
            // dict subclasses: __missing__ on a miss.
            if let Some(v) = b.downcast::<Dict>().unwrap().get(vm, &a[1])? {
                return Ok(v);
            }
            if let Some(m) = ops::lookup_special(vm, &a[0], "__missing__") {
                return vm.call(&m, &[a[0].clone(), a[1].clone()], &[]);
            }
            return Err(vm.key_error(a[1].clone()));
        }
        super::builtin_getitem(vm, &b, &a[1])
    });
    vm.add_method(cls, "__setitem__", |vm, a, _| {
        check_args(vm, "__setitem__", a, 3, 3)?;
        let b = builtin_base(&a[0]);
        super::builtin_setitem(vm, &b, a[1].clone(), a[2].clone())?;
        Ok(Value::NONE)
    });
    vm.add_method(cls, "__delitem__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        super::builtin_delitem(vm, &b, &a[1])?;
        Ok(Value::NONE)
    });
    vm.add_method(cls, "__len__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        let n = ops::len(vm, &b)?;
        Ok(vm.new_int(n as i64))
    });
    vm.add_method(cls, "__contains__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        Ok(Value::bool(super::builtin_contains(vm, &b, &a[1])?))
    });
    vm.add_method(cls, "__iter__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        crate::iter::builtin_iter(vm, &b)
    });
    vm.add_method(cls, "__repr__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        ops::repr(vm, &b)
    });
    vm.add_method(cls, "__str__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        ops::str(vm, &b)
    });
    macro_rules! cmpop {
        ($name:literal, $op:expr) => {
            vm.add_method(cls, $name, |vm, a, _| {
                let x = builtin_base(&a[0]);
                let y = builtin_base(&a[1]);
                if y.kind() == Some(ObjKind::Instance) {
                    return Ok(vm.not_implemented.clone());
                }
                if x.kind() != y.kind()
                    && !(matches!(x.kind(), Some(ObjKind::Set) | Some(ObjKind::FrozenSet))
                        && matches!(y.kind(), Some(ObjKind::Set) | Some(ObjKind::FrozenSet)))
                {
                    return Ok(vm.not_implemented.clone());
                }
                ops::compare(vm, $op, &x, &y)
            });
        };
    }
    cmpop!("__eq__", CmpOp::Eq);
    cmpop!("__ne__", CmpOp::Ne);
    cmpop!("__lt__", CmpOp::Lt);
    cmpop!("__le__", CmpOp::Le);
    cmpop!("__gt__", CmpOp::Gt);
    cmpop!("__ge__", CmpOp::Ge);
    macro_rules! binop {
        ($name:literal, $rname:literal, $op:expr) => {
            vm.add_method(cls, $name, |vm, a, _| {
                let x = builtin_base(&a[0]);
                let y = builtin_base(&a[1]);
                ops::prim_binary(vm, $op, &x, &y)
            });
            vm.add_method(cls, $rname, |vm, a, _| {
                let x = builtin_base(&a[0]);
                let y = builtin_base(&a[1]);
                ops::prim_binary(vm, $op, &y, &x)
            });
        };
    }
    binop!("__add__", "__radd__", crate::bytecode::BinOp::Add);
    binop!("__mul__", "__rmul__", crate::bytecode::BinOp::Mul);
    binop!("__mod__", "__rmod__", crate::bytecode::BinOp::Mod);
    binop!("__or__", "__ror__", crate::bytecode::BinOp::Or);
    binop!("__and__", "__rand__", crate::bytecode::BinOp::And);
    binop!("__sub__", "__rsub__", crate::bytecode::BinOp::Sub);
    binop!("__xor__", "__rxor__", crate::bytecode::BinOp::Xor);
    vm.add_method(cls, "__hash__", |vm, a, _| {
        let b = builtin_base(&a[0]);
        let h = ops::hash(vm, &b)?;
        Ok(vm.new_int(h))
    });
}

pub fn list_sort(vm: &mut Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    crate::builtins::check_kwargs(vm, "sort", k, &["key", "reverse"])?;
    let l = list_of(vm, &a[0])?;
    let key = kwarg(k, "key").cloned().filter(|v| !v.is_none());
    let reverse = match kwarg(k, "reverse") {
        Some(v) => ops::index_i64(vm, v)? != 0,
        None => false,
    };
    let lst = l.downcast::<List>().unwrap();
    // The list is emptied while sorting, as in CPython, so key functions and
    // comparisons that look at it see no half-sorted state.
    let items = lst.items.with_mut(std::mem::take);
    let keys: Vec<Value> = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                match vm.call(f, &[x.clone()], &[]) {
                    Ok(kv) => ks.push(kv),
                    Err(e) => {
                        lst.items.with_mut(|v| *v = items);
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err: Option<PyErr> = None;
    // Fast paths that need no Python: all small ints, all floats, all strs.
    let all_int = keys.iter().all(|v| v.is_small_int());
    let all_float = keys.iter().all(|v| v.is_float());
    let all_str = keys.iter().all(|v| v.kind() == Some(ObjKind::Str));
    if all_int {
        idx.sort_by_key(|&i| keys[i].as_small_int());
    } else if all_float && !keys.iter().any(|v| v.as_float().is_nan()) {
        idx.sort_by(|&i, &j| keys[i].as_float().partial_cmp(&keys[j].as_float()).unwrap());
    } else if all_str {
        idx.sort_by(|&i, &j| keys[i].downcast::<Str>().unwrap().s.cmp(&keys[j].downcast::<Str>().unwrap().s));
    } else {
        // A stable merge sort driven by `<`, stopping at the first error.
        let mut tmp = idx.clone();
        merge_sort(vm, &keys, &mut idx, &mut tmp, &mut err);
    }
    if reverse {
        // CPython's reverse sort: reverse, sort stably, reverse again, so
        // equal elements keep their original order.
        idx.reverse();
    }
    let modified = lst.items.with(|v| !v.is_empty());
    if let Some(e) = err {
        lst.items.with_mut(|v| *v = items);
        return Err(e);
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let sorted: Vec<Value> = idx.iter().map(|&i| slots[i].take().unwrap()).collect();
    lst.items.with_mut(|v| *v = sorted);
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn less(vm: &mut Vm, a: &Value, b: &Value, err: &mut Option<PyErr>) -> bool {
    if err.is_some() {
        return false;
    }
    match ops::compare(vm, CmpOp::Lt, a, b).and_then(|r| ops::truthy(vm, &r)) {
        Ok(x) => x,
        Err(e) => {
            *err = Some(e);
            false
        }
    }
}

fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], tmp: &mut [usize], err: &mut Option<PyErr>) {
    let n = idx.len();
    if n <= 1 {
        return;
    }
    if n <= 8 {
        // Insertion sort for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, &keys[idx[j]], &keys[idx[j - 1]], err) {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (tl, tr) = tmp.split_at_mut(mid);
        merge_sort(vm, keys, l, tl, err);
        merge_sort(vm, keys, r, tr, err);
    }
    if err.is_some() {
        return;
    }
    tmp[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, &keys[tmp[j]], &keys[tmp[i]], err) {
            idx[k] = tmp[j];
            j += 1;
        } else {
            idx[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = tmp[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = tmp[j];
        j += 1;
        k += 1;
    }
}

fn seq_index(vm: &mut Vm, items: &[Value], x: &Value, a: &[Value], what: &str) -> PyResult<Value> {
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.get(2) {
        Some(v) => norm(ops::index_i64(vm, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(ops::index_i64(vm, v)?),
        None => n,
    };
    for i in start..stop {
        let it = &items[i as usize];
        if it.is(x) || ops::eq_bool(vm, it, x)? {
            return Ok(Value::small_int(i));
        }
    }
    Err(vm.value_error(what))
}

/// Argument check of a method taking exactly one argument besides `self`
/// (CPython's METH_O), with its message.
fn one_arg(vm: &mut Vm, qualname: &str, a: &[Value]) -> PyResult<()> {
    if a.len() != 2 {
        let n = a.len().saturating_sub(1);
        return Err(vm.type_error(format!("{qualname}() takes exactly one argument ({n} given)")));
    }
    Ok(())
}

/// The list methods tier 2 runs inline when a call site has only called
/// one of them (`_CALL_LIST_APPEND` and friends): the interpreter notes the
/// site's callee by its function, which this names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListMethod {
    Append,
    Insert,
    Pop,
}

/// Which inlinable list method the function at address `f` is, if any
/// (compared as addresses: each method is its own function).
pub fn list_method(f: usize) -> Option<ListMethod> {
    if f == list_append as NativeFn as usize {
        Some(ListMethod::Append)
    } else if f == list_insert as NativeFn as usize {
        Some(ListMethod::Insert)
    } else if f == list_pop as NativeFn as usize {
        Some(ListMethod::Pop)
    } else {
        None
    }
}

/// `list.append(x)`.
fn list_append(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if let [l, x] = a {
        if let Some(l) = l.downcast::<List>() {
            l.items.with_mut(|v| v.push(x.clone()));
            return Ok(Value::NONE);
        }
    }
    one_arg(vm, "list.append", a)?;
    let l = list_of(vm, &a[0])?;
    l.downcast::<List>().unwrap().items.with_mut(|v| v.push(a[1].clone()));
    Ok(Value::NONE)
}

/// `list.insert(i, x)`: `i` clamped to the list, as CPython does.
fn list_insert(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let insert = |l: &List, i: i64, x: &Value| {
        l.items.with_mut(|v| {
            let n = v.len() as i64;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(j as usize, x.clone());
        })
    };
    if let [l, i, x] = a {
        if let (Some(l), true) = (l.downcast::<List>(), i.is_small_int()) {
            insert(l, i.as_small_int(), x);
            return Ok(Value::NONE);
        }
    }
    check_args(vm, "insert", &a[1..], 2, 2)?;
    let l = list_of(vm, &a[0])?;
    let i = super::methods_str_ext::ssize(vm, &a[1])?;
    insert(l.downcast::<List>().unwrap(), i, &a[2]);
    Ok(Value::NONE)
}

/// `list.pop([i])`.
fn list_pop(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let pop = |l: &List, i: i64| {
        l.items.with_mut(|v| {
            if v.is_empty() {
                return Err("pop from empty list");
            }
            let n = v.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err("pop index out of range");
            }
            Ok(v.remove(j as usize))
        })
    };
    let fast = match a {
        [l] => l.downcast::<List>().map(|l| (l, -1)),
        [l, i] if i.is_small_int() => l.downcast::<List>().map(|l| (l, i.as_small_int())),
        _ => None,
    };
    let r = match fast {
        Some((l, i)) => pop(l, i),
        None => {
            check_args(vm, "pop", &a[1..], 0, 1)?;
            let l = list_of(vm, &a[0])?;
            let i = match a.get(1) {
                Some(v) => super::methods_str_ext::ssize(vm, v)?,
                None => -1,
            };
            pop(l.downcast::<List>().unwrap(), i)
        }
    };
    r.map_err(|m| vm.index_error(m))
}

pub fn register(vm: &mut Vm) {
    let slice = vm.t.slice.clone();
    vm.add_method(&slice, "indices", |vm, a, _| {
        check_args(vm, "indices", &a[1..], 1, 1)?;
        let Some(sl) = a[0].downcast::<Slice>() else {
            return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
        };
        let n = ops::index(vm, &a[1])?;
        if n.is_negative() {
            return Err(vm.value_error("length should not be negative"));
        }
        let n = n.to_i64().unwrap_or(i64::MAX);
        let (start, stop, step, _) = super::slice_indices(vm, sl, n)?;
        let items = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
        Ok(vm.new_tuple(items))
    });
    let list = vm.t.list.clone();
    register_container_dunders(vm, &list);
    vm.add_method(&list, "append", list_append);
    vm.add_method(&list, "extend", |vm, a, _| {
        one_arg(vm, "list.extend", a)?;
        let l = list_of(vm, &a[0])?;
        let items = ops::collect(vm, &a[1])?;
        l.downcast::<List>().unwrap().items.with_mut(|v| v.extend(items));
        Ok(Value::NONE)
    });
    vm.add_method(&list, "insert", list_insert);
    vm.add_method(&list, "pop", list_pop);
    vm.add_method(&list, "remove", |vm, a, _| {
        one_arg(vm, "list.remove", a)?;
        let l = list_of(vm, &a[0])?;
        let items = l.downcast::<List>().unwrap().items.get_clone();
        for (i, x) in items.iter().enumerate() {
            if x.is(&a[1]) || ops::eq_bool(vm, x, &a[1])? {
                let removed =
                    l.downcast::<List>()
                        .unwrap()
                        .items
                        .with_mut(|v| if i < v.len() { Some(v.remove(i)) } else { None });
                drop(removed);
                return Ok(Value::NONE);
            }
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    vm.add_method(&list, "index", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        let items = l.downcast::<List>().unwrap().items.get_clone();
        if a.len() < 2 {
            return Err(vm.type_error("index expected at least 1 argument, got 0"));
        }
        let r = seq_index(vm, &items, &a[1], a, "");
        match r {
            Ok(v) => Ok(v),
            Err(e) if vm.exc_matches(&e, &vm.t.value_error.clone()) => {
                let rp = super::repr_string(vm, &a[1])?;
                Err(vm.value_error(format!("{rp} is not in list")))
            }
            Err(e) => Err(e),
        }
    });
    vm.add_method(&list, "count", |vm, a, _| {
        one_arg(vm, "list.count", a)?;
        let l = list_of(vm, &a[0])?;
        let items = l.downcast::<List>().unwrap().items.get_clone();
        let mut n = 0;
        for x in &items {
            if x.is(&a[1]) || ops::eq_bool(vm, x, &a[1])? {
                n += 1;
            }
        }
        Ok(Value::small_int(n))
    });
    vm.add_method(&list, "reverse", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        l.downcast::<List>().unwrap().items.with_mut(|v| v.reverse());
        Ok(Value::NONE)
    });
    vm.add_method(&list, "clear", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        let old = l.downcast::<List>().unwrap().items.with_mut(std::mem::take);
        drop(old);
        Ok(Value::NONE)
    });
    vm.add_method(&list, "copy", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        let items = l.downcast::<List>().unwrap().items.get_clone();
        Ok(vm.new_list(items))
    });
    vm.add_method(&list, "sort", list_sort);
    vm.add_method(&list, "__init__", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        let items = match a.get(1) {
            Some(v) => ops::collect(vm, v)?,
            None => vec![],
        };
        let old = l.downcast::<List>().unwrap().items.with_mut(|v| std::mem::replace(v, items));
        drop(old);
        Ok(Value::NONE)
    });
    vm.add_method(&list, "__iadd__", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        let items = ops::collect(vm, &a[1])?;
        l.downcast::<List>().unwrap().items.with_mut(|v| v.extend(items));
        Ok(a[0].clone())
    });
    vm.add_method(&list, "__reversed__", |vm, a, _| {
        let l = list_of(vm, &a[0])?;
        crate::iter::reversed(vm, &l)
    });

    let tuple = vm.t.tuple.clone();
    register_container_dunders(vm, &tuple);
    // Tuples are immutable: no item assignment or deletion methods.
    for name in ["__setitem__", "__delitem__"] {
        let k = vm.intern(name);
        tuple.downcast::<crate::class::Class>().unwrap().namespace().remove_str(&k);
    }
    for name in ["__setitem__", "__delitem__"] {
        let k = vm.intern(name);
        tuple.downcast::<crate::class::Class>().unwrap().namespace().remove_str(&k);
    }
    vm.add_method(&tuple, "index", |vm, a, _| {
        check_args(vm, "index", &a[1..], 1, 3)?;
        let t = builtin_base(&a[0]);
        let items = t.downcast::<Tuple>().unwrap().items.to_vec();
        seq_index(vm, &items, &a[1], a, "tuple.index(x): x not in tuple")
    });
    vm.add_method(&tuple, "count", |vm, a, _| {
        one_arg(vm, "tuple.count", a)?;
        let t = builtin_base(&a[0]);
        let items = t.downcast::<Tuple>().unwrap().items.to_vec();
        let mut n = 0;
        for x in &items {
            if x.is(&a[1]) || ops::eq_bool(vm, x, &a[1])? {
                n += 1;
            }
        }
        Ok(Value::small_int(n))
    });
    vm.add_method(&tuple, "__new__", |vm, a, _| {
        let cls = a[0].clone();
        let items = match a.get(1) {
            Some(v) => ops::collect(vm, v)?,
            None => vec![],
        };
        let t = vm.new_tuple(items);
        if cls.is(&vm.t.tuple) {
            return Ok(t);
        }
        let inst = alloc(cls, crate::class::Instance::new(false));
        inst.downcast::<crate::class::Instance>().unwrap().builtin_base.with_mut(|b| *b = t);
        Ok(inst)
    });

    let dict = vm.t.dict.clone();
    register_container_dunders(vm, &dict);
    vm.add_method(&dict, "get", |vm, a, _| {
        check_args(vm, "get", &a[1..], 1, 2)?;
        let d = dict_of(vm, &a[0])?;
        Ok(d.downcast::<Dict>().unwrap().get(vm, &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::NONE)))
    });
    vm.add_method(&dict, "setdefault", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        let dd = d.downcast::<Dict>().unwrap();
        if let Some(v) = dd.get(vm, &a[1])? {
            return Ok(v);
        }
        let v = a.get(2).cloned().unwrap_or(Value::NONE);
        dd.set(vm, a[1].clone(), v.clone())?;
        Ok(v)
    });
    vm.add_method(&dict, "pop", |vm, a, _| {
        check_args(vm, "pop", a, 2, 3)?;
        let d = dict_of(vm, &a[0])?;
        match d.downcast::<Dict>().unwrap().remove(vm, &a[1])? {
            Some(v) => Ok(v),
            None => match a.get(2) {
                Some(dflt) => Ok(dflt.clone()),
                None => Err(vm.key_error(a[1].clone())),
            },
        }
    });
    vm.add_method(&dict, "popitem", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        match d.downcast::<Dict>().unwrap().pop_last() {
            Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
            None => {
                let c = vm.t.key_error.clone();
                Err(vm.err(&c, "popitem(): dictionary is empty"))
            }
        }
    });
    vm.add_method(&dict, "update", |vm, a, k| {
        if a.len() > 2 {
            return Err(vm.type_error(format!("update expected at most 1 argument, got {}", a.len() - 1)));
        }
        let d = dict_of(vm, &a[0])?;
        if let Some(o) = a.get(1) {
            super::dict_update_from(vm, &d, o, false)?;
        }
        for (kk, v) in k {
            d.downcast::<Dict>().unwrap().set(vm, kk.clone(), v.clone())?;
        }
        Ok(Value::NONE)
    });
    vm.add_method(&dict, "keys", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        Ok(alloc(vm.t.dict_keys.clone(), DictView { dict: d, which: 0 }))
    });
    vm.add_method(&dict, "values", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        Ok(alloc(vm.t.dict_values.clone(), DictView { dict: d, which: 1 }))
    });
    vm.add_method(&dict, "items", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        Ok(alloc(vm.t.dict_items.clone(), DictView { dict: d, which: 2 }))
    });
    vm.add_method(&dict, "copy", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        let c = d.downcast::<Dict>().unwrap().copy();
        Ok(vm.new_dict_from(c))
    });
    vm.add_method(&dict, "clear", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        d.downcast::<Dict>().unwrap().clear_all();
        Ok(Value::NONE)
    });
    vm.add_method(&dict, "fromkeys", |vm, a, _| {
        let args: Vec<Value> = if a.first().map(|x| x.kind() == Some(ObjKind::Class)).unwrap_or(false) {
            a[1..].to_vec()
        } else {
            a.to_vec()
        };
        let keys = ops::collect(vm, &args[0])?;
        let v = args.get(1).cloned().unwrap_or(Value::NONE);
        // A subclass gets an instance of itself, filled through __setitem__.
        let cls = a.first().filter(|x| x.kind() == Some(ObjKind::Class) && !x.is(&vm.t.dict)).cloned();
        if let Some(cls) = cls {
            let d = vm.call(&cls, &[], &[])?;
            for k in keys {
                ops::setitem(vm, &d, k, v.clone())?;
            }
            return Ok(d);
        }
        let d = vm.new_dict();
        for k in keys {
            d.downcast::<Dict>().unwrap().set(vm, k, v.clone())?;
        }
        Ok(d)
    });
    let fk = vm.intern_static("fromkeys");
    let fkf = dict.downcast::<crate::class::Class>().unwrap().namespace().get_str(&fk).unwrap();
    let cm = alloc(vm.t.classmethod.clone(), ClassMethod { func: PyCell::new(fkf) });
    dict.downcast::<crate::class::Class>().unwrap().namespace().set_str(fk, cm);
    vm.add_method(&dict, "__init__", |vm, a, k| {
        let d = dict_of(vm, &a[0])?;
        if let Some(o) = a.get(1) {
            super::dict_update_from(vm, &d, o, false)?;
        }
        for (kk, v) in k {
            d.downcast::<Dict>().unwrap().set(vm, kk.clone(), v.clone())?;
        }
        Ok(Value::NONE)
    });
    vm.add_method(&dict, "__reversed__", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        crate::iter::reversed(vm, &d)
    });
    vm.add_method(&dict, "__ior__", |vm, a, _| {
        let d = dict_of(vm, &a[0])?;
        super::dict_update_from(vm, &d, &a[1], false)?;
        Ok(a[0].clone())
    });
    for view in [vm.t.dict_keys.clone(), vm.t.dict_values.clone(), vm.t.dict_items.clone()] {
        vm.add_method(&view, "__iter__", |vm, a, _| crate::iter::builtin_iter(vm, &a[0]));
        vm.add_method(&view, "__len__", |vm, a, _| {
            let n = ops::len(vm, &a[0])?;
            Ok(vm.new_int(n as i64))
        });
        vm.add_method(&view, "isdisjoint", |vm, a, _| {
            let x = ops::collect(vm, &a[0])?;
            for v in x {
                if ops::contains(vm, &a[1], &v)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        });
        vm.add_method(&view, "__reversed__", |vm, a, _| {
            let items = ops::collect(vm, &a[0])?;
            let l = vm.new_list(items);
            crate::iter::reversed(vm, &l)
        });
    }

    // `mappingproxy` (a class's `__dict__`) wraps the namespace dict in
    // `builtin_base` and shares dict's read-only methods.
    let mp = vm.t.mappingproxy.clone();
    for name in [
        "__getitem__",
        "__contains__",
        "__iter__",
        "__len__",
        "__reversed__",
        "__eq__",
        "__ne__",
        "__or__",
        "get",
        "keys",
        "values",
        "items",
        "copy",
    ] {
        let k = vm.intern(name);
        if let Some(f) = dict.downcast::<crate::class::Class>().unwrap().namespace().get_str(&k) {
            mp.downcast::<crate::class::Class>().unwrap().namespace().set_str(k, f);
        }
    }
    vm.add_method(&mp, "__repr__", |vm, a, _| {
        let r = ops::repr(vm, &builtin_base(&a[0]))?;
        let inner = r.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
        Ok(vm.new_string(format!("mappingproxy({inner})")))
    });
    vm.class_set(&mp, "__hash__", Value::NONE);
    // Mutable containers are unhashable: `__hash__` is None, so instances of
    // their subclasses report their own type name.
    for cls in [vm.t.list.clone(), vm.t.dict.clone(), vm.t.set.clone()] {
        let hk = vm.intern_static("__hash__");
        cls.downcast::<crate::class::Class>().unwrap().namespace().set_str(hk, Value::NONE);
    }
    for cls in [vm.t.set.clone(), vm.t.frozenset.clone()] {
        register_container_dunders(vm, &cls);
        // Only list and dict support item assignment and deletion.
        for name in ["__setitem__", "__delitem__", "__getitem__"] {
            let k = vm.intern(name);
            cls.downcast::<crate::class::Class>().unwrap().namespace().remove_str(&k);
        }
        vm.add_method(&cls, "copy", |vm, a, _| {
            let s = set_of(&a[0]);
            let items = set_data(&s).items();
            super::make_set_like(vm, &s, items)
        });
        vm.add_method(&cls, "union", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Or));
        vm.add_method(&cls, "intersection", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::And));
        vm.add_method(&cls, "difference", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Sub));
        vm.add_method(&cls, "symmetric_difference", |vm, a, _| set_multi(vm, a, crate::bytecode::BinOp::Xor));
        vm.add_method(&cls, "issubset", |vm, a, _| {
            let s = set_of(&a[0]);
            let other = to_set(vm, &a[1])?;
            ops::compare(vm, CmpOp::Le, &s, &other)
        });
        vm.add_method(&cls, "issuperset", |vm, a, _| {
            let s = set_of(&a[0]);
            let other = to_set(vm, &a[1])?;
            ops::compare(vm, CmpOp::Ge, &s, &other)
        });
        vm.add_method(&cls, "isdisjoint", |vm, a, _| {
            let s = set_of(&a[0]);
            for x in ops::collect(vm, &a[1])? {
                if set_data(&s).contains(vm, &x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        });
    }
    let range = vm.t.range.clone();
    vm.add_method(&range, "__len__", |vm, a, _| {
        let n = ops::len(vm, &a[0])?;
        Ok(vm.new_int(n as i64))
    });
    vm.add_method(&range, "__getitem__", |vm, a, _| super::builtin_getitem(vm, &a[0], &a[1]));
    vm.add_method(&range, "__contains__", |vm, a, _| Ok(Value::bool(super::builtin_contains(vm, &a[0], &a[1])?)));
    vm.add_method(&range, "__iter__", |vm, a, _| crate::iter::builtin_iter(vm, &a[0]));
    vm.add_method(&range, "__reversed__", |vm, a, _| crate::iter::reversed(vm, &a[0]));
    vm.add_method(&range, "count", |vm, a, _| {
        let r = builtin_base(&a[0]);
        if ops::as_bigint(&a[1]).is_some() {
            return Ok(Value::small_int(super::builtin_contains(vm, &r, &a[1])? as i64));
        }
        let mut n = 0;
        for x in ops::collect(vm, &r)? {
            if ops::eq_bool(vm, &x, &a[1])? {
                n += 1;
            }
        }
        Ok(Value::small_int(n))
    });
    vm.add_method(&range, "index", |vm, a, _| {
        let r = builtin_base(&a[0]);
        if let Some(i) = ops::as_bigint(&a[1]) {
            if super::builtin_contains(vm, &r, &a[1])? {
                let rg = r.downcast::<Range>().unwrap();
                let start = ops::as_bigint(&rg.start).unwrap();
                let step = ops::as_bigint(&rg.step).unwrap();
                return Ok(vm.new_int_big((i - start) / step));
            }
        } else {
            for (k, x) in ops::collect(vm, &r)?.into_iter().enumerate() {
                if ops::eq_bool(vm, &x, &a[1])? {
                    return Ok(Value::small_int(k as i64));
                }
            }
        }
        let rp = super::repr_string(vm, &a[1])?;
        Err(vm.value_error(format!("{rp} is not in range")))
    });
    let slice = vm.t.slice.clone();
    vm.add_method(&slice, "indices", |vm, a, _| {
        let n = match a.get(1) {
            Some(v) => ops::index_i64(vm, v)?,
            None => return Err(vm.type_error("slice.indices() takes exactly one argument (0 given)")),
        };
        if n < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let sl = a[0].downcast::<Slice>().unwrap();
        let (start, stop, step, _) = super::slice_indices(vm, sl, n)?;
        Ok(vm.new_tuple(vec![Value::small_int(start), Value::small_int(stop), Value::small_int(step)]))
    });
    let frozenset = vm.t.frozenset.clone();
    vm.add_method(&frozenset, "copy", |vm, a, _| {
        // An exact frozenset is immutable, so its copy is itself.
        if a[0].kind() == Some(ObjKind::FrozenSet) {
            return Ok(a[0].clone());
        }
        let s = set_of(&a[0]);
        let items = set_data(&s).items();
        super::make_set_like(vm, &s, items)
    });
    let set = vm.t.set.clone();
    vm.add_method(&set, "add", |vm, a, _| {
        one_arg(vm, "set.add", a)?;
        let s = set_of(&a[0]);
        s.downcast::<SetData>().unwrap().add(vm, a[1].clone())?;
        Ok(Value::NONE)
    });
    vm.add_method(&set, "remove", |vm, a, _| {
        one_arg(vm, "set.remove", a)?;
        let s = set_of(&a[0]);
        if !s.downcast::<SetData>().unwrap().discard(vm, &a[1])? {
            return Err(vm.key_error(a[1].clone()));
        }
        Ok(Value::NONE)
    });
    vm.add_method(&set, "discard", |vm, a, _| {
        one_arg(vm, "set.discard", a)?;
        let s = set_of(&a[0]);
        s.downcast::<SetData>().unwrap().discard(vm, &a[1])?;
        Ok(Value::NONE)
    });
    vm.add_method(&set, "pop", |vm, a, _| {
        let s = set_of(&a[0]);
        match s.downcast::<SetData>().unwrap().pop_any() {
            Some(v) => Ok(v),
            None => {
                let c = vm.t.key_error.clone();
                Err(vm.err(&c, "pop from an empty set"))
            }
        }
    });
    vm.add_method(&set, "clear", |_, a, _| {
        let s = set_of(&a[0]);
        s.downcast::<SetData>().unwrap().clear_all();
        Ok(Value::NONE)
    });
    vm.add_method(&set, "update", |vm, a, _| {
        let s = set_of(&a[0]);
        for other in &a[1..] {
            for x in ops::collect(vm, other)? {
                s.downcast::<SetData>().unwrap().add(vm, x)?;
            }
        }
        Ok(Value::NONE)
    });
    for (name, op) in [
        ("intersection_update", crate::bytecode::BinOp::And),
        ("difference_update", crate::bytecode::BinOp::Sub),
        ("symmetric_difference_update", crate::bytecode::BinOp::Xor),
    ] {
        let f: NativeFn = match op {
            crate::bytecode::BinOp::And => |vm, a, _| set_update_op(vm, a, crate::bytecode::BinOp::And),
            crate::bytecode::BinOp::Sub => |vm, a, _| set_update_op(vm, a, crate::bytecode::BinOp::Sub),
            _ => |vm, a, _| set_update_op(vm, a, crate::bytecode::BinOp::Xor),
        };
        vm.add_method(&set, name, f);
    }
    vm.add_method(&set, "__init__", |vm, a, _| {
        let s = set_of(&a[0]);
        if let Some(src) = a.get(1) {
            for x in ops::collect(vm, src)? {
                s.downcast::<SetData>().unwrap().add(vm, x)?;
            }
        }
        Ok(Value::NONE)
    });
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = builtin_base(v);
    if matches!(b.kind(), Some(ObjKind::Set) | Some(ObjKind::FrozenSet)) {
        return Ok(b);
    }
    let items = ops::collect(vm, v)?;
    super::make_set_like(vm, &Value::NONE, items)
}

fn set_multi(vm: &mut Vm, a: &[Value], op: crate::bytecode::BinOp) -> PyResult<Value> {
    let mut acc = set_of(&a[0]);
    let items = set_data(&acc).items();
    acc = super::make_set_like(vm, &acc, items)?;
    for other in &a[1..] {
        let o = to_set(vm, other)?;
        acc = super::set_binary(vm, op, &acc, &o)?;
    }
    Ok(acc)
}

fn set_update_op(vm: &mut Vm, a: &[Value], op: crate::bytecode::BinOp) -> PyResult<Value> {
    let s = set_of(&a[0]);
    let mut acc = s.clone();
    for other in &a[1..] {
        let o = to_set(vm, other)?;
        acc = super::set_binary(vm, op, &acc, &o)?;
    }
    let items = set_data(&acc).items();
    let sd = s.downcast::<SetData>().unwrap();
    sd.clear_all();
    for x in items {
        sd.add(vm, x)?;
    }
    Ok(Value::NONE)
}
