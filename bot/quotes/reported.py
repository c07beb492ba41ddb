"""Reported speech in one sentence: the trailing frame if there is one, else every leading cue with
its speaker and content (`_reported`).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from bot.quotes.candidate import _Candidate
from bot.quotes.content import (_ADDRESS, _ASK, _CALL, _DESCRIBE, _INFINITIVE_CUES, _JUDGING_CUES, _JUDGING_END,
                                _OBJECT_PARTICIPLES, _PRAISED_NAME_WHO, _THREATEN, _content_after, _content_end,
                                _main_clause_comma, _without_name_appositive)
from bot.quotes.cues import _OPENING_PARTICIPLES, _verb_use
from bot.quotes.leading import _BE_BEFORE, _clause_subject, _frame_who, _leading_subject
from bot.quotes.lexicon import (THAT_TIME, CLAUSE_CUES, CONJUNCTIONS, CUE_PARTICLES, DETERMINERS, JUDGING_CUES, OBJECT_CUES,
                                PARTICIPLE_CUES, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, QUOTE_CUES, SHORT_OBJECT_CUES, TIME_WORDS,
                                TOPIC_CUES)
from bot.quotes.relatives import (_group_antecedent, _relative_end, _relative_frame, _relative_naming, _relative_speech,
                                  _relative_subject, _who_antecedent)
from bot.quotes.sayers import (_PREPOSITION_BEFORE, _answered_when_asked, _as_frame_after, _coordinated_participle,
                               _framed_speaker, _joined_clause, _negated_subject, _participle_after, _question_asked,
                               _subordinate_speaker, _unnamed_participle, _unnamed_sayer)
from bot.quotes.second_acts import (_AND_ACT, _and_new_clause, _object_then_act, _occasion_at, _parallel_act, _predicate_series,
                                    _second_act_at, _second_participle, _second_predicate, _subordinate_clause, _that_between)
from bot.quotes.spans import _inside, _lead_space, _strip_end
from bot.quotes.subjects import (_QUOTE_CHARS, _SAY, _SUBORDINATORS, _TELL, _UNNAMED_PERSONS, _intro_ok, _named, _np_ok,
                                 _relative_clause_subject, _sentence_subject, _subject_before)
from bot.quotes.text import QuoteSpan
from bot.quotes.trailing import _QUOTE_OPEN, _source_after, _trailing


def _according_leads(text: str, s: int, cue_start: int) -> bool:
    """What comes before a leading "according to X, …" leaves the clause after it whole: nothing, a
    conjunction ("But, according to …"), a short introduction ("In addition, according to …") or the
    subordinator that opens the content ("… ago after, according to him, the network …")."""
    s = max(s, text.rfind(":", s, cue_start) + 1, text.rfind(";", s, cue_start) + 1)  # "… unnoticed: According to"
    head = text[s:cue_start].strip(" ,(\"“‘'")
    if not head:
        return True
    words = head.split()
    last = words[-1].lower().strip(",")
    if words[0].lower().strip(",") in CONJUNCTIONS and len(words) == 1 or last in _SUBORDINATORS or last == "that":
        return True
    return text[s:cue_start].rstrip().endswith(",") and len(words) <= 5 and _intro_ok(text, s, cue_start)
_POINT = frozenset("point points pointed pointing".split())
# "pointed to his ears", "pointing to a man in the crowd": a gesture at something in sight, not an argument
_POINTED_AT_SIGHT = re.compile(r"(?:[\w’'\-]+\s+){0,7}?(?:the\s+)?(?:ears?|eyes?|head(?!\s+of)|chest|temple|forehead|mouth|"
                               r"sky|ceiling|crowd|audience|door|exit|screen|stage|window)\b")
# "Lopes has pointed to her record": a line argued over time, not one occasion reported
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)(?:\s+(?:[a-z]+ly|long|often|also))?\s+$")


# "pointed to Ames's votes on fishing to court the coast": after a longer object, "to" + a verb that is no
# cue is the purpose of citing it (but "her decision to leave", "the case to say that …" go on)
_CITED_FOR_PURPOSE = re.compile(r"(?:[\w’'.\-]+\s+){3,}?(to\s+[a-z]+)\b")


def _evidence_end(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """End of what is pointed to: before a purpose infinitive."""
    m = _CITED_FOR_PURPOSE.match(text, start, end)
    verb = m.group(1).split()[1] if m else ""
    if not m or verb in CLAUSE_CUES or verb in DETERMINERS or _inside(quotes, m.start(1)):
        return end
    return _strip_end(text, start, m.start(1))


def _points_to_argument(text: str, s: int, m: re.Match, end: int) -> bool:
    """ "Ames pointed to the jobless figures": evidence cited for a view, not a finger pointed at something."""
    if _PERFECT_BEFORE.search(text, max(s, m.start() - 20), m.start()):
        return False
    clause_end = text.find(",", m.end() + 4, end)
    return not _POINTED_AT_SIGHT.match(text, m.end() + 4, clause_end if clause_end > 0 else end)


def _names_someone(text: str, span: tuple[int, int], cue_start: int) -> bool:
    """A speaker who calls something something: a name, a pronoun or "the <noun>", not "a band called"."""
    words = text[span[0]:span[1]].split()
    while len(words) > 1 and words[-1].endswith(")"):
        words.pop()  # "Sen. Rui Lopes (I-Vt.) called him reckless": the party tag names no one
        span = (span[0], text.rfind(words[-1], span[0], span[1]) + len(words[-1]))
    if text[cue_start - 1:cue_start] == "-" or not words:
        return False
    if words[0].lower() in ("a", "an"):  # "a furious Lopes called", not "a band called"
        return len(words) > 2 and _named(text, span)
    return (_named(text, span) or words[0].lower() in ("the", "his", "her", "their", "its")
            or _speaking_head(words))


# Who speak as a body: "Lind’s office", "many commentators", "some critics" (with the person nouns)
_CALLING_BODIES = _UNNAMED_PERSONS | frozenset("""office campaign team staff aide committee critic commentator
    supporter opponent observer pundit conservative liberal legislator economist""".split())


def _speaking_head(words: list[str]) -> bool:
    """A phrase whose head noun is a person or a body that speaks: 'Lind’s office', 'many commentators'."""
    head = words[-1].lower()
    return head in _CALLING_BODIES or head.endswith("s") and head[:-1] in _CALLING_BODIES


# What ends "called X Y": a second verb, a participle, a place or time phrase of the calling.
_NAMING_END = re.compile(r",?\s+and\s+(?:also\s+)?[a-z]+(?:ed|s)\b|\s+and\s+(?:he|she|they|I|we)\s|,\s+[a-z]+ing\b(?!\s+(?:and|or)\s)|,\s+(?:a|an)\s|"
                         r"\s(?:in\s+(?:a|an|his|her|their)\s|on\s+(?:his|her|their|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)|during|at\s+a\s)")
# "calling them pirates and vowing to …": a second speech act ends the naming
_AND_SPEAKING = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:%s)\b" % "|".join(sorted(PARTICIPLE_CUES)))
_AFTER_EPITHET = re.compile(r"(?<=[”\"'])\s+(?:instead\b|(?!(?:%s)\b)[a-z]+ing\b)" % "|".join(sorted(PARTICIPLE_CUES)))
# 'calling her “our champion” and her rival …': after the quoted name, "and" leads on (not 'and someone who …')
# or a summing-up appositive: "called the remarks “reckless,” an extraordinary rebuke"
_AND_AFTER_EPITHET = re.compile(r"[”\"](?:\s+\([^()]{1,40}\))?(,?\s+and\s)(?![“\"‘]|(?:someone|somebody)\s)|,[”\"](\s+(?:a|an)\s)")
_PHONED = re.compile(r"(?:[\w’'.]+\s+){1,4}(?:to\s+[a-z]|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_ASKED_WHO_TO = re.compile(r"[^,;]{1,60}?,\s+who\s[^,;]{1,80},\s+to\s")  # "asked Ames, who runs the port, to close it"
# "described himself as a centrist", "describing themselves as liberal": a self-description, whoever the subject
_SELF_AS = re.compile(r"\s+(?:himself|herself|themselves|itself|myself|ourselves)\s+(?:[^\s,;.]+\s+){0,5}?as\s")
_SELF_LABEL_END = re.compile(r",\s|\s+(?:with|but|while|and\s+(?:has|have|had|is|are|was|were|said|says|by|among|in|with))\s")
_DESCRIBED_AS = re.compile(r"(?:[^\s,;.]+\s+){1,8}?as\s")
# "called the plan “a disaster”": an object, then the quoted name it was called -- not "a site called “X”"
_CALLED_EPITHET = re.compile(r"\s+(?!(?:the|a|an)\s+[“\"])(?:[\w’'.\-]+\s+){1,6}?[“\"]")
_IN_WHICH = re.compile(r"\bwhich\s+(?:[\w’'.\-]+\s+){1,3}$")
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|should|may|can|will|does|do|did)(?:\s+have)?\s+$")
_RECIPROCAL = re.compile(r"(?:each\s+other|one\s+another)\b")
_AS_THEN_FOR = re.compile(r"\sas\s[^,;]*?(\s+for\s+[a-z]+ing\b)")
_BLAST = frozenset("blast blasted blasts blasting".split())
# "disclosed its work for the Gulf states", "disclosed that …" -- not "disclose more about themselves", and
# the recipient is no part of what was disclosed ("disclosed the memo to the AP")
_DISCLOSE = frozenset("disclose disclosed discloses".split())
_DISCLOSED_AMOUNT = re.compile(r"(?:more|less|little|much|nothing|anything|few)\b")
_DISCLOSED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w.]*|reporters|investigators|regulators|police|press)\b")
_THREAT_TO = re.compile(r"\s+(?:not\s+)?to\s+[a-z]|\s+that\s")
_NOT_THREAT_MAKER = frozenset("that this it which what there".split())
# Bodies of people that threaten like a person: "Right-wing parties threaten to …", "the union threatened to strike"
_THREATENING_BODIES = frozenset("party parties union unions lawmakers legislators government administration".split())


def _threat_by_someone(text: str, span: tuple[int, int] | None, m: re.Match[str]) -> bool:
    """"Lima threatened to resign", "the union has threatened that …": a person, pronoun or named body
    threatens to do something ("who" is a person too) -- not "a ballot initiative threatened to raise …",
    nor "threatened their funds"."""
    if span is None or not _THREAT_TO.match(text, m.end()):
        return False
    last = text[span[0]:span[1]].split()[-1].lower()
    if last in _NOT_THREAT_MAKER:
        return False  # "That threatened to …": a thing
    return (last in PRONOUNS or last == "who" or last in PERSON_NOUNS or last.rstrip("s") in PERSON_NOUNS
            or last in _THREATENING_BODIES or _named(text, span))
# The rebuke's target and its reason, not a quotation: "blasted the council for its delays", "blasts Ames as
# a coward" (but "blasted the firm for its “outrageous practices”": the quoted words are what was said)
_BLASTED_FOR = re.compile(r"(?:[\w’'.\-]+\s+){1,8}?(?:for|as)\s+(?!(?:(?:its|his|her|their|the)\s+)?[“\"‘'])")
_PROPOSE = frozenset("propose proposed proposes proposing".split())
_CALLED_OUT_FOR = re.compile(r"\s*(?:[\w’'.\-]+\s+){1,6}?for\s")  # "called out Smith for his silence"
_BILL = re.compile(r"(?:(?:a|an|the|his|her|their|its|new|two|several)\s+)*(?:legislation|bills?|laws?|budgets?|amendments?|"
                   r"resolutions?|measures?|ordinances?)\b")
# "As Trump denounced X and pledged Y, many in the audience …", "Now that leaders call on him to quit, …": a
# fronted "as" clause whose cue takes its object before the comma (not "As Trump said, …": the main clause is said)
_FRONTED_AS = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd|[Jj]ust|[Ee]ven)\s+)?(?:[Aa]s|[Nn]ow\s+that)\s[^,;:“\"]*$")
_WH_WORDS = frozenset("what why how whether who which where when".split())


def _fronted_as_object(text: str, s: int, m: re.Match[str], start: int) -> bool:
    """The cue leads a fronted "as" clause and takes an object before its comma: "As Ames denounced the tolls,
    the crowd cheered" -- not "As Ames said, …" nor "As Ames said in a column, …" / "As Ames told the Post, …",
    where the main clause is what was said."""
    if not _FRONTED_AS.match(text, s, m.start()) or "," not in text[start:] or "," in text[m.end():start]:
        return False
    words = text[start:text.index(",", start)].lower().split()
    after_cue = text[m.end():start + 12].lower().split()[:2]  # "As Ames said last week, …", "As they say about X, …"
    if not words or m.group().lower() in _TELL or any(w in TIME_WORDS or w in ("last", "this", "about") for w in after_cue):
        return False
    return words[0] not in PREPOSITIONS or words[0] == "to" or len(words) > 1 and words[1] in _WH_WORDS


# "… dropped the mayor of Braga, Portugal, from its board after he suggested B": the same speaker's story goes
# on in a subordinate clause (see _subordinate_speaker), no new clause after the comma
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:after|when|before|because|once|since|until)\s+(?:he|she|they|it|I|we)$")
_QUESTION = frozenset("question questions questioned questioning".split())
_WH_AFTER = re.compile(r"\s+(?:whether|why|how|if)\s")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)(?:\s+(?:[a-z]+ly|has|have|had|also|later|then))*\s+$")
_DISCUSS = frozenset("discuss discussed discusses discussing".split())
# What ends a topic discussed: the partner ("with a radio host"), another act ("but not mention …"), the occasion
# ("in our op-ed")
_DISCUSSED_WITH = re.compile(r"\s+(?:with\s+(?=[A-Z]|(?:him|her|them|us|me|reporters|journalists|officials|leaders|"
                             r"(?:(?:an?|the|his|her|their|its|our)\s+)?(?:[\w’'\-]+\s+){0,2}?(?:%s))\b)|but|"
                             r"in\s+(?:an?|the|our|his|her|their|its)\s+(?:[\w’'\-,]+\s+){0,6}?"
                             r"(?:op-ed|interview|column|speech|statement|meeting|call|letter|book))\b"
                             % "|".join(sorted(PERSON_NOUNS | {"host", "hosts", "counterpart", "counterparts", "delegation"})))
_REFER = frozenset("referred refers".split())
_RESPOND = frozenset("respond responded responds".split())
_RESPONDED_BY_ACT = re.compile(r"by\s+(?:first\s+)?([a-z]+ing)\b")


def _leading_before_trailing(text: str, s: int, trailing: _Candidate, para: int, quotes: list[QuoteSpan],
                             doc_cues: list[re.Match[str]], cue_starts: list[int]) -> list[_Candidate]:
    """A sentence opening with a frame of its own before a trailing one: "Other mayors said A, but B, they
    said." -- A is the opening frame's, and the trailing frame has only the clause after it."""
    lo, hi = bisect_left(cue_starts, s), bisect_left(cue_starts, trailing.end)
    if not any(m.end() <= trailing.end and m.group().lower() in _SAY for m in doc_cues[lo:hi]):
        return []  # the opening frame is a "say" before the trailing frame's content ends: with none, there is none
    lead = _reported(text, s, trailing.end, para, quotes, doc_cues, cue_starts, leading_only=True)
    if (len(lead) != 1 or lead[0].cue is None or lead[0].cue.lower() not in _SAY or len(text[s:lead[0].start].split()) > 6
            or not s < lead[0].start < lead[0].end < trailing.end or len(text[lead[0].start:lead[0].end].split()) < 3):
        return []
    rest = lead[0].end
    while rest < trailing.end and text[rest] in " ,;":
        rest += 1
    if len(text[rest:trailing.end].split()) < 3:
        return []
    trailing.start = rest
    return lead


def _reported(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan],
              doc_cues: list[re.Match[str]], cue_starts: list[int], leading_only: bool = False) -> list[_Candidate]:
    """Reported-speech attributions in the sentence text[s:e]: a trailing cue ("..., Wang said.")
    wins; otherwise every leading cue ("Wang said (that) ...", "... and warned X to ...")."""
    lo, hi = bisect_left(cue_starts, s), bisect_left(cue_starts, e)
    if lo == hi:
        return []
    cues = [m for m in doc_cues[lo:hi] if m.end() <= e and not _inside(quotes, m.start()) and _verb_use(text, s, m)]
    if not cues:
        return []
    e_content = _strip_end(text, s, e)
    trailing = None if leading_only else _trailing(text, s, e, e_content, para, cues, quotes)
    if trailing is not None:
        more = _participle_after(text, trailing, cues, e_content, quotes)
        # 'When asked why …, Tyler said, “…” until …': the opening question stands even when the rest
        # of the sentence is taken (it only counts where the rest loses to its quotation)
        first = cues[0]
        opening = first.group().lower() == "asked" and _OPENING_ASKED.fullmatch(text, s, first.start())
        # ("Asked to describe it, X said, “…”" too, as without a quotation; "when asked to …" is a request)
        question = _question_asked(text, first, e_content, quotes, para, wh_only=first.group()[0].islower()) if opening else None
        # "…, the Herald reported, citing a second unnamed source": the frame's participle is speech too
        after = _FRAME_PARTICIPLE.search(text, trailing.end, e_content) if more is None else None
        cited = None
        if after and trailing.mention and len(text[after.end():e_content].split()) >= 2 and not _inside(quotes, after.start()):
            cited = _Candidate(after.end(), _content_end(text, after.end(), e_content, quotes), "indirect",
                               after.group(1), trailing.mention, 3, para)
        # "A says B, which stood at 263, according to the AP": the trailing source has the relative clause
        # only; what comes before it keeps its own leading cue
        earlier = _reported(text, s, trailing.start, para, quotes, doc_cues, cue_starts) if (
            trailing.start > s and _RELATIVE_TAIL.match(text, trailing.start)
            and any(c.end() < trailing.start for c in cues)) else []
        second_half = _SECOND_HALF.search(text, s, trailing.start) if trailing.start > s else None
        if second_half and not earlier and any(c.end() < second_half.start() for c in cues):
            # "He said A, and when asked whether B, he said, “C”": the first half keeps its own leading cue
            earlier = _reported(text, s, second_half.start(), para, quotes, doc_cues, cue_starts)
        if not earlier and trailing.start == s:
            earlier = _leading_before_trailing(text, s, trailing, para, quotes, doc_cues, cue_starts)
        return earlier + [trailing] + [c for c in (more, question, cited) if c]
    found: list[_Candidate] = []
    questions: list[_Candidate] = []
    for m in cues:  # leading: "Wang said (that) ...", "According to X, ..."
        cue = m.group()
        low = cue.lower()
        if found and m.start() < found[-1].end:
            # a cue inside reported content is reported too ("X said Y told him ..."), unless a new
            # clause with its own named subject starts: "A was the reason, Ham also noted B"
            prev = found[-1]
            relative = _relative_frame(text, s, m, e_content) if low in _RELATIVE_CUES else None
            if relative and len(text[prev.start:relative[0]].split()) >= 2:
                # "praised the deal, which he said would ease tensions": the relative clause is his own claim
                prev.end = _strip_end(text, prev.start, relative[0])
                end = _relative_end(text, relative[0], _content_end(text, relative[0], e_content, quotes), quotes)
                found.append(_Candidate(relative[0], end, "indirect", cue, relative[1], 3, para))
                continue
            own_clause = low in CLAUSE_CUES or low in OBJECT_CUES or low in TOPIC_CUES  # "…, and she accused X of Y"
            joined = _joined_clause(text, prev.start, m.start()) if own_clause else None
            if joined is None and own_clause:  # "… after the candidate suggested B"
                joined = _subordinate_speaker(text, prev.start, m.start())
            # a new clause's subject below follows a comma after where the earlier content starts
            got = _subject_before(text, s, m.start()) if (
                not joined and low in CLAUSE_CUES and text.find(",", prev.start + 1, m.start()) >= 0) else None
            if joined:  # "A, and other GOP leaders said B", "A and others have said B"
                span, cut = joined
            elif (got and got[2] and got[1] > prev.start and _named(text, got[0])
                  and not _SUBORDINATE_PRONOUN.search(text, max(prev.start, got[0][0] - 10), got[0][1])):
                comma = text.rfind(",", prev.start, got[1] + 1)
                if comma <= prev.start or len(text[prev.start:comma].split()) < 2:
                    continue
                span, cut = got[0], comma
            else:
                continue
            prev.end = _strip_end(text, prev.start, cut)
            start = _content_after(text, m.end(), e_content, cue)
            if start is None:
                continue
            start += _lead_space(text, start)
            end = _content_end(text, start, e_content, quotes)
            if len(text[start:end].split()) >= 3:
                found.append(_Candidate(start, end, "indirect", cue, span, 3, para))
            continue
        hearsay = _SAID_TO.search(text, max(s, m.start() - 25), m.end() + 4) if low == "said" else None
        if hearsay:  # "Several aides are said to be pressing the mayor …": hearsay, nobody named
            got = _subject_before(text, s, hearsay.start())
            end = _content_end(text, m.end(), e_content, quotes)
            if got and len(text[m.end():end].split()) >= 3:
                found.append(_Candidate(got[0][0], end, "indirect", cue, None, 3, para))
            continue
        if low == "according to":
            if not _according_leads(text, s, m.start()):
                continue
            comma = text.find(",", m.end(), e)
            if comma < 0:
                continue
            # "According to the clerk on duty at the Braga depot that week, …": sources run long
            mention = _np_ok(text, m.end(), comma) or _source_after(text, m.end(), comma)
            if mention and len(text[comma:e_content].split()) >= 3:
                start = comma + 1 + _lead_space(text, comma + 1)
                found.append(_Candidate(start, _content_end(text, start, e_content, quotes), "indirect", cue, mention, 3, para))
            continue
        if (low not in CLAUSE_CUES and low not in OBJECT_CUES and low not in PARTICIPLE_CUES and low not in _ASK
                and low not in TOPIC_CUES):
            continue
        when = low in _ASK and _answered_when_asked(text, s, m.start())
        if low in _ASK and (m.group()[0].isupper() or when or low == "asked" and _ASKED_PASSIVE.search(
                text, max(s, m.start() - 12), m.start())):
            # "Asked whether ..., X said", "he was asked if ...": the question is speech, its asker unnamed
            # (the subject is the one asked, never the speaker); "when asked whether/how …" too, but
            # "when asked about X" / "to X" names a topic or a request more often than a question
            asked = _question_asked(text, m, e_content, quotes, para, wh_only=when)
            if asked:
                questions.append(asked)  # not in `found`: "..., she smiled and said" takes no speaker from it
            continue
        # "questioned whether …", "is questioning how …": a doubt voiced, reported even when its subject is not found
        # unless it follows another report of the sentence ("… said A, and questioned why …": part of it); not in a
        # relative clause ("Lopes, who questioned whether …, said …"), whose end is unsure
        doubt = (low in _QUESTION and _WH_AFTER.match(text, m.end()) is not None
                 and not _RELATIVE_BEFORE.search(text, max(s, m.start() - 40), m.start()))
        if low in JUDGING_CUES and low.endswith("ing") and _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()) and not doubt:
            continue  # "the post was plainly mocking the fact that …": a description, not a speech act reported
        if low in TOPIC_CUES and not _topic_verb(text, s, m):
            continue  # "Trump’s repeated accusations", "names mentioned as nominees": no one mentions here
        if low in _WRITE and _WRITE_NO_OBJECT.match(text, m.end()):
            continue  # "learned to read and write at a young age": writing, not words written
        as_frame = _as_frame_after(text, s, m, e_content) if low in CLAUSE_CUES else None
        if as_frame:  # "Ames also met the mayor, as the Gazette reported on Tuesday, and …": the clause before
            found.append(_Candidate(as_frame[0], as_frame[1], "indirect", cue, as_frame[2], 3, para))
            continue
        relative = _relative_frame(text, s, m, e_content) if low in _RELATIVE_CUES else None
        if relative:  # "a storm that Lopes says cost him the boat": the clause is what he says
            rel_start, speaker = relative
            end = _relative_end(text, rel_start, _content_end(text, rel_start, e_content, quotes), quotes)
            found.append(_Candidate(rel_start, end, "indirect", cue, speaker, 3, para))
            continue
        if low in _AS_REPORTED_CUES and _AS_REPORTED.fullmatch(text, s, m.start()) and text.startswith(" by ", m.end()):
            # "As reported by the Times, the senator …": a source named like "according to"
            comma = text.find(",", m.end(), e)
            mention = _source_after(text, m.end() + 4, comma) if comma > 0 else None
            if mention and len(text[comma:e_content].split()) >= 3:
                start = comma + 1 + _lead_space(text, comma + 1)
                found.append(_Candidate(start, _content_end(text, start, e_content, quotes), "indirect", cue, mention, 3, para))
            continue
        named = _relative_naming(text, s, m, e_content, quotes, para) or _relative_speech(text, s, m, e_content, quotes, para)
        if named:  # "what Gingrich called “the loudest election”", "which he argued seeks …": Gingrich, he speaking
            found.append(named)
            continue
        # what the cue takes, and whether it takes words at all, before its speaker is looked for (neither
        # depends on the speaker, and many cues take none)
        start = _content_after(text, m.end(), e_content, cue)
        if start is None or _no_words_taken(text, s, m, low, start, e_content):
            continue
        # '“…,” said X, noting that …': the frame's speaker, before any guess at the sentence's subject
        span = (_framed_speaker(text, s, m.start(), quotes) if low in PARTICIPLE_CUES else None) or _leading_subject(
            text, s, m, found)
        if span is None and low in PARTICIPLE_CUES:
            span = _coordinated_participle(text, m, found)
        if span is None and low in CLAUSE_CUES and not found:  # "A diplomat who attended the talks said …"
            span = _relative_clause_subject(text, s, m.start())
        if span is None and (low in TOPIC_CUES or low in OBJECT_CUES or low in SHORT_OBJECT_CUES):
            span = _negated_subject(text, s, m)
        referent = framed_referent = None
        in_relative = span is not None and _RELATIVE_UNTIL_CUE.match(text, span[1], m.start()) is not None
        # "… attendees described themselves as liberals", "a Republican who described himself as …": a
        # self-description is speech whatever the subject, even in a relative clause
        self_described = low in _DESCRIBE and _SELF_AS.match(text, m.end()) is not None
        if in_relative and low not in CLAUSE_CUES and not self_described:
            continue  # "Reis, who has both backed Lopes and criticized his campaign, offered …": a record
        if span is None and (low in CLAUSE_CUES or _pledge_to(text, m)):  # "Ames, who has pledged to …" too
            who = _who_antecedent(text, s, m.start()) or _group_antecedent(text, s, m.start())
            framed = None if who else _frame_who(text, s, m.start())
            if who:
                referent, span = who
            elif framed:  # '“…,” said Ana Reis, who said A, B': the clause runs to the sentence's end
                span = framed[1]
                framed_referent = framed[0]
        if span is None and low in PARTICIPLE_CUES:  # "…, with Senator John McCain telling reporters he …"
            with_ = _WITH_SUBJECT.search(text, max(s, m.start() - 60), m.start())
            span = _np_ok(text, *with_.span(1)) if with_ else None
        interposed = None
        if span is None and low in _SAYING:  # "The Journal, citing internal documents, said …"
            interposed = _INTERPOSED_PARTICIPLE.fullmatch(text, s, m.start())
            span = _np_ok(text, interposed.start(1), interposed.end(1)) if interposed else None
        by_doing = span is None and low in _SAYING and _BY_DOING.search(text, max(s, m.start() - 12), m.start())
        if by_doing:  # "… by telling Reis she had been a fair rival": the subject of the clause acts
            span = _sentence_subject(text, s, m.start())
        unnamed = span is None and not by_doing and (_unnamed_sayer(text, s, m) or _unnamed_participle(text, s, m))
        request = span is None and _urges_to(text, m, e_content)  # "families of the victims urged X to …"
        if span is None and not by_doing and not unnamed and not self_described and not _topic_clause(text, s, m) and not _suggests_that(text, m) and not request and not (doubt and not found) and not (low in _CALL and _CALLED_EPITHET.match(text, m.end(), e_content)
                                                  and text[m.start() - 1:m.start()] != "-"
                                                  and not _IN_WHICH.search(text, max(s, m.start() - 40), m.start())):
            # "called Trump “a pathological liar”" is speech even when its subject is not found -- but
            # "tweets in which he called X “Y”" is part of what the tweets are said to contain
            continue
        if low in _THREATEN and not _threat_by_someone(text, span, m):
            continue  # "the dispute threatened to derail the talks": no one threatens
        setting = _AS_SETTING.match(text, start) if (low in CLAUSE_CUES and low not in CUE_PARTICLES
                                                     and _AS_FRAME.fullmatch(text, s, m.start())) else None
        if setting:  # "As the Times noted in an op-ed Thursday, A": the setting is no content, A is
            start = setting.end()
        naming = low in _CALL and start == m.end() + 1
        if naming and span is not None and not _names_someone(text, span, m.start()):
            continue  # "a group called Black Votes Matter": a name given, nobody speaks
        start += _lead_space(text, start)
        relative = _PRAISED_NAME_WHO.match(text, start, e_content) if low in _OBJECT_PARTICIPLES else None
        # "praising Gov. Ana Reis, who dropped out after …": the relative clause describes the one praised
        end = _content_end(text, relative.end() if relative else start, e_content, quotes, 1 if low in OBJECT_CUES
                           or low in TOPIC_CUES or _short_object(text, low, start) else 3)
        if low not in _OBJECT_PARTICIPLES:  # "praising Ana Reis, who quit": the one praised keeps the clause
            end = _without_name_appositive(text, start, end)
        if naming:
            cut = _first_match(text, start, end, _NAMING_END, _AND_SPEAKING)
            if cut and not _inside(quotes, cut.start()):
                end = _strip_end(text, start, cut.start())
            after = _AFTER_EPITHET.search(text, start, end)
            if after:  # 'called Lopes the “final straw,” linking to …': the name ends the naming
                end = after.start()
            after_and = _AND_AFTER_EPITHET.search(text, start, end)
            cut_at = after_and.start(1) if after_and and after_and.group(1) else after_and.start(2) if after_and else -1
            if cut_at > 0 and not _inside(quotes, cut_at):
                end = cut_at  # 'calling her “the champion we need” and her rival …': another clause
            comma = text.find(",", start, end) if span is None else -1
            if comma > start and not _inside(quotes, comma):
                end = _strip_end(text, start, comma)  # "Asked about Lopes calling him a liar, Ames said …": the clause ends
            if _PHONED.match(text, start, end) and not _CALLED_EPITHET.match(text, m.end(), end):
                continue  # "called Sanders to congratulate him", "called both candidates Tuesday night" (but
                # 'called the report Friday a “boldfaced lie”' names it)
        second = _second_act_at(text, start, end, quotes)  # "confirmed the date and urged X to ...": two acts
        series = _predicate_series(text, start, end, quotes)  # "…, called her lazy and boycotted …": a list of acts
        occasion = _occasion_at(text, start, end, quotes) if low in _INFINITIVE_CUES or low in _WARN_LIKE else None
        if occasion is not None and (series is None or occasion < series):
            series = occasion  # "vowed to court Latinos in the wake of the defeat"
        joined = _and_new_clause(text, start, end, quotes)  # "…, and Mayor Lima has never asked again"
        if joined is not None and (series is None or joined < series):
            series = joined
        if series is not None and (second is None or series < second):
            second = series
        if second is None and low.endswith("ing"):
            second = _second_participle(text, start, end, quotes)
        if second is None and low in CLAUSE_CUES and not _that_between(text, m.end(), start):
            second = _object_then_act(text, start, end, quotes)
        parallel = _parallel_act(text, m.start(), cue, start, end, quotes)
        if parallel is not None and (second is None or parallel < second):
            second = parallel  # "denies that A was B and goes to great lengths to …": the speaker's next act
        if second is not None:
            end = _strip_end(text, start, second)
        if low in _ASK:  # a question asked ends at the clause: "when I asked him if ..., he looked"
            relative = _ASKED_WHO_TO.match(text, start, end)
            comma = text.find(",", relative.end() if relative else start, end)  # "asked Ames, who …, to …"
            if comma > start and not _inside(quotes, comma):
                end = _strip_end(text, start, comma)
        if low in _POINT and text.startswith(" to ", m.end()):
            end = _evidence_end(text, start, end, quotes)
        if low in _POINT and text[end:end + 1] == ":" and not _that_between(text, m.end(), start + 5):
            continue  # "points out some telling figures:" -- what follows the colon is what was pointed out
        as_ = _DESCRIBED_AS.match(text, start, end) if low in _DESCRIBE or low in _REFER else None
        if low in _REFER and not as_:
            continue  # "referred to the debate": a mention; "referred to X as “Y”": what X was called
        if low in _DESCRIBE and (text[m.start() - 1:m.start()] == "-"
                                 or _HYPOTHETICAL.search(text, max(s, m.start() - 20), m.start())):
            continue  # "a self-described socialist"; "few would have described", "it does describe": no one did
        if as_:  # "described the test as a provocation": the object and what it was described as
            cut = _OBJECT_END.search(text, as_.end(), end) or _AND_ACT.search(text, as_.end(), end)
            if self_described:  # "described himself as a centrist, said …": the label is short
                cut = _SELF_LABEL_END.search(text, as_.end(), cut.start() if cut else end) or cut
            if cut and not _inside(quotes, cut.start()):
                end = _strip_end(text, start, cut.start())
        elif low in _DESCRIBE:  # "described the scene", "described how …": the object, to the clause end
            if text[end:end + 1] == ":":
                continue  # "describes itself in the following way: “…”": the quotation is the content
            if text[start:end].split(None, 1)[0].endswith("ing") or any(c in text[start:end] for c in "“\"«„"):
                continue  # "described arriving at a gathering": an experience recounted, not a statement;
                # "described the “constructive” talks": the writer's scare quote, not words described
        elif low in _JUDGING_CUES:
            if _RECIPROCAL.match(text, start):
                continue  # "mocked each other": banter, nothing said about anything
            cut = _JUDGING_END.search(text, relative.end() if relative else start, end)
            while cut and _inside(quotes, cut.start()):
                cut = _JUDGING_END.search(text, cut.end(), end)
            if cut:
                end = _strip_end(text, start, cut.start())
            as_for = _AS_THEN_FOR.search(text, start, end)
            if as_for and not _inside(quotes, as_for.start(1)):
                end = _strip_end(text, start, as_for.start(1))  # "slammed X as elitist for suggesting …"
            and_doing = _AND_DOING.search(text, start, end) if low in _OBJECT_PARTICIPLES else None
            if and_doing and not _inside(quotes, and_doing.start()):
                end = _strip_end(text, start, and_doing.start())  # "touting her record and pounding him …"
        elif low in OBJECT_CUES:  # "condemned the launch as Pyongyang fired ...": the object only
            cut = _OBJECT_END.search(text, start, end) or _second_predicate(text, start, end)
            if cut and len(text[start:cut.start()].split()) >= 2 and not _inside(quotes, cut.start()):
                end = _strip_end(text, start, cut.start())
        if low in TOPIC_CUES:
            start, end = _topic_span(text, start, end, quotes)
            partner = _DISCUSSED_WITH.search(text, start, end) if low in _DISCUSS else None
            if partner and not _inside(quotes, partner.start()) and partner.start() > start:
                end = _strip_end(text, start, partner.start())  # "discussed the race with a radio host": the topic only
        elif low in _EXPRESS:
            start = _feeling_object(text, start, end)
        written_on = _WRITTEN_ON.match(text, m.end() + 1, end) if low in _WRITE else None
        if written_on:
            start, end = _topic_span(text, written_on.end(), end, quotes)
        short_object = _short_object(text, low, start) or written_on is not None  # "denied the charges"
        media = _earlier(_MEDIA_TAIL.search(text, start, end), _day_tail(text, start, end))  # "claimed victory in a tweet", "… late Monday"
        if media and not _inside(quotes, media.start()) and _brief_noun_phrase(text[start:media.start()].split()):
            end = _strip_end(text, start, media.start())
        if low in _DISCLOSE and _DISCLOSED_AMOUNT.match(text, start):
            continue  # "people disclose more about themselves online": an amount shared, nothing reported
        told_to = _DISCLOSED_TO.search(text, start, end) if low in _DISCLOSE else None
        if told_to and not _inside(quotes, told_to.start()):
            end = _strip_end(text, start, told_to.start())  # "disclosed them to the AP": what, not to whom
        day = _day_tail(text, start, end) if low in _THREATEN else None
        if day and not _inside(quotes, day.start()):
            end = _strip_end(text, start, day.start())  # "threatened to quit Thursday night in the debate": the threat only
        if len(text[start:end].split()) < 3 and not short_object and not (
                (low in OBJECT_CUES or low in _JUDGING_CUES or low in _DESCRIBE or media) and end > start) and not (
                low in _SAY and _SHORT_ANSWER.fullmatch(text, start, end)) and not (
                naming and len(text[start:end].split()) == 2):  # "calling it “absurd”": what and what it was called
            continue
        if not text[start:end].strip():
            continue  # nothing left after the cue's own clause (a line break right after "denied")
        first = text[start:end].split(None, 1)[0].lower()
        between = text[m.end():start].split()  # "said that over the last days he …", not "hinted at that in …"
        after_that = bool(between) and between[-1] == "that" and (len(between) == 1 or between[-2].lower() not in PREPOSITIONS)
        # "told supporters to “go vote”", "pledged to make the shipyard “build their ferries here”"
        infinitive = first == "to" and (low in _TELL or low in _ADDRESS or low in _INFINITIVE_CUES)
        if first in PREPOSITIONS and first != "about" and not after_that and not infinitive and (
                _QUOTE_OPEN.match(text, end) or text[end - 1] in _QUOTE_CHARS or len(text[start:end].split()) < 8):
            continue  # "X said on Fox News Sunday, “...”": the quote that follows is the content
        colon = _COLON_QUOTE.search(text, start, end)
        if colon and (first in PREPOSITIONS or first == "of") and len(text[start:colon.start()].split()) <= 8:
            continue  # "said in a statement: ''…''", "said of Sanders: “…”": the quotation is the content
        act = _AND_DOING.search(text, start, end) if request or low in _REQUESTING else None
        if act and not _inside(quotes, act.start()):
            end = act.start()  # "calling for his firing and carrying signs": the next act is no request
        later = _LATER_REPORT.search(text, start, end) if request or _asks_for_action(text, m) else None
        if later and not _inside(quotes, later.start()):
            end = later.start()  # "calling for a prosecutor after the AP reports that …": that report is not his
        main_verb = _MAIN_VERB.search(text, start, end) if request and low.endswith("ing") else None
        if main_verb and text[m.start() - 2:m.start()] != ", " and not _inside(quotes, main_verb.start()):
            end = main_verb.start()  # "A petition calling on X to act has reached …": the sentence's own verb
        if referent is not None or interposed is not None or in_relative or (
                unnamed and (_relative_subject(text, s, m)
                             or _PREPOSITION_BEFORE.search(text, max(s, m.start() - 40), m.start())
                             or m.group() in _OPENING_PARTICIPLES)):
            # "Cruz, who said A, criticized B": the relative clause (or interposed frame) ends at its comma;
            # so does "despite admitting A, B" / "After saying A, she …"
            comma = text.find(",", start, end)
            while comma > 0 and text[comma + 1:comma + 2].isdigit():  # "6,000 layoffs" keeps its digits
                comma = text.find(",", comma + 1, end)
            if comma > start and not _inside(quotes, comma):
                end = _strip_end(text, start, comma)
                if text[s:m.start()].strip() in ("After", "While"):
                    span = _sentence_subject(text, comma + 1, e_content)  # "After saying A, Reis left": Reis said A
        elif _subordinate_clause(text, s, m.start()) or _fronted_as_object(text, s, m, start):
            # "While Ramos said A, he appears B", "When Trump announced his candidacy, he …": the clause the
            # cue leads ends at its comma, where the main clause takes over
            end = _main_clause_comma(text, start, end, quotes)
        if span is None and referent is None and interposed is None and not in_relative and not by_doing:
            aspect = _ASPECT_BEFORE.search(text, max(s, m.start() - 40), m.start())
            if aspect and not _inside(quotes, aspect.start()):
                # "Lopes continued to question whether …", "the board has yet to explain why …", "the crews began
                # calling for …": the subject of the frame speaks (only a cue already kept gets it)
                span = _clause_subject(text, s, aspect.start())
        found.append(_Candidate(start, end, "indirect", cue, span, 3, para, referent=referent or framed_referent))
    return found + questions


def _no_words_taken(text: str, s: int, m: re.Match[str], low: str, start: int, e_content: int) -> bool:
    """The cue, with what follows it from `start`, is an act or a gesture, not words reported: "pointing to
    his ears", "Biden denied, though …", "declared a state of emergency", "called out the National Guard",
    "blasted rock", "proposed legislation", "responded by pointing a finger"."""
    if low in _POINT and text.startswith(" to ", m.end()) and not _points_to_argument(text, s, m, e_content):
        return True  # "pointing to his ears", "has long pointed to her record": a gesture, a stock line
    if ("," in text[m.end():start] and (text[start:start + 12].split(None, 1) or [""])[0].lower() in _CONCESSIVE
            and not _THAT_LATER.search(text, start, e_content)):
        return True  # "Biden denied, though Trump said …": the cue took no content, a new clause starts
    if (low in _ACTION_CUES and not _THAT_NEXT.fullmatch(text, m.end(), start) and not _QUOTE_OPEN.match(text, start)
            and not _that_after_setting(text, m.end(), start)
            and not (low in _AGREE and _BARE_CLAUSE.match(text, m.end()))):
        return True  # "declared a state of emergency", "agreed to add two members", "maintained his lead": an act
    if low in _CALL and text.endswith(" out", m.end(), start) and not _CALLED_OUT_FOR.match(text, start, e_content):
        return True  # "called out the National Guard": troops sent; "called out X for Y" is a rebuke
    if low in _BLAST and not _BLASTED_FOR.match(text, start, e_content):
        return True  # "blasted rock", "blasted Sanders": only "blasted X for Y" / "as Y" is a rebuke told
    if low in _PROPOSE and _BILL.match(text, start):
        return True  # "proposed legislation that would …": a bill tabled, not words (but "proposed a levy")
    act = _RESPONDED_BY_ACT.match(text, start) if low in _RESPOND else None
    # "responded by pointing a finger", "by sidestepping Moscow" -- but "responded by saying …"
    return act is not None and act.group(1) not in QUOTE_CUES


# A frame of aspect or attempt right before a cue, its subject the speaker: "continued to question", "began
# calling for", "has yet to explain", "seemed to urge", "struggled to explain", "went so far as to say"
_ASPECT_BEFORE = re.compile(r"\b(?:(?:continued|continues|continue|started|starts|began|begun|begins|seemed|seems|appeared|"
                            r"appears|struggled|struggles|tried|tries|(?:has|have|had)\s+yet|went\s+so\s+far\s+as)\s+to"
                            r"|(?:continued|continues|started|starts|began|begun|begins|kept|keeps|taken\s+to|took\s+to))"
                            r"(?:\s+[a-z]+ly)?\s+$")


# "…, and when asked whether B, he said": a second half of the sentence, opened by a subordinate clause
_SECOND_HALF = re.compile(r",\s+(?:and|but)\s+(?:(?:when|after|once|if|while|before|as)\s|asked\b)")
_RELATIVE_TAIL = re.compile(r"(?:which|who|where)\s")  # a trailing attribution's content opening a relative clause


# Cues whose "that"-clause is reported whoever the subject is: "official data suggest that …",
# "activists who have demanded that …", "Lopes proposed that every port …"
_THAT_CLAUSE_CUES = frozenset("""suggest suggested suggests suggesting propose proposed proposes proposing
    urge urged urges urging demand demanded demands demanding recommend recommended recommends recommending""".split())


def _suggests_that(text: str, m: re.Match[str]) -> bool:
    """"Polls suggested that …", "… it was revealed that …": what a source suggests, proposes or demands, and the
    that-clause of a past verb of saying, are reported even when the source is no speaker the subject finder
    knows (the content is kept, the speaker left unresolved)."""
    if m.group().lower() in _CLAIMED_THAT and text.startswith(" that ", m.end()) and not _THAT_TIME_AFTER.match(text, m.end()):
        # "Not only did she …, Reis concluded that …", "when it was revealed that …": a past verb of saying with its
        # that-clause is reported even when its subject is not found -- but not the writer's "it should be noted
        # that", nor a relative clause in the subject ("The clerk who revealed that A has moved"), whose clause
        # ends unseen
        passive = _PASSIVE_ASIDE if m.group().lower() in ("noted", "stated") else _PASSIVE_BE
        return not passive.search(text, max(0, m.start() - 8), m.start()) and not _IN_RELATIVE.search(
            text, max(0, m.start() - 40), m.start())
    return (m.group().lower() in _THAT_CLAUSE_CUES and text.startswith(" that ", m.end())
            and not _NOT_TO.search(text, max(0, m.start() - 12), m.start()))


_CLAIMED_THAT = frozenset("""claimed stated noted argued asserted contended alleged insisted concluded declared warned
    acknowledged admitted revealed explained reported""".split())
_PASSIVE_BE = re.compile(r"\bbe\s+$")
_PASSIVE_ASIDE = re.compile(r"\b(?:be|been|is|was|were)\s+$")  # "it was noted that": the writer's aside, no report
_THAT_TIME_AFTER = re.compile(r" that\s+%s" % THAT_TIME)  # "as was noted that spring": a time, no clause
_IN_RELATIVE = re.compile(r"\b(?:who|whose|which|that)\s+[^,;:“”\"]*$")


_URGE = frozenset("urge urged urges urging".split())
_URGED_TO = re.compile(r"\s+(?:on\s+)?(?:[\w’'.\-]+\s+){1,8}?(?:not\s+)?to\s+[a-z]")  # "urged the senator to …"


def _urges_to(text: str, m: re.Match[str], e_content: int) -> bool:
    """"Families of the victims urged the senator to apologize", "a newspaper called on X to act", "asking him to
    step aside": a request reported whoever makes it (the content is kept, the speaker left unresolved)."""
    low = m.group().lower()
    if low in _CALL and text.startswith(" for ", m.end()):  # "a book calling for fiscal stimulus", not "was called for"
        return not _ASKED_PASSIVE.search(text, max(0, m.start() - 12), m.start())
    return ((low in _URGE or low in _ASK or low in _CALL and text.startswith(" on ", m.end()))
            and _URGED_TO.match(text, m.end(), e_content) is not None)


# "proposing a ban on X and taunting a rival": a request's object ends at the next act
_REQUESTING = frozenset("proposing urging demanding calling asking suggesting recommending questioning".split())
_LATER_REPORT = re.compile(r"\s+(?:after|before|when|as|because|since|while)\s+(?:[\w’'.\-]+\s+){1,5}?(?:%s)\b" % "|".join(
    sorted(w for w in CLAUSE_CUES if w.endswith("s") or w.endswith("ed") or w == "said")))
_AND_DOING = re.compile(r",?\s+and\s+[a-z]{3,}ing\b")
def _asks_for_action(text: str, m: re.Match[str]) -> bool:
    """"urged …", "called for/on …": a cue whose content is an action asked for."""
    low = m.group().lower()
    return low in _URGE or low in _CALL and text.startswith((" for ", " on "), m.end())


_MAIN_VERB = re.compile(r"\s+(?:has|have|had|is|are|was|were)\s+(?!to\b)[a-z]")
_NOT_TO = re.compile(r"(?:\bnot|n[’']t)\s+(?:to\s+)?$")  # "That’s not to suggest that …": nobody suggests it


def _earlier(a: re.Match[str] | None, b: re.Match[str] | None) -> re.Match[str] | None:
    """The match that starts first (a on a tie), or the one there is."""
    return a if b is None or a is not None and a.start() <= b.start() else b


def _first_match(text: str, start: int, end: int, *patterns: re.Pattern[str]) -> re.Match[str] | None:
    """The earliest match of any of `patterns` in text[start:end]."""
    hits = [h for h in (p.search(text, start, end) for p in patterns) if h]
    return min(hits, key=lambda h: h.start(), default=None)


# "As the Times noted in an op-ed Thursday, …": an "as" frame, its setting, then what was noted
_AS_FRAME = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?[Aa]s\s+(?:[\w’'.\-]+\s+){1,8}?(?:has\s+|had\s+|have\s+)?")
_AS_SETTING = re.compile(r"\s*(?:(?:in|on|at|during|last|this|earlier|recently)\b(?![^,;]*\b(?:what|how|why|whether|who)\b)"
                         r"[^,;:“”\"]{0,60}|[a-z]+ly),\s+")  # not "As X hints at what Y, Z"


def _pledge_to(text: str, m: re.Match[str]) -> bool:
    """A promise or an appeal with its infinitive: "pledged to cut the levy", "urged to wait"."""
    return m.group().lower() in _INFINITIVE_CUES and text.startswith(" to ", m.end())


_TOPIC_NOT_VERB_AFTER = frozenset("the a an of least most much lot".split())


def _topic_verb(text: str, s: int, m: re.Match[str]) -> bool:
    """A topic cue used as a verb of speaking: not an adjective after a possessive ("the leadership's repeated
    refusal"), a noun ("a lot of talk about", "the Trump comments start"), or a passive ("names mentioned as …")."""
    before = text[max(s, m.start() - 40):m.start()].split()
    prev = before[-1].lower() if before else ""
    if prev.endswith(("’s", "'s", "s’", "s'")) or prev in _TOPIC_NOT_VERB_AFTER:
        return False
    return not text.startswith(" as ", m.end()) or m.group().lower() not in _MENTION


_TRAILING_ADVERB = re.compile(r"\s+(?!(?:only|family|ally|rally|Italy|July)\b)[a-z]+ly$")
# "talked more about policy than he has", "more eager to speak about the budget than about the port"
_THAN_CLAUSE = re.compile(r"\s+than\s+(?:he|she|they|it|I|we|in|at|on|during|ever|before|usual|about|of)\b")
# A topic is a noun phrase: after its comma "but" or a verb resumes the sentence ("while talking about the
# issue, made no comment", "without mentioning Reis, but that may soon shift")
_TOPIC_RESUMES = re.compile(r",\s+(?:but|yet|for\s+example|made|said|told|gave|took|went|is|was|are|were|has|had)\b")
_AS_CLAUSE = re.compile(r"\sas\s+(?:he|she|they|it|we|(?:the\s+)?(?:(?:[A-Z][\w’'.\-]*\s+){1,3}|[a-z]+(?:s|men)\s+)[a-z]+(?:ed|s))\b")


def _topic_span(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> tuple[int, int]:
    """A topic without the "of" of "made no mention of God" and up to `_topic_end`."""
    if text.startswith("of ", start):
        start += 3
    return start, _topic_end(text, start, end, quotes)


def _topic_end(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """End of a topic before a clause of circumstance or a closing adverb: "condemned the launch as
    Pyongyang fired …" (but "condemned the test as “reckless”"), "did not mention Ryan directly"."""
    for ending in (_AS_CLAUSE, _THAN_CLAUSE, _TOPIC_RESUMES):
        clause = ending.search(text, start, end)
        if clause and not _inside(quotes, clause.start()):
            end = _strip_end(text, start, clause.start())
    adverb = _TRAILING_ADVERB.search(text, start, end)
    return adverb.start() if adverb and adverb.start() > start else end


_OBJECT_OPENERS = frozenset("the a an his her their its this these those any such some no our my your".split())


def _short_object(text: str, low: str, start: int) -> bool:
    """A noun phrase as the whole of what a clause cue reports: "denied the charges", "confirmed his
    participation" -- a determiner opens it, so it is no "said Tuesday" tail."""
    if low not in SHORT_OBJECT_CUES:
        return False
    first = text[start:start + 12].split(None, 1)
    return bool(first) and first[0].lower() in _OBJECT_OPENERS


_TOPIC_CLAUSE_OPENER = re.compile(r"\b(?:by|while|after|before|when|without)\s+$")


def _topic_clause(text: str, s: int, m: re.Match[str]) -> bool:
    """A topic participle that opens a clause of its own, its speaker left unnamed when the sentence does not
    say who: "After talking about security, …", "launched his campaign by talking about the wall"; and an
    infinitive whose object is what is (or is not) to be said: "came on the show to talk about the border",
    "has yet to explain why …", "refusing to concede that …", "Republicans continue to warn that …"."""
    to = _TO_BEFORE.search(text, max(s, m.start() - 20), m.start()) is not None
    if to and m.group() in _TALK_BASE:
        return True
    if to and (m.group() == "explain" or m.group() in _CLAUSE_BASE) and _EXPLAINED_CLAUSE.match(text, m.end()):
        return not _WRITERS_TO.search(text, max(s, m.start() - 20), m.start())
    return (m.group().endswith("ing") and m.group() in TOPIC_CUES
            and _TOPIC_CLAUSE_OPENER.search(text, max(s, m.start() - 10), m.start()) is not None)


_TALK_BASE = frozenset("talk speak".split())
# Base forms of clause cues whose that- or wh-clause is reported after "to" (but not "to explain the plan")
_CLAUSE_BASE = frozenset("""argue suggest claim insist note warn acknowledge admit deny confirm reveal stress emphasize
    assert predict declare concede disclose recount""".split())
_EXPLAINED_CLAUSE = re.compile(r"\s+(?:to\s+(?:[\w’'.]+\s+){1,3}?)?(?:why|how|what|who|whether|where|when|that)\s")
# "That's not to suggest that …", "This page was updated to note that …": the writer's own hedge or note
_WRITERS_TO = re.compile(r"\b(?:not|updated|corrected|amended|edited)\s+to\s+$")
_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$")


# "wrote about X", "wrote an op-ed on X": X is what the writing said something about
_WRITTEN_ON = re.compile(r"(?:(?:a|an|the|his|her|their|its)\s+(?:[\w’'.\-]+\s+){0,5}?(?:piece|op-ed|column|letter|article|essay|"
                         r"book|post|memo|editorial|paper)s?\s+(?:on|about)|about)\s+")
_EXPRESS = frozenset("express expressed expresses expressing".split())
_FEELING = re.compile(r"(?:(?:his|her|their|its|our|my|some|deep|strong|great|grave|serious|similar|much|little|no|"
                      r"growing|new|particular)\s+){0,2}[a-z]+\s+(?:about|for|with|over|that|at|toward|towards|in)\s+")


def _feeling_object(text: str, start: int, end: int) -> int:
    """Start of what a feeling expressed is about: "expressed concern that …", "expressed his condolences
    over the attack", "express support for Sanders" -- what was said is the matter, the feeling names it."""
    feeling = _FEELING.match(text, start, end)
    return feeling.end() if feeling and end - feeling.end() > 0 else start


_MENTION = frozenset("mention mentioned mentions mentioning".split())


# The speaker's relative clause runs up to the cue: "Sanders, who endorsed Canova and said A, did not B"
_RELATIVE_UNTIL_CUE = re.compile(r",\s+who\s[^,;:]*$")
_WARN_LIKE = frozenset("warn warned warns warning".split())


_RELATIVE_CUES = frozenset("""say says said add adds added argue argues argued claim claims claimed note notes noted
    allege alleges alleged contend contends contended insist insists insisted conclude concludes concluded""".split())


_CONCESSIVE = frozenset("though although whereas but yet".split())
_THAT_LATER = re.compile(r",\s+that\s")  # "cautioned, though not loudly, that …": the content comes later
_WRITE = frozenset("write wrote writes writing".split())
# "wrote" is speech with something written after it (that …, in …, a letter, a quotation); a bare
# circumstance ("write at a young age", "writes well") says only that someone can write.
_WRITE_NO_OBJECT = re.compile(r"\s*(?:[.;,)]|$)(?!\s*[“\"«„])|\s+(?:(?:%s)\b|(?!only\b)[a-z]+ly\b)" % "|".join(
    sorted(PREPOSITIONS - {"in", "on", "to", "about", "for", "under", "as"})))
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*)\s+$")
_INTERPOSED_PARTICIPLE = re.compile(r"[\s“\"]*((?:[Tt]he\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),\s+")
_FRAME_PARTICIPLE = re.compile(r",\s+(citing|noting|adding|arguing|insisting|warning)\s+(?:that\s+)?")
_SAYING = frozenset("""saying telling suggesting citing arguing asking noting explaining questioning insisting warning
    pointing denouncing slamming declaring""".split())  # participles that are nothing but speaking
_BY_DOING = re.compile(r"\b(?:by|after|before)\s+$")
_OPENING_ASKED = re.compile(r"[\s“\"]*(?:(?:[Aa]nd|[Bb]ut)\s+)?(?:[Ww]hen\s+)?")  # "When asked …" opening a sentence
_ASKED_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+$")


_AS_REPORTED_CUES = frozenset("reported noted".split())
_AS_REPORTED = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?[Aa]s\s+(?:first\s+|previously\s+|earlier\s+)?")


# What ends the object of "praised", "announced", "claimed": a circumstance, or a participle phrase
# about it ("praised Clinton’s record, crediting her with …", "claimed responsibility, leading …")
_OBJECT_END = re.compile(r"\s(?:as|after|while|when|because|before|since|until|amid|during|in\s+a\s+statement|following|"
                         r"in\s+the\s+wake\s+of|despite|"
                         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
                         r"|,\s+(?:[a-z]+ly\s+)?(?!(?:including|during|something|nothing|anything|everything|morning|evening|"
                         r"building|meeting|funding|spending|housing|training|bombing|shooting|hearing|ruling|king|thing)\b)"
                         r"[a-z]{2,}[^aeiou\W]ing\s(?!(?:and|or)\s)")
# Where and how a short object was given out ("claimed victory in a tweet", "denied the charges through his
# lawyer", "praised Reis at a news conference", "repeated them on Eva Lind’s radio show"): the object only
_MEDIA_TAIL = re.compile(r"\s(?:in\s+an?\s+(?:[\w’'\-]+\s+){0,3}?(?:interview|tweet|statement|"
                         r"appearance|op-ed|post|speech|letter)|at\s+(?:an?\s+|the\s+)?(?:news|press)\s+conference|"
                         r"through\s+(?:his|her|their|its|a)\s+(?:lawyer|attorney|spokes(?:man|woman|person))|"
                         r"on\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s\s+(?:[a-z]+\s+)?(?:radio|show|program)|"
                         r"on\s+(?:[A-Z][\w’'.\-]*\s+){1,4}Radio|"
                         # the occasion: "quoted the number at last week's forum", "restated her view at a town hall in …",
                         # "mentions him in almost every speech", "doesn't mention it on the campaign trail"
                         r"at\s+(?:an?|the|(?:last|this|next)\s+(?:week|month|year)[’']s)\s+(?:[\w’'\-]+\s+){0,3}?"
                         r"(?i:town\s+hall|forum|rally|fundraiser|fund-raiser|dinner|luncheon|breakfast|summit|campaign\s+(?:stop|event))|"
                         r"on\s+the\s+campaign\s+trail(?!\s*:)|in\s+(?:almost\s+|nearly\s+)?(?:every|each)\s+(?:speech|appearance|interview|rally))\b")
def _brief_noun_phrase(words: list[str]) -> bool:
    """A noun phrase of a few words ("no arrests", "her appreciation"), not an opening adverbial ("even on")."""
    return 0 < len(words) <= 4 and words[0].lower() not in PREPOSITIONS | {"even", "of", "just", "only"}


# ... or the day it was given out, closing the sentence or before its place: "reported no arrests late Monday"
_DAY_TAIL = re.compile(r"\s(?:(?:late|early|on|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:\s+(?:afternoon|morning|evening|night))?(?=\s*$|,|\s+(?:at|in|during)\s)")


def _day_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """_DAY_TAIL.search(text, start, end), searched only where a day's name can be (each ends in "day")."""
    return _DAY_TAIL.search(text, start, end) if text.find("day", start, end) >= 0 else None


_SAID_TO = re.compile(r"\s(?:is|are|was|were)\s+(?:(?:widely|also|often|long)\s+)?said\s+to\s")
# Whole answers too short for a clause: "Everyone but Lee said yes", "Flake said he would", "26 percent said the same"
_SHORT_ANSWER = re.compile(r"(?:yes|no|so|the\s+(?:same|opposite)|(?:he|she|they|it|I|we)\s+(?:would|could|will|did|does|do|had|has|have|"
                           r"was|were|is|are|should|might|can|wasn’t|wasn't|didn’t|didn't|wouldn’t|wouldn't|won’t|won't)"
                           r"(?:\s+not)?)[.,;!?]?")


_COLON_QUOTE = re.compile(r":\s*(?:[“\"«„]|``|'')")
# Verbs as often acts as speech: reported speech only with a that-clause or a quotation after them.
_THAT_NEXT = re.compile(r"\s*that\s*")  # "proposed that …", not "proposed legislation that …"
# "declared on national television that …", "maintained in an interview with Reuters that …"
_SETTING_THAT = re.compile(r"\s+(?:on|in|at|during|before)\s+[^,;:“\"”]{1,60}?\s+that\s*")


def _that_after_setting(text: str, cue_end: int, start: int) -> bool:
    """A that-clause after where it was said, opened by a subject: "declared in a speech that he …"
    -- not "declared on Monday a state of emergency that has …" (a relative clause of an object)."""
    if not _SETTING_THAT.fullmatch(text, cue_end, start):
        return False
    first = text[start:start + 20].split(None, 1)
    word = first[0] if first else ""
    return word[:1].isupper() or word.lower() in PRONOUNS or word.lower() in DETERMINERS or word.lower() in (
        "there", "this", "these", "those", "no", "any", "all", "every")
# "critics agreed it was still a costly plan": agreeing to a clause without "that" is a view voiced
_AGREE = frozenset("agree agreed agrees".split())
_BARE_CLAUSE = re.compile(r"\s+(?:he|she|they|it|we|I|(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'.\-]*)\s+"
                          r"(?:is|was|are|were|has|had|have|will|would|could|should|can|must)\b")
_ACTION_CUES = frozenset("""declare declared declares agree
    agreed agrees maintain maintained maintains""".split())
