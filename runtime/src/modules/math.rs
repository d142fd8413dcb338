//! The `math` module: CPython's float API with its error conventions
//! ("math domain error" for invalid arguments, OverflowError "math range
//! error" for results too large).

use crate::numeric;
use crate::object::*;
use crate::ops::{self, as_bigint};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

fn arg_f64(vm: &mut Vm, a: &[Value], i: usize, fname: &str) -> PyResult<f64> {
    let v = match a.get(i) {
        Some(v) => crate::types::builtin_base(v),
        None => return Err(vm.type_error(format!("{fname}() missing required argument (pos {})", i + 1))),
    };
    match ops::to_f64(vm, &v)? {
        Some(x) => Ok(x),
        None => {
            if let Some(f) = ops::lookup_special(vm, &a[i], "__float__") {
                let r = vm.call(&f, &[a[i].clone()], &[])?;
                if r.is_float() {
                    return Ok(r.as_float());
                }
            }
            if let Some(f) = ops::lookup_special(vm, &a[i], "__index__") {
                let r = vm.call(&f, &[a[i].clone()], &[])?;
                if let Some(x) = ops::to_f64(vm, &r)? {
                    return Ok(x);
                }
            }
            let tn = vm.type_name(&a[i]);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

fn domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

/// Checks a libm result the way CPython's math_1 does.
fn checked(vm: &mut Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let b = crate::types::builtin_base(v);
    if b.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    ops::index(vm, v)
}

macro_rules! unary {
    ($vm:expr, $m:expr, $name:literal, $f:expr) => {{
        // The computation alone, for traces (`NativeFunction::f64_fn`).
        extern "C" fn compute(x: f64) -> f64 {
            let f: fn(f64) -> f64 = $f;
            f(x)
        }
        $vm.module_add_f64_fn(
            &$m,
            $name,
            |vm, a, _| {
                if a.len() != 1 {
                    return Err(vm.type_error(format!(
                        "math.{}() takes exactly one argument ({} given)",
                        $name,
                        a.len()
                    )));
                }
                let x = arg_f64(vm, a, 0, $name)?;
                checked(vm, x, compute(x))
            },
            compute,
        );
    }};
}

/// `math.sqrt`'s computation, for traces: NaN for a negative argument, which
/// sends the call back to the full function (and its ValueError).
extern "C" fn sqrt_f64(x: f64) -> f64 {
    x.sqrt()
}

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("math");
    vm.module_set(&m, "pi", Value::float(std::f64::consts::PI));
    vm.module_set(&m, "e", Value::float(std::f64::consts::E));
    vm.module_set(&m, "tau", Value::float(std::f64::consts::TAU));
    vm.module_set(&m, "inf", Value::float(f64::INFINITY));
    vm.module_set(&m, "nan", Value::float(f64::NAN));
    unary!(vm, m, "sin", f64::sin);
    unary!(vm, m, "cos", f64::cos);
    unary!(vm, m, "tan", f64::tan);
    unary!(vm, m, "asin", f64::asin);
    unary!(vm, m, "acos", f64::acos);
    unary!(vm, m, "atan", f64::atan);
    unary!(vm, m, "sinh", f64::sinh);
    unary!(vm, m, "cosh", f64::cosh);
    unary!(vm, m, "tanh", f64::tanh);
    unary!(vm, m, "asinh", f64::asinh);
    unary!(vm, m, "acosh", f64::acosh);
    unary!(vm, m, "atanh", |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() });
    unary!(vm, m, "exp", f64::exp);
    unary!(vm, m, "exp2", f64::exp2);
    unary!(vm, m, "expm1", f64::exp_m1);
    unary!(vm, m, "fabs", f64::abs);
    unary!(vm, m, "degrees", f64::to_degrees);
    unary!(vm, m, "radians", f64::to_radians);
    unary!(vm, m, "cbrt", f64::cbrt);
    vm.module_add_f64_fn(
        &m,
        "sqrt",
        |vm, a, _| {
            let x = arg_f64(vm, a, 0, "sqrt")?;
            if x < 0.0 {
                return Err(domain(vm));
            }
            Ok(Value::float(x.sqrt()))
        },
        sqrt_f64,
    );
    vm.module_add_fn(&m, "log", |vm, a, _| {
        if a.is_empty() || a.len() > 2 {
            return Err(vm.type_error(format!("log expected 1 or 2 arguments, got {}", a.len())));
        }
        let lx = log_of(vm, &a[0])?;
        if a.len() == 2 {
            let lb = log_of(vm, &a[1])?;
            if lb == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            return Ok(Value::float(lx / lb));
        }
        Ok(Value::float(lx))
    });
    vm.module_add_fn(&m, "log2", |vm, a, _| {
        let l = log_of(vm, &a[0])?;
        if let Some(b) = as_bigint(&a[0]) {
            if b.bits() > 1000 {
                return Ok(Value::float(l / std::f64::consts::LN_2));
            }
        }
        let x = arg_f64(vm, a, 0, "log2")?;
        Ok(Value::float(x.log2()))
    });
    vm.module_add_fn(&m, "log10", |vm, a, _| {
        let l = log_of(vm, &a[0])?;
        if let Some(b) = as_bigint(&a[0]) {
            if b.bits() > 1000 {
                return Ok(Value::float(l / std::f64::consts::LN_10));
            }
        }
        let x = arg_f64(vm, a, 0, "log10")?;
        Ok(Value::float(x.log10()))
    });
    vm.module_add_fn(&m, "log1p", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "log1p")?;
        if x <= -1.0 {
            return Err(domain(vm));
        }
        Ok(Value::float(x.ln_1p()))
    });
    vm.module_add_fn(&m, "pow", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "pow")?;
        let y = arg_f64(vm, a, 1, "pow")?;
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(domain(vm));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            return Err(domain(vm));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::float(r))
    });
    vm.module_add_fn(&m, "atan2", |vm, a, _| {
        let y = arg_f64(vm, a, 0, "atan2")?;
        let x = arg_f64(vm, a, 1, "atan2")?;
        Ok(Value::float(y.atan2(x)))
    });
    vm.module_add_fn(&m, "hypot", |vm, a, _| {
        let mut acc = 0.0f64;
        let mut vals = Vec::new();
        for i in 0..a.len() {
            vals.push(arg_f64(vm, a, i, "hypot")?);
        }
        if vals.iter().any(|v| v.is_infinite()) {
            return Ok(Value::float(f64::INFINITY));
        }
        if vals.len() == 2 {
            return Ok(Value::float(vals[0].hypot(vals[1])));
        }
        let maxv = vals.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        if maxv == 0.0 || maxv.is_nan() {
            return Ok(Value::float(maxv));
        }
        for v in &vals {
            let t = v / maxv;
            acc += t * t;
        }
        Ok(Value::float(maxv * acc.sqrt()))
    });
    vm.module_add_fn(&m, "dist", |vm, a, _| {
        let p = ops::collect(vm, &a[0])?;
        let q = ops::collect(vm, &a[1])?;
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut d = Vec::new();
        for (x, y) in p.iter().zip(q.iter()) {
            let x = ops::to_f64(vm, x)?.unwrap_or(f64::NAN);
            let y = ops::to_f64(vm, y)?.unwrap_or(f64::NAN);
            d.push((x - y).abs());
        }
        let maxv = d.iter().fold(0.0f64, |m, v| m.max(*v));
        if maxv == 0.0 {
            return Ok(Value::float(0.0));
        }
        let s: f64 = d.iter().map(|v| (v / maxv) * (v / maxv)).sum();
        Ok(Value::float(maxv * s.sqrt()))
    });
    vm.module_add_fn(&m, "floor", |vm, a, _| round_to_int(vm, &a[0], "__floor__", f64::floor));
    vm.module_add_fn(&m, "ceil", |vm, a, _| round_to_int(vm, &a[0], "__ceil__", f64::ceil));
    vm.module_add_fn(&m, "trunc", |vm, a, _| round_to_int(vm, &a[0], "__trunc__", f64::trunc));
    vm.module_add_fn(&m, "fmod", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "fmod")?;
        let y = arg_f64(vm, a, 1, "fmod")?;
        if y == 0.0 || x.is_infinite() {
            if x.is_nan() || y.is_nan() {
                return Ok(Value::float(f64::NAN));
            }
            return Err(domain(vm));
        }
        Ok(Value::float(x % y))
    });
    vm.module_add_fn(&m, "modf", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "modf")?;
        let (f, i) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x.fract().copysign(x), x.trunc()) };
        Ok(vm.new_tuple(vec![Value::float(f), Value::float(i)]))
    });
    vm.module_add_fn(&m, "frexp", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "frexp")?;
        let (mant, exp) = libm::frexp(x);
        Ok(vm.new_tuple(vec![Value::float(mant), Value::small_int(exp as i64)]))
    });
    vm.module_add_fn(&m, "ldexp", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "ldexp")?;
        let e = ops::as_i64(&a[1]).unwrap_or(0).clamp(-100_000, 100_000) as i32;
        let r = libm::ldexp(x, e);
        if r.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::float(r))
    });
    vm.module_add_fn(&m, "remainder", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "remainder")?;
        let y = arg_f64(vm, a, 1, "remainder")?;
        if x.is_nan() || y.is_nan() {
            return Ok(Value::float(f64::NAN));
        }
        if x.is_infinite() || y == 0.0 {
            return Err(domain(vm));
        }
        if y.is_infinite() {
            return Ok(Value::float(x));
        }
        // IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
        Ok(Value::float(libm::remainder(x, y)))
    });
    vm.module_add_fn(&m, "copysign", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "copysign")?;
        let y = arg_f64(vm, a, 1, "copysign")?;
        Ok(Value::float(x.copysign(y)))
    });
    vm.module_add_fn(&m, "isfinite", |vm, a, _| Ok(Value::bool(arg_f64(vm, a, 0, "isfinite")?.is_finite())));
    vm.module_add_fn(&m, "isinf", |vm, a, _| Ok(Value::bool(arg_f64(vm, a, 0, "isinf")?.is_infinite())));
    vm.module_add_fn(&m, "isnan", |vm, a, _| Ok(Value::bool(arg_f64(vm, a, 0, "isnan")?.is_nan())));
    vm.module_add_fn(&m, "isclose", |vm, a, k| {
        let x = arg_f64(vm, a, 0, "isclose")?;
        let y = arg_f64(vm, a, 1, "isclose")?;
        let rel = match crate::builtins::kwarg(k, "rel_tol") {
            Some(v) => ops::to_f64(vm, v)?.unwrap_or(1e-9),
            None => 1e-9,
        };
        let abs = match crate::builtins::kwarg(k, "abs_tol") {
            Some(v) => ops::to_f64(vm, v)?.unwrap_or(0.0),
            None => 0.0,
        };
        if rel < 0.0 || abs < 0.0 {
            return Err(vm.value_error("tolerances must be non-negative"));
        }
        if x == y {
            return Ok(Value::TRUE);
        }
        if x.is_infinite() || y.is_infinite() {
            return Ok(Value::FALSE);
        }
        let d = (x - y).abs();
        Ok(Value::bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
    });
    vm.module_add_fn(&m, "gcd", |vm, a, _| {
        let mut v = Vec::new();
        for x in a {
            v.push(int_arg(vm, x)?);
        }
        Ok(vm.new_int_big(numeric::math_gcd(&v)))
    });
    vm.module_add_fn(&m, "lcm", |vm, a, _| {
        let mut v = Vec::new();
        for x in a {
            v.push(int_arg(vm, x)?);
        }
        Ok(vm.new_int_big(numeric::math_lcm(&v)))
    });
    vm.module_add_fn(&m, "factorial", |vm, a, _| {
        let b = crate::types::builtin_base(&a[0]);
        if b.is_float() {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = int_arg(vm, &a[0])?;
        let r = numeric::math_factorial(&n).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(r))
    });
    vm.module_add_fn(&m, "comb", |vm, a, _| {
        let n = int_arg(vm, &a[0])?;
        let k = int_arg(vm, &a[1])?;
        let r = numeric::math_comb(&n, &k).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(r))
    });
    vm.module_add_fn(&m, "perm", |vm, a, _| {
        let n = int_arg(vm, &a[0])?;
        let r = if a.len() > 1 && !a[1].is_none() {
            let k = int_arg(vm, &a[1])?;
            numeric::math_perm(&n, &k).map_err(|e| vm.num_err(e))?
        } else {
            numeric::math_factorial(&n).map_err(|e| vm.num_err(e))?
        };
        Ok(vm.new_int_big(r))
    });
    vm.module_add_fn(&m, "isqrt", |vm, a, _| {
        let n = int_arg(vm, &a[0])?;
        let r = numeric::math_isqrt(&n).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(r))
    });
    vm.module_add_fn(&m, "fsum", |vm, a, _| {
        let items = ops::collect(vm, &a[0])?;
        let mut xs = Vec::with_capacity(items.len());
        for x in &items {
            match ops::to_f64(vm, x)? {
                Some(f) => xs.push(f),
                None => {
                    let tn = vm.type_name(x);
                    return Err(vm.type_error(format!("must be real number, not {tn}")));
                }
            }
        }
        let r = numeric::math_fsum(&xs).map_err(|e| vm.num_err(e))?;
        Ok(Value::float(r))
    });
    vm.module_add_fn(&m, "prod", |vm, a, k| {
        let items = ops::collect(vm, &a[0])?;
        let mut acc = crate::builtins::kwarg(k, "start").cloned().unwrap_or(Value::small_int(1));
        for x in items {
            acc = ops::binary_op(vm, crate::bytecode::BinOp::Mul, false, &acc, &x)?;
        }
        Ok(acc)
    });
    vm.module_add_fn(&m, "gamma", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "gamma")?;
        numeric::math_gamma(x).map(Value::float).map_err(|e| vm.num_err(e))
    });
    vm.module_add_fn(&m, "lgamma", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "lgamma")?;
        numeric::math_lgamma(x).map(Value::float).map_err(|e| vm.num_err(e))
    });
    vm.module_add_fn(&m, "erf", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "erf")?;
        numeric::math_erf(x).map(Value::float).map_err(|e| vm.num_err(e))
    });
    vm.module_add_fn(&m, "erfc", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "erfc")?;
        numeric::math_erfc(x).map(Value::float).map_err(|e| vm.num_err(e))
    });
    vm.module_add_fn(&m, "nextafter", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "nextafter")?;
        let y = arg_f64(vm, a, 1, "nextafter")?;
        Ok(Value::float(libm::nextafter(x, y)))
    });
    vm.module_add_fn(&m, "ulp", |vm, a, _| {
        let x = arg_f64(vm, a, 0, "ulp")?.abs();
        if x.is_nan() || x.is_infinite() {
            return Ok(Value::float(x));
        }
        let n = libm::nextafter(x, f64::INFINITY);
        if n.is_infinite() {
            return Ok(Value::float(x - libm::nextafter(x, 0.0)));
        }
        Ok(Value::float(n - x))
    });
    m
}

fn log_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(b) = as_bigint(&crate::types::builtin_base(v)) {
        if b <= BigInt::from(0) {
            return Err(domain(vm));
        }
        if b.bits() > 1000 {
            // ln(b) = ln(b / 2**k) + k ln 2, avoiding float overflow.
            let k = b.bits() - 60;
            let top = &b >> k;
            let f = numeric::big_to_f64(&top).unwrap_or(0.0);
            return Ok(f.ln() + k as f64 * std::f64::consts::LN_2);
        }
    }
    let x = arg_f64(vm, std::slice::from_ref(v), 0, "log")?;
    if x <= 0.0 {
        if x.is_nan() {
            return Ok(x);
        }
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn round_to_int(vm: &mut Vm, v: &Value, dunder: &'static str, f: fn(f64) -> f64) -> PyResult<Value> {
    let b = crate::types::builtin_base(v);
    if let Some(i) = as_bigint(&b) {
        return Ok(vm.new_int_big(i));
    }
    if b.is_float() {
        let r = f(b.as_float());
        let i = numeric::f64_to_big(r).map_err(|e| vm.num_err(e))?;
        return Ok(vm.new_int_big(i));
    }
    if let Some(m) = ops::lookup_special(vm, v, dunder) {
        return vm.call(&m, &[v.clone()], &[]);
    }
    let x = arg_f64(vm, std::slice::from_ref(v), 0, dunder)?;
    let i = numeric::f64_to_big(f(x)).map_err(|e| vm.num_err(e))?;
    Ok(vm.new_int_big(i))
}

#[allow(dead_code, reason = "used by future math functions taking int-like values")]
fn is_int(v: &Value) -> bool {
    v.kind() == Some(ObjKind::BigInt) || v.is_small_int()
}
