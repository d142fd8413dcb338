/* _RETURN_INIT: the return of an `__init__` a trace runs inline: the
 * runtime checks the returned value is None (else it raises TypeError
 * there, as the interpreter does, and the trace leaves through its error
 * exit), pops the frame and pushes the new instance onto the caller's
 * stack; the trace carries on in the caller. */
#include "../jit.h"

extern TesseraFrame *tessera_jit_pop_init_frame(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp);

UOP
{
    TesseraFrame *caller = tessera_jit_pop_init_frame(vm, frame, sp);
    ERROR_IF(caller == 0);
    frame = caller;
    sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
    CONTINUE();
}
