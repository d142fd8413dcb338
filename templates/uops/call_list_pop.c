/* _CALL_LIST_POP: `lst.pop()` or `lst.pop(i)` for a small int i (OPARG
 * is the number of arguments, 0 or 1; see list_call.h): the item comes
 * off the list, those after it move down one. An empty list or an index
 * out of range is the helper's (which raises IndexError). */
#include "../list_call.h"

UOP
{
    int n = (int)OPARG;
    TesseraValue callable = sp[-n - 2], self = sp[-n - 1];
    TesseraHeader *l = tessera_list_call_receiver(callable, self, OPERAND);
    if (l && (n == 0 || tessera_is_small_int(sp[-1]))) {
        int64_t len = tessera_seq_len(l, 1);
        int64_t j = n == 0 ? -1 : tessera_small_int(sp[-1]);
        if (j < 0) {
            j += len;
        }
        if (__builtin_expect((uint64_t)j < (uint64_t)len, 1)) {
            TesseraValue *items = tessera_seq_items(l, 1);
            /* The item's reference moves from the list to the stack. */
            TesseraValue item = items[j];
            for (int64_t k = j; k + 1 < len; k++) {
                items[k] = items[k + 1];
            }
            tessera_list_set_len(l, len - 1);
            LIST_CALL_DONE(n, item, callable, self);
        }
    }
    GENERAL_CASE(tessera_jit_call);
}
