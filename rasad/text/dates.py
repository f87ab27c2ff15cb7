"""Arabic time expressions, resolved against a reference (publication) date.

Covers Gregorian months in both Arabic naming systems (يونيو / حزيران) and the combined forms
«يونيو/حزيران», «يونيو (حزيران)», with the day in digits or as an ordinal («السادس عشر من
أغسطس»); Maghrebi month names; Hijri months and years; years («في 2016»,
«منذ العام 2003»); relative days («أمس», «اليوم», «غدا»); counted offsets («قبل ثلاثة أسابيع»,
«بعد يومين»); named periods («الأسبوع الماضي», «الشهر المقبل», «مطلع العام الجاري»); weekdays.
A month or day written without its year falls in the latest year that puts it at most two months after
the reference date. Matching runs on normalised text; spans are mapped back to the original.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Iterable, Optional, Sequence

from ..schema import DateMention
from .normalize import normalize_with_offsets

_GREGORIAN = {
    1: ["يناير", "كانون الثاني", "جانفي"],
    2: ["فبراير", "شباط", "فيفري"],
    3: ["مارس", "اذار"],
    4: ["ابريل", "نيسان", "افريل"],
    5: ["مايو", "ايار", "ماي"],
    6: ["يونيو", "يونيه", "حزيران", "جوان"],
    7: ["يوليو", "يوليه", "تموز", "جويليه"],
    8: ["اغسطس", "اب", "اوت"],
    9: ["سبتمبر", "ايلول"],
    10: ["اكتوبر", "تشرين الاول"],
    11: ["نوفمبر", "تشرين الثاني"],
    12: ["ديسمبر", "كانون الاول"],
}
_HIJRI = {
    1: ["محرم"],
    2: ["صفر"],
    3: ["ربيع الاول"],
    4: ["ربيع الاخر", "ربيع الثاني"],
    5: ["جمادي الاولي", "جمادي الاول"],
    6: ["جمادي الاخره", "جمادي الثانيه", "جمادي الاخر"],
    7: ["رجب"],
    8: ["شعبان"],
    9: ["رمضان"],
    10: ["شوال"],
    11: ["ذو القعده", "ذي القعده"],
    12: ["ذو الحجه", "ذي الحجه"],
}
_MONTH_OF = {name: m for m, names in _GREGORIAN.items() for name in names}
_HIJRI_OF = {name: m for m, names in _HIJRI.items() for name in names}

_NUMBER_WORDS = {
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8,
    "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "بضعه": 3, "بضع": 3, "عده": 3,
}
_ORDINAL_UNITS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
                  "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
_ORDINAL_TENS = {"عشر": 10, "والعشرين": 20, "والثلاثين": 30}


def _ordinal_days() -> dict[str, int]:
    """«الأول» … «الحادي والثلاثين»: day-of-month ordinals, normalised, to their number."""
    days = {w: n for w, n in _ORDINAL_UNITS.items() if w != "الحادي"}
    days.update({"العشرين": 20, "الثلاثين": 30})
    for w, n in _ORDINAL_UNITS.items():
        if w in ("الاول", "العاشر"):
            continue
        for tens, t in _ORDINAL_TENS.items():
            if n + t <= 31:
                days[f"{w} {tens}"] = n + t
    return days


_ORDINAL_DAY = _ordinal_days()
_UNITS = {  # unit word -> (days per unit, is_dual)
    "يوم": (1, False), "ايام": (1, False), "يومين": (1, True), "يومان": (1, True),
    "اسبوع": (7, False), "اسابيع": (7, False), "اسبوعين": (7, True), "اسبوعان": (7, True),
    "شهر": (30, False), "اشهر": (30, False), "شهور": (30, False), "شهرين": (30, True),
    "شهران": (30, True), "سنه": (365, False), "سنوات": (365, False), "سنين": (365, False),
    "عام": (365, False), "اعوام": (365, False), "عامين": (365, True), "سنتين": (365, True),
    "عامان": (365, True),
}
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_PERIOD_WORDS = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}
_PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق", "الفائت")
_FUTURE = ("المقبل", "المقبله", "القادم", "القادمه")
_CURRENT = ("الجاري", "الجاريه", "الحالي", "الحاليه")
_PART_OF = {"مطلع": "start", "بدايه": "start", "اوائل": "start", "منتصف": "middle",
            "اواسط": "middle", "اواخر": "end", "نهايه": "end", "اخر": "end"}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_W = r"(?<![\w])"  # word start
_E = r"(?![\w])"  # word end
_PRE = r"(?:[وفبل]|وب|ول|في|فب)?"  # clitics attached to the first word of an expression
_QUAL = rf"(?:\s+(?:ال)?(?P<qual>{_alt(_PAST + _FUTURE + _CURRENT)}))?"
_DIG = r"\d{1,2}"
_YEAR = r"(?:19|20)\d\d"
_GMONTH = _alt(_MONTH_OF)
_HMONTH = _alt(_HIJRI_OF)

_NARRATIVE_STEP = re.compile(r"(?:\s+واحد[هة]?)?\s*[،,]")  # «وبعد يومين،» opening a clause
_ANCHORED_ELSEWHERE = re.compile(r"\s+(?:فقط\s+|تقريبا\s+)?(?:من|علي)\s+(?!الان\b)")  # «بعد يومين (فقط) من …»
_DATE_RE = re.compile(
    # (one word-start test for all the alternatives: most positions fail it)
    rf"{_W}"
    # Gregorian: [day] month[/month | (month)] [year] [qualifier]
    rf"(?:(?:(?P<day>{_DIG})\s*(?:من\s+)?|{_PRE}(?P<oday>{_alt(_ORDINAL_DAY)})\s+من\s+)?{_PRE}(?P<month>{_GMONTH}){_E}"
    rf"(?:\s*[/\-]\s*(?:{_GMONTH}){_E}|\s*\(\s*(?:{_GMONTH})\s*\))?"
    rf"(?:\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<year>{_YEAR}){_E})?{_QUAL}"
    # Hijri: [day] month [year] [هـ]
    rf"|(?:(?P<hday>{_DIG})\s*(?:من\s+)?)?{_PRE}(?:شهر\s+)?(?P<hmonth>{_HMONTH}){_E}"
    rf"(?:\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<hyear>1[34]\d\d)\s*(?:ه{_E}|هـ)?)?{_QUAL.replace('qual', 'hqual')}"
    # Year with a temporal cue word
    rf"|{_PRE}(?P<cue>في|عام|العام|سنه|منذ|حتي|مطلع|نهايه|اواخر|اوائل|خلال)\s+(?:(?:ال)?(?:عام|سنه)\s+)?(?P<cyear>{_YEAR}){_E}"
    # Counted offset: قبل ثلاثة أسابيع / بعد يومين
    rf"|{_PRE}(?P<dir>قبل|بعد|منذ)\s+(?:(?P<n>\d{{1,3}}|{_alt(_NUMBER_WORDS)})\s+(?P<unit>{_alt(_UNITS)})|(?P<unit1>يوم|اسبوع|شهر|عام|سنه|{_alt(k for k, v in _UNITS.items() if v[1])})){_E}"
    # Named periods: [part of] الأسبوع/الشهر/العام qualifier
    rf"|{_PRE}(?:(?P<part>{_alt(_PART_OF)})\s+)?(?P<period>الاسبوع|الشهر|العام|السنه)\s+(?P<pqual>{_alt(_PAST + _FUTURE + _CURRENT)}){_E}"
    # Relative days
    rf"|{_PRE}(?P<rel>اول\s+(?:من\s+)?امس|امس|البارحه|اليوم|غدا|بعد\s+غد){_E}"  # «أول أمس», «أول من أمس»
    # Weekdays
    rf"|{_PRE}(?:يوم\s+)?(?P<wday>{_alt(_WEEKDAYS)}){_E}(?:\s+(?P<wqual>{_alt(_PAST + _FUTURE)}){_E})?"
    r")"
)


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _relation(d: date, precision: str, ref: date) -> str:
    if precision == "year":
        same = d.year == ref.year
    elif precision == "month":
        same = (d.year, d.month) == (ref.year, ref.month)
    else:
        same = d == ref
    if same:
        return "present"
    return "past" if d < ref else "future"


def _number(word: Optional[str]) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


_AHEAD_DAYS = 61  # how far ahead of the document a date written without its year may lie (two months)


def _month_date(month: int, day: Optional[str], year: Optional[str], qual: Optional[str],
                ref: date) -> tuple[date, str]:
    precision = "day" if day else "month"
    d = int(day) if day else 1
    if year:
        y = int(year)
    elif qual in _FUTURE:
        y = ref.year if (month, d) > (ref.month, ref.day) else ref.year + 1
    elif qual in _PAST:
        y = ref.year if (month, d) < (ref.month, ref.day) else ref.year - 1
    else:
        # a date without a year is the latest one at most two months ahead: news mostly tells the past,
        # so «في الثاني من أكتوبر» in a January report is last October, «في يناير» in a December one next month
        y = max(year for year in (ref.year - 1, ref.year, ref.year + 1)
                if (date(year, month, min(d, calendar.monthrange(year, month)[1])) - ref).days <= _AHEAD_DAYS)
    d = min(d, calendar.monthrange(y, month)[1])
    return date(y, month, d), precision


def _hijri_date(month: int, day: Optional[str], year: Optional[str], qual: Optional[str],
                ref: date) -> Optional[tuple[date, str]]:
    from hijridate import Gregorian, Hijri

    ref_h = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    if year:
        y = int(year)
    elif qual in _FUTURE:
        y = ref_h.year if month > ref_h.month else ref_h.year + 1
    elif qual in _PAST:
        y = ref_h.year if month < ref_h.month else ref_h.year - 1
    else:
        y = ref_h.year
    try:
        g = Hijri(y, month, int(day) if day else 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day), "day" if day else "month"


def _period_date(period: str, part: Optional[str], qual: str, ref: date) -> tuple[date, str]:
    unit = _PERIOD_WORDS[period]
    step = -1 if qual in _PAST else 1 if qual in _FUTURE else 0
    if unit == "week":
        return ref + timedelta(weeks=step), "day"
    if unit == "month":
        d = _add_months(ref.replace(day=1), step)
        if part:
            d = d.replace(day={"start": 1, "middle": 15, "end": calendar.monthrange(d.year, d.month)[1]}[_PART_OF[part]])
            return d, "day"
        return d, "month"
    y = ref.year + step
    if part:
        return date(y, {"start": 1, "middle": 6, "end": 12}[_PART_OF[part]], 1), "month"
    return date(y, 1, 1), "year"


def _resolve(m: re.Match, ref: date) -> Optional[tuple[date, str]]:
    g = m.group
    if g("month"):
        day = g("day") or (str(_ORDINAL_DAY[g("oday")]) if g("oday") else None)
        return _month_date(_MONTH_OF[g("month")], day, g("year"), g("qual"), ref)
    if g("hmonth"):
        if not (g("hday") or g("hyear") or g("hqual") or "شهر" in m.group(0)):
            return None  # «رجب طيب أردوغان», «شعبان»: a bare Hijri month name is more often a name
        return _hijri_date(_HIJRI_OF[g("hmonth")], g("hday"), g("hyear"), g("hqual"), ref)
    if g("cyear"):
        return date(int(g("cyear")), 1, 1), "year"
    if g("unit") or g("unit1"):
        if g("dir") != "منذ" and _ANCHORED_ELSEWHERE.match(m.string, m.end()):
            return None  # «بعد أسبوعين من محادثات جنيف», «قبل يومين على الانتخابات»: counted from another event
        if g("dir") == "بعد" and _NARRATIVE_STEP.match(m.string, m.end()):
            return None  # «وبعد يوم واحد، سقطت قذائف …»: a step in the story told, from its last event
        days, dual = _UNITS[g("unit") or g("unit1")]
        n = 2 if dual else _number(g("n"))
        delta = timedelta(days=days * n)
        d = ref + delta if g("dir") == "بعد" else ref - delta
        return d, "day" if days < 30 else "month" if days < 365 else "year"
    if g("period"):
        return _period_date(g("period"), g("part"), g("pqual"), ref)
    if g("rel"):
        rel = re.sub(r"\s+", " ", g("rel")).replace("اول من امس", "اول امس")
        offset = {"اول امس": -2, "امس": -1, "البارحه": -1, "اليوم": 0, "غدا": 1, "بعد غد": 2}[rel]
        return ref + timedelta(days=offset), "day"
    if g("wday"):
        target = _WEEKDAYS[g("wday")]
        if g("wqual") in _FUTURE:
            ahead = (target - ref.weekday()) % 7 or 7
            return ref + timedelta(days=ahead), "day"
        back = (ref.weekday() - target) % 7
        return ref - timedelta(days=back), "day"
    return None


# every time expression contains one of these words (maybe behind a one- or two-letter clitic) or a
# digit: a sentence without any has no date, and the costly search can be spared
_ANCHOR_WORDS = frozenset(
    {w for names in (*_GREGORIAN.values(), *_HIJRI.values()) for name in names for w in name.split()}
    | set(_UNITS) | set(_PERIOD_WORDS) | set(_WEEKDAYS) | {"امس", "البارحه", "اليوم", "غدا", "غد"})


def may_mention_time(words: Iterable[str]) -> bool:
    """False only when none of the normalised `words` can be part of a time expression."""
    for w in words:
        if w[:1].isdigit() or w[-1:].isdigit() or w in _ANCHOR_WORDS or w[1:] in _ANCHOR_WORDS \
                or w[2:] in _ANCHOR_WORDS:
            return True
    return False


def is_time_word(word: str) -> bool:
    """The normalised `word` can stand in a date: a number, a month, a weekday, a unit, «أمس», or a word
    placing it («الماضي», «المقبل», «الجاري»)."""
    return may_mention_time((word,)) or word in _QUALIFIERS


_QUALIFIERS = frozenset(_PAST + _FUTURE + _CURRENT)


DATE_OPENERS = frozenset({"في", "وفي", "منذ"})
_DAY_WORDS = frozenset(w for day in _ORDINAL_DAY for w in day.split()) | set(_ORDINAL_TENS)
_MONTH_WORDS = {tuple(name.split()) for name in (*_MONTH_OF, *_HIJRI_OF)}


def _month_end(words: Sequence[str], k: int) -> Optional[int]:
    """Index of the last word of a month's name starting at `words[k]`, or None."""
    for size in (2, 1):
        name = tuple(words[k:k + size])
        if len(name) == size and name in _MONTH_WORDS:
            return k + size - 1
    return None


def day_and_month_end(words: Sequence[str], k: int) -> Optional[int]:
    """Index of the last of the normalised `words` of a day and month named from `words[k]` («في الخامس والعشرين
    من فبراير/شباط الماضي», «في 3 كانون الثاني 2020», «في مايو الماضي»), or None: a cheap look at words, for passing
    a date over."""
    j = k + 1 if k < len(words) and words[k] in DATE_OPENERS else k
    day = j
    while j < len(words) and j - day < 3 and (words[j] in _DAY_WORDS or words[j].isdigit() and len(words[j]) <= 2):
        j += 1
    if j == day == k:
        return None  # (a month alone needs «في» before it: «في مايو الماضي»)
    if j > day and j < len(words) and words[j] == "من":
        j += 1
    end = _month_end(words, j)
    if end is None:
        return None
    if end + 2 < len(words) and words[end + 1] == "/" and (second := _month_end(words, end + 2)) is not None:
        end = second  # «فبراير/شباط»
    if end + 1 < len(words) and (words[end + 1] in _QUALIFIERS or len(words[end + 1]) == 4 and words[end + 1].isdigit()):
        end += 1
    return end


# words that introduce a month named alone («في مايو», «منذ نيسان», «مطلع يونيو»)
_MONTH_INTRODUCERS = frozenset({"في", "منذ", "حتي", "شهر", "خلال", "قبل", "بعد", "الي", "من", "اواخر", "اوائل",
                                "اواسط", "منتصف", "مطلع", "بدايه", "نهايه", "اخر", "وفي", "ومنذ"})


def _bare_month(m: re.Match, norm: str) -> bool:
    """A Gregorian month named with no day, year, qualifier, clitic or introducing word: a name
    («تيريزا ماي», «شركة نيسان»), not a date."""
    month = m.group("month")
    if month is None:
        return False
    # (a day, year, qualifier, second name or clitic makes the match longer than the month; but «آب»
    # with nothing but a clitic, «باب», «وباب», is a door or gate)
    if m.group() != month and not (month == "اب" and m.group().endswith(month) and " " not in m.group()):
        return False
    before = norm[:m.start()].split()
    return not before or before[-1] not in _MONTH_INTRODUCERS


def find_dates(text: str, ref: Optional[date], start: int = 0, end: Optional[int] = None) -> list[DateMention]:
    """Time expressions in ``text[start:end]``, resolved against `ref` (spans into `text`).

    Without a reference date, only expressions that carry their own year are resolved.
    """
    piece = text[start:end]
    norm, offsets = normalize_with_offsets(piece)
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(norm):
        explicit_year = m.group("year") or m.group("cyear") or m.group("hyear")
        if _bare_month(m, norm):
            continue
        base = ref or (date(2000, 1, 1) if explicit_year else None)
        if base is None:
            continue
        try:
            resolved = _resolve(m, base)
        except ValueError:
            continue
        if resolved is None:
            continue
        d, precision = resolved
        s, e = start + offsets[m.start()], start + offsets[m.end()]
        relation = _relation(d, precision, ref) if ref else "past"
        out.append(DateMention(text[s:e], (s, e), d.isoformat(), precision, relation))
    return out
