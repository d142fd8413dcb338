//! criterion benchmark of the interpreter's dispatch: a tight `while` loop
//! (compare, branch, two additions, two stores and a backward jump per
//! iteration: about ten instructions) run by the specializing interpreter
//! alone (`-X jit=off`) and with tier 2 on, in one process, so the two
//! figures share the machine's state. Divide by the iteration count for the
//! time per iteration.
//!
//! Run with `cargo bench -p tessera --bench interp`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use tessera::object::Dict;
use tessera::value::Value;
use tessera::vm::Vm;

const SOURCE: &str = "
def count(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    return total
";

/// Iterations per measured call.
const N: i64 = 10_000;

/// A VM with `count` defined, and the function.
fn setup(jit: bool) -> (Box<Vm>, Value) {
    let mut options = tessera::Options::default();
    options.jit.enabled = jit && options.jit.enabled;
    let mut vm = Vm::new(options);
    let code = tessera::compile::compile(&mut vm, SOURCE, "<bench>", tessera::compile::Mode::Exec).expect("compiles");
    let globals = vm.new_dict();
    vm.run_code(&code, &globals, Value::NULL, None).expect("defines count");
    let name = vm.intern("count");
    let f = globals.downcast::<Dict>().unwrap().get_str(&name).expect("count is defined");
    (vm, f)
}

fn bench(c: &mut Criterion) {
    for (label, jit) in
        [("interpreter dispatch, while loop x 10000 (jit off)", false), ("while loop x 10000 (jit on)", true)]
    {
        let (mut vm, f) = setup(jit);
        let expected = Value::small_int(N * (N - 1) / 2);
        c.bench_function(label, |b| {
            b.iter(|| {
                let r = vm.call(&f, &[black_box(Value::small_int(N))], &[]).expect("runs");
                assert!(r.is(&expected));
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
