print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print(dict([('a', 1), ('b', 2)]), dict(x=1, y=2), dict({'q': 0}), dict.fromkeys('ab', 0))
