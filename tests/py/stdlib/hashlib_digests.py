# hashlib digests (md5, sha1, sha2 family) across block-boundary lengths,
# incremental update/copy, errors; random.seed() from str and bytes (v1 and v2).
import hashlib, random
msgs = [b'', b'a', b'abc', b'message digest', b'x' * 55, b'x' * 56, b'x' * 63, b'x' * 64, b'x' * 111, b'x' * 112, b'x' * 119, b'x' * 127, b'x' * 128, b'x' * 129, bytes(range(256)) * 5, 'héllo wörld'.encode()]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for m in msgs:
        print(name, len(m), getattr(hashlib, name)(m).hexdigest())
    h = hashlib.new(name); h.update(b'part1'); c = h.copy(); h.update(b'part2')
    print(h.name, h.digest_size, h.block_size, h.hexdigest() == hashlib.new(name, b'part1part2').hexdigest(), c.hexdigest() == hashlib.new(name, b'part1').hexdigest())
print(hashlib.sha256(b'abc').digest(), hashlib.new('SHA256').name, hashlib.md5(b'a', usedforsecurity=False).hexdigest(), hashlib.sha256(string=b'a').hexdigest()[:8])
print(hashlib.sha256(memoryview(b'ab')).hexdigest()[:16], hashlib.sha256(bytearray(b'ab')).hexdigest()[:16], type(hashlib.sha1()).__name__)
for bad in ['hashlib.new("foo")', 'hashlib.sha256("x")', 'hashlib.sha256(5)', 'hashlib.sha256().update("x")', 'hashlib.new(5)']:
    try: eval(bad)
    except Exception as e: print(bad, type(e).__name__, e)
for seed in ['hello', b'bytes seed', bytearray(b'ba'), '', 'é' * 40]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 10**9), random.choice('abcdefgh'))
random.seed('hello', version=1); print(random.random())
random.seed(b'xyz', version=1); print(random.random())
r = random.Random('instance seed'); print(r.random(), r.getrandbits(40))
