/* _BUILD_TUPLE: the general case of the BUILD_TUPLE instruction, by a runtime helper
 * (tessera_jit_build_tuple) that does what the interpreter does. */
#define HELPER tessera_jit_build_tuple
#include "../helper.h"
