/* _LOAD_METHOD: the general case of the LOAD_METHOD instruction, by a runtime helper
 * (tessera_jit_load_method) that does what the interpreter does. */
#define HELPER tessera_jit_load_method
#include "../helper.h"
