/* _RETURN_VALUE: the return of a function a trace called inline: the
 * runtime pops its frame (releasing its locals) and pushes the value on
 * top of the stack onto the caller's stack; the trace carries on in the
 * caller. */
#include "../jit.h"

extern TesseraFrame *tessera_jit_pop_frame(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp);

UOP
{
    TesseraFrame *caller = tessera_jit_pop_frame(vm, frame, sp);
    frame = caller;
    sp = tessera_localsplus(caller) + caller->nlocalsplus + caller->depth;
    CONTINUE();
}
