/* _SLOT_ITEM_MUL_FLOAT: `local.attr *= x` on an attribute holding a float (see slot_item_float.h). */
#define SLOT_ITEM_OP *
#include "../slot_item_float.h"
