#!/usr/bin/python3.11
"""Conformance runner: compare Coil against CPython 3.11 expected output.

Usage:
  run_conformance.py --coil PATH/TO/coil [--mode parse|run] [--jobs N]
                     [--list-failures FILE] [FILES or DIRS...]

Default case set: every case under tests/py (helper modules, i.e. files in a
directory starting with `_` such as `_helpers/` or files named `_*.py`, are
skipped).

Mode `run` (default): runs `coil X.py` with cwd = the case's directory,
basename as the argument, stdin from /dev/null, env PYTHONHASHSEED=0
PYTHONDONTWRITEBYTECODE=1 and a 30 s timeout (a timeout is a failure);
stderr is normalized with tests/normalize_stderr.py; stdout, stderr and exit
code are compared with X.stdout, X.stderr and X.exit.

Mode `parse`: cases under `errors/` are checked as in `run`; every other case
is run as `coil --ast X.py` and must exit 0 with empty stderr (stdout is
discarded).

The final line is exactly `N passed, N failed`; exit status is 1 if any case
failed, else 0.
"""
import argparse
import concurrent.futures
import difflib
import os
import signal
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_ROOT = os.path.join(HERE, 'py')
TIMEOUT = 30
DIFF_LIMIT = 30

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from normalize_stderr import normalize  # noqa: E402


def is_helper(path):
    path = os.path.abspath(path)
    try:
        rel = os.path.relpath(path, CASES_ROOT)
    except ValueError:
        rel = path
    if rel.startswith('..'):
        rel = os.path.basename(path)
    return any(part.startswith('_') for part in rel.split(os.sep))


def collect(args):
    targets = args or [CASES_ROOT]
    found = []
    for t in targets:
        if os.path.isdir(t):
            for dirpath, dirnames, filenames in os.walk(t):
                dirnames.sort()
                for fn in sorted(filenames):
                    if fn.endswith('.py'):
                        p = os.path.abspath(os.path.join(dirpath, fn))
                        if not is_helper(p):
                            found.append(p)
        elif os.path.isfile(t):
            p = os.path.abspath(t)
            if not is_helper(p):
                found.append(p)
        else:
            print('run_conformance: no such file or directory: %s' % t,
                  file=sys.stderr)
            sys.exit(2)
    seen = set()
    out = []
    for p in found:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def display_name(path):
    rel = os.path.relpath(path, CASES_ROOT)
    if rel.startswith('..'):
        return path
    return rel


def is_error_case(path):
    """A case CPython rejects at compile time: everything under errors/, and
    any other case whose expected output is only a SyntaxError (or one of its
    subclasses) with nothing printed before it."""
    rel = os.path.relpath(path, CASES_ROOT)
    if not rel.startswith('..') and rel.split(os.sep)[0] == 'errors':
        return True
    stem = path[:-3]
    try:
        with open(stem + '.stdout', 'rb') as f:
            if f.read():
                return False
        with open(stem + '.stderr', 'rb') as f:
            lines = decode(f.read()).splitlines()
    except OSError:
        return False
    return (bool(lines) and not lines[0].startswith('Traceback')
            and lines[-1].startswith(('SyntaxError:', 'IndentationError:', 'TabError:')))


def run_program(argv, cwd):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    try:
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, start_new_session=True)
    except OSError as e:
        return ('oserror', str(e))
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        # Kill the whole process group so no grandchild keeps running.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        proc.communicate()
        return None
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def decode(b):
    return b.decode('utf-8', 'surrogateescape')


def read_text(path):
    with open(path, 'rb') as f:
        return decode(f.read())


def diff(label, expected, actual):
    lines = list(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile='expected ' + label, tofile='actual ' + label, n=2))
    out = []
    for ln in lines:
        if not ln.endswith('\n'):
            ln += '\n\\ No newline at end of file\n'
        out.append(ln)
    return out


TIMED = re.compile(r'sleep\(\s*(0?\.\d*[1-9]|[1-9]|[A-Za-z_])|call_later|call_at|timeout|wait_for|'
                   r'as_completed|wait\(')
SANITIZER = re.compile(r'AddressSanitizer|LeakSanitizer|runtime error:|Segmentation fault')


def is_timed(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return bool(TIMED.search(f.read()))


def check_crash_only(coil, path):
    proc = run_program([coil, os.path.basename(path)], os.path.dirname(path))
    if proc is None:
        return False, ['timeout after %ds' % TIMEOUT]
    if isinstance(proc, tuple):
        return False, ['cannot run coil: %s' % proc[1]]
    err = decode(proc.stderr)
    if proc.returncode < 0 or SANITIZER.search(err):
        return False, ['crashed (exit %d):' % proc.returncode] + err.splitlines()[-DIFF_LIMIT:]
    return True, []


def check(coil, mode, path, timed_crash_only=False):
    if timed_crash_only and mode == 'run' and is_timed(path):
        return check_crash_only(coil, path)
    """Return (ok, report_lines)."""
    name = display_name(path)
    cwd = os.path.dirname(path)
    base = os.path.basename(path)
    stem = path[:-3]

    if mode == 'parse' and not is_error_case(path):
        proc = run_program([coil, '--ast', base], cwd)
        if proc is None:
            return False, ['timeout after %ds (--ast)' % TIMEOUT]
        if isinstance(proc, tuple):
            return False, ['cannot run coil: %s' % proc[1]]
        problems = []
        if proc.returncode != 0:
            problems.append('--ast exit code %d (expected 0)' % proc.returncode)
        err = decode(proc.stderr)
        if err:
            problems.append('--ast stderr not empty:')
            problems.extend(('  ' + ln) for ln in err.splitlines()[:DIFF_LIMIT])
        return not problems, problems

    exp_paths = [stem + '.stdout', stem + '.stderr', stem + '.exit']
    if not all(os.path.isfile(p) for p in exp_paths):
        return False, ['missing expected output; run tests/gen_expected.sh']
    exp_out = read_text(exp_paths[0])
    exp_err = read_text(exp_paths[1])
    exp_exit = read_text(exp_paths[2]).strip()

    proc = run_program([coil, base], cwd)
    if proc is None:
        return False, ['timeout after %ds' % TIMEOUT]
    if isinstance(proc, tuple):
        return False, ['cannot run coil: %s' % proc[1]]
    act_out = decode(proc.stdout)
    act_err = normalize(decode(proc.stderr))
    act_exit = str(proc.returncode)

    report = []
    if act_exit != exp_exit:
        report.append('exit code: expected %s, got %s\n' % (exp_exit, act_exit))
    if act_out != exp_out:
        report.extend(diff('stdout', exp_out, act_out))
    if act_err != exp_err:
        report.extend(diff('stderr', exp_err, act_err))
    if not report:
        return True, []
    if len(report) > DIFF_LIMIT:
        more = len(report) - DIFF_LIMIT
        report = report[:DIFF_LIMIT] + ['... (%d more lines)\n' % more]
    return False, [ln.rstrip('\n') for ln in report]


def main(argv=None):
    global TIMEOUT
    ap = argparse.ArgumentParser(
        description='Run the Coil conformance suite against CPython 3.11 '
                    'expected output.')
    ap.add_argument('--coil', required=True, help='path to the coil binary')
    ap.add_argument('--mode', choices=('parse', 'run'), default='run')
    ap.add_argument('--jobs', '-j', type=int, default=2)
    ap.add_argument('--list-failures', metavar='FILE',
                    help='write failing case paths to FILE, one per line')
    ap.add_argument('--known-failures', metavar='FILE',
                    help='cases (paths relative to tests/py, one per line, '
                         '# comments) that do not pass yet: run, reported '
                         'as skipped when they fail and as fixed when they '
                         'pass, so the list can only shrink')
    ap.add_argument('--timed-crash-only', action='store_true',
                    help='for cases whose output depends on wall-clock timers '
                         '(timed sleeps, timeouts, call_later), only check that '
                         'coil neither crashed nor reported a sanitizer error: '
                         'for slow instrumented builds (GC stress), where timer '
                         'order legitimately differs')
    ap.add_argument('--timeout', type=int, default=30, metavar='S',
                    help='seconds a case may run (default 30); instrumented '
                         'builds (GC stress) need more')
    ap.add_argument('paths', nargs='*', metavar='FILES or DIRS')
    args = ap.parse_args(argv)
    TIMEOUT = args.timeout

    coil = os.path.abspath(args.coil) if os.sep in args.coil else args.coil
    cases = collect(args.paths)
    jobs = max(1, args.jobs)

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        futs = {ex.submit(check, coil, args.mode, c, args.timed_crash_only): c for c in cases}
        for fut in concurrent.futures.as_completed(futs):
            c = futs[fut]
            try:
                results[c] = fut.result()
            except Exception as e:  # runner bug: report, don't crash
                results[c] = (False, ['runner error: %r' % (e,)])

    known = set()
    if args.known_failures:
        with open(args.known_failures) as f:
            for ln in f:
                ln = ln.split('#', 1)[0].strip()
                if ln:
                    known.add(os.path.normpath(ln))

    passed = failed = skipped = 0
    failures = []
    fixed = []
    for c in cases:
        ok, report = results[c]
        is_known = display_name(c) in known
        if ok:
            passed += 1
            if is_known:
                fixed.append(display_name(c))
            continue
        if is_known:
            skipped += 1
            continue
        failed += 1
        failures.append(c)
        print('FAIL %s' % display_name(c))
        for ln in report:
            print('    ' + ln)
    if args.list_failures:
        with open(args.list_failures, 'w') as f:
            for c in failures:
                f.write(c + '\n')
    for name in fixed:
        print('FIXED %s (passes now: remove it from %s)' % (name, args.known_failures))
    if skipped:
        print('%d passed, %d failed, %d skipped' % (passed, failed, skipped))
    else:
        print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
