//! What particular exception classes add to `BaseException`: OSError's
//! errno fields, its mapping of errno values to subclasses and its str form,
//! and the keyword arguments of ImportError, AttributeError and NameError.

use crate::object::*;
use crate::ops;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The OSError subclass CPython picks for an errno value (Linux numbering).
fn errno_class_name(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// The class `OSError(*args)` really creates: a subclass chosen by errno
/// when `cls` is OSError itself and there are 2 to 5 arguments.
pub fn os_error_class(vm: &mut Vm, cls: &Value, args: &[Value]) -> Value {
    if !cls.is(&vm.t.os_error) || !(2..=5).contains(&args.len()) {
        return cls.clone();
    }
    let name = match args[0].is_small_int().then(|| ops::as_i64(&args[0])).flatten().and_then(errno_class_name) {
        Some(n) => n,
        None => return cls.clone(),
    };
    vm.exc_names.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()).unwrap_or_else(|| cls.clone())
}

/// Creates the OSError (or errno subclass) for a failed operation, with
/// `filename` when the operation was on a path.
pub fn new_os_error(vm: &mut Vm, errno: i64, strerror: &str, filename: Option<&str>) -> PyErr {
    let os = vm.t.os_error.clone();
    let mut args = vec![Value::small_int(errno), vm.new_str(strerror)];
    if let Some(f) = filename {
        args.push(vm.new_str(f));
    }
    let cls = os_error_class(vm, &os, &args);
    let exc = vm.new_exception(&cls, vec![]);
    match init_exception(vm, &exc, &args, &[]) {
        Ok(()) => PyErr(exc),
        Err(e) => e,
    }
}

fn set(vm: &mut Vm, inst: &Value, name: &str, v: Value) {
    if let Some(i) = inst.downcast::<crate::class::Instance>() {
        let k = vm.intern(name);
        i.set_attr(vm, &k, v);
    }
}

/// The class-specific part of exception construction, after `args` has
/// been stored: keyword arguments and derived attributes.
pub fn init_exception(vm: &mut Vm, inst: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<()> {
    let tuple = vm.new_tuple(args.to_vec());
    if let Some(e) = inst.downcast::<crate::class::Instance>().and_then(|i| i.exc.as_ref()) {
        e.args.with_mut(|a| *a = tuple);
    }
    let allowed: &[&str] = if vm.isinstance(inst, &vm.t.import_error.clone()) {
        &["name", "path"]
    } else if vm.isinstance(inst, &vm.t.attribute_error.clone()) {
        &["name", "obj"]
    } else if vm.isinstance(inst, &vm.t.name_error.clone()) {
        &["name"]
    } else {
        &[]
    };
    if !kwargs.is_empty() {
        let tn = crate::traceback::exc_type_name(vm, inst);
        if allowed.is_empty() {
            return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
        }
        for (k, v) in kwargs {
            let kn = k.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
            if !allowed.contains(&kn.as_str()) {
                return Err(vm.type_error(format!("'{kn}' is an invalid keyword argument for {tn}()")));
            }
            set(vm, inst, &kn, v.clone());
        }
    }
    if vm.isinstance(inst, &vm.t.import_error.clone()) && args.len() == 1 {
        set(vm, inst, "msg", args[0].clone());
    }
    if vm.isinstance(inst, &vm.t.os_error.clone()) && (2..=5).contains(&args.len()) {
        set(vm, inst, "errno", args[0].clone());
        set(vm, inst, "strerror", args[1].clone());
        if let Some(f) = args.get(2) {
            set(vm, inst, "filename", f.clone());
            if let Some(f2) = args.get(4) {
                set(vm, inst, "filename2", f2.clone());
            }
            if !f.is_none() {
                let t = vm.new_tuple(args[..2].to_vec());
                if let Some(e) = inst.downcast::<crate::class::Instance>().and_then(|i| i.exc.as_ref()) {
                    e.args.with_mut(|a| *a = t);
                }
            }
        }
    }
    Ok(())
}

/// `str()` of an OSError with errno fields: `[Errno N] text: 'file'`; None
/// when it falls back to BaseException's form.
pub fn os_error_str(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        let k = vm.intern(n);
        Ok(ops::getattr_opt(vm, v, &k)?.unwrap_or(Value::NONE))
    };
    let (errno, strerror) = (get(vm, "errno")?, get(vm, "strerror")?);
    let (filename, filename2) = (get(vm, "filename")?, get(vm, "filename2")?);
    if !filename.is_none() {
        let e = super::str_string(vm, &errno)?;
        let s = super::str_string(vm, &strerror)?;
        let f = super::repr_string(vm, &filename)?;
        if filename2.is_none() {
            return Ok(Some(format!("[Errno {e}] {s}: {f}")));
        }
        let f2 = super::repr_string(vm, &filename2)?;
        return Ok(Some(format!("[Errno {e}] {s}: {f} -> {f2}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = super::str_string(vm, &errno)?;
        let s = super::str_string(vm, &strerror)?;
        return Ok(Some(format!("[Errno {e}] {s}")));
    }
    Ok(None)
}

/// Registers the methods of exception classes beyond BaseException's.
pub fn register(vm: &mut Vm) {
    let os = vm.t.os_error.clone();
    vm.add_method(&os, "__str__", |vm, a, _| {
        if let Some(s) = os_error_str(vm, &a[0])? {
            return Ok(vm.new_string(s));
        }
        let be = vm.t.base_exception.clone();
        let k = vm.intern_static("__str__");
        let f = be.downcast::<crate::class::Class>().and_then(|c| c.namespace().get_str(&k));
        match f {
            Some(f) => vm.call(&f, &a[..1], &[]),
            None => Ok(vm.intern_static("")),
        }
    });
}

/// The OSError for a failed Rust I/O operation, with CPython's strerror
/// text (the OS message without Rust's " (os error N)" suffix).
pub fn io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let (errno, msg) = match e.raw_os_error() {
        Some(n) => {
            let text = e.to_string();
            let suffix = format!(" (os error {n})");
            (n as i64, text.strip_suffix(&suffix).unwrap_or(&text).to_string())
        }
        None => match e.kind() {
            std::io::ErrorKind::NotFound => (2, "No such file or directory".to_string()),
            std::io::ErrorKind::PermissionDenied => (13, "Permission denied".to_string()),
            _ => (5, "Input/output error".to_string()),
        },
    };
    new_os_error(vm, errno, &msg, filename)
}
