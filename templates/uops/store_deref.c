/* _STORE_DEREF: the general case of the STORE_DEREF instruction, by a runtime helper
 * (tessera_jit_store_deref) that does what the interpreter does. */
#define HELPER tessera_jit_store_deref
#include "../helper.h"
