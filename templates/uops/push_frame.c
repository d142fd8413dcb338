/* _PUSH_FRAME: the call _GUARD_CALLABLE checked, made inline: the runtime
 * pushes the callee's frame and moves the arguments in, as the
 * interpreter's CALL does (the caller's pc becomes OPERAND1, the
 * instruction after the call). The trace then runs the callee's micro-ops
 * on the new frame. Leaves the trace at the CALL, nothing changed, when
 * the recursion limit or the frame stack says no. */
#include "../jit.h"

extern TesseraFrame *tessera_jit_push_frame(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp, uint32_t oparg,
                                            uint32_t pc);

UOP
{
    TesseraFrame *callee = tessera_jit_push_frame(vm, frame, sp, OPARG, (uint32_t)OPERAND1);
    EXIT_IF(callee == 0);
    frame = callee;
    sp = tessera_localsplus(callee) + callee->nlocalsplus;
    CONTINUE();
}
