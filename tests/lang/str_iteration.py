for ch in 'abc':
    print(ch, ord(ch))
print(list('xyz'), chr(65), chr(97) + chr(98))
print(sorted('banana'), max('abc'), min('abc'))
