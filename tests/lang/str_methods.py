s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print('a,b,,c'.split(','), 'a b  c '.split(), 'a b c'.split(None, 1), 'a-b-c'.split('-', 1))
print('-'.join(['a', 'b', 'c']), ''.join([]), 'x'.join('abc'))
print('hello'.startswith('he'), 'hello'.endswith('lo'), 'hello'.startswith(('x', 'h')))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('Hello'.lower(), 'hello'.capitalize(), '42'.isdigit(), 'ab'.isalpha(), ' '.isspace())
print('ab'.ljust(5, '.'), 'ab'.rjust(5), 'ab'.center(6, '*'), '42'.zfill(5), '-42'.zfill(5))
print('a=b=c'.partition('='), 'abc'.index('c'))
