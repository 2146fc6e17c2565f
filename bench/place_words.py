"""Candidates for the ordinary-word list of ``pipeline/rules/places.py`` (``ORDINARY``).

    python bench/place_words.py [--data ../shared/data] [--top 300]

Lists the single-word village names that occur as words (alone or after و/ب/ل/ال) in the
shared labelled texts, most frequent first, with whether any gold event is placed there and
how they were written. A frequent name that is no gold place and is everyday Arabic ("كشف",
"سجن", "مسجد") belongs in ``ORDINARY``; a real place ("عدرا") does not. Words already in
``ORDINARY`` or ``STOP`` are left out. The texts are outlets' copyright and stay in
``../shared``; this prints words, not text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from language.normalize import normalize
from language.tokens import Proclitics, word_spans
from pipeline.gazetteer import Gazetteer, name_key
from pipeline.rules import places as rules

_SETS = ("realnews", "eval", "external")
_CLITICS = Proclitics(("و", "ب", "ل", "وب", "ول", "لل", "ال", "وال", "بال"), min_stem=3)


def _texts_and_gold(data: Path) -> tuple[list[str], set[str]]:
    texts: list[str] = []
    gold: set[str] = set()
    for folder in _SETS:
        for path in sorted((data / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                texts.append(f"{row.get('title') or row.get('title_ar') or ''}\n"
                             f"{row.get('text') or ''}")
                gold.update(e["place_pcode"] for e in row.get("events") or []
                            if e.get("place_pcode"))
    return texts, gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--top", type=int, default=300)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} is absent")
        return 0
    gaz = Gazetteer.default()
    listed = {normalize(w) for w in rules.ORDINARY | rules.STOP}
    texts, gold = _texts_and_gold(args.data)
    counts: Counter[str] = Counter()
    written: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for match in word_spans(text):
            word = match.group()
            # As the resolver does, a listed word is not split: "وزارة" is no و + الزارة.
            whole = name_key(word) in listed
            for stem in dict.fromkeys((word, *(() if whole else _CLITICS.stems(normalize(word))))):
                key = name_key(stem)
                places = gaz.lookup_key(key)
                if (places and len(key) >= 3 and key not in listed
                        and all(p.level == 4 for p in places)
                        and not any(gaz.is_alias(key, p.pcode) for p in places)):
                    counts[key] += 1
                    written[key][word] += 1
                    break
    for key, n in counts.most_common(args.top):
        is_gold = any(p.pcode in gold for p in gaz.lookup_key(key))
        forms = " ".join(f"{w}:{c}" for w, c in written[key].most_common(3))
        print(f"{n}\t{key}\t{'gold' if is_gold else ''}\t{forms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
