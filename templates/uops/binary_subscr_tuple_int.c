/* _BINARY_SUBSCR_TUPLE_INT: `container[key]` where the interpreter saw a
 * tuple and a small int (BinarySubscrTupleInt), as _BINARY_SUBSCR_LIST_INT
 * does for lists: the item is read inline, and anything else leaves the
 * trace at the instruction. */
#include "../subscr.h"

UOP
{
    TesseraValue container = sp[-2];
    TesseraValue v;
    EXIT_IF(!tessera_kind_item_fast(container, sp[-1], 0, &v));
    sp[-2] = v; /* the key is a small int: nothing to release */
    sp--;
    DECREF(container);
    CONTINUE();
}
