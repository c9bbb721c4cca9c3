# The caller recorded in records: funcName/lineno/filename through wrappers,
# stacklevel=, LoggerAdapter and module-level helpers; stack_info text.
import logging

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s:%(message)s", level=logging.DEBUG)
log = logging.getLogger("caller")

def helper(msg):
    log.info(msg, stacklevel=2)

def deeper(msg):
    log.info(msg, stacklevel=3)

def user():
    helper("reported at user's line")
    deeper("too deep for one level")

def outer():
    user()

outer()
log.info("top level", stacklevel=10)
logging.info("module helper")
logging.LoggerAdapter(log, {}).warning("through an adapter")

class Service:
    def run(self):
        log.debug("in a method")
        self.helper()

    def helper(self):
        log.debug("stack info follows", stack_info=True)

def start():
    Service().run()

start()
lam = lambda: log.error("in a lambda")
lam()
