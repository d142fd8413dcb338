/* _BINARY_SUBSCR_LIST_CONST: _BINARY_SUBSCR_LIST_INT whose key the
 * optimizer knows is the constant OPARG (not negative): no key to test
 * and no end to count from; still pops the key the constant pushed, so an
 * exit sees the interpreter's stack. */
#include "../subscr.h"

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue v;
    EXIT_IF(!tessera_list_item_const(container, OPARG, &v));
    sp[-2] = v; /* the key is a small int: nothing to release */
    sp--;
    DECREF(container);
    CONTINUE();
}
