"""Arabic text normalisation: cleaning, matching form, tokens and clitic splitting.

``clean`` keeps the text readable (camel-tools ``arclean``: no tatweel, ASCII digits);
``normalize`` is the form used for matching (no diacritics, one alef, ة->ه, ى->ي,
lower-case Latin). ``CliticSplitter`` strips proclitics (و ف ب ل ك ال) with the camel-tools
morphological analyser when its data is installed, else with light prefix rules.
"""

from __future__ import annotations

import os
import re
import sys
import types
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar

if TYPE_CHECKING:
    from pipeline.settings import PipelineSettings

__all__ = ["CliticSplitter", "clean", "normalize", "split_clitics", "tokens"]

# arclean maps Eastern Arabic digits; Persian digits and the Arabic comma etc. it leaves.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                        "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب"})
_TATWEEL = "\u0640"
_SPACES = re.compile(r"[ \t\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


@lru_cache(maxsize=1)
def _arclean() -> CharMapper:
    return CharMapper.builtin_mapper("arclean")


def clean(text: str) -> str:
    """Text as written, minus noise: arclean, no tatweel or bidi marks, ASCII digits."""
    text = text.translate(_DIGITS).replace(_TATWEEL, "")
    text = str(_arclean()(text))
    return _SPACES.sub(" ", text)


def normalize(text: str) -> str:
    """The matching form: clean, no diacritics, alef/hamza/ة/ى unified, Latin lower-cased."""
    return str(dediac_ar(clean(text))).translate(_ALEFS).lower()


def tokens(text: str) -> list[str]:
    """Words and punctuation of the normalised text (camel-tools simple tokenizer)."""
    return list(simple_word_tokenize(normalize(text)))


# Proclitic chains, longest first; each entry is the chain split into its clitics.
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(sorted(
    (
        ("وبال", ("و", "ب", "ال")), ("فبال", ("ف", "ب", "ال")), ("وكال", ("و", "ك", "ال")),
        ("وال", ("و", "ال")), ("فال", ("ف", "ال")), ("بال", ("ب", "ال")),
        ("كال", ("ك", "ال")), ("ولل", ("و", "ل", "ال")),
        ("فلل", ("ف", "ل", "ال")), ("لل", ("ل", "ال")), ("ال", ("ال",)),
        ("وب", ("و", "ب")), ("فب", ("ف", "ب")), ("ول", ("و", "ل")), ("فل", ("ف", "ل")),
        ("وك", ("و", "ك")), ("و", ("و",)), ("ف", ("ف",)), ("ب", ("ب",)), ("ل", ("ل",)),
        ("ك", ("ك",)),
    ),
    key=lambda item: -len(item[0]),
))
# A stem keeps at least three letters, so short words (ولد، بلد) are never cut.
_MIN_STEM = 3


def _rule_split(token: str) -> list[str]:
    for prefix, pieces in _PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM:
            # لل + stem has lost the alef of ال: للمدينه = ل + ال + مدينه.
            return [*pieces, token[len(prefix):]]
    return [token]


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
    def from_settings(cls, settings: PipelineSettings) -> CliticSplitter:
        return cls(find_morphology_db(settings.camel_data or os.environ.get("CAMELTOOLS_DATA")))

    def split(self, token: str) -> list[str]:
        word = normalize(token)
        if self._analyzer is not None:
            pieces = self._analyzer_split(word)
            if pieces is not None:
                return pieces
        return _rule_split(word)

    def _analyzer_split(self, word: str) -> list[str] | None:
        analyses = [a for a in self._analyzer.analyze(word) if a.get("source") != "backoff"]
        if not analyses:
            return None
        best = max(analyses, key=lambda a: float(a.get("pos_lex_logprob", -99.0)))
        stem = normalize(str(best.get("stem", "")))
        start = word.find(stem) if stem else -1
        if start <= 0:
            return [word] if start == 0 else None
        return [*_chain(word[:start]), word[start:]]


def _chain(prefix: str) -> list[str]:
    """Split a proclitic string the analyser found (e.g. "وبال") into its clitics."""
    for chain, pieces in _PREFIXES:
        if prefix == chain:
            return list(pieces)
    return [prefix]


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
