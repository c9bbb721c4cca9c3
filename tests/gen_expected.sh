#!/usr/bin/env bash
# Regenerate expected outputs for the conformance cases from CPython 3.11.
#
#   bash tests/gen_expected.sh            # every case under tests/py
#   bash tests/gen_expected.sh FILE...    # just those cases
#
# For each case X.py writes X.stdout (raw stdout), X.stderr (stderr passed
# through tests/normalize_stderr.py) and X.exit (exit code, one line).
# Helper modules (files in a directory named _helpers, or whose name starts
# with `_`) are skipped. Never edit the generated files by hand.
set -u

PY=/usr/bin/python3.11
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NORMALIZE="$HERE/normalize_stderr.py"
CASES_ROOT="$HERE/py"

if [ ! -x "$PY" ]; then
    echo "gen_expected.sh: $PY not found" >&2
    exit 2
fi

is_helper() {
    # $1: path of a .py file. Helper if any path component below tests/py
    # starts with `_` (covers `_helpers/` dirs and `_mod.py` files).
    local rel="$1" comp
    case "$rel" in
        "$CASES_ROOT"/*) rel="${rel#"$CASES_ROOT"/}" ;;
    esac
    IFS='/' read -r -a parts <<< "$rel"
    for comp in "${parts[@]}"; do
        case "$comp" in
            _*) return 0 ;;
        esac
    done
    return 1
}

files=()
if [ "$#" -eq 0 ]; then
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(find "$CASES_ROOT" -type f -name '*.py' -print0 | sort -z)
else
    for f in "$@"; do
        if [ ! -f "$f" ]; then
            echo "gen_expected.sh: no such file: $f" >&2
            exit 2
        fi
        files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
    done
fi

count=0
for f in "${files[@]}"; do
    if is_helper "$f"; then
        continue
    fi
    dir="$(dirname "$f")"
    base="$(basename "$f")"
    stem="${f%.py}"
    tmp_err="$(mktemp)"
    (
        cd "$dir" &&
        env PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout 30 "$PY" "$base" < /dev/null > "$stem.stdout" 2> "$tmp_err"
    )
    rc=$?
    "$PY" "$NORMALIZE" < "$tmp_err" > "$stem.stderr"
    rm -f "$tmp_err"
    echo "$rc" > "$stem.exit"
    if [ "$rc" -eq 124 ]; then
        echo "gen_expected.sh: warning: $f timed out" >&2
    fi
    count=$((count + 1))
done
echo "gen_expected.sh: generated expected output for $count case(s)"
