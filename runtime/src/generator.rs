//! Generators: a suspended frame kept off the data stack.
//!
//! While suspended, a generator's frame (header, locals and evaluation stack)
//! lives in a heap buffer owned by the generator object. Resuming copies it
//! onto the top of the data stack and runs it like any frame; yielding copies
//! it back. The copy moves ownership of the values (bit copies, no reference
//! count traffic), and keeps the data-stack discipline (frames are always
//! contiguous and popped in order) that compiled code relies on.

// These functions take raw frame/object pointers that are only ever produced
// by the runtime itself (the data stack, the object allocator); callers pass
// live pointers by construction, which the SAFETY comments inside rely on.
#![allow(clippy::not_unsafe_ptr_arg_deref, reason = "pointers come from the runtime's own allocators")]

use crate::frame::{self, Frame};
use crate::interp::{self, Exit};
use crate::object::*;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Generator {
    /// The saved frame words; empty while running or finished.
    pub frame: PyCell<Vec<u64>>,
    pub state: Cell<GenState>,
    pub code: Value,
    pub name: Value,
    pub qualname: Value,
    /// The exception the suspended generator is handling (it yielded inside
    /// an `except` block), or None; swapped with `vm.exc_info` on resume.
    pub exc_state: PyCell<Value>,
}

impl Generator {
    fn saved_frame(&self) -> Option<*mut Frame> {
        self.frame.with_mut(|b| if b.is_empty() { None } else { Some(b.as_mut_ptr() as *mut Frame) })
    }
}

impl Payload for Generator {
    const KIND: ObjKind = ObjKind::Generator;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        self.exc_state.with(|v| visit(v));
        if let Some(f) = self.saved_frame() {
            // SAFETY: a saved buffer holds an initialised frame whose `depth`
            // is accurate.
            unsafe {
                // code_obj, globals and builtins are borrowed (see Frame).
                visit(&(*f).func);
                visit(&(*f).locals);
                let lp = Frame::localsplus(f);
                for i in 0..((*f).nlocalsplus + (*f).depth) as usize {
                    visit(&*lp.add(i));
                }
            }
        }
    }
    fn clear(&self) {
        if self.state.get() == GenState::Running {
            // The frame is live on the interpreter's frame chain.
            return;
        }
        let exc = self.exc_state.with_mut(|v| std::mem::replace(v, Value::NONE));
        drop(exc);
        if let Some(f) = self.saved_frame() {
            // SAFETY: as in `traverse`; the buffer is emptied right after so
            // the frame is not cleared twice.
            unsafe { frame::clear_frame(f) };
            self.frame.with_mut(|b| b.clear());
            self.state.set(GenState::Finished);
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        self.clear();
    }
}

/// Turns a freshly set-up frame (top of the data stack) into a generator.
pub fn make_generator(vm: &mut Vm, fr: *mut Frame) -> Value {
    let code = Frame::code(fr);
    let words = code.frame_size();
    let mut buf = vec![0u64; words];
    // SAFETY: `fr` is the top frame, spanning `words` words; moving its bits
    // into the buffer transfers ownership of every value it holds.
    unsafe {
        std::ptr::copy_nonoverlapping(fr as *const u64, buf.as_mut_ptr(), words);
        (*(buf.as_mut_ptr() as *mut Frame)).flags |= interp::FRAME_HEAP;
        let code_obj = Value::clone(&(*fr).code_obj);
        vm.stack.top = fr as *mut u64;
        vm.depth -= 1;
        let name = code.name.clone();
        let qualname = code.qualname.clone();
        alloc(
            vm.t.generator.clone(),
            Generator {
                frame: PyCell::new(buf),
                state: Cell::new(GenState::Created),
                code: code_obj,
                name,
                qualname,
                exc_state: PyCell::new(Value::NONE),
            },
        )
    }
}

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// Resumes a generator with a sent value (None for `next`).
pub fn resume(vm: &mut Vm, g: &Value, sent: Value) -> PyResult<SendResult> {
    resume_with(vm, g, sent, None)
}

fn resume_with(vm: &mut Vm, g: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let gen = g.downcast::<Generator>().unwrap();
    match gen.state.get() {
        GenState::Running => return Err(vm.value_error("generator already executing")),
        GenState::Finished => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(SendResult::Return(Value::NONE)),
            }
        }
        GenState::Created => {
            if throw.is_none() && !sent.is_none() {
                return Err(vm.type_error("can't send non-None value to a just-started generator"));
            }
        }
        GenState::Suspended => {}
    }
    if vm.depth >= vm.recursion_limit {
        let c = vm.t.recursion_error.clone();
        return Err(vm.err(&c, "maximum recursion depth exceeded"));
    }
    // The frame runs in place in the generator's buffer (FRAME_HEAP): no copy
    // on resume or yield. The buffer is never resized while the generator
    // exists, and cannot be resumed re-entrantly (Running state), so the
    // pointer stays valid for the whole run.
    let fr = match gen.saved_frame() {
        Some(f) => f,
        None => return Ok(SendResult::Return(Value::NONE)),
    };
    let was_created = gen.state.get() == GenState::Created;
    // SAFETY: the buffer holds an initialised, suspended frame.
    unsafe {
        (*fr).previous = vm.frame;
        (*fr).generator = g.header_ptr();
        let skip_sent = (*fr).flags & 1 != 0;
        (*fr).flags &= !1;
        if !was_created && throw.is_none() && !skip_sent {
            let base = Frame::stack_base(fr);
            std::ptr::write(base.add((*fr).depth as usize), sent);
            (*fr).depth += 1;
        }
    }
    gen.state.set(GenState::Running);
    vm.depth += 1;
    // The generator sees the exception it was handling when it yielded, or
    // else the caller's; the caller's is restored when it yields or ends.
    let caller_exc = vm.exc_info.clone();
    let own = gen.exc_state.with_mut(|v| std::mem::replace(v, Value::NONE));
    if !own.is_none() {
        vm.exc_info = own;
    }
    let saved_base = std::mem::replace(&mut vm.gen_exc_base, caller_exc.clone());
    let r = interp::run_with(vm, fr, throw);
    vm.gen_exc_base = saved_base;
    let now = std::mem::replace(&mut vm.exc_info, caller_exc.clone());
    if matches!(r, Ok(Exit::Yield(_))) && !now.is(&caller_exc) {
        gen.exc_state.with_mut(|v| *v = now);
    }
    match r {
        Ok(Exit::Yield(v)) => {
            gen.state.set(GenState::Suspended);
            Ok(SendResult::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            // The interpreter cleared the frame; forget its bits.
            gen.frame.with_mut(|b| b.clear());
            gen.state.set(GenState::Finished);
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            gen.frame.with_mut(|b| b.clear());
            gen.state.set(GenState::Finished);
            Err(leaving_generator(vm, e))
        }
    }
}

/// Drains a generator in one interpreter run (FRAME_COLLECT), for consumers
/// that want every item. Returns None when the generator is not in a state
/// for it (then the caller iterates normally).
pub fn collect_all(vm: &mut Vm, gv: &Value) -> PyResult<Option<Vec<Value>>> {
    let g = gv.downcast::<Generator>().unwrap();
    if !matches!(g.state.get(), GenState::Created | GenState::Suspended) {
        return Ok(None);
    }
    let fr = match g.saved_frame() {
        Some(f) => f,
        None => return Ok(None),
    };
    // SAFETY: the buffer holds an initialised, suspended frame.
    unsafe {
        (*fr).flags |= interp::FRAME_COLLECT;
    }
    vm.collect_sinks.push(Vec::new());
    let r = resume(vm, gv, Value::NONE);
    let items = vm.collect_sinks.pop().unwrap_or_default();
    if let Some(f) = g.saved_frame() {
        // SAFETY: a still-saved frame is initialised; drop the mode flag.
        unsafe {
            (*f).flags &= !interp::FRAME_COLLECT;
        }
    }
    match r? {
        SendResult::Return(_) => Ok(Some(items)),
        SendResult::Yield(v) => {
            // Not reached in collect mode; keep the value rather than lose it.
            let mut items = items;
            items.push(v);
            Ok(Some(items))
        }
    }
}

/// Prepares a generator for running inline in the interpreter loop: returns
/// its frame, with the sent None pushed, or None if it cannot run inline.
pub fn enter_inline(g: &Generator, gv: &Value) -> Option<*mut Frame> {
    match g.state.get() {
        GenState::Created | GenState::Suspended => {}
        _ => return None,
    }
    if !g.exc_state.with(|v| v.is_none()) {
        return None;
    }
    let fr = g.saved_frame()?;
    // SAFETY: the buffer holds an initialised, suspended frame; the
    // generator stays alive because the loop's iterator slot owns it.
    unsafe {
        (*fr).generator = gv.header_ptr();
        let skip_sent = (*fr).flags & 1 != 0;
        (*fr).flags &= !1;
        if g.state.get() == GenState::Suspended && !skip_sent {
            let base = Frame::stack_base(fr);
            std::ptr::write(base.add((*fr).depth as usize), Value::NONE);
            (*fr).depth += 1;
        }
        (*fr).flags |= interp::FRAME_INLINE_GEN;
    }
    g.state.set(GenState::Running);
    Some(fr)
}

/// An inline generator yielded: it is suspended again, and keeps any
/// exception it was handling for its next resumption.
pub fn suspend_inline(vm: &mut Vm, fr: *mut Frame) {
    // SAFETY: `fr` is the generator's live frame; its generator is alive.
    unsafe {
        (*fr).flags &= !interp::FRAME_INLINE_GEN;
        let g = &(*((*fr).generator as *const Obj<Generator>)).data;
        g.state.set(GenState::Suspended);
        if !vm.exc_info.is_none() {
            let e = std::mem::replace(&mut vm.exc_info, Value::NONE);
            g.exc_state.with_mut(|v| *v = e);
        }
    }
}

/// An inline generator's frame has been cleared (return or exception).
pub fn finish_inline(g: *const crate::object::Header) {
    // SAFETY: the generator is owned by the loop's iterator slot, still alive.
    unsafe {
        let g = &(*(g as *const Obj<Generator>)).data;
        g.frame.with_mut(|b| b.clear());
        g.state.set(GenState::Finished);
    }
}

/// The exception seen outside when `err` leaves a generator's frame: PEP 479
/// turns a StopIteration into RuntimeError("generator raised StopIteration").
pub fn leaving_generator(vm: &mut Vm, err: PyErr) -> PyErr {
    if !vm.exc_matches(&err, &vm.t.stop_iteration.clone()) {
        return err;
    }
    let c = vm.t.runtime_error.clone();
    let ne = vm.err(&c, "generator raised StopIteration");
    if let Some(i) = ne.0.downcast::<crate::class::Instance>() {
        if let Some(ed) = &i.exc {
            ed.cause.with_mut(|x| *x = err.0.clone());
            ed.context.with_mut(|x| *x = err.0);
        }
    }
    ne
}

/// For `yield from`: sends into any sub-iterator.
pub fn send_to(vm: &mut Vm, it: &Value, sent: Value) -> PyResult<SendResult> {
    if it.kind() == Some(ObjKind::Generator) {
        return resume(vm, it, sent);
    }
    if sent.is_none() && (it.kind() == Some(ObjKind::Iter) || crate::ops::lookup_special(vm, it, "__next__").is_some())
    {
        let f = crate::ops::lookup_special(vm, it, "__next__");
        if let Some(f) = f.filter(|_| it.kind() != Some(ObjKind::Iter)) {
            return match vm.call(&f, &[it.clone()], &[]) {
                Ok(v) => Ok(SendResult::Yield(v)),
                Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration.clone()) => Ok(SendResult::Return(stop_value(&e))),
                Err(e) => Err(e),
            };
        }
        return match crate::ops::next(vm, it)? {
            Some(v) => Ok(SendResult::Yield(v)),
            None => Ok(SendResult::Return(Value::NONE)),
        };
    }
    match vm.call_method(it, "send", &[sent]) {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration.clone()) => Ok(SendResult::Return(stop_value(&e))),
        Err(e) => Err(e),
    }
}

fn stop_value(e: &PyErr) -> Value {
    e.0.downcast::<crate::class::Instance>()
        .and_then(|i| i.exc.as_ref().map(|x| x.args.get_clone()))
        .and_then(|a| a.downcast::<Tuple>().and_then(|t| t.items.first().cloned()))
        .unwrap_or(Value::NONE)
}

/// The sub-iterator a suspended generator is delegating to (`yield from`).
fn delegate_of(gen: &Generator) -> Option<Value> {
    let f = gen.saved_frame()?;
    // SAFETY: the saved frame is initialised.
    unsafe {
        let code = Frame::code(f);
        let pc = (*f).pc as usize;
        if pc >= 2 && (*f).depth >= 1 {
            let (op_prev, _) = code.instr(pc - 1);
            let (op_send, _) = code.instr(pc - 2);
            if op_prev == crate::bytecode::Op::YieldValue && op_send == crate::bytecode::Op::Send {
                let base = Frame::stack_base(f);
                return Some((*base.add((*f).depth as usize - 1)).clone());
            }
        }
    }
    None
}

/// `gen.throw(exc)`.
pub fn throw(vm: &mut Vm, g: &Value, exc: PyErr) -> PyResult<SendResult> {
    let gen = g.downcast::<Generator>().unwrap();
    if gen.state.get() == GenState::Suspended {
        if let Some(sub) = delegate_of(gen) {
            let r = if sub.kind() == Some(ObjKind::Generator) {
                throw(vm, &sub, PyErr(exc.0.clone()))
            } else {
                let tk = vm.intern_static("throw");
                match crate::ops::getattr_opt(vm, &sub, &tk)? {
                    Some(f) => match vm.call(&f, &[exc.0.clone()], &[]) {
                        Ok(v) => Ok(SendResult::Yield(v)),
                        Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration.clone()) => {
                            Ok(SendResult::Return(stop_value(&e)))
                        }
                        Err(e) => Err(e),
                    },
                    None => Err(PyErr(exc.0.clone())),
                }
            };
            return match r {
                Ok(SendResult::Yield(v)) => Ok(SendResult::Yield(v)),
                Ok(SendResult::Return(v)) => {
                    // The delegate finished: continue after the `yield from`
                    // with its value.
                    finish_delegation(gen, v);
                    resume_with(vm, g, Value::NONE, None)
                }
                Err(e) => resume_with(vm, g, Value::NONE, Some(e)),
            };
        }
    }
    if gen.state.get() == GenState::Created {
        gen.state.set(GenState::Finished);
        let f = gen.saved_frame();
        if f.is_some() {
            gen.clear();
        }
        return Err(exc);
    }
    resume_with(vm, g, Value::NONE, Some(exc))
}

/// Replaces the delegate on the saved stack with its result and moves the pc
/// to the end of the `yield from` loop.
fn finish_delegation(gen: &Generator, result: Value) {
    if let Some(f) = gen.saved_frame() {
        // SAFETY: the saved frame is initialised; the delegate is on top.
        unsafe {
            let code = Frame::code(f);
            let pc = (*f).pc as usize;
            let (_, exit) = code.instr(pc - 2);
            let base = Frame::stack_base(f);
            let top = base.add((*f).depth as usize - 1);
            let old = std::ptr::replace(top, result);
            drop(old);
            (*f).pc = exit;
            // The resume pushes a sent value; drop it by making the exit path
            // see the result instead: the pushed None is popped by an extra
            // step below.
            (*f).flags |= 1;
        }
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: &Value) -> PyResult<()> {
    let gen = g.downcast::<Generator>().unwrap();
    match gen.state.get() {
        GenState::Created => {
            gen.clear();
            gen.state.set(GenState::Finished);
            Ok(())
        }
        GenState::Finished => Ok(()),
        _ => {
            let c = vm.t.generator_exit.clone();
            let e = PyErr(vm.new_exception(&c, vec![]));
            match throw(vm, g, e) {
                Ok(SendResult::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
                Ok(SendResult::Return(_)) => Ok(()),
                Err(e)
                    if vm.exc_matches(&e, &vm.t.generator_exit.clone())
                        || vm.exc_matches(&e, &vm.t.stop_iteration.clone()) =>
                {
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
    }
}

pub fn gen_qualname(v: &Value) -> String {
    v.downcast::<Generator>().and_then(|g| g.qualname.downcast::<Str>().map(|s| s.s.to_string())).unwrap_or_default()
}

pub fn gen_attr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let g = v.downcast::<Generator>()?;
    Some(match name {
        "__name__" => g.name.clone(),
        "__qualname__" => g.qualname.clone(),
        "gi_running" => Value::bool(g.state.get() == GenState::Running),
        "gi_code" => g.code.clone(),
        "gi_frame" => {
            if g.state.get() == GenState::Finished {
                Value::NONE
            } else {
                vm.new_str("<frame>")
            }
        }
        _ => return None,
    })
}

pub fn register(vm: &mut Vm) {
    let cls = vm.t.generator.clone();
    vm.add_method(&cls, "send", |vm, args, _| {
        let sent = args.get(1).cloned().unwrap_or(Value::NONE);
        match resume(vm, &args[0], sent)? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(v) => Err(vm.stop_iteration(v)),
        }
    });
    vm.add_method(&cls, "__next__", |vm, args, _| match resume(vm, &args[0], Value::NONE)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    });
    vm.add_method(&cls, "__iter__", |_, args, _| Ok(args[0].clone()));
    vm.add_method(&cls, "throw", |vm, args, _| {
        if args.len() < 2 {
            return Err(vm.type_error("throw expected at least 1 argument, got 0"));
        }
        let typ = args[1].clone();
        let val = args.get(2).cloned();
        let exc = if typ.kind() == Some(ObjKind::Class) {
            match val {
                Some(v) if !v.is_none() && vm.isinstance(&v, &typ) => v,
                Some(v) if !v.is_none() => vm.call(&typ, &[v], &[])?,
                _ => vm.call(&typ, &[], &[])?,
            }
        } else {
            typ
        };
        let err = crate::ops::make_raise(vm, exc, None);
        match throw(vm, &args[0], err)? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(v) => Err(vm.stop_iteration(v)),
        }
    });
    vm.add_method(&cls, "close", |vm, args, _| {
        close(vm, &args[0])?;
        Ok(Value::NONE)
    });
}
