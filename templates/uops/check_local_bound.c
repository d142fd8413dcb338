/* _CHECK_LOCAL_BOUND: leave the trace if local OPARG is unbound, before the
 * instruction that reads it has done anything (the interpreter then raises
 * UnboundLocalError). The optimizer drops it for locals the trace has
 * already seen bound. */
#define CACHED_POPS 0
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    EXIT_IF(LOCAL == TESSERA_NULL);
    POP_INPUTS();
    CONTINUE();
}
