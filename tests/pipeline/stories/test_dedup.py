"""Exact and near duplicates, boilerplate stripping, a bounded and persistent index."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash
from sqlalchemy import Engine

from pipeline.settings import PipelineSettings
from pipeline.store.store import PipelineStore
from pipeline.stories.dedup import (
    NUM_PERM,
    SCHEME,
    IndexEntry,
    StoryIndex,
    is_boilerplate_line,
    signature,
    text_hash,
    words,
)
from pipeline.stories.dedup_tables import SlotTable
from pipeline.stories.dedup_text import _BOILERPLATE, _template_line

T0 = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
REPORT = (
    "قتل مدنيان وأصيب خمسة آخرون صباح اليوم الأحد جراء قصف مدفعي لقوات النظام استهدف "
    "الأحياء السكنية في مدينة أريحا بريف إدلب الجنوبي وقال الدفاع المدني إن فرقه أسعفت "
    "المصابين إلى مشفى المدينة وإن القذائف سقطت قرب مدرسة ابتدائية"
)
OTHER = (
    "خرج مئات المحتجين اليوم الجمعة في مظاهرة بساحة الكرامة وسط مدينة السويداء مطالبين "
    "بالإفراج عن المعتقلين وبالتغيير السياسي ورفع المحتجون لافتات تؤكد سلمية الحراك"
)
BACKGROUND = (
    "ويشهد ريف إدلب تصعيداً عسكرياً متواصلاً منذ أشهر رغم اتفاق خفض التصعيد الموقع بين "
    "روسيا وتركيا ما أدى إلى موجات نزوح متكررة نحو المخيمات الحدودية في الشمال السوري"
)


def _entry(index: StoryIndex, key: str, text: str, at: datetime, source: str = "north") -> None:
    fp = index.fingerprint(source, "", text)
    index.add(
        IndexEntry(key, f"story-{key}", source, at, fp.minhash, fp.para_hashes,
                   buckets=(f"day:{at.date()}",), text_hash=fp.text_hash)
    )  # fmt: skip


def test_text_hash_ignores_diacritics_spacing_and_digit_script() -> None:
    assert text_hash("قُتِلَ ١٢  مدنياً") == text_hash("قتل 12 مدنيا")
    assert text_hash("قتل 12") != text_hash("قتل 13")


def test_boilerplate_lines() -> None:
    assert is_boilerplate_line("اقرأ أيضاً: قصف مدفعي على أطراف كفرنبل وتحليق مكثف للطيران")
    assert is_boilerplate_line("جميع الحقوق محفوظة © زاوية برس 2019")
    assert is_boilerplate_line("تابعوا «زاوية برس» على تلغرام وفيسبوك للاطلاع على آخر المستجدات")
    assert not is_boilerplate_line(REPORT)


def test_recurring_paragraph_of_a_source_is_stripped() -> None:
    index = StoryIndex()
    _entry(index, "a", f"{OTHER}\n\n{BACKGROUND}", T0)
    _entry(index, "b", f"{REPORT}\n\n{BACKGROUND}", T0)
    assert index.boilerplate.strip("north", f"{REPORT}\n\n{BACKGROUND}") == [REPORT]
    # Another outlet has not used it as a template: kept.
    assert len(index.boilerplate.strip("south", f"{REPORT}\n\n{BACKGROUND}")) == 2


def test_near_duplicate_found_despite_shared_boilerplate() -> None:
    index = StoryIndex(threshold=0.5)
    index.prime("north", BACKGROUND)
    _entry(index, "a", f"{REPORT}\n\n{BACKGROUND}", T0)
    _entry(index, "b", f"{OTHER}\n\n{BACKGROUND}", T0)
    edited = REPORT.replace("خمسة", "ستة") + "\n\n" + BACKGROUND + "\n\nاقرأ أيضاً: خبر آخر تماما"
    found = index.similar(index.fingerprint("north", "", edited))
    assert [e.article_id for e in found] == ["a"]
    assert index.exact(index.fingerprint("north", "", f"{REPORT}\n\n{BACKGROUND}")) is not None


def test_window_is_bounded() -> None:
    index = StoryIndex(retention=timedelta(days=2))
    for day in range(5):
        _entry(index, f"a{day}", f"{REPORT} {day}", T0 + timedelta(days=day))
    _entry(index, "a1", f"{REPORT} again", T0 + timedelta(days=4))  # an update moves it on
    assert index.prune(T0 + timedelta(days=4)) == 1
    assert sorted(index.entries) == ["a1", "a2", "a3", "a4"]
    assert index.in_buckets([f"day:{T0.date()}"]) == []
    assert index.exact(index.fingerprint("north", "", f"{REPORT} 0")) is None


def test_index_survives_a_restart(sqlite_engine: Engine) -> None:
    store = PipelineStore(sqlite_engine)
    settings = PipelineSettings(retention_days=3)
    first = StoryIndex.from_settings(settings, persistence=store)
    _entry(first, "old", OTHER, T0 - timedelta(days=10))
    _entry(first, "a", REPORT, T0)
    second = StoryIndex.from_settings(settings, persistence=store)
    assert second.load(T0) == 1
    assert [e.article_id for e in second.similar(second.fingerprint("north", "", REPORT))] == ["a"]
    assert second.entries["a"].story_id == "story-a"
    assert second.prune(T0 + timedelta(days=5)) == 1
    first.prune(T0)
    assert store.load_index_entries(T0 - timedelta(days=30)) == []


def _report(place: str | None = "C4278", deaths: int | None = 2) -> dict[str, Any]:
    key = {"family": "violence", "sub_event_type": "Shelling/artillery/missile attack",
           "date": "2024-03-10", "admin1": "SY07", "admin2": None, "place": place,
           "precision": 1 if place else None, "lat": 35.8126 if place else None,
           "lon": 36.6097 if place else None, "fatalities": deaths}  # fmt: skip
    return {"keys": [key], "mentions": ["C4278", "SY07"]}


def test_entries_read_back_as_written() -> None:
    index = StoryIndex()
    fp = index.fingerprint("north", "", REPORT)
    reports = [_report(), _report(None, None), {}, {"keys": [], "odd": 1}, {"keys": [{"x": 1}]}]
    ids = ["0123456789abcdef0123", "x" * 60, "مقال", "a\0"]
    for i, (report, key) in enumerate(zip(reports, [*ids, "plain"], strict=True)):
        index.add(IndexEntry(key, f"story-{key}", "north", T0 + timedelta(hours=i),
                             fp.minhash, report=report))  # fmt: skip
    for report, key in zip(reports, [*ids, "plain"], strict=True):
        entry = index.entries[key]
        assert (entry.report, entry.story_id, entry.source) == (report, f"story-{key}", "north")
    assert index.entries["plain"].seen_at == T0 + timedelta(hours=4)
    assert len(index.entries) == 5 and set(index.entries) == {*ids, "plain"}


def test_signatures_keep_16_bits_and_estimate_like_datasketch() -> None:
    index = StoryIndex()
    edited = REPORT.replace("خمسة", "ستة").replace("مدرسة", "روضة")
    a, b = index.fingerprint("x", "", REPORT), index.fingerprint("y", "", edited)
    assert int(np.max(a.minhash.hashvalues)) <= 0xFFFF
    full = [MinHash(num_perm=NUM_PERM, scheme=SCHEME) for _ in range(2)]
    for minhash, text in zip(full, (REPORT, edited), strict=True):
        shingles = {" ".join(w[i : i + 3]) for w in [words(text)] for i in range(len(w) - 2)}
        minhash.update_batch([s.encode("utf-8") for s in shingles])
    assert abs(a.minhash.jaccard(b.minhash) - full[0].jaccard(full[1])) < 0.05


def test_signature_is_datasketch_value_for_value() -> None:
    # ``signature`` works datasketch's arithmetic out itself: stored signatures depend on
    # it giving exactly what ``MinHash.update_batch`` gives, object included.
    rng = random.Random(7)
    vocabulary = [*words(REPORT), *words(OTHER), "x", "", "é"]
    for size in [0, 1, 2, 3, 17, 250]:
        for num_perm in (NUM_PERM, 128):
            shingles = {" ".join(rng.choices(vocabulary, k=3)) for _ in range(size)}
            full = MinHash(num_perm=num_perm, scheme=SCHEME)
            full.update_batch([s.encode("utf-8") for s in shingles])
            want = LeanMinHash(seed=full.seed, hashvalues=full.hashvalues & 0xFFFF, scheme=SCHEME)
            got = signature(shingles, num_perm)
            assert got.hashvalues.dtype == want.hashvalues.dtype
            assert np.array_equal(got.hashvalues, want.hashvalues)
            assert (got.seed, got.scheme) == (want.seed, want.scheme) and got == want
            assert got.jaccard(want) == 1.0


def test_template_line_answers_as_the_pattern() -> None:
    lines = [
        "اقرأ أيضاً: قصف", "  اقرا المزيد عن الحدث", "إقرأ\tايضا", "المصدر : وكالات", "مصدر الصورة:",
        "قال المصدر: لا", "تابعونا على تلغرام", "شاركوا المقال", "شارك الخبر", "شاركو الخبر",
        "© 2021", "READ More", "Follow uſ", "all r\u0130ghts reserved", "all r\u0131ghts reserved",
        "rEAD mORE", "ريد مور", REPORT, OTHER, BACKGROUND, "",
    ]
    rng = random.Random(3)
    letters = list("اقرأإيضًاالمزيدصورة :©شاركوالخبر")
    letters += list("readmofluswightsvREADMOFLUSWIGHTSV\u017f\u0130\n \t")
    lines += ["".join(rng.choices(letters, k=rng.randint(0, 16))) for _ in range(20000)]
    lines += [a + " " + b for a, b in zip(lines[:21], reversed(lines[:21]), strict=True)]
    for line in lines:
        assert _template_line(line) == bool(_BOILERPLATE.search(line)), line


def test_update_replaces_and_compaction_keeps_lookups() -> None:
    index = StoryIndex(retention=timedelta(days=3), compact_after=2)
    for day in range(8):
        _entry(index, f"a{day}", f"{REPORT} {day}", T0 + timedelta(days=day))
        _entry(index, f"o{day}", f"{OTHER} {day}", T0 + timedelta(days=day))
        _entry(index, f"a{day}", f"{REPORT} {day} تحديث", T0 + timedelta(days=day, hours=1))
        index.prune()
    # The window ends at the newest article (day 7, 01:00): o4 (day 4, 00:00) is out.
    expected = [f"a{d}" for d in range(4, 8)] + [f"o{d}" for d in range(5, 8)]
    assert len(index) == 7 and sorted(index.entries) == expected
    assert index._seen.size <= len(index) + 2  # dead slots were reclaimed
    found = index.similar(index.fingerprint("north", "", f"{REPORT} 7 تحديث"))
    assert "a7" in {e.article_id for e in found} and "o7" not in {e.article_id for e in found}
    assert [e.article_id for e in index.in_buckets([f"day:{(T0 + timedelta(days=6)).date()}"])] == [
        "a6", "o6"
    ]  # fmt: skip
    exact = index.exact(index.fingerprint("north", "", f"{OTHER} 5"))
    assert exact is not None and exact.article_id == "o5"
    assert index.exact(index.fingerprint("north", "", f"{REPORT} 7")) is None  # replaced


def test_slot_table_merges_and_renumbers() -> None:
    table = SlotTable(np.uint32, buffer_min=4)
    for slot in range(50):
        table.add([slot % 7, 100 + slot], slot)
    assert sorted(table.find([3]).tolist()) == list(range(3, 50, 7))
    remap = np.where(np.arange(50) % 2 == 0, np.arange(50) // 2, -1)
    table.flush(remap)
    assert sorted(table.find([3]).tolist()) == [5, 12, 19]  # slots 10, 24, 38 renumbered
    assert [len(s) for s in table.find_each([101, 102, 999])] == [0, 1, 0]


def test_slot_table_finds_key_by_key_sorted_part_first() -> None:
    rng = random.Random(5)
    for buffer_min in (1, 3, 16, 1000):
        table = SlotTable(np.uint64, buffer_min=buffer_min)
        stored: dict[int, list[int]] = {}
        for slot in range(120):
            keys = [rng.randint(0, 30) for _ in range(rng.randint(0, 3))]
            table.add(keys, slot)
            for key in keys:
                stored.setdefault(key, []).append(slot)
            probe = [rng.randint(0, 35) for _ in range(rng.randint(0, 4))]
            slots, owner = table.find_owned(iter(probe))
            assert slots.dtype == np.dtype(np.uint32) and owner.dtype == np.dtype(np.int64)
            for i, key in enumerate(probe):
                assert sorted(slots[owner == i].tolist()) == stored.get(key, [])
            assert owner.tolist() == sorted(owner.tolist()) or table._buffer


def test_index_stays_compact() -> None:
    index = StoryIndex()
    rng = np.random.default_rng(1)
    for i in range(3000):
        minhash = LeanMinHash(seed=1, hashvalues=rng.integers(0, 2**32, NUM_PERM), scheme=SCHEME)
        paras, buckets = (f"{i:016x}",) * 4, (f"day:{T0.date()}",)
        index.add(IndexEntry(f"{i:020x}", f"{i // 2:020x}", f"s{i % 9}", T0, minhash,
                             paras, _report(), buckets, f"{i:064x}"))  # fmt: skip
    assert index.nbytes() / len(index) < 600
