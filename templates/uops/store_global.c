/* _STORE_GLOBAL: the general case of the STORE_GLOBAL instruction, by a runtime helper
 * (tessera_jit_store_global) that does what the interpreter does. */
#define HELPER tessera_jit_store_global
#include "../helper.h"
