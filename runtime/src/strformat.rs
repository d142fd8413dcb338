//! `str % args` (printf-style) and `str.format()`.

use crate::numeric::{self, PercentFlags};
use crate::object::*;
use crate::ops;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = fmt.downcast::<Str>().unwrap().s.to_string();
    let is_mapping = args.kind() == Some(ObjKind::Dict)
        || (args.kind() == Some(ObjKind::Instance)
            && ops::lookup_special(vm, args, "__getitem__").is_some()
            && args.kind() != Some(ObjKind::Tuple)
            && crate::types::builtin_base(args).kind() != Some(ObjKind::Tuple));
    let items: Vec<Value> = match args.downcast::<Tuple>() {
        Some(t) => t.items.to_vec(),
        None => match crate::types::builtin_base(args).downcast::<Tuple>() {
            Some(t) => t.items.to_vec(),
            None => vec![args.clone()],
        },
    };
    let mut out = String::with_capacity(f.len() + 16);
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    let mut argi = 0;
    let mut used_mapping = false;
    let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
        if argi < items.len() {
            argi += 1;
            Ok(items[argi - 1].clone())
        } else {
            Err(vm.type_error("not enough arguments for format string"))
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // Mapping key.
        let mut keyed: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let k = vm.new_string(key);
            keyed = Some(ops::getitem(vm, args, &k)?);
            used_mapping = true;
        }
        let mut flags = PercentFlags { left: false, sign: false, space: false, alternate: false, zero: false };
        while i < chars.len() {
            match chars[i] {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(vm)?;
            let w = ops::as_i64(&w).ok_or_else(|| vm.type_error("* wants int"))?;
            if w < 0 {
                flags.left = true;
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = w.parse().ok();
            }
        }
        let mut precision: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(vm)?;
                precision = Some(ops::as_i64(&p).unwrap_or(0).max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                precision = Some(p.parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed.take() {
            Some(v) => v,
            None => next_arg(vm)?,
        };
        let pad = |s: String, flags: &PercentFlags| -> String {
            let n = s.chars().count();
            match width {
                Some(w) if w > n => {
                    if flags.left {
                        format!("{s}{}", " ".repeat(w - n))
                    } else {
                        format!("{}{s}", " ".repeat(w - n))
                    }
                }
                _ => s,
            }
        };
        match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => crate::types::str_string(vm, &arg)?,
                    'r' => crate::types::repr_string(vm, &arg)?,
                    _ => {
                        let a = ops::ascii(vm, &arg)?;
                        a.downcast::<Str>().unwrap().s.to_string()
                    }
                };
                let s = match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                out.push_str(&pad(s, &flags));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let base = crate::types::builtin_base(&arg);
                let v = if let Some(b) = ops::as_bigint(&base) {
                    b
                } else if base.is_float() {
                    if conv != 'd' && conv != 'i' && conv != 'u' {
                        let tn = vm.type_name(&arg);
                        return Err(vm.type_error(format!("%{conv} format: an integer is required, not {tn}")));
                    }
                    numeric::f64_to_big(base.as_float()).map_err(|e| vm.num_err(e))?
                } else if arg.kind() == Some(ObjKind::Instance)
                    && ops::lookup_special(vm, &arg, "__int__").is_some()
                    && matches!(conv, 'd' | 'i' | 'u')
                {
                    let f = ops::lookup_special(vm, &arg, "__int__").unwrap();
                    let r = vm.call(&f, &[arg.clone()], &[])?;
                    ops::as_bigint(&r).unwrap_or_default()
                } else if arg.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, &arg, "__index__").is_some()
                {
                    ops::index(vm, &arg)?
                } else {
                    let tn = vm.type_name(&arg);
                    let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                    return Err(vm.type_error(format!("%{conv} format: {what} is required, not {tn}")));
                };
                let conv = if conv == 'i' || conv == 'u' { 'd' } else { conv };
                out.push_str(&numeric::percent_format_int(&v, conv, &flags, width, precision));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match ops::to_f64(vm, &crate::types::builtin_base(&arg))? {
                    Some(x) => x,
                    None => {
                        if let Some(f) = ops::lookup_special(vm, &arg, "__float__") {
                            let r = vm.call(&f, &[arg.clone()], &[])?;
                            r.as_float()
                        } else {
                            let tn = vm.type_name(&arg);
                            return Err(vm.type_error(format!("must be real number, not {tn}")));
                        }
                    }
                };
                out.push_str(&numeric::percent_format_float(x, conv, &flags, width, precision));
            }
            'c' => {
                let s = if let Some(i) = ops::as_i64(&arg) {
                    match char::from_u32(i as u32) {
                        Some(c) => c.to_string(),
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                } else if let Some(st) = arg.downcast::<Str>().filter(|s| s.char_len == 1) {
                    st.s.to_string()
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                };
                out.push_str(&pad(s, &flags));
            }
            other => {
                let idx = i - 1;
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other, other as u32, idx
                )));
            }
        }
    }
    if argi < items.len() && !used_mapping && !(is_mapping && argi == 0) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_string(out))
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let mut auto_idx = 0usize;
    let mut manual = false;
    format_inner(vm, fmt, args, kwargs, &mut auto_idx, &mut manual, 0)
}

fn format_inner(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto_idx: &mut usize,
    manual: &mut bool,
    depth: usize,
) -> PyResult<String> {
    if depth > 1 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 < chars.len() && chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace.
        let mut j = i + 1;
        let mut nest = 1;
        while j < chars.len() {
            if chars[j] == '{' {
                nest += 1;
            } else if chars[j] == '}' {
                nest -= 1;
                if nest == 0 {
                    break;
                }
            }
            j += 1;
        }
        if j >= chars.len() {
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // field_name[!conv][:spec]
        let mut name_end = field.len();
        let mut bracket = 0;
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => bracket += 1,
                ']' => bracket -= 1,
                '!' | ':' if bracket == 0 => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        if field[..name_end].contains('[') && !field[..name_end].contains(']') {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        if field[name_end..].starts_with('!') && field.len() == name_end + 1 {
            return Err(vm.value_error("unmatched '{' in format spec"));
        }
        let name = &field[..name_end];
        let rest = &field[name_end..];
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut it = r.splitn(2, ':');
            let cv = it.next().unwrap_or("");
            (Some(cv.to_string()), it.next().unwrap_or("").to_string())
        } else if let Some(r) = rest.strip_prefix(':') {
            (None, r.to_string())
        } else {
            (None, String::new())
        };
        // Resolve the object.
        let (first, mut tail) = match name.find(['.', '[']) {
            Some(p) => (&name[..p], &name[p..]),
            None => (name, ""),
        };
        let mut obj = if first.is_empty() {
            if *manual {
                return Err(
                    vm.value_error("cannot switch from manual field specification to automatic field numbering")
                );
            }
            let idx = *auto_idx;
            *auto_idx += 1;
            match args.get(idx) {
                Some(v) => v.clone(),
                None => {
                    return Err(
                        vm.index_error(format!("Replacement index {idx} out of range for positional args tuple"))
                    )
                }
            }
        } else if let Ok(idx) = first.parse::<usize>() {
            if *auto_idx > 0 {
                return Err(
                    vm.value_error("cannot switch from automatic field numbering to manual field specification")
                );
            }
            *manual = true;
            match args.get(idx) {
                Some(v) => v.clone(),
                None => {
                    return Err(
                        vm.index_error(format!("Replacement index {idx} out of range for positional args tuple"))
                    )
                }
            }
        } else {
            match kwargs.iter().find(|(k, _)| k.downcast::<Str>().map(|s| &*s.s == first).unwrap_or(false)) {
                Some((_, v)) => v.clone(),
                None => {
                    let k = vm.new_str(first);
                    return Err(vm.key_error(k));
                }
            }
        };
        while !tail.is_empty() {
            if let Some(r) = tail.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr = vm.intern(&r[..end]);
                obj = ops::getattr(vm, &obj, &attr)?;
                tail = &r[end..];
            } else if let Some(r) = tail.strip_prefix('[') {
                let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(n) => vm.new_int(n),
                    Err(_) => vm.new_str(key),
                };
                obj = ops::getitem(vm, &obj, &k)?;
                tail = &r[end + 1..];
            } else {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        let obj = match conv.as_deref() {
            None => obj,
            Some("r") => ops::repr(vm, &obj)?,
            Some("s") => ops::str(vm, &obj)?,
            Some("a") => ops::ascii(vm, &obj)?,
            Some(other) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {}", other)));
            }
        };
        let spec =
            if spec.contains('{') { format_inner(vm, &spec, args, kwargs, auto_idx, manual, depth + 1)? } else { spec };
        let sv = vm.new_string(spec);
        let r = ops::format(vm, &obj, &sv)?;
        out.push_str(&r.downcast::<Str>().unwrap().s);
    }
    Ok(out)
}
