"""``plain_words`` splits exactly where camel-tools' simple tokenizer does: duplicate
detection's stored paragraph hashes are made of these words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from language.tokens import plain_words, tokens

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
