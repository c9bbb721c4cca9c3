# logging.handlers — size- and time-rotating files, buffering/memory handlers,
# watched files, and the queue handler.  Handlers that need threads or
# sockets raise NotImplementedError when created.

import os
import copy
import time
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may roll the file over before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over to name.1, name.2 ... when the file would reach maxBytes."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = encoding or "utf-8"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dfn = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # Only regular files roll over; the size counts characters, as CPython's.
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() empties it (subclasses send them on)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target when full or on a severe record."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts formatted records on a queue (anything with put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The message is formatted here; the copy carries text, not arguments.
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Hands records from a queue to handlers; start() needs a thread."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        raise NotImplementedError('QueueListener.start needs threads, which Coil does not have')

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        pass


def _unsupported(name, why):
    class Unsupported(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise NotImplementedError('logging.handlers.%s is not supported by Coil (%s)' % (name, why))
    Unsupported.__name__ = Unsupported.__qualname__ = name
    return Unsupported


_MIDNIGHT = 24 * 60 * 60

# when -> (seconds per unit, file name suffix, pattern of the suffix)
_WHEN = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    'H': (3600, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at intervals (seconds to weeks, or at midnight/atTime),
    naming old files with their period's date."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding or "utf-8",
                                     delay=delay, errors=errors)
        import re
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix, pattern = 7 * _MIDNIGHT, _WHEN['D'][1], _WHEN['D'][2]
        elif self.when in _WHEN:
            unit, self.suffix, pattern = _WHEN[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            t = int(os.path.getmtime(self.baseFilename))
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = self._tuple(currentTime)
            day = t[6]
            if self.atTime is None:
                rotate_ts = _MIDNIGHT
            else:
                rotate_ts = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
            r = rotate_ts - ((t[3] * 60 + t[4]) * 60 + t[5])
            if r < 0:
                # The rotation time of day has passed: tomorrow.
                r += _MIDNIGHT
                day = (day + 1) % 7
            result = currentTime + r
            if self.when.startswith('W') and day != self.dayOfWeek:
                wait = (self.dayOfWeek - day) % 7
                result += wait * _MIDNIGHT
                if not self.utc:
                    result += self._dst_shift(t[-1], result)
        return result

    def _dst_shift(self, dst_now, at):
        # Local rollovers keep their wall-clock time across a DST change.
        dst_then = time.localtime(at)[-1]
        if dst_now == dst_then:
            return 0
        return 3600 if dst_now else -3600

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                # Never roll over anything but a regular file; look again later.
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        dirName, baseName = os.path.split(self.baseFilename)
        prefix = baseName + '.'
        plen = len(prefix)
        result = []
        for fileName in os.listdir(dirName):
            if fileName[:plen] == prefix:
                for part in fileName[plen:].split('.'):
                    if self.extMatch.match(part):
                        result.append(os.path.join(dirName, fileName))
                        break
        if len(result) < self.backupCount:
            return []
        result.sort()
        return result[:len(result) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        currentTime = int(time.time())
        dstNow = time.localtime(currentTime)[-1]
        t = self.rolloverAt - self.interval
        if self.utc:
            timeTuple = time.gmtime(t)
        else:
            timeTuple = time.localtime(t)
            dstThen = timeTuple[-1]
            if dstNow != dstThen:
                timeTuple = time.localtime(t + (3600 if dstNow else -3600))
        dfn = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, timeTuple))
        if os.path.exists(dfn):
            os.remove(dfn)
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for s in self.getFilesToDelete():
                os.remove(s)
        if not self.delay:
            self.stream = self._open()
        newRolloverAt = self.computeRollover(currentTime)
        while newRolloverAt <= currentTime:
            newRolloverAt = newRolloverAt + self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            newRolloverAt += self._dst_shift(dstNow, newRolloverAt)
        self.rolloverAt = newRolloverAt


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it was moved or removed
    (the device and inode of the path no longer those of the open file)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        # Coil has no os.fstat: the path is stat'ed right after opening it.
        if self.stream:
            sres = os.stat(self.baseFilename)
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres.st_dev != self.dev or sres.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)
SocketHandler = _unsupported('SocketHandler', 'no sockets')
DatagramHandler = _unsupported('DatagramHandler', 'no sockets')
SysLogHandler = _unsupported('SysLogHandler', 'no sockets')
SMTPHandler = _unsupported('SMTPHandler', 'no sockets')
HTTPHandler = _unsupported('HTTPHandler', 'no sockets')
NTEventLogHandler = _unsupported('NTEventLogHandler', 'Windows only')
