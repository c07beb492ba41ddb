"""Frames around direct quotations: the attribution right after a quotation ('“…,” said Caddell') or
introducing one ('Mook told CBS, “…”', 'He said: “…”', 'Clinton: “…”'), colon intros and crowd cries.
"""
from __future__ import annotations

import re

from bot.quotes.content import _ADDRESS, _adverbial_tail, _trailing_tail
from bot.quotes.cues import _NOUN_LIKE, _WORDS_RE, _cues, _verb_use
from bot.quotes.headlines import _headline_case
from bot.quotes.lexicon import (CLAUSE_CUES, CLAUSE_WORDS, CUE_PARTICLES, DETERMINERS, NOT_NAME, JUDGING_CUES, PARTICIPLE_CUES,
                                QUOTE_PARTICIPLES, PREPOSITIONS, PRONOUNS, QUOTE_CUES, TIME_WORDS)
from bot.quotes.spans import _clause_start, _inside_marks
from bot.quotes.subjects import (_ABBREV_END, _ADVERB, _QUOTE_CHARS, _SUBORDINATORS, _TELL, _WORD_SPANS, _adjacent_subject,
                                 _colon_speaker, _intro_ok, _name_right_before, _named, _np_ok, _np_role, _np_stop,
                                 _quotation_intro_ok, _relative_clause_subject, _sentence_subject, _subject_before)
from bot.quotes.text import QuoteSpan, sentences

_WORD_AFTER = re.compile(r" (?!(?:on|in|at|to|during|after|before|as|with|from|of|about|later|then|again|back|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\w“\"']")


_PARTICIPLE_ADVERBS = re.compile(r"(?:\s+(?:then|also|later|again|even|repeatedly|while|before|after|when|"
                                 r"recently|publicly|privately|reportedly|quickly|pointedly|eventually|[a-z]{3,}ly))+$")  # ", recently telling"


_AFTER_ACCORDING = re.compile(r"[\s,]*(according to)\s+")
_AFTER_CUE_FIRST = re.compile(r"[\s,—–\-]*(" + "|".join(re.escape(c) for c in sorted(QUOTE_CUES, key=len, reverse=True)) + r")\b")


# "“…” ― Sonya Herridge": the epigraph convention of vox-pop pieces
_DASH_NAME = re.compile(r"\s*([―—])\s*((?:[A-Z][\w’'.\-]*\s?){1,4})(?=[,.\s]|$)")


def _dash_name(text: str, q_end: int, limit: int) -> tuple[str, tuple[int, int], int] | None:
    m = _DASH_NAME.match(text, q_end, limit)
    if m and _AFTER_CUE_FIRST.match(text, m.end(2), limit):
        return None  # '“A” — Lee said — “B”': a frame with its own cue, no epigraph
    return (m.group(1), m.span(2), m.end(2)) if m else None


def _after_attribution(text: str, q_end: int, limit: int,
                       q_start: int | None = None) -> tuple[str, tuple[int, int], int] | None:
    """Attribution right after a quote: '," said Caddell', '," Lavrov said', '," he added'.

    Returns (cue, mention span, end of the attribution frame)."""
    dash = _dash_name(text, q_end, limit)
    if dash:
        return dash
    according = _AFTER_ACCORDING.match(text, q_end, limit) if q_start is not None else None
    if according and _bare_lead(text, q_start):  # '“…,” according to the council.': the source after the quotation
        span = _np_ok(text, according.end(), _np_stop(text, according.end(), limit))
        if span:
            return according.group(1), span, span[1]
    m = _AFTER_CUE_FIRST.match(text, q_end, limit)
    if m and not text[q_end:m.start(1)].strip(" ,—–-"):
        cue_end = m.end(1)
        np_end = _np_stop(text, cue_end, limit)
        span = _np_ok(text, cue_end, np_end)
        if span is None and not m.group(1).endswith("ing"):  # '," claiming he had …' is no inversion
            span = _inverted_speaker(text, cue_end, np_end)
        if span:
            return m.group(1), span, np_end
    for m in _cues(text, q_end, min(limit, q_end + 160)):
        cue = m.group()
        if cue.lower() not in QUOTE_CUES:
            continue
        frame = text[q_end:m.start()]
        lead = len(frame) - len(frame.lstrip(" ,—–-"))
        found = _subject_before(text, q_end + lead, m.start())
        if found and _leads_clause(text, m, limit):
            return None  # '“Fox News Sunday,” Pence said his ...': the cue introduces what follows
        if found and not found[2]:
            return cue, found[0], m.end()
        if found and found[2] and text[q_end + lead:found[1]].strip(" ,") == "":
            return cue, found[0], m.end()
        if (found and found[2] and _named(text, found[0]) and _adverbial_tail(text, q_end + lead, found[1])
                and q_start is not None and text[max(0, q_start - 8):q_start].rstrip()[-1:] in ("", ".", "!", "?", "\n")):
            return cue, found[0], m.end()  # '"The crowd was singing" before the storm, she said.'
        break
    quoted = _QUOTED_AS_SAYING.match(text, q_end, limit)
    if quoted:
        return "saying", quoted.span(1), quoted.end()
    how = _WAS_HOW.match(text, q_end, limit)
    if how:
        return how.group(2), how.span(1), how.end()
    first = _verb_first_frame(text, q_start, q_end, limit) if q_start is not None else None
    if first:
        return first
    long = _long_subject_frame(text, q_start, q_end, limit) if q_start is not None else None
    if long:
        return long
    return _any_verb_after(text, q_start, q_end, limit) if q_start is not None else None


# '“…,” Lee is quoted as saying.': the speaker, quoted elsewhere
_QUOTED_AS_SAYING = re.compile(r"[\s,]+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*|he|she|they)\s+(?:is|was|were|are|has\s+been|had\s+been)"
                               r"\s+(?:also\s+)?quoted\s+as\s+saying\b")
# '“…,” was how Ana Lee put it.', '“…” is what the mayor told the crowd.': the frame points back to the quotation
_WAS_HOW = re.compile(r"[\s,]*(?:was|is)\s+(?:how|what)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*|he|she|they|"
                      r"the\s+(?:[\w\-]+\s+){0,2}?[a-z]+)\s+(put\s+it|summed\s+it\s+up|described\s+it|said|told|wrote|tweeted)\b")
# A frame after a quotation opening its sentence, its verb first and no verb of saying: '“…,” was another.',
# '“…” is one common saying here.', '“…,” came the reply from Ana Lee.', '“…,” begins a message read at
# every rally.' The quotation is the subject or the thing that came; the phrase after the verb is the speaker.
_VERB_FIRST_FRAME = re.compile(
    r"[ \t]+(?:(?P<be>was|is)\s+(?P<other>another(?=[\s.,;])|one\s+(?:more\s+|common\s+|popular\s+|favou?rite\s+|familiar\s+)?"
    r"(?:saying|refrain|slogan|chant|mantra|motto|line|message|sign|banner|placard|response|reply|answer|retort|comment)\b)"
    r"|(?P<came>came|comes)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?(?:reply|response|answer|retort|rejoinder|shouts?|cry|cries|"
    r"chants?|calls?|voice|words?|cheers?|roar|jeers?)\s+from\s+(?P<from>[^,.;:!?“”\"\n]{2,80})"
    r"|(?P<verb>begins|began|opens|opened|reads|ran|runs|goes|went|continues|continued|concludes|concluded)\s+"
    r"(?P<doc>(?:a|an|the|one|his|her|their|its)\s+(?:[\w’'\-]+\s+){0,3}?(?:message|sign|statement|letter|ad|advertisement|"
    r"headline|banner|tweet|post|e-?mail|caption|note|placard|poster|billboard|memo|release|flyer|leaflet|script|announcement|"
    r"notice|plaque|inscription|t-shirt|shirt|sticker|video|spot|commercial|recording|text|pamphlet)s?)\b)")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?][”\"’')]?\s+|\n\s*)$")


def _verb_first_frame(text: str, q_start: int, q_end: int, limit: int) -> tuple[str, tuple[int, int] | None, int] | None:
    m = _VERB_FIRST_FRAME.match(text, q_end, limit)
    if not m or not _SENTENCE_END_BEFORE.search(text, max(0, q_start - 4), q_start):
        return None
    if m.group("be"):
        return m.group("be"), None, m.end()  # '“…,” was another': another sign or chant, nobody named
    if m.group("came"):
        span = _np_ok(text, m.start("from"), m.end("from"))
        return (m.group("came"), span, span[1]) if span else None
    return m.group("verb"), None, m.end()  # '“…,” begins a recorded message': a document, not a speaker


_LONG_FRAME_CUES = frozenset(c for c in QUOTE_CUES if c.endswith(("ed", "s")) and c not in PARTICIPLE_CUES) | frozenset(
    "said wrote told".split())
_FRAME_STOP = re.compile(r"[“”\"«»;:!?]|''|\.(?=\s)")
_FRAME_HEAD_NAME = re.compile(r"\s*((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*),\s")


def _long_subject_frame(text: str, q_start: int, q_end: int, limit: int) -> tuple[str, tuple[int, int] | None, int] | None:
    """A quotation closed by a comma (or ? !) and a frame whose subject is too long to take whole: '“A,” Ann Lee,
    the harbor analyst who founded a blog tweeted on Wednesday.' The comma inside the marks says a frame
    follows; the first finite cue of the sentence is its verb. The speaker is the name heading the
    subject when there is one ('Ann Lee, …'), else unresolved."""
    if text[q_start:q_end].rstrip(_QUOTE_CHARS + " ")[-1:] not in ",?!":
        return None
    if text[:q_start].rstrip()[-1:] not in ("", ".", "!", "?", "”", '"'):
        return None  # only a quotation opening its sentence: 'He called it “absurd,” a view …' has no frame after
    end = min(limit, q_end + 250)
    stop = _FRAME_STOP.search(text, q_end, end)
    while stop and stop.group() == "." and _ABBREV_END.search(text, q_end, stop.start()):
        stop = _FRAME_STOP.search(text, stop.end(), end)
    end = stop.start() if stop else end
    for m in _cues(text, q_end, end):
        if m.group() not in _LONG_FRAME_CUES or _RELATIVE_BEFORE.search(text, max(q_end, m.start() - 30), m.start()):
            continue
        subject = text[q_end:m.start()]
        if len(subject.split()) < 2 or len(subject.split()) > 25 or not (subject[:1].isspace() or text[q_end - 2:q_end] in (',"', ',”')) or _leads_clause(text, m, end):
            return None
        head = _FRAME_HEAD_NAME.match(text, q_end, m.start())
        span = _np_ok(text, *head.span(1)) if head else None
        if span and not _named(text, span):
            span = None
        return m.group(), span, m.end()
    return None


_RELATIVE = frozenset("who whose whom which that".split())


def _bare_lead(text: str, q_start: int) -> bool:
    """Nothing before the quotation in its sentence frames it: no cue ('saying that those who … “…,”
    according to Reuters' is the pope's) and no other quotation ('for “R,” or “D,” according to …')."""
    start = max(text.rfind("\n", 0, q_start) + 1, _clause_start(text, max(0, q_start - 300), q_start))
    lead = text[start:q_start]
    return not any(c in lead for c in "“”\"«»") and "''" not in lead and "``" not in lead and not _cues(lead)


def _inverted_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker of '“…,” said <phrase>' up to a relative clause: right after a quotation and its
    cue a longer description still names who spoke ('said one former senior agency official',
    'said a Braga data analyst who has worked for …', 'said undecided voter Ann Lee')."""
    words = list(_WORD_SPANS.finditer(text, start, end))
    for k, w in enumerate(words):
        if w.group().lower() in _RELATIVE:
            words = words[:k]
            break
    if not 2 <= len(words) <= 8:
        return None
    first, last = words[0].group(), words[-1].group()
    if (first.lower() not in DETERMINERS and not any(w.group()[:1].isupper() for w in words) or not last.isalpha()
            or last.lower() in NOT_NAME):
        return None
    if any((w.group().lower() in CLAUSE_WORDS and not w.group()[:1].isupper()) or w.group().lower() in PREPOSITIONS
           or w.group().lower() in PRONOUNS for w in words):  # "said Will Doyle": a name, no modal
        return None
    return words[0].start(), words[-1].end()


# '“Go back to your boat,” Lopes barked', '“…,” he went on.': after a quotation that ends in , ? or !,
# a name and a verb of its own are its attribution whatever the verb.
# '“…,” an angry Ana Lee retaliated.': the name may follow an article and a word describing the speaker
_NAME_VERB = re.compile(r"[ 	]*((?:an?\s+(?:[a-z]+ly\s+)?[a-z]+\s+)?(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})|he|she|they|[Tt]he\s+(?:[\w\-]+\s+){0,2}[a-z]+)\s+"
                        r"((?:[a-z]+ed|went on|put it|shot back|fired back|sang|spoke|wrote|began|continued|reacts|says|answers|responds|"
                        r"replies|adds|notes|explains|writes|continues|argues|insists|recalls|concludes|agrees|admits))\b"
                        r"(?=\s*(?:[.,;:!?]|$|\s+(?:in|on|at|during|to|before|after|as|and|while|with|from|of|about|later|"
                        r"then|again|back|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))")


_VERB_BEFORE = re.compile(r"\b([a-z]+ed|puts? it|went on|sang|wrote|began|continued|(?:shot|fired|wrote) back|"
                          r"(?:issued|released|sent|posted)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|e-?mail|message|tweet))"
                          r"(?:\s+(?:at|in|on|during|to)\s+(?:an?|the|his|her|their)\s+[\w’'\- ]{1,30})?(?=\s*[,:]$)")


def _any_verb_before(text: str, s: int, frame_end: int) -> tuple[str, tuple[int, int]] | None:
    """'Silverman interjected, “…”', 'As Vulture put it, “…”': a named speaker and any verb of theirs."""
    m = _VERB_BEFORE.search(text, max(s, frame_end - 60), frame_end)
    if not m:
        return None
    found = _subject_before(text, s, m.start())
    if not found:
        span = _adjacent_subject(text, s, m.start(), nested=bool(_cues(text, s, m.start())))
        if span is None and _AND_BEFORE.search(text, max(s, m.start() - 12), m.start()):
            # 'she thanked the state and then boomed, “…”': the subject of the clause the verb joins
            inner = [c for c in _CLAUSE_OPENING.finditer(text, max(s, m.start() - 120), m.start())]
            span = inner[-1].span(1) if inner else _sentence_subject(text, s, m.start())
            span = span if span and _named(text, span) and not text[span[0]:span[1]].endswith("ing") else None
        return (m.group(1), span) if span else None
    if not _named(text, found[0]):
        return None
    span, np_start, after_comma = found
    if (after_comma and not _intro_ok(text, s, np_start) and not (text[frame_end - 1] == ":" and _colon_speaker(text, span, ""))
            and not _ADVERB.fullmatch(text[s:np_start].split(None, 1)[0])):  # "Shortly after the flood, Lopes issued a statement,"
        return None
    return m.group(1), span


# '“…,” remembered Roy Verley, HP's spokesman': the verb first, then a name and the sentence's end or a comma
_VERB_NAME = re.compile(r"[ \t]*([a-z]+ed)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*)(?=[,.]|$)")


def _any_verb_after(text: str, q_start: int, q_end: int, limit: int) -> tuple[str, tuple[int, int], int] | None:
    if len(text[q_start:q_end].split()) < 4:
        return None  # '“The Apprentice,” Trump hosted': a title, not words spoken
    inverted = _VERB_NAME.match(text, q_end, limit)
    if inverted and inverted.group(2).split()[0].lower() not in NOT_NAME:
        return inverted.group(1), inverted.span(2), inverted.end(2)
    m = _NAME_VERB.match(text, q_end, limit)
    if not m or m.group(1).lower() in NOT_NAME or m.group(1).split()[0].lower() in CLAUSE_WORDS:
        return None
    span = _np_ok(text, m.start(1), m.end(1))
    return (m.group(2), span, m.end(2)) if span else None


_TIME_NOUNS = frozenset("day night morning evening afternoon week weekend month year".split())


def _time_phrase(words: list[str]) -> bool:
    """'day after …', 'next morning': the rest of a time phrase opening with "the"."""
    first = words[0].lower().strip(",.")
    return first in _TIME_NOUNS or (first in ("next", "same", "following") and len(words) > 1
                                    and words[1].lower().strip(",.") in _TIME_NOUNS)


def _leads_clause(text: str, m: re.Match[str], limit: int) -> bool:
    """A cue followed by its own content ("said his running mate ..."), not by an adverbial tail."""
    low = m.group().lower()
    if low in JUDGING_CUES and _WORD_AFTER.match(text, m.end(), limit):
        return True  # '“This Week,” Sanders questioned Trump’s veracity': the cue has an object of its own
    if low not in CLAUSE_CUES or low in _TELL or low in _ADDRESS:  # "assured the crowd": whom, not what
        return False
    words = text[m.end():limit].split(None, 3)
    if len(words) < 3 or text[m.end():m.end() + 1] in ",.;:":
        return False
    first = words[0].strip(",.")
    low = first.lower()
    if low in TIME_WORDS or low in PREPOSITIONS or low in ("of", "last", "this", "next"):
        return False
    if low == "the" and _time_phrase(words[1:]):
        return False  # '“…,” Lee tweeted the day after the attack': when, not what
    return low in _CLAUSE_STARTS or (first[:1].isupper() and first.isalpha())


_INVERTED_FRAME = re.compile(r"\s*([A-Z][a-z]+(?:ed|s)|Said|Wrote)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*)"
                             r"(?:,\s+(?:who|a|an|the)\s[^,;:“”\"]{1,80})?[,:]")  # 'Said Ann Poy, who grew up there, “…”'
_CLAUSE_STARTS = frozenset("that his her their its the a an he she they it we i there this these those".split())


def _before_attribution(text: str, s: int, q_start: int, q_end: int | None = None,
                        sent_start: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """Attribution introducing a quote: 'Mook told CBS, "..."', 'He said: "..."', 'According to X, "..."'."""
    found = _frame_attribution(text, s, q_start, q_end, sent_start)
    if found is None:
        found = _relative_cue_before(text, s, q_start)
    if found is None:
        found = _written_before(text, s, q_start)
    if found is None and text[s:q_start].rstrip().endswith(":"):
        return _colon_subject(text, s if sent_start is None else sent_start, s + len(text[s:q_start].rstrip()))
    return found


# "X has written, “…”", "X had written: “…”": "written" is no cue of reported speech (a letter written by X),
# but right before a quotation, after its auxiliary, it frames one
_WRITTEN_BEFORE = re.compile(r"\s(?:has|have|had)\s+(?:also\s+|once\s+|since\s+)?(written)\s*[,:]\s*$")


def _written_before(text: str, s: int, q_start: int) -> tuple[str, tuple[int, int]] | None:
    m = _WRITTEN_BEFORE.search(text, max(s, q_start - 40), q_start)
    got = _subject_before(text, s, m.start()) if m else None
    if not got or not _named(text, got[0]):
        return None
    return m.group(1), got[0]


# A relative clause whose verb introduces the quotation: 'a tweet from Ann Lee, who tweeted, “…”',
# 'the report, which notes: “…”', 'a video that said, “…”'. "who" speaks for the name before it;
# "which" and "that" for a thing: no speaker.
_RELATIVE_CUE = re.compile(r"\b(who|which|that)\s+(?:also\s+|later\s+|then\s+)?([a-z]+)"
                           r"(?:\s+(?:of|about|to|on|in|at)\s+[^,;:“”\"]{1,30}?)?\s*[,:]\s*$")  # 'who joked of the museum, “…”'


def _relative_cue_before(text: str, s: int, q_start: int) -> tuple[str, tuple[int, int] | None] | None:
    m = _RELATIVE_CUE.search(text, max(s, q_start - 70), q_start)
    if not m or m.group(2) not in QUOTE_CUES or m.group(2) in PARTICIPLE_CUES or m.group(2) in ("read", "reads"):
        return None  # 'a sign which read, “…”': a sign, no speaker
    name = _NAME_THEN_WHO.search(text, max(s, m.start() - 60), m.start()) if m.group(1) == "who" else None
    if name and (name.group(1).split()[0].lower() in NOT_NAME or name.start(1) == s):
        name = None
    return m.group(2), name.span(1) if name else None


_NAME_THEN_WHO = re.compile(r"(?<![\w’'.\-])((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*),?\s+$")


# The verb after a sentence's subject: "She then addressed the supporters again:", "X delivered a blunt message:"
_SUBJECT_VERB = re.compile(r"(?:,[^,;:“”\"]{1,80},)?\s+(?:(?:then|also|later|again|only|just|has|had|have|could|would|may|might|"
                           r"will|did|once|since)\s+)*((?:is|are|was|were)\s+[a-z]+ing|[a-z]+(?:ed|s)|went|gave|made|sent|put|wrote|spoke|took|"
                           r"written|spoken|said|told|had)\b")  # ("has written:": the participle, not "has")


def _colon_subject(text: str, s: int, frame_end: int) -> tuple[str, tuple[int, int]] | None:
    """A sentence that ends in a colon before a quotation: its subject speaks when it names someone
    and its verb follows ('She then addressed the supporters again: “…”', 'Council leader Rui
    Lopes, of Braga, sent a short note to Reis: “…”', 'X responded with a phrase …: “…”').
    Also the subject of a clause a participle hangs on ('X, an aide, emailed supporters, telling them, “…”')."""
    if frame_end - s > 300 or any(c in text[s:frame_end] for c in "“”\"«»"):
        return None
    first = text[s:frame_end].split(None, 1)[0].lower()
    if first in _SUBORDINATORS or first in ("as", "if"):  # "When Lind retired in 2019, Mayor Reis released …:"
        comma = text.find(",", s, frame_end)
        if comma < 0:
            return None  # "As Mitchell tried … — Sanders responded …:": whose clause is whose?
        s = comma + 1
    span = _sentence_subject(text, s, frame_end)
    verb = _SUBJECT_VERB.match(text, span[1], frame_end) if span else None
    if span and text[span[0]:span[1]].split()[0].lower() in NOT_NAME - {"the"}:
        verb = None
    if verb is None:  # "Senate leader Mitch McConnell, R-Ky., delivered …": the subject before the first verb
        verb = _FIRST_VERB.search(text, s, frame_end)
        got = _subject_before(text, s, verb.start(1)) if verb else None
        if not got or not _named(text, got[0]) or not _intro_ok(text, s, got[1]):
            return None
        span = got[0]
    if text[span[1] - 2:span[1]] in ("’s", "'s") or not (_named(text, span) or _np_role(text, span)):
        return None
    if _PROGRESSIVE.search(text, verb.end(), frame_end):
        return None  # "X imagined Christie was thinking:": the words are Christie's, if anybody's
    return verb.group(1), span


_PROGRESSIVE = re.compile(r"\b(?:is|was|were|are)\s+[a-z]+ing\b")


_FIRST_VERB = re.compile(r"\s([a-z]+ed|went|gave|made|sent|put|wrote|spoke|took)\b")


_ASKED_IN_FRAME = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?asked\b[^.!?;“”\"]{0,60}?[,:]$")


_SAY_BASE = frozenset("say state add write declare ask tell".split())


def _frame_attribution(text: str, s: int, q_start: int, q_end: int | None = None,
                       sent_start: int | None = None) -> tuple[str, tuple[int, int]] | None:
    frame = text[s:q_start].rstrip()
    if not frame.endswith((",", ":")):
        if q_end is None or not (_ends_sentence(text, q_end) or _named_phrase(text, s, s + len(frame), q_end)):
            return None
        return _cue_right_before(text, s, len(frame))
    if _ASKED_IN_FRAME.search(text, max(s, q_start - 80), s + len(frame)):
        return "asked", None  # 'Lee was asked, “…?”': the question is quoted, whoever asked it unnamed
    inverted = _INVERTED_FRAME.fullmatch(frame)
    if inverted and inverted.group(1).lower() in QUOTE_CUES:  # 'Said Ellis: “…”', 'Continued Stone: “…”'
        return inverted.group(1), (s + inverted.start(2), s + inverted.end(2))
    speaker_line = _speaker_line(text, s, s + len(frame))
    if speaker_line:
        return speaker_line
    cues = [m for m in _cues(text, s, s + len(frame)) if not _NOUN_AFTER_DETERMINER.search(text, max(s, m.start() - 12), m.start())
            or m.group() not in _NOUN_LIKE]  # "saying at one point, “…”": no cue "point"
    if not cues:
        return _any_verb_before(text, s, s + len(frame))
    m = cues[-1]
    cue = m.group()
    tail = text[m.end():s + len(frame) - 1]
    if len(tail.split()) > _tail_limit(tail) or any(w.lower() in CLAUSE_WORDS for w in tail.split()):
        return _any_verb_before(text, s, s + len(frame))  # '…, to which O'Malley interjected: “…”'
    if cue.lower() == "according to":
        span = _np_ok(text, m.end(), s + len(frame) - 1)
        return (cue, span) if span else None
    if cue.lower() in PARTICIPLE_CUES or cue.lower() in QUOTE_PARTICIPLES:  # "Trump was defensive ..., saying, “...”"
        s = s if sent_start is None else sent_start  # 'needled the CNN “reporter,” saying, “…”'
        raw_head = text[max(s, m.start() - 80):m.start()].rstrip()
        head = _PARTICIPLE_ADVERBS.sub("", raw_head)
        span = None
        if len(cues) > 1 and _PARTICIPLE_PREPOSITIONS.issuperset(text[cues[-2].end():m.start()].split() or ["-"]):
            span = _adjacent_subject(text, s, cues[-2].start(), nested=False)  # '," Trump said before adding: “…”'
        if span is None:
            span = (_sentence_subject(text, s, m.start()) if _participle_head(head) or _participle_head(raw_head)
                    or _DOCUMENT_END.search(raw_head) else _name_right_before(text, s, m.start()))
        if span is None and _participle_head(head):  # 'Huma Abedin, vice chairwoman …, emailed supporters, telling them, “…”'
            main = _colon_subject(text, s, m.start())
            span = main[1] if main else None
        # 'an email to donors stating, “…”', 'one of her ads asking, “…”': a participle and its comma open a
        # quotation even when whose it is is unsure (speaker left unnamed); not after another cue or quotation
        # ('X tweeted his reasons saying, “…”', '“A,” adding, “B”'): the speaker is found there
        unsure = frame.endswith(",") and len(cues) == 1 and not _has_quotation(text, s, m.start())
        return (cue, span) if span or unsure or _shouted_participle(text, s, m) else None
    found = _subject_before(text, s, m.start())
    if not found and (relative := _relative_clause_subject(text, s, m.start())):
        return cue, relative
    if not found:
        if _AND_BEFORE.search(text, max(s, m.start() - 12), m.start()):  # 'he laughed and said, “…”'
            start = s if sent_start is None else sent_start
            main = _colon_subject(text, start, m.start())
            span = main[1] if main else _sentence_subject(text, start, m.start())
        else:
            span = _adjacent_subject(text, s, m.start(), nested=len(cues) > 1)
            if span is None:  # 'the crowd booed as the heckler yelled: “…”'
                clause = _CLAUSE_SUBJECT_BEFORE.search(text, max(s, m.start() - 60), m.start())
                span = clause.span(1) if clause else None
        if span is None and not tail.strip() and text.endswith("to ", s, m.start()) and cue in _SAY_BASE:
            return cue, None  # 'was prompted to say, “…”', 'prompted the council to state, “…”': said, by someone named earlier
        return (cue, span) if span else None
    span, np_start, after_comma = found
    if after_comma and not _quotation_intro_ok(text, s, np_start, span) and not (frame.endswith(":") and (not tail.strip() or _colon_speaker(text, span, tail))):
        return None  # 'Reflecting on ..., Brown said: "..."' keeps its speaker
    return cue, span


_NOUN_AFTER_DETERMINER = re.compile(r"\b(?:one|a|an|the|his|her|their|its|this|that)\s+$", re.I)


# A document its author put out, before a participle: 'she released a statement (Tuesday) saying, “…”'
_DOCUMENT_END = re.compile(r"\b(?:statement|e-?mail|message|letter|memo|tweet|post|note|release|video|ad)"
                           r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?$")
# The subject of a clause inside the sentence right before its cue: 'as the heckler yelled: “…”',
# 'while his friends jeered, “…”' (a name or pronoun there is found already)
_CLAUSE_SUBJECT_BEFORE = re.compile(r"\b(?:as|when|while|until|before|after|because|and|then|where)\s+((?:the|a|an|his|her|their|"
                                    r"its|one|another|some|several|two|three)\s+(?:[a-z][\w\-’']*\s+){0,2}[a-z][\w\-’']*)"
                                    r"(?:\s+[a-z]+ly)?\s+$")
_CLAUSE_OPENING = re.compile(r"\b(?:as|when|while|because|after|before|since|until)\s+(he|she|they|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})"
                             r"\s+(?=[a-z])")
_AND_BEFORE = re.compile(r"\band(?:\s+then)?\s+$")


# A transcript's speaker line: 'Clinton: "…"', 'Rep. Eva Lind (R-S.C.): "…"', '… - Rui P. Lopes: “…”'
_SPEAKER_LINE = re.compile(r"(?:(?<!\S)|(?<=\s[-—–]))((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*"
                           r"(?:\s+and\s+(?:[A-Z][\w’'.\-]*\s+){1,2}[A-Z][\w’'\-]*)?)(?:\s+\([^()]{1,20}\))?:$")  # 'Ann Lee and Rui Melo:' too


def _speaker_line(text: str, s: int, frame_end: int) -> tuple[str, tuple[int, int]] | None:
    """A name alone before a colon speaks the quotation after it; a single word only when the
    article also uses it in a longer name ('Hillary Clinton' … 'Clinton: "…"')."""
    m = _SPEAKER_LINE.search(text, max(s, frame_end - 60), frame_end)
    if not m or (m.start() > s and text[s:m.start()].strip() and not text[s:m.start()].rstrip().endswith(("-", "—", "–"))):
        return None
    names = m.group(1).split(" and ")
    words = [w for n in names for w in n.split()]
    if any(len(n.split()) > 3 for n in names) or any(w.lower() in NOT_NAME for w in words) or words[-1].isupper() and len(words[-1]) > 3:
        return None  # "Trump Addresses Munich Attack: ‘…’": a headline in title case, no name
    if len(words) == 1 and not re.search(r"[A-Z][\w’'.\-]* " + re.escape(words[0]) + r"\b", text):
        return None
    return ":", m.span(1)


def _tail_limit(tail: str) -> int:
    """Words allowed between a cue and its quotation: more when they are one circumstance
    ('said in a letter to the harbour board last spring, “…”')."""
    words = tail.split()
    return 14 if words and words[0].lower() in PREPOSITIONS and "," not in tail else 8


def _participle_head(head: str) -> bool:
    """What precedes a participle that takes the sentence's subject: '..., saying', '... by saying',
    '... before adding' -- not 'a sign saying', 'footage of Trump saying' (the noun before speaks)."""
    return head.endswith((",", ",”", ',"')) or head.rsplit(None, 1)[-1] in _PARTICIPLE_PREPOSITIONS if head else False


_PARTICIPLE_PREPOSITIONS = frozenset("by before after upon while when then".split())
_PHRASE_NOUN = re.compile(r"\s+(?:the\s+)?(?:phrase|word|words|term|slogan|line)$")


# How often words were said, right after them: 'said “jobs” five times', 'used “war” twice'
_TIMES_AFTER = re.compile(r"\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many)"
                          r"\s+times|once(?!\s+(?:the|a|an|he|she|it|we|they|i|you|his|her|its|their|this|that|[A-Z]))|twice)\b")
_THAT_CLAUSE = re.compile(r"\bthat\s")  # ("said “ceasefire” once the hostages are free": "once" opens a clause)


def _named_phrase(text: str, s: int, frame_end: int, q_end: int) -> bool:
    """'Lee has used the phrase “X” often in her speeches', 'Lee said “jobs” five times': the quotation names
    words the verb's subject used, with a phrase of time, place or manner after it (not 'said the words
    “cut” the budget')."""
    if _THAT_CLAUSE.search(text, s, frame_end):
        return False  # 'Blinken complained that Lavrov said “X” twice': Blinken's report holds it, not a quotation of Lavrov's
    if _TIMES_AFTER.match(text, q_end):
        return True
    return (_PHRASE_NOUN.search(text, max(s, frame_end - 12), frame_end) is not None
            and _AFTER_SHOUTED.match(text, q_end) is not None)


def _ends_sentence(text: str, q_end: int) -> bool:
    """The quotation closes its sentence: '… chanted “U-S-A!”' but not '… said “local forces” must lead'."""
    if text[q_end - 2:q_end - 1] in ".!?…" or text[q_end:q_end + 1] in (".", "!", "?", ""):
        return True
    return text[q_end:q_end + 1] == "\n"


_SHOUTED = QUOTE_PARTICIPLES | frozenset(["chanting"])


# A crowd's cry and "of" right before a quotation: "chants of “…”", "a chorus of", "shouts of"
_CROWD_CRIES_OF = re.compile(r"\b(chants?|shouts?|calls|cries|cheers|choruses|screams|yells|roars|refrains?)\s+of\s+$")


def _crowd_cry_before(text: str, sent_start: int, q: QuoteSpan) -> str | None:
    """The crowd-cry noun before a quotation of two words or more (one word, 'chants of “no”', is
    mostly part of the writer's description)."""
    m = _CROWD_CRIES_OF.search(text, max(sent_start, q.start - 16), q.start)
    if m and len(text[q.start:q.end].split()) >= 2:
        return m.group(1)
    m = _CROWD_CRIES_AFTER.match(text, q.end)  # 'loud “Go home!” chants': the noun after names the words a cry
    return m.group(1) if m else None


_CROWD_CRIES_AFTER = re.compile(r"\s+(chants|chant|shouts|cries|cheers|screams)\b")


# A verb of shouting right before a quotation: what is chanted, yelled or mouthed is words, whether or
# not the sentence ends there ('fans chanted “Go home” at the players', 'waved, mouthing “thank you”',
# 'cheered for “Mayor Lee!”')
_SHOUTED_BEFORE = re.compile(r"\b(chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|"
                             r"mouth(?:s|ed|ing)|cheer(?:s|ed|ing)?(?=\s+for\s))(?:\s+(?:back|out|again|for))?,?\s+$")
# What may follow the shouted words in their sentence: its end, or a phrase of place, time or manner --
# not a verb ('… chanted “USA” were heard' makes the quotation a subject)
_AFTER_SHOUTED = re.compile(r"\s*(?:$|[.,;:!?)—–\n]|-\s|(?:at|to|toward|towards|as|while|when|until|after|before|and|or|in|"
                            r"on|from|outside|during|over|again|repeatedly|throughout|often|once|twice|[a-z]+ly)\s)")


def _shouted_before(text: str, sent_start: int, q: QuoteSpan) -> re.Match[str] | None:
    """The verb of shouting whose words the quotation at q is (see _SHOUTED_BEFORE)."""
    m = _SHOUTED_BEFORE.search(text, max(sent_start, q.start - 24), q.start)
    if not m or text[m.start() - 1:m.start()] == "-" or not (_ends_sentence(text, q.end) or _AFTER_SHOUTED.match(text, q.end)):
        return None
    return m


# Words written on something, right before the quotation: 'a sign which read “…”', 'carrying signs saying, "…"',
# 'a message on Twitter reading “…”', 'an email to supporters stating, “…”'
_INSCRIPTION_BEFORE = re.compile(r"\b(?:signs?|placards?|banners?|messages?|hats?|caps?|t-shirts?|shirts?|posters?|billboards?|"
                                 r"stickers?|covers?|headlines?|e-?mails?|tweets?)(?:\s+(?:to|on|from|in)\s+[\w’'.\- ]{1,30}?)?"
                                 r"(?:\s*[—–]\s*|\s+)(?:(?:that|which)\s+)?(read|reads|reading|saying|stating|declaring|proclaiming)[,:]?\s*$")


def _inscription_before(text: str, sent_start: int, q: QuoteSpan) -> str | None:
    """The verb by which a sign, a message or a headline reads the quotation after it (whose words
    they are is not said: no speaker)."""
    m = _INSCRIPTION_BEFORE.search(text, max(sent_start, q.start - 60), q.start)
    return m.group(1) if m else None


def _has_quotation(text: str, start: int, end: int) -> bool:
    """Quote marks in text[start:end] (doubled apostrophes too, not a possessive's single one)."""
    return any(c in text[start:end] for c in "“”\"«»") or text.find("''", start, end) >= 0


def _shouted_participle(text: str, s: int, m: re.Match[str]) -> bool:
    """'About 200 protesters marched, chanting “…”', '… and yelling “…”': what a participle adjunct says
    is shouted or chanted is quoted speech even when whose is not sure."""
    return (m.group().lower() in _SHOUTED
            and _ADJUNCT_BEFORE.search(text, max(s, m.start() - 6), m.start()) is not None)


_ADJUNCT_BEFORE = re.compile(r"(?:,|\band)\s+$")


def _cue_right_before(text: str, s: int, frame_len: int) -> tuple[str, tuple[int, int]] | None:
    """'Trump declared “…”', 'protesters chanted "…"', 'has used the phrase “…”': a cue verb and then the quote."""
    end = s + frame_len
    naming = _called_object(text, s, end)
    if naming:
        return naming
    phrase = _PHRASE_NOUN.search(text, s, end)
    if phrase:
        end = phrase.start()
    cues = _cues(text, max(s, end - 20), end)
    if not cues or cues[-1].end() != end:
        if phrase and text[s:end].rstrip().endswith(("used", "uses", "using", "use")):
            cues = [m for m in _WORDS_RE.finditer(text, max(s, end - 12), end)][-1:]
        else:
            return None
    m = cues[-1]
    low = m.group().lower()
    if low == "according to" or low in CUE_PARTICLES or low in _NOUN_LIKE and not _verb_after_subject(text, s, m):
        return None
    if low in PARTICIPLE_CUES or low in QUOTE_PARTICIPLES:
        head = _PARTICIPLE_ADVERBS.sub("", text[max(s, m.start() - 80):m.start()].rstrip())
        span = _sentence_subject(text, s, m.start()) if _participle_head(head) else _name_right_before(text, s, m.start())
        return (m.group(), span) if span or _shouted_participle(text, s, m) else None
    found = _subject_before(text, s, m.start())
    if not found and (relative := _relative_clause_subject(text, s, m.start())):
        return m.group(), relative
    if not found:  # 'In a Bloomberg interview Trump declared “…”'
        span = _adjacent_subject(text, s, m.start(), nested=len(_cues(text, s, m.start())) > 0)
        return (m.group(), span) if span else None
    span, np_start, after_comma = found
    if after_comma and not _quotation_intro_ok(text, s, np_start, span):
        return None
    return m.group(), span


def _verb_after_subject(text: str, s: int, m: re.Match[str]) -> bool:
    """A cue that is as often a noun used as a verb: 'The ad claims “…”', 'The senator notes “…”', not 'his claims “…”'."""
    if _NOUN_AFTER_DETERMINER.search(text, max(s, m.start() - 12), m.start()) or text[m.start() - 2:m.start()] in ("’s", "'s"):
        return False
    found = _subject_before(text, s, m.start())
    return bool(found) and not found[2] and not text[found[0][1]:m.start()].strip()


# "called" and its object right before the quotation that closes the sentence: 'what Gilbert
# called “a perception problem.”', 'A reporter called it “absolute chaos.”', 'Reis called their son “a local hero.”'
_CALLED_BEFORE = re.compile(r"\b(called|dubbed|branded|labeled|labelled)((?:\s+(?!(?:for|on|off|up|in|out|to)\b)[\w’'\-]+){0,4})\s*$")


def _called_object(text: str, s: int, end: int) -> tuple[str, tuple[int, int]] | None:
    m = _CALLED_BEFORE.search(text, max(s, end - 60), end)
    if not m or text[m.start() - 1:m.start()] == "-":
        return None  # "so-called": nobody speaks
    found = _subject_before(text, s, m.start())
    span = found[0] if found and (not found[2] or _intro_ok(text, s, found[1])) else _adjacent_subject(text, s, m.start(), nested=False)
    if span is None or not (_named(text, span) or _np_role(text, span)):
        return None
    return m.group(1), span


def _bare_cue_sentence(text: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """A sentence that is only a speaker and a cue with its circumstances ('Dianne Bystrom agreed.',
    'Sam Lau said in a statement.'): the quotation right after it is what was said."""
    if any(c in text[s:e] for c in _QUOTE_CHARS.replace("’", "").replace("'", "")) or len(text[s:e].split()) > 16:
        return None
    cues = [m for m in _cues(text, s, e) if m.group().lower() in QUOTE_CUES and _verb_use(text, s, m)]
    if len(cues) != 1 or cues[0].group().lower() in PARTICIPLE_CUES or cues[0].group().lower() in QUOTE_PARTICIPLES:
        return None
    m = cues[0]
    if not _trailing_tail(text, m.group().lower(), m.end(), e):
        return None
    found = _subject_before(text, s, m.start())
    if not found or found[2] and not _intro_ok(text, s, found[1]):
        return None
    span = found[0]
    return (m.group(), span) if _named(text, span) or _np_role(text, span) else None


def _ends_paragraph(text: str, i: int) -> bool:
    j = i
    while j < len(text) and text[j] in " \t":
        j += 1
    return j == len(text) or text[j] == "\n"


def _lead_end(text: str, start: int, q_start: int) -> int:
    """End of the colon, or of the words before the dash, that introduce a quotation at q_start."""
    j = q_start
    while j > start and (text[j - 1].isspace() or text[j - 1] in "—–-"):
        j -= 1
    return j


def _colon_sentence_quote(text: str, lead_start: int, q: QuoteSpan) -> bool:
    """A clause of a few words ending in a colon, then a quotation that is a whole sentence."""
    lead = text[lead_start:q.start].rstrip()
    if lead.endswith((" —", " –", " --")) and _ends_paragraph(text, q.end):
        lead = lead.rstrip(" —–-") + ":"  # 'She had one message for voters — “We will win.”': a dash for the colon
    if not lead.endswith(":") or len(lead.split()) < 3 or any(c in lead for c in "“”\"«»"):
        return False
    if _headline_case(lead):
        return False  # "Mayor Praises Local Reporter: ‘A Fine Job.’": a headline, the writer's summary
    a, b = _inside_marks(text, q.start, q.end)
    inner = text[a:b].rstrip()
    return inner[:1].isupper() and inner.endswith((".", "?", "!", ",")) and len(inner.split()) >= 2


def _colon_intro(text: str, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """A paragraph ending "Caddell continued:" that introduces the next one."""
    if not text[a:b].rstrip().endswith(":"):
        return None
    sents = sentences(text, a, b)
    s, e = sents[-1]
    return _before_attribution(text, s, e)


# "who backed ", "that met with " right before a name: the name is the relative clause's object
# (each word first, its \b tested behind it: re skips ahead to a "w" or a "t" instead of trying every position)
_RELATIVE_BEFORE = re.compile(r"(?:who(?<=\bwho)|that(?<=\bthat))\s+((?:[a-z]+\s+){1,3})$")
