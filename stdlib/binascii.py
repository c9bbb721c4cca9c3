# binascii — conversions between binary data and ASCII encodings: base64
# (a2b_base64 with 3.11's strict_mode, b2a_base64), hex (hexlify, unhexlify,
# a2b_hex, b2a_hex) and crc32, with CPython's errors.  Original Coil code.

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = [255] * 256
for _i, _c in enumerate(_B64):
    _B64REV[_c] = _i
del _i, _c


def _ascii_data(data):
    """a2b_* accept an ASCII str or a bytes-like object."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _binary_data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii_data(data)
    strict_mode = bool(strict_mode)
    out = bytearray()
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        ch = data[i]
        if ch == 0x3d:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    # Padding ends the data; strict mode allows nothing after it.
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64REV[ch]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xff)
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xff)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xff)
            leftchar = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    data = _binary_data(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        c = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[c >> 18], _B64[(c >> 12) & 63], _B64[(c >> 6) & 63], _B64[c & 63]))
    rest = n % 3
    if rest == 1:
        c = data[n - 1] << 16
        out += bytes((_B64[c >> 18], _B64[(c >> 12) & 63])) + b'=='
    elif rest == 2:
        c = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((_B64[c >> 18], _B64[(c >> 12) & 63], _B64[(c >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


_HEXVAL = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}


def a2b_hex(hexstr, /):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEXVAL.get(data[i])
        lo = _HEXVAL.get(data[i + 1])
        if hi is None or lo is None:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC32 = _crc_table()


def crc32(data, crc=0, /):
    data = _binary_data(data)
    crc = ~crc & 0xffffffff
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff
