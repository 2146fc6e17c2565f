"""The rules are data an analyst edits: each module says what it is for, holds only lists,
and names only cues and ACLED types that exist (a typo would silently disable a rule)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from pipeline.rules import __all__ as RULE_MODULES
from pipeline.rules.cues import CUES
from pipeline.rules.scope import GOVERNS_ONLY, REACH, SPARES_TYPES, WEAPON_LABELS
from pipeline.rules.triggers import (
    ASSASSINATION,
    BOMBARDMENT,
    CHEMICAL_DELIVERY,
    EVENT_TYPES,
    GENERIC,
    SPECIFICITY,
    TRIGGERS,
)

RULES = Path(__file__).resolve().parents[2] / "pipeline" / "rules"


@pytest.mark.parametrize("name", RULE_MODULES)
def test_rule_modules_are_documented_data(name: str) -> None:
    module = importlib.import_module(f"pipeline.rules.{name}")
    assert module.__doc__ and len(module.__doc__.split()) > 15
    tree = ast.parse((RULES / f"{name}.py").read_text(encoding="utf-8"))
    code = [type(node).__name__ for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Import)
            or (isinstance(node, ast.ImportFrom) and node.module != "__future__")]
    assert not code, f"{name} holds code: {code}"


def test_every_module_of_the_package_is_listed() -> None:
    assert sorted(p.stem for p in RULES.glob("*.py") if p.stem != "__init__") == RULE_MODULES


def test_cue_rules_name_existing_cues_and_types() -> None:
    assert set(REACH) | set(GOVERNS_ONLY) | set(SPARES_TYPES) <= set(CUES)
    for labels in [*GOVERNS_ONLY.values(), WEAPON_LABELS]:
        # (territory words keep their own label until the winner of a battle is known, and
        # the bare words of killing theirs until who was hit is)
        assert labels <= set(EVENT_TYPES) | {"territory", GENERIC}
    for types in SPARES_TYPES.values():
        assert types <= set(EVENT_TYPES.values())
    assert set(TRIGGERS) <= set(SPECIFICITY)


def test_trigger_groups_name_existing_sub_types_and_phrases() -> None:
    assert set(EVENT_TYPES) >= CHEMICAL_DELIVERY
    # Grouped phrases must be spelled as in TRIGGERS, or the group never matches.
    assert set(TRIGGERS["Shelling/artillery/missile attack"]) >= BOMBARDMENT
    assert set(TRIGGERS["Attack"]) >= ASSASSINATION


def test_cues_read_by_classify_exist() -> None:
    for name in ("chemical", "held", "handover", "freed", "announce", "future", "statement"):
        assert CUES.get(name), name


def test_a_truce_due_to_start_frames_nothing_as_it_claims_nothing() -> None:
    # The lead's frame (cues' "not_yet") and the claims (breach.NOT_A_CLAIM) read one list.
    from pipeline.rules import breach
    assert set(breach.DUE_TO_START) <= set(CUES["not_yet"])
    assert set(breach.DUE_TO_START) <= set(breach.NOT_A_CLAIM)
