//! Constructors of the built-in types (`int(x)`, `list(it)`, `super()`, ...)
//! and the methods of `object`, `type`, `int`, `float`, exceptions and the
//! descriptor types.

use crate::builtins::{check_args, kwarg};
use crate::bytecode::BinOp;
use crate::class::{Class, Instance};
use crate::numeric;
use crate::object::*;
use crate::ops::{self, as_bigint, as_i64};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

fn s(v: &Value) -> String {
    v.downcast::<Str>().map(|x| x.s.to_string()).unwrap_or_default()
}

/// Calls the constructor of a built-in class.
pub fn construct(vm: &mut Vm, cls: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let t = &vm.t;
    let which = if cls.is(&t.int) {
        "int"
    } else if cls.is(&t.float) {
        "float"
    } else if cls.is(&t.str_) {
        "str"
    } else if cls.is(&t.bool_) {
        "bool"
    } else if cls.is(&t.list) {
        "list"
    } else if cls.is(&t.tuple) {
        "tuple"
    } else if cls.is(&t.dict) {
        "dict"
    } else if cls.is(&t.set) {
        "set"
    } else if cls.is(&t.frozenset) {
        "frozenset"
    } else if cls.is(&t.range) {
        "range"
    } else if cls.is(&t.slice) {
        "slice"
    } else if cls.is(&t.bytes) {
        "bytes"
    } else if cls.is(&t.bytearray) {
        "bytearray"
    } else if cls.is(&t.complex) {
        "complex"
    } else if cls.is(&t.property) {
        "property"
    } else if cls.is(&t.staticmethod) {
        "staticmethod"
    } else if cls.is(&t.classmethod) {
        "classmethod"
    } else if cls.is(&t.super_) {
        "super"
    } else {
        let n = Vm::class_name(cls);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    };
    match which {
        "int" => {
            for (k, _) in kwargs {
                let n = s(k);
                if n != "base" {
                    return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for int()")));
                }
            }
            make_int(vm, args, kwargs)
        }
        "float" => {
            check_args(vm, "float", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::float(0.0)),
                Some(v) => to_float(vm, v),
            }
        }
        "str" => {
            if args.is_empty() && kwargs.is_empty() {
                return Ok(vm.intern_static(""));
            }
            let obj = args.first().or_else(|| kwarg(kwargs, "object")).cloned().unwrap_or_else(|| vm.intern_static(""));
            let enc = args.get(1).or_else(|| kwarg(kwargs, "encoding")).cloned();
            let errors = args.get(2).or_else(|| kwarg(kwargs, "errors")).cloned();
            if enc.is_some() || errors.is_some() {
                let es = |v: Option<Value>, d: &str| v.map(|x| s(&x)).unwrap_or_else(|| d.to_string());
                let (e, r) = (es(enc, "utf-8"), es(errors, "strict"));
                let data = match crate::types::builtin_base(&obj) {
                    b if b.kind() == Some(ObjKind::Bytes) => b.downcast::<Bytes>().unwrap().b.to_vec(),
                    b if b.kind() == Some(ObjKind::ByteArray) => b.downcast::<ByteArray>().unwrap().b.get_clone(),
                    _ => {
                        let tn = vm.type_name(&obj);
                        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
                    }
                };
                return crate::types::methods_str_ext::decode_bytes(vm, &data, &e, &r);
            }
            ops::str(vm, &obj)
        }
        "bool" => {
            check_args(vm, "bool", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::FALSE),
                Some(v) => Ok(Value::bool(ops::truthy(vm, v)?)),
            }
        }
        "list" => {
            check_args(vm, "list", args, 0, 1)?;
            let items = match args.first() {
                Some(v) => ops::collect(vm, v)?,
                None => vec![],
            };
            Ok(vm.new_list(items))
        }
        "tuple" => {
            check_args(vm, "tuple", args, 0, 1)?;
            match args.first() {
                Some(v) if v.kind() == Some(ObjKind::Tuple) => Ok(v.clone()),
                Some(v) => {
                    let items = ops::collect(vm, v)?;
                    Ok(vm.new_tuple(items))
                }
                None => Ok(vm.new_tuple(vec![])),
            }
        }
        "dict" => {
            if args.len() > 1 {
                return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            let d = vm.new_dict();
            if let Some(src) = args.first() {
                super::dict_update_from(vm, &d, src, false)?;
            }
            for (k, v) in kwargs {
                d.downcast::<Dict>().unwrap().set(vm, k.clone(), v.clone())?;
            }
            Ok(d)
        }
        "set" | "frozenset" => {
            check_args(vm, which, args, 0, 1)?;
            if which == "frozenset" {
                if let Some(v) = args.first() {
                    if v.kind() == Some(ObjKind::FrozenSet) {
                        return Ok(v.clone());
                    }
                }
            }
            let items = match args.first() {
                Some(v) => ops::collect(vm, v)?,
                None => vec![],
            };
            let data = crate::dict::SetData::from_items(vm, items)?;
            Ok(if which == "set" { alloc(vm.t.set.clone(), data) } else { vm.new_frozenset(data) })
        }
        "range" => {
            if args.is_empty() {
                return Err(vm.type_error("range expected at least 1 argument, got 0"));
            }
            if args.len() > 3 {
                return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", args.len())));
            }
            let mut vals = Vec::new();
            for a in args {
                let i = ops::index(vm, a)?;
                vals.push(vm.new_int_big(i));
            }
            let (start, stop, step) = match vals.len() {
                1 => (Value::small_int(0), vals[0].clone(), Value::small_int(1)),
                2 => (vals[0].clone(), vals[1].clone(), Value::small_int(1)),
                _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
            };
            if as_bigint(&step).map(|x| x.is_zero()).unwrap_or(false) {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(alloc(vm.t.range.clone(), Range { start, stop, step }))
        }
        "slice" => {
            check_args(vm, "slice", args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::NONE, args[0].clone(), Value::NONE),
                2 => (args[0].clone(), args[1].clone(), Value::NONE),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(alloc(vm.t.slice.clone(), Slice { start, stop, step }))
        }
        "bytes" | "bytearray" => {
            let data: Vec<u8> = match args.first() {
                None => vec![],
                Some(v) => {
                    if let Some(st) = v.downcast::<Str>() {
                        let _ = st;
                        let enc = match args.get(1).or_else(|| kwarg(kwargs, "encoding")) {
                            Some(e) => s(e),
                            None => return Err(vm.type_error("string argument without an encoding")),
                        };
                        let errors =
                            args.get(2).or_else(|| kwarg(kwargs, "errors")).map(s).unwrap_or_else(|| "strict".into());
                        crate::types::methods_str_ext::encode_str(vm, v, &enc, &errors)?
                    } else if let Some(n) = as_i64(v) {
                        if n < 0 {
                            return Err(vm.value_error("negative count"));
                        }
                        vec![0u8; n as usize]
                    } else if let Some(b) = v.downcast::<Bytes>() {
                        b.b.to_vec()
                    } else if let Some(b) = v.downcast::<ByteArray>() {
                        b.b.get_clone()
                    } else {
                        let items = match ops::collect(vm, v) {
                            Ok(i) => i,
                            Err(e) if vm.exc_matches(&e, &vm.t.type_error.clone()) => {
                                let tn = vm.type_name(v);
                                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
                            }
                            Err(e) => return Err(e),
                        };
                        let mut out = Vec::new();
                        for x in items {
                            match as_i64(&x) {
                                Some(b) if (0..256).contains(&b) => out.push(b as u8),
                                Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                                None => {
                                    let tn = vm.type_name(&x);
                                    return Err(
                                        vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                                    );
                                }
                            }
                        }
                        out
                    }
                }
            };
            Ok(if which == "bytes" { vm.new_bytes(data) } else { vm.new_bytearray(data) })
        }
        "complex" => construct_complex(vm, args),
        "property" => {
            let g = |i: usize, n: &str| args.get(i).or_else(|| kwarg(kwargs, n)).cloned().unwrap_or(Value::NONE);
            Ok(alloc(
                vm.t.property.clone(),
                Property {
                    fget: PyCell::new(g(0, "fget")),
                    fset: PyCell::new(g(1, "fset")),
                    fdel: PyCell::new(g(2, "fdel")),
                    doc: PyCell::new(g(3, "doc")),
                },
            ))
        }
        "staticmethod" => {
            check_args(vm, "staticmethod", args, 1, 1)?;
            Ok(alloc(vm.t.staticmethod.clone(), StaticMethod { func: PyCell::new(args[0].clone()) }))
        }
        "classmethod" => {
            check_args(vm, "classmethod", args, 1, 1)?;
            Ok(alloc(vm.t.classmethod.clone(), ClassMethod { func: PyCell::new(args[0].clone()) }))
        }
        "super" => make_super(vm, args),
        _ => unreachable!(),
    }
}

/// `complex(s)` for a str: CPython's grammar (`1+2j`, `-j`, `(3)`, ...);
/// None when it is malformed.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => t,
    };
    if t.is_empty() || t.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    let part = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => numeric::parse_float(p),
        }
    };
    let body = match t.strip_suffix(['j', 'J']) {
        Some(b) => b,
        None => return Some((numeric::parse_float(t)?, 0.0)),
    };
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((numeric::parse_float(&body[..i])?, part(&body[i..])?)),
        None => Some((0.0, part(body)?)),
    }
}

/// `complex(real=0, imag=0)`.
fn construct_complex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    check_args(vm, "complex", args, 0, 2)?;
    let parts = |vm: &mut Vm, v: &Value, which: &str| -> PyResult<(f64, f64)> {
        if let Some(c) = v.downcast::<Complex>() {
            return Ok((c.re, c.im));
        }
        if v.kind() == Some(ObjKind::Instance) {
            if let Some(f) = ops::lookup_special(vm, v, "__complex__") {
                let r = vm.call(&f, &[v.clone()], &[])?;
                if let Some(c) = r.downcast::<Complex>() {
                    return Ok((c.re, c.im));
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")));
            }
            if ops::lookup_special(vm, v, "__float__").is_none() && ops::lookup_special(vm, v, "__index__").is_some() {
                let i = ops::index(vm, v)?;
                return Ok((i.to_f64().unwrap_or(f64::INFINITY), 0.0));
            }
        }
        match ops::to_f64(vm, v)? {
            Some(x) => Ok((x, 0.0)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("complex() {which} argument must be a string or a number, not '{tn}'")))
            }
        }
    };
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(a) = args.first() {
        if let Some(text) = a.downcast::<Str>() {
            if args.len() > 1 {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            return match parse_complex(&text.s) {
                Some((r, i)) => Ok(vm.new_complex(r, i)),
                None => Err(vm.value_error("complex() arg is a malformed string")),
            };
        }
        (re, im) = parts(vm, a, "first")?;
    }
    if let Some(b) = args.get(1) {
        if b.kind() == Some(ObjKind::Str) {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        let (r2, i2) = parts(vm, b, "second")?;
        re -= i2;
        im += r2;
    }
    Ok(vm.new_complex(re, im))
}

fn make_super(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (this, obj) = if args.len() >= 2 {
        (args[0].clone(), args[1].clone())
    } else if args.len() == 1 {
        // Unbound super: only its own attributes are reachable.
        if args[0].kind() != Some(ObjKind::Class) {
            let tn = vm.type_name(&args[0]);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        }
        return Ok(alloc(
            vm.t.super_.clone(),
            Super { this_class: args[0].clone(), obj: Value::NONE, obj_type: Value::NONE },
        ));
    } else {
        // Zero-argument form: the calling frame's __class__ cell and first
        // argument.
        let f = match vm.current_frame() {
            Some(f) => f,
            None => return Err(vm.runtime_error("super(): no current frame")),
        };
        // SAFETY: the current frame is live.
        unsafe {
            let code = crate::frame::Frame::code(f);
            let lp = crate::frame::Frame::localsplus(f);
            if code.argcount == 0 && code.flags & crate::bytecode::code_flags::VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let cell_slot = code.freevars.iter().position(|n| s(n) == "__class__").map(|i| code.varnames.len() + i);
            let cls = match cell_slot {
                Some(i) => (*lp.add(i)).downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL),
                None => return Err(vm.runtime_error("super(): __class__ cell not found")),
            };
            if cls.is_null() {
                return Err(vm.runtime_error("super(): empty __class__ cell"));
            }
            let mut first = (*lp).clone();
            if code.cellvars.iter().any(|c| c.is(&code.varnames[0])) {
                first = first.downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL);
            }
            if first.is_null() {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            (cls, first)
        }
    };
    if this.kind() != Some(ObjKind::Class) {
        let tn = vm.type_name(&this);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
    }
    let obj_type =
        if obj.kind() == Some(ObjKind::Class) && vm.is_subclass(&obj, &this) { obj.clone() } else { vm.type_of(&obj) };
    if !vm.is_subclass(&obj_type, &this) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(alloc(vm.t.super_.clone(), Super { this_class: this, obj, obj_type }))
}

pub fn make_int(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let base = args.get(1).or_else(|| kwarg(kwargs, "base")).cloned();
    let v = match args.first() {
        Some(v) => v.clone(),
        None => {
            if base.is_some() {
                return Err(vm.type_error("int() missing string argument"));
            }
            return Ok(Value::small_int(0));
        }
    };
    if let Some(b) = base {
        let b = ops::index_i64(vm, &b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let vb = super::builtin_base(&v);
        let text = match (vb.downcast::<Str>(), bytes_like(&vb)) {
            (Some(st), _) => st.s.to_string(),
            (_, Some(by)) => String::from_utf8_lossy(&by).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return match numeric::parse_int(&text, b as u32) {
            Some(i) => Ok(vm.new_int_big(i)),
            None => {
                let r = crate::types::repr::str_repr(&text);
                Err(vm.value_error(format!("invalid literal for int() with base {b}: {r}")))
            }
        };
    }
    let b = super::builtin_base(&v);
    if let Some(i) = as_bigint(&b) {
        return Ok(vm.new_int_big(i));
    }
    if b.is_float() {
        let i = numeric::f64_to_big(b.as_float()).map_err(|e| vm.num_err(e))?;
        return Ok(vm.new_int_big(i));
    }
    if let Some(st) = b.downcast::<Str>() {
        return match numeric::parse_int(&st.s, 10) {
            Some(i) => Ok(vm.new_int_big(i)),
            None => {
                let r = crate::types::repr::str_repr(&st.s);
                Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        };
    }
    if let Some(by) = bytes_like(&b) {
        let text = String::from_utf8_lossy(&by).into_owned();
        return match numeric::parse_int(&text, 10) {
            Some(i) => Ok(vm.new_int_big(i)),
            None => {
                let r = super::repr_string(vm, &b)?;
                Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        };
    }
    for dunder in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = ops::lookup_special(vm, &v, dunder) {
            let r = vm.call(&f, &[v.clone()], &[])?;
            if let Some(i) = as_bigint(&super::builtin_base(&r)) {
                return Ok(vm.new_int_big(i));
            }
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("{dunder} returned non-int (type {tn})")));
        }
    }
    let tn = vm.type_name(&v);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
}

/// The contents of a bytes or bytearray value.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.b.to_vec());
    }
    v.downcast::<ByteArray>().map(|b| b.b.get_clone())
}

pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = super::builtin_base(v);
    if b.is_float() {
        return Ok(b);
    }
    if let Some(by) = bytes_like(&b) {
        let text = String::from_utf8_lossy(&by).into_owned();
        return match numeric::parse_float(&text) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let r = super::repr_string(vm, &b)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(i) = as_bigint(&b) {
        return numeric::big_to_f64(&i).map(Value::float).map_err(|e| vm.num_err(e));
    }
    if let Some(st) = b.downcast::<Str>() {
        return match numeric::parse_float(&st.s) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let r = crate::types::repr::str_repr(&st.s);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(f) = ops::lookup_special(vm, v, "__float__") {
        let r = vm.call(&f, &[v.clone()], &[])?;
        if r.is_float() {
            return Ok(r);
        }
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("{}.__float__ returned non-float (type {tn})", vm.type_name(v))));
    }
    if let Some(f) = ops::lookup_special(vm, v, "__index__") {
        let r = vm.call(&f, &[v.clone()], &[])?;
        return to_float(vm, &r);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
}

fn self_int(vm: &mut Vm, a: &[Value]) -> PyResult<BigInt> {
    match a.first().map(super::builtin_base).and_then(|b| as_bigint(&b)) {
        Some(i) => Ok(i),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn self_float(vm: &mut Vm, a: &[Value]) -> PyResult<f64> {
    match a.first().map(super::builtin_base) {
        Some(b) if b.is_float() => Ok(b.as_float()),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

/// Native dunders that let instances of user subclasses of built-in types
/// (and explicit calls like `int.__add__(a, b)`) reach the built-in
/// implementation.
fn register_operator_dunders(vm: &mut Vm, cls: &Value) {
    /// Whether the numeric dunder of `x`'s type handles `y`: `int` only takes
    /// ints, `float` ints and floats, `complex` any of the three. Otherwise
    /// the dunder returns NotImplemented, as in CPython.
    fn handles(x: &Value, y: &Value) -> bool {
        let num = |v: &Value| ops::is_int_like(v) || v.is_float();
        if ops::is_int_like(x) {
            ops::is_int_like(y)
        } else if x.is_float() {
            num(y)
        } else {
            num(y) || y.kind() == Some(ObjKind::Complex)
        }
    }
    macro_rules! binop {
        ($name:literal, $rname:literal, $op:expr) => {
            vm.add_method(cls, $name, |vm, a, _| {
                let x = super::builtin_base(&a[0]);
                let y = super::builtin_base(a.get(1).unwrap_or(&Value::NONE));
                if !handles(&x, &y) {
                    return Ok(vm.not_implemented.clone());
                }
                ops::prim_binary(vm, $op, &x, &y)
            });
            vm.add_method(cls, $rname, |vm, a, _| {
                let x = super::builtin_base(&a[0]);
                let y = super::builtin_base(a.get(1).unwrap_or(&Value::NONE));
                if !handles(&x, &y) {
                    return Ok(vm.not_implemented.clone());
                }
                ops::prim_binary(vm, $op, &y, &x)
            });
        };
    }
    binop!("__add__", "__radd__", BinOp::Add);
    binop!("__sub__", "__rsub__", BinOp::Sub);
    binop!("__mul__", "__rmul__", BinOp::Mul);
    binop!("__truediv__", "__rtruediv__", BinOp::TrueDiv);
    binop!("__floordiv__", "__rfloordiv__", BinOp::FloorDiv);
    binop!("__mod__", "__rmod__", BinOp::Mod);
    binop!("__pow__", "__rpow__", BinOp::Pow);
    binop!("__lshift__", "__rlshift__", BinOp::LShift);
    binop!("__rshift__", "__rrshift__", BinOp::RShift);
    binop!("__and__", "__rand__", BinOp::And);
    binop!("__or__", "__ror__", BinOp::Or);
    binop!("__xor__", "__rxor__", BinOp::Xor);
    vm.add_method(cls, "__divmod__", |vm, a, _| {
        let x = super::builtin_base(&a[0]);
        let y = super::builtin_base(a.get(1).unwrap_or(&Value::NONE));
        if !handles(&x, &y) || x.kind() == Some(ObjKind::Complex) {
            return Ok(vm.not_implemented.clone());
        }
        crate::builtins::divmod(vm, &x, &y)
    });
    vm.add_method(cls, "__rdivmod__", |vm, a, _| {
        let x = super::builtin_base(&a[0]);
        let y = super::builtin_base(a.get(1).unwrap_or(&Value::NONE));
        if !handles(&x, &y) || x.kind() == Some(ObjKind::Complex) {
            return Ok(vm.not_implemented.clone());
        }
        crate::builtins::divmod(vm, &y, &x)
    });
    macro_rules! cmpop {
        ($name:literal, $op:expr) => {
            vm.add_method(cls, $name, |vm, a, _| {
                let x = super::builtin_base(&a[0]);
                let y = super::builtin_base(a.get(1).unwrap_or(&Value::NONE));
                if x.kind() == Some(ObjKind::Instance) || y.kind() == Some(ObjKind::Instance) || !handles(&x, &y) {
                    return Ok(vm.not_implemented.clone());
                }
                ops::compare(vm, $op, &x, &y)
            });
        };
    }
    cmpop!("__lt__", crate::bytecode::CmpOp::Lt);
    cmpop!("__le__", crate::bytecode::CmpOp::Le);
    cmpop!("__eq__", crate::bytecode::CmpOp::Eq);
    cmpop!("__ne__", crate::bytecode::CmpOp::Ne);
    cmpop!("__gt__", crate::bytecode::CmpOp::Gt);
    cmpop!("__ge__", crate::bytecode::CmpOp::Ge);
    vm.add_method(cls, "__neg__", |vm, a, _| ops::unary(vm, "__neg__", &super::builtin_base(&a[0])));
    vm.add_method(cls, "__pos__", |vm, a, _| ops::unary(vm, "__pos__", &super::builtin_base(&a[0])));
    vm.add_method(cls, "__abs__", |vm, a, _| ops::unary(vm, "__abs__", &super::builtin_base(&a[0])));
    vm.add_method(cls, "__invert__", |vm, a, _| ops::unary(vm, "__invert__", &super::builtin_base(&a[0])));
    vm.add_method(cls, "__bool__", |vm, a, _| Ok(Value::bool(ops::truthy(vm, &super::builtin_base(&a[0]))?)));
    vm.add_method(cls, "__hash__", |vm, a, _| {
        let h = ops::hash(vm, &super::builtin_base(&a[0]))?;
        Ok(vm.new_int(h))
    });
    vm.add_method(cls, "__repr__", |vm, a, _| ops::repr(vm, &super::builtin_base(&a[0])));
    vm.add_method(cls, "__str__", |vm, a, _| ops::str(vm, &super::builtin_base(&a[0])));
    vm.add_method(cls, "__format__", |vm, a, _| {
        let spec = a.get(1).map(s).unwrap_or_default();
        let r = super::format_builtin(vm, &super::builtin_base(&a[0]), &spec)?;
        Ok(vm.new_string(r))
    });
}

pub fn register(vm: &mut Vm) {
    let object = vm.t.object.clone();
    vm.add_method(&object, "__init__", |_, _, _| Ok(Value::NONE));
    vm.add_method(&object, "__new__", |vm, a, k| {
        if a.is_empty() || a[0].kind() != Some(ObjKind::Class) {
            return Err(vm.type_error("object.__new__(X): X is not a type object"));
        }
        let cls = a[0].clone();
        super::object_new(vm, &cls, &a[1..], k)
    });
    vm.add_method(&object, "__repr__", |vm, a, _| {
        let cls = vm.type_of(&a[0]);
        let c = cls.downcast::<Class>().unwrap();
        let q = c.qualname.with(s);
        let mk = vm.intern_static("__module__");
        let m = c.namespace().get_str(&mk).map(|m| s(&m)).unwrap_or_else(|| "builtins".into());
        let name = if m == "builtins" { q } else { format!("{m}.{q}") };
        Ok(vm.new_string(format!("<{} object at 0x{:012x}>", name, crate::ops::address_of(&a[0]))))
    });
    vm.add_method(&object, "__str__", |vm, a, _| {
        let r = super::repr_string(vm, &a[0])?;
        Ok(vm.new_string(r))
    });
    vm.add_method(&object, "__eq__", |vm, a, _| {
        Ok(if a[0].is(&a[1]) { Value::TRUE } else { vm.not_implemented.clone() })
    });
    vm.add_method(&object, "__ne__", |vm, a, _| {
        // The inverse of the receiver's own `__eq__`, as CPython's
        // `object.__ne__`: not the whole `==` protocol, whose reflected
        // call and identity fallback would answer for the other operand.
        let r = match ops::lookup_special(vm, &a[0], "__eq__") {
            Some(eq) => vm.call(&eq, &[a[0].clone(), a[1].clone()], &[])?,
            None => vm.not_implemented.clone(),
        };
        if r.is(&vm.not_implemented) {
            return Ok(r);
        }
        Ok(Value::bool(!ops::truthy(vm, &r)?))
    });
    vm.add_method(&object, "__hash__", |vm, a, _| Ok(vm.new_int(ops::identity_hash(&a[0]))));
    vm.add_method(&object, "__setattr__", |vm, a, _| {
        let n = vm.intern_value(&a[1]);
        if a[0].kind() == Some(ObjKind::Instance) {
            ops::generic_setattr(vm, &a[0], &n, a[2].clone())?;
        } else {
            ops::setattr(vm, &a[0], &n, a[2].clone())?;
        }
        Ok(Value::NONE)
    });
    vm.add_method(&object, "__delattr__", |vm, a, _| {
        let n = vm.intern_value(&a[1]);
        if a[0].kind() == Some(ObjKind::Instance) {
            ops::generic_delattr(vm, &a[0], &n)?;
        } else {
            ops::delattr(vm, &a[0], &n)?;
        }
        Ok(Value::NONE)
    });
    vm.add_method(&object, "__getattribute__", |vm, a, _| {
        let n = vm.intern_value(&a[1]);
        // Generic lookup without the class's own __getattribute__ hook.
        let descr = vm.class_of(&a[0]).lookup(&n);
        if let Some(inst) = a[0].downcast::<Instance>() {
            if let Some(d) = &descr {
                if d.kind() == Some(ObjKind::Property) {
                    return ops::bind(vm, d, &a[0]);
                }
            }
            if let Some(v) = inst.get_attr(&n) {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            return ops::bind(vm, &d, &a[0]);
        }
        if let Some(v) = super::special_attr(vm, &a[0], &n)? {
            return Ok(v);
        }
        Err(ops::attr_error(vm, &a[0], &n))
    });
    vm.add_method(&object, "__format__", |vm, a, _| {
        let spec = a.get(1).map(s).unwrap_or_default();
        if !spec.is_empty() {
            let tn = vm.type_name(&a[0]);
            return Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")));
        }
        ops::str(vm, &a[0])
    });
    vm.add_method(&object, "__init_subclass__", |vm, a, k| {
        if !k.is_empty() {
            let cn = a.first().map(Vm::class_name).unwrap_or_default();
            return Err(vm.type_error(format!("{cn}.__init_subclass__() takes no keyword arguments")));
        }
        Ok(Value::NONE)
    });
    vm.add_method(&object, "__dir__", |vm, a, _| {
        let dk = vm.intern_static("dir");
        let d = vm.builtins.downcast::<Dict>().unwrap().get_str(&dk).unwrap();
        vm.call(&d, &[a[0].clone()], &[])
    });
    vm.add_method(&object, "__reduce_ex__", |vm, _, _| Err(vm.type_error("cannot pickle")));
    vm.add_method(&object, "__lt__", |vm, _, _| Ok(vm.not_implemented.clone()));
    vm.add_method(&object, "__le__", |vm, _, _| Ok(vm.not_implemented.clone()));
    vm.add_method(&object, "__gt__", |vm, _, _| Ok(vm.not_implemented.clone()));
    vm.add_method(&object, "__ge__", |vm, _, _| Ok(vm.not_implemented.clone()));
    vm.add_method(&object, "__sizeof__", |_, _, _| Ok(Value::small_int(16)));
    // __init_subclass__ is an implicit classmethod.
    let k = vm.intern_static("__init_subclass__");
    let f = object.downcast::<Class>().unwrap().namespace().get_str(&k).unwrap();
    let cm = alloc(vm.t.classmethod.clone(), ClassMethod { func: PyCell::new(f) });
    object.downcast::<Class>().unwrap().namespace().set_str(k, cm);

    // Member descriptors of `__slots__`: the value lives in the instance's
    // attribute storage under the slot's name.
    let md = vm.t.member_descriptor.clone();
    vm.add_method(&md, "__get__", |vm, a, _| {
        let obj = a.get(1).cloned().unwrap_or(Value::NONE);
        if obj.is_none() {
            return Ok(a[0].clone());
        }
        let nk = vm.intern_static("__name__");
        let name = a[0].downcast::<crate::class::Instance>().and_then(|d| d.get_attr(&nk)).unwrap_or(Value::NONE);
        let name = vm.intern_value(&name);
        if let Some(v) = obj.downcast::<crate::class::Instance>().and_then(|i| i.get_attr(&name)) {
            return Ok(v);
        }
        let tn = vm.type_name(&obj);
        Err(vm.attribute_error(format!("'{tn}' object has no attribute '{}'", s(&name))))
    });
    vm.add_method(&md, "__repr__", |vm, a, _| {
        let d = a[0].downcast::<crate::class::Instance>();
        let (nk, ok) = (vm.intern_static("__name__"), vm.intern_static("__qualname__"));
        let name = d.and_then(|d| d.get_attr(&nk)).map(|v| s(&v)).unwrap_or_default();
        let owner = d.and_then(|d| d.get_attr(&ok)).map(|v| s(&v)).unwrap_or_default();
        Ok(vm.new_string(format!("<member '{name}' of '{owner}' objects>")))
    });
    let ty = vm.t.type_.clone();
    vm.add_method(&ty, "__new__", |vm, a, k| {
        let meta = match a.first() {
            Some(m) if vm.is_subclass(m, &vm.t.type_.clone()) => m.clone(),
            _ => return Err(vm.type_error("type.__new__(X): X is not a type object")),
        };
        if a.len() == 2 {
            return Ok(vm.type_of(&a[1]));
        }
        super::type_new(vm, &meta, &a[1..], k)
    });
    vm.add_method(&ty, "__init__", |_, _, _| Ok(Value::NONE));
    vm.add_method(&ty, "mro", |vm, a, _| {
        let m = a[0].downcast::<Class>().map(|c| c.mro_list(&a[0])).unwrap_or_default();
        Ok(vm.new_list(m))
    });
    vm.add_method(&ty, "__subclasses__", |vm, a, _| {
        let subs = a[0].downcast::<Class>().map(|c| c.subclasses.get_clone()).unwrap_or_default();
        let vals: Vec<Value> = subs
            .into_iter()
            .map(|p| {
                // SAFETY: subclass pointers are live while registered.
                unsafe {
                    (*p).incref();
                    Value::from_header(p)
                }
            })
            .collect();
        Ok(vm.new_list(vals))
    });
    vm.add_method(&ty, "__instancecheck__", |vm, a, _| Ok(Value::bool(vm.isinstance(&a[1], &a[0]))));
    vm.add_method(&ty, "__subclasscheck__", |vm, a, _| Ok(Value::bool(vm.is_subclass(&a[1], &a[0]))));

    // int
    let int = vm.t.int.clone();
    register_operator_dunders(vm, &int);
    vm.add_method(&int, "bit_length", |vm, a, _| {
        let i = self_int(vm, a)?;
        Ok(Value::small_int(i.abs().bits() as i64))
    });
    vm.add_method(&int, "bit_count", |vm, a, _| {
        let i = self_int(vm, a)?;
        let n: u64 = i.abs().to_u64_digits().1.iter().map(|d| d.count_ones() as u64).sum();
        Ok(Value::small_int(n as i64))
    });
    vm.add_method(&int, "conjugate", |vm, a, _| {
        let i = self_int(vm, a)?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&int, "__index__", |vm, a, _| {
        let i = self_int(vm, a)?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&int, "__int__", |vm, a, _| {
        let i = self_int(vm, a)?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&int, "__float__", |vm, a, _| {
        let i = self_int(vm, a)?;
        numeric::big_to_f64(&i).map(Value::float).map_err(|e| vm.num_err(e))
    });
    vm.add_method(&int, "as_integer_ratio", |vm, a, _| {
        let i = self_int(vm, a)?;
        let v = vm.new_int_big(i);
        Ok(vm.new_tuple(vec![v, Value::small_int(1)]))
    });
    vm.add_method(&int, "to_bytes", |vm, a, k| {
        let i = self_int(vm, a)?;
        let length = match a.get(1).or_else(|| kwarg(k, "length")) {
            Some(v) => ops::index_i64(vm, v)?,
            None => 1,
        };
        if length < 0 {
            return Err(vm.value_error("length argument must be non-negative"));
        }
        let length = length as usize;
        let order = a.get(2).or_else(|| kwarg(k, "byteorder")).map(s).unwrap_or_else(|| "big".into());
        if order != "big" && order != "little" {
            return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
        }
        let signed = match kwarg(k, "signed") {
            Some(v) => ops::truthy(vm, v)?,
            None => false,
        };
        if i.is_negative() && !signed {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        let mut bytes = if signed { i.to_signed_bytes_le() } else { i.to_bytes_le().1 };
        if i.is_zero() {
            bytes = vec![0];
        }
        if bytes.len() > length
            && !(bytes.len() == length + 1 && !signed && bytes[length] == 0)
            && !(i.is_zero() && length == 0)
        {
            return Err(vm.overflow_error("int too big to convert"));
        }
        let fill = if signed && i.is_negative() { 0xff } else { 0 };
        bytes.resize(length, fill);
        if order == "big" {
            bytes.reverse();
        }
        Ok(vm.new_bytes(bytes))
    });
    vm.add_method(&int, "from_bytes", |vm, a, k| {
        // Called as int.from_bytes(b, order): a[0] is the bytes when looked up
        // on the class (plain function), or the class when bound.
        let args: Vec<Value> = if a.first().map(|x| x.kind() == Some(ObjKind::Class)).unwrap_or(false) {
            a[1..].to_vec()
        } else {
            a.to_vec()
        };
        let data: Vec<u8> = match args.first() {
            Some(v) => match (v.downcast::<Bytes>(), v.downcast::<ByteArray>()) {
                (Some(b), _) => b.b.to_vec(),
                (_, Some(b)) => b.b.get_clone(),
                _ => {
                    if v.kind() == Some(ObjKind::Str) || ops::is_int_like(v) || v.is_float() || v.is_none() {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
                    }
                    let mut out = Vec::new();
                    for x in ops::collect(vm, v)? {
                        match as_i64(&x) {
                            Some(b) if (0..256).contains(&b) => out.push(b as u8),
                            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                            None => {
                                let tn = vm.type_name(&x);
                                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                            }
                        }
                    }
                    out
                }
            },
            None => return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
        };
        let order = args.get(1).or_else(|| kwarg(k, "byteorder")).map(s).unwrap_or_else(|| "big".into());
        let signed = match kwarg(k, "signed") {
            Some(v) => ops::truthy(vm, v)?,
            None => false,
        };
        let mut d = data;
        if order == "big" {
            d.reverse();
        }
        let v =
            if signed { BigInt::from_signed_bytes_le(&d) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &d) };
        Ok(vm.new_int_big(v))
    });
    let fb = vm.intern_static("from_bytes");
    let fbf = int.downcast::<Class>().unwrap().namespace().get_str(&fb).unwrap();
    let sm = alloc(vm.t.staticmethod.clone(), StaticMethod { func: PyCell::new(fbf) });
    int.downcast::<Class>().unwrap().namespace().set_str(fb, sm);
    vm.add_method(&int, "__new__", |vm, a, k| {
        let cls = a[0].clone();
        if cls.is(&vm.t.int) {
            return make_int(vm, &a[1..], k);
        }
        super::object_new(vm, &cls, &a[1..], k)
    });
    let bool_ = vm.t.bool_.clone();
    vm.add_method(&bool_, "__repr__", |vm, a, _| {
        Ok(vm.new_str(if a[0].is_true_singleton() { "True" } else { "False" }))
    });
    vm.add_method(&bool_, "__and__", |vm, a, _| bool_bitop(vm, a, BinOp::And));
    vm.add_method(&bool_, "__or__", |vm, a, _| bool_bitop(vm, a, BinOp::Or));
    vm.add_method(&bool_, "__xor__", |vm, a, _| bool_bitop(vm, a, BinOp::Xor));

    // float
    let float = vm.t.float.clone();
    register_operator_dunders(vm, &float);
    vm.add_method(&float, "is_integer", |vm, a, _| Ok(Value::bool(numeric::float_is_integer(self_float(vm, a)?))));
    vm.add_method(&float, "as_integer_ratio", |vm, a, _| {
        let x = self_float(vm, a)?;
        let (n, d) = numeric::float_as_integer_ratio(x).map_err(|e| vm.num_err(e))?;
        let n = vm.new_int_big(n);
        let d = vm.new_int_big(d);
        Ok(vm.new_tuple(vec![n, d]))
    });
    vm.add_method(&float, "hex", |vm, a, _| {
        let x = self_float(vm, a)?;
        Ok(vm.new_string(numeric::float_hex(x)))
    });
    vm.add_method(&float, "fromhex", |vm, a, _| {
        let st = a.iter().find_map(|x| x.downcast::<Str>().map(|q| q.s.to_string())).unwrap_or_default();
        numeric::float_fromhex(&st).map(Value::float).map_err(|e| vm.num_err(e))
    });
    let fh = vm.intern_static("fromhex");
    let fhf = float.downcast::<Class>().unwrap().namespace().get_str(&fh).unwrap();
    let sm = alloc(vm.t.staticmethod.clone(), StaticMethod { func: PyCell::new(fhf) });
    float.downcast::<Class>().unwrap().namespace().set_str(fh, sm);
    vm.add_method(&float, "__floor__", |vm, a, _| {
        let x = self_float(vm, a)?;
        let i = numeric::f64_to_big(x.floor()).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&float, "__ceil__", |vm, a, _| {
        let x = self_float(vm, a)?;
        let i = numeric::f64_to_big(x.ceil()).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&float, "conjugate", |vm, a, _| Ok(Value::float(self_float(vm, a)?)));
    vm.add_method(&float, "__float__", |vm, a, _| Ok(Value::float(self_float(vm, a)?)));
    vm.add_method(&float, "__int__", |vm, a, _| {
        let x = self_float(vm, a)?;
        let i = numeric::f64_to_big(x).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&float, "__trunc__", |vm, a, _| {
        let x = self_float(vm, a)?;
        let i = numeric::f64_to_big(x).map_err(|e| vm.num_err(e))?;
        Ok(vm.new_int_big(i))
    });
    vm.add_method(&float, "__round__", |vm, a, _| {
        let x = self_float(vm, a)?;
        match a.get(1).filter(|v| !v.is_none()) {
            None => {
                let i = numeric::f64_to_big(numeric::round_half_even(x)).map_err(|e| vm.num_err(e))?;
                Ok(vm.new_int_big(i))
            }
            Some(n) => {
                let n = ops::index_i64(vm, n)?;
                numeric::float_round(x, n).map(Value::float).map_err(|e| vm.num_err(e))
            }
        }
    });
    vm.add_method(&float, "__new__", |vm, a, _| {
        let cls = a[0].clone();
        let v = match a.get(1) {
            Some(x) => to_float(vm, x)?,
            None => Value::float(0.0),
        };
        if cls.is(&vm.t.float) {
            return Ok(v);
        }
        let inst = super::object_new(vm, &cls, &[], &[])?;
        if let Some(i) = inst.downcast::<crate::class::Instance>() {
            i.builtin_base.with_mut(|b| *b = v);
        }
        Ok(inst)
    });
    let complex = vm.t.complex.clone();
    register_operator_dunders(vm, &complex);
    vm.add_method(&complex, "conjugate", |vm, a, _| {
        let c = a[0].downcast::<Complex>().map(|c| (c.re, c.im)).unwrap_or((0.0, 0.0));
        Ok(vm.new_complex(c.0, -c.1))
    });

    // Exceptions.
    let be = vm.t.base_exception.clone();
    vm.add_method(&be, "__init__", |vm, a, k| {
        if a[0].downcast::<Instance>().map(|i| i.exc.is_some()).unwrap_or(false) {
            super::exceptions::init_exception(vm, &a[0], &a[1..], k)?;
        }
        Ok(Value::NONE)
    });
    vm.add_method(&be, "__new__", |vm, a, k| {
        let cls = a[0].clone();
        super::object_new(vm, &cls, &a[1..], k)
    });
    vm.add_method(&be, "with_traceback", |vm, a, _| {
        let tb = a.get(1).cloned().unwrap_or(Value::NONE);
        crate::traceback::set_traceback(vm, &a[0], &tb)?;
        Ok(a[0].clone())
    });
    vm.add_method(&be, "__str__", |vm, a, _| {
        let inst = a[0].downcast::<Instance>().unwrap();
        let args = inst.exc.as_ref().map(|e| e.args.get_clone()).unwrap_or(Value::NONE);
        let items = args.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
        match items.len() {
            0 => Ok(vm.intern_static("")),
            1 => ops::str(vm, &items[0]),
            _ => ops::repr(vm, &args),
        }
    });
    vm.add_method(&be, "__repr__", |vm, a, _| {
        let inst = a[0].downcast::<Instance>().unwrap();
        let args = inst.exc.as_ref().map(|e| e.args.get_clone()).unwrap_or(Value::NONE);
        let items = args.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
        let tn = vm.type_name(&a[0]);
        let inner = if items.len() == 1 {
            super::repr_string(vm, &items[0])?
        } else {
            let r = super::repr_string(vm, &args)?;
            r.trim_start_matches('(').trim_end_matches(')').trim_end_matches(',').to_string()
        };
        Ok(vm.new_string(format!("{tn}({inner})")))
    });
    vm.add_method(&be, "add_note", |vm, a, _| {
        let note = a.get(1).cloned().unwrap_or(Value::NONE);
        if note.kind() != Some(ObjKind::Str) {
            let tn = vm.type_name(&note);
            return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
        }
        let k = vm.intern_static("__notes__");
        let notes = match ops::getattr_opt(vm, &a[0], &k)? {
            Some(n) => n,
            None => {
                let l = vm.new_list(vec![]);
                ops::setattr(vm, &a[0], &k, l.clone())?;
                l
            }
        };
        match notes.downcast::<List>() {
            Some(l) => l.items.with_mut(|v| v.push(note)),
            None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
        Ok(Value::NONE)
    });

    // property
    let prop = vm.t.property.clone();
    vm.add_method(&prop, "getter", |vm, a, _| prop_copy(vm, &a[0], 0, a[1].clone()));
    vm.add_method(&prop, "setter", |vm, a, _| prop_copy(vm, &a[0], 1, a[1].clone()));
    vm.add_method(&prop, "deleter", |vm, a, _| prop_copy(vm, &a[0], 2, a[1].clone()));
    vm.add_method(&prop, "__get__", |vm, a, _| {
        if a.get(1).map(|o| o.is_none()).unwrap_or(true) {
            return Ok(a[0].clone());
        }
        ops::bind(vm, &a[0], &a[1])
    });
    let sm = vm.t.staticmethod.clone();
    vm.add_method(&sm, "__get__", |_, a, _| Ok(a[0].downcast::<StaticMethod>().unwrap().func.get_clone()));
    let cm = vm.t.classmethod.clone();
    vm.add_method(&cm, "__get__", |vm, a, _| {
        let f = a[0].downcast::<ClassMethod>().unwrap().func.get_clone();
        let owner = match a.get(2) {
            Some(o) if !o.is_none() => o.clone(),
            _ => vm.type_of(&a[1]),
        };
        Ok(vm.new_bound_method(f, owner))
    });
    let func = vm.t.function.clone();
    vm.add_method(&func, "__get__", |vm, a, _| {
        if a.get(1).map(|o| o.is_none()).unwrap_or(true) {
            return Ok(a[0].clone());
        }
        Ok(vm.new_bound_method(a[0].clone(), a[1].clone()))
    });
    vm.add_method(&func, "__call__", |vm, a, k| {
        let f = a[0].clone();
        vm.call(&f, &a[1..], k)
    });
    for iter_cls in crate::iter::iter_classes(vm) {
        vm.add_method(&iter_cls, "__iter__", |_, a, _| Ok(a[0].clone()));
        vm.add_method(&iter_cls, "__next__", |vm, a, _| match ops::next(vm, &a[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::NONE)),
        });
    }
    let _ = ToPrimitive::to_i64(&BigInt::zero());
}

fn bool_bitop(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    if a[0].is_bool() && a.get(1).map(|b| b.is_bool()).unwrap_or(false) {
        let (x, y) = (a[0].is_true_singleton(), a[1].is_true_singleton());
        return Ok(Value::bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    ops::prim_binary(vm, op, &a[0], &a[1])
}

fn prop_copy(vm: &mut Vm, p: &Value, which: usize, f: Value) -> PyResult<Value> {
    let old = p.downcast::<Property>().unwrap();
    let mut parts = [old.fget.get_clone(), old.fset.get_clone(), old.fdel.get_clone()];
    parts[which] = f;
    let doc = old.doc.get_clone();
    let [g, st, d] = parts;
    Ok(alloc(
        vm.t.property.clone(),
        Property { fget: PyCell::new(g), fset: PyCell::new(st), fdel: PyCell::new(d), doc: PyCell::new(doc) },
    ))
}
