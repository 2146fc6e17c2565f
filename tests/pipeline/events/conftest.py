"""The test modules of this folder import their shared helpers (extraction.py) by name."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
