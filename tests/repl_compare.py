"""repl_compare.py — the interactive prompt against CPython's: each session
is typed into `coil` and into `/usr/bin/python3.11 -q` on a pseudo-terminal
and the two transcripts (prompts, echoed input, results, tracebacks) must be
identical, apart from Coil's banner (and the terminal's ^C echo, which
CPython's readline suppresses).
Usage: /usr/bin/python3.11 tests/repl_compare.py BUILD/coil"""
import os
import pty
import select
import signal
import sys
import time

SESSIONS = [
    ["1 + 2\n", "x = [1, 2,\n", "3]\n", "x\n", "'abc'\n", "None\n", "_\n"],
    ["def f(n):\n", "    return n * 2\n", "\n", "f(21)\n", "for i in range(2): print(i)\n", "\n",
     "class A:\n", "    def __repr__(self): return 'A()'\n", "\n", "[A(), A()]\n"],
    ["1/0\n", "undefined_name\n", "x = (1 +\n", "\n", "2)\n", "x\n", "def g(:\n", "print('still here')\n"],
    ["import sys\n", "sys.argv, sys.path[0]\n", "__name__\n", "y = 5; y * 2\n", "sys.exit(4)\n"],
    ["x = (1,\n", "\x03", "print('after interrupt')\n"],
    ["a: int = 1\n", "b: str\n", "__annotations__\n", "from __future__ import annotations\n"],
    ["match [1, 2]:\n", "    case [a, b] if a:\n", "        print(a + b)\n", "    case _:\n", "        pass\n", "\n",
     "match = 3\n", "match\n", "match x:\n", "    case 1 2:\n", "case = 1; case\n"],
    ["try:\n", "    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n", "except* ValueError as e:\n",
     "    print(repr(e))\n", "\n", "try:\n", "    pass\n", "except* E:\n", "    pass\n", "except F:\n",
     "print('after')\n"],
]

# Top-level await: compared with CPython's asyncio prompt (`python -m asyncio`),
# minus its banner and exit line.  (Only inputs that await run in the loop at
# Coil's prompt; in CPython's every input does, so these sessions stay on the
# common ground.)
AWAIT_SESSIONS = [
    ["import asyncio\n", "await asyncio.sleep(0.01, 'done')\n", "async def f(x):\n", "    await asyncio.sleep(0)\n",
     "    return x * 2\n", "\n", "r = await f(21)\n", "r\n", "[await f(i) for i in range(3)]\n",
     "async def ag():\n", "    yield 1\n", "    yield 2\n", "\n", "[x async for x in ag()]\n",
     "async for v in ag(): print(v)\n", "\n", "async with asyncio.timeout(1): print('in')\n", "\n",
     "x = 1; y = await f(x); y\n", "print(r, y, asyncio.get_event_loop().is_closed())\n"],
]


def run(cmd, lines):
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(cmd[0], cmd)
    out = b""

    def read_until_prompt(limit=10.0):
        nonlocal out
        end = time.time() + limit
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                if out.endswith(b">>> ") or out.endswith(b"... "):
                    return True
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            out += data
        return False

    read_until_prompt()
    for line in lines:
        os.write(fd, line.encode())
        if not read_until_prompt():
            break
    os.write(fd, b"\x04")
    read_until_prompt(2.0)
    for _ in range(100):
        pid_done, status = os.waitpid(pid, os.WNOHANG)
        if pid_done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        status = None
    os.close(fd)
    text = out.decode(errors="replace").replace("\r\n", "\n")
    return text, (os.waitstatus_to_exitcode(status) if status is not None else "hung")


def main():
    coil = os.path.abspath(sys.argv[1])
    failed = 0
    for i, lines in enumerate(SESSIONS):
        got, gcode = run([coil], lines)
        want, wcode = run(["/usr/bin/python3.11", "-q"], lines)
        # Coil's two-line banner (stderr) comes first; CPython -q has none.
        got = got.split("\n", 2)[2] if got.startswith("Coil ") else got
        # Ctrl-C: the terminal echoes ^C where CPython's readline echoes nothing.
        got = got.replace("^C", "")
        if got != want or gcode != wcode:
            failed += 1
            print("FAIL session %d (exit %s vs %s)\n--- coil\n%s\n--- python3.11\n%s" % (i, gcode, wcode, got, want))
    for i, lines in enumerate(AWAIT_SESSIONS):
        got, gcode = run([coil], lines)
        want, wcode = run(["/usr/bin/python3.11", "-q", "-m", "asyncio"], lines)
        got = got.split("\n", 2)[2] if got.startswith("Coil ") else got
        # CPython's asyncio prompt: three banner lines, its own `import asyncio`, an exit line
        want = want.split("\n", 4)[4].replace("exiting asyncio REPL...\n", "")
        if got != want or gcode != wcode:
            failed += 1
            print("FAIL await session %d (exit %s vs %s)\n--- coil\n%s\n--- python3.11 -m asyncio\n%s" % (i, gcode, wcode, got, want))
    total = len(SESSIONS) + len(AWAIT_SESSIONS)
    print("%d passed, %d failed" % (total - failed, failed))
    sys.exit(1 if failed else 0)


main()
