# functools.lru_cache().cache_info(): a CacheInfo named tuple.
from functools import lru_cache


@lru_cache(maxsize=2)
def sq(n):
    return n * n


sq(1), sq(1), sq(2), sq(3)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
