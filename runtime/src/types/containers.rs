//! Protocols of built-in values: construction (`int(x)`, `list(it)`, ...),
//! subscription, membership, sequence arithmetic, and the special attributes
//! (`__name__`, `__dict__`, `__class__`, ...) that are not stored in a dict.

use crate::bytecode::{BinOp, CmpOp};
use crate::class::{flags as cflags, Class, Instance};
use crate::dict::SetData;
use crate::object::*;
use crate::ops::{self, as_bigint, as_i64};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn s(v: &Value) -> &str {
    v.downcast::<Str>().map(|x| &*x.s).unwrap_or("")
}

pub fn register(vm: &mut Vm) {
    let _ = vm;
}

// -- Ranges and slices -------------------------------------------------------------

pub fn range_len(r: &Range) -> BigInt {
    let start = as_bigint(&r.start).unwrap_or_default();
    let stop = as_bigint(&r.stop).unwrap_or_default();
    let step = as_bigint(&r.step).unwrap_or_else(BigInt::one);
    if step.is_positive() {
        if start < stop {
            (stop - start - 1) / &step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, sl: &Slice, len: i64) -> PyResult<(i64, i64, i64, usize)> {
    // Fast path: bounds that are None or ints, as almost all slices are.
    let small = |v: &Value| if v.is_none() { Some(None) } else { as_i64(v).map(Some) };
    if let (Some(a), Some(b), Some(c)) = (small(&sl.start), small(&sl.stop), small(&sl.step)) {
        if c != Some(0) {
            return Ok(resolve_slice(a, b, c.unwrap_or(1), len));
        }
    }
    let step = if sl.step.is_none() {
        1
    } else {
        let st = ops::index(vm, &sl.step)
            .map_err(|_| vm.type_error("slice indices must be integers or None or have an __index__ method"))?;
        let st = st.to_i64().unwrap_or(if st.is_negative() { i64::MIN + 1 } else { i64::MAX });
        if st == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        st
    };
    // Bounds are converted after the step, in CPython's order, then clamped
    // like the fast path.
    let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        let i = ops::index(vm, v)
            .map_err(|_| vm.type_error("slice indices must be integers or None or have an __index__ method"))?;
        Ok(Some(i.to_i64().unwrap_or(if i.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })))
    };
    let start = conv(vm, &sl.start)?;
    let stop = conv(vm, &sl.stop)?;
    Ok(resolve_slice(start, stop, step, len))
}

/// A slice bound that needs no Python code: `Some(None)` for None,
/// `Some(Some(i))` for a small int, `None` otherwise.
#[inline]
pub fn small_slice_bound(v: &Value) -> Option<Option<i64>> {
    if v.is_none() {
        Some(None)
    } else if v.is_small_int() {
        Some(Some(v.as_small_int()))
    } else {
        None
    }
}

/// Clamps slice bounds against a length (CPython's PySlice_AdjustIndices).
pub fn resolve_slice(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, usize) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(mut x) => {
            if x < 0 {
                x = x.saturating_add(len);
                if x < lower {
                    x = lower;
                }
            } else if x > upper {
                x = upper;
            }
            x
        }
    };
    let start = adjust(start, if step < 0 { upper } else { lower });
    let stop = adjust(stop, if step < 0 { lower } else { upper });
    // Strides of one, the common case, need no division.
    let count = if step > 0 {
        if start >= stop {
            0
        } else if step == 1 {
            (stop - start) as usize
        } else {
            ((stop - start - 1) / step + 1) as usize
        }
    } else if start <= stop {
        0
    } else if step == -1 {
        (start - stop) as usize
    } else {
        ((start - stop - 1) / (-step) + 1) as usize
    };
    (start, stop, step, count)
}

pub fn slice_pick<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    // Indices were resolved against the length before any Python code ran;
    // `get` keeps this safe if a callback changed the length meanwhile.
    // The common strides copy a contiguous run without per-item checks.
    if let Ok(s) = usize::try_from(start) {
        if step == 1 {
            if let Some(run) = items.get(s..s.saturating_add(count)) {
                return run.to_vec();
            }
        } else if step == -1 && count <= s + 1 && s < items.len() {
            return items[s + 1 - count..=s].iter().rev().cloned().collect();
        }
    }
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        if let Some(x) = usize::try_from(i).ok().and_then(|j| items.get(j)) {
            out.push(x.clone());
        }
        i += step;
    }
    out
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}

fn index_of(vm: &mut Vm, key: &Value, what: &str) -> PyResult<i64> {
    if let Some(i) = as_i64(key) {
        return Ok(i);
    }
    if as_bigint(key).is_some() {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    }
    if key.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, key, "__index__").is_some() {
        return ops::index_i64(vm, key);
    }
    let tn = vm.type_name(key);
    Err(vm.type_error(format!("{what} indices must be integers or slices, not {tn}")))
}

// -- Subscription ----------------------------------------------------------------------

pub fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    match obj.kind() {
        Some(ObjKind::List) => {
            let l = obj.downcast::<List>().unwrap();
            if let Some(sl) = key.downcast::<Slice>() {
                let len = l.items.with(|v| v.len());
                let (start, _, step, count) = slice_indices(vm, sl, len as i64)?;
                let out = l.items.with(|items| slice_pick(items, start, step, count));
                return Ok(vm.new_list(out));
            }
            let i = index_of(vm, key, "list")?;
            match l.items.with(|v| norm_index(i, v.len()).map(|j| v[j].clone())) {
                Some(v) => Ok(v),
                None => Err(vm.index_error("list index out of range")),
            }
        }
        Some(ObjKind::Tuple) => {
            let t = obj.downcast::<Tuple>().unwrap();
            if let Some(sl) = key.downcast::<Slice>() {
                let (start, _, step, count) = slice_indices(vm, sl, t.items.len() as i64)?;
                let out = slice_pick(&t.items, start, step, count);
                return Ok(vm.new_tuple(out));
            }
            let i = index_of(vm, key, "tuple")?;
            match norm_index(i, t.items.len()) {
                Some(j) => Ok(t.items[j].clone()),
                None => Err(vm.index_error("tuple index out of range")),
            }
        }
        Some(ObjKind::Str) => {
            let st = obj.downcast::<Str>().unwrap();
            if let Some(sl) = key.downcast::<Slice>() {
                let (start, _, step, count) = slice_indices(vm, sl, st.char_len as i64)?;
                if st.ascii {
                    let b = st.s.as_bytes();
                    let out: Vec<u8> = slice_pick(b, start, step, count);
                    // SAFETY: slicing ASCII bytes yields ASCII, which is UTF-8.
                    return Ok(vm.new_string(unsafe { String::from_utf8_unchecked(out) }));
                }
                let chars: Vec<char> = st.s.chars().collect();
                let out: String = slice_pick(&chars, start, step, count).into_iter().collect();
                return Ok(vm.new_string(out));
            }
            let i = match as_i64(key) {
                Some(i) => i,
                None => {
                    if key.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, key, "__index__").is_some() {
                        ops::index_i64(vm, key)?
                    } else {
                        let tn = vm.type_name(key);
                        return Err(vm.type_error(format!("string indices must be integers, not '{tn}'")));
                    }
                }
            };
            match norm_index(i, st.char_len) {
                Some(j) => {
                    let c = if st.ascii { st.s.as_bytes()[j] as char } else { st.s.chars().nth(j).unwrap() };
                    Ok(char_str(vm, c))
                }
                None => Err(vm.index_error("string index out of range")),
            }
        }
        Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => {
            let data: Vec<u8> = match obj.downcast::<Bytes>() {
                Some(b) => b.b.to_vec(),
                None => obj.downcast::<ByteArray>().unwrap().b.get_clone(),
            };
            let is_bytes = obj.kind() == Some(ObjKind::Bytes);
            if let Some(sl) = key.downcast::<Slice>() {
                let (start, _, step, count) = slice_indices(vm, sl, data.len() as i64)?;
                let out = slice_pick(&data, start, step, count);
                return Ok(if is_bytes { vm.new_bytes(out) } else { vm.new_bytearray(out) });
            }
            let i = index_of(vm, key, if is_bytes { "byte" } else { "bytearray" })?;
            match norm_index(i, data.len()) {
                Some(j) => Ok(Value::small_int(data[j] as i64)),
                None => {
                    Err(vm.index_error(if is_bytes { "index out of range" } else { "bytearray index out of range" }))
                }
            }
        }
        Some(ObjKind::Range) => {
            let r = obj.downcast::<Range>().unwrap();
            let n = range_len(r);
            let start = as_bigint(&r.start).unwrap();
            let step = as_bigint(&r.step).unwrap();
            if let Some(sl) = key.downcast::<Slice>() {
                let (a, b, st, _) = slice_indices(vm, sl, n.to_i64().unwrap_or(i64::MAX))?;
                let ns = &start + &step * a;
                let ne = &start + &step * b;
                let nst = &step * st;
                let (ns, ne, nst) = (vm.new_int_big(ns), vm.new_int_big(ne), vm.new_int_big(nst));
                return Ok(alloc(vm.t.range.clone(), Range { start: ns, stop: ne, step: nst }));
            }
            let i = ops::index(vm, key).map_err(|_| {
                let tn = vm.type_name(key);
                vm.type_error(format!("range indices must be integers or slices, not {tn}"))
            })?;
            let j = if i.is_negative() { &i + &n } else { i };
            if j.is_negative() || j >= n {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(vm.new_int_big(start + step * j))
        }
        Some(ObjKind::Dict) => {
            let d = obj.downcast::<Dict>().unwrap();
            match d.get(vm, key)? {
                Some(v) => Ok(v),
                None => Err(vm.key_error(key.clone())),
            }
        }
        _ => {
            let tn = vm.type_name(obj);
            if obj.kind() == Some(ObjKind::Class) {
                return Err(vm.type_error(format!("type '{}' is not subscriptable", Vm::class_name(obj))));
            }
            Err(vm.type_error(format!("'{tn}' object is not subscriptable")))
        }
    }
}

/// A one-character string (cached for ASCII).
pub fn char_str(vm: &mut Vm, c: char) -> Value {
    if (c as u32) < 128 {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        return vm.intern(s);
    }
    vm.new_string(c.to_string())
}

pub fn builtin_setitem(vm: &mut Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    match obj.kind() {
        Some(ObjKind::List) => {
            let l = obj.downcast::<List>().unwrap();
            if let Some(sl) = key.downcast::<Slice>() {
                let new_items = match ops::collect(vm, &value) {
                    Ok(v) => v,
                    Err(e)
                        if vm.exc_matches(&e, &vm.t.type_error.clone())
                            && ops::lookup_special(vm, &value, "__iter__").is_none() =>
                    {
                        return Err(vm.type_error("can only assign an iterable"));
                    }
                    Err(e) => return Err(e),
                };
                let len = l.items.with(|v| v.len());
                let (start, stop, step, count) = slice_indices(vm, sl, len as i64)?;
                if step == 1 {
                    let stop = stop.max(start);
                    l.items.with_mut(|v| {
                        let tail: Vec<Value> = v.splice(start as usize..stop as usize, new_items).collect();
                        drop(tail);
                    });
                    return Ok(());
                }
                if new_items.len() != count {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        count
                    )));
                }
                let old: Vec<Value> = l.items.with_mut(|v| {
                    let mut old = Vec::new();
                    let mut i = start;
                    for x in new_items {
                        old.push(std::mem::replace(&mut v[i as usize], x));
                        i += step;
                    }
                    old
                });
                drop(old);
                return Ok(());
            }
            let i = index_of(vm, &key, "list")?;
            let old = l.items.with_mut(|v| norm_index(i, v.len()).map(|j| std::mem::replace(&mut v[j], value)));
            match old {
                Some(o) => {
                    drop(o);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Some(ObjKind::Dict) => obj.downcast::<Dict>().unwrap().set(vm, key, value),
        Some(ObjKind::ByteArray) => super::methods_str_ext::bytearray_setitem(vm, obj, &key, &value),
        _ => {
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("'{tn}' object does not support item assignment")))
        }
    }
}

pub fn builtin_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    match obj.kind() {
        Some(ObjKind::List) => {
            let l = obj.downcast::<List>().unwrap();
            if let Some(sl) = key.downcast::<Slice>() {
                let len = l.items.with(|v| v.len());
                let (start, _, step, count) = slice_indices(vm, sl, len as i64)?;
                let mut idx: Vec<usize> = (0..count).map(|k| (start + step * k as i64) as usize).collect();
                idx.sort_unstable();
                let removed = l.items.with_mut(|v| {
                    let mut removed = Vec::new();
                    for j in idx.into_iter().rev() {
                        removed.push(v.remove(j));
                    }
                    removed
                });
                drop(removed);
                return Ok(());
            }
            let i = index_of(vm, key, "list")?;
            let old = l.items.with_mut(|v| norm_index(i, v.len()).map(|j| v.remove(j)));
            match old {
                Some(o) => {
                    drop(o);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Some(ObjKind::Dict) => match obj.downcast::<Dict>().unwrap().remove(vm, key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key.clone())),
        },
        Some(ObjKind::ByteArray) => {
            let ba = obj.downcast::<ByteArray>().unwrap();
            let len = ba.b.with(|v| v.len());
            if let Some(sl) = key.downcast::<Slice>() {
                let (start, _, step, count) = slice_indices(vm, sl, len as i64)?;
                let mut idx: Vec<usize> = (0..count).map(|k| (start + step * k as i64) as usize).collect();
                idx.sort_unstable();
                ba.b.with_mut(|v| {
                    for j in idx.into_iter().rev() {
                        v.remove(j);
                    }
                });
                return Ok(());
            }
            let i = index_of(vm, key, "bytearray")?;
            match norm_index(i, len) {
                Some(j) => {
                    ba.b.with_mut(|v| v.remove(j));
                    Ok(())
                }
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        _ => {
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("'{tn}' object doesn't support item deletion")))
        }
    }
}

pub fn builtin_contains(vm: &mut Vm, c: &Value, item: &Value) -> PyResult<bool> {
    match c.kind() {
        Some(ObjKind::Str) => match item.downcast::<Str>() {
            Some(x) => Ok(c.downcast::<Str>().unwrap().s.contains(&*x.s)),
            None => {
                let tn = vm.type_name(item);
                Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
            }
        },
        Some(ObjKind::List) | Some(ObjKind::Tuple) => {
            let n = ops::len(vm, c)?;
            for i in 0..n {
                let x = match c.downcast::<List>() {
                    Some(l) => match l.items.with(|v| v.get(i).cloned()) {
                        Some(x) => x,
                        None => break,
                    },
                    None => c.downcast::<Tuple>().unwrap().items[i].clone(),
                };
                if x.is(item) || ops::eq_bool(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(ObjKind::Dict) => c.downcast::<Dict>().unwrap().contains(vm, item),
        Some(ObjKind::Set) => c.downcast::<SetData>().unwrap().contains(vm, item),
        Some(ObjKind::FrozenSet) => c.downcast::<FrozenSet>().unwrap().0.contains(vm, item),
        Some(ObjKind::DictView) => {
            let v = c.downcast::<DictView>().unwrap();
            let d = v.dict.clone();
            match v.which {
                0 => d.downcast::<Dict>().unwrap().contains(vm, item),
                1 => {
                    for x in d.downcast::<Dict>().unwrap().values() {
                        if ops::eq_bool(vm, &x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => {
                    if let Some(t) = item.downcast::<Tuple>() {
                        if t.items.len() == 2 {
                            if let Some(v) = d.downcast::<Dict>().unwrap().get(vm, &t.items[0])? {
                                return ops::eq_bool(vm, &v, &t.items[1]);
                            }
                        }
                    }
                    Ok(false)
                }
            }
        }
        Some(ObjKind::Range) => {
            let r = c.downcast::<Range>().unwrap();
            match as_bigint(item) {
                Some(i) => {
                    let start = as_bigint(&r.start).unwrap();
                    let stop = as_bigint(&r.stop).unwrap();
                    let step = as_bigint(&r.step).unwrap();
                    let inr = if step.is_positive() { i >= start && i < stop } else { i <= start && i > stop };
                    Ok(inr && ((&i - &start) % &step).is_zero())
                }
                None => {
                    let it = ops::iter(vm, c)?;
                    while let Some(x) = ops::next(vm, &it)? {
                        if ops::eq_bool(vm, &x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            }
        }
        Some(ObjKind::Bytes) => super::methods_str_ext::bytes_contains(vm, &c.downcast::<Bytes>().unwrap().b, item),
        Some(ObjKind::ByteArray) => {
            let data = c.downcast::<ByteArray>().unwrap().b.get_clone();
            super::methods_str_ext::bytes_contains(vm, &data, item)
        }
        _ => {
            if matches!(c.kind(), Some(ObjKind::Iter) | Some(ObjKind::Generator)) {
                while let Some(x) = ops::next(vm, c)? {
                    if ops::eq_bool(vm, &x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            let tn = vm.type_name(c);
            Err(vm.type_error(format!("argument of type '{tn}' is not iterable")))
        }
    }
}

// -- Sequence arithmetic -----------------------------------------------------------------

pub fn seq_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let ni = vm.not_implemented.clone();
    match (op, a.kind(), b.kind()) {
        (BinOp::Add, Some(ObjKind::Str), Some(ObjKind::Str)) => {
            let mut r = String::from(s(a));
            r.push_str(s(b));
            Ok(vm.new_string(r))
        }
        (BinOp::Add, Some(ObjKind::List), Some(ObjKind::List)) => {
            let mut r = a.downcast::<List>().unwrap().items.get_clone();
            r.extend(b.downcast::<List>().unwrap().items.get_clone());
            Ok(vm.new_list(r))
        }
        (BinOp::Add, Some(ObjKind::Tuple), Some(ObjKind::Tuple)) => {
            let mut r = a.downcast::<Tuple>().unwrap().items.to_vec();
            r.extend(b.downcast::<Tuple>().unwrap().items.iter().cloned());
            Ok(vm.new_tuple(r))
        }
        (BinOp::Add, Some(ObjKind::Bytes), Some(ObjKind::Bytes)) => {
            let mut r = a.downcast::<Bytes>().unwrap().b.to_vec();
            r.extend_from_slice(&b.downcast::<Bytes>().unwrap().b);
            Ok(vm.new_bytes(r))
        }
        (BinOp::Add, Some(ObjKind::ByteArray), _) | (BinOp::Add, Some(ObjKind::Bytes), Some(ObjKind::ByteArray)) => {
            let mut r = bytes_data(a).unwrap_or_default();
            match bytes_data(b) {
                Some(x) => r.extend(x),
                None => return Ok(ni),
            }
            Ok(if a.kind() == Some(ObjKind::Bytes) { vm.new_bytes(r) } else { vm.new_bytearray(r) })
        }
        (BinOp::Mul, Some(k), _)
            if matches!(k, ObjKind::Str | ObjKind::List | ObjKind::Tuple | ObjKind::Bytes | ObjKind::ByteArray)
                && ops::is_int_like(b) =>
        {
            repeat(vm, a, b)
        }
        (BinOp::Mul, _, Some(k))
            if matches!(k, ObjKind::Str | ObjKind::List | ObjKind::Tuple | ObjKind::Bytes | ObjKind::ByteArray)
                && ops::is_int_like(a) =>
        {
            repeat(vm, b, a)
        }
        (BinOp::Mod, Some(ObjKind::Str), _) => crate::strformat::percent_format(vm, a, b),
        (BinOp::Mod, Some(ObjKind::Bytes), _) => {
            let r = super::methods_str_ext::bytes_percent(vm, &a.downcast::<Bytes>().unwrap().b, b)?;
            Ok(vm.new_bytes(r))
        }
        (BinOp::Mod, Some(ObjKind::ByteArray), _) => {
            let d = a.downcast::<ByteArray>().unwrap().b.get_clone();
            let r = super::methods_str_ext::bytes_percent(vm, &d, b)?;
            Ok(vm.new_bytearray(r))
        }
        (_, Some(ObjKind::Set) | Some(ObjKind::FrozenSet), Some(ObjKind::Set) | Some(ObjKind::FrozenSet)) => {
            set_binary(vm, op, a, b)
        }
        (BinOp::Or, Some(ObjKind::Dict), Some(ObjKind::Dict)) => {
            let r = vm.new_dict_from(a.downcast::<Dict>().unwrap().copy());
            dict_update_from(vm, &r, b, false)?;
            Ok(r)
        }
        (_, Some(ObjKind::DictView), _) | (_, _, Some(ObjKind::DictView)) => {
            // Keys and items views support set operations.
            let x = ops::collect(vm, a)?;
            let y = ops::collect(vm, b)?;
            let sx = vm.new_set();
            for v in x {
                sx.downcast::<SetData>().unwrap().add(vm, v)?;
            }
            let sy = vm.new_set();
            for v in y {
                sy.downcast::<SetData>().unwrap().add(vm, v)?;
            }
            set_binary(vm, op, &sx, &sy)
        }
        _ => Ok(ni),
    }
}

fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.b.to_vec());
    }
    v.downcast::<ByteArray>().map(|b| b.b.get_clone())
}

fn repeat(vm: &mut Vm, seq: &Value, n: &Value) -> PyResult<Value> {
    let n = match as_i64(n) {
        Some(n) => n.max(0) as usize,
        None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    match seq.kind() {
        Some(ObjKind::Str) => Ok(vm.new_string(s(seq).repeat(n))),
        Some(ObjKind::List) => {
            let items = seq.downcast::<List>().unwrap().items.get_clone();
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(vm.new_list(out))
        }
        Some(ObjKind::Tuple) => {
            let items = seq.downcast::<Tuple>().unwrap().items.to_vec();
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(vm.new_tuple(out))
        }
        Some(ObjKind::Bytes) => Ok(vm.new_bytes(seq.downcast::<Bytes>().unwrap().b.repeat(n))),
        _ => {
            let d = bytes_data(seq).unwrap_or_default();
            Ok(vm.new_bytearray(d.repeat(n)))
        }
    }
}

fn set_items(v: &Value) -> Vec<Value> {
    if let Some(x) = v.downcast::<SetData>() {
        return x.items();
    }
    if let Some(x) = v.downcast::<FrozenSet>() {
        return x.0.items();
    }
    Vec::new()
}

fn set_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    if let Some(x) = v.downcast::<SetData>() {
        return x.contains(vm, item);
    }
    if let Some(x) = v.downcast::<FrozenSet>() {
        return x.0.contains(vm, item);
    }
    Ok(false)
}

/// Builds a set or frozenset (the type of `like`) from items.
pub fn make_set_like(vm: &mut Vm, like: &Value, items: Vec<Value>) -> PyResult<Value> {
    let data = SetData::new();
    for x in items {
        data.add(vm, x)?;
    }
    Ok(if like.kind() == Some(ObjKind::FrozenSet) { vm.new_frozenset(data) } else { alloc(vm.t.set.clone(), data) })
}

pub fn set_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let x = set_items(a);
    let y = set_items(b);
    let out = match op {
        BinOp::Or => {
            let mut r = x;
            r.extend(y);
            r
        }
        BinOp::And => {
            let mut r = Vec::new();
            for v in x {
                if set_contains(vm, b, &v)? {
                    r.push(v);
                }
            }
            r
        }
        BinOp::Sub => {
            let mut r = Vec::new();
            for v in x {
                if !set_contains(vm, b, &v)? {
                    r.push(v);
                }
            }
            r
        }
        BinOp::Xor => {
            let mut r = Vec::new();
            for v in x {
                if !set_contains(vm, b, &v)? {
                    r.push(v);
                }
            }
            for v in y {
                if !set_contains(vm, a, &v)? {
                    r.push(v);
                }
            }
            r
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    make_set_like(vm, a, out)
}

pub fn set_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(b.kind(), Some(ObjKind::Set) | Some(ObjKind::FrozenSet)) {
        return Ok(None);
    }
    let r = set_binary(vm, op, a, b)?;
    let items = set_items(&r);
    let sd = a.downcast::<SetData>().unwrap();
    sd.clear_all();
    for x in items {
        sd.add(vm, x)?;
    }
    Ok(Some(a.clone()))
}

pub fn prim_compare_more(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let is_set = |v: &Value| matches!(v.kind(), Some(ObjKind::Set) | Some(ObjKind::FrozenSet));
    if is_set(a) && is_set(b) {
        let x = set_items(a);
        let y = set_items(b);
        let mut a_in_b = true;
        for v in &x {
            if !set_contains(vm, b, v)? {
                a_in_b = false;
                break;
            }
        }
        let mut b_in_a = true;
        for v in &y {
            if !set_contains(vm, a, v)? {
                b_in_a = false;
                break;
            }
        }
        return Ok(Some(match op {
            CmpOp::Eq => a_in_b && b_in_a,
            CmpOp::Ne => !(a_in_b && b_in_a),
            CmpOp::Le => a_in_b,
            CmpOp::Lt => a_in_b && x.len() < y.len(),
            CmpOp::Ge => b_in_a,
            CmpOp::Gt => b_in_a && x.len() > y.len(),
        }));
    }
    if a.kind() == Some(ObjKind::Dict) && b.kind() == Some(ObjKind::Dict) {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let x = a.downcast::<Dict>().unwrap();
        let y = b.downcast::<Dict>().unwrap();
        let mut eq = x.len() == y.len();
        if eq {
            for (k, v) in x.items() {
                match y.get(vm, &k)? {
                    Some(w) => {
                        if !ops::eq_bool(vm, &v, &w)? {
                            eq = false;
                            break;
                        }
                    }
                    None => {
                        eq = false;
                        break;
                    }
                }
            }
        }
        return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
    }
    if a.kind() == Some(ObjKind::DictView) || b.kind() == Some(ObjKind::DictView) {
        if let (Some(va), Some(vb)) = (a.downcast::<DictView>(), b.downcast::<DictView>()) {
            if va.which == 1 || vb.which == 1 {
                // Values views compare by identity only.
                return Ok(None);
            }
        }
        let x = ops::collect(vm, a)?;
        let y = ops::collect(vm, b)?;
        let sx = make_set_like(vm, &Value::NONE, x)?;
        let sy = make_set_like(vm, &Value::NONE, y)?;
        return prim_compare_more(vm, op, &sx, &sy);
    }
    if let (Some(x), Some(y)) = (bytes_data(a), bytes_data(b)) {
        let o = x.cmp(&y);
        return Ok(Some(match op {
            CmpOp::Lt => o.is_lt(),
            CmpOp::Le => o.is_le(),
            CmpOp::Eq => o.is_eq(),
            CmpOp::Ne => o.is_ne(),
            CmpOp::Gt => o.is_gt(),
            CmpOp::Ge => o.is_ge(),
        }));
    }
    if a.kind() == Some(ObjKind::Range) && b.kind() == Some(ObjKind::Range) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let x = ops::collect(vm, a)?;
        let y = ops::collect(vm, b)?;
        let eq = ops::seq_compare(vm, CmpOp::Eq, &x, &y)?;
        return Ok(Some(eq == (op == CmpOp::Eq)));
    }
    if a.kind() == Some(ObjKind::Slice) && b.kind() == Some(ObjKind::Slice) {
        let sa = a.downcast::<Slice>().unwrap();
        let sb = b.downcast::<Slice>().unwrap();
        let x = vec![sa.start.clone(), sa.stop.clone(), sa.step.clone()];
        let y = vec![sb.start.clone(), sb.stop.clone(), sb.step.clone()];
        return ops::seq_compare(vm, op, &x, &y).map(Some);
    }
    Ok(None)
}

/// `d.update(other)` (and `{**other}` / call `**kwargs` merging).
pub fn dict_update_from(vm: &mut Vm, d: &Value, other: &Value, merge: bool) -> PyResult<()> {
    let target = builtin_base(d);
    let dd = target.downcast::<Dict>().unwrap();
    if let Some(o) = builtin_base(other).downcast::<Dict>() {
        if other.kind() == Some(ObjKind::Dict)
            || ops::lookup_special(vm, other, "keys").map(|k| k.kind() == Some(ObjKind::NativeFunction)).unwrap_or(true)
        {
            for (k, v) in o.items() {
                if merge && dd.contains(vm, &k)? {
                    let ks = ops::repr(vm, &k)?;
                    return Err(vm.type_error(format!("got multiple values for keyword argument {}", s(&ks))));
                }
                dd.set(vm, k, v)?;
            }
            return Ok(());
        }
    }
    // A mapping with keys(), or an iterable of pairs.
    if let Some(keys) = {
        let k = vm.intern_static("keys");
        ops::getattr_opt(vm, other, &k)
    }? {
        let ks = vm.call(&keys, &[], &[])?;
        for k in ops::collect(vm, &ks)? {
            let v = ops::getitem(vm, other, &k)?;
            dd.set(vm, k, v)?;
        }
        return Ok(());
    }
    if merge {
        let tn = vm.type_name(other);
        return Err(vm.type_error(format!("argument after ** must be a mapping, not {tn}")));
    }
    let items = ops::collect(vm, other)?;
    for (i, item) in items.iter().enumerate() {
        let pair = match ops::collect(vm, item) {
            Ok(p) => p,
            Err(_) => {
                let tn = vm.type_name(item);
                return Err(vm
                    .type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
                    .with_note(tn));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        dd.set(vm, it.next().unwrap(), it.next().unwrap())?;
    }
    Ok(())
}

trait WithNote {
    fn with_note(self, _n: String) -> Self;
}
impl WithNote for crate::vm::PyErr {
    fn with_note(self, _n: String) -> Self {
        self
    }
}

pub use super::builtin_base;

// -- Construction ----------------------------------------------------------------------

pub fn construct_builtin(vm: &mut Vm, cls: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let t = &vm.t;
    macro_rules! is {
        ($c:expr) => {
            cls.is(&$c)
        };
    }
    if is!(t.object) {
        if !args.is_empty() {
            return Err(vm.type_error("object() takes no arguments"));
        }
        return Ok(alloc(cls.clone(), Instance::new(false)));
    }
    if cls.downcast::<Class>().unwrap().flags.get() & cflags::IS_EXCEPTION != 0 {
        let cls = super::exceptions::os_error_class(vm, cls, args);
        let inst = alloc(cls, Instance::new(true));
        super::exceptions::init_exception(vm, &inst, args, kwargs)?;
        return Ok(inst);
    }
    crate::types::methods_num::construct(vm, cls, args, kwargs)
}

// -- Special attributes ------------------------------------------------------------------

pub fn special_attr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = s(name);
    if n == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    match obj.kind() {
        Some(ObjKind::Instance) => {
            let inst = obj.downcast::<Instance>().unwrap();
            if n == "__dict__" {
                if vm.class_of(obj).flags.get() & cflags::HAS_SLOTS != 0 {
                    return Ok(None);
                }
                if inst.is_dict_mode() {
                    return Ok(Some(inst.to_dict_mode(vm)));
                }
                // Values of `__slots__` declared along the MRO stay out of the dict.
                let cls = vm.type_of(obj);
                let mut keep = Vec::new();
                for c in cls.downcast::<Class>().unwrap().mro_list(&cls) {
                    c.downcast::<Class>().unwrap().slots.with(|s| {
                        if let Some(s) = s {
                            keep.extend(s.iter().cloned());
                        }
                    });
                }
                return Ok(Some(inst.to_dict_mode_keeping(vm, &keep)));
            }
            if let Some(e) = &inst.exc {
                return Ok(match n {
                    "args" => Some(e.args.get_clone()),
                    "__cause__" => Some(e.cause.get_clone()),
                    "__context__" => Some(e.context.get_clone()),
                    "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
                    "__traceback__" => Some(crate::traceback::traceback_object(vm, obj)),
                    "value" if vm.isinstance(obj, &vm.t.stop_iteration.clone()) => {
                        let a = e.args.get_clone();
                        Some(a.downcast::<Tuple>().and_then(|t| t.items.first().cloned()).unwrap_or(Value::NONE))
                    }
                    "code" if vm.isinstance(obj, &vm.t.system_exit.clone()) => {
                        let a = e.args.get_clone();
                        Some(match a.downcast::<Tuple>() {
                            Some(t) if t.items.len() == 1 => t.items[0].clone(),
                            Some(t) if t.items.is_empty() => Value::NONE,
                            _ => a.clone(),
                        })
                    }
                    "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                        if vm.isinstance(obj, &vm.t.syntax_error.clone()) =>
                    {
                        // SyntaxError(msg, (filename, lineno, offset, text,
                        // end_lineno, end_offset)).
                        let a = e.args.get_clone();
                        let items = a.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
                        let details = items
                            .get(1)
                            .and_then(|d| d.downcast::<Tuple>())
                            .map(|t| t.items.to_vec())
                            .unwrap_or_default();
                        let field = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
                            .iter()
                            .position(|f| *f == n);
                        match (n, field) {
                            ("msg", _) => items.first().cloned(),
                            (_, Some(i)) => Some(details.get(i).cloned().unwrap_or(Value::NONE)),
                            _ => Some(Value::NONE),
                        }
                    }
                    "name" | "path" | "msg" if vm.isinstance(obj, &vm.t.import_error.clone()) => Some(Value::NONE),
                    "name" | "obj" if vm.isinstance(obj, &vm.t.attribute_error.clone()) => Some(Value::NONE),
                    "name" if vm.isinstance(obj, &vm.t.name_error.clone()) => Some(Value::NONE),
                    "filename" | "filename2" if vm.isinstance(obj, &vm.t.os_error.clone()) => Some(Value::NONE),
                    "errno" | "strerror" if vm.isinstance(obj, &vm.t.os_error.clone()) => {
                        let a = e.args.get_clone();
                        let items = a.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
                        if (2..=5).contains(&items.len()) {
                            Some(if n == "errno" { items[0].clone() } else { items[1].clone() })
                        } else {
                            Some(Value::NONE)
                        }
                    }
                    _ => None,
                });
            }
            Ok(None)
        }
        Some(ObjKind::Function) => {
            let f = obj.downcast::<Function>().unwrap();
            Ok(match n {
                "__name__" => Some(f.name.get_clone()),
                "__qualname__" => Some(f.qualname.get_clone()),
                "__doc__" => Some(f.doc.get_clone()),
                "__defaults__" => Some(f.defaults.get_clone()),
                "__kwdefaults__" => Some(f.kwdefaults.get_clone()),
                "__code__" => Some(f.code.clone()),
                "__globals__" => Some(f.globals.clone()),
                "__module__" => Some(f.module.get_clone()),
                "__closure__" => Some(f.closure.get_clone()),
                "__annotations__" => {
                    let a = f.annotations.get_clone();
                    if a.is_none() {
                        let d = vm.new_dict();
                        f.annotations.with_mut(|x| *x = d.clone());
                        Some(d)
                    } else {
                        Some(a)
                    }
                }
                "__dict__" => {
                    let d = f.dict.get_clone();
                    if d.is_none() {
                        let nd = vm.new_dict();
                        f.dict.with_mut(|x| *x = nd.clone());
                        Some(nd)
                    } else {
                        Some(d)
                    }
                }
                _ => None,
            })
        }
        Some(ObjKind::BoundMethod) => {
            let m = obj.downcast::<BoundMethod>().unwrap();
            Ok(match n {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    ops::getattr_opt(vm, &f, name)?
                }
            })
        }
        Some(ObjKind::NativeFunction) => {
            let f = obj.downcast::<NativeFunction>().unwrap();
            Ok(match n {
                "__name__" => Some(vm.new_str(f.name)),
                "__qualname__" => Some(vm.new_str(&f.qualname)),
                "__doc__" => Some(Value::NONE),
                "__self__" => Some(if f.bound.is_null() { Value::NONE } else { f.bound.clone() }),
                "__module__" => Some(vm.new_str("builtins")),
                _ => None,
            })
        }
        Some(ObjKind::Code) => {
            let c = obj.downcast::<CodeObj>().unwrap().code.clone();
            Ok(match n {
                "co_name" => Some(c.name.clone()),
                "co_qualname" => Some(c.qualname.clone()),
                "co_filename" => Some(c.filename.clone()),
                "co_argcount" => Some(Value::small_int(c.argcount as i64)),
                "co_posonlyargcount" => Some(Value::small_int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::small_int(c.kwonlyargcount as i64)),
                "co_firstlineno" => Some(Value::small_int(c.first_line as i64)),
                "co_nlocals" => {
                    Some(Value::small_int(c.varnames.iter().filter(|v| !s(v).starts_with('$')).count() as i64))
                }
                "co_varnames" => {
                    let v: Vec<Value> = c.varnames.iter().filter(|v| !s(v).starts_with('$')).cloned().collect();
                    Some(vm.new_tuple(v))
                }
                "co_freevars" => Some(vm.new_tuple(c.freevars.to_vec())),
                "co_cellvars" => Some(vm.new_tuple(c.cellvars.to_vec())),
                "co_flags" => Some(Value::small_int(c.flags as i64)),
                _ => None,
            })
        }
        Some(ObjKind::Cell) => Ok(match n {
            "cell_contents" => {
                let v = obj.downcast::<CellObj>().unwrap().v.get_clone();
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        }),
        Some(ObjKind::Slice) => {
            let sl = obj.downcast::<Slice>().unwrap();
            Ok(match n {
                "start" => Some(sl.start.clone()),
                "stop" => Some(sl.stop.clone()),
                "step" => Some(sl.step.clone()),
                _ => None,
            })
        }
        Some(ObjKind::Range) => {
            let r = obj.downcast::<Range>().unwrap();
            Ok(match n {
                "start" => Some(r.start.clone()),
                "stop" => Some(r.stop.clone()),
                "step" => Some(r.step.clone()),
                _ => None,
            })
        }
        Some(ObjKind::Property) => {
            let p = obj.downcast::<Property>().unwrap();
            Ok(match n {
                "fget" => Some(p.fget.get_clone()),
                "fset" => Some(p.fset.get_clone()),
                "fdel" => Some(p.fdel.get_clone()),
                "__doc__" => {
                    let d = p.doc.get_clone();
                    if d.is_none() {
                        let g = p.fget.get_clone();
                        {
                            let k = vm.intern_static("__doc__");
                            ops::getattr_opt(vm, &g, &k)
                        }?
                    } else {
                        Some(d)
                    }
                }
                _ => None,
            })
        }
        Some(ObjKind::StaticMethod) | Some(ObjKind::ClassMethod) => {
            let func = match obj.downcast::<StaticMethod>() {
                Some(sm) => sm.func.get_clone(),
                None => obj.downcast::<ClassMethod>().unwrap().func.get_clone(),
            };
            match n {
                "__func__" | "__wrapped__" => Ok(Some(func)),
                // Since 3.10 the wrapper copies the function's metadata.
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => {
                    ops::getattr_opt(vm, &func, name)
                }
                _ => Ok(None),
            }
        }
        Some(ObjKind::DictView) => Ok(match n {
            "mapping" => Some(obj.downcast::<DictView>().unwrap().dict.clone()),
            _ => None,
        }),
        Some(ObjKind::Complex) => {
            let c = obj.downcast::<Complex>().unwrap();
            Ok(match n {
                "real" => Some(Value::float(c.re)),
                "imag" => Some(Value::float(c.im)),
                _ => None,
            })
        }
        Some(ObjKind::Module) => Ok(match n {
            "__name__" => Some(obj.downcast::<Module>().unwrap().name.clone()),
            _ => None,
        }),
        Some(ObjKind::Generator) => Ok(crate::generator::gen_attr(vm, obj, n)),
        _ => {
            if ops::is_int_like(obj) {
                return Ok(match n {
                    "real" | "numerator" => Some(vm.new_int_big(as_bigint(obj).unwrap())),
                    "imag" => Some(Value::small_int(0)),
                    "denominator" => Some(Value::small_int(1)),
                    _ => None,
                });
            }
            if obj.is_float() {
                return Ok(match n {
                    "real" => Some(obj.clone()),
                    "imag" => Some(Value::float(0.0)),
                    _ => None,
                });
            }
            Ok(None)
        }
    }
}

/// Attribute lookup on a class object.
pub fn class_getattr(vm: &mut Vm, cls: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = s(name).to_string();
    let c = cls.downcast::<Class>().unwrap();
    // Data descriptors on the metaclass first (rare); then the class's MRO.
    if let Some(v) = c.lookup(name) {
        return Ok(Some(match v.kind() {
            Some(ObjKind::ClassMethod) => {
                let f = v.downcast::<ClassMethod>().unwrap().func.get_clone();
                vm.new_bound_method(f, cls.clone())
            }
            Some(ObjKind::StaticMethod) => v.downcast::<StaticMethod>().unwrap().func.get_clone(),
            Some(ObjKind::Instance) => {
                if let Some(get) = ops::lookup_special(vm, &v, "__get__") {
                    vm.call(&get, &[v.clone(), Value::NONE, cls.clone()], &[])?
                } else {
                    v
                }
            }
            _ => v,
        }));
    }
    let r = match n.as_str() {
        "__name__" => Some(c.name.get_clone()),
        "__qualname__" => Some(c.qualname.get_clone()),
        "__mro__" => {
            let m = c.mro_list(cls);
            Some(vm.new_tuple(m))
        }
        "__bases__" => Some(vm.new_tuple(c.bases.get_clone())),
        "__base__" => Some(c.bases.with(|b| b.first().cloned()).unwrap_or(Value::NONE)),
        "__dict__" => {
            // A read-only live view of the namespace.
            let proxy = alloc(vm.t.mappingproxy.clone(), Instance::new(false));
            let ns = c.dict.clone();
            proxy.downcast::<Instance>().unwrap().builtin_base.with_mut(|b| *b = ns);
            Some(proxy)
        }
        "__doc__" if c.builtin => {
            let n = c.name.with(|x| x.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default());
            Some(vm.new_string(format!("Built-in type {n}.")))
        }
        "__doc__" => Some(Value::NONE),
        "__module__" => Some(vm.new_str("builtins")),
        "__class__" => Some(vm.type_of(cls)),
        _ => None,
    };
    if r.is_some() {
        return Ok(r);
    }
    // Methods of the metaclass (e.g. type.mro, __subclasses__).
    let meta = vm.type_of(cls);
    if let Some(mc) = meta.downcast::<Class>() {
        if let Some(v) = mc.lookup(name) {
            return ops::bind(vm, &v, cls).map(Some);
        }
    }
    Ok(None)
}

pub fn class_setattr_special(vm: &mut Vm, cls: &Value, name: &Value, value: &Value) -> PyResult<Option<PyResult<()>>> {
    let c = cls.downcast::<Class>().unwrap();
    match s(name) {
        "__name__" => {
            let v = value.clone();
            c.name.with_mut(|x| *x = v);
            Ok(Some(Ok(())))
        }
        "__qualname__" => {
            let v = value.clone();
            c.qualname.with_mut(|x| *x = v);
            Ok(Some(Ok(())))
        }
        "__bases__" => Ok(Some(set_bases(vm, cls, value))),
        _ => Ok(None),
    }
}

/// `cls.__bases__ = value`: checks for cycles, then recomputes the MRO of
/// the class and its subclasses.
fn set_bases(vm: &mut Vm, cls: &Value, value: &Value) -> PyResult<()> {
    let c = cls.downcast::<Class>().unwrap();
    let Some(t) = value.downcast::<Tuple>() else {
        let tn = vm.type_name(value);
        let cn = Vm::class_name(cls);
        return Err(vm.type_error(format!("can only assign tuple to {cn}.__bases__, not {tn}")));
    };
    let new_bases = t.items.to_vec();
    if new_bases.is_empty() {
        let cn = Vm::class_name(cls);
        return Err(vm.type_error(format!("can only assign non-empty tuple to {cn}.__bases__, not ()")));
    }
    for b in &new_bases {
        if b.kind() != Some(ObjKind::Class) {
            let cn = Vm::class_name(cls);
            let tn = vm.type_name(b);
            return Err(vm.type_error(format!("{cn}.__bases__ must be tuple of classes, not '{tn}'")));
        }
        if vm.is_subclass(b, cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let old = c.bases.with_mut(|b| std::mem::replace(b, new_bases.clone()));
    if let Err(e) = recompute_mros(vm, cls) {
        c.bases.with_mut(|b| *b = old);
        recompute_mros(vm, cls)?;
        return Err(e);
    }
    let me = cls.header_ptr();
    for b in &old {
        if let Some(bc) = b.downcast::<Class>() {
            bc.subclasses.with_mut(|s| s.retain(|p| *p != me));
        }
    }
    for b in &new_bases {
        if let Some(bc) = b.downcast::<Class>() {
            bc.subclasses.with_mut(|s| s.push(me));
        }
    }
    // Renew the version first: the flags are recomputed by cached lookups,
    // which must not see entries from before the change.
    c.invalidate();
    super::update_class_flags(vm, cls);
    Ok(())
}

fn recompute_mros(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    super::compute_mro(vm, cls)?;
    let subs = cls.downcast::<Class>().unwrap().subclasses.get_clone();
    for s in subs {
        // SAFETY: subclass pointers are live (removed when a class is freed);
        // the increment gives the new value its own reference.
        let sv = unsafe {
            (*s).incref();
            Value::from_header(s)
        };
        recompute_mros(vm, &sv)?;
    }
    Ok(())
}

pub fn function_setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let f = obj.downcast::<Function>().unwrap();
    let sname = s(name);
    if matches!(sname, "__name__" | "__qualname__") && value.kind() != Some(ObjKind::Str) {
        return Err(vm.type_error(format!("{sname} must be set to a string object")));
    }
    if matches!(sname, "__globals__" | "__closure__" | "__builtins__") {
        return Err(vm.attribute_error("readonly attribute"));
    }
    match sname {
        "__name__" => f.name.with_mut(|x| *x = value),
        "__qualname__" => f.qualname.with_mut(|x| *x = value),
        "__doc__" => f.doc.with_mut(|x| *x = value),
        "__defaults__" => f.defaults.with_mut(|x| *x = value),
        "__kwdefaults__" => f.kwdefaults.with_mut(|x| *x = value),
        "__module__" => f.module.with_mut(|x| *x = value),
        _ => {
            let d = f.dict.get_clone();
            let d = if d.is_none() {
                let nd = vm.new_dict();
                f.dict.with_mut(|x| *x = nd.clone());
                nd
            } else {
                d
            };
            let k = vm.intern_value(name);
            d.downcast::<Dict>().unwrap().set_str(k, value);
        }
    }
    Ok(())
}

/// Setting the special fields of an exception; true if handled.
pub fn exc_setattr(vm: &mut Vm, obj: &Value, name: &Value, value: &Value) -> PyResult<bool> {
    let inst = obj.downcast::<Instance>().unwrap();
    let e = match &inst.exc {
        Some(e) => e,
        None => return Ok(false),
    };
    let v = value.clone();
    match s(name) {
        "args" => {
            let items = ops::collect(vm, value)?;
            let t = vm.new_tuple(items);
            e.args.with_mut(|x| *x = t);
        }
        "__cause__" => {
            e.cause.with_mut(|x| *x = v);
            e.suppress_context.set(true);
        }
        "__context__" => e.context.with_mut(|x| *x = v),
        "__suppress_context__" => e.suppress_context.set(value.is_true_singleton()),
        "__traceback__" => crate::traceback::set_traceback(vm, obj, value)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Whether `name` is a declared slot of the instance's class (or a base).
pub fn slot_allowed(vm: &mut Vm, obj: &Value, name: &Value) -> bool {
    let cls = vm.type_of(obj);
    let mro = cls.downcast::<Class>().unwrap().mro_list(&cls);
    for c in mro {
        let cc = c.downcast::<Class>().unwrap();
        let ok = cc.slots.with(|sl| sl.as_ref().map(|v| v.iter().any(|x| s(x) == s(name))).unwrap_or(false));
        if ok {
            return true;
        }
    }
    false
}

/// `super().name`.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let sp = sup.downcast::<Super>().unwrap();
    let this = sp.this_class.clone();
    let obj = sp.obj.clone();
    let start = sp.obj_type.clone();
    let sname = s(name);
    if start.kind() == Some(ObjKind::Class) && sname != "__class__" {
        let mro = start.downcast::<Class>().unwrap().mro_list(&start);
        let pos = mro.iter().position(|c| c.is(&this)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            let cc = c.downcast::<Class>().unwrap();
            if let Some(v) = cc.namespace().get_str(name) {
                let is_class_obj = obj.is(&start);
                if !is_class_obj {
                    return ops::bind(vm, &v, &obj).map(Some);
                }
                return Ok(Some(match v.kind() {
                    Some(ObjKind::ClassMethod) => {
                        let f = v.downcast::<ClassMethod>().unwrap().func.get_clone();
                        vm.new_bound_method(f, start.clone())
                    }
                    Some(ObjKind::StaticMethod) => v.downcast::<StaticMethod>().unwrap().func.get_clone(),
                    Some(ObjKind::Instance) => match ops::lookup_special(vm, &v, "__get__") {
                        Some(get) => vm.call(&get, &[v.clone(), Value::NONE, start.clone()], &[])?,
                        None => v,
                    },
                    _ => v,
                }));
            }
        }
    }
    // The super object's own attributes.
    let own = |v: &Value| if v.is_null() { Value::NONE } else { v.clone() };
    match sname {
        "__class__" => Ok(Some(vm.t.super_.clone())),
        "__thisclass__" => Ok(Some(this)),
        "__self__" => Ok(Some(own(&obj))),
        "__self_class__" => Ok(Some(own(&start))),
        _ => Ok(None),
    }
}
