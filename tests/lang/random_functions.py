import random
random.seed(42)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(5)], random.randint(-3, 3), random.uniform(1.0, 2.0))
print(random.getrandbits(100), random.choice([1, 2, 3]))
a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randrange(1000) == b.randrange(1000))
try:
    random.randrange(0)
except ValueError as e:
    print('ValueError', e)
