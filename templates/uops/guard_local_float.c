/* _GUARD_LOCAL_FLOAT: leave the trace unless local OPARG holds a float.
 * The optimizer hoists a loop's type guards on locals into guards of this
 * kind, run once when the trace is entered. */
#define CACHED_POPS 0
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_float(LOCAL));
    POP_INPUTS();
    CONTINUE();
}
