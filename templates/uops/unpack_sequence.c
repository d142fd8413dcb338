/* _UNPACK_SEQUENCE: unpack the top into OPARG values (see unpack.h). */
#include "../unpack.h"
