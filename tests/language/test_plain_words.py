"""``plain_words`` splits exactly where camel-tools' simple tokenizer does: duplicate
detection's stored paragraph hashes are made of these words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from language.normalize import normalize
from language.tokens import SENTENCE_BREAK, plain_words, tokens

ALPHABET = "قتلفيحبدمشسويداءةىأإآ ابجـًٌٍَُِّ٠١٢٣0123456789abcXYZ_-.,،؛:!?؟()«»\"'/\n\t"


def _camel(text: str) -> list[str]:
    return [t for t in tokens(text, punctuation=True) if any(c.isalnum() for c in t)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_plain_words_are_camel_tools_words_without_punctuation(text: str) -> None:
    assert plain_words(text) == _camel(text)


def test_a_hyphen_splits_words() -> None:
    assert plain_words("طريق دمشق-السويداء، 2019-2020") == ["طريق", "دمشق", "السويداء", "2019",
                                                          "2020"]


_BREAKS = ALPHABET + "\x0b\x1c\x85\u00a0\u200b–—JanMr "


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_BREAKS, max_size=120))
def test_plain_words_read_sentence_by_sentence_are_the_whole_texts(text: str) -> None:
    # ``plain_words`` reads a text by its sentences, from what the extractor's tokenising
    # left remembered: the words must be those of the text normalised whole.
    whole = re.findall(r"[^\W_]+", normalize(text))
    assert plain_words(text) == whole
    for sentence in SENTENCE_BREAK.split(text):
        tokens(sentence.strip())
    assert plain_words(text) == whole
