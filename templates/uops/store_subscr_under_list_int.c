/* _STORE_SUBSCR_UNDER_LIST_INT: `SWAP 3; SWAP 2; STORE_SUBSCR`, the write
 * half of `container[key] op= value` whose read half was
 * _BINARY_SUBSCR_KEEP_LIST_INT (stack: container, key, value): stores the
 * list item inline. Anything else (the operation emptied the list, say)
 * leaves the trace at the first SWAP, nothing changed. */
#include "../subscr.h"

UOP
{
    TesseraValue container = sp[-3];
    TesseraValue old;
    EXIT_IF(!tessera_list_store_fast(container, sp[-2], sp[-1], &old));
    sp -= 3; /* the key is a small int */
    DECREF(container);
    DECREF(old);
    CONTINUE();
}
