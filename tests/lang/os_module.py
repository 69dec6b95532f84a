import os
d = 'tmp_os_module_test_dir'
if os.path.exists(d):
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
os.mkdir(d)
path = os.path.join(d, 'f.txt')
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
print(os.write(fd, b'hello world'))
os.close(fd)
print(os.stat(path).st_size, sorted(os.listdir(d)), os.path.exists(path))
fd = os.open(path, os.O_RDONLY)
print(os.fstat(fd).st_size)
os.close(fd)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d), os.getpid() > 0, os.path.join('a', 'b', 'c'))
try:
    os.stat('no/such/file')
except OSError as e:
    print('OSError', type(e).__name__)
