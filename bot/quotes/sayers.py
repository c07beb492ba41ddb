"""Speakers of reported speech other than the subject right before the cue: unnamed sayers, participles
that share a clause's subject, joined clauses with a subject of their own, questions asked, topics not raised.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from bot.quotes.candidate import _Candidate
from bot.quotes.content import _content_after, _content_end, _infinitive
from bot.quotes.cues import _OPENING_PARTICIPLES, _cues
from bot.quotes.frames import _PARTICIPLE_ADVERBS, _after_attribution
from bot.quotes.leading import _THAT_CLAUSE_VERBS, _poll_subject
from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_CUES, CONJUNCTIONS, PARTICIPLE_CUES, PERSON_NOUNS, PREPOSITIONS, PRONOUNS,
                                TIME_WORDS)
from bot.quotes.relatives import _relative_subject
from bot.quotes.spans import _START, _inside, _inside_quote_marks, _lead_space, _strip_end
from bot.quotes.subjects import (_QUOTE_CHARS, _SAY, _TELL, _UNNAMED_PERSONS, _named, _np_ok, _np_subject, _speaker_intro,
                                 _subject_before)
from bot.quotes.text import QuoteSpan
from bot.quotes.trailing import _last_clause

_THAT_CLAUSE = re.compile(r"\s+(?:(?:on|last|this|earlier)\s+[A-Za-z]+\s+)?that\s")


# "…, said the port's director, …": an inverted frame, its speaker after the verb (not "said he would …")
_INVERTED_SPEAKER = re.compile(r"\s+(?!(?:he|she|they|it|we|I|you|there)\s)(?:[\w’'.\-]+\s+){0,4}?[\w’'.\-]+\s*[,.;]")


def _interrupted_subject(text: str, m: re.Match[str], before: str) -> bool:
    """"Ana Reis, who is weighing a run for mayor, said the port …": a subject interrupted by a phrase
    set off by commas still says what follows -- unless the verb is an inverted frame ("…, said the mayor,")
    or what follows goes on past a semicolon or a relative clause, where the content's end is unsure."""
    dashed = _CLOSING_DASH_ASIDE.search(before) is not None  # "Ana Reis - who backs the levy - said …"
    inverted = _INVERTED_SPEAKER.match(text, m.end())
    if inverted and any(w.lower().strip(",.;") in AUXILIARIES for w in inverted.group().split()):
        inverted = None  # "said Sanders has several options.": a clause, no speaker after the verb
    if not (before.endswith(",") and "," in before[:-1] or dashed) or inverted:
        return False
    stops, breaks = _stops_and_breaks(text)
    k = bisect_left(breaks, m.end())  # the next ";" or ", who" after the verb comes before its sentence's ". "?
    return not (k < len(breaks) and breaks[k] < _next_at(stops, m.end(), len(text)))


_CLOSING_DASH_ASIDE = re.compile(r"\w\s(--?|—|–)\s[^—–]{3,200}\s\1$")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:who|which)\s")


@lru_cache(maxsize=4)
def _stops_and_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where ". " and _CLAUSE_BREAK occur in the article, found once: a search from each verb to the next ". "
    runs to the article's end in one without full stops ("said, said, …": quadratic)."""
    return [m.start() for m in re.finditer(r"\. ", text)], [m.start() for m in _CLAUSE_BREAK.finditer(text)]


def _next_at(positions: list[int], pos: int, default: int) -> int:
    k = bisect_left(positions, pos)
    return positions[k] if k < len(positions) else default


# ", as the Gazette reported on Tuesday," / ", as Reis noted.": a frame after the clause it reports
_AS_BEFORE_CUE = re.compile(r",\s+(?:just\s+)?as\s+((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)\s+(?:(?:has|had|have|also|first)\s+)?$")
_AS_CUE_TAIL = re.compile(r"(?:\s+(?:on|in|last|this|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;.:“\"]{0,40})?(?:,|;|\.|$)")


def _as_frame_after(text: str, s: int, m: re.Match[str], e_content: int) -> tuple[int, int, tuple[int, int]] | None:
    """"Ames met the mayor that day, as the Gazette reported on Tuesday, and …": the clause before ", as" is
    what the frame reports (content start, end and speaker)."""
    frame = _AS_BEFORE_CUE.search(text, max(s, m.start() - 60), m.start())
    if frame is None or not _AS_CUE_TAIL.match(text, m.end(), e_content + 1):
        return None
    speaker = _np_ok(text, *frame.span(1))
    start = _last_clause(text, s, frame.start())
    if speaker is None or len(text[start:frame.start()].split()) < 4:
        return None
    if text[start:start + 20].split(None, 1)[0].lower() in PREPOSITIONS:
        # "In the old Soviet Union, as Smith reported, the party bosses had dachas": the frame interrupts one statement
        return (start, e_content, speaker) if text.startswith(",", m.end()) else None
    return start, _strip_end(text, start, frame.start()), speaker


def _unnamed_sayer(text: str, s: int, m: re.Match[str]) -> bool:
    """"Large majorities of the fishermen in the four harbour towns voting on Sunday said they back …": a subject too
    long or odd to take as a speaker still says something. The content is kept, the speaker left unresolved,
    when "say" (or "argue that", "warned that" …) plainly follows a noun and opens a clause."""
    low = m.group().lower()
    relative = _relative_subject(text, s, m)
    if low not in _SAY and not (low in _THAT_CLAUSE_VERBS and _THAT_CLAUSE.match(text, m.end())) and not (
            relative and low in CLAUSE_CUES):
        return False
    before = text[s:m.start()].rstrip()
    # "Ana Reis, the author of “Port Life,” said …": a title's marks inside an interrupted subject frame nothing
    interrupted = _interrupted_subject(text, m, before)
    titled = interrupted and before[:1].isalpha() and sum(before.count(c) for c in _QUOTE_CHARS[:5]) % 2 == 0
    if not before or not (before[-1].isalnum() or interrupted) or (not titled and any(c in before for c in _QUOTE_CHARS[:5])):
        return False  # '…,” said X' and '“…,” X said, …' are quotation frames, handled as such
    words = before.split()
    while len(words) > 1 and (words[-1].lower() in _BETWEEN_SUBJECT_AND_CUE or _ADVERB.fullmatch(words[-1])):
        words.pop()  # "voters still say", "but has since said": the word before the adverb decides
    prev = words[-1].lower()
    # "warned on Tuesday that the party …": "that" opens the clause, after the day
    after = ["that"] if _THAT_CLAUSE.match(text, m.end()) else text[m.end():m.end() + 40].split(None, 1)
    first = after[0] if after else ""
    if first[:1].isupper() and first.lower() not in TIME_WORDS and _NAME_CLAUSE.match(text, m.end()):
        first = "it"  # "… who want a ban said Monday’s ruling will …": a named subject opens the clause said
    if not first or not (first[0].islower() or first in _CONTENT_OPENERS):
        return False
    low_first = first.lower()
    if (low_first in PREPOSITIONS or low_first in TIME_WORDS or low_first in _NOT_CLAUSE_OPENERS
            or low_first.endswith(("ly", "ing"))):
        return False  # "said of Trump", "said this week", "said happily", "said answering a question"
    if relative:
        return True  # "Rubio faces Bush and Christie, who say he …", "the union, which has warned …": unresolved
    if prev in ("and", "but") and len(before.split()) >= 4:
        return True  # "A few minutes later they rushed everyone inside and said they …": a second verb, same subject
    return not (prev in PRONOUNS or prev in PREPOSITIONS or prev in CONJUNCTIONS or prev in _NOT_SAYERS)


# Adverbs between a subject and its verb of saying ("has since said", "still say", "now says")
_BETWEEN_SUBJECT_AND_CUE = frozenset("""still now also since later earlier again repeatedly previously already first never
    just only even ever often recently once then""".split())
_ADVERB = re.compile(r"[a-z]{3,}ly")
_CONTENT_OPENERS = frozenset("I It The A An".split())  # capitals that open the clause said
_NAME_CLAUSE = re.compile(r"\s+(?:(?:[A-Z][\w’'.\-]*\s+){1,3}|[A-Z][\w.\-]*[’']s\s+(?:[a-z]+\s+){1,2}?)(?:is|was|are|were|has|had|have|will|would|could|should|can|"
                          r"may|might|must|did|does|already|(?!(?:his|this|its|has|was|is|us)\b)[a-z]+(?:ed|s))\b")
# Participles of saying whose subject is the main clause's: "…, saying (that) …", "…, noting that …"
_SAYING_PARTICIPLES = frozenset("""saying noting adding arguing insisting warning stressing explaining acknowledging
    admitting stating""".split())
_OPENING_PARTICIPLE = re.compile(r"[\s“\"(]*(?:(?:But|And)\s+)?")
_AFTER_CLAUSE = re.compile(r"(?:,|,?\s+and)$")  # "…, saying", "… and saying"
_AFTER_CLAUSE_DASH = re.compile(r"(?:,|,?\s+and|\s(?:—|–|--?))$")  # a dash sets it off too: "… the charge — saying …"
# "aside from saying …", "despite admitting that …", "After saying …, she left": the clause's subject speaks
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]side\s+from|[Aa]part\s+from|[Ii]n\s+addition\s+to|[Bb]esides|[Dd]espite|[Aa]fter|"
                                 r"[Ww]hile)(?:\s+[a-z]+ly)?\s+$")
_DOCUMENT_BEFORE = re.compile(r"\b(?:issued|released|sent|posted|published)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'\-]+\s+)?"
                              r"(?:statement|e-?mail|letter|memo|message|release|tweet|video)\b[^,;.]{0,30},?\s*$")


_PROMISING = frozenset("vowing pledging promising".split())


def _promise_participle(text: str, s: int, m: re.Match[str]) -> bool:
    """"…, calling them thieves and vowing to rebuild the wall", "…, pledging that …": a promise by the
    main clause's subject, who may not be found; the content is kept with the speaker unresolved."""
    before = _PARTICIPLE_ADVERBS.sub("", text[max(s, m.start() - 200):m.start()].rstrip())
    if not _AFTER_CLAUSE.search(before) or len(text[s:m.start()].split()) < 4:
        return False
    after = text[m.end():m.end() + 40].split(None, 2)
    return bool(after) and (after[0] == "that" or _infinitive(after))


# "…, accusing him of …", "…, criticizing her for …": a charge, with what it is for
_CHARGING = {"accusing": re.compile(r"\s+(?:[\w’'.\-]+\s+){1,6}?of\s"),
             "criticizing": re.compile(r"\s+(?:[\w’'.\-]+\s+){1,6}?for\s")}


def _charge_participle(text: str, s: int, m: re.Match[str]) -> bool:
    """"Then he cut into Ruiz, accusing him of lying": a charge by the main clause's subject, who may
    not be found; the content is kept with the speaker unresolved."""
    before = _PARTICIPLE_ADVERBS.sub("", text[max(s, m.start() - 200):m.start()].rstrip())
    return (_AFTER_CLAUSE.search(before) is not None and len(text[s:m.start()].split()) >= 4
            and _CHARGING[m.group().lower()].match(text, m.end()) is not None)


_AND_BETWEEN = re.compile(r"[\s,]*(?:and|but)\s+(?:then\s+|also\s+)?")  # "saying A but suggesting B": one speaker


def _coordinated_participle(text: str, m: re.Match[str], found: list[_Candidate]) -> tuple[int, int] | None:
    """"Lopes cut into Ruiz, calling him a bore and accusing him of …": a second speaking participle
    joined by "and" to the one before it has the same speaker."""
    prev = found[-1] if found else None
    if prev is None or prev.cue is None or prev.cue.lower() not in PARTICIPLE_CUES or prev.kind != "indirect":
        return None
    return prev.mention if _AND_BETWEEN.fullmatch(text, prev.end, m.start()) else None


def _unnamed_participle(text: str, s: int, m: re.Match[str]) -> bool:
    """"One aide to the mayor tried to play the remarks down, saying they were …", "… aside from saying
    he wants …": the main clause's subject speaks even when it is not found; the content is kept with the
    speaker unresolved."""
    low = m.group().lower()
    if m.group() in _OPENING_PARTICIPLES and _OPENING_PARTICIPLE.fullmatch(text, s, m.start()):
        return True  # "Noting that A, Tester said B": the subject after the opening phrase noted A
    if low in _PROMISING and not m.group()[0].isupper():
        return _promise_participle(text, s, m)
    if low in _CHARGING and not m.group()[0].isupper():
        return _charge_participle(text, s, m)
    if low == "alleging":  # "a lawsuit filed in 2013 alleging that …": the filing alleges, its filer unsure
        return _FILING_BEFORE.search(text, max(s, m.start() - 60), m.start()) is not None and text.startswith(" that ", m.end())
    if low not in _SAYING_PARTICIPLES or m.group()[0].isupper():
        return False
    before = _PARTICIPLE_ADVERBS.sub("", text[max(s, m.start() - 200):m.start()].rstrip())
    prepositional = _PREPOSITION_BEFORE.search(text, max(s, m.start() - 40), m.start())
    if not prepositional and (not _AFTER_CLAUSE_DASH.search(before) or len(text[s:m.start()].split()) < 4):
        return False
    if _DOCUMENT_BEFORE.search(text, max(s, m.start() - 60), m.start()):
        return False  # "X issued a statement Thursday, saying …": the statement's own rule names X
    after = text[m.end():m.end() + 40].split(None, 1)
    first = after[0].lower() if after else ""
    if low != "saying" and first != "that":
        return False  # "noting the size of the crowd": a topic; "noting that …" a statement
    return bool(first) and (after[0][0].islower() or after[0] in _CONTENT_OPENERS) and not (
        first in PREPOSITIONS or first in TIME_WORDS or first in _NOT_CLAUSE_OPENERS or first.endswith(("ly", "ing")))
# A filing that alleges: "a lawsuit filed in 2013 alleging that …", "a letter the campaign sent on Monday alleging that …"
_FILING_BEFORE = re.compile(r"\b(?:lawsuits?|suits?|complaints?|letter|indictment|petition|filing|motion|stories|reports?)\b[^.;:“\"]*$")
_NOT_CLAUSE_OPENERS = frozenset("""of without than this that's when while as after before because if since until unless
    though although whereas where""".split())
# Before "say": not a subject ("those who said", "one could say", "hearing him say", "a larger say")
_NOT_SAYERS = frozenset("""him her them who which that what everything must could would should might may can will
    larger easier let you to not be been being is was were are""".split())
# What stands between the subject and a topic or object cue it did not (or would not) use: "Trump did not
# mention", "Cruz never mentioned", "A spokeswoman declined to comment on", "He failed to mention", "did not
# explain the delay", "Trump made no mention of" (the noun, with "of" after it).
_NEGATION_BEFORE = re.compile(r"(?:\b(?:did|does|do|would|could|has|have|had)(?:\s+not|n[’']t)|\bnever|"
                              r"\b(?:declined|declines|refused|refuses|has\s+refused|have\s+refused|hesitated|was\s+quick|"
                              r"were\s+quick|went\s+off\s+script|failed|fails|neglected|forgot|careful\s+not)(?:\s+at\s+first)?\s+to|"
                              r"\b(?P<noun>(?:made|makes|make)\s+(?:no|little|scant|only\s+passing)(?:\s+[a-z]+)?))(?:\s+[a-z]+ly)?\s+$")


def _negated_subject(text: str, s: int, m: re.Match[str]) -> tuple[int, int] | None:
    """Speaker of a topic not raised: "Reis did not mention Lind", "Lopes never mentioned Reis by name",
    "A spokeswoman declined to comment on the request" -- what was left unsaid is still reported speech."""
    neg = _NEGATION_BEFORE.search(text, max(s, m.start() - 40), m.start())
    if neg and neg.group("noun") and not (m.group() == "mention" and text.startswith(" of ", m.end())):
        return None  # "made no mention of": only the noun "mention"
    got = _subject_before(text, s, neg.start()) if neg else None
    if not got or got[2] and not _speaker_intro(text, s, got[1]):
        return None  # "In a departure from custom, Trump made no mention of …" keeps its speaker
    last = text[got[0][0]:got[0][1]].split()[-1].lower()
    return got[0] if _named(text, got[0]) or last in _UNNAMED_PERSONS else None


_JOINING = re.compile(r"(,)?\s+(?:and|but|while|whereas)\s+(?=\S)")


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_SHARE = re.compile(r"((?:(?:nearly|about|almost|roughly|just|only|more\s+than|fewer\s+than|less\s+than)\s+)?"
                    r"(?:%s(?:\s+in\s+%s|\s+percent|%%)|(?:a|one|two)[\s-](?:thirds?|quarters?|fifths?)|three[\s-]quarters|half))"
                    r"(?:\s+(?:also|now|still))?(?:\s+(?:have|had))?\s+" % (_NUMBER, _NUMBER))
_GROUP_WORDS = frozenset("others many some most few another all both".split())


def _joined_clause(text: str, content_start: int, cue_start: int) -> tuple[tuple[int, int], int] | None:
    """A clause of its own joined to reported content, with a subject and a cue of its own: "A, and
    other GOP leaders said B", "A and others have said B", "A, while Sen. Ames suggested B".
    Returns the new speaker phrase and where the first content ends."""
    joins = list(_JOINING.finditer(text, max(content_start, cue_start - 100), cue_start))
    if not joins:
        return None
    join = joins[-1]
    if _inside_quote_marks(text, content_start, join.start()) or len(text[content_start:join.start()].split()) < 3:
        return None
    share = _SHARE.fullmatch(text, join.end(), cue_start)
    if share:  # "A, and nearly three in five said B": a poll's share of respondents
        return share.span(1), join.start()
    got = _subject_before(text, join.end(), cue_start)
    if not got or got[2] or got[0][0] != join.end():
        return None
    span = got[0]
    words = text[span[0]:span[1]].split()
    first, last = words[0].lower(), words[-1]
    group = (first in _GROUP_WORDS or first in ("he", "she", "they") or _np_subject(text, span)
             or last[:1].islower() and (last.endswith("s") or last.lower() in PERSON_NOUNS)
             or _poll_subject(text, join.end(), cue_start))
    # a bare name after "and" may still be part of the content's subject ("said Russia and China agreed"),
    # a party after a whole clause is not: "Republicans said the probe was botched and Democrats accused …"
    party = len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ans|ats)", last) and len(text[content_start:join.start()].split()) >= 4
    if not group and not party and not (join.group(1) and _named(text, span)):
        return None
    return span, join.start()


_SUBORDINATOR = re.compile(r"\s(?:after|when|before|because|once)\s")
# Words that make the subordinator part of a phrase, not a clause of its own: "hours after", "in part because"
_SUBORDINATOR_HEADS = frozenset("""hours days weeks months years minutes moments shortly soon just right long only even
    part largely partly mainly""".split())


def _subordinate_speaker(text: str, content_start: int, cue_start: int) -> tuple[tuple[int, int], int] | None:
    """A subordinate clause with a speaker of its own inside reported content: "called for Ames to be banned
    after the candidate suggested B", "admitted it erred when a local doctor reported B". Returns the new
    speaker phrase and where the first content ends."""
    subs = list(_SUBORDINATOR.finditer(text, max(content_start, cue_start - 80), cue_start))
    if not subs or _inside_quote_marks(text, content_start, subs[-1].start()):
        return None
    sub = subs[-1]
    before = text[content_start:sub.start()].split()
    if len(before) < 3 or before[-1].lower() in _SUBORDINATOR_HEADS:
        return None
    got = _subject_before(text, sub.end(), cue_start)
    if not got or got[2] or got[0][0] != sub.end() or text[got[0][0]:got[0][1]].lower() in PRONOUNS:
        return None  # "… before he announced B": the same speaker's story goes on
    return got[0], sub.start()


def _participle_after(text: str, trailing: _Candidate, cues: list[re.Match[str]], e_content: int,
                      quotes: list[QuoteSpan]) -> _Candidate | None:
    """'A, Manafort said, adding that B': B is a second attribution to the trailing frame's speaker."""
    for m in cues:
        if m.start() <= trailing.end or m.group() not in PARTICIPLE_CUES or not text[:m.start()].rstrip().endswith(","):
            continue
        start = _content_after(text, m.end(), e_content, m.group())
        if start is None:
            return None
        start += _lead_space(text, start)
        end = _content_end(text, start, e_content, quotes)
        if len(text[start:end].split()) < 3:
            return None
        return _Candidate(start, end, "indirect", m.group(), trailing.mention, 3, trailing.paragraph)
    return None
_ASKED_WHEN = re.compile(r"\b[Ww]hen\s+$")
_ASKED_QUESTION = re.compile(r"(?:\s+(?:by\s+)?(?:reporters|journalists|him|her|them|me|us)\b)?"
                             r"(?:\s+(?:on|in|at|during|last|this|by)\s+[^,;“\"]{1,40}?)?(?:\s+(?:later|again|directly|specifically|recently))?"
                             r"\s+(?:(about)\s+|(?=(?:whether|if|what|how|why|who|whom|which|when|where|to)\s))")


_QUESTION_END = re.compile(r"\s+(?:[—–]|-{1,2})\s+|\s+by\s+(?:the\s+)?[A-Z]|\s+(?:during|in)\s+(?:an?|the|his|her)\s+(?:[a-z]+\s+)?(?:interview|debate|appearance|speech|news|press)")


def _framed_speaker(text: str, s: int, cue_start: int, quotes: list[QuoteSpan]) -> tuple[int, int] | None:
    """'“…,” said Rui Lopes, chairman of the port, noting that …': a participle after a quotation's frame
    shares the frame's speaker."""
    head = text[s:cue_start].rstrip()
    sub = _WHILE_DOING.search(head, max(0, len(head) - 12))
    if sub:  # '“…,” Reis said, while arguing that …': a subordinator before the participle
        cue_start = s + sub.start() + 1
    elif not head.endswith((",", ",”", ',"', ",''")):  # a comma inside a title's closing mark too
        return None
    i = bisect_right(quotes, cue_start, key=_START) - 1
    if i < 0 or quotes[i].end <= s or quotes[i].end > cue_start:
        return None
    frame = _after_attribution(text, quotes[i].end, cue_start)
    if frame is None and i > 0 and quotes[i - 1].end > s and quotes[i].end - quotes[i].start < 40:
        # '“…,” Reis said on the show “Morning Talk,” adding …': a short title inside the frame, which follows
        # the quotation before it
        frame = _after_attribution(text, quotes[i - 1].end, cue_start)
    if frame is None or text[frame[2]:cue_start].count(",") > 3 or _cues(text, frame[2], cue_start):
        return None
    return frame[1]


_WHILE_DOING = re.compile(r",\s+(?:while|before|after)$")


def _answered_when_asked(text: str, s: int, cue_start: int) -> bool:
    """'When asked whether …, she said', '“…,” he said when asked if …': a question put to someone
    whose answer is reported -- not "reported “no opinion” when asked …", a reaction to a poll."""
    when = _ASKED_WHEN.search(text, max(s, cue_start - 6), cue_start)
    if not when:
        return False
    head = text[s:when.start()].split()
    if not head or len(head) == 1 and head[0].lower() in CONJUNCTIONS:
        return True
    return any(c.group().lower() in _SAY or c.group().lower() in _TELL for c in _cues(text, max(s, when.start() - 60), when.start()))


def _question_asked(text: str, m: re.Match[str], e_content: int, quotes: list[QuoteSpan],
                    para: int, wh_only: bool = False) -> _Candidate | None:
    """The question of an unnamed asker, up to its clause's comma."""
    q = _ASKED_QUESTION.match(text, m.end(), e_content)
    if not q:
        return None
    if wh_only and (q.group(1) or text.startswith("to ", q.end())):
        return None
    if q.group(1) and m.group()[0].isupper():
        return None  # "Asked about Trump's remarks, X said": a topic more often than a question
    start = q.end()
    end = e_content
    commas = [c for c in range(start, e_content) if text[c] == "," and (
        not _inside(quotes, c) or text[c + 1:c + 2] in _QUOTE_CHARS and text[c + 2:c + 3] == " ")]
    for comma in commas:  # the question ends where the answerer's clause starts: "…, Rubio said"
        cues = _cues(text, comma + 1, min(e_content, comma + 80))
        got = _subject_before(text, comma + 1, cues[0].start()) if cues else None
        if got and not got[2]:
            end = _strip_end(text, start, comma)
            break
    else:
        if commas:  # "Asked whether X, the nominee, could win, Ban demurred": a short last clause answers
            last = commas[-1] if len(text[commas[-1]:e_content].split()) <= 6 else commas[0]
            end = _strip_end(text, start, last)
    cut = _QUESTION_END.search(text, start, end)
    if cut and not _inside(quotes, cut.start()):
        end = _strip_end(text, start, cut.start())
    if len(text[start:end].split()) < 2:
        return None
    return _Candidate(start, end, "indirect", m.group(), None, 3, para)
