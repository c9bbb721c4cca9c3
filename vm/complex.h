/* complex.h — the complex type (complex.c). */
#ifndef COIL_COMPLEX_H
#define COIL_COMPLEX_H

#include "vm/vm.h"

typedef struct CoilComplex {
    CoilObject obj;
    double re, im;
} CoilComplex;

void complex_init_type(CoilVM *vm);
/* A complex (exact type) re + im*j. */
CoilValue complex_new_value(CoilVM *vm, double re, double im);
/* An instance of type (complex or a subclass of it). */
CoilValue complex_alloc(CoilVM *vm, CoilType *type, double re, double im);
/* v is a complex or an instance of a subclass. */
bool value_is_complex(CoilVM *vm, CoilValue v);

#endif
