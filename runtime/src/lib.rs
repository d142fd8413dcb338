//! tessera: a Python runtime whose hot loops are compiled by a copy-and-patch
//! JIT. This crate is the runtime: front end, object model, specializing
//! interpreter, memory manager and built-in modules. See ARCHITECTURE.md for
//! the map.

pub mod builtins;
pub mod bytecode;
pub mod class;
pub mod compile;
pub mod dict;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod import;
pub mod interp;
pub mod io;
pub mod iter;
pub mod jit;
pub mod lazy_import;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod pycache;
pub mod signals;
pub mod strformat;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

use value::Value;
use vm::{PyErr, Vm};

/// Command-line options that affect the runtime (`-X` flags).
#[derive(Clone, Debug)]
pub struct Options {
    /// `-X dis`: print the bytecode instead of running.
    pub dis: bool,
    /// `-X jit=…`, `-X jit-threshold=…`, `-X jit-stats`, `-X jit-dump=…`,
    /// `-X perf`, `-X jit-stack-cache=…`.
    pub jit: jit::tier2::JitOptions,
    /// `-X lazy_imports=normal|all` or `PYTHON_LAZY_IMPORTS` (PEP 810).
    pub lazy_imports: lazy_import::Mode,
    /// `-X importtime`: print each import's self and cumulative time.
    pub import_time: bool,
    /// Write `__pycache__` files (off with `-B` or `PYTHONDONTWRITEBYTECODE`).
    pub write_bytecode: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            dis: false,
            jit: Default::default(),
            lazy_imports: Default::default(),
            import_time: false,
            write_bytecode: true,
        }
    }
}

/// Builds a SyntaxError (or IndentationError) exception from a compile error.
pub fn syntax_error(vm: &mut Vm, e: &compile::CompileError, filename: &str) -> PyErr {
    let cls = match e.kind {
        "IndentationError" => vm.t.indentation_error.clone(),
        "TabError" => vm.t.tab_error.clone(),
        _ => vm.t.syntax_error.clone(),
    };
    let msg = vm.new_str(&e.msg);
    let f = vm.new_str(filename);
    let text = vm.new_str(&e.text);
    let details = vm.new_tuple(vec![
        f,
        Value::small_int(e.line as i64),
        Value::small_int(e.col as i64),
        text,
        Value::small_int(e.line as i64),
        Value::small_int(e.end_col as i64),
    ]);
    PyErr(vm.new_exception(&cls, vec![msg, details]))
}

/// What running a program ended with.
pub enum Outcome {
    /// Normal completion.
    Ok,
    /// Exit status requested with SystemExit, or 1 for an uncaught exception.
    Exit(i32),
}

/// Runs source text as `__main__` and reports uncaught exceptions on stderr
/// the way CPython does. Returns the exit status.
pub fn run_main(vm: &mut Vm, src: &str, filename: &str) -> i32 {
    run_main_in(vm, src, filename, None)
}

/// `tessera -m NAME`: runs module NAME (a package's `__main__`) as
/// `__main__`, after importing its parent packages, as `runpy` does.
pub fn run_module(vm: &mut Vm, name: &str) -> i32 {
    match import::find_main_module(vm, name) {
        Ok(Some((file, package))) => {
            let src = match std::fs::read(&file) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    io::write_stderr(&format!("{}: can't read {file}: {e}\n", program_name()));
                    return 1;
                }
            };
            // CPython puts the module's file in argv[0] once it is found.
            let argv_k = vm.intern_static("argv");
            let sys = vm.sys.clone();
            let argv =
                sys.downcast::<object::Module>().unwrap().dict.downcast::<object::Dict>().unwrap().get_str(&argv_k);
            if let Some(l) = argv.as_ref().and_then(|a| a.downcast::<object::List>()) {
                let f = vm.new_str(&file);
                l.items.with_mut(|items| {
                    if let Some(first) = items.first_mut() {
                        *first = f;
                    }
                });
            }
            run_main_in(vm, &src, &file, Some(&package))
        }
        Ok(None) => {
            io::write_stderr(&format!("{}: No module named {name}\n", program_name()));
            1
        }
        Err(e) => {
            // Importing a parent package failed.
            let status = handle_uncaught(vm, e);
            io::flush_stdout();
            status
        }
    }
}

fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "tessera".into())
}

fn run_main_in(vm: &mut Vm, src: &str, filename: &str, package: Option<&str>) -> i32 {
    let main = vm.new_module("__main__");
    vm.main_module = main.clone();
    let d = main.downcast::<object::Module>().unwrap().dict.clone();
    {
        let dd = d.downcast::<object::Dict>().unwrap();
        dd.set_str(vm.intern_static("__builtins__"), vm.builtins.clone());
        if let Some(p) = package {
            let pv = vm.new_str(p);
            dd.set_str(vm.intern_static("__package__"), pv);
        }
        if filename != "<string>" && filename != "<stdin>" {
            let f = vm.new_str(filename);
            dd.set_str(vm.intern_static("__file__"), f);
        }
    }
    let key = vm.new_str("__main__");
    vm.sys_modules.downcast::<object::Dict>().unwrap().set_str(key, main.clone());
    vm.sources.insert(filename.to_string(), src.into());
    let result = match compile::compile(vm, src, filename, compile::Mode::Exec) {
        Ok(code) => {
            if vm.options.dis {
                let text = crate::bytecode::dis::disassemble(&code);
                io::write_stdout(&text);
                io::flush_stdout();
                return 0;
            }
            vm.run_code(&code, &d, Value::NULL, None).map(|_| ())
        }
        Err(e) => Err(syntax_error(vm, &e, filename)),
    };
    let status = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    io::flush_stdout();
    interp::specstats::report();
    if vm.jit.options.stats {
        eprint!("{}", vm.jit.report());
    }
    status
}

/// Prints an uncaught exception (or handles SystemExit) and returns the
/// process exit status.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    io::flush_stdout();
    if vm.isinstance(&e.0, &vm.t.system_exit.clone()) {
        let ck = vm.intern_static("code");
        let code = ops::getattr(vm, &e.0, &ck).unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = ops::as_i64(&code) {
            return i as i32;
        }
        let text = types::str_string(vm, &code).unwrap_or_default();
        io::write_stderr(&format!("{text}\n"));
        return 1;
    }
    let text = traceback::format_exception(vm, &e.0);
    io::write_stderr(&text);
    // Like CPython, an interrupted program exits as if killed by SIGINT.
    if vm.isinstance(&e.0, &vm.t.keyboard_interrupt.clone()) {
        return 130;
    }
    1
}
