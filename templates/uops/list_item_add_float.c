/* _LIST_ITEM_ADD_FLOAT: `local[k] += x` on a list of floats (see list_item_float.h). */
#define LIST_ITEM_OP +
#include "../list_item_float.h"
