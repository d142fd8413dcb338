/* float_ll.h: the body of the micro-ops that do float `+`, `-` or `*` on
 * two locals (`_BINARY_OP_*_FLOAT_LL*`): the optimizer fuses
 * `_LOAD_FAST a; _LOAD_FAST b; [_GUARD_*_FLOAT;] _BINARY_OP_*_FLOAT
 * [; _STORE_FAST_NOREF c]` into one, which reads both locals from the
 * frame (a is OPARG's low half, b its high half) and pushes the result, or
 * stores it straight into local c (OPERAND is c's byte offset among the
 * locals). A template defines:
 *   FLOAT_LL_OP     the operator (+, - or *);
 *   FLOAT_LL_GUARD  1 when the locals are not yet known to be floats: then
 *                   unless both are, the micro-op pushes them as the loads
 *                   would have and leaves where the guard would have, at
 *                   the operation (the first load may share its
 *                   instruction with a store, `StoreFastLoadFast`, so it is
 *                   no place to resume);
 *   FLOAT_LL_STORE  1 when the result goes into local c;
 *   CACHED_PUSHES   0 when it does, else 1 (see "Stack caching" in jit.h). */
#ifndef TESSERA_FLOAT_LL_H
#define TESSERA_FLOAT_LL_H

#define CACHED_POPS 0
#include "jit.h"

UOP
{
    TesseraValue a = LOCAL;
    TesseraValue b = LOCAL2;
#if FLOAT_LL_GUARD
    if (__builtin_expect(!(tessera_is_float(a) && tessera_is_float(b)), 0)) {
        tessera_incref(a);
        tessera_incref(b);
        SPILL_ENTRY();
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        EXIT_NOW();
    }
#endif
    TesseraValue r = tessera_from_float(tessera_float(a) FLOAT_LL_OP tessera_float(b));
    POP_INPUTS();
#if FLOAT_LL_STORE
    /* The local held an int or a float (the optimizer knew): nothing to
     * release. */
    *(TesseraValue *)((char *)tessera_localsplus(frame) + OPERAND) = r;
#else
    PUSH(r);
#endif
    CONTINUE();
}

#endif /* TESSERA_FLOAT_LL_H */
