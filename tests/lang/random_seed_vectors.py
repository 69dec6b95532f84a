import random
for s in (0, 1, 1234, -1234, 2 ** 40 + 3):
    random.seed(s)
    print(s, random.random(), random.random(), random.random())
r = random.Random(1)
print(r.getrandbits(32), r.getrandbits(63), r.randrange(9223372036854775807), r.randrange(81))
r = random.Random(5)
x = list(range(10))
r.shuffle(x)
print(x, r.choice('abcdefg'), r.randint(1, 6))
