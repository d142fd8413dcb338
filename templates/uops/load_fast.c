/* _LOAD_FAST: push local OPARG (a new reference). */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue v = LOCAL;
    tessera_incref(v);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
