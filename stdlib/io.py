# io — file objects (from the native _io module) and the in-memory streams
# StringIO and BytesIO, written here in Coil.

from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

import abc as _abc

__all__ = ["open", "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom",
           "UnsupportedOperation", "DEFAULT_BUFFER_SIZE", "StringIO", "BytesIO",
           "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses: the given one,
    or "locale" (or "utf-8" in UTF-8 mode) for None."""
    if encoding is not None:
        return encoding
    import sys
    return "utf-8" if sys.flags.utf8_mode else "locale"


class _MemoryIO:
    # Shared by StringIO and BytesIO: the contents are one str/bytes value
    # plus a position; writes past the end pad with the empty element.
    # Appends at the end are kept as a list of parts and joined when the
    # contents are next needed, so a run of writes costs linear time.
    _empty = ""
    _closed_msg = "I/O operation on closed file."

    @property
    def _buf(self):
        if self._parts:
            self._parts.insert(0, self._str)
            self._str = self._empty.join(self._parts)
            self._parts = []
        return self._str

    @_buf.setter
    def _buf(self, value):
        self._str = value
        self._parts = []
        self._len = len(value)

    def _check(self, msg=None):
        if self._closed:
            raise ValueError(msg or self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        if self._flush_checks:
            self._check()

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._buf
        start = self._pos
        end = len(buf) if size < 0 else min(len(buf), start + size)
        if start >= end:
            return self._empty
        self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._buf
        start = self._pos
        end = self._line_end(buf, start)
        if size >= 0 and start + size < end:
            end = start + size
        if start >= end:
            return self._empty
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        self._check("I/O operation on closed file.")
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and hint > 0 and total >= hint:
                break
        return lines

    def write(self, s):
        self._check()
        s = self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
            self._len = pos + n
            self._pos = pos + n
            return n
        buf = self._buf
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + self._pad(pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def __iter__(self):
        if self._iter_checks:
            self._check("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO):
    _closed_msg = "I/O operation on closed file"
    _flush_checks = False
    _iter_checks = True

    def _line_end(self, buf, start):
        nl = self._newline
        if nl == "":
            # Universal line ends, kept as written: \r, \n or \r\n.
            i = buf.find("\n", start)
            j = buf.find("\r", start, len(buf) if i < 0 else i)
            if j >= 0:
                return j + 2 if buf.startswith("\n", j + 1) else j + 1
            return len(buf) if i < 0 else i + 1
        sep = "\n" if nl is None else nl
        i = buf.find(sep, start)
        return len(buf) if i < 0 else i + len(sep)

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._seen = 0
        self._buf = self._translate(initial_value)
        self._pos = 0
        self._closed = False

    # newline=None turns every \r and \r\n written into \n; "\r" and "\r\n"
    # turn \n into themselves; "" and "\n" store text as written.  The
    # universal modes (None, "") record which line ends they saw.
    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == "":
            crlf = s.count("\r\n")
            if s.count("\r") > crlf:
                self._seen |= 1
            if s.count("\n") > crlf:
                self._seen |= 2
            if crlf:
                self._seen |= 4
            if nl is None and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl != "\n":
            s = s.replace("\n", nl)
        return s

    def write(self, s):
        self._check()
        s = self._check_type(s)
        return _MemoryIO.write(self, self._translate(s)) and len(s)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return s

    def _pad(self, n):
        return "\0" * n

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != "":
            return None
        return (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"), ("\n", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


class BytesIO(_MemoryIO):
    _empty = b""
    _flush_checks = True
    _iter_checks = False

    def _line_end(self, buf, start):
        # bytes has no find() yet: scan for b'\n' (10)
        n = len(buf)
        i = start
        while i < n and buf[i] != 10:
            i += 1
        return n if i >= n else i + 1

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check_type(self, s):
        # any bytes-like object, kept as bytes
        if isinstance(s, bytes):
            return s
        if isinstance(s, (bytearray, memoryview)):
            return bytes(s)
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def _pad(self, n):
        return bytes(n)

    def getbuffer(self):
        raise NotImplementedError("BytesIO.getbuffer() is not supported by Coil (no memoryview)")

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos


# --- the abstract stream classes ---------------------------------------------
# Bases for user-defined streams (a class with write() derived from
# TextIOBase can be given to print(file=...)), and the classes isinstance()
# checks against: the concrete streams are registered with them.

class IOBase(metaclass=_abc.ABCMeta):
    """The base of all streams: closing, context management, line iteration
    built on readline(), and 'not supported' for everything else."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def flush(self):
        self._checkClosed()

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def fileno(self):
        self._unsupported("fileno")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        size = _size(size)
        # one character (or byte) at a time through read(): subclasses with
        # a buffer do better
        parts = []
        got = 0
        while size < 0 or got < size:
            c = self.read(1)
            if not c:
                break
            parts.append(c)
            got += 1
            if c in ("\n", b"\n"):
                break
        if parts and isinstance(parts[0], str):
            return "".join(parts)
        return b"".join(parts)

    def readlines(self, hint=None):
        hint = -1 if hint is None else hint
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() is built on readinto()."""

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Text streams: str in, str out."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _register():
    import sys
    for cls in (TextIOWrapper, StringIO, type(sys.__stdout__)):
        TextIOBase.register(cls)
    for cls in (BufferedReader, BufferedWriter, BufferedRandom, BytesIO,
                type(sys.__stdout__.buffer), type(sys.__stdin__.buffer)):
        BufferedIOBase.register(cls)


_register()
del _register
