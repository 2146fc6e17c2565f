"""Words of Arabic text and the proclitics (و ف ب ل ك ال) glued to their front.

``tokens`` is the one tokenizer: the normalised words of a text, with parameters for what a
caller needs (punctuation kept, digits apart from letters); ``word_spans`` gives the same
words' positions in the text as written. ``Proclitics`` is the one proclitic stripper,
configured by which chains to try and how long a stem must stay; ``CliticSplitter`` splits a
word with the camel-tools morphological analyser when its data is installed, else with the
light prefix rules of ``Proclitics``.
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from language.normalize import normalize

__all__ = ["PROCLITICS", "SENTENCE_BREAK", "CliticSplitter", "Proclitics", "plain_words",
           "sentence_spans", "split_clitics", "tokens", "word_spans"]

# A word: letters, digits, "_" and "-" ("تل-ابيض" stays one word).
_WORD = re.compile(r"[\w\-]+")
# Digits apart from letters ("رشاش23" is رشاش and 23); "-" and "_" separate words.
_DIGITS_APART = re.compile(r"\d+|[^\W\d_]+")
# Letters and digits between punctuation and spaces: the words camel-tools' simple tokenizer
# yields, less its punctuation tokens.
_PLAIN_WORD = re.compile(r"[^\W_]+")
# A word as written: letters with their tatweel and diacritics.
_WRITTEN_WORD = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+")
# Where one sentence ends and the next begins: after . ! ? ؟ and at line breaks; not after
# the abbreviations of English copy ("on Sept. 30", "Lt. Col.", "U.S. forces"), nor after a
# person's initial in brackets ("اختطاف المواطنين (ع. ح) و(س. م)": names withheld).
_ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
                  "Oct.", "Nov.", "Dec.", "Mr.", "Mrs.", "Dr.", "Gen.", "Col.", "Lt.", "Maj.",
                  "Capt.", "Sgt.", "St.", "No.", "U.S.", "U.N.")
# Written as "(?<!\bJan\.)...(?<=[.!?؟])\s+|\n+" reads, but opening with the space it
# always starts with (so each lookbehind also takes in that space): a pattern that opens
# with a character class is searched by scanning for that class, one that opens with
# lookbehinds is tried at every position of the text.
# Nor after a name's initial, a lone Arabic letter with its stop: "اختطاف المواطنَين (ح. ع)
# و(م. س)" hides two people's names, not three sentences. (A year's era, "عام 2011 م.",
# still ends one.)
_INITIAL = r"(?:(?<=\d\s[\u0621-\u064a]\.\s)|(?<![\s(«\"][\u0621-\u064a]\.\s))"
SENTENCE_BREAK = re.compile(
    r"\s(?:(?<=[.!?؟]\s)" + "".join(rf"(?<!\b{re.escape(a)}\s)" for a in _ABBREVIATIONS)
    + _INITIAL + r"\s*|(?<=\n)\n*)")


def tokens(text: str, *, punctuation: bool = False, split_digits: bool = False) -> list[str]:
    """The normalised words of ``text``: ``tokens("قُتل ٣ في حلب.") == ["قتل", "3", "في", "حلب"]``.

    ``punctuation`` keeps each punctuation mark as a token of its own (camel-tools' simple
    tokenizer, as duplicate detection hashes it); ``split_digits`` separates digits from
    letters and splits at "-" and "_", as reading numbers needs ("25-31" is 25 and 31).
    """
    if punctuation:
        # Imported here: camel-tools' tokenizer module takes a second to build its
        # character sets, which only duplicate detection needs.
        from camel_tools.tokenizers.word import simple_word_tokenize

        return list(simple_word_tokenize(normalize(text), split_digits))
    return list(_words(text, split_digits))


@lru_cache(maxsize=4096)
def _words(text: str, split_digits: bool) -> tuple[str, ...]:
    # Remembered: one sentence is tokenised by several stages (triggers, actors, tolls).
    return tuple((_DIGITS_APART if split_digits else _WORD).findall(normalize(text)))


def plain_words(text: str) -> list[str]:
    """The normalised words of ``text`` split at every punctuation mark ("دمشق-السويداء" is
    two words): ``tokens(text, punctuation=True)`` without the punctuation tokens, at a tenth
    of its cost. Duplicate detection hashes these, so they must not change.

    Read sentence by sentence (``SENTENCE_BREAK``), each as the extractor has already
    normalised and tokenised it (``_words``, ``normalize``: both remembered), so that a
    pipeline reading an article's paragraphs after its events does not do that work again.
    The words are the same as the whole text's: the text is cut only at a space after a
    stop, and normalising maps each character apart, a stop to a stop."""
    words: list[str] = []
    for piece in SENTENCE_BREAK.split(text):
        sentence = piece.strip()
        if sentence:
            words.extend(_plain_words_of(sentence))
    return words


def _plain_words_of(sentence: str) -> Sequence[str]:
    folded = normalize(sentence)
    if "-" in folded or "_" in folded:
        return _PLAIN_WORD.findall(folded)
    # Without "-" or "_", the words ``tokens`` finds are the plain words.
    return _words(sentence, False)


def sentence_spans(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` (split at ``SENTENCE_BREAK``, stripped, empty ones left out),
    each with its offset in ``text``: ``text[offset:offset + len(sentence)] == sentence``."""
    core = text.strip()
    if not _may_break(core):
        # One sentence (most texts asked are one already): any break the pattern finds is
        # in the white space around it, and leaves no other piece.
        return [(len(text) - len(text.lstrip()), core)] if core else []
    out: list[tuple[int, str]] = []
    pos = 0
    for m in [*SENTENCE_BREAK.finditer(text), None]:
        end = len(text) if m is None else m.start()
        piece = text[pos:end]
        stripped = piece.strip()
        if stripped:
            out.append((pos + len(piece) - len(piece.lstrip()), stripped))
        pos = end if m is None else m.end()
    return out


_STOPS = (".", "!", "?", "؟")  # the stops SENTENCE_BREAK breaks after


def _may_break(core: str) -> bool:
    """Whether ``SENTENCE_BREAK`` may match inside the stripped ``core``: only at a line
    break, or at white space after a stop, which is then before the last character."""
    if "\n" in core:
        return True
    last = len(core) - 1
    for stop in _STOPS:  # noqa: SIM110  (a loop: no generator made per call)
        if core.find(stop, 0, last) != -1:
            return True
    return False


def word_spans(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` as written (not normalised), as matches: ``.start()``/``.end()``
    index ``text`` itself, so what is found can be quoted."""
    return iter(_written_words(text))


@lru_cache(maxsize=1024)
def _written_words(text: str) -> tuple[re.Match[str], ...]:
    # Remembered: several stages find the words of one sentence (places, classify, scenes).
    return tuple(_WRITTEN_WORD.finditer(text))


# Proclitic chains (conjunction, preposition, article), each split into its clitics;
# longest first, so that "وبالمدينه" loses "وبال" and not only "و". After ل the article
# loses its alef: للمدينه = ل + ال + مدينه.
PROCLITICS: dict[str, tuple[str, ...]] = {
    "وبال": ("و", "ب", "ال"), "فبال": ("ف", "ب", "ال"), "وكال": ("و", "ك", "ال"),
    "وال": ("و", "ال"), "فال": ("ف", "ال"), "بال": ("ب", "ال"), "كال": ("ك", "ال"),
    "ولل": ("و", "ل", "ال"), "فلل": ("ف", "ل", "ال"),
    "لل": ("ل", "ال"), "ال": ("ال",),
    "وب": ("و", "ب"), "فب": ("ف", "ب"), "ول": ("و", "ل"), "فل": ("ف", "ل"), "وك": ("و", "ك"),
    "و": ("و",), "ف": ("ف",), "ب": ("ب",), "ل": ("ل",), "ك": ("ك",),
}


class Proclitics:
    """Strips proclitic chains off normalised words.

    ``chains``: the chains to try (any of ``PROCLITICS``), always longest first;
    ``min_stem``: the letters a stem keeps, so short words (ولد، بلد) are never cut.
    """

    def __init__(self, chains: Iterable[str] = PROCLITICS, min_stem: int = 1) -> None:
        self._chains = tuple(sorted(chains, key=len, reverse=True))
        self._min_stem = min_stem
        # The chains by their first letter, still longest first: a word is tried only
        # against those it can start with (most words start with none), as every stage
        # strips every new word of an article.
        self._by_letter: dict[str, tuple[str, ...]] = {
            letter: tuple(c for c in self._chains if c[0] == letter)
            for letter in {c[0] for c in self._chains}}

    def _candidates(self, word: str) -> tuple[str, ...]:
        return self._by_letter.get(word[:1], ())

    def chain(self, word: str) -> str:
        """The longest chain ``word`` starts with, or ""."""
        for chain in self._candidates(word):
            if word.startswith(chain) and len(word) - len(chain) >= self._min_stem:
                return chain
        return ""

    def stem(self, word: str) -> str:
        """``word`` without its longest chain: "للمدينه" -> "مدينه"."""
        return word[len(self.chain(word)):]

    def stems(self, word: str) -> tuple[str, ...]:
        """Every stem left by stripping a chain ``word`` starts with, longest chain first:
        "وبالمدينه" -> ("مدينه", "المدينه", "بالمدينه")."""
        return tuple([word[len(c):] for c in self._candidates(word)
                      if word.startswith(c) and len(word) - len(c) >= self._min_stem])

    def strip(self, word: str, known: Container[str]) -> str:
        """The first stem (longest chain first) that is a ``known`` word, else ``word``:
        "والعشرين" -> "عشرين" where the known words are numbers."""
        for chain in self._candidates(word):
            if word.startswith(chain):
                rest = word[len(chain):]
                if len(rest) >= self._min_stem and rest in known:
                    return rest
        return word

    def split(self, word: str) -> list[str]:
        """The clitics of the longest chain, then the stem: "وبالمدينه" -> و ب ال مدينه."""
        chain = self.chain(word)
        return [*PROCLITICS[chain], word[len(chain):]] if chain else [word]


# The light rules: a stem keeps at least three letters.
_RULES = Proclitics(min_stem=3)


class CamelSettings(Protocol):
    """What ``CliticSplitter.from_settings`` reads (``PipelineSettings`` has it)."""

    @property
    def camel_data(self) -> str | None:
        """A camel-tools data directory (or a ``morphology.db``), if any."""


class CliticSplitter:
    """Splits proclitics off a word: ``split("وبالمدينه") == ["و", "ب", "ال", "مدينه"]``.

    With ``db_path`` (a camel-tools ``morphology.db``) the analyser decides where the stem
    starts; words it cannot analyse (most place names) fall back to the prefix rules.
    """

    def __init__(self, db_path: str | Path | None = None) -> None:
        self._analyzer: Any = None
        if db_path is not None:
            self._analyzer = _load_analyzer(Path(db_path))

    @property
    def uses_analyzer(self) -> bool:
        return self._analyzer is not None

    @classmethod
    def from_settings(cls, settings: CamelSettings) -> CliticSplitter:
        return cls(find_morphology_db(settings.camel_data or os.environ.get("CAMELTOOLS_DATA")))

    def split(self, token: str) -> list[str]:
        word = normalize(token)
        if self._analyzer is not None:
            pieces = self._analyzer_split(word)
            if pieces is not None:
                return pieces
        return _RULES.split(word)

    def _analyzer_split(self, word: str) -> list[str] | None:
        analyses = [a for a in self._analyzer.analyze(word) if a.get("source") != "backoff"]
        if not analyses:
            return None
        best = max(analyses, key=lambda a: float(a.get("pos_lex_logprob", -99.0)))
        stem = normalize(str(best.get("stem", "")))
        start = word.find(stem) if stem else -1
        if start <= 0:
            return [word] if start == 0 else None
        prefix = word[:start]  # the proclitics the analyser found, e.g. "وبال"
        return [*PROCLITICS.get(prefix, (prefix,)), word[start:]]


def _offline_catalogue() -> None:
    """Importing camel-tools' morphology imports ``camel_tools.data``, which downloads a data
    catalogue when none is installed. Only the file-based database reader is used here, so
    where no catalogue exists an empty stand-in module keeps the import offline."""
    if "camel_tools.data" in sys.modules:
        return
    data_dir = os.environ.get("CAMELTOOLS_DATA") or str(Path.home() / ".camel_tools")
    if (Path(data_dir).expanduser() / "catalogue.json").is_file():
        return
    stand_in = types.ModuleType("camel_tools.data")
    stand_in.CATALOGUE = None  # type: ignore[attr-defined]
    sys.modules["camel_tools.data"] = stand_in


def _load_analyzer(db_path: Path) -> Any:
    # Imported lazily: the analyser is slow to load and needs installed data files.
    _offline_catalogue()
    from camel_tools.morphology.analyzer import Analyzer
    from camel_tools.morphology.database import MorphologyDB

    return Analyzer(MorphologyDB(str(db_path), "a"))


def find_morphology_db(data_dir: str | None) -> Path | None:
    """The first ``morphology.db`` under a camel-tools data directory, or None."""
    if not data_dir:
        return None
    root = Path(data_dir).expanduser()
    if root.is_file():
        return root
    candidates = sorted(root.glob("data/morphology_db/*/morphology.db"))
    candidates += sorted(root.glob("**/morphology.db"))
    return candidates[0] if candidates else None


_DEFAULT = CliticSplitter()


def split_clitics(token: str) -> list[str]:
    """Split with the light prefix rules (no morphology data needed)."""
    return _DEFAULT.split(token)
