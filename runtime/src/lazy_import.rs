//! PEP 810 lazy imports at run time, as CPython 3.15 has them.
//!
//! A lazy `import` binds a [`LazyImport`] proxy instead of a module. The
//! proxy is *reified* (the import really runs) on the first use of the name
//! it is bound to: a global or module-level name load, or an attribute load
//! on the module that owns the name. Reification replaces the namespace entry
//! with the real object, so later loads pay nothing. `globals()`,
//! `__dict__` and `dir()` hand back the proxies themselves.
//!
//! Hot paths stay untouched: global loads are specialized on the dict's keys
//! version, and a dict's version changes whenever a proxy is stored into it
//! (see `dict.rs`), so a cached load never sees a proxy; only the generic
//! load paths check for one.
//!
//! Whether an import is lazy is decided when the statement runs
//! ([`decide`]): written `lazy`, or eligible (module level, outside `try`,
//! not `*`: the compiler's [`import_flags::POTENTIAL`]) and named by
//! `__lazy_modules__` or under `-X lazy_imports=all`; then the filter of
//! `sys.set_lazy_imports_filter` may veto it.

use crate::bytecode::import_flags;
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The global lazy-imports mode (`-X lazy_imports`, `PYTHON_LAZY_IMPORTS`,
/// `sys.set_lazy_imports`). CPython 3.15 removed the PEP's "none".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Only `lazy` statements and `__lazy_modules__` entries are lazy.
    #[default]
    Normal,
    /// Every eligible import is lazy.
    All,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "normal" => Some(Mode::Normal),
            "all" => Some(Mode::All),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::All => "all",
        }
    }
}

/// The interpreter's lazy-import state.
pub struct LazyState {
    pub mode: Mode,
    /// `sys.set_lazy_imports_filter`'s callable, or None.
    pub filter: Value,
    /// Submodules named by lazy `import a.b.c` statements, by parent
    /// (`a` -> `b`, `a.b` -> `c`): an attribute of a loaded package that is
    /// missing but pending here is imported on access, as CPython does.
    pub pending: std::collections::HashMap<String, Vec<String>>,
}

impl LazyState {
    pub fn new(mode: Mode) -> LazyState {
        LazyState { mode, filter: Value::NONE, pending: Default::default() }
    }
}

/// Records the submodule chain of a lazy `import a.b.c`.
fn register_pending(vm: &mut Vm, full: &str) {
    let mut parent = String::new();
    for part in full.split('.') {
        if !parent.is_empty() {
            let children = vm.lazy.pending.entry(parent.clone()).or_default();
            if !children.iter().any(|c| c == part) {
                children.push(part.to_string());
            }
            parent.push('.');
        }
        parent.push_str(part);
    }
}

/// `package.name` where `name` is missing from the package: imports the
/// submodule if a lazy import named it (None if it does not exist).
pub fn pending_submodule(vm: &mut Vm, package: &str, name: &str) -> PyResult<Option<Value>> {
    let pending = vm.lazy.pending.get(package).is_some_and(|c| c.iter().any(|c| c == name));
    if !pending {
        return Ok(None);
    }
    let full = format!("{package}.{name}");
    match crate::import::import_module(vm, &full) {
        Ok(m) => {
            if let Some(c) = vm.lazy.pending.get_mut(package) {
                c.retain(|c| c != name);
            }
            Ok(Some(m))
        }
        Err(e) if vm.exc_matches(&e, &vm.t.module_not_found_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

#[inline(always)]
pub fn is_lazy(v: &Value) -> bool {
    v.kind() == Some(ObjKind::LazyImport)
}

fn s(v: &Value) -> String {
    v.downcast::<Str>().map(|x| x.s.to_string()).unwrap_or_default()
}

/// The proxy's name as CPython shows it: `m`, `m.attr`, or `m...` while a
/// whole `from` statement is pending.
pub fn display_name(p: &LazyImport) -> String {
    let from = s(&p.from);
    if p.attr.is_null() {
        from
    } else if p.attr.kind() == Some(ObjKind::Str) {
        format!("{from}.{}", s(&p.attr))
    } else {
        format!("{from}...")
    }
}

fn new_proxy(vm: &mut Vm, from: Value, attr: Value, submodule: bool) -> Value {
    proxy_with_import(vm, from, attr, submodule, Value::NULL)
}

fn proxy_with_import(vm: &mut Vm, from: Value, attr: Value, submodule: bool, import_func: Value) -> Value {
    let (code, line) = current_location(vm);
    let resolving = std::cell::Cell::new(false);
    alloc(vm.t.lazy_import.clone(), LazyImport { from, attr, submodule, code, line, resolving, import_func })
}

/// The running frame's code object and line, recorded in each proxy.
fn current_location(vm: &Vm) -> (Value, u32) {
    if vm.frame.is_null() {
        return (Value::NONE, 0);
    }
    // SAFETY: `vm.frame` is the innermost live frame while the VM runs.
    unsafe {
        let f = &*vm.frame;
        (Value::clone(&f.code_obj), (*f.code).line_at(f.pc.saturating_sub(1) as usize))
    }
}

/// `IMPORT_NAME` with PEP 810 flags: either a lazy proxy or the eager
/// import's result. `at_module_level` is false when the code runs with
/// locals that are not its globals (`exec` inside a function or class).
#[allow(clippy::too_many_arguments)]
pub fn import_name(
    vm: &mut Vm,
    flags: u32,
    name: &Value,
    fromlist: &Value,
    level: &Value,
    globals: &Value,
    at_module_level: bool,
) -> PyResult<Value> {
    if flags == 0 {
        return crate::import::import_name(vm, name, fromlist, level, globals);
    }
    if flags & import_flags::LAZY != 0 && !at_module_level {
        let c = vm.t.syntax_error.clone();
        return Err(vm.err(&c, "'lazy import' is only allowed at module level"));
    }
    let lvl = crate::ops::as_i64(level).unwrap_or(0) as usize;
    let full = crate::import::resolve_name(vm, &s(name), lvl, globals)?;
    if !decide(vm, flags, &full, fromlist, globals, at_module_level)? {
        return crate::import::import_name(vm, name, fromlist, level, globals);
    }
    let from = vm.new_str(&full);
    record_lazy_module(vm, &full)?;
    if fromlist.kind() != Some(ObjKind::Tuple) {
        register_pending(vm, &full);
    }
    Ok(if fromlist.kind() == Some(ObjKind::Tuple) {
        new_proxy(vm, from, fromlist.clone(), false)
    } else {
        // `import a.b as c` passes True: the proxy stands for `a.b` itself.
        new_proxy(vm, from, Value::NULL, fromlist.is_true_singleton())
    })
}

/// Whether an import statement runs lazily (PEP 810 §Lazy imports filter,
/// §Global control, §Compatibility via `__lazy_modules__`).
fn decide(
    vm: &mut Vm,
    flags: u32,
    full: &str,
    fromlist: &Value,
    globals: &Value,
    at_module_level: bool,
) -> PyResult<bool> {
    let mut lazy = flags & import_flags::LAZY != 0;
    if !lazy && flags & import_flags::POTENTIAL != 0 && at_module_level {
        lazy = vm.lazy.mode == Mode::All || in_lazy_modules(vm, globals, full)?;
    }
    if !lazy || vm.lazy.filter.is_none() {
        return Ok(lazy);
    }
    let filter = vm.lazy.filter.clone();
    let nk = vm.intern_static("__name__");
    let importer = globals.downcast::<Dict>().and_then(|g| g.get_str(&nk)).unwrap_or(Value::NONE);
    let name = vm.new_str(full);
    let fl = if fromlist.kind() == Some(ObjKind::Tuple) { fromlist.clone() } else { Value::NONE };
    let verdict = vm.call(&filter, &[importer, name, fl], &[])?;
    crate::ops::truthy(vm, &verdict)
}

/// `name in __lazy_modules__` for the importing module, if it has one.
fn in_lazy_modules(vm: &mut Vm, globals: &Value, full: &str) -> PyResult<bool> {
    let k = vm.intern_static("__lazy_modules__");
    let Some(container) = globals.downcast::<Dict>().and_then(|g| g.get_str(&k)) else {
        return Ok(false);
    };
    let name = vm.new_str(full);
    crate::ops::contains(vm, &container, &name)
}

/// Adds a lazily imported module's name to `sys.lazy_modules`.
fn record_lazy_module(vm: &mut Vm, full: &str) -> PyResult<()> {
    let set = lazy_modules_set(vm);
    if let Some(set) = set.downcast::<crate::dict::SetData>() {
        let n = vm.new_str(full);
        set.add(vm, n)?;
    }
    Ok(())
}

fn lazy_modules_set(vm: &mut Vm) -> Value {
    let k = vm.intern_static("lazy_modules");
    let sys = vm.sys.clone();
    sys.downcast::<Module>().and_then(|m| m.dict.downcast::<Dict>().unwrap().get_str(&k)).unwrap_or(Value::NONE)
}

/// A module finished loading: it leaves `sys.lazy_modules` (CPython's
/// `_imp._set_lazy_attributes`).
pub fn module_loaded(vm: &mut Vm, full: &str) {
    let set = lazy_modules_set(vm);
    if let Some(set) = set.downcast::<crate::dict::SetData>() {
        if !set.is_empty() {
            let n = vm.new_str(full);
            let _ = set.discard(vm, &n);
        }
    }
}

/// `IMPORT_FROM` on a proxy: each name gets its own proxy, except that a
/// name the (already loaded) module has right now is bound directly.
pub fn import_from(vm: &mut Vm, proxy: &Value, name: &Value) -> PyResult<Value> {
    let p = proxy.downcast::<LazyImport>().unwrap();
    let from = p.from.clone();
    let modules = vm.sys_modules.clone();
    if let Some(m) = modules.downcast::<Dict>().unwrap().get_str(&from) {
        if let Some(m) = m.downcast::<Module>() {
            if let Some(v) = m.dict.downcast::<Dict>().unwrap().get_str(name) {
                return Ok(v);
            }
        }
    }
    Ok(new_proxy(vm, from, name.clone(), false))
}

/// Runs the import a proxy stands for and returns the object (without
/// touching any namespace: that is the caller's business). A failure raises
/// the original exception with an ImportError naming the lazy import as its
/// `__cause__`; the proxy stays, so a later use retries.
pub fn resolve(vm: &mut Vm, proxy: &Value) -> PyResult<Value> {
    let p = proxy.downcast::<LazyImport>().unwrap();
    if p.resolving.get() {
        let msg = format!("cannot import name '{}' (most likely due to a circular import)", display_name(p));
        let c = vm.t.import_cycle_error.clone();
        return Err(vm.err(&c, msg));
    }
    p.resolving.set(true);
    let r = resolve_now(vm, proxy);
    proxy.downcast::<LazyImport>().unwrap().resolving.set(false);
    r
}

fn resolve_now(vm: &mut Vm, proxy: &Value) -> PyResult<Value> {
    let p = proxy.downcast::<LazyImport>().unwrap();
    let (from, attr, submodule) = (p.from.clone(), p.attr.clone(), p.submodule);
    let zero = Value::small_int(0);
    let import_func = p.import_func.clone();
    let result = if !import_func.is_null() {
        // `__import__(name, globals, locals, fromlist, level)` of the
        // builtins the proxy was made with.
        let fl = match attr.kind() {
            Some(ObjKind::Str) => vm.new_tuple(vec![attr.clone()]),
            Some(ObjKind::Tuple) => attr.clone(),
            _ => Value::NONE,
        };
        vm.call(&import_func, &[from.clone(), Value::NONE, Value::NONE, fl, zero], &[]).and_then(|m| {
            if attr.kind() == Some(ObjKind::Str) {
                crate::import::import_from(vm, &m, &attr)
            } else {
                Ok(m)
            }
        })
    } else if attr.kind() == Some(ObjKind::Str) {
        let fl = vm.new_tuple(vec![attr.clone()]);
        crate::import::import_name(vm, &from, &fl, &zero, &Value::NONE)
            .and_then(|m| crate::import::import_from(vm, &m, &attr))
    } else if submodule || attr.kind() == Some(ObjKind::Tuple) {
        let fl = if attr.is_null() { Value::TRUE } else { attr.clone() };
        crate::import::import_name(vm, &from, &fl, &zero, &Value::NONE)
    } else {
        crate::import::import_name(vm, &from, &Value::NONE, &zero, &Value::NONE)
    };
    result.map_err(|e| chain_cause(vm, e, proxy))
}

fn chain_cause(vm: &mut Vm, e: PyErr, proxy: &Value) -> PyErr {
    let p = proxy.downcast::<LazyImport>().unwrap();
    let msg = format!("lazy import of '{}' raised an exception during resolution", display_name(p));
    let (code, line) = (p.code.clone(), p.line);
    let c = vm.t.import_error.clone();
    let cause = vm.err(&c, msg);
    if let Some(ci) = cause.0.downcast::<crate::class::Instance>() {
        if let Some(x) = &ci.exc {
            // The cause points at the `lazy` statement, as CPython's does.
            if !code.is_none() {
                x.traceback.with_mut(|t| t.push((code, line)));
            }
        }
    }
    if let Some(i) = e.0.downcast::<crate::class::Instance>() {
        if let Some(x) = &i.exc {
            x.cause.with_mut(|v| *v = cause.0.clone());
            x.suppress_context.set(true);
        }
    }
    e
}

/// Reifies the proxy `v` found under `key` in `dict` and, when the entry
/// still holds that proxy, replaces it with the result.
pub fn reify_entry(vm: &mut Vm, dict: &Value, key: &Value, v: &Value) -> PyResult<Value> {
    let r = resolve(vm, v)?;
    if let Some(d) = dict.downcast::<Dict>() {
        if d.get_str(key).is_some_and(|cur| cur.is(v)) {
            d.set_str(key.clone(), r.clone());
        }
    }
    Ok(r)
}

/// `types.LazyImportType`'s methods and `sys`'s PEP 810 functions.
pub fn register(vm: &mut Vm, sys: &Value) {
    let t = vm.t.lazy_import.clone();
    vm.add_method(&t, "resolve", |vm, a, _| resolve(vm, &a[0]));
    let set = vm.new_set();
    vm.module_set(sys, "lazy_modules", set);
    vm.module_add_fn(sys, "set_lazy_imports", |vm, a, kw| {
        let mode = a.first().or_else(|| kw.iter().find(|(k, _)| s(k) == "mode").map(|(_, v)| v));
        let Some(mode) = mode else {
            return Err(vm.type_error("set_lazy_imports() missing required argument 'mode' (pos 1)"));
        };
        if mode.kind() != Some(ObjKind::Str) {
            return Err(vm.type_error("mode must be a string: 'normal' or 'all'"));
        }
        match Mode::parse(&s(mode)) {
            Some(m) => vm.lazy.mode = m,
            None => return Err(vm.value_error("mode must be 'normal' or 'all'")),
        }
        Ok(Value::NONE)
    });
    vm.module_add_fn(sys, "get_lazy_imports", |vm, _, _| {
        let n = vm.lazy.mode.name();
        Ok(vm.new_str(n))
    });
    vm.module_add_fn(sys, "set_lazy_imports_filter", |vm, a, kw| {
        let f = a.first().or_else(|| kw.iter().find(|(k, _)| s(k) == "filter").map(|(_, v)| v));
        let Some(f) = f else {
            return Err(vm.type_error("set_lazy_imports_filter() missing required argument 'filter' (pos 1)"));
        };
        if !f.is_none() && !crate::builtins::is_callable(vm, f) {
            return Err(vm.value_error("filter provided but is not callable"));
        }
        vm.lazy.filter = f.clone();
        Ok(Value::NONE)
    });
    vm.module_add_fn(sys, "get_lazy_imports_filter", |vm, _, _| Ok(vm.lazy.filter.clone()));
}

/// `__lazy_import__(name, globals=None, locals=None, fromlist=None, level=0)`:
/// what a lazy statement calls instead of `__import__`; returns a proxy.
pub fn dunder_lazy_import(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let mut args: Vec<Value> = a.to_vec();
    args.resize(5, Value::NULL);
    for (k, v) in kw {
        let k = s(k);
        match names.iter().position(|n| *n == k) {
            Some(i) => args[i] = v.clone(),
            None => return Err(vm.type_error(format!("__lazy_import__() got an unexpected keyword argument '{k}'"))),
        }
    }
    if a.len() > 5 {
        return Err(vm.type_error(format!("__lazy_import__() takes at most 5 arguments ({} given)", a.len())));
    }
    let name = args[0].clone();
    if name.is_null() {
        return Err(vm.type_error("__lazy_import__() missing required argument 'name' (pos 1)"));
    }
    if name.kind() != Some(ObjKind::Str) {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("module name must be a string, got {tn}")));
    }
    let globals = if args[1].is_null() { vm.current_globals() } else { args[1].clone() };
    if globals.kind() != Some(ObjKind::Dict) {
        let tn = vm.type_name(&globals);
        return Err(vm.type_error(format!("expect dict for globals, got {tn}")));
    }
    // Resolution goes through the `__import__` of the globals' builtins.
    let bk = vm.intern_static("__builtins__");
    let mut import_func = Value::NULL;
    if let Some(b) = globals.downcast::<Dict>().and_then(|g| g.get_str(&bk)) {
        if let Some(bd) = b.downcast::<Dict>().filter(|_| !b.is(&vm.builtins)) {
            let ik = vm.intern_static("__import__");
            match bd.get_str(&ik) {
                Some(f) => import_func = f,
                None => {
                    let c = vm.t.import_error.clone();
                    return Err(vm.err(&c, "__import__ not found"));
                }
            }
        }
    }
    let fromlist = if args[3].is_null() { Value::NONE } else { args[3].clone() };
    let level = if args[4].is_null() { Value::small_int(0) } else { args[4].clone() };
    let lvl = crate::ops::as_i64(&level).ok_or_else(|| vm.type_error("level must be an integer"))?;
    if lvl < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if s(&name).is_empty() && lvl == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let full = crate::import::resolve_name(vm, &s(&name), lvl as usize, &globals)?;
    let from = vm.new_str(&full);
    let fl = if fromlist.is_none() {
        Value::NULL
    } else {
        let items = crate::ops::collect(vm, &fromlist)?;
        if items.is_empty() {
            Value::NULL
        } else {
            vm.new_tuple(items)
        }
    };
    // The filter applies here too.
    if !decide(vm, import_flags::LAZY, &full, &fl, &globals, true)? {
        let name = vm.new_str(&full);
        let fl = if fl.is_null() { Value::NONE } else { fl };
        return crate::import::import_name(vm, &name, &fl, &Value::small_int(0), &globals);
    }
    record_lazy_module(vm, &full)?;
    Ok(proxy_with_import(vm, from, fl, false, import_func))
}
