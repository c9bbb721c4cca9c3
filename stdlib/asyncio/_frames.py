# asyncio._frames — making asyncio's frames look like CPython's in
# tracebacks.
#
# A traceback prints a file, a line number and that line's source text for
# every frame; frames inside CPython's asyncio name its files under
# /usr/lib/python3.11/asyncio/ and the source is read from there when the
# traceback is printed.  The functions whose frames commonly end up in a
# traceback (where errors are raised and where cancellations land) are
# therefore compiled by place() below so that those statements sit on the
# line numbers of the corresponding statements of CPython's file.  Only the
# position is matched: the code is Coil's own, the text shown comes from
# the CPython installation, exactly as it does under CPython.

import _asyncio

_CPYTHON_ASYNCIO = '/usr/lib/python3.11/asyncio/'
_ABSENT = object()


def place(filename, source, namespace, into=None):
    """Run source (definitions only) in namespace, as part of CPython's
    asyncio/<filename>, with each line that ends in `#@N` on line N.

    Blank lines are added in front of a marked line to reach its number;
    marks must increase and leave room for the code before them.  With
    `into`, the functions defined become methods of that class instead of
    module globals.
    """
    before = dict(namespace)
    # The embedded asyncio's own calls were compiled when Coil was built.
    if not _asyncio._define_frozen(_CPYTHON_ASYNCIO + filename, source, namespace):
        _define(filename, source, namespace)
    if into is None:
        return
    for name, value in list(namespace.items()):
        if before.get(name, _ABSENT) is value:
            continue
        # A method: move it into the class, leaving the module as it was.
        value.__qualname__ = f'{into.__qualname__}.{name}'
        setattr(into, name, value)
        if name in before:
            namespace[name] = before[name]
        else:
            del namespace[name]


def _define(filename, source, namespace):
    lines = []
    first = None
    for text in source.split('\n'):
        mark = text.rfind('#@')
        if mark >= 0:
            wanted = int(text[mark + 2:])
            text = text[:mark].rstrip()
            if first is None:
                first = wanted - len(lines)
            else:
                gap = wanted - (first + len(lines))
                if gap < 0:
                    raise SystemError(
                        f'asyncio/{filename}: no room before line {wanted}')
                lines.extend([''] * gap)
        lines.append(text)
    _asyncio._define_at(_CPYTHON_ASYNCIO + filename, first, '\n'.join(lines),
                        namespace)
