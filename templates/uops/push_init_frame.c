/* _PUSH_INIT_FRAME: the class call _GUARD_CLASS_VERSION checked, made
 * inline as the interpreter makes it: the runtime allocates the instance
 * and pushes a frame for `__init__` (OPERAND) with the instance as `self`
 * and the arguments moved in, marked so that its return yields the
 * instance; the caller's pc becomes OPERAND1. The trace then runs
 * `__init__`'s micro-ops on the new frame. Leaves the trace at the CALL,
 * nothing changed, when the recursion limit or the frame stack says no. */
#include "../jit.h"

extern TesseraFrame *tessera_jit_push_init_frame(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp, uint32_t n,
                                                 uint64_t init, uint32_t pc);

UOP
{
    TesseraFrame *callee = tessera_jit_push_init_frame(vm, frame, sp, OPARG, OPERAND, (uint32_t)OPERAND1);
    EXIT_IF(callee == 0);
    frame = callee;
    sp = tessera_localsplus(callee) + callee->nlocalsplus;
    CONTINUE();
}
