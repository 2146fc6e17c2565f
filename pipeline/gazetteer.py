"""The packaged gazetteer of Syrian places (OCHA p-codes) and its name index.

``Gazetteer.default()`` loads ``pipeline/data/gazetteer.csv`` (see ``data/ATTRIBUTION.md``) plus
the project's own ``aliases.csv`` once per process. Names are looked up by ``name_key``:
spelling-insensitive for hamza, ال, ة/ه, ى/ي, case, spaces, hyphens and apostrophes.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from language.normalize import normalize
from language.sieve import sieved

__all__ = ["Gazetteer", "Place", "name_key"]

_ARTICLE = re.compile(r"(?:(?<=\s)|^)ال(?=\S{2})")
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|as|ar|ash|az|at|ad|an|ath|adh|ad-|esh|ez|er)[-\s]+")
_NOT_WORD = re.compile(r"[^\w]+")
_CENTRE = "مركز "
_TELLS = ("Tall", "Tal", "Tell", "Tel")
_TELL = sieved(r"(?:Tall|Tal|Tell|Tel) (?=\S)")


def _tell_spellings(name: str) -> set[str]:
    """``name`` and, when it opens with "تل" written in English, the same name with each of
    the four ways of writing it ("Tal Abyad": "Tall", "Tell" and "Tel Abyad" too)."""
    tell = _TELL.match(name) if name.isascii() else None
    if tell is None:
        return {name}
    return {name} | {f"{word} {name[tell.end():]}" for word in _TELLS}

# First words of compound names ("دير دوما", "تل رفعت") that are no name on their own.
_GENERIC_HEADS = frozenset({"دير", "تل", "عين", "كفر", "خربه", "ابو", "ام", "بيت", "راس", "قصر",
                            "جسر", "خان", "بئر", "بير", "حي", "سوق", "جبل", "وادي", "مزرعه",
                            "معره"})


def name_key(name: str) -> str:
    """The lookup form of a place name: "الأتارب" -> "اتارب", "Deir-ez-Zor" -> "deirzor"."""
    text = normalize(name)
    if not text.isascii():
        text = _ARTICLE.sub("", text)
    else:
        text = _LATIN_ARTICLE.sub(" ", text.replace("'", "").replace("`", ""))
    return _NOT_WORD.sub("", text).replace("_", "")


@dataclass(frozen=True)
class Place:
    """One gazetteer row; ``level`` 1 governorate, 2 district, 3 sub-district, 4 community."""

    pcode: str
    level: int
    name_en: str
    name_ar: str
    admin1_pcode: str
    admin2_pcode: str | None
    admin3_pcode: str | None
    lat: float
    lon: float


def _place(row: dict[str, str]) -> Place:
    return Place(
        pcode=row["pcode"], level=int(row["level"]), name_en=row["name_en"],
        name_ar=row["name_ar"], admin1_pcode=row["admin1_pcode"],
        admin2_pcode=row["admin2_pcode"] or None, admin3_pcode=row["admin3_pcode"] or None,
        lat=float(row["lat"]), lon=float(row["lon"]),
    )


def _name_variants(name: str) -> set[str]:
    """The ways a gazetteer name is written in text: "مركز X" is X; "A_B", "A / B" and
    "A - B" are two names."""
    out = {name}
    if name.startswith(_CENTRE):
        out.add(name[len(_CENTRE):])
    for sep in ("_", " / ", "/", " - "):
        for variant in list(out):
            if sep in variant:
                out.update(part.strip() for part in variant.split(sep) if part.strip())
    return out


class Gazetteer:
    """Places by p-code and by name key."""

    def __init__(self, places: Iterable[Place], aliases: Iterable[tuple[str, str]] = ()) -> None:
        self._by_pcode: dict[str, Place] = {}
        self._by_key: dict[str, list[Place]] = {}
        self._prefixes: frozenset[str] | None = None
        self._aliased: set[tuple[str, str]] = set()
        self._words: dict[str, int] = {}
        self._alias_words: set[tuple[str, int]] = set()  # (key, words) an alias is written in
        self._bare: set[str] = set()  # keys some Arabic name spells without its article
        for place in places:
            self._by_pcode[place.pcode] = place
        admin_keys = {name_key(v) for p in self._by_pcode.values() if p.level in (2, 3)
                      for v in _name_variants(p.name_ar)}
        for place in self._by_pcode.values():
            for name in self._place_names(place, admin_keys):
                self._index(name_key(name), place, name)
        # "البيضة" is also written as said, "البيضا"; "كوكبة" as "كوكبا": a village's name so
        # respelt, where no place bears that spelling itself.
        respelt: dict[str, list[Place]] = {}
        for place in self._by_pcode.values():
            if place.level == 4 and place.name_ar.endswith("ة") and len(place.name_ar) > 3:
                key = name_key(place.name_ar[:-1] + "ا")
                if key not in self._by_key:
                    respelt.setdefault(key, []).append(place)
        for key, found in respelt.items():
            for place in found:
                self._index(key, place, place.name_ar)
        for alias, pcode in aliases:
            target = self._by_pcode.get(pcode)
            if target is None:
                continue
            # An alias in English is respelt as the gazetteer's names are: "Tal Abyad" is
            # also "Tell Abyad", "Tall Abyad" and "Tel Abyad".
            for written in _tell_spellings(alias):
                key = name_key(written)
                self._index(key, target, written)
                self._aliased.add((key, pcode))
                self._alias_words.add((key, len(written.split())))

    @staticmethod
    def _place_names(place: Place, admin_keys: set[str]) -> set[str]:
        names = _name_variants(place.name_ar) | _name_variants(place.name_en)
        # "تل" is written Tall, Tal, Tell or Tel in English: "Tall Kalakh" is "Tal Kalakh".
        for name in [n for n in names if n.isascii()]:
            names.update(_tell_spellings(name))

        if place.level == 4:
            # "الزيارة عفرين", "تل شعير قامشلي": a community name qualified by its district.
            for name in list(names):
                words = name.split()
                for cut in (1, 2):
                    head = " ".join(words[:-cut])
                    if (len(words) > cut and name_key(" ".join(words[-cut:])) in admin_keys
                            and name_key(head) not in _GENERIC_HEADS and len(name_key(head)) >= 3):
                        names.add(head)
            # "أم عدسة قرب منبج" ("Um Adase near Manbaj"): a community told apart from its
            # namesakes by a town near it is written without that town ("بقرية أم عدسة جنوب
            # غربي مدينة منبج"), the town then qualifying it as any other.
            for name in list(names):
                for near in (" قرب ", " near "):
                    head = name.partition(near)[0]
                    if head != name and len(name_key(head)) >= 3:
                        names.add(head)
        return names

    def _index(self, key: str, place: Place, name: str) -> None:
        if not key:
            return
        words = len(name.split())
        self._words[key] = min(words, self._words.get(key, words))
        if name.isascii() or not normalize(name).startswith("ال"):
            self._bare.add(key)
        bucket = self._by_key.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)

    @classmethod
    def from_csv(cls, places_csv: str, aliases_csv: str = "") -> Gazetteer:
        places = [_place(row) for row in csv.DictReader(io.StringIO(places_csv))]
        aliases = [(r["alias"], r["pcode"]) for r in csv.DictReader(io.StringIO(aliases_csv))]
        return cls(places, aliases)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, loaded once per process."""
        data = resources.files("pipeline") / "data"
        return cls.from_csv(
            (data / "gazetteer.csv").read_text(encoding="utf-8"),
            (data / "aliases.csv").read_text(encoding="utf-8"),
        )

    def get(self, pcode: str) -> Place | None:
        return self._by_pcode.get(pcode)

    def contains(self, region_pcode: str, pcode: str) -> bool:
        """True when ``pcode`` lies in (or is) ``region_pcode``."""
        region, place = self._by_pcode.get(region_pcode), self._by_pcode.get(pcode)
        if region is None or place is None:
            return False
        parents = {1: place.admin1_pcode, 2: place.admin2_pcode, 3: place.admin3_pcode}
        return region.pcode == place.pcode or parents.get(region.level) == region.pcode

    def lookup_key(self, key: str) -> list[Place]:
        """Places indexed under an already computed ``name_key``."""
        return list(self._by_key.get(key, ()))

    def key_prefixes(self) -> frozenset[str]:
        """Every prefix of every name key: a scan stops extending a phrase that no name
        starts with (built once, on first use)."""
        if self._prefixes is None:
            self._prefixes = frozenset(k[:n] for k in self._by_key for n in range(1, len(k) + 1))
        return self._prefixes

    def name_words(self, key: str) -> int:
        """The fewest words any name indexed under ``key`` is written in ("قولانة" 1,
        "دير الزور" 2): a phrase of more words than that joins words the name does not."""
        return self._words.get(key, 0)

    def alias_in_words(self, key: str, words: int) -> bool:
        """True when an alias under ``key`` is written in that many words ("تل منس" for the
        gazetteer's "تلمنس"): a phrase of those words spells it, whatever its words are."""
        return (key, words) in self._alias_words

    def always_definite(self, key: str) -> bool:
        """True when every Arabic name under ``key`` is written with ال ("القصير"): the
        word without it ("وقت قصير") is an ordinary word."""
        return key in self._by_key and key not in self._bare

    def is_alias(self, key: str, pcode: str) -> bool:
        """True when the alias list names this place under this key (a well-known place)."""
        return (key, pcode) in self._aliased

    def resolve(self, name: str) -> list[Place]:
        """Places with this name, governorates first, then districts, sub-districts, communities."""
        key = name_key(name)
        found = self.lookup_key(key)
        return sorted(found, key=lambda p: (p.level, not self.is_alias(key, p.pcode), p.pcode))

    def is_chief_town(self, place: Place) -> bool:
        """A governorate's chief town ("إدلب" the city of Idlib governorate): a bare name of
        one is as often the governorate."""
        region = self._by_pcode.get(place.admin1_pcode)
        return place.level == 4 and region is not None and name_key(region.name_ar) == \
            name_key(place.name_ar)

    def pcodes(self) -> list[str]:
        """Every p-code, in no particular order."""
        return list(self._by_pcode)

    def governorates(self) -> list[Place]:
        return sorted((p for p in self._by_pcode.values() if p.level == 1), key=lambda p: p.pcode)

    def __len__(self) -> int:
        return len(self._by_pcode)


def contains(region: Place, place: Place) -> bool:
    """Whether ``place`` lies inside ``region`` (a governorate, district or sub-district)."""
    codes = {1: place.admin1_pcode, 2: place.admin2_pcode, 3: place.admin3_pcode}
    return region.level < place.level and codes.get(region.level) == region.pcode


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
