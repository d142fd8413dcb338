/* _UNPACK_SEQUENCE_THREE: _UNPACK_SEQUENCE for three values, straight-line
 * (see unpack.h): coordinates, `(r, v, m)` records. */
#define UNPACK_N 3
#include "../unpack.h"
