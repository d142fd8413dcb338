/* _BINARY_SUBSCR_KEEP_LIST_CONST: _BINARY_SUBSCR_KEEP_LIST_INT whose key
 * the optimizer knows is the constant OPARG (not negative). */
#include "../subscr.h"

UOP
{
    TesseraValue v;
    EXIT_IF(!tessera_list_item_const(sp[-2], OPARG, &v));
    *sp++ = v;
    CONTINUE();
}
