/* _LOAD_DEREF: the general case of the LOAD_DEREF instruction, by a runtime helper
 * (tessera_jit_load_deref) that does what the interpreter does. */
#define HELPER tessera_jit_load_deref
#include "../helper.h"
