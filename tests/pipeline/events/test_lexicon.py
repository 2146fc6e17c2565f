"""The trigger and cue lexicons: spelling, clitics, inflection."""

from __future__ import annotations

import random
import re

from language.tokens import tokens
from pipeline.events.lexicon import (
    CUES,
    EVENT_TYPES,
    SPECIFICITY,
    TRIGGERS,
    Lexicon,
    alternation,
    forms,
    lexicon,
)

ACLED_SUB_TYPES = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance",
                                   "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def _labels(text: str) -> set[str]:
    triggers, _ = lexicon()
    return {h.label for h in triggers.find(tokens(text))}


def test_sub_types_are_spelled_as_acled_spells_them() -> None:
    expected = {sub: etype for etype, subs in ACLED_SUB_TYPES.items() for sub in subs}
    assert expected == EVENT_TYPES
    for label in TRIGGERS:
        assert label in EVENT_TYPES or label == "generic violence"
        assert label in SPECIFICITY


def test_forms_strip_proclitic_chains() -> None:
    assert "قصف" in forms("والقصف")
    assert "قصف" in forms("بقصف")
    assert "الاتفاق" in forms("للاتفاق")
    assert forms("قصف")[0] == "قصف"


def test_clitics_and_inflection_match_the_same_trigger() -> None:
    for text in ("والقصف المدفعي", "بقصف مدفعي", "قصفت قوات النظام", "وقذائف الهاون"):
        assert "Shelling/artillery/missile attack" in _labels(text), text
    for text in ("اشتباكات عنيفة", "واشتبكت الفصائل", "في اشتباك مسلح"):
        assert "Armed clash" in _labels(text), text


def test_spelling_variants_are_normalised() -> None:
    # hamza, teh marbuta, diacritics and tatweel do not matter
    assert "Remote explosive/landmine/IED" in _labels("انفجار عبوةٍ ناسفـة")
    assert "Agreement" in _labels("سريان هدنة")
    assert "Agreement" in _labels("سريان هدنه")
    assert "Arrests" in _labels("ألقت القبض على")


def test_multi_word_phrases_need_every_word_in_order() -> None:
    lex = Lexicon({"x": ("وقف اطلاق النار",)})
    assert [h.label for h in lex.find(tokens("اتفاق وقف إطلاق النار"))] == ["x"]
    assert lex.find(tokens("إطلاق النار ووقف")) == []
    hit = lex.find(tokens("بدأ وقف إطلاق النار"))[0]
    assert (hit.start, hit.end) == (1, 4)


def test_drone_needs_a_drone_context_since_masira_is_also_a_march() -> None:
    assert "Air/drone strike" in _labels("طائرة مسيرة تركية")
    assert "Air/drone strike" not in _labels("مسيرة شعبية في المدينة")


def test_cue_lists_cover_the_kinds_the_classifier_uses() -> None:
    for name in ("negation", "denial", "future", "anniversary", "statement", "holding",
                 "background", "breach", "truce", "another", "death"):
        assert CUES[name], name
    _, cues = lexicon()
    found = {h.label for h in cues.find(tokens("لم يسجل أي خرق للهدنة"))}
    assert {"negation", "breach", "truce", "holding"} <= found


def test_alternation_as_a_tree_matches_as_the_flat_list() -> None:
    """The tree of shared beginnings finds what the flat list finds, where a pattern goes on
    after it (backtracking into it) too, whichever of two words that begin alike is listed
    first; a list the tree cannot follow stays flat."""
    rng = random.Random(13)
    letters = "ابتث "
    for _ in range(300):
        words = ["".join(rng.choice(letters[:4]) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 6))]
        flat = "|".join(map(re.escape, words))
        tree = alternation(words)
        for shape in ("({})", "({})ب", "(?:{})(\\S*)\\s*$", "(?<!\\S)({})(?!\\S)"):
            plain, shaped = re.compile(shape.format(flat)), re.compile(shape.format(tree))
            for _ in range(20):
                text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
                assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                    [(m.span(), m.groups()) for m in shaped.finditer(text)], (words, text)
    assert alternation(["مصدره", "مصدرها"]) == "مصدره(?:ا)??"
    assert alternation(["مصدرها", "مصدره"]) == "مصدره(?:ا)?"
    assert alternation(["بتث", "ب", "بت"]) == "بتث|ب|بت"  # ب between: the list stays flat
