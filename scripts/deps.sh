#!/usr/bin/env bash
# deps.sh — installs every Debian package Coil's build, tests, CI and benchmarks
# need, and only those that are missing.  Safe to run again; needs root or sudo.
set -euo pipefail

# package:what-it-provides (a command or file whose presence means installed)
need=(
  "cmake:/usr/bin/cmake"
  "make:/usr/bin/make"
  "gcc:/usr/bin/gcc"
  "clang:/usr/bin/clang"
  "re2c:/usr/bin/re2c"
  "lemon:/usr/bin/lemon"
  "libcriterion-dev:/usr/include/criterion/criterion.h"
  "python3.11:/usr/bin/python3.11"
  "libclang-rt-14-dev:/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a"
  "lua5.4:/usr/bin/lua5.4"
)

missing=()
for entry in "${need[@]}"; do
  pkg=${entry%%:*}
  path=${entry#*:}
  if [ ! -e "$path" ] && ! dpkg -s "$pkg" >/dev/null 2>&1; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "deps.sh: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
