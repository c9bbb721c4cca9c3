# logging.config.dictConfig: formatters, filters, handlers with ext:// streams,
# loggers with propagate, root, disable_existing_loggers, incremental updates,
# '()' factories and the configuration errors.
import logging
import logging.config
import sys

old = logging.getLogger("old.module")
kept = logging.getLogger("app.sub")

class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True

def make_formatter(prefix):
    return logging.Formatter(prefix + " %(name)s: %(message)s")

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(message)s"},
        "braces": {"format": "{name}|{message}", "style": "{"},
        "custom": {"()": make_formatter, "prefix": ">>"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "braces", "filters": ["only_app"]},
        "shout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "custom", "filters": ["upper"], "level": "ERROR"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out"], "propagate": True},
        "noisy": {"level": "CRITICAL", "handlers": ["shout"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["braced", "shout"]},
}
logging.config.dictConfig(config)
print(sorted(config["formatters"]), type(config["formatters"]["brief"]).__name__)
app = logging.getLogger("app")
app.debug("debug from app")
kept.info("child of a configured logger")
app.error("error one")
logging.getLogger("noisy").error("dropped")
logging.getLogger("noisy").critical("kept")
old.error("old logger disabled: %s", old.disabled)
print(old.disabled, kept.disabled, kept.level, kept.propagate)
print([h.name for h in logging.root.handlers], app.handlers[0].level)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "INFO"}}})
app.info("info now filtered by the handler level")
app.error("error passes")
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "root": {"level": "INFO"}})
print(logging.root.handlers, app.disabled, app.handlers)

for bad in ({}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "root": {"handlers": ["missing"]}},
            {"version": 1, "formatters": {"f": {"format": "no fields"}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
