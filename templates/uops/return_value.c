/* _RETURN_VALUE: the return of a function a trace called inline (a frame
 * _PUSH_FRAME pushed: never a generator's or `__init__`'s), as the
 * interpreter's return does: pops the frame, releasing its locals, what
 * is left on its stack and its function, and pushes the value on top of
 * its stack onto the caller's stack. The caller becomes the VM's frame
 * first, so a `__del__` run by a release sees the caller (with its stack
 * depth as the call left it) and the callee's slots are never seen half
 * released. The trace carries on in the caller. */
#include "../jit.h"

UOP
{
    TesseraValue value = sp[-1];
    TesseraFrame *callee = frame;
    TesseraFrame *caller = callee->previous;
    TesseraValue *caller_sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
    vm->frame = caller;
    vm->depth--;
    for (TesseraValue *p = tessera_localsplus(callee); p < sp - 1; p++) {
        tessera_decref(caller, caller_sp, *p);
    }
    tessera_decref(caller, caller_sp, callee->func);
    vm->stack_top = (uint64_t *)callee;
    *caller_sp = value;
    caller->depth++;
    frame = caller;
    sp = caller_sp + 1;
    CONTINUE();
}
