import sys
def fail():
    raise RuntimeError('to stderr')
try:
    fail()
except RuntimeError as e:
    print('handled', e)
sys.stderr.write('this goes to stderr\n')
print('stdout only')
