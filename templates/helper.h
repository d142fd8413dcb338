/* helper.h: the body of a micro-op that calls a runtime helper for its
 * instruction's general case (see TesseraHelper in jit.h). A template
 * defines HELPER as the helper's name and includes this. OPARG and OPERAND
 * are the instruction's; OPERAND1 is the bytecode index after it. */
#ifndef TESSERA_HELPER_H
#define TESSERA_HELPER_H

#include "jit.h"

extern TesseraHelper HELPER;

UOP
{
    GENERAL_CASE(HELPER);
}

#endif /* TESSERA_HELPER_H */
