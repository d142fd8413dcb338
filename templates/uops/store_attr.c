/* _STORE_ATTR: the general case of the STORE_ATTR instruction, by a runtime helper
 * (tessera_jit_store_attr) that does what the interpreter does. */
#define HELPER tessera_jit_store_attr
#include "../helper.h"
