//! criterion benchmarks of the JIT's own costs, on the host architecture:
//!
//! - `copy_and_patch`: emitting a 12-stencil trace (the entry shim and an
//!   11-micro-op loop) into a buffer, layout included; divide by 12 for the
//!   cost per micro-op (the target is under 100 ns on x86_64).
//! - `code_memory`: mapping a page read-write, sealing it read-execute and
//!   unmapping it, the fixed cost a trace pays for its memory.
//! - `compile_trace`: the two together, as `compile` does.
//! - `code_cache`: installing a trace into the shared code cache and
//!   discarding it (two `mprotect` calls instead of a mapping per trace);
//!   the run also prints the cache's mapped/live ratio for 1000 traces.
//!
//! Run with `cargo bench -p tessera --bench jit`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use tessera::jit::cache::CodeCache;
use tessera::jit::compile::{compile, emit, layout, Instr};
use tessera::jit::helpers::symbol_address;
use tessera::jit::memory::WritableCode;
use tessera::jit::stencils::host_group;
use tessera::value::Value;

#[cfg(target_arch = "aarch64")]
type Host = tessera::jit::patch::Aarch64;
#[cfg(not(target_arch = "aarch64"))]
type Host = tessera::jit::patch::X86_64;

fn op(name: &str) -> Instr {
    Instr::new(host_group(name).expect("stencil"))
}

fn loop_trace() -> Vec<Instr> {
    vec![
        op("_LOAD_FAST").oparg(0),
        op("_LOAD_CONST_INLINE").operand(Value::small_int(1).bits()),
        op("_GUARD_BOTH_INT").exit(10),
        op("_BINARY_OP_ADD_INT").exit(10),
        op("_STORE_FAST").oparg(0),
        op("_LOAD_FAST").oparg(0),
        op("_LOAD_FAST").oparg(1),
        op("_GUARD_BOTH_INT").exit(10),
        op("_GUARD_CMP_INT_LT").oparg(1).jump(10),
        op("_JUMP_TO_TOP").jump(0),
        op("_EXIT_TRACE").operand(77),
    ]
}

fn bench(c: &mut Criterion) {
    let shim = host_group("_SHIM").expect("shim");
    let trace = loop_trace();
    let size = layout(shim, &trace).unwrap().size;
    let mut buffer = vec![0u8; size];
    c.bench_function("copy_and_patch (12 stencils)", |b| {
        b.iter(|| {
            let l = layout(shim, black_box(&trace)).unwrap();
            let base = buffer.as_ptr() as u64;
            emit::<Host>(&l, &trace, &symbol_address, &mut buffer, base).unwrap();
            black_box(&buffer);
        })
    });
    c.bench_function("code_memory (map, seal, unmap)", |b| {
        b.iter(|| black_box(WritableCode::new(size).unwrap().seal().unwrap()))
    });
    c.bench_function("compile_trace (12 stencils)", |b| {
        b.iter(|| black_box(compile::<Host>(shim, black_box(&trace), symbol_address).unwrap()))
    });

    // The code cache: install into shared chunks, then discard.
    let mut cache = CodeCache::new();
    let ids: Vec<_> = (0..1000).map(|_| cache.install::<Host>(shim, &trace, symbol_address).unwrap()).collect();
    eprintln!(
        "code cache with 1000 live traces: {} bytes mapped for {} live bytes ({:.3}x)",
        cache.mapped_bytes(),
        cache.live_bytes(),
        cache.mapped_bytes() as f64 / cache.live_bytes() as f64
    );
    for id in ids {
        cache.discard(id);
    }
    c.bench_function("code_cache install + discard (12 stencils)", |b| {
        b.iter(|| {
            let id = cache.install::<Host>(shim, black_box(&trace), symbol_address).unwrap();
            cache.discard(id);
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
