//! The semantics of Python's operators and protocols: arithmetic,
//! comparison, truth, hashing, attribute access, subscription, iteration,
//! `repr`/`str`/`format`.
//!
//! Each operation first tries the built-in representations directly (small
//! ints, floats, big ints, strings, lists, ...) and only then falls back to the
//! special-method protocol (`__add__`/`__radd__`, `__eq__`, `__getitem__`,
//! ...), in CPython's order, including the rule that a right operand whose
//! type is a proper subclass of the left's gets the first try.

use crate::bytecode::{BinOp, CmpOp, BINOP_DUNDERS, BINOP_SYMBOLS, CMP_DUNDERS, CMP_SYMBOLS};
use crate::class::{flags as cflags, Class, Instance};
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

// -- Numbers ------------------------------------------------------------------

/// An int-like value (int, bool, big int) as a BigInt.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    if v.is_small_int() {
        Some(BigInt::from(v.as_small_int()))
    } else if v.is_bool() {
        Some(BigInt::from(v.is_true_singleton() as i64))
    } else {
        v.downcast::<Int>().map(|i| i.v.clone())
    }
}

/// An int-like value as i64 if it fits.
#[inline]
pub fn as_i64(v: &Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.as_small_int())
    } else if v.is_bool() {
        Some(v.is_true_singleton() as i64)
    } else {
        v.downcast::<Int>().and_then(|i| i.v.to_i64())
    }
}

pub fn is_int_like(v: &Value) -> bool {
    v.is_small_int() || v.is_bool() || v.kind() == Some(ObjKind::BigInt)
}

/// Numeric equality without running Python code (None if not both numbers).
pub fn num_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is_float() && b.is_float() {
        return Some(a.as_float() == b.as_float());
    }
    let ai = is_int_like(a);
    let bi = is_int_like(b);
    if ai && bi {
        if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
            return Some(x == y);
        }
        return Some(as_bigint(a) == as_bigint(b));
    }
    if ai && b.is_float() {
        return Some(crate::numeric::cmp_big_f64(&as_bigint(a)?, b.as_float()) == Some(Ordering::Equal));
    }
    if a.is_float() && bi {
        return Some(crate::numeric::cmp_big_f64(&as_bigint(b)?, a.as_float()) == Some(Ordering::Equal));
    }
    if a.is_none() || b.is_none() || a.is_null() || b.is_null() {
        return Some(a.is(b));
    }
    None
}

/// The value of an int-like or float as f64.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if v.is_float() {
        return Ok(Some(v.as_float()));
    }
    if let Some(i) = as_i64(v) {
        return Ok(Some(i as f64));
    }
    if let Some(b) = v.downcast::<Int>() {
        return crate::numeric::big_to_f64(&b.v).map(Some).map_err(|e| vm.num_err(e));
    }
    Ok(None)
}

fn int_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use crate::numeric as n;
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(vm.zero_division("integer division or modulo by zero"));
                }
                n::i64_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(vm.zero_division("integer modulo by zero"));
                }
                n::i64_mod(x, y)
            }
            BinOp::And | BinOp::Or | BinOp::Xor if a.is_bool() && b.is_bool() => {
                let r = match op {
                    BinOp::And => x & y,
                    BinOp::Or => x | y,
                    _ => x ^ y,
                };
                return Ok(Value::bool(r != 0));
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift if (0..63).contains(&y) => {
                let r = x.checked_shl(y as u32);
                r.filter(|r| (r >> y) == x)
            }
            BinOp::RShift if y >= 0 => Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(vm.new_int(r));
        }
        if op == BinOp::TrueDiv {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Value::float(x as f64 / y as f64));
            }
        }
    }
    let x = as_bigint(a).unwrap();
    let y = as_bigint(b).unwrap();
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => n::big_floordiv(&x, &y).map_err(|e| vm.num_err(e))?,
        BinOp::Mod => n::big_mod(&x, &y).map_err(|e| vm.num_err(e))?,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => n::big_shl(&x, &y).map_err(|e| vm.num_err(e))?,
        BinOp::RShift => n::big_shr(&x, &y).map_err(|e| vm.num_err(e))?,
        BinOp::TrueDiv => return n::int_true_div(&x, &y).map(Value::float).map_err(|e| vm.num_err(e)),
        BinOp::Pow => {
            return match n::big_pow(&x, &y, None).map_err(|e| vm.num_err(e))? {
                n::PowResult::Int(i) => Ok(vm.new_int_big(i)),
                n::PowResult::Float(f) => Ok(Value::float(f)),
            }
        }
        BinOp::MatMul => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_int_big(r))
}

fn float_binary(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    use crate::numeric as n;
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => n::float_floordiv(x, y).map_err(|e| vm.num_err(e))?,
        BinOp::Mod => n::float_mod(x, y).map_err(|e| vm.num_err(e))?,
        BinOp::Pow => match n::float_pow(x, y) {
            Ok(v) => v,
            Err(n::NumError::Value(m)) if m == "complex" => {
                // A negative base with a fractional exponent gives a complex
                // (and an OverflowError when it overflows, as in CPython).
                let (re, im) = n::float_pow_complex(x, y).map_err(|e| vm.num_err(e))?;
                return Ok(vm.new_complex(re, im));
            }
            Err(e) => return Err(vm.num_err(e)),
        },
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::float(r))
}

fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    if br == 0.0 && bi == 0.0 {
        return (1.0, 0.0);
    }
    if ar == 0.0 && ai == 0.0 {
        return (0.0, 0.0);
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

fn as_complex(v: &Value) -> Option<(f64, f64)> {
    if let Some(c) = v.downcast::<Complex>() {
        return Some((c.re, c.im));
    }
    if v.is_float() {
        return Some((v.as_float(), 0.0));
    }
    as_i64(v).map(|i| (i as f64, 0.0))
}

fn complex_binary(vm: &mut Vm, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            let d = br * br + bi * bi;
            if d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        BinOp::Pow => complex_pow(ar, ai, br, bi),
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_complex(r, i))
}

/// The built-in implementation of a binary operator, or NotImplemented.
pub fn prim_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let ai = is_int_like(a);
    let bi = is_int_like(b);
    if ai && bi {
        return int_binary(vm, op, a, b);
    }
    if (a.is_float() || ai) && (b.is_float() || bi) {
        if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul) {
            return Ok(vm.not_implemented.clone());
        }
        let x = to_f64(vm, a)?.unwrap();
        let y = to_f64(vm, b)?.unwrap();
        return float_binary(vm, op, x, y);
    }
    if a.kind() == Some(ObjKind::Complex) || b.kind() == Some(ObjKind::Complex) {
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            return complex_binary(vm, op, x, y);
        }
        return Ok(vm.not_implemented.clone());
    }
    crate::types::seq_binary(vm, op, a, b)
}

/// Whether a value's class is a plain built-in (not a user class).
#[inline]
fn is_builtin_value(vm: &Vm, v: &Value) -> bool {
    v.kind() != Some(ObjKind::Instance) && vm.class_of(v).builtin
}

/// `a <op> b` with the full protocol.
pub fn binary_op(vm: &mut Vm, op: BinOp, inplace: bool, a: &Value, b: &Value) -> PyResult<Value> {
    let (dunder, rdunder, idunder) = BINOP_DUNDERS[op as usize];
    if inplace && !is_builtin_value(vm, a) {
        if let Some(f) = lookup_special(vm, a, idunder) {
            let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if inplace && a.kind() == Some(ObjKind::List) && op == BinOp::Add {
        // list += iterable extends in place.
        let items = collect(vm, b)?;
        a.downcast::<List>().unwrap().items.with_mut(|v| v.extend(items));
        return Ok(a.clone());
    }
    if inplace && a.kind() == Some(ObjKind::List) && op == BinOp::Mul {
        if let Some(n) = as_i64(b) {
            let l = a.downcast::<List>().unwrap();
            let items = l.items.get_clone();
            let mut out = Vec::new();
            for _ in 0..n.max(0) {
                out.extend(items.iter().cloned());
            }
            l.items.with_mut(|v| *v = out);
            return Ok(a.clone());
        }
    }
    if inplace
        && matches!(a.kind(), Some(ObjKind::Set))
        && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
    {
        if let Some(r) = crate::types::set_inplace(vm, op, a, b)? {
            return Ok(r);
        }
    }
    if inplace && a.kind() == Some(ObjKind::Dict) && op == BinOp::Or {
        crate::types::dict_update_from(vm, a, b, false)?;
        return Ok(a.clone());
    }
    let a_builtin = is_builtin_value(vm, a);
    let b_builtin = is_builtin_value(vm, b);
    if a_builtin && b_builtin {
        let r = prim_binary(vm, op, a, b)?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
        return Err(binop_type_error(vm, op, inplace, a, b));
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let fa = lookup_special(vm, a, dunder);
    let fb = if ta.is(&tb) { None } else { lookup_special(vm, b, rdunder) };
    // A right operand of a subclass type that overrides the reflected method
    // goes first.
    if let Some(g) = &fb {
        if vm.is_subclass(&tb, &ta) && !reflected_inherited(vm, &ta, rdunder, g) {
            let r = vm.call(g, &[b.clone(), a.clone()], &[])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
            if let Some(f) = &fa {
                let r = vm.call(f, &[a.clone(), b.clone()], &[])?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
            return Err(binop_type_error(vm, op, inplace, a, b));
        }
    }
    if let Some(f) = &fa {
        let r = vm.call(f, &[a.clone(), b.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(g) = &fb {
        let r = vm.call(g, &[b.clone(), a.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(binop_type_error(vm, op, inplace, a, b))
}

/// Whether the reflected method `g` found on a right operand's type is the
/// same one the left operand's type has (then the subclass does not override
/// it and the normal order applies).
fn reflected_inherited(vm: &mut Vm, ta: &Value, rdunder: &str, g: &Value) -> bool {
    let n = vm.intern(rdunder);
    match ta.downcast::<Class>().and_then(|c| c.lookup(&n)) {
        Some(f) => f.is(g),
        None => false,
    }
}

fn binop_type_error(vm: &mut Vm, op: BinOp, inplace: bool, a: &Value, b: &Value) -> PyErr {
    let ta = vm.type_name(a);
    let tb = vm.type_name(b);
    if op == BinOp::Add && matches!(a.kind(), Some(ObjKind::Bytes) | Some(ObjKind::ByteArray)) {
        return vm.type_error(format!("can't concat {tb} to {ta}"));
    }
    if op == BinOp::Add && a.kind() == Some(ObjKind::Str) {
        return vm.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
    }
    if op == BinOp::Add && matches!(a.kind(), Some(ObjKind::List) | Some(ObjKind::Tuple)) && !inplace {
        return vm.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
    }
    if op == BinOp::Mul
        && (matches!(a.kind(), Some(ObjKind::Str) | Some(ObjKind::List) | Some(ObjKind::Tuple) | Some(ObjKind::Bytes))
            || matches!(
                b.kind(),
                Some(ObjKind::Str) | Some(ObjKind::List) | Some(ObjKind::Tuple) | Some(ObjKind::Bytes)
            ))
    {
        let other = if matches!(
            a.kind(),
            Some(ObjKind::Str) | Some(ObjKind::List) | Some(ObjKind::Tuple) | Some(ObjKind::Bytes)
        ) {
            tb
        } else {
            ta
        };
        return vm.type_error(format!("can't multiply sequence by non-int of type '{other}'"));
    }
    let sym = BINOP_SYMBOLS[op as usize];
    let sym = if inplace { format!("{sym}=") } else { sym.to_string() };
    if op == BinOp::Pow && !inplace {
        return vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"));
    }
    vm.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
}

/// Unary operators through `__neg__`, `__pos__`, `__invert__`, `__abs__`.
pub fn unary(vm: &mut Vm, dunder: &'static str, a: &Value) -> PyResult<Value> {
    if is_int_like(a) {
        let x = as_bigint(a).unwrap();
        return Ok(match dunder {
            "__neg__" => vm.new_int_big(-x),
            "__pos__" => vm.new_int_big(x),
            "__invert__" => vm.new_int_big(!x),
            _ => vm.new_int_big(x.abs()),
        });
    }
    if a.is_float() {
        let x = a.as_float();
        return match dunder {
            "__neg__" => Ok(Value::float(-x)),
            "__pos__" => Ok(Value::float(x)),
            "__abs__" => Ok(Value::float(x.abs())),
            _ => Err(vm.type_error("bad operand type for unary ~: 'float'")),
        };
    }
    if let Some(c) = a.downcast::<Complex>() {
        let (re, im) = (c.re, c.im);
        return match dunder {
            "__neg__" => Ok(vm.new_complex(-re, -im)),
            "__pos__" => Ok(vm.new_complex(re, im)),
            "__abs__" => Ok(Value::float(re.hypot(im))),
            _ => Err(vm.type_error("bad operand type for unary ~: 'complex'")),
        };
    }
    if !is_builtin_value(vm, a) {
        if let Some(f) = lookup_special(vm, a, dunder) {
            return vm.call(&f, &[a.clone()], &[]);
        }
    }
    let tn = vm.type_name(a);
    let sym = match dunder {
        "__neg__" => "unary -",
        "__pos__" => "unary +",
        "__invert__" => "unary ~",
        _ => "abs()",
    };
    Err(vm.type_error(format!("bad operand type for {sym}: '{tn}'")))
}

// -- Comparison ---------------------------------------------------------------

fn ord_to_bool(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    }
}

/// Built-in comparison: Some(result) or None when the protocol must decide.
fn prim_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let ai = is_int_like(a);
    let bi = is_int_like(b);
    if ai && bi {
        let o = match (as_i64(a), as_i64(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => as_bigint(a).unwrap().cmp(&as_bigint(b).unwrap()),
        };
        return Ok(Some(ord_to_bool(op, o)));
    }
    if (a.is_float() || ai) && (b.is_float() || bi) {
        let o = if a.is_float() && b.is_float() {
            a.as_float().partial_cmp(&b.as_float())
        } else if a.is_float() {
            crate::numeric::cmp_big_f64(&as_bigint(b).unwrap(), a.as_float()).map(|o| o.reverse())
        } else {
            crate::numeric::cmp_big_f64(&as_bigint(a).unwrap(), b.as_float())
        };
        return Ok(Some(match o {
            Some(o) => ord_to_bool(op, o),
            None => op == CmpOp::Ne,
        }));
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str), Some(ObjKind::Str)) => {
            let x = &a.downcast::<Str>().unwrap().s;
            let y = &b.downcast::<Str>().unwrap().s;
            return Ok(Some(ord_to_bool(op, x.as_ref().cmp(y.as_ref()))));
        }
        (Some(ObjKind::Bytes), Some(ObjKind::Bytes)) => {
            let x = &a.downcast::<Bytes>().unwrap().b;
            let y = &b.downcast::<Bytes>().unwrap().b;
            return Ok(Some(ord_to_bool(op, x.cmp(y))));
        }
        (Some(ObjKind::Tuple), Some(ObjKind::Tuple)) | (Some(ObjKind::List), Some(ObjKind::List)) => {
            let x = seq_items(a);
            let y = seq_items(b);
            return seq_compare(vm, op, &x, &y).map(Some);
        }
        (Some(ObjKind::BoundMethod), Some(ObjKind::BoundMethod)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            // Equal when they bind the same function to the same object.
            let (x, y) = (a.downcast::<BoundMethod>().unwrap(), b.downcast::<BoundMethod>().unwrap());
            let same = x.receiver.is(&y.receiver) && eq_bool(vm, &x.func.clone(), &y.func.clone())?;
            return Ok(Some(same == (op == CmpOp::Eq)));
        }
        (Some(ObjKind::Complex), _) | (_, Some(ObjKind::Complex)) => {
            if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
                return match op {
                    CmpOp::Eq => Ok(Some(x == y)),
                    CmpOp::Ne => Ok(Some(x != y)),
                    _ => Ok(None),
                };
            }
        }
        _ => {}
    }
    if let Some(r) = crate::types::prim_compare_more(vm, op, a, b)? {
        return Ok(Some(r));
    }
    Ok(None)
}

fn seq_items(v: &Value) -> Vec<Value> {
    if let Some(t) = v.downcast::<Tuple>() {
        t.items.to_vec()
    } else if let Some(l) = v.downcast::<List>() {
        l.items.get_clone()
    } else {
        Vec::new()
    }
}

/// Lexicographic comparison of sequences, as CPython does it.
pub fn seq_compare(vm: &mut Vm, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !eq_bool(vm, &x[i], &y[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = compare(vm, op, &x[i], &y[i])?;
                    truthy(vm, &r)
                }
            };
        }
    }
    Ok(ord_to_bool(op, x.len().cmp(&y.len())))
}

/// `a <op> b` with the full rich-comparison protocol.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne)
        && a.kind() == Some(ObjKind::Instance)
        && b.kind() == Some(ObjKind::Instance)
        && identity_eq(vm, a)
        && identity_eq(vm, b)
    {
        // Both sides' `__eq__` and `__ne__` are `object`'s: each answers
        // NotImplemented unless the operands are one object, and Python
        // then falls back to identity too.
        return Ok(Value::bool(a.is(b) == (op == CmpOp::Eq)));
    }
    let a_builtin = is_builtin_value(vm, a);
    let b_builtin = is_builtin_value(vm, b);
    if a_builtin && b_builtin {
        if let Some(r) = prim_compare(vm, op, a, b)? {
            return Ok(Value::bool(r));
        }
        return match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(cmp_type_error(vm, op, a, b)),
        };
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let dunder = CMP_DUNDERS[op as usize];
    let rdunder = CMP_DUNDERS[op.swapped() as usize];
    let reflected_first = !ta.is(&tb) && vm.is_subclass(&tb, &ta);
    if reflected_first {
        if let Some(g) = lookup_special(vm, b, rdunder) {
            let r = vm.call(&g, &[b.clone(), a.clone()], &[])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = lookup_special(vm, a, dunder) {
        let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if !reflected_first {
        if let Some(g) = lookup_special(vm, b, rdunder) {
            let r = vm.call(&g, &[b.clone(), a.clone()], &[])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(cmp_type_error(vm, op, a, b)),
    }
}

/// Whether `v`'s class takes `__eq__` and `__ne__` from `object`, cached on
/// the class for its current version (a class's version changes whenever
/// it or a base is mutated, and is never reused).
fn identity_eq(vm: &mut Vm, v: &Value) -> bool {
    let version = vm.class_of(v).version.get();
    if version != 0 && vm.class_of(v).identity_eq.get() == version {
        return true;
    }
    let object = vm.t.object.clone();
    let Some(object) = object.downcast::<crate::class::Class>() else { return false };
    let (eq, ne) = (vm.intern_static("__eq__"), vm.intern_static("__ne__"));
    let c = vm.class_of(v);
    let same = |name: &Value| match (c.lookup(name), object.lookup(name)) {
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    };
    let default = same(&eq) && same(&ne);
    if default {
        c.identity_eq.set(version);
    }
    default
}

fn cmp_type_error(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyErr {
    let ta = vm.type_name(a);
    let tb = vm.type_name(b);
    vm.type_error(format!("'{}' not supported between instances of '{}' and '{}'", CMP_SYMBOLS[op as usize], ta, tb))
}

/// `a == b` as a Rust bool.
pub fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = crate::dict::fast_eq(a, b) {
        return Ok(r);
    }
    let r = compare(vm, CmpOp::Eq, a, b)?;
    if r.is_bool() {
        return Ok(r.is_true_singleton());
    }
    truthy(vm, &r)
}

// -- Truth, length, hashing ----------------------------------------------------

pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v.is_true_singleton());
    }
    if v.is_none() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    match v.kind() {
        Some(ObjKind::Str) => return Ok(v.downcast::<Str>().unwrap().char_len > 0),
        Some(ObjKind::List) => return Ok(v.downcast::<List>().unwrap().items.with(|i| !i.is_empty())),
        Some(ObjKind::Tuple) => return Ok(!v.downcast::<Tuple>().unwrap().items.is_empty()),
        Some(ObjKind::Dict) => return Ok(!v.downcast::<Dict>().unwrap().is_empty()),
        Some(ObjKind::Set) => return Ok(!v.downcast::<crate::dict::SetData>().unwrap().is_empty()),
        Some(ObjKind::BigInt) => return Ok(true),
        Some(ObjKind::Instance) => {
            if let Some(f) = lookup_special(vm, v, "__bool__") {
                let r = vm.call(&f, &[v.clone()], &[])?;
                if !r.is_bool() {
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("__bool__ should return bool, returned {tn}")));
                }
                return Ok(r.is_true_singleton());
            }
            if let Some(f) = lookup_special(vm, v, "__len__") {
                let r = vm.call(&f, &[v.clone()], &[])?;
                let n = len_result(vm, &r)?;
                return Ok(n > 0);
            }
            return Ok(true);
        }
        _ => {}
    }
    match len_builtin(v) {
        Some(n) => Ok(n > 0),
        None => {
            if let Some(c) = v.downcast::<Complex>() {
                return Ok(c.re != 0.0 || c.im != 0.0);
            }
            Ok(true)
        }
    }
}

fn len_builtin(v: &Value) -> Option<usize> {
    Some(match v.kind()? {
        ObjKind::Str => v.downcast::<Str>()?.char_len,
        ObjKind::List => v.downcast::<List>()?.items.with(|i| i.len()),
        ObjKind::Tuple => v.downcast::<Tuple>()?.items.len(),
        ObjKind::Dict => v.downcast::<Dict>()?.len(),
        ObjKind::Set => v.downcast::<crate::dict::SetData>()?.len(),
        ObjKind::FrozenSet => v.downcast::<FrozenSet>()?.0.len(),
        ObjKind::Bytes => v.downcast::<Bytes>()?.b.len(),
        ObjKind::ByteArray => v.downcast::<ByteArray>()?.b.with(|b| b.len()),
        ObjKind::Range => crate::types::range_len(v.downcast::<Range>()?).to_usize()?,
        ObjKind::DictView => v.downcast::<DictView>()?.dict.downcast::<Dict>()?.len(),
        _ => return None,
    })
}

fn len_result(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    match as_i64(r) {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => Err(vm.value_error("__len__() should return >= 0")),
        None => {
            if r.kind() == Some(ObjKind::BigInt) {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            let tn = vm.type_name(r);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if v.kind() != Some(ObjKind::Instance) {
        if let Some(n) = len_builtin(v) {
            return Ok(n);
        }
        if let Some(r) = v.downcast::<Range>() {
            let _ = r;
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
    }
    if let Some(f) = lookup_special(vm, v, "__len__") {
        let r = vm.call(&f, &[v.clone()], &[])?;
        return len_result(vm, &r);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{tn}' has no len()")))
}

pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use crate::numeric as n;
    if v.is_small_int() {
        return Ok(n::hash_i64(v.as_small_int()));
    }
    if v.is_float() {
        return Ok(n::hash_f64(v.as_float()));
    }
    if v.is_bool() {
        return Ok(v.is_true_singleton() as i64);
    }
    if !v.is_ptr() {
        return Ok((v.bits() >> 4) as i64 & 0x0fff_ffff);
    }
    match v.kind().unwrap() {
        ObjKind::Str => Ok(crate::types::str_hash(v)),
        ObjKind::BigInt => Ok(n::hash_big(&v.downcast::<Int>().unwrap().v)),
        ObjKind::Bytes => Ok(crate::types::bytes_hash(v)),
        ObjKind::Tuple => {
            let t = v.downcast::<Tuple>().unwrap();
            let h = t.hash.get();
            if h != -1 {
                return Ok(h);
            }
            let mut hs = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                hs.push(hash(vm, x)?);
            }
            let h = n::hash_tuple(&hs);
            t.hash.set(h);
            Ok(h)
        }
        ObjKind::FrozenSet => {
            let items = v.downcast::<FrozenSet>().unwrap().0.items();
            let mut hs = Vec::with_capacity(items.len());
            for x in &items {
                hs.push(hash(vm, x)?);
            }
            Ok(crate::types::frozenset_hash(&hs))
        }
        ObjKind::Range => {
            // Equal ranges hash alike: CPython hashes (len, start, step),
            // with start and step replaced by None when they do not matter.
            let r = v.downcast::<Range>().unwrap();
            let n = crate::types::range_len(r);
            let hn = n::hash_big(&n);
            let none = (Value::NONE.bits() >> 4) as i64 & 0x0fff_ffff;
            let hs = if n == 0.into() { none } else { hash(vm, &r.start.clone())? };
            let ht = if n <= 1.into() { none } else { hash(vm, &r.step.clone())? };
            Ok(n::hash_tuple(&[hn, hs, ht]))
        }
        ObjKind::Complex => {
            let c = v.downcast::<Complex>().unwrap();
            let h = n::hash_f64(c.re).wrapping_add(n::hash_f64(c.im).wrapping_mul(1000003));
            Ok(if h == -1 { -2 } else { h })
        }
        ObjKind::List | ObjKind::Dict | ObjKind::Set | ObjKind::ByteArray | ObjKind::Slice => Err(vm.unhashable(v)),
        ObjKind::Instance => {
            let cls = vm.type_of(v);
            let hk = vm.intern_static("__hash__");
            let f = cls.downcast::<Class>().unwrap().lookup(&hk);
            match f {
                Some(f) if f.is_none() => Err(vm.unhashable(v)),
                Some(f)
                    if f.kind() == Some(ObjKind::NativeFunction)
                        && f.downcast::<NativeFunction>().unwrap().name == "__hash__"
                        && vm.class_of(v).lookup(&hk).is_some() =>
                {
                    let r = vm.call(&f, &[v.clone()], &[])?;
                    hash_result(vm, &r)
                }
                Some(f) => {
                    let r = vm.call(&f, &[v.clone()], &[])?;
                    hash_result(vm, &r)
                }
                None => Ok(identity_hash(v)),
            }
        }
        _ => Ok(identity_hash(v)),
    }
}

fn hash_result(vm: &mut Vm, r: &Value) -> PyResult<i64> {
    // As in CPython: a result that fits a machine word is used as is (with
    // -1 reserved), a larger one is hashed like an int.
    if let Some(i) = as_i64(r) {
        return Ok(if i == -1 { -2 } else { i });
    }
    if let Some(i) = as_bigint(r) {
        let h = crate::numeric::hash_big(&i);
        return Ok(h);
    }
    Err(vm.type_error("__hash__ method should return an integer"))
}

pub fn identity_hash(v: &Value) -> i64 {
    (address_of(v) >> 4) as i64
}

/// The "address" `id()` and default reprs show: the object's address, or the
/// payload bits of an immediate value.
pub fn address_of(v: &Value) -> u64 {
    if v.is_ptr() {
        v.header_ptr() as u64
    } else {
        v.bits() & crate::value::PAYLOAD_MASK
    }
}

// -- Attributes -----------------------------------------------------------------

/// Looks a special method up on the value's class (not the instance).
pub fn lookup_special(vm: &mut Vm, v: &Value, name: &'static str) -> Option<Value> {
    let n = vm.intern_static(name);
    vm.class_of(v).lookup(&n)
}

/// Applies the descriptor protocol to a class attribute found for `obj`.
pub fn bind(vm: &mut Vm, attr: &Value, obj: &Value) -> PyResult<Value> {
    match attr.kind() {
        Some(ObjKind::Function) => Ok(vm.new_bound_method(attr.clone(), obj.clone())),
        Some(ObjKind::NativeFunction) => {
            let nf = attr.downcast::<NativeFunction>().unwrap();
            if nf.bound.is_null() {
                Ok(vm.new_bound_method(attr.clone(), obj.clone()))
            } else {
                Ok(attr.clone())
            }
        }
        Some(ObjKind::ClassMethod) => {
            let f = attr.downcast::<ClassMethod>().unwrap().func.get_clone();
            let t = vm.type_of(obj);
            Ok(vm.new_bound_method(f, t))
        }
        Some(ObjKind::StaticMethod) => Ok(attr.downcast::<StaticMethod>().unwrap().func.get_clone()),
        Some(ObjKind::Property) => {
            let g = attr.downcast::<Property>().unwrap().fget.get_clone();
            if g.is_none() {
                return Err(vm.attribute_error("unreadable attribute"));
            }
            vm.call(&g, &[obj.clone()], &[])
        }
        Some(ObjKind::Instance) => {
            if let Some(get) = lookup_special(vm, attr, "__get__") {
                let t = vm.type_of(obj);
                return vm.call(&get, &[attr.clone(), obj.clone(), t], &[]);
            }
            Ok(attr.clone())
        }
        _ => Ok(attr.clone()),
    }
}

fn is_data_descriptor(vm: &mut Vm, d: &Value) -> bool {
    match d.kind() {
        Some(ObjKind::Property) => true,
        Some(ObjKind::Instance) => {
            lookup_special(vm, d, "__set__").is_some() || lookup_special(vm, d, "__delete__").is_some()
        }
        _ => false,
    }
}

fn str_of(v: &Value) -> &str {
    v.downcast::<Str>().map(|s| &*s.s).unwrap_or("")
}

/// `getattr(obj, name)`; `name` is an interned str.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    match getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(attr_error(vm, obj, name)),
    }
}

pub fn attr_error(vm: &mut Vm, obj: &Value, name: &Value) -> PyErr {
    let n = str_of(name).to_string();
    let err = match obj.kind() {
        Some(ObjKind::Class) => {
            let cn = Vm::class_name(obj);
            vm.attribute_error(format!("type object '{cn}' has no attribute '{n}'"))
        }
        Some(ObjKind::Module) => {
            let mn = str_of(&obj.downcast::<Module>().unwrap().name).to_string();
            if crate::import::is_initializing(vm, &mn) {
                vm.attribute_error(format!(
                    "partially initialized module '{mn}' has no attribute '{n}' (most likely due to a circular import)"
                ))
            } else {
                vm.attribute_error(format!("module '{mn}' has no attribute '{n}'"))
            }
        }
        Some(ObjKind::LazyImport) => {
            let ln = crate::lazy_import::display_name(obj.downcast::<LazyImport>().unwrap());
            vm.attribute_error(format!("cannot access attribute '{n}' on unresolved lazy import '{ln}'"))
        }
        _ => {
            let tn = vm.type_name(obj);
            vm.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
        }
    };
    // AttributeError.name and .obj, as CPython sets them for failed lookups.
    if let Some(inst) = err.0.downcast::<crate::class::Instance>() {
        let (kn, ko) = (vm.intern_static("name"), vm.intern_static("obj"));
        inst.set_attr(vm, &kn, name.clone());
        inst.set_attr(vm, &ko, obj.clone());
    }
    err
}

/// `mod.name` where the module's entry is a PEP 810 proxy: a module
/// `__getattr__` is asked first (CPython gh-144957) and, when it has no
/// answer, the proxy is reified and replaces the entry.
fn module_lazy_attr(vm: &mut Vm, obj: &Value, name: &Value, proxy: &Value) -> PyResult<Value> {
    let d = obj.downcast::<Module>().unwrap().dict.clone();
    let ga = vm.intern_static("__getattr__");
    if let Some(f) = d.downcast::<Dict>().unwrap().get_str(&ga) {
        match vm.call(&f, &[name.clone()], &[]) {
            Ok(v) => return Ok(v),
            Err(e) if vm.exc_matches(&e, &vm.t.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
    }
    crate::lazy_import::reify_entry(vm, &d, name, proxy)
}

/// Attribute lookup returning None instead of AttributeError when absent.
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match obj.kind() {
        Some(ObjKind::Instance) => {
            let cls_flags = vm.class_of(obj).flags.get();
            if cls_flags & cflags::HAS_GETATTRIBUTE != 0 {
                if let Some(f) = lookup_special(vm, obj, "__getattribute__") {
                    return match vm.call(&f, &[obj.clone(), name.clone()], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if vm.exc_matches(&e, &vm.t.attribute_error.clone()) => {
                            getattr_hook(vm, obj, name, Some(e))
                        }
                        Err(e) => Err(e),
                    };
                }
            }
            let descr = vm.class_of(obj).lookup(name);
            if let Some(d) = &descr {
                if is_data_descriptor(vm, d) {
                    return bind_or_hook(vm, d, obj, name);
                }
            }
            let inst = obj.downcast::<Instance>().unwrap();
            if let Some(v) = inst.get_attr(name) {
                return Ok(Some(v));
            }
            if let Some(d) = descr {
                return bind_or_hook(vm, &d, obj, name);
            }
            if let Some(v) = crate::types::special_attr(vm, obj, name)? {
                return Ok(Some(v));
            }
            getattr_hook(vm, obj, name, None)
        }
        Some(ObjKind::Class) => crate::types::class_getattr(vm, obj, name),
        Some(ObjKind::Module) => {
            let m = obj.downcast::<Module>().unwrap();
            if let Some(v) = m.dict.downcast::<Dict>().unwrap().get_str(name) {
                if crate::lazy_import::is_lazy(&v) {
                    return module_lazy_attr(vm, obj, name, &v).map(Some);
                }
                return Ok(Some(v));
            }
            if !vm.lazy.pending.is_empty() {
                let mn = str_of(&m.name).to_string();
                if let Some(sub) = crate::lazy_import::pending_submodule(vm, &mn, str_of(name))? {
                    return Ok(Some(sub));
                }
            }
            let m = obj.downcast::<Module>().unwrap();
            if str_of(name) == "__dict__" {
                return Ok(Some(m.dict.clone()));
            }
            let ga = vm.intern_static("__getattr__");
            if let Some(f) = m.dict.downcast::<Dict>().unwrap().get_str(&ga) {
                return match vm.call(&f, &[name.clone()], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.exc_matches(&e, &vm.t.attribute_error.clone()) => Err(e),
                    Err(e) => Err(e),
                };
            }
            if let Some(v) = crate::types::special_attr(vm, obj, name)? {
                return Ok(Some(v));
            }
            Ok(None)
        }
        Some(ObjKind::Super) => crate::types::super_getattr(vm, obj, name),
        _ => {
            if let Some(v) = crate::types::special_attr(vm, obj, name)? {
                return Ok(Some(v));
            }
            let descr = vm.class_of(obj).lookup(name);
            match descr {
                Some(d) => bind(vm, &d, obj).map(Some),
                None => {
                    if obj.kind() == Some(ObjKind::Function) {
                        let f = obj.downcast::<Function>().unwrap();
                        let d = f.dict.get_clone();
                        if let Some(dd) = d.downcast::<Dict>() {
                            return Ok(dd.get_str(name));
                        }
                    }
                    Ok(None)
                }
            }
        }
    }
}

/// Binds a class attribute found for an instance; an AttributeError raised
/// by a descriptor falls back to `__getattr__`, as in CPython.
fn bind_or_hook(vm: &mut Vm, d: &Value, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match bind(vm, d, obj) {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if vm.class_of(obj).flags.get() & cflags::HAS_GETATTR != 0
                && vm.exc_matches(&e, &vm.t.attribute_error.clone()) =>
        {
            getattr_hook(vm, obj, name, Some(e))
        }
        Err(e) => Err(e),
    }
}

fn getattr_hook(vm: &mut Vm, obj: &Value, name: &Value, pending: Option<PyErr>) -> PyResult<Option<Value>> {
    if vm.class_of(obj).flags.get() & cflags::HAS_GETATTR != 0 {
        if let Some(f) = lookup_special(vm, obj, "__getattr__") {
            return vm.call(&f, &[obj.clone(), name.clone()], &[]).map(Some);
        }
    }
    match pending {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

/// `setattr(obj, name, value)`; `name` is an interned str.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    match obj.kind() {
        Some(ObjKind::Instance) => {
            let flags = vm.class_of(obj).flags.get();
            if flags & cflags::HAS_SETATTR != 0 {
                if let Some(f) = lookup_special(vm, obj, "__setattr__") {
                    if f.kind() != Some(ObjKind::NativeFunction) {
                        vm.call(&f, &[obj.clone(), name.clone(), value], &[])?;
                        return Ok(());
                    }
                }
            }
            generic_setattr(vm, obj, name, value)
        }
        Some(ObjKind::Class) => {
            let c = obj.downcast::<Class>().unwrap();
            if c.builtin {
                let cn = Vm::class_name(obj);
                return Err(vm.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    str_of(name),
                    cn
                )));
            }
            if let Some(special) = crate::types::class_setattr_special(vm, obj, name, &value)? {
                return special;
            }
            c.namespace().set_str(name.clone(), value);
            // Renew the version first: the flags are recomputed by cached
            // lookups, which must not see entries from before the change.
            c.invalidate();
            crate::types::update_class_flags(vm, obj);
            Ok(())
        }
        Some(ObjKind::Module) => {
            obj.downcast::<Module>().unwrap().dict.downcast::<Dict>().unwrap().set_str(name.clone(), value);
            Ok(())
        }
        Some(ObjKind::Function) => crate::types::function_setattr(vm, obj, name, value),
        _ => Err(builtin_attr_write_error(vm, obj, name)?),
    }
}

/// The AttributeError for setting or deleting an attribute of a built-in
/// value without an instance dict, in CPython's wording for methods,
/// data descriptors and absent names.
fn builtin_attr_write_error(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<PyErr> {
    let tn = vm.type_name(obj);
    let n = str_of(name).to_string();
    if vm.class_of(obj).lookup(name).is_some() {
        return Ok(vm.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
    }
    if crate::types::special_attr(vm, obj, name)?.is_some() {
        if matches!(obj.kind(), Some(ObjKind::Complex | ObjKind::Slice | ObjKind::Range)) {
            return Ok(vm.attribute_error("readonly attribute"));
        }
        return Ok(vm.attribute_error(format!("attribute '{n}' of '{tn}' objects is not writable")));
    }
    Ok(vm.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
}

/// `obj.__class__ = cls` for instances of user classes with the same layout.
fn set_class(vm: &mut Vm, obj: &Value, new: &Value) -> PyResult<()> {
    let Some(nc) = new.downcast::<Class>() else {
        let tn = vm.type_name(new);
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
    };
    let oc = vm.class_of(obj);
    if nc.builtin || oc.builtin {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let same_layout = nc.base_kind.get() == oc.base_kind.get()
        && (nc.flags.get() ^ oc.flags.get()) & (cflags::IS_EXCEPTION | cflags::FLOAT_BASE) == 0;
    if !same_layout {
        let (a, b) = (Vm::class_name(new), vm.type_name(obj));
        return Err(vm.type_error(format!("__class__ assignment: '{a}' object layout differs from '{b}'")));
    }
    let h = obj.header().unwrap();
    let newp = new.header_ptr();
    // SAFETY: `new` is a live class; the object takes its own reference to
    // it and releases the one it held on the old class.
    unsafe {
        (*newp).incref();
        let old = h.ty.replace(newp);
        decref(old);
    }
    Ok(())
}

/// `object.__setattr__`: descriptors, slots, then the instance.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let descr = vm.class_of(obj).lookup(name);
    if let Some(d) = &descr {
        match d.kind() {
            Some(ObjKind::Property) => {
                let s = d.downcast::<Property>().unwrap().fset.get_clone();
                if s.is_none() {
                    let tn = vm.type_name(obj);
                    return Err(vm.attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        str_of(name),
                        tn
                    )));
                }
                vm.call(&s, &[obj.clone(), value], &[])?;
                return Ok(());
            }
            Some(ObjKind::Instance) => {
                if let Some(set) = lookup_special(vm, d, "__set__") {
                    vm.call(&set, &[d.clone(), obj.clone(), value], &[])?;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    if crate::types::exc_setattr(vm, obj, name, &value)? {
        return Ok(());
    }
    if descr.is_none() {
        match str_of(name) {
            "__class__" => return set_class(vm, obj, &value),
            "__dict__" if vm.class_of(obj).flags.get() & cflags::HAS_SLOTS == 0 => {
                if value.kind() != Some(ObjKind::Dict) {
                    let tn = vm.type_name(&value);
                    return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")));
                }
                if let Some(inst) = obj.downcast::<Instance>() {
                    inst.to_dict_mode(vm);
                    let old = inst.dict.with_mut(|d| std::mem::replace(d, value));
                    drop(old);
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    let cls = vm.class_of(obj);
    // Slots are checked only when the attribute is new to the instance: a
    // name already in its shape was allowed when first stored.
    let already = obj.downcast::<Instance>().map(|i| i.get_attr(name).is_some()).unwrap_or(false);
    if cls.flags.get() & cflags::HAS_SLOTS != 0 && !already && !crate::types::slot_allowed(vm, obj, name) {
        let tn = vm.type_name(obj);
        if descr.is_some() {
            return Err(vm.attribute_error(format!("'{}' object attribute '{}' is read-only", tn, str_of(name))));
        }
        return Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", tn, str_of(name))));
    }
    // Instances of built-in classes such as `object` itself have no dict.
    let cls = vm.class_of(obj);
    if cls.builtin && cls.flags.get() & cflags::IS_EXCEPTION == 0 {
        let tn = vm.type_name(obj);
        return Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", tn, str_of(name))));
    }
    let inst = obj.downcast::<Instance>().unwrap();
    let name = if name.header().map(|h| h.refcount() >= IMMORTAL / 2).unwrap_or(false) {
        name.clone()
    } else {
        vm.intern_value(name)
    };
    inst.set_attr(vm, &name, value);
    Ok(())
}

pub fn delattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    match obj.kind() {
        Some(ObjKind::Instance) => {
            if vm.class_of(obj).flags.get() & cflags::HAS_DELATTR != 0 {
                if let Some(f) = lookup_special(vm, obj, "__delattr__") {
                    if f.kind() != Some(ObjKind::NativeFunction) {
                        vm.call(&f, &[obj.clone(), name.clone()], &[])?;
                        return Ok(());
                    }
                }
            }
            generic_delattr(vm, obj, name)
        }
        Some(ObjKind::Class) => {
            let c = obj.downcast::<Class>().unwrap();
            if c.namespace().remove_str(name).is_none() {
                return Err(attr_error(vm, obj, name));
            }
            // Renew the version first: the flags are recomputed by cached
            // lookups, which must not see entries from before the change.
            c.invalidate();
            crate::types::update_class_flags(vm, obj);
            Ok(())
        }
        Some(ObjKind::Module) => {
            let m = obj.downcast::<Module>().unwrap();
            if m.dict.downcast::<Dict>().unwrap().remove_str(name).is_none() {
                return Err(attr_error(vm, obj, name));
            }
            Ok(())
        }
        Some(ObjKind::Function) => {
            let d = obj.downcast::<Function>().unwrap().dict.get_clone();
            match d.downcast::<Dict>() {
                Some(d) if d.remove_str(name).is_some() => Ok(()),
                _ => Err(attr_error(vm, obj, name)),
            }
        }
        _ => Err(builtin_attr_write_error(vm, obj, name)?),
    }
}

pub fn generic_delattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    if let Some(d) = vm.class_of(obj).lookup(name) {
        if let Some(p) = d.downcast::<Property>() {
            let del = p.fdel.get_clone();
            if del.is_none() {
                let tn = vm.type_name(obj);
                return Err(vm.attribute_error(format!(
                    "property '{}' of '{}' object has no deleter",
                    str_of(name),
                    tn
                )));
            }
            vm.call(&del, &[obj.clone()], &[])?;
            return Ok(());
        }
        if d.kind() == Some(ObjKind::Instance) {
            if let Some(f) = lookup_special(vm, &d, "__delete__") {
                vm.call(&f, &[d.clone(), obj.clone()], &[])?;
                return Ok(());
            }
        }
    }
    let inst = obj.downcast::<Instance>().unwrap();
    let name = vm.intern_value(name);
    if !inst.del_attr(vm, &name) {
        if vm.class_of(obj).flags.get() & cflags::HAS_SLOTS != 0 && crate::types::slot_allowed(vm, obj, &name) {
            return Err(vm.attribute_error(str_of(&name)));
        }
        return Err(attr_error(vm, obj, &name));
    }
    Ok(())
}

/// For `obj.name(...)`: returns (callable, self) or (bound, NULL).
pub fn load_method(vm: &mut Vm, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
    let kind = obj.kind();
    if kind != Some(ObjKind::Class) && kind != Some(ObjKind::Module) && kind != Some(ObjKind::Super) {
        let flags = vm.class_of(&obj).flags.get();
        if flags & (cflags::HAS_GETATTRIBUTE | cflags::HAS_GETATTR) == 0 {
            if let Some(d) = vm.class_of(&obj).lookup(name) {
                if matches!(d.kind(), Some(ObjKind::Function))
                    || (d.kind() == Some(ObjKind::NativeFunction)
                        && d.downcast::<NativeFunction>().unwrap().bound.is_null())
                {
                    let shadowed = match obj.downcast::<Instance>() {
                        Some(inst) => inst.get_attr(name).is_some(),
                        None => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
    }
    let v = getattr(vm, &obj, name)?;
    Ok((v, Value::NULL))
}

// -- Subscription -----------------------------------------------------------------

pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if obj.kind() == Some(ObjKind::Instance) {
        if let Some(f) = lookup_special(vm, obj, "__getitem__") {
            return vm.call(&f, &[obj.clone(), key.clone()], &[]);
        }
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("'{tn}' object is not subscriptable")));
    }
    if obj.kind() == Some(ObjKind::Class) {
        if let Some(f) = {
            let k = vm.intern_static("__class_getitem__");
            getattr_opt(vm, obj, &k)
        }? {
            return vm.call(&f, &[key.clone()], &[]);
        }
        if obj.downcast::<Class>().unwrap().builtin {
            return Ok(obj.clone());
        }
    }
    crate::types::builtin_getitem(vm, obj, key)
}

pub fn setitem(vm: &mut Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    if obj.kind() == Some(ObjKind::Instance) {
        if let Some(f) = lookup_special(vm, obj, "__setitem__") {
            vm.call(&f, &[obj.clone(), key, value], &[])?;
            return Ok(());
        }
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("'{tn}' object does not support item assignment")));
    }
    crate::types::builtin_setitem(vm, obj, key, value)
}

pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if obj.kind() == Some(ObjKind::Instance) {
        if let Some(f) = lookup_special(vm, obj, "__delitem__") {
            vm.call(&f, &[obj.clone(), key.clone()], &[])?;
            return Ok(());
        }
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("'{tn}' object doesn't support item deletion")));
    }
    crate::types::builtin_delitem(vm, obj, key)
}

pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if container.kind() == Some(ObjKind::Instance) {
        if let Some(f) = lookup_special(vm, container, "__contains__") {
            if f.is_none() {
                let tn = vm.type_name(container);
                return Err(vm.type_error(format!("'{tn}' object is not a container")));
            }
            let r = vm.call(&f, &[container.clone(), item.clone()], &[])?;
            return truthy(vm, &r);
        }
        if lookup_special(vm, container, "__iter__").is_some() || lookup_special(vm, container, "__getitem__").is_some()
        {
            let it = iter(vm, container)?;
            while let Some(x) = next(vm, &it)? {
                if eq_bool(vm, &x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let tn = vm.type_name(container);
        return Err(vm.type_error(format!("argument of type '{tn}' is not iterable")));
    }
    crate::types::builtin_contains(vm, container, item)
}

// -- Iteration ----------------------------------------------------------------------

pub fn iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.kind() == Some(ObjKind::Instance) {
        if let Some(f) = lookup_special(vm, v, "__iter__") {
            if f.is_none() {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("'{tn}' object is not iterable")));
            }
            let it = vm.call(&f, &[v.clone()], &[])?;
            if lookup_special(vm, &it, "__next__").is_none()
                && it.kind() != Some(ObjKind::Iter)
                && it.kind() != Some(ObjKind::Generator)
            {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!("iter() returned non-iterator of type '{tn}'")));
            }
            return Ok(it);
        }
        if lookup_special(vm, v, "__getitem__").is_some() {
            return Ok(crate::iter::seq_iter(vm, v.clone()));
        }
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object is not iterable")));
    }
    crate::iter::builtin_iter(vm, v)
}

/// The next item, or None when the iterator is exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.kind() {
        Some(ObjKind::Iter) => crate::iter::iter_next(vm, it),
        Some(ObjKind::Generator) => match crate::generator::resume(vm, it, Value::NONE)? {
            crate::generator::SendResult::Yield(v) => Ok(Some(v)),
            crate::generator::SendResult::Return(_) => Ok(None),
        },
        _ => {
            let f = match lookup_special(vm, it, "__next__") {
                Some(f) => f,
                None => {
                    let tn = vm.type_name(it);
                    return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
                }
            };
            match vm.call(&f, &[it.clone()], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration.clone()) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(ObjKind::List) => return Ok(v.downcast::<List>().unwrap().items.get_clone()),
        Some(ObjKind::Tuple) => return Ok(v.downcast::<Tuple>().unwrap().items.to_vec()),
        _ => {}
    }
    if v.kind() == Some(ObjKind::Generator) {
        if let Some(items) = crate::generator::collect_all(vm, v)? {
            return Ok(items);
        }
    }
    let it = iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// How CPython names a callable in call errors: `module.qualname()`, or
/// just `qualname()` for built-ins.
pub fn function_str(vm: &mut Vm, f: &Value) -> String {
    let (module, qualname) = match f.kind() {
        Some(ObjKind::Function) => {
            let func = f.downcast::<Function>().unwrap();
            (func.module.get_clone(), func.qualname.get_clone())
        }
        Some(ObjKind::BoundMethod) => return function_str(vm, &f.downcast::<BoundMethod>().unwrap().func.clone()),
        Some(ObjKind::Class) => {
            let c = f.downcast::<Class>().unwrap();
            let mk = vm.intern_static("__module__");
            (c.namespace().get_str(&mk).unwrap_or(Value::NONE), c.qualname.get_clone())
        }
        Some(ObjKind::NativeFunction) => {
            return format!("{}()", f.downcast::<NativeFunction>().unwrap().qualname);
        }
        _ => return format!("{}()", vm.type_name(f)),
    };
    let q = str_of(&qualname).to_string();
    match module.downcast::<Str>() {
        Some(m) if &*m.s != "builtins" => format!("{}.{q}()", m.s),
        _ => format!("{q}()"),
    }
}

/// `**other` merged into the keyword dict `d` of a call to `func`.
pub fn merge_call_kwargs(vm: &mut Vm, d: &Value, other: &Value, func: &Value) -> PyResult<()> {
    let dd = d.downcast::<Dict>().unwrap();
    let pairs: Vec<(Value, Value)> = if let Some(o) = other.downcast::<Dict>() {
        o.items()
    } else {
        let kn = vm.intern_static("keys");
        let keys = match getattr_opt(vm, other, &kn)? {
            Some(k) => k,
            None => {
                let fs = function_str(vm, func);
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!("{fs} argument after ** must be a mapping, not {tn}")));
            }
        };
        let ks = vm.call(&keys, &[], &[])?;
        let mut out = Vec::new();
        for k in collect(vm, &ks)? {
            let v = getitem(vm, other, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if dd.contains(vm, &k)? {
            let fs = function_str(vm, func);
            let ks = str(vm, &k)?;
            return Err(vm.type_error(format!("{fs} got multiple values for keyword argument '{}'", str_of(&ks))));
        }
        dd.set(vm, k, v)?;
    }
    Ok(())
}

/// Unpacking for assignment: exactly `before` items, or with a starred target
/// `before` + list + `after` items.
pub fn unpack(vm: &mut Vm, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let it = match iter(vm, seq) {
        Ok(it) => it,
        Err(e) => {
            if vm.exc_matches(&e, &vm.t.type_error.clone()) {
                let tn = vm.type_name(seq);
                return Err(vm.type_error(format!("cannot unpack non-iterable {tn} object")));
            }
            return Err(e);
        }
    };
    match after {
        None => {
            let mut out = Vec::with_capacity(before);
            while out.len() < before {
                match next(vm, &it)? {
                    Some(v) => out.push(v),
                    None => {
                        let got = out.len();
                        return Err(
                            vm.value_error(format!("not enough values to unpack (expected {before}, got {got})"))
                        );
                    }
                }
            }
            if next(vm, &it)?.is_some() {
                return Err(vm.value_error(format!("too many values to unpack (expected {before})")));
            }
            Ok(out)
        }
        Some(after) => {
            let mut all = Vec::new();
            while let Some(v) = next(vm, &it)? {
                all.push(v);
            }
            if all.len() < before + after {
                let got = all.len();
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    got
                )));
            }
            let tail = all.split_off(all.len() - after);
            let mid = all.split_off(before);
            let mut out = all;
            out.push(vm.new_list(mid));
            out.extend(tail);
            Ok(out)
        }
    }
}

// -- Text conversions --------------------------------------------------------------

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = crate::types::repr_string(vm, v)?;
    Ok(vm.new_string(s))
}

pub fn str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.kind() == Some(ObjKind::Str) {
        return Ok(v.clone());
    }
    let s = crate::types::str_string(vm, v)?;
    Ok(vm.new_string(s))
}

pub fn ascii(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = crate::types::repr_string(vm, v)?;
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(vm.new_string(out))
}

pub fn format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let spec_s = str_of(spec).to_string();
    if v.kind() == Some(ObjKind::Instance) || !vm.class_of(v).builtin {
        if let Some(f) = lookup_special(vm, v, "__format__") {
            if f.kind() != Some(ObjKind::NativeFunction) {
                let r = vm.call(&f, &[v.clone(), spec.clone()], &[])?;
                if r.kind() != Some(ObjKind::Str) {
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("__format__ must return a str, not {tn}")));
                }
                return Ok(r);
            }
        }
    }
    // The built-in `__format__` methods give `str(self)` for an empty spec,
    // which matters for instances of subclasses that override `__str__`.
    if spec_s.is_empty() && v.kind() == Some(ObjKind::Instance) {
        return str(vm, v);
    }
    let s = crate::types::format_builtin(vm, v, &spec_s)?;
    Ok(vm.new_string(s))
}

// -- Exceptions -----------------------------------------------------------------------

/// Builds the exception for `raise exc from cause`.
pub fn make_raise(vm: &mut Vm, exc: Value, cause: Option<Value>) -> PyErr {
    let base = vm.t.base_exception.clone();
    let inst = if exc.kind() == Some(ObjKind::Class) && vm.is_subclass(&exc, &base) {
        match vm.call(&exc, &[], &[]) {
            Ok(i) => i,
            Err(e) => return e,
        }
    } else if vm.isinstance(&exc, &base) {
        exc
    } else {
        return vm.type_error("exceptions must derive from BaseException");
    };
    if let Some(c) = cause {
        let c = if c.is_none() {
            c
        } else if c.kind() == Some(ObjKind::Class) && vm.is_subclass(&c, &base) {
            match vm.call(&c, &[], &[]) {
                Ok(i) => i,
                Err(e) => return e,
            }
        } else if vm.isinstance(&c, &base) {
            c
        } else {
            return vm.type_error("exception causes must derive from BaseException");
        };
        if let Some(i) = inst.downcast::<Instance>() {
            if let Some(e) = &i.exc {
                e.cause.with_mut(|x| *x = c);
                e.suppress_context.set(true);
            }
        }
    }
    PyErr(inst)
}

/// `except ty:` matching.
pub fn exception_matches(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let base = vm.t.base_exception.clone();
    if let Some(t) = ty.downcast::<Tuple>() {
        let items = t.items.to_vec();
        for x in &items {
            if x.kind() == Some(ObjKind::Tuple) {
                return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
            if exception_matches(vm, exc, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if ty.kind() != Some(ObjKind::Class) || !vm.is_subclass(ty, &base) {
        return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(vm.isinstance(exc, ty))
}

// -- Pattern matching -----------------------------------------------------------------

pub fn match_class(vm: &mut Vm, subj: &Value, cls: &Value, npos: usize, kwnames: &Value) -> PyResult<Value> {
    if cls.kind() != Some(ObjKind::Class) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !vm.isinstance(subj, cls) {
        return Ok(Value::NONE);
    }
    let mut out = Vec::new();
    if npos > 0 {
        let self_match = {
            let t = &vm.t;
            [
                &t.bool_,
                &t.bytearray,
                &t.bytes,
                &t.dict,
                &t.float,
                &t.frozenset,
                &t.int,
                &t.list,
                &t.set,
                &t.str_,
                &t.tuple,
            ]
            .iter()
            .any(|c| vm.is_subclass(cls, c))
        };
        let ma = vm.intern_static("__match_args__");
        let match_args = getattr_opt(vm, cls, &ma)?;
        match match_args {
            Some(ma) => {
                let names = match ma.downcast::<Tuple>() {
                    Some(t) => t.items.to_vec(),
                    None => {
                        return Err(vm.type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            Vm::class_name(cls),
                            vm.type_name(&ma)
                        )))
                    }
                };
                if npos > names.len() {
                    let cn = Vm::class_name(cls);
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        cn,
                        names.len(),
                        if names.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for n in names.iter().take(npos) {
                    let n = vm.intern_value(n);
                    match getattr_opt(vm, subj, &n)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::NONE),
                    }
                }
            }
            None if self_match => {
                if npos > 1 {
                    let cn = Vm::class_name(cls);
                    return Err(vm.type_error(format!("{cn}() accepts 1 positional sub-pattern ({npos} given)")));
                }
                out.push(subj.clone());
            }
            None => {
                let cn = Vm::class_name(cls);
                return Err(vm.type_error(format!("{cn}() accepts 0 positional sub-patterns ({npos} given)")));
            }
        }
    }
    if let Some(t) = kwnames.downcast::<Tuple>() {
        for n in t.items.iter() {
            let n = vm.intern_value(n);
            match getattr_opt(vm, subj, &n)? {
                Some(v) => out.push(v),
                None => return Ok(Value::NONE),
            }
        }
    }
    Ok(vm.new_tuple(out))
}

pub fn match_keys(vm: &mut Vm, subj: &Value, keys: &Value, want_rest: bool) -> PyResult<(Value, Value)> {
    let keys = keys.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
    let d = crate::types::builtin_base(subj);
    let mut vals = Vec::new();
    let getk = vm.intern_static("get");
    for k in &keys {
        let v = match d.downcast::<Dict>() {
            Some(dd) if subj.kind() == Some(ObjKind::Dict) => dd.get(vm, k)?,
            _ => {
                let get = getattr(vm, subj, &getk)?;
                let marker = vm.new_list(vec![]);
                let r = vm.call(&get, &[k.clone(), marker.clone()], &[])?;
                if r.is(&marker) {
                    None
                } else {
                    Some(r)
                }
            }
        };
        match v {
            Some(v) => vals.push(v),
            None => return Ok((Value::NONE, Value::NONE)),
        }
    }
    let rest = if want_rest {
        let r = vm.new_dict();
        if let Some(dd) = d.downcast::<Dict>() {
            for (k, v) in dd.items() {
                let mut skip = false;
                for kk in &keys {
                    if eq_bool(vm, &k, kk)? {
                        skip = true;
                    }
                }
                if !skip {
                    r.downcast::<Dict>().unwrap().set(vm, k, v)?;
                }
            }
        }
        r
    } else {
        Value::NONE
    };
    Ok((vm.new_tuple(vals), rest))
}

/// Converts a value to an index (`__index__`), with CPython's message.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_bigint(v) {
        return Ok(i);
    }
    if v.kind() == Some(ObjKind::Instance) {
        if let Some(f) = lookup_special(vm, v, "__index__") {
            let r = vm.call(&f, &[v.clone()], &[])?;
            if let Some(i) = as_bigint(&r) {
                return Ok(i);
            }
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
        }
        let b = crate::types::builtin_base(v);
        if let Some(i) = as_bigint(&b) {
            return Ok(i);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

pub fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = as_i64(v) {
        return Ok(i);
    }
    let b = index(vm, v)?;
    match b.to_i64() {
        Some(i) => Ok(i),
        None => {
            let _ = b.is_zero();
            Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
    }
}
