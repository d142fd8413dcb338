/* _UNPACK_SEQUENCE: unpack the top into OPARG values. A tuple or list of
 * exactly that length is unpacked by a fast path; everything else by the
 * general helper (tessera_jit_unpack_sequence). */
#include "../jit.h"

extern TesseraHelper tessera_jit_unpack_sequence;

UOP
{
    TesseraValue seq = sp[-1];
    if (__builtin_expect(tessera_jit_unpack_exact(seq, OPARG, sp - 1), 1)) {
        sp = sp - 1 + OPARG;
        DECREF(seq);
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_unpack_sequence);
}
