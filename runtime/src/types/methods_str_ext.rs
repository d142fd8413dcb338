//! The bulk of `str`, `bytes` and `bytearray` methods: splitting, stripping,
//! searching, replacing, case mapping, predicates, padding, encoding and
//! decoding, `bytes % args`, the `bytearray` mutators, and the dunders that
//! let `str.upper(x)`, `super().__add__(y)` and `bytes.__len__(b)` work on
//! instances of subclasses.
//!
//! Text is UTF-8 (`Str`), so code-point positions are translated to byte
//! offsets only when a method takes or returns positions, and ASCII strings
//! (the common case) take byte-level fast paths. Methods shared by `bytes` and
//! `bytearray` are generic over `const BA: bool` (true for `bytearray`) and
//! registered once per class, so error messages name the right type. Unicode
//! properties whose Python definitions Rust's standard library does not
//! expose (letters, digits, printable, identifiers, titlecase, case folding,
//! case-ignorable) come from tables generated with CPython 3.11's
//! `unicodedata` (Unicode 14.0) at the end of this file.

use crate::object::*;
use crate::ops;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_traits::{Signed, ToPrimitive};
use std::cell::Cell;
use std::fmt::Display;

use super::builtin_base;

type Kw = [(Value, Value)];

/// A method's qualified name (`bytes.find`) for error messages, formatted
/// only when an error is raised.
#[derive(Clone, Copy)]
struct Q<'a>(&'a str, &'a str);

impl Display for Q<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

// -- Argument checking ---------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Rejects keyword arguments, as methods with positional-only parameters do.
fn no_kwargs(vm: &mut Vm, k: &Kw, qual: impl Display + Copy) -> PyResult<()> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qual}() takes no keyword arguments")))
    }
}

/// A method without parameters (`str.upper()`).
fn noargs(vm: &mut Vm, p: &[Value], k: &Kw, qual: impl Display + Copy) -> PyResult<()> {
    no_kwargs(vm, k, qual)?;
    if p.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qual}() takes no arguments ({} given)", p.len())))
    }
}

/// A method with exactly one positional parameter (`str.zfill(width)`).
fn onearg(vm: &mut Vm, p: &[Value], k: &Kw, qual: impl Display + Copy) -> PyResult<()> {
    no_kwargs(vm, k, qual)?;
    if p.len() == 1 {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qual}() takes exactly one argument ({} given)", p.len())))
    }
}

/// Positional-only parameters checked the Argument Clinic way
/// (`center expected at least 1 argument, got 0`).
fn clinic(
    vm: &mut Vm,
    p: &[Value],
    k: &Kw,
    qual: impl Display + Copy,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(vm, k, qual)?;
    let n = p.len();
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {at}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {at}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// Positional-only parameters checked the `PyArg_ParseTuple` way
/// (`find() takes at least 1 argument (0 given)`).
fn tuple_args(
    vm: &mut Vm,
    p: &[Value],
    k: &Kw,
    qual: impl Display + Copy,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(vm, k, qual)?;
    let n = p.len();
    if n < min {
        return Err(vm.type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok(())
}

/// Parameters that may also be passed by keyword, checked the Argument
/// Clinic way; returns them in declaration order.
fn kw_params<const N: usize>(
    vm: &mut Vm,
    p: &[Value],
    k: &Kw,
    name: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let total = p.len() + k.len();
    if total > N {
        let kind = if p.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!("{name}() takes at most {N} {kind}argument{} ({total} given)", plural(N))));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(p) {
        *slot = Some(v.clone());
    }
    for (kn, v) in k {
        let key = kn.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(i) if i < p.len() => {
                return Err(
                    vm.type_error(format!("argument for {name}() given by name ('{key}') and position ({})", i + 1))
                );
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!("{name}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// An index-sized integer argument (CPython's `Py_ssize_t` conversion).
pub(crate) fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = ops::as_i64(v) {
        return Ok(i);
    }
    let b = ops::index(vm, v)?;
    match b.to_i64() {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A `start`/`end` argument of the find family: None or an index, clamped
/// on overflow like `_PyEval_SliceIndex`.
fn slice_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let v = match v {
        None => return Ok(default),
        Some(v) if v.is_none() => return Ok(default),
        Some(v) => v,
    };
    if let Some(i) = ops::as_i64(v) {
        return Ok(i);
    }
    let indexable = ops::is_int_like(v)
        || (v.kind() == Some(ObjKind::Instance)
            && (ops::lookup_special(vm, v, "__index__").is_some() || ops::is_int_like(&builtin_base(v))));
    if !indexable {
        return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
    }
    let b = ops::index(vm, v)?;
    Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` against a length.
fn adjust(start: i64, end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        (end.saturating_add(len)).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start.saturating_add(len)).max(0) } else { start };
    (start, end)
}

/// A byte value argument: an int in range(0, 256).
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match ops::as_i64(v) {
        Some(i) => i,
        None => {
            let b = ops::index(vm, v)?;
            b.to_i64().unwrap_or(-1)
        }
    };
    if (0..256).contains(&i) {
        Ok(i as u8)
    } else {
        Err(vm.value_error("byte must be in range(0, 256)"))
    }
}

// -- Receivers and results -------------------------------------------------------------

/// The str a method was called on, unwrapped from a subclass instance.
fn this_str(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let v = match a.first() {
        Some(v) => v,
        None => return Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    };
    if v.kind() == Some(ObjKind::Str) {
        return Ok(v.clone());
    }
    let b = builtin_base(v);
    if b.kind() == Some(ObjKind::Str) {
        return Ok(b);
    }
    let tn = vm.type_name(v);
    Err(descriptor_error(vm, name, "str", &tn))
}

fn descriptor_error(vm: &mut Vm, name: &str, cls: &str, tn: &str) -> PyErr {
    if name.starts_with("__") {
        vm.type_error(format!("descriptor '{name}' requires a '{cls}' object but received a '{tn}'"))
    } else {
        vm.type_error(format!("descriptor '{name}' for '{cls}' objects doesn't apply to a '{tn}' object"))
    }
}

/// The payload of a value known to be a str.
fn st(v: &Value) -> &Str {
    v.downcast::<Str>().expect("a str value")
}

/// The str behind `v` (unwrapping subclasses), if it is one.
fn as_str(v: &Value) -> Option<Value> {
    if v.kind() == Some(ObjKind::Str) {
        return Some(v.clone());
    }
    if v.kind() == Some(ObjKind::Instance) {
        let b = builtin_base(v);
        if b.kind() == Some(ObjKind::Str) {
            return Some(b);
        }
    }
    None
}

/// A str argument; `prefix` starts the error message (`must be str, not `).
fn str_arg(vm: &mut Vm, v: &Value, prefix: &str) -> PyResult<Value> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{prefix}{tn}")))
        }
    }
}

/// A new str whose ASCII-ness is known, skipping the character count.
fn new_str_ascii(vm: &mut Vm, s: String, ascii: bool) -> Value {
    if !ascii {
        return vm.new_string(s);
    }
    let n = s.len();
    alloc(vm.t.str_.clone(), Str { s: s.into_boxed_str(), char_len: n, ascii: true, hash: Cell::new(-1) })
}

/// A piece of `parent` as a new str (ASCII parents give ASCII pieces).
fn piece(vm: &mut Vm, parent: &Str, s: &str) -> Value {
    if parent.ascii {
        let n = s.len();
        return alloc(vm.t.str_.clone(), Str { s: s.into(), char_len: n, ascii: true, hash: Cell::new(-1) });
    }
    vm.new_str(s)
}

/// Byte offset of code point `ci` in `s` (the end if past it).
fn byte_at(s: &Str, ci: i64) -> usize {
    let ci = ci.max(0) as usize;
    if s.ascii {
        return ci.min(s.s.len());
    }
    if ci >= s.char_len {
        return s.s.len();
    }
    s.s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.s.len())
}

/// The code-point index of byte offset `off` within `s[from..]`, plus `base`.
fn char_index(s: &Str, from: usize, off: usize, base: i64) -> i64 {
    if s.ascii {
        base + off as i64
    } else {
        base + s.s[from..from + off].chars().count() as i64
    }
}

// -- Character properties -------------------------------------------------------------

/// Whether `c` is in a table of toggle points (sorted starts and ends of ranges).
fn in_table(table: &[u32], c: char) -> bool {
    table.partition_point(|&b| b <= c as u32) % 2 == 1
}

/// `str.isspace` for one character (`Py_UNICODE_ISSPACE`).
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0d | 0x1c..=0x20 => true,
        n if n < 0x80 => false,
        0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000 => true,
        _ => false,
    }
}

/// `str.isprintable` for one character: CPython's definition, which `repr`
/// also uses to decide what to escape.
pub fn is_printable_char(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        return (0x20..0x7f).contains(&n);
    }
    in_table(PRINTABLE, c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(ALPHA, c)
    }
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(DECIMAL, c)
    }
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(DIGIT, c)
    }
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(NUMERIC, c)
    }
}

fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || in_table(NUMERIC, c)
    }
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(TITLECASE, c)
}

/// Python 3.11's case data for a character whose case properties changed
/// after Unicode 14.0: Some(is_lowercase), and it maps to itself.
fn case_14(c: char) -> Option<bool> {
    let n = c as u32;
    if n < 0x19b {
        return None;
    }
    CASE_14.binary_search(&n).ok().map(|_| LOWER_14.contains(&n))
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        case_14(c).is_none() && c.is_uppercase()
    }
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        match case_14(c) {
            Some(l) => l,
            None => c.is_lowercase(),
        }
    }
}

fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_table(CASE_IGNORABLE, c)
}

fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_table(XID_START, c)
    }
}

fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(XID_CONTINUE, c)
    }
}

/// `str.isidentifier` (without the keyword check, as in CPython).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

/// Line boundaries recognised by `str.splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whitespace for `bytes` methods (`Py_ISSPACE`).
fn is_bspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Whitespace for `str` methods, on the bytes of an ASCII string.
fn is_aspace(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x20)
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if case_14(c).is_some() {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    match TITLE_MAP.binary_search_by_key(&(c as u32), |e| e.0) {
        Ok(i) => out.push_str(TITLE_MAP[i].1),
        Err(_) => push_upper(out, c),
    }
}

/// Lowercases `c`, found at byte offset `i` of `s`, with the final-sigma rule.
fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{3a3}' {
        out.push(if final_sigma(s, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else if case_14(c).is_some() {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// CPython's `handle_capital_sigma`: whether the Σ at byte offset `i` of `s`
/// ends a word (a cased letter before it, none after it, skipping
/// case-ignorable characters).
fn final_sigma(s: &str, i: usize) -> bool {
    let before = s[..i].chars().rev().find(|&c| !is_case_ignorable(c));
    if !matches!(before, Some(c) if is_cased(c)) {
        return false;
    }
    let after = s[i + 2..].chars().find(|&c| !is_case_ignorable(c));
    !matches!(after, Some(c) if is_cased(c))
}

// -- str: searching ------------------------------------------------------------------

/// The receiver, needle and clamped range of a find-like str method.
struct Search {
    me: Value,
    sub: Value,
    start: i64,
    end: i64,
}

fn str_search(vm: &mut Vm, a: &[Value], k: &Kw, name: &str, qual: &str) -> PyResult<Search> {
    let me = this_str(vm, a, name)?;
    tuple_args(vm, &a[1..], k, qual, name, 1, 3)?;
    let sub = str_arg(vm, &a[1], "must be str, not ")?;
    let start = slice_arg(vm, a.get(2), 0)?;
    let end = slice_arg(vm, a.get(3), i64::MAX)?;
    let (start, end) = adjust(start, end, st(&me).char_len);
    Ok(Search { me, sub, start, end })
}

/// `str.find`/`rfind` on a prepared search; the code-point index or None.
fn str_find_in(s: &Search, rev: bool) -> Option<i64> {
    let (me, sub) = (st(&s.me), st(&s.sub));
    if s.end - s.start < sub.char_len as i64 {
        return None;
    }
    let bs = byte_at(me, s.start);
    let be = if s.end >= me.char_len as i64 { me.s.len() } else { byte_at(me, s.end) };
    let hay = &me.s[bs..be];
    let needle = &*sub.s;
    let found = if rev {
        if hay.len() < 256 || needle.len() < 4 {
            rfind_bytes(hay.as_bytes(), needle.as_bytes())
        } else {
            hay.rfind(needle)
        }
    } else if hay.len() < 256 || needle.len() < 4 {
        find_bytes(hay.as_bytes(), needle.as_bytes())
    } else {
        hay.find(needle)
    };
    found.map(|off| char_index(me, bs, off, s.start))
}

fn str_find(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let s = str_search(vm, a, k, "find", "str.find")?;
    Ok(vm.new_int(str_find_in(&s, false).unwrap_or(-1)))
}

fn str_rfind(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let s = str_search(vm, a, k, "rfind", "str.rfind")?;
    Ok(vm.new_int(str_find_in(&s, true).unwrap_or(-1)))
}

fn str_index(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let s = str_search(vm, a, k, "index", "str.index")?;
    match str_find_in(&s, false) {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let s = str_search(vm, a, k, "rindex", "str.rindex")?;
    match str_find_in(&s, true) {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let s = str_search(vm, a, k, "count", "str.count")?;
    let (me, sub) = (st(&s.me), st(&s.sub));
    if s.start > s.end {
        return Ok(Value::small_int(0));
    }
    if sub.char_len == 0 {
        return Ok(vm.new_int(s.end - s.start + 1));
    }
    let bs = byte_at(me, s.start);
    let be = byte_at(me, s.end);
    let hay = &me.s[bs..be];
    let n = if hay.len() < 256 || sub.s.len() < 4 {
        count_bytes(hay.as_bytes(), sub.s.as_bytes())
    } else {
        hay.matches(&*sub.s).count()
    };
    Ok(vm.new_int(n as i64))
}

/// CPython's `tailmatch` for str.
fn str_tailmatch(me: &Str, sub: &Str, start: i64, end: i64, suffix: bool) -> bool {
    let (start, end) = adjust(start, end, me.char_len);
    if end - (sub.char_len as i64) < start {
        return false;
    }
    if sub.char_len == 0 {
        return true;
    }
    let bs = byte_at(me, start);
    let be = if end >= me.char_len as i64 { me.s.len() } else { byte_at(me, end) };
    let hay = &me.s.as_bytes()[bs..be];
    if suffix {
        hay.ends_with(sub.s.as_bytes())
    } else {
        hay.starts_with(sub.s.as_bytes())
    }
}

fn str_startsend(vm: &mut Vm, a: &[Value], k: &Kw, suffix: bool) -> PyResult<Value> {
    let name = if suffix { "endswith" } else { "startswith" };
    let me = this_str(vm, a, name)?;
    tuple_args(vm, &a[1..], k, if suffix { "str.endswith" } else { "str.startswith" }, name, 1, 3)?;
    let start = slice_arg(vm, a.get(2), 0)?;
    let end = slice_arg(vm, a.get(3), i64::MAX)?;
    if let Some(t) = a[1].downcast::<Tuple>() {
        let items = t.items.to_vec();
        for x in &items {
            let sub = match as_str(x) {
                Some(s) => s,
                None => {
                    let tn = vm.type_name(x);
                    return Err(vm.type_error(format!("tuple for {name} must only contain str, not {tn}")));
                }
            };
            if str_tailmatch(st(&me), st(&sub), start, end, suffix) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let sub = str_arg(vm, &a[1], &format!("{name} first arg must be str or a tuple of str, not "))?;
    Ok(Value::bool(str_tailmatch(st(&me), st(&sub), start, end, suffix)))
}

// -- str: splitting and joining ------------------------------------------------------------

/// Byte ranges of the whitespace-separated words of `s` (CPython's
/// `split_whitespace`); `space` tells which units are whitespace.
fn split_ws<T: Copy>(s: &[T], maxsplit: i64, space: impl Fn(T) -> bool) -> Vec<(usize, usize)> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = maxsplit;
    while left != 0 {
        while i < n && space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !space(s[i]) {
            i += 1;
        }
        out.push((j, i));
        left -= 1;
    }
    if i < n {
        while i < n && space(s[i]) {
            i += 1;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

/// The mirror image of [`split_ws`], for `rsplit()`; ranges in order.
fn rsplit_ws<T: Copy>(s: &[T], maxsplit: i64, space: impl Fn(T) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = s.len();
    let mut left = maxsplit;
    while left != 0 {
        while i > 0 && space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !space(s[i - 1]) {
            i -= 1;
        }
        out.push((i, j));
        left -= 1;
    }
    if i > 0 {
        while i > 0 && space(s[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push((0, i));
        }
    }
    out.reverse();
    out
}

/// Splits `s` on runs of Unicode whitespace; byte ranges in order.
fn split_ws_str(s: &Str, maxsplit: i64, rev: bool) -> Vec<(usize, usize)> {
    if s.ascii {
        let b = s.s.as_bytes();
        return if rev { rsplit_ws(b, maxsplit, is_aspace) } else { split_ws(b, maxsplit, is_aspace) };
    }
    let text = &*s.s;
    let mut out = Vec::new();
    let mut left = maxsplit;
    if !rev {
        let mut it = text.char_indices().peekable();
        loop {
            while it.next_if(|&(_, c)| is_space(c)).is_some() {}
            let start = match it.peek() {
                Some(&(i, _)) => i,
                None => break,
            };
            if left == 0 {
                out.push((start, text.len()));
                break;
            }
            let mut end = text.len();
            while let Some(&(i, c)) = it.peek() {
                if is_space(c) {
                    end = i;
                    break;
                }
                it.next();
            }
            out.push((start, end));
            left -= 1;
        }
        return out;
    }
    let mut it = text.char_indices().rev().peekable();
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let end = match it.peek() {
            Some(&(i, c)) => i + c.len_utf8(),
            None => break,
        };
        if left == 0 {
            out.push((0, end));
            break;
        }
        let mut start = 0;
        while let Some(&(i, c)) = it.peek() {
            if is_space(c) {
                start = i + c.len_utf8();
                break;
            }
            it.next();
        }
        out.push((start, end));
        left -= 1;
    }
    out.reverse();
    out
}

/// Byte ranges of the pieces of `data` between occurrences of a non-empty
/// `sep`, at most `maxsplit` splits (all if negative) from the left or right.
fn split_sep(data: &[u8], sep: &[u8], maxsplit: i64, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = maxsplit;
    if rev {
        let mut end = data.len();
        while left != 0 {
            match rfind_bytes(&data[..end], sep) {
                Some(i) => {
                    out.push((i + sep.len(), end));
                    end = i;
                }
                None => break,
            }
            left -= 1;
        }
        out.push((0, end));
        out.reverse();
    } else {
        let mut pos = 0;
        while left != 0 {
            match find_bytes(&data[pos..], sep) {
                Some(i) => {
                    out.push((pos, pos + i));
                    pos += i + sep.len();
                }
                None => break,
            }
            left -= 1;
        }
        out.push((pos, data.len()));
    }
    out
}

fn str_split_impl(vm: &mut Vm, a: &[Value], k: &Kw, rev: bool) -> PyResult<Value> {
    let name = if rev { "rsplit" } else { "split" };
    let me = this_str(vm, a, name)?;
    let [sep, maxsplit] = kw_params(vm, &a[1..], k, name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize(vm, m)?,
        None => -1,
    };
    let s = st(&me);
    let sep = match sep.filter(|v| !v.is_none()) {
        None => {
            let ranges = split_ws_str(s, maxsplit, rev);
            if ranges.len() == 1 && ranges[0] == (0, s.s.len()) && a[0].kind() == Some(ObjKind::Str) {
                return Ok(vm.new_list(vec![me.clone()]));
            }
            let items: Vec<Value> = ranges.into_iter().map(|(x, y)| piece(vm, s, &s.s[x..y])).collect();
            return Ok(vm.new_list(items));
        }
        Some(v) => str_arg(vm, &v, "must be str or None, not ")?,
    };
    let sp = &*st(&sep).s;
    if sp.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let ranges = split_sep(s.s.as_bytes(), sp.as_bytes(), maxsplit, rev);
    let items: Vec<Value> = ranges.into_iter().map(|(x, y)| piece(vm, s, &s.s[x..y])).collect();
    Ok(vm.new_list(items))
}

fn str_split(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_split_impl(vm, a, k, false)
}

fn str_rsplit(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_split_impl(vm, a, k, true)
}

/// The `keepends` flag of `splitlines` (an int, as in CPython).
fn keepends_arg(vm: &mut Vm, p: &[Value], k: &Kw) -> PyResult<bool> {
    let [ke] = kw_params(vm, p, k, "splitlines", ["keepends"], 0)?;
    match ke {
        Some(v) => Ok(ssize(vm, &v)? != 0),
        None => Ok(false),
    }
}

fn str_splitlines(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "splitlines")?;
    let keep = keepends_arg(vm, &a[1..], k)?;
    let s = st(&me);
    let mut items = Vec::new();
    if s.ascii {
        let b = s.s.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            let j = i;
            while i < n && !matches!(b[i], b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e) {
                i += 1;
            }
            let mut eol = i;
            if i < n {
                i += if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' { 2 } else { 1 };
                if keep {
                    eol = i;
                }
            }
            items.push(piece(vm, s, &s.s[j..eol]));
        }
    } else {
        let idx: Vec<(usize, char)> = s.s.char_indices().collect();
        let n = idx.len();
        let off = |i: usize| if i < n { idx[i].0 } else { s.s.len() };
        let mut i = 0;
        while i < n {
            let j = i;
            while i < n && !is_linebreak(idx[i].1) {
                i += 1;
            }
            let mut eol = i;
            if i < n {
                i += if idx[i].1 == '\r' && i + 1 < n && idx[i + 1].1 == '\n' { 2 } else { 1 };
                if keep {
                    eol = i;
                }
            }
            let p = vm.new_str(&s.s[off(j)..off(eol)]);
            items.push(p);
        }
    }
    Ok(vm.new_list(items))
}

fn str_join(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "join")?;
    onearg(vm, &a[1..], k, "str.join")?;
    let items = match a[1].kind() {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => ops::collect(vm, &a[1])?,
        _ => iterate(vm, &a[1], "can only join an iterable")?,
    };
    let sep = st(&me);
    if items.len() == 1 && items[0].kind() == Some(ObjKind::Str) {
        return Ok(items[0].clone());
    }
    let mut total = sep.s.len() * items.len().saturating_sub(1);
    let mut ascii = sep.ascii;
    let mut chars = sep.char_len * items.len().saturating_sub(1);
    let mut parts = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match as_str(x) {
            Some(s) => {
                let p = st(&s);
                total += p.s.len();
                chars += p.char_len;
                ascii &= p.ascii;
                parts.push(s);
            }
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        out.push_str(&st(p).s);
    }
    let n = out.len();
    Ok(alloc(
        vm.t.str_.clone(),
        Str { s: out.into_boxed_str(), char_len: chars, ascii: ascii && chars == n, hash: Cell::new(-1) },
    ))
}

/// All items of an iterable, with `msg` as the TypeError when it is not one.
fn iterate(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    let it = match ops::iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            if vm.exc_matches(&e, &vm.t.type_error.clone()) {
                return Err(vm.type_error(msg));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

fn str_partition_impl(vm: &mut Vm, a: &[Value], k: &Kw, rev: bool) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    let me = this_str(vm, a, name)?;
    onearg(vm, &a[1..], k, if rev { "str.rpartition" } else { "str.partition" })?;
    let sep = str_arg(vm, &a[1], "must be str, not ")?;
    let (s, sp) = (st(&me), st(&sep));
    if sp.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.s.rfind(&*sp.s) } else { s.s.find(&*sp.s) };
    let empty = vm.intern_static("");
    let items = match found {
        Some(i) => {
            let head = piece(vm, s, &s.s[..i]);
            let tail = piece(vm, s, &s.s[i + sp.s.len()..]);
            vec![head, sep.clone(), tail]
        }
        None if rev => vec![empty.clone(), empty, me.clone()],
        None => vec![me.clone(), empty.clone(), empty],
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_partition_impl(vm, a, k, false)
}

fn str_rpartition(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_partition_impl(vm, a, k, true)
}

// -- str: stripping and replacing ------------------------------------------------------

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq)]
enum Ends {
    Left,
    Right,
    Both,
}

fn str_strip_impl(vm: &mut Vm, a: &[Value], k: &Kw, ends: Ends) -> PyResult<Value> {
    let (name, qual) = match ends {
        Ends::Left => ("lstrip", "str.lstrip"),
        Ends::Right => ("rstrip", "str.rstrip"),
        Ends::Both => ("strip", "str.strip"),
    };
    let me = this_str(vm, a, name)?;
    clinic(vm, &a[1..], k, qual, name, 0, 1)?;
    let chars = match a.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match as_str(v) {
            Some(c) => Some(c),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let s = st(&me);
    let out: &str = match &chars {
        None if s.ascii => {
            let b = s.s.as_bytes();
            let mut i = 0;
            let mut j = b.len();
            if ends != Ends::Right {
                while i < j && is_aspace(b[i]) {
                    i += 1;
                }
            }
            if ends != Ends::Left {
                while j > i && is_aspace(b[j - 1]) {
                    j -= 1;
                }
            }
            &s.s[i..j]
        }
        None => trim(&s.s, ends, is_space),
        Some(c) => {
            let cs = st(c);
            if cs.ascii {
                let mut table = [false; 128];
                for b in cs.s.bytes() {
                    table[b as usize] = true;
                }
                trim(&s.s, ends, |c: char| c.is_ascii() && table[c as usize])
            } else {
                let set: Vec<char> = cs.s.chars().collect();
                trim(&s.s, ends, |c: char| set.contains(&c))
            }
        }
    };
    if out.len() == s.s.len() {
        return Ok(me.clone());
    }
    Ok(piece(vm, s, out))
}

fn trim(s: &str, ends: Ends, f: impl Fn(char) -> bool) -> &str {
    match ends {
        Ends::Left => s.trim_start_matches(f),
        Ends::Right => s.trim_end_matches(f),
        Ends::Both => s.trim_matches(f),
    }
}

fn str_strip(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_strip_impl(vm, a, k, Ends::Both)
}

fn str_lstrip(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_strip_impl(vm, a, k, Ends::Left)
}

fn str_rstrip(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_strip_impl(vm, a, k, Ends::Right)
}

fn str_replace(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "replace")?;
    clinic(vm, &a[1..], k, "str.replace", "replace", 2, 3)?;
    let old = str_arg(vm, &a[1], "replace() argument 1 must be str, not ")?;
    let new = str_arg(vm, &a[2], "replace() argument 2 must be str, not ")?;
    let count = match a.get(3) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    let (s, o, n) = (st(&me), st(&old), st(&new));
    if count == 0 || (!o.s.is_empty() && !s.s.contains(&*o.s)) || (o.s.is_empty() && n.s.is_empty()) {
        return Ok(me.clone());
    }
    let out = if count < 0 { s.s.replace(&*o.s, &n.s) } else { s.s.replacen(&*o.s, &n.s, count as usize) };
    let ascii = s.ascii && n.ascii;
    Ok(new_str_ascii(vm, out, ascii))
}

fn str_removeaffix(vm: &mut Vm, a: &[Value], k: &Kw, suffix: bool) -> PyResult<Value> {
    let name = if suffix { "removesuffix" } else { "removeprefix" };
    let me = this_str(vm, a, name)?;
    onearg(vm, &a[1..], k, if suffix { "str.removesuffix" } else { "str.removeprefix" })?;
    let aff = str_arg(vm, &a[1], &format!("{name}() argument must be str, not "))?;
    let (s, x) = (st(&me), &*st(&aff).s);
    let r = if suffix { s.s.strip_suffix(x) } else { s.s.strip_prefix(x) };
    match r {
        Some(r) if !x.is_empty() => Ok(piece(vm, s, r)),
        _ => Ok(me.clone()),
    }
}

fn str_expandtabs(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "expandtabs")?;
    let [ts] = kw_params(vm, &a[1..], k, "expandtabs", ["tabsize"], 0)?;
    let tabsize = match ts {
        Some(v) => ssize(vm, &v)?,
        None => 8,
    };
    let s = st(&me);
    if !s.s.contains('\t') {
        return Ok(me.clone());
    }
    let mut out = String::with_capacity(s.s.len() + 16);
    let mut col: i64 = 0;
    for c in s.s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                size_guard(vm, incr)?;
                col += incr;
                for _ in 0..incr {
                    out.push(' ');
                }
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(new_str_ascii(vm, out, s.ascii))
}

// -- str: case mapping --------------------------------------------------------------------

fn str_upper(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "upper")?;
    noargs(vm, &a[1..], k, "str.upper")?;
    let s = st(&me);
    if s.ascii {
        return Ok(new_str_ascii(vm, s.s.to_ascii_uppercase(), true));
    }
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        push_upper(&mut out, c);
    }
    Ok(vm.new_string(out))
}

fn str_lower(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "lower")?;
    noargs(vm, &a[1..], k, "str.lower")?;
    let s = st(&me);
    if s.ascii {
        return Ok(new_str_ascii(vm, s.s.to_ascii_lowercase(), true));
    }
    let mut out = String::with_capacity(s.s.len());
    for (i, c) in s.s.char_indices() {
        push_lower(&mut out, &s.s, i, c);
    }
    Ok(vm.new_string(out))
}

fn str_casefold(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "casefold")?;
    noargs(vm, &a[1..], k, "str.casefold")?;
    let s = st(&me);
    if s.ascii {
        return Ok(new_str_ascii(vm, s.s.to_ascii_lowercase(), true));
    }
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match FOLD_MAP.binary_search_by_key(&(c as u32), |e| e.0) {
            Ok(i) => out.push_str(FOLD_MAP[i].1),
            Err(_) if case_14(c).is_some() => out.push(c),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    Ok(vm.new_string(out))
}

fn str_swapcase(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "swapcase")?;
    noargs(vm, &a[1..], k, "str.swapcase")?;
    let s = st(&me);
    if s.ascii {
        let out: String =
            s.s.chars()
                .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
                .collect();
        return Ok(new_str_ascii(vm, out, true));
    }
    let mut out = String::with_capacity(s.s.len());
    for (i, c) in s.s.char_indices() {
        if is_upper(c) {
            push_lower(&mut out, &s.s, i, c);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(vm.new_string(out))
}

fn str_title(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "title")?;
    noargs(vm, &a[1..], k, "str.title")?;
    let s = st(&me);
    if s.ascii {
        let mut prev = false;
        let out: String =
            s.s.chars()
                .map(|c| {
                    let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                    prev = c.is_ascii_alphabetic();
                    r
                })
                .collect();
        return Ok(new_str_ascii(vm, out, true));
    }
    let mut out = String::with_capacity(s.s.len());
    let mut prev = false;
    for (i, c) in s.s.char_indices() {
        if prev {
            push_lower(&mut out, &s.s, i, c);
        } else {
            push_title(&mut out, c);
        }
        prev = is_cased(c);
    }
    Ok(vm.new_string(out))
}

fn str_capitalize(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "capitalize")?;
    noargs(vm, &a[1..], k, "str.capitalize")?;
    let s = st(&me);
    if s.ascii {
        let mut out = s.s.to_ascii_lowercase();
        if let Some(f) = out.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        return Ok(new_str_ascii(vm, out, true));
    }
    let mut out = String::with_capacity(s.s.len());
    for (i, c) in s.s.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &s.s, i, c);
        }
    }
    Ok(vm.new_string(out))
}

// -- str: predicates ------------------------------------------------------------------------

/// Registers a predicate that is true for a non-empty string whose
/// characters all satisfy `$ascii` (on bytes) or `$uni` (on chars).
macro_rules! str_pred {
    ($vm:expr, $cls:expr, $name:literal, $ascii:expr, $uni:expr) => {
        $vm.add_method($cls, $name, |vm, a, k| {
            let me = this_str(vm, a, $name)?;
            noargs(vm, &a[1..], k, concat!("str.", $name))?;
            let s = st(&me);
            if s.s.is_empty() {
                return Ok(Value::FALSE);
            }
            if s.ascii {
                let f: fn(u8) -> bool = $ascii;
                return Ok(Value::bool(s.s.bytes().all(f)));
            }
            let f: fn(char) -> bool = $uni;
            Ok(Value::bool(s.s.chars().all(f)))
        });
    };
}

fn str_isupper(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "isupper")?;
    noargs(vm, &a[1..], k, "str.isupper")?;
    let mut cased = false;
    for c in st(&me).s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        cased |= is_upper(c);
    }
    Ok(Value::bool(cased))
}

fn str_islower(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "islower")?;
    noargs(vm, &a[1..], k, "str.islower")?;
    let mut cased = false;
    for c in st(&me).s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        cased |= is_lower(c);
    }
    Ok(Value::bool(cased))
}

fn str_istitle(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "istitle")?;
    noargs(vm, &a[1..], k, "str.istitle")?;
    let mut cased = false;
    let mut prev = false;
    for c in st(&me).s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev {
                return Ok(Value::FALSE);
            }
            prev = true;
            cased = true;
        } else if is_lower(c) {
            if !prev {
                return Ok(Value::FALSE);
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::bool(cased))
}

fn str_isidentifier(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "isidentifier")?;
    noargs(vm, &a[1..], k, "str.isidentifier")?;
    Ok(Value::bool(is_identifier(&st(&me).s)))
}

fn str_isprintable(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "isprintable")?;
    noargs(vm, &a[1..], k, "str.isprintable")?;
    let s = st(&me);
    if s.ascii {
        return Ok(Value::bool(s.s.bytes().all(|b| (0x20..0x7f).contains(&b))));
    }
    Ok(Value::bool(s.s.chars().all(is_printable_char)))
}

fn str_isascii(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "isascii")?;
    noargs(vm, &a[1..], k, "str.isascii")?;
    Ok(Value::bool(st(&me).ascii))
}

// -- str: padding -----------------------------------------------------------------------------

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let v = match v {
        None => return Ok(' '),
        Some(v) => v,
    };
    match as_str(v) {
        Some(s) => {
            let s = st(&s);
            if s.char_len != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            Ok(s.s.chars().next().unwrap_or(' '))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("The fill character must be a unicode character, not {tn}")))
        }
    }
}

/// `left` and `right` fill counts for each padding method (CPython's `pad`).
fn pad_counts(how: u8, marg: usize, width: usize) -> (usize, usize) {
    match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    }
}

fn str_pad(vm: &mut Vm, a: &[Value], k: &Kw, how: u8) -> PyResult<Value> {
    let name = match how {
        b'l' => "ljust",
        b'r' => "rjust",
        _ => "center",
    };
    let me = this_str(vm, a, name)?;
    clinic(vm, &a[1..], k, Q("str", name), name, 1, 2)?;
    let width = ssize(vm, &a[1])?;
    let fill = fill_char(vm, a.get(2))?;
    let s = st(&me);
    if width <= s.char_len as i64 {
        return Ok(me.clone());
    }
    size_guard(vm, width)?;
    let width = width as usize;
    let (left, right) = pad_counts(how, width - s.char_len, width);
    let mut out = String::with_capacity(s.s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(&s.s);
    out.extend(std::iter::repeat(fill).take(right));
    let n = out.len();
    Ok(alloc(
        vm.t.str_.clone(),
        Str { s: out.into_boxed_str(), char_len: width, ascii: n == width, hash: Cell::new(-1) },
    ))
}

fn str_center(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_pad(vm, a, k, b'c')
}

fn str_ljust(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_pad(vm, a, k, b'l')
}

fn str_rjust(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    str_pad(vm, a, k, b'r')
}

fn str_zfill(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "zfill")?;
    onearg(vm, &a[1..], k, "str.zfill")?;
    let width = ssize(vm, &a[1])?;
    let s = st(&me);
    if width <= s.char_len as i64 {
        return Ok(me.clone());
    }
    size_guard(vm, width)?;
    let fill = width as usize - s.char_len;
    let mut out = String::with_capacity(fill + s.s.len());
    let rest = match s.s.as_bytes().first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c as char);
            &s.s[1..]
        }
        _ => &s.s[..],
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(new_str_ascii(vm, out, s.ascii))
}

// -- str: translation and formatting ----------------------------------------------------------

fn str_maketrans(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    clinic(vm, a, k, "str.maketrans", "maketrans", 1, 3)?;
    let d = vm.new_dict();
    let dict = d.downcast::<Dict>().expect("a new dict");
    if a.len() == 1 {
        let src = builtin_base(&a[0]);
        let items = match src.downcast::<Dict>() {
            Some(x) => x.items(),
            None => return Err(vm.type_error("if you give only one argument to maketrans it must be a dict")),
        };
        for (key, v) in items {
            let key = if let Some(s) = as_str(&key) {
                let s = st(&s);
                if s.char_len != 1 {
                    return Err(vm.value_error("string keys in translate table must be of length 1"));
                }
                vm.new_int(s.s.chars().next().unwrap_or('\0') as i64)
            } else if ops::is_int_like(&key) {
                key
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dict.set(vm, key, v)?;
        }
        return Ok(d);
    }
    let x = match as_str(&a[0]) {
        Some(x) => x,
        None => return Err(vm.type_error("first maketrans argument must be a string if there is a second argument")),
    };
    let y = str_arg(vm, &a[1], "maketrans() argument 2 must be str, not ")?;
    let (xs, ys) = (st(&x), st(&y));
    if xs.char_len != ys.char_len {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c1, c2) in xs.s.chars().zip(ys.s.chars()) {
        let kk = vm.new_int(c1 as i64);
        let vv = vm.new_int(c2 as i64);
        dict.set(vm, kk, vv)?;
    }
    if let Some(z) = a.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3 must be str, not ")?;
        for c in st(&z).s.chars() {
            let kk = vm.new_int(c as i64);
            dict.set(vm, kk, Value::NONE)?;
        }
    }
    Ok(d)
}

/// What `str.translate` does with one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Drop,
    Text(String),
}

fn translate_char(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::small_int(c as i64);
    let r = if let Some(d) = table.downcast::<Dict>() {
        match d.get(vm, &key)? {
            Some(r) => r,
            None => return Ok(Mapped::Keep),
        }
    } else {
        match ops::getitem(vm, table, &key) {
            Ok(r) => r,
            Err(e) => {
                if vm.exc_matches(&e, &vm.t.lookup_error.clone()) {
                    return Ok(Mapped::Keep);
                }
                return Err(e);
            }
        }
    };
    if r.is_none() {
        return Ok(Mapped::Drop);
    }
    if let Some(i) = ops::as_i64(&r) {
        return match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(m) => Ok(Mapped::Text(m.to_string())),
            None if (0..0x110000).contains(&i) => Ok(Mapped::Text('\u{fffd}'.to_string())),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    if ops::is_int_like(&r) {
        return Err(vm.value_error("character mapping must be in range(0x110000)"));
    }
    match as_str(&r) {
        Some(s) => Ok(Mapped::Text(st(&s).s.to_string())),
        None => Err(vm.type_error("character mapping must return integer, None or str")),
    }
}

fn str_translate(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "translate")?;
    onearg(vm, &a[1..], k, "str.translate")?;
    let table = a[1].clone();
    let s = st(&me);
    let mut cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut out = String::with_capacity(s.s.len());
    let mut changed = false;
    for c in s.s.chars() {
        let m = if c.is_ascii() {
            match &cache[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = translate_char(vm, &table, c)?;
                    cache[c as usize] = Some(m.clone());
                    m
                }
            }
        } else {
            translate_char(vm, &table, c)?
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Drop => changed = true,
            Mapped::Text(t) => {
                changed = true;
                out.push_str(&t);
            }
        }
    }
    if !changed {
        return Ok(me.clone());
    }
    Ok(vm.new_string(out))
}

/// The names of the replacement fields of a format string (including fields
/// nested in format specs), for `format_map`.
fn format_field_names(f: &str) -> Vec<String> {
    let b: Vec<char> = f.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut depth = 0usize;
    while i < b.len() {
        let c = b[i];
        if c == '{' {
            if depth == 0 && i + 1 < b.len() && b[i + 1] == '{' {
                i += 2;
                continue;
            }
            depth += 1;
            let mut j = i + 1;
            while j < b.len() && !matches!(b[j], '.' | '[' | ':' | '!' | '}' | '{') {
                j += 1;
            }
            out.push(b[i + 1..j].iter().collect());
            i = j;
            continue;
        }
        if c == '}' {
            if depth == 0 && i + 1 < b.len() && b[i + 1] == '}' {
                i += 2;
                continue;
            }
            depth = depth.saturating_sub(1);
        } else if c == '[' && depth > 0 {
            while i < b.len() && b[i] != ']' {
                i += 1;
            }
        }
        i += 1;
    }
    out
}

fn str_format_map(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "format_map")?;
    onearg(vm, &a[1..], k, "str.format_map")?;
    let f = st(&me).s.to_string();
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    for name in format_field_names(&f) {
        if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        if kwargs.iter().any(|(kk, _)| &*st(kk).s == name.as_str()) {
            continue;
        }
        let key = vm.new_string(name);
        let v = ops::getitem(vm, &a[1], &key)?;
        kwargs.push((key, v));
    }
    let r = crate::strformat::str_format(vm, &f, &[], &kwargs)?;
    Ok(vm.new_string(r))
}

// -- Codecs ------------------------------------------------------------------------------

/// The codecs `encode`/`decode` support.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 | Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 | Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Looks an encoding name up the way `codecs.lookup` normalises it.
fn lookup_codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    match name {
        "utf-8" | "utf8" => return Ok(Codec::Utf8),
        "ascii" => return Ok(Codec::Ascii),
        "latin-1" | "latin1" => return Ok(Codec::Latin1),
        _ => {}
    }
    let mut norm = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.trim().chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending && !norm.is_empty() {
                norm.push('_');
            }
            pending = false;
            norm.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "us" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        _ => {
            let c = vm.t.lookup_error.clone();
            return Err(vm.err(&c, format!("unknown encoding: {name}")));
        }
    };
    Ok(codec)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    let c = vm.t.lookup_error.clone();
    vm.err(&c, format!("unknown error handler name '{errors}'"))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as CPython writes them.
fn escape_code(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Sets the attributes of a UnicodeError that CPython's constructor would.
fn unicode_error(
    vm: &mut Vm,
    cls: Value,
    msg: String,
    enc: &str,
    obj: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let e = vm.err(&cls, msg);
    let enc = vm.new_str(enc);
    let reason = vm.new_str(reason);
    let start = vm.new_int(start as i64);
    let end = vm.new_int(end as i64);
    for (n, v) in [("encoding", enc), ("object", obj), ("start", start), ("end", end), ("reason", reason)] {
        let key = vm.intern(n);
        if let Err(err) = ops::setattr(vm, &e.0, &key, v) {
            return err;
        }
    }
    e
}

/// Encodes `s`; `obj` is the str value (for the exception's `object`).
fn encode(vm: &mut Vm, s: &Str, obj: &Value, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf8 => Ok(s.s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.s.as_bytes());
            Ok(v)
        }
        Codec::Ascii | Codec::Latin1 => {
            if s.ascii {
                return Ok(s.s.as_bytes().to_vec());
            }
            let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            let chars: Vec<char> = s.s.chars().collect();
            let mut out = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i] as u32;
                if c < limit {
                    out.push(c as u8);
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                match errors {
                    "strict" | "surrogateescape" | "surrogatepass" => {
                        let reason =
                            if limit == 0x80 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
                        let msg = if j - i == 1 {
                            format!(
                                "'{}' codec can't encode character '{}' in position {i}: {reason}",
                                codec.name(),
                                escape_code(c)
                            )
                        } else {
                            format!(
                                "'{}' codec can't encode characters in position {i}-{}: {reason}",
                                codec.name(),
                                j - 1
                            )
                        };
                        let cls = vm.t.unicode_encode_error.clone();
                        return Err(unicode_error(vm, cls, msg, codec.name(), obj.clone(), i, j, reason));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat(b'?').take(j - i)),
                    "backslashreplace" | "namereplace" => {
                        for &ch in &chars[i..j] {
                            out.extend_from_slice(escape_code(ch as u32).as_bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &ch in &chars[i..j] {
                            out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                        }
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                i = j;
            }
            Ok(out)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.s.len() * 2 + 2);
            let be = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.s.len() * 4 + 4);
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
    }
}

/// Applies a decode error handler to `data[start..end]`.
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    obj: &Value,
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let name = codec.name();
            let msg = if end - start == 1 {
                format!("'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}", data[start])
            } else {
                format!("'{name}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
            };
            let obj = if obj.kind() == Some(ObjKind::Bytes) { obj.clone() } else { vm.new_bytes(data.to_vec()) };
            let cls = vm.t.unicode_decode_error.clone();
            Err(unicode_error(vm, cls, msg, name, obj, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        // Lone surrogates cannot live in a UTF-8 str, so surrogateescape
        // falls back to the replacement character for each byte.
        "surrogateescape" | "surrogatepass" => {
            for _ in start..end {
                out.push('\u{fffd}');
            }
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// Decodes `data` to a str value; `obj` is the bytes value, if any.
fn decode(vm: &mut Vm, data: &[u8], obj: &Value, codec: Codec, errors: &str) -> PyResult<Value> {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let body = if codec == Codec::Utf8Sig && data.starts_with(&[0xef, 0xbb, 0xbf]) { &data[3..] } else { data };
            let skipped = data.len() - body.len();
            match std::str::from_utf8(body) {
                Ok(s) => {
                    if data.is_ascii() {
                        let n = s.len();
                        return Ok(alloc(
                            vm.t.str_.clone(),
                            Str { s: s.into(), char_len: n, ascii: true, hash: Cell::new(-1) },
                        ));
                    }
                    Ok(vm.new_str(s))
                }
                Err(_) => {
                    let mut out = String::with_capacity(body.len());
                    let mut pos = 0;
                    while pos < body.len() {
                        match std::str::from_utf8(&body[pos..]) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e) => {
                                let good = e.valid_up_to();
                                out.push_str(std::str::from_utf8(&body[pos..pos + good]).unwrap_or(""));
                                let bad = pos + good;
                                let (len, reason) = match e.error_len() {
                                    Some(n) => {
                                        let b0 = body[bad];
                                        let r = if (0x80..0xc2).contains(&b0) || b0 >= 0xf5 {
                                            "invalid start byte"
                                        } else {
                                            "invalid continuation byte"
                                        };
                                        (n, r)
                                    }
                                    None => (body.len() - bad, "unexpected end of data"),
                                };
                                decode_error(
                                    vm,
                                    Codec::Utf8,
                                    data,
                                    obj,
                                    skipped + bad,
                                    skipped + bad + len,
                                    reason,
                                    errors,
                                    &mut out,
                                )?;
                                pos = bad + len;
                            }
                        }
                    }
                    Ok(vm.new_string(out))
                }
            }
        }
        Codec::Ascii => {
            if data.is_ascii() {
                let s = String::from_utf8(data.to_vec()).unwrap_or_default();
                return Ok(new_str_ascii(vm, s, true));
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(vm, codec, data, obj, i, i + 1, "ordinal not in range(128)", errors, &mut out)?;
                }
            }
            Ok(vm.new_string(out))
        }
        Codec::Latin1 => {
            let ascii = data.is_ascii();
            let s: String = data.iter().map(|&b| b as char).collect();
            Ok(new_str_ascii(vm, s, ascii))
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (mut pos, be) = match codec {
                Codec::Utf16 if data.starts_with(&[0xff, 0xfe]) => (2, false),
                Codec::Utf16 if data.starts_with(&[0xfe, 0xff]) => (2, true),
                _ => (0, codec == Codec::Utf16Be),
            };
            let name_codec = if be { Codec::Utf16Be } else { Codec::Utf16Le };
            let unit = |i: usize| {
                let b = [data[i], data[i + 1]];
                if be {
                    u16::from_be_bytes(b)
                } else {
                    u16::from_le_bytes(b)
                }
            };
            let mut out = String::with_capacity(data.len() / 2);
            while pos < data.len() {
                if pos + 1 >= data.len() {
                    decode_error(vm, name_codec, data, obj, pos, data.len(), "truncated data", errors, &mut out)?;
                    break;
                }
                let u = unit(pos);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    pos += 2;
                } else if u >= 0xdc00 {
                    decode_error(vm, name_codec, data, obj, pos, pos + 2, "illegal encoding", errors, &mut out)?;
                    pos += 2;
                } else if pos + 3 >= data.len() {
                    decode_error(
                        vm,
                        name_codec,
                        data,
                        obj,
                        pos,
                        data.len(),
                        "unexpected end of data",
                        errors,
                        &mut out,
                    )?;
                    break;
                } else {
                    let lo = unit(pos + 2);
                    if (0xdc00..0xe000).contains(&lo) {
                        let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        pos += 4;
                    } else {
                        decode_error(
                            vm,
                            name_codec,
                            data,
                            obj,
                            pos,
                            pos + 2,
                            "illegal UTF-16 surrogate",
                            errors,
                            &mut out,
                        )?;
                        pos += 2;
                    }
                }
            }
            Ok(vm.new_string(out))
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (mut pos, be) = match codec {
                Codec::Utf32 if data.starts_with(&[0xff, 0xfe, 0, 0]) => (4, false),
                Codec::Utf32 if data.starts_with(&[0, 0, 0xfe, 0xff]) => (4, true),
                _ => (0, codec == Codec::Utf32Be),
            };
            let name_codec = if be { Codec::Utf32Be } else { Codec::Utf32Le };
            let mut out = String::with_capacity(data.len() / 4);
            while pos < data.len() {
                if pos + 4 > data.len() {
                    decode_error(vm, name_codec, data, obj, pos, data.len(), "truncated data", errors, &mut out)?;
                    break;
                }
                let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
                let u = if be { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = if u < 0x110000 {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        } else {
                            "code point not in range(0x110000)"
                        };
                        decode_error(vm, name_codec, data, obj, pos, pos + 4, reason, errors, &mut out)?;
                    }
                }
                pos += 4;
            }
            Ok(vm.new_string(out))
        }
    }
}

/// The `encoding` and `errors` arguments of `encode`/`decode`.
fn codec_args(vm: &mut Vm, p: &[Value], k: &Kw, name: &str) -> PyResult<(Codec, String)> {
    let [enc, errors] = kw_params(vm, p, k, name, ["encoding", "errors"], 0)?;
    let enc = match enc {
        Some(e) => {
            let e = str_arg(vm, &e, &format!("{name}() argument 'encoding' must be str, not "))?;
            Some(e)
        }
        None => None,
    };
    let errors = match errors {
        Some(e) => st(&str_arg(vm, &e, &format!("{name}() argument 'errors' must be str, not "))?).s.to_string(),
        None => "strict".to_string(),
    };
    let codec = match enc {
        Some(e) => lookup_codec(vm, &st(&e).s)?,
        None => Codec::Utf8,
    };
    Ok((codec, errors))
}

fn str_encode(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "encode")?;
    let (codec, errors) = codec_args(vm, &a[1..], k, "encode")?;
    let out = encode(vm, st(&me), &me, codec, &errors)?;
    Ok(vm.new_bytes(out))
}

/// `str(b, encoding, errors)`: decoding for the str constructor.
pub fn decode_bytes(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = lookup_codec(vm, encoding)?;
    decode(vm, data, &Value::NONE, codec, errors)
}

/// `s.encode(encoding, errors)` for the bytes and bytearray constructors.
pub fn encode_str(vm: &mut Vm, s: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let s = match as_str(s) {
        Some(s) => s,
        None => return Err(vm.type_error("encoding without a string argument")),
    };
    let codec = lookup_codec(vm, encoding)?;
    encode(vm, st(&s), &s, codec, errors)
}

// -- str: dunders ----------------------------------------------------------------------------

/// A repeat count for `*`: Some(n) for an index, None when `v` is not one.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = ops::as_i64(v) {
        return Ok(Some(i));
    }
    let indexable = ops::is_int_like(v)
        || (v.kind() == Some(ObjKind::Instance)
            && (ops::lookup_special(vm, v, "__index__").is_some() || ops::is_int_like(&builtin_base(v))));
    if !indexable {
        return Ok(None);
    }
    let b = ops::index(vm, v)?;
    match b.to_i64() {
        Some(i) => Ok(Some(i)),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// Refuses results too large to allocate, as CPython's MemoryError does
/// (instead of aborting the process).
fn size_guard(vm: &mut Vm, n: i64) -> PyResult<()> {
    if n > (1 << 36) {
        let c = vm.t.memory_error.clone();
        return Err(vm.err(&c, ""));
    }
    Ok(())
}

/// The length of `n` copies of `len` units, or MemoryError/OverflowError.
fn repeat_len(vm: &mut Vm, len: usize, n: i64, what: &str) -> PyResult<usize> {
    let n = n.max(0) as usize;
    match len.checked_mul(n) {
        Some(t) if t <= isize::MAX as usize => {
            if t > (1usize << 36) {
                let c = vm.t.memory_error.clone();
                return Err(vm.err(&c, ""));
            }
            Ok(n)
        }
        _ => Err(vm.overflow_error(format!("repeated {what} is too long"))),
    }
}

fn str_mul(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__mul__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    let n = match repeat_count(vm, &a[1])? {
        Some(n) => n,
        None if a[1].kind() == Some(ObjKind::Instance) => return Ok(vm.not_implemented.clone()),
        None => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let s = st(&me);
    let n = repeat_len(vm, s.s.len(), n, "string")?;
    if n == 1 {
        return Ok(me.clone());
    }
    let out = s.s.repeat(n);
    let cl = s.char_len * n;
    Ok(alloc(vm.t.str_.clone(), Str { s: out.into_boxed_str(), char_len: cl, ascii: s.ascii, hash: Cell::new(-1) }))
}

fn str_add(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__add__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    let other = match as_str(&a[1]) {
        Some(o) => o,
        None if a[1].kind() == Some(ObjKind::Instance) => return Ok(vm.not_implemented.clone()),
        None => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")));
        }
    };
    let (x, y) = (st(&me), st(&other));
    let mut out = String::with_capacity(x.s.len() + y.s.len());
    out.push_str(&x.s);
    out.push_str(&y.s);
    let cl = x.char_len + y.char_len;
    Ok(alloc(
        vm.t.str_.clone(),
        Str { s: out.into_boxed_str(), char_len: cl, ascii: x.ascii && y.ascii, hash: Cell::new(-1) },
    ))
}

fn str_mod(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__mod__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    crate::strformat::percent_format(vm, &me, &a[1])
}

fn str_rmod(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let _me = this_str(vm, a, "__rmod__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    match as_str(&a[1]) {
        Some(f) => crate::strformat::percent_format(vm, &f, &a[0]),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn str_len(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__len__")?;
    noargs(vm, &a[1..], k, "str.__len__")?;
    Ok(vm.new_int(st(&me).char_len as i64))
}

fn str_getitem(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__getitem__")?;
    onearg(vm, &a[1..], k, "str.__getitem__")?;
    if a[1].kind() == Some(ObjKind::BigInt) {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    }
    super::builtin_getitem(vm, &me, &a[1])
}

fn str_contains(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__contains__")?;
    onearg(vm, &a[1..], k, "str.__contains__")?;
    match as_str(&a[1]) {
        Some(x) => Ok(Value::bool(st(&me).s.contains(&*st(&x).s))),
        None => {
            let tn = vm.type_name(&a[1]);
            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
        }
    }
}

fn str_iter(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__iter__")?;
    noargs(vm, &a[1..], k, "str.__iter__")?;
    crate::iter::builtin_iter(vm, &me)
}

fn str_hash(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__hash__")?;
    noargs(vm, &a[1..], k, "str.__hash__")?;
    Ok(vm.new_int(super::str_hash(&me)))
}

fn str_str(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__str__")?;
    if a.len() != 1 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    Ok(me)
}

fn str_repr(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__repr__")?;
    if a.len() != 1 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    let r = super::repr::str_repr(&st(&me).s);
    Ok(vm.new_string(r))
}

fn str_format_dunder(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__format__")?;
    onearg(vm, &a[1..], k, "str.__format__")?;
    let spec = str_arg(vm, &a[1], "__format__() argument must be str, not ")?;
    let spec = st(&spec).s.to_string();
    if spec.is_empty() {
        // An empty spec means str(self), which a subclass may override.
        if a[0].kind() == Some(ObjKind::Instance) {
            return ops::str(vm, &a[0]);
        }
        return Ok(me);
    }
    let r = super::format_builtin(vm, &me, &spec)?;
    Ok(vm.new_string(r))
}

fn str_getnewargs(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let me = this_str(vm, a, "__getnewargs__")?;
    noargs(vm, &a[1..], k, "str.__getnewargs__")?;
    let copy = vm.new_str(&st(&me).s);
    Ok(vm.new_tuple(vec![copy]))
}

/// Registers a rich comparison on str: NotImplemented unless both are str.
macro_rules! str_cmp {
    ($vm:expr, $cls:expr, $name:literal, $op:expr) => {
        $vm.add_method($cls, $name, |vm, a, k| {
            let me = this_str(vm, a, $name)?;
            if a.len() != 2 || !k.is_empty() {
                return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
            }
            match as_str(&a[1]) {
                Some(o) => {
                    let ord = st(&me).s.cmp(&st(&o).s);
                    let f: fn(std::cmp::Ordering) -> bool = $op;
                    Ok(Value::bool(f(ord)))
                }
                None => Ok(vm.not_implemented.clone()),
            }
        });
    };
}

fn register_str(vm: &mut Vm) {
    let cls = vm.t.str_.clone();
    let c = &cls;
    let methods: &[(&'static str, NativeFn)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", |vm, a, k| str_startsend(vm, a, k, false)),
        ("endswith", |vm, a, k| str_startsend(vm, a, k, true)),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("removeprefix", |vm, a, k| str_removeaffix(vm, a, k, false)),
        ("removesuffix", |vm, a, k| str_removeaffix(vm, a, k, true)),
        ("expandtabs", str_expandtabs),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("translate", str_translate),
        ("format_map", str_format_map),
        ("encode", str_encode),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__add__", str_add),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__len__", str_len),
        ("__getitem__", str_getitem),
        ("__contains__", str_contains),
        ("__iter__", str_iter),
        ("__hash__", str_hash),
        ("__str__", str_str),
        ("__repr__", str_repr),
        ("__format__", str_format_dunder),
        ("__getnewargs__", str_getnewargs),
    ];
    for &(name, f) in methods {
        vm.add_method(c, name, f);
    }
    str_pred!(vm, c, "isspace", is_aspace, is_space);
    str_pred!(vm, c, "isalpha", |b| b.is_ascii_alphabetic(), is_alpha);
    str_pred!(vm, c, "isalnum", |b| b.is_ascii_alphanumeric(), is_alnum);
    str_pred!(vm, c, "isdecimal", |b| b.is_ascii_digit(), is_decimal);
    str_pred!(vm, c, "isdigit", |b| b.is_ascii_digit(), is_digit);
    str_pred!(vm, c, "isnumeric", |b| b.is_ascii_digit(), is_numeric);
    str_cmp!(vm, c, "__eq__", |o| o.is_eq());
    str_cmp!(vm, c, "__ne__", |o| o.is_ne());
    str_cmp!(vm, c, "__lt__", |o| o.is_lt());
    str_cmp!(vm, c, "__le__", |o| o.is_le());
    str_cmp!(vm, c, "__gt__", |o| o.is_gt());
    str_cmp!(vm, c, "__ge__", |o| o.is_ge());
    vm.add_method(c, "maketrans", str_maketrans);
    make_static(vm, c, "maketrans");
}

/// Wraps a registered native method in `staticmethod`.
fn make_static(vm: &mut Vm, cls: &Value, name: &str) {
    let key = vm.intern(name);
    let ns = cls.downcast::<Class>().expect("a class").namespace();
    if let Some(f) = ns.get_str(&key) {
        let sm = alloc(vm.t.staticmethod.clone(), StaticMethod { func: PyCell::new(f) });
        ns.set_str(key, sm);
    }
}

/// Wraps a registered native method in `classmethod`.
fn make_class_method(vm: &mut Vm, cls: &Value, name: &str) {
    let key = vm.intern(name);
    let ns = cls.downcast::<Class>().expect("a class").namespace();
    if let Some(f) = ns.get_str(&key) {
        let cm = alloc(vm.t.classmethod.clone(), ClassMethod { func: PyCell::new(f) });
        ns.set_str(key, cm);
    }
}

// -- bytes and bytearray: receivers ------------------------------------------------------

/// The bytes of a bytes-like value for the duration of a method: borrowed
/// from an immutable `bytes`, copied out of a `bytearray` (whose buffer
/// Python code could resize while the method runs).
struct Data {
    base: Value,
    copy: Option<Vec<u8>>,
}

impl Data {
    fn get(&self) -> &[u8] {
        match &self.copy {
            Some(c) => c,
            None => &self.base.downcast::<Bytes>().expect("a bytes value").b,
        }
    }
}

/// The data behind a bytes or bytearray value (unwrapping subclasses).
fn data_of(v: &Value) -> Option<Data> {
    match v.kind() {
        Some(ObjKind::Bytes) => Some(Data { base: v.clone(), copy: None }),
        Some(ObjKind::ByteArray) => {
            let copy = v.downcast::<ByteArray>().map(|b| b.b.get_clone());
            Some(Data { base: v.clone(), copy })
        }
        Some(ObjKind::Instance) => {
            let b = builtin_base(v);
            if matches!(b.kind(), Some(ObjKind::Bytes) | Some(ObjKind::ByteArray)) {
                data_of(&b)
            } else {
                None
            }
        }
        _ => None,
    }
}

fn tname<const BA: bool>() -> &'static str {
    if BA {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The bytes or bytearray a method was called on.
fn this_bytes<const BA: bool>(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Data> {
    let want = if BA { ObjKind::ByteArray } else { ObjKind::Bytes };
    let v = match a.first() {
        Some(v) => v,
        None => return Err(vm.type_error(format!("unbound method {}.{name}() needs an argument", tname::<BA>()))),
    };
    let b = if v.kind() == Some(want) { v.clone() } else { builtin_base(v) };
    if b.kind() == Some(want) {
        return Ok(data_of(&b).expect("bytes data"));
    }
    let tn = vm.type_name(v);
    Err(descriptor_error(vm, name, tname::<BA>(), &tn))
}

/// The bytearray a mutating method was called on.
fn this_bytearray(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let v = match a.first() {
        Some(v) => v,
        None => return Err(vm.type_error(format!("unbound method bytearray.{name}() needs an argument"))),
    };
    let b = if v.kind() == Some(ObjKind::ByteArray) { v.clone() } else { builtin_base(v) };
    if b.kind() == Some(ObjKind::ByteArray) {
        return Ok(b);
    }
    let tn = vm.type_name(v);
    Err(descriptor_error(vm, name, "bytearray", &tn))
}

fn ba_of(v: &Value) -> &ByteArray {
    v.downcast::<ByteArray>().expect("a bytearray value")
}

/// A bytes-like argument, or TypeError "a bytes-like object is required".
fn buf_arg(vm: &mut Vm, v: &Value) -> PyResult<Data> {
    match data_of(v) {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A new bytes or bytearray.
fn mkb<const BA: bool>(vm: &mut Vm, v: Vec<u8>) -> Value {
    if BA {
        vm.new_bytearray(v)
    } else {
        vm.new_bytes(v)
    }
}

/// The receiver itself when it is an exact `bytes` (immutable results may
/// share it), else a copy of `d`.
fn same<const BA: bool>(vm: &mut Vm, a: &[Value], d: &Data) -> Value {
    if !BA && a[0].kind() == Some(ObjKind::Bytes) {
        return a[0].clone();
    }
    mkb::<BA>(vm, d.get().to_vec())
}

// -- Byte-string searching ---------------------------------------------------------------

/// The first occurrence of `n` in `h`: a first-byte scan for short inputs
/// (no set-up cost), Horspool for long ones.
pub fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    let m = n.len();
    if m == 0 {
        return Some(0);
    }
    if m > h.len() {
        return None;
    }
    let first = n[0];
    if m == 1 {
        return h.iter().position(|&b| b == first);
    }
    let last_start = h.len() - m;
    if h.len() < 256 || m < 4 {
        let mut i = 0;
        while i <= last_start {
            i += h[i..=last_start].iter().position(|&b| b == first)?;
            if h[i + 1..i + m] == n[1..] {
                return Some(i);
            }
            i += 1;
        }
        return None;
    }
    let mut skip = [m.min(255) as u8; 256];
    for (i, &b) in n[..m - 1].iter().enumerate() {
        skip[b as usize] = (m - 1 - i).min(255) as u8;
    }
    let last = n[m - 1];
    let mut i = 0;
    while i <= last_start {
        let c = h[i + m - 1];
        if c == last && h[i..i + m - 1] == n[..m - 1] {
            return Some(i);
        }
        i += skip[c as usize] as usize;
    }
    None
}

/// The last occurrence of `n` in `h`.
pub fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    let m = n.len();
    if m == 0 {
        return Some(h.len());
    }
    if m > h.len() {
        return None;
    }
    if m == 1 {
        return h.iter().rposition(|&b| b == n[0]);
    }
    if h.len() < 256 || m < 4 {
        let mut end = h.len() - m + 1;
        while end > 0 {
            let i = h[..end].iter().rposition(|&b| b == n[0])?;
            if h[i + 1..i + m] == n[1..] {
                return Some(i);
            }
            end = i;
        }
        return None;
    }
    let mut skip = [m; 256];
    for s in (1..m).rev() {
        skip[n[s] as usize] = s;
    }
    let first = n[0];
    let mut i = h.len() - m;
    loop {
        let c = h[i];
        if c == first && h[i + 1..i + m] == n[1..] {
            return Some(i);
        }
        let s = skip[c as usize];
        if i < s {
            return None;
        }
        i -= s;
    }
}

/// The number of non-overlapping occurrences of a non-empty `n` in `h`.
fn count_bytes(h: &[u8], n: &[u8]) -> usize {
    if n.len() == 1 {
        return h.iter().filter(|&&b| b == n[0]).count();
    }
    let mut count = 0;
    let mut pos = 0;
    while let Some(i) = find_bytes(&h[pos..], n) {
        count += 1;
        pos += i + n.len();
    }
    count
}

/// The needle of bytes find/count/index: bytes-like or an int byte.
fn needle_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data_of(v) {
        return Ok(d.get().to_vec());
    }
    let int_like = ops::is_int_like(v)
        || (v.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, v, "__index__").is_some());
    if int_like {
        return Ok(vec![byte_value(vm, v)?]);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'")))
}

fn bytes_search<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw, name: &str) -> PyResult<(Data, Vec<u8>, i64, i64)> {
    let d = this_bytes::<BA>(vm, a, name)?;
    tuple_args(vm, &a[1..], k, Q(tname::<BA>(), name), name, 1, 3)?;
    let sub = needle_arg(vm, &a[1])?;
    let start = slice_arg(vm, a.get(2), 0)?;
    let end = slice_arg(vm, a.get(3), i64::MAX)?;
    let (start, end) = adjust(start, end, d.get().len());
    Ok((d, sub, start, end))
}

fn bfind_in(d: &[u8], sub: &[u8], start: i64, end: i64, rev: bool) -> Option<i64> {
    if end - start < sub.len() as i64 {
        return None;
    }
    let hay = &d[start as usize..end as usize];
    let r = if rev { rfind_bytes(hay, sub) } else { find_bytes(hay, sub) };
    r.map(|i| i as i64 + start)
}

fn b_find<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let (d, sub, s, e) = bytes_search::<BA>(vm, a, k, "find")?;
    Ok(vm.new_int(bfind_in(d.get(), &sub, s, e, false).unwrap_or(-1)))
}

fn b_rfind<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let (d, sub, s, e) = bytes_search::<BA>(vm, a, k, "rfind")?;
    Ok(vm.new_int(bfind_in(d.get(), &sub, s, e, true).unwrap_or(-1)))
}

fn b_index<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let (d, sub, s, e) = bytes_search::<BA>(vm, a, k, "index")?;
    match bfind_in(d.get(), &sub, s, e, false) {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let (d, sub, s, e) = bytes_search::<BA>(vm, a, k, "rindex")?;
    match bfind_in(d.get(), &sub, s, e, true) {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let (d, sub, s, e) = bytes_search::<BA>(vm, a, k, "count")?;
    if s > e {
        return Ok(Value::small_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(e - s + 1));
    }
    Ok(vm.new_int(count_bytes(&d.get()[s as usize..e as usize], &sub) as i64))
}

fn b_startsend<const BA: bool, const SUFFIX: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let name = if SUFFIX { "endswith" } else { "startswith" };
    let d = this_bytes::<BA>(vm, a, name)?;
    tuple_args(vm, &a[1..], k, Q(tname::<BA>(), name), name, 1, 3)?;
    let start = slice_arg(vm, a.get(2), 0)?;
    let end = slice_arg(vm, a.get(3), i64::MAX)?;
    let data = d.get();
    let check = |sub: &[u8]| -> bool {
        let (start, end) = adjust(start, end, data.len());
        if end - (sub.len() as i64) < start {
            return false;
        }
        let hay = &data[start as usize..end as usize];
        if SUFFIX {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    if let Some(t) = a[1].downcast::<Tuple>() {
        let items = t.items.to_vec();
        for x in &items {
            let sub = buf_arg(vm, x)?;
            if check(sub.get()) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match data_of(&a[1]) {
        Some(sub) => Ok(Value::bool(check(sub.get()))),
        None => {
            let tn = vm.type_name(&a[1]);
            Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")))
        }
    }
}

// -- bytes: splitting, joining, stripping ------------------------------------------------------

fn b_split_impl<const BA: bool, const REV: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let name = if REV { "rsplit" } else { "split" };
    let d = this_bytes::<BA>(vm, a, name)?;
    let [sep, maxsplit] = kw_params(vm, &a[1..], k, name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize(vm, m)?,
        None => -1,
    };
    let data = d.get();
    let ranges: Vec<(usize, usize)> = match sep.filter(|v| !v.is_none()) {
        None => {
            if REV {
                rsplit_ws(data, maxsplit, is_bspace)
            } else {
                split_ws(data, maxsplit, is_bspace)
            }
        }
        Some(sv) => {
            let sep = buf_arg(vm, &sv)?;
            if sep.get().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            split_sep(data, sep.get(), maxsplit, REV)
        }
    };
    let items: Vec<Value> = ranges.into_iter().map(|(x, y)| mkb::<BA>(vm, data[x..y].to_vec())).collect();
    Ok(vm.new_list(items))
}

fn b_splitlines<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "splitlines")?;
    let keep = keepends_arg(vm, &a[1..], k)?;
    let b = d.get();
    let n = b.len();
    let mut items = Vec::new();
    let mut i = 0;
    while i < n {
        let j = i;
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            i += if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' { 2 } else { 1 };
            if keep {
                eol = i;
            }
        }
        items.push(mkb::<BA>(vm, b[j..eol].to_vec()));
    }
    Ok(vm.new_list(items))
}

fn b_join<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "join")?;
    onearg(vm, &a[1..], k, Q(tname::<BA>(), "join"))?;
    let items = match a[1].kind() {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => ops::collect(vm, &a[1])?,
        _ => iterate(vm, &a[1], "can only join an iterable")?,
    };
    let sep = d.get();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let p = match data_of(x) {
            Some(p) => p,
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found")));
            }
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p.get());
    }
    Ok(mkb::<BA>(vm, out))
}

fn b_strip_impl<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw, ends: Ends) -> PyResult<Value> {
    let name = match ends {
        Ends::Left => "lstrip",
        Ends::Right => "rstrip",
        Ends::Both => "strip",
    };
    let d = this_bytes::<BA>(vm, a, name)?;
    clinic(vm, &a[1..], k, Q(tname::<BA>(), name), name, 0, 1)?;
    let mut table = [false; 256];
    match a.get(1).filter(|v| !v.is_none()) {
        None => {
            for b in [b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c] {
                table[b as usize] = true;
            }
        }
        Some(v) => {
            let chars = buf_arg(vm, v)?;
            for &b in chars.get() {
                table[b as usize] = true;
            }
        }
    }
    let b = d.get();
    let mut i = 0;
    let mut j = b.len();
    if ends != Ends::Right {
        while i < j && table[b[i] as usize] {
            i += 1;
        }
    }
    if ends != Ends::Left {
        while j > i && table[b[j - 1] as usize] {
            j -= 1;
        }
    }
    if i == 0 && j == b.len() {
        return Ok(same::<BA>(vm, a, &d));
    }
    Ok(mkb::<BA>(vm, b[i..j].to_vec()))
}

fn b_partition_impl<const BA: bool, const REV: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let name = if REV { "rpartition" } else { "partition" };
    let d = this_bytes::<BA>(vm, a, name)?;
    onearg(vm, &a[1..], k, Q(tname::<BA>(), name))?;
    let sep = buf_arg(vm, &a[1])?;
    let (b, sp) = (d.get(), sep.get());
    if sp.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if REV { rfind_bytes(b, sp) } else { find_bytes(b, sp) };
    let items = match found {
        Some(i) => {
            let head = mkb::<BA>(vm, b[..i].to_vec());
            let mid = mkb::<BA>(vm, sp.to_vec());
            let tail = mkb::<BA>(vm, b[i + sp.len()..].to_vec());
            vec![head, mid, tail]
        }
        None => {
            let whole = same::<BA>(vm, a, &d);
            let e1 = mkb::<BA>(vm, Vec::new());
            let e2 = mkb::<BA>(vm, Vec::new());
            if REV {
                vec![e1, e2, whole]
            } else {
                vec![whole, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn b_replace<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "replace")?;
    clinic(vm, &a[1..], k, Q(tname::<BA>(), "replace"), "replace", 2, 3)?;
    let old = buf_arg(vm, &a[1])?;
    let new = buf_arg(vm, &a[2])?;
    let count = match a.get(3) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    let (b, o, n) = (d.get(), old.get(), new.get());
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(b.len());
    if o.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(n);
                left -= 1;
            } else {
                out.extend_from_slice(&b[i..]);
                return Ok(mkb::<BA>(vm, out));
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(n);
        }
        return Ok(mkb::<BA>(vm, out));
    }
    let mut pos = 0;
    while left > 0 {
        match find_bytes(&b[pos..], o) {
            Some(i) => {
                out.extend_from_slice(&b[pos..pos + i]);
                out.extend_from_slice(n);
                pos += i + o.len();
                left -= 1;
            }
            None => break,
        }
    }
    if pos == 0 && out.is_empty() {
        return Ok(same::<BA>(vm, a, &d));
    }
    out.extend_from_slice(&b[pos..]);
    Ok(mkb::<BA>(vm, out))
}

fn b_removeaffix<const BA: bool, const SUFFIX: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let name = if SUFFIX { "removesuffix" } else { "removeprefix" };
    let d = this_bytes::<BA>(vm, a, name)?;
    onearg(vm, &a[1..], k, Q(tname::<BA>(), name))?;
    let aff = buf_arg(vm, &a[1])?;
    let (b, x) = (d.get(), aff.get());
    let r = if SUFFIX { b.strip_suffix(x) } else { b.strip_prefix(x) };
    match r {
        Some(r) if !x.is_empty() => Ok(mkb::<BA>(vm, r.to_vec())),
        _ => Ok(same::<BA>(vm, a, &d)),
    }
}

fn b_expandtabs<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "expandtabs")?;
    let [ts] = kw_params(vm, &a[1..], k, "expandtabs", ["tabsize"], 0)?;
    let tabsize = match ts {
        Some(v) => ssize(vm, &v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.get().len());
    let mut col: i64 = 0;
    for &c in d.get() {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                size_guard(vm, incr)?;
                col += incr;
                out.extend(std::iter::repeat(b' ').take(incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(mkb::<BA>(vm, out))
}

// -- bytes: case, predicates, padding -------------------------------------------------------

/// Registers an ASCII case mapping over the bytes.
macro_rules! bytes_map {
    ($vm:expr, $ba:literal, $cls:expr, $name:literal, $f:expr) => {
        $vm.add_method($cls, $name, |vm, a, k| {
            let d = this_bytes::<$ba>(vm, a, $name)?;
            noargs(vm, &a[1..], k, Q(tname::<$ba>(), $name))?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            let out = f(d.get());
            Ok(mkb::<$ba>(vm, out))
        });
    };
}

/// Registers a predicate over the bytes (false when empty, unless noted).
macro_rules! bytes_pred {
    ($vm:expr, $ba:literal, $cls:expr, $name:literal, $f:expr) => {
        $vm.add_method($cls, $name, |vm, a, k| {
            let d = this_bytes::<$ba>(vm, a, $name)?;
            noargs(vm, &a[1..], k, Q(tname::<$ba>(), $name))?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::bool(f(d.get())))
        });
    };
}

fn ascii_title(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&c| {
            let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn ascii_capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(f) = out.first_mut() {
        f.make_ascii_uppercase();
    }
    out
}

fn ascii_swapcase(b: &[u8]) -> Vec<u8> {
    b.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
}

fn ascii_isupper(b: &[u8]) -> bool {
    !b.iter().any(|c| c.is_ascii_lowercase()) && b.iter().any(|c| c.is_ascii_uppercase())
}

fn ascii_islower(b: &[u8]) -> bool {
    !b.iter().any(|c| c.is_ascii_uppercase()) && b.iter().any(|c| c.is_ascii_lowercase())
}

fn ascii_istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn b_pad<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw, how: u8) -> PyResult<Value> {
    let name = match how {
        b'l' => "ljust",
        b'r' => "rjust",
        _ => "center",
    };
    let d = this_bytes::<BA>(vm, a, name)?;
    clinic(vm, &a[1..], k, Q(tname::<BA>(), name), name, 1, 2)?;
    let width = ssize(vm, &a[1])?;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match data_of(v) {
            Some(f) if f.get().len() == 1 => f.get()[0],
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
    };
    let b = d.get();
    if width <= b.len() as i64 {
        return Ok(same::<BA>(vm, a, &d));
    }
    size_guard(vm, width)?;
    let width = width as usize;
    let (left, right) = pad_counts(how, width - b.len(), width);
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat(fill).take(left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat(fill).take(right));
    Ok(mkb::<BA>(vm, out))
}

fn b_zfill<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "zfill")?;
    onearg(vm, &a[1..], k, Q(tname::<BA>(), "zfill"))?;
    let width = ssize(vm, &a[1])?;
    let b = d.get();
    if width <= b.len() as i64 {
        return Ok(same::<BA>(vm, a, &d));
    }
    size_guard(vm, width)?;
    let fill = width as usize - b.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest = match b.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &b[1..]
        }
        _ => b,
    };
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(rest);
    Ok(mkb::<BA>(vm, out))
}

// -- bytes: hex, translation, decoding ----------------------------------------------------

fn b_hex<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "hex")?;
    let [sep, per] = kw_params(vm, &a[1..], k, "hex", ["sep", "bytes_per_sep"], 0)?;
    let sep: Option<u8> = match sep {
        None => None,
        Some(s) => {
            let chars: Vec<u32> = if let Some(x) = as_str(&s) {
                st(&x).s.chars().map(|c| c as u32).collect()
            } else if let Some(x) = data_of(&s) {
                x.get().iter().map(|&c| c as u32).collect()
            } else {
                let tn = vm.type_name(&s);
                return Err(vm.type_error(format!("object of type '{tn}' has no len()")));
            };
            if chars.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if chars[0] >= 0x80 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(chars[0] as u8)
        }
    };
    let per = match per {
        Some(p) => ssize(vm, &p)?,
        None => 1,
    };
    let b = d.get();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 { (b.len() - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s as char);
                }
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(new_str_ascii(vm, out, true))
}

fn b_fromhex<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let cls = a.first().cloned().unwrap_or(Value::NONE);
    onearg(vm, a.get(1..).unwrap_or(&[]), k, Q(tname::<BA>(), "fromhex"))?;
    let s = match as_str(&a[1]) {
        Some(s) => s,
        None => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
        }
    };
    let chars: Vec<char> = st(&s).s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_bspace(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = digit(i);
        let lo = digit(i + 1);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))
            }
            (_, None) => {
                return Err(
                    vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))
                )
            }
        }
        i += 2;
    }
    let r = mkb::<BA>(vm, out);
    let base = if BA { vm.t.bytearray.clone() } else { vm.t.bytes.clone() };
    if cls.kind() == Some(ObjKind::Class) && !cls.is(&base) {
        return vm.call(&cls, &[r], &[]);
    }
    Ok(r)
}

fn b_maketrans(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    clinic(vm, a, k, "bytes.maketrans", "maketrans", 2, 2)?;
    let frm = buf_arg(vm, &a[0])?;
    let to = buf_arg(vm, &a[1])?;
    if frm.get().len() != to.get().len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (&x, &y) in frm.get().iter().zip(to.get()) {
        t[x as usize] = y;
    }
    Ok(vm.new_bytes(t))
}

fn b_translate<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "translate")?;
    let p = &a[1..];
    if p.is_empty() {
        return Err(vm.type_error("translate expected at least 1 argument, got 0"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!("translate expected at most 2 arguments, got {}", p.len())));
    }
    let mut delete = p.get(1).cloned();
    for (kn, v) in k {
        let key = kn.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
        if key == "delete" && delete.is_none() {
            delete = Some(v.clone());
        } else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for translate()")));
        }
    }
    let table = if p[0].is_none() {
        None
    } else {
        let t = buf_arg(vm, &p[0])?;
        if t.get().len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let mut del = [false; 256];
    if let Some(dv) = &delete {
        let dd = buf_arg(vm, dv)?;
        for &c in dd.get() {
            del[c as usize] = true;
        }
    }
    let out: Vec<u8> = d
        .get()
        .iter()
        .filter(|&&c| !del[c as usize])
        .map(|&c| match &table {
            Some(t) => t.get()[c as usize],
            None => c,
        })
        .collect();
    Ok(mkb::<BA>(vm, out))
}

fn b_decode<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "decode")?;
    let (codec, errors) = codec_args(vm, &a[1..], k, "decode")?;
    let obj = if BA { Value::NONE } else { d.base.clone() };
    decode(vm, d.get(), &obj, codec, &errors)
}

// -- bytes: dunders ------------------------------------------------------------------------

fn b_len<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = if BA { this_bytearray(vm, a, "__len__")? } else { this_bytes::<BA>(vm, a, "__len__")?.base };
    noargs(vm, &a[1..], k, Q(tname::<BA>(), "__len__"))?;
    let n = match v.downcast::<Bytes>() {
        Some(b) => b.b.len(),
        None => ba_of(&v).b.with(|b| b.len()),
    };
    Ok(vm.new_int(n as i64))
}

fn b_getitem<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = if BA { this_bytearray(vm, a, "__getitem__")? } else { this_bytes::<BA>(vm, a, "__getitem__")?.base };
    onearg(vm, &a[1..], k, Q(tname::<BA>(), "__getitem__"))?;
    let key = &a[1];
    if key.kind() != Some(ObjKind::Slice) {
        let i = match ops::as_i64(key) {
            Some(i) => i,
            None => {
                let indexable = ops::is_int_like(key)
                    || (key.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, key, "__index__").is_some());
                if !indexable {
                    let tn = vm.type_name(key);
                    let what = if BA { "bytearray" } else { "byte" };
                    return Err(vm.type_error(format!("{what} indices must be integers or slices, not {tn}")));
                }
                let b = ops::index(vm, key)?;
                match b.to_i64() {
                    Some(i) => i,
                    None => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
                }
            }
        };
        let byte = match v.downcast::<Bytes>() {
            Some(b) => norm(i, b.b.len()).map(|j| b.b[j]),
            None => ba_of(&v).b.with(|b| norm(i, b.len()).map(|j| b[j])),
        };
        return match byte {
            Some(c) => Ok(Value::small_int(c as i64)),
            None => Err(vm.index_error(if BA { "bytearray index out of range" } else { "index out of range" })),
        };
    }
    super::builtin_getitem(vm, &v, key)
}

/// A Python index into a sequence of length `len`, if in range.
fn norm(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

fn b_contains<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "__contains__")?;
    onearg(vm, &a[1..], k, Q(tname::<BA>(), "__contains__"))?;
    Ok(Value::bool(bytes_contains(vm, d.get(), &a[1])?))
}

/// `x in b` for bytes-like `b`: a byte value or a bytes-like substring.
pub fn bytes_contains(vm: &mut Vm, hay: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = data_of(item) {
        return Ok(find_bytes(hay, sub.get()).is_some());
    }
    let int_like = ops::is_int_like(item)
        || (item.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, item, "__index__").is_some());
    if int_like {
        let c = byte_value(vm, item)?;
        return Ok(hay.contains(&c));
    }
    let tn = vm.type_name(item);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

fn b_iter<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = if BA { this_bytearray(vm, a, "__iter__")? } else { this_bytes::<BA>(vm, a, "__iter__")?.base };
    noargs(vm, &a[1..], k, Q(tname::<BA>(), "__iter__"))?;
    crate::iter::builtin_iter(vm, &v)
}

fn b_add<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "__add__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    match data_of(&a[1]) {
        Some(o) => {
            let mut out = Vec::with_capacity(d.get().len() + o.get().len());
            out.extend_from_slice(d.get());
            out.extend_from_slice(o.get());
            Ok(mkb::<BA>(vm, out))
        }
        None if a[1].kind() == Some(ObjKind::Instance) => Ok(vm.not_implemented.clone()),
        None => {
            let tn = vm.type_name(&a[1]);
            Err(vm.type_error(format!("can't concat {tn} to {}", tname::<BA>())))
        }
    }
}

fn b_mul<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "__mul__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    let n = match repeat_count(vm, &a[1])? {
        Some(n) => n,
        None if a[1].kind() == Some(ObjKind::Instance) => return Ok(vm.not_implemented.clone()),
        None => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let n = repeat_len(vm, d.get().len(), n, "bytes")?;
    if n == 1 && !BA {
        return Ok(same::<BA>(vm, a, &d));
    }
    let out = d.get().repeat(n);
    Ok(mkb::<BA>(vm, out))
}

fn b_mod<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "__mod__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    let out = bytes_percent(vm, d.get(), &a[1])?;
    Ok(mkb::<BA>(vm, out))
}

fn b_rmod<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let _ = this_bytes::<BA>(vm, a, "__rmod__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    let other = builtin_base(&a[1]);
    match other.kind() {
        Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => {
            let f = data_of(&other).expect("bytes data");
            let out = bytes_percent(vm, f.get(), &a[0])?;
            Ok(if other.kind() == Some(ObjKind::Bytes) { vm.new_bytes(out) } else { vm.new_bytearray(out) })
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn b_hash(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<false>(vm, a, "__hash__")?;
    noargs(vm, &a[1..], k, "bytes.__hash__")?;
    Ok(vm.new_int(super::bytes_hash(&d.base)))
}

fn b_repr<const BA: bool>(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<BA>(vm, a, "__repr__")?;
    if a.len() != 1 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    let r = if BA {
        let inner = super::repr::bytes_repr(d.get(), "b");
        let tn = vm.type_name(&a[0]);
        format!("{tn}({inner})")
    } else {
        super::repr::bytes_repr(d.get(), "b")
    };
    Ok(new_str_ascii(vm, r, true))
}

fn b_getnewargs(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<false>(vm, a, "__getnewargs__")?;
    noargs(vm, &a[1..], k, "bytes.__getnewargs__")?;
    let copy = vm.new_bytes(d.get().to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

fn b_bytes(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let d = this_bytes::<false>(vm, a, "__bytes__")?;
    noargs(vm, &a[1..], k, "bytes.__bytes__")?;
    Ok(same::<false>(vm, a, &d))
}

/// Registers a rich comparison on bytes or bytearray. `bytes` compares only
/// with `bytes` (a `bytearray` operand gets its own reflected method);
/// `bytearray` compares with both.
macro_rules! bytes_cmp {
    ($vm:expr, $ba:literal, $cls:expr, $name:literal, $op:expr) => {
        $vm.add_method($cls, $name, |vm, a, k| {
            let d = this_bytes::<$ba>(vm, a, $name)?;
            if a.len() != 2 || !k.is_empty() {
                return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
            }
            let o = builtin_base(&a[1]);
            let ok = if $ba {
                matches!(o.kind(), Some(ObjKind::Bytes) | Some(ObjKind::ByteArray))
            } else {
                o.kind() == Some(ObjKind::Bytes)
            };
            if !ok {
                return Ok(vm.not_implemented.clone());
            }
            let other = data_of(&o).expect("bytes data");
            let f: fn(std::cmp::Ordering) -> bool = $op;
            Ok(Value::bool(f(d.get().cmp(other.get()))))
        });
    };
}

// -- bytearray: mutation ------------------------------------------------------------------

fn ba_append(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "append")?;
    onearg(vm, &a[1..], k, "bytearray.append")?;
    let c = byte_value(vm, &a[1])?;
    ba_of(&v).b.with_mut(|b| b.push(c));
    Ok(Value::NONE)
}

/// The bytes an iterable of ints (or a bytes-like value) stands for.
fn bytes_from_iterable(vm: &mut Vm, v: &Value, not_iterable: &str) -> PyResult<Vec<u8>> {
    if let Some(d) = data_of(v) {
        return Ok(d.get().to_vec());
    }
    if as_str(v).is_some() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let items = match v.kind() {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => ops::collect(vm, v)?,
        _ => iterate(vm, v, not_iterable)?,
    };
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(byte_value(vm, x)?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "extend")?;
    onearg(vm, &a[1..], k, "bytearray.extend")?;
    let tn = vm.type_name(&a[1]);
    let more = bytes_from_iterable(vm, &a[1], &format!("can't extend bytearray with {tn}"))?;
    ba_of(&v).b.with_mut(|b| b.extend_from_slice(&more));
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "pop")?;
    clinic(vm, &a[1..], k, "bytearray.pop", "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(x) => ssize(vm, x)?,
        None => -1,
    };
    let ba = ba_of(&v);
    if ba.b.with(|b| b.is_empty()) {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match ba.b.with_mut(|b| norm(i, b.len()).map(|j| b.remove(j))) {
        Some(c) => Ok(Value::small_int(c as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_insert(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "insert")?;
    clinic(vm, &a[1..], k, "bytearray.insert", "insert", 2, 2)?;
    let i = ssize(vm, &a[1])?;
    let c = byte_value(vm, &a[2])?;
    ba_of(&v).b.with_mut(|b| {
        let n = b.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(j as usize, c);
    });
    Ok(Value::NONE)
}

fn ba_remove(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "remove")?;
    onearg(vm, &a[1..], k, "bytearray.remove")?;
    let c = byte_value(vm, &a[1])?;
    let found = ba_of(&v).b.with_mut(|b| match b.iter().position(|&x| x == c) {
        Some(i) => {
            b.remove(i);
            true
        }
        None => false,
    });
    if found {
        Ok(Value::NONE)
    } else {
        Err(vm.value_error("value not found in bytearray"))
    }
}

fn ba_reverse(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "reverse")?;
    noargs(vm, &a[1..], k, "bytearray.reverse")?;
    ba_of(&v).b.with_mut(|b| b.reverse());
    Ok(Value::NONE)
}

fn ba_clear(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "clear")?;
    noargs(vm, &a[1..], k, "bytearray.clear")?;
    ba_of(&v).b.with_mut(|b| b.clear());
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "copy")?;
    noargs(vm, &a[1..], k, "bytearray.copy")?;
    let data = ba_of(&v).b.get_clone();
    Ok(vm.new_bytearray(data))
}

fn ba_iadd(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "__iadd__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    match data_of(&a[1]) {
        Some(o) => {
            ba_of(&v).b.with_mut(|b| b.extend_from_slice(o.get()));
            Ok(a[0].clone())
        }
        None => {
            let tn = vm.type_name(&a[1]);
            Err(vm.type_error(format!("can't concat {tn} to bytearray")))
        }
    }
}

fn ba_imul(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "__imul__")?;
    if a.len() != 2 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    }
    let n = match repeat_count(vm, &a[1])? {
        Some(n) => n,
        None => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let len = ba_of(&v).b.with(|b| b.len());
    let n = repeat_len(vm, len, n, "bytes")?;
    ba_of(&v).b.with_mut(|b| *b = b.repeat(n));
    Ok(a[0].clone())
}

/// An index or slice key of bytearray subscription.
enum Key {
    Index(i64),
    Slice(i64, i64, usize),
}

fn ba_key(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Key> {
    if let Some(sl) = key.downcast::<Slice>() {
        let (start, _, step, count) = super::slice_indices(vm, sl, len as i64)?;
        return Ok(Key::Slice(start, step, count));
    }
    if let Some(i) = ops::as_i64(key) {
        return Ok(Key::Index(i));
    }
    let indexable = ops::is_int_like(key)
        || (key.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, key, "__index__").is_some());
    if !indexable {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!("bytearray indices must be integers or slices, not {tn}")));
    }
    let b = ops::index(vm, key)?;
    match b.to_i64() {
        Some(i) => Ok(Key::Index(i)),
        None => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// `ba[key] = value` for a bytearray (the value a built-in `bytearray`):
/// an index takes a byte value, a slice takes bytes-like values or iterables
/// of byte values, and may resize the array when its step is 1.
pub fn bytearray_setitem(vm: &mut Vm, ba: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let b = ba_of(ba);
    let len = b.b.with(|d| d.len());
    match ba_key(vm, key, len)? {
        Key::Index(i) => {
            let c = byte_value(vm, value)?;
            match b.b.with_mut(|d| norm(i, d.len()).map(|j| d[j] = c)) {
                Some(()) => Ok(()),
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        Key::Slice(start, step, count) => {
            let new: Vec<u8> = if let Some(d) = data_of(value) {
                d.get().to_vec()
            } else if value.is_none() {
                return Err(vm.type_error("cannot convert 'NoneType' object to bytearray"));
            } else if ops::is_int_like(value) || as_str(value).is_some() {
                return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            } else {
                bytes_from_iterable(vm, value, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")?
            };
            if step == 1 {
                b.b.with_mut(|d| {
                    let s = (start.max(0) as usize).min(d.len());
                    let e = (s + count).min(d.len());
                    d.splice(s..e, new);
                });
                return Ok(());
            }
            if new.len() != count {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    new.len()
                )));
            }
            b.b.with_mut(|d| {
                let mut i = start;
                for c in new {
                    d[i as usize] = c;
                    i += step;
                }
            });
            Ok(())
        }
    }
}

/// `del ba[key]` for a bytearray (the value a built-in `bytearray`).
pub fn bytearray_delitem(vm: &mut Vm, ba: &Value, key: &Value) -> PyResult<()> {
    let b = ba_of(ba);
    let len = b.b.with(|d| d.len());
    match ba_key(vm, key, len)? {
        Key::Index(i) => match b.b.with_mut(|d| norm(i, d.len()).map(|j| d.remove(j))) {
            Some(_) => Ok(()),
            None => Err(vm.index_error("bytearray index out of range")),
        },
        Key::Slice(start, step, count) => {
            if count == 0 {
                return Ok(());
            }
            let (lo, step) = if step < 0 { (start + step * (count as i64 - 1), -step) } else { (start, step) };
            b.b.with_mut(|d| {
                if step == 1 {
                    d.drain(lo as usize..lo as usize + count);
                    return;
                }
                let mut k = 0;
                let mut next = lo as usize;
                let mut removed = 0;
                d.retain(|_| {
                    let keep = !(removed < count && k == next);
                    if !keep {
                        removed += 1;
                        next += step as usize;
                    }
                    k += 1;
                    keep
                });
            });
            Ok(())
        }
    }
}

fn ba_setitem_m(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "__setitem__")?;
    if a.len() != 3 || !k.is_empty() {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", a.len() - 1)));
    }
    bytearray_setitem(vm, &v, &a[1], &a[2])?;
    Ok(Value::NONE)
}

fn ba_delitem_m(vm: &mut Vm, a: &[Value], k: &Kw) -> PyResult<Value> {
    let v = this_bytearray(vm, a, "__delitem__")?;
    onearg(vm, &a[1..], k, "bytearray.__delitem__")?;
    bytearray_delitem(vm, &v, &a[1])?;
    Ok(Value::NONE)
}

// -- bytes % args ----------------------------------------------------------------------------

/// `fmt % args` for bytes and bytearray (PEP 461). Numeric conversions are
/// delegated to the str implementation, which formats them identically.
pub fn bytes_percent(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let base = builtin_base(args);
    let tuple_items: Option<Vec<Value>> = base.downcast::<Tuple>().map(|t| t.items.to_vec());
    let is_mapping = tuple_items.is_none()
        && !matches!(base.kind(), Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) | Some(ObjKind::Str))
        && (matches!(base.kind(), Some(ObjKind::Dict) | Some(ObjKind::List))
            || (args.kind() == Some(ObjKind::Instance) && ops::lookup_special(vm, args, "__getitem__").is_some()));
    let items = tuple_items.unwrap_or_else(|| vec![args.clone()]);
    let arg_count = if base.kind() == Some(ObjKind::Tuple) { items.len() } else { 1 };
    let mut argi = 0usize;
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let next_arg = |vm: &mut Vm, argi: &mut usize| -> PyResult<Value> {
        if *argi < arg_count {
            *argi += 1;
            Ok(items[*argi - 1].clone())
        } else {
            Err(vm.type_error("not enough arguments for format string"))
        }
    };
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            let j = fmt[i..].iter().position(|&b| b == b'%').map(|p| i + p).unwrap_or(fmt.len());
            out.extend_from_slice(&fmt[i..j]);
            i = j;
            continue;
        }
        i += 1;
        if i >= fmt.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut keyed: Option<Value> = None;
        if fmt[i] == b'(' {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = vm.new_bytes(fmt[start..i - 1].to_vec());
            keyed = Some(ops::getitem(vm, args, &key)?);
        }
        let mut flags = String::new();
        while i < fmt.len() && matches!(fmt[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            flags.push(fmt[i] as char);
            i += 1;
        }
        let mut width: Option<i64> = None;
        if i < fmt.len() && fmt[i] == b'*' {
            let w = next_arg(vm, &mut argi)?;
            let w = match ops::as_i64(&w) {
                Some(w) => w,
                None => return Err(vm.type_error("* wants int")),
            };
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.abs());
            i += 1;
        } else {
            let s = i;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                width = std::str::from_utf8(&fmt[s..i]).ok().and_then(|t| t.parse().ok());
            }
        }
        let mut prec: Option<i64> = None;
        if i < fmt.len() && fmt[i] == b'.' {
            i += 1;
            if i < fmt.len() && fmt[i] == b'*' {
                let p = next_arg(vm, &mut argi)?;
                prec = match ops::as_i64(&p) {
                    Some(p) => Some(p.max(0)),
                    None => return Err(vm.type_error("* wants int")),
                };
                i += 1;
            } else {
                let s = i;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    i += 1;
                }
                prec = Some(std::str::from_utf8(&fmt[s..i]).ok().and_then(|t| t.parse().ok()).unwrap_or(0));
            }
        }
        while i < fmt.len() && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= fmt.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = fmt[i];
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let arg = match keyed.take() {
            Some(v) => v,
            None => next_arg(vm, &mut argi)?,
        };
        let text: Vec<u8> = match conv {
            b's' | b'b' => {
                let mut t = match data_of(&arg) {
                    Some(d) => d.get().to_vec(),
                    None => match ops::lookup_special(vm, &arg, "__bytes__") {
                        Some(f) if arg.kind() == Some(ObjKind::Instance) => {
                            let r = vm.call(&f, &[arg.clone()], &[])?;
                            match data_of(&r) {
                                Some(d)
                                    if r.kind() == Some(ObjKind::Bytes)
                                        || builtin_base(&r).kind() == Some(ObjKind::Bytes) =>
                                {
                                    d.get().to_vec()
                                }
                                _ => {
                                    let tn = vm.type_name(&r);
                                    return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
                                }
                            }
                        }
                        _ => {
                            let tn = vm.type_name(&arg);
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                            )));
                        }
                    },
                };
                if let Some(p) = prec {
                    t.truncate(p as usize);
                }
                t
            }
            b'r' | b'a' => {
                let r = ops::ascii(vm, &arg)?;
                let mut t = st(&r).s.as_bytes().to_vec();
                if let Some(p) = prec {
                    t.truncate(p as usize);
                }
                t
            }
            b'c' => {
                if let Some(d) = data_of(&arg) {
                    if d.get().len() != 1 {
                        return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
                    }
                    d.get().to_vec()
                } else if ops::is_int_like(&arg) {
                    match ops::as_i64(&arg).filter(|x| (0..256).contains(x)) {
                        Some(x) => vec![x as u8],
                        None => return Err(vm.overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
                }
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let mut spec = String::from("%");
                spec.push_str(&flags);
                if let Some(w) = width {
                    spec.push_str(&w.to_string());
                }
                if let Some(p) = prec {
                    spec.push('.');
                    spec.push_str(&p.to_string());
                }
                spec.push(conv as char);
                let f = vm.new_string(spec);
                let t = vm.new_tuple(vec![arg]);
                let r = crate::strformat::percent_format(vm, &f, &t)?;
                out.extend_from_slice(st(&r).s.as_bytes());
                continue;
            }
            _ => {
                let pos = i - 1;
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {pos}",
                    if conv.is_ascii_graphic() { conv as char } else { '?' },
                    conv
                )));
            }
        };
        let w = width.unwrap_or(0).max(0) as usize;
        let pad = w.saturating_sub(text.len());
        if flags.contains('-') {
            out.extend_from_slice(&text);
            out.extend(std::iter::repeat(b' ').take(pad));
        } else {
            out.extend(std::iter::repeat(b' ').take(pad));
            out.extend_from_slice(&text);
        }
    }
    if argi < arg_count && !is_mapping {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

// -- Registration -----------------------------------------------------------------------------

/// Registers the methods shared by bytes (`BA` false) and bytearray.
fn register_bytes_like<const BA: bool>(vm: &mut Vm, cls: &Value) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("find", b_find::<BA>),
        ("rfind", b_rfind::<BA>),
        ("index", b_index::<BA>),
        ("rindex", b_rindex::<BA>),
        ("count", b_count::<BA>),
        ("startswith", b_startsend::<BA, false>),
        ("endswith", b_startsend::<BA, true>),
        ("split", b_split_impl::<BA, false>),
        ("rsplit", b_split_impl::<BA, true>),
        ("splitlines", b_splitlines::<BA>),
        ("join", b_join::<BA>),
        ("strip", |vm, a, k| b_strip_impl::<BA>(vm, a, k, Ends::Both)),
        ("lstrip", |vm, a, k| b_strip_impl::<BA>(vm, a, k, Ends::Left)),
        ("rstrip", |vm, a, k| b_strip_impl::<BA>(vm, a, k, Ends::Right)),
        ("partition", b_partition_impl::<BA, false>),
        ("rpartition", b_partition_impl::<BA, true>),
        ("replace", b_replace::<BA>),
        ("removeprefix", b_removeaffix::<BA, false>),
        ("removesuffix", b_removeaffix::<BA, true>),
        ("expandtabs", b_expandtabs::<BA>),
        ("center", |vm, a, k| b_pad::<BA>(vm, a, k, b'c')),
        ("ljust", |vm, a, k| b_pad::<BA>(vm, a, k, b'l')),
        ("rjust", |vm, a, k| b_pad::<BA>(vm, a, k, b'r')),
        ("zfill", b_zfill::<BA>),
        ("hex", b_hex::<BA>),
        ("fromhex", b_fromhex::<BA>),
        ("maketrans", b_maketrans),
        ("translate", b_translate::<BA>),
        ("decode", b_decode::<BA>),
        ("__len__", b_len::<BA>),
        ("__getitem__", b_getitem::<BA>),
        ("__contains__", b_contains::<BA>),
        ("__iter__", b_iter::<BA>),
        ("__add__", b_add::<BA>),
        ("__mul__", b_mul::<BA>),
        ("__rmul__", b_mul::<BA>),
        ("__mod__", b_mod::<BA>),
        ("__rmod__", b_rmod::<BA>),
        ("__repr__", b_repr::<BA>),
    ];
    for &(name, f) in methods {
        vm.add_method(cls, name, f);
    }
    make_class_method(vm, cls, "fromhex");
    make_static(vm, cls, "maketrans");
}

pub fn register(vm: &mut Vm) {
    register_str(vm);

    let bytes = vm.t.bytes.clone();
    register_bytes_like::<false>(vm, &bytes);
    let b = &bytes;
    bytes_map!(vm, false, b, "upper", |d| d.to_ascii_uppercase());
    bytes_map!(vm, false, b, "lower", |d| d.to_ascii_lowercase());
    bytes_map!(vm, false, b, "swapcase", ascii_swapcase);
    bytes_map!(vm, false, b, "title", ascii_title);
    bytes_map!(vm, false, b, "capitalize", ascii_capitalize);
    bytes_pred!(vm, false, b, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit));
    bytes_pred!(vm, false, b, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic));
    bytes_pred!(vm, false, b, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric));
    bytes_pred!(vm, false, b, "isspace", |d| !d.is_empty() && d.iter().all(|&c| is_bspace(c)));
    bytes_pred!(vm, false, b, "isupper", ascii_isupper);
    bytes_pred!(vm, false, b, "islower", ascii_islower);
    bytes_pred!(vm, false, b, "istitle", ascii_istitle);
    bytes_pred!(vm, false, b, "isascii", |d| d.is_ascii());
    bytes_cmp!(vm, false, b, "__eq__", |o| o.is_eq());
    bytes_cmp!(vm, false, b, "__ne__", |o| o.is_ne());
    bytes_cmp!(vm, false, b, "__lt__", |o| o.is_lt());
    bytes_cmp!(vm, false, b, "__le__", |o| o.is_le());
    bytes_cmp!(vm, false, b, "__gt__", |o| o.is_gt());
    bytes_cmp!(vm, false, b, "__ge__", |o| o.is_ge());
    vm.add_method(b, "__hash__", b_hash);
    vm.add_method(b, "__getnewargs__", b_getnewargs);
    vm.add_method(b, "__bytes__", b_bytes);

    let bytearray = vm.t.bytearray.clone();
    register_bytes_like::<true>(vm, &bytearray);
    let ba = &bytearray;
    bytes_map!(vm, true, ba, "upper", |d| d.to_ascii_uppercase());
    bytes_map!(vm, true, ba, "lower", |d| d.to_ascii_lowercase());
    bytes_map!(vm, true, ba, "swapcase", ascii_swapcase);
    bytes_map!(vm, true, ba, "title", ascii_title);
    bytes_map!(vm, true, ba, "capitalize", ascii_capitalize);
    bytes_pred!(vm, true, ba, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit));
    bytes_pred!(vm, true, ba, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic));
    bytes_pred!(vm, true, ba, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric));
    bytes_pred!(vm, true, ba, "isspace", |d| !d.is_empty() && d.iter().all(|&c| is_bspace(c)));
    bytes_pred!(vm, true, ba, "isupper", ascii_isupper);
    bytes_pred!(vm, true, ba, "islower", ascii_islower);
    bytes_pred!(vm, true, ba, "istitle", ascii_istitle);
    bytes_pred!(vm, true, ba, "isascii", |d| d.is_ascii());
    bytes_cmp!(vm, true, ba, "__eq__", |o| o.is_eq());
    bytes_cmp!(vm, true, ba, "__ne__", |o| o.is_ne());
    bytes_cmp!(vm, true, ba, "__lt__", |o| o.is_lt());
    bytes_cmp!(vm, true, ba, "__le__", |o| o.is_le());
    bytes_cmp!(vm, true, ba, "__gt__", |o| o.is_gt());
    bytes_cmp!(vm, true, ba, "__ge__", |o| o.is_ge());
    let ba_methods: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__setitem__", ba_setitem_m),
        ("__delitem__", ba_delitem_m),
    ];
    for &(name, f) in ba_methods {
        vm.add_method(ba, name, f);
    }
    vm.class_set(ba, "__hash__", Value::NONE);
}

// -- Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0) --------------
//
// The toggle tables list code points at which membership flips, starting
// outside the set at 0x80 (or at 0 for TITLECASE and CASE_IGNORABLE).

/// Non-ASCII letters (categories Lu, Ll, Lt, Lm, Lo), as toggle points.
const ALPHA: &[u32] = &[
    170, 171, 181, 182, 186, 187, 192, 215, 216, 247, 248, 706, 710, 722, 736, 741, 748, 749, 750, 751, 880, 885, 886,
    888, 890, 894, 895, 896, 902, 903, 904, 907, 908, 909, 910, 930, 931, 1014, 1015, 1154, 1162, 1328, 1329, 1367,
    1369, 1370, 1376, 1417, 1488, 1515, 1519, 1523, 1568, 1611, 1646, 1648, 1649, 1748, 1749, 1750, 1765, 1767, 1774,
    1776, 1786, 1789, 1791, 1792, 1808, 1809, 1810, 1840, 1869, 1958, 1969, 1970, 1994, 2027, 2036, 2038, 2042, 2043,
    2048, 2070, 2074, 2075, 2084, 2085, 2088, 2089, 2112, 2137, 2144, 2155, 2160, 2184, 2185, 2191, 2208, 2250, 2308,
    2362, 2365, 2366, 2384, 2385, 2392, 2402, 2417, 2433, 2437, 2445, 2447, 2449, 2451, 2473, 2474, 2481, 2482, 2483,
    2486, 2490, 2493, 2494, 2510, 2511, 2524, 2526, 2527, 2530, 2544, 2546, 2556, 2557, 2565, 2571, 2575, 2577, 2579,
    2601, 2602, 2609, 2610, 2612, 2613, 2615, 2616, 2618, 2649, 2653, 2654, 2655, 2674, 2677, 2693, 2702, 2703, 2706,
    2707, 2729, 2730, 2737, 2738, 2740, 2741, 2746, 2749, 2750, 2768, 2769, 2784, 2786, 2809, 2810, 2821, 2829, 2831,
    2833, 2835, 2857, 2858, 2865, 2866, 2868, 2869, 2874, 2877, 2878, 2908, 2910, 2911, 2914, 2929, 2930, 2947, 2948,
    2949, 2955, 2958, 2961, 2962, 2966, 2969, 2971, 2972, 2973, 2974, 2976, 2979, 2981, 2984, 2987, 2990, 3002, 3024,
    3025, 3077, 3085, 3086, 3089, 3090, 3113, 3114, 3130, 3133, 3134, 3160, 3163, 3165, 3166, 3168, 3170, 3200, 3201,
    3205, 3213, 3214, 3217, 3218, 3241, 3242, 3252, 3253, 3258, 3261, 3262, 3293, 3295, 3296, 3298, 3313, 3315, 3332,
    3341, 3342, 3345, 3346, 3387, 3389, 3390, 3406, 3407, 3412, 3415, 3423, 3426, 3450, 3456, 3461, 3479, 3482, 3506,
    3507, 3516, 3517, 3518, 3520, 3527, 3585, 3633, 3634, 3636, 3648, 3655, 3713, 3715, 3716, 3717, 3718, 3723, 3724,
    3748, 3749, 3750, 3751, 3761, 3762, 3764, 3773, 3774, 3776, 3781, 3782, 3783, 3804, 3808, 3840, 3841, 3904, 3912,
    3913, 3949, 3976, 3981, 4096, 4139, 4159, 4160, 4176, 4182, 4186, 4190, 4193, 4194, 4197, 4199, 4206, 4209, 4213,
    4226, 4238, 4239, 4256, 4294, 4295, 4296, 4301, 4302, 4304, 4347, 4348, 4681, 4682, 4686, 4688, 4695, 4696, 4697,
    4698, 4702, 4704, 4745, 4746, 4750, 4752, 4785, 4786, 4790, 4792, 4799, 4800, 4801, 4802, 4806, 4808, 4823, 4824,
    4881, 4882, 4886, 4888, 4955, 4992, 5008, 5024, 5110, 5112, 5118, 5121, 5741, 5743, 5760, 5761, 5787, 5792, 5867,
    5873, 5881, 5888, 5906, 5919, 5938, 5952, 5970, 5984, 5997, 5998, 6001, 6016, 6068, 6103, 6104, 6108, 6109, 6176,
    6265, 6272, 6277, 6279, 6313, 6314, 6315, 6320, 6390, 6400, 6431, 6480, 6510, 6512, 6517, 6528, 6572, 6576, 6602,
    6656, 6679, 6688, 6741, 6823, 6824, 6917, 6964, 6981, 6989, 7043, 7073, 7086, 7088, 7098, 7142, 7168, 7204, 7245,
    7248, 7258, 7294, 7296, 7305, 7312, 7355, 7357, 7360, 7401, 7405, 7406, 7412, 7413, 7415, 7418, 7419, 7424, 7616,
    7680, 7958, 7960, 7966, 7968, 8006, 8008, 8014, 8016, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8062, 8064,
    8117, 8118, 8125, 8126, 8127, 8130, 8133, 8134, 8141, 8144, 8148, 8150, 8156, 8160, 8173, 8178, 8181, 8182, 8189,
    8305, 8306, 8319, 8320, 8336, 8349, 8450, 8451, 8455, 8456, 8458, 8468, 8469, 8470, 8473, 8478, 8484, 8485, 8486,
    8487, 8488, 8489, 8490, 8494, 8495, 8506, 8508, 8512, 8517, 8522, 8526, 8527, 8579, 8581, 11264, 11493, 11499,
    11503, 11506, 11508, 11520, 11558, 11559, 11560, 11565, 11566, 11568, 11624, 11631, 11632, 11648, 11671, 11680,
    11687, 11688, 11695, 11696, 11703, 11704, 11711, 11712, 11719, 11720, 11727, 11728, 11735, 11736, 11743, 11823,
    11824, 12293, 12295, 12337, 12342, 12347, 12349, 12353, 12439, 12445, 12448, 12449, 12539, 12540, 12544, 12549,
    12592, 12593, 12687, 12704, 12736, 12784, 12800, 13312, 19904, 19968, 42125, 42192, 42238, 42240, 42509, 42512,
    42528, 42538, 42540, 42560, 42607, 42623, 42654, 42656, 42726, 42775, 42784, 42786, 42889, 42891, 42955, 42960,
    42962, 42963, 42964, 42965, 42970, 42994, 43010, 43011, 43014, 43015, 43019, 43020, 43043, 43072, 43124, 43138,
    43188, 43250, 43256, 43259, 43260, 43261, 43263, 43274, 43302, 43312, 43335, 43360, 43389, 43396, 43443, 43471,
    43472, 43488, 43493, 43494, 43504, 43514, 43519, 43520, 43561, 43584, 43587, 43588, 43596, 43616, 43639, 43642,
    43643, 43646, 43696, 43697, 43698, 43701, 43703, 43705, 43710, 43712, 43713, 43714, 43715, 43739, 43742, 43744,
    43755, 43762, 43765, 43777, 43783, 43785, 43791, 43793, 43799, 43808, 43815, 43816, 43823, 43824, 43867, 43868,
    43882, 43888, 44003, 44032, 55204, 55216, 55239, 55243, 55292, 63744, 64110, 64112, 64218, 64256, 64263, 64275,
    64280, 64285, 64286, 64287, 64297, 64298, 64311, 64312, 64317, 64318, 64319, 64320, 64322, 64323, 64325, 64326,
    64434, 64467, 64830, 64848, 64912, 64914, 64968, 65008, 65020, 65136, 65141, 65142, 65277, 65313, 65339, 65345,
    65371, 65382, 65471, 65474, 65480, 65482, 65488, 65490, 65496, 65498, 65501, 65536, 65548, 65549, 65575, 65576,
    65595, 65596, 65598, 65599, 65614, 65616, 65630, 65664, 65787, 66176, 66205, 66208, 66257, 66304, 66336, 66349,
    66369, 66370, 66378, 66384, 66422, 66432, 66462, 66464, 66500, 66504, 66512, 66560, 66718, 66736, 66772, 66776,
    66812, 66816, 66856, 66864, 66916, 66928, 66939, 66940, 66955, 66956, 66963, 66964, 66966, 66967, 66978, 66979,
    66994, 66995, 67002, 67003, 67005, 67072, 67383, 67392, 67414, 67424, 67432, 67456, 67462, 67463, 67505, 67506,
    67515, 67584, 67590, 67592, 67593, 67594, 67638, 67639, 67641, 67644, 67645, 67647, 67670, 67680, 67703, 67712,
    67743, 67808, 67827, 67828, 67830, 67840, 67862, 67872, 67898, 67968, 68024, 68030, 68032, 68096, 68097, 68112,
    68116, 68117, 68120, 68121, 68150, 68192, 68221, 68224, 68253, 68288, 68296, 68297, 68325, 68352, 68406, 68416,
    68438, 68448, 68467, 68480, 68498, 68608, 68681, 68736, 68787, 68800, 68851, 68864, 68900, 69248, 69290, 69296,
    69298, 69376, 69405, 69415, 69416, 69424, 69446, 69488, 69506, 69552, 69573, 69600, 69623, 69635, 69688, 69745,
    69747, 69749, 69750, 69763, 69808, 69840, 69865, 69891, 69927, 69956, 69957, 69959, 69960, 69968, 70003, 70006,
    70007, 70019, 70067, 70081, 70085, 70106, 70107, 70108, 70109, 70144, 70162, 70163, 70188, 70272, 70279, 70280,
    70281, 70282, 70286, 70287, 70302, 70303, 70313, 70320, 70367, 70405, 70413, 70415, 70417, 70419, 70441, 70442,
    70449, 70450, 70452, 70453, 70458, 70461, 70462, 70480, 70481, 70493, 70498, 70656, 70709, 70727, 70731, 70751,
    70754, 70784, 70832, 70852, 70854, 70855, 70856, 71040, 71087, 71128, 71132, 71168, 71216, 71236, 71237, 71296,
    71339, 71352, 71353, 71424, 71451, 71488, 71495, 71680, 71724, 71840, 71904, 71935, 71943, 71945, 71946, 71948,
    71956, 71957, 71959, 71960, 71984, 71999, 72000, 72001, 72002, 72096, 72104, 72106, 72145, 72161, 72162, 72163,
    72164, 72192, 72193, 72203, 72243, 72250, 72251, 72272, 72273, 72284, 72330, 72349, 72350, 72368, 72441, 72704,
    72713, 72714, 72751, 72768, 72769, 72818, 72848, 72960, 72967, 72968, 72970, 72971, 73009, 73030, 73031, 73056,
    73062, 73063, 73065, 73066, 73098, 73112, 73113, 73440, 73459, 73648, 73649, 73728, 74650, 74880, 75076, 77712,
    77809, 77824, 78895, 82944, 83527, 92160, 92729, 92736, 92767, 92784, 92863, 92880, 92910, 92928, 92976, 92992,
    92996, 93027, 93048, 93053, 93072, 93760, 93824, 93952, 94027, 94032, 94033, 94099, 94112, 94176, 94178, 94179,
    94180, 94208, 100344, 100352, 101590, 101632, 101641, 110576, 110580, 110581, 110588, 110589, 110591, 110592,
    110883, 110928, 110931, 110948, 110952, 110960, 111356, 113664, 113771, 113776, 113789, 113792, 113801, 113808,
    113818, 119808, 119893, 119894, 119965, 119966, 119968, 119970, 119971, 119973, 119975, 119977, 119981, 119982,
    119994, 119995, 119996, 119997, 120004, 120005, 120070, 120071, 120075, 120077, 120085, 120086, 120093, 120094,
    120122, 120123, 120127, 120128, 120133, 120134, 120135, 120138, 120145, 120146, 120486, 120488, 120513, 120514,
    120539, 120540, 120571, 120572, 120597, 120598, 120629, 120630, 120655, 120656, 120687, 120688, 120713, 120714,
    120745, 120746, 120771, 120772, 120780, 122624, 122655, 123136, 123181, 123191, 123198, 123214, 123215, 123536,
    123566, 123584, 123628, 124896, 124903, 124904, 124908, 124909, 124911, 124912, 124927, 124928, 125125, 125184,
    125252, 125259, 125260, 126464, 126468, 126469, 126496, 126497, 126499, 126500, 126501, 126503, 126504, 126505,
    126515, 126516, 126520, 126521, 126522, 126523, 126524, 126530, 126531, 126535, 126536, 126537, 126538, 126539,
    126540, 126541, 126544, 126545, 126547, 126548, 126549, 126551, 126552, 126553, 126554, 126555, 126556, 126557,
    126558, 126559, 126560, 126561, 126563, 126564, 126565, 126567, 126571, 126572, 126579, 126580, 126584, 126585,
    126589, 126590, 126591, 126592, 126602, 126603, 126620, 126625, 126628, 126629, 126634, 126635, 126652, 131072,
    173792, 173824, 177977, 177984, 178206, 178208, 183970, 183984, 191457, 194560, 195102, 196608, 201547,
];

/// Non-ASCII decimal digits (Numeric_Type=Decimal).
const DECIMAL: &[u32] = &[
    1632, 1642, 1776, 1786, 1984, 1994, 2406, 2416, 2534, 2544, 2662, 2672, 2790, 2800, 2918, 2928, 3046, 3056, 3174,
    3184, 3302, 3312, 3430, 3440, 3558, 3568, 3664, 3674, 3792, 3802, 3872, 3882, 4160, 4170, 4240, 4250, 6112, 6122,
    6160, 6170, 6470, 6480, 6608, 6618, 6784, 6794, 6800, 6810, 6992, 7002, 7088, 7098, 7232, 7242, 7248, 7258, 42528,
    42538, 43216, 43226, 43264, 43274, 43472, 43482, 43504, 43514, 43600, 43610, 44016, 44026, 65296, 65306, 66720,
    66730, 68912, 68922, 69734, 69744, 69872, 69882, 69942, 69952, 70096, 70106, 70384, 70394, 70736, 70746, 70864,
    70874, 71248, 71258, 71360, 71370, 71472, 71482, 71904, 71914, 72016, 72026, 72784, 72794, 73040, 73050, 73120,
    73130, 92768, 92778, 92864, 92874, 93008, 93018, 120782, 120832, 123200, 123210, 123632, 123642, 125264, 125274,
    130032, 130042,
];

/// Non-ASCII digits (Numeric_Type=Decimal or Digit).
const DIGIT: &[u32] = &[
    178, 180, 185, 186, 1632, 1642, 1776, 1786, 1984, 1994, 2406, 2416, 2534, 2544, 2662, 2672, 2790, 2800, 2918, 2928,
    3046, 3056, 3174, 3184, 3302, 3312, 3430, 3440, 3558, 3568, 3664, 3674, 3792, 3802, 3872, 3882, 4160, 4170, 4240,
    4250, 4969, 4978, 6112, 6122, 6160, 6170, 6470, 6480, 6608, 6619, 6784, 6794, 6800, 6810, 6992, 7002, 7088, 7098,
    7232, 7242, 7248, 7258, 8304, 8305, 8308, 8314, 8320, 8330, 9312, 9321, 9332, 9341, 9352, 9361, 9450, 9451, 9461,
    9470, 9471, 9472, 10102, 10111, 10112, 10121, 10122, 10131, 42528, 42538, 43216, 43226, 43264, 43274, 43472, 43482,
    43504, 43514, 43600, 43610, 44016, 44026, 65296, 65306, 66720, 66730, 68160, 68164, 68912, 68922, 69216, 69225,
    69714, 69723, 69734, 69744, 69872, 69882, 69942, 69952, 70096, 70106, 70384, 70394, 70736, 70746, 70864, 70874,
    71248, 71258, 71360, 71370, 71472, 71482, 71904, 71914, 72016, 72026, 72784, 72794, 73040, 73050, 73120, 73130,
    92768, 92778, 92864, 92874, 93008, 93018, 120782, 120832, 123200, 123210, 123632, 123642, 125264, 125274, 127232,
    127243, 130032, 130042,
];

/// Non-ASCII numeric characters (any Numeric_Type).
const NUMERIC: &[u32] = &[
    178, 180, 185, 186, 188, 191, 1632, 1642, 1776, 1786, 1984, 1994, 2406, 2416, 2534, 2544, 2548, 2554, 2662, 2672,
    2790, 2800, 2918, 2928, 2930, 2936, 3046, 3059, 3174, 3184, 3192, 3199, 3302, 3312, 3416, 3423, 3430, 3449, 3558,
    3568, 3664, 3674, 3792, 3802, 3872, 3892, 4160, 4170, 4240, 4250, 4969, 4989, 5870, 5873, 6112, 6122, 6128, 6138,
    6160, 6170, 6470, 6480, 6608, 6619, 6784, 6794, 6800, 6810, 6992, 7002, 7088, 7098, 7232, 7242, 7248, 7258, 8304,
    8305, 8308, 8314, 8320, 8330, 8528, 8579, 8581, 8586, 9312, 9372, 9450, 9472, 10102, 10132, 11517, 11518, 12295,
    12296, 12321, 12330, 12344, 12347, 12690, 12694, 12832, 12842, 12872, 12880, 12881, 12896, 12928, 12938, 12977,
    12992, 13317, 13318, 13443, 13444, 14378, 14379, 15181, 15182, 19968, 19969, 19971, 19972, 19975, 19976, 19977,
    19978, 20061, 20062, 20108, 20109, 20116, 20117, 20118, 20119, 20159, 20161, 20191, 20192, 20200, 20201, 20237,
    20238, 20336, 20337, 20740, 20741, 20806, 20807, 20841, 20842, 20843, 20844, 20845, 20846, 21313, 21314, 21315,
    21318, 21324, 21325, 21441, 21445, 22235, 22236, 22769, 22770, 22777, 22778, 24186, 24187, 24318, 24320, 24332,
    24335, 24336, 24337, 25342, 25343, 25420, 25421, 26578, 26579, 28422, 28423, 29590, 29591, 30334, 30335, 32902,
    32903, 33836, 33837, 36014, 36015, 36019, 36020, 36144, 36145, 38433, 38434, 38470, 38471, 38476, 38477, 38520,
    38521, 38646, 38647, 42528, 42538, 42726, 42736, 43056, 43062, 43216, 43226, 43264, 43274, 43472, 43482, 43504,
    43514, 43600, 43610, 44016, 44026, 63851, 63852, 63859, 63860, 63864, 63865, 63922, 63923, 63953, 63954, 63955,
    63956, 63997, 63998, 65296, 65306, 65799, 65844, 65856, 65913, 65930, 65932, 66273, 66300, 66336, 66340, 66369,
    66370, 66378, 66379, 66513, 66518, 66720, 66730, 67672, 67680, 67705, 67712, 67751, 67760, 67835, 67840, 67862,
    67868, 68028, 68030, 68032, 68048, 68050, 68096, 68160, 68169, 68221, 68223, 68253, 68256, 68331, 68336, 68440,
    68448, 68472, 68480, 68521, 68528, 68858, 68864, 68912, 68922, 69216, 69247, 69405, 69415, 69457, 69461, 69573,
    69580, 69714, 69744, 69872, 69882, 69942, 69952, 70096, 70106, 70113, 70133, 70384, 70394, 70736, 70746, 70864,
    70874, 71248, 71258, 71360, 71370, 71472, 71484, 71904, 71923, 72016, 72026, 72784, 72813, 73040, 73050, 73120,
    73130, 73664, 73685, 74752, 74863, 92768, 92778, 92864, 92874, 93008, 93018, 93019, 93026, 93824, 93847, 119520,
    119540, 119648, 119673, 120782, 120832, 123200, 123210, 123632, 123642, 125127, 125136, 125264, 125274, 126065,
    126124, 126125, 126128, 126129, 126133, 126209, 126254, 126255, 126270, 127232, 127245, 130032, 130042, 131073,
    131074, 131172, 131173, 131298, 131299, 131361, 131362, 133418, 133419, 133507, 133508, 133516, 133517, 133532,
    133533, 133866, 133867, 133885, 133886, 133913, 133914, 140176, 140177, 141720, 141721, 146203, 146204, 156269,
    156270, 194704, 194705,
];

/// Non-ASCII printable characters (not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs).
const PRINTABLE: &[u32] = &[
    161, 173, 174, 888, 890, 896, 900, 907, 908, 909, 910, 930, 931, 1328, 1329, 1367, 1369, 1419, 1421, 1424, 1425,
    1480, 1488, 1515, 1519, 1525, 1542, 1564, 1565, 1757, 1758, 1806, 1808, 1867, 1869, 1970, 1984, 2043, 2045, 2094,
    2096, 2111, 2112, 2140, 2142, 2143, 2144, 2155, 2160, 2191, 2200, 2274, 2275, 2436, 2437, 2445, 2447, 2449, 2451,
    2473, 2474, 2481, 2482, 2483, 2486, 2490, 2492, 2501, 2503, 2505, 2507, 2511, 2519, 2520, 2524, 2526, 2527, 2532,
    2534, 2559, 2561, 2564, 2565, 2571, 2575, 2577, 2579, 2601, 2602, 2609, 2610, 2612, 2613, 2615, 2616, 2618, 2620,
    2621, 2622, 2627, 2631, 2633, 2635, 2638, 2641, 2642, 2649, 2653, 2654, 2655, 2662, 2679, 2689, 2692, 2693, 2702,
    2703, 2706, 2707, 2729, 2730, 2737, 2738, 2740, 2741, 2746, 2748, 2758, 2759, 2762, 2763, 2766, 2768, 2769, 2784,
    2788, 2790, 2802, 2809, 2816, 2817, 2820, 2821, 2829, 2831, 2833, 2835, 2857, 2858, 2865, 2866, 2868, 2869, 2874,
    2876, 2885, 2887, 2889, 2891, 2894, 2901, 2904, 2908, 2910, 2911, 2916, 2918, 2936, 2946, 2948, 2949, 2955, 2958,
    2961, 2962, 2966, 2969, 2971, 2972, 2973, 2974, 2976, 2979, 2981, 2984, 2987, 2990, 3002, 3006, 3011, 3014, 3017,
    3018, 3022, 3024, 3025, 3031, 3032, 3046, 3067, 3072, 3085, 3086, 3089, 3090, 3113, 3114, 3130, 3132, 3141, 3142,
    3145, 3146, 3150, 3157, 3159, 3160, 3163, 3165, 3166, 3168, 3172, 3174, 3184, 3191, 3213, 3214, 3217, 3218, 3241,
    3242, 3252, 3253, 3258, 3260, 3269, 3270, 3273, 3274, 3278, 3285, 3287, 3293, 3295, 3296, 3300, 3302, 3312, 3313,
    3315, 3328, 3341, 3342, 3345, 3346, 3397, 3398, 3401, 3402, 3408, 3412, 3428, 3430, 3456, 3457, 3460, 3461, 3479,
    3482, 3506, 3507, 3516, 3517, 3518, 3520, 3527, 3530, 3531, 3535, 3541, 3542, 3543, 3544, 3552, 3558, 3568, 3570,
    3573, 3585, 3643, 3647, 3676, 3713, 3715, 3716, 3717, 3718, 3723, 3724, 3748, 3749, 3750, 3751, 3774, 3776, 3781,
    3782, 3783, 3784, 3790, 3792, 3802, 3804, 3808, 3840, 3912, 3913, 3949, 3953, 3992, 3993, 4029, 4030, 4045, 4046,
    4059, 4096, 4294, 4295, 4296, 4301, 4302, 4304, 4681, 4682, 4686, 4688, 4695, 4696, 4697, 4698, 4702, 4704, 4745,
    4746, 4750, 4752, 4785, 4786, 4790, 4792, 4799, 4800, 4801, 4802, 4806, 4808, 4823, 4824, 4881, 4882, 4886, 4888,
    4955, 4957, 4989, 4992, 5018, 5024, 5110, 5112, 5118, 5120, 5760, 5761, 5789, 5792, 5881, 5888, 5910, 5919, 5943,
    5952, 5972, 5984, 5997, 5998, 6001, 6002, 6004, 6016, 6110, 6112, 6122, 6128, 6138, 6144, 6158, 6159, 6170, 6176,
    6265, 6272, 6315, 6320, 6390, 6400, 6431, 6432, 6444, 6448, 6460, 6464, 6465, 6468, 6510, 6512, 6517, 6528, 6572,
    6576, 6602, 6608, 6619, 6622, 6684, 6686, 6751, 6752, 6781, 6783, 6794, 6800, 6810, 6816, 6830, 6832, 6863, 6912,
    6989, 6992, 7039, 7040, 7156, 7164, 7224, 7227, 7242, 7245, 7305, 7312, 7355, 7357, 7368, 7376, 7419, 7424, 7958,
    7960, 7966, 7968, 8006, 8008, 8014, 8016, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8062, 8064, 8117, 8118,
    8133, 8134, 8148, 8150, 8156, 8157, 8176, 8178, 8181, 8182, 8191, 8208, 8232, 8240, 8287, 8304, 8306, 8308, 8335,
    8336, 8349, 8352, 8385, 8400, 8433, 8448, 8588, 8592, 9255, 9280, 9291, 9312, 11124, 11126, 11158, 11159, 11508,
    11513, 11558, 11559, 11560, 11565, 11566, 11568, 11624, 11631, 11633, 11647, 11671, 11680, 11687, 11688, 11695,
    11696, 11703, 11704, 11711, 11712, 11719, 11720, 11727, 11728, 11735, 11736, 11743, 11744, 11870, 11904, 11930,
    11931, 12020, 12032, 12246, 12272, 12284, 12289, 12352, 12353, 12439, 12441, 12544, 12549, 12592, 12593, 12687,
    12688, 12772, 12784, 12831, 12832, 42125, 42128, 42183, 42192, 42540, 42560, 42744, 42752, 42955, 42960, 42962,
    42963, 42964, 42965, 42970, 42994, 43053, 43056, 43066, 43072, 43128, 43136, 43206, 43214, 43226, 43232, 43348,
    43359, 43389, 43392, 43470, 43471, 43482, 43486, 43519, 43520, 43575, 43584, 43598, 43600, 43610, 43612, 43715,
    43739, 43767, 43777, 43783, 43785, 43791, 43793, 43799, 43808, 43815, 43816, 43823, 43824, 43884, 43888, 44014,
    44016, 44026, 44032, 55204, 55216, 55239, 55243, 55292, 63744, 64110, 64112, 64218, 64256, 64263, 64275, 64280,
    64285, 64311, 64312, 64317, 64318, 64319, 64320, 64322, 64323, 64325, 64326, 64451, 64467, 64912, 64914, 64968,
    64975, 64976, 65008, 65050, 65056, 65107, 65108, 65127, 65128, 65132, 65136, 65141, 65142, 65277, 65281, 65471,
    65474, 65480, 65482, 65488, 65490, 65496, 65498, 65501, 65504, 65511, 65512, 65519, 65532, 65534, 65536, 65548,
    65549, 65575, 65576, 65595, 65596, 65598, 65599, 65614, 65616, 65630, 65664, 65787, 65792, 65795, 65799, 65844,
    65847, 65935, 65936, 65949, 65952, 65953, 66000, 66046, 66176, 66205, 66208, 66257, 66272, 66300, 66304, 66340,
    66349, 66379, 66384, 66427, 66432, 66462, 66463, 66500, 66504, 66518, 66560, 66718, 66720, 66730, 66736, 66772,
    66776, 66812, 66816, 66856, 66864, 66916, 66927, 66939, 66940, 66955, 66956, 66963, 66964, 66966, 66967, 66978,
    66979, 66994, 66995, 67002, 67003, 67005, 67072, 67383, 67392, 67414, 67424, 67432, 67456, 67462, 67463, 67505,
    67506, 67515, 67584, 67590, 67592, 67593, 67594, 67638, 67639, 67641, 67644, 67645, 67647, 67670, 67671, 67743,
    67751, 67760, 67808, 67827, 67828, 67830, 67835, 67868, 67871, 67898, 67903, 67904, 67968, 68024, 68028, 68048,
    68050, 68100, 68101, 68103, 68108, 68116, 68117, 68120, 68121, 68150, 68152, 68155, 68159, 68169, 68176, 68185,
    68192, 68256, 68288, 68327, 68331, 68343, 68352, 68406, 68409, 68438, 68440, 68467, 68472, 68498, 68505, 68509,
    68521, 68528, 68608, 68681, 68736, 68787, 68800, 68851, 68858, 68904, 68912, 68922, 69216, 69247, 69248, 69290,
    69291, 69294, 69296, 69298, 69376, 69416, 69424, 69466, 69488, 69514, 69552, 69580, 69600, 69623, 69632, 69710,
    69714, 69750, 69759, 69821, 69822, 69827, 69840, 69865, 69872, 69882, 69888, 69941, 69942, 69960, 69968, 70007,
    70016, 70112, 70113, 70133, 70144, 70162, 70163, 70207, 70272, 70279, 70280, 70281, 70282, 70286, 70287, 70302,
    70303, 70314, 70320, 70379, 70384, 70394, 70400, 70404, 70405, 70413, 70415, 70417, 70419, 70441, 70442, 70449,
    70450, 70452, 70453, 70458, 70459, 70469, 70471, 70473, 70475, 70478, 70480, 70481, 70487, 70488, 70493, 70500,
    70502, 70509, 70512, 70517, 70656, 70748, 70749, 70754, 70784, 70856, 70864, 70874, 71040, 71094, 71096, 71134,
    71168, 71237, 71248, 71258, 71264, 71277, 71296, 71354, 71360, 71370, 71424, 71451, 71453, 71468, 71472, 71495,
    71680, 71740, 71840, 71923, 71935, 71943, 71945, 71946, 71948, 71956, 71957, 71959, 71960, 71990, 71991, 71993,
    71995, 72007, 72016, 72026, 72096, 72104, 72106, 72152, 72154, 72165, 72192, 72264, 72272, 72355, 72368, 72441,
    72704, 72713, 72714, 72759, 72760, 72774, 72784, 72813, 72816, 72848, 72850, 72872, 72873, 72887, 72960, 72967,
    72968, 72970, 72971, 73015, 73018, 73019, 73020, 73022, 73023, 73032, 73040, 73050, 73056, 73062, 73063, 73065,
    73066, 73103, 73104, 73106, 73107, 73113, 73120, 73130, 73440, 73465, 73648, 73649, 73664, 73714, 73727, 74650,
    74752, 74863, 74864, 74869, 74880, 75076, 77712, 77811, 77824, 78895, 82944, 83527, 92160, 92729, 92736, 92767,
    92768, 92778, 92782, 92863, 92864, 92874, 92880, 92910, 92912, 92918, 92928, 92998, 93008, 93018, 93019, 93026,
    93027, 93048, 93053, 93072, 93760, 93851, 93952, 94027, 94031, 94088, 94095, 94112, 94176, 94181, 94192, 94194,
    94208, 100344, 100352, 101590, 101632, 101641, 110576, 110580, 110581, 110588, 110589, 110591, 110592, 110883,
    110928, 110931, 110948, 110952, 110960, 111356, 113664, 113771, 113776, 113789, 113792, 113801, 113808, 113818,
    113820, 113824, 118528, 118574, 118576, 118599, 118608, 118724, 118784, 119030, 119040, 119079, 119081, 119155,
    119163, 119275, 119296, 119366, 119520, 119540, 119552, 119639, 119648, 119673, 119808, 119893, 119894, 119965,
    119966, 119968, 119970, 119971, 119973, 119975, 119977, 119981, 119982, 119994, 119995, 119996, 119997, 120004,
    120005, 120070, 120071, 120075, 120077, 120085, 120086, 120093, 120094, 120122, 120123, 120127, 120128, 120133,
    120134, 120135, 120138, 120145, 120146, 120486, 120488, 120780, 120782, 121484, 121499, 121504, 121505, 121520,
    122624, 122655, 122880, 122887, 122888, 122905, 122907, 122914, 122915, 122917, 122918, 122923, 123136, 123181,
    123184, 123198, 123200, 123210, 123214, 123216, 123536, 123567, 123584, 123642, 123647, 123648, 124896, 124903,
    124904, 124908, 124909, 124911, 124912, 124927, 124928, 125125, 125127, 125143, 125184, 125260, 125264, 125274,
    125278, 125280, 126065, 126133, 126209, 126270, 126464, 126468, 126469, 126496, 126497, 126499, 126500, 126501,
    126503, 126504, 126505, 126515, 126516, 126520, 126521, 126522, 126523, 126524, 126530, 126531, 126535, 126536,
    126537, 126538, 126539, 126540, 126541, 126544, 126545, 126547, 126548, 126549, 126551, 126552, 126553, 126554,
    126555, 126556, 126557, 126558, 126559, 126560, 126561, 126563, 126564, 126565, 126567, 126571, 126572, 126579,
    126580, 126584, 126585, 126589, 126590, 126591, 126592, 126602, 126603, 126620, 126625, 126628, 126629, 126634,
    126635, 126652, 126704, 126706, 126976, 127020, 127024, 127124, 127136, 127151, 127153, 127168, 127169, 127184,
    127185, 127222, 127232, 127406, 127462, 127491, 127504, 127548, 127552, 127561, 127568, 127570, 127584, 127590,
    127744, 128728, 128733, 128749, 128752, 128765, 128768, 128884, 128896, 128985, 128992, 129004, 129008, 129009,
    129024, 129036, 129040, 129096, 129104, 129114, 129120, 129160, 129168, 129198, 129200, 129202, 129280, 129620,
    129632, 129646, 129648, 129653, 129656, 129661, 129664, 129671, 129680, 129709, 129712, 129723, 129728, 129734,
    129744, 129754, 129760, 129768, 129776, 129783, 129792, 129939, 129940, 129995, 130032, 130042, 131072, 173792,
    173824, 177977, 177984, 178206, 178208, 183970, 183984, 191457, 194560, 195102, 196608, 201547, 917760, 918000,
];

/// Non-ASCII XID_Start characters.
const XID_START: &[u32] = &[
    170, 171, 181, 182, 186, 187, 192, 215, 216, 247, 248, 706, 710, 722, 736, 741, 748, 749, 750, 751, 880, 885, 886,
    888, 891, 894, 895, 896, 902, 903, 904, 907, 908, 909, 910, 930, 931, 1014, 1015, 1154, 1162, 1328, 1329, 1367,
    1369, 1370, 1376, 1417, 1488, 1515, 1519, 1523, 1568, 1611, 1646, 1648, 1649, 1748, 1749, 1750, 1765, 1767, 1774,
    1776, 1786, 1789, 1791, 1792, 1808, 1809, 1810, 1840, 1869, 1958, 1969, 1970, 1994, 2027, 2036, 2038, 2042, 2043,
    2048, 2070, 2074, 2075, 2084, 2085, 2088, 2089, 2112, 2137, 2144, 2155, 2160, 2184, 2185, 2191, 2208, 2250, 2308,
    2362, 2365, 2366, 2384, 2385, 2392, 2402, 2417, 2433, 2437, 2445, 2447, 2449, 2451, 2473, 2474, 2481, 2482, 2483,
    2486, 2490, 2493, 2494, 2510, 2511, 2524, 2526, 2527, 2530, 2544, 2546, 2556, 2557, 2565, 2571, 2575, 2577, 2579,
    2601, 2602, 2609, 2610, 2612, 2613, 2615, 2616, 2618, 2649, 2653, 2654, 2655, 2674, 2677, 2693, 2702, 2703, 2706,
    2707, 2729, 2730, 2737, 2738, 2740, 2741, 2746, 2749, 2750, 2768, 2769, 2784, 2786, 2809, 2810, 2821, 2829, 2831,
    2833, 2835, 2857, 2858, 2865, 2866, 2868, 2869, 2874, 2877, 2878, 2908, 2910, 2911, 2914, 2929, 2930, 2947, 2948,
    2949, 2955, 2958, 2961, 2962, 2966, 2969, 2971, 2972, 2973, 2974, 2976, 2979, 2981, 2984, 2987, 2990, 3002, 3024,
    3025, 3077, 3085, 3086, 3089, 3090, 3113, 3114, 3130, 3133, 3134, 3160, 3163, 3165, 3166, 3168, 3170, 3200, 3201,
    3205, 3213, 3214, 3217, 3218, 3241, 3242, 3252, 3253, 3258, 3261, 3262, 3293, 3295, 3296, 3298, 3313, 3315, 3332,
    3341, 3342, 3345, 3346, 3387, 3389, 3390, 3406, 3407, 3412, 3415, 3423, 3426, 3450, 3456, 3461, 3479, 3482, 3506,
    3507, 3516, 3517, 3518, 3520, 3527, 3585, 3633, 3634, 3635, 3648, 3655, 3713, 3715, 3716, 3717, 3718, 3723, 3724,
    3748, 3749, 3750, 3751, 3761, 3762, 3763, 3773, 3774, 3776, 3781, 3782, 3783, 3804, 3808, 3840, 3841, 3904, 3912,
    3913, 3949, 3976, 3981, 4096, 4139, 4159, 4160, 4176, 4182, 4186, 4190, 4193, 4194, 4197, 4199, 4206, 4209, 4213,
    4226, 4238, 4239, 4256, 4294, 4295, 4296, 4301, 4302, 4304, 4347, 4348, 4681, 4682, 4686, 4688, 4695, 4696, 4697,
    4698, 4702, 4704, 4745, 4746, 4750, 4752, 4785, 4786, 4790, 4792, 4799, 4800, 4801, 4802, 4806, 4808, 4823, 4824,
    4881, 4882, 4886, 4888, 4955, 4992, 5008, 5024, 5110, 5112, 5118, 5121, 5741, 5743, 5760, 5761, 5787, 5792, 5867,
    5870, 5881, 5888, 5906, 5919, 5938, 5952, 5970, 5984, 5997, 5998, 6001, 6016, 6068, 6103, 6104, 6108, 6109, 6176,
    6265, 6272, 6313, 6314, 6315, 6320, 6390, 6400, 6431, 6480, 6510, 6512, 6517, 6528, 6572, 6576, 6602, 6656, 6679,
    6688, 6741, 6823, 6824, 6917, 6964, 6981, 6989, 7043, 7073, 7086, 7088, 7098, 7142, 7168, 7204, 7245, 7248, 7258,
    7294, 7296, 7305, 7312, 7355, 7357, 7360, 7401, 7405, 7406, 7412, 7413, 7415, 7418, 7419, 7424, 7616, 7680, 7958,
    7960, 7966, 7968, 8006, 8008, 8014, 8016, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8062, 8064, 8117, 8118,
    8125, 8126, 8127, 8130, 8133, 8134, 8141, 8144, 8148, 8150, 8156, 8160, 8173, 8178, 8181, 8182, 8189, 8305, 8306,
    8319, 8320, 8336, 8349, 8450, 8451, 8455, 8456, 8458, 8468, 8469, 8470, 8472, 8478, 8484, 8485, 8486, 8487, 8488,
    8489, 8490, 8506, 8508, 8512, 8517, 8522, 8526, 8527, 8544, 8585, 11264, 11493, 11499, 11503, 11506, 11508, 11520,
    11558, 11559, 11560, 11565, 11566, 11568, 11624, 11631, 11632, 11648, 11671, 11680, 11687, 11688, 11695, 11696,
    11703, 11704, 11711, 11712, 11719, 11720, 11727, 11728, 11735, 11736, 11743, 12293, 12296, 12321, 12330, 12337,
    12342, 12344, 12349, 12353, 12439, 12445, 12448, 12449, 12539, 12540, 12544, 12549, 12592, 12593, 12687, 12704,
    12736, 12784, 12800, 13312, 19904, 19968, 42125, 42192, 42238, 42240, 42509, 42512, 42528, 42538, 42540, 42560,
    42607, 42623, 42654, 42656, 42736, 42775, 42784, 42786, 42889, 42891, 42955, 42960, 42962, 42963, 42964, 42965,
    42970, 42994, 43010, 43011, 43014, 43015, 43019, 43020, 43043, 43072, 43124, 43138, 43188, 43250, 43256, 43259,
    43260, 43261, 43263, 43274, 43302, 43312, 43335, 43360, 43389, 43396, 43443, 43471, 43472, 43488, 43493, 43494,
    43504, 43514, 43519, 43520, 43561, 43584, 43587, 43588, 43596, 43616, 43639, 43642, 43643, 43646, 43696, 43697,
    43698, 43701, 43703, 43705, 43710, 43712, 43713, 43714, 43715, 43739, 43742, 43744, 43755, 43762, 43765, 43777,
    43783, 43785, 43791, 43793, 43799, 43808, 43815, 43816, 43823, 43824, 43867, 43868, 43882, 43888, 44003, 44032,
    55204, 55216, 55239, 55243, 55292, 63744, 64110, 64112, 64218, 64256, 64263, 64275, 64280, 64285, 64286, 64287,
    64297, 64298, 64311, 64312, 64317, 64318, 64319, 64320, 64322, 64323, 64325, 64326, 64434, 64467, 64606, 64612,
    64830, 64848, 64912, 64914, 64968, 65008, 65018, 65137, 65138, 65139, 65140, 65143, 65144, 65145, 65146, 65147,
    65148, 65149, 65150, 65151, 65277, 65313, 65339, 65345, 65371, 65382, 65438, 65440, 65471, 65474, 65480, 65482,
    65488, 65490, 65496, 65498, 65501, 65536, 65548, 65549, 65575, 65576, 65595, 65596, 65598, 65599, 65614, 65616,
    65630, 65664, 65787, 65856, 65909, 66176, 66205, 66208, 66257, 66304, 66336, 66349, 66379, 66384, 66422, 66432,
    66462, 66464, 66500, 66504, 66512, 66513, 66518, 66560, 66718, 66736, 66772, 66776, 66812, 66816, 66856, 66864,
    66916, 66928, 66939, 66940, 66955, 66956, 66963, 66964, 66966, 66967, 66978, 66979, 66994, 66995, 67002, 67003,
    67005, 67072, 67383, 67392, 67414, 67424, 67432, 67456, 67462, 67463, 67505, 67506, 67515, 67584, 67590, 67592,
    67593, 67594, 67638, 67639, 67641, 67644, 67645, 67647, 67670, 67680, 67703, 67712, 67743, 67808, 67827, 67828,
    67830, 67840, 67862, 67872, 67898, 67968, 68024, 68030, 68032, 68096, 68097, 68112, 68116, 68117, 68120, 68121,
    68150, 68192, 68221, 68224, 68253, 68288, 68296, 68297, 68325, 68352, 68406, 68416, 68438, 68448, 68467, 68480,
    68498, 68608, 68681, 68736, 68787, 68800, 68851, 68864, 68900, 69248, 69290, 69296, 69298, 69376, 69405, 69415,
    69416, 69424, 69446, 69488, 69506, 69552, 69573, 69600, 69623, 69635, 69688, 69745, 69747, 69749, 69750, 69763,
    69808, 69840, 69865, 69891, 69927, 69956, 69957, 69959, 69960, 69968, 70003, 70006, 70007, 70019, 70067, 70081,
    70085, 70106, 70107, 70108, 70109, 70144, 70162, 70163, 70188, 70272, 70279, 70280, 70281, 70282, 70286, 70287,
    70302, 70303, 70313, 70320, 70367, 70405, 70413, 70415, 70417, 70419, 70441, 70442, 70449, 70450, 70452, 70453,
    70458, 70461, 70462, 70480, 70481, 70493, 70498, 70656, 70709, 70727, 70731, 70751, 70754, 70784, 70832, 70852,
    70854, 70855, 70856, 71040, 71087, 71128, 71132, 71168, 71216, 71236, 71237, 71296, 71339, 71352, 71353, 71424,
    71451, 71488, 71495, 71680, 71724, 71840, 71904, 71935, 71943, 71945, 71946, 71948, 71956, 71957, 71959, 71960,
    71984, 71999, 72000, 72001, 72002, 72096, 72104, 72106, 72145, 72161, 72162, 72163, 72164, 72192, 72193, 72203,
    72243, 72250, 72251, 72272, 72273, 72284, 72330, 72349, 72350, 72368, 72441, 72704, 72713, 72714, 72751, 72768,
    72769, 72818, 72848, 72960, 72967, 72968, 72970, 72971, 73009, 73030, 73031, 73056, 73062, 73063, 73065, 73066,
    73098, 73112, 73113, 73440, 73459, 73648, 73649, 73728, 74650, 74752, 74863, 74880, 75076, 77712, 77809, 77824,
    78895, 82944, 83527, 92160, 92729, 92736, 92767, 92784, 92863, 92880, 92910, 92928, 92976, 92992, 92996, 93027,
    93048, 93053, 93072, 93760, 93824, 93952, 94027, 94032, 94033, 94099, 94112, 94176, 94178, 94179, 94180, 94208,
    100344, 100352, 101590, 101632, 101641, 110576, 110580, 110581, 110588, 110589, 110591, 110592, 110883, 110928,
    110931, 110948, 110952, 110960, 111356, 113664, 113771, 113776, 113789, 113792, 113801, 113808, 113818, 119808,
    119893, 119894, 119965, 119966, 119968, 119970, 119971, 119973, 119975, 119977, 119981, 119982, 119994, 119995,
    119996, 119997, 120004, 120005, 120070, 120071, 120075, 120077, 120085, 120086, 120093, 120094, 120122, 120123,
    120127, 120128, 120133, 120134, 120135, 120138, 120145, 120146, 120486, 120488, 120513, 120514, 120539, 120540,
    120571, 120572, 120597, 120598, 120629, 120630, 120655, 120656, 120687, 120688, 120713, 120714, 120745, 120746,
    120771, 120772, 120780, 122624, 122655, 123136, 123181, 123191, 123198, 123214, 123215, 123536, 123566, 123584,
    123628, 124896, 124903, 124904, 124908, 124909, 124911, 124912, 124927, 124928, 125125, 125184, 125252, 125259,
    125260, 126464, 126468, 126469, 126496, 126497, 126499, 126500, 126501, 126503, 126504, 126505, 126515, 126516,
    126520, 126521, 126522, 126523, 126524, 126530, 126531, 126535, 126536, 126537, 126538, 126539, 126540, 126541,
    126544, 126545, 126547, 126548, 126549, 126551, 126552, 126553, 126554, 126555, 126556, 126557, 126558, 126559,
    126560, 126561, 126563, 126564, 126565, 126567, 126571, 126572, 126579, 126580, 126584, 126585, 126589, 126590,
    126591, 126592, 126602, 126603, 126620, 126625, 126628, 126629, 126634, 126635, 126652, 131072, 173792, 173824,
    177977, 177984, 178206, 178208, 183970, 183984, 191457, 194560, 195102, 196608, 201547,
];

/// Non-ASCII XID_Continue characters.
const XID_CONTINUE: &[u32] = &[
    170, 171, 181, 182, 183, 184, 186, 187, 192, 215, 216, 247, 248, 706, 710, 722, 736, 741, 748, 749, 750, 751, 768,
    885, 886, 888, 891, 894, 895, 896, 902, 907, 908, 909, 910, 930, 931, 1014, 1015, 1154, 1155, 1160, 1162, 1328,
    1329, 1367, 1369, 1370, 1376, 1417, 1425, 1470, 1471, 1472, 1473, 1475, 1476, 1478, 1479, 1480, 1488, 1515, 1519,
    1523, 1552, 1563, 1568, 1642, 1646, 1748, 1749, 1757, 1759, 1769, 1770, 1789, 1791, 1792, 1808, 1867, 1869, 1970,
    1984, 2038, 2042, 2043, 2045, 2046, 2048, 2094, 2112, 2140, 2144, 2155, 2160, 2184, 2185, 2191, 2200, 2274, 2275,
    2404, 2406, 2416, 2417, 2436, 2437, 2445, 2447, 2449, 2451, 2473, 2474, 2481, 2482, 2483, 2486, 2490, 2492, 2501,
    2503, 2505, 2507, 2511, 2519, 2520, 2524, 2526, 2527, 2532, 2534, 2546, 2556, 2557, 2558, 2559, 2561, 2564, 2565,
    2571, 2575, 2577, 2579, 2601, 2602, 2609, 2610, 2612, 2613, 2615, 2616, 2618, 2620, 2621, 2622, 2627, 2631, 2633,
    2635, 2638, 2641, 2642, 2649, 2653, 2654, 2655, 2662, 2678, 2689, 2692, 2693, 2702, 2703, 2706, 2707, 2729, 2730,
    2737, 2738, 2740, 2741, 2746, 2748, 2758, 2759, 2762, 2763, 2766, 2768, 2769, 2784, 2788, 2790, 2800, 2809, 2816,
    2817, 2820, 2821, 2829, 2831, 2833, 2835, 2857, 2858, 2865, 2866, 2868, 2869, 2874, 2876, 2885, 2887, 2889, 2891,
    2894, 2901, 2904, 2908, 2910, 2911, 2916, 2918, 2928, 2929, 2930, 2946, 2948, 2949, 2955, 2958, 2961, 2962, 2966,
    2969, 2971, 2972, 2973, 2974, 2976, 2979, 2981, 2984, 2987, 2990, 3002, 3006, 3011, 3014, 3017, 3018, 3022, 3024,
    3025, 3031, 3032, 3046, 3056, 3072, 3085, 3086, 3089, 3090, 3113, 3114, 3130, 3132, 3141, 3142, 3145, 3146, 3150,
    3157, 3159, 3160, 3163, 3165, 3166, 3168, 3172, 3174, 3184, 3200, 3204, 3205, 3213, 3214, 3217, 3218, 3241, 3242,
    3252, 3253, 3258, 3260, 3269, 3270, 3273, 3274, 3278, 3285, 3287, 3293, 3295, 3296, 3300, 3302, 3312, 3313, 3315,
    3328, 3341, 3342, 3345, 3346, 3397, 3398, 3401, 3402, 3407, 3412, 3416, 3423, 3428, 3430, 3440, 3450, 3456, 3457,
    3460, 3461, 3479, 3482, 3506, 3507, 3516, 3517, 3518, 3520, 3527, 3530, 3531, 3535, 3541, 3542, 3543, 3544, 3552,
    3558, 3568, 3570, 3572, 3585, 3643, 3648, 3663, 3664, 3674, 3713, 3715, 3716, 3717, 3718, 3723, 3724, 3748, 3749,
    3750, 3751, 3774, 3776, 3781, 3782, 3783, 3784, 3790, 3792, 3802, 3804, 3808, 3840, 3841, 3864, 3866, 3872, 3882,
    3893, 3894, 3895, 3896, 3897, 3898, 3902, 3912, 3913, 3949, 3953, 3973, 3974, 3992, 3993, 4029, 4038, 4039, 4096,
    4170, 4176, 4254, 4256, 4294, 4295, 4296, 4301, 4302, 4304, 4347, 4348, 4681, 4682, 4686, 4688, 4695, 4696, 4697,
    4698, 4702, 4704, 4745, 4746, 4750, 4752, 4785, 4786, 4790, 4792, 4799, 4800, 4801, 4802, 4806, 4808, 4823, 4824,
    4881, 4882, 4886, 4888, 4955, 4957, 4960, 4969, 4978, 4992, 5008, 5024, 5110, 5112, 5118, 5121, 5741, 5743, 5760,
    5761, 5787, 5792, 5867, 5870, 5881, 5888, 5910, 5919, 5941, 5952, 5972, 5984, 5997, 5998, 6001, 6002, 6004, 6016,
    6100, 6103, 6104, 6108, 6110, 6112, 6122, 6155, 6158, 6159, 6170, 6176, 6265, 6272, 6315, 6320, 6390, 6400, 6431,
    6432, 6444, 6448, 6460, 6470, 6510, 6512, 6517, 6528, 6572, 6576, 6602, 6608, 6619, 6656, 6684, 6688, 6751, 6752,
    6781, 6783, 6794, 6800, 6810, 6823, 6824, 6832, 6846, 6847, 6863, 6912, 6989, 6992, 7002, 7019, 7028, 7040, 7156,
    7168, 7224, 7232, 7242, 7245, 7294, 7296, 7305, 7312, 7355, 7357, 7360, 7376, 7379, 7380, 7419, 7424, 7958, 7960,
    7966, 7968, 8006, 8008, 8014, 8016, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8062, 8064, 8117, 8118, 8125,
    8126, 8127, 8130, 8133, 8134, 8141, 8144, 8148, 8150, 8156, 8160, 8173, 8178, 8181, 8182, 8189, 8255, 8257, 8276,
    8277, 8305, 8306, 8319, 8320, 8336, 8349, 8400, 8413, 8417, 8418, 8421, 8433, 8450, 8451, 8455, 8456, 8458, 8468,
    8469, 8470, 8472, 8478, 8484, 8485, 8486, 8487, 8488, 8489, 8490, 8506, 8508, 8512, 8517, 8522, 8526, 8527, 8544,
    8585, 11264, 11493, 11499, 11508, 11520, 11558, 11559, 11560, 11565, 11566, 11568, 11624, 11631, 11632, 11647,
    11671, 11680, 11687, 11688, 11695, 11696, 11703, 11704, 11711, 11712, 11719, 11720, 11727, 11728, 11735, 11736,
    11743, 11744, 11776, 12293, 12296, 12321, 12336, 12337, 12342, 12344, 12349, 12353, 12439, 12441, 12443, 12445,
    12448, 12449, 12539, 12540, 12544, 12549, 12592, 12593, 12687, 12704, 12736, 12784, 12800, 13312, 19904, 19968,
    42125, 42192, 42238, 42240, 42509, 42512, 42540, 42560, 42608, 42612, 42622, 42623, 42738, 42775, 42784, 42786,
    42889, 42891, 42955, 42960, 42962, 42963, 42964, 42965, 42970, 42994, 43048, 43052, 43053, 43072, 43124, 43136,
    43206, 43216, 43226, 43232, 43256, 43259, 43260, 43261, 43310, 43312, 43348, 43360, 43389, 43392, 43457, 43471,
    43482, 43488, 43519, 43520, 43575, 43584, 43598, 43600, 43610, 43616, 43639, 43642, 43715, 43739, 43742, 43744,
    43760, 43762, 43767, 43777, 43783, 43785, 43791, 43793, 43799, 43808, 43815, 43816, 43823, 43824, 43867, 43868,
    43882, 43888, 44011, 44012, 44014, 44016, 44026, 44032, 55204, 55216, 55239, 55243, 55292, 63744, 64110, 64112,
    64218, 64256, 64263, 64275, 64280, 64285, 64297, 64298, 64311, 64312, 64317, 64318, 64319, 64320, 64322, 64323,
    64325, 64326, 64434, 64467, 64606, 64612, 64830, 64848, 64912, 64914, 64968, 65008, 65018, 65024, 65040, 65056,
    65072, 65075, 65077, 65101, 65104, 65137, 65138, 65139, 65140, 65143, 65144, 65145, 65146, 65147, 65148, 65149,
    65150, 65151, 65277, 65296, 65306, 65313, 65339, 65343, 65344, 65345, 65371, 65382, 65471, 65474, 65480, 65482,
    65488, 65490, 65496, 65498, 65501, 65536, 65548, 65549, 65575, 65576, 65595, 65596, 65598, 65599, 65614, 65616,
    65630, 65664, 65787, 65856, 65909, 66045, 66046, 66176, 66205, 66208, 66257, 66272, 66273, 66304, 66336, 66349,
    66379, 66384, 66427, 66432, 66462, 66464, 66500, 66504, 66512, 66513, 66518, 66560, 66718, 66720, 66730, 66736,
    66772, 66776, 66812, 66816, 66856, 66864, 66916, 66928, 66939, 66940, 66955, 66956, 66963, 66964, 66966, 66967,
    66978, 66979, 66994, 66995, 67002, 67003, 67005, 67072, 67383, 67392, 67414, 67424, 67432, 67456, 67462, 67463,
    67505, 67506, 67515, 67584, 67590, 67592, 67593, 67594, 67638, 67639, 67641, 67644, 67645, 67647, 67670, 67680,
    67703, 67712, 67743, 67808, 67827, 67828, 67830, 67840, 67862, 67872, 67898, 67968, 68024, 68030, 68032, 68096,
    68100, 68101, 68103, 68108, 68116, 68117, 68120, 68121, 68150, 68152, 68155, 68159, 68160, 68192, 68221, 68224,
    68253, 68288, 68296, 68297, 68327, 68352, 68406, 68416, 68438, 68448, 68467, 68480, 68498, 68608, 68681, 68736,
    68787, 68800, 68851, 68864, 68904, 68912, 68922, 69248, 69290, 69291, 69293, 69296, 69298, 69376, 69405, 69415,
    69416, 69424, 69457, 69488, 69510, 69552, 69573, 69600, 69623, 69632, 69703, 69734, 69750, 69759, 69819, 69826,
    69827, 69840, 69865, 69872, 69882, 69888, 69941, 69942, 69952, 69956, 69960, 69968, 70004, 70006, 70007, 70016,
    70085, 70089, 70093, 70094, 70107, 70108, 70109, 70144, 70162, 70163, 70200, 70206, 70207, 70272, 70279, 70280,
    70281, 70282, 70286, 70287, 70302, 70303, 70313, 70320, 70379, 70384, 70394, 70400, 70404, 70405, 70413, 70415,
    70417, 70419, 70441, 70442, 70449, 70450, 70452, 70453, 70458, 70459, 70469, 70471, 70473, 70475, 70478, 70480,
    70481, 70487, 70488, 70493, 70500, 70502, 70509, 70512, 70517, 70656, 70731, 70736, 70746, 70750, 70754, 70784,
    70854, 70855, 70856, 70864, 70874, 71040, 71094, 71096, 71105, 71128, 71134, 71168, 71233, 71236, 71237, 71248,
    71258, 71296, 71353, 71360, 71370, 71424, 71451, 71453, 71468, 71472, 71482, 71488, 71495, 71680, 71739, 71840,
    71914, 71935, 71943, 71945, 71946, 71948, 71956, 71957, 71959, 71960, 71990, 71991, 71993, 71995, 72004, 72016,
    72026, 72096, 72104, 72106, 72152, 72154, 72162, 72163, 72165, 72192, 72255, 72263, 72264, 72272, 72346, 72349,
    72350, 72368, 72441, 72704, 72713, 72714, 72759, 72760, 72769, 72784, 72794, 72818, 72848, 72850, 72872, 72873,
    72887, 72960, 72967, 72968, 72970, 72971, 73015, 73018, 73019, 73020, 73022, 73023, 73032, 73040, 73050, 73056,
    73062, 73063, 73065, 73066, 73103, 73104, 73106, 73107, 73113, 73120, 73130, 73440, 73463, 73648, 73649, 73728,
    74650, 74752, 74863, 74880, 75076, 77712, 77809, 77824, 78895, 82944, 83527, 92160, 92729, 92736, 92767, 92768,
    92778, 92784, 92863, 92864, 92874, 92880, 92910, 92912, 92917, 92928, 92983, 92992, 92996, 93008, 93018, 93027,
    93048, 93053, 93072, 93760, 93824, 93952, 94027, 94031, 94088, 94095, 94112, 94176, 94178, 94179, 94181, 94192,
    94194, 94208, 100344, 100352, 101590, 101632, 101641, 110576, 110580, 110581, 110588, 110589, 110591, 110592,
    110883, 110928, 110931, 110948, 110952, 110960, 111356, 113664, 113771, 113776, 113789, 113792, 113801, 113808,
    113818, 113821, 113823, 118528, 118574, 118576, 118599, 119141, 119146, 119149, 119155, 119163, 119171, 119173,
    119180, 119210, 119214, 119362, 119365, 119808, 119893, 119894, 119965, 119966, 119968, 119970, 119971, 119973,
    119975, 119977, 119981, 119982, 119994, 119995, 119996, 119997, 120004, 120005, 120070, 120071, 120075, 120077,
    120085, 120086, 120093, 120094, 120122, 120123, 120127, 120128, 120133, 120134, 120135, 120138, 120145, 120146,
    120486, 120488, 120513, 120514, 120539, 120540, 120571, 120572, 120597, 120598, 120629, 120630, 120655, 120656,
    120687, 120688, 120713, 120714, 120745, 120746, 120771, 120772, 120780, 120782, 120832, 121344, 121399, 121403,
    121453, 121461, 121462, 121476, 121477, 121499, 121504, 121505, 121520, 122624, 122655, 122880, 122887, 122888,
    122905, 122907, 122914, 122915, 122917, 122918, 122923, 123136, 123181, 123184, 123198, 123200, 123210, 123214,
    123215, 123536, 123567, 123584, 123642, 124896, 124903, 124904, 124908, 124909, 124911, 124912, 124927, 124928,
    125125, 125136, 125143, 125184, 125260, 125264, 125274, 126464, 126468, 126469, 126496, 126497, 126499, 126500,
    126501, 126503, 126504, 126505, 126515, 126516, 126520, 126521, 126522, 126523, 126524, 126530, 126531, 126535,
    126536, 126537, 126538, 126539, 126540, 126541, 126544, 126545, 126547, 126548, 126549, 126551, 126552, 126553,
    126554, 126555, 126556, 126557, 126558, 126559, 126560, 126561, 126563, 126564, 126565, 126567, 126571, 126572,
    126579, 126580, 126584, 126585, 126589, 126590, 126591, 126592, 126602, 126603, 126620, 126625, 126628, 126629,
    126634, 126635, 126652, 130032, 130042, 131072, 173792, 173824, 177977, 177984, 178206, 178208, 183970, 183984,
    191457, 194560, 195102, 196608, 201547, 917760, 918000,
];

/// Titlecase letters (category Lt), as toggle points.
const TITLECASE: &[u32] =
    &[453, 454, 456, 457, 459, 460, 498, 499, 8072, 8080, 8088, 8096, 8104, 8112, 8124, 8125, 8140, 8141, 8188, 8189];

/// Characters whose titlecase differs from their uppercase, with the titlecase.
const TITLE_MAP: &[(u32, &str)] = &[
    (0xdf, "Ss"),
    (0x1c4, "\u{1c5}"),
    (0x1c5, "\u{1c5}"),
    (0x1c6, "\u{1c5}"),
    (0x1c7, "\u{1c8}"),
    (0x1c8, "\u{1c8}"),
    (0x1c9, "\u{1c8}"),
    (0x1ca, "\u{1cb}"),
    (0x1cb, "\u{1cb}"),
    (0x1cc, "\u{1cb}"),
    (0x1f1, "\u{1f2}"),
    (0x1f2, "\u{1f2}"),
    (0x1f3, "\u{1f2}"),
    (0x587, "\u{535}\u{582}"),
    (0x10d0, "\u{10d0}"),
    (0x10d1, "\u{10d1}"),
    (0x10d2, "\u{10d2}"),
    (0x10d3, "\u{10d3}"),
    (0x10d4, "\u{10d4}"),
    (0x10d5, "\u{10d5}"),
    (0x10d6, "\u{10d6}"),
    (0x10d7, "\u{10d7}"),
    (0x10d8, "\u{10d8}"),
    (0x10d9, "\u{10d9}"),
    (0x10da, "\u{10da}"),
    (0x10db, "\u{10db}"),
    (0x10dc, "\u{10dc}"),
    (0x10dd, "\u{10dd}"),
    (0x10de, "\u{10de}"),
    (0x10df, "\u{10df}"),
    (0x10e0, "\u{10e0}"),
    (0x10e1, "\u{10e1}"),
    (0x10e2, "\u{10e2}"),
    (0x10e3, "\u{10e3}"),
    (0x10e4, "\u{10e4}"),
    (0x10e5, "\u{10e5}"),
    (0x10e6, "\u{10e6}"),
    (0x10e7, "\u{10e7}"),
    (0x10e8, "\u{10e8}"),
    (0x10e9, "\u{10e9}"),
    (0x10ea, "\u{10ea}"),
    (0x10eb, "\u{10eb}"),
    (0x10ec, "\u{10ec}"),
    (0x10ed, "\u{10ed}"),
    (0x10ee, "\u{10ee}"),
    (0x10ef, "\u{10ef}"),
    (0x10f0, "\u{10f0}"),
    (0x10f1, "\u{10f1}"),
    (0x10f2, "\u{10f2}"),
    (0x10f3, "\u{10f3}"),
    (0x10f4, "\u{10f4}"),
    (0x10f5, "\u{10f5}"),
    (0x10f6, "\u{10f6}"),
    (0x10f7, "\u{10f7}"),
    (0x10f8, "\u{10f8}"),
    (0x10f9, "\u{10f9}"),
    (0x10fa, "\u{10fa}"),
    (0x10fd, "\u{10fd}"),
    (0x10fe, "\u{10fe}"),
    (0x10ff, "\u{10ff}"),
    (0x1f80, "\u{1f88}"),
    (0x1f81, "\u{1f89}"),
    (0x1f82, "\u{1f8a}"),
    (0x1f83, "\u{1f8b}"),
    (0x1f84, "\u{1f8c}"),
    (0x1f85, "\u{1f8d}"),
    (0x1f86, "\u{1f8e}"),
    (0x1f87, "\u{1f8f}"),
    (0x1f88, "\u{1f88}"),
    (0x1f89, "\u{1f89}"),
    (0x1f8a, "\u{1f8a}"),
    (0x1f8b, "\u{1f8b}"),
    (0x1f8c, "\u{1f8c}"),
    (0x1f8d, "\u{1f8d}"),
    (0x1f8e, "\u{1f8e}"),
    (0x1f8f, "\u{1f8f}"),
    (0x1f90, "\u{1f98}"),
    (0x1f91, "\u{1f99}"),
    (0x1f92, "\u{1f9a}"),
    (0x1f93, "\u{1f9b}"),
    (0x1f94, "\u{1f9c}"),
    (0x1f95, "\u{1f9d}"),
    (0x1f96, "\u{1f9e}"),
    (0x1f97, "\u{1f9f}"),
    (0x1f98, "\u{1f98}"),
    (0x1f99, "\u{1f99}"),
    (0x1f9a, "\u{1f9a}"),
    (0x1f9b, "\u{1f9b}"),
    (0x1f9c, "\u{1f9c}"),
    (0x1f9d, "\u{1f9d}"),
    (0x1f9e, "\u{1f9e}"),
    (0x1f9f, "\u{1f9f}"),
    (0x1fa0, "\u{1fa8}"),
    (0x1fa1, "\u{1fa9}"),
    (0x1fa2, "\u{1faa}"),
    (0x1fa3, "\u{1fab}"),
    (0x1fa4, "\u{1fac}"),
    (0x1fa5, "\u{1fad}"),
    (0x1fa6, "\u{1fae}"),
    (0x1fa7, "\u{1faf}"),
    (0x1fa8, "\u{1fa8}"),
    (0x1fa9, "\u{1fa9}"),
    (0x1faa, "\u{1faa}"),
    (0x1fab, "\u{1fab}"),
    (0x1fac, "\u{1fac}"),
    (0x1fad, "\u{1fad}"),
    (0x1fae, "\u{1fae}"),
    (0x1faf, "\u{1faf}"),
    (0x1fb2, "\u{1fba}\u{345}"),
    (0x1fb3, "\u{1fbc}"),
    (0x1fb4, "\u{386}\u{345}"),
    (0x1fb7, "\u{391}\u{342}\u{345}"),
    (0x1fbc, "\u{1fbc}"),
    (0x1fc2, "\u{1fca}\u{345}"),
    (0x1fc3, "\u{1fcc}"),
    (0x1fc4, "\u{389}\u{345}"),
    (0x1fc7, "\u{397}\u{342}\u{345}"),
    (0x1fcc, "\u{1fcc}"),
    (0x1ff2, "\u{1ffa}\u{345}"),
    (0x1ff3, "\u{1ffc}"),
    (0x1ff4, "\u{38f}\u{345}"),
    (0x1ff7, "\u{3a9}\u{342}\u{345}"),
    (0x1ffc, "\u{1ffc}"),
    (0xfb00, "Ff"),
    (0xfb01, "Fi"),
    (0xfb02, "Fl"),
    (0xfb03, "Ffi"),
    (0xfb04, "Ffl"),
    (0xfb05, "St"),
    (0xfb06, "St"),
    (0xfb13, "\u{544}\u{576}"),
    (0xfb14, "\u{544}\u{565}"),
    (0xfb15, "\u{544}\u{56b}"),
    (0xfb16, "\u{54e}\u{576}"),
    (0xfb17, "\u{544}\u{56d}"),
];

/// Characters whose case folding differs from their lowercase, with the folding.
const FOLD_MAP: &[(u32, &str)] = &[
    (0xb5, "\u{3bc}"),
    (0xdf, "ss"),
    (0x149, "\u{2bc}n"),
    (0x17f, "s"),
    (0x1f0, "j\u{30c}"),
    (0x345, "\u{3b9}"),
    (0x390, "\u{3b9}\u{308}\u{301}"),
    (0x3b0, "\u{3c5}\u{308}\u{301}"),
    (0x3c2, "\u{3c3}"),
    (0x3d0, "\u{3b2}"),
    (0x3d1, "\u{3b8}"),
    (0x3d5, "\u{3c6}"),
    (0x3d6, "\u{3c0}"),
    (0x3f0, "\u{3ba}"),
    (0x3f1, "\u{3c1}"),
    (0x3f5, "\u{3b5}"),
    (0x587, "\u{565}\u{582}"),
    (0x13a0, "\u{13a0}"),
    (0x13a1, "\u{13a1}"),
    (0x13a2, "\u{13a2}"),
    (0x13a3, "\u{13a3}"),
    (0x13a4, "\u{13a4}"),
    (0x13a5, "\u{13a5}"),
    (0x13a6, "\u{13a6}"),
    (0x13a7, "\u{13a7}"),
    (0x13a8, "\u{13a8}"),
    (0x13a9, "\u{13a9}"),
    (0x13aa, "\u{13aa}"),
    (0x13ab, "\u{13ab}"),
    (0x13ac, "\u{13ac}"),
    (0x13ad, "\u{13ad}"),
    (0x13ae, "\u{13ae}"),
    (0x13af, "\u{13af}"),
    (0x13b0, "\u{13b0}"),
    (0x13b1, "\u{13b1}"),
    (0x13b2, "\u{13b2}"),
    (0x13b3, "\u{13b3}"),
    (0x13b4, "\u{13b4}"),
    (0x13b5, "\u{13b5}"),
    (0x13b6, "\u{13b6}"),
    (0x13b7, "\u{13b7}"),
    (0x13b8, "\u{13b8}"),
    (0x13b9, "\u{13b9}"),
    (0x13ba, "\u{13ba}"),
    (0x13bb, "\u{13bb}"),
    (0x13bc, "\u{13bc}"),
    (0x13bd, "\u{13bd}"),
    (0x13be, "\u{13be}"),
    (0x13bf, "\u{13bf}"),
    (0x13c0, "\u{13c0}"),
    (0x13c1, "\u{13c1}"),
    (0x13c2, "\u{13c2}"),
    (0x13c3, "\u{13c3}"),
    (0x13c4, "\u{13c4}"),
    (0x13c5, "\u{13c5}"),
    (0x13c6, "\u{13c6}"),
    (0x13c7, "\u{13c7}"),
    (0x13c8, "\u{13c8}"),
    (0x13c9, "\u{13c9}"),
    (0x13ca, "\u{13ca}"),
    (0x13cb, "\u{13cb}"),
    (0x13cc, "\u{13cc}"),
    (0x13cd, "\u{13cd}"),
    (0x13ce, "\u{13ce}"),
    (0x13cf, "\u{13cf}"),
    (0x13d0, "\u{13d0}"),
    (0x13d1, "\u{13d1}"),
    (0x13d2, "\u{13d2}"),
    (0x13d3, "\u{13d3}"),
    (0x13d4, "\u{13d4}"),
    (0x13d5, "\u{13d5}"),
    (0x13d6, "\u{13d6}"),
    (0x13d7, "\u{13d7}"),
    (0x13d8, "\u{13d8}"),
    (0x13d9, "\u{13d9}"),
    (0x13da, "\u{13da}"),
    (0x13db, "\u{13db}"),
    (0x13dc, "\u{13dc}"),
    (0x13dd, "\u{13dd}"),
    (0x13de, "\u{13de}"),
    (0x13df, "\u{13df}"),
    (0x13e0, "\u{13e0}"),
    (0x13e1, "\u{13e1}"),
    (0x13e2, "\u{13e2}"),
    (0x13e3, "\u{13e3}"),
    (0x13e4, "\u{13e4}"),
    (0x13e5, "\u{13e5}"),
    (0x13e6, "\u{13e6}"),
    (0x13e7, "\u{13e7}"),
    (0x13e8, "\u{13e8}"),
    (0x13e9, "\u{13e9}"),
    (0x13ea, "\u{13ea}"),
    (0x13eb, "\u{13eb}"),
    (0x13ec, "\u{13ec}"),
    (0x13ed, "\u{13ed}"),
    (0x13ee, "\u{13ee}"),
    (0x13ef, "\u{13ef}"),
    (0x13f0, "\u{13f0}"),
    (0x13f1, "\u{13f1}"),
    (0x13f2, "\u{13f2}"),
    (0x13f3, "\u{13f3}"),
    (0x13f4, "\u{13f4}"),
    (0x13f5, "\u{13f5}"),
    (0x13f8, "\u{13f0}"),
    (0x13f9, "\u{13f1}"),
    (0x13fa, "\u{13f2}"),
    (0x13fb, "\u{13f3}"),
    (0x13fc, "\u{13f4}"),
    (0x13fd, "\u{13f5}"),
    (0x1c80, "\u{432}"),
    (0x1c81, "\u{434}"),
    (0x1c82, "\u{43e}"),
    (0x1c83, "\u{441}"),
    (0x1c84, "\u{442}"),
    (0x1c85, "\u{442}"),
    (0x1c86, "\u{44a}"),
    (0x1c87, "\u{463}"),
    (0x1c88, "\u{a64b}"),
    (0x1e96, "h\u{331}"),
    (0x1e97, "t\u{308}"),
    (0x1e98, "w\u{30a}"),
    (0x1e99, "y\u{30a}"),
    (0x1e9a, "a\u{2be}"),
    (0x1e9b, "\u{1e61}"),
    (0x1e9e, "ss"),
    (0x1f50, "\u{3c5}\u{313}"),
    (0x1f52, "\u{3c5}\u{313}\u{300}"),
    (0x1f54, "\u{3c5}\u{313}\u{301}"),
    (0x1f56, "\u{3c5}\u{313}\u{342}"),
    (0x1f80, "\u{1f00}\u{3b9}"),
    (0x1f81, "\u{1f01}\u{3b9}"),
    (0x1f82, "\u{1f02}\u{3b9}"),
    (0x1f83, "\u{1f03}\u{3b9}"),
    (0x1f84, "\u{1f04}\u{3b9}"),
    (0x1f85, "\u{1f05}\u{3b9}"),
    (0x1f86, "\u{1f06}\u{3b9}"),
    (0x1f87, "\u{1f07}\u{3b9}"),
    (0x1f88, "\u{1f00}\u{3b9}"),
    (0x1f89, "\u{1f01}\u{3b9}"),
    (0x1f8a, "\u{1f02}\u{3b9}"),
    (0x1f8b, "\u{1f03}\u{3b9}"),
    (0x1f8c, "\u{1f04}\u{3b9}"),
    (0x1f8d, "\u{1f05}\u{3b9}"),
    (0x1f8e, "\u{1f06}\u{3b9}"),
    (0x1f8f, "\u{1f07}\u{3b9}"),
    (0x1f90, "\u{1f20}\u{3b9}"),
    (0x1f91, "\u{1f21}\u{3b9}"),
    (0x1f92, "\u{1f22}\u{3b9}"),
    (0x1f93, "\u{1f23}\u{3b9}"),
    (0x1f94, "\u{1f24}\u{3b9}"),
    (0x1f95, "\u{1f25}\u{3b9}"),
    (0x1f96, "\u{1f26}\u{3b9}"),
    (0x1f97, "\u{1f27}\u{3b9}"),
    (0x1f98, "\u{1f20}\u{3b9}"),
    (0x1f99, "\u{1f21}\u{3b9}"),
    (0x1f9a, "\u{1f22}\u{3b9}"),
    (0x1f9b, "\u{1f23}\u{3b9}"),
    (0x1f9c, "\u{1f24}\u{3b9}"),
    (0x1f9d, "\u{1f25}\u{3b9}"),
    (0x1f9e, "\u{1f26}\u{3b9}"),
    (0x1f9f, "\u{1f27}\u{3b9}"),
    (0x1fa0, "\u{1f60}\u{3b9}"),
    (0x1fa1, "\u{1f61}\u{3b9}"),
    (0x1fa2, "\u{1f62}\u{3b9}"),
    (0x1fa3, "\u{1f63}\u{3b9}"),
    (0x1fa4, "\u{1f64}\u{3b9}"),
    (0x1fa5, "\u{1f65}\u{3b9}"),
    (0x1fa6, "\u{1f66}\u{3b9}"),
    (0x1fa7, "\u{1f67}\u{3b9}"),
    (0x1fa8, "\u{1f60}\u{3b9}"),
    (0x1fa9, "\u{1f61}\u{3b9}"),
    (0x1faa, "\u{1f62}\u{3b9}"),
    (0x1fab, "\u{1f63}\u{3b9}"),
    (0x1fac, "\u{1f64}\u{3b9}"),
    (0x1fad, "\u{1f65}\u{3b9}"),
    (0x1fae, "\u{1f66}\u{3b9}"),
    (0x1faf, "\u{1f67}\u{3b9}"),
    (0x1fb2, "\u{1f70}\u{3b9}"),
    (0x1fb3, "\u{3b1}\u{3b9}"),
    (0x1fb4, "\u{3ac}\u{3b9}"),
    (0x1fb6, "\u{3b1}\u{342}"),
    (0x1fb7, "\u{3b1}\u{342}\u{3b9}"),
    (0x1fbc, "\u{3b1}\u{3b9}"),
    (0x1fbe, "\u{3b9}"),
    (0x1fc2, "\u{1f74}\u{3b9}"),
    (0x1fc3, "\u{3b7}\u{3b9}"),
    (0x1fc4, "\u{3ae}\u{3b9}"),
    (0x1fc6, "\u{3b7}\u{342}"),
    (0x1fc7, "\u{3b7}\u{342}\u{3b9}"),
    (0x1fcc, "\u{3b7}\u{3b9}"),
    (0x1fd2, "\u{3b9}\u{308}\u{300}"),
    (0x1fd3, "\u{3b9}\u{308}\u{301}"),
    (0x1fd6, "\u{3b9}\u{342}"),
    (0x1fd7, "\u{3b9}\u{308}\u{342}"),
    (0x1fe2, "\u{3c5}\u{308}\u{300}"),
    (0x1fe3, "\u{3c5}\u{308}\u{301}"),
    (0x1fe4, "\u{3c1}\u{313}"),
    (0x1fe6, "\u{3c5}\u{342}"),
    (0x1fe7, "\u{3c5}\u{308}\u{342}"),
    (0x1ff2, "\u{1f7c}\u{3b9}"),
    (0x1ff3, "\u{3c9}\u{3b9}"),
    (0x1ff4, "\u{3ce}\u{3b9}"),
    (0x1ff6, "\u{3c9}\u{342}"),
    (0x1ff7, "\u{3c9}\u{342}\u{3b9}"),
    (0x1ffc, "\u{3c9}\u{3b9}"),
    (0xab70, "\u{13a0}"),
    (0xab71, "\u{13a1}"),
    (0xab72, "\u{13a2}"),
    (0xab73, "\u{13a3}"),
    (0xab74, "\u{13a4}"),
    (0xab75, "\u{13a5}"),
    (0xab76, "\u{13a6}"),
    (0xab77, "\u{13a7}"),
    (0xab78, "\u{13a8}"),
    (0xab79, "\u{13a9}"),
    (0xab7a, "\u{13aa}"),
    (0xab7b, "\u{13ab}"),
    (0xab7c, "\u{13ac}"),
    (0xab7d, "\u{13ad}"),
    (0xab7e, "\u{13ae}"),
    (0xab7f, "\u{13af}"),
    (0xab80, "\u{13b0}"),
    (0xab81, "\u{13b1}"),
    (0xab82, "\u{13b2}"),
    (0xab83, "\u{13b3}"),
    (0xab84, "\u{13b4}"),
    (0xab85, "\u{13b5}"),
    (0xab86, "\u{13b6}"),
    (0xab87, "\u{13b7}"),
    (0xab88, "\u{13b8}"),
    (0xab89, "\u{13b9}"),
    (0xab8a, "\u{13ba}"),
    (0xab8b, "\u{13bb}"),
    (0xab8c, "\u{13bc}"),
    (0xab8d, "\u{13bd}"),
    (0xab8e, "\u{13be}"),
    (0xab8f, "\u{13bf}"),
    (0xab90, "\u{13c0}"),
    (0xab91, "\u{13c1}"),
    (0xab92, "\u{13c2}"),
    (0xab93, "\u{13c3}"),
    (0xab94, "\u{13c4}"),
    (0xab95, "\u{13c5}"),
    (0xab96, "\u{13c6}"),
    (0xab97, "\u{13c7}"),
    (0xab98, "\u{13c8}"),
    (0xab99, "\u{13c9}"),
    (0xab9a, "\u{13ca}"),
    (0xab9b, "\u{13cb}"),
    (0xab9c, "\u{13cc}"),
    (0xab9d, "\u{13cd}"),
    (0xab9e, "\u{13ce}"),
    (0xab9f, "\u{13cf}"),
    (0xaba0, "\u{13d0}"),
    (0xaba1, "\u{13d1}"),
    (0xaba2, "\u{13d2}"),
    (0xaba3, "\u{13d3}"),
    (0xaba4, "\u{13d4}"),
    (0xaba5, "\u{13d5}"),
    (0xaba6, "\u{13d6}"),
    (0xaba7, "\u{13d7}"),
    (0xaba8, "\u{13d8}"),
    (0xaba9, "\u{13d9}"),
    (0xabaa, "\u{13da}"),
    (0xabab, "\u{13db}"),
    (0xabac, "\u{13dc}"),
    (0xabad, "\u{13dd}"),
    (0xabae, "\u{13de}"),
    (0xabaf, "\u{13df}"),
    (0xabb0, "\u{13e0}"),
    (0xabb1, "\u{13e1}"),
    (0xabb2, "\u{13e2}"),
    (0xabb3, "\u{13e3}"),
    (0xabb4, "\u{13e4}"),
    (0xabb5, "\u{13e5}"),
    (0xabb6, "\u{13e6}"),
    (0xabb7, "\u{13e7}"),
    (0xabb8, "\u{13e8}"),
    (0xabb9, "\u{13e9}"),
    (0xabba, "\u{13ea}"),
    (0xabbb, "\u{13eb}"),
    (0xabbc, "\u{13ec}"),
    (0xabbd, "\u{13ed}"),
    (0xabbe, "\u{13ee}"),
    (0xabbf, "\u{13ef}"),
    (0xfb00, "ff"),
    (0xfb01, "fi"),
    (0xfb02, "fl"),
    (0xfb03, "ffi"),
    (0xfb04, "ffl"),
    (0xfb05, "st"),
    (0xfb06, "st"),
    (0xfb13, "\u{574}\u{576}"),
    (0xfb14, "\u{574}\u{565}"),
    (0xfb15, "\u{574}\u{56b}"),
    (0xfb16, "\u{57e}\u{576}"),
    (0xfb17, "\u{574}\u{56d}"),
];

/// Case-ignorable characters that the final-sigma rule skips, as toggle points.
const CASE_IGNORABLE: &[u32] = &[
    39, 40, 46, 47, 58, 59, 94, 95, 96, 97, 168, 169, 173, 174, 175, 176, 180, 181, 183, 185, 688, 880, 884, 886, 890,
    891, 900, 902, 903, 904, 1155, 1162, 1369, 1370, 1375, 1376, 1425, 1470, 1471, 1472, 1473, 1475, 1476, 1478, 1479,
    1480, 1524, 1525, 1536, 1542, 1552, 1563, 1564, 1565, 1600, 1601, 1611, 1632, 1648, 1649, 1750, 1758, 1759, 1769,
    1770, 1774, 1807, 1808, 1809, 1810, 1840, 1867, 1958, 1969, 2027, 2038, 2042, 2043, 2045, 2046, 2070, 2094, 2137,
    2140, 2184, 2185, 2192, 2194, 2200, 2208, 2249, 2307, 2362, 2363, 2364, 2365, 2369, 2377, 2381, 2382, 2385, 2392,
    2402, 2404, 2417, 2418, 2433, 2434, 2492, 2493, 2497, 2501, 2509, 2510, 2530, 2532, 2558, 2559, 2561, 2563, 2620,
    2621, 2625, 2627, 2631, 2633, 2635, 2638, 2641, 2642, 2672, 2674, 2677, 2678, 2689, 2691, 2748, 2749, 2753, 2758,
    2759, 2761, 2765, 2766, 2786, 2788, 2810, 2816, 2817, 2818, 2876, 2877, 2879, 2880, 2881, 2885, 2893, 2894, 2901,
    2903, 2914, 2916, 2946, 2947, 3008, 3009, 3021, 3022, 3072, 3073, 3076, 3077, 3132, 3133, 3134, 3137, 3142, 3145,
    3146, 3150, 3157, 3159, 3170, 3172, 3201, 3202, 3260, 3261, 3263, 3264, 3270, 3271, 3276, 3278, 3298, 3300, 3328,
    3330, 3387, 3389, 3393, 3397, 3405, 3406, 3426, 3428, 3457, 3458, 3530, 3531, 3538, 3541, 3542, 3543, 3633, 3634,
    3636, 3643, 3654, 3663, 3761, 3762, 3764, 3773, 3782, 3783, 3784, 3790, 3864, 3866, 3893, 3894, 3895, 3896, 3897,
    3898, 3953, 3967, 3968, 3973, 3974, 3976, 3981, 3992, 3993, 4029, 4038, 4039, 4141, 4145, 4146, 4152, 4153, 4155,
    4157, 4159, 4184, 4186, 4190, 4193, 4209, 4213, 4226, 4227, 4229, 4231, 4237, 4238, 4253, 4254, 4348, 4349, 4957,
    4960, 5906, 5909, 5938, 5940, 5970, 5972, 6002, 6004, 6068, 6070, 6071, 6078, 6086, 6087, 6089, 6100, 6103, 6104,
    6109, 6110, 6155, 6160, 6211, 6212, 6277, 6279, 6313, 6314, 6432, 6435, 6439, 6441, 6450, 6451, 6457, 6460, 6679,
    6681, 6683, 6684, 6742, 6743, 6744, 6751, 6752, 6753, 6754, 6755, 6757, 6765, 6771, 6781, 6783, 6784, 6823, 6824,
    6832, 6863, 6912, 6916, 6964, 6965, 6966, 6971, 6972, 6973, 6978, 6979, 7019, 7028, 7040, 7042, 7074, 7078, 7080,
    7082, 7083, 7086, 7142, 7143, 7144, 7146, 7149, 7150, 7151, 7154, 7212, 7220, 7222, 7224, 7288, 7294, 7376, 7379,
    7380, 7393, 7394, 7401, 7405, 7406, 7412, 7413, 7416, 7418, 7468, 7531, 7544, 7545, 7579, 7680, 8125, 8126, 8127,
    8130, 8141, 8144, 8157, 8160, 8173, 8176, 8189, 8191, 8203, 8208, 8216, 8218, 8228, 8229, 8231, 8232, 8234, 8239,
    8288, 8293, 8294, 8304, 8305, 8306, 8319, 8320, 8336, 8349, 8400, 8433, 11388, 11390, 11503, 11506, 11631, 11632,
    11647, 11648, 11744, 11776, 11823, 11824, 12293, 12294, 12330, 12334, 12337, 12342, 12347, 12348, 12441, 12447,
    12540, 12543, 40981, 40982, 42232, 42238, 42508, 42509, 42607, 42611, 42612, 42622, 42623, 42624, 42652, 42656,
    42736, 42738, 42752, 42786, 42864, 42865, 42888, 42891, 42994, 42997, 43000, 43002, 43010, 43011, 43014, 43015,
    43019, 43020, 43045, 43047, 43052, 43053, 43204, 43206, 43232, 43250, 43263, 43264, 43302, 43310, 43335, 43346,
    43392, 43395, 43443, 43444, 43446, 43450, 43452, 43454, 43471, 43472, 43493, 43495, 43561, 43567, 43569, 43571,
    43573, 43575, 43587, 43588, 43596, 43597, 43632, 43633, 43644, 43645, 43696, 43697, 43698, 43701, 43703, 43705,
    43710, 43712, 43713, 43714, 43741, 43742, 43756, 43758, 43763, 43765, 43766, 43767, 43867, 43872, 43881, 43884,
    44005, 44006, 44008, 44009, 44013, 44014, 64286, 64287, 64434, 64451, 65024, 65040, 65043, 65044, 65056, 65072,
    65106, 65107, 65109, 65110, 65279, 65280, 65287, 65288, 65294, 65295, 65306, 65307, 65342, 65343, 65344, 65345,
    65392, 65393, 65438, 65440, 65507, 65508, 65529, 65532, 66045, 66046, 66272, 66273, 66422, 66427, 67456, 67462,
    67463, 67505, 67506, 67515, 68097, 68100, 68101, 68103, 68108, 68112, 68152, 68155, 68159, 68160, 68325, 68327,
    68900, 68904, 69291, 69293, 69446, 69457, 69506, 69510, 69633, 69634, 69688, 69703, 69744, 69745, 69747, 69749,
    69759, 69762, 69811, 69815, 69817, 69819, 69821, 69822, 69826, 69827, 69837, 69838, 69888, 69891, 69927, 69932,
    69933, 69941, 70003, 70004, 70016, 70018, 70070, 70079, 70089, 70093, 70095, 70096, 70191, 70194, 70196, 70197,
    70198, 70200, 70206, 70207, 70367, 70368, 70371, 70379, 70400, 70402, 70459, 70461, 70464, 70465, 70502, 70509,
    70512, 70517, 70712, 70720, 70722, 70725, 70726, 70727, 70750, 70751, 70835, 70841, 70842, 70843, 70847, 70849,
    70850, 70852, 71090, 71094, 71100, 71102, 71103, 71105, 71132, 71134, 71219, 71227, 71229, 71230, 71231, 71233,
    71339, 71340, 71341, 71342, 71344, 71350, 71351, 71352, 71453, 71456, 71458, 71462, 71463, 71468, 71727, 71736,
    71737, 71739, 71995, 71997, 71998, 71999, 72003, 72004, 72148, 72152, 72154, 72156, 72160, 72161, 72193, 72203,
    72243, 72249, 72251, 72255, 72263, 72264, 72273, 72279, 72281, 72284, 72330, 72343, 72344, 72346, 72752, 72759,
    72760, 72766, 72767, 72768, 72850, 72872, 72874, 72881, 72882, 72884, 72885, 72887, 73009, 73015, 73018, 73019,
    73020, 73022, 73023, 73030, 73031, 73032, 73104, 73106, 73109, 73110, 73111, 73112, 73459, 73461, 78896, 78905,
    92912, 92917, 92976, 92983, 92992, 92996, 94031, 94032, 94095, 94112, 94176, 94178, 94179, 94181, 110576, 110580,
    110581, 110588, 110589, 110591, 113821, 113823, 113824, 113828, 118528, 118574, 118576, 118599, 119143, 119146,
    119155, 119171, 119173, 119180, 119210, 119214, 119362, 119365, 121344, 121399, 121403, 121453, 121461, 121462,
    121476, 121477, 121499, 121504, 121505, 121520, 122880, 122887, 122888, 122905, 122907, 122914, 122915, 122917,
    122918, 122923, 123184, 123198, 123566, 123567, 123628, 123632, 125136, 125143, 125252, 125260, 127995, 128000,
    917505, 917506, 917536, 917632, 917760, 918000,
];

/// Characters whose case properties changed after Unicode 14.0 (Rust's
/// tables are newer): Python 3.11 maps them to themselves, and treats the
/// ones in `LOWER_14` as lowercase and the rest as uncased.
const CASE_14: &[u32] = &[
    0x19b, 0x264, 0x295, 0x10fc, 0x1c89, 0x1c8a, 0xa7cb, 0xa7cc, 0xa7cd, 0xa7ce, 0xa7cf, 0xa7d2, 0xa7d3, 0xa7d4,
    0xa7d5, 0xa7da, 0xa7db, 0xa7dc, 0xa7f1, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69, 0x10d50, 0x10d51, 0x10d52, 0x10d53,
    0x10d54, 0x10d55, 0x10d56, 0x10d57, 0x10d58, 0x10d59, 0x10d5a, 0x10d5b, 0x10d5c, 0x10d5d, 0x10d5e, 0x10d5f,
    0x10d60, 0x10d61, 0x10d62, 0x10d63, 0x10d64, 0x10d65, 0x10d70, 0x10d71, 0x10d72, 0x10d73, 0x10d74, 0x10d75,
    0x10d76, 0x10d77, 0x10d78, 0x10d79, 0x10d7a, 0x10d7b, 0x10d7c, 0x10d7d, 0x10d7e, 0x10d7f, 0x10d80, 0x10d81,
    0x10d82, 0x10d83, 0x10d84, 0x10d85, 0x16ea0, 0x16ea1, 0x16ea2, 0x16ea3, 0x16ea4, 0x16ea5, 0x16ea6, 0x16ea7,
    0x16ea8, 0x16ea9, 0x16eaa, 0x16eab, 0x16eac, 0x16ead, 0x16eae, 0x16eaf, 0x16eb0, 0x16eb1, 0x16eb2, 0x16eb3,
    0x16eb4, 0x16eb5, 0x16eb6, 0x16eb7, 0x16eb8, 0x16ebb, 0x16ebc, 0x16ebd, 0x16ebe, 0x16ebf, 0x16ec0, 0x16ec1,
    0x16ec2, 0x16ec3, 0x16ec4, 0x16ec5, 0x16ec6, 0x16ec7, 0x16ec8, 0x16ec9, 0x16eca, 0x16ecb, 0x16ecc, 0x16ecd,
    0x16ece, 0x16ecf, 0x16ed0, 0x16ed1, 0x16ed2, 0x16ed3, 0x1df25, 0x1df26, 0x1df27, 0x1df28, 0x1df29, 0x1df2a,
    0x1e030, 0x1e031, 0x1e032, 0x1e033, 0x1e034, 0x1e035, 0x1e036, 0x1e037, 0x1e038, 0x1e039, 0x1e03a, 0x1e03b,
    0x1e03c, 0x1e03d, 0x1e03e, 0x1e03f, 0x1e040, 0x1e041, 0x1e042, 0x1e043, 0x1e044, 0x1e045, 0x1e046, 0x1e047,
    0x1e048, 0x1e049, 0x1e04a, 0x1e04b, 0x1e04c, 0x1e04d, 0x1e04e, 0x1e04f, 0x1e050, 0x1e051, 0x1e052, 0x1e053,
    0x1e054, 0x1e055, 0x1e056, 0x1e057, 0x1e058, 0x1e059, 0x1e05a, 0x1e05b, 0x1e05c, 0x1e05d, 0x1e05e, 0x1e05f,
    0x1e060, 0x1e061, 0x1e062, 0x1e063, 0x1e064, 0x1e065, 0x1e066, 0x1e067, 0x1e068, 0x1e069, 0x1e06a, 0x1e06b,
    0x1e06c, 0x1e06d,
];

/// The members of `CASE_14` that are lowercase in Unicode 14.0.
const LOWER_14: &[u32] = &[0x19b, 0x264, 0x295, 0xa7d3, 0xa7d5];
