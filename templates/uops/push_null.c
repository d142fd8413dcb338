/* _PUSH_NULL: push the "no self" marker of a call. */
#include "../jit.h"

UOP
{
    *sp++ = TESSERA_NULL;
    CONTINUE();
}
