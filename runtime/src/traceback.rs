//! Tracebacks: CPython's text for uncaught exceptions, including chained
//! causes and contexts, and the source line of each frame.

use crate::class::Instance;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

/// The source line `line` of `filename`, stripped, if the file can be read.
pub fn source_line(vm: &mut Vm, filename: &str, line: u32) -> Option<String> {
    if !vm.sources.contains_key(filename) {
        let text = std::fs::read_to_string(filename).ok()?;
        vm.sources.insert(filename.to_string(), text.into());
    }
    let src = vm.sources.get(filename)?;
    src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.trim().to_string())
}

/// The exception's type name as a traceback prints it.
pub fn exc_type_name(vm: &mut Vm, exc: &Value) -> String {
    let cls = vm.type_of(exc);
    let c = cls.downcast::<crate::class::Class>().unwrap();
    let q = c.qualname.with(|n| n.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default());
    if c.builtin {
        return q;
    }
    let mk = vm.intern_static("__module__");
    match c.namespace().get_str(&mk).and_then(|m| m.downcast::<Str>().map(|s| s.s.to_string())) {
        Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{q}"),
        _ => q,
    }
}

/// The last line of a traceback: `Type: message`.
pub fn exc_summary(vm: &mut Vm, exc: &Value) -> String {
    let name = exc_type_name(vm, exc);
    let msg = match crate::types::str_string(vm, exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_one(vm: &mut Vm, exc: &Value, out: &mut String, depth: usize) {
    let inst = match exc.downcast::<Instance>() {
        Some(i) => i,
        None => return,
    };
    let e = match &inst.exc {
        Some(e) => e,
        None => return,
    };
    if depth < 50 {
        let cause = e.cause.get_clone();
        let context = e.context.get_clone();
        if !cause.is_none() {
            format_one(vm, &cause, out, depth + 1);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !context.is_none() && !e.suppress_context.get() {
            format_one(vm, &context, out, depth + 1);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    let tb = e.traceback.get_clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython does, a run of more than three identical entries (deep
        // recursion) is shown three times and then summarised.
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
            }
        };
        for (code_obj, line) in tb.iter().rev() {
            let code = code_obj.downcast::<CodeObj>().unwrap().code.clone();
            let file = code.filename.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
            let name = code.name.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
            let key = (file.clone(), *line, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if let Some(src) = source_line(vm, &file, *line) {
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
        flush(out, repeats);
    }
    if vm.isinstance(exc, &vm.t.syntax_error.clone()) {
        if let Some(t) = e.args.get_clone().downcast::<Tuple>() {
            if t.items.len() == 2 {
                if let Some(d) = t.items[1].downcast::<Tuple>() {
                    // (filename, lineno, offset, text, end_lineno, end_offset)
                    let file =
                        d.items.first().and_then(|f| f.downcast::<Str>().map(|s| s.s.to_string())).unwrap_or_default();
                    let line = d.items.get(1).and_then(crate::ops::as_i64).unwrap_or(0);
                    let col = d.items.get(2).and_then(crate::ops::as_i64).unwrap_or(0);
                    let text =
                        d.items.get(3).and_then(|f| f.downcast::<Str>().map(|s| s.s.to_string())).unwrap_or_default();
                    let end = d.items.get(5).and_then(crate::ops::as_i64).unwrap_or(col + 1);
                    out.push_str(&format!("  File \"{file}\", line {line}\n"));
                    if !text.is_empty() {
                        let stripped = text.trim_start();
                        let indent = text.chars().count() - stripped.chars().count();
                        let stripped = stripped.trim_end();
                        out.push_str(&format!("    {stripped}\n"));
                        let start = (col as usize).saturating_sub(1).saturating_sub(indent);
                        let width =
                            ((end - col).max(1) as usize).min(stripped.chars().count().saturating_sub(start).max(1));
                        out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
                    }
                    let name = exc_type_name(vm, exc);
                    let msg = t.items[0].downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
                    out.push_str(&format!("{name}: {msg}\n"));
                    return;
                }
            }
        }
    }
    let summary = exc_summary(vm, exc);
    out.push_str(&summary);
    out.push('\n');
    let k = vm.intern_static("__notes__");
    if let Some(notes) = inst.get_attr(&k) {
        let items = match notes.downcast::<List>() {
            Some(l) => l.items.get_clone(),
            None => vec![notes.clone()],
        };
        for note in items {
            let text = if note.kind() == Some(ObjKind::Str) {
                crate::types::str_string(vm, &note).unwrap_or_default()
            } else {
                crate::types::repr_string(vm, &note).unwrap_or_else(|_| "<note str() failed>".to_string())
            };
            out.push_str(&text);
            out.push('\n');
        }
    }
}

/// The full traceback text of an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    format_one(vm, exc, &mut out, 0);
    out
}

/// A `traceback` object for one entry, linked to `next` (the next inner
/// frame's traceback, or None).
fn new_tb(vm: &mut Vm, code: &Value, line: u32, next: Value) -> Value {
    let frame = crate::object::alloc(vm.t.frame.clone(), Instance::new(false));
    if let Some(f) = frame.downcast::<Instance>() {
        let k = vm.intern_static("f_code");
        f.set_attr(vm, &k, code.clone());
        let k = vm.intern_static("f_lineno");
        f.set_attr(vm, &k, Value::small_int(line as i64));
        let k = vm.intern_static("f_back");
        f.set_attr(vm, &k, Value::NONE);
    }
    let tb = crate::object::alloc(vm.t.traceback.clone(), Instance::new(false));
    if let Some(t) = tb.downcast::<Instance>() {
        let k = vm.intern_static("tb_frame");
        t.set_attr(vm, &k, frame);
        let k = vm.intern_static("tb_lineno");
        t.set_attr(vm, &k, Value::small_int(line as i64));
        let k = vm.intern_static("tb_lasti");
        t.set_attr(vm, &k, Value::small_int(-1));
        let k = vm.intern_static("tb_next");
        t.set_attr(vm, &k, next);
    }
    tb
}

/// `exc.__traceback__`: the traceback object for the frames the exception
/// has passed through so far (None if it has not been raised).
pub fn traceback_object(vm: &mut Vm, exc: &Value) -> Value {
    let e = match exc.downcast::<Instance>().and_then(|i| i.exc.as_ref()) {
        Some(e) => e,
        None => return Value::NONE,
    };
    let entries = e.traceback.get_clone();
    let mut head = e.tb_obj.get_clone();
    let mut covered = e.tb_len.get();
    if covered > entries.len() {
        head = Value::NONE;
        covered = 0;
    }
    if covered == entries.len() {
        return head;
    }
    for (code, line) in &entries[covered..] {
        head = new_tb(vm, code, *line, head);
    }
    let old = e.tb_obj.with_mut(|v| std::mem::replace(v, head.clone()));
    drop(old);
    e.tb_len.set(entries.len());
    head
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: `tb` is a
/// traceback object or None.
pub fn set_traceback(vm: &mut Vm, exc: &Value, tb: &Value) -> crate::vm::PyResult<()> {
    let e = match exc.downcast::<Instance>().and_then(|i| i.exc.as_ref()) {
        Some(e) => e,
        None => return Ok(()),
    };
    let mut entries = Vec::new();
    if !tb.is_none() {
        if !vm.type_of(tb).is(&vm.t.traceback) {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
        let (kf, kc, kl, kn) = (
            vm.intern_static("tb_frame"),
            vm.intern_static("f_code"),
            vm.intern_static("tb_lineno"),
            vm.intern_static("tb_next"),
        );
        let mut cur = tb.clone();
        // Walk outermost to innermost; the entry vector is innermost first.
        while let Some(t) = cur.downcast::<Instance>() {
            let code = t.get_attr(&kf).and_then(|f| f.downcast::<Instance>().and_then(|f| f.get_attr(&kc)));
            let line = t.get_attr(&kl).and_then(|l| crate::ops::as_i64(&l)).unwrap_or(0);
            if let Some(code) = code {
                if code.downcast::<CodeObj>().is_some() {
                    entries.push((code, line as u32));
                }
            }
            let next = t.get_attr(&kn).unwrap_or(Value::NONE);
            if entries.len() > 100_000 {
                break;
            }
            cur = next;
        }
        entries.reverse();
    }
    let n = entries.len();
    let old = e.traceback.with_mut(|t| std::mem::replace(t, entries));
    let old_obj = e.tb_obj.with_mut(|v| std::mem::replace(v, tb.clone()));
    e.tb_len.set(if tb.is_none() { 0 } else { n });
    drop((old, old_obj));
    Ok(())
}
