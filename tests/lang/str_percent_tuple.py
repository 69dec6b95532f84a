print('%d items at %.2f' % (3, 1.5))
print('%s' % 'single', '%s' % (('tuple',),), '%5s|%-5s|' % ('ab', 'cd'))
print('%i %u' % (7, 8), '%c%c' % (72, 'i'))
print('%3d%%' % 50)
