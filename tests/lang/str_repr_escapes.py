print(repr('a\nb'), repr('tab\there'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('back\\slash'), repr(''), [ 'x', "y" ])
print('\x41\u0042', len('\x41'), 'a\\b')
