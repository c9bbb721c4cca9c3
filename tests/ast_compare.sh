#!/bin/sh
# ast_compare.sh — checks that `coil --ast FILE` prints exactly what CPython
# 3.11's ast.dump(ast.parse(...), indent=2) prints, for every tests/py case
# outside tests/py/errors (or for the files given).
# Usage: tests/ast_compare.sh BUILD/coil [files...]
# Prints each failing file with the first lines of the diff, then
# "N passed, N failed"; exits 1 if any failed.
set -u
coil=${1:?usage: tests/ast_compare.sh BUILD/coil [files...]}
shift
py=/usr/bin/python3.11
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
    set -- $(find "$root/tests/py" -name '*.py' -not -path '*/tests/py/errors/*' | sort)
fi

pass=0
fail=0
for f in "$@"; do
    # CPython's ast.parse accepts programs its compiler rejects ('return'
    # outside a function...); skip those: coil reports them while parsing.
    if ! "$py" -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1], encoding='utf-8').read()), indent=2))" \
            "$f" > "$tmp/want" 2>/dev/null; then
        continue
    fi
    if ! "$py" -c "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1], 'exec')" "$f" \
            2>/dev/null; then
        continue
    fi
    "$coil" --ast "$f" > "$tmp/got" 2> "$tmp/err"
    if cmp -s "$tmp/want" "$tmp/got"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $f"
        head -3 "$tmp/err"
        diff "$tmp/want" "$tmp/got" | head -10
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
