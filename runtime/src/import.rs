//! `import`: finding modules on `sys.path`, loading `.py` files and native
//! modules, `sys.modules` caching, relative imports and packages.

use crate::object::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn s(v: &Value) -> String {
    v.downcast::<Str>().map(|x| x.s.to_string()).unwrap_or_default()
}

fn sys_modules(vm: &Vm) -> &Dict {
    vm.sys_modules.downcast::<Dict>().unwrap()
}

fn module_not_found(vm: &mut Vm, name: &str) -> PyErr {
    let c = vm.t.module_not_found_error.clone();
    let e = vm.err(&c, format!("No module named '{name}'"));
    with_name(vm, e, name, None)
}

/// Sets ImportError's `name` (the module) and `path` (its file) fields.
fn with_name(vm: &mut Vm, e: PyErr, name: &str, path: Option<&str>) -> PyErr {
    if let Some(inst) = e.0.downcast::<crate::class::Instance>() {
        let k = vm.intern_static("name");
        let v = vm.new_str(name);
        inst.set_attr(vm, &k, v);
        if let Some(p) = path {
            let k = vm.intern_static("path");
            let v = vm.new_str(p);
            inst.set_attr(vm, &k, v);
        }
    }
    e
}

/// Resolves a relative module name against the importing module's package.
pub fn resolve_name(vm: &mut Vm, name: &str, level: usize, globals: &Value) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = globals.downcast::<Dict>();
    let pk = vm.intern_static("__package__");
    let nk = vm.intern_static("__name__");
    let pathk = vm.intern_static("__path__");
    let package = match g.and_then(|d| d.get_str(&pk)).filter(|p| !p.is_none()) {
        Some(p) => s(&p),
        None => {
            let n = g.and_then(|d| d.get_str(&nk)).map(|n| s(&n)).unwrap_or_default();
            if g.and_then(|d| d.get_str(&pathk)).is_some() {
                n
            } else {
                n.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        let c = vm.t.import_error.clone();
        return Err(vm.err(&c, "attempted relative import with no known parent package"));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len().saturating_sub(1) && level > 1 {
        let c = vm.t.import_error.clone();
        return Err(vm.err(&c, "attempted relative import beyond top-level package"));
    }
    for _ in 1..level {
        parts.pop();
    }
    let base = parts.join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// `IMPORT_NAME`.
pub fn import_name(vm: &mut Vm, name: &Value, fromlist: &Value, level: &Value, globals: &Value) -> PyResult<Value> {
    let level = crate::ops::as_i64(level).unwrap_or(0) as usize;
    let name = s(name);
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let full = resolve_name(vm, &name, level, globals)?;
    let leaf = import_module(vm, &full)?;
    if fromlist.is_true_singleton() {
        // `import a.b.c as d`: CPython takes each step as an attribute of
        // the package (falling back to `sys.modules`), so a package that
        // rebinds a submodule's name wins.
        let top = full.split('.').next().unwrap_or("");
        let k = vm.new_str(top);
        let mut cur = sys_modules(vm).get_str(&k).unwrap_or(leaf.clone());
        let mut prefix = top.to_string();
        for part in full.split('.').skip(1) {
            prefix = format!("{prefix}.{part}");
            let pk = vm.intern(part);
            cur = match crate::ops::getattr_opt(vm, &cur, &pk) {
                Ok(Some(v)) => v,
                Ok(None) | Err(_) => {
                    let mk = vm.new_str(&prefix);
                    match sys_modules(vm).get_str(&mk) {
                        Some(m) => m,
                        None => return Ok(leaf),
                    }
                }
            };
        }
        return Ok(cur);
    }
    if let Some(t) = fromlist.downcast::<Tuple>() {
        handle_fromlist(vm, &leaf, &full, &t.items)?;
        return Ok(leaf);
    }
    if level > 0 {
        // `__import__('b.c', g, level=1)` returns the module named by the
        // first relative part (`pkg.b`), as importlib does.
        let first = name.split('.').next().unwrap_or("");
        let cut = name.len() - first.len();
        if cut == 0 {
            return Ok(leaf);
        }
        let k = vm.new_str(&full[..full.len() - cut]);
        return Ok(sys_modules(vm).get_str(&k).unwrap_or(leaf));
    }
    let top = full.split('.').next().unwrap_or("");
    let k = vm.new_str(top);
    Ok(sys_modules(vm).get_str(&k).unwrap_or(leaf))
}

/// `from pkg import a, b`: imports the names that are submodules and not yet
/// attributes (`*` stands for `__all__`); missing ones are left for
/// `IMPORT_FROM` to report.
fn handle_fromlist(vm: &mut Vm, module: &Value, full: &str, items: &[Value]) -> PyResult<()> {
    let pathk = vm.intern_static("__path__");
    let Some(m) = module.downcast::<Module>() else { return Ok(()) };
    let d = m.dict.clone();
    let d = d.downcast::<Dict>().unwrap();
    if d.get_str(&pathk).is_none() {
        return Ok(());
    }
    for item in items {
        let n = s(item);
        if n == "*" {
            let allk = vm.intern_static("__all__");
            if let Some(all) = d.get_str(&allk) {
                let names = crate::ops::collect(vm, &all)?;
                handle_fromlist(vm, module, full, &names)?;
            }
            continue;
        }
        let k = vm.intern(&n);
        // A PEP 810 proxy under that name may stand for this very submodule
        // (`lazy from . import sub` in the package): import it for real,
        // which rebinds the name, as CPython's `hasattr` probe does.
        if d.get_str(&k).map_or(true, |v| crate::lazy_import::is_lazy(&v)) {
            let sub = format!("{full}.{n}");
            match import_module(vm, &sub) {
                Ok(_) => {}
                // Only the absence of that very submodule is ignored.
                Err(e) if vm.exc_matches(&e, &vm.t.module_not_found_error.clone()) && error_name(vm, &e) == sub => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

/// An ImportError's `name` attribute.
fn error_name(vm: &mut Vm, e: &PyErr) -> String {
    let k = vm.intern_static("name");
    match crate::ops::getattr_opt(vm, &e.0, &k) {
        Ok(Some(v)) => s(&v),
        _ => String::new(),
    }
}

/// `-X importtime`: per import being loaded, the microseconds its nested
/// imports took, to print self and cumulative times as CPython does.
#[derive(Default)]
pub struct ImportTimer {
    children: Vec<u128>,
    header_done: bool,
}

/// Runs one module load, timing it under `-X importtime`. CPython prints a
/// line when each load finishes (nested loads first, indented two spaces
/// per level): `import time: {self:>9} | {cumulative:>10} | {name}`.
fn timed_load(vm: &mut Vm, full: &str, load: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
    let Some(t) = vm.import_time.as_mut() else { return load(vm) };
    if !t.header_done {
        t.header_done = true;
        crate::io::write_stderr("import time: self [us] | cumulative | imported package\n");
    }
    let depth = t.children.len();
    t.children.push(0);
    let start = std::time::Instant::now();
    let r = load(vm);
    let cumulative = start.elapsed().as_micros();
    if let Some(t) = vm.import_time.as_mut() {
        let nested = t.children.pop().unwrap_or(0);
        if let Some(parent) = t.children.last_mut() {
            *parent += cumulative;
        }
        let own = cumulative.saturating_sub(nested);
        let line = format!("import time: {own:>9} | {cumulative:>10} | {:indent$}{full}\n", "", indent = depth * 2);
        crate::io::write_stderr(&line);
    }
    r
}

/// Imports `a.b.c` (absolute), returning module `a.b.c`.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult<Value> {
    let key = vm.new_str(full);
    if let Some(m) = sys_modules(vm).get_str(&key) {
        if m.is_none() {
            let c = vm.t.module_not_found_error.clone();
            let e = vm.err(&c, format!("import of {full} halted; None in sys.modules"));
            return Err(with_name(vm, e, full, None));
        }
        return Ok(m);
    }
    // Timed as a whole, so parent packages loaded on the way nest under it
    // in `-X importtime`'s table, as in CPython.
    timed_load(vm, full, |vm| find_and_load(vm, full))
}

/// The directories of `sys.path`, as it is now.
fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    let pk = vm.intern_static("path");
    let sys = vm.sys.clone();
    match sys.downcast::<Module>().unwrap().dict.downcast::<Dict>().unwrap().get_str(&pk) {
        Some(p) => Ok(crate::ops::collect(vm, &p)?.iter().map(s).collect()),
        None => Ok(vec![]),
    }
}

/// Loads module `full`, which is not in `sys.modules` yet.
fn find_and_load(vm: &mut Vm, full: &str) -> PyResult<Value> {
    let key = vm.new_str(full);
    let (parent, child) = match full.rsplit_once('.') {
        Some((p, c)) => (Some(p.to_string()), c.to_string()),
        None => (None, full.to_string()),
    };
    let search: Vec<String> = match &parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            // The parent may have imported us as a side effect.
            if let Some(m) = sys_modules(vm).get_str(&key) {
                return Ok(m);
            }
            let pathk = vm.intern_static("__path__");
            let path = pm.downcast::<Module>().and_then(|m| m.dict.downcast::<Dict>().unwrap().get_str(&pathk));
            match path {
                Some(p) => crate::ops::collect(vm, &p)?.iter().map(s).collect(),
                None => {
                    let msg =
                        format!("No module named '{full}'; '{}' is not a package", parent.as_deref().unwrap_or(""));
                    let c = vm.t.module_not_found_error.clone();
                    let e = vm.err(&c, msg);
                    return Err(with_name(vm, e, full, None));
                }
            }
        }
        None => {
            if let Some(native) = crate::modules::native_module(vm, full) {
                sys_modules(vm).set_str(key, native.clone());
                return Ok(native);
            }
            sys_path(vm)?
        }
    };
    for dir in search {
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg_init = format!("{dir}/{child}/__init__.py");
        let file = format!("{dir}/{child}.py");
        // One stat per candidate: the same metadata decides whether the
        // compiled-module cache can be used without reading the source.
        if let Some(meta) = std::fs::metadata(&pkg_init).ok().filter(|m| m.is_file()) {
            let pkg_dir = format!("{dir}/{child}");
            return load_source(vm, full, &pkg_init, Some(&pkg_dir), &meta);
        }
        if let Some(meta) = std::fs::metadata(&file).ok().filter(|m| m.is_file()) {
            return load_source(vm, full, &file, None, &meta);
        }
    }
    Err(module_not_found(vm, full))
}

fn load_source(
    vm: &mut Vm,
    full: &str,
    file: &str,
    pkg_dir: Option<&str>,
    meta: &std::fs::Metadata,
) -> PyResult<Value> {
    // The source is read only when the cache cannot vouch for it; a
    // traceback reads it when it needs it (traceback.rs).
    let cached = crate::pycache::load_unchanged(vm, file, meta);
    let src = match &cached {
        Some(_) => None,
        None => match std::fs::read_to_string(file) {
            Ok(s) => Some(s),
            Err(_) => return Err(module_not_found(vm, full)),
        },
    };
    let module = vm.new_module(full);
    let d = module.downcast::<Module>().unwrap().dict.clone();
    let dd = d.downcast::<Dict>().unwrap();
    let fv = vm.new_str(file);
    dd.set_str(vm.intern_static("__file__"), fv);
    let package = match pkg_dir {
        Some(dir) => {
            let p = vm.new_str(dir);
            let l = vm.new_list(vec![p]);
            dd.set_str(vm.intern_static("__path__"), l);
            full.to_string()
        }
        None => full.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default(),
    };
    let pv = vm.new_str(&package);
    dd.set_str(vm.intern_static("__package__"), pv);
    dd.set_str(vm.intern_static("__builtins__"), vm.builtins.clone());
    let key = vm.new_str(full);
    sys_modules(vm).set_str(key.clone(), module.clone());
    let code = match (cached, src) {
        (Some(code), _) => code,
        (None, Some(src)) => {
            let code = match crate::pycache::compile_module(vm, &src, file) {
                Ok(c) => c,
                Err(e) => {
                    sys_modules(vm).remove_str(&key);
                    return Err(crate::syntax_error(vm, &e, file));
                }
            };
            vm.sources.insert(file.to_string(), src.into());
            code
        }
        (None, None) => unreachable!("the source is read when the cache is not used"),
    };
    // The module's globals are at most the names its code uses plus the
    // dunders already set: sizing the table once saves the rehashes of
    // growing it name by name.
    let names = code.downcast::<CodeObj>().map_or(0, |c| c.code.names.len());
    d.downcast::<Dict>().unwrap().table.with_mut(|t| t.reserve(t.len() + names));
    vm.initializing.push(full.to_string());
    let r = vm.run_code(&code, &d, Value::NULL, None);
    vm.initializing.retain(|n| n != full);
    if let Err(e) = r {
        sys_modules(vm).remove_str(&key);
        return Err(e);
    }
    crate::lazy_import::module_loaded(vm, full);
    // Bind the submodule on its parent package.
    if let Some((parent, child)) = full.rsplit_once('.') {
        let pk = vm.new_str(parent);
        if let Some(p) = sys_modules(vm).get_str(&pk) {
            let ck = vm.intern(child);
            let m = sys_modules(vm).get_str(&key).unwrap_or(module.clone());
            if let Some(pm) = p.downcast::<Module>() {
                pm.dict.downcast::<Dict>().unwrap().set_str(ck, m);
            }
        }
    }
    Ok(sys_modules(vm).get_str(&key).unwrap_or(module))
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    match crate::ops::getattr_opt(vm, module, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        // A module `__getattr__` raising AttributeError means "no such name".
        Err(e) if vm.exc_matches(&e, &vm.t.attribute_error.clone()) => {}
        Err(e) => return Err(e),
    }
    let mname = module.downcast::<Module>().map(|m| s(&m.name)).unwrap_or_default();
    let sub = format!("{}.{}", mname, s(name));
    let sk = vm.new_str(&sub);
    if let Some(m) = sys_modules(vm).get_str(&sk) {
        return Ok(m);
    }
    let fk = vm.intern_static("__file__");
    let file = module.downcast::<Module>().and_then(|m| m.dict.downcast::<Dict>().unwrap().get_str(&fk)).map(|f| s(&f));
    let loc = match &file {
        Some(f) => f.clone(),
        None => "unknown location".to_string(),
    };
    let c = vm.t.import_error.clone();
    let msg = if is_initializing(vm, &mname) {
        format!(
            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
            s(name),
            mname,
            loc
        )
    } else {
        format!("cannot import name '{}' from '{}' ({})", s(name), mname, loc)
    };
    let e = vm.err(&c, msg);
    Err(with_name(vm, e, &mname, file.as_deref()))
}

/// `-m NAME`: imports NAME's parent packages, then finds the file to run as
/// `__main__` (a package runs its `__main__` submodule). Returns the file
/// and the `__package__` it runs with, or None when there is no such module.
pub fn find_main_module(vm: &mut Vm, name: &str) -> PyResult<Option<(String, String)>> {
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p.to_string()), c.to_string()),
        None => (None, name.to_string()),
    };
    let search: Vec<String> = match &parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            let pathk = vm.intern_static("__path__");
            match pm.downcast::<Module>().and_then(|m| m.dict.downcast::<Dict>().unwrap().get_str(&pathk)) {
                Some(path) => crate::ops::collect(vm, &path)?.iter().map(s).collect(),
                None => return Ok(None),
            }
        }
        None => sys_path(vm)?,
    };
    for dir in search {
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        if std::path::Path::new(&format!("{dir}/{child}/__init__.py")).is_file() {
            import_module(vm, name)?;
            let main = format!("{name}.__main__");
            return match find_main_module(vm, &main)? {
                Some(found) => Ok(Some(found)),
                None => {
                    let msg = format!("No module named {main}; '{name}' is a package and cannot be directly executed");
                    let c = vm.t.import_error.clone();
                    Err(vm.err(&c, msg))
                }
            };
        }
        let file = format!("{dir}/{child}.py");
        if std::path::Path::new(&file).is_file() {
            return Ok(Some((file, parent.unwrap_or_default())));
        }
    }
    Ok(None)
}

/// `importlib.reload(module)`: runs the module's (current) source again in
/// its own namespace, as CPython does, and returns `sys.modules`' entry.
pub fn reload(vm: &mut Vm, module: &Value) -> PyResult<Value> {
    let m = module.downcast::<Module>().unwrap();
    let d = m.dict.clone();
    let nk = vm.intern_static("__name__");
    let name = d.downcast::<Dict>().unwrap().get_str(&nk).map(|n| s(&n)).unwrap_or_default();
    let key = vm.new_str(&name);
    if !sys_modules(vm).get_str(&key).is_some_and(|e| e.is(module)) {
        let c = vm.t.import_error.clone();
        let e = vm.err(&c, format!("module {name} not in sys.modules"));
        return Err(with_name(vm, e, &name, None));
    }
    let fk = vm.intern_static("__file__");
    let file = d.downcast::<Dict>().unwrap().get_str(&fk).map(|f| s(&f));
    let Some(file) = file else {
        // Native modules have nothing to run again.
        return Ok(module.clone());
    };
    let src = match std::fs::read(&file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(_) => return Err(module_not_found(vm, &name)),
    };
    let code = crate::pycache::compile_module(vm, &src, &file).map_err(|e| crate::syntax_error(vm, &e, &file))?;
    vm.sources.insert(file.clone(), src.into());
    vm.initializing.push(name.clone());
    let r = vm.run_code(&code, &d, Value::NULL, None);
    vm.initializing.retain(|n| n != &name);
    r?;
    Ok(sys_modules(vm).get_str(&key).unwrap_or_else(|| module.clone()))
}

/// Whether module `name` is still running its body (a circular import).
pub fn is_initializing(vm: &Vm, name: &str) -> bool {
    vm.initializing.iter().any(|n| n == name)
}

/// `from m import *`.
pub fn import_star(vm: &mut Vm, module: &Value, target: &Value) -> PyResult<()> {
    let m = match module.downcast::<Module>() {
        Some(m) => m,
        None => return Ok(()),
    };
    let d = m.dict.downcast::<Dict>().unwrap();
    let allk = vm.intern_static("__all__");
    let names: Vec<Value> = match d.get_str(&allk) {
        Some(all) => crate::ops::collect(vm, &all)?,
        None => d.keys().into_iter().filter(|k| !s(k).starts_with('_')).collect(),
    };
    for n in names {
        let n = vm.intern_value(&n);
        let v = crate::ops::getattr(vm, module, &n)?;
        match target.downcast::<Dict>() {
            Some(t) => t.set_str(n, v),
            None => crate::ops::setitem(vm, target, n, v)?,
        }
    }
    Ok(())
}
