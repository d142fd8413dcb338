/* _LOAD_ATTR: the general case of the LOAD_ATTR instruction, by a runtime helper
 * (tessera_jit_load_attr) that does what the interpreter does. */
#define HELPER tessera_jit_load_attr
#include "../helper.h"
