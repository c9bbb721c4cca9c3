# shlex — a lexer for shell-like syntax: the shlex class (POSIX and classic
# modes, punctuation_chars, whitespace_split), split(), quote() and join().
# Original Coil code following CPython 3.11's documented behaviour; source
# inclusion (sourcehook/push_source) is not offered.

import io
import sys
from collections import deque

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')

# Token-reader states besides a quote or escape character: between tokens,
# inside a word, inside a run of punctuation, and past the end of input.
_IDLE = ' '
_WORD = 'a'
_PUNCT = 'c'


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _IDLE
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            c = self._pushback_chars.pop()
        else:
            c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        # One token per call.  `quoted` records that a quote was seen, so in
        # POSIX mode '' still yields an (empty) token.
        quoted = False
        resume = _IDLE      # the state an escape sequence returns to
        posix = self.posix
        while True:
            c = self._next_char()
            st = self.state
            if st is None:
                self.token = ''
                break
            if st == _IDLE:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                    continue
                if c in self.commenters:
                    self._skip_comment()
                elif posix and c in self.escape:
                    resume = _WORD
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = _WORD
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = _PUNCT
                elif c in self.quotes:
                    if not posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = _WORD
                else:
                    # a lone character that is a token by itself
                    self.token = c
                    if self.token or (posix and quoted):
                        break
                    continue
            elif st in self.quotes:
                quoted = True
                if not c:
                    raise ValueError('No closing quotation')
                if c == st:
                    if posix:
                        self.state = _WORD
                    else:
                        self.token += c
                        self.state = _IDLE
                        break
                elif posix and c in self.escape and st in self.escapedquotes:
                    resume = st
                    self.state = c
                else:
                    self.token += c
            elif st in self.escape:
                if not c:
                    raise ValueError('No escaped character')
                # Inside quotes only the quote itself and the escape
                # character can be escaped; otherwise the backslash stays.
                if resume in self.quotes and c != st and c != resume:
                    self.token += st
                self.token += c
                self.state = resume
            elif st == _WORD or st == _PUNCT:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = _IDLE
                    if self.token or (posix and quoted):
                        break
                    continue
                if c in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = _IDLE
                        if self.token or (posix and quoted):
                            break
                        continue
                elif st == _PUNCT:
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = _IDLE
                        break
                elif posix and c in self.quotes:
                    self.state = c
                elif posix and c in self.escape:
                    resume = _WORD
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    self.state = _IDLE
                    if self.token or (posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError('s argument must not be None')
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    if not s:
        return "''"
    if isinstance(s, (bytes, bytearray)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    if not isinstance(s, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    # Single quotes protect everything; an embedded ' closes the quoting,
    # appears double-quoted, and reopens it.
    return "'" + s.replace("'", "'\"'\"'") + "'"
