BOARD = """
. . X
. X .
X . ."""
rows = [line.split() for line in BOARD.strip().splitlines()]
print(rows, sum(r.count('X') for r in rows))
