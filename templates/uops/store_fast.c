/* _STORE_FAST: pop into local OPARG, releasing the value it held. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    POP_INPUTS();
    TesseraValue *slot = &LOCAL;
    TesseraValue old = *slot;
    *slot = v;
    DECREF(old);
    CONTINUE();
}
