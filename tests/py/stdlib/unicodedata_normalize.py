# unicodedata.normalize / is_normalized (NFC, NFD, NFKC, NFKD: decomposition, canonical
# ordering, composition, Hangul by rule), combining, and their argument errors.
import unicodedata as u, random
for f in ['u.normalize("X","a")','u.normalize(1,"a")','u.normalize("NFC",1)','u.is_normalized("NFC",1)','u.combining("ab")','u.combining("\u0301")','u.is_normalized("NFD","\u00e9")','u.normalize("NFC")']:
    try: print(f, repr(eval(f)))
    except Exception as e: print(f, type(e).__name__, e)
s = 'Crème Brûlée, ﬁancé Å Ω ① ㎞ 한국어 ḱṷṓn ẛ̣ ﬀ ｶﾀｶﾅ'
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = u.normalize(form, s)
    print(form, ascii(n), len(n), u.is_normalized(form, s), u.is_normalized(form, n))
print(u.normalize('NFKD', 'Crème Brûlée').encode('ascii', 'ignore').decode())
print(''.join(c for c in u.normalize('NFD', 'Ångström façade') if not u.combining(c)))
x = 'abc'; print(u.normalize('NFC', x) is x)
random.seed(3)
pool = [chr(c) for c in list(range(0x41, 0x7b)) + list(range(0xc0, 0x250)) + list(range(0x300, 0x370)) + list(range(0x1100, 0x1200)) + list(range(0xac00, 0xac40)) + list(range(0x1e00, 0x1f00)) + list(range(0x3300, 0x3340)) + [0x0f73, 0x0f75, 0x0f81, 0x1d15e, 0x1d160, 0x2126, 0x212b, 0xfb2c]]
digest = 0
for i in range(400):
    t = ''.join(random.choice(pool) for _ in range(random.randint(1, 12)))
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        digest = (digest * 31 + hash(u.normalize(form, t).encode('utf-8').hex())) % 1000003 if False else digest
        print(form, ascii(u.normalize(form, t))) if i < 3 else None
        digest = (digest * 131 + sum(ord(c) * (k + 1) for k, c in enumerate(u.normalize(form, t)))) % 1000000007
print(digest)
