/* return_init.h: the body of the _RETURN_INIT micro-ops (see
 * uops/return_init.c and uops/return_init_held.c). */
#ifndef TESSERA_RETURN_INIT_H
#define TESSERA_RETURN_INIT_H

#include "jit.h"

extern TesseraFrame *tessera_jit_pop_init_frame(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp);

UOP
{
    if (__builtin_expect(sp[-1] != TESSERA_NONE, 0)) {
        /* Raises TypeError with the frame as the interpreter leaves it. */
        TesseraFrame *caller = tessera_jit_pop_init_frame(vm, frame, sp);
        ERROR_IF(caller == 0);
        frame = caller;
        sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
        CONTINUE();
    }
    TesseraFrame *callee = frame;
    TesseraFrame *caller = callee->previous;
    TesseraValue *caller_sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
    TesseraValue inst = callee->locals;
    vm->frame = caller;
    vm->depth--;
#ifdef RETURN_INIT_HELD
    const TesseraValue *locals = tessera_localsplus(callee);
    for (uint64_t m = OPERAND; m != 0; m &= m - 1) {
        tessera_release_held(locals[__builtin_ctzll(m)]);
    }
    tessera_release_held(callee->func);
#else
    /* The None on top needs no release. */
    for (TesseraValue *p = tessera_localsplus(callee); p < sp - 1; p++) {
        tessera_decref(caller, caller_sp, *p);
    }
    tessera_decref(caller, caller_sp, callee->func);
#endif
    vm->stack_top = (uint64_t *)callee;
    *caller_sp = inst;
    caller->depth++;
    frame = caller;
    sp = caller_sp + 1;
    CONTINUE();
}

#endif /* TESSERA_RETURN_INIT_H */
