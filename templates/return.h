/* return.h: the body of the micro-ops that return from a call a trace
 * runs inline (see uops/return_*.c). The callee's frame is popped and a
 * value pushed onto the caller's stack: the value on top (_RETURN_VALUE*),
 * or with RETURN_INIT the new instance, the frame's `locals`, once the
 * value on top is found to be None (otherwise the runtime raises TypeError
 * there, as the interpreter does, and the trace leaves through its error
 * exit). The caller becomes the VM's frame first, so a `__del__` run by a
 * release sees the caller (with its stack depth as the call left it) and
 * the callee's slots are never seen half released.
 *
 * Releases: by default every local and stack slot of the callee and its
 * function, in full. With HELD, the optimizer proved no local's release
 * frees anything: the locals in the mask OPERAND (the ones that may hold
 * heap objects) are held by the caller too (arguments from its locals;
 * `self` of `__init__`, which its result holds), so their counts drop
 * with no test for zero and no call; the function's too with FUNC_HELD
 * (its class or a local holds it and nothing ran that could change that),
 * otherwise in full. */
#ifndef TESSERA_RETURN_H
#define TESSERA_RETURN_H

#include "jit.h"

#ifdef RETURN_INIT
extern void tessera_jit_init_not_none(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp);
#endif

UOP
{
#ifdef RETURN_INIT
    if (__builtin_expect(sp[-1] != TESSERA_NONE, 0)) {
        /* Raises TypeError with the frame as the interpreter leaves it. */
        tessera_jit_init_not_none(vm, frame, sp);
        ERROR_IF(1);
    }
    TesseraValue value = frame->locals;
#else
    TesseraValue value = sp[-1];
#endif
    TesseraFrame *callee = frame;
    TesseraFrame *caller = callee->previous;
    TesseraValue *caller_sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
    vm->frame = caller;
    vm->depth--;
#ifdef HELD
    const TesseraValue *locals = tessera_localsplus(callee);
    for (uint64_t m = OPERAND; m != 0; m &= m - 1) {
        tessera_release_held(locals[__builtin_ctzll(m)]);
    }
#ifdef FUNC_HELD
    tessera_release_held(callee->func);
#else
    tessera_decref(caller, caller_sp, callee->func);
#endif
#else
    /* The value on top moves to the caller (or is `__init__`'s None). */
    for (TesseraValue *p = tessera_localsplus(callee); p < sp - 1; p++) {
        tessera_decref(caller, caller_sp, *p);
    }
    tessera_decref(caller, caller_sp, callee->func);
#endif
    vm->stack_top = (uint64_t *)callee;
    *caller_sp = value;
    caller->depth++;
    frame = caller;
    sp = caller_sp + 1;
    CONTINUE();
}

#endif /* TESSERA_RETURN_H */
