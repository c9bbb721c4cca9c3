# textwrap — wrapping and filling paragraphs, dedent/indent, shorten.
# Coil has no `re` module, so the text is cut into chunks by a hand-written
# scanner that follows CPython's documented splitting: whitespace runs,
# words, hyphenated words broken after a hyphen between letters, and
# em-dashes ("--") between words.  Original Coil code.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _WHITESPACE


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalpha() or c == '_') and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _em_dash_at(text, j):
    """Two or more hyphens at j, followed by a word character; returns the
    index after the hyphens, or -1."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    if k - j >= 2 and k < n and _is_word(text[k]):
        return k
    return -1


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]):
            k = _em_dash_at(text, i)
            if k >= 0:
                chunks.append(text[i:k])
                i = k
                continue
        # A word: the shortest run of non-space characters that ends at a
        # breakable hyphen, at whitespace or the end, or before an em-dash.
        j = i + 1
        while True:
            if j < n and text[j] == '-' and _breakable_hyphen(text, j):
                end = j + 1
                break
            if j >= n or _is_ws(text[j]):
                end = j
                break
            if _is_word_punct(text[j - 1]) and _em_dash_at(text, j) >= 0:
                end = j
                break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _breakable_hyphen(text, j):
    """The hyphen at j may end a chunk: two letters (or letter-hyphen-letter)
    before it, and a letter, an optional hyphen and a letter after it."""
    n = len(text)
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
             (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
    if not before:
        return False
    if j + 1 < n and _is_letter(text[j + 1]):
        if j + 2 < n and _is_letter(text[j + 2]):
            return True
        if j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3]):
            return True
    return False


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lower-case letter, then . ! or ?, then an optional quote, at the end."""
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to `width` columns; see wrap() and fill()."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '

    def _handle_long_word(self, pending, line, line_len, width):
        """The next chunk does not fit on any line: cut it (preferably after
        a hyphen) or, if long words must stay whole, put it alone on a line."""
        room = width - line_len if width >= 1 else 1
        if self.break_long_words:
            chunk = pending[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                h = chunk.rfind('-', 0, room)
                if h > 0 and chunk[:h].strip('-'):
                    cut = h + 1
            line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = chunks[::-1]          # next chunk at the end, for cheap pops
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            line_len = 0
            while pending and line_len + len(pending[-1]) <= width:
                line_len += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                line_len -= len(line.pop())
            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and line_len <= width):
                lines.append(indent + ''.join(line))
                continue
            # Last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    return lines
                line_len -= len(line.pop())
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The paragraph `text` as a list of lines of at most width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """wrap() joined with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and return it as a single string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate to width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Remove the whitespace common to the start of every non-blank line;
    lines holding only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        lead = _leading_blank(line)
        if len(lead) == len(line):
            lines[idx] = ''          # blank line: normalised, ignored for the margin
            continue
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
            continue
        if margin.startswith(lead):
            margin = lead
            continue
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text that satisfy predicate (by default,
    lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
