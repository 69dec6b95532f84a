print(hash(1) == hash(1.0), hash('abc') == hash('ab' + 'c'), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None))
print(hash(-1) == hash(-1.0), hash(2 ** 100) == hash(2.0 ** 100), hash(0.5) == hash(0.5))
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
