"""The clause structure of one sentence that every frame reads: where a trigger's argument zone
ends, asides and appositions set off by commas, lists of conjoined parties, relative clauses, nisbas."""
from __future__ import annotations

from copy import copy
from dataclasses import replace
from functools import cached_property
from typing import Callable, Optional, Sequence, TypeVar

from ...schema import Token, Trigger
from ...text.normalize import normalize_keep_ta
from ..mentions import NP, QUANTIFIERS, QUOTES, RELATIVES, has_article
from .words import (
    ADVERBIAL_HEADS, ADVERBIAL_REACH, APPOSITION_REACH, APPOSITION_WORDS, APPOSITIVE_HEADS, ASIDE_REACH, ATTRIBUTING,
    BEFORE_AFTER, BETWEEN, CLAUSE_BREAKS, CONTINUING, DESCRIBING_PRONOUNS, DOCUMENTS, DOUBLED_VERBS, GROUP_HEADS,
    LIGHT_VERBS, MEDIATION, MODEL_WORDS, NEW_CLAUSE, ONSETS, PARTICLES, PARTITIVES, PREMISES, PREPS, PUT_FORWARD,
    SAYING_VERBS, SINCE, SPAN_ENDS, SPAN_PREPS, SPEECH_PARTICIPLES, STATEMENT_ASIDE_WORDS, TIME_INTRODUCERS, TIME_SPANS,
    TOPIC_MARKERS, WHEN, WITH_PRONOUNS,
    conjoined_word, is_complementizer, is_discourse_aside, is_glue, is_one_of, is_statement_aside, names_go_between,
    opens_while, prep_clitic, prep_key, statement_phrase_end, vague_times, word_key)


_Finder = TypeVar("_Finder", bound="Clause")


_TITLE_RUN = 12  # words of titles a named person may carry before the comma that ends them


class Clause:
    """The clause structure of one sentence: its phrases, triggers, mediators and argument zones."""

    def __init__(self, tokens: list[Token], nps: list[NP], triggers: list[Trigger],
                 boundaries: Optional[list[Trigger]] = None, time_spans: tuple[tuple[int, int], ...] = (),
                 opening: int = 0):
        self.tokens = tokens
        self.opening = opening  # tokens before it (a dateline) open no clause
        nps = [self._partitive(np) for np in nps]
        # tokens of time expressions («في السادس عشر من أغسطس/آب»), with the word that introduces them
        self.time_tokens = {k for k, t in enumerate(tokens) for a, b in time_spans if a <= t.span[0] and t.span[1] <= b}
        self.time_tokens |= {k - 1 for k in self.time_tokens if k > 0 and tokens[k - 1].norm in TIME_INTRODUCERS}
        self.time_tokens |= vague_times(tokens, self.time_tokens)
        self.spans_of_time = self._spans_of_time(tokens)
        self.nps = nps
        self._set_triggers(triggers, boundaries)
        self.mediators = self._mediators()
        mediator_ids = {id(m) for m in self.mediators}
        # «دانت الحكومة اليمنية التصريحات على لسان وزير الإعلام»: who voices the actor's act is neither party
        voices = {id(np) for np in nps if np.first_token > 0 and tokens[np.first_token - 1].norm in ("لسان", "بلسان")}
        self.candidates = [np for np in nps if id(np) not in mediator_ids | voices]

    @staticmethod
    def _spans_of_time(tokens: list[Token]) -> set[int]:
        """Tokens of spans of time after «خلال», «طوال» («خلال الأسابيع الأولى من الحرب», «طوال الأشهر الماضية»),
        which the date finder does not place on the calendar."""
        out: set[int] = set()
        for k, tok in enumerate(tokens[:-1]):
            if tok.norm.removeprefix("و") not in SPAN_PREPS or tokens[k + 1].keys[-1] not in TIME_SPANS:
                continue
            end = k + 1
            if end + 1 < len(tokens) and not SPAN_ENDS.isdisjoint(tokens[end + 1].keys):
                end += 1
            if end + 2 < len(tokens) and tokens[end + 1].norm == "من" and tokens[end + 2].is_word:
                end += 2  # «… من الحرب»: the span's own event tells when too
            out.update(range(k, end + 1))
        return out

    def _set_triggers(self, triggers: list[Trigger], boundaries: Optional[list[Trigger]]) -> None:
        self.triggers = triggers
        self.boundaries = boundaries if boundaries is not None else triggers  # what ends an argument zone
        self.trigger_tokens = {k for t in triggers for k in range(t.first_token, t.last_token + 1)}
        self.noun_trigger_tokens = {k for t in triggers if t.entry.pos == "noun"
                                    for k in range(t.first_token, t.last_token + 1)}

    def for_triggers(self: _Finder, triggers: list[Trigger], boundaries: Optional[list[Trigger]] = None) -> _Finder:
        """This sentence's finder for other triggers; what depends on the words alone is kept."""
        other = copy(self)
        other._set_triggers(triggers, boundaries)
        return other

    # -- sentence-level facts -----------------------------------------------------------------------
    def _mediators(self) -> list[NP]:
        out = []
        for np in self.nps:
            i = np.first_token - 1
            if i >= 0 and self.tokens[i].is_word and any(k in MEDIATION for k in self.tokens[i].stem_keys):
                out.append(np)
        return out

    def _boundary_after(self, trig: Trigger) -> int:
        """First token after the trigger's argument zone: the next trigger, a sentence break, or a
        comma that opens a new clause rather than continuing a list of parties."""
        # a noun event right after a verb is its subject («وقتلت غارة أميركية … قائد فيلق القدس»), not the
        # start of another clause
        subject_noun = trig.entry.pos == "verb"
        subject_aside = self.subject_relative_aside(trig)
        hi = min((t.first_token for t in self.boundaries if t.first_token > trig.last_token
                  and not (subject_noun and t.first_token == trig.last_token + 1 and t.entry.pos == "noun")
                  # (nor a trigger inside an adverbial set off by commas: «اتهم المجلس، في اجتماع استثنائي، المغرب»,
                  # nor one in a span of time: «أطلقت خلال الأسابيع الأولى من الحرب صواريخ على أسمرة»)
                  and not self._genitive_of_required(trig, t) and t.first_token not in self.adverbial_asides
                  and t.first_token not in subject_aside
                  and t.first_token not in self.spans_of_time
                  and not (t.entry.pos == "noun" and self._after_since(t))),
                 default=len(self.tokens))
        np_starts = {np.first_token for np in self.nps}
        for k in range(trig.last_token + 1, hi):
            text = self.tokens[k].text
            if k in subject_aside or k in self.companion_asides:
                continue
            if text in CLAUSE_BREAKS:
                return k
            if text in "،," and k > trig.last_token + 1:
                nxt = k + 1
                while nxt < hi and (is_glue(self.tokens[nxt]) or self.tokens[nxt].norm in PREPS
                                    or self.tokens[nxt].norm in QUANTIFIERS):
                    nxt += 1  # «، مع بعض …» and «، ومن هذه الدول …» continue the clause
                # «، ويضم هذا الوفد …» opens a new clause; «، الجناح العسكري لحماس، عن …» is an apposition,
                # and so is a preposition's noun («، إلى وقف العملية»)
                after_prep = self.tokens[nxt - 1].norm in PREPS
                # («، وفق ما نقلته …،» attributes; its «و» is no conjunction)
                # (a noun whose «و» is a root letter goes on: «، وزير …», «، ورشة …»)
                # (nor does a date whose «ف» is a root letter: «، فجر اليوم»)
                if nxt not in np_starts and nxt < hi and self.tokens[nxt].norm[:1] in ("و", "ف") and not after_prep \
                        and nxt not in self.attributions and nxt not in self.time_tokens \
                        and not _whole_feminine_noun(self.tokens[nxt]) \
                        and not self.tokens[nxt].norm.startswith(("وزير", "وزار", "وفد", "وكال")):
                    return k
                if nxt < hi and self.tokens[nxt].norm in SPEECH_PARTICIPLES:
                    return k  # «، مشيرا إلى أن …»: what the speaker adds is a clause of its own
                if nxt == k + 1 and nxt < hi and self.tokens[nxt].norm in NEW_CLAUSE and (
                        self.tokens[nxt].norm != "حيث" or self._says_next(nxt + 1)):
                    # «…، إذ …», «…، لكن …», «…، حيث قال إن بلاده …»: a clause of its own (a «حيث» that
                    # tells what happened where goes on with the scene: «تجمع متظاهرون …، حيث مثل … أمام المحكمة»)
                    return k
                if nxt == k + 1 and nxt < hi and self.tokens[nxt].norm in RELATIVES:
                    return k  # «قتلت غارة …، الذي قالت إسرائيل إنه …»: a relative clause describes, it names no party
                if nxt == k + 1 and nxt < hi and self.tokens[nxt].norm in SAYING_VERBS:
                    return k  # «توقيف عدد من المشتبه بهم، قالت وسائل إعلام تركية إنهم …»: who tells is no party
        return hi

    def _says_next(self, k: int) -> bool:
        """The word at `k` is a verb of saying («حيث قال …»)."""
        return k < len(self.tokens) and word_key(self.tokens[k]).removeprefix("و") in SAYING_VERBS

    def _after_since(self, trig: Trigger) -> bool:
        """A noun that dates the clause it is in («منذ الهجوم», «منذ بدء الهجوم الروسي»)."""
        k = trig.first_token
        return k >= 1 and (self.tokens[k - 1].norm in SINCE or k >= 2 and word_key(self.tokens[k - 1]) in ONSETS
                           and self.tokens[k - 2].norm in SINCE)

    def _opens_clause(self, comma: int) -> bool:
        """The comma at `comma` opens a new clause («، فيما», «، إذ», «، في حين»): it closes no aside before it."""
        return comma + 1 < len(self.tokens) and (word_key(self.tokens[comma + 1]) in NEW_CLAUSE
                                                 or self._fi_hin(comma + 1))

    def _fi_hin(self, k: int) -> bool:
        """«في حين» (whereas) starts at `k`."""
        return k + 1 < len(self.tokens) and self.tokens[k].norm.removeprefix("و") == "في" \
            and self.tokens[k + 1].norm == "حين"

    def _genitive_of_required(self, trig: Trigger, other: Trigger) -> bool:
        """«حمّلت أنقرة مسؤولية تفجير إسطنبول لحزب العمال»: a noun event in the genitive of the word the
        trigger requires is part of its object and does not end its reach; nor does the required word itself, a
        trigger of its own, after a directed verb («أنهت السعودية مقاطعتها لقطر»)."""
        k = other.first_token - 1
        return other.entry.pos == "noun" and k > trig.last_token and bool(trig.entry.requires) \
            and any(key in trig.entry.requires for key in self.tokens[k].keys) \
            or other.first_token > trig.last_token and trig.entry.frame == "directed" \
            and any(key in trig.entry.requires for key in self.tokens[other.first_token].keys)

    def _clause_start(self, trig: Trigger) -> int:
        start = 0
        for t in self.triggers:
            if t.last_token < trig.first_token and t.entry.pos == "verb":
                start = t.last_token + 1
        k = trig.first_token - 1
        while k >= start:
            if self.tokens[k].text in "،," and (opening := self._apposition_opening(k, start)) is not None:
                k = opening - 1  # «وكان X، مستشار الرئيس، قد حذّر»: the title in commas belongs to X's clause
                continue
            if self.tokens[k].text in CLAUSE_BREAKS or self.tokens[k].text in "،,":
                topic = self._topic_before_comma(k, start)
                return topic if topic is not None else k + 1
            k -= 1
        return start

    def _apposition_after(self, np: NP) -> Optional[int]:
        """The comma closing a title set off by commas right after the person `np`, or None."""
        k = np.last_token + 1
        closing = next((j for j in range(k + 1, min(len(self.tokens), k + APPOSITION_REACH))
                        if self.tokens[j].text in "،,"), None)
        return closing if closing is not None and self._apposition_opening(closing, 0) == k else None

    def _without_appositions(self, nps: list[NP], hi: int) -> list[NP]:
        """`nps` less the titles set off by commas after a person's name before token `hi` (the
        person's, not other parties)."""
        inside = set()
        for np in nps:
            if (closing := self._apposition_after(np)) is not None and closing < hi:
                inside.update(range(np.last_token + 1, closing))
        return [np for np in nps if np.first_token not in inside]

    def _apposition_opening(self, comma: int, start: int) -> Optional[int]:
        """The comma opening a person's title that `comma` closes («ميخايلو بودولياك، مستشار مكتب
        الرئاسة الأوكرانية،»), or None."""
        title = next((np for np in self.candidates if np.last_token == comma - 1 and "agent" in np.kinds), None)
        if title is None:
            return None
        j = title.first_token - 1
        while j >= start and self.tokens[j].is_word and title.first_token - j <= APPOSITION_WORDS:
            j -= 1  # («مستشار» before the body it serves)
        if j <= start or self.tokens[j].text not in "،," or not any(
                np.last_token == j - 1 and not np.prep and "person" in np.kinds for np in self.candidates):
            return None
        return j

    def _topic_before_comma(self, comma: int, start: int) -> Optional[int]:
        """«أما القاهرة، فكانت قد استضافت»: the start of the topic that the clause after the comma
        (opened by «ف») is about, or None."""
        if comma + 1 >= len(self.tokens) or not self.tokens[comma + 1].text.startswith("ف"):
            return None
        for j in range(comma - 1, max(start, comma - 6) - 1, -1):
            if not self.tokens[j].is_word:
                return None
            if self.tokens[j].norm in TOPIC_MARKERS:
                return j + 1
        return None

    def _nps_between(self, lo: int, hi: int) -> list[NP]:
        return [np for np in self.candidates if lo <= np.first_token and np.last_token < hi]

    def _object_of_verb_before(self, np: NP) -> bool:
        """A verb trigger ends right before `np`'s phrase, maybe with the phrase's own words between."""
        return any(t.entry.pos == "verb" and t.last_token < np.first_token
                   and all(tk.is_word for tk in self.tokens[t.last_token + 1:np.first_token])
                   and np.first_token - t.last_token <= 3 for t in self.triggers)

    def subject_relative_aside(self, trig: Trigger) -> frozenset[int]:
        """Tokens of a relative clause set off by commas right after a verb's subject, commas included: the verb's
        object and needs reach over it."""
        if trig.entry.pos != "verb":
            return frozenset()
        return frozenset(relative_after_subject(self.tokens, self.nps, trig.last_token))

    def _relative_asides(self, lo: int, hi: int) -> set[int]:
        """Tokens of relative clauses set off by commas between `lo` and `hi` («أجرى أردوغان، الذي وصل
        إلى بغداد أمس، مباحثات»), commas included."""
        commas = [k for k in range(lo, hi) if self.tokens[k].text in "،,"]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            if a + 1 < hi and self.tokens[a + 1].norm in RELATIVES and b - a <= ASIDE_REACH:
                out.update(range(a, b + 1))
        return out

    def _adverbial_asides(self, lo: int, hi: int) -> set[int]:
        """Tokens of adverbials set off by commas between `lo` and `hi` («أعرب بلينكن، خلال مؤتمر صحفي مشترك
        مع نظيره القطري، عن …»), commas included."""
        commas = [k for k in range(lo, hi) if self.tokens[k].text in "،,"]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            if a + 1 < b and word_key(self.tokens[a + 1]) in ADVERBIAL_HEADS and b - a <= ASIDE_REACH:
                out.update(range(a, b + 1))
        return out

    def _model_names(self, lo: int, hi: int) -> set[int]:
        """Tokens of a model named after the weapon it describes, between `lo` and `hi` («شنّت مقاتلات
        تايلاندية من طراز «إف-16» غارات»): «من طراز/نوع» and the name, quoted or written in Latin letters."""
        out: set[int] = set()
        for k in range(lo, hi - 2):
            if self.tokens[k].norm != "من" or self.tokens[k + 1].norm not in MODEL_WORDS:
                continue
            j, quoted = k + 2, self.tokens[k + 2].text in QUOTES
            while j < hi and (quoted or not self.tokens[j].norm[:1].isalpha() or self.tokens[j].text.isascii()):
                if quoted and j > k + 2 and self.tokens[j].text in QUOTES:
                    j += 1
                    break
                j += 1
            out.update(range(k, j))
        return out

    def _comma_after(self, np: NP) -> bool:
        """A comma follows the phrase: it ends a description («…، ولي العهد نائب رئيس مجلس الوزراء، …»)."""
        return np.last_token + 1 < len(self.tokens) and self.tokens[np.last_token + 1].text in "،,"

    def _titles_after(self, actor: list[NP], after: list[NP], codes: set) -> set[int]:
        """The first tokens of the phrases between a named person who is the subject and a comma a few words
        on, each unnamed or of his state: his titles («استقبل الأمير محمد بن سلمان ولي العهد رئيس
        مجلس الوزراء، …، الرئيس بايدن», «الشيخ محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، …»)."""
        person = next((a for a in actor if "person" in a.kinds), None)
        if person is None:
            return set()
        comma = next((k for k in range(person.last_token + 1, min(len(self.tokens), person.last_token + _TITLE_RUN))
                      if not self.tokens[k].is_word), None)
        if comma is None or self.tokens[comma].text not in "،,":
            return set()
        run = [np for np in after if person.last_token < np.first_token < comma]
        # (the titles end where the party the act is aimed at is named, of another state: «…، الرئيسَ السوري»;
        # without one, only an unnamed title right before the comma is surely his)
        aimed = next((np for np in after if comma < np.first_token <= comma + _TITLE_RUN and not np.prep), None)
        if not run or run[0].prep or aimed is None or not aimed.code or aimed.code in codes \
                or any(np.code and np.code not in codes for np in run):
            return {np.first_token for np in run[:1] if np.first_token == person.last_token + 1 and not np.code
                    and np.last_token + 1 == comma}
        return {np.first_token for np in run}

    def _person_described(self, actor: list[NP]) -> range:
        """The tokens of a description set off by commas right after a named person who is the
        subject («طالب ياروسلاف كاتشينسكي، زعيم حزب القانون والعدالة الحاكم في بولندا، … ألمانيا»)."""
        person = next((a for a in actor if "person" in a.kinds), None)
        k = person.last_token + 1 if person is not None else len(self.tokens)
        if k >= len(self.tokens) or self.tokens[k].text not in "،,":
            return range(0)
        end = next((j for j in range(k + 1, min(len(self.tokens), k + ADVERBIAL_REACH))
                    if not self.tokens[j].is_word), None)
        if end is None or self.tokens[end].text not in "،," or any(j in self.trigger_tokens for j in range(k, end)):
            return range(0)
        return range(k, end + 1)

    def _appositions(self, lo: int, hi: int, np_tokens: dict, names_only: bool = False) -> set[int]:
        """Tokens of names set off by commas between `lo` and `hi` («عقد رؤساء إيران وروسيا وتركيا،
        رئيسي وبوتين وأردوغان، قمة»), commas included; unless `names_only`, adverbials, titles and
        descriptions set off too."""
        commas = [k for k in range(lo, hi) if self.tokens[k].text in "،,"]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            inside = [k for k in range(a + 1, b) if self.tokens[k].norm != "و"]
            named = sum(k in np_tokens for k in inside)
            # one name the KB leaves open may be among them («رئيسي» is also "main"), but no verb that would
            # head the clause («وفي تطور لافت، أعلنت كتائب حزب الله، الثلاثاء الماضي، تعليق …»)
            if 0 < b - a <= APPOSITION_REACH and named and len(inside) - named <= 1 \
                    and not any(k not in np_tokens and word_key(self.tokens[k]) in LIGHT_VERBS for k in inside):
                out.update(range(a, b + 1))
            elif names_only:
                continue
            elif inside and word_key(self.tokens[a + 1]) in ADVERBIAL_HEADS and b - a <= ADVERBIAL_REACH \
                    and not any(k in self.trigger_tokens for k in inside):
                out.update(range(a, b + 1))  # «أعلن الأمير، في افتتاح المؤتمر، تخصيص مليار دولار»
            elif inside and a - 1 in np_tokens and word_key(self.tokens[a + 1]) in APPOSITIVE_HEADS \
                    and b - a <= ADVERBIAL_REACH and not any(k in self.trigger_tokens for k in inside):
                out.update(range(a, b + 1))  # «وسارعت حركة النهضة، صاحبة الكتلة الأكبر في البرلمان، إلى وصف …»
            elif inside and (a - 1 in np_tokens or self.tokens[a - 1].text in QUOTES) \
                    and self.tokens[a + 1].norm in DESCRIBING_PRONOUNS and b - a <= ADVERBIAL_REACH \
                    and not any(k in self.trigger_tokens for k in inside):
                out.update(range(a, b + 1))  # «وتبنت «المقاومة الإسلامية في العراق»، وهي مظلة تضم فصائل …، هجمات»
        return out

    def _partitive(self, np: NP) -> NP:
        """«قوة من الشرطة العراقية», «مهاجما انتحاريا من حركة طالبان»: the party a force or a fighter
        comes from is the one that acts, so its phrase can be a subject."""
        if np.prep != "من":
            return np
        # «11 مسلحا من تنظيم «القاعدة»»: the «من» may stand before the group's head noun and a quote
        k = np.first_token - 1
        while k > 0 and word_key(self.tokens[k]) != "من" and (self.tokens[k].text in QUOTES or word_key(self.tokens[k]) in GROUP_HEADS):
            k -= 1
        return replace(np, prep="") if self._partitive_from(k) else np

    def _partitive_from(self, k: int) -> bool:
        """Token `k` is the «من» of «قوة من …», «مهاجما انتحاريا من …»."""
        return k >= 1 and word_key(self.tokens[k]) == "من" and any(
            word_key(t) in PARTITIVES or t.norm in PARTITIVES for t in self.tokens[max(0, k - 2):k])

    def conjoined_at(self, k: int) -> bool:
        """The verb at `k` is joined to the clause before it: «وزار», «فرفض», «ثم استدعت», «قبل أن
        يجري», «بعدما التقى», «حين أوقفت», and «إذ اتصل بـ…» with no subject of its own after it."""
        tok = self.tokens[k]
        prev = self.tokens[k - 1].norm if k > 0 else ""
        return (tok.norm[:1] in ("و", "ف") and (len(tok.norm) > 3 or tok.norm[1:] in DOUBLED_VERBS)) \
            or prev in CONTINUING or prev in WHEN \
            or (prev == "ان" and k > 1 and self.tokens[k - 2].norm in BEFORE_AFTER) \
            or (prev == "اذ" and self._phrase_or_time_next(k))

    def _phrase_or_time_next(self, k: int) -> bool:
        """A preposition, a party behind one or a time follows the verb at `k` («إذ اتصل بسعيّد», «إذ ألغت
        في السابع عشر …»), so no subject of its own comes right after it."""
        nxt = k + 1
        if nxt >= len(self.tokens) or not self.tokens[nxt].is_word:
            return False
        return nxt in self.time_tokens or word_key(self.tokens[nxt]) in PREPS \
            or any(np.first_token == nxt and np.prep for np in self.candidates)

    @cached_property
    def candidate_at(self) -> dict[int, NP]:
        """Token index → the candidate phrase covering it."""
        return {k: np for np in self.candidates for k in range(np.first_token, np.last_token + 1)}

    @cached_property
    def name_words(self) -> frozenset[int]:
        """The words of people's names and titles, and the word right after a title or a name, which may be a name
        the knowledge base lacks («الرئيس البرازيلي لولا»)."""
        return frozenset(k for np in self.candidates if {"person", "agent"} & set(np.kinds)
                         for k in range(np.first_token, np.last_token + 2))

    @cached_property
    def _clause_commas(self) -> list[int]:
        """Commas that open a new clause («، إذ», «، حيث», «، فيما», «، في حين»)."""
        return [j for j in range(len(self.tokens) - 1)
                if self.tokens[j].text in "،," and (self.tokens[j + 1].norm in NEW_CLAUSE or self._fi_hin(j + 1))]

    def _set_off(self, opens: Callable[[Token], bool], reach: int, to_end: bool = False) -> list[tuple[int, int]]:
        """(comma, closing comma) around each phrase set off by commas whose first word `opens` it (with
        `to_end`, also one that the sentence's end closes)."""
        out = []
        for j in range(len(self.tokens) - 1):
            if self.tokens[j].text in "،," and opens(self.tokens[j + 1]):
                end = next((q for q in range(j + 2, min(len(self.tokens), j + 2 + reach))
                            if not self.tokens[q].is_word),
                           len(self.tokens) if to_end and len(self.tokens) <= j + 2 + reach else None)
                if end is None:
                    continue
                closed = end < len(self.tokens) and self.tokens[end].text in "،," and not self._opens_clause(end)
                ends_sentence = to_end and (end == len(self.tokens) or end == len(self.tokens) - 1
                                            and self.tokens[end].text in CLAUSE_BREAKS)
                if closed or ends_sentence:
                    out.append((j, end))
        return out

    @cached_property
    def adverbial_asides(self) -> frozenset[int]:
        """Tokens of an adverbial set off by commas, commas included («، في ختام اجتماع رباعي مع الأردن،»):
        the clause goes on across it."""
        # («، في حين اتهمت …،», «، في وقت يبدو فيه …،» open clauses of their own)
        heads = {k for j, end in self._set_off(lambda t: word_key(t) in ADVERBIAL_HEADS, ADVERBIAL_REACH - 1)
                 if not opens_while(self.tokens, j + 1) for k in range(j, end + 1)}
        # («توصل الطرفان، برعاية أممية، إلى اتفاق»: who brokered it, as any adverbial)
        brokered = {k for j, end in self._set_off(names_go_between, ADVERBIAL_REACH - 1) for k in range(j, end + 1)}
        return frozenset(heads | brokered | self.companion_asides | self.short_asides)

    @cached_property
    def companion_asides(self) -> frozenset[int]:
        """Tokens of «، ومعهما رئيس أركان القوات المسلحة القطرية،», commas included: a companion joins the
        subject, and the clause goes on across it."""
        return frozenset(k for j, end in self._set_off(_with_him, ADVERBIAL_REACH - 1) for k in range(j, end + 1))

    def with_coordinated(self, head: NP) -> list[NP]:
        """`head` and the sentence's phrases conjoined to it."""
        return self._with_coordinated(head, self.candidates)

    def companions_of(self, np: NP) -> list[NP]:
        """Who «، ومعه …،» right after `np` names as going with it («عقد رئيسا أركان الجيشين، ومعهما رئيس أركان
        القوات القطرية، اجتماعاً»)."""
        k = np.last_token + 2
        if k >= len(self.tokens) or self.tokens[k - 1].text not in "،," or not _with_him(self.tokens[k]):
            return []
        return [c for c in self.candidates if c.first_token == k + 1 and not c.prep and c.code]

    @cached_property
    def occasion_asides(self) -> frozenset[int]:
        """Tokens of an adverbial set off by commas that names a visit, meeting or call, or the statement a party
        spoke in («، خلال زيارته إلى القاهرة،», «، في مؤتمر صحفي مشترك مع نظيره،», «، في رسالة إلى الأمين العام
        للأمم المتحدة،»): the occasion of the act around it, with parties of its own."""
        out: set[int] = set()
        talks = {t.first_token for t in self.triggers if t.entry.event == "CONSULT"}
        run: list[int] = []
        for k in sorted(self.adverbial_asides) + [len(self.tokens) + 1]:
            if run and k != run[-1] + 1:
                if talks.intersection(run) or is_statement_aside(self.tokens[run[1]:run[1] + 2]):
                    out.update(run)
                run = []
            run.append(k)
        return frozenset(out)

    @cached_property
    def set_off_asides(self) -> frozenset[int]:
        """Every adverbial, date, statement or relative clause set off by commas, commas included."""
        return self.adverbial_asides | frozenset(self._relative_asides(0, len(self.tokens)))

    @cached_property
    def brief_asides(self) -> frozenset[int]:
        """The short asides and the occasions: what a verb's reach passes over to the deed or step it judges."""
        return self.short_asides | self.occasion_asides

    def met_on_occasion(self, np: NP, trig: Trigger) -> bool:
        """«رفض الأسد، خلال زيارته إلى القاهرة، لقاء أردوغان», «، خلال لقائه نظيره المصري،», «، في رسالة إلى …،»: whom
        a visit, meeting, call or statement set off by commas as the occasion of another act goes to, meets or
        addresses is that occasion's party, not the act's."""
        if np.first_token not in self.occasion_asides or trig.first_token in self.occasion_asides:
            return False
        return prep_key(np.prep) in ("الي", "مع", "ب", "امام") or not np.prep \
            and bool(self.tokens[np.first_token - 1].enclitic) and any(  # («لقائه نظيره المصري»)
                t.entry.event == "CONSULT" and t.last_token in (np.first_token - 1, np.first_token - 2)
                for t in self.triggers)

    @cached_property
    def short_asides(self) -> frozenset[int]:
        """Tokens of a date, a turn of the discourse or the statement a party spoke in set off by commas, commas
        included («حذر أردوغان، أمس الثلاثاء، اليونان», «ورفضت مصر، من جهتها، الدعوة», «هدد الاتحاد، في بيان رسمي،
        بفرض عقوبات»), and of a statement named without them («أدانت مصر في بيان رسمي الهجوم»)."""
        out: set[int] = set()
        for k in range(len(self.tokens)):
            if (end := statement_phrase_end(self.tokens, k)) is not None:
                out.update(range(k, end + 1))
        for j, tok in enumerate(self.tokens):
            if tok.text not in "،,":
                continue
            if j + 1 in self.time_tokens:
                end = next((q for q in range(j + 1, len(self.tokens)) if q not in self.time_tokens), len(self.tokens))
            else:
                end = next((q for q in range(j + 1, min(len(self.tokens), j + STATEMENT_ASIDE_WORDS + 2))
                            if not self.tokens[q].is_word), None)
                if end is None or not (is_discourse_aside(self.tokens[j + 1:end])
                                       or is_statement_aside(self.tokens[j + 1:end])):
                    continue
            if end < len(self.tokens) and self.tokens[end].text in "،," and not self._opens_clause(end):
                out.update(range(j, end + 1))
        return frozenset(out)

    @cached_property
    def attributions(self) -> frozenset[int]:
        """Tokens of an attribution set off by commas («، وفق ما نقلته وسائل الإعلام الرسمية،», «، بحسب
        الوكالة،»): its source is no party to the clause around it."""
        # («…، بحسب ما أفادت وكالة الأنباء الرسمية.»: also at the sentence's end)
        return frozenset(k for j, end in self._set_off(lambda t: t.norm in ATTRIBUTING, APPOSITION_REACH, to_end=True)
                         for k in range(j + 1, end))

    def clause_end(self, trig: Trigger) -> int:
        """Where the trigger's clause ends: the next comma that opens a new clause, or the end."""
        return self._next_clause(trig.last_token)

    def _next_clause(self, k: int) -> int:
        """The first comma after token `k` that opens a new clause, or the end."""
        return next((j for j in self._clause_commas if j > k), len(self.tokens))

    def _quote_end(self, k: int) -> Optional[int]:
        """The closing quote of a short quoted name opened at `k` (up to six words), or None."""
        return next((j for j in range(k + 1, min(len(self.tokens), k + 8)) if self.tokens[j].text in QUOTES), None)

    def antecedent_end(self, r: int) -> int:
        """The last token of the phrase the relative pronoun at `r` hangs on (a comma may stand between them)."""
        return r - 2 if r >= 2 and self.tokens[r - 1].text in "،," else r - 1

    def relative_clause_head(self, k: int) -> Optional[NP]:
        """«أردوغان، الذي تتولى بلاده الرئاسة … ودعا إلى قمة»: the phrase whose relative clause the
        word at `k` is in (no comma between them), or None."""
        for r in range(k - 1, -1, -1):
            tok = self.tokens[r]
            if not tok.is_word:
                return None
            if tok.norm in RELATIVES:
                end = self.antecedent_end(r)
                return next((np for np in self.candidates if np.last_token == end and not np.prep), None)
        return None

    def _is_definite(self, trig: Trigger) -> bool:
        return self._is_definite_at(trig.first_token)

    def _is_definite_at(self, k: int) -> bool:
        tok = self.tokens[k]
        return "ال" in tok.proclitics or tok.norm.startswith("ال") or tok.proclitics.endswith("لل")

    def _last_list_before(self, k: int) -> list[NP]:
        """The last list of bare, conjoined phrases that ends before token `k` («بيرنز وبرنياع»)."""
        bare = [np for np in self.candidates if np.last_token < k and not np.prep and not np.is_place]
        if not bare:
            return []
        chain = [bare[-1]]
        for np in reversed(bare[:-1]):
            head = chain[0]
            gap = self.tokens[np.last_token + 1:head.first_token]
            if not head.coordinated or len(gap) > 3 or any(not t.is_word for t in gap):
                break
            chain.insert(0, np)
        return chain

    def _is_nisba(self, np: NP) -> bool:
        """A nisba, or a state whose name is its feminine nisba («المحادثات السعودية …»)."""
        return np.kinds[:1] == ("demonym",) or (
            np.kinds == ("country",) and self.tokens[np.last_token].norm.endswith("يه"))

    def _adjacent_nisbas(self, first: NP, after: list[NP]) -> list[NP]:
        """`first` and the nisbas right after it: «السعودية الإيرانية»."""
        out, last = [first], first
        for np in after:
            if np.first_token == last.last_token + 1 and self._is_nisba(np):
                out.append(np)
                last = np
        return out

    def _after_prepositional_masdar(self, lo: int, hi: int) -> bool:
        """A word with «ب/ل» comes between tokens `lo` and `hi` («بتسليم», «للإفراج»)."""
        return any(t.is_word and prep_clitic(t) in ("ب", "ل") for t in self.tokens[lo:hi])

    @staticmethod
    def _plain_noun(tok: Token) -> bool:
        """A bare indefinite word: no clitic, no article, no preposition («صيادين», «جنودا»)."""
        return tok.is_word and not tok.proclitics and not tok.enclitic and not has_article(tok) \
            and word_key(tok) not in PREPS and not tok.norm[:1].isdigit()

    def in_complement(self, trig: Trigger) -> bool:
        """«أكد أردوغان أن أنقرة لن توافق …، متهماً البلدين»: the verb is inside what was said,
        and a participle after it goes with the saying."""
        if conjoined_word(self.tokens[trig.first_token]) and (before := next(
                (t for t in self.triggers if t.entry.pos == "verb" and t.last_token == trig.first_token - 1), None)):
            return self.in_complement(before)  # «أعلن التحالف أنه اعترض ودمّر طائرة …، متهماً»: one clause
        return any(is_complementizer(t, with_pronoun=True)
                   for t in self.tokens[self._clause_start(trig):trig.first_token])

    def _in_relative_clause(self, trig: Trigger) -> bool:
        """«صاروخ أطلقته الدفاعات الجوية», «الهجوم الذي شنه»: the verb describes a noun and heads no clause."""
        k = trig.first_token
        return trig.entry.requires_before or (k > 0 and self.tokens[k - 1].norm in RELATIVES)

    def _describes_noun_between(self, trig: Trigger, np: NP) -> bool:
        """`np` is a nisba qualifying a plain noun between the trigger and it («وقف دخول جميع الواردات
        اللبنانية»: the imports are Lebanese; «إغلاق القنصليتين الإثيوبيتين»: the consulates are Ethiopian), not the
        trigger itself («المحادثات السعودية الإيرانية»)."""
        between = self.tokens[trig.last_token + 1:np.first_token]
        return self._is_nisba(np) and any(t.is_word and (not t.norm.startswith("ال") or word_key(t) in PREMISES)
                                          for t in between)

    def _stands_beside(self, np: NP) -> bool:
        """`np` is the genitive of a noun whose object follows «إلى جانب» («وقوف المملكة إلى جانب الأردن»)."""
        return any(t.last_token == np.first_token - 1 and "جانب" in t.entry.requires for t in self.triggers)

    def _list_ending_at(self, last: NP, pool: list[NP]) -> list[NP]:
        """The phrases conjoined in the list that `last` ends («ألمانيا وفرنسا»), or just `last` with the
        states it stands for when they are three or more («الدول الثلاث»; «الجانبان» are two sides, which the
        finder splits between doer and partner)."""
        group = [np for np in pool if np.span == last.span]
        return next((listed for np in pool if np.last_token < last.first_token
                     and last in (listed := self._with_coordinated(np, pool))), group if len(group) >= 3 else [last])

    def _names_a_deed_or_text(self, k: int) -> bool:
        """The word at `k` is an event's trigger or names a text or a proposal («قرار», «بيان», «مقترح»)."""
        return k >= 0 and (k in self.trigger_tokens or is_one_of(self.tokens[k], DOCUMENTS | PUT_FORWARD))

    def _with_coordinated(self, head: NP, pool: list[NP]) -> list[NP]:
        """`head` and the phrases conjoined to it («X و Y», «X، Y», «… ومن هذه الدول Y»)."""
        out = [head]
        last = head
        where: set[int] = set()  # tokens of «في X» adjuncts inside the list («التقى X في نيوم ثم Y»)
        chain_code = head.code  # the party the phrases since the last list item describe
        closed_by_wa = False  # a member joined by «و» came last
        for np in pool:
            if np.first_token <= last.last_token:
                continue
            chain_code = chain_code or last.code
            if np.prep == "في" and np.is_place:
                where.update(range(np.first_token - (not prep_clitic(self.tokens[np.first_token])), np.last_token + 1))
                continue
            gap = [t for k, t in enumerate(self.tokens[last.last_token + 1:np.first_token], last.last_token + 1)
                   if k not in where]
            then = bool(gap) and gap[-1].norm == "ثم"
            if then:
                gap = gap[:-1]
            words = [word_key(t) for t in gap if t.is_word]
            besides = words[-2:] == ["اضافه", "الي"]
            if (words[-2:] in (["الي", "جانب"], ["جانب"]) and not has_article(gap[-1]) or besides) \
                    and not self._stands_beside(head) \
                    and not any(k in self.trigger_tokens for k in range(last.last_token + 1, np.first_token)):
                # «، إلى جانب وزير الخارجية المصري», «، إضافة إلى رئيس الوزراء»: and (not «وقوفها إلى جانب الأردن», «وقوف المملكة
                # إلى جانب الأردن»: an event's object; nor «الجانب الإثيوبي», the Ethiopian side)
                then, gap = True, [t for t in gap if not t.is_word]
            # (quotation marks around a name do not part it from the list: «الحزب و«قسد»», nor does the
            # group word before a quoted name: «حزب الله» وحركة «حماس»)
            glue_ok = all((not t.is_word and t.text in "،,") or t.text in QUOTES or t.norm == "و" or is_glue(t)
                          or (k == len(gap) - 2 and gap[-1].text in QUOTES and (
                              word_key(t) in GROUP_HEADS or t.proclitics == "و" and not prep_clitic(t)))
                          for k, t in enumerate(gap)) or (
                self.tokens[np.first_token].text.startswith("و") and self._unknown_name(last, np)) or (
                len(gap) == 1 and np.coordinated and np.kinds[0] == "demonym" and gap[0].proclitics[:1] == "و") or (
                # («مع ولي العهد السعودي ومع أردوغان»: the preposition said again before the next member)
                len(gap) == 1 and head.prep and np.prep == head.prep and gap[0].norm == "و" + prep_key(np.prep))
            # («الولايات المتحدة والكيان الصهيوني»: the nisba's noun carries the «و»)
            unquoted = [t for t in gap if t.text not in QUOTES]
            wa = np.coordinated or bool(unquoted and unquoted[0].norm.startswith("و"))
            # (a comma alone goes on with a list no «و» has closed yet: after «الولايات المتحدة وفرنسا ومصر،» the
            # next phrase opens a new part of the clause)
            joined = then or wa or any(t.text in "،," for t in gap) and not closed_by_wa
            place_list = head.kinds[0] in ("capital", "country", "place")  # «زار الكويت والدوحة وجدة»
            if self._title_in_apposition(last, np, gap):
                last = np  # «وصل السوداني، وزير الخارجية السابق، إلى طهران»: the title describes him
                continue
            if last is head and np.prep == "من" and np.code == head.code and [t.norm for t in gap] == ["من"]:
                last = np  # «نظراءه من الأردن والسعودية وقطر»: the state that gave the title its code opens the list
                continue
            if joined and glue_ok and len(gap) <= 4 and (np.prep in (head.prep, "", "جانب") or besides) \
                    and (not np.is_place or place_list) \
                    or not gap and not np.prep and last.kinds[0] == np.kinds[0] == "demonym" \
                    and self._names_a_deed_or_text(head.first_token - 1):
                # (and nisbas side by side on an act or a text: «بالاتفاق السعودي الإيراني», «مشروع قرار ألماني
                # بلجيكي», its two parties — not on a person: «الصحفي الألماني التركي» has two nationalities)
                out.append(np)
                last = np
                chain_code = np.code
                closed_by_wa = closed_by_wa or wa
            elif not np.prep and not np.coordinated and all(t.is_word for t in gap) and len(gap) <= 3 \
                    and not any(word_key(t) in PREPS for t in gap) \
                    and not any(k in self.trigger_tokens or k in self.time_tokens  # (a time ends the phrase)
                                for k in range(last.last_token + 1, np.first_token)) \
                    and (gap or np.code in (None, chain_code)) \
                    and not (not gap and "person" in last.kinds and np.kinds[0] in ("group", "organisation")) \
                    and not (gap and np.kinds[0] == "demonym") and not self._unknown_name(last, np):
                # «نائب رئيس دولة الإمارات رئيس مجلس الوزراء …» (but a person's name ends his phrase: in
                # «اتهم … سليمان صويلو حزب العمال الكردستاني» the party is the object; and a nisba after another
                # noun opens a phrase of its own: «استدعت الخارجية الإيرانية السفيرين البريطاني والنرويجي»; and
                # so does a party after the name of a titled man the KB lacks: «دعا المندوب الأميركي ريتشارد
                # ميلز روسيا وتركيا إلى …»)
                last = np  # a complement inside the phrase («مدراء المخابرات لدول جوار العراق»)
            else:
                break
        # pair words: two phrases over one span
        out += [np for np in pool if np.first_token == head.first_token and np is not head and np not in out]
        return out

    def _title_in_apposition(self, person: NP, np: NP, gap: list[Token]) -> bool:
        """`np` is an uncoded title set off by commas right after a named person («السوداني، وزير الخارجية
        السابق،»): it describes him and is no second party."""
        if "person" not in person.kinds or np.code is not None or "agent" not in np.kinds \
                or [t.text for t in gap] not in (["،"], [","]):
            return False
        closing = next((k for k in range(np.last_token + 1, min(len(self.tokens), np.last_token + 4))
                        if not self.tokens[k].is_word), None)
        return closing is not None and self.tokens[closing].text in "،,"

    def _unknown_name(self, titled: NP, nxt: NP) -> bool:
        """«الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء …»: up to three plain words between a title
        with its nisba and the next phrase are the name of its holder, which the KB does not know."""
        between = range(titled.last_token + 1, nxt.first_token)
        return "agent" in titled.kinds and titled.kinds[-1] in ("demonym", "country") and 0 < len(between) <= 3 \
            and not any(k in self.trigger_tokens for k in between) \
            and all((t := self.tokens[k]).is_word and not t.text.startswith(("و", "ف", "ال")) and not t.proclitics
                    and word_key(t) not in PREPS
                    and t.norm not in PARTICLES for k in between)

    def _first_in_zone(self, trig: Trigger, wanted: Callable[[NP], bool]) -> Optional[NP]:
        """The first coded phrase in the trigger's argument zone that `wanted` accepts."""
        hi = self._boundary_after(trig)
        return next((np for np in self.candidates if trig.last_token < np.first_token < hi and np.code and wanted(np)),
                    None)

    def _opens_complement(self, np: NP) -> bool:
        """`np` comes right after «أن/بأن/إن»: the subject of a clause said or promised."""
        k = np.first_token - 1
        return k >= 0 and is_complementizer(self.tokens[k])

    def _genitive_of_plain_noun(self, np: NP) -> bool:
        """`np` follows a plain noun as its genitive («مطار صنعاء», «رد طهران»): no preposition, and the
        word before it is neither a trigger nor part of another phrase."""
        k = np.first_token - 1
        return not np.prep and k >= 0 and self.tokens[k].is_word and k not in self.trigger_tokens \
            and not any(c.first_token <= k <= c.last_token for c in self.candidates)

    def _sentence_pair(self) -> list[NP]:
        """The first «بين X و Y» of the sentence."""
        for k, tok in enumerate(self.tokens):
            if tok.norm == BETWEEN or word_key(tok) == BETWEEN:
                first = next((np for np in self.candidates if np.first_token == k + 1), None)
                if first is not None:
                    second = next((np for np in self.candidates if np.first_token > first.last_token
                                   and np.coordinated and np.first_token - first.last_token <= 3), None)
                    if second is not None:
                        return [first, second]
        return []


_GROUP_NOUNS = frozenset("الدول البلدان الاطراف القوي العواصم الدولتان الدولتين".split())  # «، الدول الثلاث …،»


def relative_after_subject(tokens: list[Token], nps: Sequence[NP], verb_end: int) -> range:
    """Tokens of a relative clause or a participle describing the subject of the verb ending at `verb_end`, set off by
    commas right after it, commas included («حث بلينكن، الذي يزور المنطقة، الحكومة الإسرائيلية», «رفض الأسد، المعروف
    بمواقفه المتشددة، لقاء أردوغان»; not «وقعت في الجولان، الذي …»), or an empty range."""
    subject = next((np for np in nps if np.first_token == verb_end + 1 and not np.prep), None)
    # (a subject of several conjoined parties ends with the last: «دعت فرنسا وبريطانيا، اللتان …، طهران»)
    several = False
    while subject is not None and (more := next((np for np in nps if np.first_token == subject.last_token + 1
                                                 and np.coordinated and not np.prep), None)) is not None:
        subject, several = more, True
    k = subject.last_token + 1 if subject is not None else len(tokens)
    if k + 1 >= len(tokens) or tokens[k].text not in "،,":
        return range(0)
    if several and tokens[k + 1].norm in _GROUP_NOUNS:
        # «دعت فرنسا وبريطانيا وألمانيا، الدول الأوروبية الثلاث الموقعة على الاتفاق، طهران»: the group they make
        end = next((j for j in range(k + 2, min(len(tokens), k + ASIDE_REACH + 1)) if tokens[j].text in "،,"), None)
        return range(k, end + 1) if end is not None else range(0)
    # (a participle, not a party named in apposition: «، المملكة العربية السعودية،»; an active one is known by its
    # preposition: «، التابعة للحكومة التي يقودها الجيش،»)
    word = tokens[k + 1].norm
    active = word.startswith("ال") and len(word) >= 6 and word[3] == "ا" and k + 2 < len(tokens) \
        and prep_clitic(tokens[k + 2]) in ("ل", "ب")
    participle = (word.startswith("الم") and len(word) >= 6 or active) \
        and not any(np.first_token == k + 1 and np.code for np in nps)
    if tokens[k + 1].norm not in RELATIVES and not participle:
        return range(0)
    end = next((j for j in range(k + 2, min(len(tokens), k + ASIDE_REACH + 1)) if tokens[j].text in "،,"), None)
    return range(k, end + 1) if end is not None else range(0)


def _whole_feminine_noun(tok: Token) -> bool:
    """A word ending in ta marbuta that the segmenter keeps whole («ورشة», «وثيقة»): its «و» is a root letter."""
    return not tok.proclitics and len(tok.keys) == 1 and normalize_keep_ta(tok.text).endswith("ة")


def _with_him(tok: Token) -> bool:
    """«ومعه», «ومعهما»: «and with him/them», opening a companion set off by commas."""
    return tok.proclitics == "و" and word_key(tok) in WITH_PRONOUNS
