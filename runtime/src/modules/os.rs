//! A small `os` module: the environment, the working directory and the path
//! helpers programs use most.

use crate::object::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn arg_str(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<String> {
    match a.get(i).and_then(|v| v.downcast::<Str>()) {
        Some(s) => Ok(s.s.to_string()),
        None => Err(vm.type_error("expected str, bytes or os.PathLike object")),
    }
}

/// The OSError subclass and message CPython raises for a failed call on `path`.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    let (cls, text) = match e.kind() {
        std::io::ErrorKind::NotFound => (vm.t.file_not_found_error.clone(), "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => (vm.t.os_error.clone(), "Permission denied"),
        _ => (vm.t.os_error.clone(), "Input/output error"),
    };
    let errno = e.raw_os_error().unwrap_or(2);
    vm.err(&cls, format!("[Errno {errno}] {text}: '{path}'"))
}

fn os_remove(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let path = arg_str(vm, a, 0)?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("os");
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        let kv = vm.new_str(&k);
        let vv = vm.new_str(&v);
        env.downcast::<Dict>().unwrap().set_str(kv, vv);
    }
    vm.module_set(&m, "environ", env);
    let name = vm.new_str("posix");
    vm.module_set(&m, "name", name);
    let sep = vm.new_str("/");
    vm.module_set(&m, "sep", sep);
    let linesep = vm.new_str("\n");
    vm.module_set(&m, "linesep", linesep);
    vm.module_add_fn(&m, "getcwd", |vm, _, _| {
        let d = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
        Ok(vm.new_string(d))
    });
    vm.module_add_fn(&m, "remove", os_remove);
    vm.module_add_fn(&m, "unlink", os_remove);
    vm.module_add_fn(&m, "utime", |vm, a, k| {
        let path = arg_str(vm, a, 0)?;
        let times = a.get(1).or_else(|| crate::builtins::kwarg(k, "times")).cloned().unwrap_or(Value::NONE);
        let (atime, mtime) = if times.is_none() {
            let now = std::time::SystemTime::now();
            (now, now)
        } else {
            let items = crate::ops::collect(vm, &times)?;
            if items.len() != 2 {
                return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
            }
            let t = |vm: &mut Vm, v: &Value| -> PyResult<std::time::SystemTime> {
                let Some(secs) = crate::ops::to_f64(vm, v)? else {
                    return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
                };
                Ok(std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs.max(0.0)))
            };
            (t(vm, &items[0])?, t(vm, &items[1])?)
        };
        let r = std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_times(std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime)));
        match r {
            Ok(()) => Ok(Value::NONE),
            Err(e) => Err(os_error(vm, &e, &path)),
        }
    });
    vm.module_add_fn(&m, "getpid", |vm, _, _| Ok(vm.new_int(std::process::id() as i64)));
    vm.module_add_fn(&m, "listdir", |vm, a, _| {
        let dir = if a.is_empty() { ".".to_string() } else { arg_str(vm, a, 0)? };
        let mut names: Vec<String> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect(),
            Err(_) => {
                let c = vm.t.file_not_found_error.clone();
                return Err(vm.err(&c, format!("[Errno 2] No such file or directory: '{dir}'")));
            }
        };
        names.sort();
        let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
        Ok(vm.new_list(vals))
    });
    let path = vm.new_module("os.path");
    vm.module_add_fn(&path, "join", |vm, a, _| {
        let mut out = String::new();
        for i in 0..a.len() {
            let p = arg_str(vm, a, i)?;
            if p.starts_with('/') || out.is_empty() {
                out = p;
            } else if out.ends_with('/') {
                out.push_str(&p);
            } else {
                out.push('/');
                out.push_str(&p);
            }
        }
        Ok(vm.new_string(out))
    });
    vm.module_add_fn(&path, "exists", |vm, a, _| Ok(Value::bool(std::path::Path::new(&arg_str(vm, a, 0)?).exists())));
    vm.module_add_fn(&path, "isfile", |vm, a, _| Ok(Value::bool(std::path::Path::new(&arg_str(vm, a, 0)?).is_file())));
    vm.module_add_fn(&path, "isdir", |vm, a, _| Ok(Value::bool(std::path::Path::new(&arg_str(vm, a, 0)?).is_dir())));
    vm.module_add_fn(&path, "dirname", |vm, a, _| {
        let p = arg_str(vm, a, 0)?;
        let d = match p.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => p[..i].to_string(),
            None => String::new(),
        };
        Ok(vm.new_string(d))
    });
    vm.module_add_fn(&path, "basename", |vm, a, _| {
        let p = arg_str(vm, a, 0)?;
        let b = p.rsplit('/').next().unwrap_or("").to_string();
        Ok(vm.new_string(b))
    });
    vm.module_add_fn(&path, "abspath", |vm, a, _| {
        let p = arg_str(vm, a, 0)?;
        let abs = if p.starts_with('/') {
            p
        } else {
            let cwd = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default();
            format!("{cwd}/{p}")
        };
        Ok(vm.new_string(abs))
    });
    vm.module_set(&m, "path", path);
    m
}
