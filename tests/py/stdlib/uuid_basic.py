# uuid: construction from every form, properties, comparison, the
# name-based generators and the shape of the random/time-based ones.
import uuid
from uuid import UUID

u = UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.time, u.clock_seq, u.node, u.variant, u.version, u.is_safe)
for kw in [dict(hex='12345678123456781234567812345678'),
           dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678'),
           dict(bytes=b'\x12\x34\x56\x78' * 4),
           dict(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
           dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
           dict(int=0x12345678123456781234567812345678)]:
    v = UUID(**kw)
    print(v == u, hash(v) == hash(u), int(v) == u.int)
for ver in range(1, 6):
    v = UUID(int=0, version=ver)
    print(ver, v, v.version, v.variant)
for i in [0, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48, (1 << 128) - 1]:
    v = UUID(int=i)
    print(v, v.variant, v.version)

a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, a == 1, sorted([b, a]))
print({a: 'x'}[UUID('00000000-0000-0000-0000-000000000001')], str(a))
for op in [lambda: a < 1, lambda: a >= 'x']:
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
try:
    a.int = 5
except TypeError as e:
    print('TypeError', e)

for kw in [{}, dict(hex='0' * 32, int=0), dict(hex='123'), dict(hex='g' * 32),
           dict(bytes=b'short'), dict(bytes_le=b'x' * 17), dict(fields=(1, 2, 3)),
           dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
           dict(fields=(0, 0, 1 << 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
           dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
           dict(int=-1), dict(int=1 << 128), dict(int=0, version=6), dict(int=0, version=0)]:
    try:
        UUID(**kw)
        print('no error', kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/'))
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'http://x/')
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_OID, 'é'))
print(repr(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x')))
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01b21dd213814000, uuid.uuid1() != t)
t = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t.node == 0x123456789abc, t.clock_seq, hex(t.clock_seq_low))
print(0 <= uuid.getnode() < 1 << 48, uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
