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
