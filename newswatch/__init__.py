"""newswatch: watch Syrian news as it breaks."""

__version__ = "0.1.0"
