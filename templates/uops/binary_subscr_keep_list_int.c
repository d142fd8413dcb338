/* _BINARY_SUBSCR_KEEP_LIST_INT: `COPY 2; COPY 2; BINARY_SUBSCR` of
 * `container[key] op= value` where the interpreter saw a list and a small
 * int: pushes the item, keeping the container and key below it for
 * _STORE_SUBSCR_UNDER_LIST_INT. Anything else leaves the trace at the
 * first COPY, before any of the three instructions has run. */
#include "../subscr.h"

UOP
{
    TesseraValue v;
    EXIT_IF(!tessera_list_item_fast(sp[-2], sp[-1], &v));
    *sp++ = v;
    CONTINUE();
}
