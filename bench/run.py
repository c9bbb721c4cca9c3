"""Benchmark runner: times Coil against /usr/bin/python3.11 (and lua5.4 where a
Lua version of the program exists) in the same run, and prints each one's median
wall time, peak memory (max RSS) and the ratios.

  /usr/bin/python3.11 bench/run.py [--build build] [--runs 5] [--cpu] [NAME ...]

Benchmarks: `parse` (lex+parse a generated 50,000-line file, against ast.parse)
and every bench/programs/NAME.py (run by coil and python3.11; NAME.lua by lua5.4).
Times are wall-clock seconds, or CPU (user + system) seconds with --cpu, which
is steadier on a shared machine.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3.11"
# GNU time reports the peak RSS of the program alone.  A child forked from
# this runner inherits the runner's resident-set high-water mark on Linux
# (it is carried over at exec), so wait4's ru_maxrss is never below the
# runner's own ~12 MiB.
GNU_TIME = "/usr/bin/time"


def measure(cmd, runs, cpu=False):
    """Median seconds (wall, or user+sys with cpu) and max peak RSS (KiB) of
    `runs` runs of cmd."""
    times, peak = [], 0
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rss:
        for _ in range(runs):
            full = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd if use_time else cmd
            t0 = time.perf_counter()
            proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - t0
            err = proc.stderr.read().decode(errors="replace")
            proc.stderr.close()
            code = os.waitstatus_to_exitcode(status)
            if code != 0:
                return None, None, f"exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}"
            # wait4's times include the program's, reaped by GNU time.
            times.append(usage.ru_utime + usage.ru_stime if cpu else elapsed)
            if use_time:
                rss.seek(0)
                peak = max(peak, int(rss.read().split()[-1]))
            else:
                peak = max(peak, usage.ru_maxrss)
    return statistics.median(times), peak, None


def benchmarks(build):
    """(name, {runner: command}) for every benchmark."""
    out_dir = os.path.join(build, "bench")
    os.makedirs(out_dir, exist_ok=True)
    parse_input = os.path.join(out_dir, "parse_input.py")
    with open(parse_input, "w") as f:
        subprocess.run([PYTHON, os.path.join(HERE, "gen_parse_input.py"), "50000"], stdout=f, check=True)
    yield "parse (50k lines)", {
        "coil": [os.path.join(build, "bench", "bench_parse"), parse_input],
        "python3.11": [PYTHON, "-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())", parse_input],
    }
    prog_dir = os.path.join(HERE, "programs")
    if os.path.isdir(prog_dir):
        for name in sorted(os.listdir(prog_dir)):
            if not name.endswith(".py"):
                continue
            path = os.path.join(prog_dir, name)
            cmds = {"coil": [os.path.join(build, "coil"), path], "python3.11": [PYTHON, path]}
            lua = path[:-3] + ".lua"
            if os.path.exists(lua) and shutil.which("lua5.4"):
                cmds["lua5.4"] = ["lua5.4", lua]
            yield name[:-3], cmds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cpu", action="store_true", help="time user+system CPU seconds, not wall time")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    build = os.path.abspath(args.build)

    print(f"{'benchmark':24} {'coil s':>8} {'py s':>8} {'py/coil':>8} {'lua s':>8} {'coil/lua':>8}"
          f" {'coil MiB':>9} {'py MiB':>8}")
    for name, cmds in benchmarks(build):
        if args.names and name not in args.names:
            continue
        res = {r: measure(c, args.runs, args.cpu) for r, c in cmds.items()}
        coil_t, coil_m, coil_err = res["coil"]
        py_t, py_m, _ = res["python3.11"]
        if coil_err:
            print(f"{name:24} coil cannot run it yet ({coil_err})")
            continue
        lua_t = res.get("lua5.4", (None, None, None))[0]
        lua_s = f"{lua_t:8.3f} {coil_t / lua_t:8.2f}" if lua_t else f"{'-':>8} {'-':>8}"
        print(f"{name:24} {coil_t:8.3f} {py_t:8.3f} {py_t / coil_t:8.2f} {lua_s}"
              f" {coil_m / 1024:9.1f} {py_m / 1024:8.1f}")
        sys.stdout.flush()


main()
