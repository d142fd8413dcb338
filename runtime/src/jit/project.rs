//! Trace projection: from a hot loop's specialized bytecode to micro-ops.
//!
//! As CPython 3.13's tier 2, the trace is projected from the bytecode rather
//! than recorded while it runs: the specialized instructions already say
//! which types each site has seen (`BinaryOpAddFloat` has seen floats), so
//! walking the loop body from its head and translating each instruction
//! into guards and fast-path uops needs no hook in the interpreter's
//! dispatch. Branches become guards that stay on the projected path; which
//! way is projected is the fall-through unless earlier runs of this loop
//! showed the other way is the hot one (see `Loop::prefer_jump`).
//!
//! Every uop that can leave the trace does so before changing anything that
//! its instruction changes, so the interpreter resumes at that instruction
//! with the frame exactly as it would have had it never left.

use super::uop::{Exits, Uop, UopKind};
use crate::bytecode::{self, CmpOp, Code, Op, LOAD_GLOBAL_NULL};
use crate::dict::Dict;
use crate::value::Value;

/// The most uops in one optimized trace: long enough for real loop bodies
/// (unpack_sequence's 400 statements are 800), short enough that a trace
/// stays some 100 KiB of machine code at most.
pub const MAX_UOPS: usize = 1024;
/// The most uops projected for one trace, before the optimizer removes
/// checks and fuses: a body projected longer than this is left to the
/// interpreter.
pub const MAX_PROJECTED: usize = 2 * MAX_UOPS;
/// A trace that does not loop (it ends at an instruction tier 2 does not
/// handle) is worth entering only if it does enough before it leaves. A
/// function trace that reaches the function's own return is always worth
/// it: a trace's `_CALL` runs it and returns with no interpreter loop at
/// all (`tier2::call_function_trace`).
pub const MIN_LINEAR_UOPS: usize = 12;

/// What to project: the loop whose back edge (`JumpBackward`) is at `back`
/// and whose head is `head`.
pub struct Loop<'a> {
    pub code: &'a Code,
    pub head: usize,
    pub back: usize,
    /// Branches (by code object's address and bytecode index: the loop's own
    /// or an inlined function's) whose jump, not fall-through, is the hot
    /// way: learnt from exits taken too often by earlier traces.
    pub prefer_jump: &'a [(usize, u32)],
    /// The address of this thread's "collection due" flag, for
    /// `_CHECK_EVAL_BREAKER`.
    pub gc_flag: u64,
    /// The running frame's globals and builtins (dicts), whose entries the
    /// trace may read as constants under a version guard.
    pub globals: &'a Value,
    pub builtins: &'a Value,
    /// Where projection starts: the loop head, or for a side trace the pc
    /// where its parent's exit resumes.
    pub start: usize,
    /// For a side trace: the address of its parent's first micro-op, where
    /// the side trace continues at the back edge (`_JUMP_ABSOLUTE`)
    /// instead of looping on its own.
    pub link: Option<u64>,
    /// For a side trace from an exit inside functions its parent called
    /// inline: those calls, outermost first. `start` is then a pc of the
    /// innermost function, and projection finishes each call before it
    /// carries on in the loop's code.
    pub chain: &'a [InlineFrame],
}

/// A call a trace runs inline, as seen from inside it: the function (its
/// value word, kept alive by the trace), the caller's pc where the trace
/// resumes after the return, and whether it is an `__init__` run for a
/// class call (`_PUSH_INIT_FRAME`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineFrame {
    pub func: u64,
    pub resume: u32,
    pub init: bool,
}

impl InlineFrame {
    /// The frame a `_PUSH_FRAME` or `_PUSH_INIT_FRAME` micro-op pushes.
    pub fn of(u: &Uop) -> InlineFrame {
        InlineFrame { func: u.operand, resume: u.operand1 as u32, init: u.kind == UopKind::PushInitFrame }
    }
    /// The function's code (the word is a live function: the trace keeps
    /// it alive).
    pub fn code(&self) -> Option<&Code> {
        // SAFETY: as above; only borrowed (the ManuallyDrop is not dropped,
        // and the code object lives as long as the function).
        let f = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(self.func) });
        let code = f.downcast::<crate::object::Function>()?.code.downcast::<crate::object::CodeObj>()?;
        // SAFETY: the function, and so its code object, outlives the
        // trace that names it; the borrow is tied to `self`.
        Some(unsafe { &*(&*code.code as *const Code) })
    }
}

impl Loop<'_> {
    /// A side trace from an exit out of the loop (the trace's usual end)
    /// is a continuation: it follows the code after the loop wherever it
    /// goes, until it reaches a loop that has a trace and jumps into that.
    fn continuation(&self) -> bool {
        self.link.is_some() && self.chain.is_empty() && (self.start < self.head || self.start > self.back)
    }
    /// Whether a forward jump to `target` stays in the projected region:
    /// the loop body, or anywhere for a continuation.
    fn within(&self, target: usize) -> bool {
        self.continuation() || (target >= self.head && target <= self.back)
    }
}

/// A projected trace, and the objects its uops point at (the dicts whose
/// versions and entries it reads), which the trace keeps alive.
pub struct Projection {
    pub uops: Vec<Uop>,
    pub keep: Vec<Value>,
}

/// Why no trace was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abort {
    /// The loop starts with an instruction tier 2 does not handle.
    Unsupported(Op),
    /// The path from the head ends too soon to be worth a trace.
    TooShort,
    TooLong,
}

/// Projects the loop's hot path into uops. The result either loops
/// (ends with `_JUMP_TO_TOP`) or ends with `_EXIT_TRACE`.
pub fn project(l: &Loop<'_>) -> Result<Projection, Abort> {
    let mut keep = Vec::new();
    let uops = project_uops(l, &mut keep)?;
    Ok(Projection { uops, keep })
}

/// The address of a dict's version word.
fn version_address(d: &Dict) -> u64 {
    // SAFETY: only the field's address is taken; the table lives inline in
    // the dict object, so it is stable while the dict lives (the trace keeps
    // it alive).
    unsafe { std::ptr::addr_of!((*d.table.as_ptr()).version) as u64 }
}

/// The code a stretch of the trace runs: the loop's own, or (depth > 0) a
/// function it calls inline.
struct Cx<'a> {
    code: &'a Code,
    globals: &'a Value,
    builtins: &'a Value,
    depth: u32,
    /// An `__init__` run for a class call: its return yields the instance.
    init: bool,
}

/// How projecting a stretch of code ended.
enum End {
    /// The loop closed (`_JUMP_TO_TOP`), or the trace ends here.
    Done,
    /// An inlined function returned (`_RETURN_VALUE` emitted).
    Returned,
}

/// The deepest inline call: deep enough for a method calling a helper
/// calling an accessor, shallow enough to keep traces short and recursion
/// out.
const MAX_INLINE_DEPTH: u32 = 3;

fn project_uops(l: &Loop<'_>, keep: &mut Vec<Value>) -> Result<Vec<Uop>, Abort> {
    let mut out: Vec<Uop> = Vec::new();
    let mut pc = l.start;
    // From inside inlined calls, each is finished first, innermost first.
    for (i, frame) in l.chain.iter().enumerate().rev() {
        // SAFETY: the word is a live function (the parent trace keeps it
        // alive); borrowed, and cloned into `keep` for this trace.
        let f = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(frame.func) });
        keep.push(Value::clone(&f));
        let func = f.downcast::<crate::object::Function>().ok_or(Abort::TooShort)?;
        let code = frame.code().ok_or(Abort::TooShort)?;
        let cx = Cx { code, globals: &func.globals, builtins: l.builtins, depth: i as u32 + 1, init: frame.init };
        match stretch(l, &cx, pc, &mut out, keep)? {
            End::Returned => pc = frame.resume as usize,
            End::Done => return Err(Abort::TooShort),
        }
    }
    let cx = Cx { code: l.code, globals: l.globals, builtins: l.builtins, depth: 0, init: false };
    stretch(l, &cx, pc, &mut out, keep)?;
    Ok(fuse_augmented_subscripts(out))
}

/// `container[key] op= value` compiles to `COPY 2; COPY 2; BINARY_SUBSCR`,
/// the operation, then `SWAP 3; SWAP 2; STORE_SUBSCR`: the copies and swaps
/// only shuffle the container and key, so each triple becomes one micro-op
/// that reads or writes them in place (`_BINARY_SUBSCR_KEEP`,
/// `_STORE_SUBSCR_UNDER`), with no count updates for the copies. Both make
/// the shuffles themselves before their general case, so every exit sees
/// the stack the interpreter would. Where the read was specialized to a
/// list (`_BINARY_SUBSCR_LIST_INT`), both halves are the list micro-ops,
/// which have no general case: they leave the trace at the triple's first
/// instruction, before any of it has run.
fn fuse_augmented_subscripts(uops: Vec<Uop>) -> Vec<Uop> {
    let mut out: Vec<Uop> = Vec::with_capacity(uops.len());
    // For each augmented read not yet matched by its store (a callee
    // inlined into the value may have its own), whether it was the list
    // micro-op: its store is to the same container.
    let mut reads: Vec<bool> = Vec::new();
    for u in uops {
        let fused = match (u.kind, out.as_slice()) {
            (UopKind::BinarySubscr | UopKind::BinarySubscrListInt, [.., a, b])
                if a.kind == UopKind::Copy && a.oparg == 2 && b.kind == UopKind::Copy && b.oparg == 2 =>
            {
                let list = u.kind == UopKind::BinarySubscrListInt;
                reads.push(list);
                Some(if list { UopKind::BinarySubscrKeepListInt } else { UopKind::BinarySubscrKeep })
            }
            (UopKind::StoreSubscr, [.., a, b])
                if a.kind == UopKind::Swap && a.oparg == 3 && b.kind == UopKind::Swap && b.oparg == 2 =>
            {
                Some(if reads.pop() == Some(true) {
                    UopKind::StoreSubscrUnderListInt
                } else {
                    UopKind::StoreSubscrUnder
                })
            }
            _ => None,
        };
        match fused {
            Some(kind) => {
                let first = out[out.len() - 2].exit_pc;
                out.truncate(out.len() - 2);
                // The list micro-ops leave at the first shuffle.
                let exit_pc = if kind.exits() == Exits::Guard { first } else { u.exit_pc };
                out.push(Uop { kind, exit_pc, ..u });
            }
            None => out.push(u),
        }
    }
    out
}

/// Projects `cx.code` from `pc`: at depth 0 until the loop closes or the
/// trace ends, in an inlined function until it returns (anything else is
/// an `Abort`, and the caller calls the function instead).
fn stretch(l: &Loop<'_>, cx: &Cx<'_>, mut pc: usize, out: &mut Vec<Uop>, keep: &mut Vec<Value>) -> Result<End, Abort> {
    let code = cx.code;
    let inline = cx.depth > 0;
    let in_loop = |t: usize| l.within(t);
    let end = |out: &mut Vec<Uop>, at: usize, why: Abort| -> Result<End, Abort> {
        if inline || out.len() < MIN_LINEAR_UOPS {
            return Err(why);
        }
        out.push(Uop::new(UopKind::ExitTrace, at as u32).operand(at as u64));
        Ok(End::Done)
    };
    loop {
        if out.len() > MAX_PROJECTED {
            // Longer bodies are left to the interpreter. Cut into a chain of
            // traces (each ending where the next, a side trace, starts),
            // unpack_sequence's 5,200 micro-ops a loop ran 1.66x fewer
            // instructions but took twice the time: 470 KiB of machine
            // code per iteration misses the instruction cache, where the
            // interpreter's loop stays in it.
            return Err(Abort::TooLong);
        }
        let (op, arg) = code.instr(pc);
        let at = pc as u32;
        let uop = |k: UopKind| Uop::new(k, at);
        match op {
            Op::Nop => {}
            Op::LoadFast | Op::LoadFastCheck => {
                out.push(uop(UopKind::CheckLocalBound).oparg(arg));
                out.push(uop(UopKind::LoadFast).oparg(arg));
            }
            Op::LoadFastLoadFast => {
                let (a, b) = (arg & 0xfff, arg >> 12);
                out.push(uop(UopKind::CheckLocalBound).oparg(a));
                out.push(uop(UopKind::CheckLocalBound).oparg(b));
                out.push(uop(UopKind::LoadFast).oparg(a));
                out.push(uop(UopKind::LoadFast).oparg(b));
            }
            Op::LoadFastLoadConst => {
                let (a, c) = (arg & 0xfff, arg >> 12);
                out.push(uop(UopKind::CheckLocalBound).oparg(a));
                out.push(uop(UopKind::LoadFast).oparg(a));
                out.push(uop(UopKind::LoadConstInline).operand(code.consts[c as usize].bits()));
            }
            Op::StoreFastLoadFast => {
                let (a, b) = (arg & 0xfff, arg >> 12);
                // Check the loaded local before the store changes the stack
                // (storing `a` cannot bind a different local `b`).
                if a != b {
                    out.push(uop(UopKind::CheckLocalBound).oparg(b));
                }
                out.push(uop(UopKind::StoreFast).oparg(a));
                out.push(uop(UopKind::LoadFast).oparg(b));
            }
            Op::LoadConst => {
                out.push(uop(UopKind::LoadConstInline).operand(code.consts[arg as usize].bits()));
            }
            Op::StoreFast => out.push(uop(UopKind::StoreFast).oparg(arg)),
            Op::PopTop => out.push(uop(UopKind::PopTop)),
            Op::BinaryOpAddInt | Op::BinaryOpSubInt | Op::BinaryOpMulInt => {
                out.push(uop(UopKind::GuardBothInt));
                out.push(uop(match op {
                    Op::BinaryOpAddInt => UopKind::BinaryOpAddInt,
                    Op::BinaryOpSubInt => UopKind::BinaryOpSubInt,
                    _ => UopKind::BinaryOpMulInt,
                }));
            }
            Op::BinaryOpAddFloat | Op::BinaryOpSubFloat | Op::BinaryOpMulFloat | Op::BinaryOpDivFloat => {
                out.push(uop(UopKind::GuardBothFloat));
                out.push(uop(match op {
                    Op::BinaryOpAddFloat => UopKind::BinaryOpAddFloat,
                    Op::BinaryOpSubFloat => UopKind::BinaryOpSubFloat,
                    Op::BinaryOpMulFloat => UopKind::BinaryOpMulFloat,
                    _ => UopKind::BinaryOpDivFloat,
                }));
            }
            Op::CompareJump => {
                let target = (arg & bytecode::COMPARE_JUMP_TARGET) as usize;
                let jumps_if = arg & bytecode::COMPARE_JUMP_IF_TRUE != 0;
                let cmp = CmpOp::from_u32((arg >> 20) & 7);
                let (stay, next, off) = branch(l, cx, pc, target, jumps_if);
                if code.caches[pc].get().aux == crate::interp::COMPARE_JUMP_OBJECTS {
                    // The typed compare-jumps would leave the trace at every
                    // such comparison: this one compares as the interpreter
                    // does, by a helper.
                    let oparg = stay as u32 | (cmp as u32) << 1;
                    out.push(uop(UopKind::CompareJumpGeneric).oparg(oparg).jump_pc(off as u32));
                } else {
                    out.push(uop(UopKind::compare_jump(cmp)).oparg(stay as u32).jump_pc(off as u32));
                }
                pc = next;
                continue;
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let (stay, next, off) = branch(l, cx, pc, arg as usize, op == Op::PopJumpIfTrue);
                out.push(uop(UopKind::PopJumpIf).oparg(stay as u32).jump_pc(off as u32));
                pc = next;
                continue;
            }
            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                let (stay, next, off) = branch(l, cx, pc, arg as usize, op == Op::PopJumpIfNone);
                out.push(uop(UopKind::PopJumpIfNone).oparg(stay as u32).jump_pc(off as u32));
                pc = next;
                continue;
            }
            Op::Jump => {
                let target = arg as usize;
                if target > pc && (inline || in_loop(target)) {
                    pc = target;
                    continue;
                }
                // A `break` or `continue` out of the projected region.
                return end(out, target, Abort::TooShort);
            }
            Op::JumpBackward | Op::JumpBackwardJit if !inline && pc == l.back && arg as usize == l.head => {
                out.push(uop(UopKind::CheckEvalBreaker).operand(l.gc_flag));
                match l.link {
                    Some(parent) => out.push(uop(UopKind::JumpAbsolute).operand(parent)),
                    None => out.push(uop(UopKind::JumpToTop)),
                }
                return Ok(End::Done);
            }
            // (A side trace may be only this jump: from a stub that left
            // for a back edge before that loop had its trace.)
            Op::JumpBackwardJit if !inline && (!out.is_empty() || l.link.is_some()) => {
                // Another loop of this frame whose trace exists: continue in
                // it (from its first micro-op, whose guards check what it
                // assumes) rather than leave for the interpreter only to be
                // sent there. Its address is read from the back edge's
                // cache when the jump runs, so a trace discarded since (its
                // address zeroed) makes this a plain exit at the back edge.
                let cell = &code.caches[pc] as *const std::cell::Cell<bytecode::InlineCache> as u64;
                let body = cell + std::mem::offset_of!(bytecode::InlineCache, extra2) as u64;
                let index = cell + std::mem::offset_of!(bytecode::InlineCache, index) as u64;
                out.push(uop(UopKind::CheckEvalBreaker).operand(l.gc_flag));
                out.push(uop(UopKind::JumpToTrace).operand(body).operand1(index));
                return Ok(End::Done);
            }
            Op::ReturnValue | Op::ReturnConst | Op::ReturnNone if inline => {
                match op {
                    Op::ReturnConst => {
                        out.push(uop(UopKind::LoadConstInline).operand(code.consts[arg as usize].bits()))
                    }
                    Op::ReturnNone => out.push(uop(UopKind::LoadConstInline).operand(Value::NONE.bits())),
                    _ => {}
                }
                out.push(uop(if cx.init { UopKind::ReturnInit } else { UopKind::ReturnValue }));
                return Ok(End::Returned);
            }
            // The loop's end is the step's branch: the exhausted iterator
            // popped, the interpreter resumes after the loop.
            Op::ForIterRange if !inline => out.push(uop(UopKind::ForIterRange).jump_pc(arg)),
            Op::ForIterList | Op::ForIterTuple if !inline => out.push(uop(UopKind::ForIterSeq).jump_pc(arg)),
            Op::ForIter
                if !inline
                    && code.caches[pc].get().aux == crate::interp::FOR_ITER_ENUMERATE
                    && code.instr(pc + 1) == (Op::UnpackSequence, 2) =>
            {
                // `for i, x in enumerate(seq)`, as the interpreter last saw
                // it: the step and the unpacking as one micro-op, with no
                // tuple in between.
                out.push(uop(UopKind::ForIterEnumerate).jump_pc(arg));
                pc += 2;
                continue;
            }
            Op::ForIter if !inline => {
                let target = arg as usize;
                if in_loop(target) && !l.continuation() {
                    // Not a loop's own iteration: the end would stay inside.
                    return end(out, pc, Abort::Unsupported(op));
                }
                out.push(uop(UopKind::ForIter).jump_pc(arg));
            }
            Op::LoadGlobalCached | Op::LoadGlobalBuiltin => {
                // SAFETY: a frame's globals and builtins are dicts.
                let (g, b) =
                    unsafe { (cx.globals.downcast_unchecked::<Dict>(), cx.builtins.downcast_unchecked::<Dict>()) };
                let c = code.caches[pc].get();
                // The cache holds the entry's index and the dicts' key
                // versions: the value is read when the trace runs.
                let table = if op == Op::LoadGlobalCached { g } else { b };
                let current = g.version() == c.guard && (op == Op::LoadGlobalCached || b.version() == c.extra);
                if let (true, Some(address)) = (current, table.value_address(c.index as usize)) {
                    out.push(uop(UopKind::GuardDictVersion).operand(version_address(g)).operand1(c.guard));
                    if op == Op::LoadGlobalBuiltin {
                        out.push(uop(UopKind::GuardDictVersion).operand(version_address(b)).operand1(c.extra));
                    }
                    // The entry's value word, read in place: the version
                    // guard proves the entry still sits there.
                    out.push(uop(UopKind::LoadDictEntry).operand(address).operand1(c.index as u64));
                    keep.push(cx.globals.clone());
                    keep.push(cx.builtins.clone());
                    if arg & LOAD_GLOBAL_NULL != 0 {
                        out.push(uop(UopKind::PushNull));
                    }
                } else {
                    // The cache is stale: the interpreter will respecialize.
                    let name = &code.names[(arg & !LOAD_GLOBAL_NULL) as usize];
                    out.push(uop(UopKind::LoadGlobal).oparg(arg & LOAD_GLOBAL_NULL).operand(name.bits()));
                }
            }
            Op::LoadGlobal => {
                let name = &code.names[(arg & !LOAD_GLOBAL_NULL) as usize];
                out.push(uop(UopKind::LoadGlobal).oparg(arg & LOAD_GLOBAL_NULL).operand(name.bits()));
            }
            Op::StoreGlobal => out.push(uop(UopKind::StoreGlobal).operand(code.names[arg as usize].bits())),
            Op::BinaryOp => out.push(uop(UopKind::binary_op_num(arg).unwrap_or(UopKind::BinaryOp)).oparg(arg)),
            Op::BinaryOpAddStr => out.push(uop(UopKind::BinaryOp).oparg(bytecode::BinOp::Add as u32)),
            Op::CompareOp | Op::CompareOpInt | Op::CompareOpFloat | Op::CompareOpStr => {
                out.push(uop(UopKind::CompareOp).oparg(arg))
            }
            // Where the interpreter saw a list and a small int, the trace
            // reads the item inline and leaves for anything else.
            Op::BinarySubscrListInt => out.push(uop(UopKind::BinarySubscrListInt)),
            Op::BinarySubscrTupleInt => out.push(uop(UopKind::BinarySubscrTupleInt)),
            Op::BinarySubscr | Op::BinarySubscrDict => out.push(uop(UopKind::BinarySubscr)),
            Op::StoreSubscr => out.push(uop(UopKind::StoreSubscr)),
            Op::BinarySlice => out.push(uop(UopKind::BinarySlice).oparg(arg)),
            Op::StoreSlice => out.push(uop(UopKind::StoreSlice).oparg(arg)),
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let jumps_if = op == Op::JumpIfTrueOrPop;
                let target = arg as usize;
                if target > pc
                    && (inline || l.within(target))
                    && l.prefer_jump.contains(&(code as *const Code as usize, pc as u32))
                {
                    // Exits taught that the jump is the hot way: follow it,
                    // keeping the value, under a guard on its truth.
                    out.push(uop(UopKind::GuardTruthKeep).oparg(jumps_if as u32));
                    pc = target;
                    continue;
                }
                // Projected along the fall-through (the value popped); the
                // jump leaves the trace with the value kept, as the
                // interpreter leaves it.
                out.push(uop(UopKind::JumpIfOrPop).oparg(!jumps_if as u32).jump_pc(arg));
            }
            Op::LoadAttrInstance => {
                // The cache's snapshot, guarded in the trace.
                let c = code.caches[pc].get();
                out.push(uop(UopKind::LoadAttrInstance).oparg(c.index).operand(c.extra).operand1(c.guard));
            }
            Op::StoreAttrInstance => {
                let c = code.caches[pc].get();
                out.push(uop(UopKind::StoreAttrInstance).oparg(c.index).operand(c.extra).operand1(c.guard));
            }
            Op::LoadAttrPoly => {
                // The cache's table, which the code object owns (kept alive
                // with the trace's functions) and never frees.
                let c = code.caches[pc].get();
                out.push(uop(UopKind::LoadAttrPoly).operand(c.extra))
            }
            Op::LoadAttrClass if code.caches[pc].get().aux == 0 => {
                // A class's attribute (`Direction.FORWARD`): the stencil
                // reads the instruction's cache live (class, version and
                // value are written together; the code object owns it) and
                // pushes the value when the class and its version match.
                out.push(uop(UopKind::LoadAttrClass).operand(code.caches[pc].as_ptr() as u64))
            }
            Op::LoadAttr | Op::LoadAttrModule | Op::LoadAttrClass => {
                out.push(uop(UopKind::LoadAttr).operand(code.names[arg as usize].bits()))
            }
            Op::StoreAttrInstanceAdd => {
                // The shape and class the cache saw, guarded; then the slot
                // appended inline along the cached transition.
                let c = code.caches[pc].get();
                out.push(uop(UopKind::GuardInstance).operand(c.extra).operand1(c.guard));
                out.push(uop(UopKind::StoreAttrInstanceAdd).oparg(c.index).operand(c.extra2));
            }
            Op::StoreAttrPoly => {
                // As `LoadAttrPoly`: the table, read inline.
                let c = code.caches[pc].get();
                out.push(uop(UopKind::StoreAttrPoly).operand(c.extra))
            }
            Op::StoreAttr => out.push(uop(UopKind::StoreAttr).operand(code.names[arg as usize].bits())),
            Op::LoadMethodCached if method_const(&code.caches[pc].get()) => {
                let c = code.caches[pc].get();
                // A method of an instance's class (not a classmethod): the
                // cache's snapshot, guarded; the method itself is pushed as
                // a constant, kept alive by the trace.
                // SAFETY: `method_const` found the word to be a live function.
                let m = unsafe { std::mem::ManuallyDrop::new(Value::from_bits(c.extra)) };
                keep.push(Value::clone(&m));
                out.push(uop(UopKind::GuardInstance).operand(c.extra2).operand1(c.guard));
                out.push(uop(UopKind::LoadMethodConst).operand(c.extra));
            }
            Op::LoadMethodCached if code.caches[pc].get().aux == crate::interp::LOAD_METHOD_NATIVE => {
                // A built-in type's method (`lst.append`): immortal, so
                // pushed as a constant once the receiver's class is the one
                // the cache saw, at the version it saw (versions are never
                // reused, so the version names the class too).
                let c = code.caches[pc].get();
                out.push(uop(UopKind::GuardTypeVersion).operand(c.guard));
                out.push(uop(UopKind::LoadMethodConst).operand(c.extra));
            }
            Op::LoadMethodPoly => {
                // As `LoadAttrPoly`: the table, read inline.
                let c = code.caches[pc].get();
                out.push(uop(UopKind::LoadMethodPoly).operand(c.extra))
            }
            Op::LoadMethod | Op::LoadMethodCached | Op::LoadMethodClass => {
                out.push(uop(UopKind::LoadMethod).operand(code.names[arg as usize].bits()))
            }
            Op::Call => {
                if !inline_call(l, cx, pc, arg, out, keep)
                    && !inline_class_call(l, cx, pc, arg, out, keep)
                    && !native_f64_call(cx, pc, arg, out)
                    && !list_method_call(cx, pc, arg, out)
                {
                    out.push(uop(UopKind::Call).oparg(arg));
                }
            }
            Op::UnpackSequence if unpack_store(code, pc, arg, out) => {
                // Unpacked and stored whole: on past the stores (a closing
                // StoreFastLoadFast's load was emitted).
                pc += arg as usize;
            }
            Op::UnpackSequence => out.push(
                uop(match arg {
                    2 => UopKind::UnpackSequenceTwo,
                    3 => UopKind::UnpackSequenceThree,
                    _ => UopKind::UnpackSequence,
                })
                .oparg(arg),
            ),
            Op::BuildTuple => out.push(uop(UopKind::BuildTuple).oparg(arg)),
            Op::BuildList => out.push(uop(UopKind::BuildList).oparg(arg)),
            Op::ListAppend => out.push(uop(UopKind::ListAppend).oparg(arg)),
            Op::LoadDeref => out.push(uop(UopKind::LoadDeref).oparg(arg)),
            Op::StoreDeref => out.push(uop(UopKind::StoreDeref).oparg(arg)),
            Op::YieldValue
                if !inline && !out.is_empty() && code.caches[pc].get().aux == crate::interp::YIELD_SEEN_COLLECT =>
            {
                // A generator expression drained by `set()`, `tuple()`...:
                // the value goes to the collect sink and the loop goes on
                // (in any other mode the uop leaves for the interpreter's
                // yield). Only where the yield never ran another way, and
                // never as a trace's first uop, which would leave at once.
                out.push(uop(UopKind::YieldCollect))
            }
            Op::UnaryNegative => out.push(uop(UopKind::UnaryNegative)),
            Op::UnaryNot => out.push(uop(UopKind::UnaryNot)),
            Op::UnaryInvert => out.push(uop(UopKind::UnaryInvert)),
            Op::ContainsOp => out.push(uop(UopKind::ContainsOp).oparg(arg)),
            Op::IsOp => out.push(uop(UopKind::IsOp).oparg(arg)),
            Op::GetIter => out.push(uop(UopKind::GetIter)),
            Op::Copy => out.push(uop(UopKind::Copy).oparg(arg)),
            Op::Swap => out.push(uop(UopKind::Swap).oparg(arg)),
            Op::PushNull => out.push(uop(UopKind::PushNull)),
            // A function trace's own return, however short the trace: the
            // return then costs nothing more where a trace's `_CALL` runs
            // the function (tier2::call_function_trace returns inline).
            Op::ReturnValue | Op::ReturnConst | Op::ReturnNone
                if !inline && l.back == usize::MAX && l.chain.is_empty() && !out.is_empty() =>
            {
                out.push(Uop::new(UopKind::ExitTrace, at).operand(pc as u64));
                return Ok(End::Done);
            }
            _ => {
                if out.is_empty() {
                    return Err(Abort::Unsupported(op));
                }
                return end(out, pc, Abort::Unsupported(op));
            }
        }
        pc += 1;
    }
}

/// `LOAD_FAST x; UNPACK_SEQUENCE n; STORE_FAST a; STORE_FAST a+1; ...` (the
/// last store may be a `StoreFastLoadFast`), an unpacking into consecutive
/// locals, becomes one `_UNPACK_STORE` in place of the `_LOAD_FAST x` just
/// emitted: a loop body of such statements is then one small stencil each
/// instead of a dozen (unpack_sequence's 400 statements a loop). Only when
/// `x` is not a target (the stores would drop the sequence being read) and
/// a closing `StoreFastLoadFast` loads a target or `x` itself, which are
/// bound then: a check of another local there could not leave the trace
/// anywhere the interpreter can resume (the store and the load are one
/// instruction, and the unpacking's own start has the sequence on the
/// stack). Returns whether it did.
fn unpack_store(code: &Code, pc: usize, n: u32, out: &mut Vec<Uop>) -> bool {
    let Some(x) = out.last().filter(|u| u.kind == UopKind::LoadFast).map(|u| u.oparg) else { return false };
    if !(2..=16).contains(&n) || pc + n as usize >= code.instrs.len() || x > 0xffff {
        return false;
    }
    let store = |k: usize| match code.instr(pc + 1 + k) {
        (Op::StoreFast, a) => Some((a, None)),
        (Op::StoreFastLoadFast, arg) if k + 1 == n as usize => Some((arg & 0xfff, Some(arg >> 12))),
        _ => None,
    };
    let Some((first, _)) = store(0) else { return false };
    let mut then_load = None;
    for k in 0..n as usize {
        match store(k) {
            Some((a, load)) if a == first + k as u32 => then_load = load,
            _ => return false,
        }
    }
    let targets = first..first + n;
    if first + n > 0xffff || targets.contains(&x) || then_load.is_some_and(|b| b != x && !targets.contains(&b)) {
        return false;
    }
    out.pop();
    out.push(Uop::new(UopKind::UnpackStore, pc as u32).oparg(first | x << 16).operand(u64::from(n)));
    if let Some(b) = then_load {
        out.push(Uop::new(UopKind::LoadFast, (pc + n as usize) as u32).oparg(b));
    }
    true
}

/// Whether a `LoadMethodCached` whose cache is `c` can become `_GUARD_INSTANCE` +
/// `_LOAD_METHOD_CONST`: its receiver was an instance (the cache holds its
/// shape), the method is a plain one (not a classmethod), and the cached
/// method word is a function still alive. The cache owns nothing: the
/// method may have been freed since (its class changed), and the table of
/// live functions says whether the word may be touched. If a function now
/// lives at that address, it is pushed only while the class has the cached
/// version, which no class has once it changed: then it is the method.
fn method_const(c: &crate::bytecode::InlineCache) -> bool {
    c.extra2 != 0 && c.aux == 0 && crate::object::live_functions::is_live_value(c.extra)
}

/// Tries to project the `Call` at `pc` (with `n` arguments) inline: when
/// the site has only ever called one plain Python function (noted in its
/// inline cache by the interpreter) that is still alive, takes exactly
/// these arguments and whose body projects up to a return, emits
/// `_GUARD_CALLABLE`, `_PUSH_FRAME`, the body and `_RETURN_VALUE`, and
/// returns true. Otherwise emits nothing: the call stays a `_CALL`.
fn inline_call(l: &Loop<'_>, cx: &Cx<'_>, pc: usize, n: u32, out: &mut Vec<Uop>, keep: &mut Vec<Value>) -> bool {
    let c = cx.code.caches[pc].get();
    if !(1..=2).contains(&c.index) {
        return false;
    }
    let has_self = c.index == 2;
    let oparg = n | (has_self as u32) << 16;
    let at = pc as u32;
    let guard = Uop::new(UopKind::GuardCallable, at).oparg(oparg).operand(c.extra);
    let push = Uop::new(UopKind::PushFrame, at).oparg(oparg).operand(c.extra).operand1(pc as u64 + 1);
    inline_body(l, cx, &c, n + has_self as u32, [guard, push], false, out, keep)
}

/// Projects the `Call` at `pc` (with `n` arguments) of a `math` function
/// of one float, when the site has only ever called that one with one
/// argument: `_GUARD_CALLABLE` and `_CALL_NATIVE_F64`, which calls its libm
/// computation from the trace. Returns false, emitting nothing, otherwise.
fn native_f64_call(cx: &Cx<'_>, pc: usize, n: u32, out: &mut Vec<Uop>) -> bool {
    let c = cx.code.caches[pc].get();
    if c.index != crate::interp::CALLEE_NATIVE_F64 || n != 1 {
        return false;
    }
    // SAFETY: the cache holds the value word of an immortal native
    // function (`Vm::module_add_f64_fn`), only inspected here.
    let callable = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(c.extra) });
    let Some(f) = callable.downcast::<crate::object::NativeFunction>().and_then(|nf| nf.f64_fn) else {
        return false;
    };
    let at = pc as u32;
    out.push(Uop::new(UopKind::GuardCallable, at).oparg(n).operand(c.extra));
    out.push(Uop::new(UopKind::CallNativeF64, at).oparg(n).operand(f as usize as u64));
    true
}

/// Projects the `Call` at `pc` (with `n` arguments) of a list method the
/// site has only ever called (`append`, `insert`, `pop`, with the list in
/// the self slot or bound): `_CALL_LIST_APPEND` and friends, which run the
/// method inline when they find that method called on a list and make the
/// general call otherwise. Returns false, emitting nothing, for other
/// sites or argument counts.
fn list_method_call(cx: &Cx<'_>, pc: usize, n: u32, out: &mut Vec<Uop>) -> bool {
    use crate::types::methods_seq::ListMethod;
    let c = cx.code.caches[pc].get();
    if c.index != crate::interp::CALLEE_LIST_METHOD {
        return false;
    }
    let kind = match (crate::types::methods_seq::list_method(c.extra as usize), n) {
        (Some(ListMethod::Append), 1) => UopKind::CallListAppend,
        (Some(ListMethod::Insert), 2) => UopKind::CallListInsert,
        (Some(ListMethod::Pop), 0 | 1) => UopKind::CallListPop,
        _ => return false,
    };
    out.push(Uop::new(kind, pc as u32).oparg(n).operand(c.extra));
    true
}

/// Tries to project the `Call` at `pc` (with `n` arguments) of a plain
/// user class inline: when the site has only ever called one class (noted
/// by the interpreter with the class's version and its `__init__`, still
/// alive) and `__init__` takes exactly the instance and these arguments,
/// emits `_GUARD_CLASS_VERSION`, `_PUSH_INIT_FRAME`, `__init__`'s body and
/// `_RETURN_INIT`, and returns true; otherwise emits nothing.
fn inline_class_call(l: &Loop<'_>, cx: &Cx<'_>, pc: usize, n: u32, out: &mut Vec<Uop>, keep: &mut Vec<Value>) -> bool {
    let c = cx.code.caches[pc].get();
    // `_PUSH_INIT_FRAME`'s oparg holds the count and the pc after the call.
    if c.index != crate::interp::CALLEE_CLASS || n > 0xff || pc + 1 > 0xff_ffff {
        return false;
    }
    let at = pc as u32;
    let guard = Uop::new(UopKind::GuardClassVersion, at).oparg(n).operand(c.guard);
    let push = Uop::new(UopKind::PushInitFrame, at).oparg(n).operand(c.extra).operand1(pc as u64 + 1);
    inline_body(l, cx, &c, n + 1, [guard, push], true, out, keep)
}

/// The part of inlining a call shared by functions and `__init__`: the
/// function the call cache names (`extra`, its payload in `extra2`) must be
/// alive and plain (exact positional parameters, `nargs` of them; no
/// generator, no closure); then the guard and frame push, the body up to
/// its return, and true; or nothing emitted and false.
#[allow(clippy::too_many_arguments)]
fn inline_body(
    l: &Loop<'_>,
    cx: &Cx<'_>,
    c: &crate::bytecode::InlineCache,
    nargs: u32,
    entry: [Uop; 2],
    init: bool,
    out: &mut Vec<Uop>,
    keep: &mut Vec<Value>,
) -> bool {
    use crate::bytecode::code_flags;
    if cx.depth >= MAX_INLINE_DEPTH || nargs > 0xffff || !crate::object::live_functions::is_live(c.extra2 as usize) {
        return false;
    }
    // SAFETY: the table says the function the site recorded is alive, so
    // its value word is a live reference; cloned, the trace owns one.
    let func: Value = Value::clone(&*unsafe { std::mem::ManuallyDrop::new(Value::from_bits(c.extra)) });
    let Some(f) = func.downcast::<crate::object::Function>() else { return false };
    // SAFETY: a function's code is a code object.
    let fcode: &Code = unsafe { &f.code.downcast_unchecked::<crate::object::CodeObj>().code };
    let plain = fcode.flags
        & (code_flags::GENERATOR | code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::HAS_FREE)
        == 0
        && fcode.kwonlyargcount == 0
        && fcode.argcount == nargs;
    if !plain {
        return false;
    }
    let (mark, keep_mark) = (out.len(), keep.len());
    out.extend(entry);
    let callee = Cx { code: fcode, globals: &f.globals, builtins: cx.builtins, depth: cx.depth + 1, init };
    match stretch(l, &callee, 0, out, keep) {
        Ok(End::Returned) => {
            keep.push(func.clone());
            true
        }
        _ => {
            out.truncate(mark);
            keep.truncate(keep_mark);
            false
        }
    }
}

/// A conditional branch at `pc` that jumps to `target` when the tested
/// value is `jumps_if`: returns the truth that stays on the trace, where
/// projection continues, and where the interpreter resumes off the trace.
fn branch(l: &Loop<'_>, cx: &Cx<'_>, pc: usize, target: usize, jumps_if: bool) -> (bool, usize, usize) {
    // A forward jump that stays in the projected region (the loop body, or
    // anywhere in an inlined function) is followed when exits taught so.
    let within = cx.depth > 0 || l.within(target);
    let follow_jump = target > pc && within && l.prefer_jump.contains(&(cx.code as *const Code as usize, pc as u32));
    if follow_jump {
        (jumps_if, target, pc + 1)
    } else {
        (!jumps_if, pc + 1, target)
    }
}
