/* _BINARY_SUBSCR_LIST_CONST: _BINARY_SUBSCR_LIST_INT whose key the
 * optimizer knows is the constant OPARG (not negative): no key to test
 * and no end to count from; still pops the key the constant pushed, so an
 * exit sees the interpreter's stack. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../subscr.h"

UOP
{
    TesseraValue container = IN(0);
    TesseraValue v;
    EXIT_IF(!tessera_list_item_const(container, OPARG, &v));
    POP_INPUTS(); /* the key is a small int: nothing to release */
    PUSH(v);
    DECREF(container);
    CONTINUE();
}
