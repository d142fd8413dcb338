//! Tier 2 end to end: Python programs run by the tessera binary, with the
//! traces it compiles shown by `-X jit-dump` as snapshots (the projected
//! and optimized micro-ops), and the properties the JIT must keep while
//! traces are live.

use expect_test::{expect, Expect};
use std::path::PathBuf;

mod common;
use common::tessera_command;

/// A fresh directory for one test's dump.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tessera-tier2-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `src` with `args`; returns stdout, after checking it ran cleanly.
fn run(src: &str, args: &[&str]) -> String {
    let out = tessera_command().args(args).arg("-c").arg(src).output().unwrap();
    assert!(out.status.success(), "tessera failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `src` with every loop compiled at its first chance and returns the
/// dumps' micro-op sections (not the machine code, whose addresses vary),
/// with the program's output first.
fn traces(name: &str, src: &str) -> String {
    let dir = scratch(name);
    let dump = format!("jit-dump={}", dir.display());
    let stdout = run(src, &["-X", "jit-threshold=8", "-X", &dump]);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut out = format!("output: {stdout}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        out.push_str(&hide_dict_versions(text.split("\n-- machine code").next().unwrap()));
        out.push('\n');
    }
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// The whole dump of the first trace in `dir` whose title names `title`
/// (the dump directory is removed).
fn dumped_trace(dir: &std::path::Path, title: &str) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let trace = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .find(|t| t.lines().next().unwrap().contains(title))
        .unwrap_or_else(|| panic!("no trace named {title:?} was compiled"));
    let _ = std::fs::remove_dir_all(dir);
    trace
}

/// The first dumped trace in `dir` whose title names `title`: its title
/// line and its optimized micro-ops (the dump directory is removed).
fn optimized_trace(dir: &std::path::Path, title: &str) -> String {
    let trace = dumped_trace(dir, title);
    let optimized = trace.split("-- optimized").nth(1).unwrap().split("\n-- machine code").next().unwrap();
    format!("{}\n{optimized}", trace.lines().next().unwrap())
}

/// Dict versions (`v1060`) count every dict change since start-up, so any
/// change to start-up renumbers them; the snapshots show `vN` instead.
fn hide_dict_versions(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("_GUARD_DICT_VERSION") {
            Some(i) => {
                let (head, tail) = l.split_at(i);
                let mut words: Vec<String> = tail.split(' ').map(String::from).collect();
                for w in words.iter_mut() {
                    if w.len() > 1 && w.starts_with('v') && w[1..].bytes().all(|b| b.is_ascii_digit()) {
                        *w = "vN".to_string() + &" ".repeat(w.len().saturating_sub(2));
                    }
                }
                format!("{head}{}", words.join(" "))
            }
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if text.ends_with('\n') { "\n" } else { "" }
}

fn check(name: &str, src: &str, expected: Expect) {
    expected.assert_eq(&traces(name, src));
}

#[test]
fn int_while_loop() {
    check(
        "int_while",
        "
def f(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2
        i = i + 1
    return total
print(f(1000))
",
        expect![[r#"
            output: 999000
            trace 0: f:5

            -- projected (23 uops)
               0  _CHECK_LOCAL_BOUND     2  (exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @4)
               2  _LOAD_FAST             2
               3  _LOAD_FAST             0
               4  _COMPARE_JUMP_LT       1  (else @15, exit @5)
               5  _CHECK_LOCAL_BOUND     1  (exit @6)
               6  _CHECK_LOCAL_BOUND     2  (exit @6)
               7  _LOAD_FAST             1
               8  _LOAD_FAST             2
               9  _LOAD_CONST_INLINE     2
              10  _GUARD_BOTH_INT         (exit @8)
              11  _BINARY_OP_MUL_INT      (exit @8)
              12  _GUARD_BOTH_INT         (exit @9)
              13  _BINARY_OP_ADD_INT      (exit @9)
              14  _CHECK_LOCAL_BOUND     2  (exit @10)
              15  _STORE_FAST            1
              16  _LOAD_FAST             2
              17  _LOAD_CONST_INLINE     1
              18  _GUARD_BOTH_INT         (exit @12)
              19  _BINARY_OP_ADD_INT      (exit @12)
              20  _STORE_FAST            2
              21  _CHECK_EVAL_BREAKER     (exit @14)
              22  _JUMP_TO_TOP

            -- optimized (18 uops, loop from 3)
               0  _GUARD_LOCAL_INT       0  (exit @4)
               1  _GUARD_LOCAL_INT       1  (exit @4)
               2  _GUARD_LOCAL_INT       2  (exit @4)
               3  _LOAD_FAST_NOREF       2
               4  _LOAD_FAST_NOREF       0
               5  _GUARD_CMP_INT_LT      1  (else @15, exit @5)
               6  _LOAD_FAST_NOREF       1
               7  _LOAD_FAST_NOREF       2
               8  _LOAD_CONST_INLINE_NOREF 2
               9  _BINARY_OP_MUL_INT      (exit @8)
              10  _BINARY_OP_ADD_INT      (exit @9)
              11  _STORE_FAST_NOREF      1
              12  _LOAD_FAST_NOREF       2
              13  _LOAD_CONST_INLINE_NOREF 1
              14  _BINARY_OP_ADD_INT      (exit @12)
              15  _STORE_FAST_NOREF      2
              16  _CHECK_EVAL_BREAKER     (exit @14)
              17  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn float_range_loop() {
    check(
        "float_range",
        "
def g(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x + y * 0.5
        y = y - x / 4.0
    return x
print(g(1000))
",
        expect![[r#"
            output: -0.5875031934354888
            trace 0: g:5

            -- projected (24 uops)
               0  _FOR_ITER_RANGE         (end @19, exit @8)
               1  _CHECK_LOCAL_BOUND     1  (exit @9)
               2  _STORE_FAST            3
               3  _LOAD_FAST             1
               4  _CHECK_LOCAL_BOUND     2  (exit @10)
               5  _LOAD_FAST             2
               6  _LOAD_CONST_INLINE     0.5
               7  _GUARD_BOTH_FLOAT       (exit @11)
               8  _BINARY_OP_MUL_FLOAT
               9  _GUARD_BOTH_FLOAT       (exit @12)
              10  _BINARY_OP_ADD_FLOAT
              11  _CHECK_LOCAL_BOUND     2  (exit @13)
              12  _STORE_FAST            1
              13  _LOAD_FAST             2
              14  _CHECK_LOCAL_BOUND     1  (exit @14)
              15  _LOAD_FAST             1
              16  _LOAD_CONST_INLINE     4.0
              17  _GUARD_BOTH_FLOAT       (exit @15)
              18  _BINARY_OP_DIV_FLOAT    (exit @15)
              19  _GUARD_BOTH_FLOAT       (exit @16)
              20  _BINARY_OP_SUB_FLOAT
              21  _STORE_FAST            2
              22  _CHECK_EVAL_BREAKER     (exit @18)
              23  _JUMP_TO_TOP

            -- optimized (19 uops, loop from 3)
               0  _GUARD_LOCAL_FLOAT     1  (exit @8)
               1  _GUARD_LOCAL_FLOAT     2  (exit @8)
               2  _GUARD_LOCAL_INT       3  (exit @8)
               3  _FOR_ITER_RANGE         (end @19, exit @8)
               4  _STORE_FAST_NOREF      3
               5  _LOAD_FAST_NOREF       1
               6  _LOAD_FAST_NOREF       2
               7  _LOAD_CONST_INLINE_NOREF 0.5
               8  _BINARY_OP_MUL_FLOAT
               9  _BINARY_OP_ADD_FLOAT
              10  _STORE_FAST_NOREF      1
              11  _LOAD_FAST_NOREF       2
              12  _LOAD_FAST_NOREF       1
              13  _LOAD_CONST_INLINE_NOREF 4.0
              14  _BINARY_OP_DIV_FLOAT    (exit @15)
              15  _BINARY_OP_SUB_FLOAT
              16  _STORE_FAST_NOREF      2
              17  _CHECK_EVAL_BREAKER     (exit @18)
              18  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn enumerate_loop() {
    // The step and the unpacking are one micro-op: no tuple is built, and
    // the count is known to be an int.
    check(
        "enumerate",
        "
def weighted(u):
    s = 0.0
    for j, x in enumerate(u):
        s = s + j * x
    return s
print(weighted([0.5] * 1000))
",
        expect![[r#"
            output: 249750.0
            trace 0: weighted:4

            -- projected (15 uops)
               0  _FOR_ITER_ENUMERATE     (end @15, exit @6)
               1  _STORE_FAST            2
               2  _CHECK_LOCAL_BOUND     1  (exit @9)
               3  _STORE_FAST            3
               4  _LOAD_FAST             1
               5  _CHECK_LOCAL_BOUND     2  (exit @10)
               6  _CHECK_LOCAL_BOUND     3  (exit @10)
               7  _LOAD_FAST             2
               8  _LOAD_FAST             3
               9  _BINARY_OP_NUM_MUL     2  (error @11)
              10  _GUARD_BOTH_FLOAT       (exit @12)
              11  _BINARY_OP_ADD_FLOAT
              12  _STORE_FAST            1
              13  _CHECK_EVAL_BREAKER     (exit @14)
              14  _JUMP_TO_TOP

            -- optimized (15 uops, loop from 3)
               0  _GUARD_LOCAL_FLOAT     1  (exit @6)
               1  _GUARD_LOCAL_INT       2  (exit @6)
               2  _CHECK_LOCAL_BOUND     3  (exit @6)
               3  _FOR_ITER_ENUMERATE     (end @15, exit @6)
               4  _STORE_FAST_NOREF      2
               5  _STORE_FAST            3
               6  _LOAD_FAST_NOREF       1
               7  _LOAD_FAST_NOREF       2
               8  _LOAD_FAST             3
               9  _BINARY_OP_NUM_MUL     2  (error @11)
              10  _GUARD_TOS_FLOAT        (exit @12)
              11  _BINARY_OP_ADD_FLOAT
              12  _STORE_FAST_NOREF      1
              13  _CHECK_EVAL_BREAKER     (exit @14)
              14  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn augmented_subscript() {
    // `acc[0] += i`: the copies and swaps around the read and the write are
    // gone, fused into _BINARY_SUBSCR_KEEP and _STORE_SUBSCR_UNDER.
    check(
        "augmented_subscript",
        "
def total(n):
    acc = [0]
    for i in range(n):
        acc[0] += i
    return acc[0]
print(total(1000))
",
        expect![[r#"
            output: 499500
            trace 0: total:4

            -- projected (13 uops)
               0  _FOR_ITER_RANGE         (end @19, exit @7)
               1  _CHECK_LOCAL_BOUND     1  (exit @8)
               2  _STORE_FAST            2
               3  _LOAD_FAST             1
               4  _LOAD_CONST_INLINE     0
               5  _BINARY_SUBSCR_KEEP_LIST_INT  (exit @10)
               6  _CHECK_LOCAL_BOUND     2  (exit @13)
               7  _LOAD_FAST             2
               8  _GUARD_BOTH_INT         (exit @14)
               9  _BINARY_OP_ADD_INT      (exit @14)
              10  _STORE_SUBSCR_UNDER_LIST_INT  (exit @15)
              11  _CHECK_EVAL_BREAKER     (exit @18)
              12  _JUMP_TO_TOP

            -- optimized (13 uops, loop from 2)
               0  _CHECK_LOCAL_BOUND     1  (exit @7)
               1  _GUARD_LOCAL_INT       2  (exit @7)
               2  _FOR_ITER_RANGE         (end @19, exit @7)
               3  _STORE_FAST_NOREF      2
               4  _LOAD_FAST             1
               5  _LOAD_CONST_INLINE_NOREF 0
               6  _BINARY_SUBSCR_KEEP_LIST_CONST 0  (exit @10)
               7  _LOAD_FAST_NOREF       2
               8  _GUARD_NOS_INT          (exit @14)
               9  _BINARY_OP_ADD_INT      (exit @14)
              10  _STORE_SUBSCR_UNDER_LIST_CONST 0  (exit @15)
              11  _CHECK_EVAL_BREAKER     (exit @18)
              12  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn float_locals_fused() {
    // `d = a - b` with a and b fresh from an unpacking (types unknown): the
    // loads, the float guard and the subtraction become one micro-op that
    // checks both locals and leaves at the first load; `d * d`, on a local
    // known to be a float, needs no check at all.
    check(
        "float_locals_fused",
        "
def spread(pairs):
    t = 0.0
    for a, b in pairs:
        d = a - b
        t += d * d
    return t
print(spread([(2.0, 0.5), (1.0, 3.5)] * 150))
",
        expect![[r#"
            output: 1275.0
            trace 0: spread:4

            -- projected (24 uops)
               0  _FOR_ITER_SEQ           (end @15, exit @3)
               1  _UNPACK_SEQUENCE_TWO   2  (error @4)
               2  _STORE_FAST            2
               3  _CHECK_LOCAL_BOUND     2  (exit @6)
               4  _STORE_FAST            3
               5  _LOAD_FAST             2
               6  _CHECK_LOCAL_BOUND     3  (exit @7)
               7  _LOAD_FAST             3
               8  _GUARD_BOTH_FLOAT       (exit @8)
               9  _BINARY_OP_SUB_FLOAT
              10  _CHECK_LOCAL_BOUND     1  (exit @9)
              11  _STORE_FAST            4
              12  _LOAD_FAST             1
              13  _CHECK_LOCAL_BOUND     4  (exit @10)
              14  _CHECK_LOCAL_BOUND     4  (exit @10)
              15  _LOAD_FAST             4
              16  _LOAD_FAST             4
              17  _GUARD_BOTH_FLOAT       (exit @11)
              18  _BINARY_OP_MUL_FLOAT
              19  _GUARD_BOTH_FLOAT       (exit @12)
              20  _BINARY_OP_ADD_FLOAT
              21  _STORE_FAST            1
              22  _CHECK_EVAL_BREAKER     (exit @14)
              23  _JUMP_TO_TOP

            -- optimized (15 uops, loop from 4)
               0  _GUARD_LOCAL_FLOAT     1  (exit @3)
               1  _GUARD_LOCAL_FLOAT     2  (exit @3)
               2  _GUARD_LOCAL_FLOAT     3  (exit @3)
               3  _GUARD_LOCAL_FLOAT     4  (exit @3)
               4  _FOR_ITER_SEQ           (end @15, exit @3)
               5  _UNPACK_SEQUENCE_TWO   2  (error @4)
               6  _STORE_FAST_NOREF      2
               7  _STORE_FAST_NOREF      3
               8  _BINARY_OP_SUB_FLOAT_LL_GUARD_STORE  (exit @8)
               9  _LOAD_FAST_NOREF       1
              10  _BINARY_OP_MUL_FLOAT_LL locals 4 4
              11  _BINARY_OP_ADD_FLOAT
              12  _STORE_FAST_NOREF      1
              13  _CHECK_EVAL_BREAKER     (exit @14)
              14  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn branch_in_loop() {
    check(
        "branch",
        "
def h(n):
    a = 0
    i = 0
    while i < n:
        if i < 10:
            a = a + 1
        else:
            a = a - 1
        i = i + 1
    return a
print(h(1000))
",
        expect![[r#"
            output: -980
            trace 0: h:5

            -- projected (23 uops)
               0  _CHECK_LOCAL_BOUND     2  (exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @4)
               2  _LOAD_FAST             2
               3  _LOAD_FAST             0
               4  _COMPARE_JUMP_LT       1  (else @19, exit @5)
               5  _CHECK_LOCAL_BOUND     2  (exit @6)
               6  _LOAD_FAST             2
               7  _LOAD_CONST_INLINE     10
               8  _COMPARE_JUMP_LT       1  (else @12, exit @7)
               9  _CHECK_LOCAL_BOUND     1  (exit @8)
              10  _LOAD_FAST             1
              11  _LOAD_CONST_INLINE     1
              12  _GUARD_BOTH_INT         (exit @9)
              13  _BINARY_OP_ADD_INT      (exit @9)
              14  _STORE_FAST            1
              15  _CHECK_LOCAL_BOUND     2  (exit @15)
              16  _LOAD_FAST             2
              17  _LOAD_CONST_INLINE     1
              18  _GUARD_BOTH_INT         (exit @16)
              19  _BINARY_OP_ADD_INT      (exit @16)
              20  _STORE_FAST            2
              21  _CHECK_EVAL_BREAKER     (exit @18)
              22  _JUMP_TO_TOP

            -- optimized (19 uops, loop from 3)
               0  _GUARD_LOCAL_INT       0  (exit @4)
               1  _GUARD_LOCAL_INT       1  (exit @4)
               2  _GUARD_LOCAL_INT       2  (exit @4)
               3  _LOAD_FAST_NOREF       2
               4  _LOAD_FAST_NOREF       0
               5  _GUARD_CMP_INT_LT      1  (else @19, exit @5)
               6  _LOAD_FAST_NOREF       2
               7  _LOAD_CONST_INLINE_NOREF 10
               8  _GUARD_CMP_INT_LT      1  (else @12, exit @7)
               9  _LOAD_FAST_NOREF       1
              10  _LOAD_CONST_INLINE_NOREF 1
              11  _BINARY_OP_ADD_INT      (exit @9)
              12  _STORE_FAST_NOREF      1
              13  _LOAD_FAST_NOREF       2
              14  _LOAD_CONST_INLINE_NOREF 1
              15  _BINARY_OP_ADD_INT      (exit @16)
              16  _STORE_FAST_NOREF      2
              17  _CHECK_EVAL_BREAKER     (exit @18)
              18  _JUMP_TO_TOP

            trace 1: h:5

            -- projected (23 uops)
               0  _CHECK_LOCAL_BOUND     2  (exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @4)
               2  _LOAD_FAST             2
               3  _LOAD_FAST             0
               4  _COMPARE_JUMP_LT       1  (else @19, exit @5)
               5  _CHECK_LOCAL_BOUND     2  (exit @6)
               6  _LOAD_FAST             2
               7  _LOAD_CONST_INLINE     10
               8  _COMPARE_JUMP_LT       0  (else @8, exit @7)
               9  _CHECK_LOCAL_BOUND     1  (exit @12)
              10  _LOAD_FAST             1
              11  _LOAD_CONST_INLINE     1
              12  _GUARD_BOTH_INT         (exit @13)
              13  _BINARY_OP_SUB_INT      (exit @13)
              14  _STORE_FAST            1
              15  _CHECK_LOCAL_BOUND     2  (exit @15)
              16  _LOAD_FAST             2
              17  _LOAD_CONST_INLINE     1
              18  _GUARD_BOTH_INT         (exit @16)
              19  _BINARY_OP_ADD_INT      (exit @16)
              20  _STORE_FAST            2
              21  _CHECK_EVAL_BREAKER     (exit @18)
              22  _JUMP_TO_TOP

            -- optimized (19 uops, loop from 3)
               0  _GUARD_LOCAL_INT       0  (exit @4)
               1  _GUARD_LOCAL_INT       1  (exit @4)
               2  _GUARD_LOCAL_INT       2  (exit @4)
               3  _LOAD_FAST_NOREF       2
               4  _LOAD_FAST_NOREF       0
               5  _GUARD_CMP_INT_LT      1  (else @19, exit @5)
               6  _LOAD_FAST_NOREF       2
               7  _LOAD_CONST_INLINE_NOREF 10
               8  _GUARD_CMP_INT_LT      0  (else @8, exit @7)
               9  _LOAD_FAST_NOREF       1
              10  _LOAD_CONST_INLINE_NOREF 1
              11  _BINARY_OP_SUB_INT      (exit @13)
              12  _STORE_FAST_NOREF      1
              13  _LOAD_FAST_NOREF       2
              14  _LOAD_CONST_INLINE_NOREF 1
              15  _BINARY_OP_ADD_INT      (exit @16)
              16  _STORE_FAST_NOREF      2
              17  _CHECK_EVAL_BREAKER     (exit @18)
              18  _JUMP_TO_TOP

        "#]],
    );
}

/// A hot function gets a trace of its body, from its start to the return
/// (which the interpreter executes); a loop's trace calls it inline: the
/// callee's frame pushed by `_PUSH_FRAME` under a `_GUARD_CALLABLE`, its
/// body projected into the trace, `_RETURN_VALUE` back to the loop, where
/// the result's type is known (one guard fewer after the call).
#[test]
fn function_trace() {
    check(
        "function",
        "
def area(w, h):
    s = w * h
    if s > 100:
        s = s - 1
    t = s + w + h
    return t * 2
total = 0
for k in range(20):
    total = total + area(k, 3)
print(total)
",
        expect![[r#"
            output: 1640
            trace 0: area:3

            -- projected (31 uops)
               0  _CHECK_LOCAL_BOUND     0  (exit @0)
               1  _CHECK_LOCAL_BOUND     1  (exit @0)
               2  _LOAD_FAST             0
               3  _LOAD_FAST             1
               4  _GUARD_BOTH_INT         (exit @1)
               5  _BINARY_OP_MUL_INT      (exit @1)
               6  _STORE_FAST            2
               7  _LOAD_FAST             2
               8  _LOAD_CONST_INLINE     100
               9  _COMPARE_JUMP_GT       1  (else @8, exit @4)
              10  _CHECK_LOCAL_BOUND     2  (exit @5)
              11  _LOAD_FAST             2
              12  _LOAD_CONST_INLINE     1
              13  _BINARY_OP_NUM_SUB     1  (error @6)
              14  _STORE_FAST            2
              15  _CHECK_LOCAL_BOUND     2  (exit @8)
              16  _CHECK_LOCAL_BOUND     0  (exit @8)
              17  _LOAD_FAST             2
              18  _LOAD_FAST             0
              19  _GUARD_BOTH_INT         (exit @9)
              20  _BINARY_OP_ADD_INT      (exit @9)
              21  _CHECK_LOCAL_BOUND     1  (exit @10)
              22  _LOAD_FAST             1
              23  _GUARD_BOTH_INT         (exit @11)
              24  _BINARY_OP_ADD_INT      (exit @11)
              25  _STORE_FAST            3
              26  _LOAD_FAST             3
              27  _LOAD_CONST_INLINE     2
              28  _GUARD_BOTH_INT         (exit @14)
              29  _BINARY_OP_MUL_INT      (exit @14)
              30  _EXIT_TRACE            -> @15

            -- optimized (25 uops)
               0  _CHECK_LOCAL_BOUND     0  (exit @0)
               1  _CHECK_LOCAL_BOUND     1  (exit @0)
               2  _LOAD_FAST             0
               3  _LOAD_FAST             1
               4  _GUARD_BOTH_INT         (exit @1)
               5  _BINARY_OP_MUL_INT      (exit @1)
               6  _STORE_FAST            2
               7  _LOAD_FAST_NOREF       2
               8  _LOAD_CONST_INLINE_NOREF 100
               9  _GUARD_CMP_INT_GT      1  (else @8, exit @4)
              10  _LOAD_FAST_NOREF       2
              11  _LOAD_CONST_INLINE_NOREF 1
              12  _BINARY_OP_NUM_SUB     1  (error @6)
              13  _STORE_FAST_NOREF      2
              14  _LOAD_FAST             2
              15  _LOAD_FAST_NOREF       0
              16  _GUARD_NOS_INT          (exit @9)
              17  _BINARY_OP_ADD_INT      (exit @9)
              18  _LOAD_FAST_NOREF       1
              19  _BINARY_OP_ADD_INT      (exit @11)
              20  _STORE_FAST            3
              21  _LOAD_FAST_NOREF       3
              22  _LOAD_CONST_INLINE_NOREF 2
              23  _BINARY_OP_MUL_INT      (exit @14)
              24  _EXIT_TRACE            -> @15

            trace 1: <module>:9

            -- projected (48 uops)
               0  _FOR_ITER_RANGE         (end @19, exit @9)
               1  _STORE_GLOBAL          k  (error @10)
               2  _GUARD_DICT_VERSION    vN     (exit @11)
               3  _LOAD_DICT_ENTRY       [5]  (exit @11)
               4  _GUARD_DICT_VERSION    vN     (exit @12)
               5  _LOAD_DICT_ENTRY       [4]  (exit @12)
               6  _PUSH_NULL
               7  _GUARD_DICT_VERSION    vN     (exit @13)
               8  _LOAD_DICT_ENTRY       [6]  (exit @13)
               9  _LOAD_CONST_INLINE     3
              10  _GUARD_CALLABLE        area/2  (exit @15)
              11  _PUSH_FRAME            area/2  (exit @15)
              12  _CHECK_LOCAL_BOUND     0  (exit @0)
              13  _CHECK_LOCAL_BOUND     1  (exit @0)
              14  _LOAD_FAST             0
              15  _LOAD_FAST             1
              16  _GUARD_BOTH_INT         (exit @1)
              17  _BINARY_OP_MUL_INT      (exit @1)
              18  _STORE_FAST            2
              19  _LOAD_FAST             2
              20  _LOAD_CONST_INLINE     100
              21  _COMPARE_JUMP_GT       1  (else @8, exit @4)
              22  _CHECK_LOCAL_BOUND     2  (exit @5)
              23  _LOAD_FAST             2
              24  _LOAD_CONST_INLINE     1
              25  _BINARY_OP_NUM_SUB     1  (error @6)
              26  _STORE_FAST            2
              27  _CHECK_LOCAL_BOUND     2  (exit @8)
              28  _CHECK_LOCAL_BOUND     0  (exit @8)
              29  _LOAD_FAST             2
              30  _LOAD_FAST             0
              31  _GUARD_BOTH_INT         (exit @9)
              32  _BINARY_OP_ADD_INT      (exit @9)
              33  _CHECK_LOCAL_BOUND     1  (exit @10)
              34  _LOAD_FAST             1
              35  _GUARD_BOTH_INT         (exit @11)
              36  _BINARY_OP_ADD_INT      (exit @11)
              37  _STORE_FAST            3
              38  _LOAD_FAST             3
              39  _LOAD_CONST_INLINE     2
              40  _GUARD_BOTH_INT         (exit @14)
              41  _BINARY_OP_MUL_INT      (exit @14)
              42  _RETURN_VALUE
              43  _GUARD_BOTH_INT         (exit @16)
              44  _BINARY_OP_ADD_INT      (exit @16)
              45  _STORE_GLOBAL          total  (error @17)
              46  _CHECK_EVAL_BREAKER     (exit @18)
              47  _JUMP_TO_TOP

            -- optimized (38 uops, loop from 0)
               0  _FOR_ITER_RANGE         (end @19, exit @9)
               1  _STORE_GLOBAL          k  (error @10)
               2  _GUARD_DICT_VERSION    vN     (exit @11)
               3  _LOAD_DICT_ENTRY       [5]  (exit @11)
               4  _LOAD_DICT_ENTRY       [4]  (exit @12)
               5  _PUSH_NULL
               6  _LOAD_DICT_ENTRY       [6]  (exit @13)
               7  _LOAD_CONST_INLINE_NOREF 3
               8  _GUARD_CALLABLE        area/2  (exit @15)
               9  _PUSH_FRAME            area/2  (exit @15)
              10  _LOAD_FAST             0
              11  _LOAD_FAST_NOREF       1
              12  _GUARD_NOS_INT          (exit @1)
              13  _BINARY_OP_MUL_INT      (exit @1)
              14  _STORE_FAST_NOREF      2
              15  _LOAD_FAST_NOREF       2
              16  _LOAD_CONST_INLINE_NOREF 100
              17  _GUARD_CMP_INT_GT      1  (else @8, exit @4)
              18  _LOAD_FAST_NOREF       2
              19  _LOAD_CONST_INLINE_NOREF 1
              20  _BINARY_OP_NUM_SUB     1  (error @6)
              21  _STORE_FAST_NOREF      2
              22  _LOAD_FAST             2
              23  _LOAD_FAST_NOREF       0
              24  _GUARD_NOS_INT          (exit @9)
              25  _BINARY_OP_ADD_INT      (exit @9)
              26  _LOAD_FAST_NOREF       1
              27  _BINARY_OP_ADD_INT      (exit @11)
              28  _STORE_FAST_NOREF      3
              29  _LOAD_FAST_NOREF       3
              30  _LOAD_CONST_INLINE_NOREF 2
              31  _BINARY_OP_MUL_INT      (exit @14)
              32  _RETURN_VALUE_HELD_LOCALS
              33  _GUARD_NOS_INT          (exit @16)
              34  _BINARY_OP_ADD_INT      (exit @16)
              35  _STORE_GLOBAL          total  (error @17)
              36  _CHECK_EVAL_BREAKER     (exit @18)
              37  _JUMP_TO_TOP

        "#]],
    );
}

/// The dump's machine-code section lists every stencil at its address, with
/// its disassembly from the tables.
/// A method call in a loop: the method cache becomes `_GUARD_INSTANCE` and
/// `_LOAD_METHOD_CONST` (the method a constant), so the optimizer knows the
/// callable and drops `_GUARD_CALLABLE`; the method's body is inlined, its
/// attribute reads of `self` read the local in place, the first under the
/// shape guard and the others, knowing the shape, with none; and the float
/// it returns needs no guard in the caller.
#[test]
fn method_call_inlined() {
    check(
        "method",
        "
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
def total(ps):
    t = 0.0
    for p in ps:
        t = t + p.norm2()
    return t
print(total([P(i * 0.5, 1.5) for i in range(40)]))
",
        expect![[r#"
            output: 5225.0
            trace 0: P.__init__:4

            -- projected (13 uops)
               0  _CHECK_LOCAL_BOUND     1  (exit @0)
               1  _CHECK_LOCAL_BOUND     0  (exit @0)
               2  _LOAD_FAST             1
               3  _LOAD_FAST             0
               4  _GUARD_INSTANCE         (exit @1)
               5  _STORE_ATTR_INSTANCE_ADD 0  (exit @1)
               6  _CHECK_LOCAL_BOUND     2  (exit @2)
               7  _CHECK_LOCAL_BOUND     0  (exit @2)
               8  _LOAD_FAST             2
               9  _LOAD_FAST             0
              10  _GUARD_INSTANCE         (exit @3)
              11  _STORE_ATTR_INSTANCE_ADD 1  (exit @3)
              12  _EXIT_TRACE            -> @4

            -- optimized (11 uops)
               0  _CHECK_LOCAL_BOUND     1  (exit @0)
               1  _CHECK_LOCAL_BOUND     0  (exit @0)
               2  _LOAD_FAST             1
               3  _LOAD_FAST             0
               4  _GUARD_INSTANCE         (exit @1)
               5  _STORE_ATTR_INSTANCE_ADD 0  (exit @1)
               6  _CHECK_LOCAL_BOUND     2  (exit @2)
               7  _LOAD_FAST             2
               8  _LOAD_FAST             0
               9  _STORE_ATTR_INSTANCE_ADD 1  (exit @3)
              10  _EXIT_TRACE            -> @4

            trace 1: <listcomp>:13

            -- projected (29 uops)
               0  _FOR_ITER_RANGE         (end @11, exit @2)
               1  _STORE_FAST            1
               2  _GUARD_DICT_VERSION    vN     (exit @4)
               3  _LOAD_DICT_ENTRY       [4]  (exit @4)
               4  _PUSH_NULL
               5  _CHECK_LOCAL_BOUND     1  (exit @5)
               6  _LOAD_FAST             1
               7  _LOAD_CONST_INLINE     0.5
               8  _BINARY_OP_NUM_MUL     2  (error @6)
               9  _LOAD_CONST_INLINE     1.5
              10  _GUARD_CLASS_VERSION   2  (exit @8)
              11  _PUSH_INIT_FRAME       P.__init__/2  (exit @8)
              12  _CHECK_LOCAL_BOUND     1  (exit @0)
              13  _CHECK_LOCAL_BOUND     0  (exit @0)
              14  _LOAD_FAST             1
              15  _LOAD_FAST             0
              16  _GUARD_INSTANCE         (exit @1)
              17  _STORE_ATTR_INSTANCE_ADD 0  (exit @1)
              18  _CHECK_LOCAL_BOUND     2  (exit @2)
              19  _CHECK_LOCAL_BOUND     0  (exit @2)
              20  _LOAD_FAST             2
              21  _LOAD_FAST             0
              22  _GUARD_INSTANCE         (exit @3)
              23  _STORE_ATTR_INSTANCE_ADD 1  (exit @3)
              24  _LOAD_CONST_INLINE     None
              25  _RETURN_INIT            (error @4)
              26  _LIST_APPEND           2  (error @9)
              27  _CHECK_EVAL_BREAKER     (exit @10)
              28  _JUMP_TO_TOP

            -- optimized (24 uops, loop from 1)
               0  _GUARD_LOCAL_INT       1  (exit @2)
               1  _FOR_ITER_RANGE         (end @11, exit @2)
               2  _STORE_FAST_NOREF      1
               3  _GUARD_DICT_VERSION    vN     (exit @4)
               4  _LOAD_DICT_ENTRY       [4]  (exit @4)
               5  _PUSH_NULL
               6  _LOAD_FAST_NOREF       1
               7  _LOAD_CONST_INLINE_NOREF 0.5
               8  _INT_TO_FLOAT_NOS
               9  _BINARY_OP_MUL_FLOAT
              10  _LOAD_CONST_INLINE_NOREF 1.5
              11  _GUARD_CLASS_VERSION   2  (exit @8)
              12  _PUSH_INIT_FRAME       P.__init__/2  (exit @8)
              13  _LOAD_FAST_NOREF       1
              14  _LOAD_FAST             0
              15  _STORE_ATTR_INSTANCE_ADD 0  (exit @1)
              16  _LOAD_FAST_NOREF       2
              17  _LOAD_FAST             0
              18  _STORE_ATTR_INSTANCE_ADD 1  (exit @3)
              19  _LOAD_CONST_INLINE_NOREF None
              20  _RETURN_INIT_HELD       (error @4)
              21  _LIST_APPEND           2  (error @9)
              22  _CHECK_EVAL_BREAKER     (exit @10)
              23  _JUMP_TO_TOP

            trace 2: P.norm2:7

            -- projected (19 uops)
               0  _CHECK_LOCAL_BOUND     0  (exit @0)
               1  _LOAD_FAST             0
               2  _LOAD_ATTR_INSTANCE     (exit @1)
               3  _CHECK_LOCAL_BOUND     0  (exit @2)
               4  _LOAD_FAST             0
               5  _LOAD_ATTR_INSTANCE     (exit @3)
               6  _GUARD_BOTH_FLOAT       (exit @4)
               7  _BINARY_OP_MUL_FLOAT
               8  _CHECK_LOCAL_BOUND     0  (exit @5)
               9  _LOAD_FAST             0
              10  _LOAD_ATTR_INSTANCE     (exit @6)
              11  _CHECK_LOCAL_BOUND     0  (exit @7)
              12  _LOAD_FAST             0
              13  _LOAD_ATTR_INSTANCE     (exit @8)
              14  _GUARD_BOTH_FLOAT       (exit @9)
              15  _BINARY_OP_MUL_FLOAT
              16  _GUARD_BOTH_FLOAT       (exit @10)
              17  _BINARY_OP_ADD_FLOAT
              18  _EXIT_TRACE            -> @11

            -- optimized (11 uops)
               0  _CHECK_LOCAL_BOUND     0  (exit @0)
               1  _LOAD_ATTR_INSTANCE_LOCAL local 0 slot 0  (exit @1)
               2  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @3)
               3  _GUARD_BOTH_FLOAT       (exit @4)
               4  _BINARY_OP_MUL_FLOAT
               5  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @6)
               6  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @8)
               7  _GUARD_BOTH_FLOAT       (exit @9)
               8  _BINARY_OP_MUL_FLOAT
               9  _BINARY_OP_ADD_FLOAT
              10  _EXIT_TRACE            -> @11

            trace 3: total:10

            -- projected (34 uops)
               0  _FOR_ITER_SEQ           (end @11, exit @3)
               1  _CHECK_LOCAL_BOUND     1  (exit @4)
               2  _STORE_FAST            2
               3  _LOAD_FAST             1
               4  _CHECK_LOCAL_BOUND     2  (exit @5)
               5  _LOAD_FAST             2
               6  _GUARD_INSTANCE         (exit @6)
               7  _LOAD_METHOD_CONST
               8  _GUARD_CALLABLE        P.norm2/0+self  (exit @7)
               9  _PUSH_FRAME            P.norm2/0+self  (exit @7)
              10  _CHECK_LOCAL_BOUND     0  (exit @0)
              11  _LOAD_FAST             0
              12  _LOAD_ATTR_INSTANCE     (exit @1)
              13  _CHECK_LOCAL_BOUND     0  (exit @2)
              14  _LOAD_FAST             0
              15  _LOAD_ATTR_INSTANCE     (exit @3)
              16  _GUARD_BOTH_FLOAT       (exit @4)
              17  _BINARY_OP_MUL_FLOAT
              18  _CHECK_LOCAL_BOUND     0  (exit @5)
              19  _LOAD_FAST             0
              20  _LOAD_ATTR_INSTANCE     (exit @6)
              21  _CHECK_LOCAL_BOUND     0  (exit @7)
              22  _LOAD_FAST             0
              23  _LOAD_ATTR_INSTANCE     (exit @8)
              24  _GUARD_BOTH_FLOAT       (exit @9)
              25  _BINARY_OP_MUL_FLOAT
              26  _GUARD_BOTH_FLOAT       (exit @10)
              27  _BINARY_OP_ADD_FLOAT
              28  _RETURN_VALUE
              29  _GUARD_BOTH_FLOAT       (exit @8)
              30  _BINARY_OP_ADD_FLOAT
              31  _STORE_FAST            1
              32  _CHECK_EVAL_BREAKER     (exit @10)
              33  _JUMP_TO_TOP

            -- optimized (23 uops, loop from 2)
               0  _GUARD_LOCAL_FLOAT     1  (exit @3)
               1  _CHECK_LOCAL_BOUND     2  (exit @3)
               2  _FOR_ITER_SEQ           (end @11, exit @3)
               3  _STORE_FAST            2
               4  _LOAD_FAST_NOREF       1
               5  _LOAD_FAST             2
               6  _GUARD_INSTANCE         (exit @6)
               7  _LOAD_METHOD_CONST
               8  _PUSH_FRAME            P.norm2/0+self  (exit @7)
               9  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @1)
              10  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @3)
              11  _GUARD_BOTH_FLOAT       (exit @4)
              12  _BINARY_OP_MUL_FLOAT
              13  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @6)
              14  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @8)
              15  _GUARD_BOTH_FLOAT       (exit @9)
              16  _BINARY_OP_MUL_FLOAT
              17  _BINARY_OP_ADD_FLOAT
              18  _RETURN_VALUE_HELD
              19  _BINARY_OP_ADD_FLOAT
              20  _STORE_FAST_NOREF      1
              21  _CHECK_EVAL_BREAKER     (exit @10)
              22  _JUMP_TO_TOP

        "#]],
    );
}

/// A branch that goes both ways: the loop is projected along one side,
/// re-projected along the other when its exits get hot, and when those get
/// hot too the branch is settled: the side that left less often stays, and
/// the exit to the other side gets a side trace, compiled from the exit's
/// pc to the back edge and linked in place of the exit stub, ending with a
/// jump to the loop trace's first micro-op.
#[test]
fn side_trace() {
    let dir = scratch("side");
    let dump = format!("jit-dump={}", dir.display());
    let src = "
def alternate(n):
    a = b = 0
    for i in range(n):
        if i % 2:
            a += i
        else:
            b -= i
    return a, b
print(alternate(3000))
";
    let stdout = run(src, &["-X", "jit-threshold=8", "-X", &dump, "-X", "jit-stats"]);
    assert_eq!(stdout, "(2250000, -2248500)\n");
    let side = optimized_trace(&dir, "side trace");
    expect![[r#"
        trace 2: alternate:4 (side trace from @13)
         (10 uops)
           0  _SET_TRACE             1
           1  _CHECK_LOCAL_BOUND     1  (exit @13)
           2  _CHECK_LOCAL_BOUND     3  (exit @13)
           3  _LOAD_FAST             1
           4  _LOAD_FAST             3
           5  _GUARD_BOTH_INT         (exit @14)
           6  _BINARY_OP_ADD_INT      (exit @14)
           7  _STORE_FAST_NOREF      1
           8  _CHECK_EVAL_BREAKER     (exit @20)
           9  _JUMP_ABSOLUTE         -> parent trace
    "#]]
    .assert_eq(&side);
}

#[test]
fn dump_has_machine_code() {
    let dir = scratch("machine_code");
    let dump = format!("jit-dump={}", dir.display());
    run(
        "def f(n):\n    i = 0\n    while i < n:\n        i = i + 1\n    return i\nprint(f(100))\n",
        &["-X", "jit-threshold=1", "-X", &dump],
    );
    // The loop's trace (the module and `f` get function traces too).
    let text = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|t| t.lines().next().is_some_and(|l| l.ends_with(": f:3")))
        .expect("a trace of f's loop");
    let _ = std::fs::remove_dir_all(&dir);
    let code = text.split("-- machine code at ").nth(1).expect("a machine-code section");
    for name in ["_SHIM", "_CHECK_LOCAL_BOUND", "_JUMP_TO_TOP", "_EXIT_TRACE"] {
        assert!(code.contains(&format!("] {name}")), "{name} missing:\n{code}");
    }
    // The tables' disassembly rides along (llvm-objdump's, with relocations).
    assert!(code.contains("        | ") && code.contains("_JIT_CONTINUE"), "{code}");
    // Slow paths are listed after all of the trace's hot code, each marked
    // cold, with the cold section's disassembly; the hot code jumps there.
    let cold = code.find(" (cold)\n").expect("a cold part");
    let last_hot = code.rfind("] _EXIT_TRACE").expect("an exit stub");
    assert!(last_hot < cold, "{code}");
    assert!(code[..cold].contains(".text.cold") && code[cold..].contains("<.text.cold"), "{code}");
}

/// The stencils a loop's trace is made of, in order (hot code only, the
/// exit stubs left out), as `-X jit-dump` lists them.
fn stencil_names(src: &str, title: &str, extra: &[&str]) -> String {
    let dir = scratch(&format!("stencils{}", extra.len()));
    let dump = format!("jit-dump={}", dir.display());
    let mut args = vec!["-X", &dump];
    args.extend_from_slice(extra);
    run(src, &args);
    let text = dumped_trace(&dir, title);
    let code = text.split("-- machine code at ").nth(1).expect("a machine-code section");
    code.lines()
        .filter(|l| l.starts_with("0x") && !l.ends_with("(cold)"))
        .filter_map(|l| l.split_whitespace().nth(2))
        .filter(|name| !matches!(*name, "_SHIM" | "_EXIT_TRACE" | "_ERROR_EXIT"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Stack caching: values pass from stencil to stencil in registers, each
/// stencil named by the depths it starts and ends at (`_r21`: two cached
/// on entry, one on leaving); a spill goes before a micro-op without cached
/// stencils (here the generic `+=`, `_BINARY_OP_NUM_ADD`) and before the
/// back edge. `-X jit-stack-cache=off` uses the plain stencils throughout.
#[test]
fn stack_cache_stencils() {
    let src = "def f(n, lst):\n    x = 0.5\n    t = 0\n    i = 0\n    while i < n:\n        x = x * 0.5 + 1.0\n        t = t + lst[0] + (i & 3)\n        i = i + 1\n    return x, t\nprint(f(2000, [3]))\n";
    let expected = expect![[r#"
        _GUARD_LOCAL_INT_r00
        _CHECK_LOCAL_BOUND_r00
        _GUARD_LOCAL_FLOAT_r00
        _GUARD_LOCAL_INT_r00
        _GUARD_LOCAL_INT_r00
        _LOAD_FAST_NOREF_r01
        _LOAD_FAST_NOREF_r12
        _GUARD_CMP_INT_LT_r20
        _LOAD_FAST_NOREF_r01
        _LOAD_CONST_INLINE_NOREF_r12
        _BINARY_OP_MUL_FLOAT_r21
        _LOAD_CONST_INLINE_NOREF_r12
        _BINARY_OP_ADD_FLOAT_r21
        _STORE_FAST_NOREF_r10
        _LOAD_FAST_NOREF_r01
        _LOAD_FAST_r12
        _LOAD_CONST_INLINE_NOREF_r22
        _BINARY_SUBSCR_LIST_CONST_r21
        _GUARD_TOS_INT_r11
        _BINARY_OP_ADD_INT_r11
        _LOAD_FAST_NOREF_r12
        _LOAD_CONST_INLINE_NOREF_r22
        _SPILL_2
        _BINARY_OP
        _GUARD_TOS_INT_r01
        _BINARY_OP_ADD_INT_r11
        _STORE_FAST_NOREF_r10
        _LOAD_FAST_NOREF_r01
        _LOAD_CONST_INLINE_NOREF_r12
        _BINARY_OP_ADD_INT_r21
        _STORE_FAST_NOREF_r10
        _CHECK_EVAL_BREAKER_r00
        _JUMP_TO_TOP"#]];
    expected.assert_eq(&stencil_names(src, ": f:5", &[]));
    let expected = expect![[r#"
        _GUARD_LOCAL_INT
        _CHECK_LOCAL_BOUND
        _GUARD_LOCAL_FLOAT
        _GUARD_LOCAL_INT
        _GUARD_LOCAL_INT
        _LOAD_FAST_NOREF
        _LOAD_FAST_NOREF
        _GUARD_CMP_INT_LT
        _LOAD_FAST_NOREF
        _LOAD_CONST_INLINE_NOREF
        _BINARY_OP_MUL_FLOAT
        _LOAD_CONST_INLINE_NOREF
        _BINARY_OP_ADD_FLOAT
        _STORE_FAST_NOREF
        _LOAD_FAST_NOREF
        _LOAD_FAST
        _LOAD_CONST_INLINE_NOREF
        _BINARY_SUBSCR_LIST_CONST
        _GUARD_TOS_INT
        _BINARY_OP_ADD_INT
        _LOAD_FAST_NOREF
        _LOAD_CONST_INLINE_NOREF
        _BINARY_OP
        _GUARD_TOS_INT
        _BINARY_OP_ADD_INT
        _STORE_FAST_NOREF
        _LOAD_FAST_NOREF
        _LOAD_CONST_INLINE_NOREF
        _BINARY_OP_ADD_INT
        _STORE_FAST_NOREF
        _CHECK_EVAL_BREAKER
        _JUMP_TO_TOP"#]];
    expected.assert_eq(&stencil_names(src, ": f:5", &["-X", "jit-stack-cache=off"]));
}

/// While traces are live, no mapping of the process is both writable and
/// executable (read from the process's own /proc/self/maps, by Python code
/// that runs after a trace was compiled and entered).
#[test]
fn no_writable_executable_mapping_while_traces_live() {
    let src = "
def spin(n):
    i = 0
    while i < n:
        i = i + 1
    return i
print(spin(10000))
bad = [l for l in open('/proc/self/maps').read().splitlines() if 'w' in l.split()[1] and 'x' in l.split()[1]]
print(bad)
";
    let out = tessera_command().args(["-X", "jit-stats", "-c", src]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "10000\n[]\n");
    assert!(stderr.contains("traces compiled        1"), "no trace compiled: {stderr}");
}

/// The modes agree, and `-X jit=off` compiles nothing.
#[test]
fn options() {
    let src = "
def f(n):
    i = 0
    s = 0.0
    while i < n:
        s = s + 0.25
        i = i + 1
    return s
print(f(5000))
";
    let off = run(src, &["-X", "jit=off", "-X", "jit-stats"]);
    let on = run(src, &["-X", "jit-threshold=1"]);
    assert_eq!(off, on);
    let out = tessera_command().args(["-X", "jit=off", "-X", "jit-stats", "-c", src]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("traces compiled        0"));
    let bad = tessera_command().args(["-X", "jit=maybe", "-c", "pass"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let bad = tessera_command().args(["-X", "jit-threshold=0", "-c", "pass"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// `-X perf` writes a perf map naming each trace.
#[test]
fn perf_map() {
    let src = "
import os
def f(n):
    i = 0
    while i < n:
        i = i + 1
    return i
f(100)
print(os.getpid())
";
    let pid = run(src, &["-X", "perf", "-X", "jit-threshold=1"]);
    let path = format!("/tmp/perf-{}.map", pid.trim());
    let map = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    for line in map.lines() {
        let parts: Vec<&str> = line.splitn(3, ' ').collect();
        assert!(u64::from_str_radix(parts[0], 16).is_ok() && u64::from_str_radix(parts[1], 16).is_ok(), "{line}");
        assert!(parts[2].starts_with("tessera-jit:"), "{line}");
    }
    // The loop's trace is named by its function and the loop's line.
    assert!(map.lines().any(|l| l.ends_with(" tessera-jit:f:5")), "{map}");
}

/// Nested loops: the outer loop's trace runs the inner loop's first
/// iteration and then jumps into the inner loop's trace (`_JUMP_TO_TRACE`);
/// the inner trace's end, out of its loop, becomes hot and gets a
/// continuation side trace that runs the rest of the outer body and jumps
/// back into the outer loop's trace. After that, iterations do not leave
/// machine code at all.
#[test]
fn loop_transitions() {
    let src = "
def nested(n):
    total = 0
    for i in range(n):
        j = 0
        while j < 20:
            total += j
            j += 1
        total -= i
    return total
print(nested(400))
";
    check(
        "transitions",
        src,
        expect![[r#"
            output: -3800
            trace 0: nested:6

            -- projected (19 uops)
               0  _CHECK_LOCAL_BOUND     3  (exit @10)
               1  _LOAD_FAST             3
               2  _LOAD_CONST_INLINE     20
               3  _COMPARE_JUMP_LT       1  (else @19, exit @11)
               4  _CHECK_LOCAL_BOUND     1  (exit @12)
               5  _CHECK_LOCAL_BOUND     3  (exit @12)
               6  _LOAD_FAST             1
               7  _LOAD_FAST             3
               8  _GUARD_BOTH_INT         (exit @13)
               9  _BINARY_OP_ADD_INT      (exit @13)
              10  _CHECK_LOCAL_BOUND     3  (exit @14)
              11  _STORE_FAST            1
              12  _LOAD_FAST             3
              13  _LOAD_CONST_INLINE     1
              14  _GUARD_BOTH_INT         (exit @16)
              15  _BINARY_OP_ADD_INT      (exit @16)
              16  _STORE_FAST            3
              17  _CHECK_EVAL_BREAKER     (exit @18)
              18  _JUMP_TO_TOP

            -- optimized (15 uops, loop from 2)
               0  _GUARD_LOCAL_INT       1  (exit @10)
               1  _GUARD_LOCAL_INT       3  (exit @10)
               2  _LOAD_FAST_NOREF       3
               3  _LOAD_CONST_INLINE_NOREF 20
               4  _GUARD_CMP_INT_LT      1  (else @19, exit @11)
               5  _LOAD_FAST_NOREF       1
               6  _LOAD_FAST_NOREF       3
               7  _BINARY_OP_ADD_INT      (exit @13)
               8  _STORE_FAST_NOREF      1
               9  _LOAD_FAST_NOREF       3
              10  _LOAD_CONST_INLINE_NOREF 1
              11  _BINARY_OP_ADD_INT      (exit @16)
              12  _STORE_FAST_NOREF      3
              13  _CHECK_EVAL_BREAKER     (exit @18)
              14  _JUMP_TO_TOP

            trace 1: nested:4

            -- projected (23 uops)
               0  _FOR_ITER_RANGE         (end @23, exit @6)
               1  _STORE_FAST            2
               2  _LOAD_CONST_INLINE     0
               3  _STORE_FAST            3
               4  _CHECK_LOCAL_BOUND     3  (exit @10)
               5  _LOAD_FAST             3
               6  _LOAD_CONST_INLINE     20
               7  _COMPARE_JUMP_LT       1  (else @19, exit @11)
               8  _CHECK_LOCAL_BOUND     1  (exit @12)
               9  _CHECK_LOCAL_BOUND     3  (exit @12)
              10  _LOAD_FAST             1
              11  _LOAD_FAST             3
              12  _GUARD_BOTH_INT         (exit @13)
              13  _BINARY_OP_ADD_INT      (exit @13)
              14  _CHECK_LOCAL_BOUND     3  (exit @14)
              15  _STORE_FAST            1
              16  _LOAD_FAST             3
              17  _LOAD_CONST_INLINE     1
              18  _GUARD_BOTH_INT         (exit @16)
              19  _BINARY_OP_ADD_INT      (exit @16)
              20  _STORE_FAST            3
              21  _CHECK_EVAL_BREAKER     (exit @18)
              22  _JUMP_TO_TRACE         -> loop at @18  (exit @18)

            -- optimized (19 uops)
               0  _FOR_ITER_RANGE         (end @23, exit @6)
               1  _STORE_FAST            2
               2  _LOAD_CONST_INLINE_NOREF 0
               3  _STORE_FAST            3
               4  _LOAD_FAST_NOREF       3
               5  _LOAD_CONST_INLINE_NOREF 20
               6  _GUARD_CMP_INT_LT      1  (else @19, exit @11)
               7  _CHECK_LOCAL_BOUND     1  (exit @12)
               8  _LOAD_FAST             1
               9  _LOAD_FAST_NOREF       3
              10  _GUARD_NOS_INT          (exit @13)
              11  _BINARY_OP_ADD_INT      (exit @13)
              12  _STORE_FAST_NOREF      1
              13  _LOAD_FAST_NOREF       3
              14  _LOAD_CONST_INLINE_NOREF 1
              15  _BINARY_OP_ADD_INT      (exit @16)
              16  _STORE_FAST_NOREF      3
              17  _CHECK_EVAL_BREAKER     (exit @18)
              18  _JUMP_TO_TRACE         -> loop at @18  (exit @18)

            trace 2: nested:6 (side trace from @19)

            -- projected (9 uops)
               0  _CHECK_LOCAL_BOUND     1  (exit @19)
               1  _CHECK_LOCAL_BOUND     2  (exit @19)
               2  _LOAD_FAST             1
               3  _LOAD_FAST             2
               4  _GUARD_BOTH_INT         (exit @20)
               5  _BINARY_OP_SUB_INT      (exit @20)
               6  _STORE_FAST            1
               7  _CHECK_EVAL_BREAKER     (exit @22)
               8  _JUMP_TO_TRACE         -> loop at @22  (exit @22)

            -- optimized (10 uops)
               0  _SET_TRACE             2
               1  _CHECK_LOCAL_BOUND     1  (exit @19)
               2  _CHECK_LOCAL_BOUND     2  (exit @19)
               3  _LOAD_FAST             1
               4  _LOAD_FAST             2
               5  _GUARD_BOTH_INT         (exit @20)
               6  _BINARY_OP_SUB_INT      (exit @20)
               7  _STORE_FAST_NOREF      1
               8  _CHECK_EVAL_BREAKER     (exit @22)
               9  _JUMP_TO_TRACE         -> loop at @22  (exit @22)

        "#]],
    );
    // Without the jumps, every outer iteration would leave the inner trace
    // and enter the outer one again from the interpreter: 400 exits or more.
    let out = tessera_command().args(["-X", "jit-threshold=8", "-X", "jit-stats", "-c", src]).output().unwrap();
    let stats = String::from_utf8(out.stderr).unwrap();
    let exits: u64 = stats
        .lines()
        .find_map(|l| l.strip_prefix("jit-stats: exits taken"))
        .and_then(|n| n.trim().parse().ok())
        .expect("an exit count");
    assert!(exits < 150, "{exits} exits:\n{stats}");
}

/// A branch inside a method the loop's trace runs inline goes both ways:
/// the side trace starts in the method's frame, finishes the method
/// (`_RETURN_VALUE` to a caller it knows nothing of) and carries on in the
/// loop to its back edge.
#[test]
fn inlined_side_trace() {
    let dir = scratch("inlined-side");
    let dump = format!("jit-dump={}", dir.display());
    let src = "
class S:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def busy(self):
        return self.a or self.b
def count(states):
    n = 0
    for s in states:
        if s.busy():
            n += 1
    return n
print(count([S(i % 2 == 0, i % 3 == 0) for i in range(3000)]))
";
    let stdout = run(src, &["-X", "jit-threshold=8", "-X", &dump]);
    assert_eq!(stdout, "2000\n");
    let side = optimized_trace(&dir, "side trace from S.busy");
    expect![[r#"
        trace 6: count:10 (side trace from S.busy @5)
         (11 uops)
           0  _SET_TRACE             4
           1  _RETURN_VALUE
           2  _POP_JUMP_IF           1  (else @11, exit @7)
           3  _CHECK_LOCAL_BOUND     1  (exit @8)
           4  _LOAD_FAST             1
           5  _LOAD_CONST_INLINE_NOREF 1
           6  _GUARD_NOS_INT          (exit @9)
           7  _BINARY_OP_ADD_INT      (exit @9)
           8  _STORE_FAST_NOREF      1
           9  _CHECK_EVAL_BREAKER     (exit @11)
          10  _JUMP_ABSOLUTE         -> parent trace
    "#]]
    .assert_eq(&side);
}

/// A compare-and-branch whose site has compared objects: the trace
/// compares by a helper (`_COMPARE_JUMP_GENERIC`, the comparison and the
/// result that stays on the trace) instead of leaving at every iteration.
#[test]
fn compare_objects() {
    check(
        "compare-objects",
        "
def count(xs, marker):
    n = 0
    for x in xs:
        if x != marker:
            n += 1
    return n
print(count(['a', 'b', 'c'] * 10, 'b'))
",
        expect![[r#"
            output: 20
            trace 0: count:4

            -- projected (14 uops)
               0  _FOR_ITER_SEQ           (end @11, exit @3)
               1  _STORE_FAST            3
               2  _LOAD_FAST             3
               3  _CHECK_LOCAL_BOUND     1  (exit @5)
               4  _LOAD_FAST             1
               5  _COMPARE_JUMP_GENERIC  != 1  (else @10, error @6)
               6  _CHECK_LOCAL_BOUND     2  (exit @7)
               7  _LOAD_FAST             2
               8  _LOAD_CONST_INLINE     1
               9  _GUARD_BOTH_INT         (exit @8)
              10  _BINARY_OP_ADD_INT      (exit @8)
              11  _STORE_FAST            2
              12  _CHECK_EVAL_BREAKER     (exit @10)
              13  _JUMP_TO_TOP

            -- optimized (14 uops, loop from 3)
               0  _CHECK_LOCAL_BOUND     1  (exit @3)
               1  _GUARD_LOCAL_INT       2  (exit @3)
               2  _CHECK_LOCAL_BOUND     3  (exit @3)
               3  _FOR_ITER_SEQ           (end @11, exit @3)
               4  _STORE_FAST            3
               5  _LOAD_FAST             3
               6  _LOAD_FAST             1
               7  _COMPARE_JUMP_GENERIC  != 1  (else @10, error @6)
               8  _LOAD_FAST_NOREF       2
               9  _LOAD_CONST_INLINE_NOREF 1
              10  _BINARY_OP_ADD_INT      (exit @8)
              11  _STORE_FAST_NOREF      2
              12  _CHECK_EVAL_BREAKER     (exit @10)
              13  _JUMP_TO_TOP

        "#]],
    );
}

/// A float times a small int constant: the constant's push becomes the
/// float's and the helper's `_BINARY_OP_NUM_MUL` a `_BINARY_OP_MUL_FLOAT`;
/// a constant divisor likewise, and `2 - y`, whose constant is under a
/// plain load of the float.
#[test]
fn float_int_constant() {
    check(
        "float-int-constant",
        "
def f(xs):
    t = 0.0
    for x in xs:
        y = x * 1.5
        t = t + y * 3 / 2 + (2 - y)
    return t
print(f([0.5] * 20))
",
        expect![[r#"
            output: 47.5
            trace 0: f:4

            -- projected (26 uops)
               0  _FOR_ITER_SEQ           (end @19, exit @3)
               1  _STORE_FAST            2
               2  _LOAD_FAST             2
               3  _LOAD_CONST_INLINE     1.5
               4  _GUARD_BOTH_FLOAT       (exit @6)
               5  _BINARY_OP_MUL_FLOAT
               6  _CHECK_LOCAL_BOUND     1  (exit @7)
               7  _STORE_FAST            3
               8  _LOAD_FAST             1
               9  _CHECK_LOCAL_BOUND     3  (exit @8)
              10  _LOAD_FAST             3
              11  _LOAD_CONST_INLINE     3
              12  _BINARY_OP_NUM_MUL     2  (error @9)
              13  _LOAD_CONST_INLINE     2
              14  _BINARY_OP_NUM_TRUEDIV 4  (error @11)
              15  _GUARD_BOTH_FLOAT       (exit @12)
              16  _BINARY_OP_ADD_FLOAT
              17  _LOAD_CONST_INLINE     2
              18  _CHECK_LOCAL_BOUND     3  (exit @14)
              19  _LOAD_FAST             3
              20  _BINARY_OP_NUM_SUB     1  (error @15)
              21  _GUARD_BOTH_FLOAT       (exit @16)
              22  _BINARY_OP_ADD_FLOAT
              23  _STORE_FAST            1
              24  _CHECK_EVAL_BREAKER     (exit @18)
              25  _JUMP_TO_TOP

            -- optimized (24 uops, loop from 3)
               0  _GUARD_LOCAL_FLOAT     1  (exit @3)
               1  _GUARD_LOCAL_FLOAT     2  (exit @3)
               2  _GUARD_LOCAL_FLOAT     3  (exit @3)
               3  _FOR_ITER_SEQ           (end @19, exit @3)
               4  _STORE_FAST_NOREF      2
               5  _LOAD_FAST             2
               6  _LOAD_CONST_INLINE_NOREF 1.5
               7  _GUARD_NOS_FLOAT        (exit @6)
               8  _BINARY_OP_MUL_FLOAT
               9  _STORE_FAST_NOREF      3
              10  _LOAD_FAST_NOREF       1
              11  _LOAD_FAST_NOREF       3
              12  _LOAD_CONST_INLINE_NOREF 3.0
              13  _BINARY_OP_MUL_FLOAT
              14  _LOAD_CONST_INLINE_NOREF 2.0
              15  _BINARY_OP_DIV_FLOAT    (exit @11)
              16  _BINARY_OP_ADD_FLOAT
              17  _LOAD_CONST_INLINE_NOREF 2.0
              18  _LOAD_FAST_NOREF       3
              19  _BINARY_OP_SUB_FLOAT
              20  _BINARY_OP_ADD_FLOAT
              21  _STORE_FAST_NOREF      1
              22  _CHECK_EVAL_BREAKER     (exit @18)
              23  _JUMP_TO_TOP

        "#]],
    );
}

/// Slice assignments from slices: `p[:k + 1] = p[k::-1]` (fannkuch's flip)
/// becomes `_BINARY_SLICE_DEFERRED` .. `_STORE_SLICE_FROM_SLICE` with the
/// int guard on `k` moved before the slice and the addition a number uop;
/// `q[:1] = q[1:] * 1` stores something else than the slice and is left.
#[test]
fn slice_store() {
    check(
        "slice-store",
        "
def f(p, q, n):
    for _ in range(n):
        k = p[0]
        p[:k + 1] = p[k::-1]
        q[:1] = q[1:] * 1
    return p, len(q)
print(f([3, 1, 2, 0], [0, 1], 30))
",
        expect![[r#"
            output: ([0, 2, 1, 3], 2)
            trace 0: f:3

            -- projected (37 uops)
               0  _FOR_ITER_RANGE         (end @25, exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @5)
               2  _STORE_FAST            3
               3  _LOAD_FAST             0
               4  _LOAD_CONST_INLINE     0
               5  _BINARY_SUBSCR_LIST_INT  (exit @7)
               6  _CHECK_LOCAL_BOUND     0  (exit @8)
               7  _STORE_FAST            4
               8  _LOAD_FAST             0
               9  _CHECK_LOCAL_BOUND     4  (exit @9)
              10  _LOAD_FAST             4
              11  _LOAD_CONST_INLINE     None
              12  _LOAD_CONST_INLINE     -1
              13  _BINARY_SLICE          3  (error @11)
              14  _CHECK_LOCAL_BOUND     0  (exit @12)
              15  _LOAD_FAST             0
              16  _LOAD_CONST_INLINE     None
              17  _CHECK_LOCAL_BOUND     4  (exit @13)
              18  _LOAD_FAST             4
              19  _LOAD_CONST_INLINE     1
              20  _GUARD_BOTH_INT         (exit @14)
              21  _BINARY_OP_ADD_INT      (exit @14)
              22  _STORE_SLICE           2  (error @15)
              23  _CHECK_LOCAL_BOUND     1  (exit @16)
              24  _LOAD_FAST             1
              25  _LOAD_CONST_INLINE     1
              26  _LOAD_CONST_INLINE     None
              27  _BINARY_SLICE          2  (error @18)
              28  _LOAD_CONST_INLINE     1
              29  _BINARY_OP_NUM_MUL     2  (error @20)
              30  _CHECK_LOCAL_BOUND     1  (exit @21)
              31  _LOAD_FAST             1
              32  _LOAD_CONST_INLINE     None
              33  _LOAD_CONST_INLINE     1
              34  _STORE_SLICE           2  (error @23)
              35  _CHECK_EVAL_BREAKER     (exit @24)
              36  _JUMP_TO_TOP

            -- optimized (34 uops, loop from 4)
               0  _CHECK_LOCAL_BOUND     0  (exit @4)
               1  _CHECK_LOCAL_BOUND     1  (exit @4)
               2  _GUARD_LOCAL_INT       3  (exit @4)
               3  _GUARD_LOCAL_INT       4  (exit @4)
               4  _FOR_ITER_RANGE         (end @25, exit @4)
               5  _STORE_FAST_NOREF      3
               6  _LOAD_FAST             0
               7  _LOAD_CONST_INLINE_NOREF 0
               8  _BINARY_SUBSCR_LIST_CONST 0  (exit @7)
               9  _STORE_FAST_NOREF      4
              10  _LOAD_FAST             0
              11  _LOAD_FAST             4
              12  _LOAD_CONST_INLINE_NOREF None
              13  _LOAD_CONST_INLINE_NOREF -1
              14  _GUARD_LOCAL_INT       4  (exit @11)
              15  _BINARY_SLICE_DEFERRED 3  (error @11)
              16  _LOAD_FAST             0
              17  _LOAD_CONST_INLINE_NOREF None
              18  _LOAD_FAST             4
              19  _LOAD_CONST_INLINE_NOREF 1
              20  _BINARY_OP_NUM_ADD     0  (error @14)
              21  _STORE_SLICE_FROM_SLICE 2  (error @15)
              22  _LOAD_FAST             1
              23  _LOAD_CONST_INLINE_NOREF 1
              24  _LOAD_CONST_INLINE_NOREF None
              25  _BINARY_SLICE          2  (error @18)
              26  _LOAD_CONST_INLINE_NOREF 1
              27  _BINARY_OP_NUM_MUL     2  (error @20)
              28  _LOAD_FAST             1
              29  _LOAD_CONST_INLINE_NOREF None
              30  _LOAD_CONST_INLINE_NOREF 1
              31  _STORE_SLICE           2  (error @23)
              32  _CHECK_EVAL_BREAKER     (exit @24)
              33  _JUMP_TO_TOP

        "#]],
    );
}

/// Unpacking statements into consecutive locals become one `_UNPACK_STORE`
/// each, the load of the sequence included: the first ends in a
/// `StoreFastLoadFast` that loads the sequence again for the second, the
/// second in a plain store.
#[test]
fn unpack_store() {
    check(
        "unpack-store",
        "
def f(t, n):
    s = 0
    for _ in range(n):
        a, b, c = t
        a, b, c = t
        k = 1
        s += a + b + c + k
    return s
print(f((1, 2, 3), 30), f([4, 5, 6], 30))
",
        expect![[r#"
            output: 210 480
            trace 0: f:4

            -- projected (28 uops)
               0  _FOR_ITER_RANGE         (end @27, exit @6)
               1  _CHECK_LOCAL_BOUND     0  (exit @7)
               2  _STORE_FAST            3
               3  _UNPACK_STORE          local 0 into 4..7  (error @8)
               4  _UNPACK_STORE          local 0 into 4..7  (error @12)
               5  _LOAD_CONST_INLINE     1
               6  _CHECK_LOCAL_BOUND     2  (exit @17)
               7  _STORE_FAST            7
               8  _LOAD_FAST             2
               9  _CHECK_LOCAL_BOUND     4  (exit @18)
              10  _CHECK_LOCAL_BOUND     5  (exit @18)
              11  _LOAD_FAST             4
              12  _LOAD_FAST             5
              13  _GUARD_BOTH_INT         (exit @19)
              14  _BINARY_OP_ADD_INT      (exit @19)
              15  _CHECK_LOCAL_BOUND     6  (exit @20)
              16  _LOAD_FAST             6
              17  _GUARD_BOTH_INT         (exit @21)
              18  _BINARY_OP_ADD_INT      (exit @21)
              19  _CHECK_LOCAL_BOUND     7  (exit @22)
              20  _LOAD_FAST             7
              21  _GUARD_BOTH_INT         (exit @23)
              22  _BINARY_OP_ADD_INT      (exit @23)
              23  _GUARD_BOTH_INT         (exit @24)
              24  _BINARY_OP_ADD_INT      (exit @24)
              25  _STORE_FAST            2
              26  _CHECK_EVAL_BREAKER     (exit @26)
              27  _JUMP_TO_TOP

            -- optimized (27 uops, loop from 7)
               0  _CHECK_LOCAL_BOUND     0  (exit @6)
               1  _GUARD_LOCAL_INT       2  (exit @6)
               2  _GUARD_LOCAL_INT       3  (exit @6)
               3  _GUARD_LOCAL_INT       4  (exit @6)
               4  _GUARD_LOCAL_INT       5  (exit @6)
               5  _GUARD_LOCAL_INT       6  (exit @6)
               6  _GUARD_LOCAL_INT       7  (exit @6)
               7  _FOR_ITER_RANGE         (end @27, exit @6)
               8  _STORE_FAST_NOREF      3
               9  _UNPACK_STORE          local 0 into 4..7  (error @8)
              10  _UNPACK_STORE          local 0 into 4..7  (error @12)
              11  _LOAD_CONST_INLINE_NOREF 1
              12  _STORE_FAST_NOREF      7
              13  _LOAD_FAST_NOREF       2
              14  _LOAD_FAST             4
              15  _LOAD_FAST             5
              16  _GUARD_BOTH_INT         (exit @19)
              17  _BINARY_OP_ADD_INT      (exit @19)
              18  _LOAD_FAST             6
              19  _GUARD_TOS_INT          (exit @21)
              20  _BINARY_OP_ADD_INT      (exit @21)
              21  _LOAD_FAST_NOREF       7
              22  _BINARY_OP_ADD_INT      (exit @23)
              23  _BINARY_OP_ADD_INT      (exit @24)
              24  _STORE_FAST_NOREF      2
              25  _CHECK_EVAL_BREAKER     (exit @26)
              26  _JUMP_TO_TOP

        "#]],
    );
}

/// `LOAD_FAST p; STORE_ATTR` into an instance's slot reads the instance
/// where the local holds it: `_STORE_ATTR_SLOT_LOCAL` (no guard) where a
/// load of the same value just checked the shape, `_STORE_ATTR_INSTANCE_LOCAL`
/// after a store (whose release of the old value may have run code).
#[test]
fn store_attr_local() {
    check(
        "store-attr-local",
        "
class P:
    def __init__(self):
        self.x = 0.0
        self.y = 0.0
def f(ps):
    for p in ps:
        p.x = p.x + 1.0
        p.y = 2.0
ps = [P() for _ in range(30)]
f(ps)
print(sum(p.x + p.y for p in ps))
",
        expect![[r#"
            output: 90.0
            trace 0: P.__init__:4

            -- projected (11 uops)
               0  _LOAD_CONST_INLINE     0.0
               1  _CHECK_LOCAL_BOUND     0  (exit @1)
               2  _LOAD_FAST             0
               3  _GUARD_INSTANCE         (exit @2)
               4  _STORE_ATTR_INSTANCE_ADD 0  (exit @2)
               5  _LOAD_CONST_INLINE     0.0
               6  _CHECK_LOCAL_BOUND     0  (exit @4)
               7  _LOAD_FAST             0
               8  _GUARD_INSTANCE         (exit @5)
               9  _STORE_ATTR_INSTANCE_ADD 1  (exit @5)
              10  _EXIT_TRACE            -> @6

            -- optimized (9 uops)
               0  _LOAD_CONST_INLINE_NOREF 0.0
               1  _CHECK_LOCAL_BOUND     0  (exit @1)
               2  _LOAD_FAST             0
               3  _GUARD_INSTANCE         (exit @2)
               4  _STORE_ATTR_INSTANCE_ADD 0  (exit @2)
               5  _LOAD_CONST_INLINE_NOREF 0.0
               6  _LOAD_FAST             0
               7  _STORE_ATTR_INSTANCE_ADD 1  (exit @5)
               8  _EXIT_TRACE            -> @6

            trace 1: <listcomp>:10

            -- projected (22 uops)
               0  _FOR_ITER_RANGE         (end @8, exit @2)
               1  _STORE_FAST            1
               2  _GUARD_DICT_VERSION    vN     (exit @4)
               3  _LOAD_DICT_ENTRY       [4]  (exit @4)
               4  _PUSH_NULL
               5  _GUARD_CLASS_VERSION   0  (exit @5)
               6  _PUSH_INIT_FRAME       P.__init__/0  (exit @5)
               7  _LOAD_CONST_INLINE     0.0
               8  _CHECK_LOCAL_BOUND     0  (exit @1)
               9  _LOAD_FAST             0
              10  _GUARD_INSTANCE         (exit @2)
              11  _STORE_ATTR_INSTANCE_ADD 0  (exit @2)
              12  _LOAD_CONST_INLINE     0.0
              13  _CHECK_LOCAL_BOUND     0  (exit @4)
              14  _LOAD_FAST             0
              15  _GUARD_INSTANCE         (exit @5)
              16  _STORE_ATTR_INSTANCE_ADD 1  (exit @5)
              17  _LOAD_CONST_INLINE     None
              18  _RETURN_INIT            (error @6)
              19  _LIST_APPEND           2  (error @6)
              20  _CHECK_EVAL_BREAKER     (exit @7)
              21  _JUMP_TO_TOP

            -- optimized (19 uops, loop from 1)
               0  _GUARD_LOCAL_INT       1  (exit @2)
               1  _FOR_ITER_RANGE         (end @8, exit @2)
               2  _STORE_FAST_NOREF      1
               3  _GUARD_DICT_VERSION    vN     (exit @4)
               4  _LOAD_DICT_ENTRY       [4]  (exit @4)
               5  _PUSH_NULL
               6  _GUARD_CLASS_VERSION   0  (exit @5)
               7  _PUSH_INIT_FRAME       P.__init__/0  (exit @5)
               8  _LOAD_CONST_INLINE_NOREF 0.0
               9  _LOAD_FAST             0
              10  _STORE_ATTR_INSTANCE_ADD 0  (exit @2)
              11  _LOAD_CONST_INLINE_NOREF 0.0
              12  _LOAD_FAST             0
              13  _STORE_ATTR_INSTANCE_ADD 1  (exit @5)
              14  _LOAD_CONST_INLINE_NOREF None
              15  _RETURN_INIT_HELD       (error @6)
              16  _LIST_APPEND           2  (error @6)
              17  _CHECK_EVAL_BREAKER     (exit @7)
              18  _JUMP_TO_TOP

            trace 2: f:7

            -- projected (16 uops)
               0  _FOR_ITER_SEQ           (end @13, exit @2)
               1  _STORE_FAST            1
               2  _LOAD_FAST             1
               3  _LOAD_ATTR_INSTANCE     (exit @4)
               4  _LOAD_CONST_INLINE     1.0
               5  _GUARD_BOTH_FLOAT       (exit @6)
               6  _BINARY_OP_ADD_FLOAT
               7  _CHECK_LOCAL_BOUND     1  (exit @7)
               8  _LOAD_FAST             1
               9  _STORE_ATTR_INSTANCE    (exit @8)
              10  _LOAD_CONST_INLINE     2.0
              11  _CHECK_LOCAL_BOUND     1  (exit @10)
              12  _LOAD_FAST             1
              13  _STORE_ATTR_INSTANCE    (exit @11)
              14  _CHECK_EVAL_BREAKER     (exit @12)
              15  _JUMP_TO_TOP

            -- optimized (12 uops, loop from 1)
               0  _CHECK_LOCAL_BOUND     1  (exit @2)
               1  _FOR_ITER_SEQ           (end @13, exit @2)
               2  _STORE_FAST            1
               3  _LOAD_ATTR_INSTANCE_LOCAL local 1 slot 0  (exit @4)
               4  _LOAD_CONST_INLINE_NOREF 1.0
               5  _GUARD_NOS_FLOAT        (exit @6)
               6  _BINARY_OP_ADD_FLOAT
               7  _STORE_ATTR_SLOT_LOCAL local 1 slot 0
               8  _LOAD_CONST_INLINE_NOREF 2.0
               9  _STORE_ATTR_SLOT_LOCAL local 1 slot 1
              10  _CHECK_EVAL_BREAKER     (exit @12)
              11  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn list_methods() {
    // Sites that only call list.append / insert / pop, as methods or bound
    // once, become the inline list micro-ops (the general call is their
    // fallback); a site calling another native method stays a _CALL.
    check(
        "list-methods",
        "
def f(n):
    a = [0, 1, 2]
    ins = a.insert
    for i in range(n):
        a.append(i)
        ins(0, a.pop(1))
        a.pop()
        a.count(i)
    return a
print(f(30))
",
        expect![[r#"
            output: [0, 1, 2]
            trace 0: f:5

            -- projected (38 uops)
               0  _FOR_ITER_RANGE         (end @36, exit @11)
               1  _CHECK_LOCAL_BOUND     1  (exit @12)
               2  _STORE_FAST            3
               3  _LOAD_FAST             1
               4  _GUARD_TYPE_VERSION     (exit @13)
               5  _LOAD_METHOD_CONST
               6  _CHECK_LOCAL_BOUND     3  (exit @14)
               7  _LOAD_FAST             3
               8  _CALL_LIST_APPEND      1  (error @15)
               9  _POP_TOP
              10  _CHECK_LOCAL_BOUND     2  (exit @17)
              11  _LOAD_FAST             2
              12  _PUSH_NULL
              13  _LOAD_CONST_INLINE     0
              14  _CHECK_LOCAL_BOUND     1  (exit @20)
              15  _LOAD_FAST             1
              16  _GUARD_TYPE_VERSION     (exit @21)
              17  _LOAD_METHOD_CONST
              18  _LOAD_CONST_INLINE     1
              19  _CALL_LIST_POP         1  (error @23)
              20  _CALL_LIST_INSERT      2  (error @24)
              21  _POP_TOP
              22  _CHECK_LOCAL_BOUND     1  (exit @26)
              23  _LOAD_FAST             1
              24  _GUARD_TYPE_VERSION     (exit @27)
              25  _LOAD_METHOD_CONST
              26  _CALL_LIST_POP         0  (error @28)
              27  _POP_TOP
              28  _CHECK_LOCAL_BOUND     1  (exit @30)
              29  _LOAD_FAST             1
              30  _GUARD_TYPE_VERSION     (exit @31)
              31  _LOAD_METHOD_CONST
              32  _CHECK_LOCAL_BOUND     3  (exit @32)
              33  _LOAD_FAST             3
              34  _CALL                  1  (error @33)
              35  _POP_TOP
              36  _CHECK_EVAL_BREAKER     (exit @35)
              37  _JUMP_TO_TOP

            -- optimized (34 uops, loop from 3)
               0  _CHECK_LOCAL_BOUND     1  (exit @11)
               1  _CHECK_LOCAL_BOUND     2  (exit @11)
               2  _GUARD_LOCAL_INT       3  (exit @11)
               3  _FOR_ITER_RANGE         (end @36, exit @11)
               4  _STORE_FAST_NOREF      3
               5  _LOAD_FAST             1
               6  _GUARD_TYPE_VERSION     (exit @13)
               7  _LOAD_METHOD_CONST
               8  _LOAD_FAST_NOREF       3
               9  _CALL_LIST_APPEND      1  (error @15)
              10  _POP_TOP
              11  _LOAD_FAST             2
              12  _PUSH_NULL
              13  _LOAD_CONST_INLINE_NOREF 0
              14  _LOAD_FAST             1
              15  _GUARD_TYPE_VERSION     (exit @21)
              16  _LOAD_METHOD_CONST
              17  _LOAD_CONST_INLINE_NOREF 1
              18  _CALL_LIST_POP         1  (error @23)
              19  _CALL_LIST_INSERT      2  (error @24)
              20  _POP_TOP
              21  _LOAD_FAST             1
              22  _GUARD_TYPE_VERSION     (exit @27)
              23  _LOAD_METHOD_CONST
              24  _CALL_LIST_POP         0  (error @28)
              25  _POP_TOP
              26  _LOAD_FAST             1
              27  _GUARD_TYPE_VERSION     (exit @31)
              28  _LOAD_METHOD_CONST
              29  _LOAD_FAST_NOREF       3
              30  _CALL                  1  (error @33)
              31  _POP_TOP
              32  _CHECK_EVAL_BREAKER     (exit @35)
              33  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn genexpr_collect() {
    // A generator expression drained by set(): its loop is traced with the
    // yield on the trace (_YIELD_COLLECT), the closure cell read inline
    // (_LOAD_DEREF) and the tuple read by the interpreter's specialization
    // (_BINARY_SUBSCR_TUPLE_INT).
    check(
        "genexpr-collect",
        "
def f(n):
    cols = range(8)
    total = 0
    for k in range(n):
        vec = tuple(range(k, k + 8))
        total += len(set(vec[i] - i for i in cols))
    return total
print(f(40))
",
        expect![[r#"
            output: 40
            trace 0: f.<locals>.<genexpr>:7

            -- projected (14 uops)
               0  _FOR_ITER_RANGE         (end @12, exit @2)
               1  _STORE_FAST            1
               2  _LOAD_DEREF            2  (error @4)
               3  _CHECK_LOCAL_BOUND     1  (exit @5)
               4  _LOAD_FAST             1
               5  _BINARY_SUBSCR_TUPLE_INT  (exit @6)
               6  _CHECK_LOCAL_BOUND     1  (exit @7)
               7  _LOAD_FAST             1
               8  _GUARD_BOTH_INT         (exit @8)
               9  _BINARY_OP_SUB_INT      (exit @8)
              10  _YIELD_COLLECT          (exit @9)
              11  _POP_TOP
              12  _CHECK_EVAL_BREAKER     (exit @11)
              13  _JUMP_TO_TOP

            -- optimized (13 uops, loop from 1)
               0  _GUARD_LOCAL_INT       1  (exit @2)
               1  _FOR_ITER_RANGE         (end @12, exit @2)
               2  _STORE_FAST_NOREF      1
               3  _LOAD_DEREF            2  (error @4)
               4  _LOAD_FAST_NOREF       1
               5  _BINARY_SUBSCR_TUPLE_INT  (exit @6)
               6  _LOAD_FAST_NOREF       1
               7  _GUARD_NOS_INT          (exit @8)
               8  _BINARY_OP_SUB_INT      (exit @8)
               9  _YIELD_COLLECT          (exit @9)
              10  _POP_TOP
              11  _CHECK_EVAL_BREAKER     (exit @11)
              12  _JUMP_TO_TOP

            trace 1: f:5

            -- projected (31 uops)
               0  _FOR_ITER_RANGE         (end @37, exit @11)
               1  _STORE_FAST            3
               2  _GUARD_DICT_VERSION    vN     (exit @13)
               3  _GUARD_DICT_VERSION    vN    (exit @13)
               4  _LOAD_DICT_ENTRY       [10]  (exit @13)
               5  _PUSH_NULL
               6  _GUARD_DICT_VERSION    vN     (exit @14)
               7  _GUARD_DICT_VERSION    vN    (exit @14)
               8  _LOAD_DICT_ENTRY       [14]  (exit @14)
               9  _PUSH_NULL
              10  _CHECK_LOCAL_BOUND     3  (exit @15)
              11  _CHECK_LOCAL_BOUND     3  (exit @15)
              12  _LOAD_FAST             3
              13  _LOAD_FAST             3
              14  _LOAD_CONST_INLINE     8
              15  _GUARD_BOTH_INT         (exit @17)
              16  _BINARY_OP_ADD_INT      (exit @17)
              17  _CALL                  2  (error @18)
              18  _CALL                  1  (error @19)
              19  _STORE_DEREF           4  (error @20)
              20  _CHECK_LOCAL_BOUND     2  (exit @21)
              21  _LOAD_FAST             2
              22  _GUARD_DICT_VERSION    vN     (exit @22)
              23  _GUARD_DICT_VERSION    vN    (exit @22)
              24  _LOAD_DICT_ENTRY       [95]  (exit @22)
              25  _PUSH_NULL
              26  _GUARD_DICT_VERSION    vN     (exit @23)
              27  _GUARD_DICT_VERSION    vN    (exit @23)
              28  _LOAD_DICT_ENTRY       [12]  (exit @23)
              29  _PUSH_NULL
              30  _EXIT_TRACE            -> @24

            -- optimized (24 uops)
               0  _FOR_ITER_RANGE         (end @37, exit @11)
               1  _STORE_FAST            3
               2  _GUARD_DICT_VERSION    vN     (exit @13)
               3  _GUARD_DICT_VERSION    vN    (exit @13)
               4  _LOAD_DICT_ENTRY       [10]  (exit @13)
               5  _PUSH_NULL
               6  _LOAD_DICT_ENTRY       [14]  (exit @14)
               7  _PUSH_NULL
               8  _LOAD_FAST_NOREF       3
               9  _LOAD_FAST_NOREF       3
              10  _LOAD_CONST_INLINE_NOREF 8
              11  _BINARY_OP_ADD_INT      (exit @17)
              12  _CALL                  2  (error @18)
              13  _CALL                  1  (error @19)
              14  _STORE_DEREF           4  (error @20)
              15  _CHECK_LOCAL_BOUND     2  (exit @21)
              16  _LOAD_FAST             2
              17  _GUARD_DICT_VERSION    vN     (exit @22)
              18  _GUARD_DICT_VERSION    vN    (exit @22)
              19  _LOAD_DICT_ENTRY       [95]  (exit @22)
              20  _PUSH_NULL
              21  _LOAD_DICT_ENTRY       [12]  (exit @23)
              22  _PUSH_NULL
              23  _EXIT_TRACE            -> @24

        "#]],
    );
}

#[test]
fn class_attr() {
    // A class attribute the interpreter specialized (LoadAttrClass) is read
    // inline from the instruction's cache (_LOAD_ATTR_CLASS).
    check(
        "class-attr",
        "
class Direction:
    FORWARD = 1
def f(n):
    total = 0
    for i in range(n):
        total += Direction.FORWARD
    return total
print(f(40))
",
        expect![[r#"
            output: 40
            trace 0: f:6

            -- projected (12 uops)
               0  _FOR_ITER_RANGE         (end @13, exit @6)
               1  _CHECK_LOCAL_BOUND     1  (exit @7)
               2  _STORE_FAST            2
               3  _LOAD_FAST             1
               4  _GUARD_DICT_VERSION    vN     (exit @8)
               5  _LOAD_DICT_ENTRY       [4]  (exit @8)
               6  _LOAD_ATTR_CLASS        (error @9)
               7  _GUARD_BOTH_INT         (exit @10)
               8  _BINARY_OP_ADD_INT      (exit @10)
               9  _STORE_FAST            1
              10  _CHECK_EVAL_BREAKER     (exit @12)
              11  _JUMP_TO_TOP

            -- optimized (13 uops, loop from 2)
               0  _GUARD_LOCAL_INT       1  (exit @6)
               1  _GUARD_LOCAL_INT       2  (exit @6)
               2  _FOR_ITER_RANGE         (end @13, exit @6)
               3  _STORE_FAST_NOREF      2
               4  _LOAD_FAST_NOREF       1
               5  _GUARD_DICT_VERSION    vN     (exit @8)
               6  _LOAD_DICT_ENTRY       [4]  (exit @8)
               7  _LOAD_ATTR_CLASS        (error @9)
               8  _GUARD_TOS_INT          (exit @10)
               9  _BINARY_OP_ADD_INT      (exit @10)
              10  _STORE_FAST_NOREF      1
              11  _CHECK_EVAL_BREAKER     (exit @12)
              12  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn list_item_float() {
    // `v[0] -= dx * b` on a list of floats (nbody's velocities): the load of
    // the list, the constant key, the keeping subscript, the float guard,
    // the subtraction and the store under become one _LIST_ITEM_SUB_FLOAT
    // after the product, which leaves at the subscript (@7, @17) when the list
    // or its item is not what it expects.
    check(
        "list_item_float",
        "
def step(v, dx, b, n):
    for i in range(n):
        v[0] -= dx * b
        v[1] *= 1.0 + dx
    return v
print(step([1.0, 2.0], 0.5, 0.25, 100))
",
        expect![[r#"
            output: [-11.5, 8.131223550704305e+17]
            trace 0: step:3

            -- projected (29 uops)
               0  _FOR_ITER_RANGE         (end @28, exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @5)
               2  _STORE_FAST            4
               3  _LOAD_FAST             0
               4  _LOAD_CONST_INLINE     0
               5  _BINARY_SUBSCR_KEEP_LIST_INT  (exit @7)
               6  _CHECK_LOCAL_BOUND     1  (exit @10)
               7  _CHECK_LOCAL_BOUND     2  (exit @10)
               8  _LOAD_FAST             1
               9  _LOAD_FAST             2
              10  _GUARD_BOTH_FLOAT       (exit @11)
              11  _BINARY_OP_MUL_FLOAT
              12  _GUARD_BOTH_FLOAT       (exit @12)
              13  _BINARY_OP_SUB_FLOAT
              14  _STORE_SUBSCR_UNDER_LIST_INT  (exit @13)
              15  _CHECK_LOCAL_BOUND     0  (exit @16)
              16  _LOAD_FAST             0
              17  _LOAD_CONST_INLINE     1
              18  _BINARY_SUBSCR_KEEP_LIST_INT  (exit @17)
              19  _LOAD_CONST_INLINE     1.0
              20  _CHECK_LOCAL_BOUND     1  (exit @21)
              21  _LOAD_FAST             1
              22  _GUARD_BOTH_FLOAT       (exit @22)
              23  _BINARY_OP_ADD_FLOAT
              24  _GUARD_BOTH_FLOAT       (exit @23)
              25  _BINARY_OP_MUL_FLOAT
              26  _STORE_SUBSCR_UNDER_LIST_INT  (exit @24)
              27  _CHECK_EVAL_BREAKER     (exit @27)
              28  _JUMP_TO_TOP

            -- optimized (14 uops, loop from 4)
               0  _CHECK_LOCAL_BOUND     0  (exit @4)
               1  _GUARD_LOCAL_FLOAT     1  (exit @4)
               2  _GUARD_LOCAL_FLOAT     2  (exit @4)
               3  _GUARD_LOCAL_INT       4  (exit @4)
               4  _FOR_ITER_RANGE         (end @28, exit @4)
               5  _STORE_FAST_NOREF      4
               6  _BINARY_OP_MUL_FLOAT_LL locals 1 2
               7  _LIST_ITEM_SUB_FLOAT   local 0 [0]  (exit @7)
               8  _LOAD_CONST_INLINE_NOREF 1.0
               9  _LOAD_FAST_NOREF       1
              10  _BINARY_OP_ADD_FLOAT
              11  _LIST_ITEM_MUL_FLOAT   local 0 [1]  (exit @17)
              12  _CHECK_EVAL_BREAKER     (exit @27)
              13  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn slot_item_float() {
    // `self.x /= norm` on a float attribute (float's Point.normalize): the
    // load of the instance, the attribute's in-place read, the float guard,
    // the division, the in-place store and the pop of the instance become
    // one _SLOT_ITEM_DIV_FLOAT after the divisor's load, which leaves at the
    // attribute's load when the attribute or the divisor is not what it
    // expects.
    check(
        "slot_item_float",
        "
class P:
    def __init__(self):
        self.x = 3.0
        self.y = 4.0
    def norm(self):
        n = (self.x * self.x + self.y * self.y) ** 0.5
        self.x /= n
        self.y *= n
def run(p, k):
    for i in range(k):
        p.norm()
    return p.x
print(run(P(), 100))
",
        expect![[r#"
            output: 0.0
            trace 0: P.norm:7

            -- projected (42 uops)
               0  _CHECK_LOCAL_BOUND     0  (exit @0)
               1  _LOAD_FAST             0
               2  _LOAD_ATTR_INSTANCE     (exit @1)
               3  _CHECK_LOCAL_BOUND     0  (exit @2)
               4  _LOAD_FAST             0
               5  _LOAD_ATTR_INSTANCE     (exit @3)
               6  _GUARD_BOTH_FLOAT       (exit @4)
               7  _BINARY_OP_MUL_FLOAT
               8  _CHECK_LOCAL_BOUND     0  (exit @5)
               9  _LOAD_FAST             0
              10  _LOAD_ATTR_INSTANCE     (exit @6)
              11  _CHECK_LOCAL_BOUND     0  (exit @7)
              12  _LOAD_FAST             0
              13  _LOAD_ATTR_INSTANCE     (exit @8)
              14  _GUARD_BOTH_FLOAT       (exit @9)
              15  _BINARY_OP_MUL_FLOAT
              16  _GUARD_BOTH_FLOAT       (exit @10)
              17  _BINARY_OP_ADD_FLOAT
              18  _LOAD_CONST_INLINE     0.5
              19  _BINARY_OP_NUM_POW     7  (error @12)
              20  _CHECK_LOCAL_BOUND     0  (exit @13)
              21  _STORE_FAST            1
              22  _LOAD_FAST             0
              23  _COPY                  1
              24  _LOAD_ATTR_INSTANCE     (exit @15)
              25  _CHECK_LOCAL_BOUND     1  (exit @16)
              26  _LOAD_FAST             1
              27  _GUARD_BOTH_FLOAT       (exit @17)
              28  _BINARY_OP_DIV_FLOAT    (exit @17)
              29  _SWAP                  2
              30  _STORE_ATTR_INSTANCE    (exit @19)
              31  _CHECK_LOCAL_BOUND     0  (exit @20)
              32  _LOAD_FAST             0
              33  _COPY                  1
              34  _LOAD_ATTR_INSTANCE     (exit @22)
              35  _CHECK_LOCAL_BOUND     1  (exit @23)
              36  _LOAD_FAST             1
              37  _GUARD_BOTH_FLOAT       (exit @24)
              38  _BINARY_OP_MUL_FLOAT
              39  _SWAP                  2
              40  _STORE_ATTR_INSTANCE    (exit @26)
              41  _EXIT_TRACE            -> @27

            -- optimized (23 uops)
               0  _CHECK_LOCAL_BOUND     0  (exit @0)
               1  _LOAD_ATTR_INSTANCE_LOCAL local 0 slot 0  (exit @1)
               2  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @3)
               3  _GUARD_BOTH_FLOAT       (exit @4)
               4  _BINARY_OP_MUL_FLOAT
               5  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @6)
               6  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @8)
               7  _GUARD_BOTH_FLOAT       (exit @9)
               8  _BINARY_OP_MUL_FLOAT
               9  _BINARY_OP_ADD_FLOAT
              10  _LOAD_CONST_INLINE_NOREF 0.5
              11  _BINARY_OP_POW_FLOAT    (exit @12)
              12  _STORE_FAST            1
              13  _LOAD_FAST             0
              14  _LOAD_ATTR_INSTANCE_LOCAL local 0 slot 0  (exit @15)
              15  _LOAD_FAST_NOREF       1
              16  _GUARD_NOS_FLOAT        (exit @17)
              17  _BINARY_OP_DIV_FLOAT    (exit @17)
              18  _STORE_ATTR_SLOT_LOCAL local 0 slot 0
              19  _POP_TOP
              20  _LOAD_FAST_NOREF       1
              21  _SLOT_ITEM_MUL_FLOAT   local 0 slot 1  (exit @22)
              22  _EXIT_TRACE            -> @27

            trace 1: run:11

            -- projected (54 uops)
               0  _FOR_ITER_RANGE         (end @10, exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @5)
               2  _STORE_FAST            2
               3  _LOAD_FAST             0
               4  _GUARD_INSTANCE         (exit @6)
               5  _LOAD_METHOD_CONST
               6  _GUARD_CALLABLE        P.norm/0+self  (exit @7)
               7  _PUSH_FRAME            P.norm/0+self  (exit @7)
               8  _CHECK_LOCAL_BOUND     0  (exit @0)
               9  _LOAD_FAST             0
              10  _LOAD_ATTR_INSTANCE     (exit @1)
              11  _CHECK_LOCAL_BOUND     0  (exit @2)
              12  _LOAD_FAST             0
              13  _LOAD_ATTR_INSTANCE     (exit @3)
              14  _GUARD_BOTH_FLOAT       (exit @4)
              15  _BINARY_OP_MUL_FLOAT
              16  _CHECK_LOCAL_BOUND     0  (exit @5)
              17  _LOAD_FAST             0
              18  _LOAD_ATTR_INSTANCE     (exit @6)
              19  _CHECK_LOCAL_BOUND     0  (exit @7)
              20  _LOAD_FAST             0
              21  _LOAD_ATTR_INSTANCE     (exit @8)
              22  _GUARD_BOTH_FLOAT       (exit @9)
              23  _BINARY_OP_MUL_FLOAT
              24  _GUARD_BOTH_FLOAT       (exit @10)
              25  _BINARY_OP_ADD_FLOAT
              26  _LOAD_CONST_INLINE     0.5
              27  _BINARY_OP_NUM_POW     7  (error @12)
              28  _CHECK_LOCAL_BOUND     0  (exit @13)
              29  _STORE_FAST            1
              30  _LOAD_FAST             0
              31  _COPY                  1
              32  _LOAD_ATTR_INSTANCE     (exit @15)
              33  _CHECK_LOCAL_BOUND     1  (exit @16)
              34  _LOAD_FAST             1
              35  _GUARD_BOTH_FLOAT       (exit @17)
              36  _BINARY_OP_DIV_FLOAT    (exit @17)
              37  _SWAP                  2
              38  _STORE_ATTR_INSTANCE    (exit @19)
              39  _CHECK_LOCAL_BOUND     0  (exit @20)
              40  _LOAD_FAST             0
              41  _COPY                  1
              42  _LOAD_ATTR_INSTANCE     (exit @22)
              43  _CHECK_LOCAL_BOUND     1  (exit @23)
              44  _LOAD_FAST             1
              45  _GUARD_BOTH_FLOAT       (exit @24)
              46  _BINARY_OP_MUL_FLOAT
              47  _SWAP                  2
              48  _STORE_ATTR_INSTANCE    (exit @26)
              49  _LOAD_CONST_INLINE     None
              50  _RETURN_VALUE
              51  _POP_TOP
              52  _CHECK_EVAL_BREAKER     (exit @9)
              53  _JUMP_TO_TOP

            -- optimized (29 uops, loop from 2)
               0  _CHECK_LOCAL_BOUND     0  (exit @4)
               1  _GUARD_LOCAL_INT       2  (exit @4)
               2  _FOR_ITER_RANGE         (end @10, exit @4)
               3  _STORE_FAST_NOREF      2
               4  _LOAD_FAST             0
               5  _GUARD_INSTANCE         (exit @6)
               6  _LOAD_METHOD_CONST
               7  _PUSH_FRAME            P.norm/0+self  (exit @7)
               8  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @1)
               9  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @3)
              10  _GUARD_BOTH_FLOAT       (exit @4)
              11  _BINARY_OP_MUL_FLOAT
              12  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @6)
              13  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @8)
              14  _GUARD_BOTH_FLOAT       (exit @9)
              15  _BINARY_OP_MUL_FLOAT
              16  _BINARY_OP_ADD_FLOAT
              17  _LOAD_CONST_INLINE_NOREF 0.5
              18  _BINARY_OP_POW_FLOAT    (exit @12)
              19  _STORE_FAST_NOREF      1
              20  _LOAD_FAST_NOREF       1
              21  _SLOT_ITEM_DIV_FLOAT   local 0 slot 0  (exit @15)
              22  _LOAD_FAST_NOREF       1
              23  _SLOT_ITEM_MUL_FLOAT   local 0 slot 1  (exit @22)
              24  _LOAD_CONST_INLINE_NOREF None
              25  _RETURN_VALUE_HELD
              26  _POP_TOP
              27  _CHECK_EVAL_BREAKER     (exit @9)
              28  _JUMP_TO_TOP

            trace 2: run:11

            -- projected (54 uops)
               0  _FOR_ITER_RANGE         (end @10, exit @4)
               1  _CHECK_LOCAL_BOUND     0  (exit @5)
               2  _STORE_FAST            2
               3  _LOAD_FAST             0
               4  _GUARD_INSTANCE         (exit @6)
               5  _LOAD_METHOD_CONST
               6  _GUARD_CALLABLE        P.norm/0+self  (exit @7)
               7  _PUSH_FRAME            P.norm/0+self  (exit @7)
               8  _CHECK_LOCAL_BOUND     0  (exit @0)
               9  _LOAD_FAST             0
              10  _LOAD_ATTR_INSTANCE     (exit @1)
              11  _CHECK_LOCAL_BOUND     0  (exit @2)
              12  _LOAD_FAST             0
              13  _LOAD_ATTR_INSTANCE     (exit @3)
              14  _GUARD_BOTH_FLOAT       (exit @4)
              15  _BINARY_OP_MUL_FLOAT
              16  _CHECK_LOCAL_BOUND     0  (exit @5)
              17  _LOAD_FAST             0
              18  _LOAD_ATTR_INSTANCE     (exit @6)
              19  _CHECK_LOCAL_BOUND     0  (exit @7)
              20  _LOAD_FAST             0
              21  _LOAD_ATTR_INSTANCE     (exit @8)
              22  _GUARD_BOTH_FLOAT       (exit @9)
              23  _BINARY_OP_MUL_FLOAT
              24  _GUARD_BOTH_FLOAT       (exit @10)
              25  _BINARY_OP_ADD_FLOAT
              26  _LOAD_CONST_INLINE     0.5
              27  _BINARY_OP_NUM_POW     7  (error @12)
              28  _CHECK_LOCAL_BOUND     0  (exit @13)
              29  _STORE_FAST            1
              30  _LOAD_FAST             0
              31  _COPY                  1
              32  _LOAD_ATTR_INSTANCE     (exit @15)
              33  _CHECK_LOCAL_BOUND     1  (exit @16)
              34  _LOAD_FAST             1
              35  _GUARD_BOTH_FLOAT       (exit @17)
              36  _BINARY_OP_DIV_FLOAT    (exit @17)
              37  _SWAP                  2
              38  _STORE_ATTR_INSTANCE    (exit @19)
              39  _CHECK_LOCAL_BOUND     0  (exit @20)
              40  _LOAD_FAST             0
              41  _COPY                  1
              42  _LOAD_ATTR_INSTANCE     (exit @22)
              43  _CHECK_LOCAL_BOUND     1  (exit @23)
              44  _LOAD_FAST             1
              45  _GUARD_BOTH_FLOAT       (exit @24)
              46  _BINARY_OP_MUL_FLOAT
              47  _SWAP                  2
              48  _STORE_ATTR_INSTANCE    (exit @26)
              49  _LOAD_CONST_INLINE     None
              50  _RETURN_VALUE
              51  _POP_TOP
              52  _CHECK_EVAL_BREAKER     (exit @9)
              53  _JUMP_TO_TOP

            -- optimized (29 uops, loop from 2)
               0  _CHECK_LOCAL_BOUND     0  (exit @4)
               1  _GUARD_LOCAL_INT       2  (exit @4)
               2  _FOR_ITER_RANGE         (end @10, exit @4)
               3  _STORE_FAST_NOREF      2
               4  _LOAD_FAST             0
               5  _GUARD_INSTANCE         (exit @6)
               6  _LOAD_METHOD_CONST
               7  _PUSH_FRAME            P.norm/0+self  (exit @7)
               8  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @1)
               9  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 0  (exit @3)
              10  _GUARD_BOTH_FLOAT       (exit @4)
              11  _BINARY_OP_MUL_FLOAT
              12  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @6)
              13  _LOAD_ATTR_SLOT_LOCAL  local 0 slot 1  (exit @8)
              14  _GUARD_BOTH_FLOAT       (exit @9)
              15  _BINARY_OP_MUL_FLOAT
              16  _BINARY_OP_ADD_FLOAT
              17  _LOAD_CONST_INLINE_NOREF 0.5
              18  _BINARY_OP_POW_FLOAT    (exit @12)
              19  _STORE_FAST_NOREF      1
              20  _LOAD_FAST_NOREF       1
              21  _SLOT_ITEM_DIV_FLOAT   local 0 slot 0  (exit @15)
              22  _LOAD_FAST_NOREF       1
              23  _SLOT_ITEM_MUL_FLOAT   local 0 slot 1  (exit @22)
              24  _LOAD_CONST_INLINE_NOREF None
              25  _RETURN_VALUE_HELD
              26  _POP_TOP
              27  _CHECK_EVAL_BREAKER     (exit @9)
              28  _JUMP_TO_TOP

        "#]],
    );
}

#[test]
fn number_ops_on_known_types() {
    // spectral_norm's `1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`: the
    // floor division by 2 is a shift, and the int divisor of a float is
    // converted on the stack for the float division.
    check(
        "number_ops_on_known_types",
        "
def total(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / ((i + 1) * (i + 2) // 2 + i % 4)
    return s
print(total(100))
",
        expect![[r#"
            output: 1.8234651356463405
            trace 0: total:4

            -- projected (31 uops)
               0  _FOR_ITER_RANGE         (end @23, exit @6)
               1  _CHECK_LOCAL_BOUND     1  (exit @7)
               2  _STORE_FAST            2
               3  _LOAD_FAST             1
               4  _LOAD_CONST_INLINE     1.0
               5  _CHECK_LOCAL_BOUND     2  (exit @9)
               6  _LOAD_FAST             2
               7  _LOAD_CONST_INLINE     1
               8  _GUARD_BOTH_INT         (exit @10)
               9  _BINARY_OP_ADD_INT      (exit @10)
              10  _CHECK_LOCAL_BOUND     2  (exit @11)
              11  _LOAD_FAST             2
              12  _LOAD_CONST_INLINE     2
              13  _GUARD_BOTH_INT         (exit @12)
              14  _BINARY_OP_ADD_INT      (exit @12)
              15  _GUARD_BOTH_INT         (exit @13)
              16  _BINARY_OP_MUL_INT      (exit @13)
              17  _LOAD_CONST_INLINE     2
              18  _BINARY_OP_NUM_FLOORDIV 5  (error @15)
              19  _CHECK_LOCAL_BOUND     2  (exit @16)
              20  _LOAD_FAST             2
              21  _LOAD_CONST_INLINE     4
              22  _BINARY_OP_NUM_MOD     6  (error @17)
              23  _GUARD_BOTH_INT         (exit @18)
              24  _BINARY_OP_ADD_INT      (exit @18)
              25  _BINARY_OP_NUM_TRUEDIV 4  (error @19)
              26  _GUARD_BOTH_FLOAT       (exit @20)
              27  _BINARY_OP_ADD_FLOAT
              28  _STORE_FAST            1
              29  _CHECK_EVAL_BREAKER     (exit @22)
              30  _JUMP_TO_TOP

            -- optimized (23 uops, loop from 2)
               0  _GUARD_LOCAL_FLOAT     1  (exit @6)
               1  _GUARD_LOCAL_INT       2  (exit @6)
               2  _FOR_ITER_RANGE         (end @23, exit @6)
               3  _STORE_FAST_NOREF      2
               4  _LOAD_FAST_NOREF       1
               5  _LOAD_CONST_INLINE_NOREF 1.0
               6  _LOAD_FAST_NOREF       2
               7  _LOAD_CONST_INLINE_NOREF 1
               8  _BINARY_OP_ADD_INT      (exit @10)
               9  _LOAD_FAST_NOREF       2
              10  _LOAD_CONST_INLINE_NOREF 2
              11  _BINARY_OP_ADD_INT      (exit @12)
              12  _BINARY_OP_MUL_INT      (exit @13)
              13  _BINARY_OP_FLOORDIV_INT_SHIFT // 2
              14  _LOAD_FAST_NOREF       2
              15  _BINARY_OP_MOD_INT_MASK % 4
              16  _BINARY_OP_ADD_INT      (exit @18)
              17  _INT_TO_FLOAT_TOS
              18  _BINARY_OP_DIV_FLOAT    (exit @19)
              19  _BINARY_OP_ADD_FLOAT
              20  _STORE_FAST_NOREF      1
              21  _CHECK_EVAL_BREAKER     (exit @22)
              22  _JUMP_TO_TOP

        "#]],
    );
}
