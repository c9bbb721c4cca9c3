# contextvars: ContextVar get/set/reset with Token, Context mapping, copy_context().run.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

var = ContextVar('var', default=1)
other = ContextVar('other')
print(var.name, var.get(), other.get('fallback'), var.get(5))
try:
    other.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is other)

tok = var.set(10)
print(var.get(), tok.var is var, tok.old_value is Token.MISSING, repr(Token.MISSING))
tok2 = var.set(20)
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())
for bad in (lambda: var.reset(tok), lambda: other.reset(other.set(1)) or other.reset(tok2)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, 'raised')

ctx = copy_context()
print(type(ctx).__name__, var in ctx, other in ctx, len(ctx) >= 0)


def inside(x):
    var.set(x)
    other.set('in')
    return var.get(), other.get()


print(ctx.run(inside, 99), var.get(), other.get('absent'), ctx[var], ctx.get(other), var in ctx)
print(sorted(v.name for v in ctx), sorted(str(v) for v in ctx.values()))

try:
    ctx.run(lambda: ctx.run(lambda: None))
except RuntimeError as e:
    print('RuntimeError raised')

empty = Context()
print(len(empty), empty.get(var, 'none'), empty.run(var.get), empty.run(lambda: var.set(7) and var.get()), empty[var])

t = var.set(3)
try:
    ctx.run(var.reset, t)
except ValueError:
    print('ValueError: different Context')
var.reset(t)
print(var.get())
try:
    empty['x']
except TypeError as e:
    print('TypeError:', e)
try:
    ContextVar(1)
except TypeError as e:
    print('TypeError:', e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print('TypeError:', e)
print(ContextVar[int])
