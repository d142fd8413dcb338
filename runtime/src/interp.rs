//! The tier-1 interpreter: a specializing bytecode loop.
//!
//! One `run` call executes Python frames until its entry frame returns (or,
//! for a generator, yields). Calls from Python to Python functions do not
//! recurse on the native stack: the callee's frame is pushed on the data stack
//! and the loop carries on in it, as CPython 3.11 does, so deep Python
//! recursion is bounded by the recursion limit, not by the Rust stack.
//!
//! Hot state (instruction pointer, stack pointer, locals pointer) lives in
//! Rust locals and is written back to the frame only when control leaves it
//! (a call, a return, an exception), which keeps the common instructions to a
//! few loads and stores.
//!
//! Specialization: generic instructions count down a warm-up counter in their
//! inline cache and then rewrite themselves into a specialized form for the
//! operand types they see (`BinaryOp` → `BinaryOpAddInt`). A specialized
//! instruction checks its guard and, if the guard fails, rewrites itself back
//! (with a back-off) and runs the generic path.

use crate::bytecode::{code_flags, BinOp, CmpOp, Code, InlineCache, Op, INPLACE, LOAD_GLOBAL_NULL};
use crate::class::Instance;
use crate::frame::{self, Frame};
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::ptr;

/// Executions of a generic instruction before it tries to specialize.
pub const WARMUP: u16 = 2;
/// Back-off after a failed specialization or a deoptimization.
const BACKOFF: u16 = 64;

/// Frame flag: an `__init__` run on behalf of a class call; returning from
/// it produces the new instance, kept in the frame's `locals` slot.
pub const FRAME_INIT: u32 = 2;
/// Frame flag: the frame lives in a generator's buffer, not on the data
/// stack, so leaving it does not move the data stack's top.
pub const FRAME_HEAP: u32 = 4;
/// Frame flag: a generator frame entered inline by `ForIter` (no Rust-level
/// resume); yielding or returning goes straight back to the loop.
pub const FRAME_INLINE_GEN: u32 = 8;
/// Frame flag: a generator being drained by `list()`, `tuple()`, `set()`...;
/// each yielded value goes to the innermost collect sink and the generator
/// carries on without returning to Rust.
pub const FRAME_COLLECT: u32 = 16;

/// A `YieldValue` cache's `aux` bits: the yield has run in a generator
/// drained by a collecting consumer (`set(genexpr)`: the value goes to the
/// collect sink), and it has run any other way. Tier 2 runs the yield on
/// the trace (`_YIELD_COLLECT`) only where it has never run otherwise.
pub const YIELD_SEEN_COLLECT: u16 = 1;
pub const YIELD_SEEN_OTHER: u16 = 2;

/// Notes in a `YieldValue`'s cache how it ran (see `YIELD_SEEN_COLLECT`);
/// one load and compare once both ways were seen.
#[inline(always)]
fn note_yield(code: &Code, pc: usize, bit: u16) {
    debug_assert!(pc < code.caches.len());
    // SAFETY: `pc` is an instruction index of `code` (one cache each); only
    // the `aux` field is read, so a settled yield costs one load.
    let aux = unsafe { (*code.caches.get_unchecked(pc).as_ptr()).aux };
    if aux & bit == 0 {
        note_yield_slow(code, pc, bit);
    }
}

#[cold]
#[inline(never)]
fn note_yield_slow(code: &Code, pc: usize, bit: u16) {
    let mut c = cache(code, pc);
    c.aux |= bit;
    set_cache(code, pc, c);
}

/// For a call of a plain user class (default metaclass, `object.__new__`,
/// a Python `__init__`), the `__init__` to run inline.
fn inline_init(vm: &mut Vm, callable: &Value) -> Option<Value> {
    let cls = callable.downcast::<crate::class::Class>()?;
    if cls.builtin || !callable.header()?.ty.get().eq(&vm.t.type_.header_ptr()) {
        return None;
    }
    if cls.flags.get() & crate::class::flags::IS_EXCEPTION != 0 {
        return None;
    }
    match cls.base_kind.get() {
        None | Some(ObjKind::Instance) => {}
        _ => return None,
    }
    let newk = vm.intern_static("__new__");
    let new = cls.lookup(&newk)?;
    let object_new = vm.t.object.downcast::<crate::class::Class>()?.namespace().get_str(&newk)?;
    if !new.is(&object_new) {
        return None;
    }
    let initk = vm.intern_static("__init__");
    let init = cls.lookup(&initk)?;
    if init.kind() != Some(ObjKind::Function) {
        return None;
    }
    let code = &init.downcast::<Function>()?.code.downcast::<CodeObj>()?.code;
    if code.is_generator() {
        return None;
    }
    Some(init)
}

/// How a `run` ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Runs `entry` (already pushed and linked as `vm.frame`'s successor) to
/// completion and returns its value.
pub fn run_frame(vm: &mut Vm, entry: *mut Frame) -> PyResult<Value> {
    match run(vm, entry)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(v) => Ok(v),
    }
}

/// Binds call arguments into a new frame's locals, with CPython's errors.
pub fn bind_args(
    vm: &mut Vm,
    fr: *mut Frame,
    f: &Function,
    code: &Code,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<()> {
    let locals = Frame::localsplus(fr);
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & code_flags::VARARGS != 0;
    let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
    let fname = || code.qualname.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
    // SAFETY: all slot indices below are < nlocalsplus: parameters come first
    // in varnames, followed by *args and **kwargs slots.
    unsafe {
        // Positional.
        let npos = args.len().min(argcount);
        for (i, a) in args.iter().enumerate().take(npos) {
            *locals.add(i) = a.clone();
        }
        let mut next_slot = argcount + kwonly;
        if has_varargs {
            let rest: Vec<Value> = if args.len() > argcount { args[argcount..].to_vec() } else { Vec::new() };
            *locals.add(next_slot) = vm.new_tuple(rest);
            next_slot += 1;
        } else if args.len() > argcount {
            let given = args.len();
            let defaults_n = f.defaults.with(|d| d.downcast::<Tuple>().map(|t| t.items.len()).unwrap_or(0));
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly].iter().any(|n| crate::dict::fast_eq(n, k) == Some(true))
                })
                .count();
            let takes = if defaults_n > 0 {
                format!("from {} to {} positional arguments", argcount - defaults_n, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let kwpart = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let msg = if kw_given > 0 {
                format!("{}() takes {} but {}{} were given", fname(), takes, given, kwpart)
            } else {
                format!("{}() takes {} but {} {} given", fname(), takes, given, if given == 1 { "was" } else { "were" })
            };
            return Err(vm.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = vm.new_dict();
            *locals.add(next_slot) = d.clone();
            Some(d)
        } else {
            None
        };
        // Keywords.
        for (k, v) in kwargs {
            let mut found = None;
            for (i, n) in code.varnames[..argcount + kwonly].iter().enumerate() {
                if n.is(k) || crate::dict::fast_eq(n, k) == Some(true) {
                    found = Some(i);
                    break;
                }
            }
            match found {
                Some(i) if i >= code.posonlyargcount as usize => {
                    if !(*locals.add(i)).is_null() {
                        let kn = k.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
                        return Err(vm.type_error(format!("{}() got multiple values for argument '{}'", fname(), kn)));
                    }
                    *locals.add(i) = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => {
                        d.downcast::<Dict>().unwrap().set(vm, k.clone(), v.clone())?;
                    }
                    None => {
                        let kn = k.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default();
                        // CPython names every positional-only parameter passed
                        // by keyword, before reporting an unexpected one.
                        let posonly = &code.varnames[..code.posonlyargcount as usize];
                        let named: Vec<String> = kwargs
                            .iter()
                            .filter(|(k, _)| {
                                posonly.iter().any(|n| n.is(k) || crate::dict::fast_eq(n, k) == Some(true))
                            })
                            .map(|(k, _)| k.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default())
                            .collect();
                        if !named.is_empty() {
                            return Err(vm.type_error(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                fname(),
                                named.join(", ")
                            )));
                        }
                        let _ = found;
                        return Err(vm.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname(),
                            kn
                        )));
                    }
                },
            }
        }
        // Defaults for missing positionals.
        if npos < argcount {
            let defaults = f.defaults.get_clone();
            let dt: &[Value] = defaults.downcast::<Tuple>().map(|t| &t.items[..]).unwrap_or(&[]);
            let first_default = argcount - dt.len();
            let mut missing = Vec::new();
            for i in npos..argcount {
                if (*locals.add(i)).is_null() {
                    if i >= first_default {
                        *locals.add(i) = dt[i - first_default].clone();
                    } else {
                        missing.push(code.varnames[i].downcast::<Str>().unwrap().s.to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(vm.type_error(missing_msg(&fname(), "positional", &missing)));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let kwd = f.kwdefaults.get_clone();
            let mut missing = Vec::new();
            for i in argcount..argcount + kwonly {
                if (*locals.add(i)).is_null() {
                    let name = &code.varnames[i];
                    let d = kwd.downcast::<Dict>().and_then(|d| d.get_str(name));
                    match d {
                        Some(v) => *locals.add(i) = v,
                        None => missing.push(name.downcast::<Str>().unwrap().s.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(vm.type_error(missing_msg(&fname(), "keyword-only", &missing)));
            }
        }
        // Free variables from the closure.
        if code.flags & code_flags::HAS_FREE != 0 {
            let closure = f.closure.get_clone();
            if let Some(t) = closure.downcast::<Tuple>() {
                let base = locals.add(code.varnames.len());
                for (i, c) in t.items.iter().enumerate() {
                    *base.add(i) = c.clone();
                }
            }
        }
    }
    Ok(())
}

fn missing_msg(fname: &str, kind: &str, missing: &[String]) -> String {
    let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
    };
    format!(
        "{}() missing {} required {} argument{}: {}",
        fname,
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    )
}

/// `obj[start:stop:step]` (`BinarySlice`): a list is sliced directly for
/// small bounds, without a slice object; anything else through `getitem`.
pub(crate) fn binary_slice(vm: &mut Vm, obj: Value, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let small = crate::types::small_slice_bound;
    if let (Some(l), Some(a), Some(b), Some(c)) = (obj.downcast::<List>(), small(&start), small(&stop), small(&step)) {
        let c = c.unwrap_or(1);
        if c != 0 {
            let out = l.items.with(|items| {
                let (s0, _, st, count) = crate::types::resolve_slice(a, b, c, items.len() as i64);
                crate::types::slice_pick(items, s0, st, count)
            });
            return Ok(vm.new_list(out));
        }
    }
    let sl = alloc(vm.t.slice.clone(), Slice { start, stop, step });
    crate::ops::getitem(vm, &obj, &sl)
}

/// `obj[start:stop:step] = v` (`StoreSlice`): a list slice with small bounds
/// and step 1 is assigned in place (same length: items swapped, no
/// reallocation; a temporary source list's items are taken, not copied);
/// anything else through `setitem`.
pub(crate) fn store_slice(vm: &mut Vm, obj: Value, start: Value, stop: Value, step: Value, v: Value) -> PyResult<()> {
    let small = crate::types::small_slice_bound;
    if let (Some(l), Some(a), Some(b), true) = (obj.downcast::<List>(), small(&start), small(&stop), step.is_none()) {
        let new_items: Option<Vec<Value>> = if let Some(src) = v.downcast::<List>() {
            // A temporary list (`a[i:j] = b[k::-1]`) is ours alone: take its
            // items instead of copying.
            if v.header().is_some_and(|h| h.refcount() == 1) && !v.is(&obj) {
                Some(src.items.with_mut(std::mem::take))
            } else {
                Some(src.items.get_clone())
            }
        } else {
            v.downcast::<Tuple>().map(|t| t.items.to_vec())
        };
        if let Some(mut new_items) = new_items {
            // The replaced items are dropped only after the list is
            // consistent again (a drop may run code).
            let removed: Vec<Value> = l.items.with_mut(|items| {
                let (s0, s1, _, _) = crate::types::resolve_slice(a, b, 1, items.len() as i64);
                let (s0, s1) = (s0 as usize, s1.max(s0) as usize);
                if s1 - s0 == new_items.len() {
                    for (dst, src) in items[s0..s1].iter_mut().zip(new_items.iter_mut()) {
                        std::mem::swap(dst, src);
                    }
                    std::mem::take(&mut new_items)
                } else {
                    items.splice(s0..s1, new_items).collect()
                }
            });
            drop(removed);
            return Ok(());
        }
    }
    let sl = alloc(vm.t.slice.clone(), Slice { start, stop, step });
    crate::ops::setitem(vm, &obj, sl, v)
}

/// A binary operator on two small ints, when the result is computed
/// without the general path (which raises, or grows a big int).
#[inline(always)]
fn small_int_binop(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::FloorDiv if y != 0 => Some(x.div_euclid(y) - if (x.rem_euclid(y) != 0) && y < 0 { 1 } else { 0 }),
        BinOp::Mod if y != 0 => Some(((x % y) + y) % y),
        _ => None,
    }
}

/// A binary operator on floats (at least one operand was a float; a small
/// int converts exactly), when the result needs no error or special case.
#[inline(always)]
fn float_binop(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        // A positive finite base: libm's pow, as CPython calls it; an
        // overflow or underflow takes the generic path for its errors.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => Some(x.powf(y)).filter(|r| r.is_normal()),
        _ => None,
    }
}

/// The fast paths of `BinaryOp` on small ints and floats, for the JIT's
/// helper (the interpreter inlines them with its specialization).
pub(crate) fn numeric_binop_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        return small_int_binop(op, a.as_small_int(), b.as_small_int())
            .filter(|&r| Value::fits_small(r))
            .map(Value::small_int);
    }
    let num = |v: &Value| {
        if v.is_float() {
            Some(v.as_float())
        } else if v.is_small_int() {
            Some(v.as_small_int() as f64)
        } else {
            None
        }
    };
    float_binop(op, num(a)?, num(b)?).map(Value::float)
}

#[inline(always)]
fn cache(code: &Code, pc: usize) -> InlineCache {
    debug_assert!(pc < code.caches.len());
    // SAFETY: `pc` is an instruction index of `code` (the dispatch loop only
    // runs instructions that exist), and there is one cache per instruction.
    unsafe { code.caches.get_unchecked(pc).get() }
}
#[inline(always)]
fn set_cache(code: &Code, pc: usize, c: InlineCache) {
    code.caches[pc].set(c)
}
#[inline(always)]
fn rewrite(code: &Code, pc: usize, op: Op) {
    let w = code.instrs[pc].get();
    code.instrs[pc].set((w & !0xff) | op as u32);
}
/// Deoptimizes a specialized instruction back to its generic form.
#[inline(never)]
fn deopt(code: &Code, pc: usize, generic: Op) {
    if specstats::enabled() {
        specstats::record(code, pc, "deopt");
    }
    rewrite(code, pc, generic);
    let mut c = cache(code, pc);
    c.counter = BACKOFF;
    set_cache(code, pc, c);
}

/// Whether warm-up of a generic instruction is over (decrements the counter).
#[inline(always)]
fn warm(code: &Code, pc: usize) -> bool {
    let mut c = cache(code, pc);
    if c.counter == 0 {
        return true;
    }
    c.counter -= 1;
    set_cache(code, pc, c);
    false
}
#[inline(always)]
fn backoff(code: &Code, pc: usize) {
    if specstats::enabled() {
        specstats::record(code, pc, "miss");
    }
    let mut c = cache(code, pc);
    c.counter = BACKOFF;
    set_cache(code, pc, c);
}

/// What a generic `ForIter` found when it warmed up and could not
/// specialize, kept in its cache's `aux` (until the next warm-up) for tier 2:
/// [`FOR_ITER_ENUMERATE`] for an `enumerate`, which projection then steps and
/// unpacks as one micro-op. A flag rather than an opcode of its own: the
/// interpreter has nothing faster to do for it than the generic step.
#[inline(never)]
fn note_for_iter(code: &Code, pc: usize, it: &crate::iter::Iter) {
    backoff(code, pc);
    let mut c = cache(code, pc);
    c.aux = if it.enumerate_count().is_some() { FOR_ITER_ENUMERATE } else { 0 };
    set_cache(code, pc, c);
}

/// `ForIter`'s `aux` when its iterator was an `enumerate` (see `note_for_iter`).
pub const FOR_ITER_ENUMERATE: u16 = 1;

/// `CompareJump`'s `aux` once it has compared operands other than two small
/// ints or two floats: tier 2 then compares there by a helper rather than
/// with a typed compare-jump that would leave the trace every time. The
/// note is on the slow path only, which costs a call and more anyway.
pub const COMPARE_JUMP_OBJECTS: u16 = 1;

#[inline]
fn note_compare_objects(code: &Code, pc: usize) {
    let mut c = cache(code, pc);
    if c.aux != COMPARE_JUMP_OBJECTS {
        c.aux = COMPARE_JUMP_OBJECTS;
        set_cache(code, pc, c);
    }
}

/// `-X specstats`: counts, per instruction, the specializations that failed
/// ("miss") and the guards of specialized instructions that failed ("deopt"),
/// printed on stderr at exit. It shows where a program falls off the fast
/// paths; both events are on cold paths, so the check costs nothing hot.
pub mod specstats {
    use crate::bytecode::Code;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicBool, Ordering};

    type Key = (String, u32, &'static str, &'static str);

    // Set on the main thread while parsing options, read on the interpreter
    // thread, hence an atomic rather than a thread-local.
    static ENABLED: AtomicBool = AtomicBool::new(false);

    thread_local! {
        static COUNTS: RefCell<HashMap<Key, u64>> = RefCell::new(HashMap::new());
    }

    pub fn enable() {
        ENABLED.store(true, Ordering::Relaxed);
    }

    #[inline(always)]
    pub fn enabled() -> bool {
        ENABLED.load(Ordering::Relaxed)
    }

    #[cold]
    pub fn record(code: &Code, pc: usize, what: &'static str) {
        let op = crate::bytecode::Op::from_u8((code.instrs[pc].get() & 0xff) as u8).name();
        let name = code.qualname.downcast::<crate::object::Str>().map(|s| s.s.to_string()).unwrap_or_default();
        let key = (name, code.line_at(pc), what, op);
        COUNTS.with(|c| *c.borrow_mut().entry(key).or_insert(0) += 1);
    }

    /// Prints the 40 most frequent events.
    pub fn report() {
        if !enabled() {
            return;
        }
        COUNTS.with(|c| {
            let c = c.borrow();
            let mut v: Vec<_> = c.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            eprintln!("specstats: {} sites", v.len());
            for ((name, line, what, op), n) in v.into_iter().take(40) {
                eprintln!("{n:>8} {what:<5} {op:<24} {name}:{line}");
            }
        });
    }
}

/// Adds a traceback entry for `frame` at instruction `pc`.
fn add_traceback(vm: &mut Vm, err: &PyErr, fr: *mut Frame, pc: usize) {
    let _ = vm;
    if let Some(inst) = err.0.downcast::<Instance>() {
        if let Some(e) = &inst.exc {
            let code = Frame::code(fr);
            let line = code.line_at(pc);
            // SAFETY: the frame is live.
            let co = unsafe { Value::clone(&(*fr).code_obj) };
            e.traceback.with_mut(|t| t.push((co, line)));
        }
    }
}

/// Sets `__context__` of a newly raised exception to the one being handled.
fn set_context(vm: &mut Vm, err: &PyErr) {
    if vm.exc_info.is_none() || vm.exc_info.is(&err.0) {
        return;
    }
    if let Some(inst) = err.0.downcast::<Instance>() {
        if let Some(e) = &inst.exc {
            if e.context.with(|c| c.is_none()) {
                // Avoid creating a cycle in the context chain.
                let mut cur = vm.exc_info.clone();
                for _ in 0..100 {
                    if cur.is(&err.0) {
                        return;
                    }
                    let next = cur.downcast::<Instance>().and_then(|i| i.exc.as_ref().map(|e| e.context.get_clone()));
                    match next {
                        Some(n) if !n.is_none() => cur = n,
                        _ => break,
                    }
                }
                let ctx = vm.exc_info.clone();
                e.context.with_mut(|c| *c = ctx);
            }
        }
    }
}

/// Notes in a `Call`'s inline cache the Python function the site calls,
/// for tier 2, which inlines the call when the site has only ever called
/// one function (`index` 1 or 2: without or with a self argument; `MEGA`
/// once a second function was seen). Bound-method objects are left out:
/// the trace's guard checks the callable's slot, which held the method.
#[inline(always)]
fn note_callee(code: &Code, pc: usize, callable: &Value, f: &Function, has_self: bool) {
    let c = cache(code, pc);
    if c.extra == callable.bits() || c.index == CALLEE_MEGA {
        return;
    }
    note_callee_slow(code, pc, callable, f, has_self);
}

/// A call site's record of its callee is used only by tier 2, so the
/// interpreter pays one compare per call once the site is settled.
pub const CALLEE_MEGA: u32 = u32::MAX;

#[cold]
#[inline(never)]
fn note_callee_slow(code: &Code, pc: usize, callable: &Value, f: &Function, has_self: bool) {
    let mut c = cache(code, pc);
    if c.index != 0 {
        c.index = CALLEE_MEGA;
    } else {
        let payload = f as *const Function as usize;
        crate::object::live_functions::remember(payload);
        c.index = 1 + has_self as u32;
        c.extra = callable.bits();
        c.extra2 = payload as u64;
    }
    set_cache(code, pc, c);
}

/// The `Call` cache's `index` for a site calling one `math` function of
/// one float (an immortal native with an `f64_fn`, its value word in
/// `extra`), which tier 2 calls straight from the trace.
pub const CALLEE_NATIVE_F64: u32 = 4;

/// Notes in a `Call`'s inline cache the `math` function of one float the
/// site calls with one argument (as [`note_callee`] notes Python functions;
/// a second callee marks the site megamorphic).
#[inline(always)]
fn note_native_f64(code: &Code, pc: usize, callable: &Value) {
    let mut c = cache(code, pc);
    if c.extra == callable.bits() || c.index == CALLEE_MEGA {
        return;
    }
    if c.index != 0 {
        c.index = CALLEE_MEGA;
    } else {
        c.index = CALLEE_NATIVE_F64;
        c.extra = callable.bits();
    }
    set_cache(code, pc, c);
}

/// The `Call` cache's `index` for a site that has only called one of the
/// list methods tier 2 runs inline (`types::methods_seq::list_method`),
/// bound or with the list in the self slot; `extra` is the method's
/// function (its address).
pub const CALLEE_LIST_METHOD: u32 = 5;

/// Notes in a `Call`'s inline cache the native method the site calls with
/// a receiver: a list method tier 2 runs inline is remembered, anything
/// else (or a second method) marks the site megamorphic, so a settled site
/// costs one compare.
#[inline(always)]
fn note_native_method(code: &Code, pc: usize, f: crate::object::NativeFn) {
    let c = cache(code, pc);
    if c.extra == f as usize as u64 || c.index == CALLEE_MEGA {
        return;
    }
    note_native_method_slow(code, pc, f);
}

#[cold]
#[inline(never)]
fn note_native_method_slow(code: &Code, pc: usize, f: crate::object::NativeFn) {
    let mut c = cache(code, pc);
    if c.index != 0 || crate::types::methods_seq::list_method(f as usize).is_none() {
        c.index = CALLEE_MEGA;
    } else {
        c.index = CALLEE_LIST_METHOD;
        c.extra = f as usize as u64;
    }
    set_cache(code, pc, c);
}

/// The `Call` cache's `index` for a site calling one plain user class,
/// whose `__init__` tier 2 may run inline (see [`note_init`]).
pub const CALLEE_CLASS: u32 = 3;

/// Notes in a `Call`'s inline cache the plain user class the site calls
/// (its `__init__` function, as `note_callee` notes functions, and the
/// class's version, which names the class and says its `__new__` and
/// `__init__` are unchanged). A second class, or the class changing, marks
/// the site megamorphic.
#[cold]
#[inline(never)]
fn note_init(code: &Code, pc: usize, cls: &Value, init: &Value) {
    let (Some(class), Some(f)) = (cls.downcast::<crate::class::Class>(), init.downcast::<Function>()) else {
        return;
    };
    let mut c = cache(code, pc);
    let version = class.version.get();
    if c.index == CALLEE_CLASS && c.extra == init.bits() && c.guard == version || c.index == CALLEE_MEGA {
        return;
    }
    if c.index != 0 {
        c.index = CALLEE_MEGA;
    } else {
        let payload = f as *const Function as usize;
        crate::object::live_functions::remember(payload);
        c.index = CALLEE_CLASS;
        c.extra = init.bits();
        c.extra2 = payload as u64;
        c.guard = version;
    }
    set_cache(code, pc, c);
}

/// Releases a frame that is being left and unlinks it.
///
/// # Safety
/// `fr` is the innermost frame, with an accurate `depth`.
pub(crate) unsafe fn pop_frame(vm: &mut Vm, fr: *mut Frame) {
    // SAFETY: forwarded from the caller.
    unsafe {
        vm.frame = (*fr).previous;
        frame::clear_frame(fr);
        if (*fr).flags & FRAME_HEAP == 0 {
            vm.stack.top = fr as *mut u64;
        }
    }
    vm.depth -= 1;
}

macro_rules! name_str {
    ($v:expr) => {
        $v.downcast::<Str>().map(|s| s.s.to_string()).unwrap_or_default()
    };
}

/// The interpreter loop.
pub fn run(vm: &mut Vm, entry: *mut Frame) -> PyResult<Exit> {
    run_with(vm, entry, None)
}

/// Like [`run`], optionally starting by raising `throw` at the frame's
/// current instruction (`generator.throw`).
pub fn run_with(vm: &mut Vm, entry: *mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    run_from(vm, entry, entry, throw, false)
}

/// Carries on running `entry` from `current` (`entry` itself or a frame it
/// called inline), where a trace entered without the interpreter loop left
/// it: at the current instruction of `current`, or raising `throw` there.
/// `started` says the function trace has already run, so the first frame
/// is not offered to it again, even at index 0 (a guard that failed at the
/// function's start leaves there).
pub fn run_from(
    vm: &mut Vm,
    entry: *mut Frame,
    current: *mut Frame,
    mut throw: Option<PyErr>,
    started: bool,
) -> PyResult<Exit> {
    // The frame to run becomes the current frame.
    vm.frame = current;
    let mut fr: *mut Frame = current;
    let mut started = started;
    // Whether the pending error is a re-raise (no new traceback entry).
    let mut reraise: bool;

    'outer: loop {
        reraise = false;
        // Only the first frame run can be the one whose trace already ran.
        let trace_ran = std::mem::replace(&mut started, false);
        let err: PyErr = if let Some(e) = throw.take() {
            e
        } else {
            // SAFETY: `fr` is the live innermost frame; all pointers below are
            // derived from it and stay within its slots. Values on the stack are
            // owned and moved with ptr::read/ptr::write.
            unsafe {
                let code: &Code = Frame::code(fr);
                let instrs = code.instrs.as_ptr();
                let locals = Frame::localsplus(fr);
                let stack_base = Frame::stack_base(fr);
                let mut sp: *mut Value = stack_base.add((*fr).depth as usize);
                let mut pc: usize = (*fr).pc as usize;
                // A function starting: count the call for tier 2, and run the
                // function's trace if it has one.
                if pc == 0 && !trace_ran && vm.jit.options.enabled && code.flags & code_flags::GENERATOR == 0 {
                    match crate::jit::tier2::function_start(vm, fr, sp, code) {
                        None => {}
                        Some(r) if vm.frame != fr => {
                            // Left inside a function the trace called inline.
                            fr = vm.frame;
                            throw = r.err();
                            continue 'outer;
                        }
                        Some(Ok(resume)) => {
                            pc = resume;
                            sp = stack_base.add((*fr).depth as usize);
                        }
                        Some(Err(e)) => {
                            throw = Some(e);
                            continue 'outer;
                        }
                    }
                }

                macro_rules! push {
                    ($v:expr) => {{
                        let v: Value = $v;
                        ptr::write(sp, v);
                        sp = sp.add(1);
                    }};
                }
                macro_rules! pop {
                    () => {{
                        sp = sp.sub(1);
                        ptr::read(sp)
                    }};
                }
                macro_rules! top {
                    () => {
                        &*sp.sub(1)
                    };
                }
                macro_rules! peek {
                    ($n:expr) => {
                        &*sp.sub($n)
                    };
                }
                macro_rules! save {
                    () => {{
                        (*fr).pc = pc as u32;
                        (*fr).depth = sp.offset_from(stack_base) as u32;
                    }};
                }
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break e,
                        }
                    };
                }
                // What every loop's back edge does before the next
                // iteration: a due cycle collection, a pending signal.
                macro_rules! back_edge_work {
                    () => {
                        if crate::gc::pending() {
                            save!();
                            crate::gc::collect(vm);
                        }
                        if crate::signals::pending() {
                            break crate::signals::take(vm);
                        }
                    };
                }
                macro_rules! jump {
                    ($t:expr) => {{
                        pc = $t as usize;
                    }};
                }

                let e = loop {
                    let word = (*instrs.add(pc)).get();
                    let op = Op::from_u8(word as u8);
                    let arg = word >> 8;
                    pc += 1;
                    match op {
                        Op::Nop | Op::GenStart => {}
                        Op::PopTop => {
                            drop(pop!());
                        }
                        Op::Copy => {
                            let v = peek!(arg as usize).clone();
                            push!(v);
                        }
                        Op::Swap => {
                            ptr::swap(sp.sub(1), sp.sub(arg as usize));
                        }
                        Op::LoadConst => {
                            push!(code.consts.get_unchecked(arg as usize).clone());
                        }
                        Op::LoadFast | Op::LoadFastCheck => {
                            let v = &*locals.add(arg as usize);
                            if v.is_null() {
                                let name = name_str!(code.varnames[arg as usize]);
                                let c = vm.t.unbound_local_error.clone();
                                break vm.err(
                                    &c,
                                    format!(
                                        "cannot access local variable '{name}' where it is not associated with a value"
                                    ),
                                );
                            }
                            push!(v.clone());
                        }
                        Op::LoadFastLoadFast => {
                            let a = &*locals.add((arg & 0xfff) as usize);
                            let b = &*locals.add((arg >> 12) as usize);
                            if a.is_null() || b.is_null() {
                                let which = if a.is_null() { arg & 0xfff } else { arg >> 12 };
                                let name = name_str!(code.varnames[which as usize]);
                                let c = vm.t.unbound_local_error.clone();
                                break vm.err(
                                    &c,
                                    format!(
                                        "cannot access local variable '{name}' where it is not associated with a value"
                                    ),
                                );
                            }
                            push!(a.clone());
                            push!(b.clone());
                        }
                        Op::LoadFastLoadConst => {
                            let a = &*locals.add((arg & 0xfff) as usize);
                            if a.is_null() {
                                let name = name_str!(code.varnames[(arg & 0xfff) as usize]);
                                let c = vm.t.unbound_local_error.clone();
                                break vm.err(
                                    &c,
                                    format!(
                                        "cannot access local variable '{name}' where it is not associated with a value"
                                    ),
                                );
                            }
                            push!(a.clone());
                            push!(code.consts.get_unchecked((arg >> 12) as usize).clone());
                        }
                        Op::StoreFastLoadFast => {
                            let v = pop!();
                            let old = ptr::replace(locals.add((arg & 0xfff) as usize), v);
                            drop(old);
                            let b = &*locals.add((arg >> 12) as usize);
                            if b.is_null() {
                                let name = name_str!(code.varnames[(arg >> 12) as usize]);
                                let c = vm.t.unbound_local_error.clone();
                                break vm.err(
                                    &c,
                                    format!(
                                        "cannot access local variable '{name}' where it is not associated with a value"
                                    ),
                                );
                            }
                            push!(b.clone());
                        }
                        Op::StoreFast => {
                            let v = pop!();
                            let old = ptr::replace(locals.add(arg as usize), v);
                            drop(old);
                        }
                        Op::DeleteFast => {
                            let slot = locals.add(arg as usize);
                            if (*slot).is_null() {
                                let name = name_str!(code.varnames[arg as usize]);
                                let c = vm.t.unbound_local_error.clone();
                                break vm.err(
                                    &c,
                                    format!(
                                        "cannot access local variable '{name}' where it is not associated with a value"
                                    ),
                                );
                            }
                            drop(ptr::replace(slot, Value::NULL));
                        }
                        Op::MakeCell => {
                            let slot = locals.add(arg as usize);
                            let v = ptr::replace(slot, Value::NULL);
                            let cell = vm.new_cell(v);
                            ptr::write(slot, cell);
                        }
                        Op::LoadClosure => {
                            push!((*locals.add(arg as usize)).clone());
                        }
                        Op::LoadDeref => {
                            let cell = &*locals.add(arg as usize);
                            let v = cell.downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL);
                            if v.is_null() {
                                break deref_error(vm, code, arg as usize);
                            }
                            push!(v);
                        }
                        Op::LoadClassDeref => {
                            let name = slot_name(code, arg as usize);
                            let ns = (*fr).locals.clone();
                            let mut found = None;
                            if let Some(d) = ns.downcast::<Dict>() {
                                found = d.get_str(&name);
                            }
                            match found {
                                Some(v) => push!(v),
                                None => {
                                    let cell = &*locals.add(arg as usize);
                                    let v = cell.downcast::<CellObj>().map(|c| c.v.get_clone()).unwrap_or(Value::NULL);
                                    if v.is_null() {
                                        break deref_error(vm, code, arg as usize);
                                    }
                                    push!(v);
                                }
                            }
                        }
                        Op::StoreDeref => {
                            let v = pop!();
                            let cell = &*locals.add(arg as usize);
                            if let Some(c) = cell.downcast::<CellObj>() {
                                let old = c.v.with_mut(|slot| std::mem::replace(slot, v));
                                drop(old);
                            }
                        }
                        Op::DeleteDeref => {
                            let cell = &*locals.add(arg as usize);
                            if let Some(c) = cell.downcast::<CellObj>() {
                                let old = c.v.with_mut(|slot| slot.take());
                                if old.is_null() {
                                    break deref_error(vm, code, arg as usize);
                                }
                            }
                        }
                        Op::LoadGlobal => {
                            let name = code.names.get_unchecked((arg & !LOAD_GLOBAL_NULL) as usize);
                            let globals = (*fr).globals.downcast_unchecked::<Dict>();
                            if let Some(i) = globals.index_of_str(name) {
                                let v = globals.value_at(i).unwrap();
                                if crate::lazy_import::is_lazy(&v) {
                                    // PEP 810: the first use reifies (never
                                    // cached: the entry is about to change).
                                    save!();
                                    let g = Value::clone(&(*fr).globals);
                                    let r = tri!(crate::lazy_import::reify_entry(vm, &g, name, &v));
                                    push!(r);
                                    if arg & LOAD_GLOBAL_NULL != 0 {
                                        push!(Value::NULL);
                                    }
                                    continue;
                                }
                                if warm(code, pc - 1) {
                                    set_cache(
                                        code,
                                        pc - 1,
                                        InlineCache {
                                            counter: 0,
                                            aux: 0,
                                            index: i as u32,
                                            guard: globals.version(),
                                            extra: 0,
                                            extra2: 0,
                                        },
                                    );
                                    rewrite(code, pc - 1, Op::LoadGlobalCached);
                                }
                                push!(v);
                                if arg & LOAD_GLOBAL_NULL != 0 {
                                    push!(Value::NULL);
                                }
                                continue;
                            }
                            let builtins = (*fr).builtins.downcast_unchecked::<Dict>();
                            match builtins.index_of_str(name) {
                                Some(i) => {
                                    if warm(code, pc - 1) {
                                        set_cache(
                                            code,
                                            pc - 1,
                                            InlineCache {
                                                counter: 0,
                                                aux: 0,
                                                index: i as u32,
                                                guard: globals.version(),
                                                extra: builtins.version(),
                                                extra2: 0,
                                            },
                                        );
                                        rewrite(code, pc - 1, Op::LoadGlobalBuiltin);
                                    }
                                    push!(builtins.value_at(i).unwrap());
                                    if arg & LOAD_GLOBAL_NULL != 0 {
                                        push!(Value::NULL);
                                    }
                                }
                                None => {
                                    let n = name_str!(name);
                                    break vm.name_error(&n);
                                }
                            }
                        }
                        Op::LoadGlobalCached => {
                            let c = cache(code, pc - 1);
                            let globals = (*fr).globals.downcast_unchecked::<Dict>();
                            if globals.version() == c.guard {
                                if let Some(v) = globals.value_at(c.index as usize) {
                                    push!(v);
                                    if arg & LOAD_GLOBAL_NULL != 0 {
                                        push!(Value::NULL);
                                    }
                                    continue;
                                }
                            }
                            deopt(code, pc - 1, Op::LoadGlobal);
                            pc -= 1;
                        }
                        Op::LoadGlobalBuiltin => {
                            let c = cache(code, pc - 1);
                            let globals = (*fr).globals.downcast_unchecked::<Dict>();
                            let builtins = (*fr).builtins.downcast_unchecked::<Dict>();
                            if globals.version() == c.guard && builtins.version() == c.extra {
                                if let Some(v) = builtins.value_at(c.index as usize) {
                                    push!(v);
                                    if arg & LOAD_GLOBAL_NULL != 0 {
                                        push!(Value::NULL);
                                    }
                                    continue;
                                }
                            }
                            deopt(code, pc - 1, Op::LoadGlobal);
                            pc -= 1;
                        }
                        Op::StoreGlobal => {
                            let v = pop!();
                            let name = code.names.get_unchecked(arg as usize).clone();
                            (*fr).globals.downcast_unchecked::<Dict>().set_str(name, v);
                        }
                        Op::DeleteGlobal => {
                            let name = code.names.get_unchecked(arg as usize);
                            if (*fr).globals.downcast_unchecked::<Dict>().remove_str(name).is_none() {
                                let n = name_str!(name);
                                break vm.name_error(&n);
                            }
                        }
                        Op::LoadName => {
                            let name = code.names.get_unchecked(arg as usize);
                            let mut v = None;
                            if let Some(d) = (*fr).locals.downcast::<Dict>() {
                                v = d.get_str(name);
                            } else if !(*fr).locals.is_null() {
                                let ns = (*fr).locals.clone();
                                save!();
                                match crate::ops::getitem(vm, &ns, name) {
                                    Ok(x) => v = Some(x),
                                    Err(e) if vm.exc_matches(&e, &vm.t.key_error.clone()) => {}
                                    Err(e) => break e,
                                }
                            }
                            let mut from_globals = false;
                            if v.is_none() {
                                v = (*fr).globals.downcast_unchecked::<Dict>().get_str(name);
                                from_globals = true;
                            }
                            if v.is_none() {
                                v = (*fr).builtins.downcast_unchecked::<Dict>().get_str(name);
                            }
                            if let Some(p) = v.as_ref().filter(|p| crate::lazy_import::is_lazy(p)) {
                                // PEP 810: reify and replace the entry where
                                // the name was found.
                                let p = p.clone();
                                save!();
                                let ns = if from_globals { Value::clone(&(*fr).globals) } else { (*fr).locals.clone() };
                                v = Some(tri!(crate::lazy_import::reify_entry(vm, &ns, name, &p)));
                            }
                            match v {
                                Some(v) => push!(v),
                                None => {
                                    let n = name_str!(name);
                                    break vm.name_error(&n);
                                }
                            }
                        }
                        Op::StoreName => {
                            let v = pop!();
                            let name = code.names.get_unchecked(arg as usize).clone();
                            match (*fr).locals.downcast::<Dict>() {
                                Some(d) => d.set_str(name, v),
                                None => {
                                    let ns = (*fr).locals.clone();
                                    save!();
                                    tri!(crate::ops::setitem(vm, &ns, name, v));
                                }
                            }
                        }
                        Op::DeleteName => {
                            let name = code.names.get_unchecked(arg as usize);
                            let removed = (*fr).locals.downcast::<Dict>().and_then(|d| d.remove_str(name));
                            if removed.is_none() {
                                let n = name_str!(name);
                                break vm.name_error(&n);
                            }
                        }
                        Op::LoadAttr => {
                            let obj = pop!();
                            let name = code.names.get_unchecked(arg as usize);
                            if warm(code, pc - 1) {
                                specialize_load_attr(vm, code, pc - 1, &obj, name);
                            }
                            save!();
                            let v = tri!(crate::ops::getattr(vm, &obj, name));
                            push!(v);
                        }
                        Op::LoadAttrInstance => {
                            let c = cache(code, pc - 1);
                            if let Some(v) = mono_load_attr(vm, &c, top!()) {
                                let o = pop!();
                                drop(o);
                                push!(v);
                                continue;
                            }
                            guard_failed(
                                vm,
                                code,
                                pc - 1,
                                top!(),
                                code.names.get_unchecked(arg as usize),
                                Op::LoadAttrPoly,
                                Op::LoadAttr,
                            );
                            pc -= 1;
                        }
                        Op::LoadAttrPoly => {
                            let c = cache(code, pc - 1);
                            if let Some(v) = poly_load_attr(vm, &c, top!()) {
                                let o = ptr::replace(sp.sub(1), v);
                                drop(o);
                                continue;
                            }
                            let name = code.names.get_unchecked(arg as usize);
                            if poly_extend(vm, code, pc - 1, top!(), name, Op::LoadAttrPoly) {
                                pc -= 1;
                                continue;
                            }
                            // More receiver types than entries: the generic path.
                            let obj = pop!();
                            save!();
                            let v = tri!(crate::ops::getattr(vm, &obj, name));
                            push!(v);
                        }
                        Op::LoadAttrClass | Op::LoadMethodClass => {
                            let c = cache(code, pc - 1);
                            if let Some(v) = class_attr_hit(vm, &c, top!()) {
                                let cls_obj = pop!();
                                push!(v);
                                if op == Op::LoadMethodClass {
                                    // aux 1: a classmethod, called with the class.
                                    push!(if c.aux == 1 { cls_obj } else { Value::NULL });
                                }
                                continue;
                            }
                            // A miss, or the value's class gained __get__ since
                            // caching.
                            deopt(code, pc - 1, if op == Op::LoadAttrClass { Op::LoadAttr } else { Op::LoadMethod });
                            pc -= 1;
                        }
                        Op::LoadAttrModule => {
                            let obj = top!();
                            let c = cache(code, pc - 1);
                            if let Some(m) = obj.downcast::<Module>() {
                                let d = m.dict.downcast_unchecked::<Dict>();
                                if d.version() == c.guard {
                                    if let Some(v) = d.value_at(c.index as usize) {
                                        let o = pop!();
                                        drop(o);
                                        push!(v);
                                        continue;
                                    }
                                }
                            }
                            deopt(code, pc - 1, Op::LoadAttr);
                            pc -= 1;
                        }
                        Op::StoreAttr => {
                            let obj = pop!();
                            let v = pop!();
                            let name = code.names.get_unchecked(arg as usize);
                            if warm(code, pc - 1) {
                                specialize_store_attr(vm, code, pc - 1, &obj, name);
                            }
                            save!();
                            tri!(crate::ops::setattr(vm, &obj, name, v));
                        }
                        Op::StoreAttrInstanceAdd => {
                            let obj = top!();
                            let c = cache(code, pc - 1);
                            if let Some(inst) = obj.downcast::<Instance>() {
                                if inst.shape.get() as *const _ as u64 == c.extra
                                    && vm.class_of(obj).version.get() == c.guard
                                    && inst.slots.with(|s| s.len()) == c.index as usize
                                {
                                    let obj = pop!();
                                    let v = pop!();
                                    let inst = obj.downcast_unchecked::<Instance>();
                                    inst.push_slot(Some(vm.class_of(&obj)), v);
                                    // Shapes are leaked, so the cached address is a
                                    // valid 'static reference.
                                    inst.shape.set(&*(c.extra2 as *const crate::class::Shape));
                                    continue;
                                }
                            }
                            guard_failed(
                                vm,
                                code,
                                pc - 1,
                                top!(),
                                code.names.get_unchecked(arg as usize),
                                Op::StoreAttrPoly,
                                Op::StoreAttr,
                            );
                            pc -= 1;
                        }
                        Op::StoreAttrPoly => {
                            let c = cache(code, pc - 1);
                            if poly_store_attr_hit(vm, &c, top!()) {
                                let obj = pop!();
                                let v = pop!();
                                poly_store_attr(vm, &c, &obj, v);
                                continue;
                            }
                            let name = code.names.get_unchecked(arg as usize);
                            if poly_extend(vm, code, pc - 1, top!(), name, Op::StoreAttrPoly) {
                                pc -= 1;
                                continue;
                            }
                            let obj = pop!();
                            let v = pop!();
                            save!();
                            tri!(crate::ops::setattr(vm, &obj, name, v));
                        }
                        Op::StoreAttrInstance => {
                            let obj = top!();
                            let c = cache(code, pc - 1);
                            if let Some(inst) = obj.downcast::<Instance>() {
                                if inst.shape.get() as *const _ as u64 == c.extra
                                    && vm.class_of(obj).version.get() == c.guard
                                {
                                    let obj = pop!();
                                    let v = pop!();
                                    let inst = obj.downcast_unchecked::<Instance>();
                                    let old = inst
                                        .slots
                                        .with_mut(|s| std::mem::replace(s.get_unchecked_mut(c.index as usize), v));
                                    drop(old);
                                    continue;
                                }
                            }
                            guard_failed(
                                vm,
                                code,
                                pc - 1,
                                top!(),
                                code.names.get_unchecked(arg as usize),
                                Op::StoreAttrPoly,
                                Op::StoreAttr,
                            );
                            pc -= 1;
                        }
                        Op::DeleteAttr => {
                            let obj = pop!();
                            let name = code.names.get_unchecked(arg as usize);
                            save!();
                            tri!(crate::ops::delattr(vm, &obj, name));
                        }
                        Op::LoadMethod => {
                            let obj = pop!();
                            let name = code.names.get_unchecked(arg as usize);
                            if warm(code, pc - 1) {
                                specialize_load_method(vm, code, pc - 1, &obj, name);
                            }
                            save!();
                            let (m, selfv) = tri!(crate::ops::load_method(vm, obj, name));
                            push!(m);
                            push!(selfv);
                        }
                        Op::LoadMethodCached => {
                            let c = cache(code, pc - 1);
                            if let Some(m) = mono_load_method(vm, &c, top!(), code.names.get_unchecked(arg as usize)) {
                                let obj = pop!();
                                push!(m);
                                if c.aux == 1 {
                                    // A classmethod: the class is the receiver.
                                    push!(vm.type_of(&obj));
                                } else {
                                    push!(obj);
                                }
                                continue;
                            }
                            guard_failed(
                                vm,
                                code,
                                pc - 1,
                                top!(),
                                code.names.get_unchecked(arg as usize),
                                Op::LoadMethodPoly,
                                Op::LoadMethod,
                            );
                            pc -= 1;
                        }
                        Op::LoadMethodPoly => {
                            let c = cache(code, pc - 1);
                            let name = code.names.get_unchecked(arg as usize);
                            if let Some((m, classmethod)) = poly_load_method(vm, &c, top!(), name) {
                                let obj = pop!();
                                push!(m);
                                if classmethod {
                                    push!(vm.type_of(&obj));
                                } else {
                                    push!(obj);
                                }
                                continue;
                            }
                            if poly_extend(vm, code, pc - 1, top!(), name, Op::LoadMethodPoly) {
                                pc -= 1;
                                continue;
                            }
                            let obj = pop!();
                            save!();
                            let (m, selfv) = tri!(crate::ops::load_method(vm, obj, name));
                            push!(m);
                            push!(selfv);
                        }
                        Op::PushNull => push!(Value::NULL),
                        Op::BinarySubscr => {
                            let key = pop!();
                            let obj = pop!();
                            if warm(code, pc - 1) {
                                if obj.kind() == Some(ObjKind::List) && key.is_small_int() {
                                    rewrite(code, pc - 1, Op::BinarySubscrListInt);
                                } else if obj.kind() == Some(ObjKind::Tuple) && key.is_small_int() {
                                    rewrite(code, pc - 1, Op::BinarySubscrTupleInt);
                                } else if obj.kind() == Some(ObjKind::Dict)
                                    && obj.header().unwrap().ty.get() == vm.t.dict.header_ptr()
                                {
                                    rewrite(code, pc - 1, Op::BinarySubscrDict);
                                } else {
                                    backoff(code, pc - 1);
                                }
                            }
                            save!();
                            let v = tri!(crate::ops::getitem(vm, &obj, &key));
                            push!(v);
                        }
                        Op::BinarySubscrListInt => {
                            let key = top!();
                            let obj = peek!(2);
                            if let (Some(l), true) = (obj.downcast::<List>(), key.is_small_int()) {
                                let i = key.as_small_int();
                                let v = l.items.with(|items| {
                                    let n = items.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        Some(items.get_unchecked(j as usize).clone())
                                    } else {
                                        None
                                    }
                                });
                                if let Some(v) = v {
                                    drop(pop!());
                                    drop(pop!());
                                    push!(v);
                                    continue;
                                }
                            }
                            deopt(code, pc - 1, Op::BinarySubscr);
                            pc -= 1;
                        }
                        Op::BinarySubscrTupleInt => {
                            let key = top!();
                            let obj = peek!(2);
                            if let (Some(t), true) = (obj.downcast::<Tuple>(), key.is_small_int()) {
                                let i = key.as_small_int();
                                let n = t.items.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    let v = t.items.get_unchecked(j as usize).clone();
                                    drop(pop!());
                                    drop(pop!());
                                    push!(v);
                                    continue;
                                }
                            }
                            deopt(code, pc - 1, Op::BinarySubscr);
                            pc -= 1;
                        }
                        Op::BinarySubscrDict => {
                            let obj = peek!(2);
                            if obj.kind() == Some(ObjKind::Dict) {
                                let key = pop!();
                                let obj = pop!();
                                save!();
                                let d = obj.downcast_unchecked::<Dict>();
                                match tri!(d.get(vm, &key)) {
                                    Some(v) => push!(v),
                                    None => break vm.key_error(key),
                                }
                                continue;
                            }
                            deopt(code, pc - 1, Op::BinarySubscr);
                            pc -= 1;
                        }
                        Op::StoreSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            let v = pop!();
                            if obj.kind() == Some(ObjKind::List) && key.is_small_int() {
                                let l = obj.downcast_unchecked::<List>();
                                let i = key.as_small_int();
                                let ok = l.items.with_mut(|items| {
                                    let n = items.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        Some(std::mem::replace(items.get_unchecked_mut(j as usize), v.clone()))
                                    } else {
                                        None
                                    }
                                });
                                if let Some(old) = ok {
                                    drop(old);
                                    continue;
                                }
                            }
                            save!();
                            tri!(crate::ops::setitem(vm, &obj, key, v));
                        }
                        Op::DeleteSubscr => {
                            let key = pop!();
                            let obj = pop!();
                            save!();
                            tri!(crate::ops::delitem(vm, &obj, &key));
                        }
                        Op::BinaryOp => {
                            let b = pop!();
                            let a = pop!();
                            // Inline fast paths for the common numeric cases.
                            if a.is_small_int() && b.is_small_int() {
                                let r = small_int_binop(BinOp::from_u32(arg), a.as_small_int(), b.as_small_int());
                                if let Some(r) = r {
                                    if Value::fits_small(r) {
                                        if warm(code, pc - 1) {
                                            match BinOp::from_u32(arg) {
                                                BinOp::Add => rewrite(code, pc - 1, Op::BinaryOpAddInt),
                                                BinOp::Sub => rewrite(code, pc - 1, Op::BinaryOpSubInt),
                                                BinOp::Mul => rewrite(code, pc - 1, Op::BinaryOpMulInt),
                                                _ => backoff(code, pc - 1),
                                            }
                                        }
                                        push!(Value::small_int(r));
                                        continue;
                                    }
                                }
                            } else if (a.is_float() || a.is_small_int()) && (b.is_float() || b.is_small_int()) {
                                // At least one float: small ints (48 bits)
                                // convert to f64 exactly.
                                let both_float = a.is_float() && b.is_float();
                                let x = if a.is_float() { a.as_float() } else { a.as_small_int() as f64 };
                                let y = if b.is_float() { b.as_float() } else { b.as_small_int() as f64 };
                                let r = float_binop(BinOp::from_u32(arg), x, y);
                                if let Some(r) = r {
                                    if both_float && warm(code, pc - 1) {
                                        match BinOp::from_u32(arg) {
                                            BinOp::Add => rewrite(code, pc - 1, Op::BinaryOpAddFloat),
                                            BinOp::Sub => rewrite(code, pc - 1, Op::BinaryOpSubFloat),
                                            BinOp::Mul => rewrite(code, pc - 1, Op::BinaryOpMulFloat),
                                            BinOp::TrueDiv => rewrite(code, pc - 1, Op::BinaryOpDivFloat),
                                            _ => backoff(code, pc - 1),
                                        }
                                    }
                                    push!(Value::float(r));
                                    continue;
                                }
                            } else if warm(code, pc - 1) {
                                if arg & 15 == BinOp::Add as u32
                                    && a.kind() == Some(ObjKind::Str)
                                    && b.kind() == Some(ObjKind::Str)
                                {
                                    rewrite(code, pc - 1, Op::BinaryOpAddStr);
                                } else {
                                    backoff(code, pc - 1);
                                }
                            }
                            save!();
                            let r = tri!(crate::ops::binary_op(vm, BinOp::from_u32(arg), arg & INPLACE != 0, &a, &b));
                            push!(r);
                        }
                        Op::BinaryOpAddInt | Op::BinaryOpSubInt | Op::BinaryOpMulInt => {
                            let b = top!();
                            let a = peek!(2);
                            if a.is_small_int() && b.is_small_int() {
                                let (x, y) = (a.as_small_int(), b.as_small_int());
                                let r = match op {
                                    Op::BinaryOpAddInt => Some(x + y),
                                    Op::BinaryOpSubInt => Some(x - y),
                                    _ => x.checked_mul(y),
                                };
                                if let Some(r) = r {
                                    if Value::fits_small(r) {
                                        sp = sp.sub(2);
                                        push!(Value::small_int(r));
                                        continue;
                                    }
                                }
                            }
                            deopt(code, pc - 1, Op::BinaryOp);
                            pc -= 1;
                        }
                        Op::BinaryOpAddFloat | Op::BinaryOpSubFloat | Op::BinaryOpMulFloat | Op::BinaryOpDivFloat => {
                            let b = top!();
                            let a = peek!(2);
                            if a.is_float() && b.is_float() {
                                let (x, y) = (a.as_float(), b.as_float());
                                let r = match op {
                                    Op::BinaryOpAddFloat => x + y,
                                    Op::BinaryOpSubFloat => x - y,
                                    Op::BinaryOpMulFloat => x * y,
                                    _ => {
                                        if y == 0.0 {
                                            deopt(code, pc - 1, Op::BinaryOp);
                                            pc -= 1;
                                            continue;
                                        }
                                        x / y
                                    }
                                };
                                sp = sp.sub(2);
                                push!(Value::float(r));
                                continue;
                            }
                            deopt(code, pc - 1, Op::BinaryOp);
                            pc -= 1;
                        }
                        Op::BinaryOpAddStr => {
                            let b = top!();
                            let a = peek!(2);
                            if let (Some(x), Some(y)) = (a.downcast::<Str>(), b.downcast::<Str>()) {
                                let mut s = String::with_capacity(x.s.len() + y.s.len());
                                s.push_str(&x.s);
                                s.push_str(&y.s);
                                let r = vm.new_string(s);
                                drop(pop!());
                                drop(pop!());
                                push!(r);
                                continue;
                            }
                            deopt(code, pc - 1, Op::BinaryOp);
                            pc -= 1;
                        }
                        Op::UnaryNegative => {
                            let a = pop!();
                            if a.is_small_int() {
                                push!(Value::small_int(-a.as_small_int()));
                            } else if a.is_float() {
                                push!(Value::float(-a.as_float()));
                            } else {
                                save!();
                                let r = tri!(crate::ops::unary(vm, "__neg__", &a));
                                push!(r);
                            }
                        }
                        Op::UnaryPositive => {
                            let a = pop!();
                            if a.is_small_int() || a.is_float() {
                                push!(a);
                            } else {
                                save!();
                                let r = tri!(crate::ops::unary(vm, "__pos__", &a));
                                push!(r);
                            }
                        }
                        Op::UnaryInvert => {
                            let a = pop!();
                            if a.is_small_int() {
                                push!(Value::small_int(!a.as_small_int()));
                            } else {
                                save!();
                                let r = tri!(crate::ops::unary(vm, "__invert__", &a));
                                push!(r);
                            }
                        }
                        Op::UnaryNot => {
                            let a = pop!();
                            let t = if a.is_bool() {
                                a.is_true_singleton()
                            } else {
                                save!();
                                tri!(crate::ops::truthy(vm, &a))
                            };
                            push!(Value::bool(!t));
                        }
                        Op::CompareOp => {
                            let b = pop!();
                            let a = pop!();
                            if a.is_small_int() && b.is_small_int() {
                                if warm(code, pc - 1) {
                                    rewrite(code, pc - 1, Op::CompareOpInt);
                                }
                                push!(Value::bool(cmp_i64(CmpOp::from_u32(arg), a.as_small_int(), b.as_small_int())));
                                continue;
                            }
                            if a.is_float() && b.is_float() {
                                if warm(code, pc - 1) {
                                    rewrite(code, pc - 1, Op::CompareOpFloat);
                                }
                                push!(Value::bool(cmp_f64(CmpOp::from_u32(arg), a.as_float(), b.as_float())));
                                continue;
                            }
                            if warm(code, pc - 1) {
                                if a.kind() == Some(ObjKind::Str) && b.kind() == Some(ObjKind::Str) {
                                    rewrite(code, pc - 1, Op::CompareOpStr);
                                } else {
                                    backoff(code, pc - 1);
                                }
                            }
                            save!();
                            let r = tri!(crate::ops::compare(vm, CmpOp::from_u32(arg), &a, &b));
                            push!(r);
                        }
                        Op::BinarySlice => {
                            let step = if arg == 3 { pop!() } else { Value::NONE };
                            let stop = pop!();
                            let start = pop!();
                            let obj = pop!();
                            save!();
                            let r = tri!(binary_slice(vm, obj, start, stop, step));
                            push!(r);
                        }
                        Op::StoreSlice => {
                            let step = if arg == 3 { pop!() } else { Value::NONE };
                            let stop = pop!();
                            let start = pop!();
                            let obj = pop!();
                            let v = pop!();
                            save!();
                            tri!(store_slice(vm, obj, start, stop, step, v));
                        }
                        Op::CompareJump => {
                            let b = pop!();
                            let a = pop!();
                            let cmp = CmpOp::from_u32((arg >> 20) & 7);
                            let t = if a.is_small_int() && b.is_small_int() {
                                cmp_i64(cmp, a.as_small_int(), b.as_small_int())
                            } else if a.is_float() && b.is_float() {
                                cmp_f64(cmp, a.as_float(), b.as_float())
                            } else {
                                note_compare_objects(code, pc - 1);
                                save!();
                                let r = tri!(crate::ops::compare(vm, cmp, &a, &b));
                                if r.is_bool() {
                                    r.is_true_singleton()
                                } else {
                                    tri!(crate::ops::truthy(vm, &r))
                                }
                            };
                            if t == (arg & crate::bytecode::COMPARE_JUMP_IF_TRUE != 0) {
                                jump!(arg & crate::bytecode::COMPARE_JUMP_TARGET);
                            }
                        }
                        Op::CompareOpInt => {
                            let b = top!();
                            let a = peek!(2);
                            if a.is_small_int() && b.is_small_int() {
                                let r = cmp_i64(CmpOp::from_u32(arg), a.as_small_int(), b.as_small_int());
                                sp = sp.sub(2);
                                push!(Value::bool(r));
                                continue;
                            }
                            deopt(code, pc - 1, Op::CompareOp);
                            pc -= 1;
                        }
                        Op::CompareOpFloat => {
                            let b = top!();
                            let a = peek!(2);
                            if a.is_float() && b.is_float() {
                                let r = cmp_f64(CmpOp::from_u32(arg), a.as_float(), b.as_float());
                                sp = sp.sub(2);
                                push!(Value::bool(r));
                                continue;
                            }
                            deopt(code, pc - 1, Op::CompareOp);
                            pc -= 1;
                        }
                        Op::CompareOpStr => {
                            let b = top!();
                            let a = peek!(2);
                            if let (Some(x), Some(y)) = (a.downcast::<Str>(), b.downcast::<Str>()) {
                                let o = x.s.cmp(&y.s);
                                let r = match CmpOp::from_u32(arg) {
                                    CmpOp::Lt => o.is_lt(),
                                    CmpOp::Le => o.is_le(),
                                    CmpOp::Eq => o.is_eq(),
                                    CmpOp::Ne => o.is_ne(),
                                    CmpOp::Gt => o.is_gt(),
                                    CmpOp::Ge => o.is_ge(),
                                };
                                drop(pop!());
                                drop(pop!());
                                push!(Value::bool(r));
                                continue;
                            }
                            deopt(code, pc - 1, Op::CompareOp);
                            pc -= 1;
                        }
                        Op::IsOp => {
                            let b = pop!();
                            let a = pop!();
                            push!(Value::bool(a.is(&b) != (arg == 1)));
                        }
                        Op::ContainsOp => {
                            let container = pop!();
                            let item = pop!();
                            save!();
                            let r = tri!(crate::ops::contains(vm, &container, &item));
                            push!(Value::bool(r != (arg == 1)));
                        }
                        Op::BuildTuple => {
                            let n = arg as usize;
                            let mut items = Vec::with_capacity(n);
                            sp = sp.sub(n);
                            for i in 0..n {
                                items.push(ptr::read(sp.add(i)));
                            }
                            push!(vm.new_tuple(items));
                        }
                        Op::BuildList => {
                            let n = arg as usize;
                            let mut items = Vec::with_capacity(n);
                            sp = sp.sub(n);
                            for i in 0..n {
                                items.push(ptr::read(sp.add(i)));
                            }
                            push!(vm.new_list(items));
                        }
                        Op::BuildSet => {
                            let n = arg as usize;
                            let mut items = Vec::with_capacity(n);
                            sp = sp.sub(n);
                            for i in 0..n {
                                items.push(ptr::read(sp.add(i)));
                            }
                            let s = vm.new_set();
                            save!();
                            let mut res = Ok(());
                            for it in items {
                                if let Err(e) = s.downcast_unchecked::<crate::dict::SetData>().add(vm, it) {
                                    res = Err(e);
                                    break;
                                }
                            }
                            tri!(res);
                            push!(s);
                        }
                        Op::BuildMap => {
                            let n = arg as usize;
                            let mut items = Vec::with_capacity(n * 2);
                            sp = sp.sub(2 * n);
                            for i in 0..2 * n {
                                items.push(ptr::read(sp.add(i)));
                            }
                            let d = vm.new_dict();
                            save!();
                            let mut it = items.into_iter();
                            let mut res = Ok(());
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                if let Err(e) = d.downcast_unchecked::<Dict>().set(vm, k, v) {
                                    res = Err(e);
                                    break;
                                }
                            }
                            tri!(res);
                            push!(d);
                        }
                        Op::BuildSlice => {
                            let step = if arg == 3 { pop!() } else { Value::NONE };
                            let stop = pop!();
                            let start = pop!();
                            push!(alloc(vm.t.slice.clone(), Slice { start, stop, step }));
                        }
                        Op::BuildString => {
                            let n = arg as usize;
                            sp = sp.sub(n);
                            let mut s = String::new();
                            for i in 0..n {
                                let v = ptr::read(sp.add(i));
                                if let Some(x) = v.downcast::<Str>() {
                                    s.push_str(&x.s);
                                }
                            }
                            push!(vm.new_string(s));
                        }
                        Op::ListAppend => {
                            let v = pop!();
                            let l = peek!(arg as usize);
                            l.downcast_unchecked::<List>().items.with_mut(|items| items.push(v));
                        }
                        Op::SetAdd => {
                            let v = pop!();
                            let s = peek!(arg as usize).clone();
                            save!();
                            tri!(s.downcast_unchecked::<crate::dict::SetData>().add(vm, v));
                        }
                        Op::MapAdd => {
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(arg as usize).clone();
                            save!();
                            tri!(d.downcast_unchecked::<Dict>().set(vm, k, v));
                        }
                        Op::ListExtend => {
                            let it = pop!();
                            let depth = (arg & 0xffff) as usize;
                            let l = peek!(depth).clone();
                            save!();
                            let items = match crate::ops::collect(vm, &it) {
                                Ok(v) => v,
                                Err(e) => {
                                    if vm.exc_matches(&e, &vm.t.type_error.clone())
                                        && crate::ops::lookup_special(vm, &it, "__iter__").is_none()
                                    {
                                        let tn = vm.type_name(&it);
                                        if arg & crate::bytecode::LIST_EXTEND_CALL != 0 {
                                            // The star-arguments list of a call: the
                                            // callable sits below the NULL under the list.
                                            let func = peek!(depth + 2).clone();
                                            let fs = crate::ops::function_str(vm, &func);
                                            break vm.type_error(format!(
                                                "{fs} argument after * must be an iterable, not {tn}"
                                            ));
                                        }
                                        break vm.type_error(format!("Value after * must be an iterable, not {tn}"));
                                    }
                                    break e;
                                }
                            };
                            l.downcast_unchecked::<List>().items.with_mut(|v| v.extend(items));
                        }
                        Op::SetUpdate => {
                            let it = pop!();
                            let s = peek!(arg as usize).clone();
                            save!();
                            let items = tri!(crate::ops::collect(vm, &it));
                            let mut res = Ok(());
                            for x in items {
                                if let Err(e) = s.downcast_unchecked::<crate::dict::SetData>().add(vm, x) {
                                    res = Err(e);
                                    break;
                                }
                            }
                            tri!(res);
                        }
                        Op::DictMerge => {
                            // Stack: callable, NULL, argument tuple, dict.
                            let other = pop!();
                            let d = peek!(arg as usize).clone();
                            let func = peek!(arg as usize + 3).clone();
                            save!();
                            tri!(crate::ops::merge_call_kwargs(vm, &d, &other, &func));
                        }
                        Op::DictUpdate => {
                            let other = pop!();
                            let d = peek!(arg as usize).clone();
                            save!();
                            if other.kind() != Some(ObjKind::Dict) {
                                let kn = vm.intern("keys");
                                if tri!(crate::ops::getattr_opt(vm, &other, &kn)).is_none() {
                                    let tn = vm.type_name(&other);
                                    break vm.type_error(format!("'{tn}' object is not a mapping"));
                                }
                            }
                            tri!(crate::types::dict_update_from(vm, &d, &other, false));
                        }
                        Op::ListToTuple => {
                            let l = pop!();
                            let items = l.downcast_unchecked::<List>().items.get_clone();
                            push!(vm.new_tuple(items));
                        }
                        Op::FormatValue => {
                            let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                            let v = pop!();
                            save!();
                            let v = match arg & 3 {
                                1 => tri!(crate::ops::str(vm, &v)),
                                2 => tri!(crate::ops::repr(vm, &v)),
                                3 => tri!(crate::ops::ascii(vm, &v)),
                                _ => v,
                            };
                            let r = if spec.is_none() && v.kind() == Some(ObjKind::Str) {
                                v
                            } else {
                                let spec = spec.unwrap_or_else(|| vm.intern(""));
                                tri!(crate::ops::format(vm, &v, &spec))
                            };
                            push!(r);
                        }
                        Op::Jump => jump!(arg),
                        Op::JumpBackward => {
                            let back = pc - 1;
                            jump!(arg);
                            back_edge_work!();
                            if vm.jit.options.enabled {
                                // Tier 2's hot-loop counter: `index` counts
                                // iterations, `aux` failed compilations.
                                let mut c = cache(code, back);
                                c.index = c.index.saturating_add(1);
                                if c.index >= vm.jit.threshold(c.aux) {
                                    save!();
                                    if crate::jit::tier2::on_hot_loop(vm, fr, back, pc) {
                                        // Enter the new trace now.
                                        pc = back;
                                        continue;
                                    }
                                    c.index = 0;
                                    c.aux = c.aux.saturating_add(1);
                                }
                                set_cache(code, back, c);
                            }
                        }
                        Op::JumpBackwardJit => {
                            let back = pc - 1;
                            jump!(arg);
                            back_edge_work!();
                            save!();
                            let r = crate::jit::tier2::enter(vm, fr, sp, code, back);
                            if vm.frame != fr {
                                // The trace left inside a function it called
                                // inline: carry on in that frame (its `pc` and
                                // `depth` are saved, its callers' too).
                                fr = vm.frame;
                                if let Err(e) = r {
                                    throw = Some(e);
                                }
                                continue 'outer;
                            }
                            sp = stack_base.add((*fr).depth as usize);
                            match r {
                                Ok(resume) => pc = resume,
                                Err(e) => {
                                    pc = (*fr).pc as usize;
                                    break e;
                                }
                            }
                        }
                        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                            let v = pop!();
                            let t = if v.is_bool() {
                                v.is_true_singleton()
                            } else if v.is_small_int() {
                                v.as_small_int() != 0
                            } else {
                                save!();
                                tri!(crate::ops::truthy(vm, &v))
                            };
                            if t == (op == Op::PopJumpIfTrue) {
                                jump!(arg);
                            }
                        }
                        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                            let v = top!();
                            let t = if v.is_bool() {
                                v.is_true_singleton()
                            } else {
                                let v = v.clone();
                                save!();
                                tri!(crate::ops::truthy(vm, &v))
                            };
                            if t == (op == Op::JumpIfTrueOrPop) {
                                jump!(arg);
                            } else {
                                drop(pop!());
                            }
                        }
                        Op::PopJumpIfNone => {
                            let v = pop!();
                            if v.is_none() {
                                jump!(arg);
                            }
                        }
                        Op::PopJumpIfNotNone => {
                            let v = pop!();
                            if !v.is_none() {
                                jump!(arg);
                            }
                        }
                        Op::GetIter => {
                            let v = pop!();
                            save!();
                            let it = tri!(crate::ops::iter(vm, &v));
                            push!(it);
                        }
                        Op::ForIter => {
                            let it = top!();
                            // A generator without pending exception state runs
                            // inline: its frame is linked above this one and the
                            // loop continues in it, like a call.
                            if let Some(g) = it.downcast::<crate::generator::Generator>() {
                                if vm.exc_info.is_none() && vm.depth < vm.recursion_limit {
                                    if let Some(gf) = crate::generator::enter_inline(g, it) {
                                        (*gf).previous = fr;
                                        save!();
                                        vm.depth += 1;
                                        vm.frame = gf;
                                        fr = gf;
                                        continue 'outer;
                                    }
                                }
                            }
                            if let Some(i) = it.downcast::<crate::iter::Iter>() {
                                if warm(code, pc - 1) {
                                    match i.kind() {
                                        crate::iter::IterKind::Range => rewrite(code, pc - 1, Op::ForIterRange),
                                        crate::iter::IterKind::List => rewrite(code, pc - 1, Op::ForIterList),
                                        crate::iter::IterKind::Tuple => rewrite(code, pc - 1, Op::ForIterTuple),
                                        crate::iter::IterKind::Other => note_for_iter(code, pc - 1, i),
                                    }
                                }
                            }
                            let it = it.clone();
                            save!();
                            match tri!(crate::ops::next(vm, &it)) {
                                Some(v) => push!(v),
                                None => {
                                    drop(pop!());
                                    jump!(arg);
                                }
                            }
                        }
                        Op::ForIterRange => {
                            let it = top!();
                            if let Some(i) = it.downcast::<crate::iter::Iter>() {
                                if let Some(r) = i.next_range() {
                                    match r {
                                        Some(v) => push!(Value::small_int(v)),
                                        None => {
                                            drop(pop!());
                                            jump!(arg);
                                        }
                                    }
                                    continue;
                                }
                            }
                            deopt(code, pc - 1, Op::ForIter);
                            pc -= 1;
                        }
                        Op::ForIterList | Op::ForIterTuple => {
                            let it = top!();
                            if let Some(i) = it.downcast::<crate::iter::Iter>() {
                                if let Some(r) = i.next_seq() {
                                    match r {
                                        Some(v) => push!(v),
                                        None => {
                                            drop(pop!());
                                            jump!(arg);
                                        }
                                    }
                                    continue;
                                }
                            }
                            deopt(code, pc - 1, Op::ForIter);
                            pc -= 1;
                        }
                        Op::Call => {
                            let n = arg as usize;
                            // A bound method is unpacked into its function and
                            // receiver in place, so the fast paths below apply.
                            let mut unpacked = false;
                            let mut bound_native = false;
                            if (*sp.sub(n + 1)).is_null() {
                                if let Some(bm) = (*sp.sub(n + 2)).downcast::<BoundMethod>() {
                                    let func = bm.func.clone();
                                    let recv = bm.receiver.clone();
                                    let old = ptr::replace(sp.sub(n + 2), func);
                                    ptr::write(sp.sub(n + 1), recv);
                                    drop(old);
                                    unpacked = true;
                                } else if let Some(nf) = (*sp.sub(n + 2)).downcast::<NativeFunction>() {
                                    // A native method bound to its receiver
                                    // (`f = lst.insert; f(i, x)`): the receiver
                                    // goes in the self slot, so the arguments
                                    // are read from the stack as they are.
                                    if !nf.bound.is_null() {
                                        ptr::write(sp.sub(n + 1), nf.bound.clone());
                                        bound_native = true;
                                    }
                                }
                            }
                            let callable = peek!(n + 2);
                            let self_or_null = peek!(n + 1);
                            let has_self = !self_or_null.is_null();
                            let nargs = n + has_self as usize;
                            let args_ptr = sp.sub(nargs);
                            // Python function: push its frame and continue here.
                            if let Some(f) = callable.downcast::<Function>() {
                                let fcode: &Code = &f.code.downcast_unchecked::<CodeObj>().code;
                                if fcode.flags & (code_flags::GENERATOR) == 0 && vm.depth < vm.recursion_limit {
                                    let simple = fcode.flags
                                        & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::HAS_FREE)
                                        == 0
                                        && fcode.kwonlyargcount == 0
                                        && fcode.argcount as usize == nargs;
                                    if simple {
                                        if !unpacked {
                                            note_callee(code, pc - 1, callable, f, has_self);
                                        }
                                        if let Some(nf) = vm.stack.push(fcode) {
                                            // The callable's reference moves into the
                                            // frame, the arguments into its locals; an
                                            // empty self slot (NULL) needs no release.
                                            let func = ptr::read(sp.sub(n + 2));
                                            frame::init_call_frame(
                                                nf,
                                                fr,
                                                func,
                                                &f.code,
                                                &f.globals,
                                                &(*fr).builtins,
                                                args_ptr,
                                                nargs,
                                            );
                                            sp = sp.sub(n + 2);
                                            save!();
                                            vm.depth += 1;
                                            vm.frame = nf;
                                            fr = nf;
                                            continue 'outer;
                                        }
                                    }
                                }
                            }
                            // Native functions read their arguments straight from
                            // the evaluation stack: no vector is built. The slots
                            // stay valid during the call because nested frames
                            // are pushed above this frame's whole extent.
                            if let Some(nf) = callable.downcast::<NativeFunction>() {
                                if nf.bound.is_null() || bound_native {
                                    if nf.f64_fn.is_some() && nargs == 1 && !has_self {
                                        note_native_f64(code, pc - 1, callable);
                                    } else if has_self {
                                        note_native_method(code, pc - 1, nf.func);
                                    }
                                    let func = nf.func;
                                    save!();
                                    let args = std::slice::from_raw_parts(args_ptr as *const Value, nargs);
                                    let r = func(vm, args, &[]);
                                    let base = if has_self { args_ptr.sub(1) } else { args_ptr.sub(2) };
                                    while sp > base {
                                        drop(pop!());
                                    }
                                    let r = tri!(r);
                                    push!(r);
                                    continue;
                                }
                            }
                            // list(x), tuple(x), set(x): build the container
                            // directly, without the generic class-call protocol.
                            if nargs == 1 && !has_self && callable.kind() == Some(ObjKind::Class) {
                                save!();
                                if let Some(r) = construct_collection(vm, callable, &*args_ptr) {
                                    drop(pop!());
                                    let _null = pop!();
                                    drop(pop!());
                                    let r = tri!(r);
                                    push!(r);
                                    continue;
                                }
                            }
                            // General path.
                            let mut args: Vec<Value> = Vec::with_capacity(nargs);
                            for i in 0..nargs {
                                args.push(ptr::read(args_ptr.add(i)));
                            }
                            sp = args_ptr;
                            if !has_self {
                                let _null = pop!();
                            }
                            let callable = pop!();
                            save!();
                            if let Some(f) = callable.downcast::<Function>() {
                                let _ = f;
                                let nf = tri!(vm.setup_call(&callable, &args, &[]));
                                drop(args);
                                if Frame::code(nf).is_generator() {
                                    let g = crate::generator::make_generator(vm, nf);
                                    push!(g);
                                    continue;
                                }
                                vm.frame = nf;
                                fr = nf;
                                continue 'outer;
                            }
                            if let Some(init) = inline_init(vm, &callable) {
                                if !has_self {
                                    note_init(code, pc - 1, &callable, &init);
                                }
                                // A plain user class: allocate the instance and
                                // run __init__ as an ordinary frame whose
                                // return yields the instance (FRAME_INIT).
                                let inst = tri!(crate::types::object_new(vm, &callable, &[], &[]));
                                let mut a = Vec::with_capacity(args.len() + 1);
                                a.push(inst.clone());
                                a.extend(args);
                                let nf = tri!(vm.setup_call(&init, &a, &[]));
                                (*nf).flags |= FRAME_INIT;
                                (*nf).locals = inst;
                                vm.frame = nf;
                                fr = nf;
                                continue 'outer;
                            }
                            let r = tri!(vm.call(&callable, &args, &[]));
                            push!(r);
                        }
                        Op::CallKw => {
                            let kwnames = pop!();
                            let names = &kwnames.downcast_unchecked::<Tuple>().items;
                            let n = arg as usize;
                            let nkw = names.len();
                            let self_or_null = peek!(n + 1);
                            let has_self = !self_or_null.is_null();
                            let npos = n - nkw + has_self as usize;
                            let base = sp.sub(n + has_self as usize);
                            let mut args = Vec::with_capacity(npos);
                            for i in 0..npos {
                                args.push(ptr::read(base.add(i)));
                            }
                            let mut kwargs = Vec::with_capacity(nkw);
                            for i in 0..nkw {
                                kwargs.push((names[i].clone(), ptr::read(base.add(npos + i))));
                            }
                            sp = base;
                            if !has_self {
                                let _null = pop!();
                            }
                            let callable = pop!();
                            save!();
                            if callable.kind() == Some(ObjKind::Function) {
                                let nf = tri!(vm.setup_call(&callable, &args, &kwargs));
                                if Frame::code(nf).is_generator() {
                                    let g = crate::generator::make_generator(vm, nf);
                                    push!(g);
                                    continue;
                                }
                                vm.frame = nf;
                                fr = nf;
                                continue 'outer;
                            }
                            let r = tri!(vm.call(&callable, &args, &kwargs));
                            push!(r);
                        }
                        Op::CallEx => {
                            let kw = if arg & 1 != 0 { pop!() } else { Value::NULL };
                            let argt = pop!();
                            let _null = pop!();
                            let callable = pop!();
                            save!();
                            let args: Vec<Value> = match argt.downcast::<Tuple>() {
                                Some(t) => t.items.to_vec(),
                                None => tri!(crate::ops::collect(vm, &argt)),
                            };
                            let mut kwargs = Vec::new();
                            if let Some(d) = kw.downcast::<Dict>() {
                                let mut bad = false;
                                for (k, v) in d.items() {
                                    if k.kind() != Some(ObjKind::Str) {
                                        bad = true;
                                        break;
                                    }
                                    kwargs.push((vm.intern_value(&k), v));
                                }
                                if bad {
                                    break vm.type_error("keywords must be strings");
                                }
                            }
                            if callable.kind() == Some(ObjKind::Function) {
                                let nf = tri!(vm.setup_call(&callable, &args, &kwargs));
                                if Frame::code(nf).is_generator() {
                                    let g = crate::generator::make_generator(vm, nf);
                                    push!(g);
                                    continue;
                                }
                                vm.frame = nf;
                                fr = nf;
                                continue 'outer;
                            }
                            let r = tri!(vm.call(&callable, &args, &kwargs));
                            push!(r);
                        }
                        Op::MakeFunction => {
                            let code_obj = pop!();
                            let closure = if arg & 8 != 0 { pop!() } else { Value::NONE };
                            let annotations = if arg & 4 != 0 { pop!() } else { Value::NONE };
                            let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::NONE };
                            let defaults = if arg & 1 != 0 { pop!() } else { Value::NONE };
                            let f = crate::types::make_function(
                                vm,
                                code_obj,
                                Value::clone(&(*fr).globals),
                                defaults,
                                kwdefaults,
                                closure,
                            );
                            if !annotations.is_none() {
                                f.downcast_unchecked::<Function>().annotations.with_mut(|a| *a = annotations);
                            }
                            push!(f);
                        }
                        Op::ReturnValue | Op::ReturnNone | Op::ReturnConst => {
                            let mut v = match op {
                                Op::ReturnValue => pop!(),
                                Op::ReturnConst => code.consts.get_unchecked(arg as usize).clone(),
                                _ => Value::NONE,
                            };
                            save!();
                            if (*fr).flags & FRAME_INIT != 0 {
                                if !v.is_none() {
                                    let tn = vm.type_name(&v);
                                    break vm.type_error(format!("__init__() should return None, not '{tn}'"));
                                }
                                v = (*fr).locals.take();
                            }
                            let was_entry = fr == entry;
                            let prev = (*fr).previous;
                            if (*fr).flags & FRAME_INLINE_GEN != 0 {
                                // An inline generator finished: the loop that ran
                                // it drops the generator and exits (ForIter's target).
                                let g = (*fr).generator;
                                pop_frame(vm, fr);
                                crate::generator::finish_inline(g);
                                drop(v);
                                fr = prev;
                                let cb = Frame::stack_base(fr);
                                (*fr).depth -= 1;
                                ptr::drop_in_place(cb.add((*fr).depth as usize));
                                let (_, target) = Frame::code(fr).instr((*fr).pc as usize - 1);
                                (*fr).pc = target;
                                continue 'outer;
                            }
                            pop_frame(vm, fr);
                            if was_entry {
                                return Ok(Exit::Return(v));
                            }
                            fr = prev;
                            // Push the result on the caller's stack.
                            let cb = Frame::stack_base(fr);
                            ptr::write(cb.add((*fr).depth as usize), v);
                            (*fr).depth += 1;
                            continue 'outer;
                        }
                        Op::YieldValue => {
                            let v = pop!();
                            save!();
                            if (*fr).flags & FRAME_INLINE_GEN != 0 {
                                note_yield(code, pc - 1, YIELD_SEEN_OTHER);
                                // Back to the ForIter that entered this generator.
                                crate::generator::suspend_inline(vm, fr);
                                let prev = (*fr).previous;
                                vm.frame = prev;
                                vm.depth -= 1;
                                fr = prev;
                                let cb = Frame::stack_base(fr);
                                ptr::write(cb.add((*fr).depth as usize), v);
                                (*fr).depth += 1;
                                continue 'outer;
                            }
                            if (*fr).flags & FRAME_COLLECT != 0 {
                                if let Some(sink) = vm.collect_sinks.last_mut() {
                                    sink.push(v);
                                    note_yield(code, pc - 1, YIELD_SEEN_COLLECT);
                                    // Resume at once, as if `next()` sent None.
                                    push!(Value::NONE);
                                    continue;
                                }
                            }
                            note_yield(code, pc - 1, YIELD_SEEN_OTHER);
                            debug_assert!(fr == entry);
                            vm.frame = (*fr).previous;
                            vm.depth -= 1;
                            return Ok(Exit::Yield(v));
                        }
                        Op::Send => {
                            let sent = pop!();
                            let it = top!().clone();
                            save!();
                            match crate::generator::send_to(vm, &it, sent) {
                                Ok(crate::generator::SendResult::Yield(v)) => push!(v),
                                Ok(crate::generator::SendResult::Return(r)) => {
                                    drop(pop!());
                                    push!(r);
                                    jump!(arg);
                                }
                                Err(e) => break e,
                            }
                        }
                        Op::RaiseVarargs => {
                            let cause = if arg == 2 { Some(pop!()) } else { None };
                            let exc = if arg >= 1 { Some(pop!()) } else { None };
                            save!();
                            match exc {
                                None => {
                                    if vm.exc_info.is_none() {
                                        break vm.runtime_error("No active exception to reraise");
                                    }
                                    reraise = true;
                                    break PyErr(vm.exc_info.clone());
                                }
                                Some(e) => break crate::ops::make_raise(vm, e, cause),
                            }
                        }
                        Op::Reraise => {
                            let e = pop!();
                            save!();
                            reraise = true;
                            break PyErr(e);
                        }
                        Op::PushExcInfo => {
                            let e = pop!();
                            let mut prev = std::mem::replace(&mut vm.exc_info, e.clone());
                            // A generator's own exception state starts empty:
                            // what it inherited from its caller is not saved,
                            // so leaving the handler shows the caller's state
                            // at that later time.
                            if !(*fr).generator.is_null()
                                && (*fr).flags & FRAME_INLINE_GEN == 0
                                && prev.is(&vm.gen_exc_base)
                            {
                                prev = Value::NONE;
                            }
                            push!(prev);
                            push!(e);
                        }
                        Op::PopExcept => {
                            let prev = pop!();
                            vm.exc_info = if prev.is_none()
                                && !(*fr).generator.is_null()
                                && (*fr).flags & FRAME_INLINE_GEN == 0
                            {
                                vm.gen_exc_base.clone()
                            } else {
                                prev
                            };
                        }
                        Op::CheckExcMatch => {
                            let ty = pop!();
                            let exc = top!().clone();
                            save!();
                            let r = tri!(crate::ops::exception_matches(vm, &exc, &ty));
                            push!(Value::bool(r));
                        }
                        Op::WithExceptStart => {
                            let exc = top!().clone();
                            let exit = peek!(3).clone();
                            save!();
                            let ty = vm.type_of(&exc);
                            let tb = crate::traceback::traceback_object(vm, &exc);
                            let r = tri!(vm.call(&exit, &[ty, exc, tb], &[]));
                            let t = tri!(crate::ops::truthy(vm, &r));
                            push!(Value::bool(t));
                        }
                        Op::BeforeWith => {
                            let mgr = pop!();
                            save!();
                            let enter = crate::ops::lookup_special(vm, &mgr, "__enter__");
                            let exit = crate::ops::lookup_special(vm, &mgr, "__exit__");
                            let (enter, exit) = match (enter, exit) {
                                (Some(a), Some(b)) => (a, b),
                                (enter, _) => {
                                    let tn = vm.type_name(&mgr);
                                    let missed = if enter.is_some() { " (missed __exit__ method)" } else { "" };
                                    break vm.type_error(format!(
                                        "'{tn}' object does not support the context manager protocol{missed}"
                                    ));
                                }
                            };
                            let bound_exit = tri!(crate::ops::bind(vm, &exit, &mgr));
                            push!(bound_exit);
                            let r = tri!(vm.call(&enter, &[mgr], &[]));
                            push!(r);
                        }
                        Op::UnpackSequence => {
                            let seq = pop!();
                            let n = arg as usize;
                            // Exact-length tuples and lists push their items directly.
                            if let Some(t) = seq.downcast::<Tuple>() {
                                if t.items.len() == n {
                                    for v in t.items.iter().rev() {
                                        push!(v.clone());
                                    }
                                    continue;
                                }
                            } else if let Some(l) = seq.downcast::<List>() {
                                let items = l.items.as_ptr();
                                if (*items).len() == n {
                                    for v in (*items).iter().rev() {
                                        push!(v.clone());
                                    }
                                    continue;
                                }
                            }
                            let fast: Option<Vec<Value>> = if let Some(t) = seq.downcast::<Tuple>() {
                                if t.items.len() == n {
                                    Some(t.items.to_vec())
                                } else {
                                    None
                                }
                            } else if let Some(l) = seq.downcast::<List>() {
                                l.items.with(|v| if v.len() == n { Some(v.clone()) } else { None })
                            } else {
                                None
                            };
                            let items = match fast {
                                Some(v) => v,
                                None => {
                                    save!();
                                    tri!(crate::ops::unpack(vm, &seq, n, None))
                                }
                            };
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Op::UnpackEx => {
                            let seq = pop!();
                            let before = (arg & 0xff) as usize;
                            let after = (arg >> 8) as usize;
                            save!();
                            let items = tri!(crate::ops::unpack(vm, &seq, before, Some(after)));
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Op::ImportName => {
                            let fromlist = pop!();
                            let level = pop!();
                            let name = code.names.get_unchecked((arg >> 2) as usize).clone();
                            save!();
                            let globals = Value::clone(&(*fr).globals);
                            // Module-level code runs with its globals as its
                            // namespace; `exec` in a function or class gets
                            // a separate locals mapping.
                            let at_module_level = (*fr).locals.is_null() || (*fr).locals.is(&globals);
                            let m = tri!(crate::lazy_import::import_name(
                                vm,
                                arg & 3,
                                &name,
                                &fromlist,
                                &level,
                                &globals,
                                at_module_level
                            ));
                            push!(m);
                        }
                        Op::ImportFrom => {
                            let m = top!().clone();
                            let name = code.names.get_unchecked(arg as usize).clone();
                            save!();
                            let v = if crate::lazy_import::is_lazy(&m) {
                                tri!(crate::lazy_import::import_from(vm, &m, &name))
                            } else {
                                tri!(crate::import::import_from(vm, &m, &name))
                            };
                            push!(v);
                        }
                        Op::ImportStar => {
                            let m = pop!();
                            save!();
                            let target = if (*fr).locals.is_null() {
                                Value::clone(&(*fr).globals)
                            } else {
                                (*fr).locals.clone()
                            };
                            tri!(crate::import::import_star(vm, &m, &target));
                        }
                        Op::LoadAssertionError => push!(vm.t.assertion_error.clone()),
                        Op::LoadBuildClass => {
                            let k = vm.intern("__build_class__");
                            match (*fr).builtins.downcast_unchecked::<Dict>().get_str(&k) {
                                Some(v) => push!(v),
                                None => {
                                    let c = vm.t.name_error.clone();
                                    break vm.err(&c, "__build_class__ not found");
                                }
                            }
                        }
                        Op::MatchClass => {
                            let kwnames = pop!();
                            let cls = pop!();
                            let subj = pop!();
                            save!();
                            let r = tri!(crate::ops::match_class(vm, &subj, &cls, arg as usize, &kwnames));
                            push!(r);
                        }
                        Op::MatchMapping => {
                            let subj = pop!();
                            let is = subj.kind() == Some(ObjKind::Dict)
                                || crate::types::builtin_base(&subj).kind() == Some(ObjKind::Dict);
                            push!(Value::bool(is));
                        }
                        Op::MatchSequence => {
                            let subj = pop!();
                            let b = crate::types::builtin_base(&subj);
                            let is =
                                matches!(b.kind(), Some(ObjKind::List) | Some(ObjKind::Tuple) | Some(ObjKind::Range));
                            push!(Value::bool(is));
                        }
                        Op::MatchKeys => {
                            let keys = pop!();
                            let subj = pop!();
                            save!();
                            let (vals, rest) = tri!(crate::ops::match_keys(vm, &subj, &keys, arg & 1 != 0));
                            if arg & 1 != 0 {
                                push!(rest);
                            }
                            push!(vals);
                        }
                        Op::GetLen => {
                            let v = pop!();
                            save!();
                            let n = tri!(crate::ops::len(vm, &v));
                            push!(Value::small_int(n as i64));
                        }
                    }
                };
                save!();
                e
            }
        };

        // -- Exception handling -------------------------------------------
        let mut err = err;
        // SAFETY: `fr` is live; its pc and depth were saved before `break`
        // where the stack matters (instructions save before fallible calls).
        unsafe {
            if !reraise {
                set_context(vm, &err);
            }
            loop {
                let code = Frame::code(fr);
                let fault_pc = ((*fr).pc as usize).saturating_sub(1);
                if !reraise {
                    add_traceback(vm, &err, fr, fault_pc);
                }
                reraise = false;
                if let Some(h) = code.handler_for(fault_pc as u32) {
                    let base = Frame::stack_base(fr);
                    let target_depth = h.depth as usize;
                    let mut d = (*fr).depth as usize;
                    while d > target_depth {
                        d -= 1;
                        ptr::drop_in_place(base.add(d));
                    }
                    ptr::write(base.add(d), err.0);
                    (*fr).depth = d as u32 + 1;
                    (*fr).pc = h.handler;
                    continue 'outer;
                }
                let was_entry = fr == entry;
                let prev = (*fr).previous;
                let inline_gen = (*fr).flags & FRAME_INLINE_GEN != 0;
                let gen_ptr = (*fr).generator;
                pop_frame(vm, fr);
                if inline_gen {
                    crate::generator::finish_inline(gen_ptr);
                    // The loop's caller had no exception being handled.
                    vm.exc_info = Value::NONE;
                    err = crate::generator::leaving_generator(vm, err);
                }
                if was_entry {
                    return Err(err);
                }
                fr = prev;
                err = PyErr(err.0);
            }
        }
    }
}

fn slot_name(code: &Code, slot: usize) -> Value {
    if slot < code.varnames.len() {
        code.varnames[slot].clone()
    } else {
        code.freevars[slot - code.varnames.len()].clone()
    }
}

pub(crate) fn deref_error(vm: &mut Vm, code: &Code, slot: usize) -> PyErr {
    let name = name_str!(slot_name(code, slot));
    if slot < code.varnames.len() {
        let c = vm.t.unbound_local_error.clone();
        vm.err(&c, format!("cannot access local variable '{name}' where it is not associated with a value"))
    } else {
        let c = vm.t.name_error.clone();
        vm.err(
            &c,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

#[inline(always)]
fn cmp_i64(op: CmpOp, a: i64, b: i64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}
#[inline(always)]
fn cmp_f64(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

/// For an attribute of a class object: the value to push without running the
/// descriptor protocol (plain values, and the function of a static method),
/// if the class uses the default metaclass.
fn class_attr_plain(vm: &mut Vm, obj: &Value, name: &Value) -> Option<Value> {
    let cls = obj.downcast::<crate::class::Class>()?;
    if !obj.header()?.ty.get().eq(&vm.t.type_.header_ptr()) {
        return None;
    }
    let v = cls.lookup(name)?;
    match v.kind() {
        Some(ObjKind::StaticMethod) => Some(v.downcast::<StaticMethod>()?.func.get_clone()),
        // An instance is a plain value unless its class defines __get__;
        // `LoadAttrClass` re-checks that on every hit (aux 2).
        Some(ObjKind::Instance) if !is_descriptor_instance(vm, &v) => Some(v),
        Some(ObjKind::ClassMethod) | Some(ObjKind::Instance) | Some(ObjKind::Property) => None,
        _ => Some(v),
    }
}

/// Whether an instance found in a class dict is a descriptor (its class
/// defines `__get__`).
#[inline(always)]
fn is_descriptor_instance(vm: &Vm, v: &Value) -> bool {
    vm.class_of(v).flags.get() & crate::class::flags::HAS_DESCRIPTOR_GET != 0
}

fn specialize_class_attr(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Value, op: Op) -> bool {
    if op == Op::LoadMethodClass && obj.header().map(|h| h.ty.get() == vm.t.type_.header_ptr()).unwrap_or(false) {
        let cls = obj.downcast::<crate::class::Class>().unwrap();
        if let Some(m) = cls.lookup(name) {
            if let Some(cm) = m.downcast::<ClassMethod>() {
                let f = cm.func.get_clone();
                set_cache(
                    code,
                    pc,
                    InlineCache {
                        counter: 0,
                        aux: 1,
                        index: 0,
                        guard: cls.version.get(),
                        extra: obj.bits(),
                        extra2: f.bits(),
                    },
                );
                rewrite(code, pc, op);
                return true;
            }
        }
    }
    if let Some(v) = class_attr_plain(vm, obj, name) {
        let cls = obj.downcast::<crate::class::Class>().unwrap();
        let aux = if v.kind() == Some(ObjKind::Instance) { 2 } else { 0 };
        set_cache(
            code,
            pc,
            InlineCache { counter: 0, aux, index: 0, guard: cls.version.get(), extra: obj.bits(), extra2: v.bits() },
        );
        rewrite(code, pc, op);
        return true;
    }
    false
}

fn specialize_load_attr(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Value) {
    if obj.kind() == Some(ObjKind::Class) && specialize_class_attr(vm, code, pc, obj, name, Op::LoadAttrClass) {
        return;
    }
    if let Some(inst) = obj.downcast::<Instance>() {
        let cls = vm.class_of(obj);
        if cls.flags.get() & (crate::class::flags::HAS_GETATTRIBUTE) == 0 && !inst.is_dict_mode() {
            if let Some(idx) = inst.shape.get().index_of(name) {
                // A data descriptor on the class would take precedence.
                let shadow = cls.lookup(name).map(|d| matches!(d.kind(), Some(ObjKind::Property))).unwrap_or(false);
                if !shadow {
                    set_cache(
                        code,
                        pc,
                        InlineCache {
                            counter: 0,
                            aux: 0,
                            index: idx as u32,
                            guard: cls.version.get(),
                            extra: inst.shape.get() as *const _ as u64,
                            extra2: 0,
                        },
                    );
                    rewrite(code, pc, Op::LoadAttrInstance);
                    return;
                }
            }
        }
    } else if let Some(m) = obj.downcast::<Module>() {
        let d = m.dict.downcast::<Dict>().unwrap();
        // A PEP 810 proxy is never cached (a module `__getattr__` may answer
        // for it without reifying it).
        if let Some(i) =
            d.index_of_str(name).filter(|&i| !d.value_at(i).is_some_and(|v| crate::lazy_import::is_lazy(&v)))
        {
            set_cache(
                code,
                pc,
                InlineCache { counter: 0, aux: 0, index: i as u32, guard: d.version(), extra: 0, extra2: 0 },
            );
            rewrite(code, pc, Op::LoadAttrModule);
            return;
        }
    }
    backoff(code, pc);
}

fn specialize_store_attr(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Value) {
    if let Some(inst) = obj.downcast::<Instance>() {
        let cls = vm.class_of(obj);
        if cls.flags.get() & crate::class::flags::HAS_SETATTR == 0 && !inst.is_dict_mode() {
            if let Some(idx) = inst.shape.get().index_of(name) {
                let shadow = cls.lookup(name).map(|d| matches!(d.kind(), Some(ObjKind::Property))).unwrap_or(false);
                if !shadow {
                    set_cache(
                        code,
                        pc,
                        InlineCache {
                            counter: 0,
                            aux: 0,
                            index: idx as u32,
                            guard: cls.version.get(),
                            extra: inst.shape.get() as *const _ as u64,
                            extra2: 0,
                        },
                    );
                    rewrite(code, pc, Op::StoreAttrInstance);
                    return;
                }
            } else if inst.exc.is_none() && inst.shape.get().keys.len() + 2 < crate::class::MAX_SHAPE_KEYS {
                // A new attribute: cache the shape transition, unless a
                // descriptor or __slots__ could intercept the store.
                let descr = cls.lookup(name);
                // A `__slots__` member descriptor stores into the instance's
                // own storage, exactly what the cached transition does.
                let plain = match &descr {
                    None => true,
                    Some(d) if vm.type_of(d).is(&vm.t.member_descriptor) => true,
                    Some(d) => !matches!(d.kind(), Some(ObjKind::Property) | Some(ObjKind::Instance)),
                };
                let slots_ok =
                    cls.flags.get() & crate::class::flags::HAS_SLOTS == 0 || crate::types::slot_allowed(vm, obj, name);
                let interned = name.header().map(|h| h.refcount() >= crate::object::IMMORTAL / 2).unwrap_or(false);
                if plain && slots_ok && interned {
                    let old = inst.shape.get();
                    let new = old.with_key(name);
                    let cls = vm.class_of(obj);
                    set_cache(
                        code,
                        pc,
                        InlineCache {
                            counter: 0,
                            aux: 0,
                            index: old.keys.len() as u32,
                            guard: cls.version.get(),
                            extra: old as *const _ as u64,
                            extra2: new as *const _ as u64,
                        },
                    );
                    rewrite(code, pc, Op::StoreAttrInstanceAdd);
                    return;
                }
            }
        }
    }
    backoff(code, pc);
}

/// `list(x)`, `tuple(x)` and `set(x)` for the exact built-in classes, or
/// None for any other callable. These calls are frequent (often around a
/// generator expression), and the generic class call first works out
/// whether the class is a metaclass and which constructor it has.
#[inline(never)]
fn construct_collection(vm: &mut Vm, cls: &Value, arg: &Value) -> Option<PyResult<Value>> {
    let t = &vm.t;
    if cls.is(&t.tuple) {
        if arg.kind() == Some(ObjKind::Tuple) {
            return Some(Ok(arg.clone()));
        }
        return Some(crate::ops::collect(vm, arg).map(|items| vm.new_tuple(items)));
    }
    if cls.is(&t.list) {
        return Some(crate::ops::collect(vm, arg).map(|items| vm.new_list(items)));
    }
    if cls.is(&t.set) {
        let data = crate::ops::collect(vm, arg).and_then(|items| crate::dict::SetData::from_items(vm, items));
        return Some(data.map(|d| crate::object::alloc(vm.t.set.clone(), d)));
    }
    None
}

/// Whether an instance attribute could shadow the method a
/// `LoadMethodCached` entry holds. The entry remembers (in `extra2`) an
/// instance shape seen without the name, so the usual case is one compare
/// rather than a scan of the shape's keys.
#[inline(always)]
fn method_not_shadowed(obj: &Value, c: &InlineCache, name: &Value) -> bool {
    match obj.downcast::<Instance>() {
        Some(inst) => {
            !inst.is_dict_mode()
                && (inst.shape.get() as *const _ as u64 == c.extra2 || inst.shape.get().index_of(name).is_none())
        }
        None => true,
    }
}

/// `LoadAttrInstance`: the attribute if the cache matches the receiver.
#[inline(always)]
fn mono_load_attr(vm: &Vm, c: &InlineCache, obj: &Value) -> Option<Value> {
    let inst = obj.downcast::<Instance>()?;
    if inst.shape.get() as *const _ as u64 != c.extra || vm.class_of(obj).version.get() != c.guard {
        return None;
    }
    // SAFETY: the cached shape has a key at `index`, so the slot exists.
    let v = inst.slots.with(|s| unsafe { s.get_unchecked(c.index as usize).clone() });
    if v.is_null() {
        None
    } else {
        Some(v)
    }
}

/// `LoadMethodCached`: the method if the cache matches the receiver.
#[inline(always)]
fn mono_load_method(vm: &Vm, c: &InlineCache, obj: &Value, name: &Value) -> Option<Value> {
    if vm.class_of(obj).version.get() != c.guard || !method_not_shadowed(obj, c, name) {
        return None;
    }
    // SAFETY: the class keeps the method alive while its version is
    // unchanged; clone a reference of our own.
    let m = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(c.extra) });
    Some((*m).clone())
}

/// `LoadAttrClass` / `LoadMethodClass`: the class attribute if `obj` is the
/// cached class at the cached version (None if its value's class gained
/// `__get__` since, which the generic path must handle).
#[inline(always)]
fn class_attr_hit(vm: &Vm, c: &InlineCache, obj: &Value) -> Option<Value> {
    if obj.bits() != c.extra || obj.downcast::<crate::class::Class>()?.version.get() != c.guard {
        return None;
    }
    // SAFETY: the class owns the value while its version is unchanged.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(c.extra2) });
    if c.aux == 2 && is_descriptor_instance(vm, &v) {
        return None;
    }
    Some((*v).clone())
}

/// For the JIT's helpers: `obj.name` through the inline cache of the
/// attribute instruction at `at`, when it is specialized and hits.
pub(crate) fn cached_load_attr(vm: &Vm, code: &Code, at: usize, obj: &Value) -> Option<Value> {
    let c = cache(code, at);
    match code.instr(at).0 {
        Op::LoadAttrInstance => mono_load_attr(vm, &c, obj),
        Op::LoadAttrPoly => poly_load_attr(vm, &c, obj),
        Op::LoadAttrClass => class_attr_hit(vm, &c, obj),
        Op::LoadAttrModule => {
            // SAFETY: a module's namespace is a dict.
            let d = unsafe { obj.downcast::<Module>()?.dict.downcast_unchecked::<Dict>() };
            if d.version() == c.guard {
                d.value_at(c.index as usize)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// For the JIT's helpers: the two values a method load pushes (the callable
/// and the receiver, or NULL), through the inline cache of the method
/// instruction at `at`, when it is specialized and hits.
pub(crate) fn cached_load_method(vm: &Vm, code: &Code, at: usize, obj: &Value, name: &Value) -> Option<(Value, Value)> {
    let c = cache(code, at);
    let (m, classmethod) = match code.instr(at).0 {
        Op::LoadMethodCached => (mono_load_method(vm, &c, obj, name)?, c.aux == 1),
        Op::LoadMethodPoly => poly_load_method(vm, &c, obj, name)?,
        Op::LoadMethodClass => {
            // aux 1: a classmethod, called with the class.
            let v = class_attr_hit(vm, &c, obj)?;
            return Some((v, if c.aux == 1 { obj.clone() } else { Value::NULL }));
        }
        _ => return None,
    };
    Some((m, if classmethod { vm.type_of(obj) } else { obj.clone() }))
}

/// For the JIT's helpers: stores `v` into `obj` through the inline cache of
/// the store instruction at `at` when it hits; otherwise gives `v` back.
pub(crate) fn cached_store_attr(vm: &Vm, code: &Code, at: usize, obj: &Value, v: Value) -> Result<(), Value> {
    let c = cache(code, at);
    let op = code.instr(at).0;
    if op == Op::StoreAttrPoly {
        if poly_store_attr_hit(vm, &c, obj) {
            poly_store_attr(vm, &c, obj, v);
            return Ok(());
        }
        return Err(v);
    }
    let Some(inst) = obj.downcast::<Instance>() else { return Err(v) };
    if inst.shape.get() as *const _ as u64 != c.extra || vm.class_of(obj).version.get() != c.guard {
        return Err(v);
    }
    match op {
        Op::StoreAttrInstance => {
            // SAFETY: the cached shape has a key at `index`.
            let old = inst.slots.with_mut(|s| unsafe { std::mem::replace(s.get_unchecked_mut(c.index as usize), v) });
            drop(old);
            Ok(())
        }
        Op::StoreAttrInstanceAdd if inst.slots.with(|s| s.len()) == c.index as usize => {
            inst.push_slot(Some(vm.class_of(obj)), v);
            // SAFETY: shapes are leaked, so the cached address is 'static.
            inst.shape.set(unsafe { &*(c.extra2 as *const crate::class::Shape) });
            Ok(())
        }
        _ => Err(v),
    }
}

/// The entries in use of a polymorphic cache.
#[inline(always)]
fn poly_entries(c: &InlineCache) -> &[std::cell::Cell<InlineCache>] {
    // SAFETY: a `*Poly` instruction's cache points at a table owned by its
    // code object (`Code::poly`), which outlives the instruction's execution;
    // `aux` never exceeds the table's length.
    unsafe { (&*(c.extra as *const crate::bytecode::PolyTable)).get_unchecked(..c.aux as usize) }
}

/// `LoadAttrPoly`: the attribute if one entry matches the receiver.
#[inline(always)]
fn poly_load_attr(vm: &Vm, c: &InlineCache, obj: &Value) -> Option<Value> {
    let inst = obj.downcast::<Instance>()?;
    let shape = inst.shape.get() as *const _ as u64;
    let version = vm.class_of(obj).version.get();
    for e in poly_entries(c) {
        let e = e.get();
        if e.extra == shape && e.guard == version {
            // SAFETY: the shape has a key at `index`, so the slot exists.
            let v = inst.slots.with(|s| unsafe { s.get_unchecked(e.index as usize).clone() });
            return if v.is_null() { None } else { Some(v) };
        }
    }
    None
}

/// `StoreAttrPoly`: whether an entry matches the receiver.
#[inline(always)]
fn poly_store_attr_hit(vm: &Vm, c: &InlineCache, obj: &Value) -> bool {
    let Some(inst) = obj.downcast::<Instance>() else { return false };
    let shape = inst.shape.get() as *const _ as u64;
    let version = vm.class_of(obj).version.get();
    poly_entries(c).iter().any(|e| {
        let e = e.get();
        e.extra == shape && e.guard == version && (e.extra2 == 0 || inst.slots.with(|s| s.len()) == e.index as usize)
    })
}

/// `StoreAttrPoly` after a hit: stores into the slot, or appends along the
/// cached shape transition (entries from `StoreAttrInstanceAdd`).
#[inline(always)]
fn poly_store_attr(vm: &Vm, c: &InlineCache, obj: &Value, v: Value) {
    // SAFETY: `poly_store_attr_hit` just checked that `obj` is an instance.
    let inst = unsafe { obj.downcast_unchecked::<Instance>() };
    let shape = inst.shape.get() as *const _ as u64;
    let Some(e) = poly_entries(c).iter().map(|e| e.get()).find(|e| e.extra == shape) else { return };
    if e.extra2 == 0 {
        // SAFETY: the shape has a key at `index`, so the slot exists.
        let old = inst.slots.with_mut(|s| unsafe { std::mem::replace(s.get_unchecked_mut(e.index as usize), v) });
        drop(old);
    } else {
        inst.push_slot(Some(vm.class_of(obj)), v);
        // SAFETY: shapes are leaked, so the cached address is 'static.
        inst.shape.set(unsafe { &*(e.extra2 as *const crate::class::Shape) });
    }
}

/// `LoadMethodPoly`: the method and whether it is a classmethod.
#[inline(always)]
fn poly_load_method(vm: &Vm, c: &InlineCache, obj: &Value, name: &Value) -> Option<(Value, bool)> {
    let version = vm.class_of(obj).version.get();
    for e in poly_entries(c) {
        let e = e.get();
        if e.guard == version {
            if !method_not_shadowed(obj, &e, name) {
                return None;
            }
            // SAFETY: the class keeps the method alive while its version is
            // unchanged; clone a reference of our own.
            let m = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(e.extra) });
            return Some(((*m).clone(), e.aux == 1));
        }
    }
    None
}

/// A monomorphic attribute or method cache missed: go polymorphic if the
/// receiver can be cached, else back to the generic instruction `generic`.
/// The caller re-executes the instruction either way.
#[cold]
fn guard_failed(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Value, poly: Op, generic: Op) {
    if !poly_extend(vm, code, pc, obj, name, poly) {
        deopt(code, pc, generic);
    }
}

/// On a miss of a monomorphic attribute cache (or of a `*Poly` one), adds
/// an entry for `obj`'s type, turning the instruction into `poly`. The
/// entry is computed by the monomorphic specializer, so both forms share
/// one definition of what is cacheable. Returns false when `obj` cannot be
/// cached this way or the table is full; the caller then takes the generic
/// path (a full table is reset after `BACKOFF` further misses, in case the
/// program moved on to other types).
#[cold]
#[inline(never)]
fn poly_extend(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Value, poly: Op) -> bool {
    let (before_op, _) = code.instr(pc);
    let mut before = cache(code, pc);
    let mut table: *const crate::bytecode::PolyTable = std::ptr::null();
    let mut used = 0;
    if before_op == poly {
        table = before.extra as *const _;
        used = before.aux as usize;
        if used >= crate::bytecode::POLY_ENTRIES {
            if before.counter > 0 {
                before.counter -= 1;
                set_cache(code, pc, before);
                return false;
            }
            used = 0;
        }
    }
    match poly {
        Op::LoadAttrPoly => specialize_load_attr(vm, code, pc, obj, name),
        Op::StoreAttrPoly => specialize_store_attr(vm, code, pc, obj, name),
        _ => specialize_load_method(vm, code, pc, obj, name),
    }
    let (after_op, _) = code.instr(pc);
    let entry = cache(code, pc);
    let fits = matches!(
        (poly, after_op),
        (Op::LoadAttrPoly, Op::LoadAttrInstance)
            | (Op::StoreAttrPoly, Op::StoreAttrInstance | Op::StoreAttrInstanceAdd)
            | (Op::LoadMethodPoly, Op::LoadMethodCached)
    );
    // SAFETY: as in `poly_entries`.
    let known = |t: *const crate::bytecode::PolyTable, n: usize| unsafe {
        (&*t)[..n].iter().any(|e| {
            let e = e.get();
            e.guard == entry.guard && e.extra == entry.extra && e.index == entry.index
        })
    };
    let same_as_mono = table.is_null() && before.guard == entry.guard && before.extra == entry.extra;
    if !fits || (!table.is_null() && known(table, used)) || same_as_mono {
        rewrite(code, pc, before_op);
        set_cache(code, pc, before);
        return false;
    }
    if table.is_null() {
        let t: Box<crate::bytecode::PolyTable> = Box::default();
        t[0].set(before);
        used = 1;
        table = &*t;
        code.poly.borrow_mut().push(t);
    }
    // SAFETY: `table` is owned by `code.poly`; `used` is below its length.
    unsafe { (&*table)[used].set(entry) };
    set_cache(
        code,
        pc,
        InlineCache { counter: BACKOFF, aux: used as u16 + 1, index: 0, guard: 0, extra: table as u64, extra2: 0 },
    );
    rewrite(code, pc, poly);
    true
}

/// A `LoadMethodCached` cache's `aux` for an immortal native method of a
/// value that is not an instance (see `specialize_load_method`); 0 is a
/// plain method, 1 a classmethod.
pub const LOAD_METHOD_NATIVE: u16 = 2;

fn specialize_load_method(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Value) {
    if obj.kind() == Some(ObjKind::Class) && specialize_class_attr(vm, code, pc, obj, name, Op::LoadMethodClass) {
        return;
    }
    let cls = vm.class_of(obj);
    if cls.flags.get() & (crate::class::flags::HAS_GETATTRIBUTE | crate::class::flags::HAS_GETATTR) != 0 {
        backoff(code, pc);
        return;
    }
    if obj.kind() == Some(ObjKind::Class) || obj.kind() == Some(ObjKind::Module) || obj.kind() == Some(ObjKind::Super) {
        backoff(code, pc);
        return;
    }
    if let Some(inst) = obj.downcast::<Instance>() {
        if inst.is_dict_mode() || inst.shape.get().index_of(name).is_some() {
            backoff(code, pc);
            return;
        }
    }
    // An instance shape seen without the name: a fast check that no
    // instance attribute shadows the method (see `method_not_shadowed`).
    let shape = obj.downcast::<Instance>().map(|i| i.shape.get() as *const _ as u64).unwrap_or(0);
    match cls.lookup(name) {
        Some(m) if matches!(m.kind(), Some(ObjKind::Function) | Some(ObjKind::NativeFunction)) => {
            // aux 2: an immortal native method of a built-in type's value
            // (`lst.append`), which tier 2 pushes as a constant after a
            // guard on the class's version (it can never be freed).
            let immortal = m.header().is_some_and(|h| h.refcount() >= crate::object::IMMORTAL / 2);
            let native = shape == 0 && obj.is_ptr() && m.kind() == Some(ObjKind::NativeFunction) && immortal;
            let aux = if native { LOAD_METHOD_NATIVE } else { 0 };
            set_cache(
                code,
                pc,
                InlineCache { counter: 0, aux, index: 0, guard: cls.version.get(), extra: m.bits(), extra2: shape },
            );
            rewrite(code, pc, Op::LoadMethodCached);
        }
        Some(m) if m.kind() == Some(ObjKind::ClassMethod) => {
            // The function inside is owned by the classmethod object in the
            // class dict, alive while the version is unchanged.
            let f = m.downcast::<ClassMethod>().unwrap().func.get_clone();
            set_cache(
                code,
                pc,
                InlineCache { counter: 0, aux: 1, index: 0, guard: cls.version.get(), extra: f.bits(), extra2: shape },
            );
            rewrite(code, pc, Op::LoadMethodCached);
        }
        _ => backoff(code, pc),
    }
}
