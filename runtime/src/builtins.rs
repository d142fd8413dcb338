//! The `builtins` module: built-in functions, and the built-in classes and
//! exceptions bound to their names.

use crate::object::*;
use crate::ops::{self, as_bigint};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

fn s(v: &Value) -> String {
    v.downcast::<Str>().map(|x| x.s.to_string()).unwrap_or_default()
}

/// Finds a keyword argument by name.
pub fn kwarg<'a>(kwargs: &'a [(Value, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| k.downcast::<Str>().map(|x| &*x.s == name).unwrap_or(false)).map(|(_, v)| v)
}

/// Rejects unexpected keyword arguments with CPython's message.
pub fn check_kwargs(vm: &mut Vm, fname: &str, kwargs: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        let n = s(k);
        if !allowed.contains(&n.as_str()) {
            return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{n}'")));
        }
    }
    Ok(())
}

/// Checks a positional argument count.
pub fn check_args(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn register(vm: &mut Vm) {
    let t = &vm.t;
    let classes: Vec<(&str, Value)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
    ];
    for (n, c) in classes {
        vm.set_builtin(n, c);
    }
    let excs = vm.exc_names.clone();
    for (n, c) in excs {
        vm.set_builtin(n, c);
    }
    vm.set_builtin("None", Value::NONE);
    vm.set_builtin("__debug__", Value::TRUE);
    vm.set_builtin("True", Value::TRUE);
    vm.set_builtin("False", Value::FALSE);
    let ni = vm.not_implemented.clone();
    vm.set_builtin("NotImplemented", ni);
    let el = vm.ellipsis();
    vm.set_builtin("Ellipsis", el);
    let envk = vm.new_str("EnvironmentError");
    let _ = envk;
    let ose = vm.t.os_error.clone();
    vm.set_builtin("EnvironmentError", ose.clone());
    vm.set_builtin("IOError", ose);

    macro_rules! f {
        ($name:expr, $func:expr) => {{
            let v = vm.new_native($name, $func);
            v.header().unwrap().rc.set(IMMORTAL);
            vm.set_builtin($name, v);
        }};
    }
    f!("__build_class__", crate::types::build_class);
    f!("print", builtin_print);
    f!("len", |vm, a, _| {
        check_args(vm, "len", a, 1, 1)?;
        let n = ops::len(vm, &a[0])?;
        Ok(vm.new_int(n as i64))
    });
    f!("repr", |vm, a, _| {
        check_args(vm, "repr", a, 1, 1)?;
        ops::repr(vm, &a[0])
    });
    f!("ascii", |vm, a, _| {
        check_args(vm, "ascii", a, 1, 1)?;
        ops::ascii(vm, &a[0])
    });
    f!("abs", |vm, a, _| {
        check_args(vm, "abs", a, 1, 1)?;
        ops::unary(vm, "__abs__", &a[0])
    });
    f!("hash", |vm, a, _| {
        check_args(vm, "hash", a, 1, 1)?;
        let h = ops::hash(vm, &a[0])?;
        Ok(vm.new_int(h))
    });
    f!("id", |vm, a, _| {
        check_args(vm, "id", a, 1, 1)?;
        let v = &a[0];
        let id = if v.is_ptr() { crate::ops::address_of(v) as i64 } else { (v.bits() >> 1) as i64 & 0x7fff_ffff_ffff };
        Ok(vm.new_int(id))
    });
    f!("callable", |vm, a, _| {
        check_args(vm, "callable", a, 1, 1)?;
        let c = is_callable(vm, &a[0]);
        Ok(Value::bool(c))
    });
    f!("isinstance", |vm, a, _| {
        check_args(vm, "isinstance", a, 2, 2)?;
        isinstance(vm, &a[0], &a[1]).map(Value::bool)
    });
    f!("issubclass", |vm, a, _| {
        check_args(vm, "issubclass", a, 2, 2)?;
        if a[0].kind() != Some(ObjKind::Class) {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        issubclass(vm, &a[0], &a[1]).map(Value::bool)
    });
    f!("getattr", |vm, a, _| {
        check_args(vm, "getattr", a, 2, 3)?;
        let name = match a[1].downcast::<Str>() {
            Some(_) => vm.intern_value(&a[1]),
            None => {
                let tn = vm.type_name(&a[1]);
                return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
            }
        };
        match ops::getattr(vm, &a[0], &name) {
            Ok(v) => Ok(v),
            Err(e) if a.len() == 3 && vm.exc_matches(&e, &vm.t.attribute_error.clone()) => Ok(a[2].clone()),
            Err(e) => Err(e),
        }
    });
    f!("setattr", |vm, a, _| {
        check_args(vm, "setattr", a, 3, 3)?;
        if a[1].kind() != Some(ObjKind::Str) {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
        let name = vm.intern_value(&a[1]);
        ops::setattr(vm, &a[0], &name, a[2].clone())?;
        Ok(Value::NONE)
    });
    f!("delattr", |vm, a, _| {
        check_args(vm, "delattr", a, 2, 2)?;
        if a[1].kind() != Some(ObjKind::Str) {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
        let name = vm.intern_value(&a[1]);
        ops::delattr(vm, &a[0], &name)?;
        Ok(Value::NONE)
    });
    f!("hasattr", |vm, a, _| {
        check_args(vm, "hasattr", a, 2, 2)?;
        if a[1].kind() != Some(ObjKind::Str) {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        }
        let name = vm.intern_value(&a[1]);
        match ops::getattr(vm, &a[0], &name) {
            Ok(_) => Ok(Value::TRUE),
            Err(e) if vm.exc_matches(&e, &vm.t.attribute_error.clone()) => Ok(Value::FALSE),
            Err(e) => Err(e),
        }
    });
    f!("iter", |vm, a, _| {
        check_args(vm, "iter", a, 1, 2)?;
        if a.len() == 2 {
            if !is_callable(vm, &a[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            return Ok(crate::iter::new_iter(
                vm,
                crate::iter::IterState::Callable { func: a[0].clone(), sentinel: a[1].clone() },
            ));
        }
        ops::iter(vm, &a[0])
    });
    f!("next", |vm, a, _| {
        check_args(vm, "next", a, 1, 2)?;
        if a[0].kind() != Some(ObjKind::Iter)
            && a[0].kind() != Some(ObjKind::Generator)
            && ops::lookup_special(vm, &a[0], "__next__").is_none()
        {
            let tn = vm.type_name(&a[0]);
            return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
        }
        if a[0].kind() == Some(ObjKind::Generator) {
            return match crate::generator::resume(vm, &a[0], Value::NONE)? {
                crate::generator::SendResult::Yield(v) => Ok(v),
                crate::generator::SendResult::Return(v) => {
                    if a.len() == 2 {
                        Ok(a[1].clone())
                    } else {
                        Err(vm.stop_iteration(v))
                    }
                }
            };
        }
        if a[0].kind() == Some(ObjKind::Instance) && a.len() == 1 {
            let f = ops::lookup_special(vm, &a[0], "__next__").unwrap();
            return vm.call(&f, &[a[0].clone()], &[]);
        }
        match ops::next(vm, &a[0])? {
            Some(v) => Ok(v),
            None => {
                if a.len() == 2 {
                    Ok(a[1].clone())
                } else {
                    Err(vm.stop_iteration(Value::NONE))
                }
            }
        }
    });
    f!("ord", |vm, a, _| {
        check_args(vm, "ord", a, 1, 1)?;
        if let Some(st) = a[0].downcast::<Str>() {
            if st.char_len == 1 {
                return Ok(Value::small_int(st.s.chars().next().unwrap() as i64));
            }
            return Err(
                vm.type_error(format!("ord() expected a character, but string of length {} found", st.char_len))
            );
        }
        if let Some(b) = crate::types::methods_num::bytes_like(&a[0]) {
            if b.len() == 1 {
                return Ok(Value::small_int(b[0] as i64));
            }
            return Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())));
        }
        let tn = vm.type_name(&a[0]);
        Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
    });
    f!("chr", |vm, a, _| {
        check_args(vm, "chr", a, 1, 1)?;
        let i = ops::index_i64(vm, &a[0])?;
        if i32::try_from(i).is_err() {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(c) => Ok(crate::types::char_str(vm, c)),
            None => {
                if (0xd800..0xe000).contains(&i) {
                    return Ok(vm.new_string(String::from('\u{fffd}')));
                }
                Err(vm.value_error("chr() arg not in range(0x110000)"))
            }
        }
    });
    f!("hex", |vm, a, _| radix(vm, a, 16));
    f!("oct", |vm, a, _| radix(vm, a, 8));
    f!("bin", |vm, a, _| radix(vm, a, 2));
    f!("format", |vm, a, _| {
        check_args(vm, "format", a, 1, 2)?;
        let spec = if a.len() > 1 { a[1].clone() } else { vm.intern_static("") };
        ops::format(vm, &a[0], &spec)
    });
    f!("divmod", |vm, a, _| {
        check_args(vm, "divmod", a, 2, 2)?;
        divmod(vm, &a[0], &a[1])
    });
    f!("pow", builtin_pow);
    f!("round", builtin_round);
    f!("min", |vm, a, k| minmax(vm, a, k, true));
    f!("max", |vm, a, k| minmax(vm, a, k, false));
    f!("sum", builtin_sum);
    f!("any", |vm, a, _| {
        check_args(vm, "any", a, 1, 1)?;
        let it = ops::iter(vm, &a[0])?;
        while let Some(x) = ops::next(vm, &it)? {
            if ops::truthy(vm, &x)? {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    });
    f!("all", |vm, a, _| {
        check_args(vm, "all", a, 1, 1)?;
        let it = ops::iter(vm, &a[0])?;
        while let Some(x) = ops::next(vm, &it)? {
            if !ops::truthy(vm, &x)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    });
    f!("sorted", |vm, a, k| {
        if a.len() != 1 {
            return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.len())));
        }
        let items = ops::collect(vm, &a[0])?;
        let l = vm.new_list(items);
        let mut args = vec![l.clone()];
        args.extend(a[1..].iter().cloned());
        crate::types::methods_seq::list_sort(vm, &args, k)?;
        Ok(l)
    });
    f!("reversed", |vm, a, _| {
        check_args(vm, "reversed", a, 1, 1)?;
        crate::iter::reversed(vm, &a[0])
    });
    f!("enumerate", |vm, a, k| {
        check_kwargs(vm, "enumerate", k, &["start", "iterable"])?;
        let src = match a.first().or_else(|| kwarg(k, "iterable")) {
            Some(v) => v.clone(),
            None => return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")),
        };
        let start = a.get(1).or_else(|| kwarg(k, "start")).cloned();
        let count = match start {
            Some(v) => match as_bigint(&v) {
                Some(b) => b,
                None => {
                    let tn = vm.type_name(&v);
                    return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            },
            None => BigInt::zero(),
        };
        let it = ops::iter(vm, &src)?;
        let state = match count.to_i64() {
            Some(c) if c < i64::MAX / 2 => crate::iter::IterState::Enumerate { it, count: c },
            _ => crate::iter::IterState::EnumerateBig { it, count },
        };
        Ok(crate::iter::new_iter(vm, state))
    });
    f!("zip", |vm, a, k| {
        check_kwargs(vm, "zip", k, &["strict"])?;
        let strict = match kwarg(k, "strict") {
            Some(v) => ops::truthy(vm, v)?,
            None => false,
        };
        let mut its = Vec::new();
        for (i, x) in a.iter().enumerate() {
            match ops::iter(vm, x) {
                Ok(it) => its.push(it),
                Err(e) => {
                    if vm.exc_matches(&e, &vm.t.type_error.clone()) {
                        let tn = vm.type_name(x);
                        return Err(vm.type_error(format!("'{}' object is not iterable", tn)).tap(i));
                    }
                    return Err(e);
                }
            }
        }
        Ok(crate::iter::new_iter(vm, crate::iter::IterState::Zip { its, strict }))
    });
    f!("map", |vm, a, _| {
        if a.len() < 2 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let mut its = Vec::new();
        for x in &a[1..] {
            its.push(ops::iter(vm, x)?);
        }
        Ok(crate::iter::new_iter(vm, crate::iter::IterState::Map { func: a[0].clone(), its }))
    });
    f!("filter", |vm, a, _| {
        check_args(vm, "filter", a, 2, 2)?;
        let it = ops::iter(vm, &a[1])?;
        Ok(crate::iter::new_iter(vm, crate::iter::IterState::Filter { func: a[0].clone(), it }))
    });
    f!("input", |vm, a, _| {
        if let Some(p) = a.first() {
            let ps = crate::types::str_string(vm, p)?;
            crate::io::write_stdout(&ps);
        }
        let line = crate::io::stdin_readline();
        if line.is_empty() {
            let c = vm.t.eof_error.clone();
            return Err(vm.err(&c, "EOF when reading a line"));
        }
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        Ok(vm.new_str(line))
    });
    f!("open", crate::io::open);
    f!("globals", |vm, _, _| Ok(vm.current_globals()));
    f!("locals", |vm, _, _| Ok(locals(vm)));
    f!("vars", |vm, a, _| {
        if a.is_empty() {
            return Ok(locals(vm));
        }
        let dk = vm.intern_static("__dict__");
        match ops::getattr_opt(vm, &a[0], &dk)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        }
    });
    f!("dir", builtin_dir);
    f!("exit", builtin_exit);
    f!("quit", builtin_exit);
    f!("__import__", |vm, a, k| {
        if a.is_empty() {
            return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
        }
        let fromlist = a.get(3).or_else(|| kwarg(k, "fromlist")).cloned().unwrap_or(Value::NONE);
        let level = a.get(4).or_else(|| kwarg(k, "level")).cloned().unwrap_or(Value::small_int(0));
        let globals = a.get(1).cloned().unwrap_or_else(|| vm.current_globals());
        let fl = if fromlist.is_none() || !ops::truthy(vm, &fromlist)? {
            Value::NONE
        } else {
            let items = ops::collect(vm, &fromlist)?;
            vm.new_tuple(items)
        };
        let name = vm.intern_value(&a[0]);
        crate::import::import_name(vm, &name, &fl, &level, &globals)
    });
    f!("compile", builtin_compile);
    f!("__lazy_import__", crate::lazy_import::dunder_lazy_import);
    f!("exec", builtin_exec);
    f!("eval", builtin_eval);
}

trait Tap {
    fn tap(self, _i: usize) -> Self;
}
impl Tap for crate::vm::PyErr {
    fn tap(self, _i: usize) -> Self {
        self
    }
}

fn locals(vm: &mut Vm) -> Value {
    let f = match vm.current_frame() {
        Some(f) => f,
        None => return vm.current_globals(),
    };
    // SAFETY: the current frame is live.
    unsafe {
        if !(*f).locals.is_null() && (*f).flags & crate::interp::FRAME_INIT == 0 {
            return (*f).locals.clone();
        }
        let code = crate::frame::Frame::code(f);
        // A module body run without its own namespace uses the globals.
        if (*f).locals.is_null() && code.flags & crate::bytecode::code_flags::NAMESPACE != 0 {
            return Value::clone(&(*f).globals);
        }
        let d = vm.new_dict();
        let lp = crate::frame::Frame::localsplus(f);
        for (i, n) in code.varnames.iter().enumerate() {
            if s(n).starts_with('$') {
                continue;
            }
            let mut v = (*lp.add(i)).clone();
            if code.cellvars.iter().any(|c| c.is(n)) {
                v = v.downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL);
            }
            if !v.is_null() {
                d.downcast::<Dict>().unwrap().set_str(n.clone(), v);
            }
        }
        for (i, n) in code.freevars.iter().enumerate() {
            let c = (*lp.add(code.varnames.len() + i)).clone();
            let v = c.downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL);
            if !v.is_null() {
                d.downcast::<Dict>().unwrap().set_str(n.clone(), v);
            }
        }
        d
    }
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(ObjKind::Function) | Some(ObjKind::NativeFunction) | Some(ObjKind::BoundMethod) | Some(ObjKind::Class)
    ) || ops::lookup_special(vm, v, "__call__").is_some()
}

pub fn isinstance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<Tuple>() {
        for c in t.items.iter() {
            if isinstance(vm, v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Some(ObjKind::Class) {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    if let Some(f) = crate::types::meta_hook(vm, cls, "__instancecheck__") {
        let r = vm.call(&f, &[cls.clone(), v.clone()], &[])?;
        return ops::truthy(vm, &r);
    }
    Ok(vm.isinstance(v, cls))
}

pub fn issubclass(vm: &mut Vm, c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<Tuple>() {
        for x in t.items.iter() {
            if issubclass(vm, c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Some(ObjKind::Class) {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    Ok(vm.is_subclass(c, cls))
}

fn radix(vm: &mut Vm, a: &[Value], base: u32) -> PyResult<Value> {
    let name = match base {
        16 => "hex",
        8 => "oct",
        _ => "bin",
    };
    check_args(vm, name, a, 1, 1)?;
    let v = ops::index(vm, &a[0])?;
    Ok(vm.new_string(crate::numeric::int_to_str_radix(&v, base, true)))
}

pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if ops::is_int_like(a) && ops::is_int_like(b) {
        let (x, y) = (as_bigint(a).unwrap(), as_bigint(b).unwrap());
        let (q, r) = crate::numeric::big_divmod(&x, &y).map_err(|e| vm.num_err(e))?;
        let q = vm.new_int_big(q);
        let r = vm.new_int_big(r);
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if (a.is_float() || ops::is_int_like(a)) && (b.is_float() || ops::is_int_like(b)) {
        let x = ops::to_f64(vm, a)?.unwrap();
        let y = ops::to_f64(vm, b)?.unwrap();
        let (q, r) = crate::numeric::float_divmod(x, y).map_err(|e| vm.num_err(e))?;
        return Ok(vm.new_tuple(vec![Value::float(q), Value::float(r)]));
    }
    if let Some(f) = ops::lookup_special(vm, a, "__divmod__") {
        let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(f) = ops::lookup_special(vm, b, "__rdivmod__") {
        let r = vm.call(&f, &[b.clone(), a.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")))
}

fn builtin_pow(vm: &mut Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let base = a.first().or_else(|| kwarg(k, "base")).cloned();
    let exp = a.get(1).or_else(|| kwarg(k, "exp")).cloned();
    let m = a.get(2).or_else(|| kwarg(k, "mod")).cloned();
    let (base, exp) = match (base, exp) {
        (Some(b), Some(e)) => (b, e),
        _ => return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)")),
    };
    match m {
        Some(m) if !m.is_none() => match (as_bigint(&base), as_bigint(&exp), as_bigint(&m)) {
            (Some(b), Some(e), Some(mm)) => {
                match crate::numeric::big_pow(&b, &e, Some(&mm)).map_err(|e| vm.num_err(e))? {
                    crate::numeric::PowResult::Int(i) => Ok(vm.new_int_big(i)),
                    crate::numeric::PowResult::Float(f) => Ok(Value::float(f)),
                }
            }
            _ => {
                // A user type's `__pow__(exp, mod)` (no reflected form is tried).
                if base.kind() == Some(ObjKind::Instance) {
                    if let Some(f) = ops::lookup_special(vm, &base, "__pow__") {
                        if f.kind() != Some(ObjKind::NativeFunction) {
                            let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()], &[])?;
                            if !r.is(&vm.not_implemented) {
                                return Ok(r);
                            }
                        }
                    }
                }
                Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
        },
        _ => ops::binary_op(vm, crate::bytecode::BinOp::Pow, false, &base, &exp),
    }
}

fn builtin_round(vm: &mut Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let x = match a.first().or_else(|| kwarg(k, "number")) {
        Some(v) => v.clone(),
        None => return Err(vm.type_error("round() missing required argument 'number' (pos 1)")),
    };
    let nd = a.get(1).or_else(|| kwarg(k, "ndigits")).cloned().filter(|v| !v.is_none());
    let xb = crate::types::builtin_base(&x);
    if xb.is_float() {
        let f = xb.as_float();
        return match nd {
            None => {
                let r = crate::numeric::round_half_even(f);
                let b = crate::numeric::f64_to_big(r).map_err(|e| vm.num_err(e))?;
                Ok(vm.new_int_big(b))
            }
            Some(n) => {
                let n = ops::index_i64(vm, &n)?;
                let r = crate::numeric::float_round(f, n).map_err(|e| vm.num_err(e))?;
                Ok(Value::float(r))
            }
        };
    }
    if let Some(i) = as_bigint(&xb) {
        return match nd {
            None => Ok(vm.new_int_big(i)),
            Some(n) => {
                let n = ops::index_i64(vm, &n)?;
                Ok(vm.new_int_big(crate::numeric::int_round(&i, n)))
            }
        };
    }
    if let Some(f) = ops::lookup_special(vm, &x, "__round__") {
        let mut args = vec![x.clone()];
        if let Some(n) = nd {
            args.push(n);
        }
        return vm.call(&f, &args, &[]);
    }
    let tn = vm.type_name(&x);
    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
}

fn minmax(vm: &mut Vm, a: &[Value], k: &[(Value, Value)], is_min: bool) -> PyResult<Value> {
    let name = if is_min { "min" } else { "max" };
    check_kwargs(vm, name, k, &["key", "default"])?;
    let key = kwarg(k, "key").cloned().filter(|v| !v.is_none());
    let default = kwarg(k, "default").cloned();
    let items = if a.len() == 1 {
        ops::collect(vm, &a[0])?
    } else if a.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(
                vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"))
            );
        }
        a.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(f) => vm.call(f, &[best.clone()], &[])?,
        None => best.clone(),
    };
    let op = if is_min { crate::bytecode::CmpOp::Lt } else { crate::bytecode::CmpOp::Gt };
    for x in items.into_iter().skip(1) {
        let kx = match &key {
            Some(f) => vm.call(f, &[x.clone()], &[])?,
            None => x.clone(),
        };
        let r = ops::compare(vm, op, &kx, &best_key)?;
        if ops::truthy(vm, &r)? {
            best = x;
            best_key = kx;
        }
    }
    Ok(best)
}

fn builtin_sum(vm: &mut Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let start = a.get(1).or_else(|| kwarg(k, "start")).cloned().unwrap_or(Value::small_int(0));
    if start.kind() == Some(ObjKind::Str) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start.kind() == Some(ObjKind::Bytes) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = ops::iter(vm, &a[0])?;
    let mut acc = start;
    // Float sums use compensated addition only in fsum; sum() adds in order.
    while let Some(x) = ops::next(vm, &it)? {
        if acc.is_small_int() && x.is_small_int() {
            let r = acc.as_small_int() + x.as_small_int();
            acc = vm.new_int(r);
            continue;
        }
        if acc.is_float() && x.is_float() {
            acc = Value::float(acc.as_float() + x.as_float());
            continue;
        }
        acc = ops::binary_op(vm, crate::bytecode::BinOp::Add, false, &acc, &x)?;
    }
    Ok(acc)
}

fn builtin_print(vm: &mut Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    for (key, _) in k {
        let n = s(key);
        if !["sep", "end", "file", "flush"].contains(&n.as_str()) {
            return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for print()")));
        }
    }
    let sep = match kwarg(k, "sep") {
        Some(v) if !v.is_none() => match v.downcast::<Str>() {
            Some(x) => x.s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("sep must be None or a string, not {tn}")));
            }
        },
        _ => " ".to_string(),
    };
    let end = match kwarg(k, "end") {
        Some(v) if !v.is_none() => match v.downcast::<Str>() {
            Some(x) => x.s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("end must be None or a string, not {tn}")));
            }
        },
        _ => "\n".to_string(),
    };
    let mut out = String::new();
    for (i, x) in a.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Some(st) = x.downcast::<Str>() {
            out.push_str(&st.s);
        } else {
            out.push_str(&crate::types::str_string(vm, x)?);
        }
    }
    out.push_str(&end);
    let file = match kwarg(k, "file") {
        Some(f) if !f.is_none() => f.clone(),
        _ => {
            let ok = vm.intern_static("stdout");
            let sys = vm.sys.clone();
            sys.downcast::<Module>().unwrap().dict.downcast::<Dict>().unwrap().get_str(&ok).unwrap_or(Value::NONE)
        }
    };
    if file.kind() == Some(ObjKind::File) {
        crate::io::file_write(vm, &file, &out)?;
    } else if !file.is_none() {
        let sv = vm.new_string(out);
        vm.call_method(&file, "write", &[sv])?;
    }
    if let Some(fl) = kwarg(k, "flush") {
        if ops::truthy(vm, fl)? {
            crate::io::flush_stdout();
        }
    }
    Ok(Value::NONE)
}

fn builtin_exit(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let c = vm.t.system_exit.clone();
    Err(crate::vm::PyErr(vm.new_exception(&c, a.to_vec())))
}

fn builtin_dir(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    if a.is_empty() {
        let l = locals(vm);
        if let Some(d) = l.downcast::<Dict>() {
            names = d.keys().iter().map(s).collect();
        }
    } else {
        let v = &a[0];
        // PEP 562: a module's own `__dir__` function.
        let dk = vm.intern_static("__dir__");
        if let Some(f) = v.downcast::<Module>().and_then(|m| m.dict.downcast::<Dict>().unwrap().get_str(&dk)) {
            let r = vm.call(&f, &[], &[])?;
            let items = ops::collect(vm, &r)?;
            let mut names: Vec<String> = items.iter().map(s).collect();
            names.sort();
            let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
            return Ok(vm.new_list(vals));
        }
        if let Some(f) = ops::lookup_special(vm, v, "__dir__") {
            if f.kind() == Some(ObjKind::Function) {
                let r = vm.call(&f, &[v.clone()], &[])?;
                let items = ops::collect(vm, &r)?;
                let mut names: Vec<String> = items.iter().map(s).collect();
                names.sort();
                let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
                return Ok(vm.new_list(vals));
            }
        }
        if let Some(m) = v.downcast::<Module>() {
            names = m.dict.downcast::<Dict>().unwrap().keys().iter().map(s).collect();
        } else {
            if let Some(inst) = v.downcast::<crate::class::Instance>() {
                names.extend(inst.attr_items().iter().map(|(k, _)| s(k)));
            }
            let cls = if v.kind() == Some(ObjKind::Class) { v.clone() } else { vm.type_of(v) };
            let mro = cls.downcast::<crate::class::Class>().unwrap().mro_list(&cls);
            for c in mro {
                names.extend(c.downcast::<crate::class::Class>().unwrap().namespace().keys().iter().map(s));
            }
        }
    }
    names.sort();
    names.dedup();
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

fn builtin_exec(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let mut code_arg = None;
    let src = match a.first().and_then(|x| x.downcast::<Str>()) {
        Some(x) => x.s.to_string(),
        None if a.first().is_some_and(|x| x.kind() == Some(ObjKind::Code)) => {
            code_arg = Some(a[0].clone());
            String::new()
        }
        None => return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object")),
    };
    let explicit_globals = a.get(1).cloned().filter(|g| !g.is_none());
    let globals = explicit_globals.clone().unwrap_or_else(|| vm.current_globals());
    let locals_v = a.get(2).cloned().filter(|g| !g.is_none());
    let code = match code_arg {
        Some(c) => c,
        None => crate::compile::compile(vm, &src, "<string>", crate::compile::Mode::Exec)
            .map_err(|e| crate::syntax_error(vm, &e, "<string>"))?,
    };
    if let Some(g) = globals.downcast::<Dict>() {
        let bk = vm.intern_static("__builtins__");
        if g.get_str(&bk).is_none() {
            g.set_str(bk, vm.builtins.clone());
        }
    }
    // Module-level code uses the globals as its namespace; the locals
    // mapping only tells it apart from a module body (PEP 810 allows `lazy
    // import` in `exec` only where locals are the globals). Without
    // arguments, `exec` in a function or class body gets that scope's
    // locals, as in CPython.
    let locals = match (&explicit_globals, locals_v) {
        (_, Some(l)) if !l.is(&globals) => l,
        (None, _) => {
            let l = locals(vm);
            if l.is(&globals) {
                Value::NULL
            } else {
                l
            }
        }
        _ => Value::NULL,
    };
    vm.run_code(&code, &globals, locals, None)?;
    Ok(Value::NONE)
}

fn builtin_eval(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let globals = a.get(1).cloned().filter(|g| !g.is_none()).unwrap_or_else(|| vm.current_globals());
    if let Some(c) = a.first().filter(|x| x.kind() == Some(ObjKind::Code)) {
        return vm.run_code(c, &globals, Value::NULL, None);
    }
    let src = match a.first().and_then(|x| x.downcast::<Str>()) {
        Some(x) => x.s.trim().to_string(),
        None => return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object")),
    };
    let code = crate::compile::compile(vm, &src, "<string>", crate::compile::Mode::Eval)
        .map_err(|e| crate::syntax_error(vm, &e, "<string>"))?;
    vm.run_code(&code, &globals, Value::NULL, None)
}

/// `compile(source, filename, mode)`: a code object for `exec` or `eval`
/// (`mode` "exec", "eval" or "single"); flags are accepted and ignored.
fn builtin_compile(vm: &mut Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let arg = |i: usize, n: &str| a.get(i).or_else(|| kwarg(k, n)).cloned();
    let (Some(src), Some(filename), Some(mode)) = (arg(0, "source"), arg(1, "filename"), arg(2, "mode")) else {
        let n = [arg(0, "source"), arg(1, "filename"), arg(2, "mode")].iter().filter(|x| x.is_some()).count();
        let missing = ["source", "filename", "mode"][n];
        return Err(vm.type_error(format!("compile() missing required argument '{missing}' (pos {})", n + 1)));
    };
    let text = match (src.downcast::<Str>(), src.downcast::<Bytes>()) {
        (Some(x), _) => x.s.to_string(),
        (_, Some(b)) => String::from_utf8_lossy(&b.b).into_owned(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let fname = match filename.downcast::<Str>() {
        Some(f) => f.s.to_string(),
        None => return Err(vm.type_error("compile() argument 'filename' must be str")),
    };
    let m = match mode.downcast::<Str>().map(|m| m.s.to_string()).as_deref() {
        Some("exec") | Some("single") => crate::compile::Mode::Exec,
        Some("eval") => crate::compile::Mode::Eval,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = if m == crate::compile::Mode::Eval { text.trim().to_string() } else { text };
    crate::compile::compile(vm, &text, &fname, m).map_err(|e| crate::syntax_error(vm, &e, &fname))
}

#[allow(dead_code, reason = "kept for sign helpers used by future builtins")]
fn sign_of(b: &BigInt) -> i64 {
    if b.is_negative() {
        -1
    } else {
        b.to_i64().map(|x| x.signum()).unwrap_or(1)
    }
}
