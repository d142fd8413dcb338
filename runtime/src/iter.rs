//! Built-in iterators: over lists, tuples, ranges, strings, dicts and sets,
//! plus `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`
//! and the `__getitem__` sequence protocol.
//!
//! All of them share one payload, [`Iter`], whose state is an enum; the
//! specializing interpreter recognises the list, tuple and range states
//! (`ForIterList`, `ForIterRange`) and steps them without a call.

use crate::object::*;
use crate::ops;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub enum IterState {
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    List {
        seq: Value,
        idx: usize,
    },
    Tuple {
        seq: Value,
        idx: usize,
    },
    Str {
        seq: Value,
        pos: usize,
    },
    Bytes {
        seq: Value,
        idx: usize,
    },
    Dict {
        dict: Value,
        idx: usize,
        len: usize,
        which: u8,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    /// `__getitem__` with 0, 1, 2, ... until IndexError.
    Seq {
        obj: Value,
        idx: i64,
    },
    /// Reverse over an indexable sequence.
    Reversed {
        seq: Value,
        remaining: usize,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    /// `enumerate` with a start beyond i64.
    EnumerateBig {
        it: Value,
        count: BigInt,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Done,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Range,
    List,
    Tuple,
    Other,
}

pub struct Iter {
    pub state: PyCell<IterState>,
}

impl Payload for Iter {
    const KIND: ObjKind = ObjKind::Iter;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.state.with(|s| match s {
            IterState::List { seq, .. }
            | IterState::Tuple { seq, .. }
            | IterState::Str { seq, .. }
            | IterState::Bytes { seq, .. } => visit(seq),
            IterState::Dict { dict, .. } => visit(dict),
            IterState::Set { set, .. } => visit(set),
            IterState::Seq { obj, .. } => visit(obj),
            IterState::Reversed { seq, .. } => visit(seq),
            IterState::Enumerate { it, .. } | IterState::EnumerateBig { it, .. } => visit(it),
            IterState::Zip { its, .. } => its.iter().for_each(|x| visit(x)),
            IterState::Map { func, its } => {
                visit(func);
                its.iter().for_each(|x| visit(x));
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            _ => {}
        });
    }
    fn clear(&self) {
        let old = self.state.with_mut(|s| std::mem::replace(s, IterState::Done));
        drop(old);
    }
}

impl Iter {
    pub fn kind(&self) -> IterKind {
        self.state.with(|s| match s {
            IterState::Range { .. } => IterKind::Range,
            IterState::List { .. } => IterKind::List,
            IterState::Tuple { .. } => IterKind::Tuple,
            _ => IterKind::Other,
        })
    }

    /// Steps a small-range iterator: None if this is not one, Some(None) when
    /// exhausted.
    #[inline(always)]
    pub fn next_range(&self) -> Option<Option<i64>> {
        self.state.with_mut(|s| match s {
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c + *step;
                    Some(Some(c))
                } else {
                    Some(None)
                }
            }
            _ => None,
        })
    }

    /// Steps a list or tuple iterator: None if this is not one.
    #[inline(always)]
    pub fn next_seq(&self) -> Option<Option<Value>> {
        self.state.with_mut(|s| match s {
            IterState::List { seq, idx } => {
                // SAFETY: the state holds a list.
                let l = unsafe { seq.downcast_unchecked::<List>() };
                let v = l.items.with(|items| items.get(*idx).cloned());
                if v.is_some() {
                    *idx += 1;
                }
                Some(v)
            }
            IterState::Tuple { seq, idx } => {
                // SAFETY: the state holds a tuple.
                let t = unsafe { seq.downcast_unchecked::<Tuple>() };
                let v = t.items.get(*idx).cloned();
                if v.is_some() {
                    *idx += 1;
                }
                Some(v)
            }
            _ => None,
        })
    }

    /// The next count of an `enumerate` with an i64 count, else None.
    pub fn enumerate_count(&self) -> Option<i64> {
        self.state.with(|s| match s {
            IterState::Enumerate { count, .. } => Some(*count),
            _ => None,
        })
    }

    /// For `_FOR_ITER_ENUMERATE`: steps an `enumerate` over a list, tuple or
    /// small range whose next count is a small int, giving the count and
    /// the item (a new reference) in one visit of the state; Some(None)
    /// when the inner iterator is exhausted; None, with nothing changed,
    /// for any other iterator or a larger count (the interpreter then takes
    /// the step).
    #[inline]
    pub fn next_enumerate_small(&self) -> Option<Option<(i64, Value)>> {
        self.state.with_mut(|s| match s {
            IterState::Enumerate { it, count } if Value::fits_small(*count) => {
                let inner = it.downcast::<Iter>()?;
                let v = match inner.next_seq() {
                    Some(Some(item)) => item,
                    Some(None) => return Some(None),
                    None => match inner.next_range()? {
                        Some(n) => Value::small_int(n),
                        None => return Some(None),
                    },
                };
                let c = *count;
                *count += 1;
                Some(Some((c, v)))
            }
            _ => None,
        })
    }

    /// Steps an `enumerate` over a list, tuple or small range without running
    /// Python code: None if this is not one, Some(None) when the inner
    /// iterator is exhausted (the state is left for the caller to end),
    /// else the count and the item (a new reference).
    #[inline(never)]
    pub fn next_enumerate(&self) -> Option<Option<(i64, Value)>> {
        self.state.with_mut(|s| match s {
            IterState::Enumerate { it, count } => {
                let inner = it.downcast::<Iter>()?;
                let r = inner.next_seq().or_else(|| inner.next_range().map(|x| x.map(Value::small_int)))?;
                let c = *count;
                if r.is_some() {
                    *count += 1;
                }
                Some(r.map(|v| (c, v)))
            }
            _ => None,
        })
    }
}

/// Every built-in iterator class.
pub fn iter_classes(vm: &Vm) -> Vec<Value> {
    let t = &vm.t;
    [
        &t.iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.str_ascii_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.set_iterator,
        &t.list_reverseiterator,
        &t.reversed,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.callable_iterator,
    ]
    .into_iter()
    .cloned()
    .collect()
}

/// The built-in class of an iterator in `state` (CPython's type names).
fn iter_class(vm: &Vm, state: &IterState) -> Value {
    let t = &vm.t;
    match state {
        IterState::Range { .. } => &t.range_iterator,
        IterState::BigRange { .. } => &t.longrange_iterator,
        IterState::List { .. } => &t.list_iterator,
        IterState::Tuple { .. } => &t.tuple_iterator,
        IterState::Str { seq, .. } => {
            if seq.downcast::<Str>().map(|s| s.ascii).unwrap_or(false) {
                &t.str_ascii_iterator
            } else {
                &t.str_iterator
            }
        }
        IterState::Bytes { seq, .. } => {
            if seq.kind() == Some(ObjKind::ByteArray) {
                &t.bytearray_iterator
            } else {
                &t.bytes_iterator
            }
        }
        IterState::Dict { which: 0, .. } => &t.dict_keyiterator,
        IterState::Dict { which: 1, .. } => &t.dict_valueiterator,
        IterState::Dict { .. } => &t.dict_itemiterator,
        IterState::Set { .. } => &t.set_iterator,
        IterState::Reversed { seq, .. } if seq.kind() == Some(ObjKind::List) => &t.list_reverseiterator,
        IterState::Reversed { .. } => &t.reversed,
        IterState::Enumerate { .. } | IterState::EnumerateBig { .. } => &t.enumerate,
        IterState::Zip { .. } => &t.zip,
        IterState::Map { .. } => &t.map,
        IterState::Filter { .. } => &t.filter,
        IterState::Callable { .. } => &t.callable_iterator,
        IterState::Seq { .. } | IterState::Done => &t.iterator,
    }
    .clone()
}

pub fn new_iter(vm: &mut Vm, state: IterState) -> Value {
    let cls = iter_class(vm, &state);
    alloc(cls, Iter { state: PyCell::new(state) })
}

/// An iterator with an explicit class.
fn new_iter_of(cls: Value, state: IterState) -> Value {
    alloc(cls, Iter { state: PyCell::new(state) })
}

pub fn seq_iter(vm: &mut Vm, obj: Value) -> Value {
    new_iter(vm, IterState::Seq { obj, idx: 0 })
}

/// `iter(v)` for built-in values.
pub fn builtin_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let state = match v.kind() {
        Some(ObjKind::List) => IterState::List { seq: v.clone(), idx: 0 },
        Some(ObjKind::Tuple) => IterState::Tuple { seq: v.clone(), idx: 0 },
        Some(ObjKind::Str) => IterState::Str { seq: v.clone(), pos: 0 },
        Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => IterState::Bytes { seq: v.clone(), idx: 0 },
        Some(ObjKind::Dict) => {
            let len = v.downcast::<Dict>().unwrap().len();
            IterState::Dict { dict: v.clone(), idx: 0, len, which: 0 }
        }
        Some(ObjKind::DictView) => {
            let dv = v.downcast::<DictView>().unwrap();
            let len = dv.dict.downcast::<Dict>().unwrap().len();
            IterState::Dict { dict: dv.dict.clone(), idx: 0, len, which: dv.which }
        }
        Some(ObjKind::Set) => {
            let len = v.downcast::<crate::dict::SetData>().unwrap().len();
            IterState::Set { set: v.clone(), idx: 0, len }
        }
        Some(ObjKind::FrozenSet) => {
            let len = v.downcast::<FrozenSet>().unwrap().0.len();
            IterState::Set { set: v.clone(), idx: 0, len }
        }
        Some(ObjKind::Range) => {
            let r = v.downcast::<Range>().unwrap();
            match (ops::as_i64(&r.start), ops::as_i64(&r.stop), ops::as_i64(&r.step)) {
                (Some(a), Some(b), Some(c)) if Value::fits_small(a) && Value::fits_small(b) && Value::fits_small(c) => {
                    IterState::Range { cur: a, stop: b, step: c }
                }
                _ => IterState::BigRange {
                    cur: ops::as_bigint(&r.start).unwrap(),
                    stop: ops::as_bigint(&r.stop).unwrap(),
                    step: ops::as_bigint(&r.step).unwrap(),
                },
            }
        }
        Some(ObjKind::Iter) | Some(ObjKind::Generator) => return Ok(v.clone()),
        Some(ObjKind::File) => return Ok(v.clone()),
        _ => {
            if let Some(f) = ops::lookup_special(vm, v, "__iter__") {
                return vm.call(&f, &[v.clone()], &[]);
            }
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("'{tn}' object is not iterable")));
        }
    };
    Ok(new_iter(vm, state))
}

/// Advances a built-in iterator.
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let i = it.downcast::<Iter>().unwrap();
    if let Some(r) = i.next_range() {
        return Ok(r.map(Value::small_int));
    }
    if let Some(r) = i.next_seq() {
        return Ok(r);
    }
    // enumerate over a list, tuple or range steps without running Python.
    if let Some(r) = i.next_enumerate() {
        return Ok(match r {
            Some((c, v)) => {
                let c = vm.new_int(c);
                Some(vm.new_tuple(vec![c, v]))
            }
            None => {
                i.state.with_mut(|s| *s = IterState::Done);
                None
            }
        });
    }
    // States that may run Python code are stepped with the state taken out.
    let mut state = i.state.with_mut(|s| std::mem::replace(s, IterState::Done));
    let r = step(vm, &mut state);
    let finished = matches!(r, Ok(None));
    if !finished {
        i.state.with_mut(|s| *s = state);
    }
    r
}

fn step(vm: &mut Vm, state: &mut IterState) -> PyResult<Option<Value>> {
    match state {
        IterState::BigRange { cur, stop, step } => {
            let going = if step.is_positive() { *cur < *stop } else { *cur > *stop };
            if !going {
                return Ok(None);
            }
            let v = cur.clone();
            *cur += &*step;
            Ok(Some(vm.new_int_big(v)))
        }
        IterState::Str { seq, pos } => {
            let s = seq.downcast::<Str>().unwrap();
            match s.s[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Ok(Some(crate::types::char_str(vm, c)))
                }
                None => Ok(None),
            }
        }
        IterState::Bytes { seq, idx } => {
            let b = match seq.downcast::<Bytes>() {
                Some(b) => b.b.get(*idx).copied(),
                None => seq.downcast::<ByteArray>().unwrap().b.with(|v| v.get(*idx).copied()),
            };
            match b {
                Some(x) => {
                    *idx += 1;
                    Ok(Some(Value::small_int(x as i64)))
                }
                None => Ok(None),
            }
        }
        IterState::Dict { dict, idx, len, which } => {
            let d = dict.downcast::<Dict>().unwrap();
            if d.len() != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            loop {
                match d.entry_at(*idx) {
                    None => return Ok(None),
                    Some(None) => *idx += 1,
                    Some(Some((k, v))) => {
                        *idx += 1;
                        return Ok(Some(match which {
                            0 => k,
                            1 => v,
                            _ => vm.new_tuple(vec![k, v]),
                        }));
                    }
                }
            }
        }
        IterState::Set { set, idx, len } => {
            let data = match set.downcast::<crate::dict::SetData>() {
                Some(s) => s,
                None => &set.downcast::<FrozenSet>().unwrap().0,
            };
            if data.len() != *len {
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            loop {
                match data.entry_at(*idx) {
                    None => return Ok(None),
                    Some(None) => *idx += 1,
                    Some(Some(k)) => {
                        *idx += 1;
                        return Ok(Some(k));
                    }
                }
            }
        }
        IterState::Seq { obj, idx } => {
            let i = Value::small_int(*idx);
            match ops::getitem(vm, obj, &i) {
                Ok(v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                Err(e)
                    if vm.exc_matches(&e, &vm.t.index_error.clone())
                        || vm.exc_matches(&e, &vm.t.stop_iteration.clone()) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Reversed { seq, remaining } => {
            if *remaining == 0 {
                return Ok(None);
            }
            *remaining -= 1;
            let i = Value::small_int(*remaining as i64);
            match seq.kind() {
                Some(ObjKind::List) => {
                    let v = seq.downcast::<List>().unwrap().items.with(|v| v.get(*remaining).cloned());
                    Ok(v)
                }
                _ => match ops::getitem(vm, seq, &i) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if vm.exc_matches(&e, &vm.t.index_error.clone())
                            || vm.exc_matches(&e, &vm.t.stop_iteration.clone()) =>
                    {
                        *remaining = 0;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                },
            }
        }
        IterState::Enumerate { it, count } => match ops::next(vm, it)? {
            Some(v) => {
                let c = vm.new_int(*count);
                *count += 1;
                Ok(Some(vm.new_tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterState::EnumerateBig { it, count } => match ops::next(vm, it)? {
            Some(v) => {
                let c = vm.new_int_big(count.clone());
                *count += 1;
                Ok(Some(vm.new_tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterState::Zip { its, strict } => {
            let mut out = Vec::with_capacity(its.len());
            if its.is_empty() {
                return Ok(None);
            }
            for (n, it) in its.iter().enumerate() {
                match ops::next(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        if *strict {
                            if n > 0 {
                                let msg = if n == 1 {
                                    "zip() argument 2 is shorter than argument 1".to_string()
                                } else {
                                    format!("zip() argument {} is shorter than arguments 1-{}", n + 1, n)
                                };
                                return Err(vm.value_error(msg));
                            }
                            for (m, other) in its.iter().enumerate().skip(1) {
                                if ops::next(vm, other)?.is_some() {
                                    let msg = if m == 1 {
                                        "zip() argument 2 is longer than argument 1".to_string()
                                    } else {
                                        format!("zip() argument {} is longer than arguments 1-{}", m + 1, m)
                                    };
                                    return Err(vm.value_error(msg));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match ops::next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            let f = func.clone();
            vm.call(&f, &args, &[]).map(Some)
        }
        IterState::Filter { func, it } => loop {
            match ops::next(vm, it)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        ops::truthy(vm, &v)?
                    } else {
                        let f = func.clone();
                        let r = vm.call(&f, &[v.clone()], &[])?;
                        ops::truthy(vm, &r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        IterState::Callable { func, sentinel } => {
            let f = func.clone();
            let v = match vm.call(&f, &[], &[]) {
                Ok(v) => v,
                // A StopIteration from the callable ends the iteration.
                Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration.clone()) => return Ok(None),
                Err(e) => return Err(e),
            };
            if ops::eq_bool(vm, &v, sentinel)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Range { .. } | IterState::List { .. } | IterState::Tuple { .. } | IterState::Done => Ok(None),
    }
}

/// `len(range)`-style helper for `reversed()`.
pub fn reversed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.kind() {
        Some(ObjKind::Range) => {
            let r = v.downcast::<Range>().unwrap();
            // Small ranges reverse with machine arithmetic.
            if let (true, true, true) = (r.start.is_small_int(), r.stop.is_small_int(), r.step.is_small_int()) {
                let (a, b, c) = (r.start.as_small_int(), r.stop.as_small_int(), r.step.as_small_int());
                let n = if c > 0 {
                    if a < b {
                        (b - a - 1) / c + 1
                    } else {
                        0
                    }
                } else if a > b {
                    (a - b - 1) / (-c) + 1
                } else {
                    0
                };
                if n == 0 {
                    return Ok(new_iter(vm, IterState::Done));
                }
                let last = a + c * (n - 1);
                let new_stop = a - c;
                if Value::fits_small(last) && Value::fits_small(new_stop) {
                    return Ok(new_iter(vm, IterState::Range { cur: last, stop: new_stop, step: -c }));
                }
            }
            let n = crate::types::range_len(r);
            let start = ops::as_bigint(&r.start).unwrap();
            let step = ops::as_bigint(&r.step).unwrap();
            let last: BigInt = &start + &step * (&n - 1);
            let new_stop: BigInt = &start - &step;
            let small = last.to_i64().zip(new_stop.to_i64()).zip((-&step).to_i64());
            let state = match small {
                Some(((a, b), c)) if Value::fits_small(a) && Value::fits_small(b) => {
                    IterState::Range { cur: a, stop: b, step: c }
                }
                _ => IterState::BigRange { cur: last, stop: new_stop, step: -step },
            };
            if n.is_positive() {
                Ok(new_iter(vm, state))
            } else {
                Ok(new_iter(vm, IterState::Range { cur: 0, stop: 0, step: 1 }))
            }
        }
        Some(ObjKind::List) | Some(ObjKind::Tuple) | Some(ObjKind::Str) | Some(ObjKind::Bytes) => {
            let n = ops::len(vm, v)?;
            Ok(new_iter(vm, IterState::Reversed { seq: v.clone(), remaining: n }))
        }
        Some(ObjKind::Dict) => {
            let keys = v.downcast::<Dict>().unwrap().keys();
            let n = keys.len();
            let l = vm.new_list(keys);
            let cls = vm.t.dict_reversekeyiterator.clone();
            Ok(new_iter_of(cls, IterState::Reversed { seq: l, remaining: n }))
        }
        Some(ObjKind::Set) | Some(ObjKind::FrozenSet) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object is not reversible")))
        }
        _ => {
            if let Some(f) = ops::lookup_special(vm, v, "__reversed__") {
                if f.is_none() {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("'{tn}' object is not reversible")));
                }
                return vm.call(&f, &[v.clone()], &[]);
            }
            if ops::lookup_special(vm, v, "__getitem__").is_some() && ops::lookup_special(vm, v, "__len__").is_some() {
                let n = ops::len(vm, v)?;
                return Ok(new_iter(vm, IterState::Reversed { seq: v.clone(), remaining: n }));
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object is not reversible")))
        }
    }
}
