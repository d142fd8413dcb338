//! Tier 2: hot loops become traces of machine code.
//!
//! The interpreter counts iterations at each `JumpBackward`. When a loop is
//! hot, [`Jit::compile_trace`] projects its body into micro-ops
//! ([`super::project`]), optimizes them ([`super::optimizer`]), lowers them
//! to stencil instructions with one `_EXIT_TRACE` stub per place the trace
//! can leave, and installs the result in the code cache. The instruction
//! becomes `JumpBackwardJit`, whose inline cache holds the trace's index and
//! entry address; from then on the back edge enters the trace, which runs
//! iterations until a guard fails or the loop ends, and returns the bytecode
//! index where the interpreter resumes (the frame's `pc` and `depth` are set
//! by the exit stub).
//!
//! Exits are counted. A side exit that becomes hot means the projection
//! guessed wrong (a branch mostly goes the other way, or a type changed and
//! the interpreter respecialized): the trace is discarded and the loop is
//! projected again, now following that branch's other side, a few times at
//! most.

use super::cache::{CodeCache, TraceId};
use super::compile::{CompileError, Entry, Instr, Layout};
use super::optimizer;
use super::project::{self, Abort, InlineFrame, Loop};
use super::stencil::StencilGroup;
use super::uop::{Exits, Uop, UopKind};
use crate::bytecode::Code;
use crate::value::Value;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;
use std::time::Instant;

/// Default iterations before a loop is compiled. CPython 3.13 uses 16
/// backward jumps; specialization needs a few iterations of warm-up first
/// (`interp::WARMUP`), so tessera waits a little longer than that.
pub const DEFAULT_THRESHOLD: u32 = 64;
/// Exits to one place, from one trace, after which the trace is projected
/// again along the way those exits went.
const HOT_EXIT: u64 = 64;
/// Runs of a trace after which its exit counts are halved (see `exited`).
const DECAY_PERIOD: u64 = 2048;
/// Exits in a row at a trace's usual end (out of its loop, in its own
/// frame) after which the code there gets a continuation side trace.
const HOT_END: u64 = 64;
/// Re-projections of one loop before its trace is kept as it is.
const MAX_RETRACES: u32 = 4;
/// Side traces one trace may have: enough for the other sides of a loop
/// body's few two-way branches.
const MAX_SIDE_TRACES: usize = 8;
/// Traces in one tree (a root and the side traces of side traces): a
/// bound on what a loop whose branches go every way can cost.
const MAX_TREE: usize = 32;

/// The bounds of a list slice whose result a trace has not built:
/// `_BINARY_SLICE_DEFERRED` left the list itself on the stack and wrote its
/// start, stop and step here (value words: small ints or None), and the
/// `_STORE_SLICE_FROM_SLICE` that follows reads them. `valid` is 0 when the
/// deferred uop built the slice after all. Between the two the trace runs
/// no Python code (see `optimizer::fuse_slices`), so no other pair can
/// overwrite it. Both stencils read and write it at the address their
/// operand holds, as `TesseraDeferredSlice` (`templates/tessera.h`), and so
/// do their helpers.
#[repr(C)]
#[derive(Default, Debug)]
pub struct DeferredSlice {
    pub valid: u64,
    pub start: u64,
    pub stop: u64,
    pub step: u64,
}

/// What the interpreter's side of an exit does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitAction {
    None,
    /// Compile a side trace from this (code object's address, pc), in the
    /// loop's frame or a function the trace called inline, and link it.
    SideTrace(usize, u32),
}

/// Where a side trace starts: an exit of trace `parent` resuming at `pc` of
/// the code at address `code`, inside the inline calls `chain`.
struct Side {
    parent: u32,
    code: usize,
    pc: u32,
    chain: Vec<InlineFrame>,
}

/// An exit stub of a live trace that a side trace can be linked into (see
/// [`Linkable`]): its code's offset in the trace and its size.
struct Link {
    pc: u32,
    code: usize,
    chain: Vec<InlineFrame>,
    at: usize,
    size: usize,
}

/// JIT options (`-X jit=…`, `-X jit-threshold=…`, …).
#[derive(Clone, Debug)]
pub struct JitOptions {
    pub enabled: bool,
    pub threshold: u32,
    pub stats: bool,
    pub dump_dir: Option<std::path::PathBuf>,
    pub perf: bool,
    /// `-X jit-stack-cache=off` compiles every micro-op with its plain
    /// stencil (the stack wholly in memory), to measure what caching gives.
    pub stack_cache: bool,
}

impl Default for JitOptions {
    fn default() -> JitOptions {
        JitOptions {
            // On where stencils exist for the host.
            enabled: super::stencils::for_host().is_some(),
            threshold: DEFAULT_THRESHOLD,
            stats: false,
            dump_dir: None,
            perf: false,
            stack_cache: true,
        }
    }
}

/// Counters for `-X jit-stats`.
#[derive(Default, Debug)]
pub struct Stats {
    pub traces: u64,
    pub aborts: HashMap<String, u64>,
    pub uops_projected: u64,
    pub uops_optimized: u64,
    pub guards_removed: u64,
    pub guards_hoisted: u64,
    pub code_bytes: u64,
    pub data_bytes: u64,
    pub compile_ns: u64,
    /// Exits taken (one per entry: a trace runs until it leaves).
    pub exits: u64,
    /// With `-X jit-stats`: exits by where they resume (code object's
    /// address, pc), each with its code's `qualname:line`, described once
    /// when first seen (formatting on every exit cost a fifth of a run), to
    /// show which guards and branches fail most.
    pub exits_at: HashMap<(usize, u32), (String, u64)>,
    /// Of those, exits into the loop body that suggest re-projecting.
    pub side_exits: u64,
    pub retraces: u64,
    /// Side traces compiled and linked into their parents.
    pub side_traces: u64,
}

/// A live trace: a loop's or function's (a root), or a side trace linked
/// into an exit of another trace of the same tree.
struct Record {
    id: TraceId,
    /// The loop's (or function's) key in `Jit::loops`; a side trace has its
    /// root's.
    key: (usize, u32),
    /// The trace whose exit stub jumps to this side trace (None for a
    /// root), and the root of the tree with the number of traces in it
    /// (counted on the root).
    parent: Option<u32>,
    root: u32,
    tree: usize,
    /// For a side trace, where it starts (code object's address, pc): an
    /// exit of its own there is not given another side trace, which would
    /// be the same trace again (one whose first guard fails would grow a
    /// chain of copies).
    start: Option<(usize, u32)>,
    /// Objects the trace's code points at, kept alive with it: the code
    /// object (its bytecode and the constants and names the trace embeds)
    /// and the dicts whose versions and entries it reads.
    _keep: Vec<Value>,
    /// Side exits worth following: (code object's address, resume pc,
    /// branch pc), the code being the loop's or an inlined function's. The
    /// branch pc is `u32::MAX` for guard exits.
    side_exits: Vec<(usize, u32, u32)>,
    exit_counts: Vec<u64>,
    /// The last exit that was not a side exit: (code object's address, pc),
    /// and how many times the trace left there since it became the usual
    /// one (halved with the other counts, see `exited`).
    usual_exit: (usize, u32),
    usual_count: u64,
    /// Times the trace ran (each run ends with one exit).
    entries: u64,
    /// The loop's head and back edge (for side traces' projection).
    head: usize,
    back: usize,
    /// The address of the root's first micro-op (after the entry shim):
    /// where side traces continue at the loop's back edge.
    body: u64,
    /// Exit stubs where side traces are linked in.
    links: Vec<Link>,
    /// Side traces branching from this trace (their indices: discarded
    /// with it), and the (code, pc) whose stubs now jump to them.
    children: Vec<u32>,
    linked: Vec<(usize, u32)>,
    /// Exits whose side trace was tried (compiled or not): not tried again.
    tried: Vec<(usize, u32)>,
}

/// What is remembered about a loop across re-projections.
#[derive(Default)]
struct LoopInfo {
    prefer_jump: Vec<(usize, u32)>,
    retraces: u32,
    /// Branches flipped once: the share of entries that left by the side
    /// projected before the flip. When the new side's exits get hot too,
    /// the branch goes both ways, and it settles on the side that left less
    /// often.
    flipped: Vec<((usize, u32), f64)>,
    /// Branches that go both ways, settled: their exits no longer cause
    /// re-projection.
    settled: Vec<(usize, u32)>,
}

/// The VM's tier 2: options, code cache, live traces, statistics.
pub struct Jit {
    pub options: JitOptions,
    pub stats: Stats,
    cache: CodeCache,
    traces: Vec<Option<Record>>,
    loops: HashMap<(usize, u32), LoopInfo>,
    /// Traces entered and not yet left (a helper called by a trace can run
    /// Python code that enters another).
    pub running: u32,
    /// For each trace entered and not yet left but the innermost, the trace
    /// it was running (its `Vm::jit_trace`) when it called the helper that
    /// entered the next: that code has return addresses on the native
    /// stack, so it must not be freed.
    outer: Vec<u32>,
    /// Trees of traces discarded while one of them may still be running
    /// (the trees' indices, their code), freed once no `outer` trace is in
    /// the tree. Indices can be reused meanwhile, which only delays freeing.
    deferred: Vec<(Vec<u32>, Vec<TraceId>)>,
    perf_map: Option<std::fs::File>,
    /// Traces compiled so far: numbers the dumps (indices are reused).
    compiled: usize,
    /// The exception a runtime helper raised, for the interpreter to raise
    /// when the trace has left through its error exit.
    pub pending_error: Option<crate::vm::PyErr>,
    /// The bounds of a list slice whose result a trace has not built (see
    /// [`DeferredSlice`]). Boxed: the slice stencils hold its address.
    pub deferred_slice: Box<DeferredSlice>,
}

/// The host's stencil group for each uop kind, in `UopKind::ALL` order.
fn groups() -> Option<&'static [&'static StencilGroup]> {
    static GROUPS: OnceLock<Option<Vec<&'static StencilGroup>>> = OnceLock::new();
    GROUPS
        .get_or_init(|| UopKind::ALL.iter().map(|k| super::stencils::host_group(k.name())).collect::<Option<Vec<_>>>())
        .as_deref()
}

fn group(kind: UopKind) -> &'static StencilGroup {
    // `enabled` is only true when every group exists (see `Jit::new`).
    groups().expect("stencils for the host")[kind as usize]
}

/// The stencil for uop `u`: its kind's, or for an inline call of one to
/// three arguments the `_PUSH_FRAME` made for that count (its argument
/// copy straight-line code).
fn group_for(u: &Uop) -> &'static StencilGroup {
    if u.kind == UopKind::PushFrame {
        let name = match (u.oparg & 0xffff) + (u.oparg >> 16 & 1) {
            1 => Some("_PUSH_FRAME_1"),
            2 => Some("_PUSH_FRAME_2"),
            3 => Some("_PUSH_FRAME_3"),
            _ => None,
        };
        if let Some(g) = name.and_then(super::stencils::host_group) {
            return g;
        }
    }
    group(u.kind)
}

/// A stencil made for a depth of the stack cache (see "Stack caching" in
/// templates/jit.h), and the depth it leaves.
#[derive(Clone, Copy)]
struct Cached {
    group: &'static StencilGroup,
    leaves: u8,
}

/// The most values a trace keeps in registers.
const CACHE_DEPTH: usize = 2;

/// For each uop kind (in `UopKind::ALL` order), its stencil for each depth
/// of the stack cache it can start at: `_LOAD_FAST_r12` starts with one
/// value cached and leaves two. The generator names them; a kind without
/// one for a depth takes its plain stencil after a spill.
fn cached_groups() -> &'static [[Option<Cached>; CACHE_DEPTH + 1]] {
    static CACHED: OnceLock<Vec<[Option<Cached>; CACHE_DEPTH + 1]>> = OnceLock::new();
    CACHED.get_or_init(|| {
        UopKind::ALL
            .iter()
            .map(|k| {
                std::array::from_fn(|d| {
                    (0..=CACHE_DEPTH).find_map(|leaves| {
                        let group = super::stencils::host_group(&format!("{}_r{d}{leaves}", k.name()))?;
                        Some(Cached { group, leaves: leaves as u8 })
                    })
                })
            })
            .collect()
    })
}

/// The stencil that writes `depth` cached values to memory (looked up
/// once, not by name at every spill of every trace).
fn spill(depth: usize) -> &'static StencilGroup {
    static SPILLS: OnceLock<[&'static StencilGroup; 2]> = OnceLock::new();
    // `enabled` is only true when the spills exist (see `Jit::new`).
    let spills = SPILLS.get_or_init(|| {
        ["_SPILL_1", "_SPILL_2"].map(|n| super::stencils::host_group(n).expect("spill stencils for the host"))
    });
    spills[depth - 1]
}

/// The address of the frame template inside the function whose value word
/// is `function` (a plain Python function projection checked, which the
/// trace keeps alive).
fn frame_template(function: u64) -> u64 {
    // SAFETY: the word is a live function's, only inspected.
    let f = std::mem::ManuallyDrop::new(unsafe { crate::value::Value::from_bits(function) });
    // SAFETY: projection checked it is a function.
    let f = unsafe { f.downcast_unchecked::<crate::object::Function>() };
    &f.frame as *const crate::frame::FrameTemplate as u64
}

/// A place a side trace can take over: an exit stub (or the trace's own
/// `_EXIT_TRACE` end) resuming at `pc` in the code at address `code`,
/// inside the inline calls `chain` (empty: the loop's own frame), as the
/// instruction index of its stencil (turned into an offset and a size in
/// the installed trace).
pub struct Linkable {
    pub pc: u32,
    pub code: usize,
    pub chain: Vec<InlineFrame>,
    pub instr: usize,
}

/// Lowers optimized uops to stencil instructions: each uop that can leave
/// gets an `_EXIT_TRACE` stub (one per resume pc and frame, appended after
/// the trace); `_JUMP_TO_TOP` jumps to uop `top`. The trace starts inside
/// the inline calls `start` (a side trace from an exit in an inlined
/// function) in the loop's `code`. Also returns the stubs a side trace can
/// take over.
///
/// With `stack_cache`, values pass between micro-ops in registers where
/// their stencils allow (see [`cached_groups`]): the depth is tracked along
/// the trace, and a spill goes before any uop that has no stencil for the
/// current depth and before the loop's top, so every jump, exit and the
/// back edge find nothing cached.
pub fn lower(
    uops: &[Uop],
    top: usize,
    code: usize,
    start: &[InlineFrame],
    stack_cache: bool,
) -> (Vec<Instr>, Vec<Linkable>) {
    // Stubs: (kind, resume pc, the inline calls it is inside), after the
    // trace, one per distinct exit. A stub only stores the pc and depth in
    // whatever frame is current, so exits of different frames could share
    // one, but a side trace linked to it must run in the right frame and
    // return to the right callers.
    // The chains of calls are numbered as they appear (`chains`), so a
    // stub's key and each uop's place are plain numbers.
    let mut chains: Vec<Vec<InlineFrame>> = vec![start.to_vec()];
    let mut stubs: Vec<(UopKind, u32, usize)> = Vec::new();
    let mut stub = |kind: UopKind, pc: u32, chain: usize| -> usize {
        let k = stubs.iter().position(|&s| s == (kind, pc, chain)).unwrap_or_else(|| {
            stubs.push((kind, pc, chain));
            stubs.len() - 1
        });
        uops.len() + k
    };
    let code_of =
        |chain: &[InlineFrame]| chain.last().map_or(code, |f| f.code().map_or(0, |c| c as *const Code as usize));
    let intern = |chains: &mut Vec<Vec<InlineFrame>>, c: Vec<InlineFrame>| {
        chains.iter().position(|x| *x == c).unwrap_or_else(|| {
            chains.push(c);
            chains.len() - 1
        })
    };
    // The current chain, and for each open call the chain outside it.
    let mut here = 0usize;
    let mut outside: Vec<usize> = Vec::new();
    let mut out: Vec<Instr> = Vec::with_capacity(uops.len() + 8);
    let mut linkable = Vec::new();
    // Where each uop's instruction is (spills shift them), and the stack
    // cache's depth before the next uop.
    let mut at: Vec<usize> = Vec::with_capacity(uops.len());
    let mut depth = 0usize;
    let cached = if stack_cache { cached_groups() } else { &[] };
    for (index, u) in uops.iter().enumerate() {
        // `_PUSH_FRAME`'s stencil is picked by its argument count
        // (`group_for`), and those have no cached forms.
        // The loop's top must start with nothing cached (the back edge
        // arrives so).
        let variant = match cached.get(u.kind as usize) {
            Some(c) if u.kind != UopKind::PushFrame && (index != top || depth == 0) => c[depth],
            _ => None,
        };
        if variant.is_none() && depth > 0 {
            out.push(Instr::new(spill(depth)));
            depth = 0;
        }
        at.push(out.len());
        // `_PUSH_FRAME` leaves (if at all) in its caller, a return's error
        // exit in the callee.
        let chain = here;
        if u.kind.pushes_frame() {
            let mut inner = chains[here].clone();
            inner.push(InlineFrame::of(u));
            outside.push(here);
            here = intern(&mut chains, inner);
        } else if u.kind.pops_frame() {
            // A side trace returning from calls it started inside has no
            // chain recorded outside them: it is the start's, one shorter.
            here = match outside.pop() {
                Some(c) => c,
                None => {
                    let mut outer = chains[here].clone();
                    outer.pop();
                    intern(&mut chains, outer)
                }
            };
        }
        let group = match variant {
            Some(v) => {
                depth = v.leaves as usize;
                v.group
            }
            None => group_for(u),
        };
        let mut i = Instr::new(group).oparg(u.oparg).operand(u.operand).operand1(u.operand1);
        if u.kind == UopKind::PushFrame {
            // The stencil copies the callee's frame template (see
            // `FrameTemplate`) where the micro-op names the function.
            i = i.operand(frame_template(u.operand));
        }
        if u.kind == UopKind::PushInitFrame {
            // `__init__`'s frame template, and the function itself
            // (OPERAND1), so the caller's pc after the call shares the
            // oparg with the argument count (projection keeps both in
            // range).
            i = i.operand(frame_template(u.operand)).operand1(u.operand).oparg(u.oparg | (u.operand1 as u32) << 8);
        }
        if u.kind.is_helper() {
            i = i.operand1(u.exit_pc as u64 + 1);
        }
        if u.kind == UopKind::ExitTrace {
            // The trace's end is an exit stub of its own (the same stencil),
            // and as linkable.
            let (pc, c) = (u.operand as u32, &chains[chain]);
            linkable.push(Linkable { pc, code: code_of(c), chain: c.clone(), instr: out.len() });
        }
        out.push(match u.kind.exits() {
            Exits::Never | Exits::End => i,
            Exits::Guard => i.exit(stub(UopKind::ExitTrace, u.exit_pc, chain)),
            Exits::Branch => {
                let e = stub(UopKind::ExitTrace, u.exit_pc, chain);
                i.exit(e).jump(stub(UopKind::ExitTrace, u.jump_pc, chain))
            }
            Exits::Loop => i.jump(top),
            // The error exit's pc is the instruction's successor, as the
            // interpreter's `save!()` leaves it when an instruction raises.
            Exits::Error => i.error(stub(UopKind::ErrorExit, u.exit_pc + 1, chain)),
            Exits::ErrorJump => {
                let e = stub(UopKind::ErrorExit, u.exit_pc + 1, chain);
                i.error(e).jump(stub(UopKind::ExitTrace, u.jump_pc, chain))
            }
        });
    }
    // Targets were numbered by uop, the stubs from `uops.len()`: renumber
    // them by instruction.
    let spills = out.len() - uops.len();
    for i in out.iter_mut() {
        for t in [&mut i.jump_target, &mut i.exit_target, &mut i.error_target] {
            *t = if *t >= uops.len() { *t + spills } else { at[*t] };
        }
    }
    for (kind, pc, chain) in stubs {
        if kind == UopKind::ExitTrace {
            let c = &chains[chain];
            linkable.push(Linkable { pc, code: code_of(c), chain: c.clone(), instr: out.len() });
        }
        out.push(Instr::new(group(kind)).operand(pc as u64));
    }
    (out, linkable)
}

/// Installs `trace` for the host; returns it with its layout (for the
/// statistics and the perf map).
fn install(cache: &mut CodeCache, trace: &[Instr]) -> Result<(TraceId, Layout), CompileError> {
    let shim = super::stencils::host_group("_SHIM").ok_or(CompileError::Empty)?;
    let l = super::compile::layout(shim, trace)?;
    let symbol = super::helpers::symbol_address;
    let id = if cfg!(target_arch = "aarch64") {
        cache.install_laid_out::<super::patch::Aarch64>(&l, trace, symbol)?
    } else {
        cache.install_laid_out::<super::patch::X86_64>(&l, trace, symbol)?
    };
    Ok((id, l))
}

impl Jit {
    pub fn new(mut options: JitOptions) -> Jit {
        // Stencils read lists and tuples inline at the offsets tessera.h
        // states: with another layout they would misread, so no tier 2.
        if groups().is_none()
            || super::stencils::host_group("_SHIM").is_none()
            || super::stencils::host_group("_SPILL_1").is_none()
            || super::stencils::host_group("_SPILL_2").is_none()
            || !super::layout::agrees()
        {
            options.enabled = false;
        }
        let perf_map = if options.perf && options.enabled {
            std::fs::File::create(format!("/tmp/perf-{}.map", std::process::id())).ok()
        } else {
            None
        };
        Jit {
            options,
            stats: Stats::default(),
            cache: CodeCache::new(),
            traces: Vec::new(),
            loops: HashMap::new(),
            running: 0,
            outer: Vec::new(),
            deferred: Vec::new(),
            perf_map,
            compiled: 0,
            pending_error: None,
            deferred_slice: Box::default(),
        }
    }

    /// The iterations a loop must run before it is compiled, after
    /// `failures` unsuccessful attempts (exponential back-off, so a loop
    /// tier 2 cannot handle costs next to nothing).
    #[inline(always)]
    pub fn threshold(&self, failures: u16) -> u32 {
        self.options.threshold.saturating_mul(1 << failures.min(12))
    }

    /// Compiles the loop whose back edge is `back` (jumping to `head`) of
    /// `code`, or with `back` = `FUNCTION` the function from `head` = 0.
    /// Returns the trace's index, entry address (its shim's, a C function)
    /// and the address of its first micro-op (where other traces jump in).
    pub fn compile_trace(
        &mut self,
        code: &Code,
        frame: &crate::frame::Frame,
        back: usize,
        head: usize,
    ) -> Option<(u32, u64, u64)> {
        self.build(code, frame, back, head, None)
    }

    /// Compiles a trace: a loop's or function's (`side` None), or a side
    /// trace from an exit of a live trace, which is then linked in place of
    /// that exit. Returns the new trace's index, entry address and first
    /// micro-op's address.
    fn build(
        &mut self,
        code: &Code,
        frame: &crate::frame::Frame,
        back: usize,
        head: usize,
        side: Option<&Side>,
    ) -> Option<(u32, u64, u64)> {
        let started = Instant::now();
        let key = (code as *const Code as usize, back as u32);
        // A side trace continues at its root's first micro-op, and gets a
        // slot of its own now: its first micro-op names it (`_SET_TRACE`).
        let (link, root) = match side {
            Some(side) => {
                let p = self.traces.get(side.parent as usize)?.as_ref()?;
                if self.traces[p.root as usize].as_ref()?.tree >= MAX_TREE {
                    return None;
                }
                (Some(p.body), Some(p.root))
            }
            None => (None, None),
        };
        let index = self.traces.iter().position(Option::is_none).unwrap_or(self.traces.len());
        let chain = side.map_or(&[][..], |s| &s.chain[..]);
        let info = self.loops.entry(key).or_default();
        let l = Loop {
            code,
            head,
            back,
            prefer_jump: &info.prefer_jump,
            gc_flag: crate::gc::pending_flag_address(),
            globals: &frame.globals,
            builtins: &frame.builtins,
            start: side.map_or(head, |s| s.pc as usize),
            link,
            chain,
        };
        let projected = match project::project(&l) {
            Ok(t) => t,
            Err(why) => {
                if self.options.stats {
                    let name = match why {
                        Abort::Unsupported(op) => format!("unsupported {}", op.name()),
                        other => format!("{other:?}"),
                    };
                    *self.stats.aborts.entry(name).or_default() += 1;
                }
                return None;
            }
        };
        let project::Projection { uops: projected, mut keep } = projected;
        let (mut uops, mut top, report) = optimizer::optimize(&projected, code.nlocalsplus as usize);
        if uops.len() > project::MAX_UOPS {
            if self.options.stats {
                *self.stats.aborts.entry(format!("{:?}", Abort::TooLong)).or_default() += 1;
            }
            return None;
        }
        if side.is_some() {
            // Entered by a jump from its parent's exit stub: it tells the
            // VM which trace runs, so its exits count for it.
            let at = uops.first().map_or(0, |u| u.exit_pc);
            uops.insert(0, Uop::new(UopKind::SetTrace, at).operand(index as u64));
            top += 1;
        }
        // A function trace, or a side trace that ends by leaving (rather
        // than continuing in a trace), must do enough inline work to pay
        // for its exit.
        let leaves = uops.last().is_some_and(|u| u.kind == UopKind::ExitTrace);
        if (back == FUNCTION || (side.is_some() && leaves)) && !worth_a_function_trace(&uops) {
            if self.options.stats {
                *self.stats.aborts.entry("mostly helper calls".to_string()).or_default() += 1;
            }
            return None;
        }
        // The slice pair's stencils keep the bounds in this JIT's scratch.
        let scratch = &*self.deferred_slice as *const DeferredSlice as u64;
        for u in uops.iter_mut() {
            if matches!(u.kind, UopKind::BinarySliceDeferred | UopKind::StoreSliceFromSlice) {
                u.operand = scratch;
            }
        }
        let (instrs, linkable) = lower(&uops, top, key.0, chain, self.options.stack_cache);
        let (id, layout) = match install(&mut self.cache, &instrs) {
            Ok(installed) => installed,
            Err(e) => {
                *self.stats.aborts.entry(format!("compile: {e}")).or_default() += 1;
                return None;
            }
        };
        let entry = id.address();
        let body = entry + layout.instr_code(0).0 as u64;
        keep.push(Value::clone(&frame.code_obj));
        if let Some(side) = side {
            if !self.link(side, body) {
                self.cache.discard(id);
                return None;
            }
            self.stats.side_traces += 1;
        }
        let side_exits = side_exits(&uops, key.0, head, back, chain);
        let links = linkable
            .into_iter()
            .map(|l| {
                let (at, size) = layout.instr_code(l.instr);
                Link { pc: l.pc, code: l.code, chain: l.chain, at, size }
            })
            .collect();
        let record = Record {
            id,
            _keep: keep,
            key,
            parent: side.map(|s| s.parent),
            start: side.map(|s| (s.code, s.pc)),
            root: root.unwrap_or(index as u32),
            tree: 1,
            exit_counts: vec![0; side_exits.len()],
            side_exits,
            usual_exit: (0, u32::MAX),
            usual_count: 0,
            entries: 0,
            head,
            back,
            body: link.unwrap_or(body),
            links,
            children: Vec::new(),
            linked: Vec::new(),
            tried: Vec::new(),
        };
        if index == self.traces.len() {
            self.traces.push(Some(record));
        } else {
            self.traces[index] = Some(record);
        }
        if let Some(side) = side {
            let p = self.traces[side.parent as usize].as_mut().expect("linked to a live trace");
            p.children.push(index as u32);
            p.linked.push((side.code, side.pc));
            let r = self.traces[root.expect("a side trace has a root") as usize].as_mut().expect("a live root");
            r.tree += 1;
        }
        let s = &mut self.stats;
        s.traces += 1;
        s.uops_projected += projected.len() as u64;
        s.uops_optimized += uops.len() as u64;
        s.guards_removed += report.guards_removed as u64;
        s.guards_hoisted += report.hoisted as u64;
        s.code_bytes += layout.code_size as u64;
        s.data_bytes += layout.data_size as u64;
        s.compile_ns += started.elapsed().as_nanos() as u64;
        let name = match side {
            Some(Side { chain, pc, .. }) if !chain.is_empty() => {
                let f = chain.last().and_then(InlineFrame::code).map_or(String::new(), |c| describe(c, 0));
                let f = f.rsplit_once(':').map_or(&f[..], |(name, _)| name);
                format!("{} (side trace from {f} @{pc})", describe(code, head))
            }
            Some(Side { pc, .. }) => format!("{} (side trace from @{pc})", describe(code, head)),
            None => describe(code, head),
        };
        if let Some(f) = &mut self.perf_map {
            use std::io::Write;
            let _ = writeln!(f, "{entry:x} {:x} tessera-jit:{name}", layout.size);
        }
        if let Some(dir) = &self.options.dump_dir {
            let _ = dump(dir, self.compiled, &name, &projected, &uops, top, &instrs, entry);
        }
        self.compiled += 1;
        Some((index as u32, entry, body))
    }

    /// Links a side trace (first micro-op at `body`) into its parent in
    /// place of the exit stubs it starts from.
    fn link(&mut self, side: &Side, body: u64) -> bool {
        let Some(Some(r)) = self.traces.get_mut(side.parent as usize) else { return false };
        let jump = if cfg!(target_arch = "aarch64") {
            <super::patch::Aarch64 as super::patch::Patcher>::jump_to(body)
        } else {
            <super::patch::X86_64 as super::patch::Patcher>::jump_to(body)
        };
        // Every stub resuming there (an exit stub, and the trace's own end
        // if it ends there too) jumps to the side trace. The stubs are all
        // one stencil, so either all can take the jump or none can.
        let stubs: Vec<(usize, usize)> = r
            .links
            .iter()
            .filter(|l| (l.code, l.pc) == (side.code, side.pc) && l.chain == side.chain)
            .map(|l| (l.at, l.size))
            .collect();
        if stubs.is_empty() || stubs.iter().any(|&(_, size)| jump.len() > size) {
            return false;
        }
        stubs.iter().all(|&(at, _)| self.cache.rewrite(r.id, at, &jump).is_ok())
    }

    /// An exit of trace `index` at `pc` of the code at address `at` (the
    /// loop's, or a function the trace called inline) is hot: a side exit
    /// where re-projecting will not help (the branch goes both ways, the
    /// loop was projected often enough, or the trace is a side trace
    /// itself), or the trace's usual end. Compiles a side trace from there
    /// and links it in.
    ///
    /// # Safety
    /// `fr` is the live frame the trace was entered on: the loop's.
    unsafe fn side_trace(&mut self, index: u32, fr: *mut crate::frame::Frame, at: usize, pc: u32) {
        let Some(Some(r)) = self.traces.get_mut(index as usize) else { return };
        if r.linked.contains(&(at, pc))
            || r.start == Some((at, pc))
            || r.tried.contains(&(at, pc))
            || r.children.len() >= MAX_SIDE_TRACES
        {
            return;
        }
        r.tried.push((at, pc));
        // The stubs resuming there, which must agree on the calls they are
        // inside (one function inlined at two call sites is two places).
        let mut stubs = r.links.iter().filter(|l| (l.code, l.pc) == (at, pc));
        let Some(first) = stubs.next() else { return };
        let chain = first.chain.clone();
        if stubs.any(|l| l.chain != chain) {
            return;
        }
        let (head, back) = (r.head, r.back);
        // SAFETY: as the caller promises.
        let (code, frame) = unsafe { (crate::frame::Frame::code(fr), &*fr) };
        if code as *const Code as usize != r.key.0 {
            return;
        }
        // A trace that ends at a return in its own frame (a function
        // trace's usual end) leaves nothing to continue: the interpreter
        // returns.
        use crate::bytecode::Op;
        let returns = |op| matches!(op, Op::ReturnValue | Op::ReturnConst | Op::ReturnNone);
        if at == r.key.0 && (pc as usize) < code.instrs.len() && returns(code.instr(pc as usize).0) {
            return;
        }
        let side = Side { parent: index, code: at, pc, chain };
        let _ = self.build(code, frame, back, head, Some(&side));
    }

    /// Called after trace `index` left at `exit`: counts the exit, and when
    /// an exit has become hot, either discards the trace (its loop is
    /// projected again soon) or asks for a side trace for the exit.
    #[inline(always)]
    pub fn exited(&mut self, index: u32, exit: u64, code: usize) -> ExitAction {
        self.stats.exits += 1;
        let Some(Some(r)) = self.traces.get_mut(index as usize) else { return ExitAction::None };
        r.entries += 1;
        if r.entries % DECAY_PERIOD == 0 {
            // Counts are halved now and then, so an exit is hot by its
            // rate: one that turns up a few times per thousand runs never
            // reaches the thresholds, however long the program runs, and
            // costs no compilation.
            r.exit_counts.iter_mut().for_each(|c| *c /= 2);
            r.usual_count /= 2;
        }
        // Most exits are the trace's usual end (a loop's exit, a function's
        // return): remembered, so they cost one compare and a count. When
        // one in the loop's own frame is hot, the code after it gets a
        // continuation side trace, which runs on to the next loop's trace
        // instead of leaving for the interpreter.
        if (code, exit) == (r.usual_exit.0, r.usual_exit.1 as u64) {
            r.usual_count += 1;
            if r.usual_count == HOT_END && code == r.key.0 {
                return ExitAction::SideTrace(code, exit as u32);
            }
            return ExitAction::None;
        }
        let Some(k) = r.side_exits.iter().position(|&(c, pc, _)| pc as u64 == exit && c == code) else {
            r.usual_exit = (code, exit as u32);
            r.usual_count = 1;
            return ExitAction::None;
        };
        self.side_exit(index, k)
    }

    /// A side exit `k` of trace `index` was taken: counts it, and when it has
    /// become hot, says what to do (see `exited`).
    #[inline(never)]
    fn side_exit(&mut self, index: u32, k: usize) -> ExitAction {
        let Some(Some(r)) = self.traces.get_mut(index as usize) else { return ExitAction::None };
        self.stats.side_exits += 1;
        r.exit_counts[k] += 1;
        if r.exit_counts[k] < HOT_EXIT {
            return ExitAction::None;
        }
        let (code, pc, branch) = r.side_exits[k];
        let rate = r.exit_counts[k] as f64 / r.entries.max(1) as f64;
        // Where projecting again will not help, the exit gets a side trace
        // of its own, and is no longer counted.
        let side = r.parent.is_some();
        let settle = |r: &mut Record| {
            r.side_exits.swap_remove(k);
            r.exit_counts.swap_remove(k);
            ExitAction::SideTrace(code, pc)
        };
        let info = self.loops.entry(r.key).or_default();
        // A side trace is not projected again (its parent's stub jumps to
        // it): its hot exits get side traces of their own.
        if side || info.retraces >= MAX_RETRACES || info.settled.contains(&(code, branch)) {
            return settle(r);
        }
        if branch != u32::MAX {
            let key = (code, branch);
            if let Some(i) = info.flipped.iter().position(|&(b, _)| b == key) {
                // Both sides got hot: keep the one that leaves less often
                // (and give the other a side trace).
                let (_, before) = info.flipped.swap_remove(i);
                info.settled.push(key);
                if rate <= before {
                    return settle(r);
                }
            } else {
                info.flipped.push((key, rate));
            }
            // Follow the branch's other side next time.
            match info.prefer_jump.iter().position(|&b| b == key) {
                Some(i) => {
                    info.prefer_jump.swap_remove(i);
                }
                None => info.prefer_jump.push(key),
            }
        }
        info.retraces += 1;
        self.stats.retraces += 1;
        self.discard(index);
        ExitAction::None
    }

    /// Discards trace `index` and its side traces: the back edge (or the
    /// function) that enters it no longer does, and other traces' jumps
    /// into it become exits (its address in the back edge's cache is
    /// zeroed); the code is freed once it no longer runs.
    fn discard(&mut self, index: u32) {
        // Side traces go with their parent: only its stubs jump to them.
        let mut tree = vec![index];
        let mut k = 0;
        while k < tree.len() {
            if let Some(Some(r)) = self.traces.get(tree[k] as usize) {
                tree.extend_from_slice(&r.children);
            }
            k += 1;
        }
        // The innermost trace has returned before its exits are handled, so
        // only the outer ones can be running: those paused in helpers that
        // ran traces, the `outer` stack (the one whose helper ran the
        // trace that just left, among them, until `run` has handled the
        // exit; it may be this very trace, recursing). A side trace jumps back into
        // its root's code still named as itself, so any trace of the tree
        // running keeps all of the tree's code.
        let running = tree.iter().any(|i| self.outer.contains(i));
        let mut ids = Vec::with_capacity(tree.len());
        for &i in &tree {
            let Some(r) = self.traces.get_mut(i as usize).and_then(Option::take) else { continue };
            ids.push(r.id);
            // SAFETY: the record keeps its code object alive (`_keep`), so
            // the code is live until the record is dropped at the end of
            // this iteration.
            let code = unsafe { &*(r.key.0 as *const Code) };
            if r.parent.is_some() {
                // A side trace goes with its root (whose entries are reset).
            } else if r.back == FUNCTION {
                code.function_trace.set(crate::bytecode::FunctionTrace::default());
            } else {
                let w = code.instrs[r.back].get();
                if w & 0xff == crate::bytecode::Op::JumpBackwardJit as u32 {
                    code.instrs[r.back].set((w & !0xff) | crate::bytecode::Op::JumpBackward as u32);
                }
                let mut c = code.caches[r.back].get();
                // Project again at the next back edge.
                c.index = u32::MAX;
                c.aux = 0;
                c.extra = 0;
                c.extra2 = 0;
                code.caches[r.back].set(c);
            }
        }
        if running {
            self.deferred.push((tree, ids));
        } else {
            for id in ids {
                self.cache.discard(id);
            }
        }
    }

    /// Frees code of discarded trees that no longer run.
    pub fn collect_deferred(&mut self) {
        let outer = &self.outer;
        let cache = &mut self.cache;
        self.deferred.retain(|(tree, ids)| {
            let running = tree.iter().any(|i| outer.contains(i));
            if !running {
                ids.iter().for_each(|&id| cache.discard(id));
            }
            running
        });
    }

    /// Bytes mapped for code and bytes of live traces.
    pub fn cache_bytes(&self) -> (usize, usize) {
        (self.cache.mapped_bytes(), self.cache.live_bytes())
    }

    /// `-X jit-stats`: the report printed on stderr at exit.
    pub fn report(&self) -> String {
        let s = &self.stats;
        let mut out = String::new();
        let (mapped, live) = self.cache_bytes();
        let _ = writeln!(out, "jit-stats: traces compiled        {}", s.traces);
        let _ = writeln!(out, "jit-stats: uops projected         {}", s.uops_projected);
        let _ = writeln!(out, "jit-stats: uops after optimizing  {}", s.uops_optimized);
        let _ = writeln!(out, "jit-stats: guards removed         {}", s.guards_removed);
        let _ = writeln!(out, "jit-stats: guards hoisted         {}", s.guards_hoisted);
        let _ = writeln!(out, "jit-stats: machine code bytes     {}", s.code_bytes);
        let _ = writeln!(out, "jit-stats: data bytes             {}", s.data_bytes);
        let _ = writeln!(out, "jit-stats: code cache mapped/live {mapped}/{live}");
        let _ = writeln!(out, "jit-stats: compile time           {:.1} us", s.compile_ns as f64 / 1000.0);
        let _ = writeln!(out, "jit-stats: exits taken            {}", s.exits);
        let _ = writeln!(out, "jit-stats: side exits taken       {}", s.side_exits);
        let _ = writeln!(out, "jit-stats: re-projections         {}", s.retraces);
        let _ = writeln!(out, "jit-stats: side traces            {}", s.side_traces);
        let mut hot: Vec<_> = s.exits_at.iter().map(|(&(_, pc), (at, n))| (at, pc, *n)).collect();
        hot.sort_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
        for (at, pc, n) in hot.into_iter().take(8) {
            let _ = writeln!(out, "jit-stats: exits at {at} @{pc}: {n}");
        }
        let mut aborts: Vec<_> = s.aborts.iter().collect();
        aborts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (why, n) in aborts {
            let _ = writeln!(out, "jit-stats: not compiled ({why}) {n}");
        }
        out
    }
}

/// Whether a function's optimized trace does enough inline work to pay
/// for entering it at every call (a shim call and an exit, then the
/// interpreter's return): a body that is mostly calls of runtime helpers
/// (attribute loads, calls) runs as fast in the interpreter, whose inline
/// caches those helpers consult anyway. Measured with cachegrind: richards
/// and deltablue ran more instructions with every function traced.
fn worth_a_function_trace(uops: &[Uop]) -> bool {
    let helpers = uops.iter().filter(|u| u.kind.is_helper()).count();
    helpers * HELPER_SHARE_DEN <= uops.len() * HELPER_SHARE_NUM
}

/// The largest share of helper calls in a function trace worth compiling.
const HELPER_SHARE_NUM: usize = 1;
const HELPER_SHARE_DEN: usize = 4;

/// The exits of a trace that mean the projection went the wrong way: in the
/// loop's own code (`code`), exits into the loop body (not out of the
/// loop) and guard failures other than the loop's own end test; in a
/// function called inline, every branch and guard exit (the function was
/// meant to run through). Each is (code object's address, resume pc, branch
/// pc or `u32::MAX`).
fn side_exits(uops: &[Uop], code: usize, head: usize, back: usize, chain: &[InlineFrame]) -> Vec<(usize, u32, u32)> {
    let mut v: Vec<(usize, u32, u32)> = Vec::new();
    // The code each uop runs in: the loop's, or inlined functions' (a side
    // trace may start inside some).
    let mut codes = vec![code];
    codes.extend(chain.iter().map(|f| f.code().map_or(0, |c| c as *const Code as usize)));
    for u in uops {
        // `_PUSH_FRAME` leaves (if at all) in its caller, a return's error
        // exit in the callee.
        let here = *codes.last().unwrap_or(&code);
        let depth = codes.len();
        if u.kind.pushes_frame() {
            codes.push(function_code(u.operand));
        } else if u.kind.pops_frame() {
            codes.pop();
        }
        let candidate = match u.kind.exits() {
            // A loop's end, or a nested loop's that runs no iteration (its
            // trace is jumped to after the first): leaving there is normal.
            _ if u.kind.is_for_iter_step() => None,
            Exits::Branch => Some((u.jump_pc, u.exit_pc)),
            // The followed jump of `and` / `or`: its failure is the branch's
            // other way, which a hot exit makes projection follow again.
            _ if u.kind == UopKind::GuardTruthKeep => Some((u.exit_pc, u.exit_pc)),
            // A branch whose comparison is a helper's.
            _ if u.kind == UopKind::CompareJumpGeneric => Some((u.jump_pc, u.exit_pc)),
            // The eval breaker is normal too.
            Exits::Guard if u.kind != UopKind::CheckEvalBreaker => Some((u.exit_pc, u32::MAX)),
            _ => None,
        };
        if let Some((pc, branch)) = candidate {
            let inside = depth > 1 || ((pc as usize) > head && (pc as usize) <= back);
            if inside && !v.iter().any(|&(c, p, _)| c == here && p == pc) {
                v.push((here, pc, branch));
            }
        }
    }
    v
}

/// The address of the code of the function whose value word is `bits` (a
/// `_PUSH_FRAME` operand, kept alive by its trace).
fn function_code(bits: u64) -> usize {
    // SAFETY: the operand is a live function the trace keeps alive; only
    // inspected.
    let f = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
    f.downcast::<crate::object::Function>()
        .and_then(|f| f.code.downcast::<crate::object::CodeObj>().map(|c| &c.code as &Code as *const Code as usize))
        .unwrap_or(0)
}

/// `qualname:line` of the loop at `head`, for dumps and perf maps.
fn describe(code: &Code, head: usize) -> String {
    let name = code.qualname.downcast::<crate::object::Str>().map(|s| s.s.to_string()).unwrap_or_default();
    format!("{name}:{}", code.line_at(head))
}

/// `-X jit-dump=DIR`: the trace's uops before and after optimization, and
/// its machine code, stencil by stencil, with each stencil's disassembly.
#[allow(clippy::too_many_arguments)]
fn dump(
    dir: &std::path::Path,
    number: usize,
    name: &str,
    projected: &[Uop],
    optimized: &[Uop],
    top: usize,
    instrs: &[Instr],
    entry: u64,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut out = String::new();
    let _ = writeln!(out, "trace {number}: {name}\n\n-- projected ({} uops)", projected.len());
    for (i, u) in projected.iter().enumerate() {
        let _ = writeln!(out, "{}", format!("{i:4}  {u}").trim_end());
    }
    if optimized.last().is_some_and(|u| u.kind == UopKind::JumpToTop) {
        let _ = writeln!(out, "\n-- optimized ({} uops, loop from {top})", optimized.len());
    } else {
        let _ = writeln!(out, "\n-- optimized ({} uops)", optimized.len());
    }
    for (i, u) in optimized.iter().enumerate() {
        let _ = writeln!(out, "{}", format!("{i:4}  {u}").trim_end());
    }
    let _ = writeln!(out, "\n-- machine code at {entry:#x}");
    out.push_str(&super::disasm::listing(instrs, entry));
    std::fs::write(dir.join(format!("trace-{number:04}.txt")), out)
}

/// The hot-loop hook, for the interpreter: compiles the loop and, on
/// success, turns the back edge into `JumpBackwardJit`.
///
/// # Safety
/// `fr` is the live frame running `code` at its back edge `back`.
pub unsafe fn on_hot_loop(vm: &mut crate::vm::Vm, fr: *mut crate::frame::Frame, back: usize, head: usize) -> bool {
    // SAFETY: forwarded from the caller; the frame and its code are live.
    let (code, frame) = unsafe { (crate::frame::Frame::code(fr), &*fr) };
    match vm.jit.compile_trace(code, frame, back, head) {
        Some((index, entry, body)) => {
            let mut c = code.caches[back].get();
            c.index = index;
            c.extra = entry;
            c.extra2 = body;
            code.caches[back].set(c);
            let w = code.instrs[back].get();
            code.instrs[back].set((w & !0xff) | crate::bytecode::Op::JumpBackwardJit as u32);
            true
        }
        None => false,
    }
}

/// Enters the trace of the `JumpBackwardJit` at `back`. Returns the pc to
/// resume at, or the exception a helper raised (the frame's `pc` is then
/// the raising instruction's successor); either way the frame's `depth`
/// says where the stack ends.
///
/// # Safety
/// `fr` is the live innermost frame, saved (`pc` and `depth` accurate) at
/// the loop head, with `sp` its stack top.
#[inline(always)]
pub unsafe fn enter(
    vm: &mut crate::vm::Vm,
    fr: *mut crate::frame::Frame,
    sp: *mut Value,
    code: &Code,
    back: usize,
) -> Result<usize, crate::vm::PyErr> {
    let c = code.caches[back].get();
    // SAFETY: `extra` is the entry of a live trace (a discarded trace's
    // instruction is turned back into `JumpBackward` before its code is
    // freed), compiled for this code's loop, whose first uop expects the
    // loop head's stack: what the frame has now.
    unsafe { run(vm, fr, sp, c.index, c.extra) }
}

/// Runs trace `index` at `entry` on the frame; returns where to resume (or
/// the exception a helper raised). A trace that a hot side exit makes
/// worth projecting again is discarded (`Jit::discard` restores what
/// entered it).
///
/// # Safety
/// `entry` is the live trace `index`, whose first uop expects the frame and
/// stack as they are: `fr` live and saved, `sp` its stack top.
#[inline(always)]
unsafe fn run(
    vm: &mut crate::vm::Vm,
    fr: *mut crate::frame::Frame,
    sp: *mut Value,
    index: u32,
    entry: u64,
) -> Result<usize, crate::vm::PyErr> {
    // `_JUMP_TO_TRACE` changes it when the trace continues in another: the
    // exit is then that one's. A trace entered from a helper of another
    // (Python code the helper ran) puts the outer one's back when it leaves.
    let outer = std::mem::replace(&mut vm.jit_trace, u64::from(index));
    if vm.jit.running > 0 {
        vm.jit.outer.push(outer as u32);
    }
    vm.jit.running += 1;
    // SAFETY: as the caller promises; the entry is the trace's shim, a
    // C-ABI function in read-execute memory.
    let exit = unsafe {
        let entry: Entry = std::mem::transmute(entry as *const u8);
        entry(fr as *mut u8, sp as *mut u64, vm as *mut crate::vm::Vm as *mut u8)
    };
    vm.jit.running -= 1;
    let index = std::mem::replace(&mut vm.jit_trace, outer) as u32;
    // The trace paused in the helper that entered this one (if any) stays
    // on the `outer` stack until this exit is handled: handling it may
    // discard a tree that holds the paused trace (a recursive function's
    // trace left from its own nested call, say), whose code must then
    // outlive the helper's return into it.
    let nested = vm.jit.running > 0;
    if exit & ERROR_BIT != 0 {
        vm.jit.collect_deferred();
        if nested {
            vm.jit.outer.pop();
        }
        return Err(vm.jit.pending_error.take().expect("a helper raised"));
    }
    // An exit inside a function the trace called inline resumes that
    // function: exits are told apart by the code they leave in.
    // After a trace, `vm.frame` is the live frame it left in.
    let code = crate::frame::Frame::code(vm.frame) as *const Code as usize;
    if vm.jit.options.stats {
        let f = crate::frame::Frame::code(vm.frame);
        let place = vm
            .jit
            .stats
            .exits_at
            .entry((code, exit as u32))
            .or_insert_with(|| (describe(f, (exit as u32 as usize).min(f.instrs.len().saturating_sub(1))), 0));
        place.1 += 1;
    }
    if let ExitAction::SideTrace(at, pc) = vm.jit.exited(index, exit, code) {
        // SAFETY: `fr` is the live frame the traces were entered on (a
        // trace only continues in another trace of the same frame).
        unsafe { vm.jit.side_trace(index, fr, at, pc) };
    }
    if !vm.jit.deferred.is_empty() {
        vm.jit.collect_deferred();
    }
    if nested {
        vm.jit.outer.pop();
    }
    Ok(exit as usize)
}

/// The pseudo back edge of function traces (they start at index 0 and end
/// at a return, which the interpreter then executes).
const FUNCTION: usize = usize::MAX;

/// A function is starting (its frame at index 0): counts the call, compiles
/// the function's trace when the function is hot, and runs the trace if it
/// has one. None when no trace ran; otherwise where to resume, or the
/// exception a helper raised (the frame's `pc` is then the raising
/// instruction's successor, its `depth` accurate).
///
/// # Safety
/// `fr` is the live innermost frame at index 0 running `code`, with `sp`
/// its stack top.
#[inline(always)]
pub unsafe fn function_start(
    vm: &mut crate::vm::Vm,
    fr: *mut crate::frame::Frame,
    sp: *mut Value,
    code: &Code,
) -> Option<Result<usize, crate::vm::PyErr>> {
    let mut ft = code.function_trace.get();
    if ft.entry == 0 {
        ft.calls = ft.calls.saturating_add(1);
        if ft.calls < vm.jit.threshold(ft.failures) {
            code.function_trace.set(ft);
            return None;
        }
        // SAFETY: the frame is live.
        match vm.jit.compile_trace(code, unsafe { &*fr }, FUNCTION, 0) {
            Some((index, entry, _)) => {
                ft.index = index;
                ft.entry = entry;
            }
            None => {
                ft.calls = 0;
                ft.failures = ft.failures.saturating_add(1);
                code.function_trace.set(ft);
                return None;
            }
        }
        code.function_trace.set(ft);
    }
    // SAFETY: the frame is saved at index 0 (nothing has run yet), and
    // `entry` is this code's live function trace (it is cleared before the
    // trace's code is freed).
    unsafe {
        (*fr).pc = 0;
        (*fr).depth = sp.offset_from(crate::frame::Frame::stack_base(fr)) as u32;
        Some(run(vm, fr, sp, ft.index, ft.entry))
    }
}

/// A Python function a trace's `_CALL` helper calls, its frame `fr` pushed
/// (as `vm.frame`'s successor, with its arguments) and nothing run yet:
/// runs the function's trace straight from the helper, and when the trace
/// leaves at the function's return (function traces end there), does the
/// return as the interpreter would, so a call from trace to trace never
/// enters the interpreter loop. When the trace leaves anywhere else, the
/// interpreter carries on from there. None when the function has no trace
/// (the interpreter then counts the call and compiles it when hot).
///
/// # Safety
/// `fr` is a frame just initialised for a call, linked to the current
/// frame, which has saved its state.
pub unsafe fn call_function_trace(
    vm: &mut crate::vm::Vm,
    fr: *mut crate::frame::Frame,
) -> Option<crate::vm::PyResult<Value>> {
    let code = crate::frame::Frame::code(fr);
    if !vm.jit.options.enabled || code.flags & crate::bytecode::code_flags::GENERATOR != 0 {
        return None;
    }
    let ft = code.function_trace.get();
    if ft.entry == 0 {
        return None;
    }
    vm.frame = fr;
    // SAFETY: as the caller promises; `run` wants the frame saved at index
    // 0 with an empty stack, which a new frame is, and `entry` is the code's
    // live function trace.
    let r = unsafe {
        let sp = crate::frame::Frame::stack_base(fr);
        (*fr).pc = 0;
        (*fr).depth = 0;
        run(vm, fr, sp, ft.index, ft.entry)
    };
    if let (Ok(pc), true) = (&r, vm.frame == fr) {
        // SAFETY: the trace left `fr` saved at `pc` with `depth` values on
        // its stack; a return takes the top one (or a constant) and pops
        // the frame, as the interpreter's return does for a plain call.
        unsafe {
            let depth = (*fr).depth;
            let v = match code.instr(*pc) {
                (crate::bytecode::Op::ReturnValue, _) if depth == 1 => {
                    (*fr).depth = 0;
                    Some(std::ptr::read(crate::frame::Frame::stack_base(fr)))
                }
                (crate::bytecode::Op::ReturnNone, _) if depth == 0 => Some(Value::NONE),
                (crate::bytecode::Op::ReturnConst, k) if depth == 0 => Some(code.consts[k as usize].clone()),
                _ => None,
            };
            if let Some(v) = v {
                crate::interp::pop_frame(vm, fr);
                return Some(Ok(v));
            }
        }
    }
    let current = vm.frame;
    let exit = crate::interp::run_from(vm, fr, current, r.err(), true);
    Some(exit.map(|e| match e {
        crate::interp::Exit::Return(v) | crate::interp::Exit::Yield(v) => v,
    }))
}

/// The bit `_ERROR_EXIT` sets in the index it returns.
const ERROR_BIT: u64 = 1 << 63;
