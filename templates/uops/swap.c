/* _SWAP: swap the top with the item OPARG places down. */
#include "../jit.h"

UOP
{
    TesseraValue t = sp[-1];
    sp[-1] = sp[-(int)OPARG];
    sp[-(int)OPARG] = t;
    CONTINUE();
}
