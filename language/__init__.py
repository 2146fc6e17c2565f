"""The Arabic language basics every stage shares: letter folding (``normalize``), words and
proclitics (``tokens``), month and weekday names (``calendar``) and number words
(``numbers``). A leaf: it imports none of crawler, pipeline, alerts or newswatch.
"""

from language.normalize import clean, normalize
from language.tokens import CliticSplitter, Proclitics, tokens

__all__ = ["CliticSplitter", "Proclitics", "clean", "normalize", "tokens"]
