"""Reported speech in and around relative clauses: 'which he said …', 'what Gingrich called “…”',
'Cruz, who said …', 'critics who say …'.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from bot.quotes.candidate import _Candidate
from bot.quotes.content import _CALL, _DESCRIBE, _content_after, _content_end
from bot.quotes.cues import _CUE_SET, _DETERMINERS
from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_CUES, CLAUSE_WORDS, CONJUNCTIONS, DETERMINERS, NOT_NAME, PERSON_NOUNS,
                                PREPOSITIONS, PRONOUNS)
from bot.quotes.spans import _START, _inside, _lead_space, _strip_end
from bot.quotes.subjects import _ADVERB, _FINITE, _QUOTE_CHARS, _VERBS, _WORD_SPANS, _looks_verb, _named, _np_ok
from bot.quotes.text import QuoteSpan

# A relative clause's subject, with an auxiliary or adverbs: "the union, which has strongly denied …"
_RELATIVE_SUBJECT = re.compile(r",\s+(?:who|which)(?:\s+(?:has|have|had|also|later|previously|once|first|[a-z]+ly)){0,2}\s+$")


def _relative_subject(text: str, s: int, m: re.Match[str]) -> bool:
    """The cue is the verb of a relative clause set off by a comma: "Bush and Christie, who say …", "the
    port union, which has warned that …" -- someone described speaks, even when the name is unclear."""
    return _RELATIVE_SUBJECT.search(text, max(s, m.start() - 60), m.start()) is not None


# A relative clause whose verb is framed by a cue: "which he said the government should pay for", "a storm
# that Lopes says cost him the boat", "who U.N. officials say is tied to the smugglers". The relativizer opens the
# content; the subject between it and the cue speaks.
_RELATIVE_FRAME = re.compile(r"(?<![\w’'])(which|that|who)\s+((?:[\w’'.\-]+\s+){0,4}?[\w’'.\-]+)"
                             r"(?:\s+(?:also|previously|now|later|have|has|had))?\s+$")
# Nouns whose "that" opens a content clause, not a relative one: "the claim that Trump said …"
_CONTENT_NOUNS = frozenset("""fact claim claims idea notion news report reports belief argument assertion suggestion
    statement evidence sign signs view possibility chance hope fear fears concern concerns word so such""".split())
# Unnamed groups that speak from inside a relative clause: "which critics say was discriminatory"
_SPEAKER_GROUPS = frozenset("""critics officials investigators experts analysts prosecutors authorities police aides
    advisers advisors allies sources students observers supporters opponents advocates economists scientists
    researchers lawmakers democrats republicans voters residents witnesses""".split())


def _frame_speaker(words: list[str]) -> bool:
    """A subject between a relativizer and its cue: "he", "the probe", "several Indiana GOP insiders",
    "critics"; not a verb phrase of a subject relative ("who has publicly", "who back her opponents")."""
    first = words[0].lower()
    if len(words) > 4 or first in ("it", "there"):
        return False
    if any(w.lower() in AUXILIARIES or w.lower() in _FINITE or w.lower() in CLAUSE_WORDS or _looks_verb(w)
           or _ADVERB.fullmatch(w) for w in words):
        return False
    if len(words) == 1 and first in PRONOUNS:
        return True
    return (words[0][:1].isupper() or first in _SPEAKER_GROUPS or first in _DETERMINERS or first in DETERMINERS
            or first in ("even", "u.s.", "federal", "state", "local", "government", "campaign"))


_RELATIVE_END = re.compile(r",\s+([a-z]+)\b|\s+and\s+(?:who|which|that)\s")


def _relative_end(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """The relative clause stops where its sentence goes on: "which officials said will start soon, will
    not apply to …" (a verb after the comma), "who officials say is tied to X and who claimed …"."""
    for cut in _RELATIVE_END.finditer(text, start, end):
        word = cut.group(1)
        if not _inside(quotes, cut.start()) and (word is None or word in _FINITE or word in AUXILIARIES or _looks_verb(word)):
            return _strip_end(text, start, cut.start())
    return end


def _relative_frame(text: str, s: int, m: re.Match[str], e_content: int) -> tuple[int, tuple[int, int]] | None:
    """(where the relative clause starts, its speaker) for a cue inside "which/that/who <speaker> <cue> …"."""
    rel = _RELATIVE_FRAME.search(text, max(s, m.start() - 60), m.start())
    if not rel:
        return None
    speaker = _np_ok(text, rel.start(2), rel.end(2))
    if speaker is None or not _frame_speaker(text[speaker[0]:speaker[1]].split()):
        return None
    after = text[m.end():e_content].split()
    if len(after) < 2 or after[0].lower() in ("that", "of", "about", "to", "in", "on", "at", "so", "it", "yes", "no") \
            or after[0][:1] in _QUOTE_CHARS or text[m.end():m.end() + 1] in ",:":
        return None  # "which he said that …", "who he said on Fox …": no clause framed, or a quotation follows
    before = text[max(s, rel.start() - 30):rel.start()].split()
    if before and before[-1].lower() in PREPOSITIONS:
        return None  # "a town in which 61 percent of residents say she …": the clause has no gap to fill
    if rel.group(1) == "that" and (not before or before[-1].lower().strip(",") in _CONTENT_NOUNS or _looks_verb(before[-1])
                                   or before[-1].lower() in _CUE_SET or before[-1].lower() in CLAUSE_WORDS
                                   or before[-1][-1:] in ",;:" or before[-1].lower() in PREPOSITIONS):
        return None  # "argued that Trump said …", "the claim that …": a complement clause, its speaker leads
    return rel.start(), speaker
_NAME_GIVEN = re.compile(r"(?:\s+(?![-—–]\s)(?!(?:and|but|or|as|to|that|which|who|because|when|while|in|on|at|for)\b)"
                         r"[\w’'“”\"\-]+){1,8}")
# 'a country that the last nominee, Ana Costa, called “our main rival”': the namer with an appositive
_RELATIVE_NAMER_APPOSITIVE = re.compile(r"\b(?:what|which|whom?|that)\s+((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+),\s+[^,;“”\"]{1,80},"
                             r"(?:\s+(?:once|has|had|have|also|repeatedly|recently|later|often|each))?\s+$")
_RELATIVE_NAMER = re.compile(r"\b(?:what|which|whom?|that)\s+((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)"
                             r"(?:\s+(?:once|has|had|have|also|repeatedly|recently|later|often|each))?\s+$")


_NOT_VERBS_S = frozenset("his its this as us has was is ties news".split())
_RELATIVE_SPEAKER = re.compile(r"\b(?:(which|who|whom)\s+(he|she|they|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})|"
                               r"(whose)\s+([a-z]+|[A-Z][\w’'.\-]*))(?:\s+(?:also|has|had|have|later|once|repeatedly))?\s+$")


def _relative_speech(text: str, s: int, m: re.Match[str], e_content: int, quotes: list[QuoteSpan],
                     para: int) -> _Candidate | None:
    """'the harbour board, which she argued wants to raise fees' (the relative pronoun is the subject
    of what was said: the content starts at it), 'Trump, whose attorneys argued that …'."""
    low = m.group().lower()
    if low not in CLAUSE_CUES:
        return None
    rel = _RELATIVE_SPEAKER.search(text, max(s, m.start() - 50), m.start()) if text.find(
        "wh", max(s, m.start() - 50), m.start()) >= 0 else None  # which, who, whom, whose: most windows have none
    if not rel or rel.group(2) and rel.group(2).split()[0].lower() in NOT_NAME:
        return None
    speaker = rel.span(2) if rel.group(2) else rel.span(4)
    start = _content_after(text, m.end(), e_content, m.group())
    if start is None:
        return None
    if not re.search(r"\bthat\s*$", text[m.end():start]):
        verb = text[start:start + 20].split(None, 1)[0].lower() if text[start:start + 20].strip() else ""
        if verb not in _FINITE and not (verb.endswith("s") and verb not in _NOT_VERBS_S):
            return None  # "which Braga has vowed to ignore": the pronoun is an object, not a speaker's subject
        start = rel.start()  # "which he argued seeks …": "which" is the subject of the words reported
    start += _lead_space(text, start)
    end = _content_end(text, start, e_content, quotes)
    if len(text[start:end].split()) < 3:
        return None
    return _Candidate(start, end, "indirect", m.group(), speaker, 3, para)


def _relative_naming(text: str, s: int, m: re.Match[str], e_content: int, quotes: list[QuoteSpan],
                     para: int) -> _Candidate | None:
    """'what Eva Lind called “the windiest summer”', 'which he described as “an open orchid”':
    a relative clause naming something in a quotation -- the clause is the content, its subject speaks."""
    low = m.group().lower()
    if low not in _CALL and low not in _DESCRIBE or low.endswith("ing"):
        return None
    rel = (_RELATIVE_NAMER.search(text, max(s, m.start() - 60), m.start())
           or _RELATIVE_NAMER_APPOSITIVE.search(text, max(s, m.start() - 140), m.start()))
    if not rel:
        return None
    quote_from = m.end()
    if low in _DESCRIBE:
        as_ = re.match(r"\s+as\b", text[m.end():m.end() + 4])
        if not as_:
            return None
        quote_from = m.end() + as_.end()
    span = _np_ok(text, rel.start(1), rel.end(1))
    if span is None or not _named(text, span) and text[span[0]:span[1]].split()[0].lower() not in DETERMINERS:
        return None
    i = bisect_left(quotes, quote_from, key=_START)
    if i < len(quotes) and not text[quote_from:quotes[i].start].strip():
        # the quotation follows the verb at once: 'called “a disgrace”', "called ''a disgrace''"
        # (past an appositive, 'what Costa, a port official, called “a farce”', only the quotation)
        start = quotes[i].start if "," in text[rel.start():m.start()] else rel.start()
        return _Candidate(start, min(quotes[i].end, e_content), "mixed", m.group(), span, 3, para)
    if rel.group().split()[0].lower() != "what" or low not in _CALL:
        return None
    # 'ending what she calls waste at the port': the name given, to the end of its phrase
    named = _NAME_GIVEN.match(text, quote_from, e_content)
    return _Candidate(rel.start(), named.end(), "indirect", m.group(), span, 3, para) if named else None


_WHO_BEFORE = re.compile(r"(?<![\w’'.\-])((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*),\s+(who)\s+$")


_WHICH_BEFORE = re.compile(r"(?<![\w’'.\-])(?:[Tt]he\s+)?((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*),\s+(which)\s+$")


_COURTESY_TITLES = frozenset("Mr. Mrs. Ms. Dr. Sen. Rep. Gov.".split())
_PERSON_PREPOSITIONS = frozenset("with on for against by behind like than about toward towards".split())


# A who-clause still open before "and": ', who answered her door on Sunday '
_WHO_CLAUSE_BEFORE = re.compile(r",\s+who\s+(?=[^,;:“”\"()]{1,110}$)")


def _who_antecedent(text: str, s: int, cue_start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Rui Lopes, who said he would …': (the name, the "who" that stands for it); 'The Washington
    Post, which argued that …' for an organization."""
    head = text[max(s, cue_start - 80):cue_start]
    words = head.split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    if words and words[-1] == "and":  # "Ana Reis, who answered her door and said …": the who-clause goes on
        who = _WHO_CLAUSE_BEFORE.search(text, max(s, cue_start - 130), cue_start - len(head) + head.rindex("and"))
        return _who_antecedent(text, s, who.end()) if who else None
    if words and words[-1] == "which":
        org = _WHICH_BEFORE.search(text, max(s, cue_start - 80), max(s, cue_start - 80) + head.rindex("which") + 6)
        if org and len(org.group(1).split()) > 1 and org.group(1).split()[0].lower() not in NOT_NAME - {"the"}:
            return org.span(1), org.span(2)
        return None
    if not words or words[-1] != "who":
        return None
    end = max(s, cue_start - 80) + head.rindex("who") + 3
    m = _WHO_BEFORE.search(text, max(s, cue_start - 80), end + 1)
    if not m:
        return None
    names = m.group(1).split()
    if names[0].lower() in NOT_NAME or names[0].lower() in DETERMINERS or names[-1].lower() in NOT_NAME:
        return None
    before = text[max(s, m.start(1) - 30):m.start(1)].split()
    # "steep for Mr. Lopes, who said", "sided with Reis, who has said": a person, not a place ("in Ohio, who")
    courtesy = names[0] in _COURTESY_TITLES and len(names) > 1 or bool(before) and before[-1].lower() in _PERSON_PREPOSITIONS and not (
        len(before) > 1 and before[-2][:1].isupper())  # "the Partnership for Conservative Principles, who": a name's tail
    if before and (before[-1].lower() in ("and", "or", "&", "of") or before[-1].lower() in PREPOSITIONS and not courtesy):
        return None  # "Trump and Cruz, who said": either of them; "minister of Westphalia, who": a place
    segment = text[max(s, m.start(1) - 60):m.start(1)].rsplit(",", 1)[-1].split()
    if "of" in segment[-8:] and not (courtesy and before[-1].lower() != "of" and "of" not in segment[-3:]):
        return None  # "a niece of Biden's opponent Christine O'Donnell, who claimed": the niece may be who
    return m.span(1), m.span(2)


# The group or person a relative "who" stands for when it is no name: "critics who say", "the 30 percent
# who said", "6 in 10 voters who say", "independent voters who said", "the Mexican president, who said"
_GROUP_NOUN = re.compile(r"[a-z]{3,}(?:ers|ists|ants|ents|ans|ics|ors|ees|ives|als|ies|ates)|[A-Z][a-z]+(?:ans|ats|ists)|"
                         r"those|others|some|many|several|people|men|women|children|percent|\d+%")
_POLL_SHARE = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine")
_MODIFIER_STOP = CLAUSE_WORDS | PREPOSITIONS | CONJUNCTIONS | _VERBS | frozenset("and or to".split())


def _group_antecedent(text: str, s: int, cue_start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'critics who say he should …', 'the 40 percent who say so too', 'the Mexican president, who said':
    (the group or person, the "who" that stands for it)."""
    start = max(s, cue_start - 90)
    if text.find("who", start, cue_start) < 0:
        return None  # the last word must be "who": most windows have none
    words = list(_WORD_SPANS.finditer(text, start, cue_start))
    while words and words[-1].group().lower() in AUXILIARIES:
        words.pop()
    if len(words) < 2 or words[-1].group() != "who":
        return None
    comma = text[words[-2].end():words[-1].start()].strip() == ","
    if text[words[-2].end():words[-1].start()].strip() not in ("", ","):
        return None
    noun = words[-2].group()
    person = noun.lower() in PERSON_NOUNS or noun.lower() in ("child", "voter")
    if not (person or _GROUP_NOUN.fullmatch(noun) or noun == "10" and len(words) > 3 and words[-3].group() == "in"):
        return None
    if comma and not person and not noun.endswith("s"):
        return None  # ", who" after a singular: only a person ("the Mexican president, who said")
    first = len(words) - 2
    while first > 0 and len(words) - 1 - first < 5:
        prev = words[first - 1]
        low = prev.group().lower()
        if (low == "in" and words[first].group() in ("10", "ten") and first > 1
                and _POLL_SHARE.fullmatch(words[first - 2].group().lower())):
            first -= 2  # "6 in 10 voters"
            break
        if (text[prev.end():words[first].start()].strip() or low in _MODIFIER_STOP or _looks_verb(prev.group())
                or low.endswith("ly") and prev.group()[:1].islower()):
            break
        first -= 1
        if low in DETERMINERS or low in _DETERMINERS or low in ("those", "other", "another"):
            break
    span = (words[first].start(), words[-2].end())
    if _looks_verb(words[first].group()) or text[span[0]:span[1]].split()[0].lower() in NOT_NAME - DETERMINERS - _DETERMINERS:
        return None
    before = text[s:span[0]].split()
    # "both farmers and independent traders who said …": a group listed mid-sentence (but "and those who
    # said X tended to …" is a subject whose clause ends unseen)
    listed = len(before) > 1 and text[span[0]:span[1]].split()[0].lower() != "those"
    if not before or before[-1].lower() in CONJUNCTIONS and not listed or len(before) <= 4 and before[-1].lower() == "of":
        return None  # "Those who said X tended to back Sanders": the clause is the subject, its content ends unseen
    return span, words[-1].span()
