/* type.h — type objects: creating the built-in types at start-up, attribute
 * lookup along the MRO, method tables, generic getattr/setattr for objects,
 * and user classes (the CLASS instruction) whose dunders fill the C slots. */
#ifndef COIL_TYPE_H
#define COIL_TYPE_H

#include "vm/state.h"

/* An instance of a user class (or of `object`): the dict follows the header.
 * Every type with TYPE_HAS_DICT keeps its instance dict at this offset. */
typedef struct CoilInstance {
    CoilObject obj;
    CoilValue dict; /* a dict, VAL_EMPTY until the first attribute is set, or
                       an inline tag (below) */
} CoilInstance;

/* Inline attributes.  Instances of a TYPE_INLINE_ATTRS class are allocated
 * with room for `cap` values after the CoilInstance, and their dict slot
 * holds an inline tag (a special value no code mistakes for an object)
 * carrying n and cap: the instance's attributes are then exactly the class's
 * ikeys[0..n) with values vals[0..n), in that order, and no dict exists.
 * Anything the inline form cannot express (another assignment order, more
 * than cap attributes, deletion, a non-interned name, a request for the real
 * dict) converts the instance once to dict mode: a dict in the slot, as for
 * every other object with a __dict__. */
#define INST_INLINE_TAG (VAL_TAG_SPECIAL | ((uint64_t)1 << 40))
#define INST_INLINE_MAX 32 /* most names a class learns (and values an instance holds inline) */

static inline bool inst_is_inline(CoilValue slot) { return (slot & ~(uint64_t)0xFFFF) == INST_INLINE_TAG; }
static inline uint32_t inst_inline_n(CoilValue slot) { return (uint32_t)(slot & 0xFF); }
static inline uint32_t inst_inline_cap(CoilValue slot) { return (uint32_t)((slot >> 8) & 0xFF); }
static inline CoilValue inst_inline_tag(uint32_t n, uint32_t cap) { return INST_INLINE_TAG | ((uint64_t)cap << 8) | n; }
static inline CoilValue *inst_inline_vals(CoilObject *o) { return (CoilValue *)(void *)((CoilInstance *)(void *)o + 1); }

/* Where name's value lives in an inline-mode instance o (tag `slot`), or NULL. */
CoilValue *instance_inline_find(CoilObject *o, CoilValue slot, CoilString *name);
/* Stores an attribute of an inline-mode instance.  1: stored inline; 0: the
 * instance is now in dict mode (the caller stores into the dict); -1: error. */
int instance_inline_set(CoilVM *vm, CoilObject *o, CoilString *name, CoilValue value);
/* Converts an inline-mode instance to dict mode: its new dict, or VAL_ERROR. */
CoilValue instance_to_dict(CoilVM *vm, CoilObject *o);
/* Marks the inline values of o (GC). */
void instance_inline_trace(CoilVM *vm, CoilObject *o);

/* Creates every built-in type and exception class (vm.h's lists) and calls
 * each module's slot initialiser.  false on allocation failure. */
bool type_init_builtins(CoilVM *vm);

/* A new built-in type; registers nothing by name.  Root it (or store it in
 * a vm->t_ field) before the next allocation. */
CoilType *type_new_builtin(CoilVM *vm, const char *name, CoilType *base, size_t instance_size,
                           uint32_t flags);
/* Copies the slots a type did not set from its base (after the owner's init). */
void type_inherit_slots(CoilType *t);

/* Installs a method table (ending with {NULL}) into t's dict. */
bool type_add_methods(CoilVM *vm, CoilType *t, const CoilMethodDef *defs);
bool type_add_getsets(CoilVM *vm, CoilType *t, const CoilGetSetDef *defs);
bool type_set_attr_str(CoilVM *vm, CoilType *t, const char *name, CoilValue v);

/* The attribute along t's MRO, without descriptors applied; VAL_EMPTY if absent. */
CoilValue type_lookup(CoilVM *vm, CoilType *t, CoilString *name);

/* Invalidates every cached type_lookup (after changing a class namespace). */
void type_modified(CoilVM *vm);

/* Generic attribute access (PyObject_GenericGetAttr): data descriptors, the
 * instance dict, then non-data descriptors and class attributes.
 * `missing_ok`: return VAL_EMPTY instead of raising AttributeError. */
CoilValue object_generic_getattr(CoilVM *vm, CoilValue obj, CoilString *name, bool missing_ok);
int object_generic_setattr(CoilVM *vm, CoilValue obj, CoilString *name, CoilValue value);
/* The instance dict of obj, created on demand; VAL_EMPTY if the type has none. */
CoilValue object_dict(CoilVM *vm, CoilValue obj, bool create);
/* Where o's dict value lives (o's type must have a dict_offset). */
CoilValue *object_dict_slot(CoilObject *o);
/* obj_size of subclasses of variable-size built-ins: the base's body plus
 * the dict slot. */
size_t object_varsize_size(const CoilObject *o);

/* Builds a user class (CLASS): name, bases tuple, namespace dict. */
CoilValue type_new_class(CoilVM *vm, CoilString *name, CoilValue bases, CoilValue ns,
                         CoilValue kwds);
/* The same with an explicit metaclass (type.__new__(meta, ...)); the class's
 * type is the most derived of meta and the bases' metaclasses. */
CoilValue type_new_class_meta(CoilVM *vm, CoilType *meta, CoilString *name, CoilValue bases, CoilValue ns,
                              CoilValue kwds);
/* The most derived of meta and the bases' metaclasses; NULL with a TypeError
 * ("metaclass conflict") if they do not form a chain. */
CoilType *class_calculate_meta(CoilVM *vm, CoilType *meta, CoilValue bases);
/* Generic attribute lookup on a class (type.__getattribute__). */
CoilValue type_getattr_generic(CoilVM *vm, CoilValue self, CoilString *name);
int type_setattr_generic(CoilVM *vm, CoilValue self, CoilString *name, CoilValue value);
/* Records t in its bases' __subclasses__ (weakly); false on no memory. */
bool type_register_subclass(CoilVM *vm, CoilType *t);
/* Re-fills the slot(s) a dunder controls after `cls.__x__ = ...`. */
void type_update_slot(CoilVM *vm, CoilType *t, CoilString *name);

/* Sets the fields a class adds to its built-in base (dict slot, __slots__
 * members) to VAL_EMPTY in a freshly allocated instance o. */
void object_init_fields(CoilObject *o);
/* The __dict__ and __weakref__ descriptors of classes (object.c). */
extern const CoilGetSetDef class_dict_getsets[], class_weakref_getsets[];
/* The __op__ / __neg__ script function a user class's operator slot would
 * call, when the interpreter may run it as a frame (class.c); else NULL. */
struct CoilFunction *class_binary_dunder(CoilVM *vm, CoilType *ta, CoilType *tb, CoilBinaryOp op);
struct CoilFunction *class_neg_dunder(CoilVM *vm, CoilType *t);
struct CoilFunction *class_rbinary_dunder(CoilVM *vm, CoilType *ta, CoilType *tb, CoilBinaryOp op);
struct CoilFunction *class_compare_dunder(CoilVM *vm, CoilType *ta, CoilType *tb, CoilCompareOp op);

/* A new instance of class t with an empty dict slot (object.__new__). */
CoilValue object_alloc_instance(CoilVM *vm, CoilType *t);
/* The inline-attribute room a new instance of t gets: as many attributes as
 * the class's instances have shown so far (a few for the first ones). */
static inline uint32_t inst_inline_new_cap(const CoilType *t) { return t->nikeys ? t->nikeys : 4; }
/* t's __init__ is object's (for CPython's "X() takes no arguments"). */
bool object_init_is_default(CoilVM *vm, CoilType *t);

/* Calls the special method `name` found on type(self) with self prepended;
 * *found = false (and VAL_EMPTY returned) if the type has none. */
CoilValue type_call_special(CoilVM *vm, CoilValue self, CoilString *name, const CoilValue *args,
                            size_t nargs, bool *found);

/* dir(obj): the sorted attribute names (instance dict and class MRO; a
 * class's own MRO; a module's dict). */
CoilValue object_dir(CoilVM *vm, CoilValue obj);

/* The init slot of classes with a Python __init__ (the interpreter calls
 * such classes without leaving its loop). */
CoilValue class_slot_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kwnames);

/* Generic repr of objects without __repr__: <module.Name object at 0x...>. */
CoilValue object_default_repr(CoilVM *vm, CoilValue self);
/* The name to show for t in messages ("int", "MyClass"). */
static inline const char *type_name(const CoilType *t) { return t->name; }
const char *value_type_name(CoilVM *vm, CoilValue v);
/* The name argument-clinic errors ("f() argument 2 must be str, not None")
 * give a value's type: "None" for None, else the type's name. */
const char *value_arg_type_name(CoilVM *vm, CoilValue v);

#endif
