import sys
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
print('a', 'b', sep='-', end='!\n')
print('x', end='')
print()
print(1, 2, 3, sep='')
sys.stdout.flush()
