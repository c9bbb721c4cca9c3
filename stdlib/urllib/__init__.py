# urllib — the package holding urllib.parse (URL splitting, joining and
# quoting).  Coil has no network stack, so urllib.request/response/error are
# not offered.
