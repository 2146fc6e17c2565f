"""Errors a user can act on: printed as one line, without a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the input or the environment, explained in one line."""
