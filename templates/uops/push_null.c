/* _PUSH_NULL: push the "no self" marker of a call. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    POP_INPUTS();
    PUSH(TESSERA_NULL);
    CONTINUE();
}
