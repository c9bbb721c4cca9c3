# json — read and write JSON text: dumps/dump, loads/load, and the
# JSONEncoder / JSONDecoder classes behind them.

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Calls that use no option at all share these instances.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, extra):
    if (cls is None and not extra and not skipkeys and ensure_ascii
            and check_circular and allow_nan and indent is None
            and separators is None and default is None and not sort_keys):
        return _plain_encoder
    return (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                       indent, separators, default, sort_keys, kw)
    return enc.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                       indent, separators, default, sort_keys, kw)
    for piece in enc.iterencode(obj):
        fp.write(piece)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, bytes):
        # Only UTF-8 input is understood; a UTF-8 BOM is dropped.
        if s[:3] == b'\xef\xbb\xbf':
            s = s[3:]
        s = s.decode('utf-8')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {type(s).__name__}')
    # Only the hooks actually given reach the decoder class.
    hooks = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook,
             'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant}
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _plain_decoder.decode(s)
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
