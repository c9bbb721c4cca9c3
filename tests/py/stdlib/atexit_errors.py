# atexit: an exception in a callback is reported and the others still run;
# sys.exit() in the main program still runs them and keeps its status
import atexit, sys

class Job:
    def __init__(self, name, fail=None):
        self.name, self.fail = name, fail
    def __repr__(self):
        return f'<Job {self.name}>'
    def __call__(self):
        print('running', self.name)
        if self.fail:
            raise self.fail

def helper():
    return {}['missing']

class Deep(Job):
    def __call__(self):
        print('running', self.name)
        helper()

atexit.register(Job('first'))
atexit.register(Job('boom', ValueError('bad value')))
atexit.register(int, 'not a number')
atexit.register(Deep('deep'))
atexit.register(Job('exit', SystemExit(7)))
atexit.register(Job('last'))
print('main exits with 2')
sys.stdout.flush()
sys.exit(2)
