/* _RETURN_VALUE_HELD: _RETURN_VALUE where the optimizer proved that no
 * release frees anything: the callee's locals in the mask OPERAND hold
 * values its caller holds too (its arguments, passed from the caller's
 * locals), the others are NULL, ints or floats, and its function is held
 * by its class or a local. So each count drops by one with no test for
 * zero and no call into the runtime (and the stencil needs no stack
 * frame). The trace carries on in the caller. */
#include "../jit.h"

UOP
{
    TesseraValue value = sp[-1];
    TesseraFrame *callee = frame;
    TesseraFrame *caller = callee->previous;
    TesseraValue *caller_sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
    const TesseraValue *locals = tessera_localsplus(callee);
    for (uint64_t m = OPERAND; m != 0; m &= m - 1) {
        tessera_release_held(locals[__builtin_ctzll(m)]);
    }
    tessera_release_held(callee->func);
    vm->frame = caller;
    vm->depth--;
    vm->stack_top = (uint64_t *)callee;
    *caller_sp = value;
    caller->depth++;
    frame = caller;
    sp = caller_sp + 1;
    CONTINUE();
}
