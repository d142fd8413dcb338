//! Built-in types: their creation at start-up, the class machinery (`type()`,
//! `__build_class__`, C3 MRO, `super`), and the protocols of built-in values
//! that `ops` dispatches to. Methods of each built-in type live in the
//! submodules, registered on the classes by [`bootstrap`].

pub mod containers;
pub mod exceptions;
pub mod methods_num;
pub mod methods_seq;
pub mod methods_str;
pub mod methods_str_ext;
pub mod repr;

pub use containers::*;
pub use repr::{format_builtin, repr_string, str_string};

use crate::class::{flags as cflags, Class, Instance};
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The str payload's hash (cached), CPython-compatible in shape (not value:
/// string hashes are randomised in CPython anyway).
pub fn str_hash(v: &Value) -> i64 {
    let s = match v.downcast::<Str>() {
        Some(s) => s,
        None => return 0,
    };
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    // FNV-1a over the UTF-8 bytes: fast and well distributed for identifiers.
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.s.bytes() {
        x ^= b as u64;
        x = x.wrapping_mul(0x0100_0000_01b3);
    }
    let mut h = (x >> 1) as i64;
    if h == -1 {
        h = -2;
    }
    s.hash.set(h);
    h
}

pub fn bytes_hash(v: &Value) -> i64 {
    let b = match v.downcast::<Bytes>() {
        Some(b) => b,
        None => return 0,
    };
    let h = b.hash.get();
    if h != -1 {
        return h;
    }
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for c in b.b.iter() {
        x ^= *c as u64;
        x = x.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (x >> 1) as i64;
    b.hash.set(h);
    h
}

/// CPython's frozenset hash (order-independent).
pub fn frozenset_hash(hashes: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in hashes {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (hashes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590923713;
    }
    h
}

/// For instances of subclasses of built-in types, the wrapped built-in value;
/// otherwise the value itself.
pub fn builtin_base(v: &Value) -> Value {
    if let Some(i) = v.downcast::<Instance>() {
        let b = i.builtin_base.get_clone();
        if !b.is_null() {
            return b;
        }
    }
    v.clone()
}

/// A metaclass hook such as `__instancecheck__`, if a user metaclass defines it.
pub fn meta_hook(vm: &mut Vm, cls: &Value, name: &str) -> Option<Value> {
    let meta = vm.type_of(cls);
    if meta.is(&vm.t.type_) {
        return None;
    }
    let n = vm.intern(name);
    let f = meta.downcast::<Class>()?.lookup(&n)?;
    if f.kind() == Some(ObjKind::Function) {
        Some(f)
    } else {
        None
    }
}

fn str_val(v: &Value) -> String {
    v.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default()
}

// -- Bootstrap -----------------------------------------------------------------

pub fn bootstrap(vm: &mut Vm) {
    // The four classes everything else needs (object, type, str, dict) are
    // made by hand with their type pointers patched afterwards, because
    // creating a class normally needs a str (its name) and a dict.
    let object = raw_class(None, vec![]);
    let ty = raw_class(Some(ObjKind::Class), vec![object.clone()]);
    let str_cls = raw_class(Some(ObjKind::Str), vec![object.clone()]);
    let dict_cls = raw_class(Some(ObjKind::Dict), vec![object.clone()]);
    for c in [&object, &ty, &str_cls, &dict_cls] {
        c.header().unwrap().ty.set(ty.header_ptr());
        c.downcast::<Class>().unwrap().dict.header().unwrap().ty.set(dict_cls.header_ptr());
    }
    vm.t.object = object.clone();
    vm.t.type_ = ty.clone();
    vm.t.str_ = str_cls.clone();
    vm.t.dict = dict_cls.clone();
    for (c, n) in [(&object, "object"), (&ty, "type"), (&str_cls, "str"), (&dict_cls, "dict")] {
        let nm = vm.new_str(n);
        let cls = c.downcast::<Class>().unwrap();
        cls.name.with_mut(|v| *v = nm.clone());
        cls.qualname.with_mut(|v| *v = nm);
        compute_mro(vm, c).ok();
        if !c.is(&object) {
            object.downcast::<Class>().unwrap().subclasses.with_mut(|s| s.push(c.header_ptr()));
        }
    }

    let o = || object.clone();
    let int = vm.new_builtin_class("int", vec![o()], Some(ObjKind::BigInt));
    vm.t.int = int.clone();
    vm.t.bool_ = vm.new_builtin_class("bool", vec![int.clone()], Some(ObjKind::BigInt));
    vm.t.float = vm.new_builtin_class("float", vec![o()], None);
    vm.t.complex = vm.new_builtin_class("complex", vec![o()], Some(ObjKind::Complex));
    vm.t.bytes = vm.new_builtin_class("bytes", vec![o()], Some(ObjKind::Bytes));
    vm.t.bytearray = vm.new_builtin_class("bytearray", vec![o()], Some(ObjKind::ByteArray));
    vm.t.list = vm.new_builtin_class("list", vec![o()], Some(ObjKind::List));
    vm.t.tuple = vm.new_builtin_class("tuple", vec![o()], Some(ObjKind::Tuple));
    vm.t.set = vm.new_builtin_class("set", vec![o()], Some(ObjKind::Set));
    vm.t.frozenset = vm.new_builtin_class("frozenset", vec![o()], Some(ObjKind::FrozenSet));
    vm.t.range = vm.new_builtin_class("range", vec![o()], None);
    vm.t.slice = vm.new_builtin_class("slice", vec![o()], None);
    vm.t.function = vm.new_builtin_class("function", vec![o()], None);
    vm.t.builtin_function = vm.new_builtin_class("builtin_function_or_method", vec![o()], None);
    vm.t.method = vm.new_builtin_class("method", vec![o()], None);
    vm.t.cell = vm.new_builtin_class("cell", vec![o()], None);
    vm.t.module = vm.new_builtin_class("module", vec![o()], None);
    vm.t.code = vm.new_builtin_class("code", vec![o()], None);
    vm.t.generator = vm.new_builtin_class("generator", vec![o()], None);
    vm.t.property = vm.new_builtin_class("property", vec![o()], None);
    vm.t.lazy_import = vm.new_builtin_class("lazy_import", vec![o()], None);
    vm.t.staticmethod = vm.new_builtin_class("staticmethod", vec![o()], None);
    vm.t.classmethod = vm.new_builtin_class("classmethod", vec![o()], None);
    vm.t.none_type = vm.new_builtin_class("NoneType", vec![o()], None);
    vm.t.not_implemented_type = vm.new_builtin_class("NotImplementedType", vec![o()], None);
    vm.t.ellipsis_type = vm.new_builtin_class("ellipsis", vec![o()], None);
    vm.t.super_ = vm.new_builtin_class("super", vec![o()], None);
    vm.t.dict_keys = vm.new_builtin_class("dict_keys", vec![o()], None);
    vm.t.dict_values = vm.new_builtin_class("dict_values", vec![o()], None);
    vm.t.dict_items = vm.new_builtin_class("dict_items", vec![o()], None);
    vm.t.iterator = vm.new_builtin_class("iterator", vec![o()], None);
    vm.t.member_descriptor = vm.new_builtin_class("member_descriptor", vec![o()], None);
    vm.t.mappingproxy = vm.new_builtin_class("mappingproxy", vec![o()], None);
    macro_rules! iter_classes {
        ($($f:ident),*) => {
            $(vm.t.$f = vm.new_builtin_class(stringify!($f), vec![o()], None);)*
        };
    }
    iter_classes!(
        list_iterator,
        tuple_iterator,
        range_iterator,
        longrange_iterator,
        str_iterator,
        str_ascii_iterator,
        bytes_iterator,
        bytearray_iterator,
        dict_keyiterator,
        dict_valueiterator,
        dict_itemiterator,
        dict_reversekeyiterator,
        set_iterator,
        list_reverseiterator,
        reversed,
        enumerate,
        zip,
        map,
        filter,
        callable_iterator
    );
    vm.t.file = vm.new_builtin_class("TextIOWrapper", vec![o()], None);
    vm.t.traceback = vm.new_builtin_class("traceback", vec![o()], None);
    vm.t.frame = vm.new_builtin_class("frame", vec![o()], None);
    for c in [&vm.t.bool_, &vm.t.float, &vm.t.int, &vm.t.none_type, &vm.t.range, &vm.t.slice] {
        let c = c.downcast::<Class>().unwrap();
        c.flags.set(c.flags.get() | cflags::NO_INSTANCE_DICT);
    }

    vm.empty_tuple = vm.new_tuple(vec![]);
    vm.empty_tuple.header().unwrap().rc.set(IMMORTAL);
    let nim = alloc(vm.t.not_implemented_type.clone(), Instance::new(false));
    nim.header().unwrap().rc.set(IMMORTAL);
    vm.not_implemented = nim;
    let ell = alloc(vm.t.ellipsis_type.clone(), Instance::new(false));
    ell.header().unwrap().rc.set(IMMORTAL);
    vm.none_singleton_ellipsis = ell;

    bootstrap_exceptions(vm);

    let builtins = vm.new_dict();
    builtins.header().unwrap().rc.set(IMMORTAL);
    vm.builtins = builtins;
    let sys_modules = vm.new_dict();
    vm.sys_modules = sys_modules;

    methods_num::register(vm);
    exceptions::register(vm);
    methods_seq::register(vm);
    methods_str::register(vm);
    containers::register(vm);
    crate::builtins::register(vm);
    crate::modules::register(vm);
    crate::class::clear_type_cache();
}

/// A class object built without the type machinery (bootstrap only); its
/// type pointers are null until patched.
fn raw_class(base_kind: Option<ObjKind>, bases: Vec<Value>) -> Value {
    fn raw<T: Payload>(data: T) -> Value {
        let obj = Box::new(Obj {
            header: Header {
                rc: std::cell::Cell::new(IMMORTAL),
                gc_index: std::cell::Cell::new(u32::MAX),
                ty: std::cell::Cell::new(std::ptr::null()),
                kind: T::KIND,
                gc_flags: std::cell::Cell::new(0),
                _pad: [0; 6],
            },
            data,
        });
        Value::from_header(Box::into_raw(obj) as *const Header)
    }
    let dict = raw(Dict::new());
    raw(Class {
        name: PyCell::new(Value::NULL),
        qualname: PyCell::new(Value::NULL),
        bases: PyCell::new(bases),
        mro: PyCell::new(Vec::new()),
        dict,
        version: std::cell::Cell::new(crate::class::fresh_class_version()),
        flags: std::cell::Cell::new(cflags::BUILTIN),
        base_kind: std::cell::Cell::new(base_kind),
        slots: PyCell::new(None),
        subclasses: PyCell::new(Vec::new()),
        builtin: true,
        slots_hint: std::cell::Cell::new(0),
        identity_eq: std::cell::Cell::new(0),
    })
}

fn bootstrap_exceptions(vm: &mut Vm) {
    let o = vm.t.object.clone();
    let mk = |vm: &mut Vm, name: &'static str, base: &Value| -> Value {
        let c = vm.new_builtin_class(name, vec![base.clone()], Some(ObjKind::Instance));
        let cls = c.downcast::<Class>().unwrap();
        cls.flags.set(cls.flags.get() | cflags::IS_EXCEPTION);
        vm.exc_names.push((name, c.clone()));
        c
    };
    let base = mk(vm, "BaseException", &o);
    vm.t.base_exception = base.clone();
    let exc = mk(vm, "Exception", &base);
    vm.t.exception = exc.clone();
    vm.t.system_exit = mk(vm, "SystemExit", &base);
    vm.t.keyboard_interrupt = mk(vm, "KeyboardInterrupt", &base);
    vm.t.generator_exit = mk(vm, "GeneratorExit", &base);
    vm.t.stop_iteration = mk(vm, "StopIteration", &exc);
    vm.t.stop_async_iteration = mk(vm, "StopAsyncIteration", &exc);
    let arith = mk(vm, "ArithmeticError", &exc);
    vm.t.arithmetic_error = arith.clone();
    vm.t.zero_division_error = mk(vm, "ZeroDivisionError", &arith);
    vm.t.overflow_error = mk(vm, "OverflowError", &arith);
    vm.t.floating_point_error = mk(vm, "FloatingPointError", &arith);
    vm.t.assertion_error = mk(vm, "AssertionError", &exc);
    vm.t.attribute_error = mk(vm, "AttributeError", &exc);
    mk(vm, "BufferError", &exc);
    vm.t.eof_error = mk(vm, "EOFError", &exc);
    let imp = mk(vm, "ImportError", &exc);
    vm.t.import_error = imp.clone();
    vm.t.module_not_found_error = mk(vm, "ModuleNotFoundError", &imp);
    // PEP 810's error for re-entering a lazy import being resolved. It is
    // not a builtin name (programs see it only through the exception).
    vm.t.import_cycle_error = {
        let c = vm.new_builtin_class("ImportCycleError", vec![imp.clone()], Some(ObjKind::Instance));
        let cls = c.downcast::<Class>().unwrap();
        cls.flags.set(cls.flags.get() | cflags::IS_EXCEPTION);
        c
    };
    let lookup = mk(vm, "LookupError", &exc);
    vm.t.lookup_error = lookup.clone();
    vm.t.index_error = mk(vm, "IndexError", &lookup);
    vm.t.key_error = mk(vm, "KeyError", &lookup);
    vm.t.memory_error = mk(vm, "MemoryError", &exc);
    let name = mk(vm, "NameError", &exc);
    vm.t.name_error = name.clone();
    vm.t.unbound_local_error = mk(vm, "UnboundLocalError", &name);
    let os = mk(vm, "OSError", &exc);
    vm.t.os_error = os.clone();
    for n in [
        "BlockingIOError",
        "ChildProcessError",
        "FileExistsError",
        "InterruptedError",
        "IsADirectoryError",
        "NotADirectoryError",
        "PermissionError",
        "ProcessLookupError",
        "TimeoutError",
    ] {
        mk(vm, n, &os);
    }
    let conn = mk(vm, "ConnectionError", &os);
    for n in ["BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"] {
        mk(vm, n, &conn);
    }
    vm.t.file_not_found_error = mk(vm, "FileNotFoundError", &os);
    mk(vm, "ReferenceError", &exc);
    let rt = mk(vm, "RuntimeError", &exc);
    vm.t.runtime_error = rt.clone();
    vm.t.not_implemented_error = mk(vm, "NotImplementedError", &rt);
    vm.t.recursion_error = mk(vm, "RecursionError", &rt);
    let syn = mk(vm, "SyntaxError", &exc);
    vm.t.syntax_error = syn.clone();
    let ind = mk(vm, "IndentationError", &syn);
    vm.t.indentation_error = ind.clone();
    vm.t.tab_error = mk(vm, "TabError", &ind);
    mk(vm, "SystemError", &exc);
    vm.t.type_error = mk(vm, "TypeError", &exc);
    let val = mk(vm, "ValueError", &exc);
    vm.t.value_error = val.clone();
    let ue = mk(vm, "UnicodeError", &val);
    vm.t.unicode_error = ue.clone();
    vm.t.unicode_decode_error = mk(vm, "UnicodeDecodeError", &ue);
    vm.t.unicode_encode_error = mk(vm, "UnicodeEncodeError", &ue);
    mk(vm, "UnicodeTranslateError", &ue);
    let warn = mk(vm, "Warning", &exc);
    vm.t.warning = warn.clone();
    vm.t.deprecation_warning = mk(vm, "DeprecationWarning", &warn);
    vm.t.user_warning = mk(vm, "UserWarning", &warn);
    vm.t.runtime_warning = mk(vm, "RuntimeWarning", &warn);
    for n in [
        "PendingDeprecationWarning",
        "SyntaxWarning",
        "FutureWarning",
        "ImportWarning",
        "UnicodeWarning",
        "BytesWarning",
        "ResourceWarning",
        "EncodingWarning",
    ] {
        mk(vm, n, &warn);
    }
    vm.t.lookup_error_dummy = Value::NONE;
}

// -- Classes -------------------------------------------------------------------

/// C3 linearisation.
pub fn compute_mro(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let c = cls.downcast::<Class>().unwrap();
    let bases = c.bases.get_clone();
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            let n = Vm::class_name(b);
            return Err(vm.type_error(format!("duplicate base class {n}")));
        }
    }
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in &bases {
        match b.downcast::<Class>() {
            Some(bc) => seqs.push(bc.mro_list(b)),
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    seqs.push(bases.clone());
    let mut out: Vec<Value> = vec![Value::NULL];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let mut pick = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                pick = Some(cand.clone());
                break;
            }
        }
        match pick {
            Some(p) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&p) {
                        s.remove(0);
                    }
                }
                out.push(p);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = Vm::class_name(&s[0]);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
    c.mro.with_mut(|m| *m = out);
    Ok(())
}

/// Recomputes the special-method flags of a class from its MRO.
pub fn update_class_flags(vm: &mut Vm, cls: &Value) {
    let c = cls.downcast::<Class>().unwrap();
    let mut f = c.flags.get()
        & !(cflags::HAS_GETATTR
            | cflags::HAS_SETATTR
            | cflags::HAS_DELATTR
            | cflags::HAS_GETATTRIBUTE
            | cflags::HAS_DESCRIPTOR_GET);
    let check = |vm: &mut Vm, name: &str| -> bool {
        let n = vm.intern(name);
        match c.lookup(&n) {
            Some(v) => v.kind() != Some(ObjKind::NativeFunction),
            None => false,
        }
    };
    if check(vm, "__getattr__") {
        f |= cflags::HAS_GETATTR;
    }
    if check(vm, "__setattr__") {
        f |= cflags::HAS_SETATTR;
    }
    if check(vm, "__delattr__") {
        f |= cflags::HAS_DELATTR;
    }
    if check(vm, "__getattribute__") {
        f |= cflags::HAS_GETATTRIBUTE;
    }
    if check(vm, "__get__") {
        f |= cflags::HAS_DESCRIPTOR_GET;
    }
    c.flags.set(f);
    let subs = c.subclasses.get_clone();
    for s in subs {
        // SAFETY: subclass pointers are live (removed when a class is freed).
        let sv = unsafe {
            (*s).incref();
            Value::from_header(s)
        };
        update_class_flags(vm, &sv);
    }
}

/// `type(name, bases, ns)`: creates a user class.
pub fn new_class(
    vm: &mut Vm,
    meta: &Value,
    name: &Value,
    bases: Vec<Value>,
    ns: &Value,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let bases = if bases.is_empty() { vec![vm.t.object.clone()] } else { bases };
    // The built-in layout instances use: the first built-in base's kind.
    let mut base_kind = None;
    let mut is_exc = false;
    let mut float_base = false;
    for b in &bases {
        let bc = match b.downcast::<Class>() {
            Some(bc) => bc,
            None => {
                return Err(vm.type_error("bases must be types"));
            }
        };
        if bc.builtin
            && bc.flags.get() & cflags::NO_INSTANCE_DICT != 0
            && (b.is(&vm.t.bool_) || b.is(&vm.t.none_type) || b.is(&vm.t.range) || b.is(&vm.t.slice))
        {
            let n = Vm::class_name(b);
            return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
        }
        if bc.flags.get() & cflags::IS_EXCEPTION != 0 {
            is_exc = true;
        }
        match (base_kind, bc.base_kind.get()) {
            (None, k) => base_kind = k,
            (Some(a), Some(b)) if a != b => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            _ => {}
        }
        if b.is(&vm.t.float) || bc.flags.get() & cflags::FLOAT_BASE != 0 {
            float_base = true;
        }
    }
    let dict = vm.new_dict();
    let src = ns.downcast::<Dict>().map(|d| d.items()).unwrap_or_default();
    let mut classcell = Value::NULL;
    let mut slots = None;
    for (k, v) in src {
        let ks = str_val(&k);
        if ks == "__qualname__" {
            // Consumed by class creation, as in CPython; not a class attribute.
            continue;
        }
        if ks == "__classcell__" {
            classcell = v;
            continue;
        }
        if ks == "__slots__" {
            let names = if v.kind() == Some(ObjKind::Str) { vec![v.clone()] } else { crate::ops::collect(vm, &v)? };
            let mut interned = Vec::new();
            let cname = str_val(name);
            for n in names {
                if n.kind() != Some(ObjKind::Str) {
                    let tn = vm.type_name(&n);
                    return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
                }
                // Private slot names are mangled like identifiers in the body.
                let ns = str_val(&n);
                let m = crate::compile::symtable::mangle(Some(&cname), &ns);
                interned.push(vm.intern(&m));
            }
            slots = Some(interned);
        }
        let k = vm.intern_value(&k);
        dict.downcast::<Dict>().unwrap().set_str(k, v);
    }
    // A class that defines `__eq__` without `__hash__` is unhashable.
    {
        let d = dict.downcast::<Dict>().unwrap();
        let (eqk, hashk) = (vm.intern_static("__eq__"), vm.intern_static("__hash__"));
        if d.get_str(&eqk).is_some() && d.get_str(&hashk).is_none() {
            d.set_str(hashk, Value::NONE);
        }
    }
    // Each slot gets a member descriptor in the class namespace.
    if let Some(names) = &slots {
        let d = dict.downcast::<Dict>().unwrap();
        for n in names {
            let ns = str_val(n);
            if ns == "__dict__" || ns == "__weakref__" {
                continue;
            }
            if d.get_str(n).is_some() {
                return Err(vm.value_error(format!("'{ns}' in __slots__ conflicts with class variable")));
            }
            let md = alloc(vm.t.member_descriptor.clone(), Instance::new(false));
            let mi = md.downcast::<Instance>().unwrap();
            let (nk, ok) = (vm.intern_static("__name__"), vm.intern_static("__qualname__"));
            mi.set_attr(vm, &nk, n.clone());
            mi.set_attr(vm, &ok, name.clone());
            d.set_str(n.clone(), md);
        }
    }
    let qk = vm.intern_static("__qualname__");
    let qualname = ns.downcast::<Dict>().and_then(|d| d.get_str(&qk)).unwrap_or_else(|| name.clone());
    // Functions defined in the body become plain methods; __new__ and
    // __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    let d = dict.downcast::<Dict>().unwrap();
    for (special, wrap_class) in [("__new__", false), ("__init_subclass__", true), ("__class_getitem__", true)] {
        let k = vm.intern(special);
        if let Some(f) = d.get_str(&k) {
            if f.kind() == Some(ObjKind::Function) {
                let w = if wrap_class {
                    alloc(vm.t.classmethod.clone(), ClassMethod { func: PyCell::new(f) })
                } else {
                    alloc(vm.t.staticmethod.clone(), StaticMethod { func: PyCell::new(f) })
                };
                d.set_str(k, w);
            }
        }
    }
    let cls = Class {
        name: PyCell::new(name.clone()),
        qualname: PyCell::new(qualname),
        bases: PyCell::new(bases.clone()),
        mro: PyCell::new(Vec::new()),
        dict,
        version: std::cell::Cell::new(crate::class::fresh_class_version()),
        flags: std::cell::Cell::new(
            if is_exc { cflags::IS_EXCEPTION } else { 0 }
                | if slots.is_some() { cflags::HAS_SLOTS } else { 0 }
                | if float_base { cflags::FLOAT_BASE } else { 0 },
        ),
        base_kind: std::cell::Cell::new(base_kind),
        slots: PyCell::new(slots.clone()),
        subclasses: PyCell::new(Vec::new()),
        builtin: false,
        slots_hint: std::cell::Cell::new(0),
        identity_eq: std::cell::Cell::new(0),
    };
    let v = alloc(meta.clone(), cls);
    compute_mro(vm, &v)?;
    // A class with __slots__ that lists __dict__ (or inherits a dict) allows
    // arbitrary attributes.
    if let Some(s) = &slots {
        if s.iter().any(|n| str_val(n) == "__dict__") {
            let c = v.downcast::<Class>().unwrap();
            c.flags.set(c.flags.get() & !cflags::HAS_SLOTS);
        } else {
            // A base without __slots__ provides a __dict__.
            let mro = v.downcast::<Class>().unwrap().mro_list(&v);
            let any_dict = mro.iter().skip(1).any(|b| {
                let bc = b.downcast::<Class>().unwrap();
                !bc.builtin && bc.slots.with(|s| s.is_none())
            });
            if any_dict {
                let c = v.downcast::<Class>().unwrap();
                c.flags.set(c.flags.get() & !cflags::HAS_SLOTS);
            }
        }
    }
    for b in &bases {
        if let Some(bc) = b.downcast::<Class>() {
            bc.subclasses.with_mut(|s| s.push(v.header_ptr()));
        }
    }
    update_class_flags(vm, &v);
    if let Some(cell) = classcell.downcast::<CellObj>() {
        let vv = v.clone();
        cell.v.with_mut(|x| *x = vv);
    }
    // __set_name__ on descriptors.
    let items = v.downcast::<Class>().unwrap().namespace().items();
    for (k, val) in items {
        if val.kind() == Some(ObjKind::Instance) {
            if let Some(f) = crate::ops::lookup_special(vm, &val, "__set_name__") {
                vm.call(&f, &[val.clone(), v.clone(), k.clone()], &[])?;
            }
        }
    }
    // __init_subclass__ of the nearest base.
    let isk = vm.intern_static("__init_subclass__");
    let mro = v.downcast::<Class>().unwrap().mro_list(&v);
    for b in mro.iter().skip(1) {
        if let Some(f) = b.downcast::<Class>().unwrap().namespace().get_str(&isk) {
            if let Some(cm) = f.downcast::<ClassMethod>() {
                let func = cm.func.get_clone();
                vm.call(&func, &[v.clone()], kwargs)?;
            }
            break;
        }
    }
    Ok(v)
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kw)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args[0].clone();
    let name = args[1].clone();
    let bases: Vec<Value> = args[2..].to_vec();
    let mut meta = None;
    let mut extra_kw = Vec::new();
    for (k, v) in kwargs {
        if str_val(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            extra_kw.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => {
            // The most derived metaclass of the bases.
            let mut m = vm.t.type_.clone();
            for b in &bases {
                let bt = vm.type_of(b);
                if vm.is_subclass(&bt, &m) {
                    m = bt;
                }
            }
            m
        }
    };
    let ns = vm.new_dict();
    let f = func.downcast::<Function>().unwrap();
    let code = f.code.clone();
    let globals = f.globals.clone();
    let closure = f.closure.get_clone();
    vm.run_code(&code, &globals, ns.clone(), Some(&closure))?;
    let bases_t = vm.new_tuple(bases.clone());
    if meta.is(&vm.t.type_) {
        return new_class(vm, &meta, &name, bases, &ns, &extra_kw);
    }
    vm.call(&meta, &[name, bases_t, ns], &extra_kw)
}

/// Calls a class: `type(x)`, built-in constructors, or `__new__` + `__init__`.
pub fn call_class(vm: &mut Vm, cls: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let c = cls.downcast::<Class>().unwrap();
    if cls.is(&vm.t.type_) {
        if args.len() == 1 && kwargs.is_empty() {
            return Ok(vm.type_of(&args[0]));
        }
        if args.len() == 3 {
            let meta = vm.t.type_.clone();
            return type_new(vm, &meta, args, kwargs);
        }
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    // A metaclass (subclass of type) being called creates a class.
    if vm.is_subclass(cls, &vm.t.type_.clone()) && !c.builtin {
        let newk = vm.intern_static("__new__");
        let inst = match c.lookup(&newk) {
            Some(n) if !n.is(&vm.t.type_) && n.kind() != Some(ObjKind::NativeFunction) => {
                let f = unwrap_static(&n);
                let mut a = vec![cls.clone()];
                a.extend(args.iter().cloned());
                vm.call(&f, &a, kwargs)?
            }
            _ => type_new(vm, cls, args, kwargs)?,
        };
        let initk = vm.intern_static("__init__");
        if let Some(init) = c.lookup(&initk) {
            if init.kind() == Some(ObjKind::Function) {
                let mut a = vec![inst.clone()];
                a.extend(args.iter().cloned());
                vm.call(&init, &a, kwargs)?;
            }
        }
        return Ok(inst);
    }
    if c.builtin {
        return containers::construct_builtin(vm, cls, args, kwargs);
    }
    // User class.
    let newk = vm.intern_static("__new__");
    let new = c.lookup(&newk);
    let inst = match &new {
        Some(n) if n.kind() == Some(ObjKind::StaticMethod) || n.kind() == Some(ObjKind::Function) => {
            let f = unwrap_static(n);
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(cls.clone());
            a.extend(args.iter().cloned());
            let inst = vm.call(&f, &a, kwargs)?;
            if !vm.isinstance(&inst, cls) {
                return Ok(inst);
            }
            inst
        }
        Some(n) if c.flags.get() & cflags::FLOAT_BASE != 0 && n.kind() == Some(ObjKind::NativeFunction) => {
            // float.__new__ makes the wrapped value.
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(cls.clone());
            a.extend(args.iter().cloned());
            vm.call(n, &a, kwargs)?
        }
        _ => {
            let initk = vm.intern_static("__init__");
            let has_init = c.lookup(&initk).map(|i| i.kind() == Some(ObjKind::Function)).unwrap_or(false);
            if !has_init
                && (!args.is_empty() || !kwargs.is_empty())
                && c.base_kind.get().is_none()
                && c.flags.get() & cflags::IS_EXCEPTION == 0
            {
                let n = Vm::class_name(cls);
                return Err(vm.type_error(format!("{n}() takes no arguments")));
            }
            object_new(vm, cls, args, kwargs)?
        }
    };
    let initk = vm.intern_static("__init__");
    if let Some(init) = c.lookup(&initk) {
        if init.kind() == Some(ObjKind::Function) {
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(inst.clone());
            a.extend(args.iter().cloned());
            let r = vm.call(&init, &a, kwargs)?;
            if !r.is_none() {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        } else if init.kind() == Some(ObjKind::NativeFunction)
            && matches!(
                c.base_kind.get(),
                Some(ObjKind::Instance) | Some(ObjKind::List) | Some(ObjKind::Dict) | Some(ObjKind::Set)
            )
        {
            // BaseException.__init__ stores args; list, dict and set fill the
            // value they wrap.
            let mut a = vec![inst.clone()];
            a.extend(args.iter().cloned());
            vm.call(&init, &a, kwargs)?;
        }
    }
    Ok(inst)
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)` with the argument
/// checks of CPython.
pub fn type_new(vm: &mut Vm, meta: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    for (i, (what, ok)) in [
        ("str", args[0].kind() == Some(ObjKind::Str)),
        ("tuple", args[1].kind() == Some(ObjKind::Tuple)),
        ("dict", args[2].kind() == Some(ObjKind::Dict)),
    ]
    .into_iter()
    .enumerate()
    {
        if !ok {
            let tn = vm.type_name(&args[i]);
            return Err(vm.type_error(format!("type.__new__() argument {} must be {what}, not {tn}", i + 1)));
        }
    }
    let bases = args[1].downcast::<Tuple>().unwrap().items.to_vec();
    new_class(vm, meta, &args[0], bases, &args[2], kwargs)
}

fn unwrap_static(v: &Value) -> Value {
    match v.downcast::<StaticMethod>() {
        Some(s) => s.func.get_clone(),
        None => v.clone(),
    }
}

/// `object.__new__(cls, ...)`: allocates an instance of the right layout.
pub fn object_new(vm: &mut Vm, cls: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let c = cls.downcast::<Class>().unwrap();
    let is_exc = c.flags.get() & cflags::IS_EXCEPTION != 0;
    let inst = alloc(cls.clone(), Instance::with_room(is_exc, c.slots_hint.get()));
    if is_exc {
        let t = vm.new_tuple(args.to_vec());
        inst.downcast::<Instance>().unwrap().exc.as_ref().unwrap().args.with_mut(|a| *a = t);
    } else if let Some(kind) = c.base_kind.get() {
        if kind != ObjKind::Instance && kind != ObjKind::Class {
            // A subclass of a built-in: build the built-in value it wraps.
            let builtin_cls = c
                .mro_list(cls)
                .into_iter()
                .find(|b| b.downcast::<Class>().map(|x| x.builtin && x.base_kind.get() == Some(kind)).unwrap_or(false));
            if let Some(bc) = builtin_cls {
                let base = if matches!(kind, ObjKind::List | ObjKind::Dict | ObjKind::Set) {
                    containers::construct_builtin(vm, &bc, &[], &[])?
                } else {
                    containers::construct_builtin(vm, &bc, args, kwargs)?
                };
                let i = inst.downcast::<Instance>().unwrap();
                i.builtin_base.with_mut(|b| *b = base);
            }
        }
    }
    Ok(inst)
}

/// Creates a function object (MakeFunction).
pub fn make_function(
    vm: &mut Vm,
    code_obj: Value,
    globals: Value,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    let code = code_obj.downcast::<CodeObj>().unwrap().code.clone();
    let name = code.name.clone();
    let qualname = code.qualname.clone();
    let doc = code.consts.first().filter(|c| c.kind() == Some(ObjKind::Str)).cloned().unwrap_or(Value::NONE);
    let doc = if code.flags & crate::bytecode::code_flags::NAMESPACE != 0 { Value::NONE } else { doc };
    let module =
        globals.downcast::<Dict>().and_then(|d| d.get_str(&vm.intern_static("__name__"))).unwrap_or(Value::NONE);
    let frame = crate::frame::FrameTemplate::new(&code, &code_obj, &globals);
    alloc(
        vm.t.function.clone(),
        Function {
            frame,
            code: code_obj,
            globals,
            name: PyCell::new(name),
            qualname: PyCell::new(qualname),
            defaults: PyCell::new(defaults),
            kwdefaults: PyCell::new(kwdefaults),
            closure: PyCell::new(closure),
            doc: PyCell::new(doc),
            dict: PyCell::new(Value::NONE),
            module: PyCell::new(module),
            annotations: PyCell::new(Value::NONE),
            version: std::cell::Cell::new(0),
        },
    )
}
