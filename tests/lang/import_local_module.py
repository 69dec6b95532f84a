import sys
sys.path.insert(0, 'modules')
import shapes_helper
from shapes_helper import Polygon, sides
import shapes_helper as again
print(shapes_helper.sides('square'), sides('triangle'), Polygon('square'), again is shapes_helper)
print(shapes_helper.loaded, shapes_helper.__name__, 'shapes_helper' in sys.modules)
