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
fn resolve_name(vm: &mut Vm, name: &str, level: usize, globals: &Value) -> PyResult<String> {
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
    let full = resolve_name(vm, &s(name), level, globals)?;
    let leaf = import_module(vm, &full)?;
    let want_leaf = fromlist.is_true_singleton() || fromlist.kind() == Some(ObjKind::Tuple);
    if let Some(t) = fromlist.downcast::<Tuple>() {
        // `from pkg import submodule` imports the submodule if needed.
        let pathk = vm.intern_static("__path__");
        let is_pkg = leaf
            .downcast::<Module>()
            .map(|m| m.dict.downcast::<Dict>().unwrap().get_str(&pathk).is_some())
            .unwrap_or(false);
        if is_pkg {
            for item in t.items.iter() {
                let n = s(item);
                if n == "*" {
                    continue;
                }
                let k = vm.intern(&n);
                let has = leaf.downcast::<Module>().unwrap().dict.downcast::<Dict>().unwrap().get_str(&k).is_some();
                if !has {
                    let sub = format!("{full}.{n}");
                    match import_module(vm, &sub) {
                        Ok(_) => {}
                        Err(e) if vm.exc_matches(&e, &vm.t.module_not_found_error.clone()) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }
    if want_leaf || level > 0 {
        return Ok(leaf);
    }
    let top = full.split('.').next().unwrap_or("");
    let k = vm.new_str(top);
    Ok(sys_modules(vm).get_str(&k).unwrap_or(leaf))
}

/// Imports `a.b.c` (absolute), returning module `a.b.c`.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult<Value> {
    let key = vm.new_str(full);
    if let Some(m) = sys_modules(vm).get_str(&key) {
        if m.is_none() {
            return Err(module_not_found(vm, full));
        }
        return Ok(m);
    }
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
            if let Some(m) = crate::modules::native_module(vm, full) {
                sys_modules(vm).set_str(key, m.clone());
                return Ok(m);
            }
            let pk = vm.intern_static("path");
            let sys = vm.sys.clone();
            let path = sys.downcast::<Module>().unwrap().dict.downcast::<Dict>().unwrap().get_str(&pk);
            match path {
                Some(p) => crate::ops::collect(vm, &p)?.iter().map(s).collect(),
                None => vec![],
            }
        }
    };
    for dir in search {
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg_init = format!("{dir}/{child}/__init__.py");
        let file = format!("{dir}/{child}.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let pkg_dir = format!("{dir}/{child}");
            return load_source(vm, full, &pkg_init, Some(&pkg_dir));
        }
        if std::path::Path::new(&file).is_file() {
            return load_source(vm, full, &file, None);
        }
    }
    Err(module_not_found(vm, full))
}

fn load_source(vm: &mut Vm, full: &str, file: &str, pkg_dir: Option<&str>) -> PyResult<Value> {
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(_) => return Err(module_not_found(vm, full)),
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
    let code = match crate::compile::compile(vm, &src, file, crate::compile::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            sys_modules(vm).remove_str(&key);
            return Err(crate::syntax_error(vm, &e, file));
        }
    };
    vm.sources.insert(file.to_string(), src.into());
    if let Err(e) = vm.run_code(&code, &d, Value::NULL, None) {
        sys_modules(vm).remove_str(&key);
        return Err(e);
    }
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
    if let Some(v) = crate::ops::getattr_opt(vm, module, name)? {
        return Ok(v);
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
    let e = vm.err(&c, format!("cannot import name '{}' from '{}' ({})", s(name), mname, loc));
    Err(with_name(vm, e, &mname, file.as_deref()))
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
