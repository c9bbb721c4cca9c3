# json.loads: values, unicode escapes, whitespace, hooks (object_hook,
# object_pairs_hook, parse_float, parse_int, parse_constant), round trips.
import json
print(json.loads('[1, 2.0, "a", {"b": null, "c": true}, false, -0, 1E400, -1e-2, 0.5e1]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\/\\\\\\"x"'), json.loads(" \n 42 \t"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": [1, {"b": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads("1.5", parse_float=str), json.loads("7", parse_int=float))
print(json.loads("[NaN, Infinity]", parse_constant=lambda s: s.lower()), json.loads(b'[1, "b"]'), json.loads('"x"'))
print(json.loads('{"deep": [[[[{"k": []}]]]]}'), json.loads("123456789012345678901234567890"))
print(json.loads('"tab\there"', strict=False), json.loads("[]"), json.loads("{}"), json.loads(" true "))
doc = {"list": [1, "two", 3.0, None, True], "map": {"x": -1.25e-5, "y": ""}, "s": "\u20ac"}
print(json.loads(json.dumps(doc)) == doc, json.loads(json.dumps(doc, indent=4, sort_keys=True)) == doc)
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} tail'), decoder.decode("[1]"))
print(json.loads('"\\ud800"') == "\ud800", len(json.loads('"\\ud83d\\ude00"')))
