//! `repr()`, `str()` and `format()` of built-in values, matching CPython's
//! text exactly (quote selection and escapes for strings, shortest round-trip
//! floats, `[...]` for self-containing containers).

use crate::class::Instance;
use crate::object::*;
use crate::ops::{self, as_bigint};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress, to print `[...]` on recursion.
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

struct ReprGuard(u64);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|x| *x == self.0) {
                s.remove(p);
            }
        });
    }
}
fn enter(v: &Value) -> Option<ReprGuard> {
    let b = v.bits();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&b) {
            None
        } else {
            s.push(b);
            Some(ReprGuard(b))
        }
    })
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) >= 0x80 && !super::methods_str_ext::is_printable_char(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for non-ASCII characters.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if (0x80..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if (0x2000..=0x200f).contains(&n) || (0x2028..=0x202f).contains(&n) || (0x205f..=0x206f).contains(&n) {
        return n == 0x2010 || (0x2011..=0x2027).contains(&n) && n != 0x2028;
    }
    if n == 0xa0 || n == 0x3000 || n == 0xfeff || (0xd800..=0xdfff).contains(&n) || (0xe000..=0xf8ff).contains(&n) {
        return false;
    }
    if (0xfff9..=0xfffb).contains(&n) || n == 0x1680 {
        return false;
    }
    !c.is_control()
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn addr(v: &Value) -> String {
    format!("0x{:012x}", crate::ops::address_of(v))
}

fn qualified_class_name(vm: &mut Vm, cls: &Value) -> String {
    let c = cls.downcast::<crate::class::Class>().unwrap();
    let q = c.qualname.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default());
    if c.builtin {
        return q;
    }
    let mk = vm.intern_static("__module__");
    let m = c.namespace().get_str(&mk).and_then(|m| m.downcast::<Str>().map(|s| s.s.to_string()));
    match m {
        Some(m) if m != "builtins" => format!("{m}.{q}"),
        _ => q,
    }
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(repr_string(vm, x)?);
    }
    Ok(parts.join(", "))
}

pub fn repr_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is_small_int() {
        return Ok(v.as_small_int().to_string());
    }
    if v.is_float() {
        return Ok(crate::numeric::float_repr(v.as_float()));
    }
    if v.is_none() {
        return Ok("None".into());
    }
    if v.is_bool() {
        return Ok(if v.is_true_singleton() { "True" } else { "False" }.into());
    }
    match v.kind() {
        Some(ObjKind::Str) => Ok(str_repr(&v.downcast::<Str>().unwrap().s)),
        Some(ObjKind::BigInt) => {
            let b = &v.downcast::<Int>().unwrap().v;
            crate::numeric::int_to_decimal_string(b, 4300).map_err(|e| vm.num_err(e))
        }
        Some(ObjKind::List) => {
            let _g = match enter(v) {
                Some(g) => g,
                None => return Ok("[...]".into()),
            };
            let items = v.downcast::<List>().unwrap().items.get_clone();
            Ok(format!("[{}]", join_reprs(vm, &items)?))
        }
        Some(ObjKind::Tuple) => {
            let _g = match enter(v) {
                Some(g) => g,
                None => return Ok("(...)".into()),
            };
            let items = v.downcast::<Tuple>().unwrap().items.to_vec();
            if items.len() == 1 {
                return Ok(format!("({},)", repr_string(vm, &items[0])?));
            }
            Ok(format!("({})", join_reprs(vm, &items)?))
        }
        Some(ObjKind::Dict) => {
            let _g = match enter(v) {
                Some(g) => g,
                None => return Ok("{...}".into()),
            };
            let items = v.downcast::<Dict>().unwrap().items();
            let mut parts = Vec::new();
            for (k, x) in items {
                parts.push(format!("{}: {}", repr_string(vm, &k)?, repr_string(vm, &x)?));
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        }
        Some(ObjKind::Set) => {
            let items = v.downcast::<crate::dict::SetData>().unwrap().items();
            if items.is_empty() {
                return Ok("set()".into());
            }
            let _g = match enter(v) {
                Some(g) => g,
                None => return Ok("set(...)".into()),
            };
            Ok(format!("{{{}}}", join_reprs(vm, &items)?))
        }
        Some(ObjKind::FrozenSet) => {
            let items = v.downcast::<FrozenSet>().unwrap().0.items();
            if items.is_empty() {
                return Ok("frozenset()".into());
            }
            Ok(format!("frozenset({{{}}})", join_reprs(vm, &items)?))
        }
        Some(ObjKind::Bytes) => Ok(bytes_repr(&v.downcast::<Bytes>().unwrap().b, "b")),
        Some(ObjKind::ByteArray) => {
            let b = v.downcast::<ByteArray>().unwrap().b.get_clone();
            Ok(format!("bytearray({})", bytes_repr(&b, "b")))
        }
        Some(ObjKind::Complex) => {
            let c = v.downcast::<Complex>().unwrap();
            Ok(complex_repr(c.re, c.im))
        }
        Some(ObjKind::LazyImport) => {
            Ok(format!("<lazy_import '{}'>", crate::lazy_import::display_name(v.downcast::<LazyImport>().unwrap())))
        }
        Some(ObjKind::Range) => {
            let r = v.downcast::<Range>().unwrap();
            let (a, b, st) = (r.start.clone(), r.stop.clone(), r.step.clone());
            let step_is_one = as_bigint(&st).map(|x| x == 1.into()).unwrap_or(false);
            if step_is_one {
                Ok(format!("range({}, {})", repr_string(vm, &a)?, repr_string(vm, &b)?))
            } else {
                Ok(format!("range({}, {}, {})", repr_string(vm, &a)?, repr_string(vm, &b)?, repr_string(vm, &st)?))
            }
        }
        Some(ObjKind::Slice) => {
            let s = v.downcast::<Slice>().unwrap();
            let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
            Ok(format!("slice({}, {}, {})", repr_string(vm, &a)?, repr_string(vm, &b)?, repr_string(vm, &c)?))
        }
        Some(ObjKind::Function) => {
            let f = v.downcast::<Function>().unwrap();
            let q = f.qualname.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default());
            Ok(format!("<function {} at {}>", q, addr(v)))
        }
        Some(ObjKind::NativeFunction) => {
            let f = v.downcast::<NativeFunction>().unwrap();
            if f.bound.is_null() {
                Ok(format!("<built-in function {}>", f.name))
            } else {
                let tn = vm.type_name(&f.bound);
                Ok(format!("<built-in method {} of {} object at {}>", f.name, tn, addr(&f.bound)))
            }
        }
        Some(ObjKind::BoundMethod) => {
            let m = v.downcast::<BoundMethod>().unwrap();
            let (func, recv) = (m.func.clone(), m.receiver.clone());
            if let Some(nf) = func.downcast::<NativeFunction>() {
                let tn = vm.type_name(&recv);
                return Ok(format!("<built-in method {} of {} object at {}>", nf.name, tn, addr(&recv)));
            }
            let q = match func.downcast::<Function>() {
                Some(f) => f.qualname.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default()),
                None => "?".into(),
            };
            let r = repr_string(vm, &recv)?;
            Ok(format!("<bound method {q} of {r}>"))
        }
        Some(ObjKind::Class) => {
            let n = qualified_class_name(vm, v);
            Ok(format!("<class '{n}'>"))
        }
        Some(ObjKind::Module) => {
            let m = v.downcast::<Module>().unwrap();
            let n = m.name.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
            let fk = vm.intern_static("__file__");
            match m.dict.downcast::<Dict>().unwrap().get_str(&fk) {
                Some(f) if f.kind() == Some(ObjKind::Str) => {
                    Ok(format!("<module '{}' from '{}'>", n, f.downcast::<Str>().unwrap().s))
                }
                _ => Ok(format!("<module '{n}' (built-in)>")),
            }
        }
        Some(ObjKind::Code) => {
            let c = v.downcast::<CodeObj>().unwrap().code.clone();
            let n = c.name.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
            Ok(format!(
                "<code object {} at {}, file \"{}\", line {}>",
                n,
                addr(v),
                c.filename.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default(),
                c.first_line
            ))
        }
        Some(ObjKind::Cell) => Ok(format!("<cell at {}>", addr(v))),
        Some(ObjKind::Generator) => {
            let q = crate::generator::gen_qualname(v);
            Ok(format!("<generator object {} at {}>", q, addr(v)))
        }
        Some(ObjKind::DictView) => {
            let dv = v.downcast::<DictView>().unwrap();
            let d = dv.dict.downcast::<Dict>().unwrap();
            let (name, items) = match dv.which {
                0 => ("dict_keys", d.keys()),
                1 => ("dict_values", d.values()),
                _ => {
                    let pairs = d.items();
                    let mut t = Vec::new();
                    for (k, x) in pairs {
                        t.push(vm.new_tuple(vec![k, x]));
                    }
                    ("dict_items", t)
                }
            };
            Ok(format!("{}([{}])", name, join_reprs(vm, &items)?))
        }
        Some(ObjKind::Instance) => instance_repr(vm, v),
        Some(ObjKind::Super) => Ok("<super object>".into()),
        Some(ObjKind::Property) => Ok(format!("<property object at {}>", addr(v))),
        Some(ObjKind::StaticMethod) => Ok(format!("<staticmethod object at {}>", addr(v))),
        Some(ObjKind::ClassMethod) => Ok(format!("<classmethod object at {}>", addr(v))),
        Some(ObjKind::File) => Ok(crate::io::file_repr(v)),
        _ => {
            let tn = vm.type_name(v);
            Ok(format!("<{} object at {}>", tn, addr(v)))
        }
    }
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let f = |x: f64| -> String {
        let r = crate::numeric::float_repr(x);
        r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", f(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && im.is_sign_negative() {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", f(re), sign, f(im.abs()))
}

fn instance_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(f) = ops::lookup_special(vm, v, "__repr__") {
        if f.kind() != Some(ObjKind::NativeFunction) {
            let r = vm.call(&f, &[v.clone()], &[])?;
            return match r.downcast::<Str>() {
                Some(s) => Ok(s.s.to_string()),
                None => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__repr__ returned non-string (type {tn})")))
                }
            };
        }
    }
    if v.is(&vm.not_implemented) {
        return Ok("NotImplemented".into());
    }
    if vm.type_of(v).is(&vm.t.member_descriptor) {
        if let Some(f) = ops::lookup_special(vm, v, "__repr__") {
            let r = vm.call(&f, &[v.clone()], &[])?;
            return Ok(r.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default());
        }
    }
    if v.is(&vm.none_singleton_ellipsis) {
        return Ok("Ellipsis".into());
    }
    let inst = v.downcast::<Instance>().unwrap();
    if let Some(e) = &inst.exc {
        let args = e.args.get_clone();
        let items = args.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
        let tn = vm.type_name(v);
        if items.len() == 1 {
            return Ok(format!("{}({})", tn, repr_string(vm, &items[0])?));
        }
        return Ok(format!("{}({})", tn, join_reprs(vm, &items)?));
    }
    if let Some(r) = crate::modules::structseq::repr(vm, v) {
        return r;
    }
    let base = inst.builtin_base.get_clone();
    if !base.is_null() {
        let r = repr_string(vm, &base)?;
        if vm.type_of(v).is(&vm.t.mappingproxy) {
            return Ok(format!("mappingproxy({r})"));
        }
        return Ok(r);
    }
    let cls = vm.type_of(v);
    let n = qualified_class_name(vm, &cls);
    Ok(format!("<{} object at {}>", n, addr(v)))
}

/// `str(v)` as a Rust string.
pub fn str_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.downcast::<Str>() {
        return Ok(s.s.to_string());
    }
    if v.kind() == Some(ObjKind::Instance) {
        if let Some(f) = ops::lookup_special(vm, v, "__str__") {
            if f.kind() != Some(ObjKind::NativeFunction) {
                let r = vm.call(&f, &[v.clone()], &[])?;
                return match r.downcast::<Str>() {
                    Some(s) => Ok(s.s.to_string()),
                    None => {
                        let tn = vm.type_name(&r);
                        Err(vm.type_error(format!("__str__ returned non-string (type {tn})")))
                    }
                };
            }
        }
        let inst = v.downcast::<Instance>().unwrap();
        if let Some(e) = &inst.exc {
            if vm.isinstance(v, &vm.t.os_error.clone()) {
                if let Some(s) = super::exceptions::os_error_str(vm, v)? {
                    return Ok(s);
                }
            }
            let args = e.args.get_clone();
            let items = args.downcast::<Tuple>().map(|t| t.items.to_vec()).unwrap_or_default();
            let is_key_error = vm.isinstance(v, &vm.t.key_error.clone());
            return match items.len() {
                0 => Ok(String::new()),
                1 if is_key_error => repr_string(vm, &items[0]),
                1 => str_string(vm, &items[0]),
                _ => repr_string(vm, &args),
            };
        }
        if let Some(r) = crate::modules::structseq::repr(vm, v) {
            return r;
        }
        let base = inst.builtin_base.get_clone();
        if !base.is_null() {
            if let Some(f) = ops::lookup_special(vm, v, "__repr__") {
                if f.kind() != Some(ObjKind::NativeFunction) {
                    return repr_string(vm, v);
                }
            }
            return str_string(vm, &base);
        }
    }
    repr_string(vm, v)
}

/// `format(v, spec)` for built-in values.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    use crate::numeric as n;
    let v = crate::types::builtin_base(v);
    if v.is_bool() && spec.is_empty() {
        return Ok(if v.is_true_singleton() { "True" } else { "False" }.into());
    }
    if let Some(i) = as_bigint(&v) {
        let fs = n::parse_format_spec_for(spec, "int").map_err(|e| vm.num_err(e))?;
        return n::format_int(&i, &fs).map_err(|e| vm.num_err(e));
    }
    if v.is_float() {
        let fs = n::parse_format_spec_for(spec, "float").map_err(|e| vm.num_err(e))?;
        return n::format_float(v.as_float(), &fs).map_err(|e| vm.num_err(e));
    }
    if let Some(s) = v.downcast::<Str>() {
        let fs = n::parse_format_spec_for(spec, "str").map_err(|e| vm.num_err(e))?;
        return n::format_str(&s.s, &fs).map_err(|e| vm.num_err(e));
    }
    if spec.is_empty() {
        return str_string(vm, &v);
    }
    let tn = vm.type_name(&v);
    Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")))
}
