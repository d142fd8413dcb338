//! End to end on the host: traces built from the committed stencils are
//! copied, patched, sealed and run on a frame laid out as `tessera.h` says,
//! and leave it consistent (locals, stack depth, resume index) whether they
//! finish their loop or leave at a failed guard.

use tessera::frame::FRAME_HEADER_WORDS;
use tessera::jit::compile::{compile, Instr, Trace};
use tessera::jit::helpers::symbol_address;
use tessera::jit::stencils::host_group;
use tessera::value::Value;

fn op(name: &str) -> Instr {
    Instr::new(host_group(name).unwrap_or_else(|| panic!("no stencil {name}")))
}

fn build(trace: &[Instr]) -> Trace {
    let shim = host_group("_SHIM").expect("shim");
    if cfg!(target_arch = "x86_64") {
        compile::<tessera::jit::patch::X86_64>(shim, trace, symbol_address).unwrap()
    } else {
        compile::<tessera::jit::patch::Aarch64>(shim, trace, symbol_address).unwrap()
    }
}

/// A frame with `locals` and room for a small stack, as raw words.
struct TestFrame {
    words: Vec<u64>,
    nlocals: usize,
}

impl TestFrame {
    /// The frame holds the locals' bits without owning references (the
    /// tests use immediates, or place owned references themselves).
    fn new(locals: &[Value]) -> TestFrame {
        let mut words = vec![0u64; FRAME_HEADER_WORDS + locals.len() + 16];
        for (i, v) in locals.iter().enumerate() {
            words[FRAME_HEADER_WORDS + i] = v.bits();
        }
        let mut f = TestFrame { words, nlocals: locals.len() };
        f.set_u32(76, locals.len() as u32); // nlocalsplus
        f
    }
    fn set_u32(&mut self, byte: usize, v: u32) {
        let w = &mut self.words[byte / 8];
        let shift = (byte % 8) * 8;
        *w = (*w & !(0xffff_ffffu64 << shift)) | ((v as u64) << shift);
    }
    fn u32_at(&self, byte: usize) -> u32 {
        (self.words[byte / 8] >> ((byte % 8) * 8)) as u32
    }
    fn local(&self, i: usize) -> u64 {
        self.words[FRAME_HEADER_WORDS + i]
    }
    fn stack(&self, i: usize) -> u64 {
        self.words[FRAME_HEADER_WORDS + self.nlocals + i]
    }
    /// Runs `trace` with an empty stack; returns the exit index.
    fn run(&mut self, trace: &Trace) -> u64 {
        let base = self.words.as_mut_ptr();
        // SAFETY: the words form a frame header, its locals and a stack with
        // room for everything these traces push; small ints and floats need
        // no VM.
        unsafe {
            let sp = base.add(FRAME_HEADER_WORDS + self.nlocals);
            trace.run(base as *mut u8, sp, std::ptr::null_mut())
        }
    }
}

/// `while i < n: i = i + step` over locals (i, n), leaving at exit 77;
/// with `cached`, from the stack-caching stencils (values in registers
/// between micro-ops, named by the depths they start and end at), as
/// `lower` picks them.
fn counting_loop(step: Value, cached: bool) -> Vec<Instr> {
    const EXIT: usize = 10;
    let op = |name: &str, depths: &str| if cached { op(&format!("{name}_{depths}")) } else { op(name) };
    vec![
        op("_LOAD_FAST", "r01").oparg(0),
        op("_LOAD_CONST_INLINE", "r12").operand(step.bits()),
        op("_GUARD_BOTH_INT", "r22").exit(EXIT),
        op("_BINARY_OP_ADD_INT", "r21").exit(EXIT),
        op("_STORE_FAST", "r10").oparg(0),
        op("_LOAD_FAST", "r01").oparg(0),
        op("_LOAD_FAST", "r12").oparg(1),
        op("_GUARD_BOTH_INT", "r22").exit(EXIT),
        op("_GUARD_CMP_INT_LT", "r20").oparg(1).jump(EXIT),
        self::op("_JUMP_TO_TOP").jump(0),
        self::op("_EXIT_TRACE").operand(77),
    ]
}

#[test]
fn an_int_loop_runs_to_completion() {
    for cached in [false, true] {
        let trace = build(&counting_loop(Value::small_int(1), cached));
        let mut f = TestFrame::new(&[Value::small_int(0), Value::small_int(100_000)]);
        assert_eq!(f.run(&trace), 77);
        assert_eq!(f.local(0), Value::small_int(100_000).bits());
        assert_eq!(f.u32_at(60), 0, "stack depth");
        assert_eq!(f.u32_at(56), 77, "resume index");
        assert!(trace.code_size > 0 && trace.data_size > 0);
    }
}

/// A guard that fails with values cached leaves them on the stack in
/// memory, as the plain stencils would have.
#[test]
fn a_failed_guard_leaves_with_the_stack_intact() {
    for cached in [false, true] {
        // n is a float: the second guard fails with i and n on the stack.
        let trace = build(&counting_loop(Value::small_int(3), cached));
        let mut f = TestFrame::new(&[Value::small_int(5), Value::float(2.5)]);
        assert_eq!(f.run(&trace), 77);
        assert_eq!(f.local(0), Value::small_int(8).bits(), "one addition ran");
        assert_eq!(f.u32_at(60), 2, "stack depth at the guard (cached: {cached})");
        assert_eq!(f.stack(0), Value::small_int(8).bits());
        assert_eq!(f.stack(1), Value::float(2.5).bits());
    }
}

#[test]
fn overflow_of_the_small_int_range_exits() {
    let max = (1i64 << 47) - 1;
    for cached in [false, true] {
        let trace = build(&counting_loop(Value::small_int(1), cached));
        let mut f = TestFrame::new(&[Value::small_int(max), Value::small_int(max)]);
        // i + 1 overflows the small-int range: the add exits before storing,
        // with both operands on the stack.
        assert_eq!(f.run(&trace), 77);
        assert_eq!(f.local(0), Value::small_int(max).bits());
        assert_eq!(f.u32_at(60), 2);
        assert_eq!((f.stack(0), f.stack(1)), (Value::small_int(max).bits(), Value::small_int(1).bits()));
    }
}

#[test]
fn float_arithmetic_stays_unboxed() {
    // x = x * 1.5 + 0.25, once, then exit.
    let trace = build(&[
        op("_LOAD_FAST").oparg(0),
        op("_LOAD_CONST_INLINE").operand(Value::float(1.5).bits()),
        op("_GUARD_BOTH_FLOAT").exit(7),
        op("_BINARY_OP_MUL_FLOAT"),
        op("_LOAD_CONST_INLINE").operand(Value::float(0.25).bits()),
        op("_BINARY_OP_ADD_FLOAT"),
        op("_STORE_FAST").oparg(0),
        op("_EXIT_TRACE").operand(5),
    ]);
    let mut f = TestFrame::new(&[Value::float(3.0)]);
    assert_eq!(f.run(&trace), 5);
    assert_eq!(f.local(0), Value::float(4.75).bits());
}

#[test]
fn reference_counts_follow_loads_and_stores() {
    // The VM makes heap objects; the trace stores an int over a local that
    // held a string, so the string loses the frame's reference.
    let mut vm = tessera::vm::Vm::new(tessera::Options::default());
    let s = vm.new_str("held by the frame and by this test");
    let t = vm.new_str("freed by the trace");
    let trace = build(&[
        op("_LOAD_FAST").oparg(0),
        op("_POP_TOP"),
        op("_LOAD_CONST_INLINE").operand(Value::small_int(7).bits()),
        op("_STORE_FAST").oparg(0),
        op("_LOAD_CONST_INLINE").operand(Value::small_int(8).bits()),
        op("_STORE_FAST").oparg(1),
        op("_EXIT_TRACE").operand(1),
    ]);
    let before = s.header().unwrap().refcount();
    // The frame owns a reference to each: a new one to `s`, the only one to `t`.
    let mut f = TestFrame::new(&[Value::NULL, Value::NULL]);
    f.words[FRAME_HEADER_WORDS] = s.clone().into_bits();
    f.words[FRAME_HEADER_WORDS + 1] = t.into_bits();
    assert_eq!(f.run(&trace), 1);
    assert_eq!(s.header().unwrap().refcount(), before, "the frame's reference to s was released");
    assert_eq!(f.local(0), Value::small_int(7).bits());
    // `t` went to zero inside the trace and was freed by tessera_jit_dealloc.
    assert_eq!(f.local(1), Value::small_int(8).bits());
}

#[test]
fn no_mapping_is_writable_and_executable_while_traces_live() {
    let traces: Vec<Trace> = (1..=8).map(|step| build(&counting_loop(Value::small_int(step), step % 2 == 0))).collect();
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    for line in maps.lines() {
        let perms = line.split_whitespace().nth(1).unwrap_or("");
        assert!(!(perms.contains('w') && perms.contains('x')), "writable and executable: {line}");
    }
    // The traces are live (and runnable) during the check.
    let mut f = TestFrame::new(&[Value::small_int(0), Value::small_int(64)]);
    assert_eq!(f.run(&traces[7]), 77);
    assert_eq!(f.local(0), Value::small_int(64).bits());
}

#[test]
fn compiling_and_running_many_traces() {
    // Re-patching the same stencils with different operands, and running
    // each result: every trace must see only its own constants (every
    // other one built from the stack-caching stencils).
    for step in 1..=300i64 {
        let trace = build(&counting_loop(Value::small_int(step), step % 2 == 0));
        let mut f = TestFrame::new(&[Value::small_int(0), Value::small_int(10_000)]);
        assert_eq!(f.run(&trace), 77);
        let expected = 10_000 + (step - 10_000 % step) % step;
        assert_eq!(f.local(0), Value::small_int(expected).bits(), "step {step}");
    }
}

mod code_cache {
    use super::*;
    use tessera::jit::cache::{CodeCache, TraceId};

    fn install(cache: &mut CodeCache, trace: &[Instr]) -> TraceId {
        let shim = host_group("_SHIM").expect("shim");
        if cfg!(target_arch = "x86_64") {
            cache.install::<tessera::jit::patch::X86_64>(shim, trace, symbol_address).unwrap()
        } else {
            cache.install::<tessera::jit::patch::Aarch64>(shim, trace, symbol_address).unwrap()
        }
    }

    fn run(cache: &CodeCache, id: TraceId, n: i64) -> u64 {
        let mut f = TestFrame::new(&[Value::small_int(0), Value::small_int(n)]);
        let base = f.words.as_mut_ptr();
        // SAFETY: as in TestFrame::run; `id` is live in `cache`.
        let exit = unsafe {
            let sp = base.add(FRAME_HEADER_WORDS + 2);
            cache.run(id, base as *mut u8, sp, std::ptr::null_mut())
        };
        assert_eq!(f.local(0), Value::small_int(n).bits());
        exit
    }

    #[test]
    fn traces_share_pages_and_space_is_reused() {
        let mut cache = CodeCache::new();
        let mut ids: Vec<TraceId> =
            (0..300).map(|_| install(&mut cache, &counting_loop(Value::small_int(1), true))).collect();
        for (i, &id) in ids.iter().enumerate().step_by(37) {
            assert_eq!(run(&cache, id, i as i64 + 1), 77);
        }
        let live = cache.live_bytes();
        let mapped = cache.mapped_bytes();
        // Traces are packed first-fit across page boundaries: the issue's
        // bound, mapped bytes at most 1.25 times the live traces' bytes,
        // holds with room to spare.
        assert!(mapped * 4 <= live * 5, "mapped {mapped} for {live} live bytes");
        // Discard every other trace, then install as many again: they fit
        // in the freed space, so no new page is mapped.
        let kept: Vec<TraceId> = ids.iter().copied().skip(1).step_by(2).collect();
        for &id in ids.iter().step_by(2) {
            cache.discard(id);
        }
        assert_eq!(cache.live_bytes(), live / 2);
        ids = kept;
        for _ in 0..150 {
            ids.push(install(&mut cache, &counting_loop(Value::small_int(1), true)));
        }
        assert_eq!(cache.mapped_bytes(), mapped, "freed space reused");
        for &id in ids.iter().step_by(29) {
            assert_eq!(run(&cache, id, 1000), 77);
        }
        // Discarding everything unmaps every page.
        for id in ids {
            cache.discard(id);
        }
        assert_eq!((cache.live_bytes(), cache.mapped_bytes()), (0, 0));
    }

    /// A straight-line trace of some 8 KiB that exits with 77.
    fn big_trace() -> Vec<Instr> {
        let mut trace = Vec::new();
        for _ in 0..600 {
            trace.push(op("_LOAD_FAST").oparg(1));
            trace.push(op("_POP_TOP"));
        }
        trace.push(op("_EXIT_TRACE").operand(77));
        trace
    }

    fn run_big(cache: &CodeCache, id: TraceId) -> u64 {
        let mut f = TestFrame::new(&[Value::small_int(0), Value::small_int(5)]);
        let base = f.words.as_mut_ptr();
        // SAFETY: as in TestFrame::run; `id` is live in `cache`, and the
        // trace only loads local 1 and pops it.
        unsafe { cache.run(id, base as *mut u8, base.add(FRAME_HEADER_WORDS + 2), std::ptr::null_mut()) }
    }

    /// A trace larger than a page spans pages, all freed with it.
    #[test]
    fn a_large_trace_spans_pages() {
        let mut cache = CodeCache::new();
        let id = install(&mut cache, &big_trace());
        assert!(cache.live_bytes() > 4096, "{} bytes", cache.live_bytes());
        assert!(cache.mapped_bytes() < cache.live_bytes() + 4096, "{} mapped", cache.mapped_bytes());
        assert_eq!(run_big(&cache, id), 77);
        cache.discard(id);
        assert_eq!(cache.mapped_bytes(), 0);
    }

    /// A discarded trace gives back the pages only it was on, and the
    /// next trace of its size takes its place rather than new pages.
    #[test]
    fn pages_of_a_discarded_trace_are_released_and_reused() {
        let mut cache = CodeCache::new();
        let big = big_trace();
        let ids: Vec<TraceId> = (0..3).map(|_| install(&mut cache, &big)).collect();
        let len = cache.live_bytes() / 3;
        assert!(len > 2 * 4096, "{len} bytes");
        let mapped = cache.mapped_bytes();
        // Packed back to back, the three share pages at their seams.
        assert!(mapped < 3 * len + 4096, "{mapped} mapped for 3 x {len}");
        cache.discard(ids[1]);
        // The middle trace's own pages (all but the two it shares) go.
        assert!(cache.mapped_bytes() <= mapped - (len / 4096 - 1) * 4096, "{} mapped", cache.mapped_bytes());
        let again = install(&mut cache, &big);
        assert_eq!(cache.mapped_bytes(), mapped, "the hole is reused");
        assert_eq!(run_big(&cache, again), 77);
    }

    #[test]
    fn the_cache_is_never_writable_and_executable() {
        let mut cache = CodeCache::new();
        let ids: Vec<TraceId> =
            (0..50).map(|_| install(&mut cache, &counting_loop(Value::small_int(2), true))).collect();
        let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
        for line in maps.lines() {
            let perms = line.split_whitespace().nth(1).unwrap_or("");
            assert!(!(perms.contains('w') && perms.contains('x')), "writable and executable: {line}");
        }
        assert_eq!(run(&cache, ids[49], 100), 77);
    }
}
