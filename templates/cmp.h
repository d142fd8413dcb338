/* cmp.h: the body of the compare-and-branch micro-ops.
 *
 * A template defines CMP(a, b) as one of Python's six comparisons, and one
 * of CMP_INT (both operands known to be small ints), CMP_FLOAT (both known
 * to be floats) or neither (types checked here: small ints or floats, else
 * the trace leaves at the instruction with the stack untouched). OPARG is
 * the result that stays on the trace; the other result leaves through the
 * jump target with both operands popped, where the interpreter resumes at
 * the branch's destination. Operands are ints or floats, so popping them
 * releases nothing.
 */
#ifndef TESSERA_CMP_H
#define TESSERA_CMP_H

#define CACHED_POPS 2
#define CACHED_PUSHES 0
#define CACHED_BRANCH
#include "jit.h"

UOP
{
    TesseraValue a = IN(0);
    TesseraValue b = IN(1);
    int r;
#if defined(CMP_INT)
    r = CMP(tessera_small_int(a), tessera_small_int(b));
#elif defined(CMP_FLOAT)
    r = CMP(tessera_float(a), tessera_float(b));
#else
    if (tessera_is_small_int(a) && tessera_is_small_int(b)) {
        r = CMP(tessera_small_int(a), tessera_small_int(b));
    } else {
        EXIT_IF(!tessera_is_float(a) || !tessera_is_float(b));
        r = CMP(tessera_float(a), tessera_float(b));
    }
#endif
    POP_INPUTS();
    if (r != (int)OPARG) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}

#endif /* TESSERA_CMP_H */
