grid = [[1, 2], [3, 4]]
for y, row in enumerate(grid):
    for x, v in enumerate(row):
        print(x, y, v)
