/* _STORE_SUBSCR_UNDER_LIST_CONST: _STORE_SUBSCR_UNDER_LIST_INT whose key
 * the optimizer knows is the constant OPARG (not negative). */
#include "../subscr.h"

UOP
{
    TesseraValue container = sp[-3];
    const TesseraHeader *h = tessera_as_list(container);
    TesseraValue old;
    EXIT_IF(h == 0 || !tessera_list_store_at(h, OPARG, sp[-1], &old));
    sp -= 3; /* the key is a small int */
    DECREF(container);
    DECREF(old);
    CONTINUE();
}
