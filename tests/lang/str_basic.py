s = 'hello'
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s * 2, s + ' world')
print('ell' in s, s.upper(), s.find('l'), s.find('z'), s.rfind('l'), s.count('l'))
print(s < 'help', s == 'hello', 'a' + 'b' * 3)
