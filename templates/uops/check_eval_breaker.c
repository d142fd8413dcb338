/* _CHECK_EVAL_BREAKER: at a loop's back edge, leave the trace when the
 * interpreter has work to do there: a pending signal (Ctrl-C), or a cycle
 * collection that has become due. OPERAND is the address of this thread's
 * "collection due" flag; the signal flag is the runtime's. The exit resumes
 * at the loop's JumpBackward, which does that work as it would without the
 * JIT. */
#define CACHED_POPS 0
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    EXIT_IF(*(volatile uint8_t *)OPERAND | tessera_jit_signal_pending);
    POP_INPUTS();
    CONTINUE();
}
