from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# --import-mode=importlib does not put test directories on sys.path; the helper site lives here.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from crawl_site import LocalSite, start_site


@pytest.fixture
def site() -> Iterator[LocalSite]:
    server = start_site()
    yield server
    server.stop()
