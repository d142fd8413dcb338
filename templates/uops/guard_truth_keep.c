/* _GUARD_TRUTH_KEEP: the jump side of `and` / `or` (JumpIfTrueOrPop,
 * JumpIfFalseOrPop) when exits showed it is the hot one: stay on the trace,
 * keeping the value (the expression's result), while the value on top of
 * the stack, a bool or small int, has the truth OPARG; otherwise leave at
 * the instruction, which the interpreter runs again. */
#define CACHED_POPS 1
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    int t;
    TRUTH_OR_EXIT(v, t);
    EXIT_IF(t != (int)OPARG);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
