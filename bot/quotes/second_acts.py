"""Where one speech act's content stops because the speaker's next act begins: 'confirmed the date
and urged …', '…, called her lazy and boycotted …', a subordinate clause's comma.
"""
from __future__ import annotations

import re

from bot.quotes.content import _HAVE, _JUDGING_CUES
from bot.quotes.cues import _CUE_SET, _particle_after
from bot.quotes.lexicon import CLAUSE_WORDS, ED_ADJECTIVES, PARTICLE_ONLY, PRONOUNS
from bot.quotes.spans import _inside
from bot.quotes.subjects import _looks_verb
from bot.quotes.text import QuoteSpan

# "… as “my friends” and showed compassion", "… but also had to"
_AND_ACT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?:[a-z]+ed|had|has)\b")
_FRONTED_CLAUSE = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:(?:[Aa]|[Aa]\s+few|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:\w+\s+)?"
                             r"(?:days?|weeks?|months?|years?)\s+(?:after|before)|(?:Days|Weeks|Months|Years)\s+(?:after|before)|"
                             r"[Aa]t\s+the\s+moment|[Ww]hen|[Aa]fter|"
                             r"[Bb]efore|[Ww]hile|[Ss]ince|[Oo]nce|[Uu]ntil|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ww]henever)\s[^,;:“\"]*$")


# A sentence that opens with a subordinate clause: "While X said A, B ...", "Even though X claims A, ..."
_SUBORDINATE_OPENING = re.compile(r"[\s“\"'‘(]*(?:While|Although|Though|Even\s+though|Even\s+as|Whereas|After|When|Since|Because|If|Until|Once|Despite"
                                  r"|(?:Years|Months|Weeks|Days|Hours|Minutes|Shortly|Soon|Just|Long|Only|Even|Moments)\s+(?:[a-z]+\s+){0,2}?(?:after|before|since|when|as))\s[^,;:]*$")
# The same clause after an opening conjunction: "But even as Costa claimed A, an inspector said B"
_SUBORDINATE_AFTER_CONJ = re.compile(r"[\s“\"'‘(]*(?:But|And|Yet)\s+(?:even\s+as|even\s+though|even\s+if|while|although|though|whereas|"
                                     r"after|when|since|because|until|once|despite)\s[^,;:]*$")
# The same clause after a comma: "…, and while he said A, it's unlikely B"
_SUBORDINATE_INSIDE = re.compile(r"\s*(?:(?:and|but)\s+)?(?:while|although|though|even\s+though|whereas)\s[^,;:]*$")

# The same clause after a short opening and a comma: "Now, after Lopes argued A, his aides …" (not "as": a frame)
_SUBORDINATE_MID = re.compile(r"\s*(?:(?:and|but)\s+)?(?:even\s+)?(?:after|when|before|because|since|once|until)\s[^,;:]*$")


def _subordinate_clause(text: str, s: int, cue_start: int) -> bool:
    """The cue's clause is a subordinate one that a main clause will follow (see _SUBORDINATE_OPENING,
    _FRONTED_CLAUSE)."""
    if _SUBORDINATE_OPENING.match(text, s, cue_start) or _FRONTED_CLAUSE.match(text, s, cue_start):
        return True
    if _SUBORDINATE_AFTER_CONJ.match(text, s, cue_start):
        return True
    comma = max(text.rfind(", ", s, cue_start), text.rfind("; ", s, cue_start))
    if comma > s and _SUBORDINATE_MID.match(text, comma + 1, cue_start) and len(text[s:comma].split()) <= 8:
        return True  # "His standing, even after he criticized the mayor, shows …": a short opening, then the clause
    return comma > s and bool(_SUBORDINATE_INSIDE.match(text, comma + 1, cue_start))
# The occasion of a promise or a warning, not part of it: "vowed to court Latinos in the wake of the defeat"
_OCCASION = re.compile(r"\s(?:after|in\s+the\s+wake\s+of|amid|following|despite)\s")


def _occasion_at(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """Where the occasion of a promise or a warning starts: "warned officials to boost security after hackers
    struck", "vowed to court Latinos in the wake of the defeat" -- the promise is what comes before."""
    m = _OCCASION.search(text, start, end)
    if not m or _inside(quotes, m.start()) or len(text[start:m.start()].split()) < 3:
        return None
    return m.start()


# -ing words that are no gerund: "including", "during", "nothing"
_NOT_GERUND = frozenset("""including during according nothing something anything everything thing things morning evening
    building meeting spending funding bring king""".split())
_AND_PARTICIPLE = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?([a-z]{3,}ing)\b")


def _second_participle(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """A participle cue's content ends at a second participle of speaking: "urging voters to stay calm and
    promising help", "warning that A and implying that B"."""
    for m in _AND_PARTICIPLE.finditer(text, start, end):
        if (m.group(1) in _CUE_SET or m.group(1) in _JUDGING_CUES) and not _inside(quotes, m.start()):
            return m.start()
    return None


# The speaker's next act in the cue's own form, after the content clause: "denies that A was B and goes to great
# lengths to …", "continues to insist that he will stay and refuses to answer …", "warning that A could happen
# and implying that …" -- a verb that takes something (an object, "to", "that", a particle)
_PARALLEL_S = re.compile(r"\s+and\s+(?:also\s+|then\s+|still\s+)?([a-z]{3,}(?<!ss)(?<!ous)(?<!ics)s)(?=,|\s+(?:(?:to|that|the|a|an|his|"
                         r"her|their|its|him|them|it|through)\b|[A-Z]))")
_PARALLEL_ING = re.compile(r"\s+and\s+(?:also\s+|then\s+)?([a-z]{3,}ing)(?=\s+(?:that|the|a|an|his|her|their|its|him|them|it|us|[A-Z])\b)")
# a finite verb of another tense in the content clause: "the crime was", "he will fight", "how he wooed her"
_OTHER_TENSE = re.compile(r"\b(?:was|were|had|will|would|could|should|might|did|won’t|won't|wouldn’t|wouldn't|[a-z]{3,}ed)\b")
_FINITE_IN_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|"
                               r"won’t|won't|[a-z]{3,}ed)\b")
_NOT_THIRD_PERSON = frozenset("his this its was has is as us plus does less news always perhaps whereas thus unless "
                              "across various series means species politics economics".split())


def _cue_form(text: str, cue_start: int, cue: str) -> str | None:
    """The finite form the cue's clause is in: "s" ("denies", "continues to insist"), "ing" ("warning"), else None."""
    word = cue.lower().split()[-1]
    if word.endswith("ing"):
        return "ing" if not re.search(r"\b(?:is|are|was|were|be|been)\s+$", text[max(0, cue_start - 12):cue_start]) else None
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    before = text[max(0, cue_start - 30):cue_start].split()
    if len(before) >= 2 and before[-1] == "to" and before[-2].endswith("s") and not before[-2].endswith("ss"):
        return "s"  # "continues to insist"
    return None


def _parallel_act(text: str, cue_start: int, cue: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """Where a clause's content ends at the speaker's next act in the cue's form (see _PARALLEL_S): only after a
    content clause with a verb of its own in another tense ("says he's proud and expects to …" is one content)."""
    form = _cue_form(text, cue_start, cue)
    if form is None:
        return None
    if text.find("and", start, end) < 0:
        return None  # each pattern joins with "and"
    pattern = _PARALLEL_S if form == "s" else _PARALLEL_ING
    for m in pattern.finditer(text, start, end):
        if _inside(quotes, m.start()) or m.group(1) in _NOT_THIRD_PERSON or m.group(1) in _NOT_GERUND:
            continue
        if form == "s" and text.startswith(" that", m.end()) and m.group(1) not in _CUE_SET:
            continue  # "ferries and bridges that nobody uses": a noun and its relative clause, no second act
        clause = text[start:m.start()]
        if len(clause.split()) < 3:
            return None
        if form == "s" and not _OTHER_TENSE.search(clause):
            return None
        if form == "ing" and (not _FINITE_IN_CLAUSE.search(clause) or any(
                w.endswith("ing") and w not in _NOT_GERUND for w in re.findall(r"\b[a-z]+\b", clause))):  # ("Beijing" is no gerund)
            return None  # "urging lower taxes and raising …": a list of what was urged
        return m.start()
    return None


def _has_and_or_but(text: str, start: int, end: int) -> bool:
    """ "and" or "but" in text[start:end]: what patterns of a next act after "and"/"but" need before re searches
    the span at each space."""
    return text.find("and", start, end) >= 0 or text.find("but", start, end) >= 0


_OBJECT_ACT = re.compile(r",?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?([a-z]{3,}ed|went|made|gave|took|goes|seems)\b")


def _that_between(text: str, cue_end: int, start: int) -> bool:
    """A "that" between a cue and its content: "said that …" opens a clause, never a bare object."""
    return "that" in text[cue_end:start].split()


def _object_then_act(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """A noun phrase taken by a clause cue, then the subject's next act: "mentioned CNN five times and
    seemed to blame it", "complained about the tone but defended Sanders". Only when nothing before the
    "and" looks like a clause ("said he grew up poor and worked hard" is one content)."""
    m = _OBJECT_ACT.search(text, start, end) if _has_and_or_but(text, start, end) else None
    if not m or _inside(quotes, m.start()):
        return None
    words = text[start:m.start()].split()
    if len(words) < 2 or words[0].lower() in PRONOUNS or any(
            w.lower() in CLAUSE_WORDS or w in _HAVE or _looks_verb(w) for w in words):
        return None
    if any(w.lower() in CLAUSE_WORDS for w in text[m.end():end].split()[:2]):
        return None  # "the wind and stormy weather could last": an adjective in the subject, no second act
    return m.start()


_RELATIVIZER = re.compile(r"\b(?:who|which|that)\b")


def _second_predicate(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker's next verb after an object: "praised the plan and embraced its aim" -- not a verb of a
    relative clause inside the object ("Lopes, who was born and raised in Braga")."""
    m = _AND_ACT.search(text, start, end)
    return m if m and not _RELATIVIZER.search(text, start, m.start()) else None


def _second_act(text: str, start: int, m: re.Match[str] | None) -> bool:
    """A cue verb after "and" that starts a new speech act: "urged", "call ... and describe", but not
    "will be able to complete X and maintain Y" (a verb under the modal of the content)."""
    if m is None or m.group(1) not in _CUE_SET or m.group(1) in PARTICLE_ONLY and _particle_after(
            text, m.group(1), m.end(1), len(text)) is None:
        return False  # "born and raised in Cuba": no "raised questions about"
    word = m.group(1)
    return word.endswith(("ed", "s")) or word in ("said", "told", "wrote") or not _MODAL.search(text, start, m.start())


def _second_act_at(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """Where the first second speech act in text[start:end] starts, outside quotation marks."""
    if not _has_and_or_but(text, start, end) and text.find(";", start, end) < 0:
        return None  # every match holds one of them: most content is not searched at each space
    for m in _SECOND_ACT.finditer(text, start, end):
        if _second_act(text, start, m) and not _inside(quotes, m.start()):
            return m.start()
    return None


_SERIES_NEXT = re.compile(r",\s+(?:(?:also|then|later)\s+)?([a-z]{3,}ed)\s+(?!by\s|in\s|on\s|at\s|to\s|for\s|as\s|with\s|from\s)")
_SERIES_LAST = re.compile(r",?\s+and\s+(?:(?:also|then|later|even|(?:most\s+)?recently|finally)\s+)?([a-z]{3,}ed|went|made|gave|took|cast|sent|held)\b")


def _predicate_series(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """The speaker's acts listed one after another: "suggested the mayor was lazy, called her incompetent and
    boycotted the debate", "vowed to keep the ferry and celebrated the ruling" ("to" takes no past tense) --
    the first act's content ends before the second verb."""
    cuts = []
    m = _SERIES_NEXT.search(text, start, end)
    if m and not _inside(quotes, m.start()) and m.group(1) not in ED_ADJECTIVES and len(text[start:m.start()].split()) >= 2:
        last = _SERIES_LAST.search(text, m.end(), end)
        if last and not _inside(quotes, last.start()) and last.group(1) not in ED_ADJECTIVES:
            cuts.append(m.start())
    if text.startswith("to ", start):
        act = _SERIES_LAST.search(text, start, end)
        if act and not _inside(quotes, act.start()) and act.group(1) not in ED_ADJECTIVES:
            cuts.append(act.start())
    return min(cuts, default=None)


_AND_CLAUSE = re.compile(r",\s+and\s+(?:(?:the|a|an|both|many|some|most|his|her|their|its|these|those|[A-Z][\w’'.\-]*)\s+"
                         r"(?:[\w’'.\-]+\s+){0,4}?|it\s+(?:also\s+|still\s+|now\s+)?)"
                         r"(?:is|was|were|are|has|have|had|will|would|can|could|did|does|do|remains|remained|kept|took|made|went|[a-z]{3,}ed)\b")


def _and_new_clause(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """", and" with a subject and a finite verb of its own starts the writer's next clause: "denied that it
    happened, and Mayor Lima has never asked again", "…, and an article shared by her office quoted …"."""
    m = _AND_CLAUSE.search(text, start, end)
    if not m or _inside(quotes, m.start()) or len(text[start:m.start()].split()) < 3:
        return None
    return m.start()


_MODAL = re.compile(r"\b(?:to|will|would|can|could|should|must|may|might|shall)\b")
# ", and X", " but X" or ";": every match starts at a space, comma or semicolon, matched first so that re skips
# ahead to one; what the first character was is then tested behind it
_SECOND_ACT = re.compile(r"[\s,;](?:(?:(?<=[,;])\s|(?<=\s))\s*(?:and|but)\s+(?:(?:also|has|have|had|later|then|again|repeatedly)\s+)*"
                         r"([a-z]+)\b|(?<=;))")
