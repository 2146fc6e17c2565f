"""Regular expressions that first check for the words every match must contain.

Most of the pipeline's patterns find something rare (a weekday, "اليوم ذاته", a verb of
saying) in every sentence of every article, and most sentences have none of it. A search by
``re`` tries the pattern at every position of the text, and a pattern that opens with a
lookbehind or a long alternation of words costs a good deal at each. ``sieved`` works out,
from the pattern itself, a few pieces of text of which any match holds one (its literal
words: "اليوم" in "(?<![\\w])[وبل]?اليوم\\s+(?:التالي|...)"); where the text holds none of
them (a scan in C, ``in``) the pattern cannot match and is not run. The answers are those of
the pattern: the check only skips searches that would find nothing.

Where the words are common (every article names "المدينة"), ``TokenLed`` looks for them
first and tries a token-opening pattern only at their tokens' starts, and ``alternation``
writes a list of words as the tree of their shared beginnings, which ``re`` follows one
branch at a time.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]  # no public parse tree
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Sieved", "TokenLed", "alternation", "holds_any", "required", "sieved"]

# More pieces than this and looking for each costs more than the search it would spare.
_MAX_PIECES = 10
# Fixed strings an element may match, at most (beyond, it is no longer worth spelling out).
_MAX_EXACT = 64
# A piece this short ("ال", "و") is in nearly every sentence: it sieves out nothing.
_WEAK = 3
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of pieces (any match holds one of each), the surer and cheaper to test:
    no piece too short to sieve, then fewer pieces, then longer ones."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b, key=lambda s: (min(map(len, s)) < _WEAK, len(s), -min(map(len, s))))


def _exact(op: Any, av: Any) -> set[str] | None:
    """The strings one element of a parsed pattern matches, when it matches only a few
    fixed strings ("ا", "(?:مس|ليوم)", "[وب]"); else None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        return {chr(code) for _, code in av}
    if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _exact_all(av[3])
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            one = _exact_all(branch)
            if one is None:
                return None
            out |= one
        return out if len(out) <= _MAX_EXACT else None
    return None


def _exact_all(items: Any) -> set[str] | None:
    """The strings a parsed sequence matches, when each of its elements matches a few fixed
    strings; else None."""
    out = {""}
    for op, av in items:
        one = _exact(op, av)
        if one is None or len(out) * len(one) > _MAX_EXACT:
            return None
        out = {a + b for a in out for b in one}
    return out


def _needs(items: Any) -> frozenset[str] | None:
    """Pieces of text one of which every match of the parsed sequence ``items`` holds, or
    None when no such few pieces are known. Elements that match fixed strings are joined
    into the strings of the stretch they make up (``re`` itself splits "امس|اليوم" into
    "ا" and "مس|ليوم", which would sieve nothing apart)."""
    best: frozenset[str] | None = None
    stretch = {""}
    for op, av in [*items, (None, None)]:
        exact = _exact(op, av) if op is not None else None
        if exact is not None and len(stretch) * len(exact) <= _MAX_EXACT:
            stretch = {a + b for a in stretch for b in exact}
            continue
        if stretch != {""} and len(stretch) <= _MAX_PIECES:
            best = _better(best, frozenset(stretch))
        stretch = exact if exact is not None else {""}
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = None if av[1] & re.IGNORECASE else _needs(av[3])
        elif op is sre.BRANCH:
            pieces: set[str] = set()
            for branch in av[1]:
                one = _needs(branch)
                if one is None:
                    break
                pieces |= one
            else:
                found = frozenset(pieces) if len(pieces) <= _MAX_PIECES else None
        elif op in _REPEATS and av[0] >= 1:
            found = _needs(av[2])
        elif op is sre.ASSERT:  # what a lookahead or lookbehind sees is in the text too
            found = _needs(av[1])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found = _needs(av)
        best = _better(best, found)
    return best


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Pieces of text one of which every match of ``pattern`` holds (None: none known):
    ``required(re.compile(r"(?<!\\w)(?:ذات|نفس)\\s+اليوم")) == {"اليوم"}``."""
    if pattern.flags & re.IGNORECASE:
        return None  # the text may spell the pieces in other cases
    try:
        return _needs(_parser.parse(pattern.pattern, pattern.flags))
    except (AttributeError, IndexError, TypeError, ValueError):
        return None  # a parse tree of another shape (a later Python): no sieve, same answers


def holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``pieces``."""
    for piece in pieces:  # noqa: SIM110  (a loop: no generator made per call)
        if piece in text:
            return True
    return False


class Sieved:
    """A compiled pattern that runs only on texts holding one of its required pieces; the
    methods the pipeline uses, with ``re.Pattern``'s answers."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.pattern: str = pattern.pattern
        pieces = required(pattern)
        self._pieces = tuple(sorted(pieces, key=len, reverse=True)) if pieces else None

    def may_match(self, text: str) -> bool:
        """False only where the pattern cannot match anywhere in ``text``."""
        return self._pieces is None or holds_any(text, self._pieces)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> re.Match[str] | None:
        pieces = self._pieces
        if pieces is not None:  # inline, not ``may_match``: the search most patterns get
            for piece in pieces:
                if piece in string:
                    break
            else:
                return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize
              ) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        if not self.may_match(string):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not self.may_match(string):
            return []
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        if not self.may_match(string):
            return string
        return self.compiled.sub(repl, string, count)


def sieved(pattern: str, flags: int = 0) -> Sieved:
    """``re.compile(pattern, flags)``, sieved by its required pieces."""
    return Sieved(re.compile(pattern, flags))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` as written: "مشفى|نحو|المنتشرة\\ في".

    Written as a tree of the words' shared beginnings ("(?:م(?:شفى|ستشفى)|نحو)"), which
    matches as the flat list does: at each letter the matcher follows the one branch that
    can go on, where the list has every word tried in turn at every position. Where a word
    is the beginning of longer ones ("مصدره", "مصدرها"), the list tries whichever it lists
    first, and so does the tree (the word's end is tried before or after the longer ways).
    A list the tree cannot follow (a word listed between longer ones it begins with, or
    words with case, which a case-blind pattern might match by two branches) stays flat."""
    listed = list(words)
    flat = "|".join(map(re.escape, listed))
    if not listed or any(not w or any(c.lower() != c or c.upper() != c for c in w)
                         for w in listed):
        return flat
    tree: _Tree = {}
    for word in listed:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node.setdefault("", {})  # a word ends here
    first: dict[str, int] = {}
    for i, word in enumerate(listed):
        first.setdefault(word, i)
    found = _branches(tree, "", first)
    return flat if found is None else found[0]


_Tree = dict[str, "_Tree"]  # letter -> the letters after it ("" where a word ends)


def _branches(node: _Tree, prefix: str, first: dict[str, int]
              ) -> tuple[str, int, int] | None:
    """The pattern of the words below ``node`` (which spell ``prefix`` so far), with the
    first and last list places among them; None where the tree cannot keep the list's
    order."""
    ways: list[str] = []
    places: list[int] = []
    for char, child in node.items():
        if char:
            below = _branches(child, prefix + char, first)
            if below is None:
                return None
            ways.append(re.escape(char) + below[0])
            places += below[1:]
    if "" not in node:
        body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
        return body, min(places), max(places)
    here = first[prefix]
    if not ways:
        return "", here, here
    if here < min(places):
        optional = "??"  # the list tries this word before the longer ones
    elif here > max(places):
        optional = "?"  # after them
    else:
        return None
    return f"(?:{'|'.join(ways)}){optional}", min(here, *places), max(here, *places)


class TokenLed:
    """A pattern whose matches each open a token (it starts with ``(?<!\\S)``) and hold one
    of ``words`` at most ``reach`` characters into it ("في المدينة": "[وف]?(?:[بك]?ال|لل)"
    before "مدينة"), found by looking for the words first.

    ``re`` tries such a pattern at every position of the text, its lookbehind first (no
    letter to skip ahead by). The words alone are a literal alternation, which ``re`` skips
    through by their first letters; the pattern is then tried only at the start of each
    found word's token. The matches are the pattern's own: a match starts at a token's
    start, where it is tried, and its word is found, or else a word found earlier in the
    same token's first ``reach`` characters leads to that start as well (a test keeps the
    answers equal to ``re``'s).
    """

    def __init__(self, pattern: str, words: Iterable[str], reach: int) -> None:
        self.compiled = re.compile(pattern)
        self.pattern = pattern
        listed = sorted(set(words), key=len, reverse=True)
        if not listed or any(not w or any(c.isspace() for c in w) for w in listed):
            raise ValueError("TokenLed words must be non-empty and hold no space")
        self._words = re.compile(alternation(listed))
        self._reach = reach

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return iter(self.matches(string))

    def matches(self, string: str) -> list[re.Match[str]]:
        """Every match, as ``self.compiled.finditer`` gives them."""
        found: list[re.Match[str]] = []
        end = 0
        reach = self._reach
        for word in self._words.finditer(string):
            at = word.start()
            start = at
            while start > 0 and not string[start - 1].isspace():
                start -= 1
                if at - start > reach:
                    break
            if at - start > reach or start < end:
                continue
            match = self.compiled.match(string, start)
            if match is not None:
                found.append(match)
                end = match.end()
        return found
