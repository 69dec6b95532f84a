d = {1: 'int', 2.5: 'float', 'k': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?'}
print(d[1], d[2.5], d['k'], d[(1, 2)], d[None], d[1.0])
print(len(d), {51: 'a', 51.0: 'b'})
