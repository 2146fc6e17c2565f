"""From an article's title and text to ACLED-coded events.

``EventExtractor.extract(title, text, published)`` classifies the sentences
(``pipeline.events.classify``), then fills each event from its evidence: the place
(``PlaceResolver.best`` focused on the evidence), the date (resolved against the publication
time), the deaths (over the sentences about that event), the actors and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise

from crawler.dates import parse_date
from language.calendar import WEEKDAYS
from language.normalize import normal_forms, normalize, unmask
from language.numbers import number_at
from language.sieve import sieved
from language.tokens import Proclitics, tokens, word_spans
from pipeline.events.actors import acled_name, code_actors, find_actors, interaction
from pipeline.events.background import (
    background_sentences,
    recalls_earlier,
)
from pipeline.events.breach import (
    Claim,
    bombardment_in,
    breaks_other,
    calls_breach,
    names_act,
    names_truce_of,
    out_of_force,
    replies,
    similar,
    violence_in,
)
from pipeline.events.breach import apart as breach_apart
from pipeline.events.breach import claims as breach_claims
from pipeline.events.breach import covers as breach_covers
from pipeline.events.classify import (
    Detection,
    Sentence,
    analyse,
    classify,
    continued,
    days_told,
    sentence_types,
    split_sentences,
)
from pipeline.events.dates import (
    agreement_made_in,
    event_date_in,
    resolve_event_date,
    same_day_in,
    statement_date_in,
    writers_time,
)
from pipeline.events.event_days import (
    another_days,
    clause_days,
    day_at,
    day_told_before,
    days_before,
    first_date,
    next_day,
    night_day,
    old_news,
    same_day,
    sentence_day,
)
from pipeline.events.lexicon import EVENT_TYPES, alternation, forms, lexicon
from pipeline.events.numbers import (
    attackers_killed,
    bombers_dead,
    counts_persons,
    parse_number,
    risen_toll,
    risen_victims,
    rival_reconciled,
    tells_wounded,
    toll_rises,
    wounded_died,
)
from pipeline.events.numbers import fatalities as count_deaths
from pipeline.events.places import (
    PlaceMatch,
    PlaceMention,
    PlaceResolver,
    accused_of,
    as_match,
    dateline_line,
    fled_from,
    home_town,
    item_heading,
    named_elsewhere,
    protested_against,
    road_far_end,
    road_first_end,
)
from pipeline.events.scenes import (
    after_earlier_incident,
    based_too,
    denied_clauses,
    find_scenes,
    fire_from,
    headline_part_places,
    hours_earlier_act,
    in_spans,
    launched_from,
    sources_there,
    threatened_target,
    told_as_result,
    told_before,
    told_of_others,
    treated_or_buried,
)
from pipeline.events.toll_sentence import people_noun, person_count
from pipeline.gazetteer import Gazetteer, contains
from pipeline.models import Event
from pipeline.rules.actors import ARMED_INTER, CIVILIANS, UNIDENTIFIED
from pipeline.rules.breach import (
    ALSO_BREAKS,
    CLAUSE_MARKS,
    EXCLUDED_BACK_NOUNS,
    EXCLUDED_PARTY_REACH,
    EXCLUDED_RELATIVES,
    INFIGHTING,
    ONE_SIDE,
    SAYS_THAT,
    UNCLAIMED_APART,
)
from pipeline.rules.not_news import CAPTION_HEADINGS, RELATED_HEADINGS
from pipeline.rules.places import (
    COUNTRYSIDE,
    DESTINATION_BEFORE,
    LANDMARK_NOUNS,
    QUARTER,
    REGION_OF_TOWN_GAP,
    ROAD_BEFORE,
    ROAD_LEADING_TO,
    UNIT_OF_PLACE_BEFORE,
)
from pipeline.rules.scenes import (
    AGREEMENT_TERMS,
    AMONG_THE_DEAD,
    CLAUSE_OPENERS,
    DENIED_REPORT,
    HIGHLIGHTED,
    INSTITUTIONS,
    SAME_ACT_OPENERS,
    TAKEN_AWAY_AFTER,
    TAKEN_AWAY_REACH,
)
from pipeline.rules.scope import (
    FOLLOW_UP_DAY_WORDS,
    FOLLOW_UP_NOT_AFTER,
    FOLLOW_UP_TYPES,
    SIMILAR,
)
from pipeline.rules.tolls import (
    ADDITIVE,
    AMONG_DEAD,
    ARMED_DEAD,
    ATTACKERS,
    CIVILIAN_DEAD,
    CONSTRUCT_PLACES,
    COUNTED_BY_NO_SIDE,
    COUNTERPART,
    COUNTERPART_OPENERS,
    DEAD_TOLD_BEFORE,
    DEATH_CLAUSE_OPENERS,
    DEMONSTRATION_CAUSE_BEFORE,
    DEMONSTRATION_CAUSE_DEATHS,
    DIED_OF_WOUNDS,
    DISTRIBUTION_JOINERS,
    DISTRIBUTION_VERBS,
    EARLIER_FIGURE,
    EARLIER_MARKERS,
    ENEMY_COUNTED,
    FAMILY,
    GROUP_GENERIC,
    INJURY,
    LIST_ANNOUNCED,
    LIST_STOP,
    LIVE_UPDATE,
    LOST,
    LOST_RANKS,
    MIXED_DEAD_REACH,
    NEUTRALISED,
    ONE_EACH_WHERE,
    ONE_OF_TWO,
    OTHERS_COUNTED,
    OWN_MARTYRS,
    PARENT_MARKERS,
    PART_MARKERS,
    REPLIED,
    REPLY_KILLED_ARMED,
    REPLY_KILLED_OF_THEM,
    RESULT_OPENERS,
    RIVAL_SOURCES,
    RIVAL_WITHIN,
    ROUND_UP_TOTAL,
    SOURCE_COUNT_AFTER,
    THE_OTHER,
    TOLL_NOUNS,
    TOLL_TOTALS,
)
from pipeline.rules.triggers import CHEMICAL_DELIVERY, GENERIC
from pipeline.rules.triggers import TERRITORY_TYPES as _TERRITORY
from pipeline.rules.triggers import VIOLENT_TYPES as _VIOLENT
from pipeline.settings import PipelineSettings

__all__ = ["EventExtractor"]


_MAX_TITLE, _MAX_TEXT = 1_000, 20_000
_CLASH = "Armed clash"
_SAME_DAY = sieved(r"(اليوم|الوقت) (ذاته|نفسه)")
# "القصف" after air raids is the raids themselves, not shelling.
# Guns named ("بقصف مدفعي"، "بقذائف الهاون"): a shelling of its own, even after air raids.
_ARTILLERY = sieved(r"قذيف|قذائف|راجمات|هاون|مدفعي|المدفعي")
_ATTACK = "Attack"
_SAME_BOMBARDMENT = frozenset({("Air/drone strike", "Shelling/artillery/missile attack")})
# Where the wounded were taken or fire came from is not where the event happened.
# "اتفاق يقضي بتسليم ..." (pipeline.rules.scenes.AGREEMENT_TERMS).
_AGREEMENT_TERMS = sieved(rf"(?<!\S)(?:{alternation(AGREEMENT_TERMS)})(?!\S)")
_DESTINATION = sieved(rf"({alternation(DESTINATION_BEFORE)})\s+\S*\s*$")
_LEADING_TO = sieved(rf"(?:{alternation(ROAD_LEADING_TO)})\s+(?:إلى|الى)\s+\S*\s*$")


def _headed_to(sentence: str, start: int) -> bool:
    """Whether the place at ``start`` is named as where someone or something was headed
    ("فرارهم باتجاه السخنة"), not on "the road leading to" it, which places the act there."""
    return _DESTINATION.search(sentence[max(0, start - 12):start]) is not None \
        and _LEADING_TO.search(sentence[max(0, start - 30):start]) is None
# Towns that name a road ("الطريق الدولي حلب – الحسكة"), or are joined by a dash to another.
_ROAD = re.compile(rf"({alternation(ROAD_BEFORE)})\s+\S*\s*$|\S\s*[–-]\s*$")
# A force named for its town ("لأسايش الحسكة"): the town names the force, not a scene.
_UNIT_OF = sieved(rf"(?:^|\s)[وفبل]*(?:ال)?(?:{alternation(UNIT_OF_PLACE_BEFORE)})\s*$")
# Where fire came from: "من مواقعها في قرية النجمة", "المتمركزة في حاجز", "بقصف مدفعي من
# مطار دير الزور العسكري على محيط البلدة".
_SOURCE = sieved(r"(من\s+(مواقع|حواجز|نقاط|مقر|مطار)\S*|المتمركز\S*|المتواجد\S*|المتمركزه)"
                     r"(\s+\S+){0,3}\s*$")
# A town named to locate another scene: "شرق مدينة الحسكة" (its outskirts, "على أطراف بلدة
# الشيخ يوسف", are the town's own).
_LANDMARK = sieved(r"(?<!\S)(شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي|مقابل)\s+"
                       r"(?:(مدينه|مدينة|بلده|بلدة|قريه|قرية)\s+)?$")
# The first of two towns a place lies between: it locates a place just named ("قرية Z
# الواقعة بين بلدتي X وY"); with none, the act between them ("قصف استهدف المنازل بين قرية X
# وقرية Y") is placed at the first-named, as a road's is (``_BETWEEN_PAIR``: not the second).
_BETWEEN_FIRST = sieved(r"(?<!\S)بين\s+(?:(مدينه|مدينة|بلده|بلدة|قريه|قرية|بلدتي|قريتي|مدينتي)"
                            r"\s+)?$")
# "قرية كفرسجنة قرب خان شيخون": a town near which a village just named lies locates it,
# no further scene (with no village right before, "انفجرت عبوة قرب بلدة عدوان", it is one).
_NEAR_VILLAGE = sieved(r"(?<!\S)(?:قرب|بالقرب\s+من)\s+(?:(?:مدينه|مدينة|بلده|بلدة)\s+)?$")
# The second of the two towns a road or field lies between ("على الطريق بين بلدتي الجيزة
# والمسيفرة"، "الطريق بين كفرنبل وحاس"، "المنازل بين قرية X وقرية Y"): one scene between
# them, not another event. (The place word of a single town, "بين قرية X", is no first town.)
# The second end after "وبين" too, the first a name or the pronoun of a town just named
# ("على الطريق الواصل بينها وبين بلدة Y"، "بين مدينة X وبين بلدة Y").
_BETWEEN_PAIR = sieved(r"(?<!\S)بين(?:\s+"
                           r"(?:(?:بلدتي|قريتي|مدينتي|بلدة|بلده|قرية|قريه|مدينة|مدينه)\s+)?"
                           r"[\"“”«]?(?!(?:بلد|قري|مدين)(?:[ةه]|تي)\s*$)\S+(?:\s+\S+)?"
                           r"\s*[\"“”»]?\s*(?:و(?:بلدة|بلده|قرية|قريه|مدينة|مدينه)\s+|و)?$"
                           r"|(?:ها|هما)?\s+(?:\S+\s+){0,3}?وبين\s+"
                           r"(?:(?:بلدة|بلده|قرية|قريه|مدينة|مدينه)\s+)?$)")
# The second of the two towns a front is named for ("اشتباكات على محور جرجناز وتلمنس"):
# one front, one scene. Read on the text up to the mention's first letter, its "و" included.
_AXIS_PAIR = sieved(r"(?<!\S)(?:محور|محوري|جبهة|جبهه)\s+[\"“”«]?\S+(?:\s+\S+)?"
                        r"\s*[\"“”»]?\s+و\S?$")
# Protests broken up by force: the headline says where, when the lead tells protests at large.
_CROWD_HIT = frozenset({"Excessive force against protesters", "Protest with intervention"})
# The governorate or town a countryside is named for, after it and its side ("كبرى مدن الريف
# الغربي لدرعا"): it locates the place before it, it is no scene of its own.
_COUNTRYSIDE_OF = sieved(
    r"(?<!\S)[وفب]?(?:ال)?(?:"
    + "|".join(sorted({v for c in COUNTRYSIDE
                       for v in ((c, c[:-1] + "ة") if c.endswith("ه") else (c,))},
                      key=len, reverse=True))
    + r")\s+\S+\s+$")
# A town named by an institution of it: "قيادة شرطة حماة", "مديرية صحة درعا".
_ATTACKER_AMONG_DEAD = re.compile(
    rf"(?<!\S)(?:{alternation(AMONG_DEAD)})\s+(?:{alternation(ATTACKERS)})(?!\S)")
_INSTITUTION = re.compile(rf"(?<!\S)[وبل]?({alternation(INSTITUTIONS)})\s+$")
# A place within the scene's town: "حي قاضي عسكر", "دوار", "مخيم".
_DENIED = re.compile("|".join(map(re.escape, DENIED_REPORT)))
_WITHIN = re.compile(r"(?<!\S)(حي|أحياء|احياء|دوار|شارع|سوق|مخيم|مشفى|مستشفى|جامع|مسجد)\s+$")
# A town in an organisation's name: "مركز حمص الإعلامي", "المجلس المحلي", "ديرالزور 24".
_ORGANISATION = re.compile(r"\s*(الإعلامي|الاعلامي|الإعلامية|الاعلامية|المحلي|الإخباري|"
                           r"الاخباري|الإخبارية|الاخبارية|الحرة|\d)")
# Where the wounded were taken: "نُقل المصابون إلى المشفى الوطني في مدينة السويداء".
_TAKEN_TO = sieved(r"(نقل|نُقل|نقلت|نقلوا|اسعاف|إسعاف|اسعف|أسعف)\S*\s+(\S+\s+){0,9}\S*$")
# "ما أدى إلى مقتل": the toll of the clause before it (pipeline.rules.tolls).
_RESULT = re.compile(alternation(RESULT_OPENERS))
_ADDITIVE = frozenset(normal_forms(ADDITIVE))
_OTHERS_COUNTED = normal_forms(OTHERS_COUNTED)
_COUNTERPART_OPENERS = frozenset(normal_forms(COUNTERPART_OPENERS))
_COUNTERPART_WORDS = frozenset(normal_forms(COUNTERPART))
_CIVILIAN_DEAD = tuple(normal_forms(CIVILIAN_DEAD))
_CIVILIAN_CLITICS = ("", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال")
_ARMED_DEAD = tuple(normal_forms(ARMED_DEAD))
_AMONG = frozenset(normal_forms(AMONG_DEAD))
_BREAKDOWN_END = re.compile(r"[،,.;؛:()«»]")
_NO_SIDE = frozenset(normal_forms(COUNTED_BY_NO_SIDE))
_DIED_OF_WOUNDS = tuple(normal_forms(DIED_OF_WOUNDS))
_PLACE_NOUNS = frozenset(normal_forms(CONSTRUCT_PLACES))
_GROUP_CLITICS = Proclitics(("وال", "بال", "لل", "ال", "و", "ب"), min_stem=3)
_LIST_WORDS = frozenset(normal_forms(LIST_STOP))
_GROUP_GENERIC = frozenset(normal_forms(GROUP_GENERIC))
_TOTAL_WORDS = frozenset(normal_forms(TOLL_TOTALS))
_ONE_EACH_WHERE = frozenset(normal_forms(ONE_EACH_WHERE))
_TOLL_NOUNS = frozenset(normal_forms(TOLL_NOUNS))
_EARLIER_FIGURE = frozenset(normal_forms(EARLIER_FIGURE))
_RIVAL_SOURCES = frozenset(normal_forms(RIVAL_SOURCES))
_PART_MARKERS = frozenset(normal_forms((*PART_MARKERS, *EARLIER_MARKERS)))
_PART_ONLY = frozenset(normal_forms(PART_MARKERS))
# "فضلاً عن إصابة 32 آخرين": a part marker before the wounded details no part of the dead.
_INJURY = frozenset(normal_forms(INJURY))
# "تحييد ستة مسلحين" then "وأضافت أن جندياً استشهد": the enemy neutralised and the side's own
# martyrs (pipeline.rules.tolls.NEUTRALISED, OWN_MARTYRS).
_NEUTRALISED = frozenset(normal_forms(NEUTRALISED))
_ENEMY_COUNTED = frozenset(normal_forms(ENEMY_COUNTED))
_OWN_MARTYRS = tuple(normal_forms(OWN_MARTYRS))
_SIDE_CLITICS = Proclitics(("وال", "بال", "لل", "ال", "و", "ب", "ل"), min_stem=3)
# Clauses that tell another act of a sentence: "... ، كما تعرضت مدينة كفرزيتا لقصف".
# As ``(?:^|\s|،)(?:OPENERS)(?=\s)|،\s*(?:DEATH_OPENERS)(?=\s)``: an opener at the start,
# then, from where that ends, the rest of the matches, each opening with its separator (a set
# of characters ``re`` skips ahead to, where ``^`` has it try every position). At a
# separator the ways are tried in the original's order ("،" and an opener, then "،" and a
# death opener after spaces); "^" matches nowhere but at the text's start.
_CLAUSE_FIRST = re.compile(rf"(?:{alternation(CLAUSE_OPENERS)})(?=\s)")
_CLAUSES = re.compile(rf"[\s،](?:(?:{alternation(CLAUSE_OPENERS)})(?=\s)"
                      rf"|(?<=،)\s*(?:{alternation(DEATH_CLAUSE_OPENERS)})(?=\s))")


def _clause_starts(sentence: str) -> list[int]:
    """Where the matches of the original ``_CLAUSES`` start in ``sentence``."""
    first = _CLAUSE_FIRST.match(sentence)
    if first is None:
        return [m.start() for m in _CLAUSES.finditer(sentence)]
    return [0, *(m.start() for m in _CLAUSES.finditer(sentence, first.end()))]


# A chief town named with its place noun ("مدينة دير الزور") is the town, not its governorate.
_TOWN_NOUNS = ("مدينة", "مدينه", "بلدة", "بلده", "قرية", "قريه")
# What may stand between two places of one list: "قرية X وبلدة Y"، "X، Y و Z".
_LISTED = re.compile(r"^[\s،,و]*((قرية|قريه|بلدة|بلده|مدينة|مدينه|حي|قرى|بلدات)\s+)?[\s،,و]*$")
# Lines listing other articles' headlines.
# The words that name a follow-up's own day (pipeline.rules.scope), in the matching form.
_OWN_DAY = frozenset({*(normalize(w) for w in FOLLOW_UP_DAY_WORDS), *WEEKDAYS})
_NOT_DAY_BEFORE = frozenset(normalize(w) for w in FOLLOW_UP_NOT_AFTER)
_RELATED = re.compile(rf"^\s*({alternation(RELATED_HEADINGS)})"
                      rf"|^\s*[\[(]\s*({alternation(CAPTION_HEADINGS)})\s*[:\-–]"
                      rf"|^\s*({alternation(CAPTION_HEADINGS)})\s*:",
                      re.IGNORECASE | re.MULTILINE)


def _only_told_again(sent: Sentence) -> bool:
    """Every act the sentence names comes after a demonstrative ("هذه المواجهات"، "تلك
    الغارات"): it speaks of acts told already, and tells none of its own."""
    labels = {h.label for h in sent.triggers}
    return bool(labels) and all(told_before(label, sent) for label in labels)


def _spared(sent: Sentence) -> bool:
    """A sentence saying a truce holds at its towns and denying an act there ("لا تزال
    الهدنة في البلدة المجاورة صامدة، إذ لم تتعرض لأي قصف، رغم سماع دوي الانفجارات"):
    its towns were spared, whatever it heard from the incident's."""
    return sent.has_cue("holding") and sent.has_cue("negation")


@lru_cache(maxsize=4)
def _resolver(camel_data: str) -> PlaceResolver:
    # One resolver per process and data directory: loading the gazetteer is the slow part.
    return PlaceResolver.from_settings(PipelineSettings(camel_data=camel_data))


class EventExtractor:
    """Extracts events from one article; holds only the (shared) place resolver."""

    def __init__(self, resolver: PlaceResolver, min_confidence: float = 0.0) -> None:
        self._resolver = resolver
        self._min_confidence = min_confidence

    @classmethod
    def from_settings(cls, settings: PipelineSettings) -> EventExtractor:
        return cls(_resolver(settings.camel_data), settings.min_confidence)

    def extract(self, title: str, text: str,
                published: datetime | str | None) -> list[Event]:
        """The events of one article, primary first; ``[]`` when it reports none."""
        # News puts the incident in the headline and lead; a page far longer than any
        # article is scraping debris, and reading all of it would only cost time.
        title, text = (title or "")[:_MAX_TITLE], _without_related((text or "")[:_MAX_TEXT])
        title, text = unmask(title), unmask(text)
        text = _without_repeated_title(title, text)
        when = _published(published)
        detections = classify(title, text, when.year if when else None)
        if not detections:
            return []
        sentences = split_sentences(title, text)
        if when is not None:
            when = writers_time(sentences[:3], when)
        said = breach_claims(sentences, self._resolver)
        recalled = background_sentences(sentences, when)
        if len(sentences) > 1 and analyse(title, text, when.year if when else None)[1].recalled:
            recalled |= {1}  # an article that opens with its background (lead_recalled)
        # A recalled event is no new event. The headline's or lead's stays (the article is
        # about it); one that only a recalled body sentence tells is history, not news.
        detections = [d for i, d in enumerate(_broken_not_agreed(detections, said, sentences))
                      if (i == 0 and d.sentence <= 1) or d.sentence not in recalled
                      or (i == 0 and _told_past_recall(d, recalled, sentences) is not None)]
        if detections and detections[0].sentence in recalled:
            detections[0] = _told_past_recall(detections[0], recalled, sentences) or detections[0]
        if not detections:
            return []
        analysed = analyse(title, text, when.year if when else None)
        detections = [d for d in detections if not _taken_away_again(d, detections[0], analysed)]
        first, place = self._primary(detections[0], title, text, sentences, when, said,
                                     recalled, {d.sentence for d in detections[1:]})
        if when is not None and old_news(detections[0], sentences, when, recalled):
            return []
        events = [first]
        detections += _follow_ups(title, text, detections, first, recalled, when)
        for det in detections[1:]:
            det = _as_similar(det, detections[0])
            # a further event's toll comes from its own sentences, not recalled ones
            det = replace(det, about=tuple(i for i in det.about
                                           if i == det.sentence or i not in recalled))
            more = self._secondary(det, first, place, sentences, when,
                                   analyse(title, text, when.year if when else None), recalled)
            if not more:  # the same incident told again: its toll may be the only one
                events[0] = _with_retold_dead(events[0], det, when)
            events.extend(self._breach(e, det, sentences, said) for e in more)
        events.extend(self._breach(e, detections[0], sentences, said)
                      for e in self._bombardment(detections[0], events, sentences, recalled,
                                                 when))
        further, told = self._elsewhere(detections[0], events, sentences, recalled, when,
                                        analysed)
        events.extend(self._breach(e, detections[0], sentences, said) for e in further)
        events[0] = _without_their_dead(events[0], detections[0], told, sentences, recalled,
                                        self._other_scenes(place), self._names_place(place),
                                        when, self._own_clauses(told, sentences, place))
        events[0] = _without_others_dead(
            events[0], detections[0], events[1:],
            [sentences[i] for i in detections[0].about if i not in recalled and i],
            lambda sentence: self._names_alone(events, sentence))
        events[0] = self._counted_later(events[0], detections[0], sentences, recalled,
                                        {e.evidence for e in events[1:]}, place)
        scenes = self._scenes(title, text, when, events, sentences, recalled, said, told,
                              detections[0].about)
        events = _shared_dead(events[0], scenes, events[1:])
        events = self._scenes_counted_later(events, sentences, recalled)
        events = self._broken_down_later(events, sentences, recalled)
        events = self._each_of_dead(events, sentences, recalled)
        events = _one_per_place_and_day(events)
        events = _one_change_of_hands(events)
        events = _day_total_told_apart(events, sentences)
        events = _round_up_lead_told_again(events, sentences)
        events = _each_kind_its_clause(events)
        events[0] = _rest_of_lead_total(events, sentences, recalled)
        events = self._distributed_dead(events, sentences, recalled)
        if days_told(analysed):
            events = self._day_by_day(events, sentences, recalled, when)
        if len(analysed) > 1 and analysed[1].abroad:
            events = [e for e in events if not _unplaced(e)]
        return [e for e in events if e.confidence >= self._min_confidence]

    def _day_by_day(self, events: list[Event], sentences: list[str],
                    recalled: frozenset[int], when: datetime | None) -> list[Event]:
        """"61 قتيلاً في دوما خلال ثلاثة أيام من الغارات" over "قتل يوم الثلاثاء 24 مدنياً
        ...، فيما قتل يوم الأربعاء 19" and "أما اليوم الخميس فقد قتل 18": a few days' toll
        broken down by day (``days_told``) is one incident a day, at the primary's place
        with the primary's kind, each with its own clause's dead. A clause counts when it
        names its own day and dead and no other town."""
        primary = events[0]
        if when is None or primary.place_pcode is None:
            return events
        days: dict[str, tuple[int, str]] = {}
        for k, sentence in enumerate(sentences):
            if not k or k in recalled:
                continue
            for a, b in pairwise(_clause_cuts(sentence)):
                clause = sentence[a:b]
                day, dead = event_date_in(clause, when), count_deaths(clause)
                if day is None or not dead or any(
                        m.place.level >= 3 and m.place.pcode != primary.place_pcode
                        for m in self._resolver.find(clause)):
                    continue
                days.setdefault(day.isoformat(), (dead, sentence))
        if len(days) < 2:
            return events
        # (the newest first: the day the page reports, then the days it looks back on)
        split = [replace(primary, date=day, fatalities=dead, evidence=told)
                 for day, (dead, told) in sorted(days.items(), reverse=True)]
        return [*split, *(e for e in events[1:] if not (
            e.sub_event_type == primary.sub_event_type and e.place_pcode == primary.place_pcode
            and e.date in days))]

    def _distributed_dead(self, events: list[Event], sentences: list[str],
                          recalled: frozenset[int]) -> list[Event]:
        """"وتوزع القتلى: 20 في بلدة A، و12 في B، و7 في C": a sentence that breaks the dead
        down place by place, each part a count and its place, gives each event at one of
        those places that part's count; an event elsewhere that took the total the parts
        add up to (a headline's or lead's) keeps its own sentence's count."""
        out = list(events)
        for k, sentence in enumerate(sentences):
            if k in recalled:
                continue
            parts = _distribution(sentence)
            if not parts:
                continue
            where: dict[str, list[int]] = {}
            for n, (_, part) in enumerate(parts):
                for pcode in {m.place.pcode for m in self._resolver.find(part)}:
                    where.setdefault(pcode, []).append(n)
            listed = sum(c for c, _ in parts)
            # (a place the gazetteer finds only with more context: by the name written)
            ats = [where.get(e.place_pcode or "", []) or _parts_naming(e.place_name, parts)
                   for e in out]
            for n, _ in enumerate(parts):  # a part that names several places counts none
                if len({e.place_pcode for e, at in zip(out, ats, strict=True) if n in at}) > 1 \
                        or len([v for v in where.values() if n in v]) > 1:
                    ats = [[x for x in at if x != n] for at in ats]
            for i, (e, at) in enumerate(zip(list(out), ats, strict=True)):
                if len(at) == 1:
                    out[i] = replace(e, fatalities=parts[at[0]][0])
                elif not at and e.fatalities and e.fatalities >= listed:
                    own = count_deaths(e.evidence)
                    if own and own < listed:
                        out[i] = replace(e, fatalities=own)
        return out

    def _broken_down_later(self, events: list[Event], sentences: list[str],
                           recalled: frozenset[int]) -> list[Event]:
        """"قتل 40 مدنياً بقصف على بلدة A وحي B" then "بلغ عدد القتلى 30 في A": events of
        one kind that all took one toll the article breaks down later keep their own part; a
        sentence that counts the dead of one of them alone (no other's place, no rising
        toll) gives it its count, and the one left without takes the rest of the toll."""
        out = list(events)
        groups: dict[tuple[str, int], list[int]] = {}
        for i, e in enumerate(events):
            if e.fatalities and e.fatalities > 1 and e.place_pcode:
                groups.setdefault((e.event_type, e.fatalities), []).append(i)
        # "ارتفعت حصيلة التفجيرين في مدينتي A وB إلى 30" then "قتل 18 في A" and "وفي B قتل
        # 12": the events of one sentence that took its toll between them (split evenly, or
        # all to the first) share it too, whatever their sub-type, when the article counts
        # each one's dead.
        sharing: set[tuple[str, int]] = set()
        by_sentence: dict[tuple[str, str, object], list[int]] = {}
        for i, e in enumerate(events):
            if e.place_pcode and e.fatalities is not None:
                by_sentence.setdefault((e.event_type, e.evidence, e.date), []).append(i)
        for (kind, told, _), members in by_sentence.items():
            total = sum(events[i].fatalities or 0 for i in members)
            if len(members) < 2 or total < 2 or count_deaths(told) != total \
                    or len(groups.get((kind, total), ())) > 1:
                continue
            sharing.add((kind, total))
            groups[(kind, total)] = members
        for key, members in groups.items():
            total = key[1]
            pcodes = {events[i].place_pcode: i for i in members}
            if len(members) < 2 or len(pcodes) != len(members) or any(
                    count_deaths(events[i].evidence) != total for i in members):
                continue  # tolls that only happen to be equal are each its own
            evidence = {events[i].evidence for i in members}
            own: dict[int, int] = {}
            added = False
            for k, sentence in enumerate(sentences):
                if k in recalled or sentence in evidence or toll_rises(sentence):
                    continue
                for part in self._parts_by_place(sentence, pcodes):
                    named = {m.place.pcode for m in self._resolver.find(part)}
                    mine = [pcodes[c] for c in named if c in pcodes]
                    deaths = count_deaths(part)
                    if len(mine) != 1 or not deaths or deaths >= total:
                        continue
                    added = added or mine[0] in own  # two counts at a town: added incidents
                    own[mine[0]] = deaths
            rest = [i for i in members if i not in own]
            left = total - sum(own.values())
            if added or not own or len(rest) > 1 or left < 0 or (rest and left == 0) \
                    or (rest and key in sharing):
                continue
            for i, deaths in own.items():
                out[i] = replace(out[i], fatalities=deaths)
            for i in rest:
                out[i] = replace(out[i], fatalities=left)
        return out

    def _parts_by_place(self, sentence: str, pcodes: dict[str | None, int]) -> list[str]:
        """The sentence, or its clauses when it names several of ``pcodes``: "ثلاثة مواطنين
        استشهدوا في الدرباسية، فيما فارق مواطنان الحياة في قامشلو" counts each town's dead
        in its own clause."""
        named = {m.place.pcode for m in self._resolver.find(sentence)} & set(pcodes)
        cuts = _clause_cuts(sentence)
        if len(named) < 2 or len(cuts) < 3:
            return [sentence]
        return [sentence[a:b] for a, b in pairwise(cuts)]

    def _scenes(self, title: str, text: str, when: datetime | None, events: list[Event],
                sentences: list[str], recalled: frozenset[int],
                said: list[Claim], told: set[int] | None = None,
                primary_about: tuple[int, ...] = ()) -> list[Event]:
        """Further places and sub-types the sentences report (``pipeline.events.scenes``),
        dated like their sentence; a sentence dated days before the incident recalls, and
        a town whose event ``told`` sentences (``_elsewhere``) already gave has it. The
        sentences ``primary_about`` tell the primary's toll, no scene's."""
        primary = events[0]
        first_day = date.fromisoformat(primary.date) if primary.date else None
        analysed = analyse(title, text, when.year if when else None)
        taken = [(e.sub_event_type, e.place_pcode) for e in events]
        evidence = {e.evidence for e in events}
        out = []
        dated = {(e.sub_event_type, e.place_pcode): e.date for e in events
                 if e.place_pcode and e.date}
        # the sentence naming whom a truce leaves out ("تنظيم الدولة الذي لا يشمله الاتفاق")
        exclusion = next((s.index for s in analysed
                          if s.has_cue("excluded") and s.has_cue("truce")), None)

        def day_of(index: int) -> str | None:
            day = night_day(sentences[index], sentences, when) if when else None
            return day.isoformat() if day else None

        apart = breach_apart(sentences)

        for scene in find_scenes(analysed, self._resolver, Gazetteer.default(), taken, dated,
                                 day_of):
            if scene.sentence in recalled:  # background recalls, it reports nothing new
                continue
            if scene.sentence in (told or set()) and any(
                    e.place_pcode == scene.place.place.pcode
                    and e.sub_event_type == scene.sub_event_type for e in events):
                continue  # that sentence's event at this town is coded already
            sentence = sentences[scene.sentence]
            if any(e.place_pcode == scene.place.place.pcode
                   and e.sub_event_type == scene.sub_event_type and sentence in e.evidence
                   for e in events):
                continue  # the event its sentence tells at this town, whatever day it reads
            if (scene.sub_event_type, scene.place.place.pcode) in taken and any(
                    c.index == scene.sentence and c.points_at is not None for c in said):
                continue  # "معتبراً القصف ... «انتهاكاً» للاتفاق الذي أعلن مساء الخميس":
                # a claim about the act told before it, dated by its truce, no new act
            if _sorts_the_dead(sentence, scene.place.place.pcode, primary):
                continue  # "إن بين القتلى ثلاثة ... سقطوا بقذائف": the incident's dead
            if _counter_version(sentence) and any(e.place_pcode == scene.place.place.pcode
                                                  for e in events):
                continue  # "في المقابل، ذكرت الوكالة أن ...": the other side's account
            day = day_at(sentence, scene.place, sentences, when) or day_told_before(
                analysed, sentences, scene, recalled, when) or next_day(
                sentences, scene.sentence, first_day, when)
            if _delivered_chemical(primary, scene.sub_event_type, scene.place.place.pcode,
                                   day.isoformat() if day else primary.date):
                continue  # "ألقت مروحية البرميل على البلدة" after its chlorine: one attack
            if day is None and scene.sentence == 0 and when is not None:
                # An incident the headline alone tells, with no day of its own: the lead
                # dates its own incident, not this one, which is the page's news of the day.
                day = resolve_event_date("", when)
            if day and first_day and ((first_day - day).days > 1 or (
                    day < first_day and ((recalls_earlier(sentence)
                                          and not analysed[scene.sentence].of_the_day)
                                         or analysed[scene.sentence].is_context))):
                continue  # "وكان استشهد ... أمس السبت": the day before, told as a recall
                # (not "وكانت بلدة B قد تعرضت ليل أمس لغارات" in a body: yesterday's news,
                # pipeline.rules.background.PLUPERFECT_OPENERS)
            # an item opened apart ("وفي حادثة منفصلة، ...", "من جهة أخرى، ...") inherits no
            # breach, nor any claim, told before it
            cut = max((i for i in apart if i <= scene.sentence), default=0)
            near = events if not cut else [
                e for e in events if any(s in e.evidence for s in sentences[cut:])]
            scene_said = [c for c in said if c.index >= cut]
            if breaks_other(sentences[scene.sentence]):  # "انتهاكاً للسيادة": not a truce
                near, scene_said = [], [c for c in said if c.index == scene.sentence]
            elif _counter_version(sentence):
                # "في المقابل، ذكرت وسائل إعلام رسمية أن قذائف سقطت على حي X": the other
                # side's account of the other side's fire; only a claim told with it or
                # after it makes it a breach, not one framing the acts told before
                near = []
                scene_said = [c for c in scene_said if c.index >= scene.sentence]
            det = Detection(scene.sub_event_type, scene.sentence, sentence, (scene.sentence,),
                            False, analysed[scene.sentence].has_cue("death"), 0.0,
                            any(e.ceasefire_breach and e.admin1_pcode == scene.place.admin1_pcode
                                for e in near)
                            and not _other_kinds(scene_said, scene.sub_event_type))
            det = replace(det, breach=det.breach and det.event_type in _VIOLENT)
            deaths = scene.toll if scene.toll is not None and sentence not in evidence else (
                _own_act_dead(sentence, sentence.find(scene.place.name or "\0"))
                or _deaths(det, [sentence]) if scene.alone and sentence not in evidence
                else self._own_clause_dead(det, sentence, scene.place))
            if not deaths and scene.alone and not det.deadly and det.lethal_possible \
                    and not analysed[scene.sentence].has_cue("wounded"):
                # "خلايا تهاجم نقطة لقسد في بلدة X" then "اشتباك استمر ساعة انتهى بمقتل
                # ثلاثة": the next sentence, telling only this kind (and no toll of the
                # primary's), counts the dead of a scene that told no casualties
                more = tuple(i for i in continued(scene.sentence + 1, scene.sub_event_type,
                                                  analysed)
                             if i not in primary_about and i not in recalled)
                deaths = _deaths(det, [sentence, *(sentences[i] for i in more)]) \
                    if more else deaths
            event = _by_the_same_hand(
                _event(det, scene.place, day.isoformat() if day else primary.date, deaths,
                       [title, sentence], 0.4), primary)
            if det.event_type in _VIOLENT and (not event.ceasefire_breach or _unclaimed(event)):
                # (an unclaimed bomb inherits no breach from the events near it)
                # A claim covering the scene's sentence or its area ("خرقت قوات النظام
                # اتفاق التهدئة في ريف حمص" over "قصف استهدف قرية غرناطة وقرية الطيبة")
                named = tuple(m.place for m in self._resolver.find(sentence))
                event = replace(event, ceasefire_breach=any(
                    breach_covers(c, event, (scene.sentence,), named) for c in scene_said))
            if exclusion is not None:
                event = self._excluded(event, replace(det, truce_exclusion=exclusion), sentences,
                                       scene_said)
            out.append(event)
        return out

    def _own_clause_dead(self, det: Detection, sentence: str, place: PlaceMatch) -> int | None:
        """"…، مشيرة إلى أن القذائف التي سقطت على حمص قتلت ثلاثة مدنيين": a scene in a sentence
        of several places keeps the dead of its own clause, when that clause names no other
        place; otherwise none are its own."""
        start = sentence.find(place.name) if place.name else -1
        if start < 0:
            return 0
        own = _own_act_dead(sentence, start)
        if own is not None:
            return own
        # (the mention at the scene's own name is the scene, however the resolver reads it
        # without the scene's context: "حي اليرموك" of Raqqa is no second place)
        if not any(m.place.pcode != place.place.pcode and m.start != start
                   and not _PARENT_OF.search(sentence[max(0, m.start - 14):m.start])
                   for m in self._resolver.find(sentence)):
            # "هاجموا قرية أم العصافير التابعة لسري كانيه ... ما أسفر عن مقتل خمسة": the other
            # place only says where the scene lies, and the sentence's dead are the scene's
            return _deaths(det, [sentence])
        result = self._result_share(det, sentence, place)
        if result is not None:
            return result
        clause = _clause_of(sentence, start)
        # (a region the scene lies in, "مدينة X في ريف حلب الغربي", is no other place, where
        # the clause tells the scene's own kind of act)
        kind = violence_in(clause)
        if clause.strip() == sentence.strip() or any(
                m.place.pcode != place.place.pcode and not (
                    contains(m.place, place.place) and kind in (None, det.sub_event_type))
                for m in self._resolver.find(clause)):
            return 0
        return _deaths(det, [clause])  # None: its dead told without a number

    def _result_share(self, det: Detection, sentence: str, place: PlaceMatch) -> int | None:
        """"شن الطيران غارات على مدينة A، وألقت المروحيات براميل على بلدة B، ما أدى لمقتل
        ثلاثة": a result clause (RESULT_OPENERS) gives its dead to the places of the clause
        just before it (``_tolls_by_clause``): B's three, none of A's. None where the result
        does not set some places apart from the others, where its own clause does not count
        the sentence's dead, or where what it results from is not the scene's kind."""
        result = _RESULT.search(sentence)
        if result is None or violence_in(sentence[:result.start()]) != det.sub_event_type:
            return None  # (the result of another kind of act: "براميل على A أسفرت عن ...")
        mentions = [m for m in self._resolver.find(sentence) if m.place.level >= 3]
        firsts = list({m.place.pcode: m for m in reversed(mentions)}.values())[::-1]
        pcodes = [m.place.pcode for m in firsts]
        if place.place.pcode not in pcodes or len(pcodes) < 2:
            return None
        deaths = _deaths(det, [sentence])
        if not deaths or count_deaths(_clause_of(sentence, result.start())) != deaths:
            return None  # ("ما أدى لإصابة ثلاثة، في حين قتل مدني في B": another clause's)
        tolls = _tolls_by_clause(sentence, mentions, [as_match(m) for m in firsts], deaths)
        if len(set(tolls)) < 2:
            return None
        return tolls[pcodes.index(place.place.pcode)]

    def _each_of_dead(self, events: list[Event], sentences: list[str],
                      recalled: frozenset[int]) -> list[Event]:
        """"مقتل 11 جندياً في هجمات" then "سقط القتلى في كل من A، B، وC": a sentence that
        counts none of its own dead but lists their places after "كل من" shares the toll
        of the sentence before evenly among them, in order; the events at those places
        that have none of it or all of it take their share."""
        out = list(events)
        for k in range(1, len(sentences)):
            sentence = sentences[k]
            listed = _EACH_OF.search(sentence)
            if k in recalled or listed is None or count_deaths(sentence) \
                    or not _DEAD_BEFORE.search(sentence[:listed.start()]):
                continue
            total = count_deaths(sentences[k - 1])
            rest = sentence[listed.end():]
            cuts = [m.end() for m in _LIST_COMMA.finditer(rest)] or [
                m.end() for m in _LIST_AND.finditer(rest)]
            bounds = [0, *cuts, len(rest)]
            if not total or len(bounds) < 3:
                continue
            shares = _split(total, len(bounds) - 1)
            part: dict[str, int] = {}
            for m in self._resolver.find(sentence):
                at = m.start - listed.end()
                if at >= 0:
                    part.setdefault(m.place.pcode, next(
                        n for n, (a, b) in enumerate(pairwise(bounds)) if a <= at < b))
            for i, e in enumerate(out):
                at = rest.find(e.place_name) if e.place_pcode not in part and e.place_name \
                    else -1  # an item the gazetteer does not know, by the name it wrote
                item = part.get(e.place_pcode or "") if at < 0 else next(
                    n for n, (a, b) in enumerate(pairwise(bounds)) if a <= at < b)
                if item is not None and e.fatalities in (0, total):
                    out[i] = replace(e, fatalities=shares[item])
        return out

    def _primary(self, det: Detection, title: str, text: str, sentences: list[str],
                 when: datetime | None, said: list[Claim],
                 recalled: frozenset[int],
                 others: set[int]) -> tuple[Event, PlaceMatch | None]:
        # The incident's place, toll and date come from the sentences that tell it, not
        # from those that recall earlier events ("معارك تدمر والقريتين" in a paragraph of
        # background does not move shelling of Talbiseh to Tadmur).
        whole = f"{title}\n\n{text}" if not recalled else "\n\n".join(
            s for i, s in enumerate(sentences) if i not in recalled)
        focus = det.evidence if det.sentence else title
        if det.sentence and det.sub_event_type in _CROWD_HIT and self._resolver.find(title) \
                and not self._resolver.find(det.evidence):
            # "احتجاجات في مدن كثيرة وقتيل برصاص الأمن في درعا" over a lead of protests
            # everywhere: the crowd was hit where the headline says
            focus = title
        if det.sentence and focus == det.evidence:
            focus = self._act_clause(det) or focus
        if det.sentence:
            focus = self._highlighted(det, sentences, recalled) or focus
        # (the regions the background names still say where the news lies)
        context = f"{title}\n\n{text}" if recalled else None
        place = self._resolver.best(whole, focus=focus, context=context)
        if place is None and det.sentence:
            place = self._resolver.best(whole, focus=title, context=context)
        about = [sentences[i] for i in det.about if i == det.sentence or i not in recalled]
        nxt = det.sentence + 1
        if nxt < len(sentences) and nxt not in (set(det.about) | recalled | others) \
                and (self._names_only(place, sentences[nxt])
                     or self._source_counts_dead(sentences[nxt])
                     or self._source_tells_dead(sentences[nxt])):
            about.append(sentences[nxt])
            if not det.sentence and nxt + 1 < len(sentences) \
                    and nxt + 1 not in (set(det.about) | recalled | others) \
                    and self._source_counts_dead(sentences[nxt + 1]):
                # a headline's incident told again by the lead, then a source's count of
                # the dead that names no place: the headline's toll
                about.append(sentences[nxt + 1])
                nxt += 1
        # "وخسرت الكتائب المهاجمة أربعة من مقاتليها" right after the sentences that count the
        # enemy's dead: the other side's own losses
        beyond = max([*det.about, det.sentence, nxt if sentences[nxt:nxt + 1]
                      and sentences[nxt] in about else -1]) + 1
        if det.sentence and beyond < len(sentences) \
                and beyond not in (set(det.about) | recalled | others) \
                and _side_losses(sentences[beyond]) and not self._resolver.find(sentences[beyond]):
            about.append(sentences[beyond])
        if _EN_WORDS.search(det.evidence):
            # Agency copy gives each source its own paragraph ("The Observatory said 11
            # people had died"), a few sentences after the lead: its figure is a rival one.
            about += [sentences[k] for k in range(nxt, min(len(sentences), nxt + 3))
                      if k not in (set(det.about) | recalled | others)
                      and sentences[k] not in about
                      and (_en_rival(sentences[k]) or _en_also(sentences[k]))
                      and not self._resolver.find(sentences[k])]
        confidence = min(0.95, 0.35 + det.score / 40 + (0.1 if place else 0.0))
        # A headline is dated by its lead; the lead dates what a later sentence details; and
        # when the evidence dates only a statement ("قال ناشطون اليوم إن ..."), the sentence
        # after it often dates the incident ("شن هجوماً يوم أمس").
        # (The lead, past a dateline line of its own: "السويداء – خاص".)
        lead_at = 2 if len(sentences) > 2 and dateline_line(sentences[1]) else 1
        lead = sentences[lead_at:lead_at + 1]
        stated = when is not None and statement_date_in(det.evidence, when) is not None
        after = [s for i, s in enumerate(sentences[det.sentence + 1:det.sentence + 2],
                                         det.sentence + 1) if stated and i not in recalled]
        # (not by a sentence that counts the dead of another town only: "ففي بلدة A، قتل 14
        # ..." is dated by the round-up's lead, not by "وكانت بلدة B قد تعرضت ليل أمس لغارات
        # أسفرت عن ستة قتلى" told with it, another scene's incident on its own day)
        dating = [s for s in about if s == det.evidence or not count_deaths(s)
                  or not self._only_elsewhere(s, place)]
        date = first_date([_without_others_days(det, s)
                           for s in (det.evidence, title, *dating, *lead, *after)],
                          when, sentences)
        if det.sub_event_type == "Agreement" and when is not None:
            made = agreement_made_in(det.evidence, when)  # "تنفيذاً لاتفاق أبرم أمس"
            date = made.isoformat() if made else date
        about = same_day(about, det.evidence, date, when)
        own = self._own_clause(det.evidence, place) if det.sentence else det.evidence
        if det.sentence and own == det.evidence:
            own = _own_kind_clause(det) or own
        told = replace(det, evidence=own)
        about = [own if s == det.evidence else s for s in about]
        if det.sentence and (own != det.evidence or det.sentence > 1) \
                and self._several_places(sentences[0]):
            # A headline naming this incident's place and another's ("قتلى وجرحى بصفوف النظام
            # بدرعا ومفخخة تضرب عفرين") tells their dead together, not this one's.
            about = [s for s in about if s != sentences[0]]
        deaths = _deaths(told, about, self._other_scenes(place), sentences[0],
                         self._names_place(place))
        if deaths is None and det.sentence:
            # dead without a number that are another place's ("وأوقعت قتلى في صفوفهم" of
            # the reply's fire on another town): this incident's own sentences count its own
            apart = [s for s in about if s != det.evidence and count_deaths(s) is None and (
                self._dead_told_apart(s, place, [sentences[i] for i in others if i])
                if s == sentences[0] else self._only_elsewhere(s, place))]
            if apart:
                deaths = _deaths(told, [s for s in about if s not in apart],
                                 self._other_scenes(place), sentences[0],
                                 self._names_place(place))
        event = _event(det, place, date, deaths, [title, det.evidence], confidence)
        return self._breach(event, det, sentences, said), place

    def _highlighted(self, det: Detection, sentences: list[str],
                     recalled: frozenset[int]) -> str | None:
        """"وأوضح أن أعنف هذه الاعتداءات وقع حين استهدفت قذائف بلدة X" after a tally of acts
        over several places (or none): the act detailed, whose sentence places the event
        (``pipeline.rules.scenes.HIGHLIGHTED``)."""
        for k in range(det.sentence + 1, min(len(sentences), det.sentence + 3)):
            if k in recalled or not _HIGHLIGHTED.search(normalize(sentences[k])):
                continue
            if self._resolver.find(sentences[k]) and (
                    self._several_places(det.evidence) or not self._resolver.find(det.evidence)):
                return sentences[k]
            return None
        return None

    def _act_clause(self, det: Detection) -> str | None:
        """"تجددت الاشتباكات في محيط قرية A، كما اعتقل الأمن العام عدداً من المسلحين في
        منطقة B": where the act is told only in a later clause ("كما"، "فيما"، "بينما" open
        one) that names a place of its own, that clause is where it happened, not the
        sentence's first town. None where the first clause tells it too, or it names none."""
        cuts = _clause_cuts(det.evidence)
        if len(cuts) < 3:
            return None
        triggers = lexicon()[0]
        clauses = [det.evidence[a:b] for a, b in pairwise(cuts)]
        told = [k for k, c in enumerate(clauses)
                if any(h.label == det.sub_event_type for h in triggers.find(tokens(c)))]
        if len(told) != 1 or told[0] == 0:
            return None
        own = clauses[told[0]]
        return own if self._resolver.find(own) else None

    def _only_elsewhere(self, sentence: str, place: PlaceMatch | None) -> bool:
        """Whether ``sentence`` names a town other than ``place`` (``_other_scenes``) and
        not ``place`` nor anything inside it."""
        if place is None or not self._other_scenes(place)(sentence):
            return False
        here = place.place
        return not any(m.place.pcode == here.pcode or contains(here, m.place)
                       for m in self._resolver.find(sentence))

    def _dead_told_apart(self, headline: str, place: PlaceMatch | None,
                         others: list[str]) -> bool:
        """Whether a headline's dead without a number ("قتلى في عفرين واقتحام معبر جرابلس")
        are those another incident of the article counts at another place the headline names
        ("وفي مدينة عفرين، ... ما أسفر عن مقتل أربعة أشخاص"): they are not the dead of the
        incident at ``place``, which its own sentences count."""
        if place is None or count_deaths(headline) is not None:
            return False
        here = place.place
        named = {m.place.pcode for m in self._resolver.find(headline)
                 if m.place.pcode != here.pcode and not contains(m.place, here)
                 and not contains(here, m.place)}
        return bool(named) and any(
            count_deaths(o) and any(m.place.pcode in named for m in self._resolver.find(o))
            for o in others)

    def _counted_later(self, primary: Event, det: Detection, sentences: list[str],
                       recalled: frozenset[int], taken: set[str],
                       place: PlaceMatch | None) -> Event:
        """"مما أدى لمقتل وإصابة 40" in the lead, "وقتل 8 أشخاص وأصيب 18 جراء الانفجار في
        المسجد" at the end: deaths told without a number take the first figure a later
        sentence gives, one that names the event's place (or a place inside it) and tells
        no other incident (no further event's, no other place's, not recalled); or a toll
        that rises ("فيما ارتفع عدد الضحايا إلى نحو 89 قتيلاً"), which updates the
        article's incident whichever sentence tells it."""
        if not det.lethal_possible or place is None:
            return primary
        here = place.place
        elsewhere = self._other_scenes(place)
        if primary.fatalities is not None:
            # (the sentence after the evidence that _primary read with it, a source's count
            # naming no place or one naming the event's place alone, is counted already:
            # "وأعلنت مديرية الصحة لاحقاً وفاة ثلاثة من المصابين" adds its three once)
            nxt = det.sentence + 1
            if nxt < len(sentences) and nxt not in recalled and (
                    self._source_counts_dead(sentences[nxt])
                    or self._names_only(place, sentences[nxt])):
                taken = taken | {sentences[nxt]}
            return self._risen_later(primary, det, sentences, recalled, taken, elsewhere)
        for i in range(det.sentence + 1, len(sentences)):
            sentence = sentences[i]
            if i in recalled or i in det.about or (sentence in taken
                                                   and not toll_rises(sentence)):
                continue  # a rising toll updates the article's incident, whoever tells it
            deaths = count_deaths(sentence)
            if deaths and not elsewhere(sentence) and (toll_rises(sentence) or any(
                    m.place.pcode == here.pcode or contains(here, m.place)
                    for m in self._resolver.find(sentence))):
                return replace(primary, fatalities=deaths)
        return primary

    def _scenes_counted_later(self, events: list[Event], sentences: list[str],
                              recalled: frozenset[int]) -> list[Event]:
        """"غارات على بلدتي A وB" then "وفي A، قتل ثلاثة" and "أما في B، فقد أسفرت غارتان
        عن مقتل اثنين": a further event at one of several places its sentence names, with no
        dead of its own there, takes the count of the first later sentence that names its
        place alone (no other place but one holding it or inside it), tells its own kind of
        act or none, and is no event's own sentence nor recalled nor a rising toll."""
        out = list(events)
        evidence = {e.evidence for e in events}
        for n, e in enumerate(events[1:], 1):
            if e.fatalities or not e.place_pcode or e.evidence not in sentences:
                continue
            here = Gazetteer.default().get(e.place_pcode)
            found = self._resolver.find(e.evidence)
            if here is None or len({m.place.pcode for m in found}) < 2:
                continue  # (a sentence of one place: its own toll was read whole)
            for k in range(sentences.index(e.evidence) + 1, len(sentences)):
                sentence = sentences[k]
                if k in recalled or sentence in evidence or toll_rises(sentence):
                    continue
                # (the regions of the events read the town: "أما في زملكا" of the Ghouta's)
                named = self._resolver.find(sentence, regions={x.admin1_pcode for x in events
                                                               if x.admin1_pcode})
                if not any(m.place.pcode == here.pcode for m in named) or any(
                        m.place.pcode != here.pcode and not contains(m.place, here)
                        and not contains(here, m.place) for m in named):
                    continue
                if violence_in(sentence) not in (None, e.sub_event_type):
                    break  # another act at the place: its dead are not this one's
                deaths = count_deaths(sentence)
                if deaths:
                    out[n] = replace(e, fatalities=deaths)
                break
        return out

    def _source_counts_dead(self, sentence: str) -> bool:
        """"وقال المرصد إن ما لا يقل عن ستين عنصراً ... لقوا حتفهم" right after the lead: a
        source's count of the dead that names no place is the lead's incident's toll."""
        return _rival_report(sentence) and bool(count_deaths(sentence)) \
            and not self._resolver.find(sentence)

    def _source_tells_dead(self, sentence: str) -> bool:
        """"وأكد البيان أن الوحدات كبدت الإرهابيين خسائر كبيرة بالأفراد" right after the lead:
        a source that says people died, without a number and naming no place, tells the lead's
        incident's dead: its toll is unknown, not none."""
        return _rival_report(sentence) and count_deaths(sentence) is None \
            and not self._resolver.find(sentence)

    def _source_counts_after(self, det: Detection, primary: Event, sentences: list[str],
                             recalled: frozenset[int] = frozenset()) -> int | None:
        """"وفي تطور منفصل، استهدفت طائرة مسيرة اجتماعاً ..." then, with no other place
        named between, "وقال مرصد إن الضربة قتلت 40 شخصاً": a source's count of the dead
        that names no place, in the sentences right after a further event's own (up to
        SOURCE_COUNT_AFTER of them), is that event's toll, not the primary's; a recalled one
        ("وكان المرصد قد وثق الشهر الفائت مقتل 248 شخصاً في عموم سوريا") counts no one's."""
        for k in range(det.sentence + 1, min(len(sentences),
                                             det.sentence + 1 + SOURCE_COUNT_AFTER)):
            sentence = sentences[k]
            if k in recalled:
                continue
            if sentence == primary.evidence or self._resolver.find(sentence):
                return None  # another place, or the primary's own sentence: not this event's
            if self._source_counts_dead(sentence):
                deaths = count_deaths(sentence)
                return deaths if deaths != primary.fatalities else None
        return None

    def _one_place_clause_dead(self, sentence: str, mentions: list[PlaceMention],
                               place: PlaceMatch, deaths: int) -> int:
        """The dead of the clause naming a further event's one place, when the sentence's
        other clauses count the rest of its dead at places of their own: "عثر على جثة شاب
        من بلدة A ...، كما قتل عنصر برصاص مجهولين في مدينة B" gives B one (A, the young
        man's home, is no scene of its own, but his body is not B's)."""
        cuts = _clause_cuts(sentence)
        start = next((m.start for m in mentions if m.place.pcode == place.place.pcode), None)
        if len(cuts) < 3 or start is None:
            return deaths
        here = place.place
        clauses = [sentence[a:b] for a, b in pairwise(cuts)]
        counts = [count_deaths(c) or 0 for c in clauses]
        for k in range(1, len(clauses)):
            if counts[k] and _died_of_wounds(clauses[k]):
                # "...، فيما فارق عنصر ثالث الحياة متأثراً بجراحه": the clause before's dead
                counts[k - 1], counts[k] = counts[k - 1] + counts[k], 0
        mine = _clause_index(cuts, start)
        if sum(counts) != deaths or any(
                n and k != mine and not any(m.place.pcode != here.pcode
                                            and not contains(m.place, here)
                                            and not contains(here, m.place)
                                            for m in self._resolver.find(clauses[k]))
                for k, n in enumerate(counts)):
            return deaths  # another clause's dead with no place of their own may be here
        return counts[mine]

    def _another_town(self, sentence: str, found: list[PlaceMention]) -> bool:
        """Whether ``sentence`` names a town or village that none of the towns ``found`` (a
        further event's sentence names them) is, holds or lies in: "قصفت طائرات قريتي A
        وB" then "في المقابل، قصف التنظيم حي C في مدينة D، ما أسفر عن مقتل 3" tells
        another scene, and its dead are not A's and B's. False when ``found`` names no
        town (the sentence then tells which event it details by no place)."""
        towns = [m.place for m in found if m.place.level >= 3]
        if not towns:
            return False
        gazetteer = Gazetteer.default()
        return any(m.place.level >= 3 and (m.marker or m.surface.startswith(_TOWN_NOUNS)
                                           or not gazetteer.is_chief_town(m.place))
                   and all(m.place.pcode != t.pcode and not contains(m.place, t)
                           and not contains(t, m.place) for t in towns)
                   for m in self._resolver.find(sentence))

    def _names_alone(self, events: list[Event], sentence: str) -> bool:
        """Whether ``sentence`` names the place of the first event and of no other."""
        named = {m.place.pcode for m in self._resolver.find(sentence)}
        return events[0].place_pcode in named and not any(
            e.place_pcode in named for e in events[1:] if e.place_pcode != events[0].place_pcode)

    @staticmethod
    def _risen_later(primary: Event, det: Detection, sentences: list[str],
                     recalled: frozenset[int], taken: set[str],
                     elsewhere: Callable[[str], bool]) -> Event:
        """"قتل أربعة مدنيين بغارة" then, in a later sentence the classifier did not tie to
        the event, "وارتفعت حصيلة القتلى في وقت لاحق إلى ستة": a toll that rises above the
        primary's, naming no other place, is the primary's later count. So is a toll of
        victims that rises ("ارتفع عدد الضحايا إلى 9") after the primary told its dead: the
        victims of a deadly attack counted again are its dead."""
        for i in range(det.sentence + 1, len(sentences)):
            sentence = sentences[i]
            if i in recalled or i in det.about or not toll_rises(sentence):
                continue
            deaths = risen_toll(sentence) or (
                risen_victims(sentence) if primary.fatalities else None)
            if deaths and deaths > (primary.fatalities or 0) and sentence not in taken \
                    and not elsewhere(sentence):
                return replace(primary, fatalities=deaths)
        # "تحديث 02:40: مقتل خمسة عناصر": a breaking item's update line, its later count
        for i in range(det.sentence + 1, len(sentences)):
            sentence = sentences[i]
            if i in recalled or i in det.about or sentence in taken \
                    or not _live_update(sentence):
                continue
            deaths = count_deaths(sentence)
            if deaths and deaths > (primary.fatalities or 0) and not elsewhere(sentence):
                return replace(primary, fatalities=deaths)
        # "وفي المساء، توفي أحد الجرحى متأثراً بإصابته" in the next sentences: one more dead
        for i in range(det.sentence + 1, min(len(sentences), det.sentence + 3)):
            sentence = sentences[i]
            if i in recalled or i in det.about or sentence in taken or elsewhere(sentence):
                continue
            died = wounded_died(sentence)
            if died and primary.fatalities and not _headline_only(det, sentences, recalled):
                return replace(primary, fatalities=primary.fatalities + died)
        return primary

    def _names_only(self, place: PlaceMatch | None, sentence: str) -> bool:
        """Whether ``sentence`` names the event's town and no place outside it. The sentence
        after the evidence that does, telling no other incident, details the event: "سقط
        ضحايا جراء انفجارين" then "ان سيارة انفجرت في مدينة الحراك، مما اسفر عن سقوط قتلى
        وجرحى", whatever words it uses."""
        if place is None or place.place.level < 4:
            return False
        found = self._resolver.find(sentence)
        here = place.place
        return any(m.place.pcode == here.pcode for m in found) and all(
            m.place.pcode == here.pcode or contains(m.place, here) for m in found)

    def _several_places(self, sentence: str) -> bool:
        """Whether ``sentence`` names two places, neither inside the other."""
        places = [m.place for m in self._resolver.find(sentence)]
        return any(a.pcode != b.pcode and not contains(a, b) and not contains(b, a)
                   for i, a in enumerate(places) for b in places[i + 1:])

    def _own_clause(self, sentence: str, place: PlaceMatch | None) -> str:
        """The clause of ``sentence`` that names ``place``, when the sentence tells other
        places in other clauses ("قتل وجرح العشرات بانفجار في درعا، في حين ضرب انفجار مدينة
        عفرين وأسفر عن إصابات": Afrin's toll is its clause's); else the sentence."""
        cuts = _clause_cuts(sentence)
        if place is None or len(cuts) < 3:
            return sentence
        here = place.place
        mentions = self._resolver.find(sentence)

        def clause(start: int) -> int:
            return _clause_index(cuts, start)

        mine = {clause(m.start) for m in mentions if m.place.pcode == here.pcode
                or contains(m.place, here) or contains(here, m.place)}
        # (not where the wounded were treated: "قبل أن ترتفع الحصيلة إلى خمسة بعد وفاة اثنين
        # من الجرحى في مشفى هجين" is this place's toll, risen)
        others = {clause(m.start) for m in mentions if m.place.pcode != here.pcode
                  and not contains(m.place, here) and not contains(here, m.place)
                  and not treated_or_buried(sentence, m.start)}
        if len(mine) != 1 or not others - mine:
            return sentence
        k = mine.pop()
        return sentence[cuts[k]:cuts[k + 1]]

    def _own_clauses(self, told: set[int], sentences: list[str],
                     place: PlaceMatch | None) -> dict[int, str]:
        """Of the sentences whose dead went to further towns, the clauses that tell the
        primary's own town apart from theirs, by sentence (``_own_clause``)."""
        if place is None or place.place.level < 4:
            return {}
        clauses = {i: self._own_clause(sentences[i], place) for i in told}
        return {i: c for i, c in clauses.items() if c != sentences[i]}

    def _names_place(self, place: PlaceMatch | None) -> Callable[[str], bool] | None:
        """Whether a headline names a place at all: one that names none ("23 شخصاً قضوا
        أمس في عدة مناطق سورية") totals the day, not the event (whose place may be
        misread, so any place named will do)."""
        if place is None:
            return None
        return lambda sentence: bool(self._resolver.find(sentence))

    def _other_scenes(self, place: PlaceMatch | None) -> Callable[[str], bool]:
        """Whether a sentence names a town or village other than ``place`` (nor one inside
        it or around it): its figure is another scene's, not a rival count of this one's
        dead. Asked only of sentences whose figures differ (places cost a scan)."""
        if place is None or place.place.level < 2:
            return lambda sentence: False
        gazetteer = Gazetteer.default()
        here = place.place

        def towns(sentence: str) -> Iterator[PlaceMention]:
            # A town named as elsewhere than any scene ("توفي متأثراً بجراحه في مشفى بلدة
            # X": where the wounded died; ELSEWHERE_BEFORE in pipeline.rules.places) is no
            # other scene: the figure stays this event's.
            found = self._resolver.find(sentence)
            return (m for m in found
                    if m.place.level >= 3 and not named_elsewhere(sentence, m, found))
        if here.level == 2:
            # a district's scene ("منشأة الغاز بريف ديريك"): a town outside the district is
            # another scene, however it is named ("ومسيّرة تقتل عنصرين قرب عامودا")
            return lambda sentence: any(not contains(here, m.place) for m in towns(sentence))

        def elsewhere(sentence: str) -> bool:
            return any(m.place.pcode != here.pcode
                       and not contains(m.place, here) and not contains(here, m.place)
                       and (m.marker or not gazetteer.is_chief_town(m.place))
                       for m in towns(sentence))
        return elsewhere

    def _breach(self, event: Event, det: Detection, sentences: list[str],
                said: list[Claim]) -> Event:
        """Whether the event breaks a truce in force where it happened: a claim of the
        article covers it (``pipeline.events.breach``), or a lead framing a truce in force
        does, and the truce does not leave out one of its actors."""
        about = (det.sentence, *det.about) if event.evidence == det.evidence else \
            tuple(i for i, s in enumerate(sentences) if s == event.evidence)
        if det.event_type not in _VIOLENT and det.sub_event_type not in ALSO_BREAKS:
            # an act a claim calls a breach by its name ("وصفوا التوغل بأنه خرق للاتفاقية")
            named = tuple(m.place for m in self._resolver.find(event.evidence))
            return replace(event, ceasefire_breach=any(
                names_act(c, sentences, det.sub_event_type)
                and breach_covers(c, event, about, named) for c in said))
        said, framed = self._in_force(said, about, sentences, det.truce_frame)
        if _one_side(event):
            # "اشتباكات بين هيئة تحرير الشام وحركة الزنكي ... ضمن المنطقة منزوعة السلاح":
            # one side's factions fighting; only a claim told with it calling it a breach
            said = [c for c in said if c.index in about and calls_breach(sentences[c.index])]
        if any(_infighting(sentences[i]) for i in about):
            # "... في إطار الاقتتال الداخلي بين الفصيلين": one side's factions fighting;
            # only a claim told with it makes it a breach
            said = [c for c in said if c.index in about]
        if any(breaks_other(sentences[i]) for i in about):
            # "... في ما عدّه مصدر حكومي انتهاكاً للسيادة": told as breaking something else,
            # out of reach of claims and frames told apart from it
            said, framed = [c for c in said if c.index in about], len(sentences)
        told = {i for i in about if event.place_name and event.place_name in sentences[i]}
        replying = bool(told) and all(replies(sentences[i]) for i in told)
        if replying:
            # "ردت المدفعية بقصف مواقع القوات قرب بلدة X": fire answering what was told
            # before it; only a claim told with it or after it can make it a breach
            said = [c for c in said if c.index >= min(told)]
        named = tuple(m.place for m in self._resolver.find(event.evidence))
        if told and len(about) > 1 and det.sentence not in told:
            # a further place of a round-up ("درعا: قضى شاب بانفجار لغم قرب نوى") is told by
            # its own item: a claim in another item ("في خرق جديد للاتفاق" of Idlib's raids)
            # is not told with it
            about = tuple(sorted(told))
            named = tuple(m.place for i in about for m in self._resolver.find(sentences[i]))
        event = replace(event, ceasefire_breach=any(
            breach_covers(c, event, about, named) for c in said))
        if replying or (det.truce_frame is not None and det.truce_frame < framed):
            return event  # nor does a lead framing the truce make it one
        return self._excluded(self._framed_breach(event, det, sentences), det, sentences,
                              said)

    @staticmethod
    def _in_force(said: list[Claim], about: tuple[int, ...], sentences: list[str],
                  frame: int | None) -> tuple[list[Claim], int]:
        """The claims that can reach an act told in sentences ``about``, and the first
        sentence the lead framing a truce (``frame``) may stand in to reach it. Where its
        own sentences tell it before its truce began or after it ended ("بعد ساعة من انتهاء
        فترة الهدنة"), no claim or frame of that truce in other sentences; no claim told
        before a sentence that opens an incident apart ("وفي حادثة منفصلة، ...") ahead of
        it; and an act told as like the one before ("غارات مماثلة") shares the claim told
        with that one (``pipeline.events.breach``)."""
        if not about:
            return said, 0
        first = min(about)
        outside = [t for t in (out_of_force(sentences[i]) for i in about) if t is not None]
        if outside:
            # (a truce that ended leaves others in force: "بعد ساعات من انتهاء هدنة لمدة 48
            # ساعة" breaks the de-escalation agreement the article names too)
            said = [c for c in said if c.index in about or not any(
                names_truce_of(sentences[c.index], t) for t in outside)]
            if any(frame is not None and names_truce_of(sentences[frame], t)
                   for t in outside):
                return said, len(sentences)
        cut = max((i for i in breach_apart(sentences) if i <= first), default=None)
        if cut is not None:
            said = [c for c in said if c.index >= cut or c.index in about]
        if first > 0 and similar(sentences[first]):
            said = [replace(c, index=first, areas=()) if c.index == first - 1 else c
                    for c in said]
        return said, cut or 0

    def _framed_breach(self, event: Event, det: Detection, sentences: list[str]) -> Event:
        """Violence after a lead that frames a truce in force breaks it, when the truce
        covers the event's governorate (or names no place): a truce in Idlib is not broken
        by an attack in Homs."""
        if det.truce_frame is None or event.ceasefire_breach or event.admin1_pcode is None \
                or _unclaimed(event) or _infighting(event.evidence) or _one_side(event):
            return event
        areas = {m.place.admin1_pcode for m in self._resolver.find(sentences[det.truce_frame])}
        if areas and event.admin1_pcode not in areas:
            return event
        return replace(event, ceasefire_breach=True)

    def _excluded(self, event: Event, det: Detection, sentences: list[str],
                  said: list[Claim]) -> Event:
        """No breach of a truce that leaves out one of the event's actors ("لا يشمل الاتفاق
        تنظيم داعش"), unless a claim counting breaches by number names the event's
        governorate ("سجل سبعة خروقات ... معظمها في محافظة اللاذقية": it counts the act)."""
        if event.ceasefire_breach and det.truce_exclusion is not None and not any(
                event.admin1_pcode in c.counted for c in said):
            left_out = {acled_name(p, event.date, event.admin1_pcode)
                        for p in find_actors(_left_out_party(sentences[det.truce_exclusion]))
                        } - {CIVILIANS}
            if left_out & {event.actor1, event.actor2}:
                return replace(event, ceasefire_breach=False)
        return event

    def _bombardment(self, det: Detection, events: list[Event], sentences: list[str],
                     recalled: frozenset[int], when: datetime | None) -> list[Event]:
        """Air strikes or shelling that opened or backed the fighting an article reports
        ("استعادت الفصائل الكتيبة ... بعد غارات جوية شنها الطيران فجر اليوم"): ACLED codes
        the bombardment as an event of its own, on the fighting's day and at its place unless
        the sentence names another."""
        if det.event_type != "Battles":
            return []
        have = {e.sub_event_type for e in events}
        out: list[Event] = []
        for i in range(max(det.sentence, 1), min(det.sentence + 3, len(sentences))):
            if i in recalled:
                continue
            sentence = sentences[i]
            if when is not None and events[0].date is not None:
                own = event_date_in(sentence, when)
                if own is not None and own.isoformat() != events[0].date:
                    continue
            for kind in bombardment_in(sentence):
                if kind in have:
                    continue
                have.add(kind)
                mentions = [m for m in self._resolver.find(sentence) if m.place.level >= 3
                            and (m.marker or not Gazetteer.default().is_chief_town(m.place))
                            and m.place.pcode != events[0].place_pcode
                            and m.place.admin1_pcode == events[0].admin1_pcode
                            # not where the beaten side fled ("فرارهم باتجاه السخنة")
                            and not _headed_to(sentence, m.start)
                            and not fled_from(sentence, m.start)]
                where = as_match(mentions[0]) if mentions else self._road_region(
                    sentence, events[0].admin1_pcode)
                event = _event(replace(det, sub_event_type=kind), where, events[0].date, 0,
                               [sentence], 0.45)
                if where is None:
                    event = replace(event, admin1_pcode=events[0].admin1_pcode,
                                    place_pcode=events[0].place_pcode,
                                    place_name=events[0].place_name,
                                    latitude=events[0].latitude, longitude=events[0].longitude,
                                    geo_precision=events[0].geo_precision)
                out.append(event)
        return out

    def _road_region(self, sentence: str, admin1: str | None) -> PlaceMatch | None:
        """The governorate of a road whose two ends lie in one other than ``admin1``
        ("غارات على أرتال على طريق تدمر – حمص" in a report on As-Sweida): the strikes fell
        there, not at the fighting they were headed for."""
        ends = [m for m in self._resolver.find(sentence) if m.place.level >= 3
                and _ROAD.search(sentence[max(0, m.start - 20):m.start])]
        govs = {m.place.admin1_pcode for m in ends}
        if len(ends) < 2 or len(govs) != 1 or admin1 in govs:
            return None
        region = Gazetteer.default().get(govs.pop())
        return None if region is None else PlaceMatch(
            region, region.pcode, region.lat, region.lon, 3, region.name_ar)

    def _elsewhere(self, det: Detection, events: list[Event], sentences: list[str],
                   recalled: frozenset[int], when: datetime | None,
                   analysed: list[Sentence] | None = None
                   ) -> tuple[list[Event], set[int]]:
        """The primary's kind of violence told at further towns: ACLED codes one event per
        place ("ألقى الطيران براميل على تلبيسة ... وقصفت المدفعية قرية تيرمعلة ... وسقطت
        قذيفة في بلدة الغنطو" is three). Only towns and villages count (a governorate or
        district named is the area, not another scene), and only in body sentences that
        tell the incident (not recalled ones) and do not name it as a destination, a road or
        where fire came from, nor sentences that name the act only by a demonstrative
        ("ويخشى الأهالي في تلبيسة أن تؤدي هذه المواجهات إلى ..."): those tell the incident
        again, and their towns are where it is felt. Also the sentences whose tolls the new
        events took."""
        if det.event_type not in _VIOLENT or not det.sentence \
                or det.sub_event_type in _TERRITORY:
            return [], set()  # villages taken in one push are one front
        taken = [e.place_pcode for e in events if e.place_pcode]
        gazetteer = Gazetteer.default()
        places = [gazetteer.get(p) for p in taken]
        out: list[Event] = []
        told: set[int] = set()
        # A town of another governorate only where the article names that governorate
        # ("الأتارب في ريف حلب"): elsewhere it is a misread name ("رامي", "النيرب").
        regions = {e.admin1_pcode for e in events if e.admin1_pcode}
        found = {i: self._resolver.find(sentences[i], regions=regions) for i in det.about
                 if i not in (0, det.sentence) and i not in recalled}
        named = {e.admin1_pcode for e in events} | {
            m.place.admin1_pcode for ms in found.values() for m in ms if m.place.level <= 2}
        for i in det.about:
            # The evidence sentence's other towns qualify its scene ("شرق مدينة الحسكة").
            if i in (0, det.sentence) or i in recalled or _DENIED.search(sentences[i]):
                continue  # (or a report the sentence denies: "..., غير أن مصدراً نفى ذلك")
            sentence = sentences[i]
            mentions = [m for m in found[i] if not another_days(sentence, m.start, events[0],
                                                                   when)]
            later = next_day(sentences, i, date.fromisoformat(events[0].date)
                              if events[0].date else None, when)
            if later is not None and later.isoformat() != events[0].date:
                mentions = []  # "في اليوم التالي": the day after's act, not the primary's
            if analysed is not None and i < len(analysed) and (
                    _only_told_again(analysed[i]) or _spared(analysed[i])
                    or analysed[i].commemorates):
                # "هذه المواجهات": the incident told, at no further town; "تحل اليوم ذكرى
                # المجزرة التي قتل فيها ... في بلدة X": the violence remembered
                mentions = []
            areas = named | {m.place.admin1_pcode for m in mentions if m.place.level <= 2}
            scenes = []
            for m in mentions:
                before = sentence[max(0, m.start - 60):m.start]
                if m.place.level < 3 or m.place.pcode in taken \
                        or (not m.marker and gazetteer.is_chief_town(m.place)) \
                        or m.place.admin1_pcode not in areas \
                        or _DESTINATION.search(before[-12:]) or _ROAD.search(before[-20:]) \
                        or _SOURCE.search(before[-30:]) or _LANDMARK.search(before[-25:]) \
                        or (_BETWEEN_FIRST.search(before[-25:]) is not None and any(
                            k.place.level == 4 and 0 <= m.start - k.end <= 40 for k in found[i])) \
                        or (_NEAR_VILLAGE.search(before[-25:]) is not None and any(
                            k.place.level == 4 and 0 <= m.start - k.end <= 25 for k in found[i])) \
                        or _UNIT_OF.search(before[-14:]) or _BETWEEN_PAIR.search(before) \
                        or _TAKEN_TO.search(before) or _WITHIN.search(before[-12:]) \
                        or fled_from(sentence, m.start) or named_elsewhere(sentence, m, found[i]) \
                        or treated_or_buried(sentence, m.start) \
                        or threatened_target(sentence, m.start) or fire_from(sentence, m.start) \
                        or launched_from(sentence, m.start) \
                        or _INSTITUTION.search(before[-12:]) or sources_there(sentence, m.start) \
                        or _ORGANISATION.match(sentence[m.end:m.end + 14]) \
                        or any(p is not None and (contains(p, m.place) or contains(m.place, p))
                               for p in places):
                    continue
                taken.append(m.place.pcode)
                places.append(m.place)
                scenes.append(m)
            if not scenes:
                out = _with_added_dead(out, sentence, mentions)
                continue
            # The kind that sentence tells ("وقصفت المدفعية ..." after a raid), unless it
            # only names the primary's bombardment vaguely ("وطال القصف" after raids).
            # Bombardment after fighting is no fighting: "اشتباكات ... وقصفت قسد قرى ..."
            # shells those villages.
            own_kind = violence_in(sentence)
            kind = replace(det, sub_event_type=own_kind) if own_kind \
                and own_kind != det.sub_event_type \
                and ((det.sub_event_type, own_kind) not in _SAME_BOMBARDMENT
                     or _ARTILLERY.search(sentence)) else det
            # A toll not broken down by place is split evenly, as ACLED does.
            shares = _clause_shares(kind, sentence, scenes)
            if len(scenes) == 1 and shares[0] and shares[0] != events[0].fatalities:
                shares = [self._one_place_clause_dead(sentence, scenes, as_match(scenes[0]),
                                                      shares[0])]
            for share, m in zip(shares, scenes, strict=True):
                out.append(_by_the_same_hand(
                    _event(_clause_kind(det, kind, sentence, m.start), as_match(m),
                           events[0].date, share, [sentence], 0.45),
                    events[0]))
            told.add(i)
        return out, told

    @staticmethod
    def _locates_the_one_before(sentence: str, m: PlaceMention,
                                found: list[PlaceMention]) -> bool:
        """"قرية العريمة غربي منبج"، "قرية كفرسجنة قرب خان شيخون": a town after a direction
        or "قرب" (``_LANDMARK``, ``_NEAR_VILLAGE``), right after a place just named, locates
        that place; it is no scene of its own."""
        before = sentence[max(0, m.start - 25):m.start]
        return bool(_LANDMARK.search(before) or _BETWEEN_FIRST.search(before)
                    or _NEAR_VILLAGE.search(before)) and any(
            k.end <= m.start and m.start - k.end <= 25 and k.place.pcode != m.place.pcode
            for k in found)

    def _secondary(self, det: Detection, primary: Event, primary_place: PlaceMatch | None,
                   sentences: list[str], when: datetime | None,
                   analysed: list[Sentence],
                   recalled: frozenset[int] = frozenset()) -> list[Event]:
        """Further events: one per place the sentence names other than the primary's.

        Without a place of its own, only a second harm of the headline incident (people
        killed and others abducted, ``det.about`` shared with the title) stands. A place
        named only in a clause whose act is denied ("ولم يسجل أي قتال قرب القرية")
        is none.
        """
        sentence = sentences[det.sentence]
        found = self._resolver.find(sentence, context="\n".join(sentences))
        denied = denied_clauses(analysed[det.sentence]) \
            if det.sentence < len(analysed) and analysed[det.sentence].text == sentence else []
        mentions = [m for m in found
                    if not named_elsewhere(sentence, m, found) and not in_spans(m.start, denied)
                    and not _headed_to(sentence, m.start)
                    and not (_ROAD.search(sentence[max(0, m.start - 20):m.start])
                             and not road_first_end(sentence, m))
                    and not road_far_end(sentence, m, found)
                    and not _AXIS_PAIR.search(sentence[max(0, m.start - 60):m.start + 1])
                    and not _UNIT_OF.search(sentence[max(0, m.start - 14):m.start])
                    and not _INSTITUTION.search(sentence[max(0, m.start - 12):m.start])
                    # "وقال الدفاع المدني في ريف دمشق إن ...": where the teller sits
                    and not sources_there(sentence, m.start)
                    and not _PARENT_NAMED.search(sentence[max(0, m.start - 20):m.start])
                    and not (m.surface.startswith("ل") and _COUNTRYSIDE_OF.search(
                        sentence[max(0, m.start - 25):m.start]))
                    and not _TAKEN_TO.search(sentence[max(0, m.start - 60):m.start])
                    and not fled_from(sentence, m.start) and not based_too(sentence, m.start)
                    and not protested_against(sentence, m.start)
                    # "اعتقلت تسعة شبان بتهمة التخابر مع الحكومة في دمشق": the charge's town
                    and not accused_of(sentence, m.start)
                    and not threatened_target(sentence, m.start)
                    and not fire_from(sentence, m.start)
                    and not launched_from(sentence, m.start)
                    and not told_as_result(sentence, m.start)
                    # "..., وذلك بعد يوم من سيطرة القوات على بلدة X": the earlier act's town
                    and (not after_earlier_incident(sentence, m.start)
                         or hours_earlier_act(sentence, m.start))
                    and not self._locates_the_one_before(sentence, m, found)]
        mentions = [m for m in mentions
                    if not item_heading(sentence, m, mentions, Gazetteer.default())]
        if det.sub_event_type == "Agreement" and (terms := _AGREEMENT_TERMS.search(sentence)):
            # "... إبرام اتفاق يقضي بتسليم محافظتي الرقة ودير الزور": its terms' places
            mentions = [m for m in mentions if m.start < terms.start()] or mentions[:1]
        if det.sentence == 0 and analysed and analysed[0].text == sentence and mentions:
            parted = headline_part_places(det.sub_event_type, analysed[0], mentions)
            if not parted and headline_part_places(det.sub_event_type, analysed[0], found):
                return []  # its own part names a place, though none a scene: not the others'
            mentions = parted  # (a part that names none is the headline incident's place)
        places = _distinct(mentions, primary.place_pcode, sentence) \
            or _another_quarter(mentions, primary)
        if len(places) == 1 and places[0].place.level <= 2:
            # "أقدمت عصابة على خطف شاب من أبناء مدينة شهبا بريف السويداء": no town but the
            # victim's own, inside the region the sentence names
            town = home_town(sentence, found, places[0].place)
            if town is not None and town.place.pcode != primary.place_pcode:
                places, mentions = [as_match(town)], [*mentions, town]
        if not places and _counter_version(sentence):
            # "في المقابل، ذكرت وكالة سانا أن مجموعة مسلحة هاجمت عناصر حفظ النظام في داعل"
            # after live fire on a protest there: the other side's account of the incident
            return []
        if told_of_others(sentence, det.sub_event_type, [m.start for m in found]):
            return []  # "..., بينما دار قتال في مناطق أخرى": towns it does not name
        deaths = _deaths(det, [sentences[i] for i in det.about
                               if i == det.sentence or not self._another_town(sentences[i], found)])
        if deaths == 0 and det.lethal_possible:
            deaths = self._source_counts_after(det, primary, sentences, recalled) or deaths
        if places:
            date = sentence_day(sentence, when)
            if (date == sentence_day("", when) and (when is None or event_date_in(
                    sentence, when) is None)) or _SAME_DAY.search(sentence):
                # no date of its own, or "في اليوم ذاته" ("خرج الآلاف اليوم" after yesterday's
                # clashes is of today): the day the nearest sentence before tells
                date = primary.date
                if when is not None and primary.date and (_SAME_DAY.search(sentence)
                                                          or same_day_in(sentence)):
                    told = next_day(sentences, det.sentence,
                                    datetime.fromisoformat(primary.date).date(), when)
                    date = told.isoformat() if told else date
            elif days_before(date, primary.date) > 1:
                return []  # days before the incident: recalled ("احتجزته قبل ثلاثة أيام")
            tolls = _tolls_by_clause(sentence, mentions, places, deaths)
            if len(places) == 1 and deaths and deaths != primary.fatalities:
                # (a sentence counting the primary's whole toll breaks down the lead's total:
                # _broken_down_later shares it)
                tolls = [self._one_place_clause_dead(sentence, mentions, places[0], deaths)]
            kinds = _kinds_by_clause(det, sentence, mentions, places)
            if len({k.sub_event_type for k in kinds}) > 1:
                tolls = _place_clause_tolls(sentence, mentions, places)  # two acts, two tolls
            days = clause_days(sentence, mentions, places, date, when)
            return [_event(k, p, day, d, [sentence], 0.5)
                    for k, p, d, day in zip(kinds, places, tolls, days, strict=True)
                    if days_before(day, primary.date) <= 1]
        # A fight against the attackers is another event where they struck, deaths or none
        # ("فتصدى لهم شبان البلدة ودارت مواجهات مع القوة المقتحمة").
        fought_back = det.sub_event_type == _CLASH and primary.event_type != "Battles"
        other_kind = det.event_type != primary.event_type and (det.deadly or fought_back
                                                              or det.separate)
        # "كما قصفت قوات النظام مناطق في حي بستان القصر" after air strikes on the city: another
        # sub-type of the primary's type at a part of its place, named, is its own event
        other_kind = other_kind or (det.event_type == primary.event_type
                                    and det.sub_event_type != primary.sub_event_type
                                    and bool(mentions) and not det.deadly)
        # "التنظيم يسيطر على المدينة ويقتاد عشرات المدنيين": people abducted as the headline
        # tells beside another kind of act are a second harm of the headline incident,
        # wherever the body tells it (no other kind: a strike the headline names may be
        # one the body places elsewhere)
        other_kind = other_kind or (det.sub_event_type == _ABDUCTION != primary.sub_event_type
                                    and bool(analysed)
                                    and any(h.label == _ABDUCTION for h in analysed[0].triggers))
        if det.sentence == 0 or sentence == primary.evidence or other_kind:
            # A second harm of the headline incident, or another kind of event where it
            # happened ("بعد ساعات من السيطرة على المدينة، ألقت المروحيات براميل على أحيائها"),
            # on its own later day if it has one ("وشهدت البلدة مساء أمس وقفة").
            # (A sentence with no date word of its own tells no later day: "وفي حي الأشرفية،
            # سقطت قذيفة" after last night's clashes is of that night, not of the page.)
            dated = event_date_in(sentence, when) if when else None
            # (Another kind of act told with a day of its own is of that day, as a separate
            # item is: "حتى شن الطيران، صباح اليوم الأحد، غارات" after yesterday's capture.)
            own = det.day or (dated.isoformat() if (det.separate or other_kind) and dated
                              and not _SAME_DAY.search(sentence) else None)
            day = own if own and primary.date and own > primary.date else primary.date
            return [_event(det, primary_place, day, deaths, [sentences[0], sentence], 0.5)]
        return []


def _unplaced(event: Event) -> bool:
    """An event with no place in Syria at all. In an article whose lead tells its incident
    across the border (``pipeline.rules.places``: "أعمال شغب في ولاية قيصري وسط تركيا"), the
    headline's and the body's acts that name no Syrian place ("وأعلن وزير الداخلية التركي
    اعتقال 67 شخصاً") are that incident abroad, not one in Syria."""
    return event.place_pcode is None and event.admin1_pcode is None


def _follow_ups(title: str, text: str, detections: list[Detection], primary: Event,
                recalled: frozenset[int], when: datetime | None) -> list[Detection]:
    """"خطف أربعة شبان مساء الاثنين" then "وشهدت البلدة مساء أمس وقفة لأهالي المخطوفين";
    "قتل شاب مساء أمس" then "وأعلنت الشرطة اليوم توقيف ثلاثة": a later body sentence that
    tells, on a later day than the incident's, an event of a type none of the article's
    events has (a protest after an abduction, arrests after a killing) is a further event,
    with or without a connective."""
    if when is None or primary.date is None:
        return []
    analysed = analyse(title, text, when.year)
    taken = {d.sentence for d in detections}
    kinds = {d.event_type for d in detections}
    first = date.fromisoformat(primary.date)
    out = []
    for sent in analysed[2:]:
        if sent.index in taken or sent.index in recalled or sent.is_context \
                or not _names_its_day(sent.tokens):
            continue
        types = {k: v for k, v in sentence_types(sent, analysed, generic=False).items()
                 if EVENT_TYPES[k] not in kinds and k in FOLLOW_UP_TYPES}
        if not types:
            continue
        label = max(types, key=lambda k: types[k])
        day = _day_of_act(sent, label, when)
        if day is None or day <= first:
            continue  # the incident's own day (its details), or before it (a recall)
        kinds.add(EVENT_TYPES[label])
        out.append(Detection(label, sent.index, sent.text, (sent.index,), False,
                             sent.has_cue("death"), types[label], False, separate=True,
                             day=day.isoformat()))
    return out


def _day_of_act(sent: Sentence, label: str, when: datetime) -> date | None:
    """The day of the clause that tells the act ("وشيّع الأهالي الضحية ظهر الجمعة، فيما
    نظّم العشرات مساء السبت وقفة": the vigil's is Saturday), else the sentence's, else the
    day of the statement that tells it ("وأعلنت الشرطة اليوم الاثنين توقيف ...")."""
    hit = next((h for h in sent.triggers if EVENT_TYPES.get(h.label) == EVENT_TYPES[label]),
               None)
    spans = list(word_spans(sent.text))
    at = spans[hit.start].start() if hit is not None and hit.start < len(spans) else None
    return (event_date_in(sent.text, when, at) if at is not None else None) \
        or event_date_in(sent.text, when) or statement_date_in(sent.text, when)


def _names_its_day(words: list[str]) -> bool:
    """"مساء أمس"، "اليوم الاثنين": a day word not bounding a state ("حتى صباح الاثنين")."""
    for i, w in enumerate(words):  # (a loop, not a generator: every word of the sentences)
        if not _OWN_DAY.isdisjoint(forms(w)) \
                and _NOT_DAY_BEFORE.isdisjoint(words[max(0, i - 2):i]):
            return True
    return False


_SIMILAR = frozenset(normal_forms(SIMILAR))


# A noun, then a relative pronoun: "الكمين الذي استهدف دورية مساء الأحد".
_RELATIVE = sieved(r"(?:^|\s)(\S+)\s+(?:الذي|التي|الذين)\s")


def _without_others_days(det: Detection, sentence: str) -> str:
    """"فككت الشرطة خلية تتهمها بالكمين الذي استهدف دورية مساء الأحد": an act of no violence
    (an arrest, a protest) told with the violence it answers, in a relative clause on that
    violence's noun. The clause's day is the violence's, not this act's: the sentence up to
    it dates the act."""
    if det.event_type in _VIOLENT:
        return sentence
    triggers, _ = lexicon()
    for m in _RELATIVE.finditer(sentence):
        hits = triggers.find(tokens(m.group(1)))
        if any(h.label == GENERIC or EVENT_TYPES.get(h.label) in _VIOLENT for h in hits):
            return sentence[:m.start()]
    return sentence


_ABDUCTION = "Abduction/forced disappearance"


def _taken_away_again(det: Detection, primary: Detection, analysed: list[Sentence]) -> bool:
    """"واعتقلت ثلاثة شبان" then "قبل أن تقتاد الشبان إلى جهة مجهولة": a later abduction of
    people the arrest counted (the definite form of its word, before the abduction's word or
    right after it as its object) retells the arrest (TAKEN_AWAY_AFTER in
    pipeline.rules.scenes)."""
    if det is primary or det.sub_event_type != _ABDUCTION \
            or primary.sub_event_type not in TAKEN_AWAY_AFTER \
            or det.sentence <= primary.sentence or det.sentence >= len(analysed):
        return False
    counted = {w for i in primary.about if i < len(analysed) for w in analysed[i].tokens}
    sent = analysed[det.sentence]
    hits = [h for h in sent.triggers if h.label == _ABDUCTION]
    return bool(hits) and all(
        any(w.startswith("ال") and w[2:] in counted
            for w in (*sent.tokens[max(0, h.start - TAKEN_AWAY_REACH):h.start],
                      *sent.tokens[h.end:h.end + 1]))
        for h in hits)


def _as_similar(det: Detection, primary: Detection) -> Detection:
    """"وفي الريف، استهدف قصف مماثل مدينة الباب" after barrel bombs on the city: an act of
    the primary's type told as "similar" is of the primary's sub-type."""
    if det.event_type != primary.event_type or det.sub_event_type == primary.sub_event_type \
            or _SIMILAR.isdisjoint(tokens(det.evidence)):
        return det
    return replace(det, sub_event_type=primary.sub_event_type)


def _delivered_chemical(primary: Event, kind: str, pcode: str | None, day: str | None) -> bool:
    """Whether a further act is how the primary's chemical attack was delivered: a strike
    or a shell (``CHEMICAL_DELIVERY``) at its place on its day ("a helicopter dropped the
    device on the village" after the barrel of chlorine it dropped) is the same attack."""
    return primary.sub_event_type == "Chemical weapon" and kind in CHEMICAL_DELIVERY \
        and pcode is not None and pcode == primary.place_pcode and day == primary.date


_AMONG_THE_DEAD = re.compile(
    rf"(?<!\S)[وف]?(?:من\s+)?(?:{'|'.join(re.escape(w) for w in AMONG_THE_DEAD)})(?!\S)")


def _sorts_the_dead(sentence: str, place: str | None, primary: Event) -> bool:
    """"إن بين القتلى ثلاثة عناصر ... سقطوا بقذائف هاون" (``AMONG_THE_DEAD``): at the
    primary's own place, the sentence tells the incident's dead, no further act there."""
    return place is not None and place == primary.place_pcode \
        and _AMONG_THE_DEAD.search(sentence) is not None


def _one_per_place_and_day(events: list[Event]) -> list[Event]:
    """"لقي 12 جندياً مصرعهم في معارك مع المعارضة شرق حماة" then "وسقط في المعارك
    ذاتها 9 من مقاتلي المعارضة شرق حماة": both sides' dead of one fight
    told apart are one event, as ACLED codes one per place, day and sub-type; its toll is
    theirs together. Only events with their own tolls from sentences of their own merge."""
    out: list[Event] = []
    seen: dict[tuple[str, str, str], int] = {}
    for e in events:
        key = (e.sub_event_type, e.place_pcode or "", e.date or "")
        k = seen.get(key)
        if k is None or not e.place_pcode or not e.date or not e.fatalities \
                or not out[k].fatalities or out[k].evidence == e.evidence:
            seen.setdefault(key, len(out))
            out.append(e)
            continue
        out[k] = replace(out[k], fatalities=(out[k].fatalities or 0) + e.fatalities)
    return out


_TRANSFER = "Non-violent transfer of territory"


def _one_change_of_hands(events: list[Event]) -> list[Event]:
    """"قوات النظام تسيطر على X.. والفصائل: انسحاب": a place changes hands once a day,
    whatever each side calls it (one's takeover, the other's withdrawal): one territory
    event per place and day. Where one telling has it fought for and another given up, it
    was fought for (a withdrawal under attack is a loss): the Battles sub-type stays, in
    the place of the first."""
    held: dict[tuple[str, str], int] = {}
    out: list[Event] = []
    for e in events:
        if e.sub_event_type in _TERRITORY and e.place_pcode and e.date:
            k = held.get((e.place_pcode, e.date))
            if k is not None:
                if out[k].sub_event_type == _TRANSFER and e.sub_event_type != _TRANSFER:
                    out[k] = e
                continue
            held[(e.place_pcode, e.date)] = len(out)
        out.append(e)
    return out


_EXCLUDED_RELATIVE = sieved(
    rf"(?<!\S)(?:{alternation(EXCLUDED_RELATIVES)})\s+(?:لا\s+[يت]شمل|غير\s+(?:ال)?مشمول)")


_CLAUSE = re.compile("|".join(re.escape(m) for m in CLAUSE_MARKS))
_SAYS_THAT = re.compile(rf"(?<!\S)(?:{'|'.join(re.escape(w) for w in SAYS_THAT)})(?!\S)")


_INFIGHTING = re.compile(alternation(sorted(normal_forms(INFIGHTING), key=len, reverse=True)))


def _infighting(sentence: str) -> bool:
    """Whether the sentence tells fighting among one side's factions
    (``pipeline.rules.breach.INFIGHTING``): no truce between the sides is broken by it."""
    return _INFIGHTING.search(normalize(sentence)) is not None


def _one_side(event: Event) -> bool:
    """Whether the event is fighting between two rebel factions of one side
    (``pipeline.rules.breach.ONE_SIDE``): no truce between the sides is broken by it."""
    return event.actor1 in ONE_SIDE and event.actor2 in ONE_SIDE


def _unclaimed(event: Event) -> bool:
    """Whether the event is a bomb no party is named as having set
    (``pipeline.rules.breach.UNCLAIMED_APART``): only a claim told with it makes it a breach."""
    return event.sub_event_type in UNCLAIMED_APART and event.actor1 in (None, UNIDENTIFIED)


def _left_out_party(sentence: str) -> str:
    """Where a sentence names the party a truce leaves out right before a relative clause
    ("تنظيم الدولة الذي لا يشمله الاتفاق"), the words naming it; else the clause telling
    the exclusion, from what someone says of it ("تقول الحكومة إن المنطقة مستثناة من
    الاتفاق لوجود عناصر النصرة، وهو ما تنفيه الفصائل": the Nusra front's); else the whole
    sentence."""
    found = _EXCLUDED_RELATIVE.search(sentence)
    if found is not None:
        return " ".join(sentence[:found.start()].split()[-EXCLUDED_PARTY_REACH:])
    _, cues = lexicon()
    start = 0
    for mark in [*_CLAUSE.finditer(sentence), None]:
        end = mark.start() if mark else len(sentence)
        clause = sentence[start:end]
        hits = [h.start for h in cues.find(tokens(clause)) if h.label == "excluded"]
        if hits:
            said = start + max((m.end() for m in _SAYS_THAT.finditer(clause)
                                if len(tokens(clause[:m.start()])) <= hits[0]), default=0)
            # (a clause naming no party reads on: "وتستثني الهدنة، بحسب البيان، تنظيم الدولة")
            party = sentence[said:end] if find_actors(sentence[said:end]) else sentence[said:]
            return party if find_actors(party) else _named_before(sentence, start, party)
        start = mark.end() if mark else end
    return sentence


# "التنظيم" and the like, and the noun without its article ("تنظيم"), in the matching form.
_BACK_NOUNS = {normalize(w): normalize(w).removeprefix("ال") for w in EXCLUDED_BACK_NOUNS}


def _named_before(sentence: str, start: int, party: str) -> str:
    """"قذائف أطلقها تنظيم «الدولة الإسلامية» ...، علماً أن التنظيم غير مشمول بالاتفاق": a
    party left out named by its noun alone (``EXCLUDED_BACK_NOUNS``) is the one named with
    that noun last before the clause (its words from the noun on); else ``party``."""
    named = [w for w in tokens(party) if w in _BACK_NOUNS]
    if not named:
        return party
    before = sentence[:start].split()
    noun = _BACK_NOUNS[named[0]]
    at = next((k for k in range(len(before) - 1, -1, -1)
               if normalize(before[k]).lstrip("وبل") == noun), None)
    return party if at is None else " ".join(before[at:at + EXCLUDED_PARTY_REACH])


def _other_kinds(said: list[Claim], sub_event_type: str) -> bool:
    """Whether every claim of the article covers only other kinds of violence ("خطف مدنيين..
    واشتباك يخرق الهدنة"): an abduction then inherits no breach from the clash."""
    return bool(said) and all(c.kinds and EVENT_TYPES.get(sub_event_type) not in c.kinds
                              for c in said)


def _broken_not_agreed(detections: list[Detection], said: list[Claim],
                       sentences: list[str]) -> list[Detection]:
    """An agreement named in a breach claim is what was broken, not a new agreement: the
    claim's violence is the event ("سُجلت خروقات بعد سقوط قذائف على قرية ... بعد ساعات من
    دخول الهدنة"), or nothing when it names none."""
    claimed = {c.index for c in said}
    out = []
    for det in detections:
        if det.sub_event_type == "Agreement" and det.sentence in claimed:
            violence = violence_in(sentences[det.sentence])
            if violence is None:
                continue
            det = replace(det, sub_event_type=violence)
        out.append(det)
    return out


def _with_added_dead(further: list[Event], sentence: str,
                     mentions: list[PlaceMention]) -> list[Event]:
    """"كذلك قصف الطيران مدينة دارة عزة، مخلفاً خمسة قتلى": a sentence that adds an
    incident at the one town of a further event adds its dead to that event's."""
    words = tokens(sentence[:40])
    towns = {m.place.pcode for m in mentions if m.place.level >= 3}
    if not words or words[0] not in _ADDITIVE or len(towns) != 1:
        return further
    more = count_deaths(sentence)
    if not more:
        return further
    return [replace(e, fatalities=(e.fatalities or 0) + more)
            if e.place_pcode in towns and e.fatalities is not None else e for e in further]


def _clause_shares(det: Detection, sentence: str,
                   scenes: list[PlaceMention]) -> list[int | None]:
    """Each scene's part of a sentence's toll: "استشهد مدنيان بقصف على مدينة اللطامنة،
    كما تعرضت مدينة كفرزيتا لقصف" gives the two dead to the clause that counts them, and
    within a clause (or where the clauses do not account for the toll) the toll is split
    evenly."""
    total = _deaths(det, [sentence])
    cuts = _act_cuts(sentence)
    if not total or len(cuts) < 3:
        return _split(total, len(scenes))
    clause = [_clause_index(cuts, m.start) for m in scenes]
    told = [count_deaths(sentence[a:b]) or 0 for a, b in pairwise(cuts)]
    if sum(told) == total and not any(told[k] for k in clause):
        # "... وأسفر عن مقتل عنصر، وأضافت أن القوات استهدفت بلدات A وB": the dead are
        # the other clause's, whose place is no further scene
        return [0] * len(scenes)
    if len(scenes) < 2:
        return _split(total, len(scenes))
    counts = {k: count_deaths(sentence[cuts[k]:cuts[k + 1]]) or 0 for k in set(clause)}
    if len(counts) < 2 or sum(counts.values()) != total:
        return _split(total, len(scenes))
    shares = {k: iter(_split(c, clause.count(k))) for k, c in counts.items()}
    return [next(shares[k]) for k in clause]


def _kinds_by_clause(det: Detection, sentence: str, mentions: list[PlaceMention],
                     places: list[PlaceMatch]) -> list[Detection]:
    """Each place's kind of violence. "قصفت قوات النظام بالمدفعية بلدة الأتارب، فيما أصيب
    مدنيان بغارات جوية استهدفت مدينة دركوش": a clause that opens another act ("فيما"،
    "بينما") and names its own weapon gives its places that weapon's sub-type."""
    cuts = _clause_starts(sentence)
    if len(places) < 2 or not cuts or det.event_type not in _VIOLENT:
        return [det] * len(places)
    starts = {m.place.pcode: m.start for m in reversed(mentions)}
    out = []
    for p in places:
        at = starts.get(p.place.pcode, 0)
        opened = [c for c in cuts if c <= at]
        clause = sentence[opened[-1] if opened else 0:next((c for c in cuts if c > at),
                                                         len(sentence))]
        own = violence_in(clause) if opened else _told_by_victims(clause)
        out.append(replace(det, sub_event_type=own)
                   if own and EVENT_TYPES[own] in _VIOLENT else det)
    return out


def _clause_kind(det: Detection, kind: Detection, sentence: str, at: int) -> Detection:
    """The kind of violence at the place named at ``at``: "ألقت المروحيات براميل على بلدة A،
    فيما استهدفت المدفعية مدينة B" drops barrels on A and shells B. Where the sentence has
    clauses ("فيما"، "بينما"، "كما"), the weapon of the place's own clause decides; a clause
    that names none keeps the sentence's ``kind``."""
    cuts = _clause_cuts(sentence)
    if len(cuts) < 3:
        return kind
    k = _clause_index(cuts, at)
    clause = sentence[cuts[k]:cuts[k + 1]]
    own = violence_in(clause)
    if own is None or EVENT_TYPES.get(own) not in _VIOLENT:
        return kind
    if own == det.sub_event_type or ((det.sub_event_type, own) in _SAME_BOMBARDMENT
                                     and not _ARTILLERY.search(clause)):
        return det
    return replace(det, sub_event_type=own)


def _told_by_victims(clause: str) -> str | None:
    """The kind of violence of a sentence's first clause that tells it only in words of
    violence in general ("قتل المهاجمون مزارعين في قريتي A وB، ثم اشتبكوا مع حراس
    القريتين"): who was hit decides, as for a sentence."""
    told = analyse("", clause)
    if len(told) < 2 or violence_in(clause) is not None:
        return None
    kinds = sentence_types(told[1], told)
    return max(kinds, key=lambda k: kinds[k]) if kinds else None


def _own_act_dead(sentence: str, start: int) -> int | None:
    """"قتل مدنيان بغارة على قرية A جنوبي مدينة B، بينما قتلت امرأة بقصف على مدينة B": the
    dead its own clause counts, for the place named at ``start``, when another clause of the
    sentence counts dead of its own (another act's); None otherwise."""
    cuts = _act_cuts(sentence)
    if len(cuts) < 3 or start < 0:
        return None
    k = _clause_index(cuts, start)
    clauses = [sentence[a:b] for a, b in pairwise(cuts)]
    counts = [count_deaths(c) for c in clauses]
    # (one who died of his wounds, "فيما فارق ثالث الحياة متأثراً بجراحه", is of this act)
    if not counts[k] or not any(c and not _died_of_wounds(clauses[n])
                                for n, c in enumerate(counts) if n != k):
        return None
    return counts[k]


def _own_kind_clause(det: Detection) -> str | None:
    """"قتل ستة مدنيين جراء غارات على حي X، فيما سقط ثلاثة آخرون بقصف مدفعي على حي Y": the
    clause of the evidence that tells the event's kind of violence, where another clause
    tells another kind with dead of its own (another act's, even in the same town); None
    otherwise."""
    clauses = _acts(det.evidence)
    if len(clauses) < 2:
        return None
    mine = [c for c in clauses if violence_in(c) == det.sub_event_type and count_deaths(c)]
    others = [c for c in clauses if c not in mine and _another_kind(det, c) and count_deaths(c)]
    return mine[0] if len(mine) == 1 and others else None


def _act_cuts(sentence: str) -> list[int]:
    """``_clause_cuts`` without the clauses that tell how the act before them came about
    (``SAME_ACT_OPENERS``: "بينما قتل رجلان بعد أن ألقت مروحية برميلاً على البلدة")."""
    cuts = _clause_cuts(sentence)
    if not any(w in sentence for w in SAME_ACT_OPENERS):
        return cuts
    return [c for c in cuts if not c or c == len(sentence)
            or not sentence[c:c + 12].lstrip(" ،,").startswith(SAME_ACT_OPENERS)]


def _clause_cuts(sentence: str) -> list[int]:
    """Where the clauses of ``sentence`` start ("فيما"، "بينما"، "كما" open one), and its end:
    clause k is ``sentence[cuts[k]:cuts[k + 1]]``."""
    return [0, *_clause_starts(sentence), len(sentence)]


def _clause_index(cuts: list[int], start: int) -> int:
    """The clause (of ``_clause_cuts``) that holds the offset ``start``."""
    return max(k for k, c in enumerate(cuts[:-1]) if c <= start)


def _clause_of(sentence: str, start: int) -> str:
    """The clause of the sentence that holds ``start``."""
    cuts = _clause_cuts(sentence)
    k = _clause_index(cuts, start)
    return sentence[cuts[k]:cuts[k + 1]]


def _place_clause_tolls(sentence: str, mentions: list[PlaceMention],
                        places: list[PlaceMatch]) -> list[int | None]:
    """Each place's toll when the clauses of a sentence tell different acts: its own
    clause's dead, split among the places of that clause ("قصفت المدفعية الأتارب ما أدى
    إلى مقتل شاب، فيما أصيب مدنيان بغارات على دركوش": one dead in al-Atarib, none in
    Darkush)."""
    starts = {m.place.pcode: m.start for m in reversed(mentions)}
    clauses = [_clause_of(sentence, starts.get(p.place.pcode, 0)) for p in places]
    shares = {c: iter(_split(count_deaths(c), clauses.count(c))) for c in clauses}
    return [next(shares[c]) for c in clauses]


def _clauses_account(sentence: str, mentions: list[PlaceMention], places: list[PlaceMatch],
                     deaths: int) -> list[int | None] | None:
    """Each place's own clause's dead, when the places stand in different clauses and
    those clauses' dead add up to the sentence's toll; None otherwise."""
    starts = {m.place.pcode: m.start for m in reversed(mentions)}
    if any(p.place.pcode not in starts for p in places):
        return None
    clauses = {_clause_of(sentence, starts[p.place.pcode]) for p in places}
    if len(clauses) < 2 or sum(count_deaths(c) or 0 for c in clauses) != deaths \
            or any(count_deaths(c) is None for c in clauses):
        return None
    return _place_clause_tolls(sentence, mentions, places)


def _tolls_by_clause(sentence: str, mentions: list[PlaceMention], places: list[PlaceMatch],
                     deaths: int | None) -> list[int | None]:
    """Each place's part of a sentence's toll. "بشن هجمات على قرى عين العرب ... وقصف
    قرية القاسمية ما تسبب بمقتل طفل": the toll is the result of the clause just before
    it, so it goes to that clause's places (split evenly when they are listed together);
    without such a clause every place keeps the sentence's toll, unless its clauses
    account for it apart ("قتل رجل وزوجته بغارات على بنش، بينما استهدفت غارات أخرى سراقب
    دون ورود معلومات عن خسائر": two in Binnish, none in Saraqib)."""
    result = _RESULT.search(sentence)
    if not deaths or len(places) < 2:
        return [deaths] * len(places)
    if result is None:
        return _clauses_account(sentence, mentions, places, deaths) or [deaths] * len(places)
    starts: dict[str, tuple[int, int]] = {}
    for m in mentions:
        starts.setdefault(m.place.pcode, (m.start, m.end))
    spans = sorted(starts[p.place.pcode] for p in places if p.place.pcode in starts)
    before = [s for s in spans if s[1] <= result.start()]
    if not before or len(spans) != len(places):
        return [deaths] * len(places)
    # The list the last place before the result belongs to, walking back over "و"/"،".
    group = [before[-1]]
    for span in reversed(before[:-1]):
        if not _LISTED.match(sentence[span[1]:group[-1][0]]):
            break
        group.append(span)
    if len(group) == len(spans):
        return [deaths] * len(places)  # one list of places: the toll is not broken down
    shares = iter(_split(deaths, len(group)))
    return [next(shares) if starts[p.place.pcode] in group else 0 for p in places]


def _shared_dead(primary: Event, scenes: list[Event], others: list[Event]) -> list[Event]:
    """The events in order, ``scenes`` last. "قتل مسلحون رجلين: واحد في بلدة عامودا والثاني في
    قرية قريبة منها": when further scenes of the primary's kind come from the primary's own
    evidence with no toll of their own, the sentence's toll is not broken down by place,
    and ACLED splits it evenly among them."""
    sharing = [i for i, e in enumerate(scenes) if e.evidence == primary.evidence
               and e.event_type == primary.event_type and e.fatalities == 0
               and e.place_pcode not in (None, primary.place_pcode)
               and e.date == primary.date]  # another day's scene is another incident
    if not sharing and primary.fatalities == 2 and _one_each(primary.evidence):
        # "الأول في بلدة تل تمر والثاني في قرية أم الكيف": one here, one elsewhere
        return [replace(primary, fatalities=1), *others, *scenes]
    if sharing and primary.fatalities is None:
        # "سيطرت على قريتي A وB ... وقتل عشرات العناصر": dead without a number cannot be
        # split, and none of the sentence's places is known to be without them.
        return [primary, *others, *(replace(e, fatalities=None) if i in sharing else e
                                    for i, e in enumerate(scenes))]
    if not sharing or not primary.fatalities \
            or primary.fatalities != count_deaths(primary.evidence):
        return [primary, *others, *scenes]
    told = [primary, *(scenes[i] for i in sharing)]
    shares = _listed_tolls(primary.evidence, told) or _clause_tolls(primary.evidence, told) \
        or _split(primary.fatalities, len(sharing) + 1)
    scenes = [replace(e, fatalities=shares[sharing.index(i) + 1]) if i in sharing else e
              for i, e in enumerate(scenes)]
    return [replace(primary, fatalities=shares[0]), *others, *scenes]


# "قرية أم العصافير التابعة لسري كانيه": a place named after one of PARENT_MARKERS says where
# the place before it lies, and tells no other scene of its own.
_PARENT_OF = sieved(rf"(?<!\w)(?:{'|'.join(PARENT_MARKERS)})\s*ل?\s*$")
# ... also where a place noun stands between ("قرية تل تشرين التابعة لمدينة الدرباسية"): a
# further event's sentence names its scene before, the parent is no scene of its own.
_PARENT_NAMED = sieved(rf"(?<!\w)(?:{'|'.join(PARENT_MARKERS)})\s+"
                           rf"(?:ل(?:{alternation(LANDMARK_NOUNS)})\s+|ل)?\s*$")

# A city's quarter named by its place word: "في حي الفردوس".
_QUARTER_NAMED = re.compile(r"(?<!\S)[وفب]?(?:في\s+)?(?:حي|أحياء|احياء)\s+\S")

# "سقط القتلى في كل من اليعربية، وصرين": the dead the sentence before counted, place by
# place (pipeline.rules.tolls.DEAD_TOLD_BEFORE); the list's parts are cut at commas, or at
# "و" when it has none.
_EACH_OF = re.compile(r"(?:في|ب)\s*كل\u0651?\s+من\s+")
_DEAD_WORDS = "|".join(DEAD_TOLD_BEFORE)
_DEAD_BEFORE = sieved(rf"(?<!\w)[وف]?(?:{_DEAD_WORDS})(?!\w)")
_LIST_COMMA = re.compile(r"\s*[،,]\s*")
_LIST_AND = re.compile(r"\s+(?=و\w)")

# "استشهد 7 مواطنين، هم: 4 بقصف على أريحا، وطفلان في كفريا، وطفل في مدينة إدلب": the
# dead listed after هم, one part a place, each part opening with its count.
_LISTED_AFTER = re.compile(r"[،,:]\s*و?هم\s*[:،,]?")
_PARTS = re.compile(r"\s*[،,]\s*")


# "... إن 20 من القتلى سقطوا في بلدة A، و12 في B": the parts of a breakdown of the dead by
# place, cut at commas; each part after the first opens with "و" and its count, and every
# part names its place after "في" within a few words of the count.
# (a count in digits or in a word: "خمسة منهم في كفرنبل وثلاثة في حاس")
_COUNT_WORDS = ("واحد[ةه]?|اثنان|اثنين|اثنتان|اثنتين|ثلاث[ةه]?|[أا]ربع[ةه]?|خمس[ةه]?|ست[ةه]?|"
                "سبع[ةه]?|ثماني[ةه]?|تسع[ةه]?|عشر[ةه]?|عشرون|عشرين|ثلاثون|ثلاثين|[أا]ربعون|"
                "[أا]ربعين|خمسون|خمسين")
_FIRST_PART = re.compile(rf"(?<![\d\w])(\d+|{_COUNT_WORDS})\s+(?:[^\s،,]+\s+){{0,6}}?في\s+\S")
# (a later part may be a clause of its own: "فيما قتل أربعة آخرون في بصر الحرير")
_PART_JOINERS = "|".join(DISTRIBUTION_JOINERS)
_PART_VERBS = "|".join(DISTRIBUTION_VERBS)
_NEXT_PART = re.compile(rf"^\s*(?:و|(?:{_PART_JOINERS})\s+(?:(?:{_PART_VERBS})\s+)?)\s*"
                        rf"(\d+|{_COUNT_WORDS})\s+(?:[^\s،,]+\s+){{0,6}}?في\s+\S")
# The parts are cut at commas, or before "و" and a count ("خمسة منهم في كفرنبل وثلاثة في حاس").
# (As ``[،,؛]|\s(?=و\s*(?:\d+|COUNT)\s)``, opening with one set, which ``re`` skips ahead to:
# a comma is a cut, as first; a space, which is no comma, is one where the lookahead holds.)
_DISTRIBUTION_CUT = re.compile(rf"[\s،,؛](?:(?<=[،,؛])|(?=و\s*(?:\d+|{_COUNT_WORDS})\s))")
_TOLL_WORD = sieved(r"(?<!\w)[وف]?(?:ال)?(?:حصيل[ةه]|قتلى|شهداء)(?!\w)")


def _distribution(sentence: str) -> list[tuple[int, str]]:
    """The (count, part) pairs of a sentence that breaks its dead down by place (two parts
    at least, the wounded not among them); [] for any other sentence."""
    segments = [s for s in _DISTRIBUTION_CUT.split(sentence) if s.strip()]
    for a in range(len(segments) - 1):
        first = None
        for m in _FIRST_PART.finditer(segments[a]):
            first = m  # the last count of the first part: what came before it is its lead
        if first is None:
            continue
        parts = [(parse_number(first.group(1)) or 0, segments[a][first.start():])]
        for segment in segments[a + 1:]:
            following = _NEXT_PART.match(segment)
            if following is None:
                break
            parts.append((parse_number(following.group(1)) or 0, segment))
        after = tokens(parts[0][1])[1:2]
        if len(parts) < 2 or not after or not (after[0] in ("من", "منهم", "منهن")
                                               or people_noun(after[0])):
            continue  # "20 قذيفة في حي A، و15 في حي B" counts shells, not people
        if any(_INJURY.intersection(tokens(p)) for _, p in parts):
            return []
        if count_deaths(sentence) == 0 and not _TOLL_WORD.search(sentence):
            return []  # a breakdown of something other than the dead
        return parts
    return []


def _parts_naming(name: str | None, parts: list[tuple[int, str]]) -> list[int]:
    """The parts that name ``name`` as a word ("ورامي" as written in a list: "رامي")."""
    if not name:
        return []
    names = [name, name[1:]] if name.startswith("و") and len(name) > 3 else [name]
    found = [n for n, (_, part) in enumerate(parts)
             if any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", part) for x in names)]
    return found


def _listed_tolls(sentence: str, events: list[Event]) -> list[int | None] | None:
    """Each event's dead when the sentence lists the dead place by place after "هم", each
    part opening with its count ("4 بينهم طفل بقصف على أريحا، وطفلان ... في كفريا");
    None when it does not."""
    listed = _LISTED_AFTER.search(sentence)
    if listed is None:
        return None
    parts = [p for p in _PARTS.split(sentence[listed.end():]) if p.strip()]
    out: list[int | None] = []
    for e in events:
        found = [p for p in parts if e.place_name and e.place_name in p]
        if len(found) != 1:
            return None
        first = found[0].split()
        count = parse_number(" ".join(first[:1])) if first else None
        if count is None:
            return None
        out.append(count)
    return out


def _clause_tolls(sentence: str, events: list[Event]) -> list[int | None] | None:
    """Each event's part of a sentence's toll when its clauses name their places apart and
    count their own dead ("ارتفعت حصيلة القتلى في مدينة أريحا إلى 14، فيما قتل 14 عنصراً
    بانفجار حافلة في دمشق": 14 each, however the sentence totals); None when they do not."""
    cuts = _clause_cuts(sentence)
    if len(cuts) < 3:
        return None
    clauses = [sentence[a:b] for a, b in pairwise(cuts)]
    where = []
    for e in events:
        found = [k for k, c in enumerate(clauses) if e.place_name and e.place_name in c]
        if len(found) != 1:
            return None
        where.append(found[0])
    if len(set(where)) < 2:
        return None
    counts = {k: count_deaths(clauses[k]) for k in set(where)}
    # "قتل ستة بغارة على أريحا، فيما استهدف قصف بلدة محمبل دون وقوع إصابات": a clause with
    # no dead of its own keeps none, when the others' account for the sentence's toll
    if any(c is None for c in counts.values()) or not any(counts.values()) or (
            not all(counts.values())
            and sum(c or 0 for c in counts.values()) != count_deaths(sentence)):
        return None
    shares = {k: iter(_split(c, where.count(k))) for k, c in counts.items()}
    return [next(shares[k]) for k in where]


def _one_each(sentence: str) -> bool:
    """Whether the sentence tells two dead one by one ("أحدهما ... والآخر ...")."""
    words = tokens(sentence)
    # (each told with its place, "أحدهما في ..."; "أحدهما متظاهر والآخر شرطي" says who)
    return all(any(w in named and _ONE_EACH_WHERE.intersection(words[k + 1:k + 3])
                   for k, w in enumerate(words)) for named in (ONE_OF_TWO, THE_OTHER))


def _with_retold_dead(primary: Event, det: Detection, when: datetime | None) -> Event:
    """"وأسفر القصف المدفعي عن مقتل 10 مدنيين" later in an article whose lead gives no toll:
    a further sentence of the primary's kind that names no place of its own tells the
    primary again, and its toll is the primary's when the primary has none."""
    if primary.fatalities or primary.event_type != det.event_type \
            or not same_day([det.evidence], "", primary.date, when):
        return primary  # another day's dead ("قتلت طفلة ليل الأحد") are not the primary's
    deaths = _deaths(det, [det.evidence])
    return replace(primary, fatalities=deaths) if deaths else primary


def _without_their_dead(primary: Event, det: Detection, told: set[int],
                        sentences: list[str], recalled: frozenset[int],
                        elsewhere: Callable[[str], bool],
                        here: Callable[[str], bool] | None,
                        when: datetime | None, own: dict[int, str] | None = None) -> Event:
    """The primary's toll without the sentences whose toll went to further towns (the
    thirteen killed at قبتان الجبل are not also the lead's), but for the clauses of those
    sentences that tell the primary's own town (``own``, by sentence)."""
    if not told or primary.fatalities is None:
        return primary
    about = same_day([sentences[i] for i in det.about
                       if i == det.sentence or (i not in recalled and i not in told)],
                      det.evidence, primary.date, when)
    dead = _deaths(det, about, elsewhere, sentences[0], here)
    if not dead and own:
        # ("قتل خمسة في قرية X، كما طالت الغارات بلدة Y دون إصابات": where no other
        # sentence counts them, the clause of the primary's own town keeps its dead)
        about = same_day([sentences[i] if i not in told else own[i] for i in det.about
                          if i == det.sentence or (i not in recalled and (
                              i not in told or i in own))],
                         det.evidence, primary.date, when)
        dead = _deaths(det, about, elsewhere, sentences[0], here)
    return replace(primary, fatalities=dead)


def _without_others_dead(primary: Event, det: Detection, others: list[Event],
                         about: list[str], alone: Callable[[str], bool]) -> Event:
    """"19 قتيلاً بغارات على حي البدو وقرية كسرة": a headline may total the article's
    incidents; when it equals the lead's toll plus the further events', the lead's is the
    primary's own. So with a total the body breaks down ("14 شهيداً في حلب وريفها" then
    "ففي مدينة حلب ... تسعة" and "وفي مدينة الباب ... 5 قتلى"): a sentence about the primary
    that counts the total less the further events' dead, naming the primary's place
    ``alone`` (no further event's), gives the primary's own. Not the headline (``about``
    leaves it out): it may count fewer of the dead than the body ("مقتل عنصرين بهجوم" over
    a lead that adds the attacker killed), no breakdown of a total."""
    lead = count_deaths(det.evidence) if det.sentence else None
    more = sum(e.fatalities or 0 for e in others)
    if lead and more and primary.fatalities == lead + more:
        return replace(primary, fatalities=lead)
    if more and primary.fatalities and more < primary.fatalities \
            and any(count_deaths(s) == primary.fatalities - more and alone(s) for s in about):
        return replace(primary, fatalities=primary.fatalities - more)
    return primary


def _day_total_told_apart(events: list[Event], sentences: list[str]) -> list[Event]:
    """"وثق المرصد مقتل 27 شخصاً يوم أمس" then "ففي ريف إدلب قضى 3 مدنيين ..." and the
    other incidents' dead: a lead's total that is the primary's own count plus every
    further event's is the day's toll told apart, and the primary keeps its own."""
    primary, others = events[0], events[1:]
    own = count_deaths(primary.evidence) if primary.evidence else None
    more = sum(e.fatalities or 0 for e in others)
    if own and more and primary.fatalities and own + more > primary.fatalities \
            and primary.place_name and primary.place_name in primary.evidence:
        # "قتل أربعة في مدينة A، وقضى رجل بغارة مماثلة على بلدة B": B's dead, counted with
        # B's event, are not also the primary's; its own are its clause's
        mine = _clause_of(primary.evidence, primary.evidence.find(primary.place_name))
        if any(e.place_name and e.place_name in primary.evidence and e.place_name not in mine
               for e in others):
            own = count_deaths(mine) or own
    if own and more and primary.fatalities and own + more <= primary.fatalities \
            and (own + more == primary.fatalities or _lead_total(primary, sentences)):
        # (less: the day's total also counts dead no event of the article holds)
        return [replace(primary, fatalities=own), *others]
    if others and primary.fatalities == own and (_round_up_total(primary.evidence)
                                                 or _list_announced(primary.evidence, sentences)):
        # "وثق المرصد مقتل 18 شخصاً أمس في عدة مناطق" as the lead, placed by a later
        # paragraph ("عثر على جثة شاب من بلدة الحراك ..."): the primary's dead are those of
        # the clause that names its place, not the day's total
        named = [_clause_of(s, s.find(primary.place_name)) for s in sentences[1:]
                 if primary.place_name and s != primary.evidence and primary.place_name in s]
        if named:
            return [replace(primary, fatalities=count_deaths(named[0])), *others]
    if own == 0 and primary.fatalities and not toll_rises(primary.evidence) \
            and not _names_toll(primary.evidence) and any(_took_from(primary, e) for e in others) \
            and not any(_tells_own_dead(primary, s, others) for s in sentences[1:]):
        # "خرج الآلاف في مدينة A" then "وفي مدينة B أطلق الأمن النار ... ما أدى إلى
        # استشهاد ثلاثة": the dead of B's own sentence are B's, not also the lead's
        return [replace(primary, fatalities=0), *others]
    return events


def _list_announced(sentence: str, sentences: list[str]) -> bool:
    """Whether the sentence after ``sentence`` announces a list of the incidents it
    totals ("وفيما يلي أبرز ما رصده الناشطون"; ``LIST_ANNOUNCED``)."""
    try:
        after = sentences[sentences.index(sentence) + 1]
    except (ValueError, IndexError):
        return False
    return normalize(after.lstrip()).startswith(_LIST_ANNOUNCED)


def _lead_total(primary: Event, sentences: list[str]) -> bool:
    """Whether the primary's toll is that of the headline or lead, told apart from its own
    sentence ("وثقت الشبكة مقتل ثمانية أشخاص في ريف إدلب" over "فعلى محور A ... مقتل خمسة")."""
    return primary.evidence not in sentences[:2] and any(
        count_deaths(s) == primary.fatalities for s in sentences[:2])


def _round_up_lead_told_again(events: list[Event], sentences: list[str]) -> list[Event]:
    """"قتل سبعة أشخاص أمس بهجمات متفرقة في ريف حلب" then "ففي مدينة الباب، قتل أربعة
    مدنيين بانفجار سيارة مفخخة": a lead that totals a round-up (``ROUND_UP_TOTAL``) is no
    incident of its own. Placed at a town where an event of an item's own sentence
    happened the same day, it is that item told twice, and only the item's event stays.
    So is a lead whose next sentence announces the list of its incidents (``LIST_ANNOUNCED``)."""
    primary = events[0]
    if len(events) < 2 or not (_round_up_total(primary.evidence)
                               or _list_announced(primary.evidence, sentences)):
        return events
    if any(e.place_pcode == primary.place_pcode and e.date == primary.date
           and e.evidence != primary.evidence for e in events[1:]):
        return events[1:]
    return events


def _each_kind_its_clause(events: list[Event]) -> list[Event]:
    """"قتل أربعة مدنيين بقصف مدفعي على مدينة A، كما شنت طائرات غارات على أطراف مدينة B
    دون معلومات عن ضحايا": events of different kinds from one sentence that all took its
    toll keep the dead of the clause that tells their own kind, when the clauses account
    for the whole toll. So does an event whose own sentence counts no dead and that took
    the toll of such a sentence about it ("تجددت الاشتباكات في مدينة A" then "أسفرت
    الاشتباكات عن مقتل ثلاثة، فيما ردت الفرقة بقصف ... ما أدى لمقتل مزارع": three for the
    clash, one for the shelling)."""
    out = list(events)
    by_sentence: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_sentence.setdefault(e.evidence, []).append(i)
    for sentence, members in by_sentence.items():
        total = count_deaths(sentence)
        if total and len(members) == 1:
            home = events[members[0]]
            members = members + [
                i for i, e in enumerate(events) if e.evidence != sentence
                and e.fatalities == total and e.admin1_pcode == home.admin1_pcode
                and e.date == home.date and not count_deaths(e.evidence)]
        kinds = {events[i].sub_event_type for i in members}
        if len(members) < 2 or len(kinds) != len(members) or not total \
                or all(events[i].fatalities != total for i in members):
            continue
        cuts = _clause_cuts(sentence)
        clauses = [sentence[a:b] for a, b in pairwise(cuts)]
        told = [violence_in(c) for c in clauses]
        own = {k: [c for c, t in zip(clauses, told, strict=True) if t == k] for k in kinds}
        if len(clauses) < 2 or any(len(c) != 1 for c in own.values()):
            continue
        deaths = {k: count_deaths(c[0]) for k, c in own.items()}
        if any(d is None for d in deaths.values()) \
                or sum(d or 0 for d in deaths.values()) != total \
                or any(events[i].fatalities not in (total, deaths[events[i].sub_event_type], 0)
                       for i in members):  # (one given its own clause's dead already, or
            # none: "قتل ستة خلال اشتباكات ...، بينما تعرضت البلدة لقصف جوي لم ترد معلومات
            # عن خسائر جراءه" gave the strike the six and the clash none)
            continue
        for i in members:
            out[i] = replace(events[i], fatalities=deaths[events[i].sub_event_type])
    return out


def _rest_of_lead_total(events: list[Event], sentences: list[str],
                        recalled: frozenset[int]) -> Event:
    """"استشهد 11 مدنياً بغارات على مناطق عدة" then "ففي المنطقة A ... استشهد 4" and "وفي
    مدينة B ... استشهد 7" (an event of its own): the lead's total less the further events'
    dead is the primary's own when a sentence of the body that no event with dead tells,
    naming the primary's place and no such event's, counts just that many."""
    primary, others = events[0], events[1:]
    total = primary.fatalities
    more = sum(e.fatalities or 0 for e in others)
    if not total or not more or more >= total or count_deaths(primary.evidence) != total:
        return primary
    told = {primary.evidence, *(e.evidence for e in others if e.fatalities)}
    names = [e.place_name for e in others if e.place_name and e.fatalities]
    here = primary.place_name
    if here and any(count_deaths(s) == total - more and s not in told and i not in recalled
                    and here in s and not any(n in s for n in names)
                    for i, s in enumerate(sentences) if i > 1):
        return replace(primary, fatalities=total - more)
    # "وقضى مدنيان بغارة على قرية A جنوبي مدينة B، بينما قتلت امرأة بقصف على مدينة B": the
    # part of a further event's sentence that tells another act at the primary's place
    if here and any(count_deaths(part) == total - more and here in part
                    and not any(n in part for n in names)
                    for i, s in enumerate(sentences) if i > 1 and i not in recalled
                    for part in _acts(s)[1:]):
        return replace(primary, fatalities=total - more)
    return primary


def _acts(sentence: str) -> list[str]:
    """The sentence's clauses, one per act (``_act_cuts``)."""
    return [sentence[a:b] for a, b in pairwise(_act_cuts(sentence))]


def _tells_own_dead(primary: Event, sentence: str, others: list[Event]) -> bool:
    """"قصفت قوات النظام أحياء درعا البلد" then "ووثق ناشطون مقتل شخصين"، and two soldiers
    killed at another town later: a sentence of its own, no further event's, that names no
    further event's place and counts the primary's dead gives the primary its toll (equal
    counts at two places are no toll taken twice). Not the headline: it retells them all."""
    return bool(sentence != primary.evidence
                and all(sentence != e.evidence for e in others)
                and not any(e.place_name and e.place_name in sentence for e in others)
                and count_deaths(sentence) == primary.fatalities)


def _took_from(primary: Event, other: Event) -> bool:
    """Whether ``other`` holds the primary's whole toll from a sentence of its own that
    names its place and not the primary's."""
    return bool(other.fatalities == primary.fatalities and other.evidence != primary.evidence
                and other.place_pcode != primary.place_pcode
                and other.place_name and primary.place_name
                and other.place_name in other.evidence
                and primary.place_name not in other.evidence
                and count_deaths(other.evidence) == primary.fatalities)


def _without_repeated_title(title: str, text: str) -> str:
    """The text without a first line that repeats the headline ("عاجل | اشتباك ..." above
    the dateline, as breaking-news pages print it): read twice, the headline would count
    as a lead of its own."""
    first, _, rest = text.lstrip().partition("\n")
    if title.strip() and first.strip() == title.strip():
        return rest
    return text


def _without_related(text: str) -> str:
    if not _RELATED.search(text):
        return text
    return "\n".join(line for line in text.split("\n") if not _RELATED.match(line))


def _published(value: datetime | str | None) -> datetime | None:
    return value if isinstance(value, datetime) else parse_date(value)


def _split(total: int | None, parts: int) -> list[int | None]:
    """``total`` in ``parts`` as even as whole numbers allow, the remainder first:
    11 in 3 is 4, 4, 3."""
    if total is None:
        return [None] * parts
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def _headline_sum(det: Detection, about: list[str], alone: list[str], killed: int,
                  elsewhere: Callable[[str], bool] | None, headline: str,
                  here: Callable[[str], bool] | None) -> int | None:
    """"ارتفاع حصيلة الكمين إلى 17 قتيلاً" over "إلى 14 قتيلاً من عناصر الأمن" and "قتل
    خلاله ثلاثة من المهاجمين": a headline's toll that is the body's victims and the
    attackers killed added up already counts the attackers (None where it is not)."""
    if headline not in about or headline == det.evidence or headline in alone:
        return None
    total = count_deaths(headline)
    body = _deaths(det, [s for s in about if s not in alone and s != headline], elsewhere,
                   headline, here, bombers_counted=True)
    return total if body and total and body + killed == total else None


_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
_FAMILY = normal_forms(FAMILY)
# DEMONSTRATION_CAUSE_BEFORE and a death noun (with its clitics), to the clause's end
_DEMONSTRATION_CAUSE = re.compile(
    rf"(?<!\S)(?:{alternation(DEMONSTRATION_CAUSE_BEFORE)})\s+[وفبل]?(?:ال)?"
    rf"(?:{alternation(DEMONSTRATION_CAUSE_DEATHS)})\S*[^،,.:؛;\n]*")


def _deaths(det: Detection, about: list[str],
            elsewhere: Callable[[str], bool] | None = None, headline: str = "",
            here: Callable[[str], bool] | None = None,
            bombers_counted: bool = False) -> int | None:
    """The toll of the sentences about the event; None when deaths go uncounted.

    The largest figure of the sentences that tell this event (a sentence about another
    scene, ``elsewhere``, gives that scene's; a headline that names no place, ``here``,
    totals a day: "23 شخصاً قضوا أمس في عدة مناطق"). Sources that give their own,
    lower figure ("وقال المرصد إن 18 قتلوا" after "10 قتلى" ...) are reconciled as ACLED
    does, with the most conservative one; a toll that rises ("ارتفعت الحصيلة إلى 14") is a
    later count that replaces the earlier ones, so the highest update wins.
    """
    if not det.lethal_possible:
        return 0
    if det.event_type in _DEMONSTRATIONS:  # "محتجون يقطعون الطريق بعد مقتل شاب": the cause
        about = [_DEMONSTRATION_CAUSE.sub("", s) for s in about]
    # "مقتل 11 شخصاً في مناطق مختلفة، على النحو التالي": the round-up's total, no event's
    about = [s for s in about if s == det.evidence or not _round_up_total(s)] or about
    # "قتل جنديان ومترجم" and "بينما قتل مطلق النار": the attacker's death adds to the toll
    # So does the suicide bomber who blew himself up ("المهاجم فجّر نفسه عند الحاجز") to a
    # toll of the people he struck ("قتل أحد عناصر الشرطة"); not to one of persons of any
    # side ("25 قتيلاً"), nor where the toll names him among its dead ("بينهم الانتحاري").
    bombers = 0 if bombers_counted else max(bombers_dead(s) for s in about)
    if bombers and not any(_ATTACKER_AMONG_DEAD.search(s) for s in about):
        victims = _deaths(det, about, elsewhere, headline, here, bombers_counted=True)
        if victims and not any(counts_persons(s) for s in about if count_deaths(s)):
            return victims + bombers
        return victims
    attackers = {s: attackers_killed(s) for s in about}
    alone = [s for s in about if attackers[s] and count_deaths(s) == attackers[s]]
    if alone and len(alone) < len(about):
        victims = _deaths(det, [s for s in about if s not in alone], elsewhere, headline, here,
                          bombers_counted=True)
        if victims:
            killed = max(attackers[s] for s in alone)
            return _headline_sum(det, about, alone, killed, elsewhere, headline, here) \
                or victims + killed
    # "قتل ثلاثة مدنيين ..." then "وفي المساء توفي أحد الجرحى": the wounded who died since
    # add to the toll told before them.
    later = [s for s in about if s != det.evidence and wounded_died(s)]
    if later and len(later) < len(about):
        before = _deaths(det, [s for s in about if s not in later], elsewhere, headline, here,
                         bombers_counted=True)
        if before:
            return before + sum(wounded_died(s) for s in later)
    # "في المقابل، قتل 5 من مقاتلي الفصائل": the other side's dead add up. Not a source's
    # own account after one that already counted both sides ("قالت مصادر إن سبعة قتلوا
    # مقابل ثلاثة ... في المقابل، أعلن المركز مقتل أحد عشر"): rival tolls, the lowest stands.
    both_sides = any(not _other_side(s) and _counts_both_sides(s) for s in about)
    # Nor a source's own figure of the toll itself ("في المقابل، قال ناشطون إن عدد الضحايا
    # تجاوز 25"): the other side's account of the same dead, a rival figure.
    # (Nor one that tells another kind of act, "في المقابل، قتل مواطن جراء سقوط قذائف على
    # حي" after air strikes: the other side's own attack, an event of its own.)
    other_side = [s for s in about if s != det.evidence and _other_side(s) and count_deaths(s)
                  and not ((both_sides or _names_toll(s)) and _rival_report(s))
                  and not _another_kind(det, s)
                  and not _civilians_again(s, about)
                  and not (_rival_report(s) and _counts_no_side(s))]
    # "قتل ستة عناصر من قوات النظام" then "كما قتل أربعة من مقاتلي الفصائل": a count of
    # another group than the evidence's, told by no other source, adds its dead too.
    other_side += [s for s in about if s != det.evidence and s not in other_side
                   and (_en_also(s) or _also_killed(s, count_deaths(det.evidence)))]
    # ("Four militants were also killed")
    # "وخسرت الكتائب المهاجمة أربعة من مقاتليها": a side counting its own men lost, after
    # its enemy's dead were counted, adds its dead too; so do the armed men the attacked
    # force killed in its reply ("وردت القوة ..., ما أسفر عن مقتل اثنين من المسلحين")
    other_side += [s for s in about if s != det.evidence and s not in other_side
                   and (_side_losses(s) or _reply_killed(s))]
    # "أعلنت الوزارة تحييد ستة مسلحين" then "وأضافت أن جندياً استشهد": the enemy a side
    # neutralised and its own martyrs, the two sides' dead
    if _neutralises(det.evidence):
        other_side += [s for s in about if s not in (det.evidence, headline)
                       and s not in other_side and _own_martyrs(s)]
    # (a figure equal to the evidence's is the same dead named otherwise, "قسد" for "قوات
    # سوريا الديمقراطية"; the headline retells the lead)
    group = _group_of(det.evidence) if count_deaths(det.evidence) else frozenset()
    if group and not other_side:
        other_side = [s for s in about if s not in (det.evidence, headline)
                      and _other_group(s, group) and count_deaths(s) != count_deaths(det.evidence)]
    if other_side and len(other_side) < len(about):
        own_side = _deaths(det, [s for s in about if s not in other_side], elsewhere, headline,
                           here, bombers_counted=True)
        if own_side:
            return own_side + sum(count_deaths(s) or 0 for s in other_side)
    counts = [count_deaths(s) for s in about]
    known = [(c, s) for c, s in zip(counts, about, strict=True) if c]
    if not known:
        # "ارتفع عدد ضحايا الانفجار إلى تسعة" and "ولا يزال أربعة مصابين في المشفى": with
        # the wounded told apart, the victims of the rising toll are its dead.
        risen_dead = [v for s in about if toll_rises(s) and (v := risen_victims(s))
                      and any(tells_wounded(o) for o in about if o != s)]
        if risen_dead:
            return max(risen_dead)
        return None if None in counts else 0
    # "قتل ستة مدنيين ..." then "ارتفع عدد الضحايا إلى 9": the victims of an attack whose
    # dead were told, counted again as the toll rises, are its dead (told alone, "ضحايا"
    # count the wounded too and give no toll).
    first_dead = min(about.index(s) for _, s in known)
    most = max(c for c, _ in known)
    risen = [v for k, s in enumerate(about) if k > first_dead and not counts[k]
             and toll_rises(s) and (v := risen_victims(s)) and v >= most]
    if len({c for c, _ in known}) == 1 and not risen:
        return known[0][0]  # one figure, however often told
    # (a headline naming no place, "ارتفاع حصيلة يوم أمس إلى 97 قتيلاً في سوريا", totals
    # the day even as it rises: no update of this event's toll)
    updates = [c for c, s in known if toll_rises(s) and (
        s != headline or s == det.evidence or here is None or here(s))] + risen
    if updates:
        return min([max(updates), *_rival_totals_after_rise(about, known)])
    own = [(c, s) for c, s in known if s == det.evidence or not (elsewhere and elsewhere(s))]
    own = [(c, s) for c, s in own if s != headline or s == det.evidence
           or here is None or here(s)] or own or known
    best = max(c for c, _ in own)
    # One victim named on their own ("قتل الشيخ ... في الانفجار") is no rival figure.
    # Nor is a sentence that already took the lower of two sources' figures ("قتل 17 ...
    # فيما وثق المرصد مقتل 14"): its 14 competes with the headline's 17.
    rivals = [c for c, s in own if (c > 1 or s == det.evidence)
              and (_rival_report(s) or rival_reconciled(s))
              and not _civilians_of_mixed_dead(s, det.evidence)]
    # A rival figure of the toll competes with the evidence's own ("قتل سبعة ..." then "وقال
    # المرصد إن عدد القتلى بلغ تسعة": seven), else with the largest other one. (A rival that
    # counts a group, "استشهاد أربعة من عناصر الشرطة", may be other dead than the evidence's.)
    totals = any(_names_toll(s) for c, s in own if c in rivals and s != det.evidence)
    told = next((c for c, s in own if s == det.evidence and c > 1), best) if totals else best
    # "قتل متظاهران ..." then "بينما تحدث المرصد عن ثلاثة قتلى": a rival figure that is the
    # largest competes with the largest of the others, not with itself.
    plain = [c for c, s in own if s == det.evidence or not (
        _rival_report(s) or rival_reconciled(s))]
    # (one dead is often a victim named, and a rival that counts a group, "أربعة من عناصر
    # الشرطة", may be other dead: no rival count of the toll, ranks kept)
    if not totals and plain and max(plain) > 1 and told in rivals and told not in plain \
            and not any(_counts_group(s) for c, s in own if c == told):
        told = max(plain)
    # "ما أسفر عن مقتل تسعة أشخاص" then each side's source counting its own men ("مؤكداً
    # مقتل اثنين من عناصرها"، "وقال إن أربعة من المسلحين الموالين قتلوا"): parts of the
    # lead's total, not rival figures of it, while together they stay within it.
    parts = [(c, s) for c, s in own if s != det.evidence and _counts_group(s)]
    lead = next((c for c, s in own if s == det.evidence), 0)
    grouped = {s for _, s in parts}
    if len(parts) >= 2 and lead > max(c for c, _ in parts) \
            and sum(c for c, _ in parts) <= lead \
            and all(s in grouped for c, s in own if c in rivals and s != det.evidence):
        return lead
    return min([told, *rivals])


def _another_kind(det: Detection, sentence: str) -> bool:
    """Whether ``sentence`` tells another kind of violence than the event's (shelling after
    air strikes, told by its artillery words; a vague "القصف" is the same bombardment)."""
    kind = violence_in(sentence)
    return kind is not None and kind != det.sub_event_type and (
        (det.sub_event_type, kind) not in _SAME_BOMBARDMENT
        or _ARTILLERY.search(sentence) is not None)


def _rival_totals_after_rise(about: list[str], known: list[tuple[int, str]]) -> list[int]:
    """The figures of the toll that another source gives after a toll rose ("ارتفعت الحصيلة
    إلى 72 ..." then "في المقابل، قالت مديرية الصحة إن عدد القتلى يتراوح بين 70 و100"):
    reports that differ, of which ACLED keeps the most conservative. Not a figure told as
    the earlier count ("وكانت الوزارة قد أعلنت أن عدد القتلى 25"; EARLIER_FIGURE)."""
    rose = next((k for k, s in enumerate(about) if toll_rises(s)), None)
    if rose is None:
        return []
    return [c for c, s in known if about.index(s) > rose and not toll_rises(s)
            and _rival_report(s) and _names_toll(s)
            and _EARLIER_FIGURE.isdisjoint(tokens(s))]


def _headline_only(det: Detection, sentences: list[str], recalled: frozenset[int]) -> bool:
    """"وفاة مزارع متأثراً بجراحه بعد انفجار لغم" over a lead that tells the wounded only: when
    no sentence of the body counts the event's dead, its toll is the headline's, and a
    headline gives the latest count; a wounded man who died, told later in the body, is
    the headline's dead, no one more."""
    return not any(count_deaths(sentences[i]) for i in {det.sentence, *det.about}
                   if i > 0 and i not in recalled)


def _neutralises(sentence: str) -> bool:
    """"تحييد ستة مسلحين"، "القضاء على 27 إرهابياً": a count of the enemy a side neutralised
    (``pipeline.rules.tolls.NEUTRALISED``), or by the enemy's name ("مقتل 14 إرهابياً",
    ``ENEMY_COUNTED``)."""
    return any(w in _NEUTRALISED or _SIDE_CLITICS.stem(w) in _NEUTRALISED
               or w in _ENEMY_COUNTED for w in tokens(sentence)) and bool(count_deaths(sentence))


def _own_martyrs(sentence: str) -> bool:
    """"وأضافت أن جندياً استشهد": a count of a side's own dead, told as martyrs, in a sentence
    that neutralises no one, gives no total and tells no rise (``OWN_MARTYRS``)."""
    words = tokens(sentence)
    return any(_SIDE_CLITICS.stem(w).startswith(_OWN_MARTYRS) for w in words) \
        and not _neutralises(sentence) and not toll_rises(sentence) \
        and not _names_toll(sentence) and bool(count_deaths(sentence))


def _side_losses(sentence: str) -> bool:
    """"وخسرت الكتائب المهاجمة أربعة من مقاتليها"، "فقدت الوحدة ثلاثة من عناصرها": a sentence
    opening with a word of LOST that counts a force's own men (LOST_RANKS, with its pronoun)."""
    words = tokens(sentence)
    return bool(words) and words[0] in _LOSES and any(
        w.startswith(_RANKS_LOST) and w not in _RANKS_LOST for w in words[1:8]) \
        and bool(count_deaths(sentence))


_REPLIED = frozenset(normalize(w) for w in REPLIED)
_REPLY_OF_THEM = frozenset(normalize(w) for w in REPLY_KILLED_OF_THEM)
_REPLY_KILLED_ARMED = sieved(
    r"(?<!\S)و?(?:" + alternation(normalize(w) for w in REPLY_KILLED_ARMED) + ")")


@lru_cache(maxsize=4096)
def _reply_killed(sentence: str) -> bool:
    """"وردت القوة على مصدر النيران، ما أسفر عن مقتل اثنين من المسلحين": armed men killed
    in the reply of a force attacked (``REPLIED`` before a result clause naming them,
    ``REPLY_KILLED_ARMED``), the other side's dead; no source's total or rising toll.
    (Cached: the toll passes ask it of the same sentences.)"""
    result = _RESULT.search(sentence)
    if result is None:
        return False
    if not any(w.removeprefix("و").removeprefix("ف") in _REPLIED
               for w in tokens(sentence[:result.start()])):
        return False
    # ("اشتبكوا مع المهاجمين، ما أسفر عن مقتل اثنين منهم": the armed men named before;
    # not those of a later clause, "..., في حين انسحب المسلحون": the dead are the force's)
    cuts = _clause_cuts(sentence)
    result_clause = sentence[result.end():cuts[_clause_index(cuts, result.end()) + 1]]
    named = _REPLY_KILLED_ARMED.search(normalize(result_clause)) or (
        not _REPLY_OF_THEM.isdisjoint(tokens(result_clause))
        and _REPLY_KILLED_ARMED.search(normalize(sentence[:result.start()])))
    if not named:
        return False
    return bool(count_deaths(sentence[result.start():])) \
        and not toll_rises(sentence) and not _names_toll(sentence)


_ROUND_UP_TOTAL = tuple(normalize(p) for p in ROUND_UP_TOTAL)
_LIST_ANNOUNCED = tuple(normalize(p) for p in LIST_ANNOUNCED)
_LIVE_UPDATE = normal_forms(LIVE_UPDATE)
_HIGHLIGHTED = sieved(r"(?<!\S)و?(?:" + alternation(normalize(p) for p in HIGHLIGHTED) + ")")


def _live_update(sentence: str) -> bool:
    """A breaking item's update line: "تحديث 02:40: ..." (``LIVE_UPDATE``)."""
    words = tokens(sentence[:12])
    return bool(words) and words[0] in _LIVE_UPDATE


def _round_up_total(sentence: str) -> bool:
    """Whether a sentence totals a round-up's dead over several areas ("مقتل 11 شخصاً في
    مناطق مختلفة"; ``ROUND_UP_TOTAL``)."""
    folded = normalize(sentence)
    return any(p in folded for p in _ROUND_UP_TOTAL)


def _names_toll(sentence: str) -> bool:
    """"إن عدد القتلى بلغ تسعة"، "الحصيلة": a word of TOLL_TOTALS before a noun of the dead
    (or "الحصيلة" alone)."""
    words = tokens(sentence)
    return any(w in _TOTAL_WORDS and (w == "الحصيله" or " ".join(words[k + 1:k + 2])
                                      in _TOLL_NOUNS) for k, w in enumerate(words))


def _counts_both_sides(sentence: str) -> bool:
    """"سبعة قتلوا مقابل ثلاثة من عناصر القوات": a count of each side, joined by a word of
    COUNTERPART."""
    return bool(count_deaths(sentence)) and not _COUNTERPART_WORDS.isdisjoint(tokens(sentence))


def _other_side(sentence: str) -> bool:
    """A sentence opening with "في المقابل" (``COUNTERPART_OPENERS``)."""
    return not _COUNTERPART_OPENERS.isdisjoint(tokens(sentence[:30])[:3])


def _group_of(sentence: str) -> frozenset[str]:
    """The group whose dead a sentence counts first: "ستة عناصر من قوات النظام" ->
    {قوات, نظام}; empty when no count names its group ("قتل ستة أشخاص")."""
    words = tokens(sentence, split_digits=True)
    for k in range(len(words)):
        found = number_at(words, k)
        if found is None:
            continue
        j = found[1]
        of = j if words[j:j + 1] == ["من"] else j + 1 if words[j + 1:j + 2] == ["من"] else None
        if of is not None:
            if words[of + 1:of + 2] and _GROUP_CLITICS.stem(words[of + 1]) in _FAMILY:
                return frozenset()  # "أربعة شبان من عائلة واحدة": kin, no side
            return _named_group(words[of + 1:of + 4])
    # "وفي صفوف الفصائل، قتل أربعة مقاتلين": the ranks named
    ranks = next((k for k, w in enumerate(words) if _GROUP_CLITICS.stem(w) == "صفوف"), None)
    if ranks is not None:
        return _named_group(words[ranks + 1:ranks + 4])
    return frozenset()


def _named_group(words: list[str]) -> frozenset[str]:
    """The words that name a group, without the clitics and the generic ones ("عناصر قوات
    النظام" -> {نظام})."""
    return frozenset(stem for w in words if (stem := _GROUP_CLITICS.stem(w)) not in _GROUP_GENERIC
                     and w not in _GROUP_GENERIC)


def _other_group(sentence: str, group: frozenset[str]) -> bool:
    """A sentence counting the dead of another group than ``group`` (a source's too: "وقال
    المرصد إن أربعة من مقاتلي الفصائل قتلوا" after soldiers counted), no rising toll, no
    total ("عدد القتلى"), no part of the dead ("بينهم")."""
    if not count_deaths(sentence) or toll_rises(sentence) or _names_toll(sentence):
        return False
    if not _LIST_WORDS.isdisjoint(tokens(sentence)):
        return False
    other = _group_of(sentence)
    return bool(other) and other.isdisjoint(group)


def _counts_group(sentence: str) -> bool:
    """"مقتل اثنين من عناصر الحرس"، "أربعة من المسلحين الموالين قتلوا": a count of the
    dead "of" a named group."""
    words = tokens(sentence, split_digits=True)
    return any((found := number_at(words, k)) is not None and words[found[1]:found[1] + 1]
               == ["من"] for k in range(len(words)))


def _died_of_wounds(clause: str) -> bool:
    """"متأثراً بجراحه": the clause tells one who died of his wounds
    (``pipeline.rules.tolls.DIED_OF_WOUNDS``)."""
    return any(w.removeprefix("و").startswith(_DIED_OF_WOUNDS) for w in tokens(clause))


def _counts_no_side(sentence: str) -> bool:
    """"استقبل المشفى 15 جثة": the sentence's toll counts bodies or people, no side's men
    (``pipeline.rules.tolls.COUNTED_BY_NO_SIDE``)."""
    told = count_deaths(sentence)
    words = tokens(sentence, split_digits=True)
    return bool(told) and any(
        (found := number_at(words, k)) is not None and found[0] == told
        and words[found[1]:found[1] + 1] != [] and words[found[1]] in _NO_SIDE
        for k in range(len(words)))


def _civilian_word(word: str) -> bool:
    return any(word.startswith(c) and word[len(c):].startswith(_CIVILIAN_DEAD)
               for c in _CIVILIAN_CLITICS)


def _armed_word(word: str) -> bool:
    return word.removeprefix("و").removeprefix("ال").startswith(_ARMED_DEAD)


def _civilians_of_mixed_dead(sentence: str, evidence: str) -> bool:
    """"وتحدثت مصادر عن ثلاثة قتلى مدنيين" after "مقتل خمسة أشخاص، بينهم عنصران من الشرطة":
    a source's count of the civilians among dead that include armed men is a part of the
    toll, no rival figure of it (``pipeline.rules.tolls.ARMED_DEAD``)."""
    if sentence == evidence:
        return False
    words = tokens(sentence)
    if not any(_civilian_word(w) for w in words) or any(_armed_word(w) for w in words):
        return False
    # (the breakdown ends at its clause's mark: "بينهم طفلان، في اشتباكات بين مسلحين ...")
    for part in _BREAKDOWN_END.split(evidence):
        told = tokens(part)
        if any(w in _AMONG and any(_armed_word(v) for v in told[k + 1:k + 1 + MIXED_DEAD_REACH])
               for k, w in enumerate(told)):
            return True
    return False


def _civilians_again(sentence: str, about: list[str]) -> bool:
    """"في المقابل، قالت الإدارة إن طفلاً ورجلاً قتلا" after "مقتل مدنيين اثنين": the other
    party's account of the civilians already counted (their figure told before), not the
    other side's dead (``pipeline.rules.tolls.CIVILIAN_DEAD``)."""
    told = count_deaths(sentence)
    if not told or told not in {count_deaths(s) for s in about if s != sentence}:
        return False
    return any(w.startswith(c) and w[len(c):].startswith(_CIVILIAN_DEAD)
               for w in tokens(sentence) for c in _CIVILIAN_CLITICS)


# English copy: a source's own figure ("The monitor said nine people died"), no part
# of the dead ("three medics were among those killed") and no total of the war ("since").
_LOSES = normal_forms(LOST)
_RANKS_LOST = tuple(normalize(r) for r in LOST_RANKS)
_EN_WORDS = re.compile(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}")
_EN_SAID = re.compile(r"\b(?:said|says|reported|according\s+to|put\s+the\s+toll)\b", re.I)
_EN_ALSO = re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+also\s+(?:killed|shot\s+dead)"
                      r"|\balso\s+died\b", re.I)
_EN_PART = re.compile(r"\b(?:among|since|earlier|initial)\b", re.I)


def _en_also(sentence: str) -> bool:
    """"Four militants were also killed": more dead, of the other side, told in English."""
    return bool(_EN_ALSO.search(sentence)) and (count_deaths(sentence) or 0) > 0


def _also_killed(sentence: str, told: int | None = None) -> bool:
    """"كما قتل مسلحان من أبناء البلدة": a sentence opening with a word of ADDITIVE, or one
    that counts its dead as others ("وتسبب الانفجار بمقتل ثلاثة أشخاص آخرين"; OTHERS_COUNTED),
    that counts more dead, no source's own figure, no rising toll and no total. (Not others
    who, with the one named, make the count ``told`` already: "وقتل المحامي مع شخصين آخرين"
    after "قتل ثلاثة أشخاص بينهم المحامي" retells the same three.)"""
    words = tokens(sentence[:20])
    dead = count_deaths(sentence)
    if not words or not dead or (words[0] not in _ADDITIVE and (
            not _others_counted(sentence, dead) or dead + 1 == told)):
        return False
    # ("كما قتل رجل ... في مدينة نوى": a town named by its place noun, with no article,
    # makes it another incident of a round-up; "أبناء البلدة" is the town already told)
    every = tokens(sentence)
    return not any(w in _PLACE_NOUNS or (w[:1] in ("و", "ب", "ل") and w[1:] in _PLACE_NOUNS)
                   for w in every) \
        and not _rival_report(sentence) and not toll_rises(sentence) \
        and not _names_toll(sentence)


def _others_counted(sentence: str, dead: int) -> bool:
    """Whether the ``dead`` that ``sentence`` counts are counted as others: a word of
    OTHERS_COUNTED right after a number of that value ("مقتل 3 آخرين"), after a number and its
    noun of persons ("ثلاثة أشخاص آخرين") or after a dual noun ("شخصين آخرين")."""
    words = tokens(sentence)
    for i in range(1, len(words)):
        if words[i] not in _OTHERS_COUNTED:
            continue
        before = words[i - 1]
        if person_count(before) == dead > 1 and not _wounded_before(words, i - 1):
            return True
        for k in (i - 1, i - 2, i - 3):
            found = number_at(words, k) if k >= 0 else None
            if found is not None and found[0] == dead and (
                    found[1] == i or (found[1] == i - 1 and people_noun(before))) \
                    and not _wounded_before(words, k):
                return True
    return False


def _wounded_before(words: list[str], k: int) -> bool:
    """Whether a word of INJURY stands in the few words before ``words[k]`` ("وإصابة ثلاثة
    آخرين"، "وأصيب في الانفجار ثلاثة أشخاص آخرون"): those others are the wounded."""
    return any(w in _INJURY or w[1:] in _INJURY for w in words[max(0, k - 4):k])


def _en_rival(sentence: str) -> bool:
    """An English sentence that gives a source's own count of the dead."""
    return bool(_EN_SAID.search(sentence)) and not _EN_PART.search(sentence) \
        and (count_deaths(sentence) or 0) > 1


def _rival_report(sentence: str) -> bool:
    """A source's own figure: a reporting verb among the first words, no part of the dead
    detailed ("فيما قتل ثالث") and no earlier incident recalled ("على خلفية اغتيال")."""
    if _EN_WORDS.search(sentence) and not re.search(r"[\u0600-\u06FF]", sentence):
        return bool(_EN_SAID.search(sentence)) and not _EN_PART.search(sentence)
    words = tokens(sentence)
    opening = {w[1:] if w[:1] in ("و", "ف") else w for w in words[:RIVAL_WITHIN]}
    # ("فيما قالت وكالة رسمية إن 8 قتلوا": a marker that opens a source's words is no part)
    # ("فيما تتواصل المعارك": a marker whose clause tells no death details no part of them)
    return bool(opening & _RIVAL_SOURCES or set(words[:RIVAL_WITHIN]) & _RIVAL_SOURCES) \
        and not any(w in _PART_MARKERS and not _INJURY.intersection(words[k + 1:k + 3])
                    and _RIVAL_SOURCES.isdisjoint(words[k + 1:k + 2])
                    and (w not in _PART_ONLY or count_deaths(" ".join(words[k + 1:])) != 0)
                    for k, w in enumerate(words))


def _counter_version(sentence: str) -> bool:
    """"في المقابل، ذكرت الوكالة أن ...": a sentence opening with a counterpart word and a
    source's words tells that source's version."""
    return _other_side(sentence) and _rival_report(sentence)


_GAPS = sorted(REGION_OF_TOWN_GAP, key=len, reverse=True)
_REGION_OF_TOWN_GAP = re.compile(rf"^\s*(?:{'|'.join(re.escape(g) for g in _GAPS)})\s*$")


def _region_of_town(m: PlaceMention, mentions: list[PlaceMention], sentence: str) -> bool:
    """"محور ربيعة في جبل التركمان": a district or region right after a town
    (``REGION_OF_TOWN_GAP``) is the area the town lies in."""
    return m.place.level <= 2 and any(
        o.place.level >= 3 and o.end <= m.start
        and _REGION_OF_TOWN_GAP.match(sentence[o.end:m.start]) is not None for o in mentions)


def _distinct(mentions: list[PlaceMention], primary_pcode: str | None,
              sentence: str = "") -> list[PlaceMatch]:
    """Places other than the primary's; "انخل في ريف درعا" is one place, not two, and so is
    "في ريف منبج قصفت مسيّرة شاحنة على مشارف قرية X": the countryside of a town
    locates the village named with it, and is no scene of its own."""
    out: list[PlaceMatch] = []
    seen = {primary_pcode}
    cuts = _clause_cuts(sentence)
    for m in mentions:
        if any(contains(m.place, other.place) for other in mentions) \
                or (sentence and _region_of_town(m, mentions, sentence)):
            continue
        if m.marker in COUNTRYSIDE and any(
                o.place.pcode != m.place.pcode and o.place.level >= 3
                and o.marker not in COUNTRYSIDE
                and _clause_index(cuts, o.start) == _clause_index(cuts, m.start)
                for o in mentions):
            continue
        if m.place.pcode not in seen:
            seen.add(m.place.pcode)
            out.append(as_match(m))
    return out


def _another_quarter(mentions: list[PlaceMention], primary: Event) -> list[PlaceMatch]:
    """"غارات على حي الفردوس في حلب" then "وفي حي بستان القصر، قتل شخصان بغارة": a quarter of
    the primary's city other than the quarter the primary's sentence names is a scene of its
    own, though both are coded at the city."""
    if not _QUARTER_NAMED.search(primary.evidence):
        return []
    return [as_match(m) for m in mentions
            if m.marker in QUARTER and m.place.pcode == primary.place_pcode
            and m.surface.strip() not in primary.evidence][:1]


def _told_past_recall(det: Detection, recalled: frozenset[int],
                      sentences: list[str]) -> Detection | None:
    """A primary whose first telling in the body is a recall ("جاء اتفاق موسكو بعد حملة
    ... وما تبعها من معارك") over a later sentence telling its kind that is not one
    ("واندلعت مساء أمس أول مواجهة برية منذ سريان الاتفاق"): the article opens with its
    background, and the incident is told there, the later sentence its evidence."""
    later = [i for i in det.about if i > det.sentence and i not in recalled]
    if det.sentence < 2 or not later:
        return None
    return replace(det, sentence=later[0], evidence=sentences[later[0]])


def _by_the_same_hand(event: Event, primary: Event) -> Event:
    """A further place of the article's violence told by a sentence that names no doer
    ("استشهد ثلاثة في الدرباسية حين سقطت قذائف", "وطالت غارات أخرى قرى ...") was hit by
    the side the article's incident names, as an analyst reading the article codes it."""
    if event.event_type != primary.event_type:
        return event
    if event.actor1 in (None, UNIDENTIFIED) and primary.actor1 not in (None, UNIDENTIFIED) \
            and primary.actor1 != event.actor2:
        event = replace(event, actor1=primary.actor1, assoc_actor_1=primary.assoc_actor_1,
                        inter1=primary.inter1)
    if event.actor2 is None and primary.actor2 is not None and primary.actor2 != event.actor1:
        # ... and on the same side: "ضحايا في صفوف المدنيين" said once for all the towns
        event = replace(event, actor2=primary.actor2, assoc_actor_2=primary.assoc_actor_2,
                        inter2=primary.inter2)
    return replace(event, interaction=interaction(event.inter1, event.inter2))


def _event(det: Detection, place: PlaceMatch | None, date: str | None,
           deaths: int | None, actor_text: list[str], confidence: float) -> Event:
    # Roles from the evidence (the last text), the headline only filling gaps.
    actors = code_actors(det.event_type, det.sub_event_type, actor_text[-1], actor_text[:-1],
                         date, place.admin1_pcode if place else None)
    if det.sub_event_type == _ATTACK and actors.inter2 in ARMED_INTER:
        det = replace(det, sub_event_type=_CLASH)  # armed men hit: a fight, not an attack
        actors = code_actors(det.event_type, det.sub_event_type, actor_text[-1],
                             actor_text[:-1], date, place.admin1_pcode if place else None)
    return Event(
        event_type=det.event_type,
        sub_event_type=det.sub_event_type,
        date=date,
        admin1_pcode=place.admin1_pcode if place else None,
        place_pcode=place.place.pcode if place else None,
        place_name=place.name if place else None,
        latitude=place.lat if place else None,
        longitude=place.lon if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=deaths,
        ceasefire_breach=det.breach,
        actor1=actors.actor1,
        actor2=actors.actor2,
        confidence=round(confidence, 3),
        evidence=det.evidence,
        assoc_actor_1=actors.assoc_actor_1,
        assoc_actor_2=actors.assoc_actor_2,
        inter1=actors.inter1,
        inter2=actors.inter2,
        interaction=actors.interaction,
    )
