# A coroutine that is created but never awaited: CPython's RuntimeWarning on stderr.
async def forgotten():
    return 1

forgotten()
print("after the call")
kept = forgotten()
print("end of script")
