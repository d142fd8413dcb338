/* _BINARY_SUBSCR_LIST_INT: `container[key]` where the interpreter saw a
 * list and a small int (BinarySubscrListInt): the item is read inline, and
 * anything else (another container, another key, an index out of range)
 * leaves the trace at the instruction, which the interpreter then runs. No
 * general case: the trace stays as short as the case it was made for. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../subscr.h"

UOP
{
    TesseraValue container = IN(0);
    TesseraValue v;
    EXIT_IF(!tessera_list_item_fast(container, IN(1), &v));
    POP_INPUTS(); /* the key is a small int: nothing to release */
    PUSH(v);
    DECREF(container);
    CONTINUE();
}
