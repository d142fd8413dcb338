/* _BUILD_LIST: the general case of the BUILD_LIST instruction, by a runtime helper
 * (tessera_jit_build_list) that does what the interpreter does. */
#define HELPER tessera_jit_build_list
#include "../helper.h"
