//! Text files: `sys.stdout`, `sys.stderr`, `sys.stdin` and `open()`.
//!
//! Standard output is buffered in the runtime and flushed when the buffer is
//! large, when input is read, on `flush()` and at exit, like CPython writing
//! to a pipe; a terminal gets line buffering.

use crate::object::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::io::{Read, Write};

pub enum FileInner {
    Stdout,
    Stderr,
    Stdin,
    /// A file opened for reading: its whole content and the position.
    Reader {
        text: String,
        pos: usize,
        binary: bool,
    },
    /// A file opened for writing.
    Writer {
        file: std::fs::File,
        binary: bool,
    },
    Closed,
}

pub struct File {
    pub inner: PyCell<FileInner>,
    pub name: Value,
    pub mode: Value,
}

impl Payload for File {
    const KIND: ObjKind = ObjKind::File;
}

thread_local! {
    static STDOUT_BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    static STDOUT_TTY: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

extern "C" {
    fn isatty(fd: i32) -> i32;
}

fn stdout_is_tty() -> bool {
    STDOUT_TTY.with(|t| match t.get() {
        Some(v) => v,
        None => {
            // SAFETY: isatty only inspects the descriptor.
            let v = unsafe { isatty(1) } == 1;
            t.set(Some(v));
            v
        }
    })
}

pub fn write_stdout(s: &str) {
    STDOUT_BUF.with(|b| {
        let mut b = b.borrow_mut();
        b.extend_from_slice(s.as_bytes());
        if b.len() > 1 << 16 || (stdout_is_tty() && s.contains('\n')) {
            let _ = std::io::stdout().write_all(&b);
            let _ = std::io::stdout().flush();
            b.clear();
        }
    });
}

pub fn flush_stdout() {
    STDOUT_BUF.with(|b| {
        let mut b = b.borrow_mut();
        if !b.is_empty() {
            let _ = std::io::stdout().write_all(&b);
            b.clear();
        }
        let _ = std::io::stdout().flush();
    });
}

pub fn write_stderr(s: &str) {
    let _ = std::io::stderr().write_all(s.as_bytes());
}

pub fn new_std(vm: &mut Vm, inner: FileInner, name: &str, mode: &str) -> Value {
    let n = vm.new_str(name);
    let m = vm.new_str(mode);
    alloc(vm.t.file.clone(), File { inner: PyCell::new(inner), name: n, mode: m })
}

pub fn file_repr(v: &Value) -> String {
    let f = v.downcast::<File>().unwrap();
    let n = f.name.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
    let m = f.mode.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
    format!("<_io.TextIOWrapper name='{n}' mode='{m}' encoding='utf-8'>")
}

/// Writes a str to a file object (fast path for print).
pub fn file_write(vm: &mut Vm, f: &Value, s: &str) -> PyResult<()> {
    let file = f.downcast::<File>().unwrap();
    let r = file.inner.with_mut(|inner| match inner {
        FileInner::Stdout => {
            write_stdout(s);
            Ok(())
        }
        FileInner::Stderr => {
            write_stderr(s);
            Ok(())
        }
        FileInner::Writer { file, .. } => file.write_all(s.as_bytes()).map_err(|e| e.to_string()),
        FileInner::Closed => Err("I/O operation on closed file.".to_string()),
        _ => Err("not writable".to_string()),
    });
    r.map_err(|m| vm.value_error(m))
}

fn read_stdin_all() -> String {
    flush_stdout();
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    s
}

/// Reads one line from stdin, including the newline; empty at EOF.
pub fn stdin_readline() -> String {
    flush_stdout();
    let mut s = String::new();
    let _ = std::io::stdin().read_line(&mut s);
    s
}

fn file_readline(vm: &mut Vm, f: &Value) -> PyResult<Option<String>> {
    let file = f.downcast::<File>().unwrap();
    let r = file.inner.with_mut(|inner| match inner {
        FileInner::Stdin => Ok(Some(stdin_readline())),
        FileInner::Reader { text, pos, .. } => {
            let rest = &text[*pos..];
            let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
            let line = rest[..end].to_string();
            *pos += end;
            Ok(Some(line))
        }
        FileInner::Closed => Err("I/O operation on closed file."),
        _ => Err("not readable"),
    });
    r.map_err(|m| vm.value_error(m))
}

pub fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let path = match args.first().and_then(|p| p.downcast::<Str>()) {
        Some(p) => p.s.to_string(),
        None => return Err(vm.type_error("open() argument 'file' must be str")),
    };
    let mut mode = args.get(1).and_then(|m| m.downcast::<Str>().map(|s| s.s.to_string())).unwrap_or_else(|| "r".into());
    for (k, v) in kwargs {
        if k.downcast::<Str>().map(|s| &*s.s == "mode").unwrap_or(false) {
            mode = v.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or(mode);
        }
    }
    let binary = mode.contains('b');
    let inner = if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.write(true).create(true).truncate(true);
        }
        match o.open(&path) {
            Ok(file) => FileInner::Writer { file, binary },
            Err(e) => return Err(os_error(vm, &e, &path)),
        }
    } else {
        match std::fs::read(&path) {
            Ok(bytes) => FileInner::Reader { text: String::from_utf8_lossy(&bytes).into_owned(), pos: 0, binary },
            Err(e) => return Err(os_error(vm, &e, &path)),
        }
    };
    let n = vm.new_str(&path);
    let m = vm.new_str(&mode);
    Ok(alloc(vm.t.file.clone(), File { inner: PyCell::new(inner), name: n, mode: m }))
}

fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    crate::types::exceptions::io_error(vm, e, Some(path))
}

/// `str(OSError)` for (errno, strerror, filename) is composed by the caller.
pub fn register(vm: &mut Vm) {
    let cls = vm.t.file.clone();
    vm.add_method(&cls, "write", |vm, args, _| {
        let s = match args.get(1).and_then(|s| s.downcast::<Str>()) {
            Some(s) => s.s.to_string(),
            None => {
                let tn = args.get(1).map(|a| vm.type_name(a)).unwrap_or_default();
                return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
            }
        };
        file_write(vm, &args[0], &s)?;
        Ok(Value::small_int(s.chars().count() as i64))
    });
    vm.add_method(&cls, "writelines", |vm, args, _| {
        let items = crate::ops::collect(vm, &args[1])?;
        for it in items {
            let s = crate::types::str_string(vm, &it)?;
            file_write(vm, &args[0], &s)?;
        }
        Ok(Value::NONE)
    });
    vm.add_method(&cls, "flush", |_, args, _| {
        let f = args[0].downcast::<File>().unwrap();
        f.inner.with_mut(|i| match i {
            FileInner::Stdout => flush_stdout(),
            FileInner::Writer { file, .. } => {
                let _ = file.flush();
            }
            _ => {}
        });
        Ok(Value::NONE)
    });
    vm.add_method(&cls, "read", |vm, args, _| {
        let f = args[0].downcast::<File>().unwrap();
        let n = args.get(1).and_then(crate::ops::as_i64).unwrap_or(-1);
        let r = f.inner.with_mut(|i| match i {
            FileInner::Stdin => Ok(read_stdin_all()),
            FileInner::Reader { text, pos, .. } => {
                let rest = &text[*pos..];
                let take = if n < 0 {
                    rest.len()
                } else {
                    rest.char_indices().nth(n as usize).map(|(i, _)| i).unwrap_or(rest.len())
                };
                let out = rest[..take].to_string();
                *pos += take;
                Ok(out)
            }
            FileInner::Closed => Err("I/O operation on closed file."),
            _ => Err("not readable"),
        });
        match r {
            Ok(s) => Ok(vm.new_string(s)),
            Err(m) => Err(vm.value_error(m)),
        }
    });
    vm.add_method(&cls, "readline", |vm, args, _| {
        let line = file_readline(vm, &args[0])?.unwrap_or_default();
        Ok(vm.new_string(line))
    });
    vm.add_method(&cls, "readlines", |vm, args, _| {
        let mut out = Vec::new();
        loop {
            let line = file_readline(vm, &args[0])?.unwrap_or_default();
            if line.is_empty() {
                break;
            }
            out.push(vm.new_string(line));
        }
        Ok(vm.new_list(out))
    });
    vm.add_method(&cls, "__iter__", |_, args, _| Ok(args[0].clone()));
    vm.add_method(&cls, "__next__", |vm, args, _| {
        let line = file_readline(vm, &args[0])?.unwrap_or_default();
        if line.is_empty() {
            return Err(vm.stop_iteration(Value::NONE));
        }
        Ok(vm.new_string(line))
    });
    vm.add_method(&cls, "close", |_, args, _| {
        let f = args[0].downcast::<File>().unwrap();
        let old = f.inner.with_mut(|i| match i {
            FileInner::Stdout | FileInner::Stderr | FileInner::Stdin => None,
            _ => Some(std::mem::replace(i, FileInner::Closed)),
        });
        if let Some(FileInner::Writer { mut file, .. }) = old {
            let _ = file.flush();
        }
        Ok(Value::NONE)
    });
    vm.add_method(&cls, "__enter__", |_, args, _| Ok(args[0].clone()));
    vm.add_method(&cls, "__exit__", |vm, args, _| {
        vm.call_method(&args[0], "close", &[])?;
        Ok(Value::FALSE)
    });
    vm.add_method(&cls, "fileno", |_, args, _| {
        let f = args[0].downcast::<File>().unwrap();
        Ok(Value::small_int(f.inner.with(|i| match i {
            FileInner::Stdin => 0,
            FileInner::Stdout => 1,
            FileInner::Stderr => 2,
            _ => 3,
        })))
    });
    vm.add_method(&cls, "isatty", |_, _, _| Ok(Value::FALSE));
}

/// Attributes of file objects.
pub fn file_attr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let f = v.downcast::<File>()?;
    Some(match name {
        "name" => f.name.clone(),
        "mode" => f.mode.clone(),
        "closed" => Value::bool(f.inner.with(|i| matches!(i, FileInner::Closed))),
        "encoding" => vm.new_str("utf-8"),
        _ => return None,
    })
}
