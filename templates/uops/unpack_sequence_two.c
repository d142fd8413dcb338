/* _UNPACK_SEQUENCE_TWO: _UNPACK_SEQUENCE for two values, straight-line
 * (see unpack.h): `for i, x in enumerate(...)`, `a, b = pair`. */
#define UNPACK_N 2
#include "../unpack.h"
