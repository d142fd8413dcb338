/* _FOR_ITER: push the next item of the iterator on top of the stack, by the
 * helper tessera_jit_for_iter. When the iterator is exhausted the helper
 * pops it, as the interpreter does, and the trace leaves through the jump
 * target (the loop's exit); if `next` raised, through the error exit. */
#include "../jit.h"

extern TesseraHelper tessera_jit_for_iter;

UOP
{
    TesseraValue *r = tessera_jit_for_iter(vm, frame, sp, OPARG, OPERAND, (uint32_t)OPERAND1);
    ERROR_IF(r == 0);
    if (r < sp) {
        sp = r;
        JUMP_TO_JUMP_TARGET();
    }
    sp = r;
    CONTINUE();
}
