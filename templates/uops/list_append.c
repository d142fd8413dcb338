/* _LIST_APPEND: the general case of the LIST_APPEND instruction, by a runtime helper
 * (tessera_jit_list_append) that does what the interpreter does. */
#define HELPER tessera_jit_list_append
#include "../helper.h"
