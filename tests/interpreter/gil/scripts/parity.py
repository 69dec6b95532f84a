# Marr's list parity probe: one thread appends twice and pops twice; another checks
# len() % 2. Under -X gilstress an odd length must be seen within a few thousand checks
# (the check point after the first pop hands the GIL over with an odd length).
import sys
import threading

lst = []
stop = [False]


def pairs():
    while not stop[0]:
        lst.append(1)
        lst.append(1)
        lst.pop()
        lst.pop()


def checker(n, res):
    odd = 0
    first = -1
    for i in range(n):
        if len(lst) % 2 != 0:
            odd += 1
            if first < 0:
                first = i
    res.append(odd)
    res.append(first)


res = []
m = threading.Thread(target=pairs)
m.start()
c = threading.Thread(target=checker, args=(300000, res))
c.start()
c.join()
stop[0] = True
m.join()
sys.stderr.write("odd=" + str(res[0]) + " first=" + str(res[1]) + "\n")
assert res[0] > 0, "no odd length seen"
print("ok")
