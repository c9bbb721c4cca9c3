#!/bin/sh
# cli_compare.sh — the `coil` command line against CPython's: `-c` programs
# (sys.argv, tracebacks and syntax errors in "<string>", exit codes) and
# programs read from stdin (`coil`, `coil -`, `coil - args`).  Each case
# runs under coil and /usr/bin/python3.11; stdout, stderr and the exit code
# must be identical.
# Usage: tests/cli_compare.sh BUILD/coil
set -u
coil=${1:?usage: tests/cli_compare.sh BUILD/coil}
case $coil in /*) ;; *) coil=$(pwd)/$coil ;; esac
py=/usr/bin/python3.11
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# check NAME STDIN-FILE ARGS...: runs both with the same arguments and stdin.
check() {
    name=$1 input=$2
    shift 2
    "$coil" "$@" < "$input" > "$tmp/c.out" 2> "$tmp/c.err"; echo "exit $?" >> "$tmp/c.out"
    "$py" "$@" < "$input" > "$tmp/p.out" 2> "$tmp/p.err"; echo "exit $?" >> "$tmp/p.out"
    if cmp -s "$tmp/c.out" "$tmp/p.out" && cmp -s "$tmp/c.err" "$tmp/p.err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name"
        diff "$tmp/c.out" "$tmp/p.out" | head -10
        diff "$tmp/c.err" "$tmp/p.err" | head -10
    fi
}

: > "$tmp/empty"
check "-c print" "$tmp/empty" -c 'print(1 + 1)'
check "-c argv" "$tmp/empty" -c 'import sys; print(sys.argv, repr(sys.path[0]), __name__)' a -b
check "-c traceback" "$tmp/empty" -c 'def f():
    return 1 / 0
f()'
check "-c syntax error" "$tmp/empty" -c 'x = (1 +'
check "-c exit code" "$tmp/empty" -c 'import sys; sys.exit(3)'
check "-c no __file__" "$tmp/empty" -c 'print("__file__" in globals())'
check "stdin script" "$root/tests/cli/stdin_script.py"
check "stdin -" "$root/tests/cli/stdin_script.py" -
check "stdin - args" "$root/tests/cli/stdin_script.py" - x y
check "-u -c" "$tmp/empty" -u -c "print(2)"
# A script named by a relative path: syntax errors and tracebacks show its
# absolute path.
mkdir -p "$tmp/sub"
printf 'x = 1\ny = (\n' > "$tmp/sub/bad_syntax.py"
printf 'def f():\n    raise ValueError(1)\nf()\n' > "$tmp/sub/bad_run.py"
cd "$tmp"
check "relative script syntax error" "$tmp/empty" sub/bad_syntax.py
check "relative script traceback" "$tmp/empty" sub/bad_run.py
cd - > /dev/null
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
