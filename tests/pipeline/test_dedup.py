"""Exact and near duplicates, boilerplate stripping, a bounded and persistent index."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from pipeline.dedup import IndexEntry, StoryIndex, is_boilerplate_line, text_hash
from pipeline.settings import PipelineSettings
from pipeline.store import PipelineStore

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
    assert [e.article_id for e in second.similar(second.fingerprint("north", "", REPORT))] == [
        "a"
    ]
    assert second.entries["a"].story_id == "story-a"
    assert second.prune(T0 + timedelta(days=5)) == 1
    first.prune(T0)
    assert store.load_index_entries(T0 - timedelta(days=30)) == []
