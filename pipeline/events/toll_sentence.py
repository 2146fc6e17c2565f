"""Death tolls in one Arabic sentence, read as ACLED counts them.

``sentence_toll`` reads the normalised words of a sentence (``language.tokens.tokens(...,
split_digits=True)``): who was killed after a death word ("مقتل 15"، "قتلت الطائرات ... 20
مدنيا"), before it ("4 قتلى"، "15 شخصا قتلوا"), and a toll that rises or reaches a figure
("ارتفع عدد القتلى إلى 11"، "ارتفع إلى 6 ... عدد الشهداء"، "بلغت حصيلة القتلى 20"). Counts
joined in the sentence add up; a second source's figure competes and the lower one stands.

Deaths only: a figure shared with the wounded ("45 قتيل وجريح"، "مقتل وإصابة 40") or
"victims" ("سقوط ضحايا") counts nobody; a range gives its lower bound ("بين 5 و7"); a number
that is a year, a date, an age, a calibre, a unit's number, an hour or a distance is never
a count; a sentence totalling a period or recalling earlier deaths counts nobody. The word
lists are data, in ``pipeline.rules.tolls``.
"""

from __future__ import annotations

from functools import lru_cache

from language.calendar import MONTHS, WEEKDAYS
from language.normalize import normal_forms, normalize
from language.numbers import HUNDREDS, TENS, THOUSANDS, UNITS, number_at
from language.tokens import Proclitics
from pipeline.rules import tolls

__all__ = ["attacker_deaths", "lowered_by_rival", "people_noun", "person_count", "sentence_toll",
           "toll_update", "victims_update", "wounded_told"]

# The lists of pipeline.rules.tolls in their matching form; duals and singulars derived.
_PERSONS = normal_forms(tolls.PERSONS)
_DUALS = {f"{stem[:-1]}ت{end}" if stem.endswith("ه") else f"{stem}{end}": stem
          for stem in _PERSONS for end in ("ان", "ين")}
_DUALS.update({f"{stem}ان": stem for stem in normal_forms(tolls.DUAL_IN_AN)})
_KIN = frozenset(f"{k}{p}" for k in normal_forms(tolls.KIN) for p in tolls.KIN_PRONOUNS)
_SINGULARS = _PERSONS | {f"{p}ا" for p in _PERSONS} | normal_forms(tolls.NISBA) | _KIN
_PLURAL_PERSONS = normal_forms(tolls.PLURAL_PERSONS)
_VAGUE = normal_forms(tolls.VAGUE)
_VAGUE_REACH = tolls.VAGUE_REACH
_HEDGES = normal_forms(tolls.HEDGES)
_CAUSE_BETWEEN = normal_forms(tolls.MARTYRED_CAUSE_BETWEEN)
_ON = normalize("على")
_FORWARD = normal_forms(tolls.FORWARD)
_MARTYRED = normal_forms(tolls.MARTYRED)
# (verbs that count only people named right after them, indefinite)
_NAMED_AFTER = _MARTYRED | normal_forms(tolls.DIED_IF_NAMED)
_VERB_AFTER = normal_forms(tolls.VERB_AFTER)
_FILLERS = normal_forms(tolls.FILLERS)
_BACKWARD = normal_forms(tolls.BACKWARD)
_DEAD_TWO = normal_forms(tolls.DEAD_TWO)
_DEAD_ONE = normal_forms(tolls.DEAD_ONE)
_RISING = tuple(normal_forms(tolls.RISING))
_RISES_TO = normal_forms(tolls.RISES_TO)
_IN_ADDITION = normal_forms(tolls.IN_ADDITION)
_COMPOSED_OF = normal_forms(tolls.COMPOSED_OF)
_IN_ADDITION_TO = normal_forms(tolls.IN_ADDITION_TO)
_ALONGSIDE = (normalize(tolls.ALONGSIDE[0]), normalize(tolls.ALONGSIDE[1]))
_EXECUTED_CAPTIVES = normal_forms(tolls.EXECUTED_CAPTIVES)
_NEGATIONS = normal_forms(tolls.NEGATIONS)
_NEGATED_HEDGES = normal_forms(tolls.NEGATED_HEDGES)
_NEGATION_ENDS = normal_forms(tolls.NEGATION_ENDS)
_LIKELY = normal_forms(tolls.LIKELY)
_GENERIC = normal_forms(tolls.GENERIC)
_INJURY = normal_forms(tolls.INJURY)
_LIST_STOP = normal_forms(tolls.LIST_STOP)
_DEAD_AMONG_CASUALTIES = normal_forms(tolls.DEAD_AMONG_CASUALTIES)
_DIED_OF_WOUNDS = tuple(normal_forms(tolls.DIED_OF_WOUNDS))
_RISE_BY_BODIES = normal_forms(tolls.RISE_BY_BODIES)
_ONE_OF_THEM = normal_forms(tolls.ONE_OF_THEM)
_CLAUSE_STOP = normal_forms(tolls.CLAUSE_STOP)
_VICTIMS = normal_forms(tolls.VICTIMS)
# The words before a noun of the dead that make it a toll ("عدد الضحايا"، "حصيلة الضحايا").
_TOLL_TOTALS = normal_forms(tolls.TOLL_TOTALS)
_WOUNDED = normal_forms(tolls.WOUNDED)
_OTHER_HARMS = normal_forms(tolls.OTHER_HARMS)
_WOUNDED_FORMS = frozenset(f"{c}{w}" for c in ("", "ال") for w in _WOUNDED)
_OTHER_HARMS_FORMS = frozenset(f"{c}{w}" for c in ("", "ال") for w in _OTHER_HARMS)
_MET_DEATH = normal_forms(tolls.MET_DEATH)
_FELL_BETWEEN = normal_forms(tolls.FELL_BETWEEN)
_SINCE_START = tuple(normalize(w) for w in tolls.SINCE_START)
_DAY_WORDS = normal_forms(tolls.DAY_WORDS)
_ALONE = normal_forms(tolls.ALONE)
_FELL_OWNED = tuple(sorted(normal_forms(tolls.FELL_OWNED), key=len, reverse=True))
_DUAL_VERBS = normal_forms(tolls.DUAL_VERBS)
_ACTIVE = normal_forms(tolls.ACTIVE)
_NUMBERED = normal_forms(tolls.NUMBERED)
_UNITS_AFTER = normal_forms(tolls.UNITS_AFTER)
_SINCE = normal_forms(tolls.SINCE)
_PERIOD_START = normal_forms(tolls.PERIOD_START)
_STATISTICS = normal_forms(tolls.STATISTICS)
_REPORTED = normal_forms(tolls.REPORTED)
_SAME_SOURCE = normal_forms(tolls.SAME_SOURCE)
_ATTRIBUTION = normal_forms(tolls.ATTRIBUTION)
_ELIMINATED = normal_forms(tolls.ELIMINATED)
_ELIMINATED_BETWEEN = normal_forms(tolls.ELIMINATED_BETWEEN)
_ELIMINATED_BY = normal_forms(tolls.ELIMINATED_BY)
_TIME_BETWEEN = normal_forms(tolls.TIME_BETWEEN) | frozenset(WEEKDAYS)
_CONSTRUCT_PLACES = normal_forms(tolls.CONSTRUCT_PLACES)
_WIPED_OUT = normal_forms(tolls.WIPED_OUT)
_PUT_FIRST = normal_forms(tolls.PUT_FIRST)
_RELATIVES = normal_forms(tolls.RELATIVES)
_DURING = normal_forms(tolls.DURING)
_PERIODS = normal_forms(tolls.PERIODS)
_AFTER = normal_forms(tolls.AFTER)
_SPANS = normal_forms(tolls.SPANS) | _UNITS_AFTER
_PART_OF = normal_forms(tolls.PART_OF)
_HEDGES_AFTER = normal_forms(tolls.HEDGES_AFTER)
_REACHES = normal_forms(tolls.REACHES)
_SPENT = normal_forms(tolls.SPENT)
_RULED = tuple(normal_forms(tolls.RULED))
_RULED_WORDS = normal_forms(tolls.RULED_WORDS)
_MONTH_NAMES = frozenset(MONTHS)
_PRONOUN_DEATHS = normal_forms(tolls.PRONOUN_DEATHS)
_PRONOUN_COUNTS = tuple(sorted(tolls.PRONOUN_COUNTS.items(), key=lambda kv: -len(kv[0])))
_FELL = normal_forms(tolls.FELL)
_FELL_NOT_KILLED = normal_forms(tolls.FELL_NOT_KILLED)
_LIFE_WITH_PRONOUN = normalize(tolls.LIFE_WITH_PRONOUN)
_RISEN_NUMBER = normal_forms(tolls.RISEN_NUMBER)
_TOOK_LIFE = tuple(normal_forms(tolls.TOOK_LIFE))
_LEFT_LIFE = normal_forms(tolls.LEFT_LIFE)
_LEFT_LIFE_TWO = normal_forms(tolls.LEFT_LIFE_TWO)
_LEFT_LIFE_MANY = normal_forms(tolls.LEFT_LIFE_MANY)
_LOST = normal_forms(tolls.LOST)
_LOSSES = normal_forms(tolls.LOSSES)
_HUMAN = normal_forms(tolls.HUMAN)
_HUMAN_AFTER_IN = normal_forms(tolls.HUMAN_AFTER_IN)
_LOSS_SIZE = normal_forms(tolls.LOSS_SIZE)
_LOST_NOT = normal_forms(tolls.LOST_NOT)
_LAST_BREATH = normal_forms(tolls.LAST_BREATH)
_LAST_BREATH_TWO = normal_forms(tolls.LAST_BREATH_TWO)
_BREATH = tuple(normal_forms(tolls.BREATH))
_RANGES = normal_forms(tolls.RANGES)
_COUNTERPART = normal_forms(tolls.COUNTERPART)
_ANOTHER_CLAUSE = normal_forms(tolls.ANOTHER_CLAUSE)
_EARLIER_DAYS = normal_forms(tolls.CUMULATIVE_SINCE) | frozenset(WEEKDAYS)
_ANOTHER_PERSON = normal_forms(tolls.ANOTHER_PERSON)
_BODIES = normal_forms(tolls.BODIES)
_BODIES_TWO = normal_forms(tolls.BODIES_TWO)
_LIFE = normal_forms(tolls.LIFE)
_TOOK_LIVES = tuple(normal_forms(tolls.TOOK_LIVES))
_LIVES = normal_forms(tolls.LIVES)
_FELL_VICTIM = normal_forms(tolls.FELL_VICTIM)
_FAMILY = normal_forms(tolls.FAMILY)
# "قضت امرأة مع طفلها"، "قتل رجل برفقة ابنيه": "with" joins the dead's kin as "و" does.
_WITH_KIN = normal_forms(tolls.WITH_KIN)
_KIN_DUALS = frozenset(f"{k}{p}" for k in normal_forms(tolls.KIN_DUAL_STEMS)
                       for p in tolls.KIN_PRONOUNS)
_KIN_PLURALS = frozenset(f"{k}{p}" for k in normal_forms(tolls.KIN_PLURALS)
                         for p in tolls.KIN_PRONOUNS)
_LOST_RANKS = frozenset(f"{k}{p}" for k in normal_forms(tolls.LOST_RANKS)
                        for p in (*tolls.KIN_PRONOUNS, "هم"))
_CAUSE_OF = normal_forms(tolls.CAUSE_OF) | normal_forms(tolls.ACCUSED_OF)
_CAUSE_ONLY = normal_forms(tolls.CAUSE_OF)
_PLURAL_END = ("ين", "ون", "ات")
# A person in the accusative ("شابا"، "راعيا"، "مدنيا"): the one an active verb killed.
_ONE_OBJECT = frozenset(w for w in _SINGULARS if w.endswith("ا"))
# "مختار إحدى القرى"، "سائق أحد الباصات": a singular in construct with "one of".
_ONE_OF = frozenset({"احدي", "احد"})
_NISBA_ACCUSATIVE = frozenset(f"{n}ا" for n in normal_forms(tolls.NISBA))  # "مدنيا"
# The proclitic chains a word of these lists may carry in the text ("بالفرقة"، "والجرحى").
_CHAINS = ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "ول", "وب", "فب")


def _forms(words: frozenset[str]) -> frozenset[str]:
    """Each word with each chain before it: one set lookup per word of the text finds
    "والجرحى", where stripping clitics word by word would cost a loop (speed target)."""
    return frozenset(chain + word for chain in _CHAINS for word in words)


_NUMBERED_FORMS = _forms(_NUMBERED)
_BODIES_FORMS = _forms(_BODIES)
_BODY_NOUNS = normal_forms(tolls.BODY_NOUNS)
_WIPED_OUT_FORMS = _forms(_WIPED_OUT)
_KILLED_HOW = normal_forms(tolls.KILLED_HOW)
_UNITS_FORMS = _forms(_UNITS_AFTER)
_INJURY_FORMS = _forms(_INJURY)
_RISE_BY_BODIES_FORMS = _forms(_RISE_BY_BODIES)
_REPORTED_FORMS = _forms(_REPORTED)
_VICTIMS_FORMS = _forms(_VICTIMS)
_PERIOD_START_FORMS = _forms(_PERIOD_START)
_PERIODS_FORMS = _forms(_PERIODS)
_MONTH_PART = normal_forms(tolls.MONTH_PART)
_MONTH = normal_forms(tolls.MONTH)
_PAST_UNITS = normal_forms(tolls.PAST_UNITS)
_PAST = normal_forms(tolls.PAST)
_GENERIC_FORMS = _forms(_GENERIC)
_ACT_NOUNS = _forms(normal_forms(tolls.ACT_NOUNS))
_EARLIER_FIGURE = normal_forms(tolls.EARLIER_FIGURE)
_OPENS_PERIOD = _SINCE | _DURING | _STATISTICS | _MONTH_PART | _PAST_UNITS

# Words the toll reader knows, which keep their clitics apart: "والعشرين"، "بشخصين".
_KNOWN = (frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(THOUSANDS)
          | frozenset(_DUALS) | _SINGULARS)
_CLITICS = Proclitics(("وال", "بال", "لل", "ال", "و", "ب"))


def _strip(token: str) -> str:
    """Drop a conjunction/preposition and the article: "والعشرين" -> "عشرين"."""
    return _CLITICS.strip(token, _KNOWN)


def person_count(word: str) -> int | None:
    """The people a person noun names by its form: a dual ("شخصين"، "مدنيان") 2, a
    singular ("قتيلا"، "طفل") 1, any other word None."""
    stem = _strip(word)
    if stem in _DUALS:
        return 2
    if stem in _SINGULARS:
        return 1
    return None


def _count_at(words: list[str], j: int) -> tuple[int, int] | None:
    """``number_at``, but only a count of people: "بين 5 و7" is its lower bound (ACLED takes
    the most conservative figure), and a year, date, age, calibre, unit number, hour or
    distance ("عام 2019"، "22 تموز"، "12 عاما"، "الفرقة 25"، "مدفع 57") is no count."""
    if j >= len(words):
        return None
    if words[j] == "بين":
        low = _count_at(words, j + 1)
        if low is None or low[1] >= len(words) or not words[low[1]].startswith("و"):
            return low
        # "بين 5 و7"، "بين ثلاثة وخمسة": the upper bound is read past, never counted
        high = number_at(words, low[1] + 1) if words[low[1]] == "و" else number_at(words, low[1])
        return (low[0], high[1]) if high is not None else low
    found = number_at(words, j)
    if found is None:
        return None
    before = words[j - 1] if j > 0 else ""
    after = words[found[1]] if found[1] < len(words) else ""
    if (before in _NUMBERED_FORMS or before in _MONTH_NAMES or after in _UNITS_FORMS
            or after in _MONTH_NAMES or (words[j] in WEEKDAYS and before in _TIME_BETWEEN)):
        return None  # ("مساء أمس الاثنين عضواً": Monday, not two)
    if words[j].isdigit() and len(words[j]) == 4 and 1900 <= found[0] <= 2100:
        return None  # a year
    return found


def _joined(words: list[str], k: int, harms: frozenset[str]) -> bool:
    """"وجريح"، "و جرحى"، "وإصابة": the death word before ``k`` shares its number with
    another harm, a killed-and-wounded (or abducted) figure. "طفلة قتلت وجرح والدها" is
    no such figure: a person follows."""
    if k >= len(words):
        return False
    word, nxt = words[k], k + 1
    if word == "و" and k + 1 < len(words):
        word, nxt = words[k + 1], k + 2
    elif word.startswith("و") and len(word) > 2:
        word = word[1:]
    else:
        return False
    person = nxt < len(words) and (_strip(words[nxt]) in _SINGULARS
                                   or _strip(words[nxt]) in _KIN)
    return word in harms and not person


def wounded_told(words: list[str]) -> bool:
    """Whether the words tell of wounded people ("ولا يزال أربعة مصابين في المشفى")."""
    return not _INJURY_FORMS.isdisjoint(words)


def _injured_apart(words: list[str], i: int) -> bool:
    """The wounded are counted on their own after ``i`` ("إلى 8 أشخاص و18 مصابا"), or the
    rise is put down to their dying ("بعد وفاة اثنين متأثرين بجراحهما"): the victims are
    the dead, as when it is put down to bodies recovered ("بعد انتشال جثث جديدة")."""
    # ("توفي طفل متأثراً بجراحه ...، ليرتفع عدد ضحايا القصف إلى ثلاثة": the death of
    # wounds told before the rise is its cause too)
    return any(w in _INJURY_FORMS or w in _RISE_BY_BODIES_FORMS
               or w.removeprefix("و").startswith(_DIED_OF_WOUNDS)
               for w in words[i + 1:i + 45]) \
        or any(w.removeprefix("و").startswith(_DIED_OF_WOUNDS) for w in words[:i])


def _periodic(words: list[str]) -> bool:
    """A sentence totalling a period ("منذ مطلع العام"، "الإحصاءات" unless the toll rises,
    "خلال أسبوع") or
    dated before the incident ("منتصف الشهر") reports no incident's toll. A total since or
    during a period must stand near a death word: "قتل 5 ... في البلدة التي تتعرض لحملة
    منذ بداية الشهر" keeps its 5."""
    def near(k: int, known: frozenset[str]) -> bool:
        return any(v in known for v in words[k + 1:k + 3])

    def about_deaths(k: int) -> bool:
        return not _ANY_DEATH_WORD.isdisjoint(words[max(0, k - _PERIOD_REACH):k + _PERIOD_REACH])

    if _OPENS_PERIOD.isdisjoint(words):
        return False
    # An earlier part of this month dates the whole sentence ("استهدفت مسيرة، مطلع الشهر
    # الحالي، ... ما أدى إلى مقتل"); a total since or during a period, or a past year or
    # month, may be a clause of its own ("... البلدة التي شهدت مجزرة العام الماضي").
    # "ارتفعت حصيلة ضحايا التفجير إلى 30 وفق آخر إحصائية": a toll that rises is the
    # incident's own, updated; the count it cites is its source, not a period's total.
    counted = not rising(words)
    return any((w in _STATISTICS and counted)
               or (w in _MONTH_PART and words[k + 1:k + 2] and words[k + 1] in _MONTH
                   and not (k > 0 and words[k - 1] in _SINCE))
               or (((w in _SINCE and near(k, _PERIOD_START_FORMS))
                    or (w in _DURING and near(k, _PERIODS_FORMS))
                    or (w in _PAST_UNITS and words[k + 1:k + 2] and words[k + 1] in _PAST))
                   and about_deaths(k))
               for k, w in enumerate(words))


_ONE = frozenset({"واحد", "واحده"})


def _one_of_people(words: list[str], k: int) -> bool:
    """Whether "واحد" at ``k`` is "and one of" a definite plural of people ("مقتل عنصرين
    وأحد المسلحين": one more dead), not "one" describing the noun before it ("عنصر واحد")."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return words[k] in _ONE and nxt.startswith("ال") and (_people_word(nxt)
                                                          or _people_word(nxt[2:]))

# How near (in words) a period must stand to a death word to date it.
_PERIOD_REACH = 9


def _recalled(words: list[str], i: int) -> bool:
    """"بعد يوم من إعدام 150 شخصا": a death word after "بعد ... من" is an earlier one's."""
    before = words[max(0, i - 4):i]
    if any(w in _CAUSE_OF for w in before[-2:]):
        return True  # "ردا على مقتل"، "متهم بقتل": the cause or a charge, an earlier death
    if any(w in _RELATIVES for w in before[-2:]) and any(
            w in _CAUSE_ONLY for w in words[max(0, i - tolls.CAUSE_CLAUSE_REACH):i]):
        return True  # "رداً على تفجير ... الذي أودى بحياة ستة": the cause's own dead
    if len(before) >= 3 and before[-1] == "علي" and _strip(before[-2]) in _SPANS:
        return any(w in _AFTER for w in before[:-2])  # "بعد أسبوع على اغتيال"
    return bool(before) and before[-1] == "من" and any(w in _AFTER for w in before[:-1])


def _people_word(word: str) -> bool:
    """A noun of people: a listed person noun in any number, or a masculine plural
    ("مدنيين"، "إرهابيون"). Not any "ات" plural or accusative "ا": "5 مستشفيات"، "20
    صاروخا" count things."""
    stem = _strip(word)
    return (stem in _SINGULARS or stem in _DUALS or stem in _PLURAL_PERSONS
            or stem in _NISBA_ACCUSATIVE or stem.endswith(("ين", "ون")))


def people_noun(word: str) -> bool:
    """Whether a word (in matching form) is a noun of people: "أشخاص"، "مدنيين"، "طفلين"."""
    return _people_word(word)


def _spent_time(words: list[str], i: int) -> bool:
    """"قضى 25 عاما"، "قضيا سنوات"، "قضى بسجنه": spent time or ruled, not died."""
    nxt = words[i + 1:i + 3]
    return bool(nxt) and (nxt[0].startswith(_RULED) or nxt[0] in _RULED_WORDS
                          or any(w in _UNITS_FORMS for w in nxt))


def _object_after_time(words: list[str], k: int) -> tuple[int, int] | None:
    """Whom an active plural verb killed, after a time told between ("أن مجهولين قتلوا، ليل
    الخميس، مختار قرية الطيبة": one): a count of people, or one person in the accusative or
    in construct; None where no time stands at ``k``."""
    start = k
    while k < len(words) and (words[k] in _TIME_BETWEEN or _strip(words[k]) in _TIME_BETWEEN):
        k += 1
    if k == start or k == len(words):
        return None
    if _strip(words[k]) in _ONE_OBJECT or (
            _strip(words[k]) in _PERSONS and k + 1 < len(words)
            and (words[k + 1].startswith("ال") or words[k + 1] in _ONE_OF
                 or words[k + 1] in _CONSTRUCT_PLACES)):
        return 1, k + 1
    found = _count_at(words, k)
    return found if found is not None and found[1] < len(words) \
        and (words[found[1]] == "من" or _people_word(words[found[1]])) else None


def _count_ahead(words: list[str], i: int) -> tuple[int, int] | None:
    """"قتلت مقاتلات روسية، اليوم، ما لا يقل عن 20 مدنياً": the killers stand between an
    active verb and whom it killed; the first count of people in its clause."""
    for k in range(i, min(len(words), i + 25)):
        if words[k] in _CLAUSE_STOP:
            return None
        if words[k] in ("واحد", "واحده"):
            return 1, k + 1  # "قتل في ذلك التفجير بحار واحد": the victim, counted
        if _strip(words[k]) in _DUALS:
            return 2, k + 1  # "اغتال مسلحون مجهولون شابين"
        if k > i and _strip(words[k]) in _ONE_OBJECT:
            return 1, k + 1  # "أعدم عناصر من التنظيم راعياً": the one killed, accusative
        if k > i and _strip(words[k]) in _PERSONS and k + 1 < len(words) \
                and (words[k + 1].startswith("ال") or words[k + 1] in _ONE_OF):
            return 1, k + 1  # "قتل مسلحون مختار القرية": one person, in construct
        found = _count_at(words, k)
        if found is not None and found[1] < len(words) and _people_word(words[found[1]]):
            return found
    return None


# -- death tolls ---------------------------------------------------------------------------
_TRIGGERS = _FORWARD | _BACKWARD
_TRIGGER_CLITICS = Proclitics(("و", "ف", "ب", "ل", "وال", "بال", "ال"))


# Every word that can start a count in sentence_toll, with its clitics.
_ANY_DEATH_WORD = _forms(_FORWARD | _BACKWARD | _VERB_AFTER | _MET_DEATH | _VICTIMS | frozenset({
    "حصيله", "قضاء", "فارق", "لقي", "لقيت", "لاقي", "لاقت", "ضحيتها", "ضحيته", "ضحيتهم"})
    | _FELL | _ELIMINATED | _WIPED_OUT | _LIFE | _LAST_BREATH | _LAST_BREATH_TWO | _BODIES
    | _LOST | _LOSSES
    | frozenset(f"{d}{p}" for d in _PRONOUN_DEATHS for p in tolls.PRONOUN_COUNTS))
# "بحياته" and its kin with a pronoun ("فتودي بحياتهما"), read by _life_taken.
_LIFE_PRONOUN_FORMS = frozenset(f"{c}{_LIFE_WITH_PRONOUN}{p}" for c in ("", "و", "ف")
                                for p in tolls.PRONOUN_COUNTS)
_ANY_DEATH_WORD |= _LIFE_PRONOUN_FORMS


_NOT_TRIGGERS = normal_forms(tolls.NOT_TRIGGERS)
# The words a clitic is stripped from: the death words, and the verbs after whom they name
# ("وقتلوا ما لا يقل عن عشرة عناصر": and they killed).
_STRIPPED = _TRIGGERS | _VERB_AFTER


@lru_cache(maxsize=65536)
def _trigger(word: str) -> str:
    return word if word in _NOT_TRIGGERS else _TRIGGER_CLITICS.strip(word, _STRIPPED)


def _negated(words: list[str], i: int) -> bool:
    """Negated ("لم يسجل وقوع قتلى") or generic ("عمليات اغتيال") mentions count nothing."""
    return (any(words[k] in _NEGATIONS and words[k + 1] not in _NEGATED_HEDGES
                and _NEGATION_ENDS.isdisjoint(words[k + 1:i])
                for k in range(max(0, i - 4), i))
            or any(w in _LIKELY for w in words[max(0, i - 3):i])
            or (i > 0 and words[i - 1] in _GENERIC_FORMS) or _recalled(words, i))


def _on_after_subject(words: list[str], i: int) -> int:
    """The index of "على" after the subject of the verb of ELIMINATED_BY at ``i`` ("قضت وحدة
    من الجيش على"), 0 when none follows within ELIMINATED_SUBJECT_REACH words, or a number
    or another clause comes first."""
    for k in range(i + 1, min(len(words), i + 1 + tolls.ELIMINATED_SUBJECT_REACH)):
        if words[k] == "علي":
            return k
        if words[k] in _CLAUSE_STOP or number_at(words, k) is not None:
            return 0
    return 0


def _toll_update(words: list[str], i: int) -> int | None:
    """"ارتفع عدد القتلى إلى 11": the number after الى following a definite death noun.

    A sentence that opens with "ارتفع" may put the whole story of the incident between the
    noun and its new figure ("ارتفع عدد الشهداء جراء التفجير ... مساء الخميس إلى ثلاثة").
    """
    if not _RANGES.isdisjoint(words[max(0, i - 3):i + 3]):
        # "تراوح عدد القتلى بين 18 و22": the lower bound
        between = next((k for k in range(i + 1, min(len(words), i + 6)) if words[k] == "بين"),
                       None)
        ranged = _count_at(words, between) if between is not None else None
        if ranged is not None:
            return ranged[0]
    if any(w in _REACHES for w in words[max(0, i - 3):i]):
        # "بلغت حصيلة القتلى 20"، "وصل عدد الشهداء إلى 9": the figure follows the noun
        k = i + 2 if words[i + 1:i + 2] and _strip(words[i + 1]) in _VICTIMS | {"قتلي"} else i + 1
        k += 1 if words[k:k + 1] in (["الي"], ["نحو"], ["حوالي"]) else 0
        found = _count_at(words, k)
        if found is not None:
            return found[0]
    opens = (words[:1] and rising(words[:1])) or rising(words[max(0, i - 3):i])
    reach = 40 if opens else 6
    for j in range(i + 1, min(len(words), i + reach)):
        if words[j] in _RISES_TO or words[j] in _REACHES:
            # "عدد القتلى بلغ 33": a verb of reaching may stand for الى
            found = _count_at(words, j + 1)
            if found is None and words[j + 1:j + 2] == ["الي"]:
                found = _count_at(words, j + 2)
            if found is not None or reach == 6:
                return found[0] if found else None
    return None


def _count_put_after(words: list[str], j: int) -> tuple[int, int] | None:
    """"قتل في المعارك عشرة من عناصر التنظيم": with a word of PUT_FIRST at ``j`` (right after
    the death verb), the count of people a few words on; None when there is none."""
    if j >= len(words) or words[j] not in _PUT_FIRST:
        return None
    for k in range(j + 1, min(len(words), j + 1 + tolls.PUT_FIRST_REACH)):
        if words[k] in _CLAUSE_STOP or words[k] in _RELATIVES or words[k] in _INJURY_FORMS:
            return None
        found = _count_at(words, k)
        if found is not None:
            nxt = words[found[1]] if found[1] < len(words) else ""
            return found if nxt == "من" or _people_word(nxt) else None
    return None


def _count_after(words: list[str], i: int) -> tuple[int | None, int] | None:
    """Who was killed after a forward trigger: a number, a dual, a list of persons."""
    put = _count_put_after(words, i + 1)
    if put is not None:
        return put
    j = i + 1
    while j < len(words) and (words[j] in _HEDGES or words[j] in _FILLERS):
        j += 1
    if j >= len(words) or words[j] in _CLAUSE_STOP or words[j] in _PART_OF:
        return None
    if words[j] == "مزدوجه":
        return 2, j + 1  # "جريمة قتل مزدوجة": a double murder
    if _strip(words[j]) in _VAGUE:
        return (None, j + 1)
    found = _count_at(words, j)
    if found is not None:
        return found[0], found[1]
    if number_at(words, j) is not None:
        return None  # "مقتل 2019"، "قتل 12 عاما": a number that counts nobody
    word = _strip(words[j])
    if word in _FAMILY:
        # "عائلة مؤلفة من 6 أشخاص": the count after "من"; a family alone has no number
        of = next((k for k in range(j + 1, min(len(words), j + 4)) if words[k] == "من"), None)
        found = _count_at(words, of + 1) if of is not None else None
        return (found[0], found[1]) if found is not None else (None, j + 1)
    # (a number joined by و is another count, "قتل القيادي وثلاثة من مرافقيه", not one
    # describing its noun)
    joined = j + 1 < len(words) and words[j + 1].startswith("و") and (
        words[j + 1] not in _ONE or _one_of_people(words, j + 1))
    apposed = _count_at(words, j + 1) if j + 1 < len(words) and not joined else None
    if apposed is not None and apposed[0] < 20:
        return apposed  # the number follows its noun: "مدنيان اثنان", "عناصر ثلاثه"
    if word in _DUALS:
        return 2, j + 1
    if (word.endswith(_PLURAL_END) and len(word) > 4) or word in _PLURAL_PERSONS:
        # (a short word in "ين" is a name, not a plural: "مقتل حسين أحمد" is one)
        if words[j + 1:j + 2] and words[j + 1].startswith("ال") and j + 2 < len(words) \
                and words[j + 2].startswith("ال"):
            described = _count_at(words, j + 2)  # "أفراد العائلة الخمسة": all five
            if described is not None and described[1] == j + 3:
                return described
        return (None, j + 1)
    return 1, j + 1


def _count_before(words: list[str], i: int, far: bool = False) -> int | None:
    """The count before a death word; ``far`` (after a passive verb) also reads a count
    "of" a force up to a dozen words back."""
    # "20 شخصا على الأقل لاقوا حتفهم": a hedge after the count does not count as a word
    hedged = sum(1 for w in words[max(0, i - 3):i] if w in _HEDGES_AFTER)
    for j in range(i - 1, max(-1, i - 4 - hedged), -1):
        if words[j] in _ONE and j >= 2 and words[j - 2] == "من":
            continue  # "أربعة شبان من عائلة واحدة قتلوا": "one" describes the family
        if j >= 3 and words[j - 1] == "و" and words[j - 3] == "بين":
            ranged = _count_at(words, j - 3)  # "بين 5 و7 قتلى": the lower bound
            if ranged is not None:
                return ranged[0]
        if j >= 3 and words[j - 1] in _RANGE_TO and words[j - 3] == "من" \
                and not rising(words):
            # "من 3 إلى 5 قتلى": the lower bound (not a toll that rose from 3 to 5)
            low = _count_at(words, j - 2)
            if low is not None and low[1] == j - 1 and _count_at(words, j) is not None:
                return low[0]
        found = _count_at(words, j)
        if found is not None and any(w in _LIST_STOP for w in words[max(0, j - 3):j]):
            continue  # "ستة أشخاص بينهم اثنان من الحراس قتلوا": the subset, counted already
        if found is not None and words[j].startswith("ال"):
            continue  # "هم أم وأطفالها الأربعة قتلوا": a number with its article describes
        if found is not None and found[1] > j:
            # "ثلاثة وعشرون قتيلا": the phrase starts before the last number word
            while j > 0 and (longer := _count_at(words, j - 1)) is not None \
                    and longer[1] >= found[1]:
                found, j = longer, j - 1
            return found[0]
        if number_at(words, j) is not None:
            return None  # "الفرقة 25 قتلى"-like: the number before is no count
        if _strip(words[j]) in _DUALS:
            if j > 0 and words[j - 1] in _LIST_STOP:
                continue  # "ستة مدنيين، بينهم طفلان، قتلوا": the subset's dual, not the count
            return 2
    further = 0
    for j in range(i - 4, max(-1, i - 13) if far else i - 4, -1):
        # "إن 13 على الأقل من قوات الأمن قتلوا": the count "of" a force, further back;
        # "11 مدنيا وأربعة من رجال الشرطة قتلوا": counts joined by و add up; "خمسة أشخاص
        # بينهم اثنان من الشرطة قتلوا": a subset after بينهم is no count of its own.
        if words[j] in _CLAUSE_STOP or words[j] in ("ان", "انه"):
            break
        if words[j] in _ONE:
            continue  # "من عائلة واحدة": "one" after its noun describes it, counts nobody
        found = _count_at(words, j)
        if found is None or found[1] >= len(words) or (j > 0 and words[j - 1] in _LIST_STOP):
            continue
        nxt = words[found[1]]
        if nxt in ("من", "علي") or nxt in _LIST_STOP or _people_word(nxt):
            further += found[0]
            if not words[j].startswith("و") and not (j > 0 and words[j - 1] == "و"):
                return further
    if further:
        return further
    word = _trigger(words[i])
    if word in _DUAL_VERBS:
        return 2  # "طفلة وشاب قتلا": the verb's dual counts them
    if word in _DEAD_TWO:
        return 2
    if word in _DEAD_ONE:
        return 1  # "عثر على جثة شاب": one body
    return None


def _dead_among_casualties(words: list[str], i: int) -> tuple[int | None] | None:
    """The dead singled out of a wider count by the death noun at ``i`` ("15 شخصاً بين قتيل
    وجريح، بينهم أربعة قتلى" 4, "40 إصابة بينهم قتيلان" 2, "... بينهم قتلى" unnumbered),
    None when the noun is not singled out so
    (``pipeline.rules.tolls.DEAD_AMONG_CASUALTIES``)."""
    if i > 0 and words[i - 1] in _DEAD_AMONG_CASUALTIES:
        word = _strip(words[i])
        return (2 if word in _DEAD_TWO else 1 if word in _DEAD_ONE else None,)
    among: tuple[int | None] | None = None
    for j in range(i - 1, max(0, i - 5), -1):
        found = _count_at(words, j)  # the longest count ending at the noun ("ثلاثة وعشرون")
        if found is not None and found[1] == i:
            among = (found[0],) if words[j - 1] in _DEAD_AMONG_CASUALTIES else None
    return among


def _breakdown_total(words: list[str], k: int) -> int:
    """The counts of a breakdown opening at ``k`` ("ستة من قوات النظام وأربعة من الفصائل"
    10): each count "of" a group or of people, the later ones joined by و, up to the clause's
    end."""
    total = 0
    for m in range(k, min(len(words), k + 16)):
        raw = words[m]
        if raw in _CLAUSE_STOP:
            break
        if m == k or raw == "و":
            found = _count_at(words, m if m == k else m + 1)
        elif raw.startswith("و") and len(raw) > 2:
            found = number_at([raw[1:], *words[m + 1:m + 3]], 0)
            found = (found[0], m + found[1]) if found is not None else None
        else:
            continue
        if found is not None and found[1] < len(words) and (
                words[found[1]] == "من" or _people_word(words[found[1]])
                or words[found[1]] in _LIST_STOP):  # "ستة منهم"
            total += found[0]
    return total


def _listed_more(words: list[str], j: int, base: int = 1) -> tuple[int, int]:
    """Persons joined by و after a count: "ثلاثه مقاتلين ... واثنين من"، "طفل وامراه",
    "عنصران من قوات النظام ومقاتل", "... إضافة إلى أربعة من"."""
    extra, subset, skip = 0, False, j
    for k in range(j, min(len(words), j + 12)):
        if k < skip:
            continue  # the kin word after "مع", counted with it
        raw = words[k]
        if raw in _CLAUSE_STOP or _strip(raw) in _INJURY:
            break
        if k <= j + 1 and raw in _COMPOSED_OF and k + 1 < len(words) \
                and number_at(words, k + 1) is None and _people_word(words[k + 1]):
            break  # "20 شخصاً بين عسكري ومدني": the kinds the count holds
        if k <= j + 1 and base > 1 and _apposed_persons(words, k) == base:
            break  # "مدنيين اثنين، رجل وفتى": who the two were, no more dead
        if raw in _LIST_STOP:
            if base > 1 and _breakdown_total(words, k + 1) == base:
                break  # "ثمانية أشخاص، هم خمسة من قسد وثلاثة من العشائر": its parts, all
            # "ستة عناصر بينهم ضابط، و4 من مقاتلي ...": after the subset named with بينهم,
            # only a count "of" another group ("و4 من") adds to the toll.
            subset = True
            continue
        # (the count's noun may be left out: "قتل عشرة، ستة من قوات النظام وأربعة من";
        # "ستة منهم من أبناء البلدة وخمسة من التنظيم": a part "of them")
        if k <= j + 1 and not raw.startswith("و") and (found := _count_at(words, k)) \
                and (words[found[1]:found[1] + 1] == ["من"]
                     or (found[1] < len(words) and (_people_word(words[found[1]])
                                                    or words[found[1]] in _LIST_STOP))):
            if base > 1 and _breakdown_total(words, k) == base:
                break  # "قتل عشرة، ستة من قوات النظام وأربعة من الفصائل": its parts, all
            subset = True  # "ثلاثة أشخاص، اثنان من المسلحين ومسلح": the three, broken down
            continue
        if raw == "و" and k + 1 < len(words):  # "و٤ من": digits are a word of their own
            found = _count_at(words, k + 1)
            after = _strip(words[found[1]]) if found is not None and found[1] < len(words) else ""
            # ("و17 مقاتلاً": a nisba noun in the accusative names people too)
            # ("و3 عناصر من الشرطة": a broken plural of people too; "و5 مصابين" are the
            # wounded, no more dead; "و5 في صفوف التنظيم": fighters of another side)
            ranks = found is not None and words[found[1]:found[1] + 2] == ["في", "صفوف"]
            people = after == "من" or ranks or (
                subset and found is not None and _of_a_group(words, found[1])) or (
                not subset and after not in _INJURY and after not in _WOUNDED
                and (after in _SINGULARS or after in _DUALS or after in _NISBA_ACCUSATIVE
                     or after in _PLURAL_PERSONS or after.endswith(_PLURAL_END)))
            if found is not None and people:  # "و100001 دولار" is money, not people
                extra += found[0]
            continue
        if _adds_more(words, k):
            found = _count_at(words, k + 2)
            if found is not None and _EXECUTED_CAPTIVES.isdisjoint(
                    words[found[1]:found[1] + tolls.CAPTIVES_REACH]):
                extra += found[0]
            elif (apposed := _apposed_count(words, k + 2, words[k + 2])) is not None:
                extra += apposed  # "إضافة إلى مدنيين اثنين": the number after its noun
            elif words[k + 2] in _ATTACKER_ONE:
                extra += 1  # "مقتل عنصرين إضافة إلى الانتحاري": the bomber is one more
            break
        if subset:
            # "ستة عناصر بينهم ضابط، و4 من مقاتلي ..."، "... بينهم ضابط، وثلاثة عشر عنصراً من
            # التنظيم": after the subset only a count "of" another group adds to the toll.
            rest = raw[1:] if raw.startswith("و") else ""
            found = number_at([rest, *words[k + 1:k + 3]], 0) if rest else None
            if found is not None and _of_a_group(words, k + found[1]):
                extra += found[0]
            continue
        if raw in _WITH_KIN and k + 1 < len(words) and (
                kin := _kin_joined(words, k + 1, words[k + 1], base, alone=True)) is not None:
            extra += kin  # "قضت امرأة مع طفلها": two
            skip = k + 2
            continue
        if _one_of_people(words, k):
            extra += 1  # "مقتل عنصرين من الدورية وأحد المسلحين": one of them, one more
            continue
        if raw.startswith("و") and len(raw) > 2 and raw not in _ONE:
            # ("مقتل عنصر أمني واحد": "one" describes its noun, it is not "و" + "احد")
            rest = raw[1:]
            found = number_at([rest, *words[k + 1:k + 3]], 0)
            if found is not None:
                extra += found[0]
            elif (apposed := _apposed_count(words, k, rest)) is not None:
                extra += apposed  # "ومقاتلين اثنين من الكتائب": the number after its noun
            elif _strip(rest) in _DUALS:
                extra += 2
            elif (kin := _kin_joined(words, k, rest, base)) is not None:
                extra += kin
            elif k == j + 1 and base >= tolls.ACCUSATIVE_COUNT_FROM and rest in _ONE_OBJECT \
                    and _strip(words[j]) in _ONE_OBJECT | _NISBA_ACCUSATIVE:
                pass  # "40 عنصراً وقيادياً": the same forty, named by two ranks
            elif _strip(rest) in _SINGULARS or rest in _ANOTHER_PERSON or rest in _ATTACKER_ONE:
                extra += 1  # "طفل وامرأة"، "عنصر من الجيش وآخر من الشرطة"، "والانتحاري"
    else:
        extra += _added_later(words, j + 12, j + tolls.IN_ADDITION_REACH)
    return extra, j


def _apposed_persons(words: list[str], k: int) -> int:
    """The persons a list opening at ``k`` with a singular or dual noun of people (no "و")
    names, the later ones joined by و ("رجل وفتى" 2, "طفلان وامرأة" 3); 0 where none opens
    there."""
    total = 0
    for m in range(k, min(len(words), k + 8)):
        raw = words[m]
        word = _strip(raw[1:] if m > k and raw.startswith("و") else raw)
        if m > k and not raw.startswith("و"):
            break
        if word in _SINGULARS:
            total += 1
        elif word in _DUALS:
            total += 2
        else:
            break
    return total


def _of_a_group(words: list[str], end: int) -> bool:
    """A count ending before ``end`` is "of" a group: "من" right after it, or after its noun
    of people ("4 من مقاتلي ..."، "ثلاثة عشر عنصراً من التنظيم")."""
    if words[end:end + 1] == ["من"]:
        return True
    return end + 1 < len(words) and words[end + 1] == "من" and _people_word(words[end])


def _adds_more(words: list[str], k: int) -> bool:
    """"إضافة إلى"، "فضلاً عن"، "إلى جانب" at ``k``, a count after them."""
    if k + 2 >= len(words):
        return False
    pair = (words[k], words[k + 1])
    return (pair[0] in _IN_ADDITION and pair[1] in _IN_ADDITION_TO) or pair == _ALONGSIDE


def _added_later(words: list[str], start: int, end: int) -> int:
    """People added by "إضافة إلى N من ..." far after a count, from ``start`` to ``end``
    (``tolls.IN_ADDITION_REACH``); 0 where the clause ends or another death is told first."""
    for k in range(start, min(len(words), end)):
        if words[k] in _CLAUSE_STOP or words[k] in _ANY_DEATH_WORD or _strip(words[k]) in _INJURY:
            return 0
        if _adds_more(words, k):
            found = _count_at(words, k + 2)
            if found is None or found[1] >= len(words) or not (
                    words[found[1]] == "من" or _people_word(words[found[1]])):
                return 0  # "إضافة إلى 3 منازل": no people
            if not _EXECUTED_CAPTIVES.isdisjoint(words[found[1]:found[1] + tolls.CAPTIVES_REACH]):
                return 0
            return found[0]
    return 0


def _kin_joined(words: list[str], k: int, kin: str, base: int, alone: bool = False
                ) -> int | None:
    """How many more dead a kin word joined to a count names (``kin`` at ``k``, its "و"
    taken off); None where it is no kin word. ``alone``: the kin word is not itself one of
    the names a list may hold (after "مع", where a singular is one more unless the count
    before already names it)."""
    if kin in _KIN_DUALS:
        return 2  # "مقتل رجل وطفليه": three
    if kin in _KIN_PLURALS:
        # "امرأة وأطفالها الثلاثة": four; "رجل وأطفاله": the children uncounted
        described = _count_at(words, k + 1) if words[k + 1:k + 2] \
            and words[k + 1].startswith("ال") else None
        return described[0] if described is not None else 0
    if _strip(kin) in _KIN and (base >= 2 or alone):
        return 0 if base >= 2 else 1  # "قتل مدنيان، رجل وزوجته": the two, named
    return None


def _apposed_count(words: list[str], k: int, noun: str) -> int | None:
    """The number right after a plural noun of people joined by و at ``k`` ("4 عناصر من
    القوات النظامية ومقاتلين اثنين من الكتائب": two more), as after a first noun
    ("عناصر ثلاثة"); None where no small count follows it."""
    stem = _strip(noun)
    if not (stem in _PLURAL_PERSONS or (stem.endswith(_PLURAL_END) and len(stem) > 4)) \
            or k + 1 >= len(words) or words[k + 1].startswith("و"):
        return None
    found = _count_at(words, k + 1)
    return found[0] if found is not None and found[0] < 20 else None


def _other_group_joined(words: list[str], j: int) -> int:
    """"3 قتلى في صفوف قسد و5 في صفوف التنظيم"، "7 قتلى من المدنيين و4 من العسكريين": the
    count of another group joined by و after a noun of the dead (``j`` after it), 0 when
    none ("و6 جرحى" are the wounded)."""
    for k in range(j, min(len(words), j + 10)):
        raw = words[k]
        if raw in _CLAUSE_STOP or _strip(raw) in _INJURY or raw in _LIST_STOP:
            return 0
        if raw == "و" or (raw.startswith("و") and len(raw) > 2 and raw not in _ONE):
            rest = words[k + 1:k + 4] if raw == "و" else [raw[1:], *words[k + 1:k + 3]]
            found = number_at(rest, 0)
            if found is None:
                continue
            after = rest[found[1]:found[1] + 2] if raw == "و" else \
                [*rest, *words[k + 3:k + 5]][found[1]:found[1] + 2]
            hurt = len(after) > 1 and (after[1] in _INJURY_FORMS or after[1] in _WOUNDED_FORMS)
            if (after[:1] == ["من"] and not hurt) or after == ["في", "صفوف"]:
                return found[0]
            return 0
    return 0


class _Toll:
    """The counts one sentence gives, as they are read."""

    def __init__(self) -> None:
        self.total, self.vague, self.update = 0, False, 0
        self.parts: list[int] = []  # each count on its own, for a rising toll
        self.competing = False  # a second source speaks: its figure competes, not adds
        # Dead added to a risen toll ("ارتفعت الحصيلة إلى 23 ... بالإضافة إلى مقتل 39"):
        # other dead than the updated figure counts, so they add to it.
        self.added = 0
        # A second source's figure lowered the count ("قتل 17 ... فيما وثق المرصد مقتل 14"):
        # the sentence's toll is already the lowest of rival figures.
        self.lowered = False
        # The figures of a second source ("ارتفعت الحصيلة إلى 15، في حين تحدث الدفاع المدني
        # عن 18 قتيلاً"): a rising toll is the largest of the first source's, and competes
        # with these.
        self.rivals: list[int] = []
        # The second source speaks of its earlier count ("وكان المرصد قد أفاد ... باستشهاد
        # 3" after "استشهد 5"): its figure is superseded, it neither competes nor adds.
        self.earlier = False

    def add(self, value: int) -> None:
        """A count joined to the others: "مقتل 6 ... وقتل 4" adds up, also after another
        source speaks ("... فيما أعلنت الفصائل مقتل 10 من عناصر النظام": the other side)."""
        self.total += value
        self.parts.append(value)
        self.competing = False

    def same(self, value: int) -> None:
        """A count of the dead already named ("15 شخصا قتلوا"، "وقوع 4 قتلى"); after another
        source speaks ("... فيما قال المرصد إن 18 شخصا قتلوا") it is a competing figure of
        the same toll, and the lower one stands."""
        if self.competing and self.earlier and self.total:
            self.competing = False
            return
        if self.competing and self.total:
            self.lowered = self.lowered or value < self.total
            self.total = min(self.total, value)
            self.rivals.append(value)
        else:
            self.total = max(self.total, value) if self.total else value
            self.parts.append(value)
        self.competing = False

    def result(self, words: list[str]) -> tuple[int, bool]:
        if self.parts and _cumulative(words):
            return self.total, self.vague  # "... ليرتفع إلى 96 منذ فجر الثلاثاء": days summed
        # "ارتفعت حصيلة القتلى إلى 7 بعد وفاة اثنين": a rising toll already counts the rest.
        if self.update or rising(words):
            risen = max([self.update + self.added, *self.parts])
            # ("... إلى 31، بعد أن كانت الوزارة أعلنت مقتل 25": the earlier count, no rival)
            rivals = self.rivals if _EARLIER_FIGURE.isdisjoint(words) else []
            return min([risen, *rivals]), self.vague
        return self.total, self.vague


_PLUPERFECT_BE = normal_forms(tolls.PLUPERFECT_BE)


def _earlier_report(words: list[str], i: int) -> bool:
    """Whether the reporting verb at ``i`` tells its source's earlier count ("وكان المرصد
    قد أفاد"، "وكانت الشبكة قد وثقت"; ``tolls.PLUPERFECT_BE``)."""
    return i > 0 and words[i - 1] == tolls.PLUPERFECT_PARTICLE and not _PLUPERFECT_BE.isdisjoint(
        words[max(0, i - 1 - tolls.EARLIER_REPORT_REACH):i - 1])


def _in_addition(words: list[str], i: int) -> bool:
    """"بالإضافة إلى مقتل"، "فضلاً عن مقتل": the death word at ``i`` adds its dead to those
    counted before it."""
    return i >= 2 and words[i - 2] in _IN_ADDITION and words[i - 1] in _IN_ADDITION_TO


def _cumulative(words: list[str]) -> bool:
    """A rising total dated since an earlier day: "ليرتفع إلى 96 ... منذ فجر الثلاثاء"."""
    return rising(words) and any(w == "منذ" and not _EARLIER_DAYS.isdisjoint(words[k + 1:k + 3])
                                 for k, w in enumerate(words))


def toll_update(words: list[str]) -> int | None:
    """The new figure of a toll that rises in the sentence ("ارتفعت الحصيلة إلى 6"); None
    when it tells none, or a total of several days ("منذ فجر الثلاثاء")."""
    if not rising(words):
        return None
    toll = sentence_toll(words)[0]
    return toll if toll and not _cumulative(words) else None


def victims_update(words: list[str]) -> int | None:
    """The new figure of a toll of victims that rises ("ارتفع عدد الضحايا إلى 9"، "ارتفاع
    حصيلة الضحايا إلى 9"): killed and wounded together on its own (``sentence_toll`` finds
    it vague), the death toll where an earlier sentence told the incident's dead (the
    caller's to know). None when the sentence tells no such toll, or a total of several days."""
    if not rising(words) or _cumulative(words):
        return None
    for i in range(1, len(words)):
        if words[i] in _VICTIMS_FORMS and _strip(words[i - 1]) in _TOLL_TOTALS \
                and not _negated(words, i):
            return _toll_update(words, i)
    return None


_NTH_DEAD = {normalize(k): v for k, v in tolls.NTH_DEAD.items()}


def _nth_dead(words: list[str], i: int) -> int:
    """"قتل مدني ثالث"، "وفاة طفلة رابعة": the ordinal after the one dead named right after
    the death word at ``i`` (the toll has reached it), else 0."""
    nxt = words[i + 1:i + 3]
    if len(nxt) < 2 or _strip(nxt[0]) not in _SINGULARS:
        return 0
    return _NTH_DEAD.get(nxt[1], 0)


def _person_before(words: list[str], i: int) -> bool:
    """A person noun or a count right before the death verb at ``i``: its subject."""
    before = _strip(words[i - 1])
    return before in _SINGULARS or before in _DUALS or number_at(words, i - 1) is not None


def _life_taken(words: list[str], i: int) -> tuple[int | None] | None:
    """"فتودي بحياتهما" (2)، "أودى بحياته" (1): "بحياته" with its pronoun after a verb of
    TOOK_LIFE (up to three words before), (its count,); None for any other word."""
    word = words[i].removeprefix("و").removeprefix("ف")
    if not word.startswith(_LIFE_WITH_PRONOUN):
        return None
    count = next((c for p, c in _PRONOUN_COUNTS if word == _LIFE_WITH_PRONOUN + p), 0)
    if count == 0 or not any(w.endswith(_TOOK_LIFE) for w in words[max(0, i - 3):i]):
        return None
    return (count,)


@lru_cache(maxsize=65536)
def _pronoun_death(word: str) -> tuple[int | None] | None:
    """"بمقتله" (1)، "مقتلهما" (2)، "مقتلهم" (some): a death word with an object pronoun,
    (its count,); None for any other word."""
    for pronoun, count in _PRONOUN_COUNTS:
        if word.endswith(pronoun) and len(word) > len(pronoun) + 2:
            stem = _TRIGGER_CLITICS.strip(word[:-len(pronoun)], _PRONOUN_DEATHS)
            if stem in _PRONOUN_DEATHS:
                return (count,)
    return None


def _fell(words: list[str], i: int) -> tuple[int, int] | None:
    """"سقوط أكثر من 20 جنديا": (the count, the index after it) of people who fell, not
    when a killed-and-wounded figure follows ("بين قتيل وجريح"، "قتلى وجرحى")."""
    if not _fell_word(words[i]):
        return None
    j = i + 1
    while j < len(words) and (words[j] in _HEDGES or (j == i + 1 and words[j] in _FELL_BETWEEN)):
        j += 1
    found = _count_at(words, j)
    if found is None and j < len(words) and not words[j].startswith(("ال", "وال")):
        stem = _strip(words[j])  # "سقوط شاب"، "سقط عنصران": one, or two, named
        found = (2, j) if stem in _DUALS else (1, j) if stem in _SINGULARS \
            and stem not in _VICTIMS else None  # ("سقط ضحية التفجير ثلاثة": "fell victim")
    if found is not None and words[found[1]:found[1] + 1] == ["من"] \
            and words[found[1] + 1:found[1] + 2] and _people_of(words[found[1] + 1]):
        found = (found[0], found[1] + 1)  # "سقط ستة من مقاتلي الفصائل" (in construct)
    if found is None or found[1] >= len(words) or not (
            _people_word(words[found[1]]) or words[found[1] - 1] == "من"):
        return None
    if _trigger(words[found[1]]) in _BACKWARD:
        return None  # "سقط 5 قتلى من ...": the noun of the dead counts them, and what follows
    # (past the unit named after a construct: "ستة من مقاتلي الجيش الحر جرحى")
    after = words[found[1] + 1:found[1] + (5 if words[found[1] - 1] == "من" else 3)]
    if any(w == "بين" or w in _WOUNDED_FORMS or w in _INJURY_FORMS or w in _FELL_NOT_KILLED
           or _trigger(w) in _BACKWARD for w in after):
        return None
    return found[0], found[1] + 1


def _people_of(word: str) -> bool:
    """"مقاتلي" (in construct) or "مقاتليها"، "عناصرهم" (a force's own, ``FELL_OWNED``): the
    people a count "من" names."""
    if _people_word(word) or _people_word(word + "ن"):
        return True
    owner = next((s for s in _FELL_OWNED if word.endswith(s) and len(word) - len(s) > 2), "")
    return bool(owner) and (_people_word(word[:-len(owner)])
                            or _people_word(word[:-len(owner)] + "ن"))


@lru_cache(maxsize=65536)
def _fell_word(word: str) -> bool:
    return _TRIGGER_CLITICS.strip(word, _FELL) in _FELL


def _risen_before_noun(words: list[str], i: int) -> int | None:
    """"ارتفع إلى 36 ... عدد الشهداء": the new figure put before the death noun."""
    if not (words[i].startswith(_RISING) and words[i + 1:i + 2]
            and words[i + 1] in _RISES_TO):
        return None
    found = _count_at(words, i + 2)
    if found is None:
        return None
    later = words[found[1]:found[1] + 30]
    if any(_trigger(w) in _BACKWARD or _trigger(w) in _FORWARD for w in later):
        return found[0]
    return None


_LIFE_VERBS = _LEFT_LIFE | _LEFT_LIFE_TWO | _LEFT_LIFE_MANY | _LAST_BREATH | _LAST_BREATH_TWO


# The words that open the rarer phrasings (one set lookup per word before reading them).
_RARE_STARTS = _forms(_LIFE_VERBS) | _BODIES_FORMS | _COUNTERPART


def _bare(word: str) -> str:
    """A verb of LEFT_LIFE or LAST_BREATH without a leading و or ف: "وفارق" -> "فارق"."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:] in _LIFE_VERBS else word


def _left_life(words: list[str], i: int) -> tuple[int, bool] | None:
    """"فارق مواطنان الحياة" (2, named)، "فارق الحياة" (1, not named)، "فارقا الحياة" (2)، "لفظ
    أنفاسه الأخيرة" (1): (the dead, whether the words name new dead), None for other words."""
    verb = _bare(words[i])
    if verb in _LAST_BREATH or verb in _LAST_BREATH_TWO:
        if words[i + 1:i + 2] and words[i + 1].startswith(_BREATH):
            return (2 if verb in _LAST_BREATH_TWO else 1), False
        return None
    if verb not in _LEFT_LIFE and verb not in _LEFT_LIFE_TWO and verb not in _LEFT_LIFE_MANY:
        return None
    if words[i + 1:i + 2] and _bare(words[i + 1]) in _LIFE_VERBS:
        return None  # "أما في الريف، فقد فارق طفلان الحياة": "فقد" is "ف" + "قد", the verb next
    end = next((k for k in range(i + 1, min(len(words), i + 1 + tolls.LEFT_LIFE_WITHIN))
                if words[k] in _LIFE or words[k] in _CLAUSE_STOP), None)
    if end is None or words[end] not in _LIFE:
        return None
    if verb in _LEFT_LIFE_TWO:
        return 2, False
    if verb in _LEFT_LIFE_MANY:
        many = _count_before(words, i)  # "ثلاثة مدنيين فارقوا الحياة"
        return (many, False) if many else None
    if end > i + 1 and not words[i + 1].startswith("ال"):
        found = _count_at(words, i + 1)  # "فارق ثلاثة جرحى الحياة"
        if found is not None and found[1] <= end:
            return found[0], True
        stem = _strip(words[i + 1])
        if stem in _DUALS:
            return 2, True
        if stem in _SINGULARS or stem in _ANOTHER_PERSON:
            return 1, True  # "فارق شاب في العشرينيات من عمره الحياة"
    return 1, False


def _guesses_figure(words: list[str], i: int) -> bool:
    """"ترجح مصادر أن يكون العدد ستة": the guess at ``i`` is of the figure (the number or
    the toll within a few words), not of who struck ("يرجح أنها روسية")."""
    ahead = words[i + 1:i + 6]
    return any(w in _TOLL_WORDS or w in ("العدد", "والعدد") or number_at(ahead, k) is not None
               for k, w in enumerate(ahead))


def _human_losses(words: list[str], i: int) -> bool:
    """"خسائر بشرية"، "خسائر في الأرواح": the losses at ``i`` are of lives."""
    nxt = words[i + 1:i + 4]
    if nxt[:1] and nxt[0] in _LOSS_SIZE:
        nxt = nxt[1:]  # "خسائر كبيرة بالأفراد"
    return bool(nxt) and (nxt[0] in _HUMAN or (nxt[0] == "في" and nxt[1:2] != []
                                               and nxt[1] in _HUMAN_AFTER_IN))


def _lost_kin(words: list[str], i: int) -> tuple[int, int] | None:
    """"فقدت عائلة ... ثلاثة من أطفالها" (3)، "فقدت الأم طفليها" (2): (the kin lost, the index
    after them) when the verb at ``i`` is one of LOST, else None."""
    for k in range(i + 1, min(len(words), i + 1 + tolls.LOST_KIN_WITHIN)):
        if words[k] in _CLAUSE_STOP or words[k] in _LOST_NOT \
                or (words[k][:1] in ("ب", "ل") and number_at(words, k) is not None):
            return None  # "فقد الاتصال بخمسة من أبنائها": missing, not dead
        if words[k] in _KIN_DUALS:
            return 2, k + 1
        found = _count_at(words, k)
        if found is None:
            found = (number_at(words, k) or (0, k))  # "ثلاثة من": no people noun follows
            if found[1] == k:
                continue
        value, j = found
        if words[j:j + 1] == ["من"] and j + 1 < len(words) \
                and (words[j + 1] in _KIN_PLURALS or words[j + 1] in _LOST_RANKS):
            return value, j + 2
        return None
    return None


def _explains_toll(words: list[str], i: int) -> bool:
    """"بعد أن فارق أحد الجرحى الحياة" after a count: the wounded man's death is how the
    toll already counted came to be, not one more."""
    return words[max(0, i - 2):i] == ["بعد", "ان"] or words[max(0, i - 1):i] == ["بعدما"]


def _with_wounded_after(words: list[str], j: int) -> bool:
    """"... 30 بين قتيل وجريح": the count before ``j`` is of the killed and the wounded."""
    return words[j:j + 1] == ["بين"] and any(
        w in _WOUNDED_FORMS or _trigger(w) in _BACKWARD for w in words[j + 1:j + 3])


def _counted_before(words: list[str], i: int) -> bool:
    """A number (or "بين") among the three words before ``i``: "بين قتيلين وجريحين"."""
    return any(words[k] == "بين" or number_at(words, k) is not None
               for k in range(max(0, i - 3), i))


def _new_clause(words: list[str], i: int) -> bool:
    """Whether a clause of ANOTHER_CLAUSE opens before ``i`` with no death word in it
    before ``i``: what ``i`` tells is about someone else than the dead counted before."""
    opener = next((k for k in range(i - 1, -1, -1) if words[k] in _ANOTHER_CLAUSE), None)
    return opener is not None and _ANY_DEATH_WORD.isdisjoint(words[opener:i])


def _counterpart(words: list[str], i: int) -> tuple[int, int] | None:
    """"... مقابل 23 مقاتلا من الفصائل": (the other side's dead, the index after them)
    after a word of COUNTERPART; None when no count of people follows it."""
    if words[i] not in _COUNTERPART:
        return None
    j = i + 1
    while j < len(words) and words[j] in _HEDGES:
        j += 1
    found = _count_at(words, j)
    if found is None or found[1] >= len(words):
        return None
    nxt = words[found[1]]
    if nxt in _WOUNDED_FORMS or nxt in _INJURY_FORMS or not (nxt == "من" or _people_word(nxt)):
        return None
    return found[0], found[1] + 1


def _bodies(words: list[str], i: int) -> int | None:
    """"جثث ثلاثة شبان" (3)، "جثتي شابين" (2): the dead whose bodies a noun of BODIES names
    after it; None when a count stands before it ("4 جثث") or it is definite."""
    if words[i] not in _BODIES_FORMS:
        return None  # (most words: one set lookup)
    stem = _TRIGGER_CLITICS.strip(words[i], _BODIES)
    if stem not in _BODIES or _counted_before(words, i) or words[i].startswith(("ال", "وال")) \
            or (words[i + 1:i + 2] and words[i + 1].startswith("ال")):
        return None  # "جثماني الطفلين": the dead told of already
    if stem in _BODIES_TWO:
        return 2
    found = _count_at(words, i + 1)
    if found is not None and found[1] < len(words) and _people_word(words[found[1]]):
        return found[0]
    return 2 if i + 1 < len(words) and _strip(words[i + 1]) in _DUALS else None


def _how_killed(words: list[str], i: int) -> bool:
    """Whether the death verb at ``i`` is followed by how, not whom ("قتل برصاص"، "قتل ذبحاً"،
    "قتل تحت التعذيب"): a word of KILLED_HOW (after its clitics) right after it."""
    return i + 1 < len(words) and (words[i + 1] in _KILLED_HOW
                                   or _TRIGGER_CLITICS.strip(words[i + 1], _KILLED_HOW)
                                   in _KILLED_HOW)


def _martyr_named(words: list[str], i: int) -> bool:
    """"ارتقاء مدني"، "ارتقى عنصران"، "ارتقى 3 من العناصر": people right after a word of
    MARTYRED, indefinite ("ارتقى الطالب إلى الصف" is no death)."""
    j = i + 1
    while j < len(words) and words[j] in _HEDGES:
        j += 1
    if j + 1 < len(words) and words[j] == _ON and words[j + 1] in _CAUSE_BETWEEN:
        j += 2  # "وارتقى على إثرها مقاتلان"
    elif j < len(words) and words[j] in _CAUSE_BETWEEN:
        j += 1  # "ارتقت جراءه سيدة"
    if j >= len(words) or words[j].startswith("ال"):
        return False
    found = _count_at(words, j)
    if found is not None:
        return found[1] < len(words) and (words[found[1]] == "من"
                                          or _people_word(words[found[1]]))
    stem = _strip(words[j])
    return stem in _DUALS or stem in _SINGULARS or stem in _PLURAL_PERSONS


def _martyrs_unnumbered(words: list[str], i: int) -> bool:
    """"ارتقاء عدد من عناصر الأمن"، "ارتقى عشرات المدنيين": a vague number of people right after
    a word of MARTYRED ("ارتقى عدد من الطلاب إلى" would need a people noun too)."""
    nxt = words[i + 1:i + 4]
    if not nxt or _strip(nxt[0]) not in _VAGUE:
        return False
    rest = nxt[2:] if nxt[1:2] == ["من"] else nxt[1:]
    return bool(rest) and _people_word(rest[0])


def sentence_toll(words: list[str]) -> tuple[int, bool]:
    """(killed counted, deaths mentioned without a number) in one sentence."""
    if _ANY_DEATH_WORD.isdisjoint(words):
        return 0, False  # most sentences name no death: one set test, no loop
    if _periodic(words):
        # "قتل 4 مدنيين ...، ليرتفع عدد القتلى منذ بدء الحملة إلى 40": the period's total
        # rises after the incident's own count, which stands
        rise = next((k for k, w in enumerate(words) if k and w.startswith(_RISING)), None)
        head = words[:rise] if rise is not None else []
        if not head or _ANY_DEATH_WORD.isdisjoint(head) or _periodic(head):
            return 0, False
        words = head
    words = _before_cumulative_rise(words)
    alone = _day_alone(words)
    if alone is not None:
        words = words[alone:]  # "... منذ بدايتها عن مقتل 500، وإن اليوم الأخير وحده شهد مقتل 21"
    words = _without_the_buried(_after_retraction(words))
    return _read_toll(words).result(words)


def _before_cumulative_rise(words: list[str]) -> list[str]:
    """"قتل تسعة مدنيين في البلدة، لترتفع حصيلة ضحايا الحملة منذ مساء الأحد إلى أكثر من
    250 قتيلاً": a toll that rises to a total since an earlier day (``_cumulative``) after
    the incident's own count sums several days; the count told before the rise stands,
    whatever figure the total gives with its death noun."""
    if not _cumulative(words):
        return words
    rise = next((k for k, w in enumerate(words) if k and w.startswith(_RISING)), None)
    head = words[:rise] if rise is not None else []
    if not head or _ANY_DEATH_WORD.isdisjoint(head) or _read_toll(head).result(head)[0] == 0:
        return words
    return head


def _day_alone(words: list[str]) -> int | None:
    """Where the figure of one day alone starts ("اليوم الأخير وحده شهد مقتل 21") after a
    total since the fighting began ("منذ بدايتها"): ``pipeline.rules.tolls.SINCE_START``."""
    since = next((k for k, w in enumerate(words[:-1])
                  if w == "منذ" and words[k + 1].startswith(_SINCE_START)), None)
    if since is None:
        return None
    return next((k + 1 for k in range(since + 2, len(words)) if words[k] in _ALONE
                 and not _DAY_WORDS.isdisjoint(words[max(0, k - tolls.DAY_ALONE_REACH):k])),
                None)


_FUNERAL = normal_forms(tolls.FUNERAL)
_FUNERAL_RELATIVES = normal_forms(tolls.FUNERAL_RELATIVES)
# A placeholder for a death word that counts no one (no death word, no count).
_NOBODY = "-"


# The words ``_funeral_word`` accepts, all of them.
_FUNERAL_FORMS = _FUNERAL | {c + f for c in ("و", "ب", "ل") for f in _FUNERAL}


def _funeral_word(word: str) -> bool:
    return word in _FUNERAL or (word[:1] in ("و", "ب", "ل") and word[1:] in _FUNERAL)


def _without_the_buried(words: list[str]) -> list[str]:
    """The words with the death words of those whose funeral is told ("تشييع شهيد
    الجمعة"، "تشييع أحد أبناء البلدة الذي قضى"; ``tolls.FUNERAL``) set apart: they died
    before it, in an incident of their own."""
    if _FUNERAL_FORMS.isdisjoint(words):
        return words  # (one set test: most sentences tell no funeral)
    out = list(words)
    for f, word in enumerate(words):
        if not _funeral_word(word):
            continue
        for d in range(f + 1, min(len(words), f + 1 + tolls.FUNERAL_REACH)):
            if words[d] not in _ANY_DEATH_WORD:
                continue
            if d <= f + 2 or words[d - 1] in _FUNERAL_RELATIVES:
                out[d] = _NOBODY  # (d == f + 2: "تشييع شاب قضى أمس")
            break
    return out


_CORRECTION = normal_forms(tolls.CORRECTION)
_CORRECTED_HARMS = tuple(normal_forms(tolls.CORRECTED_HARMS))


def _after_retraction(words: list[str]) -> list[str]:
    """The words after an outlet's correction that turns the dead it told into wounded
    ("... عن مقتل طفلين ... وتبين لاحقاً أن الطفلين أصيبا بجروح"; ``tolls.CORRECTION``):
    the deaths before it are withdrawn. ``words`` themselves where there is none."""
    if _CORRECTION.isdisjoint(words):
        return words
    for m, word in enumerate(words):
        if word in _CORRECTION:
            rest = words[m + 1:]
            if _ANY_DEATH_WORD.isdisjoint(rest) and any(
                    w.removeprefix("و").startswith(_CORRECTED_HARMS) for w in rest):
                return rest
    return words


def lowered_by_rival(words: list[str]) -> bool:
    """Whether the sentence's toll is the lower of two sources' figures it gives ("قتل 17
    شخصاً ... بينما وثق المرصد مقتل 14"): a figure reconciled already, as ACLED does."""
    if _ANY_DEATH_WORD.isdisjoint(words) or _periodic(words):
        return False
    toll = _read_toll(words)
    return toll.lowered and not (toll.update or rising(words))


def _read_toll(words: list[str]) -> _Toll:
    """The counts of a sentence that names a death, as they are read."""
    toll, i = _Toll(), 0
    bodies_told = False  # a body counted ("عثر على جثة شاب"): its dead named already
    while i < len(words):
        word = _trigger(words[i])
        bodies_told = bodies_told or word in _BODY_NOUNS
        if toll.parts and ((words[i] in _REPORTED_FORMS
                            and not (i > 0 and words[i - 1] in _SAME_SOURCE)
                            and not (i > 1 and words[i - 1] == "ما"
                                     and words[i - 2] in _ATTRIBUTION))
                           or (words[i] in _LIKELY and _guesses_figure(words, i))):
            toll.competing = True  # another source's figure, or a guess at it
            toll.earlier = _earlier_report(words, i)
        if toll.competing and words[i] in ("العدد", "والعدد") and i + 1 < len(words):
            # "... في حين قال المرصد إن العدد 17": the other source's figure, bare
            figure = number_at(words, i + 1)
            if figure is not None and not _negated(words, i):
                toll.same(figure[0])
                i = figure[1]
                if i < len(words) and _trigger(words[i]) in _BACKWARD:
                    i += 1  # "العدد ستة قتلى": the noun of the same figure
                continue
        risen = _risen_before_noun(words, i)
        if risen is not None:
            toll.update = max(toll.update, risen)
        left = _left_life(words, i) if words[i] in _RARE_STARTS else None
        if left is not None:
            if toll.competing and toll.total and _bare(words[i]) in _LEFT_LIFE_MANY:
                # "... استشهاد أربعة، بينما أفاد المرصد بأن ثلاثة فارقوا الحياة": another
                # source's figure of the same dead competes, and the lower one stands
                toll.same(left[0])
            elif toll.parts and _explains_toll(words, i):
                # "قتل ثلاثة ... بعد أن فارق أحد الجرحى الحياة": why the toll is what it is
                toll.total = max(toll.total, left[0])
            elif left[1] or (toll.parts and _new_clause(words, i)):
                # "فارق مواطنان الحياة": dead named, new to the sentence; "بينما أصيب الطفل
                # وفارق الحياة" after another's death: one more
                toll.add(left[0])
            else:
                toll.total = max(toll.total, left[0])  # "فارق الحياة": the one told of
        if words[i] in _LOSSES and _human_losses(words, i) and not _negated(words, i) \
                and _NEGATIONS.isdisjoint(words[max(0, i - tolls.LOSSES_NEGATED_WITHIN):i]):
            # "سقوط خسائر بشرية": deaths, no number ("ولا أنباء حتى الآن عن الخسائر
            # البشرية": a negation further back still says none are known)
            toll.vague = True
        lost = _lost_kin(words, i) if words[i] in _LOST else None
        if lost is not None and not _negated(words, i):
            toll.add(lost[0])  # "فقدت عائلة ثلاثة من أطفالها": they died
            i = lost[1]
            continue
        bodies = _bodies(words, i) if words[i] in _RARE_STARTS else None
        if bodies is not None and not _negated(words, i):
            toll.same(bodies)  # "عثر على جثث ثلاثة شبان"
            i += 1
            continue
        counterpart = _counterpart(words, i) if toll.parts and words[i] in _RARE_STARTS \
            else None
        if counterpart is not None:
            toll.add(counterpart[0])  # "... مقابل 23 مقاتلا": the other side's dead
            i = counterpart[1]
            continue
        if words[i].removeprefix("و").removeprefix("ف") in tolls.MET_DEATH_BEFORE and any(
                "مصرع" in w or "حتف" in w for w in words[i + 1:i + 1 + tolls.MET_DEATH_REACH]):
            word = "مصرع"
        if word in ("ضحيتها", "ضحيته", "ضحيتهم") and i > 0 and words[i - 1] in _FELL_VICTIM:
            word = "مقتل"  # "مجزرة راح ضحيتها 10 مدنيين": they died
        elif words[i] == "ضحيه" and i > 0 and words[i - 1] in _FELL_VICTIM \
                and not _negated(words, i):
            # "راح ضحية القصف أربعة مدنيين": the victims of the act named, a few words on
            fell_to = next((hit for k in range(i + 1, min(len(words), i + 4))
                            if (hit := _count_at(words, k)) is not None), None)
            if fell_to is not None and not _with_wounded_after(words, fell_to[1]):
                toll.add(fell_to[0])
                i = fell_to[1]
                continue
        if word in _SPENT and _spent_time(words, i):
            i += 1  # "قضى 25 عاما في السجن"، "قضى بسجنه": time spent, a ruling
            continue
        met_death = word in _MET_DEATH and any("مصرع" in w or "حتف" in w
                                               for w in words[i + 1:i + 3])
        if words[i] in _WIPED_OUT_FORMS and not _negated(words, i):
            wiped = _count_at(words, i + 1)  # "إبادة ثلاثة من المرتزقة": killed
            if wiped is not None and wiped[1] < len(words) and (
                    words[wiped[1]] == "من" or _people_word(words[wiped[1]])):
                more, _ = _listed_more(words, wiped[1], wiped[0])
                toll.add(wiped[0] + more)
                i = wiped[1]
                continue
        on = (i + 2 if words[i + 1:i + 2] and words[i + 1] in _ELIMINATED_BETWEEN else i + 1) \
            if words[i] in _ELIMINATED else 0
        unit_between = bool(on) and words[on:on + 1] != ["علي"] and words[i] in _ELIMINATED_BY
        if unit_between:
            on = _on_after_subject(words, i)  # "قضت وحدة من الجيش على سبعة إرهابيين"
        if on and words[on:on + 1] == ["علي"] \
                and not _negated(words, i):
            # "القضاء على 27 إرهابياً": killed, in state media ("قضت خلالها على": during them)
            j = on + 1
            while j < len(words) and words[j] in _HEDGES:
                j += 1
            eliminated = _count_at(words, j)
            if eliminated is not None and unit_between and not (
                    eliminated[1] < len(words) and (words[eliminated[1]] == "من"
                                                    or _people_word(words[eliminated[1]]))):
                eliminated = None  # after a subject, only a count of people
            if eliminated is not None:
                toll.add(eliminated[0])
                i = eliminated[1]
                continue
            if j < len(words) and _strip(words[j]) in _VAGUE:
                toll.vague = True  # "القضاء على أعداد كبيرة من الإرهابيين": no number
        # (The negation is looked at only for a word that may count: most words are none.)
        pronoun = _pronoun_death(words[i]) if word not in _TRIGGERS else None
        if words[i] in _LIFE_PRONOUN_FORMS:
            pronoun = _life_taken(words, i)  # "فتودي بحياتهما": two, named already
        if (pronoun is not None or (word not in _TRIGGERS and _fell_word(words[i]))) \
                and not _negated(words, i):
            if pronoun is not None:
                # "ما تسبب بمقتله"، "أدى إلى مقتلهما": the pronoun's people, named already
                if pronoun[0] is None:
                    toll.vague = True
                else:
                    # "أدى إلى مقتله مع ابنه"، "أدى إلى مقتله ومرافقه": the kin named with
                    # him died too (two)
                    kin = _kin_joined(words, i + 2, words[i + 2], 1, alone=True) \
                        if i + 2 < len(words) and words[i + 1] in _WITH_KIN else \
                        _kin_joined(words, i + 1, words[i + 1][1:], 1, alone=True) \
                        if i + 1 < len(words) and words[i + 1].startswith("و") else None
                    toll.same(pronoun[0] + (kin or 0))
                i += 1
                continue
            fell = _fell(words, i)
            if fell is not None:
                toll.add(fell[0])  # "سقوط أكثر من 20 جنديا": they were killed
                i = fell[1]
                continue
        if words[i] in _RISEN_NUMBER and toll.parts and words[i - 1].startswith(_RISING) \
                and words[i + 1:i + 2] and words[i + 1] in _RISES_TO \
                and _INJURY_FORMS.isdisjoint(words[:i]):
            # "ما أوقع سبعة قتلى ... قبل أن تعلن المصادر ارتفاع العدد إلى تسعة": risen
            risen_to = _count_at(words, i + 2)
            if risen_to is not None:
                toll.update = max(toll.update, risen_to[0])
                i = risen_to[1]
                continue
        # "وارتفعت الحصيلة إلى ستة": the toll named bare, after the verb that raises it (not
        # after the wounded are told: then it may be theirs too)
        bare = words[i] in ("الحصيله", "والحصيله") and rising(words[max(0, i - 2):i]) \
            and _INJURY_FORMS.isdisjoint(words[:i])
        if (word == "حصيله" or bare) and not _negated(words, i):
            update = _toll_update(words, i)
            if update is not None:
                noun = words[i + 1] if i + 1 < len(words) else ""
                if noun in _VICTIMS_FORMS:
                    if _injured_apart(words, i):
                        toll.update = max(toll.update, update)
                    else:
                        toll.vague = True  # "حصيلة الضحايا": the killed and the wounded
                elif toll.competing and toll.total and not rising(words):
                    # "قتلت ستة من المهاجمين، فيما قال المرصد إن حصيلة القتلى بلغت تسعة":
                    # another source's figure of the same dead, no later count
                    toll.same(update)
                    if i + 1 < len(words) and _trigger(words[i + 1]) in _BACKWARD:
                        i += 2  # "حصيلة القتلى": the noun of the same figure
                        continue
                else:
                    toll.update = max(toll.update, update)
        if word in _FORWARD and not _negated(words, i):
            if _joined(words, i + 1, _OTHER_HARMS_FORMS):
                before = _strip(words[i - 1]) if i > 0 else ""
                one = any(w in ("احد", "احدي") for w in words[max(0, i - 5):i])
                if one or before in _SINGULARS or before in _DUALS or number_at(words, i - 1):
                    # "شخص قتل وأصيب خمسة آخرون": the verb is about who comes before it
                    toll.add(_count_before(words, i) or 1)
                else:
                    # "مقتل وإصابة 40"، "قتل وجرح العشرات": no death count of its own
                    toll.vague = True
                i += 2
                continue
            if (word == "بحياه" and not any(w.endswith(_TOOK_LIFE)
                                            for w in words[max(0, i - 3):i])) \
                    or (word in _LIVES and not any(w.endswith(_TOOK_LIVES)
                                                   for w in words[max(0, i - 3):i])):
                i += 1
                continue
            if word in _NAMED_AFTER and not _martyr_named(words, i) \
                    and not any(_trigger(w) in ("شهيدا", "شهداء", "شهيدين")
                                for w in words[i + 1:i + 8]):
                # "ارتقاء عدد من عناصر الأمن": martyred, no number given
                toll.vague = toll.vague or _martyrs_unnumbered(words, i)
                i += 1
                continue
            if toll.parts and i > 0 and words[i - 1] in _ACT_NOUNS:
                i += 1  # "قتل شخصان بعملية اغتيال": the act that killed those counted
                continue
            if toll.parts and not _ONE_OF_THEM.isdisjoint(words[max(0, i - 2):i]):
                i += 1  # "ثلاثة قتلى، أحدهم توفي متأثراً بجراحه": one of those counted
                continue
            nth = _nth_dead(words, i)
            if nth:
                toll.update = max(toll.update, nth)  # "قتل مدني ثالث": the toll is three
            found = _count_after(words, i)
            if found is not None and found[0] == 1 and words[i].startswith(("ال", "وال", "بال")) \
                    and i + 1 < len(words) and not _people_word(words[i + 1]):
                found = None  # "جريمة الاغتيال النكراء": the act told of, no one more
            if word in _ACTIVE and (found is None or found[0] is None
                                    or (found[0] == 1 and not _people_word(words[i + 1]))):
                ahead = _count_ahead(words, i + 1)
                if ahead is not None and found is not None and found[0] == 1 \
                        and words[ahead[1] + 1:ahead[1] + 2] in (["اخرين"], ["اخرون"]):
                    ahead = (ahead[0] + 1, ahead[1])  # "قتلت بوتو مع 23 شخصا آخرين"
                found = ahead or found
            if word in ("اغتال", "اغتالت") and (found is None or found[0] is None):
                found = (1, i + 1)  # "اغتال مسلحون مختار البلدة": one victim, agents follow
            if found is None and i > 0 and _person_before(words, i) \
                    and (i + 1 == len(words) or words[i + 1] in _CLAUSE_STOP):
                # "طفلة قتلت وجرح والدها": the one killed named before the verb
                toll.add(_count_before(words, i) or 1)
                i += 1
                continue
            if bodies_told and found is not None and found[0] == 1 and _how_killed(words, i):
                i += 1  # "عثر على جثة شاب قتل برصاص": how the body's dead was killed
                continue
            if found is not None:
                value, j = found
                if value is None:
                    # "قتل عدد من مسلحي التنظيم و5 من مسلحي الفصائل": the 5 are counted,
                    # the rest stay unknown (5 is the conservative toll)
                    toll.vague = True
                    more, _ = _listed_more(words, j, 0)
                    if more:
                        toll.add(more)
                elif _with_wounded_after(words, j):
                    toll.vague = True  # "راح ضحيتها أكثر من 100 بين قتيل وجريح"
                elif toll.competing and toll.earlier and toll.total:
                    toll.competing = False  # "وكان المرصد قد أفاد باستشهاد 3": superseded
                elif toll.competing and toll.total and value > 1 and "من" not in words[j:j + 2]:
                    # "... بينما أفاد المرصد بمقتل 14": another source's figure of the same
                    # dead (a force named after the count, "مقتل 6 من عناصر النظام", is the
                    # other side's and adds up)
                    more, _ = _listed_more(words, j, value)
                    toll.same(value + more)
                else:
                    more, _ = _listed_more(words, j, value)
                    toll.add(value + more)
                    if toll.update and (_in_addition(words, i)
                                        or _attackers_counted(words[i + 1:j + 2])):
                        # "ارتفع إلى 4 عدد قتلى الحامية ... فيما تشير المعلومات إلى مقتل
                        # مهاجمين اثنين": the attackers are other dead than the risen toll's
                        toll.added += value + more
                i = max(i + 1, j)
                continue
        elif (word in _VERB_AFTER or met_death) and not _negated(words, i):
            subject = _count_before(words, i, far=True)
            # (a hedge may stand before the object: "وقتلوا ما لا يقل عن عشرة عناصر")
            obj = i + 1
            while obj < len(words) and words[obj] in _HEDGES:
                obj += 1
            killed = _count_at(words, obj) if subject is None and word in _VERB_AFTER \
                else None
            if killed is not None and (words[killed[1]:killed[1] + 1] == ["من"] or (
                    killed[1] < len(words) and _people_word(words[killed[1]]))):
                # "إن المقاتلين قتلوا 14 عنصراً": active, the dead its object
                more, _ = _listed_more(words, killed[1], killed[0])
                toll.add(killed[0] + more)
                i = killed[1]
                continue
            killed = _object_after_time(words, i + 1) if subject is None \
                and word in _VERB_AFTER else None
            if killed is not None:
                toll.add(killed[0])  # "قتلوا، ليل الخميس، مختار القرية": one, the object
                i = killed[1]
                continue
            if subject and toll.parts and not toll.competing and subject not in toll.parts \
                    and not _LOST_RANKS.isdisjoint(words[max(0, i - tolls.OWN_MEN_REACH):i]):
                toll.add(subject)  # "ثلاثة من مقاتليها قضوا": a side's own men, more dead
            else:
                toll.same(subject or 0)
            if subject and word in _VERB_AFTER:
                # "عشرون عنصراً قتلوا في المعارك ...، إلى جانب تسعة مقاتلين": the other side's
                more = _added_later(words, i + 1, i + 1 + tolls.IN_ADDITION_REACH)
                if more:
                    toll.add(more)
            if subject is None and word in _VERB_AFTER:
                # "إن عشرات العناصر من قوات النظام قتلوا": dead without a number
                toll.vague = toll.vague or any(_strip(w) in _VAGUE
                                               for w in words[max(0, i - _VAGUE_REACH):i])
        elif word in _BACKWARD and not _negated(words, i):
            if _joined(words, i + 1, _WOUNDED_FORMS):
                if word in _DEAD_TWO and not _counted_before(words, i):
                    toll.same(2)  # "قتيلان وجرحى": the dual counts its dead, not the wounded
                elif word in _DEAD_ONE and not _counted_before(words, i) \
                        and not words[i].startswith(("ال", "وال")):
                    toll.same(1)  # "خلّف القصف قتيلاً وجريحاً": one dead, one wounded
                else:
                    toll.vague = True  # "45 قتيل وجريح"، "بين قتيل وجريح": killed and wounded
                i += 1
                continue
            # "الشهداء"/"الجثث": the dead already counted, unless a new toll follows.
            definite = words[i].startswith(("ال", "وال", "بال", "لل"))
            counted = i > 0 and _strip(words[i - 1]) == "عدد"  # "ارتفع عدد قتلى ... إلى 2"
            value = _toll_update(words, i) if definite or counted else _count_before(words, i)
            if definite and value is None:
                toll.vague = toll.vague or any(_strip(w) in _VAGUE
                                               for w in words[max(0, i - 2):i])
                i += 1
                continue
            if not definite and not counted and not toll.total \
                    and (among := _dead_among_casualties(words, i)) is not None:
                value = among[0]  # "بين قتيل وجريح، بينهم 4 قتلى": the dead of the casualties
            if value is None:
                toll.vague = toll.vague or word in ("قتلي", "شهداء")
            else:
                # "3 قتلى في صفوف قسد و5 في صفوف التنظيم"، "7 قتلى من المدنيين و4 من
                # العسكريين": the other group's count joined after the dead noun
                toll.same(value + _other_group_joined(words, i + 1))
        elif words[i] in _VICTIMS_FORMS and i > 0 \
                and _strip(words[i - 1]) == "عدد":
            # "ارتفع عدد الضحايا إلى 8 أشخاص و18 مصابا": victims are the dead only when
            # the wounded are counted apart; else the figure is killed and wounded.
            value = _toll_update(words, i)
            if value is not None and _injured_apart(words, i):
                toll.update = max(toll.update, value)
            elif value is not None:
                toll.vague = True
        i += 1
    return toll


_ATTACKERS = normal_forms(tolls.ATTACKERS)
_ATTACKERS_COUNTED = normal_forms(tolls.ATTACKERS_COUNTED)
_ATTACKER_STEMS = frozenset(w.removeprefix("ال") for w in _ATTACKERS)
# One attacker, named in the singular ("الانتحاري"، "المهاجم"): one more dead in a list.
_ATTACKER_ONE = frozenset(w for w in _ATTACKERS if not w.endswith("ين"))
_ATTACKER_PHRASES = frozenset((normalize(a), normalize(b)) for a, b in tolls.ATTACKER_PHRASES)
_SELF_DETONATED = normal_forms(tolls.SELF_DETONATED)
_SELF = normal_forms(tolls.SELF)
_SELVES_TWO = normal_forms(tolls.SELVES_TWO)
_SELF_DETONATION_UNDONE = normal_forms(tolls.SELF_DETONATION_UNDONE)
_PERSONS_DEAD = normal_forms(tolls.PERSONS_DEAD)


def persons_dead(words: list[str]) -> bool:
    """Whether a sentence counts its dead as persons of any side ("25 قتيلاً"، "عدد الضحايا
    إلى 8 أشخاص"), not as the people struck ("أحد عناصر الشرطة"): ``tolls.PERSONS_DEAD``."""
    return any(w.removeprefix("و").removeprefix("ال") in _PERSONS_DEAD
               or w.removeprefix("ب").removeprefix("ال") in _PERSONS_DEAD for w in words)


def _attackers_counted(words: list[str]) -> bool:
    """Whether the words that count the dead name them as the attackers ("مهاجمين اثنين")."""
    return any(w.removeprefix("ال") in _ATTACKER_STEMS for w in words)


def attacker_deaths(words: list[str]) -> int:
    """The attackers a sentence says were killed: "قتلت القوات المهاجم" (1), "بينما قتل
    مطلق النار" (1), "قتل أحد المهاجمين" (1)."""
    killed = 0
    for i, raw in enumerate(words):
        if _trigger(raw) not in _FORWARD or _negated(words, i):
            continue
        nxt = words[i + 1:i + 3]
        if nxt[:1] and nxt[0] in ("احد", "احدي"):
            nxt = nxt[1:]
        if (nxt[:1] and nxt[0] in _ATTACKERS) or tuple(nxt) in _ATTACKER_PHRASES:
            killed += 1
    for k in range(2, len(words)):
        if words[k] in _ATTACKERS_COUNTED and words[k - 1] == "من":
            killed += _attackers_of(words, k - 1)
    return killed


def self_detonated(words: list[str]) -> int:
    """The suicide bombers a sentence says blew themselves up: "فجّر الآخر نفسه" (1),
    "انتحاريان فجرا نفسيهما" (2); not a blast only meant or prevented ("حاول تفجير نفسه")."""
    if _SELF_DETONATED.isdisjoint(words):
        return 0
    dead = 0
    for i, w in enumerate(words):
        if w not in _SELF_DETONATED or _negated(words, i) \
                or not _SELF_DETONATION_UNDONE.isdisjoint(words[max(0, i - 3):i]):
            continue
        after = words[i + 1:i + 1 + tolls.SELF_DETONATED_REACH]
        if not _SELF.isdisjoint(after):
            dead = max(dead, 1)
        elif not _SELVES_TWO.isdisjoint(after):
            dead = max(dead, 2)
    return dead


def _attackers_of(words: list[str], of: int) -> int:
    """"مقتل خمسة من المهاجمين"، "اثنين على الأقل من المهاجمين قتلا": the count before the
    "من" at ``of`` (a hedge after it read past), when a death word is told right before
    the count or right after the attackers; 0 otherwise."""
    end = of
    while end > 0 and words[end - 1] in _HEDGES_AFTER:
        end -= 1
    for j in range(max(0, end - 3), end):
        found = _count_at(words, j)
        if found is None or found[1] != end:
            continue
        before = words[max(0, j - 2):j]
        after = words[of + 2:of + 4]
        if (any(_trigger(w) in _FORWARD for w in before) and not _negated(words, j)) \
                or any(_trigger(w) in _VERB_AFTER for w in after):
            return found[0]
        return 0
    return 0


_EXPECTED_RISE = normal_forms(tolls.EXPECTED_RISE)
_RISING_PRESENT = normal_forms(tolls.RISING_PRESENT)
_RAISES = normal_forms(tolls.RAISES)
_RANGE_TO = normal_forms(("إلى", "الى", "حتى"))
_RISE_NARRATED_AFTER = frozenset(tuple(normalize(w) for w in pair)
                                 for pair in tolls.RISE_NARRATED_AFTER)
_BECOMES = normal_forms(tolls.BECOMES)
_UPDATED = normal_forms(tolls.UPDATED)
_LATER = normal_forms(tolls.LATER)
_TOLL_WORDS = frozenset({"الحصيله", "والحصيله", "حصيله", "عدد", "وعدد"})


def rising(words: list[str]) -> bool:
    """Whether the words tell a toll that rises (a word opening with one of RISING), not
    one only foreseen ("مرجحاً ارتفاع العدد": the figures told stand); or a toll that
    becomes a figure ("لتصبح الحصيلة خمسة"، "عدد القتلى أصبح خمسة"), or is raised ("ما
    يرفع حصيلة القتلى إلى ستة", ``RAISES``)."""
    # Remembered by the words: the readings of one sentence's toll ask it again and again,
    # and it looks at every word.
    return _rising_of(tuple(words))


@lru_cache(maxsize=4096)
def _rising_of(words: tuple[str, ...]) -> bool:
    return _rising(list(words))


def _rising(words: list[str]) -> bool:
    for k, w in enumerate(words):  # (a loop, not a generator: every word of the sentences)
        if (w.startswith(_RISING) and _EXPECTED_RISE.isdisjoint(words[max(0, k - 2):k])) \
                or (w in _RISING_PRESENT and k >= 2
                    and (words[k - 2], words[k - 1]) in _RISE_NARRATED_AFTER) \
                or (w in _BECOMES and any(_names_a_toll(words, t)
                                          for t in range(max(0, k - 3), k + 3))) \
                or (w in _RAISES and any(_names_a_toll(words, t) for t in (k + 1, k + 2))) \
                or (w in _UPDATED and k > 0 and words[k - 1].endswith("حصيله")) \
                or (w in _LATER and not _died_later(words, k)
                    and any(_names_a_toll(words, t) for t in range(len(words)))) \
                or (_trigger(w) in _FORWARD and _nth_dead(words, k) > 0):  # "قتل مدني ثالث"
            return True
    return False


def _died_later(words: list[str], k: int) -> bool:
    """"18 قتيلاً بينهم مصابون توفوا لاحقاً": the word of LATER at ``k`` right after a death
    verb tells when some of the dead died, not that the figure is a later count (a second
    source's figure stays a rival, the lower one standing)."""
    return k > 0 and words[k - 1] in _ANY_DEATH_WORD and not words[k - 1].endswith("حصيله")


def _names_a_toll(words: list[str], k: int) -> bool:
    """"الحصيلة"، "عدد القتلى"، "عدد الضحايا" at ``k`` ("عدد من المدنيين" is none)."""
    if k >= len(words):
        return False
    if words[k] in _TOLL_WORDS:
        return words[k].endswith("حصيله") or (
            k + 1 < len(words) and (_trigger(words[k + 1]) in _BACKWARD
                                    or words[k + 1] in _VICTIMS_FORMS))
    return False
