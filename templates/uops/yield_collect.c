/* _YIELD_COLLECT: YIELD_VALUE in a generator drained by a collecting
 * consumer (`set(genexpr)`, `tuple(genexpr)`; the frame's FRAME_COLLECT
 * flag, not run inline by a `for`): the value goes to the collect sink and
 * None, what `next()` sends, takes its place, as the interpreter does
 * without leaving the generator. In any other mode the trace leaves at
 * the yield, which the interpreter then makes. */
#include "../jit.h"

UOP
{
    uint32_t mode = frame->flags & (TESSERA_FRAME_COLLECT | TESSERA_FRAME_INLINE_GEN);
    EXIT_IF(mode != TESSERA_FRAME_COLLECT);
    EXIT_IF(!tessera_jit_collect(vm, sp[-1]));
    sp[-1] = TESSERA_NONE;
    CONTINUE();
}
