"""Hostile JSONL into ``newswatch extract``, run as a user runs it (one subprocess for the
whole batch): exit 0, exactly one output line per input line, each ``{"id", "events"}`` or
``{"id", "error"}``, and the error count on stderr. Lines that once stopped the batch are
regression tests at the end."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EVENT = ("قصف جوي على بلدة سراقب في ريف إدلب الشرقي أمس أدى إلى مقتل ثلاثة مدنيين "
         "وإصابة آخرين بجروح وفق الدفاع المدني.")
OK_KEYS = ({"id", "events"}, {"id", "error"})


def _run(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    # A home of its own and unreachable services: extract must need neither.
    return subprocess.run([sys.executable, "-m", "newswatch", "extract", "--jsonl", str(path)],
                          env=_env(tmp_path), capture_output=True, timeout=180, check=False)


def _junk(rng: random.Random, size: int) -> str:
    """Random text without line breaks or surrogates (those are tested on their own)."""
    pool = "{}[]\":,\\ \tabcnul0123456789éابتمقتلسراقب\u200f\u0640\x00\x1c\x85\u2028\ufeff💥"
    return "".join(rng.choice(pool) for _ in range(size))


def _curated() -> list[bytes]:
    deep = 2_000
    lines: list[Any] = [
        # invalid JSON
        "{", "{not json", "nul", "[", '"unterminated', "}{", "{\"id\": 1,}", "NaN", "-",
        "\x00\x00\x00", "{\"id\": 1}\x00", b"\xff\xfe{\"id\": 1}", b"{\"id\": \"\xc3\x28\"}",
        "{\"id\": 1} {\"id\": 2}", "x" * 2_000_000,
        # JSON that is not an object
        "[]", "[1, 2, 3]", "1", "1e999", "-0", '"a string"', "null", "true", "[{\"id\": 1}]",
        # missing fields and wrong types
        "{}", '{"id": 1}', '{"title": "عنوان"}', '{"text": "نص"}',
        json.dumps({"id": "t1", "title": 5, "text": "x"}),
        json.dumps({"id": "t2", "title": "x", "text": ["a", "b"]}),
        json.dumps({"id": "t3", "title": None, "text": None}),
        json.dumps({"id": "t4", "title": EVENT, "text": EVENT, "published": 5}),
        json.dumps({"id": "t5", "title": EVENT, "text": EVENT, "published": {"a": 1}}),
        json.dumps({"id": "t6", "title": EVENT, "text": EVENT, "published": "garbage"}),
        json.dumps({"id": "t7", "title": EVENT, "text": EVENT, "published": "2024-13-45"}),
        json.dumps({"id": "t8", "title": EVENT, "text": EVENT, "published": ""}),
        json.dumps({"id": {"nested": [1, {"a": None}]}, "title": "x", "text": "y"}),
        json.dumps({"id": 1.5e308, "title": "x", "text": "y"}),
        '{"id": NaN, "title": "x", "text": "y"}', '{"id": Infinity, "text": "y"}',
        '{"id": ' + "9" * 4_000 + ', "text": "y"}', '{"id": ' + "9" * 5_000 + ', "text": "y"}',
        '{"id": 1, "id": 2, "text": "duplicate keys"}',
        # huge strings
        json.dumps({"id": "big-id-" + "ث" * 300_000, "title": "x", "text": "y"}),
        json.dumps({"id": "big-text", "title": EVENT, "text": (EVENT + " ") * 400}),
        json.dumps({"id": "long-word", "title": "", "text": "ب" * 500_000}),
        # NUL bytes and control characters inside strings
        json.dumps({"id": "nul\u0000id", "title": "\u0000" + EVENT, "text": EVENT + "\u0000"}),
        json.dumps({"id": "ctl", "title": "\x1c\x1d\x1e\x85\u2028\u2029", "text": "\x0b\x0c"}),
        # lone surrogates that never reach the output (no event is found)
        '{"id": "s1", "title": "\\ud800", "text": "لا شيء هنا"}',
        '{"id": "s2", "author": "\\udfff\\ud800", "text": "نص عادي"}',
        # deeply nested JSON
        "[" * 100_000, "{\"a\":" * 50_000, json.dumps({"id": "deep", "title": "x"})[:-1]
        + ', "extra": ' + "[" * deep + "]" * deep + "}",
        '{"id": ' + "[" * 980 + "]" * 980 + ', "title": "x"}',
    ]
    return [line if isinstance(line, bytes) else line.encode("utf-8") for line in lines]


def _generated(count: int) -> list[bytes]:
    rng = random.Random(9)
    out = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            out.append(_junk(rng, rng.randint(1, 200)))
        elif kind == 1:
            fields = {"id": i, "title": _junk(rng, 40), "text": _junk(rng, 400)}
            for key in rng.sample(sorted(fields), rng.randint(0, 2)):
                del fields[key]
            out.append(json.dumps(fields, ensure_ascii=rng.random() < 0.5))
        elif kind == 2:
            values: list[Any] = [None, 0, -1, 2**70, 1.5, True, [], {}, "", _junk(rng, 30)]
            out.append(json.dumps({"id": rng.choice(values), "title": rng.choice(values),
                                   "text": rng.choice(values), "published": rng.choice(values)}))
        else:
            text = EVENT + " " + _junk(rng, 80)
            out.append(json.dumps({"id": f"g{i}", "title": _junk(rng, 20), "text": text,
                                   "published": rng.choice(["2025-03-15T10:00:00+03:00", None,
                                                            "Sat, 15 Mar 2025 10:00:00 +0300"])}))
    return [line.encode("utf-8") for line in out]


def _expected_id(raw: bytes) -> tuple[bool, Any]:
    try:
        item = json.loads(raw.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return False, None
    return isinstance(item, dict), item.get("id") if isinstance(item, dict) else None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_hostile_lines_give_one_answer_each(tmp_path: Path) -> None:
    lines = _curated() + _generated(240)
    assert all(b"\n" not in line and b"\r" not in line and line.strip() for line in lines)
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = _run(path, tmp_path)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    answers = result.stdout.decode("utf-8").split("\n")
    assert answers[-1] == "" and len(answers) - 1 == len(lines)
    errors = 0
    for raw, answer in zip(lines, answers, strict=False):
        out = json.loads(answer)
        assert set(out) in OK_KEYS, answer[:200]
        errors += "error" in out
        is_object, item_id = _expected_id(raw)
        if is_object:
            assert _same(out["id"], item_id), (raw[:80], answer[:80])
        else:
            assert out["id"] is None and "error" in out
        if "events" in out:
            assert isinstance(out["events"], list)
    assert f"{errors} line(s) could not be read" in result.stderr.decode("utf-8")
    assert errors < len(lines)  # the good lines still produced events


BUG_LINES = {
    "surrogate-id": b'{"id": "\\ud800", "title": "x", "text": "y"}',
    "surrogate-in-evidence": json.dumps(
        {"id": "s3", "title": EVENT, "text": EVENT.replace("سراقب", "سراقب \ud800")}).encode(),
    "carriage-return": b'{"id": "cr", "title": "a\rb"}',
}


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home"),
            "NEWSWATCH_REDIS__URL": "redis://127.0.0.1:1/0",
            "NEWSWATCH_DATABASE__URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}


@pytest.fixture(scope="module")
def bug_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, bytes]]:
    """Each known-bad line, then a good one, through the command; run side by side."""
    tmp_path = tmp_path_factory.mktemp("extract-bugs")
    procs = {}
    for name, line in BUG_LINES.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_bytes(line + b"\n" + json.dumps({"id": "after"}).encode() + b"\n")
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "newswatch", "extract", "--jsonl", str(path)],
            env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    runs = {}
    for name, proc in procs.items():
        stdout, _ = proc.communicate(timeout=180)  # also closes the pipe
        runs[name] = (proc.returncode, stdout)
    return runs


def _two_answers(run: tuple[int, bytes]) -> None:
    returncode, stdout = run
    assert returncode == 0
    answers = [json.loads(a) for a in stdout.decode("utf-8").splitlines()]
    assert len(answers) == 2 and answers[-1]["id"] == "after"


@pytest.mark.parametrize("name", ["surrogate-id", "surrogate-in-evidence"])
def test_lone_surrogates_do_not_stop_the_batch(
    name: str, bug_runs: dict[str, tuple[int, bytes]]
) -> None:
    _two_answers(bug_runs[name])
    first = json.loads(bug_runs[name][1].decode("utf-8").splitlines()[0])
    assert first["id"] == {"surrogate-id": "\ud800", "surrogate-in-evidence": "s3"}[name]


def test_carriage_return_inside_a_line_is_one_record(
    bug_runs: dict[str, tuple[int, bytes]]
) -> None:
    _two_answers(bug_runs["carriage-return"])
