"""The coding pipeline: document → sentences → tokens → mentions → triggers → arguments →
modality and date → events. Each stage adds a layer; none reaches into another's internals."""
from __future__ import annotations

import gc
from collections import Counter
from dataclasses import replace
from typing import Optional

from ..kb.knowledge import KnowledgeBase, load_kb
from ..kb.matcher import phrase_keys
from ..kb.news_agencies import agency_state
from ..lexicon import Lexicon, load_lexicon
from ..lexicon.lexicon import LexiconEntry
from ..ontology import Ontology, load_ontology
from ..schema import DateMention, Document, Event, Sentence, Token, Trigger
from ..text.dateline import find_dateline
from ..text.dates import find_dates, may_mention_time
from ..text.normalize import normalize, normalize_keep_ta
from ..text.sentences import split_sentences
from ..text.tokens import IMPERFECT_PREFIXES, Segmenter, tokenize
from .allowances import (ARMED_SECTORS, FALLING_PROJECTILES, STRONG_PATHS, between_coded_parties,
                         between_document_parties, counted_crowd_report, deadly_attack, fallen_projectiles,
                         military_report, named_victim, ongoing_fight, ongoing_protests, stands_in_an_article,
                         strong_report, suffered_attack, toll_in_the_lead)
from .arguments import ArgumentFinder, Arguments
from .arguments.words import (AGREEMENT_DOCUMENTS, CLASHES, DEED_JUDGING, DURING_IT, IF, JUDGING_VERBS, LIGHT_VERBS,
                              OR_ELSE, SINCE, STATE_FORCES, TIME_PREPS, VICTIM_SECTORS, calls_for_it, conjoined_word,
                              describes_what, imperfect_plural_verb, is_complementizer, past_subject, plural_verb,
                              prep_clitic, prep_key, side_of, word_key)
from .clues.dates import after_a_span_of, nearest_date, parse_date, time_adverbial
from .clues.force import (AIM_REACH, AIMS_OF_OPERATIONS, CROWD_SECTORS, FACING, HOLDING, a_crowd, across_the_border,
                          at_protesters, calls_to_stop_fighting, coerced_at_home, crowd_at_home,
                          crowd_demands_of_its_government, crowd_of_the_government_faced, doers_of_last_attack,
                          fired_by, force_in_genitive, fought_against, from_an_area, held_by_the_named, imposed_by,
                          jailing_state, joined_in, non_state_captors, opened_the_operation, own_place_after,
                          party_faced, protest_called_for, protests_told_seen_from_abroad, purpose_target,
                          release_asked_at, security_word_after, spread_over, strike_after, struck_in_the_lead,
                          target_the_victims, their_goods_after, troops_sent_to_help, went_off)
from .clues.judgements import (ATTACKS_CONDEMNED, REMARKS, alluded_to, announcer_before, answered_party, answerer_of,
                               author_of_remarks, called_to_seat_of, condemned_deed, doer_in_relative, in_its_turn,
                               interests_protected, judged_act_nisbas, judges_an_act, organ_attacked, stirring_party,
                               told_act_judged, verbal_attack, violated, what_is_happening)
from .clues.parties import (STANDALONE_TYPES, act_noun_alone, address_the_main_state, addresses_own_citizens,
                            aim_at_home, asked_by, distinct_codes, drop_own_territory, dual_light_verb, dual_verb,
                            follower_after, given_code, in_sentence, last_party_named, make_mutual, named_between,
                            names_another_party, object_of_verb_sharing_subject, obliged_party_named,
                            opened_clause_subject, other_sector_at_home, owner_by_relative_clause, petitioners,
                            place_of_agency, pronoun_object_follows, required_of, said_by_before, state_among,
                            state_of_whoever, teller_of_the_claim, telling_party, their_governments, with_sector)
from .clues.senses import (a_blow_to_an_idea, a_course_or_a_show, a_figurative_fight, a_round_of_fighting,
                           a_subsidy, aimed_by_words_or_at_an_idea, argues_or_pretends, commentators_speak,
                           device_found, drawn_anew, habitual, hosts_residents, masdar_after_masdar,
                           met_with_a_manner, names_an_outlet, on_the_horizon, owes, reaches_a_degree, things_arrive,
                           the_top_of_a_thing, waves_a_thing, whoever_does)
from .clues.talks import (ACCORD_WORDS, a_term_of_an_accord, accord_ratified, as_guest, declined_to_join,
                          issuer_of_statement, meeting_ended_by, names_an_accord, names_joint_statement,
                          names_outcome_of_talks, participants_as_subject, participants_of_talks, place_words,
                          praises_talks, signs_a_decree, taking_part_after, talks_the_deal_came_after,
                          visit_opens_sentence, welcomes_talks)
from .clues.threats import (against_whoever, an_act_endangers, condition_after, describes_indefinite_noun, held_out,
                            own_officials, own_side_will_act, party_of_condition, to_go_on, vows_response,
                            warns_no_one_of_a_thing, warns_of_a_danger, warns_of_what_may_happen)
from .consolidate import (MEDIATION_NOUN, ORGANISATION_CODES, REACTIONS, SUBJECT_PATHS, blame_the_doer, drop_redundant,
                          drop_second_mentions, host_of_talks, merge_subject_events, own_session,
                          present_at_the_meeting, protest_the_foreign_force)
from .detector import Detector, shipped_detector
from .discourse import GUESSED_PARTY, STORY_GUESSES, THIRD_PARTY_CODES, Discourse
from .domestic import DOMESTIC_SECTORS, HOME_SECTORS, LOCAL_SECTORS, fill_domestic_codes
from .mentions import NP, RELATIVES, DocumentMemory, MentionFinder, after_preposition, has_article
from .modality import has_future_prefix, modality, told_later
from .parentheticals import lend_codes, without_asides
from .trace import Outcome, mark_removed
from .triggers import BRING_TOGETHER, NOUN_ONLY_AFTER, diplomatic_protests, find_triggers, required_at

_INTERACTION_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "AID", "COOPERATE"})
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # what two sides do together
# where talks, a deal or aid happen names a party to them, and where one backs the sides of a war («الحرب في
# اليمن التي يدعم فيها البلدان الأطراف»); where praise is voiced does not
_HOSTED_TYPES = _INTERACTION_TYPES - {"SUPPORT"}
_JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "THREATEN"})
_MIN_STANDALONE_CONFIDENCE = 0.7
SHIPPED = object()  # Coder(detector=SHIPPED): the model shipped with the package
# Words that anchor an event the detector finds where the lexicon found no trigger.
_DETECTOR_CUES = {
    "PROTEST": frozenset("متظاهر متظاهرون متظاهرين المتظاهرون المتظاهرين محتج محتجون محتجين المحتجون المحتجين "
                         "معتصمون معتصمين المعتصمون المعتصمين تجمع تجمعوا احتشد احتشدوا هتافات مسيره".split()),
    "ASSAULT": frozenset("قتيل قتيلا قتلي جريح جرحي مصرع مقتل اصيب اصيبوا اصابه مسلحون مسلحين المسلحون "
                         "المسلحين انتحاري عبوه انفجار".split()),
}
# a cue event has no rule behind it: only a confident model anchors one (near the threshold,
# the model's protests and attacks without a trigger were mostly crowds and casualties described)
_CUE_MIN_PROBABILITY = 0.5
_CUE_ACTOR_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REB", "UAF", "REL", "MED", "REF"})
_PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT", "AID", "THREATEN"})
_DEPLOY_VERB = "core.MOBILIZE.deploy.verb"  # «انتشر»: troops deploy, but news and protests spread too
_PHONE_WORDS = frozenset({"هاتفيا", "هاتفي", "هاتفيه", "هاتفيه"})

# -- the words and types the Coder's rules test (their word tests are in .clues) --------------

_ENCOURAGE_VERB = "core.REQUEST.encourage.verb"
_GUESSED_FROM_THE_STORY = STORY_GUESSES | {"topic"}
_CAME = frozenset("جاء جاءت ياتي تاتي".split())  # «وجاء اللقاء بعد …», «ويأتي الاجتماع في وقت …»
_THREAT_NOUN = "core.THREATEN.threaten.noun"
_COMBATING = "مكافحه"  # «مكافحة الشغب»: the act a force or unit exists to fight

_ACCORD_JUDGEMENTS = {"SUPPORT": "parties-of-welcomed-accord", "REJECT": "parties-of-rejected-accord"}

_TERM_TYPES = frozenset({"RETREAT", "CONCEDE", "AID"})  # what an accord provides for its parties to do

_RATIFYING = frozenset({"core.AGREE.ratify.verb", "core.AGREE.approve.verb", "core.AGREE.approve-text.verb"})
_RATIFIED_REACH = 3  # «صادق (بالإجماع) على الاتفاق»

_PURGE = "core.COERCE.purge.noun"
_PURGED_SECTORS = ((frozenset("قاضيا قضاه القضاه".split()), "JUD"),
                   (frozenset("ضابطا ضباط الضباط عسكريا عسكريين العسكريين".split()), "MIL"),
                   (frozenset({"شرطيا"}), "COP"))

_SPREAD_OUT = "core.MOBILIZE.spread-out.noun"

_TURNING_WORDS = frozenset("المقابل اخري اخر".split())  # «وفي المقابل،», «من جهة أخرى،», «على صعيد آخر،»

_UNREAL = frozenset({"negated", "hypothetical", "future"})  # an attack so reported did not take place

_WHEN = frozenset("حين حينما عندما لما".split())

_UNREST = frozenset("اضطرابات احتجاجات تظاهرات مظاهرات شغب مخربين المخربين مشاغبين".split())

# a law or decree, indefinite, whose verb right after it tells what it does
_ENACTMENTS = frozenset("قانون قانونا قانونين قانونان قرار قرارا قرارين مرسوم مرسوما مرسومين تشريع تشريعا "
                         "تشريعين".split())
_DECISION = frozenset({"قرار", "اعلان", "خطوه"})  # «القرار», «الإعلان», «الخطوة»: the one the article's lead told
_ACT_BEFORE_REACH = 3  # words from the step said to contravene («إن القرار «يتعارض»») to the verb

_EXCHANGES = frozenset("تبادل مبادله".split())  # «صفقة تبادل», «اتفاق مبادلة»: a deal of exchange

_ALL_PARTIES = frozenset("اطراف الاطراف".split())  # «جميع الأطراف», «كل الأطراف المعنية»
_EVERYONE = frozenset("الجميع جميع الكل المواطنين الشعب".split())  # «ودعا الجميع إلى التهدئة»

_COMMENTARY_TYPES = frozenset({"THREATEN", "ACCUSE"})  # (after «دعا», «طالب», an indefinite noun is as often whom they call on)

_BRANDISH_VERB = "core.THREATEN.brandish.verb"

# a charge names whom it is laid on; the deed after it is what they are charged with («يتهم المحتجون
# فصائل مسلحة بالوقوف وراء هذه العمليات»)
_CHARGING = frozenset({"core.ACCUSE.accuse.verb", "core.ACCUSE.accuse.noun", "core.ACCUSE.accusing.participle",
                       "core.ACCUSE.charge.verb"})
_DEED_REACH = 5  # words after a condemned deed in which its doer or its victim is named

_LEAD_MIN_SENTENCES = 3  # a document this long is an article whose first sentence is its lead
# a lead's verb, light verb or relative clause naming the doer reports («الهجوم الذي شنّته جماعة الحوثي على …»);
# «الحروب بين …» describes
_LEAD_REPORT_PATHS = SUBJECT_PATHS + ("light-verb", "launched-by")

_BACKING = "core.SUPPORT.support.noun"  # «أعلنت القاهرة دعمها «السياسي والعسكري» للعملية»: backing a deed backs its doer

_STIRRED = frozenset({"core.REJECT.objection-stirred.noun", "core.ACCUSE.anger-stirred.noun"})
_SEMICOLONS = frozenset("؛;")
_EXPLAINING = frozenset("اذ حيث".split())  # «…؛ إذ استدعت سفيرها»: the clause says what the one before did

_REQUEST_NOUN = "core.REQUEST.demand.noun"

_IN_A_CALL = frozenset("في خلال".split())  # «اتفق الرئيسان … في اتصال هاتفي»
_HIM_OR_THEM = frozenset("ه ها هم هما".split())
# «…، داعياً الحكومة إلى …»: a call a party makes on its own state's is a request all the same (in a lone report a
# crowd's demand is its protest's)
_CALLING_PARTICIPLE = "core.REQUEST.calling.participle"

_STATE_LIKE_KINDS = ("country", "capital", "seat", "group")  # what a feminine verb may go on with
_MEN = ("ون", "يين")  # a group named by its men: «الحوثيون», «الحوثيين»
_STRONG_REPORT_FACTOR = 0.25  # how far below the threshold a strong rule report may still stand

# in an article, a candidate between two coded parties is judged against this share of the
# threshold: the model learned from lone newswire sentences, and an article has named its parties
_ARTICLE_PARTIES_FACTOR = 0.3
_AT_HOME_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "ACCUSE"})  # from within, to no one named: made at home

# in an article about the two parties, a noun with its doer named by a light verb or a resumptive
# verb is as clear: «شن الحوثيون هجوما على أبوظبي», «غارة نسبت إلى التحالف»
_DOCUMENT_REPORT_PATHS = STRONG_PATHS + ("launched-by",)

_SUPPORT_NOUN, _SUPPORT_VERB = "core.SUPPORT.support.noun", "core.SUPPORT.support.verb"

_ATTACKERS = "Attackers"  # the office of «المهاجمون» in the KB: whoever the text says attacked

_ALLUDING_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT"})  # acts aimed at someone left unnamed

_REACTIONS = frozenset({"SUPPORT", "REJECT", "ACCUSE"})  # what a decision or a deal may meet with
_DETACHED_PRONOUNS = frozenset("اياه اياها اياهم اياهما".split())
# a preposition with «her/him» → the preposition, and the detached pronoun that agrees as it does
_PREPOSITION_PRONOUNS = {"معها": ("مع", "اياها"), "معه": ("مع", "اياه"), "لها": ("ل", "اياها"), "له": ("ل", "اياه"),
                         "اليها": ("الي", "اياها"), "اليه": ("الي", "اياه")}
_PRONOUN_PP_REACH = 3  # «تضامنها التام والكامل معها»
_WARNING_PARTICIPLE = "core.THREATEN.warning.participle"

_HOSTILE_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE"})
_THREATENABLE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_ADDRESSING_TYPES = frozenset({"ACCUSE", "SANCTION", "CONSULT", "REJECT", "THREATEN"})  # acts a demand may follow up
_ANSWERABLE = _ADDRESSING_TYPES - {"CONSULT"}  # acts a threat may follow up

_REFUSABLE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE", "AID"})
_FLAGS = frozenset("علم العلم اعلام الاعلام".split())
_STORM_VERB = "core.ASSAULT.storm.verb"
_CORDON_VERB = "core.COERCE.cordon.verb"
_AMNESTY = "core.RETREAT.amnesty.noun"
_CONDEMN_VERB = "core.ACCUSE.condemn.verb"

_DOMESTIC_FOES = frozenset({"OPP", "PTY", "REB"})  # who may condemn their own government's step
_BUILDINGS = frozenset("مقر مقار مبني مباني سفاره قنصليه مسجد مصلي كنيسه مركز مراكز مكتب مكاتب منزل منازل مستشفي "
                       "جامعه برلمان مؤسسه مؤسسات مصنع مصانع مستودع مستودعات مخزن مخازن شقه شقق مزرعه ورشه فندق "
                       "مدرسه مدارس مطبعه".split())
_BUILDING_REACH = 10  # «اقتحمت عناصر من الشرطة الوطنية الإسبانية والحرس المدني مراكز اقتراع»
_CROWD_DEEDS = {"core.ASSAULT.storm.verb": "obstruct", "core.ASSAULT.raid.noun": "obstruct",
                "core.COERCE.cordon.verb": "obstruct", "core.MOBILIZE.deploy.verb": "obstruct",
                "core.ASSAULT.arson.verb": "riot", "core.ASSAULT.attack.verb": "riot"}

_TAKEN_PART_IN = frozenset({"ASSAULT", "MOBILIZE", "AID", "COERCE"})  # acts one joins «بمشاركة», no meeting
_OTHERS = frozenset("اخرون اخرين".split())  # «محتجون آخرون»

# «لن يلتقي», and the announced «عدم» of a masdar: «أعلنت عدم مشاركتها», «عدم اعترافها بالنتائج»
_WILL_NOT = frozenset({"لن", "ولن", "عدم", "وعدم"})

_NOT_NOW = frozenset({"لا", "ولا", "لم", "ولم"})

_OBLIGATIONS = ("core.REQUEST.must.", "core.REQUEST.must-on.")
_LETTING_IN = "core.AID.admit.noun"

_STRIKE_NOUNS = frozenset({"core.ASSAULT.air.noun", "core.ASSAULT.strike.noun", "core.ASSAULT.shell.noun"})

_RIVALRY_TYPES = _HOSTILE_TYPES | {"ACCUSE", "REJECT", "SANCTION"}  # events that show two parties at odds

_PETITIONS = frozenset({"REQUEST", "ACCUSE", "SUPPORT"})

_VOIDED = "core.REJECT.null-and-void.noun"

_AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "COOPERATE"})  # acts an article reports only with their target
# what a state organ does to no one named, in a war at home, it does to its rebels (when no rival is on record)
_HOME_WAR_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "SANCTION", "AGREE", "RETREAT"})
_DYADIC_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "AID", "COOPERATE", "REQUEST", "REJECT", "ACCUSE",
                           "SANCTION", "CONCEDE", "RETREAT"})

_PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "REL", "BUS"})  # a state's people, not its organs
_STREETS_REACH = 6  # words from a crowd's verb to the city it fills («تدفقوا إلى شوارع تل أبيب»)
_DENIAL = "core.REJECT.deny."
_COMPLAINTS = frozenset({"core.ACCUSE.complaint.noun", "core.ACCUSE.lawsuit.noun"})  # lodged with a body against a party
_FROM_THEM = frozenset("عنه عنها عنهم عنهما عنهن".split())  # «أفرجت عنهم»

_HOST_VERB = "core.CONSULT.host.verb"
_TALK_VERBS = frozenset({"core.CONSULT.talk.verb", "core.CONSULT.talk.verb2"})
_SEARCHING = frozenset("بحث بحثت يبحث تبحث بحثا بحثتا بحثوا يبحثون تبحثان يبحثان".split())  # «بحث عن»: searched for
_MEET_NOUN = "core.CONSULT.meet.noun"
_ARRIVE_VERB = "core.CONSULT.arrive.verb"
_ROUND_NOUNS = frozenset({"core.CONSULT.visit.noun", "core.CONSULT.tour.noun"})  # «جولة», «جولات»

# a ruler's going demanded («للمطالبة برحيله», «بإقالة المحافظ», «بإسقاط الحكومة»)
_OUSTINGS = frozenset("رحيل اقاله استقاله اسقاط تنحي".split())

_ATTACK_VERB = "core.ASSAULT.attack.verb"
_STRIKE_NOUN = "core.ASSAULT.strike.noun"
_ATTACK_NOUN = "core.ASSAULT.attack.noun"

_THREATEN_VERB = "core.THREATEN.threaten.verb"

_WARNINGS = frozenset({"core.THREATEN.warn.verb", "core.THREATEN.warning.participle", "core.THREATEN.warning.noun"})
_BODIES_WITHOUT_FORCE = frozenset({"UNO", "NGO"})
_COOPERATION_NOUN = "core.COOPERATE.cooperate.noun"

_DOMESTIC_MODES = frozenset({"arrest", "repress"})  # done to a state's own people where they live
_AUTHORITY_SECTORS = frozenset({"GOV", "COP", "JUD"})  # organs that hold and free a state's own people

_CAPTURE = "core.COERCE.capture."

_CROWD_GUESSES = ("protesters-of-place", "protesters-of-main-state", "people-of-place")  # crowds the text did not name

_RED_LINE = "core.THREATEN.red-line.noun"
_SIGNING_NOUN = "core.AGREE.sign.noun"
_SIGNERS_NAMED = frozenset({"genitive", "light-verb", "between", "declared", "pair-at-the-end-of-talks",
                            "parties-at-the-end-of-talks",
                            "discourse-participants"})
_CROSSING = frozenset("تجاوز تجاوزت تجاوزوا يتجاوز تتجاوز تخطي تخطت تخطوا يتخطي تتخطي تجاوزه تجاوزها".split())

_LASTING_TYPES = frozenset({"PROTEST", "COERCE"})  # protests and detentions last; a talk or a strike is dated

_HALTED_DEAL = "core.SANCTION.halt-deal."
_HELD_REACH = 4  # words from a force in a coercion's genitive to whom it holds

_SUMMONS = "core.ACCUSE.summon."
_CUT_TIES = "core.SANCTION.cut."

_VOID = frozenset({"باطل", "باطلا", "باطله", "لاغ", "لاغيا", "لاغيه"})  # «باطل ولاغٍ»


def _looked_for(tokens, trig: Trigger, actor: list[NP], asides: frozenset[int]) -> bool:
    """«عن» right after the verb and its subject, past any aside set off by commas: what is searched for («تبحث
    طهران، التي تواجه عقوبات …، عن متنفس»)."""
    k = past_subject(trig.last_token, actor) + 1
    while k in asides:
        k += 1
    return any(t.norm == "عن" for t in tokens[k:k + 2])


class Coder:
    """Codes documents into PLOVER events. Build once; `code()` is pure per document."""

    def __init__(self, kb: Optional[KnowledgeBase] = None, lexicon: Optional[Lexicon] = None,
                 ontology: Optional[Ontology] = None, detector=SHIPPED):
        # the knowledge base, lexicon and models (some 100,000 objects) live as long as the process:
        # built with the cyclic collector paused (it would scan them again and again while they
        # load) and then frozen out of its reach, they are not scanned by each full collection
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self.kb = kb or load_kb()
            self.lexicon = lexicon or load_lexicon()
            self.ontology = ontology or load_ontology()
            self.detector: Optional[Detector] = shipped_detector() if detector is SHIPPED else detector
            self.segmenter = Segmenter()
            self.segmenter.add_words(_segmenter_vocabulary(self.kb, self.lexicon))
            self.mentions = MentionFinder(self.kb)
        finally:
            gc.freeze()
            if was_enabled:
                gc.enable()

    # -- layers ----------------------------------------------------------------------------------
    def sentences(self, doc: Document) -> list[Sentence]:
        out = []
        for start, end, para in split_sentences(doc.text):
            out.append(Sentence((start, end), para, tokenize(doc.text, start, end, self.segmenter)))
        return out

    def triggers(self, sentence: Sentence, nps: list[NP]) -> list[Trigger]:
        return find_triggers(sentence, nps, self.lexicon, self.segmenter)

    def code(self, doc: Document, default_date: Optional[str] = None,
             trace: Optional[list[Outcome]] = None) -> list[Event]:
        """The events `doc` reports; with `trace`, what became of each trigger is appended to it."""
        ref = parse_date(doc.date or default_date)
        outcomes: dict[int, Outcome] = {}  # by id of the event built from the trigger
        events: list[Event] = []
        sentences = self.sentences(doc)
        state = Discourse(article=len(sentences) >= _LEAD_MIN_SENTENCES)
        self.mentions.remember_coalition_named_later(state.memory, [s.tokens for s in sentences], ref)
        paragraphs = len({s.paragraph for s in sentences})
        dateline = find_dateline(doc.text)
        for n, sent in enumerate(sentences):
            if sent.paragraph != state.paragraph:
                state.paragraph, state.paragraph_start, state.scene = sent.paragraph, sent.span[0], None
                state.memory.new_paragraph()
            sent, written, nps = self._mentions_of(doc, sent, n, dateline, ref, state)
            triggers, nps = self._triggers_of(doc, sent, n, dateline, nps)
            self._set_scene(sent, nps, state)
            dates, finder, reported = self._triggers_reported(doc, sent, n, triggers, nps, ref, state, trace)
            sent_events = self._events_of_the_sentence(doc, sent, reported, finder, dates, ref, state, trace, outcomes)
            self._remember_the_sentence(sent, finder, sent_events, state)
            sent_events = self._filters_of_the_sentence(doc, sent, n, written, nps, sent_events, ref, state, dateline,
                                                        paragraphs, outcomes)
            events.extend(sent_events)
        kept = drop_second_mentions(events)
        mark_removed(events, kept, "a second mention", outcomes)
        return kept

    def _mentions_of(self, doc: Document, sent: Sentence, n: int, dateline, ref, state: Discourse
                     ) -> tuple[Sentence, list[Token], list[NP]]:
        """The `n`th sentence without its asides, its tokens as written (what the detector reads) and the mentions
        it makes, given their text (an aside's codes lent to what it glosses; none in the dateline's agency); the
        agency's state, the dateline's place and the last mention of each state, party and side go to `state`."""
        agency = _token_range(sent.tokens, dateline.agency) if n == 0 and dateline and dateline.agency else range(0)
        in_dateline = _token_range(sent.tokens, dateline.span) if n == 0 and dateline else range(0)
        written = sent.tokens  # what the detector reads: the sentence as written, as it was trained on
        sent, glosses = without_asides(sent, start=in_dateline.stop)
        nps = self.mentions.find(sent.tokens, ref, state.memory, skip=agency, dateline=in_dateline)
        if glosses:
            nps = lend_codes(sent.tokens, nps, {k: self.mentions.find(words, ref, DocumentMemory())
                                                for k, words in glosses.items()})
        if agency:
            state.dateline_state = agency_state(doc.text[dateline.agency[0]:dateline.agency[1]])
            place_of_agency(nps, dateline, state)
        if n == 0 and dateline:
            state.dateline_end = dateline.span[1]
            state.dateline_place = next((np.code for np in nps if np.span[0] >= dateline.place[0]
                                         and np.span[1] <= dateline.place[1]), None)
        for np in nps:
            np.text = doc.text[np.span[0]:np.span[1]]
            if np.code and np.kinds == ("country",):
                state.state_names[np.code] = np
            if np.code and not np.is_place:
                state.last_mention[np.code] = np
                state.last_of_side[side_of(np)] = np
                state.side_mentions[side_of(np)] += 1
        return sent, written, nps

    def _triggers_of(self, doc: Document, sent: Sentence, n: int, dateline, nps: list[NP]
                     ) -> tuple[list[Trigger], list[NP]]:
        """The sentence's triggers (none in the first sentence's dateline), given their text, and the mentions
        that are no part of one."""
        triggers = self.triggers(sent, nps)
        if n == 0 and dateline:
            # «صنعاء (المسيرة) -»: the agency's name is no march
            triggers = [t for t in triggers if t.span[0] >= dateline.span[1]]
        nps = [np for np in nps if not any(t.first_token <= np.first_token and np.last_token <= t.last_token
                                           for t in triggers)]
        for t in triggers:
            t.text = doc.text[t.span[0]:t.span[1]]
        return triggers, nps

    @staticmethod
    def _triggers_reported(doc: Document, sent: Sentence, n: int, triggers: list[Trigger], nps: list[NP], ref,
                           state: Discourse, trace: Optional[list[Outcome]]
                           ) -> tuple[list[DateMention], ArgumentFinder, list[Trigger]]:
        """The sentence's dates (when it has triggers), its argument finder bounded by the acts reported, and
        the triggers it reports: not a topic of another act, a diplomatic protest or content of another act
        (what became of those is appended to `trace`)."""
        # dates only serve the sentence's own events
        dates = find_dates(doc.text, ref, sent.span[0], sent.span[1]) \
            if triggers and may_mention_time(t.norm for t in sent.tokens) else []
        opening = sum(1 for t in sent.tokens if t.span[1] <= state.dateline_end) if n == 0 else 0
        finder = ArgumentFinder(sent.tokens, nps, triggers, time_spans=tuple(d.span for d in dates),
                                opening=opening)
        topics = [t for t in triggers if finder.is_topic_of_discussion(t)]
        notes = diplomatic_protests(triggers, sent.tokens)
        nested = [t for t in triggers if finder.is_nested_content(t)]
        reported = [t for t in triggers if t not in topics and t not in notes and t not in nested]
        # what a request asks for stays inside the request's zone; a topic of discussion or a protest
        # note ends it, unless the topic is itself inside what is refused, asked or charged («رفضت قطر أي حديث
        # عن إعادة العلاقات مع دمشق»; not in a relative clause there: «نفت صحة التقارير التي تحدثت عن لقاء بين …»)
        ending = [t for t in topics
                  if t not in nested or any(tok.norm in RELATIVES for tok in sent.tokens[:t.first_token])]
        finder = finder.for_triggers(reported, boundaries=reported + ending + notes)
        if trace is not None:
            trace.extend(Outcome(t, dropped_by="topic of another act" if t in topics else "a diplomatic protest"
                                 if t in notes else "content of another act")
                         for t in triggers if t not in reported)
        return dates, finder, reported

    def _events_of_the_sentence(self, doc: Document, sent: Sentence, reported: list[Trigger], finder: ArgumentFinder,
                                dates: list[DateMention], ref, state: Discourse, trace: Optional[list[Outcome]],
                                outcomes: dict[int, Outcome]) -> list[Event]:
        """The event each reported trigger makes, in order; with `trace`, each trigger's outcome is appended to
        it and kept in `outcomes` by the id of its event."""
        sent_events: list[Event] = []
        for trig in reported:
            outcome = Outcome(trig) if trace is not None else None
            ev = self._event(doc, sent, trig, finder, dates, ref, state, sent_events, outcome)
            if outcome is not None:
                trace.append(outcome)
            if ev is not None:
                sent_events.append(ev)
                if outcome is not None:
                    outcome.event = ev
                    outcomes[id(ev)] = outcome
        return sent_events

    @staticmethod
    def _remember_the_sentence(sent: Sentence, finder: ArgumentFinder, sent_events: list[Event],
                               state: Discourse) -> None:
        """Keeps in `state` what the next sentences may lean on: the speaker who goes on, the parties a sentence
        ending in a semicolon explains, who made the remarks, the parties to talks, the issuers of a statement,
        the subject that opened the sentence."""
        # «أعلن الأمير محمد بن سلمان أن … . ودعا إيران إلى …»: he goes on in the next sentence
        state.speaker = finder.opening_speaker() if not any(ev.actor for ev in sent_events) else None
        state.explained = (next((list(ev.actor) for ev in sent_events if any(a.code for a in ev.actor)), None)
                           or [p for p in [finder.opening_party()] if p is not None]) \
            if sent.tokens and sent.tokens[-1].text in _SEMICOLONS else []
        state.statements_by = author_of_remarks(sent.tokens, finder.candidates) or state.statements_by
        state.talks_participants = participants_of_talks(sent_events) or state.talks_participants
        if (issuer := issuer_of_statement(sent.tokens, finder.candidates)) is not None:
            state.statement_issuers = [issuer]
        elif state.talks_participants and names_joint_statement(sent.tokens, 0, len(sent.tokens)):
            state.statement_issuers = list(state.talks_participants)
        if (opener := finder.opening_subject()) is not None:
            state.topic = [opener]  # «ترأس ميقاتي اجتماعاً …. ثم توجه إلى غلاسكو، حيث التقى …»: still he

    def _filters_of_the_sentence(self, doc: Document, sent: Sentence, n: int, written: list[Token], nps: list[NP],
                                 sent_events: list[Event], ref, state: Discourse, dateline, paragraphs: int,
                                 outcomes: dict[int, Outcome]) -> list[Event]:
        """The sentence's events once consolidated (folded together, doers blamed, the main state addressed) and
        filtered: a body's own session, no other party named, an act named but not reported, no obliged party,
        background in a lone report, the detector's judgement, an attack, coercion or cooperation aimed at no one
        named in an article of paragraphs; each removal is marked in `outcomes`."""
        before = sent_events
        sent_events = present_at_the_meeting(host_of_talks(drop_redundant(merge_subject_events(sent_events))))
        mark_removed(before, sent_events, "folded into another event of the sentence", outcomes)
        blame_the_doer(sent_events)
        protest_the_foreign_force(sent_events)
        address_the_main_state(sent_events, state)
        before = sent_events
        sent_events = [ev for ev in sent_events if not own_session(ev)]
        mark_removed(before, sent_events, "a body's own session", outcomes)
        article = state.article
        # (in an article a denial answers the charges the story tells, named or not: «نفت موسكو أن تكون
        # طائراتها قد نفذت أي غارات»)
        # (a lone denial of a tie to a party, «نفى أي صلة لطهران بالرجل الذي طعن الكاتب», names what is
        # denied, not who charged it)
        before = sent_events
        sent_events = [ev for ev in sent_events if not ev.trigger.entry.needs_recipient
                       or (names_another_party(ev) and not (ev.trigger.entry.id.startswith(_DENIAL) and not article
                                                              and "first-party-in-clause" in ev.rule))
                       or (article and crowd_demands_of_its_government(ev, sent_events))
                       or (ev.trigger.entry.id == _CALLING_PARTICIPLE and any(r.code for r in ev.recipient)
                           and (article or not a_crowd(ev.actor)))
                       or (article and ev.trigger.entry.id.startswith(_DENIAL) and ev.actor)]
        mark_removed(before, sent_events, "names no other party", outcomes)
        before = sent_events
        sent_events = [ev for ev in sent_events if not act_noun_alone(ev, sent.tokens)]
        mark_removed(before, sent_events, "an act named, not reported", outcomes)
        before = sent_events
        sent_events = [ev for ev in sent_events if not ev.trigger.entry.id.startswith(_OBLIGATIONS)
                       or obliged_party_named(ev)]
        mark_removed(before, sent_events, "no party named as obliged", outcomes)
        if not article:
            # «أُفرج عنها بعد نحو ثلاث سنوات من الاعتقال»: in a lone report, what a span of time was spent
            # in is background (an article tells such episodes as events of its story)
            before = sent_events
            sent_events = [ev for ev in sent_events if not (ev.event_type in _LASTING_TYPES
                                                            and after_a_span_of(sent.tokens, ev.trigger.first_token))]
            mark_removed(before, sent_events, "background in a lone report", outcomes)
        if self.detector is not None:
            # an article's first sentence reports its main event, and so does a dispatch's under its
            # dateline («دمشق (سانا) - دمّرت غارة جوية إسرائيلية …»); a lone sentence is no article
            before = sent_events
            sent_events = self._detect(doc, sent, written, nps, sent_events, ref, state.memory.salience,
                                       lead=n == 0 and (article or dateline is not None), article=article)
            mark_removed(before, sent_events, "the detector", outcomes)
        if article and paragraphs > 1:
            # in an article of paragraphs, an attack, a coercive act or a cooperation aimed at no one the
            # text names is one the story goes on about, not one it reports (a long newswire sentence is
            # no such story)
            before = sent_events
            sent_events = [ev for ev in sent_events
                           if ev.event_type not in _AIMED_TYPES or any(r.code for r in ev.recipient)]
            mark_removed(before, sent_events, "aimed at no one named", outcomes)
        return sent_events

    def _detect(self, doc: Document, sent: Sentence, written: list[Token], nps: list[NP], events: list[Event], ref,
                salience: Counter, lead: bool = False, article: bool = False) -> list[Event]:
        """Keep the candidates of a modelled type only when the detector judges the sentence (its `written` tokens) to
        report such an event; when it does and the rules found none, anchor one on a cue word.
        A strong report between the two parties the document is about stands on the rules alone:
        the model was trained on lone newswire sentences and cannot see what the document has
        established; so does one in an article's lead sentence; in an `article`, any candidate
        between two coded parties needs only part of the threshold."""
        probs = self.detector.judge(written, events, _DETECTOR_CUES)
        kept = []
        for ev in events:
            # (a call to protest reports none taking place, nor does a protest its named organiser announces:
            # the model, which learned only protests that took place, has nothing to judge)
            announced = ev.event_type == "PROTEST" and ev.modality == "future" and any(a.entity.code for a in ev.actor)
            p = None if article and stands_in_an_article(ev) or "call-to-protest" in ev.rule or announced \
                else probs.get(ev.event_type)
            if p is not None:
                threshold = self.detector.models[ev.event_type].threshold
                if article and (between_coded_parties(ev) or named_victim(ev)):
                    threshold *= _ARTICLE_PARTIES_FACTOR
                if p < threshold and not ((strong_report(ev) or counted_crowd_report(ev, sent.tokens)
                                           or ongoing_protests(ev, sent.tokens) or ongoing_fight(ev, sent.tokens)
                                           or deadly_attack(ev, sent.tokens)
                                           or suffered_attack(ev, sent.tokens) or fallen_projectiles(ev, sent.tokens))
                                          and p >= threshold * _STRONG_REPORT_FACTOR) \
                        and not military_report(ev, sent.tokens) \
                        and not (strong_report(ev, _DOCUMENT_REPORT_PATHS)
                                 and between_document_parties(ev, salience, nps)) \
                        and not (lead and strong_report(ev, _LEAD_REPORT_PATHS)) \
                        and not (lead and article and struck_in_the_lead(ev)) \
                        and not (lead and article and toll_in_the_lead(ev, sent.tokens)):
                    continue
                ev.confidence = round((ev.confidence + p) / 2, 3)
                ev.rule += f"/detector:{p:.2f}"
            kept.append(ev)
        for event_type, p in probs.items():
            if p >= max(self.detector.models[event_type].threshold, _CUE_MIN_PROBABILITY) \
                    and not any(ev.event_type == event_type for ev in events):
                ev = self._cue_event(doc, sent, nps, event_type, p, ref)
                if ev is not None:
                    kept.append(ev)
        return kept

    def _cue_event(self, doc, sent: Sentence, nps: list[NP], event_type: str, p: float, ref) -> Optional[Event]:
        cues = _DETECTOR_CUES.get(event_type, frozenset())
        toks = sent.tokens
        # (not a word the rules read in another sense: «مسيرة السلام», «تظاهرة ثقافية» are no protests)
        k = next((i for i, t in enumerate(toks) if t.is_word and (t.keys[-1] in cues or t.norm in cues)
                  and not a_course_or_a_show(toks, i)), None)
        if k is None:
            return None
        holder = next((np for np in nps if np.first_token <= k <= np.last_token), None)
        entry = LexiconEntry(f"detector.{event_type}", event_type, None, self.ontology.types[event_type].cameo,
                             "noun", "undirected", (), False, "actor", round(p, 3), (toks[k].text,))
        span = holder.span if holder is not None else toks[k].span
        trig = Trigger(span, doc.text[span[0]:span[1]], holder.first_token if holder else k,
                       holder.last_token if holder else k, entry)
        places = [np for np in nps if np.code and (np.is_place or np.kinds[0] in ("country", "capital"))]
        location = next((np for np in places if np.prep == "في"), places[0] if places else None)
        actor = [holder] if holder is not None and holder.entity.sector in _CUE_ACTOR_SECTORS else []
        recipient = []
        if event_type == "PROTEST":
            # as for a protest found by the rules: against what it protests, else by and before the
            # people of the place
            target = ArgumentFinder(toks, nps, [trig]).protested_against(trig)
            if location is not None:
                actor = [replace(a, entity=replace(a.entity, code=location.code)) if a.code is None else a for a in actor]
            recipient = [target] if target is not None else [location] if location is not None else []
        return Event(
            doc_id=doc.id, event_type=event_type, mode=None, modality="asserted", cameo=entry.cameo,
            quad_code=self.ontology.types[event_type].quad, event_scale=self.ontology.scale(event_type, None),
            actor=actor, recipient=recipient, mediator=[], location=location, trigger=trig,
            sentence_text=doc.text[sent.span[0]:sent.span[1]], sentence_span=sent.span,
            date=ref.isoformat() if ref else None, date_text=None, rule=f"detector.{event_type}/cue/detector:{p:.2f}",
            confidence=round(p, 3), paragraph=sent.paragraph)

    def _set_scene(self, sent: Sentence, nps: list[NP], state: Discourse) -> None:
        # «وفي بغداد،» / «وفي الإمارات العربية المتحدة،» at the head of a sentence; «وفي المقابل،»,
        # «من جهة أخرى،» turn to another party, maybe elsewhere
        toks = sent.tokens
        if any(t.norm in _TURNING_WORDS for t in toks[:4]) and any(t.text in "،," for t in toks[1:5]):
            state.scene = None
        for np in nps[:1]:
            if np.prep == "في" and np.first_token <= 1 and np.last_token + 1 < len(toks) \
                    and toks[np.last_token + 1].text in "،,(":  # «وفي كركوك (255 كلم شمال بغداد) قال …»
                state.scene = np

    def _event(self, doc, sent, trig, finder: ArgumentFinder, dates, ref, state: Discourse,
               sent_events: list[Event], outcome: Optional[Outcome] = None) -> Optional[Event]:
        """The event `trig` reports in `sent`, or None when it reports none: the trigger read in its
        sentence, its arguments assigned and completed from the sentence and the discourse, then settled
        by the kind of act, dated and given its modality, and remembered for the sentences after it."""
        def refused(step: str) -> None:
            if outcome is not None:
                outcome.dropped_by = step

        e = trig.entry
        if e.said_only and not any(is_complementizer(t, with_pronoun=True) for t in sent.tokens[:trig.first_token]):
            return refused("a claim no one is said to make")
        if self._not_an_act(e, sent, trig, finder, sent_events):
            return refused("no act of its own")
        assigned = self._assign_arguments(e, sent, trig, finder, state, sent_events)
        if assigned is None:
            return refused("its reading failed")
        args, need, recalled_from, verbal = assigned
        if self._no_talks(e, sent, trig, args, finder, sent_events):
            return refused("no talks")
        if e.id == _SIGNING_NOUN and not _SIGNERS_NAMED & set(args.path):
            # «في حفل التوقيع», «خلال خمسة أيام من التوقيع», «رحبت السعودية بتوقيع الوثيقة»: a signing named with no
            # signer of its own (its genitive, a light verb's subject, «بين X و Y», the pair the talks or the
            # declaration name) is an occasion or a time, not reported
            return refused("a signing named, not reported")
        self._required_of_or_met_with(e, trig, args, finder)
        self._aim_from_the_sentence(e, sent, trig, args, finder, state, sent_events)
        self._detached_pronoun_object(trig, args, finder, sent_events)
        self._object_on_preposition(e, trig, args, finder)
        self._warned_of_it(e, trig, args, finder)
        if states := their_governments(finder, trig):
            args.recipient = states  # «توجهت إلى ممثلي سوريا وروسيا وإيران …، متهمة حكوماتهم بالمسؤولية»
            args.path.append("their-governments")
        condemned = self._deed_judged(e, sent, trig, finder)
        deed_pending = condemned is not None and not args.recipient
        self._parties_from_the_story(e, sent, trig, args, state, sent_events)
        if self._says_too_little(e, sent, trig, args, finder, state, ref, deed_pending):
            return refused("too little said (no party named, or only a guessed one)")
        if e.id == _COOPERATION_NOUN and args.path == ["between"] \
                and not any(ev.event_type == "AGREE" for ev in sent_events):
            # «تعزيز الشراكة الاقتصادية بين البلدين», «استمرار التنسيق بين الجيشين»: a bond between two parties that
            # no one in the sentence does is their relation, not a deed told (but cooperation agreed on is told:
            # «اتفقت مصر والأردن على تعزيز التعاون الأمني بين البلدين»)
            return refused("a relation named, not a deed")
        if e.id in _WARNINGS and args.actor and {a.code for a in args.actor} <= _BODIES_WITHOUT_FORCE:
            # «حذّر برنامج الأغذية العالمي من أن اليمن مهدد بالمجاعة»: the UN's agencies and aid groups warn of
            # what may befall, they threaten no one
            return refused("a warning by a body that threatens no one")
        if e.id in _WARNINGS and warns_no_one_of_a_thing(sent.tokens, trig, finder.candidates, args.actor):
            return refused("a warning of a thing, aimed at no one")
        if self._aim_by_kind(e, sent, trig, args, finder, state, sent_events):
            return refused("a warning of what may befall a place")
        self._protest_parties(e, sent, trig, args, finder, state)
        crowd_of_the_government_faced(e, args, state)
        if protests_told_seen_from_abroad(e, sent.tokens[trig.first_token], args, state):
            return refused("a second mention")
        reading = self._reading(e, sent, trig, args, finder, dates, ref, state, sent_events, need, recalled_from, verbal)
        if reading is None:
            return refused("told already in the sentence")
        if self._lacks_a_party(e, sent, trig, args, finder, state, condemned, deed_pending):
            return refused("lacks a party it needs")
        if e.id == _ENCOURAGE_VERB and not _GUESSED_FROM_THE_STORY.isdisjoint(args.path):
            # «إن إطلاق سراحه يشجع على احتجاز …», «ضعفها هو ما شجّع الرياض على …»: what a step or a state of
            # things encourages is asked by no one; a party guessed from the story does not make it a request
            return refused("encouraged by a thing, not a party")
        event_date, mod, marker, mode, event_type = reading
        if e.event == "ACCUSE" and e.frame == "consequence" and mod == "hypothetical":
            return refused("a charge only supposed")  # «إذا لم تفِ إسرائيل بالتزاماتها»: no one is said to fail
        make_mutual(e, args)
        if e.event == "RETREAT" and (brokers := finder.brokers_after(trig, args)):
            # «أفرجت إيران عن الصحافي بوساطة عمانية», «تبادل البلدان الأسرى برعاية قطرية»: who brokered it (named once
            # the parties are settled: a broker does not stand in for a party guessed from the story)
            args.mediator.extend(brokers)
            args.path.append("mediated-by")
        self._remember_event(e, sent, trig, args, mod, state)
        return self._as_event(doc, e, sent, trig, args, ref, event_date, mod, marker, mode, event_type)

    @staticmethod
    def _required_of_or_met_with(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """Makes the party a request noun says something is required of its recipient (the speaker before it its
        actor), and those a reaction noun is «met with» from its actor (the others its recipients)."""
        if e.id == _REQUEST_NOUN and (asked := required_of(finder, trig)) is not None:
            # «قال متحدث باسم الخارجية الإسرائيلية إن أي حكومة فلسطينية جديدة مطالبة بالاعتراف بإسرائيل»: the
            # passive participle says the speaker demands it of the party before it
            args.recipient = [asked]
            args.actor = [sayer] if (sayer := finder.sayer_before(trig.first_token, [asked])) is not None else [
                a for a in args.actor if a.code != asked.code]
            args.path.append("required-of")
        if e.pos == "noun" and e.event in _REACTIONS and (giver := finder.met_with_from(trig)) is not None:
            # («ولقي القرار الأميركي رفضاً من الحكومة المصرية»: the refusal is Egypt's, of what the US decided)
            givers = finder.with_coordinated(giver)
            args.recipient = [np for np in args.actor + args.recipient if np.code and np not in givers]
            args.actor = givers
            args.path.append("met-with")

    @staticmethod
    def _deed_judged(e: LexiconEntry, sent: Sentence, trig: Trigger, finder: ArgumentFinder) -> Optional[int]:
        """The token of the deed a condemnation (an ACCUSE act other than an accusation) names after it in its
        clause, or that praise or backing names; None for other acts or when none follows."""
        # («…، ودانت الهجوم بوصفه انتهاكاً»: a condemned deed names its target below, from its doer)
        # (and «رحبت الخارجية التركية بالضربات»: a welcomed attack backs its doer)
        asides = finder.set_off_asides
        subject = frozenset(k for np in finder.candidates if not np.prep
                            for k in range(np.first_token, np.last_token + 1))
        condemned = condemned_deed(sent.tokens, trig, asides=asides, subject=subject) \
            if e.event == "ACCUSE" and e.id not in _CHARGING \
            else condemned_deed(sent.tokens, trig, behind_prep=True, asides=asides) \
            if ".praise." in e.id or e.id.startswith(_BACKING) else None
        return condemned

    @staticmethod
    def _parties_from_the_story(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, state: Discourse,
                                sent_events: list[Event]) -> None:
        """Parties the story gives an act the sentence names none for: the state coercing at home, the parties
        to a deal just told whose talks it came after, the doer of an operation just told that strikes opened,
        the security forces of the scene spread out, the crowd of a protest just told that demands a going."""
        if e.event == "COERCE" and state.article:
            coerced_at_home(e, args, state)
        if e.event == "CONSULT" and e.pos == "noun" and not args.actor and not args.recipient \
                and (deal := state.last_by_type.get("AGREE")) and talks_the_deal_came_after(sent.tokens, trig):
            # «وقّعت بغداد وأربيل اتفاقاً … . وجاء التوقيع بعد أشهر من مفاوضات شاقة»: the talks the deal came out of
            # were its parties'
            args.actor = [p for p in deal[0] + deal[1] if p.code]
            args.path.append("talks-of-the-deal")
        if e.event == "ASSAULT" and e.pos == "noun" and not any(a.code for a in args.actor) \
                and (operation := state.last_by_type.get("ASSAULT")) and opened_the_operation(sent.tokens, trig):
            # «أطلق الجيش التركي عملية عسكرية … . وبدأت العملية نحو الساعة الرابعة بقصف مدفعي»: the strikes an
            # operation began with are its doer's
            args.actor = [a for a in operation[0] if a.code]
            args.path.append("opening-of-the-operation")
        if e.id == _SPREAD_OUT and not args.actor and security_word_after(sent.tokens, trig) \
                and (scene := args.location.code if args.location is not None and args.location.code
                     else state.home()) \
                and (phrase := state.state_phrase(scene)) is not None:
            # «وسط انتشار أمني كثيف», «انتشاراً أمنياً واسعاً»: the security forces of the state where it happens
            args.actor = [with_sector(phrase, "COP")]
            args.path.append("security-of-the-scene")
        if e.event == "REQUEST" and e.pos == "noun" and not args.actor \
                and sent.tokens[trig.first_token].proclitics.startswith("ل") \
                and trig.last_token + 1 < len(sent.tokens) \
                and not _OUSTINGS.isdisjoint(sent.tokens[trig.last_token + 1].stem_keys) \
                and (protest := next((ev for ev in reversed(sent_events) if ev.event_type == "PROTEST"
                                      and any(a.code for a in ev.actor)), None)) is not None:
            # «تظاهر آلاف العراقيين في بغداد للمطالبة برحيل رئيس الوزراء»: the crowd demands of whom it protests
            # his going (other demands of a protest are its content, told with it)
            args.actor = [a for a in protest.actor if a.code]
            args.recipient = args.recipient or [r for r in protest.recipient if r.code]
            args.path.append("demand-of-protest")

    def _as_event(self, doc: Document, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, ref,
                  event_date: Optional[DateMention], mod: str, marker: str, mode: Optional[str],
                  event_type: str) -> Event:
        """The event of `trig` with its arguments and reading: its CAMEO code (the type's and mode's when these
        were changed), confidence (less with no actor or recipient), rule path, date and sentence."""
        confidence = round(e.confidence * (1.0 if args.actor else 0.85) * (1.0 if args.recipient else 0.95), 3)
        rule = e.id + ("/" + "+".join(args.path) if args.path else "")
        if marker:
            rule += f"/modality:{mod}"
        return Event(
            doc_id=doc.id, event_type=event_type, mode=mode, modality=mod,
            cameo=self.ontology.cameo(event_type, mode) if (event_type, mode) != (e.event, e.mode) else e.cameo,
            quad_code=self.ontology.types[event_type].quad,
            event_scale=self.ontology.scale(event_type, mode), actor=args.actor, recipient=args.recipient,
            mediator=args.mediator, location=args.location, trigger=trig,
            sentence_text=doc.text[sent.span[0]:sent.span[1]], sentence_span=sent.span,
            date=event_date.date if event_date else (ref.isoformat() if ref else None),
            date_text=event_date.text if event_date else None, rule=rule, confidence=confidence,
            paragraph=sent.paragraph,
        )

    @staticmethod
    def _not_an_act(e: LexiconEntry, sent: Sentence, trig: Trigger, finder: ArgumentFinder,
                    sent_events: list[Event]) -> bool:
        """The trigger names no act of its own here: what a call was about, backing that goes with another
        act, who convened something, commentators' forecasts, housing, a reaction to news, a degree reached,
        a thing that endangers."""
        if e.event == "CONSULT" and any(ev.event_type == "CONSULT" for ev in sent_events) and any(
                t.norm in DURING_IT for t in sent.tokens[max(0, trig.first_token - 3):trig.first_token]):
            return True  # «تلقى … اتصالا هاتفيا …، جرى خلاله بحث الوضع»: what was discussed in the call
        if e.event in ("CONSULT", "AGREE") and e.pos == "verb" and sent_events \
                and sent.tokens[trig.first_token].proclitics.lstrip("وف").startswith("ل"):
            # «استدعت سفيريها للتشاور», «عقدوا قمة لبحث الأزمة», «توسطت قطر بين واشنطن وطالبان للتوصل إلى
            # اتفاق»: the purpose of what was reported
            return True
        word = sent.tokens[trig.first_token].norm.removeprefix("و")
        if e.pos == "verb" and word.startswith("ل") and word[1:] in AIMS_OF_OPERATIONS and any(
                t.entry.event == "ASSAULT" and t.entry.pos == "noun"
                and 0 < trig.first_token - t.last_token <= AIM_REACH for t in finder.triggers):
            return True  # «عملية عسكرية … لطرد تنظيم داعش»: what the operation is for, not an expulsion
        clitic = prep_clitic(sent.tokens[trig.first_token])
        if e.id == _SUPPORT_NOUN and clitic == "ب" or e.id in (_SUPPORT_NOUN, _SUPPORT_VERB) and clitic == "ل" and not any(
                np.first_token == trig.last_token + 1 and np.code and not np.prep for np in finder.candidates):
            # «تقدمت قوات الوفاق بدعم تركي»: backing that goes with another act; «أرسلت قوات لدعم الجيش»:
            # what another act is for — neither is an act of its own (but «تأكيداً لدعم أبوظبي» names its backer)
            return True
        if e.event == "REQUEST" and e.pos == "verb" and calls_for_it(sent.tokens, trig.first_token):
            return True  # «قمة دعت إليها مصر», «إضراب دعا إليه الاتحاد»: who convened it, not a request
        if e.event in _COMMENTARY_TYPES and e.pos == "verb" and commentators_speak(sent.tokens, trig):
            return True  # «ويحذر مراقبون من أن …»: what commentators foresee is no act of a party
        if e.id == _HOST_VERB and hosts_residents(sent.tokens, trig):
            return True  # «تستضيف تركيا ملايين اللاجئين», «تستضيف قطر المكتب السياسي لحماس»: housing, no talks
        if e.event == "CONSULT" and met_with_a_manner(sent.tokens, trig, finder.candidates):
            return True  # «قابلتا الإعلان بحذر شديد», «استقبلت الخطوة بترحيب حذر»: a reaction to news, no meeting
        if e.id in _ROUND_NOUNS and a_round_of_fighting(sent.tokens, trig):
            return True  # «خاضت إسرائيل جولة قتال مع الجهاد»: a round of fighting, no tour
        if e.id == _MEET_NOUN and the_top_of_a_thing(sent.tokens, trig):
            return True  # «تحوّل تشهده قمة هرم السلطة», «على قمة جبل»: the top of a thing, no summit
        if e.id == _ARRIVE_VERB and reaches_a_degree(sent.tokens, trig):
            return True  # «مكافأة تصل إلى خمسة ملايين دولار», «وصلت المفاوضات إلى طريق مسدود»: no one travels
        if e.id == _ARRIVE_VERB and things_arrive(sent.tokens, trig):
            return True  # «تصل صواريخ الحوثيين إلى جدة», «وصلت طلائع القوات إلى الدوحة»: things or troops, no visitor
        if names_an_outlet(sent.tokens, trig, quoted_only=e.event != "PROTEST"):
            return True  # «قناة «المسيرة»», «صحيفة «الثورة»»: a channel's or a paper's name, no march or revolution
        if e.id == _ATTACK_VERB and aimed_by_words_or_at_an_idea(sent.tokens, trig):
            return True  # «مقاطع مصورة تهاجم السلطات», «نشاط مناوئ يستهدف قضية الصحراء»: words, no attack
        if e.id == _STRIKE_NOUN and a_blow_to_an_idea(sent.tokens, trig):
            return True  # «في ضربة قاسية لآمال التسوية»: a setback, no strike
        if e.id == _SUPPORT_NOUN and a_subsidy(sent.tokens, trig):
            return True  # «رفع الدعم عن الوقود», «خفض دعم الخبز»: a subsidy, no backing
        if e.event == "ASSAULT" and e.pos == "noun" and a_figurative_fight(sent.tokens, trig):
            return True  # «اشتباك لفظي», «حرب تجارية», «اغتيال معنوي»: words, trade or reputations, no violence
        if e.event == "PROTEST" and e.pos == "verb" and argues_or_pretends(sent.tokens, trig):
            return True  # «احتج الوزير بأن …» argues, «تظاهر السجين بالمرض» pretends: no protest
        if e.event == "PROTEST" and a_course_or_a_show(sent.tokens, trig.last_token):
            return True  # «تعثرت مسيرة السلام», «تظاهرة ثقافية»: a process, a career or a show, no protest
        if e.event == "THREATEN" and e.pos == "verb" and describes_indefinite_noun(sent.tokens, trig, finder.candidates):
            return True  # «تصعيد خطير يهدد حياة المدنيين», «قرصنة تهدد أمن الملاحة»: a thing endangers, no one threatens
        if e.id == _THREATEN_VERB and an_act_endangers(sent.tokens, trig, finder.noun_trigger_tokens):
            return True  # «الضربات التركية «هددت» سلامة العسكريين», «إن ذلك يهدد سلامة السد»: an act endangers
        if e.id in _WARNINGS and warns_of_a_danger(sent.tokens, trig):
            return True  # «دانت … الغارات، محذرة من تداعياتها على أمن المنطقة»: a danger foreseen, no one threatened
        if e.event == "ASSAULT" and e.pos == "noun" and device_found(sent.tokens, trig):
            return True  # «ضبطت قوات الأمن سيارة مفخخة», «فككت الشرطة عبوة ناسفة»: a device found went off nowhere
        if e.id == _THREAT_NOUN and trig.first_token > 0 \
                and sent.tokens[trig.first_token - 1].keys[-1] in FACING:
            return True  # «وقوف السودان إلى جانب المملكة في مواجهة التهديدات الإيرانية»: a danger faced, no threat told
        if e.pos == "noun" and trig.first_token > 0 and sent.tokens[trig.first_token - 1].keys[-1] == _COMBATING:
            return True  # «وحدات مكافحة الشغب», «قوات مكافحة الإرهاب»: what a force is for, no act told
        if e.id == _CONDEMN_VERB and owes(sent.tokens, trig):
            return True  # «وتدين حكومة الوفاق بجزء كبير من تحولها للتدخل التركي»: owing, no condemnation
        if e.id == _BRANDISH_VERB and waves_a_thing(sent.tokens, trig):
            return True  # «ولوّح بعضهم بأعلام سوداء»: waving flags or pictures, no threat
        if e.id == _BRANDISH_VERB and on_the_horizon(sent.tokens, trig):
            return True  # «ولا تلوح في الأفق أي مفاوضات»: what looms, no one brandishes
        if habitual(sent.tokens, trig):
            return True  # «تُجري الجيوش عادةً تدريبات دورية», «جرت العادة أن توجه الأمم المتحدة نداءات»: a habit
        if e.pos == "verb" and whoever_does(sent.tokens, trig):
            return True  # «تستهدف كل من يعارض مسار 25 يوليو»: anyone who would, no party's act
        if e.pos == "verb" and masdar_after_masdar(sent.tokens, trig, finder):
            return True  # «بالضلوع في خطفه وقتله»: «and his killing», the masdar named with the one before it
        if e.id == _RED_LINE and (not drawn_anew(sent.tokens[trig.first_token]) or any(
                word_key(t) in _CROSSING for t in sent.tokens[max(0, trig.first_token - 2):trig.first_token])):
            return True  # «الخط الأحمر الذي حددته فرنسا», «بخطها الأحمر»: a line drawn before; «تجاوزت خطاً أحمر»: crossed
        return False

    def _assign_arguments(self, e: LexiconEntry, sent: Sentence, trig: Trigger, finder: ArgumentFinder,
                          state: Discourse, sent_events: list[Event]
                          ) -> Optional[tuple[Arguments, Optional[int], Optional[NP], bool]]:
        """The trigger's arguments, completed from the sentence and the discourse, with the word the entry
        needs, the capital an envoy is recalled from and whether an attack is made of words; None when the
        reading fails (a decree signed alone, a required word that is the act's subject)."""
        args = finder.assign(trig)
        self._roles_set_right(e, sent, trig, args, finder, sent_events)
        if self._signed_alone_or_foreseen(e, sent, trig, args, finder):
            return None
        need = self._word_it_needs(e, sent, trig, args, finder)
        if self._needed_word_is_its_subject(e, sent, trig, args, finder, need):
            return None
        self._completed_in_the_sentence(e, sent, trig, args, finder, state, sent_events)
        self._reassigned_in_the_sentence(e, sent, trig, args, finder, sent_events)
        self._fill_from_discourse(e, trig, args, state, sent_events, finder)
        self._parties_of_what_was_told(e, sent, trig, args, finder, state, sent_events)
        self._parties_of_the_accord(e, sent, trig, args, state)
        recalled_from = self._own_side_and_envoys(e, sent, trig, args, finder, state)
        verbal = self._place_and_home_codes(e, sent, trig, args, finder, state)
        return args, need, recalled_from, verbal

    @staticmethod
    def _roles_set_right(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                         sent_events: list[Event]) -> None:
        """Sets actor and recipient right where the phrase misleads: a participle sharing the verb's subject, a
        visitor received or meeting someone, who holds and who is held or released, projectiles that fell."""
        if e.frame == "participle" and "clause-subject" in args.path and sent_events \
                and object_of_verb_sharing_subject(args.actor, sent_events[-1]):
            # «…، ودعت الجماعات المسلحة إلى «وقف …»، محذرة من …»: the phrase after a conjoined verb that shares the
            # subject before it is that verb's object; the participle goes with the subject they share
            args.actor = list(sent_events[-1].actor)
            args.path[args.path.index("clause-subject")] = "subject-of-the-verb-before"
        if e.event == "CONSULT" and e.pos == "verb" and e.frame == "meet" and not args.recipient \
                and sent.tokens[trig.last_token].enclitic in _HIM_OR_THEM \
                and (visit := next((ev for ev in reversed(sent_events) if ev.mode == "visit" and ev.actor), None)) \
                and not {a.code for a in visit.actor} & {a.code for a in args.actor}:
            # «وصل زيلينسكي إلى أنقرة، حيث استقبله الرئيس التركي»: «him» is the visitor the sentence brought there
            args.recipient = list(visit.actor)
            args.path.append("visitor-received")
        if e.event == "CONSULT" and e.pos == "noun" and e.frame == "meet" and trig.first_token > 0 \
                and sent.tokens[trig.first_token].proclitics.removeprefix("و") == "ب" \
                and (visit := next((ev for ev in reversed(sent_events) if ev.mode == "visit" and ev.actor
                                    and ev.trigger.last_token == trig.first_token - 1), None)) \
                and (met := [np for np in args.actor + args.recipient
                             if np.code and np.code not in {a.code for a in visit.actor}]):
            # «بدأ الوزير جولته بلقاء الرئيس المصري», «اختتم زيارته بلقاء نظيره»: the visitor met whom the noun
            # names, at the start or end of the visit (the noun's genitive is whom he met, not who met)
            args.actor, args.recipient = list(visit.actor), met
            args.path.append("meeting-of-the-visit")
        if e.event == "COERCE" and e.pos == "noun" and (force := force_in_genitive(trig, args)) is not None:
            # «احتجاز خفر السواحل القطري قوارب صيادين بحرينيين», «اعتقال الشرطة المصرية عشرات الناشطين»: the
            # force in the genitive holds, and the object after it is held (but «اعتقال عناصر الجيش», with nothing
            # after, is the force's own men held)
            held = next((np for np in finder.candidates if force.last_token < np.first_token <= force.last_token
                         + _HELD_REACH and not np.prep), None)
            if held is not None:
                args.actor, args.recipient = [force], [held]
                args.path.append("held-by-genitive")
        if e.event == "RETREAT" and e.pos == "noun" and not args.actor \
                and (held := held_by_the_named(sent.tokens, trig, finder.candidates)) is not None:
            # «الإفراج عن ثلاثة أمريكيين اعتقلتهم القوات الإيرانية»: whoever holds them releases them
            args.actor, args.recipient = [held[1]], args.recipient or [held[0]]
            args.path.append("released-by-captor")
        if e.event == "COERCE" and e.pos == "verb" \
                and sent.tokens[trig.first_token].norm.removeprefix("و") in HOLDING \
                and (held := next((np for np in finder.candidates if np.last_token == trig.first_token - 1 and np.code
                                   and np.code not in {a.code for a in args.actor}), None)) is not None:
            args.recipient = [held]  # «ثلاثة أمريكيين اعتقلتهم القوات الإيرانية»: «them» are the people just named
            args.path.append("held-named-before")
        if e.id == FALLING_PROJECTILES:
            # «سقطت ثلاثة صواريخ قرب القنصلية الأميركية»: the subject is what fell; a party named after it is
            # where it fell, unless it says whose the projectiles are («قذائف أذربيجانية») or where they came
            # from («أُطلق من غزة»)
            firer = next((np for np in finder.candidates if np.first_token > trig.last_token and np.code
                          and fired_by(sent.tokens, np)), None)
            args.actor = [a for a in args.actor if a.last_token < trig.first_token] or ([firer] if firer else [])
            args.recipient = [r for r in args.recipient if r is not firer]
            args.pronoun_actor = False  # (nor is the verb's subject a pronoun for the discourse to fill)

    @staticmethod
    def _signed_alone_or_foreseen(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                  finder: ArgumentFinder) -> bool:
        """A decree one signs alone (the decree is the act), or a warning of what may happen: no reading."""
        if e.id.startswith("core.AGREE.sign.") and e.pos == "verb" and signs_a_decree(sent.tokens, trig) \
                and len({m.code for m in args.actor + args.recipient if m.code}) <= 1:
            return True  # «وقّع ترامب مرسوماً/إعلاناً رئاسياً يعترف …»: one signs a decree alone; the decree is the act
        if e.id in _WARNINGS and warns_of_what_may_happen(sent.tokens, trig, finder.nps, args):
            return True  # «حذر دبلوماسيون من أن أي توغل بري قد يمنح الحوثيين ذريعة»: a danger foreseen, no threat
        return False

    @staticmethod
    def _word_it_needs(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                       finder: ArgumentFinder) -> Optional[int]:
        """The token of the word the entry needs after the trigger (past the subject when the subject holds it);
        None when it needs none after it."""
        # the word the entry needs after it (the triggers stage checked it is there)
        need = required_at(sent.tokens, trig.first_token, trig.last_token, e, finder.nps) \
            if e.requires and not e.requires_before else None
        if need is not None and not e.requires_subject \
                and (holder := next((a for a in args.actor if a.first_token <= need <= a.last_token), None)):
            # «أسقطت مقاتلتان تركيتان … قاذفة روسية»: the word the act needs is also its object, after the subject
            # (in the same clause: in «قرر طرد السفير السويدي وسحب القائم بأعماله» the envoy is the object; and
            # heading a phrase of its own: in «اتفاق يعيد الرهائن المحتجزين» the hostages are the subject)
            later = required_at(sent.tokens, trig.first_token, holder.last_token, e, finder.nps)
            if later is not None and not any(t.proclitics.startswith("و")
                                             for t in sent.tokens[holder.last_token + 1:later]) \
                    and any(np.first_token == later for np in finder.candidates):
                need = later
        return need

    @staticmethod
    def _needed_word_is_its_subject(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                    finder: ArgumentFinder, need: Optional[int]) -> bool:
        """The word the act needs is its subject, not its object: no reading (but an envoy summoned to a body
        is summoned by it)."""
        if e.object and need is not None and not e.requires_subject \
                and any(a.first_token <= need <= a.last_token for a in args.actor):
            summoner = next((np for np in finder.candidates if np.first_token > trig.last_token and np.code
                             and not np.is_place and (normalize(np.prep) == "الي" or called_to_seat_of(sent.tokens, np))),
                            None) \
                if e.id.startswith(_SUMMONS) and e.pos == "verb" else None
            if summoner is None:
                return True  # «أوقف رئيس الوزراء المفاوضات»: the word the act needs is its subject, not its object
            # «استُدعي السفير الإسرائيلي إلى وزارة الخارجية الروسية»: the envoy is summoned, by the body
            # he is called to
            args.actor, args.recipient = [summoner], list(args.actor)
            args.path.append("summoned-to")
        return False

    @staticmethod
    def _completed_in_the_sentence(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                   finder: ArgumentFinder, state: Discourse, sent_events: list[Event]) -> None:
        """Fills a party the phrase lacks from the sentence: the sides of a fight a call to stop it is put to, the
        foe a place is taken from, who issued what is condemned, who took part, who agreed as talks ended, who
        imposed what is lifted, who is to answer a request."""
        if e.event == "REQUEST" and (not any(r.code for r in args.recipient) or GUESSED_PARTY & set(args.path)) \
                and calls_to_stop_fighting(sent.tokens, max([trig.last_token] + [a.last_token for a in args.actor])) \
                and len(sides := state.main_fight()) == 2 \
                and not {a.code for a in args.actor} & {s.code for s in sides}:
            # «ودعا الأمين العام للأمم المتحدة إلى وقف فوري للعنف»: a third party's call to end the fighting, naming
            # no one, is put to both sides of the document's fight
            args.recipient = sides
            args.path.append("sides-of-the-fight")
        if e.mode == "seize" and args.recipient and all(r.is_place for r in args.recipient) \
                and (foe := fought_against(finder, args.actor)) is not None:
            # «أعلنت قوات سوريا الديمقراطية سيطرتها الكاملة على مدينة الرقة بعد معارك … ضد تنظيم داعش»: a place
            # taken in a fight against a named party is taken from it
            args.recipient = [foe]
            args.path.append("taken-from-foe")
        if e.event == "ACCUSE" and not any(r.code for r in args.recipient) and (issuer := finder.issuer_in_zone(trig)):
            # «دانت المفوضية التصريحات الصادرة عن السلطات التونسية بحق المهاجرين»: aimed at who issued them
            args.recipient = [issuer]
            args.path.append("issued-by")
        if e.event == "CONSULT" and e.pos == "noun" and not any(a.code for a in args.actor) \
                and (taking_part := taking_part_after(finder, trig)):
            # «وشارك في القمة، إلى جانب السيسي، الرئيس التشادي …، والرئيس الإريتري …»: who took part follow
            args.actor = taking_part
            args.path.append("took-part")
        if e.event == "AGREE" and e.pos == "noun" and prep_clitic(finder.tokens[trig.first_token]) == "ب" \
                and (meeting := meeting_ended_by(finder, trig, sent_events)) is not None:
            # «اختتمت في القاهرة قمة دول جوار السودان …، بالاتفاق على تشكيل آلية»: those who met agreed
            args.actor, args.recipient = list(meeting.actor) + list(meeting.recipient), []
            args.path.append("agreed-as-talks-ended")
        if e.mode == "ease-sanctions" and (imposed := imposed_by(finder, trig)) is not None \
                and not any(a.code and a.first_token < trig.first_token for a in args.actor):
            # «البيان الذي أنهى عمليًا المقاطعة التي فرضتها الرياض وأبوظبي على الدوحة»: those who imposed a
            # measure end it, on whom they imposed it (unless the act's own doer is named before it)
            args.actor, args.recipient = imposed
            args.path.append("imposed-by")
        if e.event == "REQUEST" and e.pos == "noun" and not any(r.code for r in args.recipient) \
                and (answerer := answerer_of(finder, trig)) is not None \
                and answerer.code not in {a.code for a in args.actor}:
            # «إن إسرائيل لم تردّ على الطلب الذي تقدّمت به السلطة»: a request is aimed at who is to answer it
            args.recipient = [answerer]
            args.path.append("to-be-answered-by")

    @staticmethod
    def _reassigned_in_the_sentence(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                    finder: ArgumentFinder, sent_events: list[Event]) -> None:
        """Reassigns the parties from the sentence: the objectors and what stirred them, who announced or asked,
        whose offer is refused, who is answered, the sides of an exchange."""
        if e.id in _STIRRED and (stirrer := stirring_party(finder, trig, e)) is not None:
            # «وأثار قرار الحكومة العراقية اعتراض القوى العربية»: the objectors follow the noun; what stirred them
            # was the act of the party named in the verb's subject
            after = next((np for np in finder.candidates
                          if np.first_token == trig.last_token + 1 and not np.prep), None)
            args.actor = finder.with_coordinated(after) if after is not None else []
            args.recipient = [stirrer]
            args.path.append("stirred-by")
        if e.pos == "noun" and not args.actor \
                and (announcer := announcer_before(sent.tokens, trig, finder)) is not None:
            # «مع إعلان البحرين قطع علاقاتها مع طهران», «قرار الإمارات خفض تمثيلها»: who announced or decided it
            args.actor = [announcer]
            args.recipient = [r for r in args.recipient if r is not announcer]
            args.path.append("announced-by-genitive")
        if e.id == _REQUEST_NOUN and (asker := asked_by(sent.tokens, trig, finder)) is not None:
            # «عقد مجلس الأمن جلسة طارئة بطلب من الكويت», «دخلت القوات البحرين استجابةً لطلب رسمي من المنامة»: who
            # asked follows «من»; who was asked is the doer of what the request brought about
            args.actor = finder.with_coordinated(asker)
            mine = {a.code for a in args.actor}
            doer = next((ev.actor for ev in reversed(sent_events) if any(a.code for a in ev.actor)), None) or [
                np for np in finder.candidates if np.last_token < trig.first_token and not np.prep and np.code
                and not np.is_place][:1]
            args.recipient = [a for a in doer if a.code and a.code not in mine]
            if "at-request-of" not in args.path:
                args.path.append("at-request-of")
        if e.event == "REJECT" and not any(r.code and r.code not in {a.code for a in args.actor}
                                           for r in args.recipient) \
                and (owner := owner_by_relative_clause(finder, trig, args.actor)) is not None:
            # «رفض بلاده الأموال التي أعلن الاتحاد الأوروبي عزمه صرفها لتونس»: aimed at whose offer it was
            args.recipient = [owner]
            args.path.append("offered-by")
        if e.event == "REJECT" and not any(r.code for r in args.recipient) \
                and (answered := answered_party(finder, trig, args.actor)) is not None:
            # «نفت الخارجية الإيرانية الاتهامات، ردًا على تصريحات وزير الخارجية الأميركي»: aimed at who is answered
            args.recipient = [answered]
            args.path.append("answered")
        if e.event == "AGREE" and not any(p.code for p in args.actor + args.recipient) \
                and any(word_key(t) in _EXCHANGES for t in sent.tokens[trig.last_token + 1:trig.last_token + 3]):
            # «أفرجت طهران عن … في مقابل إطلاق ستوكهولم سراح …، وذلك في صفقة تبادل»: the parties of an exchange
            # are the two sides whose releases the sentence told
            sides = [a for ev in sent_events if ev.event_type == "RETREAT" and ev.mode == "release" for a in ev.actor
                     if a.entity.code]
            if len({a.entity.code for a in sides}) >= 2:
                args.actor = [np for np in finder.candidates if any(np.span == a.span for a in sides)] or args.actor
                args.path.append("sides-of-the-exchange")

    @staticmethod
    def _parties_of_what_was_told(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                  finder: ArgumentFinder, state: Discourse, sent_events: list[Event]) -> None:
        """Completes the parties from acts told before: the pair whose call is named after them, the other party
        of a halted deal, those joined, the giver a pronoun received from, the parties of the talks whose
        outcome is welcomed and of an accord ratified."""
        if e.event == "CONSULT" and e.pos == "noun" and e.frame != "visit" and not args.actor and not args.recipient \
                and trig.first_token and word_key(sent.tokens[trig.first_token - 1]) in _IN_A_CALL and sent_events \
                and sent_events[-1].event_type != "CONSULT" and not sent_events[-1].recipient \
                and len(pair := distinct_codes(sent_events[-1].actor)) == 2 \
                and max(a.last_token for a in sent_events[-1].actor) == trig.first_token - 2:
            # «اتفق الرئيسان السيسي وأردوغان في اتصال هاتفي على …»: the call or meeting the two subjects of the act
            # before it held, named right after them
            args.actor, args.recipient = pair[:1], pair[1:]
            args.path.append("talks-of-the-pair")
        if e.id.startswith(_HALTED_DEAL) and args.actor and not args.recipient \
                and (deal := state.last_by_type.get("AGREE")) is not None:
            # «تعاقد الشاه مع بريطانيا على شراء دبابات …، قبل أن تلغي لندن الصفقة»: the deal's other party
            mine = {a.code for a in args.actor if a.code}
            parties = [p for p in deal[0] + deal[1] if p.code]
            if mine & {p.code for p in parties}:
                args.recipient = [p for p in parties if p.code not in mine]
                args.path.append("other-party-of-deal")
        if e.pos == "noun" and args.actor and (joined := joined_in(sent.tokens, trig, finder.candidates)):
            # «انضمت البحرين إلى السعودية والإمارات ومصر في قطع العلاقات مع قطر»: those joined do it too
            args.actor.extend(np for np in joined if np.code not in {a.code for a in args.actor})
            args.path.append("joined-others")
        if "received-by-pronoun" in args.path:
            # the discourse named the receiver as the subject; the giver is who acts
            args.actor, args.recipient = args.recipient, args.actor
        if e.event in ("SUPPORT", "REJECT") and e.pos == "verb" and args.actor \
                and (not args.recipient or "counterpart-in-document" in args.path) and state.talks_participants \
                and names_outcome_of_talks(sent.tokens, 1 + max(a.last_token for a in args.actor + [trig])) \
                and (met := [p for p in state.talks_participants if p.code not in {a.code for a in args.actor}]):
            # «رحّب ميقاتي بنتائج الاجتماع»: a welcome for what the talks the text reported brought goes to their
            # parties
            args.recipient = met
            args.path.append("parties-of-talks")
        if e.id in _RATIFYING and args.actor and not args.recipient \
                and accord_ratified(sent.tokens[trig.last_token + 1:trig.last_token + 1 + _RATIFIED_REACH]) \
                and (accord := state.last_by_type.get("AGREE")) is not None \
                and (others := [p for p in accord[0] + accord[1]
                                if p.code and p.code not in {a.code for a in args.actor}]):
            # «وكان المجلس الوزاري الأمني المصغر في إسرائيل قد صادق على الاتفاق», «أقرت الحكومة الاتفاق»: ratifying
            # the accord the text reported binds the ratifier to its other parties
            args.recipient = others
            args.path.append("parties-of-ratified-accord")

    @staticmethod
    def _parties_of_the_accord(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                               state: Discourse) -> None:
        """An accord the text reported, welcomed or refused, is welcomed or refused its parties; what it provides
        for is done by its parties."""
        if e.event in _ACCORD_JUDGEMENTS and args.actor \
                and (not args.recipient or {"first-party-in-clause", "answers-previous"} & set(args.path)) \
                and names_an_accord(sent.tokens[trig.last_token + 1:]) \
                and (accord := state.last_by_type.get("AGREE")) is not None:
            # «رحب الأمين العام للأمم المتحدة بالتوقيع», «إلى الترحيب بالاتفاق», «لن تعترف بأي اتفاق يُبرم من دون
            # مشاركتها»: an accord the text reported, welcomed or refused, is welcomed or refused its parties
            # (not the town it was signed in: «وقّعت حركتا فتح وحماس في مكة المكرمة اتفاقاً»; at home, the parties
            # other than the judge's own side: «جدد الحزب الشيوعي رفضه للوثيقة» of the army and the coalition)
            mine = {(a.code, a.entity.sector) for a in args.actor}
            home = {code for code, _ in mine}
            args.recipient = [p for p in accord[0] + accord[1] if p.code and not p.is_place and (
                p.code not in home or p.entity.sector and (p.code, p.entity.sector) not in mine
                and all(sector for _, sector in mine))]
            if len(sides := [p for p in args.recipient if p.code not in state.memory.go_betweens]) >= 2:
                # (its broker or host is no party to it: «ورحبت الجامعة العربية بالاتفاق» signed in Doha through
                # Qatar's mediation)
                args.recipient = sides
            if args.recipient:
                args.path.append(_ACCORD_JUDGEMENTS[e.event])
        if e.event in _TERM_TYPES and e.pos == "noun" and not any(m.code for m in args.actor + args.recipient) \
                and a_term_of_an_accord(sent.tokens, trig.first_token) \
                and (accord := state.last_by_type.get("AGREE")) is not None:
            # «ونص الاتفاق على … وعودة جميع الوحدات العسكرية إلى مقارها»: what the accord the text reported
            # provides for is done by its parties
            args.actor = [p for p in accord[0] + accord[1] if p.code and not p.is_place and p.kinds[0] != "capital"]
            if args.actor:
                args.path.append("parties-of-the-accord")

    @staticmethod
    def _own_side_and_envoys(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                             finder: ArgumentFinder, state: Discourse) -> Optional[NP]:
        """Drops the actor's own side guessed as its target and sends a summons through a protecting power's
        envoy; the capital one's own envoy is recalled from, or None."""
        home = {a.code for a in args.actor if a.code}
        # (and no state cuts its ties with its own side: «إن «قطع العلاقات بالكامل غير ممكن»، كاشفاً أن رئيس
        # جهاز الاستخبارات …»)
        if (e.event in _HOSTILE_TYPES or e.id.startswith(_CUT_TIES)) and "first-party-in-clause" in args.path \
                and args.recipient \
                and {r.code for r in args.recipient} <= home \
                and (e.event != "ASSAULT" or state.opponent(args.actor, rivals_only=True) is not None) \
                and not (e.event == "COERCE" and other_sector_at_home(args)):
            # «وسترد عليه … دفاعاً عن مصالح إسبانيا»: the first party of the clause, guessed as the target,
            # is the actor's own side once the actor is known (an attack may well be at home, unless the
            # actor has a rival in the document)
            args.recipient = []
            args.path.append("own-side-dropped")
        # «قرر استدعاء القائم بالأعمال العراقي من أنقرة»: one's own envoy called home from a capital is a
        # recall, a cut in ties with that state
        recalled_from = finder.post_in_zone(trig, home) if e.id.startswith(_SUMMONS) and home \
            and {r.code for r in args.recipient} == home else None
        if e.id.startswith(_SUMMONS) and len(args.recipient) == 1 \
                and (protected := interests_protected(sent.tokens, finder.candidates, args.recipient[0])) is not None:
            # «استدعت الخارجية الإيرانية السفير السويسري، الذي ترعى بلاده المصالح الأميركية»: the protest goes
            # through the protecting power's envoy to the state whose interests it keeps
            args.mediator, args.recipient = list(args.recipient), [protected]
            args.path.append("protecting-power")
        return recalled_from

    def _place_and_home_codes(self, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                              finder: ArgumentFinder, state: Discourse) -> bool:
        """The place (the scene, a host, the city a crowd's report was filed from), the gunmen as the last
        attack's doers and the home codes filled; whether an attack is made of words."""
        if args.location is None and state.scene is not None:
            args.location = state.scene
        if (e.event in _HOSTED_TYPES or e.id == _SUPPORT_VERB) and args.actor and not args.recipient \
                and args.location is not None and "named-after-place" not in args.path:
            loc = args.location
            # (an international body meeting at its seat, «جلسة طارئة لمجلس الأمن في نيويورك», meets no host)
            if loc.code and loc.code not in {a.code for a in args.actor} and loc not in args.mediator \
                    and not all(a.code in THIRD_PARTY_CODES for a in args.actor):
                args.recipient.append(loc)
                args.path.append("host-country")
        # troops sent somewhere are not of that place; a crowd is not of whom it protests
        # «هاجم زعيم المعارضة الحكومة»: a politician's attack is made of words
        verbal = e.id in (_ATTACK_VERB, _ATTACK_NOUN) and organ_attacked(args, sent.tokens, trig, finder.candidates) \
            or e.id == _ATTACK_VERB and verbal_attack(args, sent.tokens, trig, finder.candidates)
        against = (self.ontology.types[e.event].quad == 4 and not verbal) or e.event in ("PROTEST", "MOBILIZE")
        crowd = e.id in _CROWD_DEEDS and a_crowd(args.actor)
        if (e.event == "PROTEST" or crowd) and args.location is not None and state.dateline_place \
                and args.location.code != state.dateline_place and (filed := next(
                    (np for np in finder.candidates if np.is_place and np.code == state.dateline_place
                     and np.span[0] >= state.dateline_end), None)) is not None:
            # «بغداد - اقتحم محتجون غاضبون من تدنيس المصحف في ستوكهولم مقر السفارة السويدية في بغداد»: a
            # crowd acts in the city the report was filed from, when the sentence names it
            args.location = filed
        if e.event in ("ASSAULT", "COERCE") and state.article and state.attacks:
            # «شنّت حماس هجوماً على إسرائيل … واقتحم المسلحون قواعد عسكرية»: the gunmen or attackers an article
            # names with the article are the doers of the attack it told last, not people of the place they strike
            args.actor[:] = [doers_of_last_attack(a, state, args) for a in args.actor]
        fill_domestic_codes(args, state.home, conflict=against, protest=e.event == "PROTEST" or crowd,
                             judged=e.frame == "consequence",
                             dyadic=e.event not in ("CONSULT", "AGREE", "COOPERATE"), nearby=finder.candidates,
                             agency=state.dateline_state, placed_actor=e.event != "SANCTION", article=state.article)
        return verbal

    @staticmethod
    def _no_talks(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                  sent_events: list[Event]) -> bool:
        """Hosting, mediation, visits and presence that are no talks: troops based somewhere, the mediator of
        another act, talks told already, a visit with no visitor or going home, a state among its own."""
        if e.id == _HOST_VERB and any(np.entity.sector == "MIL" for np in args.actor + args.recipient):
            return True  # «قاعدة عين الأسد التي تستضيف قوات أميركية»: basing troops is not hosting talks
        if e.event == "CONSULT" and any(np.entity.sector == "REF" for np in args.actor + args.recipient):
            return True  # «لم يعد قادراً على استقبال لاجئين جدد»: refugees taken in hold no talks
        if e.id == MEDIATION_NOUN and prep_clitic(sent.tokens[trig.first_token]) == "ب" \
                and not (has_article(sent.tokens[trig.first_token]) and "between" in args.path):
            # «اتفاق … بوساطة مصرية»: who brought about another act, its mediator, no talks of its own (but «أشاد
            # بالوساطة القطرية بين الحكومة وطالبان» praises a mediation between two parties it names)
            return True
        if e.id == _HOST_VERB and sent.tokens[trig.last_token].enclitic and trig.first_token > 0 and (
                sent.tokens[trig.first_token - 1].norm in RELATIVES or any(
                    ev.event_type == "CONSULT" and ev.trigger.entry.pos == "noun"
                    and ev.trigger.last_token == trig.first_token - 1 for ev in sent_events)):
            return True  # «المحادثات التي استضافتها بكين», «محادثات استضافتها الصين»: the talks told already
        if e.event == "CONSULT" and e.mode == "visit" and (not args.actor or (
                args.recipient and {r.code for r in args.recipient} <= {a.code for a in args.actor})):
            # a visit needs a visitor («ووصلت إلى مطار دمشق طائرة مساعدات»), and going home is no visit
            # («منذ وصل الرئيس بايدن إلى البيت الأبيض»)
            return True
        if e.id in _TALK_VERBS and sent.tokens[trig.first_token].norm.lstrip("وف") in _SEARCHING \
                and not any(prep_key(r.prep) == "مع" for r in args.recipient) \
                and _looked_for(sent.tokens, trig, args.actor, finder.set_off_asides):
            return True  # «تبحث طهران … عن متنفس اقتصادي»: one searches for something, with no one
        if e.id == "core.CONSULT.presence.noun" and not args.mediator \
                and len({m.code for m in args.actor + args.recipient if m.code}) < 2:
            return True  # «وقّع الاتفاق بحضور رئيس الوزراء», «بمشاركة سفن حربية»: a state among its own is no meeting
        if e.id == "core.CONSULT.presence.noun" and any(
                ev.event_type in _TAKEN_PART_IN and ev.trigger.last_token < trig.first_token for ev in sent_events):
            return True  # «عمليات إنزال جوي بمشاركة طائرات فرنسية», «شنت غارات بمشاركة …»: joining an act, no meeting
        return False

    @staticmethod
    def _warned_of_it(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """«…، محذراً من أنها لن تحصل على أي دعم»: the party a warning says «it» of is the last other party
        the sentence named, if it agrees."""
        after = [t.norm for t in finder.tokens[trig.last_token + 1:trig.last_token + 3]]
        if e.id != _WARNING_PARTICIPLE or any(r.code for r in args.recipient) or after[:1] != ["من"] \
                or after[1:] not in (["انها"], ["انه"]):
            return
        named = last_party_named(finder, trig, {a.code for a in args.actor}, "اياها" if after[1] == "انها" else "اياه")
        if named is not None:
            args.recipient = [named]
            args.path.append("pronoun-of-warning")

    @staticmethod
    def _detached_pronoun_object(trig: Trigger, args: Arguments, finder: ArgumentFinder,
                                 sent_events: list[Event]) -> None:
        """The party «إياه/إياها/إياهم» right after a verb or participle stands for."""
        after = finder.tokens[trig.last_token + 1:trig.last_token + 2]
        if not after or after[0].norm not in _DETACHED_PRONOUNS:
            return
        # «…، متهمة إياه بارتكاب أعمال عدائية»: «him» is the party the sentence's last event was aimed
        # at, not whoever the charge goes on to name («متهماً إياها بدعم قوات الدعم السريع»)
        mine = {a.code for a in args.actor}
        prior = next((ev.recipient for ev in reversed(sent_events)
                      if ev.recipient and not {r.code for r in ev.recipient} & mine), None)
        if prior is None and not any(r.code for r in args.recipient):
            # («أعلنت الداخلية البحرينية إسقاط الجنسية عن الشيخ عيسى قاسم، متهمةً إياه …»: one of its own)
            prior = next((ev.recipient for ev in reversed(sent_events) if any(r.code for r in ev.recipient)), None)
        if prior is None and not any(r.code for r in args.recipient):
            # «وقال إن العلاقات يمكن أن تعود إذا كفّت طهران عن التدخل …، متهماً إياها بنشر الفتنة»: with no
            # earlier event, «her» is the last other party the sentence named, if it agrees
            named = last_party_named(finder, trig, mine, after[0].norm)
            prior = [named] if named is not None else None
        if prior:
            args.recipient = list(prior)
            args.path.append("pronoun-object")

    @staticmethod
    def _object_on_preposition(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """«مؤكدة تضامنها التام معها»: «her» on the noun's own preposition, right after it or its definite
        adjectives, is the last other party the sentence named, if it agrees."""
        # (only of friendly acts: a condemnation «له» is of the deed or the words, not of a party)
        if e.pos != "noun" or e.event not in _REFUSABLE_TYPES or any(r.code for r in args.recipient) \
                or not any(a.code for a in args.actor):
            return
        preps = {prep_key(p) for p in e.preps}
        for tok in finder.tokens[trig.last_token + 1:trig.last_token + 1 + _PRONOUN_PP_REACH]:
            prep, pronoun = _PREPOSITION_PRONOUNS.get(tok.norm.removeprefix("و"), (None, None))
            if prep is not None:
                if prep in preps and (named := last_party_named(finder, trig, {a.code for a in args.actor},
                                                                pronoun)) is not None:
                    args.recipient = [named]
                    args.path.append("pronoun-on-preposition")
                return
            if not (tok.is_word and has_article(tok)):
                return

    def _aim_from_the_sentence(self, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                               finder: ArgumentFinder, state: Discourse, sent_events: list[Event]) -> None:
        """Parties the sentence's other words and acts settle: the border a mobilisation faces, the place
        withdrawn from or aided, the side that vows to respond, the state that tells of an attack, the doer
        of a judged deed, whom a complaint is against, whom the actor's previous act addressed, the other
        party to talks."""
        self._aim_from_the_words(e, sent, trig, args, finder, sent_events)
        self._go_betweens_from_the_sentence(e, sent, trig, args, finder, state)
        self._aim_of_forces(e, sent, trig, args, finder)
        self._aim_of_a_strike_told(e, sent, trig, args, finder, sent_events)
        self._aim_of_a_verdict_or_complaint(e, sent, trig, args, state, sent_events)
        self._aim_from_the_acts_before(e, sent, trig, args, sent_events)

    @staticmethod
    def _aim_from_the_words(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                            sent_events: list[Event]) -> None:
        """Drops from the recipients of an act that is not hostile the actor's own state or capital; aims a threat
        after «or else» at whom the demand was made of, a warning or charge aimed at no one else at whom the writer
        says it alludes to, and a state's call to its own people at them."""
        if e.event not in _HOSTILE_TYPES:
            drop_own_territory(args)
        if e.event == "THREATEN" and not any(r.code for r in args.recipient) and (demand := next(
                (ev for ev in reversed(sent_events) if ev.event_type == "REQUEST" and ev.recipient
                 and any(sent.tokens[k].norm in OR_ELSE for k in range(ev.trigger.last_token + 1, trig.first_token))),
                None)) is not None:
            # «إن على حماس أن تطلق الرهائن وإلا فستواجه الجحيم»: the threat after «or else» is aimed at whoever
            # the demand was made of
            args.recipient = list(demand.recipient)
            args.path.append("or-else")
        if e.event in _ALLUDING_TYPES and args.actor and not {"object", "object-pronoun"} & set(args.path) \
                and not {r.code for r in args.recipient if r.code} - {a.code for a in args.actor} \
                and (alluded := alluded_to(finder, trig, {a.code for a in args.actor})) is not None:
            # «حذّر السيسي من أن أحداً لن يستطيع أخذ نقطة مياه من مصر …، في إشارة إلى الخلاف مع إثيوبيا»: whom a
            # warning or a charge names no one for (its own state in what it warns of) is whom the writer says it
            # alludes to
            args.recipient = [alluded]
            args.path.append("alluded-to")
        if e.event == "REQUEST" and (own := state_among(args.actor)) is not None \
                and addresses_own_citizens(sent.tokens, trig.last_token):
            # «دعت الخارجية السعودية مواطنيها إلى مغادرة لبنان فوراً»: a state asks its own people, not the
            # country it tells them to leave
            args.recipient = [with_sector(own, "CVL")]
            args.path.append("own-citizens")

    @staticmethod
    def _go_betweens_from_the_sentence(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                       finder: ArgumentFinder, state: Discourse) -> None:
        """Makes a mediation's announcer and leaders go-betweens of the pair the sentence names later, and those who
        led the mediation an accord just told came of go-betweens of the accord's parties."""
        if e.id == MEDIATION_NOUN and not args.recipient and args.actor \
                and (pair := finder.pair_between_later(trig)) \
                and not {np.code for np in pair} & {m.code for m in args.mediator + args.actor}:
            # «أعلنت السعودية نجاح وساطة قادها ولي العهد في الإفراج عن أسرى …، ضمن عملية تبادل بين موسكو
            # وكييف»: the mediation is between the pair the sentence names, its announcer and leader go-betweens
            args.mediator += [a for a in args.actor if a.code not in {m.code for m in args.mediator}]
            args.actor = pair
            args.path.append("mediated-pair-later")
        if e.id == MEDIATION_NOUN and "launched-by" in args.path and (accord := state.last_by_type.get("AGREE")) \
                and any(t.keys[-1] in ACCORD_WORDS for t in sent.tokens[:trig.first_token]) \
                and (parties := [p for p in accord[0] + accord[1] if p.code]) \
                and not {p.code for p in parties} & {np.code for np in args.actor + args.recipient}:
            # «وقّع حميدتي والربيع الوثيقة الدستورية … . وجاء التوقيع تتويجاً لوساطة قادها مبعوث الاتحاد الأفريقي
            # والمبعوث الإثيوبي»: those who led the mediation the accord came of are go-betweens of its parties
            args.mediator += [np for np in args.actor + args.recipient if np.code]
            args.actor, args.recipient = parties, []
            args.path.append("mediated-accord")

    @staticmethod
    def _aim_of_forces(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """Aims forces mobilised at the border's other side or at whom they face, an operation at whom it is
        launched against, and a withdrawal from (or aid to) one's own forces at the place they are in."""
        if e.event == "MOBILIZE" and not args.recipient \
                and (across := across_the_border(sent.tokens, finder.candidates)) is not None:
            args.recipient = [across]  # «رفع الجيش حالة التأهب على الحدود الشمالية مع لبنان»: forces aimed across it
            args.path.append("border-with")
        if e.event == "ASSAULT" and e.pos == "noun" and args.actor and not any(r.code for r in args.recipient) \
                and (aimed := purpose_target(sent.tokens, finder.candidates, trig, args)) is not None:
            # «أطلق الجيش التركي عملية عسكرية سمّاها «درع الفرات» لطرد تنظيم داعش من جرابلس»: an operation is
            # aimed at whom it is launched to drive out, free a place from or fight
            args.recipient = [aimed]
            args.path.append("aim-of-operation")
        if e.event == "MOBILIZE" and (faced := party_faced(sent.tokens, finder.candidates, trig, args)) is not None:
            # «نشر الحلف آلاف الجنود في بولندا … في مواجهة روسيا»: forces are aimed at whom they are to face
            args.recipient.append(faced)
            args.path.append("faced")
        if (e.mode == "withdraw" or e.event == "AID") and args.recipient and args.location is not None \
                and args.location.code and {r.code for r in args.recipient} <= {a.code for a in args.actor}:
            # «سحب جزء كبير من القوات الروسية المنتشرة في سوريا»: «من» takes a part of one's own forces;
            # they leave where they are; aid sent to one's own field hospital in Gaza goes to Gaza
            args.recipient = [args.location]
            args.path.append("withdrawn-from-place" if e.mode == "withdraw" else "delivered-to-place")

    @staticmethod
    def _aim_of_a_strike_told(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                              sent_events: list[Event]) -> None:
        """Sets who vows to respond to an attack told just before (the side hit, aiming at the attacker), and
        aims an attack naming no target at the state that tells of it."""
        hit = next((ev for ev in reversed(sent_events) if ev.event_type == "ASSAULT" and any(a.code for a in ev.actor)),
                   None) if e.event == "THREATEN" and "shared-subject" in args.path \
            and vows_response(sent.tokens, trig) else None
        if hit is not None and hit.recipient and {a.code for a in hit.actor if a.code} == {a.code for a in args.actor}:
            # «قالت الحكومة الباكستانية إن طائرات هندية ألقت قنابل …، وتوعدت بالرد»: who vows to respond is
            # the side that was hit (the attack a toll follows is the one meant, not the toll)
            args.actor, args.recipient = list(hit.recipient), list(hit.actor)
            teller = telling_party(sent.tokens, hit.trigger, finder.candidates)
            if teller is not None and all(a.is_place for a in args.actor) \
                    and teller.code in {a.code for a in args.actor}:
                args.actor = [teller]  # (the struck side that told of it, more than the place struck)
            args.path.append("vow-of-the-struck")
        elif hit is not None and not any(r.code for r in args.recipient) \
                and {r.code for r in hit.recipient if r.code} == {a.code for a in args.actor if a.code}:
            # («…، وتوعّد الجيش الأفغاني بالرد»: the struck side that vows to strike back aims at the attacker)
            args.recipient = [a for a in hit.actor if a.code]
            args.path.append("vow-against-the-attacker")
        if e.event == "ASSAULT" and not any(w in e.id for w in (".intercept", ".launch.")) and args.actor \
                and not any(r.code for r in args.recipient) \
                and (teller := telling_party(sent.tokens, trig, finder.candidates)) is not None \
                and teller.code not in {a.code for a in args.actor if a.code}:
            # «قالت الحكومة الباكستانية إن طائرات حربية هندية … ألقت قنابل»: a state that tells of an attack by
            # another, naming no target, was its target
            args.recipient = [teller]
            args.path.append("told-by-target")

    @staticmethod
    def _aim_of_a_verdict_or_complaint(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                       state: Discourse, sent_events: list[Event]) -> None:
        """Aims a verdict on «it», the attack just reported, at its doer, and a complaint lodged with a body at
        whom the actor's last act was aimed, else at the actor's rival."""
        word = sent.tokens[trig.last_token]
        if e.id in JUDGING_VERBS and args.actor and state.attacks and (word.enclitic or word.norm.endswith(("ها", "هما"))):
            # «دانت طهران الضربات، ووصفها المتحدث باسم الخارجية بأنها انتهاك لسيادة اليمن»: «ها» is the attack
            # just reported, on the state whose sovereignty the verdict names
            victims = {r.code for r in args.recipient if violated(sent, trig, r)}
            if not args.recipient or GUESSED_PARTY & set(args.path) or "first-party-in-clause" in args.path \
                    or victims >= {r.code for r in args.recipient}:
                doers = state.attacker_of(victims, {a.code for a in args.actor if a.code})
                if doers:
                    args.recipient = doers
                    args.path.append("doer-of-reported-deed")
        if e.id in _COMPLAINTS and args.recipient and all(
                r.code in ORGANISATION_CODES and normalize(r.prep) in ("الي", "لدي", "امام") for r in args.recipient):
            # «وتقدمت بشكوى عاجلة إلى مجلس الأمن الدولي»: the body is where the complaint is lodged; it is
            # against whom the actor's last act was aimed, else the actor's rival
            mine = {a.code for a in args.actor}
            aimed = next((ev.recipient for ev in reversed(sent_events) if ev.recipient
                          and {a.code for a in ev.actor} == mine and not {r.code for r in ev.recipient} & mine), None)
            rival = state.opponent(args.actor, rivals_only=True) if not aimed else None
            if aimed or rival is not None:
                args.recipient = list(aimed) if aimed else [rival]
                args.path.append("complained-of")

    @staticmethod
    def _aim_from_the_acts_before(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                  sent_events: list[Event]) -> None:
        """Aims an act sharing the subject of the act before at whom that act addressed (a demand, aid at a
        meeting, a threat or verdict after a hostile act, «him»), and what is said during a call at the other
        party to it."""
        if not args.recipient and (e.event == "REQUEST" or (e.event == "AID" and sent_events
                                                           and sent_events[-1].event_type == "CONSULT")
                                   or (e.id in DEED_JUDGING and bool(sent.tokens[trig.last_token].enclitic))
                                   or (e.event == "THREATEN" and sent_events and e.pos == "verb"
                                       and conjoined_word(sent.tokens[trig.first_token])
                                       and sent_events[-1].event_type in _ANSWERABLE
                                       and not {r.code for r in sent_events[-1].recipient} & {a.code for a in args.actor})) \
                and "shared-subject" in args.path and sent_events \
                and sent_events[-1].event_type in _ADDRESSING_TYPES and sent_events[-1].recipient \
                and {a.code for a in sent_events[-1].actor} == {a.code for a in args.actor}:
            # «استدعت الخارجية المغربية سفير إسبانيا …، وطالبت بتوضيحات»: the demand goes to whom the
            # same actor's act just before was aimed at; «استقبل بايدن زيلينسكي …، وأعلن حزمة
            # مساعدات عسكرية»: so does aid announced at a meeting; «دانت الخارجية التركية القرار …، وتوعدت
            # بالرد عليه»: and a threat after a hostile act; «أعربت عن أسفها لقرار السعودية، ووصفته بأنه غير مبرر»,
            # «استدعت سفيرها احتجاجاً على ما وصفته بتدخل إيراني»: and a verdict on what the act before was about
            args.recipient = list(sent_events[-1].recipient)
            args.path.append("addressee-of-previous")
        prev = sent_events[-1] if sent_events and "shared-subject" in args.path else None
        mine = {a.code for a in args.actor}
        if prev is not None and {a.code for a in prev.actor} == mine and {r.code for r in prev.recipient} - mine and (
                not args.recipient and pronoun_object_follows(sent.tokens, trig, args)
                or "object-pronoun" in args.path and "object" in prev.rule.partition("/")[2].split("+")
                and all(r.code for r in prev.recipient) and not {r.code for r in prev.recipient} & mine):
            # «واتصل علييف بنظيره الروسي، وقدم له اعتذاره», «استقبل الملك الوزير ووجه إليه دعوة»: «him» is
            # whom the same actor's act just before addressed — also over a guess at the last party named
            # («تطالب تل أبيب أنقرة بإغلاق مكاتب الحركة وإبعاد قادة جناحها …، وتتهمها بغض الطرف»)
            args.recipient = list(prev.recipient)
            args.path.append("pronoun-addressee")
        if not args.recipient and e.event in ("SUPPORT", "ACCUSE", "REQUEST") and any(
                t.norm in DURING_IT for t in sent.tokens[max(0, trig.first_token - 2):trig.first_token]) and (
                call := next((ev for ev in reversed(sent_events) if ev.event_type == "CONSULT"), None)) is not None:
            # «أجرى نتنياهو اتصالاً هاتفياً برئيس الوزراء القطري، قدّم خلاله اعتذاره»: what is said during a
            # call or meeting is said to the other party to it
            mine = {a.code for a in args.actor if a.code}
            args.recipient = [p for p in call.actor + call.recipient if p.code and p.code not in mine]
            if args.recipient:
                args.path.append("partner-in-talks")

    def _says_too_little(self, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                         finder: ArgumentFinder, state: Discourse, ref, deed_pending: bool) -> bool:
        """A verbal act whose only party is guessed, a guessed doer meeting his own side, a gathering with no
        host, an act with no party at all."""
        if not args.recipient and self.ontology.types[e.event].quad in (1, 3) and not deed_pending \
                and {"shared-subject", "topic"} & set(args.path) and not args.mediator \
                and not (e.pos == "verb" and finder.speaker_is_subject(trig.first_token)) \
                and not (e.event in ("THREATEN", "REJECT") and state.article
                         and modality(sent.tokens, trig.first_token, trig.last_token, None, ref)[0] == "asserted") \
                and not (e.event == "REQUEST" and "shared-subject" in args.path and any(
                    t.keys[-1] in _ALL_PARTIES | _EVERYONE for t in sent.tokens[trig.last_token + 1:trig.last_token + 4])) \
                and not (e.event == "REQUEST" and state.article and "shared-subject" in args.path
                         and (main := state.main_party()) is not None
                         and main in state.last_mention and main not in {a.code for a in args.actor}) \
                and not (e.event == "REQUEST" and "shared-subject" in args.path and petitioners(args.actor)) \
                and not (e.event in ("AGREE", "CONSULT", "COOPERATE") and len([a for a in args.actor if a.code]) >= 2
                         and not any(t.entry.event == e.event and t.last_token < trig.first_token
                                     for t in finder.triggers)):
            # a verbal act whose only party is guessed from the discourse says too little (but «وحضّ جميع
            # الأطراف على …» after «قال X إنه …» is X's call on every side, and «…، ودعا الجميع إلى التهدئة» on
            # everyone; in an article, a threat made or a refusal voiced stands on its own — «وترأس الكاظمي اجتماعاً
            # أمنياً، وتعهد بملاحقة المنفذين», «لكنه لوّح في كلمة متلفزة بترك منصبه», «…، ورفضت أي تفاوض قبل
            # الانسحاب» (its target, if any, from the actor's rival below); not what «قد يهدد» (may jeopardise); and
            # in an article a
            # call by a party the sentence named, from outside the state the article is about, is made of
            # that state: «أعربت السعودية عن قلقها من التطورات، ودعت إلى ضبط النفس»; a party's or a union's
            # call is made of its own government: «عقد الاتحاد العام للشغل اجتماعاً، ودعا إلى حوار وطني»; and
            # two parties who go on to announce a deal need no other: «اجتمع وزيرا خارجية مصر وتركيا، وأعلنا التوصل إلى
            # اتفاق» — unless it is what an act of its kind before it covers: «اتفقتا على استئناف العلاقات»)
            return True
        if e.event == "CONSULT" and {"shared-subject", "topic"} & set(args.path) and args.recipient \
                and {r.code for r in args.recipient} <= {a.code for a in args.actor}:
            return True  # «…، حيث استقبله رئيس الإقليم، وعقد معه اجتماعا»: a guessed doer who meets his own side
        if e.id == BRING_TOGETHER and not {"mediator-subject", "host-of-pair"} & set(args.path):
            return True  # only a host between two named parties; «يجمع المراقبون على» is consensus
        if not args.actor and not args.recipient and not (e.event == "PROTEST" and e.pos == "verb" and (
                args.location is not None and args.location.code or any(
                    np.kinds[0] in ("place", "capital") and np.code and 0 < np.first_token - trig.last_token <= _STREETS_REACH
                    for np in finder.candidates)
                or crowd_at_home(sent.tokens, trig, state))):
            # (crowds gathering somewhere named protest by and before its people, «في» it or not: «تدفق عشرات
            # الآلاف إلى شوارع تل أبيب»; so do protesters in an article about a state; see below)
            if e.event not in STANDALONE_TYPES or e.confidence < _MIN_STANDALONE_CONFIDENCE:
                return True
        return False

    def _aim_by_kind(self, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                     finder: ArgumentFinder, state: Discourse, sent_events: list[Event]) -> bool:
        """Parties the kind of act settles: the victims and garrisons of attacks, the parties to an accord declared
        void, places struck, the released and the arrested, a state's own people, the targets of threats, a hostile
        act's adversary; True when a warning turns out to be only of what may befall a place."""
        self._aim_of_an_attack(e, trig, args, finder, state)
        self._parties_of_a_voided_accord(e, trig, args, finder)
        self._places_struck(e, trig, args, finder, state)
        self._taken_released_or_purged(e, sent, trig, args, finder, state, sent_events)
        self._a_states_own_people(e, sent, trig, args, finder, state)
        self._not_its_own_target(e, args, state)
        if self._aim_of_a_threat(e, sent, trig, args, finder, state, sent_events):
            return True
        self._adversary_of_a_hostile_act(e, sent, args, finder, state)
        return False

    @staticmethod
    def _aim_of_an_attack(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                          state: Discourse) -> None:
        """The aim of an attack or a hold: its sufferer, the troops a struck base hosts, who the dead fought, the
        two sides of a fight the text is telling, the victims counted."""
        if e.event in ("ASSAULT", "COERCE") and e.pos == "noun" and (victim := finder.sufferer(trig)) is not None:
            args.actor = [a for a in args.actor if a.span != victim.span]
            args.recipient = [victim] + [r for r in args.recipient if r.span != victim.span]
            args.path.append("suffered-by")
        if e.event == "ASSAULT" and (garrison := finder.forces_hosted_at_target(trig)) is not None \
                and garrison.code not in {a.code for a in args.actor}:
            # a base that hosts foreign troops is struck at them; the base is where
            if args.location is None:
                args.location = next((r for r in args.recipient if r.is_place and r.code), None)
            args.recipient = [garrison]
            args.path.append("garrison-of-target")
        if e.event == "ASSAULT" and not any(a.code for a in args.actor) and (fought := finder.fought_with(trig)):
            # «ثلاثين متمردا قتلوا في مواجهات مع قوات الأمن»: who the dead fought is who killed them
            args.actor = [fought]
            args.recipient = [r for r in args.recipient if r.span != fought.span]
            args.path.append("clash-with")
        if e.event == "ASSAULT" and e.pos == "noun" and not args.actor and not args.recipient \
                and finder.tokens[trig.first_token].keys[-1] in CLASHES \
                and (fight := state.last_by_type.get("ASSAULT")) is not None:
            # «وتجددت المعارك بعنف صباح اليوم»: clashes with no side named are the fight the text is telling, between
            # its two sides
            sides = list({np.code: np for np in fight[0] + fight[1] if np.code}.values())
            if sides:
                args.actor, args.recipient = list(sides), list(sides)
                args.path.append("fight-in-document")
        if e.event == "ASSAULT":
            target_the_victims(args, finder.counted_nationals)

    @staticmethod
    def _parties_of_a_voided_accord(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """An accord declared void is aimed at its parties, named between the speaker and the verdict."""
        if e.id == _VOIDED and "consequence-for" not in args.path \
                and (parties := named_between(finder, args.actor, trig)):
            # «أعلنت الخارجية التركية أن الاتفاق الموقّع بين مصر واليونان «باطل ولاغٍ»»: the parties to the
            # accord, named between the speaker and the verdict
            args.recipient = parties
            args.path.append("parties-of-voided-accord")

    @staticmethod
    def _places_struck(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                       state: Discourse) -> None:
        """Where strikes come from and land: the holder of the launch site as doer, the country a strike, raid,
        withdrawal or aid lands in, the state the text is about for a bomb that went off."""
        if e.event == "ASSAULT" and not any(a.code for a in args.actor) and (site := finder.launch_site_after(trig)):
            args.actor = [site]  # «إطلاق الصواريخ من غزة»: fired by the side that holds where they came from
            args.path.append("launch-site")
        if e.event in _PLACE_TARGET_TYPES and not any(r.code for r in args.recipient):
            # strikes, raids, withdrawals and aid are directed at the country where they land
            target = args.location or finder.place_after(trig)
            if target is not None and target.code and all(m.span != target.span for m in args.mediator) and (
                    e.mode in _DOMESTIC_MODES or target.code not in {a.code for a in args.actor}):
                args.recipient.append(target)
                args.path.append("place-as-target")
        if went_off(e) and not any(r.code for r in args.recipient) and (scene := [t for t in state.topic if t.code][:1]):
            # «وفي عصر الأحد انفجرت قنبلة في الشارع التجاري»: a bomb whose place has no state went off
            # in the state the text is about
            args.recipient = scene
            args.path.append("topic-as-scene")

    @staticmethod
    def _taken_released_or_purged(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                  finder: ArgumentFinder, state: Discourse, sent_events: list[Event]) -> None:
        """Whose gear is seized, whose servants are purged, whose people are released: the beaten, the purging
        organ's state, the released nationals or those the sentence had held."""
        if e.mode == "seize" and e.pos == "verb" and not any(r.code for r in args.recipient) \
                and "shared-subject" in args.path and their_goods_after(finder.tokens, trig) and (beating := next(
                    (ev for ev in reversed(sent_events) if ev.event_type in ("ASSAULT", "COERCE")
                     and any(a.code for a in ev.actor) and any(r.code for r in ev.recipient)), None)):
            # «إن القوات سحقت مقاتلي الميليشيا، واستولت على كميات من معداتهم»: who beat them took their gear
            args.actor = [a for a in beating.actor if a.code]
            args.recipient = [r for r in beating.recipient if r.code]
            args.path.append("goods-of-the-beaten")
        if e.id == _PURGE and not any(r.code for r in args.recipient) \
                and (own := next((a for a in args.actor if a.code), None)) is not None:
            # «أعلن المجلس الأعلى للقضاة عزل 2745 قاضياً»: the servants a state's organ purges are its state's
            purged = {t.norm for t in finder.tokens[trig.last_token + 1:trig.last_token + 4]}
            sector = next((sec for words, sec in _PURGED_SECTORS if purged & words), None)
            args.recipient = [with_sector(state.state_phrase(own.code, own), sector)]
            args.path.append("purged-servants")
        if e.event == "RETREAT" and e.mode in ("release", "return"):
            # the released people's nationality is the recipient; a go-between (ICRC) mediates
            mine = {a.code for a in args.actor}
            people = finder.nationality_in_zone(trig, exclude=mine)
            if people is not None and people not in args.recipient:
                go_betweens = [r for r in args.recipient if r.code in ORGANISATION_CODES]
                args.mediator += go_betweens
                args.recipient = [people] + [r for r in args.recipient if r not in go_betweens]
                args.path.append("released-nationals")
        nxt = sent.tokens[trig.last_token + 1] if trig.last_token + 1 < len(sent.tokens) else None
        if e.event == "RETREAT" and e.mode == "release" and not any(r.code for r in args.recipient) \
                and nxt is not None and nxt.norm in _FROM_THEM:
            # «احتجزت … عشرة بحارة أمريكيين …، ثم أفرجت عنهم»: the released are those the sentence had held
            held = next((ev.recipient for ev in reversed(sent_events)
                         if ev.event_type in ("COERCE", "ASSAULT") and ev.mode in ("arrest", "abduct")
                         and any(r.code for r in ev.recipient)), None)
            if held:
                args.recipient = list(held)
                args.path.append("released-the-held")

    @staticmethod
    def _a_states_own_people(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                             finder: ArgumentFinder, state: Discourse) -> None:
        """A state's organs and its own people: the state that arrests when no doer is named, and the people its
        organs hold, repress, sentence, execute, shoot, let go, charge or warn (or those of the place abroad)."""
        if e.mode in _DOMESTIC_MODES and args.recipient and not any(a.code for a in args.actor):
            # «إثر ساعات من اعتقال رئيس الوزراء عبد الله حمدوك»: an arrest whose doer goes unnamed is
            # by the state where it happens, else by the state of the official or body arrested
            held = next((r for r in args.recipient if r.code and r.kinds and (
                "person" in r.kinds or r.entity.sector in DOMESTIC_SECTORS | {"OPP", "ELI"})), None)
            state_of = args.location if args.location is not None and args.location.code else held
            if state_of is not None:
                args.actor = [state_of]
                args.path.append("arrested-by-own-state")
        # (a head of state pardoning is one too: «أصدر الرئيس قراراً بالعفو عن عدد من المحكوم عليهم»)
        authorities = any(a.entity.kind in ("agent", "person") and a.entity.sector in _AUTHORITY_SECTORS
                          for a in args.actor)
        if (e.mode in _DOMESTIC_MODES or (e.mode in ("release", "execute", "convict") and authorities)
                or (e.event == "ASSAULT" and at_protesters(sent.tokens, trig))
                or (e.event == "ASSAULT" and "fire-of" in args.path and any(a.entity.sector == "COP" for a in args.actor))) \
                and not any(r.code for r in args.recipient):
            # «أعلنت الشرطة الجزائرية توقيف عدد من المشتبه بهم», «احتجزت السلطات السعودية عدداً من
            # الأمراء», «أفرجت السلطات عن الناشطة», «نفّذت السلطات حكم الإعدام بحق 47 شخصاً», «قضت غرفة
            # الجنايات … بالسجن عشرين عاماً على ناصر الزفزافي», «قُتل ثمانية أشخاص برصاص قوات الأمن»: people a
            # state's organs hold, repress, sentence, execute, shoot or let go
            # without a named nationality are the state's own
            own = state_among(args.actor)
            # (people held where another state is are its people: «اعتقلت قوات الاحتلال الإسرائيلي … في
            # قرية النبي صالح شمال غرب رام الله»)
            places = [args.location] if args.location is not None and args.location.code else [
                np for np in finder.candidates if np.code and np.kinds[0] in ("place", "capital")
                and (normalize(np.prep) == "في" or np.span[1] <= state.dateline_end)]
            abroad = next((p for p in places if own is not None and p.code != own.code
                           and p.code not in ORGANISATION_CODES), None)
            # (a state's armed forces abroad, in a story about the state they are in, hold or repress its people:
            # «ردّ عناصر مشاة البحرية الأميركية بإطلاق الغاز المسيل للدموع» at the embassy in Baghdad)
            home = state.home() if abroad is None and own is not None and not places \
                and any(a.entity.sector == "MIL" for a in args.actor) else None
            if home is not None and home != own.code and home not in ORGANISATION_CODES and home in state.last_mention:
                abroad = state.last_mention[home]
            if abroad is not None:
                args.recipient = [abroad]
                args.path.append("people-of-place")
            elif own is not None:
                args.recipient = [own]
                args.path.append("own-people")
        if e.event in ("ACCUSE", "THREATEN") and args.recipient and not any(r.code for r in args.recipient) \
                and (own := state_among(args.actor)) is not None and own.entity.sector in DOMESTIC_SECTORS \
                and all(r.entity.sector in _PEOPLE_SECTORS for r in args.recipient):
            # «حمّلت السلطات الإيرانية مثيري الشغب المسؤولية», «اتهمت الحكومة المتظاهرين»: the unnamed people a
            # state's organs charge or warn are its own
            args.recipient = given_code(args.recipient, own.code)
            args.path.append("own-people")

    @staticmethod
    def _not_its_own_target(e: LexiconEntry, args: Arguments, state: Discourse) -> None:
        """A guessed attacker that is its own target is its rival in the document; a concession or a curfew is
        aimed at the actor's own state."""
        mine = {a.code for a in args.actor if a.code}
        attackers = False
        if e.event in ("ASSAULT", "COERCE") and mine and mine == {r.code for r in args.recipient if r.code} \
                and ({"shared-subject", "topic"} & set(args.path) or (attackers := all(
                    a.entity.office == _ATTACKERS for a in args.actor))) \
                and not {"own-people", "goods-of-the-beaten"} & set(args.path) \
                and not (e.event == "COERCE" and e.mode in _DOMESTIC_MODES and not attackers):
            # «… وقتلت غارة على مخيم الشاطئ عشرة فلسطينيين»: a guessed attacker is not its own target;
            # in a document about two rivals, it is the other one (but a state's organs hold and repress its
            # own people: «قوات الأمن التي حاصرت الحرم الجامعي واعتقلت عدداً من المحتجين»); so is «المهاجمون», the
            # attackers the text told of last, who hold men of that side: «اعتقل المهاجمون عشرات من عناصر «داعش»»
            opponent = state.opponent(args.actor, rivals_only=not attackers)  # no rival: a domestic affair
            if opponent is not None:
                args.actor = [opponent]
                args.path.append("target's-opponent")
        if e.self_directed and not any(r.code for r in args.recipient):
            # «قدّم رئيس الوزراء استقالته», «رفع حالة الطوارئ»: a concession or a curfew: the actor's own state, not
            # its rival in the document
            own = next((a for a in args.actor if a.code), None)
            if own is not None:
                # an uncoded official is the actor's own («أقال الرئيس الجزائري وزير الداخلية»)
                args.recipient = given_code([r for r in args.recipient if r.entity.kind == "agent"], own.code) or [own]
                args.path.append("own-state")

    @staticmethod
    def _aim_of_a_threat(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                         state: Discourse, sent_events: list[Event]) -> bool:
        """The aim of a threat or a warning: the party just accused, the one a condition names, not the speaker's
        own side, its own people facing unrest, at home, whoever obstructs; True when a warning is only of what
        may befall a place."""
        mine = {a.code for a in args.actor if a.code}
        # («وحمّلت لندن مسؤولية تدهور العلاقات …، ولوّحت باتخاذ «الإجراءات المناسبة» رداً على إغلاق السفارة
        # الإيرانية»: a threat verb sharing the accuser's subject, aimed at no one but its own side)
        after_a_charge = e.event == "THREATEN" and e.pos == "verb" and "shared-subject" in args.path \
            and {r.code for r in args.recipient} <= mine
        if e.event in ("THREATEN", "REQUEST") and (e.frame == "participle" or after_a_charge) and args.actor and (
                not args.recipient or after_a_charge or "place-as-target" in args.path
                or all(r.kinds[:1] == ("place",) for r in args.recipient)):
            # «…، متهماً إسرائيل بتنفيذها، ومتوعداً بعقاب شديد», «حمّل البيت الأبيض إيران مسؤولية الهجمات
            # …، متوعداً بالرد»: whom the speaker just accused, more than where the deed took place
            accused = next((ev.recipient for ev in reversed(sent_events) if ev.event_type == "ACCUSE"
                            and {a.code for a in ev.actor} == mine and ev.recipient), None)
            if e.id == _WARNING_PARTICIPLE and args.recipient and not accused:
                return True  # «…، محذراً من تداعيات التصعيد على المنطقة»: a warning of what may befall a place
            if accused:
                args.recipient = [r for r in accused if r.code not in mine]
                args.path.append("the-accused")
        if e.event == "THREATEN" and args.actor and all(not r.code or r.kinds[:1] == ("demonym",) for r in args.recipient):
            # «هدد أردوغان بفتح المعابر … إذا ذهب الاتحاد الأوروبي أبعد من ذلك»: the threat is aimed at
            # whoever the condition names, more than at a nisba in what is threatened («بقطع الغاز الروسي»)
            party = party_of_condition(sent.tokens, trig.last_token, finder.candidates,
                                       {a.code for a in args.actor if a.code}, finder.set_off_asides)
            if party is not None:
                args.recipient = [party]
                args.path.append("party-of-condition")
        if e.event == "THREATEN" and e.needs_recipient and args.recipient and own_side_will_act(
                sent.tokens, args.recipient, {a.code for a in args.actor if a.code}):
            # «حذّر من أن المملكة سترد بأكبر قدر من الصرامة»: what the speaker's own side will do is the
            # threat, aimed at someone else
            args.recipient = []
            args.path.append("own-side-will-act")
        if e.event == "THREATEN" and e.needs_recipient and args.recipient \
                and {r.code for r in args.recipient} <= {a.code for a in args.actor if a.code} \
                and not any(r.entity.sector in HOME_SECTORS for r in args.recipient):
            # «حذّر من أن إيران «لن تتردد» في الدفاع عن أمنها»: what a warning protects is the speaker's
            # own, not whom it warns
            args.recipient = []
            args.path.append("own-side-dropped")
        if e.event == "THREATEN" and args.actor and not args.recipient \
                and any(t.keys[-1] in _UNREST for t in sent.tokens[trig.last_token + 1:]):
            # «حذر الحرس الثوري من أنه سيتخذ إجراءات «حاسمة» إذا استمرت الاضطرابات»: a warning to unrest
            # at home is aimed at the state's own people
            own = state_among(args.actor)
            if own is not None:
                args.recipient = [own]
                args.path.append("own-unrest")
        if e.event == "THREATEN" and not args.recipient and petitioners(args.actor):
            # «ولوّحت النقابة بالتصعيد», «توعدت السلطة القضائية بأحكام مشددة»: a party's, a union's or a
            # court's threat is made at home
            aim_at_home(args, state)
        if e.event == "THREATEN" and args.actor and not args.recipient and against_whoever(sent.tokens, trig) \
                and (whose := state_of_whoever(state, finder, {a.code for a in args.actor})) is not None:
            # «لوّحت الدول الخمس باتخاذ «إجراءات» بحق من يعرقلون الاستحقاق»: measures against whoever obstructs
            # are aimed at the state the document is about
            args.recipient = [whose]
            args.path.append("whoever-at-home")
        return False

    @staticmethod
    def _adversary_of_a_hostile_act(e: LexiconEntry, sent: Sentence, args: Arguments, finder: ArgumentFinder,
                                    state: Discourse) -> None:
        """A hostile act or forces sent with no one named: a place of the state's own it strikes, else the state's
        rebels, its adversary in the document or the state rebels fight."""
        if (e.event in _HOSTILE_TYPES or e.event == "MOBILIZE") and args.actor and not args.recipient:
            # (forces sent or put on alert with no one named face the actor's adversary: «أرسل السودان
            # تعزيزات عسكرية كبيرة إلى الحدود»)
            rebels = state.home_rebels(args.actor)  # (a war at home: the state's rebels first)
            mine = {a.code for a in args.actor}
            struck = args.location if e.event == "ASSAULT" and args.location is not None \
                and sent.span[0] <= args.location.span[0] < sent.span[1] and args.location.code in mine \
                and all(np.code in mine for np in finder.candidates if np.code) else None
            if not rebels and struck is not None:
                # «شنت القوات النظامية السورية قصفاً على حي الخالدية في حمص»: a state striking a place of its own,
                # naming no other party, strikes at home, not at its rival in the document
                args.recipient.append(struck)
                args.path.append("struck-at-home")
                return
            opponent = rebels or state.opponent(args.actor,
                                                named=frozenset(np.code for np in finder.candidates if np.code))
            # (and rebels with no rival on record threaten the state they fight: «وتوعد حميدتي بالعودة إليها»)
            home = state.state_of_rebels(args.actor) if opponent is None and e.event == "THREATEN" else None
            if (opponent := opponent or home) is not None:
                args.recipient.append(opponent)
                args.path.append("rebels-in-document" if rebels else "state-of-rebels" if home
                                 else "opponent-in-document")

    @staticmethod
    def _protest_parties(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                         state: Discourse) -> None:
        """A protest's crowd, what it is against and where: by and before the people of the place unless
        the text names others."""
        if e.event == "PROTEST":
            # «مئات الصرب», «آلاف الفلسطينيين»: the crowd's nationality; «احتجاجا على الاتفاقية
            # الأوروبية», «ضد الحرب الأميركية»: what is protested against
            target = finder.protested_against(trig)
            if not any(a.code for a in args.actor):
                crowd = [np for np in finder.counted_nationals if target is None or np.span != target.span]
                if crowd:
                    args.actor = crowd[:1]
                    args.path.append("crowd")
            if not any(r.code for r in args.recipient) or "first-party-in-clause" in args.path:
                if target is not None and target not in args.actor:
                    args.recipient = [target]
                    args.path.append("protested-against")

        if e.event == "PROTEST" and args.location is None and not any(a.code for a in args.actor):
            # «احتشد آلاف المتظاهرين أمام مبنى بلدية إسطنبول»: where the crowd gathered, if not «في» it
            # (not the place an accord is named after: «منذ اتفاق الطائف»); «الاحتجاجات التي عمّت إيران»: the state the
            # protests spread over
            args.location = next((np for np in finder.candidates if np.kinds[0] in ("place", "capital")
                                  and np.code and np.first_token > trig.last_token
                                  and finder.tokens[np.first_token - 1].keys[-1] not in ACCORD_WORDS), None) \
                or spread_over(finder.tokens, trig, finder.candidates)
        if e.event == "PROTEST" and args.location is not None and args.location.code:
            # a protest is by and before the people of the place, unless the text names others
            if not any(a.code for a in args.actor):
                args.actor.append(with_sector(args.location, "CVL"))  # its people, not its government
                args.path.append("protesters-of-place")
            if not any(r.code for r in args.recipient):
                args.recipient.append(with_sector(args.location, "GOV"))
        if e.event == "PROTEST" and state.article and not any(a.code for a in args.actor) \
                and (home := state.home()) in state.last_mention \
                and {r.code for r in args.recipient if r.code} <= {home}:
            # «وانطلقت الاحتجاجات … رفضاً لترشح بوتفليقة»: in an article about a state, a crowd nobody names
            # is its people
            args.actor = [with_sector(state.last_mention[home], "CVL")]
            args.path.append("protesters-of-main-state")
            if not any(r.code for r in args.recipient):
                args.recipient = [with_sector(state.last_mention[home], "GOV")]  # before their own state, as a crowd anywhere
                args.path.append("own-state")
        if e.event == "PROTEST" and {r.code for r in args.recipient if r.code} <= {a.code for a in args.actor} \
                and (jailer := jailing_state(sent.tokens, finder.candidates, {a.code for a in args.actor})) is not None:
            # «أسرى فلسطينيون في سجون الاحتلال الإسرائيلي»: against who holds them, more than their own side
            args.recipient = [jailer]
            args.path.append("jailer")
        if e.event == "PROTEST" and not any(r.code for r in args.recipient):
            # «خرج الآلاف من النيباليين في مسيرات»: a crowd with no named target protests before its own state
            crowd = next((a for a in args.actor if a.code and a.entity.sector in LOCAL_SECTORS | {None}), None)
            if crowd is not None:
                args.recipient.append(crowd)
                args.path.append("own-state")

    def _reading(self, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                 dates, ref, state: Discourse, sent_events: list[Event], need: Optional[int],
                 recalled_from: Optional[NP], verbal: bool
                 ) -> Optional[tuple[Optional[DateMention], str, str, Optional[str], str]]:
        """The event's date, modality, type and mode (refusals, recalls, boycotts, verbal attacks, a crowd's
        deeds read for what they are); None when the act was told already in the sentence."""
        event_date, mod, marker = self._date_and_modality(e, sent, trig, args, finder, dates, ref)
        mode = e.mode
        event_type = e.event
        followed = self._done_as_another_did(e, sent, trig, args, finder, sent_events, event_type, mode)
        if followed is None:
            return None
        event_type, mode = followed
        event_type, mode, mod, marker = self._retyped_by_what_is_said(
            e, sent, trig, args, finder, state, need, recalled_from, verbal, event_type, mode, mod, marker)
        deed = self._retyped_as_a_crowds_or_forces_deed(e, sent, trig, args, finder, state, sent_events,
                                                         event_type, mode)
        if deed is None:
            return None
        event_type, mode = deed
        self._the_describer_speaks(sent, trig, args, finder)
        event_type, mode, mod, marker = self._retyped_as_a_threat(e, sent, trig, args, finder,
                                                                  event_type, mode, mod, marker)
        event_type, mode = self._retyped_by_whom_it_serves(e, sent, trig, args, finder, event_type, mode)
        self._what_it_answers(e, sent, trig, args, finder, state)
        event_type, mode, mod = self._retyped_as_pardon_call_or_verdict(e, sent, trig, args, event_type, mode, mod)
        return event_date, mod, marker, mode, event_type

    @staticmethod
    def _date_and_modality(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                           dates, ref) -> tuple[Optional[DateMention], str, str]:
        """The event's date (none when it is told as later than the date found) and its modality with the
        word that marks it, the light verb's own mood first."""
        event_date = nearest_date(dates, trig, finder.triggers, sent.tokens)
        # (a verb «قبل أن» ties to a story told in the past, not to one foretold: «ستعتقله … قبل أن تفرج عنه»)
        tied = trig.first_token >= 2 and [t.norm for t in sent.tokens[trig.first_token - 2:trig.first_token]] \
            in (["قبل", "ان"], ["بعد", "ان"]) and not any(has_future_prefix(t) for t in sent.tokens[:trig.first_token])
        if e.pos == "verb" and told_later(event_date, sent.tokens[trig.first_token], after_before_that=tied):
            event_date = None
        # («ستدفع الثمن» is listed with its «س»: the threat is made now)
        listed_sin = e.pos == "verb" and e.radical_sin(sent.tokens[trig.first_token].norm)
        mod, marker = modality(sent.tokens, trig.first_token, trig.last_token, event_date, ref,
                               finder._clause_start(trig),  # noqa: SLF001
                               verb=e.pos == "verb" and not listed_sin, radical_sin=listed_sin,
                               names=finder.name_words)
        if args.governor is not None and mod == "asserted":
            # «لم يعلن الحلف أي إجراءات لدعم أنقرة», «لن تجري مناورات»: the light verb's own mood
            governor = sent.tokens[args.governor].norm
            mod, marker = modality(sent.tokens, args.governor, args.governor, event_date, ref,
                                   radical_sin=governor.removeprefix("و").removeprefix("ف") in LIGHT_VERBS)
        return event_date, mod, marker

    @staticmethod
    def _done_as_another_did(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                             sent_events: list[Event], event_type: str, mode: Optional[str]
                             ) -> Optional[tuple[str, Optional[str]]]:
        """The type and mode of an act that follows another's lead or answers in kind: those of the act it
        follows or answers; None when there is no such act or no one does it."""
        if e.frame in ("follow", "reciprocate"):
            # «وحذت البرتغال حذوها»: the act the sentence reported last, done by another at the same party;
            # «علّقت السفارة الأمريكية خدمات التأشيرات …، فردّت السفارة التركية بإجراء مماثل»: the last act
            # with a doer, done back to that doer
            follows = e.frame == "follow"
            # (a step in kind answers a deed, not a vow: «ستتخذ الإجراء المناسب …، فيما رجّح دبلوماسيون أن ترد إيران
            # بخطوة مماثلة» after an expulsion)
            model = (sent_events[-1] if sent_events else None) if follows else next(
                (ev for ev in reversed(sent_events) if any(a.code for a in ev.actor) and ev.event_type != "THREATEN"),
                None)
            if follows and (doer := follower_after(sent.tokens, trig, finder)) is not None:
                # «وحذت حذوها الكويت والبحرين»: who follows is named after «حذوها», not the subject before
                args.actor = finder.with_coordinated(doer)
                args.path[:] = [step for step in args.path if step not in ("shared-subject", "first-party-in-clause")]
                args.path.append("named-after-follow")
            if model is None or not args.actor:
                return None
            event_type, mode = model.event_type, model.mode
            mine = {a.code for a in args.actor}
            args.recipient = [r for r in (model.recipient if follows else model.actor) if r.code not in mine]
            args.path.append(("follows:" if follows else "reciprocates:") + model.trigger.text)
        return event_type, mode

    @staticmethod
    def _retyped_by_what_is_said(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                 finder: ArgumentFinder, state: Discourse, need: Optional[int],
                                 recalled_from: Optional[NP], verbal: bool, event_type: str, mode: Optional[str],
                                 mod: str, marker: str) -> tuple[str, Optional[str], str, str]:
        """Type, mode and modality retyped by what is said: a refusal to join or to act, a deal declared void,
        soldiers captured by an armed group, a deadline to one's own officials, a call to boycott, an envoy
        recalled, an attack of words."""
        if e.event in _REFUSABLE_TYPES and declined_to_join(sent.tokens, trig):
            mod, marker = "negated", "عدم"  # «أعلنت الحكومة عدم مشاركتها في مفاوضات جنيف»
        if e.event in _REFUSABLE_TYPES and mod == "negated" and (
                marker in _WILL_NOT or (".recognize." in e.id and marker in _NOT_NOW)):
            # «قال الأسد إنه لن يلتقي أردوغان», «لن تشارك في الاجتماع»: what one says one will not do is a
            # refusal, and so is not recognising («إن بلاده لا تعترف بالاستفتاء»)
            # («لن تزوّد أوكرانيا بصواريخ»: refusing aid)
            event_type, mode, mod, marker = "REJECT", "assist" if e.event == "AID" else None, "asserted", ""
            args.path.append("will-not")
        if e.event == "ACCUSE" and need is not None and _VOID & set(sent.tokens[need].stem_keys):
            # «وصفت الخارجية التركية الاتفاق بأنه «باطل ولاغٍ»»: declaring a deal or decision void rejects it,
            # and a deal the sentence names no party of is the one last reported
            event_type, mode = "REJECT", None
            args.path.append("declared-void")
            deal = state.last_by_type.get("AGREE")
            if deal and (not args.recipient or GUESSED_PARTY & set(args.path)) \
                    and any(not AGREEMENT_DOCUMENTS.isdisjoint(t.keys) for t in sent.tokens[trig.last_token + 1:need]):
                mine = {a.code for a in args.actor}
                args.recipient = [m for m in deal[0] + deal[1] if m.code and m.code not in mine]
                args.path.append("parties-of-the-deal")
        if e.id.startswith(_CAPTURE) and non_state_captors(args.actor):
            # «أسر «حزب الله» جنديين إسرائيليين»: soldiers an armed group seizes are abducted, not held by a state
            event_type, mode = "ASSAULT", "abduct"
            args.path.append("captured-by-armed-group")
        if e.mode == "ultimatum" and own_officials(args):
            # «أمهل الرئيس رئيس الأركان ووزير الداخلية ثلاثة أشهر لاستعادة الأمن»: a deadline a leader sets his
            # own officials asks them to act; it threatens no one
            event_type, mode = "REQUEST", None
            args.path.append("own-officials")
        if e.event == "REQUEST" and finder.calls_for_boycott(trig):
            event_type, mode = "PROTEST", "boycott"  # calling a boycott is the protest itself
            args.path.append("calls-for-boycott")
        if recalled_from is not None:
            event_type, mode = "SANCTION", "discontinue"
            args.recipient = [recalled_from]
            args.path.append("recalled-from")
        if verbal:
            event_type, mode = "ACCUSE", "disapprove"
            args.path.append("verbal-attack")
        return event_type, mode, mod, marker

    @staticmethod
    def _retyped_as_a_crowds_or_forces_deed(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                            finder: ArgumentFinder, state: Discourse, sent_events: list[Event],
                                            event_type: str, mode: Optional[str]
                                            ) -> Optional[tuple[str, Optional[str]]]:
        """Type and mode of what a crowd storms or burns (a protest), of a building security forces storm (a raid)
        or cordon off at home (a show of force); None when the crowd's deed belongs to a protest told already."""
        burns_flag = e.id == "core.ASSAULT.arson.verb" and any(
            t.keys[-1] in _FLAGS for t in sent.tokens[trig.last_token + 1:trig.last_token + 12])
        # (a crowd attacking a building riots: «هاجم محتجون القنصلية السعودية في مشهد»)
        crowd_deed = e.id in _CROWD_DEEDS and (e.id != _ATTACK_VERB or any(
            t.keys[-1] in _BUILDINGS for t in sent.tokens[trig.last_token + 1:trig.last_token + _BUILDING_REACH]))
        if crowd_deed and args.actor and (burns_flag or a_crowd(args.actor)):
            # (not «فيما هاجم محتجون آخرون القنصلية»: other crowds, another protest)
            others = any(a.last_token + 1 < len(sent.tokens) and sent.tokens[a.last_token + 1].norm in _OTHERS
                         for a in args.actor if sent.span[0] <= a.span[0] < sent.span[1])
            same = None if others else next((ev for ev in sent_events if ev.event_type == "PROTEST"
                                             and {a.code for a in ev.actor} == {a.code for a in args.actor}), None)
            if same is not None:
                # «اقتحموا السفارة وأضرموا النار فيها»: one protest told in two acts, against what
                # either act names
                if (not same.recipient or same.rule.endswith("own-state")) and any(r.code for r in args.recipient):
                    same.recipient = list(args.recipient)
                return None
            # «اقتحم محتجون مبنى الوزارة», «أنصار التيار الصدري يقتحمون المنطقة الخضراء»: a crowd
            # storming a place obstructs it in protest, setting fire to it riots; it does not attack;
            # whoever burns a flag protests («أضرم نواب النار في علم أميركي»)
            event_type, mode = "PROTEST", _CROWD_DEEDS[e.id]
            args.path.append("crowd-deed")
            if not any(r.code for r in args.recipient):
                # «اقتحم عشرات من أنصار بارزاني مبنى البرلمان في أربيل»: before the state where it happens
                own = args.location if args.location is not None and args.location.code \
                    else next((a for a in args.actor if a.code), None)
                if own is not None:
                    args.recipient = [own]
                    args.path.append("own-state")
        elif e.id == _STORM_VERB and args.actor and all(a.entity.sector in STATE_FORCES for a in args.actor) \
                and (args.recipient or args.location is not None and args.location.code) \
                and (any(not _BUILDINGS.isdisjoint(t.stem_keys)  # («مصنعاً», «مقرها»)
                         for t in sent.tokens[trig.last_token + 1:trig.last_token + _BUILDING_REACH])
                     # (or the object names one, past asides: «اقتحمت الشرطة، في بيان …، ليل الجمعة سفارة المكسيك»)
                     or any(not _BUILDINGS.isdisjoint(sent.tokens[k].stem_keys) for r in args.recipient
                            if in_sentence(r, finder.candidates)
                            for k in range(max(0, r.first_token - 1), r.last_token + 1))) \
                and not any(r.entity.sector in ARMED_SECTORS for r in args.recipient):
            # «اقتحمت الشرطة مراكز اقتراع في كتالونيا», «اقتحمت قوات الشرطة السفارة المكسيكية»: police or
            # troops storming a building that holds no armed force raid it (the people of the place when
            # no one else is named); storming a camp or a town («اقتحمت قوات الاحتلال مخيم جنين») attacks it
            event_type, mode = "COERCE", "repress"
            args.recipient = args.recipient or [args.location]
            args.path.append("raid-by-security-forces")
        elif e.id == _CORDON_VERB and args.actor and all(a.entity.sector in STATE_FORCES for a in args.actor) \
                and {r.code for r in args.recipient if r.code} <= {a.code for a in args.actor}:
            # «طوّقت قوات الأمن مقر المجلس الأعلى للقضاء», «طوّقت وحدات مكافحة الشغب الساحات»: forces deployed
            # round their own state's squares or buildings are a show of force; round an embassy they restrict it
            event_type, mode = "MOBILIZE", "police" if all(a.entity.sector == "COP" for a in args.actor) else "troops"
            args.path.append("cordon-at-home")
            own = next((a for a in args.actor if a.code), None)
            if own is not None and not any(r.code for r in args.recipient):
                # («مقر المجلس الأعلى للقضاء»: a body no state names is its own; «الساحات»: its people's)
                args.recipient = given_code([r for r in args.recipient if r.entity.kind == "agent"], own.code) \
                    or [with_sector(state.state_phrase(own.code, own), "CVL")]
                args.path.append("own-people")
        return event_type, mode

    @staticmethod
    def _the_describer_speaks(sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """«ما وصفه»: the speaker who describes the deed acts, at the clause's subject."""
        if describes_what(sent.tokens, trig) and "vso" not in args.path \
                and not any(t.entry.event in _JUDGING_TYPES and t.last_token < trig.first_token
                            and not any(w.norm in IF for w in sent.tokens[t.last_token:trig.first_token])
                            for t in finder.triggers) \
                and (sayer := finder.sayer_before(trig.first_token, [])) is not None and sayer not in args.actor:
            # «أعلن المشاط مبادرة … إذا أنهى التحالف ما وصفه بالعدوان»: «ما وصفه» is the speaker's word for what
            # the clause's subject does (who condemns or threatens «ما وصفه» in the same clause is who describes it:
            # «دانت الخارجية السورية ما وصفته بالعدوان»; one the verb names is the describer: «وهو ما وصفه الصفدي بأنه
            # تصعيد»)
            args.recipient = [a for a in args.actor if a.code and a.code != sayer.code] or args.recipient
            args.actor = [sayer]
            args.path.append("speaker")

    @staticmethod
    def _retyped_as_a_threat(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                             event_type: str, mode: Optional[str], mod: str, marker: str
                             ) -> tuple[str, Optional[str], str, str]:
        """A hostile act held out, promised to go on, promised on a condition or promised by a side's own
        spokesman is a threat, made now."""
        if e.event in _THREATENABLE_TYPES and held_out(sent.tokens, trig.first_token):
            # «أعلنوا استعدادهم لفرض مزيد من العقوبات», «مستعد لضرب إيران»: a hostile act held out
            # is a threat, made now
            event_type, mode, mod, marker = "THREATEN", None, "asserted", ""
            args.path.append("held-out")
        elif e.event in _THREATENABLE_TYPES and to_go_on(sent.tokens, trig):
            # «إن إسرائيل ستواصل غاراتها على لبنان», «عمليات الجماعة ستستمر في استهداف السفن»: hostile acts
            # promised to go on are a threat, made now
            event_type, mode, mod, marker = "THREATEN", None, "asserted", ""
            args.path.append("to-go-on")
            if not any(a.code for a in args.actor) and (sayer := finder.sayer_before(trig.first_token, args.recipient)):
                args.actor = [sayer]  # «أكد البخيتي أن العمليات ضد إسرائيل ستستمر»: who promises it threatens
                args.path.append("speaker")
        elif e.event in _THREATENABLE_TYPES and mod in ("future", "hypothetical") and e.pos == "verb" \
                and has_future_prefix(sent.tokens[trig.first_token], is_trigger=True) \
                and condition_after(sent.tokens, trig.last_token, finder.set_off_asides) is not None \
                and not any(t.entry.event == "THREATEN" and t.last_token < trig.first_token for t in finder.triggers):
            # «إن الحركة ستقصف تل أبيب إذا واصلت إسرائيل قصف غزة»: a hostile act promised on a condition the
            # other side controls is a threat, made now, at the party the condition names when the act names none
            # (unless a threat verb before it tells the threat already: «توعد بأنه سيدمر اقتصادها إذا …»)
            event_type, mode, mod, marker = "THREATEN", None, "asserted", ""
            args.path.append("on-condition")
            mine = {a.code for a in args.actor if a.code}
            if not any(r.code and r.code not in mine for r in args.recipient) and (party := party_of_condition(
                    sent.tokens, trig.last_token, finder.candidates, mine, finder.set_off_asides)) is not None:
                args.recipient = [party]
                args.path.append("party-of-condition")
        elif e.event == "ASSAULT" and mod == "future" and e.pos == "verb" \
                and has_future_prefix(sent.tokens[trig.first_token], is_trigger=True) \
                and (sayer := finder.sayer_before(trig.first_token, args.recipient)) is not None \
                and {a.code for a in args.actor if a.code} <= {sayer.code} \
                and any(r.code and r.code != sayer.code for r in args.recipient) \
                and not any(t.entry.event == "THREATEN" and t.last_token < trig.first_token for t in finder.triggers):
            # «قال نتنياهو إن إسرائيل ستهاجم حزب الله بقوة»: force that a side's own spokesman says it will use
            # is a threat, made now by the speaker
            event_type, mode, mod, marker = "THREATEN", None, "asserted", ""
            args.actor = [sayer]
            args.path.append("promised-force")
        return event_type, mode, mod, marker

    @staticmethod
    def _retyped_by_whom_it_serves(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                   finder: ArgumentFinder, event_type: str, mode: Optional[str]
                                   ) -> tuple[str, Optional[str]]:
        """A ban at home restricts, consent to let aid in allows it, troops sent to help are aid, a crossing two
        states open is cooperation; and the mode of talks (through a third party, by phone)."""
        if e.event == "SANCTION" and e.mode == "embargo" and args.actor and not any(r.code for r in args.recipient) \
                and (home_place := own_place_after(finder, trig, args.actor)) is not None:
            # «بدأت الحكومة العراقية تطبيق حظر على الرحلات الدولية من مطاري أربيل والسليمانية»: a ban at
            # home restricts; it sanctions no other state
            event_type, mode = "COERCE", "restrict"
            args.recipient = [home_place]
            args.path.append("restricts-at-home")
        if e.id == _LETTING_IN and "approved-by" in args.path:
            # «وافقت الحكومة الإسرائيلية على إدخال الوقود إلى غزة»: who consents to letting aid in allows it, as
            # «سمحت بإدخال»; it gives none
            event_type, mode = "CONCEDE", "allow-access"
            args.path.append("allowed-in")
        if e.event == "MOBILIZE" and args.actor and (helped := troops_sent_to_help(sent.tokens, trig, args)):
            # «أرسلت كوريا الشمالية نحو 1500 جندي إلى روسيا … لدعم الحرب», «نشر ألف جندي في موزمبيق بطلب من
            # حكومة مابوتو لمساعدتها»: troops sent to help another state are military aid to it
            event_type, mode = "AID", "military"
            args.recipient = helped
            args.path.append("troops-to-help")
        if e.event == "CONCEDE" and mode == "allow-access" and (len({a.code for a in args.actor if a.code}) >= 2 or (
                "between" in args.path and not {"svo", "vso", "light-verb"} & set(args.path)
                and len({m.code for m in args.actor + args.recipient if m.code}) >= 2)):
            # «أعادت السعودية والعراق فتح منفذ عرعر», «أُعيد فتح معبر جابر-نصيب بين الأردن وسوريا»: two
            # states opening the crossing between them cooperate; neither concedes to the other (but a
            # subject that opens the way between others concedes: «سمحت السعودية للرحلات بين الإمارات وإسرائيل»)
            event_type, mode = "COOPERATE", None
            args.path.append("joint-opening")
        if e.event == "CONSULT" and mode is None:
            if args.mediator:
                mode = "third-party"
            elif any(t.keys[-1] in _PHONE_WORDS for t in sent.tokens[trig.first_token:trig.last_token + 12]):
                mode = "phone"  # «بحث … هاتفيا»
        return event_type, mode

    @staticmethod
    def _what_it_answers(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                         state: Discourse) -> None:
        """The recipient of an answer: the teller of the claim a pronoun stands for, the doer of what it stands for
        or of the deed just judged, who made the demand or the charge refused, the captor asked to release."""
        pronoun_answered = e.event in ("REJECT", "ACCUSE") and e.pos == "verb" and not args.recipient \
            and bool(args.actor) and bool(sent.tokens[trig.last_token].enclitic)
        if pronoun_answered and (teller := teller_of_the_claim(finder, trig, {a.code for a in args.actor if a.code})):
            args.recipient = [teller]  # «قالت واشنطن إنها مفاعل نووي …، وهو ما نفته دمشق»
            args.path.append("teller-of-the-claim")
        elif pronoun_answered and state.last_event_actor:
            # «وهو ما رفضته تل أبيب», «فرفضها لابيد»: the pronoun is what the last actor did or asked
            # («في خطوة وصفتها المعارضة بالانقلاب»: a state's opposition or rebels answer its government)
            my_sides = {side_of(a) for a in args.actor if a.code}
            judged_in, judged = state.last_judged
            judged = [r for r in judged if side_of(r) not in my_sides] \
                if e.event == "ACCUSE" and judged_in == sent.span[0] else []
            others = [a for a in state.last_event_actor if a.code and side_of(a) not in my_sides]
            if judged:
                # «وهو ما وصفه الصفدي بأنه تصعيد خطير، ودانته جامعة الدول العربية»: a pronoun after a judgement
                # is the deed just judged, whose doer is judged again
                args.recipient = judged
                args.path.append("judged-again")
            elif others:
                args.recipient = others
                args.path.append("answers-previous")
        if e.event == "REJECT" and not args.recipient and args.actor:
            # a refusal answers the demand made of the refuser («سلمت الدول الأربع الدوحة قائمة مطالب … فرفضتها
            # قطر»), a denial the accusation («اتهمت واشنطن طهران بالهجوم … ونفت طهران أي تورط»)
            mine = {a.code for a in args.actor if a.code}
            asker = state.last_claim_on.get(frozenset(mine)) if mine else None
            if asker:
                args.recipient = list(asker)
                args.path.append("answers-demand")
        released = release_asked_at(sent.tokens, trig, args.actor) if e.event == "REQUEST" else None
        if released is not None:
            # «طالب الجانب الأميركي بالإفراج عن برانسون وعن عالم في وكالة «ناسا»»: whom a release is asked for, and
            # what names them, is not who is asked
            args.recipient = [r for r in args.recipient if r.first_token < released]
        if released is not None and args.actor and not args.recipient and state.captors:
            # «اعتقلت السلطات الإيرانية مواطنين فرنسيين، فيما طالبت باريس بالإفراج عنهما»: of the captor
            mine = {a.code for a in args.actor}
            args.recipient = [c for c in state.captors if c.code not in mine]
            if args.recipient:
                args.path.append("of-the-captor")

    @staticmethod
    def _retyped_as_pardon_call_or_verdict(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                           event_type: str, mode: Optional[str], mod: str
                                           ) -> tuple[str, Optional[str], str]:
        """An amnesty at home concedes, a call to demonstrate is the protest still to come, a court's «دان»
        convicts."""
        if e.id == _AMNESTY and args.actor and args.recipient and not any(r.code for r in args.recipient):
            # «أعلنت «قسد» عفواً عن المسلحين المحليين»: unnamed fighters pardoned are the pardoner's own people
            own = next((a for a in args.actor if a.code), None)
            if own is not None:
                args.recipient = given_code(args.recipient, own.code)
        if e.id == _AMNESTY and args.actor \
                and {r.code for r in args.recipient if r.code} <= {a.code for a in args.actor}:
            # «أعلنت «إدارة العمليات العسكرية» عفواً عاماً عن المجندين»: an amnesty for one's own people yields on
            # policy at home (one for another state's prisoners releases them: «عفواً عن خمسة إيرانيين»)
            event_type, mode = "CONCEDE", "release"
            args.path.append("amnesty-at-home")
        if e.event == "REQUEST" and (called := protest_called_for(sent.tokens, trig, [
                a for a in args.actor if sent.span[0] <= a.span[0] < sent.span[1]])) is not None \
                and mod in ("asserted", "future", "historical"):
            # «دعت جمعيات للجالية الإيرانية إلى التظاهر الأحد أمام مقر الحكومة»: a call to demonstrate or strike
            # announces the protest, by those who call it, still to come
            event_type, mode = "PROTEST", called
            mod = "historical" if mod == "historical" else "future"
            args.path.append("call-to-protest")
        if e.id == _CONDEMN_VERB and args.actor and all(a.entity.sector == "JUD" for a in args.actor) \
                and any(prep_clitic(t) == "ب" for t in sent.tokens[trig.last_token + 1:trig.last_token + 6]):
            # «التي دانها القضاء الكويتي بالتخابر مع إيران», «أدانت المحكمة المتهمين بالقتل»: a court that «دان»
            # someone of a crime convicts him
            event_type, mode = "SANCTION", "convict"
            args.path.append("convicted-by-court")
        return event_type, mode, mod

    def _lacks_a_party(self, e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                       finder: ArgumentFinder, state: Discourse, condemned, deed_pending: bool) -> bool:
        """Recipients the discourse supplies when the sentence names none (whose statements are answered, the
        doer of a condemned deed, the actor's rival, the state the document is about); True when the act
        stays without a party it needs."""
        self._aim_of_a_wave_of_statements(e, args, state)
        if self._a_party_missing(e, trig, args, finder):
            return True
        self._doer_of_what_is_condemned(e, sent, trig, args, finder, state, condemned)
        if deed_pending and not args.recipient and {"shared-subject", "topic"} & set(args.path):
            return True  # a verbal act with a guessed party and no target says too little (see _says_too_little)
        self._parties_of_the_act_judged(e, sent, trig, args, finder, state)
        self._aim_at_home_rival_or_talks(e, sent, trig, args, state, condemned)
        self._the_other_party_in_the_document(e, sent, trig, args, state)
        self._party_of_the_act_given_up(e, trig, args, finder)
        self._the_state_the_document_is_about(e, trig, args, finder, state)
        return False

    @staticmethod
    def _aim_of_a_wave_of_statements(e: LexiconEntry, args: Arguments, state: Discourse) -> None:
        """Statements issued by several parties aim where the last one did, or at the doer of the attack told."""
        if "issued-by" in args.path and not args.recipient and (prior := state.last_by_type.get(e.event)):
            # «وصدرت إدانات مماثلة عن مصر والإمارات»: a wave of statements aims where the last one did
            args.recipient = [r for r in prior[1] if r.code not in {a.code for a in args.actor}]
            if args.recipient:
                args.path.append("same-target")
        if "issued-by" in args.path and not args.recipient and e.event == "ACCUSE" and state.attacks:
            # «توالت الإدانات من السعودية ومصر …» after an attack: they condemn its doer
            args.recipient = state.attacker_of(set(), {a.code for a in args.actor if a.code})
            if args.recipient:
                args.path.append("doer-of-reported-deed")

    @staticmethod
    def _a_party_missing(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> bool:
        """True when a party the act needs is missing: whom a request was made of (it tells how a visit came
        about), whose act it is, who attacks (a blast destroys, no party attacks)."""
        if "at-request-of" in args.path and not args.recipient:
            return True  # «وصل الوزير إلى الرياض بدعوة من نظيره»: how a visit came about; only «عقد مجلس
            # الأمن جلسة بطلب من روسيا» names whom the request was made of
        if not args.actor and not args.agentless and e.event not in STANDALONE_TYPES:
            return True  # «التطبيع مع إسرائيل», «الشكوى إلى مجلس الأمن»: whose act it is, the text does not say
        if e.needs_actor and not args.actor and not any(
                t.first_token == trig.last_token + 1 and t.entry.id in _STRIKE_NOUNS for t in finder.triggers):
            # «دمر انفجار المرفأ صوامع الحبوب»: a blast destroys, and no party attacks (an attack noun right after
            # the verb is its subject, and lends it its doer: «دمّرت غارة جوية إسرائيلية مبنى القنصلية»)
            return True
        return False

    @staticmethod
    def _doer_of_what_is_condemned(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                   finder: ArgumentFinder, state: Discourse, condemned) -> None:
        """The target of a condemned deed is its doer (named after it, else the attacker the text reported); a
        concern at what is happening, the fight's latest attacker."""
        deed = condemned if args.actor else None
        if deed is not None and (not args.recipient or "first-party-in-clause" in args.path
                                 or {r.code for r in args.recipient} <= {a.code for a in args.actor}
                                 # («وكانت موسكو قد انتقدت الغارات الأمريكية على مواقع في العراق»: an
                                 # object inside the deed's phrase is where it struck)
                                 or "object" in args.path and all(r.first_token > deed for r in args.recipient)):
            # «دان عبد المهدي العملية», «دان مجلس الأمن الهجومين على أبوظبي»: the target of a condemned
            # deed is its doer — named right after it («الغارات الإسرائيلية»), else the attacker the
            # text reported, against the victim named after the deed if there is one
            mine = {a.code for a in args.actor}
            after = [np for np in finder.candidates if deed < np.first_token <= deed + _DEED_REACH and np.code]
            named = [np for np in after if np.first_token <= deed + 2 and not np.prep and np.code not in mine
                     and np.entity.sector not in VICTIM_SECTORS and not np.is_place] \
                or doer_in_relative(sent.tokens, deed, finder.candidates)
            # (and the place it struck: «دان الهجوم في تل أبيب», «دانت عملية الكركرات» condemn whoever attacked there)
            victims = {np.code for np in after if normalize(np.prep) in ("علي", "ضد") or (
                np.first_token <= deed + 2 and not np.prep and np.entity.sector in VICTIM_SECTORS) or (
                np.first_token <= deed + 2 and (normalize(np.prep) == "في" or not np.prep) and np.is_place)}
            deed_words = next((t.entry.one_word_forms for t in finder.triggers
                               if t.first_token <= deed <= t.last_token), frozenset())
            # (both of «الضربات التركية والإيرانية»; «ودانت طهران بدورها الهجوم»: the deed the last condemnation
            # aimed at, in its turn, unless the victim named tells which)
            prior = state.last_by_type.get("ACCUSE")
            likewise = [r for r in prior[1] if r.code and r.code not in mine] \
                if prior and not victims and in_its_turn(sent.tokens, trig) else []
            doers = named[:1] + [np for np in named[1:2] if np.coordinated] or likewise or state.attacker_of(
                victims, mine, deed_words, rebels_apart=all(a.entity.sector in DOMESTIC_SECTORS for a in args.actor),
                struck_self=True)
            # (a welcome of one's own side's deed names no other party)
            if doers and not (e.event == "SUPPORT" and {np.code for np in doers} <= mine):
                args.recipient = list(doers)
                args.path.append("doer-of-reported-deed")
        if e.event == "ACCUSE" and args.actor and (not args.recipient or "first-party-in-clause" in args.path) \
                and what_is_happening(sent.tokens, trig) \
                and (doers := state.attacker_of(set(), {a.code for a in args.actor if a.code})):
            # «أعربت الخارجية الروسية عن «قلق بالغ» إزاء ما يجري على الحدود السورية التركية»: what is happening is
            # the fight the text reports, and the concern is aimed at its latest attacker, not at the place
            args.recipient = list(doers)
            args.path.append("doer-of-what-is-happening")

    @staticmethod
    def _parties_of_the_act_judged(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                   finder: ArgumentFinder, state: Discourse) -> None:
        """A judgement of an act is aimed at whose act it is: the nisba of the act judged, the parties of the
        visit or deal the text told, the author of remarks, the last actor or the sides of the lead."""
        if e.event in ("REJECT", "SUPPORT") and e.pos == "verb" and args.actor and not args.recipient:
            # «ورحّب العليمي بالدعم السعودي»: the nisba of the act judged names whose act it is
            judged = judged_act_nisbas(trig, args.actor, finder)
            if judged:
                args.recipient = judged
                args.path.append("nisba-of-judged-act")
        after_actor = max([trig.last_token] + [a.last_token for a in args.actor])
        # («فيما نددت دمشق، أمس الثلاثاء، بالخطوة»: a condemned or rejected step past a short aside; a welcomed one
        # there is as often what the welcome calls it: «رحبت الدول، في بيان مشترك، بما وصفته بالخطوة المهمة»)
        while e.event != "SUPPORT" and after_actor + 1 in finder.brief_asides:
            after_actor += 1
        judged = told_act_judged(sent.tokens, after_actor, finder.brief_asides, state) \
            if e.event in ("ACCUSE", "REJECT", "SUPPORT") and args.actor and not args.recipient else None
        if judged:
            # «سارع وزير الخارجية القطري إلى الترحيب بالزيارة», «ورحبت دول الرباعية … بالاتفاق»: the visit or deal
            # judged is the one the text told, and its parties are whom the judgement is about
            # (a party of it judging it judges its own side's step: «وانتقد ناشطون في الحراك الجولة»)
            # (but a domestic foe of its government condemning the step condemns both sides: «دانت الأمانة العامة لحزب
            # «العدالة والتنمية» الزيارة»)
            mine = {a.code for a in args.actor if a.code}
            if not mine & {p.code for p in judged} or (e.event == "ACCUSE" and any(
                    a.entity.sector in _DOMESTIC_FOES for a in args.actor)):
                args.recipient = list(judged)
                args.path.append("parties-of-the-act-judged")
        if e.event in ("ACCUSE", "REJECT") and args.actor and not args.recipient and state.statements_by is not None \
                and state.statements_by.text not in {a.text for a in args.actor} \
                and judges_an_act(sent.tokens, after_actor, REMARKS):
            # «أزمة تصريحات وزير الخارجية اللبناني …. ودان الأمين العام لمجلس التعاون التصريحات»: whose
            # remarks the text named (his own prime minister may condemn them too)
            args.recipient = [state.statements_by]
            args.path.append("author-of-remarks")
        # («قالت موغيريني إن القرار «يتعارض مع هدف ضمان عملية انتخابية حرة»»: the act said to contravene comes first)
        judged_at = after_actor if e.frame != "consequence" else max(-1, trig.first_token - _ACT_BEFORE_REACH)
        if e.event in ("ACCUSE", "REJECT", "SUPPORT") and args.actor and not args.recipient and state.last_event_sides \
                and judges_an_act(sent.tokens, judged_at):
            # «وقّع ترامب إعلاناً …، فيما نددت دمشق بالخطوة», «ورحّبت الحكومة السودانية بالقرار»: the
            # step judged is the last actor's; a party
            # may judge its own government's («رأى حزب «قلب تونس» في القرارات خرقاً للدستور»)
            mine = {(a.code, a.entity.sector) for a in args.actor if a.code}
            # (both sides of a step they took together: «الحوار بين الجانبين …، فيما رحّبت الإمارات بالخطوة»; in an
            # article, «القرار» the decision its lead told: «أغلقت الخارجية الأميركية مكتب المنظمة … ودان أبو الغيط
            # القرار»)
            authors = state.lead_sides if state.lead_sides and judges_an_act(sent.tokens, judged_at, _DECISION) \
                else state.last_event_sides
            # (a government may judge its own rebels' step: «ورحب الرئيس التركي بالقرار» of the PKK to disband)
            args.recipient = [a for a in authors if a.code and (a.code, a.entity.sector) not in mine
                              and (a.code not in {c for c, _ in mine} or a.entity.sector == "GOV"
                                   or a.entity.sector == "REB" and all(sector == "GOV" for _, sector in mine))]
            if args.recipient:
                args.path.append("author-of-act")

    @staticmethod
    def _aim_at_home_rival_or_talks(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                    state: Discourse, condemned) -> None:
        """A party, union or the street asks or blames its own government; a refusal, sanction or charge is aimed
        at the actor's rival in the document; a welcome of the talks at those who held them."""
        if e.event in _PETITIONS and not args.recipient and not args.mediator and petitioners(args.actor) \
                and (condemned is None or sent.tokens[condemned].norm.removeprefix("و") not in ATTACKS_CONDEMNED):
            # «وطالب حزب الشعوب الديمقراطي بكشف ملابسات …», «ندد الحزب بالاعتقالات»: a party, a union or the
            # street asks or blames its own government, not the foreign state the article is about (and
            # «نددت النقابة باقتحام مقرها» the police who raided it; but «ودان رئيس المجلس الأعلى للدولة
            # الهجوم» blames whoever attacked)
            aim_at_home(args, state)
        if (e.event in ("REJECT", "SANCTION") or e.event == "ACCUSE" and not (e.pos == "verb" and e.object)) \
                and args.actor and not args.recipient and not args.mediator:
            # «وتقول القاهرة والخرطوم إنهما ترفضان الملء الثاني»: a party's own adversary in the document
            # (not when an accusing verb has an object the knowledge base cannot name: «اتهمت مجهولين»)
            rival = state.opponent(args.actor, rivals_only=True)
            if rival is not None:
                args.recipient.append(rival)
                args.path.append("opponent-in-document")
        if e.event == "SUPPORT" and args.actor and not args.recipient and state.talks_participants \
                and (welcomes_talks(sent.tokens, trig) or praises_talks(sent.tokens, trig)):
            # «ورحبت وزارة الخارجية السعودية بانعقاد الاجتماع», «ووصف لافروف المحادثات بأنها «مفيدة»»: a welcome or
            # praise of the talks told is addressed to those who held them
            mine = {a.code for a in args.actor}
            args.recipient = [np for np in state.talks_participants if np.code not in mine]
            if args.recipient:
                args.path.append("parties-of-welcomed-talks")

    @staticmethod
    def _the_other_party_in_the_document(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments,
                                         state: Discourse) -> None:
        """The last resort for a dyadic act: the state's rebels, the state rebels fight, the other party of the
        document, or in a short news item the party named last before the act."""
        if e.event in _DYADIC_TYPES and args.actor and not args.recipient and not args.mediator \
                and not (e.event == "SUPPORT" and e.pos == "noun"):
            # the last resort: in a document about two parties, the other one (not for a support noun: «أكد
            # دعم بلاده لوحدة ليبيا» backs a cause more often than the other party)
            mine = {a.code for a in args.actor if a.code}
            # (a war at home: «طالبت الحكومة اليمنية بالانسحاب» of the Houthis)
            rebels = state.home_rebels(args.actor) if e.event in _HOME_WAR_TYPES else None
            home = state.state_of_rebels(args.actor) if e.event in _HOME_WAR_TYPES and rebels is None else None
            other = rebels or home or state.counterpart(mine)
            if other is not None:
                args.recipient.append(other)
                args.path.append("rebels-in-document" if rebels else "state-of-rebels" if home
                                 else "counterpart-in-document")
            elif not state.article and e.event != "CONSULT" and e.id not in REACTIONS and len(mine) < 2 \
                    and not (e.event == "ACCUSE" and e.pos == "verb" and e.object):
                # in a news item of a sentence or two, the party named last before the act in its paragraph
                # («استقبل بوتين نظيره السوري …، وأعلن الكرملين تقديم مساعدات»; not for a meeting, whose partner
                # is named, nor for a reaction, which answers the deed reported before it, nor for an accusing
                # verb, whose object the knowledge base may not name: «اتهمت الحكومة مجهولين»; nor for two
                # parties acting together: «اتفقت السعودية وإيران»)
                # (in a sentence before, only a party the actor has dealt with: «شنت تركيا غارات على مواقع في
                # شمال العراق. وطالبت الحكومة العراقية بوقف العمليات»)
                since = max(state.dateline_end, state.paragraph_start)
                named = [np for code, np in state.last_mention.items() if code not in mine
                         and code not in THIRD_PARTY_CODES and since <= np.span[0] < trig.span[0]
                         and (np.span[0] >= sent.span[0] or state.dealt_with(code, mine))
                         and not np.is_place and np.prep != "في"  # (a dateline's city is where, not who)
                         and np.entity.sector != "MED"]  # (nor is the outlet told: «قال مسؤول لوكالة رويترز»)
                if sent.tokens[trig.last_token].enclitic in ("هم", "هما"):
                    # «إن إيران تزودهم بها»: «هم» stands for people, a group or its men, not a state or a city
                    named = [np for np in named if {"group", "agent", "person"} & set(np.kinds)] or named
                if named:
                    args.recipient.append(max(named, key=lambda np: np.span[0]))
                    args.path.append("party-named-before")

    @staticmethod
    def _party_of_the_act_given_up(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder) -> None:
        """A concession is made to the other party of the act it gives up, else at home."""
        if e.event == "CONCEDE" and not any(r.code for r in args.recipient) \
                and (own := next((a for a in args.actor if a.code), None)) is not None:
            # a concession is made to the other party of the act it gives up («أسقطت تركيا اعتراضها على انضمام
            # السويد»); one made to no one named is made at home («قبل أن تعلن الحكومة تراجعها عن القرار»)
            given_up = finder.act_given_up(trig)
            held = finder.assign(given_up) if given_up is not None else None
            others = [np for np in held.actor + held.recipient if np.code and np.code != own.code] if held else []
            args.recipient = others or [own]
            args.path.append("party-of-act-given-up" if others else "own-state")

    @staticmethod
    def _the_state_the_document_is_about(e: LexiconEntry, trig: Trigger, args: Arguments, finder: ArgumentFinder,
                                         state: Discourse) -> None:
        """An outsider's call, an act from within at home, an area withdrawn from and aid go to the state the
        document is about."""
        if e.event == "REQUEST" and args.actor and not args.recipient and (main := state.main_party()) is not None \
                and main not in {a.code for a in args.actor} and main in state.last_mention \
                and main not in state.memory.go_betweens:
            # «وفي باريس، دعت الخارجية الفرنسية إلى العودة إلى السير الطبيعي للمؤسسات»: an outsider's call
            # with no addressee is made of the state the document is about (not of the talks' host)
            args.recipient.append(state.last_mention[main])
            args.path.append("main-state-in-document")
        elif e.event in _AT_HOME_TYPES and args.actor and not args.recipient and state.article \
                and (main := state.main_party()) is not None and main in {a.code for a in args.actor} \
                and main in state.last_mention:
            # «وطالبت المعارضة بالإفراج عن المعتقلين», «دان مجلس الوزراء الكويتي ما وصفه بالاعتداء» in an article
            # about one's own state: a call, rejection, threat, accusation or condemnation from within that names no
            # one is made at home (a lone report's names no one)
            args.recipient.append(state.last_mention[main])
            args.path.append("at-home")
        if e.event == "RETREAT" and e.mode == "withdraw" and args.actor and not any(r.code for r in args.recipient) \
                and (main := state.main_party()) is not None and main not in {a.code for a in args.actor} \
                and main in state.last_mention and from_an_area(finder.tokens, trig):
            # «انسحاب إسرائيل من الجنوب», «وانسحبت القوات الروسية من الإقليم»: an area named by a common noun is
            # of the state the document is about
            args.recipient.append(state.last_mention[main])
            args.path.append("area-of-main-state")
        if (e.event == "AID" or e.mode == "cut-aid") and args.actor and not args.recipient \
                and (home := state.home()) is not None \
                and home not in {a.code for a in args.actor} and home in state.last_mention:
            # «وأرسلت إيران بدورها طائرات تحمل مستشفى ميدانياً»: aid goes to the state the text is about, and aid
            # suspended («أعلن برنامج الأغذية العالمي تعليق توزيع المساعدات») was going there
            args.recipient.append(state.last_mention[home])
            args.path.append("aid-to-main-state")

    @staticmethod
    def _remember_event(e: LexiconEntry, sent: Sentence, trig: Trigger, args: Arguments, mod: str,
                        state: Discourse) -> None:
        """What the document's discourse keeps of the event for the sentences after it."""
        if args.actor:
            state.last_event_actor = list(args.actor)
            state.last_judged = (sent.span[0], [r for r in args.recipient if r.code]
                                 if e.event in ("ACCUSE", "REJECT") else [])
            state.last_event_sides = list(args.actor) + (list(args.recipient) if e.event in _JOINT_TYPES else [])
            if state.article and state.paragraph == 1 and not state.lead_sides and mod not in _UNREAL \
                    and any(r.code for r in args.recipient):
                state.lead_sides = list(args.actor) + (list(args.recipient) if e.event in _JOINT_TYPES else [])
        if e.frame == "visit" and mod not in _UNREAL and any(a.code for a in args.actor) \
                and any(r.code for r in args.recipient):
            state.remember_visit([p for p in args.actor + args.recipient if p.code])
        if (e.mode == "arrest" or e.mode == "abduct") and any(a.code for a in args.actor) and mod not in _UNREAL:
            state.captors = [a for a in args.actor if a.code]
        if e.event == "ASSAULT" and any(a.code for a in args.actor) and mod not in _UNREAL:
            host = args.location if "garrison-of-target" in args.path and args.location is not None else None
            struck = {r.code for r in args.recipient if r.code} | ({host.code} if host and host.code else set())
            state.attacks.append(([a for a in args.actor if a.code], struck, frozenset(sent.tokens[trig.first_token].keys)))
            sides = [a for a in args.actor if a.code][:1] + [r for r in args.recipient if r.code][:1]
            # (a state's army fighting its rebels counts too, the army named by its state: «الجيش السوداني»)
            if len(sides) == 2 and (sides[0].code, sides[0].entity.sector) != (sides[1].code, sides[1].entity.sector) \
                    and (all(p.entity.entry_id for p in sides) or sides[0].code == sides[1].code):
                state.memory.remember_fight(sides[0].entity, sides[1].entity)
        # (a request something was done at is no claim a refusal answers: «أُرسلوا بطلب من دمشق، وتنفي …»)
        if e.event in ("REQUEST", "THREATEN", "ACCUSE") and args.actor and args.recipient \
                and "at-request-of" not in args.path:
            targets = frozenset(r.code for r in args.recipient if r.code)
            if targets:
                state.last_claim_on[targets] = list(args.actor)
        if args.actor and not {"between", "discourse-participants", "topic", "shared-subject"} & set(args.path) \
                and any(k in ("person", "agent", "group", "organisation") for a in args.actor for k in a.kinds):
            state.topic = args.actor  # the discourse topic is a named party, not a bare state name
        state.last_by_type[e.event] = (args.actor, args.recipient)
        if e.event in ("AGREE", "CONSULT") and GUESSED_PARTY.isdisjoint(args.path) \
                and len(sides := list(dict.fromkeys(
                    p.code for p in args.actor + args.recipient if p.code and not p.is_place and p is not args.location
                    and p.code not in state.memory.go_betweens and p.code not in THIRD_PARTY_CODES))) == 2:
            # the two sides of a deal or talks, for «البلدين», «الزعيمين» later (the host of the meeting or
            # signing is no side of it)
            state.memory.accord_pair = sides
        if e.event in ("CONSULT", "AGREE") and args.location is not None and args.location.code \
                and "discourse-participants" not in args.path and (args.actor or args.recipient):
            state.talks_at[place_words(args.location)] = (args.actor, args.recipient)
        state.memory.go_betweens.update(m.code for m in args.mediator if m.code)
        if e.event == "CONSULT" and "between" in args.path and args.location is not None and args.location.code \
                and args.location.code not in {p.code for p in args.actor + args.recipient}:
            # «اختُتمت في مسقط الجولة الأولى من المحادثات بين إيران والولايات المتحدة»: the host of two others'
            # talks is no side of theirs («الجانبان» later)
            state.memory.go_betweens.add(args.location.code)
        if e.event in _RIVALRY_TYPES and not GUESSED_PARTY & set(args.path):
            state.remember_hostility(args.actor, args.recipient)

    @staticmethod
    def _fill_from_discourse(entry, trig: Trigger, args: Arguments, state: Discourse,
                             sent_events: list[Event], finder: Optional[ArgumentFinder] = None) -> None:
        """Pro-drop subjects, possessive pronouns and agentless passives take their referents
        from the discourse: the previous event of the sentence, or the document's topic."""
        if Coder._talks_or_deal_told_before(entry, trig, args, state, finder):
            return
        if args.actor or not args.pronoun_actor or went_off(entry):
            return
        if Coder._subject_by_the_words_before(entry, trig, args, finder):
            return
        if Coder._pair_of_a_dual_verb(entry, trig, args, sent_events, finder):
            return
        before, as_verb, verbs_first = Coder._verbs_first(entry, trig, sent_events, finder)
        if Coder._subject_of_an_opened_clause(entry, trig, args, finder):
            return
        if Coder._subject_before_when(entry, trig, args, before, finder):
            return
        if entry.event == "CONSULT" and finder is not None and any(
                t.norm in DURING_IT for t in finder.tokens[max(0, trig.first_token - 2):trig.last_token + 3]):
            # «استضافت القاهرة هنية في زيارة قصيرة، التقى خلالها مسؤولين»: who met during the visit is the guest
            verbs_first = [as_guest(ev) for ev in verbs_first]
        # (those who disperse a crowd are not its protesters: «استخدم الجيش قنابل مسيلة للدموع لتفريق
        # ألف متظاهر احتجوا على الجدار»)
        # a possessive right after its clause's subject names that subject, whatever came before
        # («…، فيما أكدت البحرين والإمارات وقوفهما مع عمّان»)
        subject = finder.subject_before_possessive(trig) if finder is not None and entry.pos == "noun" else []
        if Coder._speaker_of_an_opened_clause(entry, trig, args, finder):
            return
        prior = Coder._actor_of_an_act_before(entry, trig, as_verb, verbs_first, subject, finder)
        how = "subject-of-its-verb" if subject else "shared-subject"
        prior = Coder._subject_of_the_clause_before(trig, args, prior, finder)
        prior = Coder._the_speaker_as_subject(entry, trig, args, state, prior, finder)
        Coder._actor_found(entry, trig, args, state, prior, how, finder)
        args.recipient = [np for np in args.recipient if np not in args.actor]

    @staticmethod
    def _talks_or_deal_told_before(entry: LexiconEntry, trig: Trigger, args: Arguments, state: Discourse,
                                   finder: Optional[ArgumentFinder]) -> bool:
        """True when talks named after a place are a time or told before, or when an agentless act or named
        talks take the parties the text has been reporting: the discourse says no more."""
        named_talks = entry.event == "CONSULT" and "named-after-place" in args.path
        if named_talks and trig.first_token > 0 and finder is not None \
                and word_key(finder.tokens[trig.first_token - 1]) in TIME_PREPS | SINCE:
            return True  # «بعد قمة موسكو», «منذ مشاورات ستوكهولم»: talks recalled as a time, not told
        if named_talks and trig.first_token > 0 and finder is not None and args.location is not None \
                and word_key(finder.tokens[trig.first_token - 1]) in _CAME \
                and place_words(args.location) in state.talks_at:
            return True  # «وجاء اجتماع موسكو بعد …»: talks told before, set in their time, not held again
        if not args.actor and not args.recipient and (args.agentless or named_talks):
            # «وأُعلن الاتفاق»: the deal the text has been reporting; «مسار محادثات جدة»: the talks it told as held
            # there
            prior = state.talks_at.get(place_words(args.location)) if named_talks and args.location is not None \
                else state.last_by_type.get(entry.event)
            if prior and (prior[0] or prior[1]):
                args.actor, args.recipient = list(prior[0]), list(prior[1])
                args.path.append("discourse-participants")
            return True
        return False

    @staticmethod
    def _subject_by_the_words_before(entry: LexiconEntry, trig: Trigger, args: Arguments,
                                     finder: Optional[ArgumentFinder]) -> bool:
        """The subject the words before the trigger give it: the head of a relative clause, who had done it
        before, who passed the law, the indefinite party a verb describes; True when one decided."""
        if finder is not None and trig.first_token > 0 and finder.tokens[trig.first_token - 1].norm in RELATIVES:
            # «نددت قطر بالهجوم الذي استهدف مسجدا»: the attack's doer is not the one condemning it; but a
            # party the relative clause hangs on did its perfect verb («من زعيم المعارضة يائير لبيد، الذي
            # اتهمه …»; not «الرئيس التركي الذي يزور مصر», what he is doing, nor «الذي وصل إلى بغداد», how
            # he came to the meeting the sentence tells)
            head = finder.relative_subject(trig) if entry.mode != "visit" else None
            if head is not None and head not in args.recipient:
                args.actor = [head]
                args.path.append("relative-head")
            return True
        if finder is not None and entry.pos == "verb" and (earlier := finder.subject_of_having_done(trig)) is not None:
            args.actor = [earlier]  # «وسبق للرياض أن لجأت إلى الورقة نفسها، حين استدعت سفيرها»
            args.recipient = [r for r in args.recipient if r.code != earlier.code]
            args.path.append("had-done-before")
            return True
        if finder is not None and entry.pos == "verb" and trig.first_token > 0 \
                and finder.tokens[trig.first_token - 1].norm in _ENACTMENTS and (enacter := next(
                    (np for np in finder.candidates if np.last_token < trig.first_token - 1 and np.code
                     and not np.prep and not np.is_place), None)) is not None:
            # «صادق الكنيست على قانونين يحظران عمل الوكالة»: what a law or decree does, who passed it does
            args.actor = [enacter]
            args.path.append("enacted-by")
            return True
        if finder is not None and (described := finder.described_by_verb(trig)) is not None \
                and described not in args.recipient:
            # «بعد تسليم مواقعها لقوات سعودية انتشرت في المدينة»: a verb right after an indefinite party, with no
            # relative pronoun, describes that party — its subject
            args.actor = [described]
            args.path.append("described-by-verb")
            return True
        return False

    @staticmethod
    def _pair_of_a_dual_verb(entry: LexiconEntry, trig: Trigger, args: Arguments, sent_events: list[Event],
                             finder: Optional[ArgumentFinder]) -> bool:
        """A dual verb of agreeing, talks or cooperation is done by the pair just named; True when it is."""
        pair = next((ev for ev in reversed(sent_events) if ev.actor and (
            ev.recipient or len({a.code for a in ev.actor if a.code}) >= 2)), None) \
            if entry.event in ("AGREE", "CONSULT", "COOPERATE") and finder is not None \
            and (entry.pos == "verb" and dual_verb(finder.tokens[trig.first_token], entry)
                 or entry.pos == "noun" and args.governor is not None
                 and dual_light_verb(finder.tokens[args.governor])) \
            and not (entry.event == "CONSULT"
                     and any(t.norm in DURING_IT for t in finder.tokens[trig.last_token + 1:trig.last_token + 2])) \
            else None
        if pair is not None:
            # «…، واتفقا على …», «أجرى … اتصالاً هاتفياً بالشيخ تميم، اتفقا خلاله على …»: a dual verb's subject is
            # the pair just named (talks so told, «بحثا خلاله …», are the call or meeting just reported)
            args.actor = list(pair.actor) + [r for r in pair.recipient if r.code not in {a.code for a in pair.actor}]
            args.recipient = [r for r in args.recipient if r.code not in {a.code for a in args.actor}]
            args.path.append("pair-of-dual-verb")
            return True
        return False

    @staticmethod
    def _verbs_first(entry: LexiconEntry, trig: Trigger, sent_events: list[Event], finder: Optional[ArgumentFinder]
                     ) -> tuple[Optional[Token], bool, list[Event]]:
        """The word before the trigger, whether the trigger goes on as a verb, and the sentence's events last
        first (verbs before nouns when it does)."""
        # a verb shares the subject of the last verb before it, not of a noun in between («وصف الهجوم
        # بأنه عمل حربي إيراني، قبل أن ينتقل إلى أبوظبي ويلتقي ولي عهدها»)
        before = finder.tokens[trig.first_token - 1] if finder is not None and trig.first_token > 0 else None
        # so does a possessive after a conjoined verb («دانت الإمارات الهجوم الذي شنته الميليشيا، وأكدت
        # تضامنها»): «ها» is the subject of «أكدت», not the doer inside the relative clause
        as_verb = (entry.pos == "verb" and not (before is not None and before.keys[-1] in NOUN_ONLY_AFTER)) \
            or (entry.pos == "noun" and before is not None and conjoined_word(before) and not before.enclitic)
        verbs_first = sorted(reversed(sent_events), key=lambda ev: as_verb and ev.trigger.entry.pos != "verb")
        return before, as_verb, verbs_first

    @staticmethod
    def _subject_of_an_opened_clause(entry: LexiconEntry, trig: Trigger, args: Arguments,
                                     finder: Optional[ArgumentFinder]) -> bool:
        """A verb after «فيما» whose clause has a subject of its own is done by it; True when it is."""
        if finder is not None and entry.pos == "verb":
            # «أفرجت الصين عن …، فيما أنهت كندا إجراءات التسليم وأطلقت سراحها»: a clause opened by «فيما»
            # with a subject of its own ends the reach of the verbs before it
            opened = opened_clause_subject(finder, trig)
            if opened is not None and finder.conjoined_at(trig.first_token):
                args.actor = [opened]
                # (not its own rebels: «فيما نفت تركيا …، واتهمت حزب العمال الكردستاني»)
                args.recipient = [r for r in args.recipient if r.code != opened.code or r.entity.sector == "REB"]
                args.path.append("subject-of-opened-clause")
                return True
        return False

    @staticmethod
    def _subject_before_when(entry: LexiconEntry, trig: Trigger, args: Arguments, before: Optional[Token],
                             finder: Optional[ArgumentFinder]) -> bool:
        """Who acted «when» is the party just named before it; True when one is."""
        # «وهو ما لمح إليه ماكرون في برلين حين طالب بوقف …»: who acted «when» is the one just named; so is
        # the doer of the noun a light verb governs «when» («لحقت بها البحرين أمس حين أعلنت عودة سفيرها»)
        light_noun = entry.pos == "noun" and before is not None and before.norm.removeprefix("و") in LIGHT_VERBS
        when_at = trig.first_token - 1 if entry.pos == "verb" else trig.first_token - 2 if light_noun else -1
        if finder is not None and when_at >= 0 and finder.tokens[when_at].norm in _WHEN \
                and (named := next((np for np in reversed(finder.candidates) if np.last_token < when_at
                                    and np.code and not np.prep and (not np.is_place if light_noun
                                                                     else {"person", "agent"} & set(np.kinds))),
                                   None) or (None if light_noun else said_by_before(finder, when_at))):
            args.actor = [named]
            if entry.pos == "verb" and dual_verb(finder.tokens[trig.first_token], entry) \
                    and finder.tokens[named.first_token].proclitics.startswith("و"):
                # «طوى آبي أحمد والرئيس الإريتري أسياس أفورقي صفحة العداء، حين وقّعا …»: a dual verb's subject is
                # the pair named, the first of the two as well
                args.actor[:0] = [np for np in reversed(finder.candidates) if np.last_token < named.first_token
                                  and np.code and not np.prep and {"person", "agent"} & set(np.kinds)][:1]
            args.path.append("subject-before-when")
            return True
        return False

    @staticmethod
    def _speaker_of_an_opened_clause(entry: LexiconEntry, trig: Trigger, args: Arguments,
                                     finder: Optional[ArgumentFinder]) -> bool:
        """«she» who speaks in a clause «فيما» opened is its subject; True when she is."""
        if finder is not None and entry.pos == "verb" and finder.speaker_is_subject(trig.first_token) \
                and (speaker := opened_clause_subject(finder, trig)) is not None:
            # «…، فيما أكدت دولة الإمارات أنها تحتفظ بحق الرد»: «she» is who speaks in the clause «فيما»
            # opened, not the doer of the act before it
            args.actor = [speaker]
            args.path.append("speaker-of-opened-clause")
            return True
        return False

    @staticmethod
    def _actor_of_an_act_before(entry: LexiconEntry, trig: Trigger, as_verb: bool, verbs_first: list[Event],
                                subject: list[NP], finder: Optional[ArgumentFinder]) -> Optional[list[NP]]:
        """The possessive's subject, else the actor of the last act before the trigger that it can go on with
        (not one asked for, one guessed inside a prepositional phrase, nor of the wrong gender)."""
        # (a conjoined verb goes with the clause before it, not with a noun's possessor inside what was said:
        # «وقال المتحدث الإيراني إن الاتهامات البريطانية لا أساس لها، وحذر من …»)
        # (a feminine verb may go on with an act noun that is its clause's subject: «ضربة جوية أميركية أدت إلى
        # مقتل ثمانية … وأصابت ستة آخرين»)
        outer = as_verb and entry.pos == "verb" and finder is not None and finder.conjoined_at(trig.first_token) \
            and not finder.in_complement(trig) and not finder.feminine_verb(trig)
        # (a feminine verb does not go on with men of this sentence: «قالت ميركل إن السراج وحفتر وافقا …، ودعت
        # الطرفين»; nor a masculine imperfect with anyone but a man: «كتب أن طهران «قتلت متعاقداً»، قبل أن يتوعدها»)
        feminine = as_verb and finder is not None and finder.feminine_verb(trig)
        masculine = as_verb and finder is not None and finder.masculine_imperfect(trig)

        def all_here(actors, men: bool) -> bool:
            return all(any(a is c for c in finder.candidates) and finder.masculine_person(a) == men for a in actors)

        # (not the party at whose request something was done: «عقدت اللجنة اجتماعاً بطلب من إيران، حمّل بيانه …»;
        # nor the guessed doer of an act named inside a prepositional phrase: «أعرب عن قلقه من أعمال العنف، وحثهما»)
        prior = subject or next((ev.actor for ev in verbs_first if ev.actor and "at-request-of" not in ev.rule and not (
            as_verb and finder is not None and ev.trigger.entry.pos == "noun" and "light-verb" not in ev.rule
            and any(guess in ev.rule for guess in _CROWD_GUESSES)
            and after_preposition(finder.tokens, ev.trigger.first_token)) and not (
            masculine and all_here(ev.actor, men=False)) and not (
            entry.event == "PROTEST" and ev.event_type in ("COERCE", "ASSAULT")) and not (
            finder is not None and time_adverbial(finder.tokens, ev.trigger)) and not (
            outer and ev.trigger.entry.pos == "noun" and "light-verb" not in ev.rule
            and finder.in_complement(ev.trigger)) and not (
            feminine and all_here(ev.actor, men=True))), None)
        return prior

    @staticmethod
    def _subject_of_the_clause_before(trig: Trigger, args: Arguments, prior: Optional[list[NP]],
                                      finder: Optional[ArgumentFinder]) -> Optional[list[NP]]:
        """With no actor yet, a conjoined verb shares the subject of the clause before it, even when that
        clause coded no event."""
        if not prior and finder is not None and (args.conjoined or finder.conjoined_at(trig.first_token)):
            # «سعى وزير خارجيته ريكس تيلرسون …، وزار الكويت»: a conjoined verb shares the subject
            # of the clause before it, even when that clause coded no event; a feminine verb may have a
            # state as subject («سارعت بكين …، واستقبلت الرئيس الإيراني»)
            feminine = finder.feminine_verb(trig)
            # («قالت وزارة الخارجية الأميركية إنها …، وتسعى إلى»: a state's body is «she» too)
            state_like = feminine or finder.feminine_imperfect(trig)
            # (an organisation, after «و»: «وصفت الأمم المتحدة الوضع …، ودعت إسرائيل إلى ضبط النفس»)
            kinds = _STATE_LIKE_KINDS + ("organisation",) if conjoined_word(finder.tokens[trig.first_token]) \
                else _STATE_LIKE_KINDS
            # (and a masculine one a body named by a masculine noun: «مدد مجلس الأمن ولاية البعثة، وطالب …»)
            verb = finder.tokens[trig.last_token]
            # (and a group named by its men, a plural verb's: «ويربط الحوثيون أي تهدئة …، ويتهمون التحالف»)
            plural = plural_verb(verb) or imperfect_plural_verb(verb)
            earlier = [np for np in finder.candidates if np.last_token < trig.first_token and not np.prep
                       and np not in args.recipient and np.code and ("person" in np.kinds or "agent" in np.kinds
                                                                    or (state_like and np.kinds[0] in kinds)
                                                                    or (not state_like and np.kinds[0] in kinds
                                                                        and finder.masculine_body(np))
                                                                    or (plural and np.kinds[0] == "group"
                                                                        and np.text.endswith(_MEN)))
                       and not (feminine and finder.masculine_person(np))]
            if not finder.in_complement(trig):
                # («قالت المفوضة إن حل المجلس «يقوّض … استقلال القضاء»، وحثت السلطات»: not a party inside what was said)
                said = next((k for k in range(trig.first_token - 1, -1, -1)
                             if is_complementizer(finder.tokens[k], with_pronoun=True)), None)
                earlier = [np for np in earlier if said is None or np.last_token < said] or earlier
            if plural_verb(finder.tokens[trig.last_token]) and (crowd := next(
                    (np for np in reversed(finder.candidates) if np.first_token < trig.first_token and not np.prep
                     and np.entity.sector in CROWD_SECTORS and "agent" in np.kinds), None)) is not None \
                    and all(np.first_token > crowd.last_token for np in earlier if np is not crowd):
                # «كان مئات المحتجين قد تسلقوا أسوار السفارة البريطانية …، وأضرموا النار»: the crowd that opened the
                # clause does the deeds its plural verbs tell, not the embassy it climbed into
                earlier = [crowd]
            head = finder.relative_clause_head(trig.first_token)  # «أردوغان، الذي تتولى بلاده … ودعا»: his
            # («قادة دول مجلس التعاون … وقّعوا»: a phrase naming several states is one subject)
            prior = [head] if head is not None and head.code else \
                [np for np in earlier if np.span == earlier[-1].span] if earlier else None
        return prior

    @staticmethod
    def _the_speaker_as_subject(entry: LexiconEntry, trig: Trigger, args: Arguments, state: Discourse,
                                prior: Optional[list[NP]], finder: Optional[ArgumentFinder]) -> Optional[list[NP]]:
        """With no actor yet, «he» or «we» after a verb of saying is who speaks."""
        if not prior and finder is not None and trig.first_token > 0 and (
                finder.speaker_is_subject(trig.first_token) or finder.first_person_plural(trig) or (
                    entry.pos == "noun" and finder.is_light_verb(trig.first_token - 1)
                    and finder.speaker_is_subject(trig.first_token - 1))
                # («لكنها سارعت إلى تحميل طهران المسؤولية»: a light verb with «إلى» before the noun)
                or (entry.pos == "noun" and trig.first_token >= 2
                    and word_key(finder.tokens[trig.first_token - 1]) == "الي"
                    and finder.is_light_verb(trig.first_token - 2) and finder.speaker_is_subject(trig.first_token - 2))
                # (and the light verb it hangs on, further back: «قال إنه قرر، بعد مشاورات مع …، وقف …»)
                or (("received-by-pronoun" in args.path or entry.pos == "noun") and args.governor is not None
                    and finder.speaker_is_subject(args.governor))):
            # «قال حلف الأطلسي إنه قتل …», «أعلن ترامب، في كلمة …، أنه سيأمر برفع العقوبات»: «he» is who
            # speaks; «قال المرشد إنه «لن نتفاوض مع الولايات المتحدة»»: so is «we»
            speakers = [np for np in finder.candidates if np.last_token < trig.first_token - 1
                        and not np.prep and np.code and not np.is_place and np.span[1] > state.dateline_end]
            prior = speakers[:1] or None
        return prior

    @staticmethod
    def _actor_found(entry: LexiconEntry, trig: Trigger, args: Arguments, state: Discourse,
                     prior: Optional[list[NP]], how: str, finder: Optional[ArgumentFinder]) -> None:
        """The actor found before, else those at the talks, the speaker before, the latest attacker, the issuer
        of a statement, the party the clause explains, or the document's topic."""
        if prior:
            args.actor = list(prior)
            if finder is not None and entry.pos == "verb" and dual_verb(finder.tokens[trig.first_token], entry):
                # «وأكد الجانبان …، واتفقا على …»: a dual verb's subject, a phrase that names two parties at once,
                # stands for both
                spans = {a.span for a in args.actor}
                args.actor += [np for np in finder.candidates
                               if np.span in spans and all(np is not a for a in args.actor)]
            args.path.append(how)
            mine = {a.code for a in args.actor if a.code}
            if "object-pronoun" in args.path and {r.code for r in args.recipient} <= mine and finder is not None \
                    and (other := next((np for np in reversed(finder.candidates) if np.last_token < trig.first_token
                                        and np.code and np.code not in mine and not np.is_place), None)):
                # («قبل أن يتوعدها»: «ها» is whom the subject, once known, threatens, not the subject's own embassy)
                args.recipient = [other]
        elif finder is not None and entry.pos == "verb" and state.talks_participants \
                and participants_as_subject(finder.tokens, trig):
            # «ودان المجتمعون في موسكو «المجزرة»»: those at the meeting are the talks' parties
            args.actor = list(state.talks_participants)
            args.path.append("participants-of-talks")
        elif state.speaker is not None and entry.pos == "verb" and finder.opens_sentence(trig) \
                and conjoined_word(finder.tokens[trig.first_token]) and entry.id != _DEPLOY_VERB:
            args.actor = [state.speaker]
            args.path.append("speaker-before")
        elif entry.event == "ASSAULT" and entry.pos == "verb" and finder is not None \
                and strike_after(finder, trig) and (struck := {r.code for r in args.recipient if r.code} or {
                    np.code for np in finder.candidates if np.first_token > trig.last_token and np.code}) \
                and (doers := state.attacker_of(struck, struck)):
            # «وفي اليوم نفسه قتلت غارة على مخيم الشاطئ عشرة …»: a strike with no doer named on a party struck
            # before is the latest attacker's, not the topic's
            args.actor = doers
            args.path.append("attacker-in-document")
        elif entry.pos == "verb" and finder is not None and (statement := finder.statement_subject(trig)) \
                and (issuers := (state.talks_participants
                                 if names_joint_statement(finder.tokens, statement, statement + 2)
                                 else state.statement_issuers)):
            # «أعلنت الخارجية، في بيان، … . واتهم البيان ألمانيا …»: the statement speaks for who issued it; a joint or
            # final one for who met («اجتمع وزراء خارجية مصر والأردن والسعودية … . وحث البيان الختامي …»)
            args.actor = list(issuers)
            args.path.append("issuer-of-statement")
        elif state.explained and entry.pos == "verb" and finder is not None \
                and trig.first_token == finder.opening + 1 and finder.tokens[finder.opening].norm in _EXPLAINING:
            # «وردت بغداد بغضب غير معتاد؛ إذ استدعت سفيرها …»: the clause explains what the party before the «؛» did
            args.actor = list(state.explained)
            args.path.append("explains-sentence-before")
        elif state.topic and (entry.pos == "verb" or (entry.frame == "visit" and finder is not None
                                                      and visit_opens_sentence(finder, trig))) \
                and entry.event != "PROTEST" and entry.id != _DEPLOY_VERB and not (finder is not None and (
                    finder.unnamed_subject_before(trig) or finder.unnamed_subject_after(trig))):
            # a pro-drop verb continues the topic, and so does a visit the sentence opens with («وفي زيارته
            # للأردن»); elsewhere a noun's possessive («زيارته», «اتفاقها», «وساطتها») too often points to
            # another («اعتُقل الشاب خلال زيارته للضفة»); a crowd is not the party
            # the text was about («شهدت مدن في إدلب تظاهرات»), nor what spreads («انتشرت الشائعات»)
            args.actor = list(state.topic)
            args.path.append("topic")


def _token_range(tokens, span: tuple[int, int]) -> range:
    inside = [k for k, t in enumerate(tokens) if span[0] <= t.span[0] and t.span[1] <= span[1]]
    return range(inside[0], inside[-1] + 1) if inside else range(0)


def _segmenter_vocabulary(kb: KnowledgeBase, lexicon: Lexicon) -> set[str]:
    """Words the segmenter keeps whole: the KB's and the lexicon's. A trigger word that is a name
    word with a pronoun suffix («سحب قواته») stays segmented, so that «قواته» alone is still read
    as «its forces»; so does a name word that reads as a preposition and a trigger word when names write it
    only with the article or only inside them («بلقاء» of «محافظة البلقاء», kept whole with its article;
    «بتنسيق» of «لجنة الارتباط الخاصة بتنسيق المساعدات»): in the text it is ب + «لقاء», ب + «تنسيق»."""
    names = kb.vocabulary()

    def possessed_name(word: str) -> bool:
        light = normalize_keep_ta(word)  # «قمة» ends in ta marbuta, not in the pronoun «ه»
        for enc in ("ه", "ها", "هم"):
            base = phrase_keys(light[:-len(enc)]) if light.endswith(enc) else ()
            if base and len(base[0]) >= 3 and base[0] in names:
                return True
        return False

    def prepositional(n: int, word: str) -> bool:
        # «تعهد بمواصلة»: a later word of a phrase carrying «ب/ل» stays segmented, so that the
        # preposition still marks it wherever it is read (the phrase matches either way)
        norm = normalize(word)
        return n > 0 and norm[:1] in ("ب", "ل") and len(norm) >= 4

    first_words = frozenset().union(*(e.first_words for e in lexicon.entries))

    def conjoined(key: str) -> bool:
        # «ولن تسمح», «باطل ولا قيمة له»: «و» before a word another phrase starts with is the conjunction,
        # and kept whole it would hide «لن تتردد» in «ولن تتردد», «لا تستبعد» in «ولا تستبعد»; so is the
        # future's «س» before a verb («ستضرب بيد من حديد» would hide «تضرب» in «ستضرب أهدافاً»)
        return (key[:1] in ("و", "ف") or key[:1] == "س" and key[1:2] in IMPERFECT_PREFIXES) and key[1:] in first_words
    words = {key for e in lexicon.entries for form in e.forms for n, w in enumerate(form.split())
             if not possessed_name(w) and not prepositional(n, w) for key in phrase_keys(w) if not conjoined(key)}

    def preposition_and_trigger(w: str) -> bool:
        rest = w[1:]
        return w[:1] in ("ب", "ل", "ك") and (rest[2:] if rest.startswith("ال") else rest) in first_words

    article_words = {w for w in kb.article_words() if preposition_and_trigger(w)}
    inner_words = {w for w in kb.inner_words() if preposition_and_trigger(w)}
    return words | (names - article_words - inner_words) | {"ال" + w for w in article_words}


def code_text(text: str, date: Optional[str] = None, doc_id: str = "doc", coder: Optional[Coder] = None) -> list[Event]:
    """Convenience: code one string."""
    return (coder or Coder()).code(Document(doc_id, text, date))


# -- the whole document -----------------------------------------------------------------------
