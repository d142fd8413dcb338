/* _BINARY_SUBSCR_TUPLE_INT: `container[key]` where the interpreter saw a
 * tuple and a small int (BinarySubscrTupleInt), as _BINARY_SUBSCR_LIST_INT
 * does for lists: the item is read inline, and anything else leaves the
 * trace at the instruction. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../subscr.h"

UOP
{
    TesseraValue container = IN(0);
    TesseraValue v;
    EXIT_IF(!tessera_kind_item_fast(container, IN(1), 0, &v));
    POP_INPUTS(); /* the key is a small int: nothing to release */
    PUSH(v);
    DECREF(container);
    CONTINUE();
}
