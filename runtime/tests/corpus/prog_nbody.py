# float-heavy simulation: a small n-body system (symplectic Euler), projectiles, oscillators
# only + - * / and sqrt are used, so every result is correctly rounded IEEE arithmetic
from math import sqrt

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    __slots__ = ("name", "x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.x, self.y, self.z = x, y, z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def make_system():
    return [
        Body("sun", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body("jupiter", 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        Body("saturn", 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        Body("uranus", 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        Body("neptune", 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, n):
            o = bodies[j]
            dx, dy, dz = b.x - o.x, b.y - o.y, b.z - o.z
            e -= b.mass * o.mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


system = make_system()
offset_momentum(system)
e0 = energy(system)
print("initial energy: %.9f" % e0)
for chunk in range(5):
    advance(system, 0.01, 400)
    e = energy(system)
    print("after %4d steps: energy %.9f drift %.3e" % ((chunk + 1) * 400, e, abs(e - e0)))
for b in system:
    print("%-8s pos=(%.6f, %.6f, %.6f) speed=%.6f" % (
        b.name, b.x, b.y, b.z, sqrt(b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)))

# a 2D projectile with drag, integrated with simple Euler steps
def projectile(v0, dirx, diry, drag, dt=0.001):
    norm = sqrt(dirx * dirx + diry * diry)
    vx, vy = v0 * dirx / norm, v0 * diry / norm
    x = y = 0.0
    t = 0.0
    peak = 0.0
    while y >= 0.0:
        speed = sqrt(vx * vx + vy * vy)
        ax = -drag * speed * vx
        ay = -9.81 - drag * speed * vy
        vx += ax * dt
        vy += ay * dt
        x += vx * dt
        y += vy * dt
        t += dt
        peak = max(peak, y)
    return round(x, 3), round(peak, 3), round(t, 3)


for dirx, diry in ((4, 1), (2, 1), (1, 1), (1, 2), (1, 4)):
    print("direction (%d, %d): range, peak, time =" % (dirx, diry),
          projectile(50.0, dirx, diry, 0.0), projectile(50.0, dirx, diry, 0.002))

# harmonic oscillator: energy conservation of symplectic Euler vs explicit Euler
def oscillate(symplectic, steps=10000, dt=0.01):
    x, v = 1.0, 0.0
    for _ in range(steps):
        if symplectic:
            v -= x * dt
            x += v * dt
        else:
            x, v = x + v * dt, v - x * dt
    return round(0.5 * (x * x + v * v), 6)


print("oscillator energy symplectic:", oscillate(True), "explicit:", oscillate(False))
