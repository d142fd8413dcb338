/* _STORE_FAST: pop into local OPARG, releasing the value it held. */
#include "../jit.h"

UOP
{
    TesseraValue *slot = &LOCAL;
    TesseraValue old = *slot;
    *slot = *--sp;
    DECREF(old);
    CONTINUE();
}
