import sys
sys.path.insert(0, 'modules')
m = __import__('shapes_helper')
run = getattr(m, 'sides')
print(m.__name__, run('triangle'), __import__('math').floor(2.5))
