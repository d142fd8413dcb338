/* _LOAD_GLOBAL: the general case of the LOAD_GLOBAL instruction, by a runtime helper
 * (tessera_jit_load_global) that does what the interpreter does. */
#define HELPER tessera_jit_load_global
#include "../helper.h"
