# logging.config — dictConfig: formatters, filters, handlers, loggers and the
# root logger built from a dictionary (schema version 1), with 'ext://' and
# 'cfg://' references and '()' factories.  fileConfig/listen are not provided.

import logging

__all__ = ['dictConfig', 'DictConfigurator', 'valid_ident']


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    # A dotted name: import the longest importable module, then attributes.
    parts = name.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
        for frag in parts:
            used += '.' + frag
            try:
                found = getattr(found, frag)
            except AttributeError:
                __import__(used)
                found = getattr(found, frag)
        return found
    except ImportError as e:
        v = ValueError('Cannot resolve %r: %s' % (name, e))
        raise v from e


def _copy_structure(value):
    if isinstance(value, dict):
        return {k: _copy_structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_structure(v) for v in value]
    return value


class DictConfigurator(object):
    """Applies one configuration dictionary to the logging module."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        # Work on a copy of the dict/list structure: configuring replaces
        # entries by the objects built, and the caller's dict stays as given.
        self.config = _copy_structure(config)

    def resolve(self, s):
        return _resolve(s)

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        # cfg://a.b[0][key] : a path into the configuration itself.
        rest = value
        d = self.config
        name, sep, rest = self._split_cfg(rest)
        d = d[name]
        while rest:
            if rest[0] == '.':
                name, sep, rest = self._split_cfg(rest[1:])
                d = d[name]
            elif rest[0] == '[':
                end = rest.index(']')
                idx = rest[1:end]
                d = d[int(idx)] if idx.isdigit() and not isinstance(d, dict) else d[idx]
                rest = rest[end + 1:]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def _split_cfg(self, s):
        i = 0
        while i < len(s) and s[i] not in '.[':
            i += 1
        if i == 0:
            raise ValueError('Unable to convert %r' % s)
        return s[:i], '', s[i:]

    def convert(self, value):
        if isinstance(value, str):
            prefix, sep, suffix = value.partition('://')
            if sep and prefix in self.value_converters:
                return getattr(self, self.value_converters[prefix])(suffix)
        elif isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        elif isinstance(value, list):
            return [self.convert(v) for v in value]
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        if incremental:
            handlers = config.get('handlers', {})
            for name in handlers:
                if name not in logging._handlers:
                    raise ValueError('No handler found with name %r' % name)
                try:
                    handler = logging._handlers[name]
                    level = handlers[name].get('level', None)
                    if level:
                        handler.setLevel(logging._checkLevel(level))
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            loggers = config.get('loggers', {})
            for name in loggers:
                try:
                    self.configure_logger(name, loggers[name], True)
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(root, True)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', {})
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefixed = name + '.'
                i = existing.index(name) + 1
                while i < len(existing):
                    if existing[i].startswith(prefixed):
                        child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        # Loggers the configuration does not name are disabled (if asked);
        # children of named ones are reset to pass records up.
        for log in existing:
            logger = root.manager.loggerDict[log]
            if log in child_loggers:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            elif disable_existing:
                logger.disabled = True
        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        c = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            factory = c if callable(c) else self.resolve(c)
        else:
            cname = config.pop('class')
            factory = self.resolve(cname) if isinstance(cname, str) else cname
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('logging.config.fileConfig is not supported by Coil (no configparser)')


def listen(port=0, verify=None):
    raise NotImplementedError('logging.config.listen is not supported by Coil (no sockets)')
