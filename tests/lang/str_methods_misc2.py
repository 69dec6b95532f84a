print('a b c'.split(' '), 'abc'.upper().lower(), 'Hello World'.isupper(), 'hello'.islower(), 'x,y'.split(',', 0))
print('  '.join(['a', 'b']), 'tab\tsep'.split('\t'), '12'.isdigit(), ''.isdigit())
