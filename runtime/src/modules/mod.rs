//! Native modules: `sys`, `math`, `time` (and their registry for `import`).

pub mod math;

use crate::object::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Creates `sys` at start-up.
pub fn register(vm: &mut Vm) {
    let sys = vm.new_module("sys");
    vm.sys = sys.clone();
    let modules = vm.sys_modules.clone();
    vm.module_set(&sys, "modules", modules);
    let stdout = crate::io::new_std(vm, crate::io::FileInner::Stdout, "<stdout>", "w");
    let stderr = crate::io::new_std(vm, crate::io::FileInner::Stderr, "<stderr>", "w");
    let stdin = crate::io::new_std(vm, crate::io::FileInner::Stdin, "<stdin>", "r");
    vm.module_set(&sys, "stdout", stdout.clone());
    vm.module_set(&sys, "stderr", stderr.clone());
    vm.module_set(&sys, "stdin", stdin.clone());
    vm.module_set(&sys, "__stdout__", stdout);
    vm.module_set(&sys, "__stderr__", stderr);
    vm.module_set(&sys, "__stdin__", stdin);
    vm.module_set(&sys, "maxsize", Value::NULL);
    let maxsize = vm.new_int(i64::MAX);
    vm.module_set(&sys, "maxsize", maxsize);
    let v = vm.new_str("3.11.7 (tessera 0.1.0)");
    vm.module_set(&sys, "version", v);
    let vi: Vec<Value> = vec![Value::small_int(3), Value::small_int(11), Value::small_int(7)];
    let fin = vm.new_str("final");
    let mut vi = vi;
    vi.push(fin);
    vi.push(Value::small_int(0));
    let vit = vm.new_tuple(vi);
    vm.module_set(&sys, "version_info", vit);
    let p = vm.new_str("linux");
    vm.module_set(&sys, "platform", p);
    let bo = vm.new_str("little");
    vm.module_set(&sys, "byteorder", bo);
    let impl_name = vm.new_str("tessera");
    vm.module_set(&sys, "implementation_name", impl_name);
    let names: Vec<Value> = ["builtins", "sys", "math", "time"].iter().map(|n| vm.new_str(n)).collect();
    let bmn = vm.new_tuple(names);
    vm.module_set(&sys, "builtin_module_names", bmn);
    vm.module_add_fn(&sys, "exit", |vm, a, _| {
        let c = vm.t.system_exit.clone();
        Err(crate::vm::PyErr(vm.new_exception(&c, a.to_vec())))
    });
    vm.module_add_fn(&sys, "getrecursionlimit", |vm, _, _| Ok(Value::small_int(vm.recursion_limit as i64)));
    vm.module_add_fn(&sys, "setrecursionlimit", |vm, a, _| {
        let n = a.first().and_then(crate::ops::as_i64).unwrap_or(0);
        if n < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        vm.recursion_limit = n.min(1_000_000) as u32;
        Ok(Value::NONE)
    });
    vm.module_add_fn(&sys, "exc_info", |vm, _, _| {
        let e = vm.exc_info.clone();
        if e.is_none() {
            return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
        }
        let t = vm.type_of(&e);
        Ok(vm.new_tuple(vec![t, e, Value::NONE]))
    });
    vm.module_add_fn(&sys, "exception", |vm, _, _| Ok(vm.exc_info.clone()));
    vm.module_add_fn(&sys, "getsizeof", |_, _, _| Ok(Value::small_int(64)));
    vm.module_add_fn(&sys, "intern", |vm, a, _| Ok(vm.intern_value(&a[0])));
    vm.module_add_fn(&sys, "getrefcount", |_, a, _| {
        Ok(Value::small_int(a[0].header().map(|h| h.refcount() as i64).unwrap_or(1)))
    });
    let modules = vm.sys_modules.clone();
    let k = vm.new_str("sys");
    modules.downcast::<Dict>().unwrap().set_str(k, sys);
    let builtins_mod = vm.new_module("builtins");
    let bd = vm.builtins.clone();
    // The builtins module's namespace is the builtins dict itself.
    let bm =
        alloc(vm.t.module.clone(), Module { name: builtins_mod.downcast::<Module>().unwrap().name.clone(), dict: bd });
    let k = vm.new_str("builtins");
    modules.downcast::<Dict>().unwrap().set_str(k, bm);
    crate::generator::register(vm);
    crate::io::register(vm);
}

/// Sets `sys.argv` and `sys.path`.
pub fn set_argv_path(vm: &mut Vm, argv: &[String], path0: &str) {
    let sys = vm.sys.clone();
    let a: Vec<Value> = argv.iter().map(|s| vm.new_str(s)).collect();
    let al = vm.new_list(a);
    vm.module_set(&sys, "argv", al);
    let mut path = vec![vm.new_str(path0)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(vm.new_str(p));
        }
    }
    if let Some(lib) = option_env!("CARGO_MANIFEST_DIR") {
        let l = format!("{lib}/lib");
        if std::path::Path::new(&l).is_dir() {
            path.push(vm.new_str(&l));
        }
    }
    let pl = vm.new_list(path);
    vm.module_set(&sys, "path", pl);
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let e = vm.new_str(&exe);
    vm.module_set(&sys, "executable", e);
}

/// Native modules importable by name.
pub fn native_module(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "math" => Some(math::make(vm)),
        "time" => Some(make_time(vm)),
        _ => None,
    }
}

fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

fn monotonic() -> f64 {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|s| s.elapsed().as_secs_f64())
}

fn make_time(vm: &mut Vm) -> Value {
    let m = vm.new_module("time");
    vm.module_add_fn(&m, "time", |_, _, _| Ok(Value::float(now())));
    vm.module_add_fn(&m, "time_ns", |vm, _, _| Ok(vm.new_int((now() * 1e9) as i64)));
    vm.module_add_fn(&m, "perf_counter", |_, _, _| Ok(Value::float(monotonic())));
    vm.module_add_fn(&m, "perf_counter_ns", |vm, _, _| Ok(vm.new_int((monotonic() * 1e9) as i64)));
    vm.module_add_fn(&m, "monotonic", |_, _, _| Ok(Value::float(monotonic())));
    vm.module_add_fn(&m, "monotonic_ns", |vm, _, _| Ok(vm.new_int((monotonic() * 1e9) as i64)));
    vm.module_add_fn(&m, "process_time", |_, _, _| Ok(Value::float(monotonic())));
    vm.module_add_fn(&m, "sleep", |vm, a, _| -> PyResult<Value> {
        let secs = crate::ops::to_f64(vm, &a[0])?.unwrap_or(0.0);
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        std::thread::sleep(std::time::Duration::from_secs_f64(secs));
        Ok(Value::NONE)
    });
    m
}
