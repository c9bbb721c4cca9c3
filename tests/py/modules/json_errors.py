# json.loads errors: JSONDecodeError with CPython's messages and positions
# (line, column, char), and its attributes.
import json
bad_docs = ["", "   ", "[1, 2", '{"a" 1}', '{"a": 1,}', "[1,]", "{1: 2}", '"abc', '"a\\qb"', '"\\u12"',
            "[1] x", "nul", "01", '{"a":1 "b":2}', '"a\x01b"', "[\n1,\n2,\n@]", "-", "1.", "{", '{"a":',
            "[1 2]", '{"a": }', '"\\ud800"x', '"\\uZZZZ"', "tru", "[,]", "\ufeff[]"]
for doc in bad_docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e)
        print("   ", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
try:
    json.loads(5)
except TypeError as e:
    print(e)
e = json.JSONDecodeError("Oops", "ab\ncd", 4)
print(e, isinstance(e, ValueError), e.args)
import json.decoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecodeError.__name__)
try:
    json.loads('{"unclosed": [1, 2}')
except ValueError as e:
    # The line an uncaught one ends a traceback with.
    print(f"{type(e).__module__}.{type(e).__qualname__}: {e}")
