people = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: p[1]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
