import sys
print(len(sys.argv), sys.argv[0].endswith('sys_argv_exit.py'))
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit', e.args)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
