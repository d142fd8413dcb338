//! Native modules: `sys`, `math`, `time` (and their registry for `import`).

pub mod math;
pub mod os;
pub mod structseq;

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
    register_sys_info(vm, &sys);
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
        // `sys.exit(None)` raises SystemExit with no arguments, as CPython does.
        let args = if a.len() == 1 && a[0].is_none() { vec![] } else { a.to_vec() };
        Err(crate::vm::PyErr(vm.new_exception(&c, args)))
    });
    vm.module_add_fn(&sys, "getrecursionlimit", |vm, _, _| Ok(Value::small_int(vm.recursion_limit as i64)));
    vm.module_add_fn(&sys, "setrecursionlimit", |vm, a, _| {
        if a.len() != 1 {
            let msg = format!("sys.setrecursionlimit() takes exactly one argument ({} given)", a.len());
            return Err(vm.type_error(msg));
        }
        let n = crate::ops::index(vm, &a[0])?;
        let n = match i32::try_from(&n) {
            Ok(n) => n as i64,
            Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        };
        if n < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        let depth = vm.depth as i64 + 1;
        if n <= depth {
            let c = vm.t.recursion_error.clone();
            let msg =
                format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low");
            return Err(vm.err(&c, msg));
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
        let tb = crate::traceback::traceback_object(vm, &e);
        Ok(vm.new_tuple(vec![t, e, tb]))
    });
    vm.module_add_fn(&sys, "exception", |vm, _, _| Ok(vm.exc_info.clone()));
    vm.module_add_fn(&sys, "getsizeof", |_, _, _| Ok(Value::small_int(64)));
    vm.module_add_fn(&sys, "intern", |vm, a, _| Ok(vm.intern_value(&a[0])));
    vm.module_add_fn(&sys, "getrefcount", |_, a, _| {
        Ok(Value::small_int(a[0].header().map(|h| h.refcount() as i64).unwrap_or(1)))
    });
    crate::lazy_import::register(vm, &sys);
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
    // CPython's start-up (the `site` machinery) has already imported `math`,
    // so programs see it in `sys.modules` before importing it themselves.
    if let Some(m) = native_module(vm, "math") {
        let k = vm.new_str("math");
        modules.downcast::<Dict>().unwrap().set_str(k, m);
    }
}

/// The struct sequences of `sys`: `version_info`, `float_info`,
/// `int_info`, `hash_info` and `flags`.
fn register_sys_info(vm: &mut Vm, sys: &Value) {
    let i = Value::small_int;
    let s = |vm: &mut Vm, t: &str| vm.new_str(t);
    let fields =
        vec![("major", i(3)), ("minor", i(11)), ("micro", i(7)), ("releaselevel", s(vm, "final")), ("serial", i(0))];
    let v = structseq::make(vm, "sys", "version_info", fields);
    vm.module_set(sys, "version_info", v);
    let fields = vec![
        ("max", Value::float(f64::MAX)),
        ("max_exp", i(f64::MAX_EXP as i64)),
        ("max_10_exp", i(f64::MAX_10_EXP as i64)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("min_exp", i(f64::MIN_EXP as i64)),
        ("min_10_exp", i(f64::MIN_10_EXP as i64)),
        ("dig", i(f64::DIGITS as i64)),
        ("mant_dig", i(f64::MANTISSA_DIGITS as i64)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("radix", i(2)),
        ("rounds", i(1)),
    ];
    let v = structseq::make(vm, "sys", "float_info", fields);
    vm.module_set(sys, "float_info", v);
    let fields = vec![
        ("bits_per_digit", i(30)),
        ("sizeof_digit", i(4)),
        ("default_max_str_digits", i(4300)),
        ("str_digits_check_threshold", i(640)),
    ];
    let v = structseq::make(vm, "sys", "int_info", fields);
    vm.module_set(sys, "int_info", v);
    let modulus = vm.new_int((1i64 << 61) - 1);
    let fields = vec![
        ("width", i(64)),
        ("modulus", modulus),
        ("inf", i(314159)),
        ("nan", i(0)),
        ("imag", i(1000003)),
        ("algorithm", s(vm, "siphash13")),
        ("hash_bits", i(64)),
        ("seed_bits", i(128)),
        ("cutoff", i(0)),
    ];
    let v = structseq::make(vm, "sys", "hash_info", fields);
    vm.module_set(sys, "hash_info", v);
    let mut fields: Vec<(&str, Value)> = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
    ]
    .iter()
    .map(|n| (*n, i(if *n == "hash_randomization" { 1 } else { 0 })))
    .collect();
    fields.extend([
        ("dev_mode", Value::FALSE),
        ("utf8_mode", i(0)),
        ("warn_default_encoding", i(0)),
        ("safe_path", Value::FALSE),
        ("int_max_str_digits", i(-1)),
    ]);
    let v = structseq::make(vm, "sys", "flags", fields);
    vm.module_set(sys, "flags", v);
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
        "os" => Some(os::make(vm)),
        "gc" => Some(make_gc(vm)),
        "types" => Some(make_types(vm)),
        "importlib" => Some(make_importlib(vm)),
        _ => None,
    }
}

/// `types`: the classes of built-in values that have no builtin name.
fn make_types(vm: &mut Vm) -> Value {
    let m = vm.new_module("types");
    let t = vm.t.clone_types();
    for (name, cls) in [
        ("LazyImportType", t.lazy_import),
        ("ModuleType", t.module),
        ("FunctionType", t.function.clone()),
        ("LambdaType", t.function),
        ("BuiltinFunctionType", t.builtin_function.clone()),
        ("BuiltinMethodType", t.builtin_function),
        ("MethodType", t.method),
        ("CodeType", t.code),
        ("GeneratorType", t.generator),
        ("CellType", t.cell),
        ("NoneType", t.none_type),
        ("NotImplementedType", t.not_implemented_type),
        ("EllipsisType", t.ellipsis_type),
        ("MappingProxyType", t.mappingproxy),
        ("TracebackType", t.traceback),
        ("FrameType", t.frame),
    ] {
        vm.module_set(&m, name, cls);
    }
    m
}

/// `importlib`: `import_module` (eager, as PEP 810 keeps it).
fn make_importlib(vm: &mut Vm) -> Value {
    let m = vm.new_module("importlib");
    vm.module_add_fn(&m, "import_module", |vm, a, k| {
        let name = a.first().or_else(|| crate::builtins::kwarg(k, "name")).cloned();
        let Some(name) = name else {
            return Err(vm.type_error("import_module() missing 1 required positional argument: 'name'"));
        };
        let package = a.get(1).or_else(|| crate::builtins::kwarg(k, "package")).cloned().unwrap_or(Value::NONE);
        let n = match name.downcast::<Str>() {
            Some(s) => s.s.to_string(),
            None => {
                let tn = vm.type_name(&name);
                return Err(vm.type_error(format!("module name must be str, not {tn}")));
            }
        };
        let level = n.len() - n.trim_start_matches('.').len();
        let full = if level > 0 {
            if package.is_none() {
                let msg = format!("the 'package' argument is required to perform a relative import for '{n}'");
                let c = vm.t.type_error.clone();
                return Err(vm.err(&c, msg));
            }
            let g = vm.new_dict();
            let pk = vm.intern_static("__package__");
            g.downcast::<Dict>().unwrap().set_str(pk, package);
            crate::import::resolve_name(vm, &n[level..], level, &g)?
        } else {
            n
        };
        crate::import::import_module(vm, &full)
    });
    vm.module_add_fn(&m, "reload", |vm, a, _| {
        let Some(module) = a.first().filter(|m| m.kind() == Some(ObjKind::Module)) else {
            return Err(vm.type_error("reload() argument must be a module"));
        };
        crate::import::reload(vm, module)
    });
    m
}

fn make_gc(vm: &mut Vm) -> Value {
    let m = vm.new_module("gc");
    vm.module_add_fn(&m, "collect", |vm, _, _| {
        let n = crate::gc::collect(vm);
        Ok(vm.new_int(n as i64))
    });
    vm.module_add_fn(&m, "isenabled", |_, _, _| Ok(Value::TRUE));
    vm.module_add_fn(&m, "enable", |_, _, _| Ok(Value::NONE));
    vm.module_add_fn(&m, "disable", |_, _, _| Ok(Value::NONE));
    vm.module_add_fn(&m, "get_count", |vm, _, _| {
        let n = vm.new_int(crate::gc::tracked() as i64);
        Ok(vm.new_tuple(vec![n, Value::small_int(0), Value::small_int(0)]))
    });
    m
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
