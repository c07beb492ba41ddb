"""Reported speech with a trailing or interposed frame ('…, Wang said.', 'The test, he said, was …')
and the source of 'according to'.
"""
from __future__ import annotations

import re

from bot.quotes.candidate import _Candidate
from bot.quotes.content import _THREATEN, _content_end, _trailing_tail
from bot.quotes.cues import _DETERMINERS, _cues
from bot.quotes.leading import _LAST_DASH
from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_CUES, CLAUSE_WORDS, CONJUNCTIONS, OBJECT_CUES, PARTICIPLE_CUES,
                                QUOTE_PARTICIPLES, PREPOSITIONS, PRONOUNS, QUOTE_CUES)
from bot.quotes.spans import _lead_space, _strip_end
from bot.quotes.subjects import _FINITE, _QUOTE_CHARS, _SAY, _SUBORDINATORS, _named, _np_ok, _proper_name, _subject_before
from bot.quotes.text import QuoteSpan


def _titled_source(phrase: str) -> bool:
    """A source holding a quoted title: "his book “The Deal”", "the ''Medicare for all'' document"."""
    return (phrase.count("“") == phrase.count("”") and phrase.count('"') % 2 == 0 and phrase.count("''") % 2 == 0
            and not phrase.lstrip().startswith(("“", '"', "''")) and bool(re.search(r"[“\"]|''", phrase)))


def _source_after(text: str, start: int, e: int) -> tuple[int, int] | None:
    """The source named after "according to": a noun phrase up to the next comma or the sentence end
    ("a Braga Herald/Radio Norte poll taken last week", "Eva Lind, head of ...")."""
    end = _strip_end(text, start, e)
    comma = text.find(",", start, end)
    np_end = comma if comma >= 0 else end
    while start < np_end and text[start].isspace():
        start += 1
    phrase = text[start:np_end]
    words = phrase.split()
    titled = _titled_source(phrase)
    if not words or len(words) > 20 or not titled and ("''" in phrase or any(c in phrase for c in _QUOTE_CHARS.replace("’", "").replace("'", ""))):
        return None
    if words[0].lower() in CLAUSE_WORDS or words[0].lower() in PRONOUNS and len(words) > 1:
        return None
    if titled:  # the title names a work, not a speaker: "his book" of "his book ''The Deal''"
        np_end = start + re.search(r"[“\"]|''", phrase).start()
    return start, _strip_end(text, start, np_end)


def _trailing(text: str, s: int, e: int, e_content: int, para: int, cues: list[re.Match[str]],
              quotes: list[QuoteSpan]) -> _Candidate | None:
    for m in reversed(cues):  # trailing: "..., Wang said." / "..., said Wang, also ..."
        cue = m.group()
        low = cue.lower()
        if low == "according to":
            comma = text.rfind(",", s, m.start())
            if comma > s and text[comma:m.start()].strip() == ",":
                mention = _source_after(text, m.end(), e)
                before = text[s:comma].split()
                rest = text[mention[1]:e_content].lstrip(" ,").split() if mention else []
                if len(before) < 3 and len(rest) >= 3 and rest[0].lower() in _FINITE and before[0][:1].isupper():
                    # "The implication, according to X, is that …": a short subject, the frame inside
                    return _Candidate(s, e_content, "indirect", cue, mention, 3, para)
                # "… treatment there, according to the AP.", "…, according to Lopes, a pollster": no clause follows
                # the source, so a last word such as "there" or "been" ends the content, not a lead-in
                ends = (not rest or rest[0].lower() in ("a", "an")) and before[-1].lower() not in _FINITE
                if (not mention or len(before) < 3 or (before[-1].lower() in CLAUSE_WORDS
                        or before[-1].lower() in _SUBORDINATORS) and not ends):
                    continue  # "… after, according to him, X did Y": the clause after the source
                if len(rest) >= 3 and (len(before) <= 6 or rest[0].lower() in _FINITE):
                    # "At the root of the dispute, according to X, is ...": the frame interrupts the content
                    return _Candidate(s, e_content, "indirect", cue, mention, 3, para)
                return _Candidate(_last_clause(text, s, comma), _strip_end(text, s, comma), "indirect", cue, mention, 3, para)
            before = text[s:m.start()].split()
            mention = _source_after(text, m.end(), e)
            if (mention and _strip_end(text, s, e) == mention[1] and len(before) >= 6 and "," not in text[s:m.start()]
                    and before[-1].lower() not in CLAUSE_WORDS and before[-1].lower() not in PREPOSITIONS):
                # "Costa is now well ahead 44 percent to 37 percent according to a Porto poll."
                s = _last_clause(text, s, m.start())
                return _Candidate(s, _strip_end(text, s, m.start()), "indirect", cue, mention, 3, para)
            continue
        if (low not in CLAUSE_CUES and low not in QUOTE_CUES or low in OBJECT_CUES or low in PARTICIPLE_CUES
                or low in QUOTE_PARTICIPLES or low in _THREATEN):
            continue  # (a threat is what follows it: "…, while Ames has threatened to quit")
        if text.find(",", s + 1, m.start()) < 0:
            continue  # every reading below ends its content (or its subject) at a comma before the cue
        if _trailing_tail(text, low, m.end(), e):
            found = _subject_before(text, s, m.start())
            if found and found[2]:
                span, np_start, _ = found
                comma = text.rfind(",", s, np_start)
                if comma > s and len(text[s:comma].split()) >= 4:
                    return _Candidate(s, _strip_end(text, s, comma), "indirect", cue, span, 3, para)
        else:
            # interposed: "The new bridge, the council said, was its costliest yet": one attribution
            # whose content surrounds its frame, kept as the whole sentence
            tail = _INTERPOSED_TAIL.match(text, m.end(), e)
            found = _subject_before(text, s, m.start()) if tail else None  # each reading below needs the tail
            rest = len(text[tail.end():e_content].split()) if tail else 0
            if found and found[2] and tail and (_circumstantial(text, s, tail.end(), e_content) or (
                    _SPEECH_PARTICIPLE_NEXT.match(text, tail.end()) and tail.group().strip() == ","
                    and not _subordinate_opening(text, s, tail.end()))):
                # "Fishing was good, she said, wiping her hands": the frame's circumstances, not more content
                span, np_start, _ = found
                comma = text.rfind(",", s, np_start)
                if comma > s and len(text[s:comma].split()) >= 3:
                    return _Candidate(s, _strip_end(text, s, comma), "indirect", cue, span, 3, para)
            elif found is None and tail and rest >= 3 and _unnamed_interposed(text, s, m, tail.end(), e_content):
                # "Cutting rates too late, a number of economists say, deepened the slump": a frame whose
                # subject is too long to name still interrupts one statement, kept whole
                return _Candidate(s, e_content, "indirect", cue, None, 3, para)
            elif found and found[2] and tail and rest >= 2:
                span, np_start, _ = found
                comma = text.rfind(",", s, np_start)
                # "A harbour master's job, she said, should be to warn the boats": a later cue word inside the
                # content is no new frame; only one right after the frame is ("CNN, Cruz said, called …")
                later_cue = (_cues(text, tail.end(), e_content) if rest < 3 or _QUOTE_OPEN.match(text, tail.end())
                             else _cues(text, tail.end(), min(e_content, tail.end() + 12)))
                name_first = _QUOTE_OPEN.match(text, tail.end()) and _proper_name(text[s:comma].split())
                if comma > s and text[np_start:span[0]].strip(" ,") == "" and not later_cue and not name_first and (
                        rest >= 3 or not _QUOTE_OPEN.match(text, tail.end())):
                    # (but "Ann Lee, head of the group, stated, “…”": the name is the speaker, her role set off)
                    # "Bound together by ..., the two towns, Reis said, now have ...": the clause the
                    # frame interrupts starts after the last comma before it
                    earlier = text.rfind(",", s, comma)
                    start = earlier + 1 + _lead_space(text, earlier + 1) if earlier > s and len(
                        text[earlier:comma].split()) >= 2 else s
                    start = _after_last_dash(text, start, comma)
                    if (_QUOTE_OPEN.match(text, tail.end()) or text.startswith("''", tail.end())) and _ANSWERING.match(
                            text, start, comma):
                        start = tail.end() + _lead_space(text, tail.end())  # "when asked if …, he said, “…”": the answer
                    # the rest after the frame ends like any content: "…, he said, have grown, although …"
                    return _Candidate(start, _content_end(text, tail.end(), e_content, quotes), "indirect", cue, span, 3, para)
        before = text[s:m.start()].rstrip()
        if before.endswith(",") and len(before.split()) >= 4 and not _opens_with_subject(text, s, m.start()):
            tail_end = _strip_end(text, m.end(), e)
            comma = text.find(",", m.end(), tail_end)
            np_end = comma if comma >= 0 else tail_end
            who = _INVERTED_WHO.search(text, m.end(), np_end)  # "said a few councillors who point to …"
            span = _np_ok(text, m.end(), who.start() if who else np_end)
            if span and (comma < 0 and not who or _describes_speaker(text[comma if comma >= 0 else who.start():tail_end])):
                return _Candidate(s, _strip_end(text, s, s + len(before) - 1), "indirect", cue, span, 3, para)
            named = span is not None and _named(text, span) and text[span[0]:span[0] + 1].isupper()
            resume = _RESUMED_CLAUSE.search(text, comma, tail_end) if named and comma >= 0 and low in _SAY else None
            if (resume and len(text[resume.end():e_content].split()) >= 2 and not _cues(text, m.end(), resume.start())
                    and (resume.start() == comma or _describes_speaker(text[comma:resume.start()]))):
                # "The gap, said Lind and others, would be wide …", "The paradox, says X, a historian,
                # is that …": the frame interrupts one statement, kept whole
                return _Candidate(s, e_content, "indirect", cue, span, 3, para)
    return None


def _unnamed_interposed(text: str, s: int, m: re.Match[str], rest: int, end: int) -> bool:
    """", a wide array of economists say, ": a short lower-case subject between commas before "say", the
    sentence going on with its verb after the frame."""
    if m.group().lower() not in _SAY:
        return False
    comma = text.rfind(",", s, m.start())
    words = text[comma + 1:m.start()].split() if comma > s else []
    last = words[-1].lower() if words else ""
    return (2 <= len(words) <= 8 and words[0][:1].islower() and words[0].lower() not in CONJUNCTIONS
            and last.endswith("s") and last not in _DETERMINERS and last not in AUXILIARIES  # "economists", not "their"
            and not any(w in ("and", "or", "but") for w in words)
            and words[0].lower() not in PRONOUNS and not any(c in text[comma:m.start()] for c in _QUOTE_CHARS[:5])
            and len(text[s:comma].split()) >= 2 and not _cues(text, rest, min(end, rest + 12)))


_DASH_AND = re.compile(r"(?:and|but)\s+")


def _after_last_dash(text: str, start: int, comma: int) -> int:
    """Where the clause a frame interrupts starts when a dash sets it off: "He had a rally that night - and the
    permit, his aide said, was hard to get" (the permit's clause, not the writer's first one)."""
    dash = _LAST_DASH.search(text, start, comma)
    if not dash:
        return start
    lead = _DASH_AND.match(text, dash.end())
    return lead.end() if lead else dash.end()


_RESUMED_CLAUSE = re.compile(r",\s+(?:is|are|was|were|would|will|could|should|can|may|might|has|have|had|remains|remained)\s")


# A clause that sets up the answer that follows its frame: "and when asked whether …, he said, “…”"
_ANSWERING = re.compile(r"(?:(?:and|but)\s+)?(?:when|after|if|once|asked)\s")
_LAST_CLAUSE = re.compile(r",\s+(?:(?:and|but|with)\s+|(?=(?:which|who)\s))|:\s+")


def _last_clause(text: str, s: int, comma: int) -> int:
    """A trailing "according to X" vouches for the last clause only: "There is one law ..., and Clinton
    broke it, according to Y" -> "Clinton broke it"; "..., with a net worth of $100,000, according to Y"."""
    start = s
    for m in _LAST_CLAUSE.finditer(text, s, comma):
        rest = text[m.end():comma]
        relative = rest.startswith(("which", "who"))  # "…, which stood at 263", not "X, who owns Y, has Z"
        if len(rest.split()) >= (5 if relative else 3) and not (relative and "," in rest):
            start = m.end()
    return start


_INVERTED_WHO = re.compile(r"\s(?:who|whose)\s")


def _describes_speaker(tail: str) -> bool:
    """What follows an inverted speaker only describes it: ", the director of SITE, which tracks …",
    ", an Orlando Republican who founded …", " who was elected in 2012" — no clause of the sentence's own."""
    words = [w.lower().strip(",") for w in tail.split()]
    clause = next((w for w in words if w in CLAUSE_WORDS), None)
    if clause is None:
        return True
    return clause in ("who", "which", "whose") and not _cues(tail[:tail.lower().find(clause)])


def _opens_with_subject(text: str, s: int, cue_start: int) -> bool:
    """'Rui Lopes, who also serves as …, said builders …': the sentence opens with its speaker,
    so the cue leads the content rather than following it."""
    found = _subject_before(text, s, cue_start)
    return bool(found) and not found[2] and _named(text, found[0])


# What follows "X, he said," when it only describes the saying: "wiping sweat off his face", "on condition of …"
_CIRCUMSTANTIAL = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{2,}ing\b|(?:on|in|at|during|with|without|speaking|according)\s")


def _circumstantial(text: str, s: int, rest: int, end: int) -> bool:
    """After "A, he said," comes only how it was said ("wiping her hands", "on condition of
    anonymity"): no verb of its own, no speech participle ("adding that …"), and A a plain clause (not
    "Though A, he said, B" nor "Weighing in, X agreed")."""
    m = _CIRCUMSTANTIAL.match(text, rest, end)
    words = text[rest:end].split()
    return bool(m) and words[0].lower() not in QUOTE_CUES and not any(
        w.lower() in CLAUSE_WORDS or w.lower() in _FINITE or w.lower() in AUXILIARIES for w in words) and not (
        _subordinate_opening(text, s, rest))


def _subordinate_opening(text: str, s: int, rest: int) -> bool:
    """"Though A, he said, B" / "Weighing in, X agreed": the sentence opens with a subordinate phrase."""
    first = text[s:rest].split(None, 1)[0].lower().strip("“\"'‘,")
    return first in _SUBORDINATORS or first in CONJUNCTIONS or first in ("if", "meanwhile") or first.endswith("ing")


# "She had struggled, Cruz explained, recalling the time …": the frame goes on with a participle of saying
_SPEECH_PARTICIPLE_NEXT = re.compile(r"(?:adding|noting|recalling|saying|arguing|insisting|explaining|stressing|warning|citing)\s")


_INTERPOSED_TAIL = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|later|recently|also)\b[^,.;:“\"]{0,40})?[,;]\s+")  # "A, he said; B"
_QUOTE_OPEN = re.compile(r"[\s,:]*[“\"«„`]")
