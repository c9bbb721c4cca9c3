# Class-heavy: an n-body simulation whose vectors are a Vec class with
# dunder arithmetic (__add__, __sub__, __mul__, __neg__), and bodies with
# attributes, methods and a property.
class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    @property
    def momentum(self):
        return self.vel * self.mass

    def kinetic(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)


def advance(bodies, dt):
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        for j in range(i + 1, n):
            bj = bodies[j]
            d = bi.pos - bj.pos
            dist2 = d.dot(d) + 0.01
            mag = dt / (dist2 * dist2 ** 0.5)
            bi.vel = bi.vel - d * (bj.mass * mag)
            bj.vel = bj.vel + d * (bi.mass * mag)
    for b in bodies:
        b.pos = b.pos + b.vel * dt


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += b.kinetic()
        for j in range(i + 1, len(bodies)):
            d = b.pos - bodies[j].pos
            e -= b.mass * bodies[j].mass / (d.dot(d) + 0.01) ** 0.5
    return e


def main():
    bodies = []
    for k in range(5):
        bodies.append(Body(Vec(k * 1.5, (k * 7) % 5 - 2.0, k * 0.25),
                           Vec(0.01 * k, -0.02 * k, 0.005), 1.0 + k * 0.5))
    e0 = energy(bodies)
    for _ in range(60000):
        advance(bodies, 0.001)
    p = Vec(0.0, 0.0, 0.0)
    for b in bodies:
        p = p + b.momentum
    print("%.6f %.6f" % (e0, energy(bodies)))
    print("%.6f %.6f %.6f" % (p.x, p.y, -(-p).z))


main()
