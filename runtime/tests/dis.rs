//! Snapshot tests of bytecode listings (`tessera -X dis`), for the things
//! people read: what the compiler emits for common constructs, including
//! superinstructions and exception tables. Update with `UPDATE_EXPECT=1`.

use expect_test::{expect, Expect};
use std::process::Command;

fn check(src: &str, expected: Expect) {
    let out = Command::new(env!("CARGO_BIN_EXE_tessera")).args(["-X", "dis", "-c", src]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Code-object constants print their address; keep listings stable.
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    expected.assert_eq(&text);
}

#[test]
fn loop_with_compare_and_branch() {
    check(
        "def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += i\n        i += 1\n    return t\n",
        expect![[r#"
            Disassembly of <module>:
               1     0 LoadConst                 0 (<code f>)
                     1 MakeFunction              0
                     2 StoreGlobal               0 (f)
                     3 ReturnNone

            Disassembly of f:
               2     0 LoadConst                 1 (0)
                     1 StoreFast                 1 (t)
               3     2 LoadConst                 1 (0)
                     3 StoreFast                 2 (i)
               4     4 LoadFastLoadFast          2 (i, n)
                     5 CompareJump              13 (<, jump if false to 13)
               5     6 LoadFastLoadFast       8193 (t, i)
                     7 BinaryOp                 16 (+=)
                     8 StoreFastLoadFast      8193 (t, i)
               6     9 LoadConst                 2 (1)
                    10 BinaryOp                 16 (+=)
                    11 StoreFast                 2 (i)
               4    12 JumpBackward              4 (to 4)
               7    13 LoadFast                  1 (t)
                    14 ReturnValue
        "#]],
    );
}

#[test]
fn try_except_and_calls() {
    check(
        "def g(x):\n    try:\n        return len(x)\n    except TypeError as e:\n        print(e)\n        return -1\n",
        expect![[r#"
            Disassembly of <module>:
               1     0 LoadConst                 0 (<code g>)
                     1 MakeFunction              0
                     2 StoreGlobal               0 (g)
                     3 ReturnNone

            Disassembly of g:
               3     0 LoadGlobal             8388608 (len + NULL)
                     1 LoadFast                  0 (x)
                     2 Call                      1
                     3 ReturnValue
                     4 PushExcInfo
               4     5 LoadGlobal                1 (TypeError)
                     6 CheckExcMatch
                     7 PopJumpIfFalse           24 (to 24)
                     8 StoreFast                 1 (e)
               5     9 LoadGlobal             8388610 (print + NULL)
                    10 LoadFast                  1 (e)
                    11 Call                      1
                    12 PopTop
               6    13 LoadConst                 1 (-1)
                    14 Swap                      2
                    15 PopExcept
                    16 LoadConst                 0 (None)
                    17 StoreFast                 1 (e)
                    18 DeleteFast                1 (e)
                    19 ReturnValue
                    20 LoadConst                 0 (None)
                    21 StoreFast                 1 (e)
                    22 DeleteFast                1 (e)
                    23 Reraise                   0
                    24 Reraise                   0
                    25 Swap                      2
                    26 PopExcept
                    27 Reraise                   0
            ExceptionTable:
              0 to 4 -> 4 [0]
              5 to 9 -> 25 [1]
              9 to 14 -> 20 [1]
              19 to 20 -> 20 [1]
              20 to 25 -> 25 [1]
        "#]],
    );
}
