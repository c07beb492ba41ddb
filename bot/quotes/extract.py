"""Find who said what in one article: direct quotes, reported speech, and their speakers.

Rules, not a model: quotation marks and cue verbs locate the content, a short noun phrase next to
the cue is the speaker mention, `speakers.resolve_mention` turns it into a person. A quote with no
cue nearby is left out rather than attributed by proximity.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from itertools import islice
from dataclasses import dataclass

from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_CUES, CLAUSE_WORDS, CONJUNCTIONS, CUE_PARTICLES, DETERMINERS, NOT_NAME,
                                ED_ADJECTIVES, JUDGING_CUES, NICKNAME_IN_NAME, OBJECT_CUES, PARTICIPLE_CUES, PARTICLE_ONLY, QUOTE_PARTICIPLES, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, QUOTE_CUES,
                                ROLE_NOUNS, SHORT_OBJECT_CUES, TIME_WORDS, TITLE_WORDS, TOPIC_CUES)
from bot.quotes.model import ExtractedQuote
from bot.quotes.pronouns import Referents
from bot.quotes.speakers import Cast, letter_runs, resolve_mention
from bot.quotes.text import QuoteSpan, paragraphs, quote_spans, sentences

_ALL_CUES = sorted(QUOTE_CUES | TOPIC_CUES | {"according to"}, key=len, reverse=True)
# Cue verbs are matched in lower case only: "States" in "United States" is no cue. Scanning words
# and looking them up is several times faster than one regex alternation of all cue forms.
# "Noting that A, Tester said B": a few participles open a sentence with what was said
_OPENING_PARTICIPLES = frozenset("""Noting Acknowledging Arguing Insisting Stressing Admitting Declaring Promising Warning
    Explaining Claiming Conceding Predicting Asserting Announcing Pledging Vowing Emphasizing Saying""".split())
_CUE_SET = frozenset(_ALL_CUES) | {"According to", "Asked"} | _OPENING_PARTICIPLES
_WORDS_RE = re.compile(r"\b(?:[Aa]ccording to|Asked|(?:%s)(?=\s+that\b)|[a-z]{2,})\b" % "|".join(sorted(_OPENING_PARTICIPLES)))


def _cues(text: str, start: int = 0, end: int | None = None, asked: bool = False) -> list[re.Match[str]]:
    """Cue words in text[start:end]; "Asked" opening a question only for reported speech."""
    end = len(text) if end is None else end
    # Two passes: the words present (strings, no match objects), then the positions of the few cues among them
    present = _cues_present(text, start, end)
    if not present:
        return []
    return [m for m in _cue_matches(text, present, start, end) if (word := m.group()) and (asked or word != "Asked")
            and (word not in PARTICLE_ONLY or _particle_after(text, word, m.end(), end) is not None)]


# The lower-case cues, found among all runs of lower-case letters: no word boundaries to test, twice as fast
# as _WORDS_RE. A run may be part of a longer word ("said" in "Xsaid"), but _cue_regex matches whole words
# only, so such an extra word finds nothing.
_LOWER_RUN = re.compile(r"[a-z]{2,}")
_LOWER_CUE_SET = frozenset(w for w in _CUE_SET if re.fullmatch(r"[a-z]{2,}", w))


def _capital_cue(cue: str) -> tuple[str, re.Pattern[str]]:
    """The lower-case run a cue of _WORDS_RE's other kinds holds ("sked" of "Asked"), and the cue's pattern:
    its letters after the first, so that re searches for a literal string (10x faster), then the whole word."""
    tail = re.match(r"[a-z]+", cue).group() if cue[0].islower() else re.match(r"[A-Z]([a-z]+)", cue).group(1)
    that = r"(?=\s+that\b)" if cue in _OPENING_PARTICIPLES else ""
    return tail, re.compile(re.escape(cue[1:]) + rf"(?<=\b{re.escape(cue)}){that}\b")


_CAPITAL_CUES = [(cue, *_capital_cue(cue)) for cue in ("According to", "according to", "Asked", *sorted(_OPENING_PARTICIPLES))]


def _cues_present(text: str, start: int, end: int) -> frozenset[str]:
    """The cue words in text[start:end] (and some lower-case words that are cues only elsewhere)."""
    # the whole article's runs are the cast's too (speakers.letter_runs)
    runs = letter_runs(text) if start == 0 and end == len(text) else set(_LOWER_RUN.findall(text, start, end))
    present = _LOWER_CUE_SET.intersection(runs)
    capital = [cue for cue, tail, pattern in _CAPITAL_CUES if tail in runs
               and any(m.start() > start for m in pattern.finditer(text, start, end))]  # the whole cue in the span
    return present.union(capital) if capital else present


def _cue_matches(text: str, words: frozenset[str], start: int, end: int) -> list[re.Match[str]]:
    """What _cue_regex(words).finditer finds, trying the pattern only where str.find saw one of the words
    (the few places a cue can start; re would try every position)."""
    starts = set()
    for w in words:
        i = text.find(w, start, end)
        while i >= 0:
            starts.add(i)
            i = text.find(w, i + 1, end)
    pattern = _cue_regex(words)
    found: list[re.Match[str]] = []
    last = start
    for i in sorted(starts):
        if i >= last and (m := pattern.match(text, i, end)):
            found.append(m)
            last = m.end()
    return found


@lru_cache(maxsize=4096)
def _cue_regex(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


# Between a topic cue and its particle: a manner ("talked openly about", "spoke at length of") or a
# listener, then only "about" ("talked to reporters about", "is talking with donors about"; not "spoke to a
# gathering of leaders")
_TOPIC_MANNER = r"(?:\s+(?:[a-z]+ly|more|out|up|at\s+length))?"
_TOPIC_LISTENER = re.compile(r"\s+(?:to|with)\s+(?:(?!about\b)[\w’'.\-]+\s+){0,4}?(?!about\b)[\w’'.\-]+\s+(about)\b")
_TOPIC_PARTICLE = {particles: re.compile(_TOPIC_MANNER + r"\s+(%s)\b" % "|".join(particles))
                   for particles in {CUE_PARTICLES[w] for w in TOPIC_CUES if w in CUE_PARTICLES}}


def _particle_after(text: str, cue: str, pos: int, end: int) -> int | None:
    """End of the particle a cue needs right after it ("spoke about"), or after a manner or listener for a
    topic cue ("talked openly about", "talked to reporters about")."""
    particles = CUE_PARTICLES[cue.lower()]
    if cue.lower() in TOPIC_CUES:
        limit = min(end, pos + 80)
        m = _TOPIC_PARTICLE[particles].match(text, pos, limit) or _TOPIC_LISTENER.match(text, pos, limit)
        return m.end() if m and not any(c in text[pos:m.start(1)] for c in ",;.“\"") else None
    return next((pos + len(p) + 1 for p in particles if text.startswith(" %s " % p, pos)), None)


# Forms that are as often nouns ("the remarks", "his comments", "the state"): only after a name or pronoun.
_NOUN_LIKE = frozenset("""state states note notes report reports comment comments remark remarks claim claims
    tweet tweets reply replies point points call calls promise promises pledge pledges vow vows
    express advocate advocates welcome condemn urge agree complain observe caution stress stresses demand
    demands charge charges praise blame counter hint hints reads question questions slams""".split())
_WORD = re.compile(r"[\w’'.\-()]+")
_TRAIL_PUNCT = " \t.,;:!?"
_QUOTE_CHARS = "“”\"«»„`'‘’"
_MAX_NP_WORDS = 10


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    cue: str | None
    mention: tuple[int, int] | None
    priority: int  # lower wins when candidates overlap
    paragraph: int
    inherit: _Candidate | None = None
    frame_end: int | None = None  # end of the attribution after a quote ('," he said')
    quoted: int = 0  # characters inside quotation marks, for direct quotes
    resolved: tuple[str | None, str | None, str | None] = (None, None, None)
    referent: tuple[int, int] | None = None  # who a relative "who" mention stands for ("Cruz, who said")
    silent: bool = False  # no content of its own, but its speaker still leads later pronouns ("… Sanders continued")
    nested: bool = False  # may sit inside a longer accepted span: the topic in a quotation's frame


_DOUBLE_QUOTE_CHARS = _QUOTE_CHARS.replace("’", "").replace("'", "")


def _nickname_at(text: str, i: int) -> int | None:
    """End of a quoted nickname opening at i inside a name ('Rui “The Hammer” Costa'), else None."""
    if not text[i - 1:i].isspace():
        return None  # the name's first word and a space come right before the mark
    # that word starts after a space or at the text's start: back over its letters only, not to the last space
    j = i - 2
    while j >= 0 and (text[j].isalnum() or text[j] in "_.-"):
        j -= 1
    if j >= 0 and text[j] != " ":
        return None
    m = NICKNAME_IN_NAME.match(text, j + 1)
    return m.end() if m and m.start(0) + len(m.group(1)) == i else None


def _has_quote_marks(phrase: str) -> bool:
    """Double quote marks in a would-be speaker phrase, a nickname inside a name apart."""
    if "“" in phrase or '"' in phrase:
        phrase = NICKNAME_IN_NAME.sub(r"\1N", phrase)
    return any(c in phrase for c in _DOUBLE_QUOTE_CHARS)


def _np_ok(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trimmed span of a plausible speaker noun phrase in text[start:end], or None."""
    while start < end and (text[start].isspace() or text[start] in "—–-," or text.startswith("''", start)):
        start += 2 if text.startswith("''", start) else 1  # "…,'' she said": the closing marks are no name
    while end > start and text[end - 1].isspace():
        end -= 1
    time = _LEADING_TIME.match(text, start, end)
    if time and (text[time.end():time.end() + 1].isupper() or _PRONOUN_NEXT.match(text, time.end(), end)):
        start = time.end()  # "On Wednesday Greek Foreign Minister Ana Reis said": when, then who
    if start >= end or _has_quote_marks(text[start:end]):
        return None
    if "—" in text[start:end] or "–" in text[start:end] or " - " in text[start:end]:
        return None
    if end - start > 200:  # a long span (an unpunctuated dump) has too many words: count only that many
        if sum(1 for _ in islice(_WORD.finditer(text, start, end), _MAX_NP_WORDS + 1)) > _MAX_NP_WORDS:
            return None
    words = _WORD.findall(text, start, end)
    if not words or len(words) > _MAX_NP_WORDS:
        return None
    # "Years after Bill Clinton": the speaker is the clause's subject after the subordinator
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() in _SUBORDINATORS:
            start = text.index(words[i], start) + len(words[i])
            return _np_ok(text, start, end)
    if len(words) == 2 and words[0] in ("Had", "Were", "Should") and words[1].lower() in PRONOUNS:
        return None  # "Had I said …, nobody would …": a counterfactual, nobody spoke
    if len(words) > 1 and words[0].lower() in PRONOUNS and words[0].lower() != "it":
        return None  # "he expects Obama": a clause, not a speaker
    # "But Wang said", "Though she called", "As Tabler noted": the conjunction is not part of the speaker
    while len(words) > 1 and (words[0].lower() in CONJUNCTIONS or words[0].lower() in _SUBORDINATORS
                              or words[0] == "As" and words[1][:1].isupper()):
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    # "Trump this week said": the time phrase is not part of the speaker
    if len(words) > 2 and words[-1].lower().strip(",") in TIME_WORDS and words[-2].lower() in ("this", "last", "on", "earlier"):
        words = words[:-2]
        end = start + text[start:end].rindex(words[-1]) + len(words[-1])
    if not any(c.isalpha() for c in text[start:end]) or ":" in text[start:end]:
        return None
    first = words[0].lower()
    if first == "of":
        return None
    at_least = first == "at" and len(words) > 3 and words[1].lower() == "least"  # "at least a dozen members of Congress"
    if (first in PREPOSITIONS and not at_least) or first in TIME_WORDS or first.endswith("ing") and not words[0][:1].isupper():
        return None
    demonstrative = len(words) == 2 and words[0].lower() in ("that", "this") and words[1].lower() in _UNNAMED_PERSONS
    if not demonstrative and any(w.lower() in CLAUSE_WORDS and (i == 0 or not w[:1].isupper()) and not (w.isupper() and len(w) > 1)
                                 for i, w in enumerate(words)):  # ("WHO Director-General …": an acronym)
        return None  # "Chairman Will Rogers" is a name, "will" a clause; "That person said" a speaker
    if len(words) == 1 and first in PRONOUNS:
        return start, end
    if not any(w[:1].isupper() for w in words) and len(words) > 4 and not _person_head(words) and not _owned_person(words):
        return None  # a long lowercase phrase is a clause, unless it opens with a person: "a source close to him"
    if "," in text[start:end] or ";" in text[start:end]:
        return None
    if words[-1].lower() in _DETERMINERS or any(_looks_verb(w) for w in words):
        return None  # "Wang made the remarks": a noun cue after a verb phrase
    return start, end


# A time phrase with no comma before the subject: "On Wednesday ", "This Tuesday evening ", "Earlier today "
_LEADING_TIME = re.compile(r"(?:(?:[Oo]n|[Tt]his|[Ll]ast|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|today|yesterday|(?<=[Tt]his\s)week|(?<=[Ll]ast\s)week)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s+")
_PRONOUN_NEXT = re.compile(r"(?:he|she|they|we)\b")
_DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
_SUBORDINATORS = frozenset("though although while when after because since before once whereas".split())


def _looks_verb(word: str) -> bool:
    low = word.lower()  # "teary-eyed", "long-awaited": hyphenated -ed words are adjectives
    return word[:1].islower() and ((low.endswith("ed") and low not in ED_ADJECTIVES and "-" not in low) or low in _VERBS)


_VERBS = frozenset("""made make makes gave give gives took take takes got get gets went go goes came come comes
    held hold holds met meet meets saw see sees knew know knows thought think thinks felt feel feels
    put puts let lets kept keep keeps sent send sends left leave leaves""".split())


# "is demanding", "He’s also saying", "they’re now urging": a progressive, the participle is the main verb
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|been)|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)[’'](?:s|re|m))(?:\s+(?:[a-z]+ly|also|now|still))?\s+$")
_CONTRACTED_BE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)([’'](?:s|re|m)(?:\s+(?:also|now|still))?)$")
_NOT_PROGRESSIVE = re.compile(r"\s*(?:,|and\b|or\b|to\b|of\b)")
_DO = frozenset("did does do".split())
_BE = frozenset("is are was were been".split())
_ADVERB = re.compile(r"[a-z]{3,}ly")
# Adverbs between a subject and its cue: "has since said", "first said", "workers here said", "would only say"
_CUE_ADVERBS = frozenset("since first here only never just even ever".split())
_LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly bully reply apply comply rely".split())


@lru_cache(maxsize=128)  # asked for the same cue by the trailing and the leading rules
def _subject_before(text: str, clause_start: int, cue_start: int) -> tuple[tuple[int, int], int, bool] | None:
    """Speaker phrase ending at the cue: (span, where the phrase's clause starts, preceded by comma).

    Handles "Wang said", "In a statement, Husted said", "Revesz, director of ..., said".
    """
    paren = text.rfind("(", clause_start, cue_start)
    if paren >= 0 and text.find(")", paren, cue_start) < 0:
        clause_start = paren + 1  # "… (Raphael Lemkin, who coined the word, once said": the aside opens a clause
    segment = text[clause_start:cue_start]
    words_end = cue_start
    stripped = segment.rstrip()
    # auxiliaries between subject and cue: "has said", "also told", "is calling for", "did note",
    # "has vigorously denied"
    cue_word = text[cue_start:cue_start + 12].split(None, 1)[0].lower().rstrip(",:;.")  # "would only say:"
    progressive = cue_word.endswith("ing")
    saying = cue_word in _SAY or cue_word in _TELL or cue_word in ("saying", "telling")
    while True:
        parts = stripped.rsplit(None, 1)
        if not parts:
            break
        word = parts[-1].lower()
        adverb = _ADVERB.fullmatch(parts[-1]) and word not in _LY_NOUNS  # "Kelly said", "the family said" keep theirs
        if saying and word in TIME_WORDS and len(parts) == 2 and parts[0].lower().endswith((" last", " this")):
            stripped = parts[0].rsplit(None, 1)[0].rstrip()  # "Beck, who backed Cruz, last week said"
            continue
        if not (word in AUXILIARIES or word in _DO or (progressive and word in _BE) or adverb or saying and word in _CUE_ADVERBS):
            break
        stripped = parts[0].rstrip() if len(parts) == 2 else ""
    contracted = _CONTRACTED_BE.search(stripped) if progressive else None
    if contracted:  # "He’s also saying …", "they’re now urging …": the pronoun before the contracted "is"
        stripped = stripped[:contracted.start(1)]
    stripped = _drop_aside(stripped)
    if _quoted_title_ends_appositive(stripped):
        stripped = stripped[:-1]  # 'Lehel, the hacker known as “Guccifer,” said': a quoted name ends the appositive
    words_end = clause_start + len(stripped)
    state = _PLACE_STATE.search(stripped) if stripped.endswith(",") else None
    if state:  # "a woman in Worcester, Massachusetts, told": the state is part of the place, not an appositive
        stripped = stripped[:state.start(1)] + ("," if stripped[:state.start(1)].count(",") else "")
        words_end = clause_start + len(stripped.rstrip(","))
    if stripped.endswith(","):  # appositive: "Revesz, director of X, said"
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma < 0:  # "Sen. Jack Reed (D-R.I.), said": a stray comma after a name
            lone = _np_ok(text, clause_start, clause_start + len(inner))
            names = text[lone[0]:lone[1]].split() if lone else []
            return (lone, clause_start, False) if len(names) > 1 and _proper_name(names) else None
        head_start = inner.rfind(",", 0, comma)
        if head_start >= 0:  # two commas or more: a named opener with a description of its own commas wins
            opening = _opening_name(text, clause_start, inner)
            if opening:
                return opening
        head = _np_ok(text, clause_start + head_start + 1, clause_start + comma)
        appositive = inner[comma + 1:]
        if head is None and head_start < 0:  # "One delegate not on the slate, Kelly Ames, told": the name speaks
            role = inner[:comma].split()
            name = _np_ok(text, clause_start + comma + 1, clause_start + len(inner))
            if (name and 1 < len(role) <= _MAX_NP_WORDS and _role_phrase(role) and not _quoted(inner[:comma])
                    and _proper_name(text[name[0]:name[1]].split())):
                return name, clause_start, False
        if head is None or len(appositive.split()) > 30:
            return _opening_name(text, clause_start, inner)
        if _ASIDE.fullmatch(appositive):  # "Murphy, though, said"
            return head, clause_start + head_start + 1, head_start >= 0
        name = _np_ok(text, clause_start + comma + 1, clause_start + len(inner))
        if head_start < 0 and name and _role_phrase(text[head[0]:head[1]].split()) and _proper_name(text[name[0]:name[1]].split()):
            return name, clause_start + head_start + 1, head_start >= 0  # "The minister, Wang Yi, said"
        if any(w.lower() in CLAUSE_WORDS for w in appositive.split()) and not _described_name(text, head, appositive):
            return _opening_name(text, clause_start, inner)
        return head, clause_start + head_start + 1, head_start >= 0
    comma = stripped.rfind(",")
    semicolon = stripped.rfind("; ")
    if semicolon > comma:  # "…; 46 percent said": a clause of its own starts there
        np_start = clause_start + semicolon + 1
        span = _np_ok(text, np_start, words_end)
        return (span, np_start, False) if span else None
    np_start = clause_start + comma + 1
    if comma >= 0:  # "On ABC’s “This Week,” Rubio said": the speaker follows the title's closing mark
        np_start += _closing_title_mark(stripped, comma)
    # "Ana Costa, the council's spokeswoman said"; not 'Lee, an aide said, “is …”' (an interposed frame)
    if comma >= 0 and not text[cue_start:cue_start + 12].split(None, 1)[0].endswith(","):
        unclosed = _unclosed_appositive(text, clause_start, stripped)
        if unclosed:
            return unclosed
    span = _np_ok(text, np_start, words_end)
    if span is None:
        return None
    if comma >= 0:
        resident = _OF_PLACE.fullmatch(text, clause_start, clause_start + comma)
        state = text[span[0]:span[1]].split()
        if resident and len(state) <= 2 and all(w[:1].isupper() for w in state):
            return resident.span(1), clause_start, False  # "Stacy Baker of Columbia, South Carolina says"
    return span, np_start, comma >= 0


_TITLE_CLOSE = re.compile(r"[”\"]|''")


def _closing_title_mark(stripped: str, comma: int) -> int:
    """Length of the quotation mark closing a short title at `comma`: 'On ABC’s “This Week,” Rubio said'
    (the show's name is quoted, the speaker follows it); 0 when no title closes there."""
    close = _TITLE_CLOSE.match(stripped, comma + 1)
    if close is None:
        return 0
    opening = max(stripped.rfind("“", 0, comma), stripped.rfind('"', 0, comma), stripped.rfind("''", 0, comma))
    if opening < 0 or not 1 <= len(stripped[opening:comma].split()) <= 5:
        return 0
    owner = stripped[max(0, opening - 30):opening].split()
    if not owner or not (owner[-1].endswith(("’s", "'s")) or owner[-1].lower() in PREPOSITIONS or owner[-1].lower() == "of"
                         or owner[-1].lower() in _TITLED_WORKS):
        return 0  # '“Thank you, son,” Cruz replied': a short quotation, no title
    return close.end() - comma - 1


_TITLED_WORKS = frozenset("show program programme series book film movie column newspaper magazine podcast".split())


# A place with its state before the cue: "of Washington, D.C.,", "in Worcester, Massachusetts,"
_PLACE_STATE = re.compile(r"\b(?:in|of|from)\s+(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*(,\s+(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*,)$")


def _quoted_title_ends_appositive(stripped: str) -> bool:
    """'Ames, host of RTP’s “Bom Dia,”' before a cue: a short quoted title closes a description set off by a comma."""
    if not stripped.endswith((",”", ',"')) or not _closing_title_mark(stripped, len(stripped) - 2):
        return False
    opening = max(stripped.rfind("“"), stripped.rfind('"', 0, len(stripped) - 1))
    return "," in stripped[:opening]


def _unclosed_appositive(text: str, clause_start: int, stripped: str) -> tuple[tuple[int, int], int, bool] | None:
    """'Ana Costa, the spokeswoman for the council said': a name opening its sentence and a description
    whose closing comma was dropped; the name speaks, not the description."""
    if stripped.count(",") != 1 or not text[clause_start:clause_start + len(stripped)].lstrip()[:1].isupper():
        return None
    described = text[clause_start + stripped.index(",") + 1:clause_start + len(stripped)].split()
    if not described or described[0].lower() not in ("the", "a", "an") or not _role_phrase(described):
        return None
    return _opening_name(text, clause_start, stripped + ",")


def _quoted(segment: str) -> bool:
    return any(c in segment for c in "“”\"«»;:")


_OF_PLACE = re.compile(r"\s*((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*)\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?")
_ASIDE_DASH = re.compile(r"\s(—|–|--?)$")


def _drop_aside(stripped: str) -> str:
    """Text before the cue without a description set off by dashes or parentheses: "Jason Sims — a teacher
    from Aiken — says", "Sen. Chris Murphy (a Democrat so boyish he …) says"; a party tag "(R-Ohio)" stays."""
    if stripped.endswith(")"):
        open_ = stripped.rfind("(")
        if open_ > 0 and len(stripped[open_:].split()) >= 3:
            return stripped[:open_].rstrip()
        return stripped
    dash = _ASIDE_DASH.search(stripped)
    if dash:
        open_ = stripped.rfind(" " + dash.group(1) + " ", 0, dash.start())
        if open_ > 0 and len(stripped[open_:dash.start()].split()) >= 3:
            return stripped[:open_].rstrip()
    return stripped


_APPOSITIVE_OPENERS = frozenset("""a an the who whose which meanwhile however too also himself herself his her its
    their one""".split())


_NAME_PARTICLES = frozenset("of de van von al bin la le da du del der".split())


def _opening_name(text: str, clause_start: int, inner: str, intros: int = 2) -> tuple[tuple[int, int], int, bool] | None:
    """'Christopher Harvey, an African-American delegate from Houston, Texas, said': a name opening
    the sentence, then a description with commas of its own, then the cue. Also "Marley Anderson, 21,
    a junior from Reno, said", "Sen. Lindsey Graham, R-S.C., said", "Nevada's governor, Brian
    Sandoval, a Republican, said" (the name after its title) and, after an opening phrase,
    "Speaking later, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said"."""
    lead = len(inner) - len(inner.lstrip())
    first = inner.find(",", lead)
    if first < 0:
        return None
    head = _np_ok(text, clause_start + lead, clause_start + first)
    if ((head is None or not _proper_name(text[head[0]:head[1]].split()))
            and _speaker_intro(text, clause_start + lead, clause_start + first) and text[clause_start + lead:][:1].isupper()):
        # "Overall, …", "Speaking later, Sen. X, who …, said": an opening phrase is never the name
        return _opening_name(text, clause_start + first + 1, inner[first + 1:], intros - 1) if intros else None
    appositive = inner[first + 1:]
    words = appositive.split()
    if (head is None or not words or len(words) > 30 or re.search(r",\s+(?:and|or)\s", appositive)
            or any(c in appositive for c in "“”\"«»;")):
        return None  # "Trump, Cruz, and Rubio said": a list, not a described name
    names = text[head[0]:head[1]].split()
    if _role_phrase(names):  # "Nevada's governor, Brian Sandoval, a Republican, said": the name speaks
        second = appositive.find(",")
        name = _np_ok(text, clause_start + first + 1, clause_start + first + 1 + (second if second >= 0 else len(appositive)))
        rest = appositive[second + 1:].split() if second >= 0 else []
        if name and _proper_name(text[name[0]:name[1]].split()) and (not rest or _appositive_opener(rest)):
            return name, clause_start + lead, False
        return None
    if not _appositive_opener(words) or not _proper_name(names):
        return None
    return head, clause_start + lead, False


def _proper_name(names: list[str]) -> bool:
    """'Sen. Claire McCaskill (D-Mo.)', 'Jeffrey D. Sachs', 'Ban Ki-moon' — not 'the State Department'."""
    return not ((not names[-1][:1].isupper() and not names[-1].endswith(")")) or names[0].lower() in DETERMINERS
                or names[0].lower() in NOT_NAME or names[0].lower() in _INTRO_WORDS
                or not all(w[:1].isupper() or w[:1] == "(" or w in _NAME_PARTICLES or w in TITLE_WORDS for w in names))


_PARTY_TAG = re.compile(r"\(?[RDI]-[A-Z][\w.]*\)?,?")  # "R-S.C.", "D-Mo."
# Asides between a name and its cue: "Murphy, though, said", "Rogers, for example, said"
_ASIDE = re.compile(r"\s*(?:though|however|meanwhile|too|also|instead|then|now|in turn|in contrast|of course|for example|"
                    r"for instance|for (?:his|her|their|its) part|at the time|in particular|at least|"
                    r"(?:when|if|after|once)\s+(?:asked|contacted|reached|pressed|questioned|approached)\b[^,;]{0,40}|"
                    # "One former employee, speaking on condition of anonymity because …, said"
                    r"(?:speaking|who\s+spoke)\s+(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s[^,;“”\"]{0,120})\s*")


def _appositive_opener(words: list[str]) -> bool:
    """A description after a name: "a junior from Reno", "21", "of Flint, Mich.", "R-S.C.", "chief
    executive of X", "facing a tough race", "during a town hall"; not a second name of a list."""
    first = words[0].lower().rstrip(",")
    return (first in _APPOSITIVE_OPENERS or first[:1].isdigit() or first == "of" or _PARTY_TAG.fullmatch(words[0]) is not None
            or first in TITLE_WORDS or first in PERSON_NOUNS or first in PREPOSITIONS
            or words[0][:1].islower() and first.endswith("ing") and len(first) > 5
            or len(words) > 1 and words[0][:1].islower() and words[1].lower() in TITLE_WORDS  # "research director for …"
            or _ASIDE.fullmatch(" ".join(words)) is not None)


def _role_phrase(words: list[str]) -> bool:
    """A title or description standing before the name it describes: "Nevada's governor", "One of the
    authors of the report", "Dow's chief executive"."""
    last = words[-1].lower()
    return (words[0].lower() in ("one", "a", "an", "the", "another") or words[0].endswith(("’s", "'s"))) and (
        words[0].lower() == "one" and len(words) > 2 and words[1] == "of" or last in TITLE_WORDS or last in PERSON_NOUNS
        or len(words) > 1 and words[1].lower() in _UNNAMED_PERSONS)  # "One delegate not on the slate, X, told"


_FINITE = frozenset("""is are was were has have had will would could should can may might must did does do
    remains remained""".split())


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


def _titled_source(phrase: str) -> bool:
    """A source holding a quoted title: "his book “The Deal”", "the ''Medicare for all'' document"."""
    return (phrase.count("“") == phrase.count("”") and phrase.count('"') % 2 == 0 and phrase.count("''") % 2 == 0
            and not phrase.lstrip().startswith(("“", '"', "''")) and bool(re.search(r"[“\"]|''", phrase)))


def _source_after(text: str, start: int, e: int) -> tuple[int, int] | None:
    """The source named after "according to": a noun phrase up to the next comma or the sentence end
    ("a New York Times/CBS News poll released last week", "Craig Bryan, head of ...")."""
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


_UNNAMED_PERSONS = PERSON_NOUNS | frozenset("lawmaker attendee person source delegate voter organizer".split())


def _person_head(words: list[str]) -> bool:
    """'a source close to him', 'two officials familiar with the talks': a determiner and a person noun."""
    return (len(words) > 1 and (words[0].lower() in _DETERMINERS or words[0].lower() in DETERMINERS)
            and (words[1].lower() in _UNNAMED_PERSONS or words[1].lower().rstrip("s") in _UNNAMED_PERSONS))


def _owned_person(words: list[str]) -> bool:
    """'the former vice president’s spokeswoman': someone's aide, the person noun last."""
    return (len(words) <= 6 and words[0].lower() in _DETERMINERS and words[-2].endswith(("’s", "'s"))
            and words[-1].lower() in _UNNAMED_PERSONS)


_SPEAKING_BODIES = frozenset("campaign administration company committee department agency organization union government ministry".split())


_CONTRACTED_IS = re.compile(r"[’']s$")


def _described_name(text: str, head: tuple[int, int], appositive: str) -> bool:
    """A proper name with a description that has a clause of its own ("Brunner, a developer who ...")"""
    words = text[head[0]:head[1]].split()
    unnamed = 2 <= len(words) <= 4 and (words[0].lower() in ("the", "one") or any(w.endswith(("’s", "'s")) for w in words[:-1])) and (
        words[-1].lower() in _UNNAMED_PERSONS or words[-1].lower() in _SPEAKING_BODIES)  # "Clinton's campaign, which …, said"
    if not words or not (words[-1][:1].isupper() or unnamed) or words[0].lower() in ("a", "an"):
        return False  # "The lawmaker, who represents Albay, said" describes one person too
    first = appositive.split(None, 1)[0].lower() if appositive.strip() else ""
    first = _CONTRACTED_IS.sub("", first)  # "Williams, who’s running to be a delegate, said"
    if (_cues(appositive) and first != "who") or any(c in appositive for c in "“”\"«»"):
        return False  # "Clinton, who called Sanders ..., told" still names her
    return first in ("a", "an", "the", "who", "which", "whose", "its", "his", "her") or first[:1].isdigit()


def _adverbial_tail(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is only a short time/place phrase ("on Wednesday", "in a statement")."""
    tail = text[start:end].strip(_TRAIL_PUNCT + _QUOTE_CHARS)
    if not tail:
        return True
    words = tail.split()
    return len(words) <= 8 and not any(w.lower().strip(",") in CLAUSE_WORDS for w in words) and (
        words[0].lower() in PREPOSITIONS or words[0].lower() in TIME_WORDS or words[0].lower() in AUXILIARIES
        or words[0].lower() in ("this", "last", "next", "late", "early"))


_TOLD_OBJECT = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w’'.\-]*\s*)+|reporters\b|journalists\b|me\b|us\b|him\b|her\b|them\b|"
                          r"(?:the|a|an)\s+(?:[A-Z][\w’'.\-]*\s+)*[a-z]+\b)")
_TAIL_CLAUSE = re.compile(r",\s+(?:as|but|who|which|citing|referring|according|adding|noting|saying|explaining|insisting)\b")


_WROTE_TO = frozenset("wrote writes".split())
_NAMED_OBJECT = re.compile(r"\s+(?:[A-Z][\w’'.\-]*\s*)+")


def _trailing_tail(text: str, cue: str, start: int, end: int) -> bool:
    """What follows a trailing cue is only its circumstances: "said on Friday", "told CNN on Sunday",
    "said Friday, as they bristled at ..."."""
    if cue in _TELL:
        obj = _TOLD_OBJECT.match(text, start, end)
        if obj:
            start = obj.end()
    elif cue in _WROTE_TO:  # "…, Costa wrote Lopes.": the one written to
        obj = _NAMED_OBJECT.match(text, start, end)
        if obj:
            start = obj.end()
    dash = _TAIL_APPOSITIVE_DASH.search(text, start, end)
    if dash:  # "…, the agency reported on Tuesday -- a development that …": a comment on the news follows
        end = dash.start()
    clause = _TAIL_CLAUSE.search(text, start, end)
    if clause:
        end = clause.start()
    return _adverbial_tail(text, start, end)


_TAIL_APPOSITIVE_DASH = re.compile(r"\s(?:--|—|–)\s+(?:a|an|the)\s+[a-z]+\s+(?:that|which)\s")


_HAVE = frozenset("has have had".split())
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


def _infinitive(words: list[str]) -> bool:
    """Words that open with an infinitive: "to impose tariffs", not "to Mr. Trump's remark"."""
    return len(words) > 1 and words[0] == "to" and words[1][:1].islower() and words[1] not in DETERMINERS


_DASH_ASIDE = re.compile(r"\s*(?:[—–]|--?\s)")


_DASH_ASIDE_BEFORE = re.compile(r"\s[—–]\s[^—–“”\"]{3,80}?\s[—–]\s*$")
_CLOSED_DASH_ASIDE = re.compile(r"\s*[—–]\s[^—–“”\"]{3,80}?\s[—–]\s*")


def _content_after(text: str, cue_end: int, end: int, cue: str) -> int | None:
    """Where reported content starts after a leading cue, skipping "that", objects and adverbials."""
    window = text[cue_end:min(end, cue_end + 140)]
    low = cue.lower()
    particles = CUE_PARTICLES.get(low.split()[-1], ())
    if particles:
        after = _particle_after(text, low, cue_end, end) if low in TOPIC_CUES else None
        if after is not None:
            return after
        m = re.match(r"\s+(" + "|".join(particles) + r")\b", window)
        if m:
            return cue_end + m.end()
        if low.split()[-1] in _CALL and _CALLED_OBJECT.match(window):
            return cue_end + 1  # "called the decision a mistake": object and what it was called
        if low not in TOPIC_CUES or low not in CLAUSE_CUES:
            return None  # but "commented that …" without "on" is still a clause
    if low in _ASK:  # "asked Kasich to lay out ...", "asked (him) whether ..."
        m = _ASKED.match(window)
        if not m:
            return None
        return cue_end + (m.start(1) if m.group(2) == "to" and m.group(1) else m.start(2))
    if low in _JUDGING_CUES or low in _DESCRIBE:  # not the passive "a study cited by Trump"
        return cue_end + 1 if window[:1] == " " and not window.startswith(" by ") else None
    m = re.match(r"\s+about\s", window)  # "complained about his mic"
    if m:
        return cue_end + m.end()
    m = re.search(r"\bthat\b", window)
    if m:
        between = window[: m.start()].split()
        if low in OBJECT_CUES and low not in CLAUSE_CUES and between:
            m = None  # "proposes breaking up banks that have grown": the object, not a that-clause
        elif len(between) <= 12 and not any((w.lower().strip(",") in CLAUSE_WORDS and not w[:1].isupper())  # "in May that"
                                            or w in _HAVE for w in between) and not (
                between and (between[0].lower() in PRONOUNS or _infinitive(between))):  # "said he saw no need …, telling X that …"
            # (but "promising to tax goods made by firms that …", "said officials have hidden data that …": a relative "that")
            return cue_end + m.end()
    # a day that opens the content, not one owning its object: "condemned Friday's test"
    # ("last" only before a day: "vowed last month to …" keeps its time phrase)
    m = re.match(r"[\s,:]*(?:(?:on|this)\s+|last\s+(?=Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                 r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                 r"today|yesterday|tonight)(?![’'\w]))?[\s,:]*", window)
    skip = m.end() if m else 0
    if low in _ADDRESS and window.startswith(" of "):
        return None  # "is assured of 318 delegates": certain, not told
    if low in _TELL or low in _ADDRESS:  # "told/assured reporters (on Monday) …", "telling CBS that …"
        m2 = _ADDRESSEE.match(window[skip:])
        if m2:
            skip += m2.end()
            m3 = re.match(r"(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*",
                          window[skip:])
            skip += m3.end() if m3 else 0
            m4 = _WHERE_TOLD.match(window, skip)
            skip = m4.end() if m4 else skip
    elif low in _INFINITIVE_CUES:  # "promised Sunday at a rally to end …"
        m4 = _WHERE_TOLD.match(window, skip)
        skip = m4.end() if m4 else skip
    if low.endswith("ing") and _DASH_ASIDE.match(window, skip):
        return None  # "criticizing — and even threatening to sue — the press": an aside first, the content unsure
    aside = _CLOSED_DASH_ASIDE.match(window, skip)
    if aside:  # "said — as reported by the Daily News — that …": the aside says where, the content follows it
        skip = aside.end()
    return cue_end + skip


def _names_someone(text: str, span: tuple[int, int], cue_start: int) -> bool:
    """A speaker who calls something something: a name, a pronoun or "the <noun>", not "a band called"."""
    words = text[span[0]:span[1]].split()
    while len(words) > 1 and words[-1].endswith(")"):
        words.pop()  # "Sen. Bernie Sanders (I-Vt.) called him divisive": the party tag names no one
        span = (span[0], text.rfind(words[-1], span[0], span[1]) + len(words[-1]))
    if text[cue_start - 1:cue_start] == "-" or not words:
        return False
    if words[0].lower() in ("a", "an"):  # "a furious Lopes called", not "a band called"
        return len(words) > 2 and _named(text, span)
    return (_named(text, span) or words[0].lower() in ("the", "his", "her", "their", "its")
            or _speaking_head(words))


# Who speak as a body: "Gowdy’s office", "many commentators", "some critics" (with the person nouns)
_CALLING_BODIES = _UNNAMED_PERSONS | frozenset("""office campaign team staff aide committee critic commentator
    supporter opponent observer pundit conservative liberal legislator economist""".split())


def _speaking_head(words: list[str]) -> bool:
    """A phrase whose head noun is a person or a body that speaks: 'Gowdy’s office', 'many commentators'."""
    head = words[-1].lower()
    return head in _CALLING_BODIES or head.endswith("s") and head[:-1] in _CALLING_BODIES


# What ends "called X Y": a second verb, a participle, a place or time phrase of the calling.
_NAMING_END = re.compile(r",?\s+and\s+(?:also\s+)?[a-z]+(?:ed|s)\b|\s+and\s+(?:he|she|they|I|we)\s|,\s+[a-z]+ing\b(?!\s+(?:and|or)\s)|,\s+(?:a|an)\s|"
                         r"\s(?:in\s+(?:a|an|his|her|their)\s|on\s+(?:his|her|their|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)|during|at\s+a\s)")
# "calling them rapists and vowing to …": a second speech act ends the naming
_AND_SPEAKING = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:%s)\b" % "|".join(sorted(PARTICIPLE_CUES)))
_AFTER_EPITHET = re.compile(r"(?<=[”\"'])\s+(?:instead\b|(?!(?:%s)\b)[a-z]+ing\b)" % "|".join(sorted(PARTICIPLE_CUES)))
# 'calling her “our champion” and her rival …': after the quoted name, "and" leads on (not 'and someone who …')
# or a summing-up appositive: "called the remarks “reckless,” an extraordinary rebuke"
_AND_AFTER_EPITHET = re.compile(r"[”\"](?:\s+\([^()]{1,40}\))?(,?\s+and\s)(?![“\"‘]|(?:someone|somebody)\s)|,[”\"](\s+(?:a|an)\s)")
_PHONED = re.compile(r"(?:[\w’'.]+\s+){1,4}(?:to\s+[a-z]|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_ASK = frozenset("ask asked asks asking".split())
# the one asked: a pronoun, a name ("former Attorney General Eric Holder"), "the/our <noun>", a bare group
# ("asked workers if", "asked voters whether") -- not "asked questions about", a topic; then a relative clause,
# a setting or an adverb: "asked Ames, who runs the port, to …", "asked the head of the port pointedly whether …"
_ASKED = re.compile(r"(\s+(?:him|her|them|me|us|(?:the\s+|(?:former|fellow|then|co-host|host|moderator|anchor)\s+)?(?:[A-Z][\w’'.\-]*\s*)+|"
                    r"(?:the|a|an|his|her|their|its|our|my|your|some|many|several)\s+[a-z]+(?:\s+(?:of\s+)?[a-z]+){0,3}?|"
                    r"(?!questions\b)[a-z]{3,}(?:ers|ents|ors|ans|ists|ees|ees|ies))(?:,\s+who\s[^,;]{1,80},)?)?"
                    r"(?:\s+(?:on|at|during|in)\s+[^,;]{1,40}?)?(?:\s+[a-z]+ly)?\s+"
                    r"(whether|if|what|how|why|who|whom|which|when|where|about|to|for)\b")
_ASKED_WHO_TO = re.compile(r"[^,;]{1,60}?,\s+who\s[^,;]{1,80},\s+to\s")  # "asked Ames, who runs the port, to close it"
_DESCRIBE = frozenset("describe described describes describing".split())
# "described himself as a centrist", "describing themselves as liberal": a self-description, whoever the subject
_SELF_AS = re.compile(r"\s+(?:himself|herself|themselves|itself|myself|ourselves)\s+(?:[^\s,;.]+\s+){0,5}?as\s")
_SELF_LABEL_END = re.compile(r",\s|\s+(?:with|but|while|and\s+(?:has|have|had|is|are|was|were|said|says|by|among|in|with))\s")
_DESCRIBED_AS = re.compile(r"(?:[^\s,;.]+\s+){1,8}?as\s")
_CALL = frozenset("call called calls calling".split())
# "called the plan “a disaster”": an object, then the quoted name it was called -- not "a site called “X”"
_CALLED_EPITHET = re.compile(r"\s+(?!(?:the|a|an)\s+[“\"])(?:[\w’'.\-]+\s+){1,6}?[“\"]")
_IN_WHICH = re.compile(r"\bwhich\s+(?:[\w’'.\-]+\s+){1,3}$")
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|should|may|can|will|does|do|did)(?:\s+have)?\s+$")
_WORD_AFTER = re.compile(r" (?!(?:on|in|at|to|during|after|before|as|with|from|of|about|later|then|again|back|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\w“\"']")
# "… as “my friends” and showed compassion", "… but also had to"
_AND_ACT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?:[a-z]+ed|had|has)\b")
_RECIPROCAL = re.compile(r"(?:each\s+other|one\s+another)\b")
_AS_THEN_FOR = re.compile(r"\sas\s[^,;]*?(\s+for\s+[a-z]+ing\b)")
_BLAST = frozenset("blast blasted blasts blasting".split())
# "disclosed its work for the Gulf states", "disclosed that …" -- not "disclose more about themselves", and
# the recipient is no part of what was disclosed ("disclosed the memo to the AP")
_DISCLOSE = frozenset("disclose disclosed discloses".split())
_DISCLOSED_AMOUNT = re.compile(r"(?:more|less|little|much|nothing|anything|few)\b")
_DISCLOSED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w.]*|reporters|investigators|regulators|police|press)\b")
# "threatened to sue", "threatens that …": a threat voiced, only by someone (see _threat_by_someone)
_THREATEN = frozenset("threaten threatened threatens threatening".split())
# Cues whose content is a "to" clause of what the speaker will do: "pledged to make Apple …", "threatened to sue"
_INFINITIVE_CUES = frozenset("""pledge pledged pledges pledging vow vowed vows vowing promise promised promises promising
    urge urged urges urging""".split()) | _THREATEN
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
_FRONTED_CLAUSE = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:(?:[Aa]|[Aa]\s+few|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:\w+\s+)?"
                             r"(?:days?|weeks?|months?|years?)\s+(?:after|before)|(?:Days|Weeks|Months|Years)\s+(?:after|before)|"
                             r"[Aa]t\s+the\s+moment|[Ww]hen|[Aa]fter|"
                             r"[Bb]efore|[Ww]hile|[Ss]ince|[Oo]nce|[Uu]ntil|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ww]henever)\s[^,;:“\"]*$")
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


_REFER = frozenset("referred refers".split())
_RESPOND = frozenset("respond responded responds".split())
_RESPONDED_BY_ACT = re.compile(r"by\s+(?:first\s+)?([a-z]+ing)\b")
# "called him a liar", "called the test “a clear violation”" -- not "called to/off/up/in", "called it quits"
_CALLED_OBJECT = re.compile(r"\s+(?!(?:to|off|up|in|out|back|it quits|a meeting|a press conference|an? (?:emergency|special|snap)|"
                            r"the police|police|\d)\b)[\w“\"‘']")


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start:
        if text[end - 1] in " \t.;:,":
            end -= 1
        elif text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
            end -= 1  # "(On Monday he said he would go.)": the aside's closing mark is not said
        else:
            break
    return end


def _to_closing_mark(start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """Content that stops inside a quotation it opened runs to the closing mark: 'said "A. B."' is
    both sentences, whatever the sentence splitter saw inside the marks."""
    i = bisect_right(quotes, end - 1, key=lambda q: q.start) - 1
    if i >= 0 and start <= quotes[i].start and end < quotes[i].end:
        return quotes[i].end
    return end


def _inside(spans: list[QuoteSpan], pos: int) -> bool:
    """Whether pos falls in one of `spans` (sorted by start, not overlapping)."""
    i = bisect_right(spans, pos, key=lambda q: q.start) - 1
    return i >= 0 and pos < spans[i].end


# A title-case headline: "Glenn Beck Says Trump Poses A Threat", "Tax Plan Is A Gift To The Rich, Senator Says."
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
# "Mayor Gomes Promises New Bridge", "Leaked Emails Reveal …": verbs whose object is what was said, but
# not "Claims" (as often the noun: "… Rejects Claims He …") nor "Hits" (a blow, a target)
_HEADLINE_VERBS = re.compile(r" (?:Says?|Said|Tells?|Told|Explains?|Asks|Blasts?|Slams?|Promises?|Pledges?|Vows?|Announces?|Reveals?|Warns?|Accuses?|Declares?|Predicts?|Admits?|Insists?|Touts?|Rips|Knocks|Mocks) (?=[“‘'\"#]?[A-Z0-9])")
# "… A Health Crisis, Senator Says." / "…, Mayor Tells Fishermen."
_HEADLINE_TRAILING = re.compile(r",[’'”\"]? ((?:[A-Z][\w’'.\-]*\s){0,3}[A-Z][\w’'.\-]*) (Says|Tells(?: [A-Z][\w’'\-]*){1,3})\.?\s*$")
_HEADLINE_SECOND = re.compile(r", (?=[A-Z][a-z]+s\s)")  # "…Hacked DNC, Calls Trump’s Remarks ‘Troubling’"
# a live blog's time stamp or a kicker before the speaker ("After The Vote, Mayor Gomes Said …")
_HEADLINE_LEAD = re.compile(r".*(?:\d[AP]M|[:—–|,]\s)")
# a live blog's time stamp, a run of headlines; one character class first lets re skip ahead to it (1.6x faster)
_HEADLINE_RUN = re.compile(r"[\d—–|](?:(?<=\d)[AP]M|(?<=[—–|]))")
_HEADLINE_ADVERB = re.compile(r" (?:Just|Now|Also|Again|Finally|Reportedly|Quietly)$")  # "Gomes Just Said": not the name


def _headline_claim(text: str, a: int, b: int, para: int) -> _Candidate | None:
    """The claim of a one-line title-case headline with "Says" or another cue verb in it (lower-case cues are
    found elsewhere)."""
    end = _strip_end(text, a, b)
    if _HEADLINE_RUN.search(text, a, end) and _headline_case(text[max(a, end - 80):end]) and (
            end - a > 160 or not _headline_case(text[a:end])):
        # "… 9:23PMRubio Says …", "… Found— Ames Says …": a headline after a time stamp or a run of others
        lead = _HEADLINE_LEAD.match(text, a, end)
        a = lead.end() if lead else a
    if end - a > 160 or "\n" in text[a:end] or text[end - 1:end] in "?!":
        return None
    words = _HEADLINE_WORD.findall(text, a, end)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return None
    trailing = _HEADLINE_TRAILING.search(text, a, b)
    if trailing:  # "‘ISIS Truther’ Trump Is Like A Lawyer’s Dumbest Client, Trevor Noah Says."
        if len(text[a:trailing.start()].split()) < 3:
            return None
        return _Candidate(a, trailing.start() + (1 if text[trailing.start() + 1:trailing.start() + 2] in "’'”\"" else 0),
                          "indirect", trailing.group(2).split()[0], trailing.span(1), 3, para)
    says = _HEADLINE_VERBS.search(text, a, end)
    if not says:
        return None
    lead = _HEADLINE_LEAD.match(text, a, says.start())
    adverb = _HEADLINE_ADVERB.search(text, a, says.start())  # "Al Sharpton Just Said …": Sharpton speaks
    speaker_end = adverb.start() if adverb else says.start()
    speaker = _np_ok(text, lead.end() if lead else a, speaker_end)
    if speaker is None or len(text[speaker[0]:speaker[1]].split()) > 5 or not text[speaker[0]:speaker[0] + 1].isupper():
        return None
    if says.group().strip() not in ("Says", "Say") and text[speaker[0]:speaker[1]].endswith("ed"):
        return None  # "Inquiry Helped Reveal …": the verb belongs to another predicate
    start = says.end()
    if re.match(r"(?:No|Yes)\s+[Tt]o\b", text[start:start + 8]):
        return None  # "Clinton Says No To Fox News": a refusal, not a claim
    second = _HEADLINE_SECOND.search(text, start, end)
    stop = _strip_end(text, start, second.start() if second else end)
    if len(text[start:stop].split()) < 2:
        return None
    return _Candidate(start, stop, "indirect", says.group().strip(), speaker, 3, para)


def _leading_before_trailing(text: str, s: int, trailing: _Candidate, para: int, quotes: list[QuoteSpan],
                             doc_cues: list[re.Match[str]], cue_starts: list[int]) -> list[_Candidate]:
    """A sentence opening with a frame of its own before a trailing one: "Other mayors said A, but B, they
    said." -- A is the opening frame's, and the trailing frame has only the clause after it."""
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
        # "…, the Post reported, citing another anonymous source": the frame's participle is speech too
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
            got = _subject_before(text, s, m.start()) if low in CLAUSE_CUES else None
            own_clause = low in CLAUSE_CUES or low in OBJECT_CUES or low in TOPIC_CUES  # "…, and she accused X of Y"
            joined = _joined_clause(text, prev.start, m.start()) if own_clause else None
            if joined is None and own_clause:  # "… after the candidate suggested B"
                joined = _subordinate_speaker(text, prev.start, m.start())
            if joined:  # "A, and other GOP leaders said B", "A and others have said B"
                span, cut = joined
            elif got and got[2] and got[1] > prev.start and _named(text, got[0]):
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
        if hearsay:  # "Some advisers are said to be urging the governor …": hearsay, nobody named
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
            # "According to the officer in charge of the CIA's base that night, …": sources run long
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
        if low in JUDGING_CUES and low.endswith("ing") and _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "the tweet was really mocking the fact that …": a description, not a speech act reported
        if low in TOPIC_CUES and not _topic_verb(text, s, m):
            continue  # "Trump’s repeated accusations", "names mentioned as nominees": no one mentions here
        if low in _WRITE and _WRITE_NO_OBJECT.match(text, m.end()):
            continue  # "learned to read and write at a young age": writing, not words written
        as_frame = _as_frame_after(text, s, m, e_content) if low in CLAUSE_CUES else None
        if as_frame:  # "Ames also met the mayor, as the Gazette reported on Tuesday, and …": the clause before
            found.append(_Candidate(as_frame[0], as_frame[1], "indirect", cue, as_frame[2], 3, para))
            continue
        relative = _relative_frame(text, s, m, e_content) if low in _RELATIVE_CUES else None
        if relative:  # "an event that Carson says led him to Christ": the clause is what he says
            rel_start, speaker = relative
            end = _relative_end(text, rel_start, _content_end(text, rel_start, e_content, quotes), quotes)
            found.append(_Candidate(rel_start, end, "indirect", cue, speaker, 3, para))
            continue
        if low in _REPORTED_BY and _AS_REPORTED.fullmatch(text, s, m.start()) and text.startswith(" by ", m.end()):
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
            continue  # "McConnell, who has both endorsed Trump and criticized his campaign, offered …": a record
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
        if by_doing:  # "… by telling Clinton she had been an able opponent": the subject of the clause acts
            span = _sentence_subject(text, s, m.start())
        unnamed = span is None and not by_doing and (_unnamed_sayer(text, s, m) or _unnamed_participle(text, s, m))
        request = span is None and _urges_to(text, m, e_content)  # "families of the victims urged X to …"
        if span is None and not by_doing and not unnamed and not self_described and not _topic_clause(text, s, m) and not _suggests_that(text, m) and not request and not (low in _CALL and _CALLED_EPITHET.match(text, m.end(), e_content)
                                                  and text[m.start() - 1:m.start()] != "-"
                                                  and not _IN_WHICH.search(text, max(s, m.start() - 40), m.start())):
            # "called Trump “a pathological liar”" is speech even when its subject is not found -- but
            # "tweets in which he called X “Y”" is part of what the tweets are said to contain
            continue
        if low in _THREATEN and not _threat_by_someone(text, span, m):
            continue  # "the dispute threatened to derail the talks": no one threatens
        start = _content_after(text, m.end(), e_content, cue)
        if start is None:
            continue
        if low in _POINT and text.startswith(" to ", m.end()) and not _points_to_argument(text, s, m, e_content):
            continue  # "pointing to his ears", "has long pointed to her record": a gesture, a stock line
        if ("," in text[m.end():start] and text[start:start + 12].split(None, 1)[0].lower() in _CONCESSIVE
                and not _THAT_LATER.search(text, start, e_content)):
            continue  # "Biden denied, though Trump said …": the cue took no content, a new clause starts
        if (low in _ACTION_CUES and not _THAT_NEXT.fullmatch(text, m.end(), start) and not _QUOTE_OPEN.match(text, start)
                and not _that_after_setting(text, m.end(), start)
                and not (low in _AGREE and _BARE_CLAUSE.match(text, m.end()))):
            continue  # "declared a state of emergency", "agreed to add two members", "maintained his lead": an act
        if low in _CALL and text.endswith(" out", m.end(), start) and not _CALLED_OUT_FOR.match(text, start, e_content):
            continue  # "called out the National Guard": troops sent; "called out X for Y" is a rebuke
        if low in _BLAST and not _BLASTED_FOR.match(text, start, e_content):
            continue  # "blasted rock", "blasted Sanders": only "blasted X for Y" / "as Y" is a rebuke told
        if low in _PROPOSE and _BILL.match(text, start):
            continue  # "proposed legislation that would …": a bill tabled, not words (but "proposed a levy")
        act = _RESPONDED_BY_ACT.match(text, start) if low in _RESPOND else None
        if act and act.group(1) not in QUOTE_CUES:
            continue  # "responded by pointing a finger", "by sidestepping Moscow" -- but "responded by saying …"
        setting = _AS_SETTING.match(text, start) if (_AS_FRAME.fullmatch(text, s, m.start()) and low in CLAUSE_CUES
                                                     and low not in CUE_PARTICLES) else None
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
            if after:  # 'called Cruz the “ultimate hypocrite,” linking to …': the name ends the naming
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
        if second is not None:
            end = _strip_end(text, start, second)
        if low in _ASK:  # a question asked ends at the clause: "when I asked him if ..., he looked"
            relative = _ASKED_WHO_TO.match(text, start, end)
            comma = text.find(",", relative.end() if relative else start, end)  # "asked Ames, who …, to …"
            if comma > start and not _inside(quotes, comma):
                end = _strip_end(text, start, comma)
        if low in _POINT and text.startswith(" to ", m.end()):
            end = _evidence_end(text, start, end, quotes)
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
        elif low in _EXPRESS:
            start = _feeling_object(text, start, end)
        written_on = _WRITTEN_ON.match(text, m.end() + 1, end) if low in _WRITE else None
        if written_on:
            start, end = _topic_span(text, written_on.end(), end, quotes)
        short_object = _short_object(text, low, start) or written_on is not None  # "denied the charges"
        media = _MEDIA_TAIL.search(text, start, end) or _DAY_TAIL.search(text, start, end)  # "claimed victory in a tweet"
        if media and not _inside(quotes, media.start()) and _brief_noun_phrase(text[start:media.start()].split()):
            end = _strip_end(text, start, media.start())
        if low in _DISCLOSE and _DISCLOSED_AMOUNT.match(text, start):
            continue  # "people disclose more about themselves online": an amount shared, nothing reported
        told_to = _DISCLOSED_TO.search(text, start, end) if low in _DISCLOSE else None
        if told_to and not _inside(quotes, told_to.start()):
            end = _strip_end(text, start, told_to.start())  # "disclosed them to the AP": what, not to whom
        day = _DAY_TAIL.search(text, start, end) if low in _THREATEN else None
        if day and not _inside(quotes, day.start()):
            end = _strip_end(text, start, day.start())  # "threatened to quit Thursday night in the debate": the threat only
        if len(text[start:end].split()) < 3 and not short_object and not (
                (low in OBJECT_CUES or low in _JUDGING_CUES or low in _DESCRIBE or media) and end > start) and not (
                low in _SAY and _SHORT_ANSWER.fullmatch(text, start, end)) and not (
                naming and len(text[start:end].split()) == 2):  # "calling it “absurd”": what and what it was called
            continue
        first = text[start:end].split(None, 1)[0].lower()
        between = text[m.end():start].split()  # "said that over the last days he …", not "hinted at that in …"
        after_that = bool(between) and between[-1] == "that" and (len(between) == 1 or between[-2].lower() not in PREPOSITIONS)
        # "told supporters to “go vote”", "pledged to make Apple “build their computers here”"
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
        found.append(_Candidate(start, end, "indirect", cue, span, 3, para, referent=referent or framed_referent))
    return found + questions


# Verbs of saying that take a "that" clause: "Republicans who backed him warned on Tuesday that …"
_THAT_CLAUSE_VERBS = frozenset("""warned warns warn argued argues argue insisted insists insist acknowledged acknowledges
    acknowledge admitted admits admit noted note stressed stresses stress explained explains explain added adds
    stated wrote writes write reported report told tell tells""".split())
_THAT_CLAUSE = re.compile(r"\s+(?:(?:on|last|this|earlier)\s+[A-Za-z]+\s+)?that\s")


# "…, and when asked whether B, he said": a second half of the sentence, opened by a subordinate clause
_SECOND_HALF = re.compile(r",\s+(?:and|but)\s+(?:(?:when|after|once|if|while|before|as)\s|asked\b)")
_RELATIVE_TAIL = re.compile(r"(?:which|who|where)\s")  # a trailing attribution's content opening a relative clause


# Cues whose "that"-clause is reported whoever the subject is: "official data suggest that …",
# "activists who have demanded that …", "Lopes proposed that every port …"
_THAT_CLAUSE_CUES = frozenset("""suggest suggested suggests suggesting propose proposed proposes proposing
    urge urged urges urging demand demanded demands demanding recommend recommended recommends recommending""".split())


def _suggests_that(text: str, m: re.Match[str]) -> bool:
    """"Polls suggested that …": what a source suggests, proposes or demands is reported even when the source is
    no speaker the subject finder knows (the content is kept, the speaker left unresolved)."""
    return (m.group().lower() in _THAT_CLAUSE_CUES and text.startswith(" that ", m.end())
            and not _NOT_TO.search(text, max(0, m.start() - 12), m.start()))


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


def _first_match(text: str, start: int, end: int, *patterns: re.Pattern[str]) -> re.Match[str] | None:
    """The earliest match of any of `patterns` in text[start:end]."""
    hits = [h for h in (p.search(text, start, end) for p in patterns) if h]
    return min(hits, key=lambda h: h.start(), default=None)


# "As the Times noted in an op-ed Thursday, …": an "as" frame, its setting, then what was noted
_AS_FRAME = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?[Aa]s\s+(?:[\w’'.\-]+\s+){1,8}?(?:has\s+|had\s+|have\s+)?")
_AS_SETTING = re.compile(r"\s*(?:(?:in|on|at|during|last|this|earlier|recently)\b(?![^,;]*\b(?:what|how|why|whether|who)\b)"
                         r"[^,;:“”\"]{0,60}|[a-z]+ly),\s+")  # not "As X hints at what Y, Z"


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

# A relative clause's subject, with an auxiliary or adverbs: "the union, which has strongly denied …"
_RELATIVE_SUBJECT = re.compile(r",\s+(?:who|which)(?:\s+(?:has|have|had|also|later|previously|once|first|[a-z]+ly)){0,2}\s+$")


def _relative_subject(text: str, s: int, m: re.Match[str]) -> bool:
    """The cue is the verb of a relative clause set off by a comma: "Bush and Christie, who say …", "the
    port union, which has warned that …" -- someone described speaks, even when the name is unclear."""
    return _RELATIVE_SUBJECT.search(text, max(s, m.start() - 60), m.start()) is not None


def _pledge_to(text: str, m: re.Match[str]) -> bool:
    """A promise or an appeal with its infinitive: "pledged to cut the levy", "urged to wait"."""
    return m.group().lower() in _INFINITIVE_CUES and text.startswith(" to ", m.end())


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
    prev = before.rsplit(None, 1)[-1].lower()
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


_AND_BETWEEN = re.compile(r"[\s,]*and\s+(?:then\s+|also\s+)?")


def _coordinated_participle(text: str, m: re.Match[str], found: list[_Candidate]) -> tuple[int, int] | None:
    """"Lopes cut into Ruiz, calling him a stiff and accusing him of …": a second speaking participle
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
_THAN_CLAUSE = re.compile(r"\s+than\s+(?:he|she|they|it|I|we|in|at|on|during|ever|before|usual)\b")  # "talked more about policy than he has"
# A topic is a noun phrase: after its comma "but" or a verb resumes the sentence ("while talking about the
# issue, made no comment", "without mentioning Sanders, but that has begun to change")
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
    first = text[start:start + 12].split(None, 1)
    return low in SHORT_OBJECT_CUES and bool(first) and first[0].lower() in _OBJECT_OPENERS


_TOPIC_CLAUSE_OPENER = re.compile(r"\b(?:by|while|after|before|when|without)\s+$")


def _topic_clause(text: str, s: int, m: re.Match[str]) -> bool:
    """A topic participle that opens a clause of its own, its speaker left unnamed when the sentence does not
    say who: "After talking about security, …", "launched his campaign by talking about the wall"."""
    return (m.group().endswith("ing") and m.group() in TOPIC_CUES
            and _TOPIC_CLAUSE_OPENER.search(text, max(s, m.start() - 10), m.start()) is not None)


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
# What stands between the subject and a topic or object cue it did not (or would not) use: "Trump did not
# mention", "Cruz never mentioned", "A spokeswoman declined to comment on", "He failed to mention", "did not
# explain the delay", "Trump made no mention of" (the noun, with "of" after it).
_NEGATION_BEFORE = re.compile(r"(?:\b(?:did|does|do|would|could|has|have|had)(?:\s+not|n[’']t)|\bnever|"
                              r"\b(?:declined|declines|refused|refuses|has\s+refused|have\s+refused|hesitated|was\s+quick|"
                              r"were\s+quick|went\s+off\s+script|failed|fails|neglected|forgot|careful\s+not)(?:\s+at\s+first)?\s+to|"
                              r"\b(?P<noun>(?:made|makes|make)\s+(?:no|little|scant|only\s+passing)(?:\s+[a-z]+)?))(?:\s+[a-z]+ly)?\s+$")


def _negated_subject(text: str, s: int, m: re.Match[str]) -> tuple[int, int] | None:
    """Speaker of a topic not raised: "Trump did not mention Ryan", "Cruz never mentioned Trump by name",
    "A spokeswoman declined to comment on the request" -- what was left unsaid is still reported speech."""
    neg = _NEGATION_BEFORE.search(text, max(s, m.start() - 40), m.start())
    if neg and neg.group("noun") and not (m.group() == "mention" and text.startswith(" of ", m.end())):
        return None  # "made no mention of": only the noun "mention"
    got = _subject_before(text, s, neg.start()) if neg else None
    if not got or got[2] and not _speaker_intro(text, s, got[1]):
        return None  # "In a departure from custom, Trump made no mention of …" keeps its speaker
    last = text[got[0][0]:got[0][1]].split()[-1].lower()
    return got[0] if _named(text, got[0]) or last in _UNNAMED_PERSONS else None


# The speaker's relative clause runs up to the cue: "Sanders, who endorsed Canova and said A, did not B"
_RELATIVE_UNTIL_CUE = re.compile(r",\s+who\s[^,;:]*$")


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
    if comma > s and len(text[s:comma].split()) <= 8 and _SUBORDINATE_MID.match(text, comma + 1, cue_start):
        return True  # "His standing, even after he criticized the mayor, shows …": a short opening, then the clause
    return comma > s and bool(_SUBORDINATE_INSIDE.match(text, comma + 1, cue_start))


_JOINING = re.compile(r"(,)?\s+(?:and|but|while|whereas)\s+(?=\S)")
_WARN_LIKE = frozenset("warn warned warns warning".split())
# The occasion of a promise or a warning, not part of it: "vowed to court Latinos in the wake of the defeat"
_OCCASION = re.compile(r"\s(?:after|in\s+the\s+wake\s+of|amid|following|despite)\s")


def _occasion_at(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """Where the occasion of a promise or a warning starts: "warned officials to boost security after hackers
    struck", "vowed to court Latinos in the wake of the defeat" -- the promise is what comes before."""
    m = _OCCASION.search(text, start, end)
    if not m or _inside(quotes, m.start()) or len(text[start:m.start()].split()) < 3:
        return None
    return m.start()


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


def _inside_quote_marks(text: str, a: int, b: int) -> bool:
    """An opening quotation mark in text[a:b] that is not closed there."""
    return text.count("“", a, b) > text.count("”", a, b) or text.count('"', a, b) % 2 == 1


_CLAUSE_COMMA = re.compile(r",(?:''|[”\"’'])?\s")  # not "2,400"; also 'said A was “wrong,” B …'


def _main_clause_comma(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """End of content in a fronted subordinate clause: its first comma outside quotation marks (a comma
    just inside closing marks counts), when a main clause of some words follows."""
    for m in _CLAUSE_COMMA.finditer(text, start, end):
        if not _inside(quotes, m.end() - 1):
            if len(text[m.end():end].split()) >= 3:
                return _strip_end(text, start, m.start()) if m.end() - m.start() == 2 else m.end() - 1
            break
    return end


# A relative clause whose verb is framed by a cue: "which he said the government should pay for", "an event
# that Carson says led him to Christ", "who U.S. officials say is tied to Russia". The relativizer opens the
# content; the subject between it and the cue speaks.
_RELATIVE_FRAME = re.compile(r"(?<![\w’'])(which|that|who)\s+((?:[\w’'.\-]+\s+){0,4}?[\w’'.\-]+)"
                             r"(?:\s+(?:also|previously|now|later|have|has|had))?\s+$")
# Nouns whose "that" opens a content clause, not a relative one: "the claim that Trump said …"
_CONTENT_NOUNS = frozenset("""fact claim claims idea notion news report reports belief argument assertion suggestion
    statement evidence sign signs view possibility chance hope fear fears concern concerns word so such""".split())


_RELATIVE_CUES = frozenset("""say says said add adds added argue argues argued claim claims claimed note notes noted
    allege alleges alleged contend contends contended insist insists insisted conclude concludes concluded""".split())
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
_ASKED_WHEN = re.compile(r"\b[Ww]hen\s+$")
_ASKED_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+$")
_ASKED_QUESTION = re.compile(r"(?:\s+(?:by\s+)?(?:reporters|journalists|him|her|them|me|us)\b)?"
                             r"(?:\s+(?:on|in|at|during|last|this|by)\s+[^,;“\"]{1,40}?)?(?:\s+(?:later|again|directly|specifically|recently))?"
                             r"\s+(?:(about)\s+|(?=(?:whether|if|what|how|why|who|whom|which|when|where|to)\s))")


_QUESTION_END = re.compile(r"\s+(?:[—–]|-{1,2})\s+|\s+by\s+(?:the\s+)?[A-Z]|\s+(?:during|in)\s+(?:an?|the|his|her)\s+(?:[a-z]+\s+)?(?:interview|debate|appearance|speech|news|press)")


_REPORTED_BY = frozenset("reported noted".split())
_AS_REPORTED = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?[Aa]s\s+(?:first\s+|previously\s+|earlier\s+)?")
_NAME_GIVEN = re.compile(r"(?:\s+(?![-—–]\s)(?!(?:and|but|or|as|to|that|which|who|because|when|while|in|on|at|for)\b)"
                         r"[\w’'“”\"\-]+){1,8}")
# 'a country that the last nominee, Ana Costa, called “our main rival”': the namer with an appositive
_RELATIVE_NAMER_APPOSITIVE = re.compile(r"\b(?:what|which|whom?|that)\s+((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+),\s+[^,;“”\"]{1,80},"
                             r"(?:\s+(?:once|has|had|have|also|repeatedly|recently|later|often|each))?\s+$")
_RELATIVE_NAMER = re.compile(r"\b(?:what|which|whom?|that)\s+((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)"
                             r"(?:\s+(?:once|has|had|have|also|repeatedly|recently|later|often|each))?\s+$")


def _framed_speaker(text: str, s: int, cue_start: int, quotes: list[QuoteSpan]) -> tuple[int, int] | None:
    """'“…,” said Peter Rice, chairman of Fox, noting that …': a participle after a quotation's frame
    shares the frame's speaker."""
    if not text[s:cue_start].rstrip().endswith(","):
        return None
    i = bisect_right(quotes, cue_start, key=lambda q: q.start) - 1
    if i < 0 or quotes[i].end <= s or quotes[i].end > cue_start:
        return None
    frame = _after_attribution(text, quotes[i].end, cue_start)
    if frame is None or text[frame[2]:cue_start].count(",") > 3 or _cues(text, frame[2], cue_start):
        return None
    return frame[1]


_NOT_VERBS_S = frozenset("his its this as us has was is ties news".split())
_RELATIVE_SPEAKER = re.compile(r"\b(?:(which|who|whom)\s+(he|she|they|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})|"
                               r"(whose)\s+([a-z]+|[A-Z][\w’'.\-]*))(?:\s+(?:also|has|had|have|later|once|repeatedly))?\s+$")


def _relative_speech(text: str, s: int, m: re.Match[str], e_content: int, quotes: list[QuoteSpan],
                     para: int) -> _Candidate | None:
    """'the department, which he argued seeks to restore equity' (the relative pronoun is the subject
    of what was said: the content starts at it), 'Trump, whose attorneys argued that …'."""
    low = m.group().lower()
    if low not in CLAUSE_CUES:
        return None
    rel = _RELATIVE_SPEAKER.search(text, max(s, m.start() - 50), m.start())
    if not rel or rel.group(2) and rel.group(2).split()[0].lower() in NOT_NAME:
        return None
    speaker = rel.span(2) if rel.group(2) else rel.span(4)
    start = _content_after(text, m.end(), e_content, m.group())
    if start is None:
        return None
    if not re.search(r"\bthat\s*$", text[m.end():start]):
        verb = text[start:start + 20].split(None, 1)[0].lower() if text[start:start + 20].strip() else ""
        if verb not in _FINITE and not (verb.endswith("s") and verb not in _NOT_VERBS_S):
            return None  # "which Beijing has vowed to ignore": the pronoun is an object, not a speaker's subject
        start = rel.start()  # "which he argued seeks …": "which" is the subject of the words reported
    start += _lead_space(text, start)
    end = _content_end(text, start, e_content, quotes)
    if len(text[start:end].split()) < 3:
        return None
    return _Candidate(start, end, "indirect", m.group(), speaker, 3, para)


def _relative_naming(text: str, s: int, m: re.Match[str], e_content: int, quotes: list[QuoteSpan],
                     para: int) -> _Candidate | None:
    """'what Newt Gingrich called “the loudest election”', 'which he described as “an open orchid”':
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
    i = bisect_left(quotes, quote_from, key=lambda q: q.start)
    if i < len(quotes) and not text[quote_from:quotes[i].start].strip():
        # the quotation follows the verb at once: 'called “a disgrace”', "called ''a disgrace''"
        # (past an appositive, 'what Costa, a port official, called “a farce”', only the quotation)
        start = quotes[i].start if "," in text[rel.start():m.start()] else rel.start()
        return _Candidate(start, min(quotes[i].end, e_content), "mixed", m.group(), span, 3, para)
    if rel.group().split()[0].lower() != "what" or low not in _CALL:
        return None
    # 'ending what he calls corruption in politics': the name given, to the end of its phrase
    named = _NAME_GIVEN.match(text, quote_from, e_content)
    return _Candidate(rel.start(), named.end(), "indirect", m.group(), span, 3, para) if named else None


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


_WHO_BEFORE = re.compile(r"(?<![\w’'.\-])((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*),\s+(who)\s+$")


_WHICH_BEFORE = re.compile(r"(?<![\w’'.\-])(?:[Tt]he\s+)?((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*),\s+(which)\s+$")


_COURTESY_TITLES = frozenset("Mr. Mrs. Ms. Dr. Sen. Rep. Gov.".split())
_PERSON_PREPOSITIONS = frozenset("with on for against by behind like than about toward towards".split())


def _who_antecedent(text: str, s: int, cue_start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Ted Cruz, who said he would …': (the name, the "who" that stands for it); 'The Washington
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
    # "steep for Mr. Sanders, who said", "lined up with Priebus, who has said": a person, not a place ("in Ohio, who")
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
    """'critics who say he should …', 'the 30 percent who say the same', 'the Mexican president, who said':
    (the group or person, the "who" that stands for it)."""
    start = max(s, cue_start - 90)
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
    # "both Democrats and independent voters who said …": a group listed mid-sentence (but "and those who
    # said X tended to …" is a subject whose clause ends unseen)
    listed = len(before) > 1 and text[span[0]:span[1]].split()[0].lower() != "those"
    if not before or before[-1].lower() in CONJUNCTIONS and not listed or len(before) <= 4 and before[-1].lower() == "of":
        return None  # "Those who said X tended to back Sanders": the clause is the subject, its content ends unseen
    return span, words[-1].span()


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
                    # "At the heart of the trouble, according to X, is ...": the frame interrupts the content
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
        if _trailing_tail(text, low, m.end(), e):
            found = _subject_before(text, s, m.start())
            if found and found[2]:
                span, np_start, _ = found
                comma = text.rfind(",", s, np_start)
                if comma > s and len(text[s:comma].split()) >= 4:
                    return _Candidate(s, _strip_end(text, s, comma), "indirect", cue, span, 3, para)
        else:
            # interposed: "The latest test, North Korea said, was its biggest yet": one attribution
            # whose content surrounds its frame, kept as the whole sentence
            found = _subject_before(text, s, m.start())
            tail = _INTERPOSED_TAIL.match(text, m.end(), e)
            rest = len(text[tail.end():e_content].split()) if tail else 0
            if found and found[2] and tail and (_circumstantial(text, s, tail.end(), e_content) or (
                    _SPEECH_PARTICIPLE_NEXT.match(text, tail.end()) and tail.group().strip() == ","
                    and not _subordinate_opening(text, s, tail.end()))):
                # "Sales were great, he said, wiping his brow": the frame's circumstances, not more content
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
                # "An ambassador's job, he said, should be to counter lies": a later cue word inside the
                # content is no new frame; only one right after the frame is ("CNN, Cruz said, called …")
                later_cue = (_cues(text, tail.end(), e_content) if rest < 3 or _QUOTE_OPEN.match(text, tail.end())
                             else _cues(text, tail.end(), min(e_content, tail.end() + 12)))
                name_first = _QUOTE_OPEN.match(text, tail.end()) and _proper_name(text[s:comma].split())
                if comma > s and text[np_start:span[0]].strip(" ,") == "" and not later_cue and not name_first and (
                        rest >= 3 or not _QUOTE_OPEN.match(text, tail.end())):
                    # (but "Ann Lee, head of the group, stated, “…”": the name is the speaker, her role set off)
                    # "Bound together by ..., the two nations, Xi said, now have ...": the clause the
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
            who = _INVERTED_WHO.search(text, m.end(), np_end)  # "said a handful of Democrats who point to …"
            span = _np_ok(text, m.end(), who.start() if who else np_end)
            if span and (comma < 0 and not who or _describes_speaker(text[comma if comma >= 0 else who.start():tail_end])):
                return _Candidate(s, _strip_end(text, s, s + len(before) - 1), "indirect", cue, span, 3, para)
            named = span is not None and _named(text, span) and text[span[0]:span[0] + 1].isupper()
            resume = _RESUMED_CLAUSE.search(text, comma, tail_end) if named and comma >= 0 and low in _SAY else None
            if (resume and len(text[resume.end():e_content].split()) >= 2 and not _cues(text, m.end(), resume.start())
                    and (resume.start() == comma or _describes_speaker(text[comma:resume.start()]))):
                # "The contrast, said Doyle and others, would be clear …", "The paradox, says X, a historian,
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
    """'Steve Sweeney, who also serves as …, said contractors …': the sentence opens with its speaker,
    so the cue leads the content rather than following it."""
    found = _subject_before(text, s, cue_start)
    return bool(found) and not found[2] and _named(text, found[0])


# What follows "X, he said," when it only describes the saying: "wiping sweat off his face", "on condition of …"
_CIRCUMSTANTIAL = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{2,}ing\b|(?:on|in|at|during|with|without|speaking|according)\s")


def _circumstantial(text: str, s: int, rest: int, end: int) -> bool:
    """After "A, he said," comes only how it was said ("wiping sweat off his face", "on condition of
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
# Subject boundaries inside a sentence: "..., but Shelby said", "shortly after Trump said"
_CLAUSE_OPENERS = frozenset("""but and while after because though although when as since before until whereas so yet
    where once""".split())
_LEAD_SUBJECT = re.compile(r"[\s“\"'‘(]*([Tt]he\s+(?:(?!and\b|or\b)[\w’'.\-]+\s+){0,3}?(?:%s)\b|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+"
                           # "A spokesman for Platte River declined …, but said"
                           r"|(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?(?:%s)(?:\s+for\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})?(?=\s+[a-z])"
                           r"|[Aa]n?\s+(?:[A-Z][\w’'.\-]*\s+){1,4}(?:judge|official|spokesman|spokeswoman|lawmaker|senator|aide|adviser)(?=\s+[a-z])"  # "a U.S. District Court judge sided …"
                           r"|(?:[Tt]he\s+)?(?!The\b)(?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w’'.\-]*){0,5}"
                           r"(?:\s+\([A-Z][\w.\-]*\))?)"  # "Florida Gov. Rick Scott (R) blasted …"
                           r"(?=\s+[a-z])" % ("|".join(sorted((k for k in ROLE_NOUNS), key=len, reverse=True)),
                                              "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))))


_PARTICIPLE_ADVERBS = re.compile(r"(?:\s+(?:then|also|later|again|even|repeatedly|while|before|after|when|"
                                 r"recently|publicly|privately|reportedly|quickly|pointedly|eventually|[a-z]{3,}ly))+$")  # ", recently telling"
_WORD_SPANS = re.compile(r"[\w’'.\-]+")


# What ends the object of "praised", "announced", "claimed": a circumstance, or a participle phrase
# about it ("praised Clinton’s record, crediting her with …", "claimed responsibility, leading …")
_OBJECT_END = re.compile(r"\s(?:as|after|while|when|because|before|since|until|amid|during|in\s+a\s+statement|following|"
                         r"in\s+the\s+wake\s+of|despite|"
                         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
                         r"|,\s+(?:[a-z]+ly\s+)?(?!(?:including|during|something|nothing|anything|everything|morning|evening|"
                         r"building|meeting|funding|spending|housing|training|bombing|shooting|hearing|ruling|king|thing)\b)"
                         r"[a-z]{2,}[^aeiou\W]ing\s(?!(?:and|or)\s)")
# Where and how a short object was given out ("claimed victory in a tweet", "denied the charges through his
# lawyer", "praised Trump at a news conference", "repeated them on Hugh Hewitt’s radio show"): the object only
_MEDIA_TAIL = re.compile(r"\s(?:in\s+an?\s+(?:[\w’'\-]+\s+){0,3}?(?:interview|tweet|statement|"
                         r"appearance|op-ed|post|speech|letter)|at\s+(?:an?\s+|the\s+)?(?:news|press)\s+conference|"
                         r"through\s+(?:his|her|their|its|a)\s+(?:lawyer|attorney|spokes(?:man|woman|person))|"
                         r"on\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s\s+(?:[a-z]+\s+)?(?:radio|show|program)|"
                         r"on\s+(?:[A-Z][\w’'.\-]*\s+){1,4}Radio)\b")
def _brief_noun_phrase(words: list[str]) -> bool:
    """A noun phrase of a few words ("no arrests", "her appreciation"), not an opening adverbial ("even on")."""
    return 0 < len(words) <= 4 and words[0].lower() not in PREPOSITIONS | {"even", "of", "just", "only"}


# ... or the day it was given out, closing the sentence or before its place: "reported no arrests late Monday"
_DAY_TAIL = re.compile(r"\s(?:(?:late|early|on|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:\s+(?:afternoon|morning|evening|night))?(?=\s*$|,|\s+(?:at|in|during)\s)")
_QUOTE_OPEN = re.compile(r"[\s,:]*[“\"«„`]")
# Verbs of judging whose object is what was said ("slammed the plan as reckless", "cited concerns"):
# the object runs to the first comma, second verb or circumstance ("in an interview"), keeping "as …".
# Participles whose object is what was praised: "…, touting a message of unity", "is praising Ana Reis, who
# quit, as “a fighter”": the object ends like a judged one, and at "… and pounding him" (another act)
_OBJECT_PARTICIPLES = frozenset("praising touting".split())
_JUDGING_CUES = JUDGING_CUES | PARTICLE_ONLY | TOPIC_CUES | _OBJECT_PARTICIPLES  # topics end as judged objects do
_PRAISED_NAME_WHO = re.compile(r"(?:[\w’'.\-]+\s+){0,5}?[A-Z][\w’'.\-]*,\s+who\s+[^,;]*")
_JUDGING_END = re.compile(r";|,\s+(?:a|an|the)\s|,\s+(?!including\b)[a-z]+ing\s|\sas\s+(?:he|she|they|I|we)\s|,\s+(?:and\s+)?[a-z]+ed\s|,\s*(?:%s)\s|" % "|".join(sorted(PARTICIPLE_CUES)) + r",\s+(?:and\s+)?(?:he|she|they|it|I|we|this|that|many|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[a-z]+(?:ed|s))\b|,\s+(?:and|like)\s|\s+and\s+(?:(?!(?:his|this|its|has|was|is|as|us)\b)[a-z]+(?:ed|s)|made|gave|took|went|said|told|spoke)\b|:\s|\s+now\s+that\s|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+and\s+(?!(?:his|this|its|has|was|is|as|us)\b)[a-z]+(?:ed|s)\b|\s(?:after|while|when|because|before|since|until|amid|during|"
                          r"(?:in|on|at)\s+(?:an?|the|his|her|their|its|other|last\s+week's)\s+(?:[\w’'\-]+\s+){0,5}?(?:interview|diatribe|forum|show|statement|"
                          r"speech|appearance|rally|debate|news|press|op-ed|post|tweet|video|ad|letter|page)s?|"
                          r"on\s+(?:Twitter|Facebook|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def _named(text: str, span: tuple[int, int]) -> bool:
    """A speaker phrase that names someone: a capitalised name or a personal pronoun."""
    words = text[span[0]:span[1]].split()
    return bool(words) and (words[-1][:1].isupper() or (len(words) == 1 and words[0].lower() in ("he", "she", "they")))


# A dateline opening a story: "WASHINGTON (Reuters) - ", "RENO, Nev. (AP) — ", "Dec 29 (Reuters) - ", "WASHINGTON — "
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([A-Za-z. ]{2,20}\)\s*)?"
                       r"|[A-Z][a-z]{2}\.?\s+\d{1,2}\s*\([A-Za-z. ]{2,20}\)\s*|\((?:AP|Reuters|AFP)\)\s*)(?:[—–]|-{1,2})\s+")


_AGENCY_DASH = re.compile(r"\s*\((?:AP|Reuters|AFP)\)\s*(?:[—–]|-{1,2})\s+")


def _after_dateline(text: str, s: int, limit: int) -> int:
    if s > 0 and text[s - 1] != "\n":  # "RENO, Nev. (AP) — ": the sentence may start after "Nev."
        m = _AGENCY_DASH.match(text, s, limit)
        return m.end() if m else s  # a dateline opens a paragraph; "NATO - the alliance - said" is none
    m = _DATELINE.match(text, s, limit)
    return m.end() if m else s


def _leading_subject(text: str, s: int, m: re.Match[str], found: list[_Candidate]) -> tuple[int, int] | None:
    """Speaker phrase of a cue that opens reported content, never a lone adverb or a contraction
    ("Overall", "It's")."""
    span = _leading_subject_phrase(text, s, m, found)
    if span is None:
        return None
    words = text[span[0]:span[1]].split()
    last = words[-1].lower().replace("’", "'")
    if last in _IS_CONTRACTIONS or len(words) == 1 and (last in _INTRO_ADVERBS or _ADVERB.fullmatch(last)
                                                        and text[span[1]:span[1] + 1] == ","):
        return None  # "Overall, …", "It's …": an adverb or a clause, not a speaker ("Kelly said" is one)
    return span


def _comma_or_dash_end(head: str) -> bool:
    """"…, saying", and "… the DNC — saying …": a dash sets the participle off like a comma."""
    head = head.rstrip("”\"’'")
    return head.endswith((",", " —", " --", " -", " –"))


_IS_CONTRACTIONS = frozenset("it's that's there's what's here's".split())  # "he's said" is "he has said"


def _leading_subject_phrase(text: str, s: int, m: re.Match[str], found: list[_Candidate]) -> tuple[int, int] | None:
    """The phrase before the cue that speaks: a subject after any opening phrase, a poll share, a
    described group, "whose X", or the subject of the clause the cue continues ("… and said")."""
    low = m.group().lower()
    s = _after_dateline(text, s, m.start())
    dash = _LAST_DASH.search(text, max(s, m.start() - 120), m.start())
    after_dash = text[dash.end():m.start()].split() if dash else []
    if (after_dash and len(text[s:dash.start()].split()) >= 3 and after_dash[0].lower() not in CONJUNCTIONS
            and (after_dash[0][:1].isupper() or after_dash[0].lower() in _DETERMINERS or after_dash[0].lower() in PRONOUNS)):
        s = dash.end()  # "It was no accident — Rui Melo, a spokesman for the mayor, told the Herald that …"
    label = text.rfind(": ", s, m.start())
    clause = low in _SAY or low in _TELL
    if (label > s and 1 < len(text[s:label].split()) and (len(text[s:label].split()) <= 4 and text[s:s + 1].isupper()
                                                         or clause and text[label + 2:label + 3].isupper())
            and not any(c in text[label:m.start()] for c in _QUOTE_CHARS.replace("’", ""))):
        # "The Latest: Mourners say …", "Voter participation: Sanders, whose …, said"; a capital after the
        # colon opens a clause of its own: "The coverage was merciless: The Union Leader said …"
        s = label + 2
    head = text[s:m.start()].rstrip()
    if low in _SAY or low in _TELL:
        frame = _WITHHELD_OR_GOES_ON.search(text, max(s, m.start() - 60), m.start())
        if frame and (frame.group(1) is None or _WH_NEXT.match(text, m.end())):
            # "Reid would not say whether …", "X went on to say …": the subject before the frame speaks (a
            # refusal only with the question left open: "would not tell us anything" says nothing)
            return _clause_subject(text, s, frame.start()) or _poll_subject(text, s, frame.start())
    negated = _NOT_SAYING.search(text, max(s, m.start() - 20), m.start()) if low == "saying" else None
    if negated:  # "Trump isn’t saying what …", "He’s not saying": a progressive, its subject speaks
        return _clause_subject(text, s, negated.start())
    purpose = _PURPOSE_TO.search(text, max(s, m.start() - 40), m.start()) if low in _SAY or low in _TELL else None
    if purpose and not text.startswith(" you the truth", m.end()):
        # "McConnell agreed to a call, but only to tell Garland that …", "He flies up in his jet to tell
        # everyone how …", "I am here to tell you": the sentence's subject goes there to speak
        return found[-1].mention if found else _sentence_subject(text, s, m.start())
    if head.endswith((" to", " not")) or head == "to":
        return None  # "pressed Clinton to confirm ...": an infinitive, nobody speaks yet
    if low in PARTICIPLE_CUES and _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()) and _NOT_PROGRESSIVE.match(
            text, m.end()):
        return None  # "is demanding and time-consuming", "is adding to his lead"
    if low in PARTICIPLE_CUES and not _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()):
        # "..., saying (that) ...": the subject of the main clause speaks
        share = _WITH_SHARE.search(text, max(s, m.start() - 100), m.start())
        if share and _POLL_SUBJECT.fullmatch(text, share.start(1), m.start()):
            return share.start(1), _strip_end(text, share.start(1), m.start())  # "…, with 30 percent of voters saying"
        named = _np_ok(text, share.start(1), m.start()) if share and low in ("saying", "telling") else None
        if named and _named(text, named) and text[named[0]:named[0] + 1].isupper():
            return named  # "…, with Republican Senator John Ames telling reporters he …"
        issued = _ISSUED_SAYING.search(text, max(s, m.start() - 90), m.start()) if low == "saying" else None
        if issued:  # "His office put out a statement saying …": whoever issued it speaks
            return _clause_subject(text, s, issued.start())
        share_of = _SHARE_OF_SAYING.search(text, max(s, m.start() - 70), m.start()) if low == "saying" else None
        if share_of:  # "the share of Republicans saying …": the group polled speaks
            return share_of.span(1)
        thing = _THING_SAYING.search(text, max(s, m.start() - 50), m.start()) if low == "saying" else None
        if thing:  # "held up a sign saying “…”": the sign speaks, nobody by name
            return thing.span(1)
        went_on = _BEFORE_SAYING.search(head)
        head = _PARTICIPLE_ADVERBS.sub("", head[-80:])  # the tail only: an end-anchored search is quadratic
        if not _comma_or_dash_end(head) and not _BY_SAYING.search(head) and not (
                went_on):  # also 'was "corrupt," noting …'
            return None
        if found:
            return found[-1].mention
        return (_quote_frame_speaker(text, s, m.start()) or _previous_frame_speaker(text, s, m.start())
                or _sentence_subject(text, s, m.start()))
    if (low in _SAY or low in _TELL) and _THEN_CUE.search(text, max(s, m.start() - 12), m.start()):
        # "Kasich offered the man a job, then says he'll …": the verb shares the sentence's subject
        return found[-1].mention if found else _sentence_subject(text, s, m.start())
    in_which = _IN_WHICH_SUBJECT.search(text, max(s, m.start() - 60), m.start()) if low in _SAY or low in _TELL else None
    if in_which:  # "an interview, in which he said …", "a video in which Trump says …"
        return in_which.span(1)
    got = _subject_before(text, s, m.start())
    if got is None and (low in _SAY or low in _TELL or low in _THAT_CLAUSE_VERBS):
        got = _after_quoted_intro(text, s, m.start())
    if got and _speaker_words(text, got[0]):
        span, np_start, after_comma = got
        if (not after_comma or _speaker_intro(text, s, np_start) or _np_subject(text, span)
                or low in CLAUSE_CUES and _topic_intro(text, s, np_start) or _BUT_CLAUSE.fullmatch(text, np_start, span[0])):
            return span
    if low in _SAY:
        poll = _poll_subject(text, s, m.start())
        if poll:
            return poll
        # (no quotation before it: '“…,” Mr. Reis said in a debate' is a frame; nor "said in …", a setting)
        titled = _TITLED_NAME_BEFORE.search(text, max(s, m.start() - 60), m.start())
        next_word = text[m.end():m.end() + 20].split(None, 1)
        if (titled and titled.start(1) > s and "''" not in text[s:titled.start(1)]
                and not any(c in text[s:titled.start(1)] for c in _QUOTE_CHARS[:5])
                and next_word and next_word[0].lower() not in PREPOSITIONS):  # "Saturday at the convention Sen. Ana Reis (D-MA) said": a titled name
            return titled.span(1)
    if low in CLAUSE_CUES:
        modified = _modified_subject(text, s, m.start())
        if modified:
            return modified
        whose = _WHOSE_SUBJECT.search(text, max(s, m.start() - 60), m.start())
        if whose and not any(w.lower() in CLAUSE_WORDS or _looks_verb(w) for w in whose.group(2).split()):
            return whose.span(1)  # "Trump, whose attorneys argued that …"
    # a later clause with a subject of its own: "..., but Shelby said", "... after Trump said"
    words = list(_WORD_SPANS.finditer(text, max(s, m.start() - 200), m.start()))
    for w in reversed(words[-_MAX_NP_WORDS - 4:]):
        if w.group().lower() not in _CLAUSE_OPENERS:
            continue
        np_start = w.end()
        inner = text[np_start:m.start()]
        aux = inner.split()
        while aux and aux[-1].lower() in AUXILIARIES:
            aux.pop()
        if not aux:  # "... and warned X": the verb shares the subject of the sentence
            if w.group().lower() in ("and", "but"):
                if _WHO_CLAUSE_BEFORE.search(text, max(s, w.start() - 120), w.start()):
                    return None  # "Ana Reis, who answered the door and said …": the who-clause's (`_who_antecedent`)
                return found[-1].mention if found else _sentence_subject(text, s, m.start())
            return None
        np_end = np_start + inner.index(aux[-1]) + len(aux[-1]) if aux else np_start
        return _np_ok(text, np_start, np_start + len(_drop_aside(text[np_start:np_end])))
    return None


# A who-clause still open before "and": ', who answered her door on Sunday '
_WHO_CLAUSE_BEFORE = re.compile(r",\s+who\s+(?=[^,;:“”\"()]{1,110}$)")


# An opening phrase that quotes a few words, then the subject: 'Calling the plan “reckless,” Gomes said …'
_QUOTED_INTRO = re.compile(r"[A-Z][a-z]+\s[^“”\"]{0,80}?(?:“[^“”\"]{1,60}”|\"[^“”\"]{1,60}\"|``[^`']{1,60}''|''[^']{1,60}''),?\s+")


def _after_quoted_intro(text: str, s: int, cue_start: int) -> tuple[tuple[int, int], int, bool] | None:
    """The subject after an opening phrase with a short quotation in it ('Citing “family reasons,” the
    mayor's office said …'): the quotation is no frame of its own, the subject after it speaks."""
    intro = _QUOTED_INTRO.match(text, s, cue_start)
    if intro is None:
        return None
    span = _np_ok(text, intro.end(), cue_start)
    return (span, intro.end(), True) if span else None


_TITLED_NAME_BEFORE = re.compile(r"\s((?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+(?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]+(?:\s+\([A-Z][\w.\-]*\))?)\s+$")
_LAST_DASH = re.compile(r"\s(?:—|–|--?)\s+(?=(?:(?!\s(?:—|–|--?)\s).)*$)")
_WHOSE_SUBJECT = re.compile(r",\s+(whose\s+((?:[\w’'\-]+\s+){0,2}[\w’'\-]+))(?:\s+(?:also|have|has|had))?\s+$")


def _speaker_words(text: str, span: tuple[int, int]) -> bool:
    """Not a lone conjunction ("…, and also accused" shares the sentence's subject), nor a phrase ending
    in a preposition or a count ("leads Sanders 1,428 to 1,153 in pledged delegates"); "six in 10" is a share."""
    words = text[span[0]:span[1]].split()
    last = words[-1].lower()
    if len(words) == 1 and last in CONJUNCTIONS or last in ("and", "or", "but", "nor", "most", "first", "least") or last in PREPOSITIONS:
        return False  # "… stood beside his successor and described", "the most criticized move"
    if any(w.lower() in ("has", "have", "had") for w in words[:-2]):
        return False  # "the billionaire has throughout his campaign boasted": a verb phrase, not a speaker
    return not last.replace(",", "").isdigit() or len(words) > 1 and words[-2].lower() in ("in", "over", "under")


_SAY = frozenset("say says said".split())
# "Few would admit this, but Sen. X (a Democrat so boyish …) says": a new clause, its own subject ("and" may end a list)
_BUT_CLAUSE = re.compile(r"\s*(?:but|yet)\s+")
# An infinitive of purpose after a complete clause: ", to tell", "but only to tell", "here to say", "ready to
# tell" -- not "my intent is only to say", a copula
_PURPOSE_TO = re.compile(r"(?<!\bis)(?<!\bwas)(?:,|\s(?:only|here|there|ready))\s+to\s+$")
_THEN_CUE = re.compile(r",\s+(?:and\s+)?then\s+$")
_SAID_TO = re.compile(r"\s(?:is|are|was|were)\s+(?:(?:widely|also|often|long)\s+)?said\s+to\s")
# Things that carry words: "held up a sign saying", "a banner saying", "a voice-over saying"
_THING_SAYING = re.compile(r"\b((?:a|an|the)\s+(?:[\w’'\-]+\s+){0,2}?(?:signs?|banners?|headline|placards?|posters?|"
                           r"t-shirts?|shirts?|voice[\s-]?over|billboards?))\s+$")
_SHARE_OF_SAYING = re.compile(r"\b(?:share|proportion|percentage|number)\s+of\s+((?:[\w’'\-]+\s+){0,4}?"
                              r"(?:voters|Americans|Democrats|Republicans|independents|respondents|adults|people|supporters))\s+$")
_NOT_SAYING = re.compile(r"(?:\b(?:isn|wasn|aren|weren)[’']t|\b(?:is|was|are|were)\s+not|[’']s\s+not|[’']re\s+not)\s+$")
_IN_WHICH_SUBJECT = re.compile(r"\b(?:in|during)\s+which\s+(he|she|they|(?:[A-Z][\w’'.\-]+\s+){0,2}[A-Z][\w’'\-]+)"
                               r"(?:\s+(?:also|later|repeatedly|again|has|had|have))?\s+$")
# Frames before "say"/"tell" whose subject is the speaker: a refusal ("would not say whether", "declined to say
# who"), a continuation ("went on to say"), care or haste ("took pains to say", "took to Twitter to say"), a
# poll's leaning ("were more likely to say")
_WITHHELD_OR_GOES_ON = re.compile(r"\b(?:((?:would|will|could|did|does|do)\s+not|wouldn[’']t|won[’']t|didn[’']t|couldn[’']t)|"
                                  r"(?:declined|refused|(?:went|goes|go)\s+on|hastened|(?:was|were)\s+(?:quick|careful)|took\s+pains|"
                                  r"(?:is|are)\s+taking\s+pains|took\s+to\s+(?:Twitter|Facebook|Instagram|the\s+(?:floor|stage|airwaves))|"
                                  r"went\s+out\s+of\s+(?:his|her|their|its)\s+way)\s+to|"
                                  r"(?:were|was|are|is)\s+(?:(?:slightly|much|far)\s+)?(?:more|less)\s+likely\s+to)\s+$")
# Whole answers too short for a clause: "Everyone but Lee said yes", "Flake said he would", "26 percent said the same"
_SHORT_ANSWER = re.compile(r"(?:yes|no|so|the\s+(?:same|opposite)|(?:he|she|they|it|I|we)\s+(?:would|could|will|did|does|do|had|has|have|"
                           r"was|were|is|are|should|might|can|wasn’t|wasn't|didn’t|didn't|wouldn’t|wouldn't|won’t|won't)"
                           r"(?:\s+not)?)[.,;!?]?")
# A document issued "saying" what it says, no comma: "issued a statement saying", "sent a fundraising email
# Wednesday saying", "emailed supporters saying"
_ISSUED_SAYING = re.compile(r"\b(?:issued|released|put\s+out|sent(?:\s+out)?|posted|published|emailed|e-mailed)\s+"
                            r"(?:(?:(?:a|an|the)\s+)?(?:[\w’'\-]+\s+){0,2}?(?:statement|e-?mail|letter|memo|message|note|"
                            r"release|tweet|video|ad)|supporters|members|reporters)"
                            r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s+$")
_WITH_SHARE = re.compile(r"\bwith\s+((?:[\w%’'\-]+\s+){1,12})$")
# "distanced himself by saying", "Mr. Sanders, after initially saying": the sentence's subject speaks
_BY_SAYING = re.compile(r"(?:\bby|\b(?:erred|wrong|right|correct|mistaken|justified)\s+in|,\s+(?:after|before|while|when)(?:\s+[a-z]+ly)?)$")
_BEFORE_SAYING = re.compile(r"[a-z]\s+before$")  # "Rubio replied before adding that …": the subject goes on
_FRAME_CUES = frozenset("said says told tells added wrote stated declared explained responded".split())


_WH_NEXT = re.compile(r"\s+(?:[\w’'.]+\s+){0,2}?(?:whether|if|who|whom|how|what|when|why|where|which)\b")


def _clause_subject(text: str, s: int, verb_start: int) -> tuple[int, int] | None:
    """The subject of the verb at verb_start, after any opening phrase ("Minutes later, the campaign issued")."""
    got = _subject_before(text, s, verb_start)
    if got and _speaker_words(text, got[0]) and (not got[2] or _speaker_intro(text, s, got[1]) or _np_subject(text, got[0])):
        return got[0]
    return None


def _previous_frame_speaker(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """'…, Hollande said Tuesday in Paris, noting …', '…, said Peter Rice, chairman of Fox, noting …',
    '…, Trump told a rally, saying …': the participle continues the frame just before it."""
    frame = None
    for frame in _cues(text, max(s, cue_start - 120), cue_start):
        pass
    if frame is None or frame.group() not in _FRAME_CUES or frame.end() + 1 >= cue_start:
        return None
    gap = text[frame.end():cue_start]
    if len(gap.split()) > 12 or not gap.rstrip().endswith(","):
        return None
    after = _np_ok(text, frame.end(), _np_stop(text, frame.end(), cue_start))
    if after and frame.group() not in _TELL and _named(text, after) and text[frame.end():after[0]].strip() == "":
        return after  # "said Peter Rice, chairman of …, noting" (after "told" the name is the listener)
    before = _name_right_before(text, s, frame.start())
    if before is None:
        pron = re.search(r"\b(he|she|they)\s+$", text[max(s, frame.start() - 5):frame.start()])
        before = (max(s, frame.start() - 5) + pron.start(1), max(s, frame.start() - 5) + pron.end(1)) if pron else None
    if before and text[max(s, before[0] - 2):before[0]].strip() in (",", "”", "''", ",”", ",''", ""):
        return before  # "…, Hollande said Tuesday in Paris, noting", "…,” he told reporters, adding"
    return None


_WHO_AFTER_FRAME = re.compile(r"(,)\s+(who)\s+(?:(?:also|later|then|has|had|have)\s+)?$")


def _frame_who(text: str, s: int, cue_start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'“…,” said Army Sgt. Ana Reis, who said she …': the frame's speaker is who says more
    (the frame's name, the "who" that stands for it)."""
    who = _WHO_AFTER_FRAME.search(text, max(s, cue_start - 30), cue_start)
    if who is None:
        return None
    speaker = _previous_frame_speaker(text, s, who.end(1))
    return (speaker, who.span(2)) if speaker else None


_CLOSING_MARK = re.compile(r"[”\"]|''")


def _quote_frame_speaker(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """'“…,” Christie said, adding that …': the speaker of the quotation's frame adds the rest."""
    close = None
    for close in _CLOSING_MARK.finditer(text, max(s, cue_start - 120), cue_start):
        pass
    if close is None:
        return None
    after = _after_attribution(text, close.end(), cue_start)
    if not after or not _adverbial_tail(text, after[2], cue_start):
        return None
    return after[1]
# A plural or unnamed speaker with what describes it after the noun: "people who have battled online threats
# say", "sources close to her campaign say", "People briefed on the situation say", "progressive groups that
# have endorsed him say", "A statement posted on the website said"
_MODIFIED_SUBJECT = re.compile(
    r"((?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Mm]ost|[Mm]ultiple|[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree|[Nn]umerous|[Tt]hose)\s+)?"
    r"(?:(?!(?:who|whose|that|and|or|but)\b)[\w’'\-]+\s+){0,3}?"
    r"(?:[Pp]eople|[Tt]hose|[Oo]thers|[Ss]ources|[Oo]fficials|[Aa]nalysts|[Aa]ides|[Mm]embers|[Dd]onors|[Dd]elegates|[Ee]xperts|"
    r"[A-Za-z][a-z]{2,}(?:ers|ists|ants|ents|ans|ics|ors|ees|ives|als|ies|ates|ons)|"
    r"[A-Z][a-z]+(?:ans|ats|ists)|statement|memo|report|letter|spokesman|spokeswoman|spokesperson))"
    r"(\s+(?:who|whose|that|briefed|familiar|close|privy|involved|interviewed|surveyed|polled|speaking|posted|issued|"
    r"released|seen|obtained|published)\s+[^,;:“”\"()—–]{3,140})$")


def _modified_subject(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker phrase of a clause whose subject carries a relative clause or a participle:
    the whole phrase ("people who have battled other online threats"), nobody by name."""
    s = _after_dateline(text, s, cue_start)
    window = max(s, cue_start - 170)
    cut = None
    for cut in _POLL_CLAUSE.finditer(text, window, cue_start):
        pass  # the last boundary before the cue
    if cut is None and window > s:
        return None
    start = cut.end() if cut else window
    words = list(_WORD_SPANS.finditer(text, start, cue_start))
    while words and words[-1].group().lower() in AUXILIARIES:
        words.pop()
    while words and (words[0].group().lower() in CONJUNCTIONS or words[0].group().lower() in _SUBORDINATORS
                     or words[0].group().lower() == "even"):
        words.pop(0)  # "Though executives who …", "But sources close to …", "Even Republicans who …"
    if len(words) < 3 or len(words) > 24:
        return None
    a, b = words[0].start(), words[-1].end()
    m = _MODIFIED_SUBJECT.fullmatch(text, a, b)
    if not m or _cues(text, m.start(2), b) or re.search(r"\b(?:who|whose|which|that|and|or|but)\b", text[m.start(2) + 4:b]):
        return None  # "officials who said … say", "voters who back Trump and …": more than one clause
    if any(_looks_verb(w) or w.lower() in PREPOSITIONS or w[:1].islower() and w.endswith("s") and not w.endswith(("ous", "ss"))
           for w in text[a:m.end(1)].split()[:-1]):
        return None  # "Trump attacked Republicans who …": a verb before the noun, the phrase is no subject
    return a, b
_POLL_NUMBER = (r"(?:\d[\d.,]*|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]wenty|[Tt]hirty|"
           r"[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-[a-z]+)?)")
_POLL_GROUP = (r"(?:\s+(?:of|in)\s+(?:the\s+|all\s+|those\s+)?)?[\w\s’'\-.]{0,80}?"
               r"\b(?:voters|Americans|Democrats|Republicans|[Ii]ndependents|respondents|surveyed|polled|people|backers|"
               r"questioned|interviewed|adults|residents|supporters|percent|caucusgoers|caucus-goers|them)")
# "About four in 10 primary voters say", "Majorities of Democrats in five states say", "those surveyed say",
# "42% say", "Seventy-four percent of registered voters say", "One in four voters in the poll said"
_POLL_SUBJECT = re.compile(r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Oo]ver|[Uu]nder|[Ss]ome)\s+)?"
                           r"(?:" + _POLL_NUMBER + r"(?:\s+percent|%|\s+in\s+" + _POLL_NUMBER + r")(?:" + _POLL_GROUP + r")?|"
                           r"(?:[Mm]ost|[Mm]any|[Ff]ew|[Hh]alf|(?:[Aa]\s+|[Tt]he\s+)?(?:(?:[Ll]arge|[Ww]ide|[Ss]lim|[Nn]arrow|[Cc]lear|[Oo]verwhelming)\s+)?"
                           r"[Mm]ajorit(?:y|ies)|[Tt]hose|[Aa]ll|[Ss]ome|" + _POLL_NUMBER + r"|"
                           r"(?:a|one|two)[\s-]+(?:thirds?|quarters?|fifths?)|[Tt]hree[\s-]+quarters)" + _POLL_GROUP + r")"
                           r"(?:\s+in\s+(?:a|the|this|that)\s+[\w\s/’'\-.]{0,40}?(?:poll|survey)(?:\s+(?:last|this)\s+\w+)?)?"  # "… in a CBS poll"
                           r"(?:\s+(?:also|now|still|generally|overwhelmingly))?\s+$")
# Where a poll's clause starts: after a comma, semicolon, colon, dash or "in which" ("an electorate in which 67
# percent of voters say")
_POLL_CLAUSE = re.compile(r"(?:[,;:]|\s[—–-]|\bin\s+which|\bwhere|\bis\s+that)\s+")  # "… in her favor is that 78 percent …"


def _poll_subject(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """A poll's share of respondents as the clause subject: the phrase is the source, nobody by name."""
    window = max(s, cue_start - 160)
    cut = None
    for cut in _POLL_CLAUSE.finditer(text, window, cue_start):
        pass  # the last boundary before the cue
    clause = cut.end() if cut else window
    if not cut and window > s:
        return None
    head = text[clause:cue_start]
    lead = len(head) - len(head.lstrip())
    m = _POLL_SUBJECT.fullmatch(text, clause + lead, cue_start)
    if not m or any(w.lower() in CLAUSE_WORDS for w in m.group().split()) or len(m.group().split()) > 16:
        return None
    return clause + lead, _strip_end(text, clause + lead, cue_start)


def _np_subject(text: str, span: tuple[int, int]) -> bool:
    """A speaker phrase after any introductory clause: a name, or a determiner and a plural or
    person noun ("his advisers", "multiple sources privy to negotiations")."""
    words = text[span[0]:span[1]].split()
    if len(words) < 2:
        return False
    return words[0].lower() in DETERMINERS and (words[-1].endswith("s") or words[-1].lower() in PERSON_NOUNS)


# The state after a town, inside an opening phrase: "in Beaumont, Tex.," "in Reno, Nev.,"
_STATE_AFTER_PLACE = re.compile(r",\s+[A-Z][a-z]{1,4}\.(?=,)")


def _sentence_subject(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """A name, pronoun or "the <role>" opening the sentence (after an introductory phrase)."""
    start = _after_dateline(text, s, limit)
    for _ in range(3):  # "On Thursday, after remaining neutral in the primary, Warren appeared ..."
        first = text[start:limit].split(None, 1)
        comma = text.find(",", start, limit)
        state = _STATE_AFTER_PLACE.match(text, comma, limit) if comma > 0 else None
        if state:  # "At a rally in Beaumont, Tex., Lopes said": the state belongs to the place
            comma = state.end()
        if not first or first[0].lower().strip(",") not in _INTRO_WORDS and first[0] not in _PLACE_OPENERS and not (
                comma > 0 and text[start:limit].lstrip()[:1].isupper() and _speaker_intro(text, start, comma)):
            break  # "Walking to the next address, Ebeling reminisced …": a participle phrase opens it too
        if comma < 0:
            return None
        start = comma + 1
    lead = _LEADING_CONJUNCTION.match(text, start, limit)  # "But Obama, making it clear …, stood"
    if lead:
        start = lead.end()
    described = _described_opener(text, start, limit)
    if described:
        return described
    m = _LEAD_SUBJECT.match(text, start, limit)
    if not m:
        return None
    word = m.group(1).split()[0].lower()
    if word in NOT_NAME and word not in ("the", "a", "an", "one") or word in CONJUNCTIONS or word in TIME_WORDS:
        return None
    if word in ("a", "an", "one") and (len(m.group(1).split()) < 2 or not m.group(1).split()[1][:1].islower()
                                       and m.group(1).split()[-1].lower() not in PERSON_NOUNS):
        return None  # "A spokesman for X declined", "a U.S. District Court judge sided", not "One Sunday"
    return m.span(1)


_PLACE_OPENERS = frozenset("There, Here,".split())  # "There, the district chairman declined …": a place, then the subject
# Prepositions and place adverbs that open a sentence before its speaker: "Throughout the campaign, Lopes argued"
_OPENING_PREPOSITIONS = frozenset("""throughout across elsewhere beyond inside outside within toward towards alongside
    behind beside besides around between along""".split())
_INTRO_WORDS = PREPOSITIONS | TIME_WORDS | _SUBORDINATORS | _OPENING_PREPOSITIONS | frozenset("instead then later earlier still yet".split())
_LEADING_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So)\s+(?=[A-Z])")


def _described_opener(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence that opens with a described name, before its verb: "Erin Brockovich,
    the environmental activist, endorsed …", "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded …"."""
    comma = text.find(",", start, limit)
    if comma < 0 or not _np_ok(text, start, comma):
        return None
    first = comma
    for _ in range(3):
        comma = text.find(",", comma + 1, limit)
        if comma < 0:  # "Gary Emineth, a former chairman, became a delegate and said": no comma after the verb
            return _described_name_opening(text, start, first, limit)
        after = text[comma + 1:comma + 24].split(None, 1)
        word = after[0] if after else ""
        if word[:1].islower() and (_looks_verb(word) or word in _FINITE or word in AUXILIARIES
                                   or word.endswith("s") and not word.endswith("ss") and word not in _APPOSITIVE_OPENERS):
            found = _opening_name(text, start, text[start:comma], intros=0)
            return found[0] if found else None
    # "Obama, making it clear that …": a name and the start of its description are enough
    found = _opening_name(text, start, text[start:text.find(",", first + 1, limit) if "," in text[first + 1:limit] else limit],
                          intros=0)
    return found[0] if found else None


def _described_name_opening(text: str, start: int, first: int, limit: int) -> tuple[int, int] | None:
    """The name of "House Democrats, looking for a way …, seized the floor and said": a description
    with a person word or a participle after the name, never a place ("in Ames, Iowa, on Sunday, …")."""
    after = text[first + 1:limit].split(None, 1)
    word = after[0].lower() if after else ""
    second = text.find(",", first + 1, limit)
    verb_next = second > 0 and text[second + 1:second + 3].strip()[:1].islower()  # "Trump, in an interview, barely …"
    if not word or word in PREPOSITIONS and not verb_next or word[:1].isdigit() or after[0][:1].isupper():
        return None
    found = _opening_name(text, start, text[start:second if second > 0 else limit], intros=0)
    return found[0] if found else None


# Reported content ends where a new clause takes over: ", which ...", ", but ...", " — and ...".
_COMMA = r"(?:,|(?<=,[”\"’'])|(?<=,''))"  # a comma, or a comma closing a quotation: 'was "corrupt," noting …'
_CONTENT_END = re.compile(r"(?=[\s,;])(?:"  # the guard fails fast inside words: a search stays cheap
                          r",?\s+(?:which|although|though|whereas|even\s+as)[\s,]|%s\s+(?:but|while|according\s+to|as\s+well\s+as|as|who|whom|whose|where|referring\s+to|alluding\s+to|however)[\s,]"
                          r"|\s+[—–]\s+|\s+-{1,2}\s+|;\s|%s\s+(?:%s)\b"
                          r"|,\s+with\s+(?:[A-Z][\w’'.\-]*\s+){1,3}[a-z]{3,}ing\s"  # ", with Lewandowski taking to …": another actor
                          # another speaker takes over: ", a man yelled …"
                          r"|,\s+(?:a|an|another|one)\s+(?:[a-z]+\s+){0,2}(?:said|told|yelled|shouted|added|wrote|replied|responded|chanted)\b"
                          r"|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:at|during)\s+(?:an?|the|his|her)\s"  # "… on Wednesday at a rally"
                          r"|,\s+(?:he|she|they)\s+(?:is|was|are|were)\s"  # "… the fight, he is set to …": a comma splice
                          r"|,?\s+compared\s+(?:with|to)\s|\s+before\s+(?:%s)\b"  # "… on Twitter before claiming that …"
                          r"|\s+as\s+(?:it|he|she|they)\s+(?:[a-z]+ly\s+)?(?:heads|faces|prepares|seeks|tries|looks|gears|moves|struggles|pushes)\b"
                          r"|,?\s+(?:and|but)\s+(?:(?:has|have)\s+(?:also\s+)?[a-z]+(?:ed|en|ld)|(?:would|did|does|could)\s+not|declined|refused)\b"
                          r"|,\s+and\s+(?:he|she|they)\s+(?:(?:also|then|later|soon|quickly)\s+)?(?!(?:needed|wanted|used|had)\b)[a-z]{3,}ed\b"
                          r"|%s\s+(?:(?:a|an|one)\s+(?:[\w’'\-]+\s+){0,3}?(?:move|step|decision|recommendation|goal|charge|claim|"
                          r"acknowledgment|admission|reference|sign|swipe|remark|statement|assertion|position|prospect|"
                          r"one)|remarks|comments|claims|words)\s+(?:that|which|who|she|he|they|[A-Z])"
                          # a summing-up appositive: ", a swipe at …", ", the latter a reference to …"; a concession
                          r"|%s\s+(?:a|an|the\s+latter\s+an?)\s+(?:(?:apparent|veiled|thinly\s+veiled|clear|subtle|implicit|"
                          r"pointed|not-so-subtle|oblique|direct)\s+)?(?:swipe|jab|dig|shot|nod|reference|allusion|rebuke|slap|knock|poke)"
                          r"\s+(?:at|to)\s|%s\s+despite\s"
                          # a new clause about something else: ", and the hashtag was soon trending"
                          r"|,\s+and\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'\-]+\s+){0,4}?(?:is|was|were|are|did|has|have|had)\s"
                          # the writer on the saying's effect: ", throwing the talks into doubt", ", underscoring …"
                          r"|%s\s+(?:[a-z]+ly\s+)?(?:underscoring|highlighting|signaling|signalling|illustrating|prompting|"
                          r"sparking|triggering|throwing|putting|leading|marking|fueling|fuelling|casting|capping|tapping|employing)\s"
                          # an adverb before a participle starts an adjunct: ", falsely suggesting …", ", instead restating …"
                          r"|,\s+(?:[a-z]{3,}ly|instead|even|often)\s+(?:by\s+)?(?!(?:including|during|according)\b)[a-z]{3,}ing\s"
                          # the writer's comparison or a poll going on: ", less than half of …", ", 34% conservative",
                          # ", former Gov. X at 20 percent"
                          r"|%s\s+(?:(?:less|more|fewer)\s+than\s+(?:half|a\s+third|a\s+quarter|double|twice)|(?:up|down)\s+from)\s"
                          r"|,\s+(?:and\s+|while\s+)?\d+(?:%%|\s+percent)\s"
                          # the next group of a count: "…, 39 have said they back Ames and 160 have not"
                          r"|(?:,\s+|,?\s+and\s+)\d[\d,]*%%?\s+(?:have|had|say|said|call|called|think|are|were)\s"
                          r"|,\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.\-]*\s+){1,6}(?:at|with)\s+\d+(?:\s+percent|%%)"
                          # the writer goes on: ", one that will dominate …", ", even some allies asked …",
                          # ", and to date has …", ", often by guessing …"
                          r"|,\s+one\s+(?:that|which|who)\s|,\s+even\s+(?:a|an|some|the|many|several)\s"
                          r"|,\s+and\s+(?:to\s+date|so\s+far|since\s+then)\s|,\s+(?:often|usually|sometimes|mostly)\s+by\s" % (
                              _COMMA, _COMMA, "|".join(sorted(PARTICIPLE_CUES)), "|".join(sorted(PARTICIPLE_CUES)), _COMMA, _COMMA, _COMMA, _COMMA, _COMMA) + ")")


_RELATIVE_NEXT = re.compile(r",\s+(?:which|who|whom|whose|where)\s")  # ", which A, which B": a chain, not an aside
_COMMA_SPLICE = re.compile(r",\s+(?:he|she|they)\s")
_DASHES = {d: re.compile(r"\s+%s\s+" % re.escape(d)) for d in ("—", "–", "-", "--")}


_APPOSITIVE_START = re.compile(r",\s+(?:the|a|an)\s")
_LIST_TAIL = re.compile(r"\s(?:and|or)\s+(?:the|a|an|his|her|their)\s")


def _without_name_appositive(text: str, start: int, end: int) -> int:
    """Content without a closing appositive of the name it ends on: "he did not support Mr. Trump, the
    presumed Putin favorite" keeps "he did not support Mr. Trump"."""
    for m in _APPOSITIVE_START.finditer(text, start, end):
        before = text[start:m.start()].split()
        if len(before) >= 4 and _PARTY_TAG.fullmatch(before[-1]):
            before.pop()  # "Rep. Don Beyer (D-Va.), a former governor": the name with its party tag
        if (len(before) >= 3 and before[-1][:1].isupper() and before[-1].lower() not in NOT_NAME
                and not any(c in text[m.end():end] for c in ",;:“\"(")
                and not _LIST_TAIL.search(text, m.end(), end)):  # "Israel, the Iran deal and the court": a list
            return m.start()
    return end


def _restrictive_which(text: str, start: int, pos: int) -> bool:
    """A preposition or a question-taking verb before "which", no comma near: "an instance in which …", "to know which …"
    (but ", in which …", ", both of which …" open an aside of the writer's)."""
    words = text[max(start, pos - 30):pos].split()[-3:]
    return len(words) >= 2 and words[-1].lower() in PREPOSITIONS | _ASKS_WHICH and not any(
        w.rstrip(_QUOTE_CHARS).endswith(",") for w in words)


# Words that take an indirect question: "demanded to know which campaign leaked it"
_ASKS_WHICH = frozenset("of know knows knew wonder wondered decide decided determine unclear sure see tell explain".split())


# A one-word answer as the whole content: "Asked if he would run, he said no. But …", "half said so in May"
_ANSWER = re.compile(r"(?:yes|no|so)(?=[.,;:]|\s+but\b)|so(?=\s+(?:in|on|at|during|after|before|when|while|"
                     r"because|last|this|earlier|repeatedly|publicly|privately|explicitly|again|too)\b)")


def _answer_end(text: str, start: int) -> int | None:
    """The end of a one-word answer that is all the content ("said no."), else None."""
    m = _ANSWER.match(text, start)
    return m.end() if m else None


# "not only/just …" announces the ", but …" that completes the statement
_NOT_JUST = re.compile(r"\bnot\s+(?:just|only|merely|simply)\b")


def _content_end(text: str, start: int, end: int, quotes: list[QuoteSpan], min_words: int = 3) -> int:
    """Where reported content stops: at the first clause break after `min_words` words (one for the object
    of "praised", "denied": "praised Putin, saying …")."""
    answer = _answer_end(text, start)
    if answer is not None and answer <= end:
        return answer
    pos = start
    while True:
        m = _CONTENT_END.search(text, pos, end)
        if not m:
            return _strip_end(text, start, end)  # (and a closing parenthesis whose opening mark is before it)
        dash = m.group().strip()
        if dash in ("—", "–", "-", "--") and not _inside(quotes, m.start()):
            close = _dash_aside_close(text, m, end)
            if close is not None:
                pos = close  # "those efforts - which include radio ads - will pay off": an aside
                continue
            if _DASH_GOES_ON.match(text, m.end()):
                pos = m.end()  # "two candidates will drop out - including the governor": the same statement goes on
                continue
        if not _inside(quotes, m.start()) and len(text[start:m.start()].split()) >= min_words:
            if _COMMA_SPLICE.match(m.group()) and text[start:m.start()].split()[0].lower() in _SUBORDINATORS | {"if", "unless"}:
                pos = m.end()  # "while he opposed Trump, he was only supporting Cruz": one sentence
                continue
            if m.group().rstrip().endswith("despite") and len(text[start:m.start()].split()) < 6:
                pos = m.end()  # "he's not giving up, despite trailing": a short claim keeps its concession
                continue
            if m.group().startswith(" which") and _restrictive_which(text, start, m.start()):
                pos = m.end()  # "citing an instance in which …": the clause belongs to the object
                continue
            if m.group().lstrip(", ").startswith("but") and text.startswith("that ", m.end()):
                pos = m.end()  # "predicted that A, but that B": both clauses were said
                continue
            if m.group().lstrip(", ").startswith("but") and (
                    text.startswith("rather ", m.end()) or _NOT_JUST.search(text, start, m.start())):
                pos = m.end()  # "not just a few ferries, but the whole fleet": one statement in two parts
                continue
            if m.group().lstrip(", ").startswith(("which", "who")) and m.group().startswith(","):
                close = text.find(",", m.end(), end)
                if close > 0 and len(text[close:end].split()) >= 3 and not m.group().endswith(",") and not _cues(
                        text, m.end(), end) and not _RELATIVE_NEXT.match(text, close):  # (not ", which, in today's dollars, is …": an aside inside the clause)
                    pos = close  # "supports Russia, which holds the presidency, in hosting ...": one statement
                    continue
                if close > 0 and not m.group().endswith(",") and _verb_after_relative(text, start, m.start(), close, end):
                    pos = close  # "Gov. Ames, who must decide, has revealed nothing": the relative clause sits in the subject
                    continue
            return _strip_end(text, start, m.start())
        pos = m.end()


# A dash before words that extend the clause, not a new one: "- including …", "— only that …", "— if for no …"
_DASH_GOES_ON = re.compile(r"(?:to|including|especially|particularly|if|only|at|from|in|of|(?:and\s+|but\s+)?not\s+(?:only|just|merely))\s")


# A new subject and its verb of saying: "others say", "but said", "Democrats who watched the debate said"
_NEW_SAYER = re.compile(r"(?:but\s+|and\s+)?(?:[\w’'.\-]+\s+){0,8}?(?:said|says|say|told|tell|argued|argue|insisted|insist|noted|added)\s")


def _dash_aside_close(text: str, m: re.Match, end: int) -> int | None:
    """The end of an aside between two dashes that the content goes on after, else None: "those efforts - which
    include radio ads - will pay off", also when the aside opens early: "said voters -- the young ones -- stayed home"."""
    close = _DASHES[m.group().strip()].search(text, m.end(), end)
    if not close or _cues(text, m.end(), close.start()):
        return None
    if _NEW_SAYER.match(text, close.end(), end):
        return None  # "some say A - an old favorite - others say B": the dash ends A, a new speaker follows
    return close.end() if len(text[close.end():end].split()) >= 3 else None


def _verb_after_relative(text: str, start: int, rel: int, close: int, end: int) -> bool:
    """A short subject, a relative clause between commas, then the content's verb: "said Gov. Ames, who must
    decide, has revealed nothing" -- the clause belongs to the subject, the content goes on."""
    if len(text[start:rel].split()) > 5:
        return False
    after = text[close + 1:end].split()
    return len(after) >= 2 and (after[0] in AUXILIARIES or after[0] in _FINITE or _looks_verb(after[0]))


def _verb_use(text: str, s: int, m: re.Match[str]) -> bool:
    """A noun-like cue form counts only right after a name or a pronoun ("Trump tweets", "he notes")."""
    if m.group().endswith("ed") and _QUALIFIED_NOUN.match(text, m.end()):
        return False  # "pledged delegates", "her stated goal": an adjective, nobody speaks
    if m.group() not in _NOUN_LIKE or m.group() in TOPIC_CUES and text.endswith(" to ", s, m.start()):
        return True  # "declined to comment on the report": a verb after "to"
    if m.group() == "states" and not text.startswith(" that ", m.end()):
        return False  # "Southern states remained too close to call": the noun; "It states that …": the verb
    before = text[s:m.start()].split()
    if not before:
        return False
    prev = before[-1]
    if _noun_calls_for(text, m, before) or _calls_someone(text, m, before) or _questions_something(text, m, before):
        return True
    if prev.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Graham’s comments", "Editor’s note"
    after = text[m.end():m.end() + 30].split(None, 1)
    if after and (after[0].lower() in TITLE_WORDS or after[0].lower() in PERSON_NOUNS or after[0].lower() in _STATE_NOUNS):
        return False  # "New Hampshire state representative Max ...": a noun before a title
    if len(before) > 1 and (before[-2].lower() in _DETERMINERS or before[-2].lower() in _NUMBERS):
        return False  # "the two Post-Soviet states", "the Baltic states": a noun after its modifier
    if (prev.lower() in _MODALS_BEFORE_VERB and not m.group().endswith("s") and m.group() not in ("state", "agree", "welcome")
            and (m.group() != "call" or text.startswith((" for ", " on "), m.end()))):
        return True  # "would advocate", "to claim", "did note": a base form after a modal or "to" is the verb
    if prev.endswith(",") and m.group().endswith("s") and _NAME_APPOSITIVE_BEFORE.search(text, max(s, m.start() - 120), m.start()):
        return True  # "Ben Cardin, a Democrat on the committee, advocates …": after the subject's appositive
    return (prev[:1].isupper() and prev.lower() not in _DETERMINERS or prev.lower() in PRONOUNS
            or _notes_that(text, m, prev) or _plural_subject_verb(text, prev, m))


# A name and its appositive, set off by commas, right before the cue: "Ben Cardin, a Democrat on the panel, "
_NAME_APPOSITIVE_BEFORE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.\s+|[A-Z][\w’'\-]*\s+){1,4}?"
                                     r"[A-Z][\w’'\-]*,\s+(?:a|an|the)\s[^,;:“”\"]{3,90},\s+$")
_MODALS_BEFORE_VERB = frozenset("to would will could should can may might must did does do".split())


def _plural_subject_verb(text: str, prev: str, m: re.Match[str]) -> bool:
    """A base form after a plural noun, then a clause or "to" + verb, is the verb: "senators claim to oppose
    it", "candidates promise they will …" (not "the senators' claim", "voters' promises to …")."""
    return (m.group() in _BASE_SPEECH_FORMS and prev.isalpha() and prev.islower() and prev.endswith("s")
            and not prev.endswith("ss") and _CLAUSE_OR_INFINITIVE.match(text, m.end()) is not None)


_BASE_SPEECH_FORMS = frozenset("claim promise pledge vow".split())
_CLAUSE_OR_INFINITIVE = re.compile(r"\s+(?:that|he|she|they|it|to\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+)\b")


def _noun_calls_for(text: str, m: re.Match[str], before: list[str]) -> bool:
    """"his plan calls for …", "the rare accord calls on …": a document asking for something, after its head
    noun with a determiner just before (but "renewed calls for", "growing calls for", "these calls for" are calls)."""
    prev = before[-1]
    return (m.group() == "calls" and _CALLS_PARTICLE.match(text, m.end()) is not None and prev.isalpha() and prev.islower()
            and not prev.endswith(("ed", "ing")) and prev not in _DETERMINERS and prev not in _NUMBERS
            and prev not in _CALL_MODIFIERS and any(w.lower() in _DETERMINERS or w.endswith(("’s", "'s")) for w in before[-3:-1]))


def _calls_someone(text: str, m: re.Match[str], before: list[str]) -> bool:
    """"The mayor calls it a disgrace", "refused to call him Rui": a noun "call" takes no pronoun object. (What a
    relative clause calls something, "what her team calls her plan", is left to the naming rules.)"""
    return (m.group() in ("call", "calls") and _CALLS_PRONOUN.match(text, m.end()) is not None
            and not any(w.lower() in ("what", "which") for w in before[-4:]))


def _questions_something(text: str, m: re.Match[str], before: list[str]) -> bool:
    """"Some critics question the wisdom of …", "reports that question his account": "question" before a
    determiner or "whether" is the verb (but "the question the council faces" is a noun)."""
    prev = before[-1].lower().strip(",")
    return (m.group() in ("question", "questions") and _QUESTIONED_OBJECT.match(text, m.end()) is not None
            and (prev not in _DETERMINERS or prev == "that") and prev not in _NUMBERS and not prev.endswith(("’s", "'s"))
            and not (len(before) > 1 and before[-2].lower() in _DETERMINERS))  # "the key question the council faces"


_QUESTIONED_OBJECT = re.compile(r" (?:the|his|her|their|its|whether|why|how) ")
_CALLS_PRONOUN = re.compile(r" (?:it|him|her|them|himself|herself|themselves|me|us|you) ")
_CALLS_PARTICLE = re.compile(r" (?:for|on) ")
_CALL_MODIFIERS = frozenset("new more fresh louder loud frequent public many few".split())


_NOTE = frozenset("note notes".split())


def _notes_that(text: str, m: re.Match[str], prev: str) -> bool:
    """"note(s) that" after a common noun is the verb: "experts note that …", "the report notes that …"
    (but "his notes that …", "the notes that …" are notes)."""
    prev = prev[:-1] if prev.endswith(",") else prev  # "Ames, a party consultant, notes that …"
    return (m.group() in _NOTE and text.startswith(" that ", m.end()) and prev.isalpha() and prev.islower()
            and prev not in _DETERMINERS and prev not in _NUMBERS)


_QUALIFIED_NOUN = re.compile(r"\s+(?:(?:super)?delegates|goals?|aims?|intentions?|candidates?|cases)\b")
_STATE_NOUNS = frozenset("senate house reps. legislature legislator legislators assembly capitol lawmakers".split())


_AND_PARTICIPLE = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?([a-z]{3,}ing)\b")


def _second_participle(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """A participle cue's content ends at a second participle of speaking: "urging voters to stay calm and
    promising help", "warning that A and implying that B"."""
    for m in _AND_PARTICIPLE.finditer(text, start, end):
        if (m.group(1) in _CUE_SET or m.group(1) in _JUDGING_CUES) and not _inside(quotes, m.start()):
            return m.start()
    return None


_OBJECT_ACT = re.compile(r",?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?([a-z]{3,}ed|went|made|gave|took|goes|seems)\b")


def _that_between(text: str, cue_end: int, start: int) -> bool:
    """A "that" between a cue and its content: "said that …" opens a clause, never a bare object."""
    return "that" in text[cue_end:start].split()


def _object_then_act(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """A noun phrase taken by a clause cue, then the subject's next act: "mentioned CNN five times and
    seemed to blame it", "complained about the tone but defended Sanders". Only when nothing before the
    "and" looks like a clause ("said he grew up poor and worked hard" is one content)."""
    m = _OBJECT_ACT.search(text, start, end)
    if not m or _inside(quotes, m.start()):
        return None
    words = text[start:m.start()].split()
    if len(words) < 2 or words[0].lower() in PRONOUNS or any(
            w.lower() in CLAUSE_WORDS or w in _HAVE or _looks_verb(w) for w in words):
        return None
    if any(w.lower() in CLAUSE_WORDS for w in text[m.end():end].split()[:2]):
        return None  # "the heat and unsettled weather could last": an adjective in the subject, no second act
    return m.start()


_RELATIVIZER = re.compile(r"\b(?:who|which|that)\b")


def _second_predicate(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker's next verb after an object: "praised the plan and embraced its aim" -- not a verb of a
    relative clause inside the object ("Cruz, who was born and raised in Cuba")."""
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
_NUMBERS = frozenset("two three four five six seven eight nine ten both several many some all other".split())
_SECOND_ACT = re.compile(r"(?:,|;)?\s+(?:and|but)\s+(?:(?:also|has|have|had|later|then|again|repeatedly)\s+)*([a-z]+)\b|;")
_PARTICIPLE = re.compile(r",\s+(adding|saying|arguing|noting|insisting|warning|claiming|stressing|explaining|"
                         r"asserting|stating|suggesting|promising|vowing)(?:\s+that)?\s+")


_SUBORDINATE_ADVERBS = frozenset("soon shortly just right long even only immediately".split())


# What follows "shortly"/"soon" in a time phrase: "Shortly afterward,", "Soon thereafter,"
_AFTERWARD = frozenset("afterward afterwards after thereafter before then later earlier".split())
# A span of time opening the sentence: "Not a full day later,", "Just hours later,", "Minutes into his speech,"
_TIME_SPAN_OPENER = re.compile(r"(?:(?:not|just|only|barely|about|nearly|almost|some|a|an|the|full|few|couple|of|two|three|"
                               r"four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|several|\d+)\s+){0,4}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                               r"moments?)\s+(?:later|earlier|ago|after|before|into|since)\b")
# A time phrase opening the sentence: "The next month,", "The following day,", "That same night,"
_TIME_OPENER = re.compile(r"(?:[Tt]he|[Tt]hat)\s+(?:(?:same|next|following|previous|very)\s+)?"
                          r"(?:day|week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter)"
                          r"(?:\s+(?:before|after|earlier|later))?|[Bb]ack\s+(?:in|on|then)\b.*")


def _intro_ok(text: str, s: int, np_start: int) -> bool:
    """An introductory phrase before the speaker: "In a statement, X said", "Noting that ..., X said"."""
    intro = text[s:np_start].strip(" ,")
    words = intro.split()
    if not words:
        return True
    first = words[0].lower()
    if first in _SUBORDINATORS or first in ("if", "as", "despite", "unlike", "amid", "with"):
        return True  # "Although Scott lacks ..., officials say", "If anything, experts say"
    if first in _SUBORDINATE_ADVERBS and len(words) > 1 and words[1].lower() in _SUBORDINATORS:
        return True  # "Soon after the vote was counted, Lopes wrote"
    if first in PREPOSITIONS or first in CONJUNCTIONS or first in TIME_WORDS or first in _OPENING_PREPOSITIONS or first in (
            "noting", "asked", "speaking", "responding", "referring", "writing", "citing", "stressing", "adding",
            "however", "meanwhile", "still", "earlier", "later", "separately", "last", "this", "on", "in"):
        return True
    if first == "here" and len(words) > 1 and words[1].lower() in PREPOSITIONS:
        return True  # "Here in Braga, Lopes stepped up his attacks, saying …"
    if first in _SUBORDINATE_ADVERBS and len(words) == 2 and words[1].lower() in _AFTERWARD:
        return True  # "Shortly afterward, Lopes said", "Soon thereafter, the mayor wrote"
    # "Just hours later, Lopes said", "A day after the vote, the mayor wrote", "The next month, a former aide
    # announced", "That same night, Lopes said": when, not who
    return _TIME_SPAN_OPENER.match(intro.lower()) is not None or _TIME_OPENER.fullmatch(intro) is not None


# The last coordinate clause of an intro: 'Some booed, and when Lee rose, a man yelled “…”'
_LAST_COORDINATE = re.compile(r".*,\s+(?:and|but)\s+(?=\S)", re.S)


def _quotation_intro_ok(text: str, s: int, np_start: int, span: tuple[int, int]) -> bool:
    """`_intro_ok` for the subject of a frame introducing a quotation, which may also open a subordinate
    clause ('…, when a young boy shouted, “…”') or follow a coordinate one ('X booed, and when …, a man yelled')."""
    if _intro_ok(text, s, np_start):
        return True
    lead = text[np_start:span[0]].split()
    if lead and lead[-1].lower() in _SUBORDINATORS:
        return True
    last = _LAST_COORDINATE.match(text, s, np_start)
    return last is not None and text[last.end():np_start].split(None, 1)[0].lower() in _SUBORDINATORS


# A subject carrying a relative clause of its own: 'an official who spoke anonymously to discuss strategy said, “…”'
_WHO_CLAUSE = re.compile(r"\s+who\s+(?:(?:has|had|have|is|was|are|were)\s+)?(?:[a-z]+ly\s+)?([a-z]+)\b[^,;:“”\"()]{0,90}$")


def _relative_clause_subject(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """The person phrase before "who" when a who-clause runs up to the cue ("who" and a verb, not
    'the man who Lee said …'); the clause before it must be one a speaker may follow."""
    clause = text.rfind(",", s, cue_start) + 1 or s
    m = _WHO_CLAUSE.search(text, clause, cue_start)
    if not m or m.group(1) in PRONOUNS or m.group(1) in DETERMINERS:
        return None
    span = _np_ok(text, clause, m.start())
    if span is None or not (_named(text, span) or _np_role(text, span) or _person_head(text[span[0]:span[1]].lower().split())):
        return None
    return span if clause == s or _quotation_intro_ok(text, s, clause, span) else None


def _speaker_intro(text: str, s: int, np_start: int) -> bool:
    """An opening phrase before the speaker of reported speech, wider than `_intro_ok`: a sentence
    adverb with its comma ("Similarly, Bennett said"), a time phrase ("A week later, Rubio said"),
    a participle about the speaker ("Pressed by Stephanopoulos, Trump said")."""
    if _intro_ok(text, s, np_start):
        return True
    intro = text[s:np_start].strip(" ,")
    words = intro.split()
    first = words[0].lower().strip(",;:")
    if first in _INTRO_ADVERBS or first in _INTRO_WORDS or _TIME_AGO.match(intro):
        return True  # "Meanwhile, speaking to MSNBC, Trump said": the first word's comma hid it
    if len(words) <= 3 and _ADVERB.fullmatch(words[-1].lower()) and words[-1].lower() not in _LY_NOUNS:
        return True  # "More specifically, Trump suggested", "Perhaps most importantly, …"
    adverb = _ADVERB.fullmatch(first) is not None and first not in _LY_NOUNS and (
        len(words) == 1 or words[0].endswith(",") or words[1].lower() in PREPOSITIONS or words[1].lower() in _SUBORDINATORS)
    return words[0][:1].isupper() and (adverb or _PARTICIPLE_INTRO.match(intro) is not None)  # not "Carly Fiorina threw"


# Sentence adverbs that open a sentence before its speaker: "Then, in 2017, Kerry said".
_INTRO_ADVERBS = frozenset("""then first second third next finally regardless similarly likewise moreover
    meanwhile however still separately
    furthermore indeed nevertheless nonetheless instead otherwise besides afterward afterwards overall
    ultimately now today yesterday again also too thus hence rather contrary even sure""".split())
# "Hours later,", "A week later,", "Late last year,", "Moments earlier,": a time phrase, not a clause
_TIME_AGO = re.compile(r"(?:(?:[Aa]n?|[Tt]wo|[Ss]everal|[Aa]\s+few|[Mm]oments?|[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|"
                       r"[Mm]onths?|[Yy]ears?)\s+)?(?:\w+\s+)?(?:later|earlier|ago)\b|(?:[Ll]ate|[Ee]arly)\s+(?:last|this|next)\s+\w+\b"
                       r"|(?:[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Hh]ours|[Mm]inutes|[Mm]oments|[Ss]hortly)\s+(?:after|before)\s")  # "Months after he …,"
# A participle phrase about the speaker: "Pressed by X,", "Asked about it,", "Frustrated,", "Using a crude expression …,"
_PARTICIPLE_INTRO = re.compile(r"(?:[A-Z][a-z]{2,}|Us|Be|Do|Go)(?:ed\b(?![’'])|ing\s+(?:%s)\b)" % "|".join(sorted(
    PREPOSITIONS | TIME_WORDS | DETERMINERS | _DETERMINERS | {"that", "it", "him", "her", "them", "up", "out", "down", "off"},
    key=len, reverse=True)))  # "Walking to the door,", "Using a crude expression," — not "Ebeling reminisced"


_COLON_QUOTE = re.compile(r":\s*(?:[“\"«„]|``|'')")


def _topic_intro(text: str, s: int, np_start: int) -> bool:
    """'Of Sanders, McCaskill said …', 'Claiming the criticism is unfair, Trump told Fox that …': an opening
    phrase before the speaker of reported speech (a quotation after it keeps the phrase as its frame)."""
    words = text[s:np_start].split()
    if not words:
        return False
    first = words[0].lower()
    return first == "of" or first.endswith("ing") and words[0][:1].isupper() and len(first) > 5


def _lead_space(text: str, i: int) -> int:
    n = 0
    while i + n < len(text) and text[i + n] in " \t:,":
        n += 1
    return n


_AFTER_ACCORDING = re.compile(r"[\s,]*(according to)\s+")
_AFTER_CUE_FIRST = re.compile(r"[\s,—–\-]*(" + "|".join(re.escape(c) for c in sorted(QUOTE_CUES, key=len, reverse=True)) + r")\b")


# "“…” ― Sonya Herridge": the epigraph convention of vox-pop pieces
_DASH_NAME = re.compile(r"\s*([―—])\s*((?:[A-Z][\w’'.\-]*\s?){1,4})(?=[,.\s]|$)")


_NP_STOP = re.compile(r"[,;:!?“\"«(]|\.(?=\s|$)|\s(?:in|on|at|during|after|before|when|while|as|from|to|of|about)\b")
_ABBREV_END = re.compile(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Prof|St)$")


def _np_stop(text: str, start: int, limit: int) -> int:
    """End of a noun phrase starting at `start`: a comma, a preposition, or a full stop that is not
    an initial or abbreviation ("Rep. G.K. Butterfield")."""
    pos = start
    while True:
        m = _NP_STOP.search(text, pos, limit)
        if not m:
            return limit
        if m.group() == "." and _ABBREV_END.search(text, start, m.start()):
            pos = m.end()
            continue
        nickname = _nickname_at(text, m.start()) if m.group() in "“\"" else None
        if nickname:  # 'said Rui “The Hammer” Costa': the nickname is part of the name
            pos = nickname
            continue
        return m.start()


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
            return cue, found[0], m.end()  # '"People were celebrating" before the incident, she said.'
        break
    quoted = _QUOTED_AS_SAYING.match(text, q_end, limit)
    if quoted:
        return "saying", quoted.span(1), quoted.end()
    how = _WAS_HOW.match(text, q_end, limit)
    if how:
        return how.group(2), how.span(1), how.end()
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
_LONG_FRAME_CUES = frozenset(c for c in QUOTE_CUES if c.endswith(("ed", "s")) and c not in PARTICIPLE_CUES) | frozenset(
    "said wrote told".split())
_FRAME_STOP = re.compile(r"[“”\"«»;:!?]|''|\.(?=\s)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+\s+){0,2}$")
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
    'said a GOP data expert who has worked for …', 'said undecided voter Ann Lee')."""
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


# '“Go back to Univision,” Trump barked', '“…,” he went on.': after a quotation that ends in , ? or !,
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
        return (m.group(1), span) if span else None
    if not _named(text, found[0]):
        return None
    span, np_start, after_comma = found
    if (after_comma and not _intro_ok(text, s, np_start) and not (text[frame_end - 1] == ":" and _colon_speaker(text, span, ""))
            and not _ADVERB.fullmatch(text[s:np_start].split(None, 1)[0])):  # "Immediately after the attacks, Trump issued a statement,"
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


# Who is told: "reporters", "CNN", "the crowd", "his aides" ("told her aides he …", not "told her he …")
_ADDRESSEE = re.compile(r"\s*(?:(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+)+|reporters\s+|journalists\s+|"
                        r"(?:his|her|their|its|our)\s+(?:[a-z]+\s+)?(?:aides|audience|supporters|followers|staff|team|"
                        r"colleagues|advisers|listeners|voters|readers|fans|viewers|crowd|allies|donors)\s+|"
                        # a bare group or one person: "tells audiences she …", "telling one person close to her that …"
                        r"(?:audiences|crowds|supporters|voters|allies|donors|aides|colleagues|lawmakers|members|delegates|"
                        r"students|workers|viewers|listeners|readers|followers|friends|investors|officials|everyone|everybody)\s+|"
                        r"me\s+|us\s+|him\s+|her\s+|them\s+|(?:the|a|an|one)\s+(?:[A-Z][\w’'.\-]*\s+)*\w+\s+"
                        r"(?:close\s+to\s+(?:him|her|them|the\s+\w+|[A-Z][\w’'.\-]+)\s+)?)")
_WHERE_TOLD = re.compile(r"(?:at|in|during|on)\s+(?:a|an|the|his|her|their)\s+[^,;“\"]{1,40}?\s+(?=(?:to|that)\s)")  # "… at a rally to"
_TELL = frozenset("tell told tells".split())
_ADDRESS = frozenset("telling assured assures".split())  # cues whose object is the one addressed
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
# "analysts agreed it was still a top-heavy plan": agreeing to a clause without "that" is a view voiced
_AGREE = frozenset("agree agreed agrees".split())
_BARE_CLAUSE = re.compile(r"\s+(?:he|she|they|it|we|I|(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'.\-]*)\s+"
                          r"(?:is|was|are|were|has|had|have|will|would|could|should|can|must)\b")
_ACTION_CUES = frozenset("""declare declared declares agree
    agreed agrees maintain maintained maintains""".split())


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
    if found is None and text[s:q_start].rstrip().endswith(":"):
        return _colon_subject(text, s if sent_start is None else sent_start, s + len(text[s:q_start].rstrip()))
    return found


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
                           r"will|did|once|since)\s+)*((?:is|are|was|were)\s+[a-z]+ing|[a-z]+(?:ed|s)|went|gave|made|sent|put|wrote|spoke|took|had)\b")


def _colon_subject(text: str, s: int, frame_end: int) -> tuple[str, tuple[int, int]] | None:
    """A sentence that ends in a colon before a quotation: its subject speaks when it names someone
    and its verb follows ('She then addressed the supporters again: “…”', 'Senate leader Mitch
    McConnell, R-Ky., delivered a blunt message to Trump: “…”', 'X responded with a phrase …: “…”').
    Also the subject of a clause a participle hangs on ('X, an aide, emailed supporters, telling them, “…”')."""
    if frame_end - s > 300 or any(c in text[s:frame_end] for c in "“”\"«»"):
        return None
    first = text[s:frame_end].split(None, 1)[0].lower()
    if first in _SUBORDINATORS or first in ("as", "if"):  # "When Wallace died in 1998, President Clinton released …:"
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
        return _cue_right_before(text, s, len(frame)) if q_end is not None and _ends_sentence(text, q_end) else None
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
_AND_BEFORE = re.compile(r"\band(?:\s+then)?\s+$")


# A transcript's speaker line: 'Clinton: "…"', 'Rep. Trey Gowdy (R-S.C.): "…"', '… - Michael P. McDonald: “…”'
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
    ('said in an op-ed piece before a 2014 Senate hearing, “…”')."""
    words = tail.split()
    return 14 if words and words[0].lower() in PREPOSITIONS and "," not in tail else 8


def _adjacent_subject(text: str, s: int, cue_start: int, nested: bool) -> tuple[int, int] | None:
    """A name or personal pronoun right before the cue when no subject phrase parses: 'A flabbergasted
    Noah quipped, “…”', '… so heated that Gov. Chris Christie said, “…”', 'Recently she announced …'.
    After another cue ('Lynch said she recalled, “…”') a pronoun is the reported speaker's, left alone."""
    words = list(_WORD_SPANS.finditer(text, max(s, cue_start - 20), cue_start))
    while words and _ADVERB.fullmatch(words[-1].group()) and words[-1].group() not in _LY_NOUNS:
        words.pop()  # "she emphatically said"
    if not nested and words and words[-1].group().lower() in ("he", "she", "they") and words[-1].end() == _strip_end(text, s, words[-1].end() + 1):
        return words[-1].span()
    end = words[-1].end() if words else cue_start
    return _name_right_before(text, s, end + 1) if text[end:end + 1] == " " else None


def _colon_speaker(text: str, span: tuple[int, int], tail: str) -> bool:
    """A colon frame's subject after any opening phrase is the speaker when it names someone and
    little comes between cue and colon: 'A short time later, Ms. Abedin wrote back: “…”',
    'Regarding the emails, the campaign said in a statement: “…”'."""
    return len(tail.split()) <= 5 and (_named(text, span) or _np_subject(text, span) or _np_role(text, span))


def _np_role(text: str, span: tuple[int, int]) -> bool:
    """'the campaign', 'his spokesman': a determiner and a role or person noun."""
    words = text[span[0]:span[1]].lower().split()
    return len(words) >= 2 and words[0] in DETERMINERS and (words[-1] in ROLE_NOUNS or words[-1] in PERSON_NOUNS
                                                            or words[-1] in _QUOTING_BODIES)


_QUOTING_BODIES = frozenset("campaign committee ministry department agency office government statement spokesman".split())


def _participle_head(head: str) -> bool:
    """What precedes a participle that takes the sentence's subject: '..., saying', '... by saying',
    '... before adding' -- not 'a sign saying', 'footage of Trump saying' (the noun before speaks)."""
    return head.endswith((",", ",”", ',"')) or head.rsplit(None, 1)[-1] in _PARTICIPLE_PREPOSITIONS if head else False


_NAME_BEFORE = re.compile(r"(?<![\w’'.\-])((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*)(?:\s+[a-z]+ly)?\s+$")


def _name_right_before(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """'footage of Hillary Clinton asking, “…”': the name the participle follows speaks."""
    m = _NAME_BEFORE.search(text, max(s, cue_start - 60), cue_start)
    if not m or m.start(1) == s:
        return None  # a sentence's first word may be no name at all
    words = m.group(1).split()
    if words[0].lower() in NOT_NAME or words[0].lower() in DETERMINERS or words[-1].lower() in NOT_NAME:
        return None
    before = text[max(s, m.start(1) - 12):m.start(1)].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return None  # 'responded on Facebook writing, “…”': a place, not a speaker
    return m.span(1)


_PLACE_PREPOSITIONS = frozenset("on in at to from for about against into onto via over through under".split())


_PARTICIPLE_PREPOSITIONS = frozenset("by before after upon while when then".split())
_PHRASE_NOUN = re.compile(r"\s+(?:the\s+)?(?:phrase|word|words|term|slogan|line)$")


def _ends_sentence(text: str, q_end: int) -> bool:
    """The quotation closes its sentence: '… chanted “U-S-A!”' but not '… said “local forces” must lead'."""
    if text[q_end - 2:q_end - 1] in ".!?…" or text[q_end:q_end + 1] in (".", "!", "?", ""):
        return True
    return text[q_end:q_end + 1] == "\n"


_SHOUTED = QUOTE_PARTICIPLES | frozenset(["chanting"])


# A crowd's cry and "of" right before a quotation: "chants of “…”", "a chorus of", "shouts of"
_CROWD_CRIES_OF = re.compile(r"\b(chants?|shouts?|cries|cheers|choruses|screams|yells|roars|refrains?)\s+of\s+$")


def _crowd_cry_before(text: str, sent_start: int, q: QuoteSpan) -> str | None:
    """The crowd-cry noun before a quotation of two words or more (one word, 'chants of “no”', is
    mostly part of the writer's description)."""
    m = _CROWD_CRIES_OF.search(text, max(sent_start, q.start - 16), q.start)
    return m.group(1) if m and len(text[q.start:q.end].split()) >= 2 else None


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
# called “a perception problem.”', 'A reporter called it “absolute chaos.”', 'Pence called their son “an American hero.”'
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


# A noun of speech and its that-clause: "her assertion during the debate that …", "Lee's claim that …".
# Broader than _SPEECH_NOUN_STEMS (remarks, comments, charges…): here the clause must also hold a quotation,
# which makes the noun's sense sure; _speech_nouns reports plain clauses of the narrower list.
_SPEECH_NOUNS = (r"(assertions?|contentions?|statements?|suggestions?|admissions?|insistence|complaints?|warnings?|"
                 r"declarations?|remarks?|comments?|claims?|arguments?|promises?|pledges?|vows?|boasts?|charges?|"
                 r"accusations?|allegations?|predictions?|aside)")
_SPEECH_NOUN_WORD = re.compile(_SPEECH_NOUNS)  # a quick test before the full pattern
_SPEECH_NOUN_THAT = re.compile(r"\b(?:(his|her|their|its|the|this|that)|((?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’.\-]*)[’']s)\s+"
                               r"(?:[\w\-]+\s+){0,2}?" + _SPEECH_NOUNS +
                               r"(?:\s+(?:during|at|in|on|by|to)\s+[^,;:“”\"’']{1,40}?)?\s+that\s+")


# The topic a frame names beside its quotation: '“It’s late,” said Ames, speaking of the vote', 'Ames told the Gazette
# in response to a question about the vote', 'Lamenting the delays, Ames said, “…”' (fronted participles only when
# they open the sentence; "asked about X" is left out: what is asked is annotated as a topic only now and then)
_FRAME_TOPIC = re.compile(r"(?:(?:^|,\s+)speaking\s+(?:of|about)|\bin\s+response\s+to\s+a\s+question\s+(?:about|on)|\bexplaining(?=\s+(?:why|how)\b)|"
                          r"^(?:Remarking\s+(?:up)?on|Emphasi[sz]ing|Lamenting))\s+")
_FRAME_TOPIC_CUES = frozenset("speaking explaining question".split())  # found among the document's cues
_FRONTED_TOPIC_WORDS = ("Lamenting ", "Emphasizing ", "Emphasising ", "Remarking ")  # sought in the text: not cues
_TOPIC_END = re.compile(r"[,;:?!“”\"(]|''|\s+(?:in|during)\s+(?:an?|the|his|her)\s|\s+(?:on|last|this)\s+(?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b")


def _frame_topics(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """What a frame's "speaking of" or fronted "Lamenting" names: a topic of the speaker's, left unattributed,
    which may sit inside the span of the quotation it frames."""
    found: list[_Candidate] = []
    lead = _lead_space(text, s)
    for m in _FRAME_TOPIC.finditer(text[s + lead:e]):
        start = s + lead + m.end()
        if _inside(quotes, start - 1) or text[start:start + 1] in _QUOTE_CHARS:
            continue
        stop = _TOPIC_END.search(text, start, e)
        end = _strip_end(text, start, stop.start() if stop else e)
        if 1 <= len(text[start:end].split()) <= 12:
            found.append(_Candidate(start, end, "indirect", m.group().strip(" ,"), None, 6, para, nested=True))
    return found


def _speech_noun_that(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """The that-clause of a speech noun when it quotes someone's words: the owner named before the noun speaks."""
    found: list[_Candidate] = []
    if text.find(" that ", s, e) < 0 or not _SPEECH_NOUN_WORD.search(text, s, e):
        return found  # no "that" or no speech noun in the sentence
    e_content = _strip_end(text, s, e)
    for m in _SPEECH_NOUN_THAT.finditer(text, s, e_content):
        if _inside(quotes, m.start()):
            continue
        end = _content_end(text, m.end(), e_content, quotes)
        opening = text[s:m.start()].strip("“\"' ").split(None, 1)
        if opening and opening[0].lower() in PREPOSITIONS | _SUBORDINATORS | {"contrary"}:
            end = _main_clause_comma(text, m.end(), end, quotes)  # "Contrary to his claim that A, B"
        apposed = _QUOTE_COMMA_BREAK.search(text, m.end(), end)
        if apposed:  # 'the admission that he was “pro-choice,” and his argument …': a list goes on
            end = apposed.start()
        if not any(m.end() <= q.start and q.end <= end + 1 for q in quotes):
            continue  # no quotation marks: the words may be the writer's summary
        speaker = _np_ok(text, m.start(2), m.end(2)) if m.group(2) else None
        if _cues(text, max(s, m.start() - 30), m.start()):
            speaker = None  # "his remark describing Lee's statement that …": whose words are quoted is unsure
        found.append(_Candidate(m.end(), _to_closing_mark(m.end(), end, quotes), "mixed", m.group(3), speaker, 4, para))
    return found


# A verb of characterising, its object and "as" with a quoted description: "portrayed himself as the “law and
# order candidate”", "dismissing them as part of the “Washington cartel”", "referred to migrants as “rapists”"
_CHARACTERISING_STEMS = tuple("""portray depict describ characteris characteriz cast label brand dismiss derid mock denounc
    paint present offer introduc view regard see saw seen address position postur refer ridicul rank class call dub""".split())
_CHARACTERISING = r"(?:%s)(?:e|es|ed|ing|s|ying|ied|ies|red|ring|ting|ted|ling|led)?" % "|".join(_CHARACTERISING_STEMS)
_OBJECT_AS = re.compile(r"\b(%s)((?:\s+to)?(?:\s+(?!as\b|to\b)(?![a-z]+ed\b)[\w’'][\w’'\-.]*){1,6}?)\s+as"
                        r"((?:\s+(?!as\b)[\w’'\-.$]+){0,6}?)\s*$" % _CHARACTERISING)


def _object_as_quoted(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """Someone's words in a description after "as": the object and the description are the content."""
    found: list[_Candidate] = []
    if text.find(" as ", s, e) < 0:
        return found
    lo, hi = bisect_left(quotes, s, key=lambda q: q.start), bisect_left(quotes, e, key=lambda q: q.start)
    for q in quotes[lo:hi]:
        if q.start <= s or not text.startswith(_DOUBLE_OPEN, q.start) or found and q.start < found[-1].end:
            continue
        if text.find(" as ", max(s, q.start - 60), q.start) < 0:
            continue
        verbs = (w for w in _LOWER_WORD.finditer(text, max(s, q.start - 90), q.start)
                 if w.group().startswith(_CHARACTERISING_STEMS))
        m = next(filter(None, (_OBJECT_AS.match(text, w.start(), q.start) for w in verbs)), None)
        if not m or _inside(quotes, m.start()) or m.group(2).startswith(" to") and not m.group(1).startswith("refer"):
            continue  # "introduced to cheers as …": no object
        start = m.end(1) + _lead_space(text, m.end(1))
        found.append(_Candidate(start, q.end, "mixed", m.group(1), None, 4, para))
    return found


def _headline_case(words_text: str) -> bool:
    """Most words capitalised, as in a headline ("Mayor Praises Local Reporter")."""
    words = [w for w in words_text.split() if w[:1].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


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


# Verbs that are no speech cue but carry someone's words when their object holds a quotation, a
# partial quote or a scare quote: "Manafort dismissed the fuss as “absurd”", "she thinks he did a
# “serviceable job”". The object (or that-clause) is the content, the clause subject the speaker.
# Forms that are as often nouns ("names", "posts", "offers", "the brand") are left out.
_QUOTED_OBJECT_VERBS = frozenset("""dismissed dismisses identified identifies rejected rejects labeled labelled
    branded dubbed characterized characterizes characterised portrayed portrays named deemed deems hailed
    defended defends credited billed framed painted regarded considered considers viewed
    offered shared posted published publishes lists listed referenced implied implies bemoaned highlighted
    pondered imagined showed lauded invoked celebrated applauded coined embraced echoed issued released rated
    repeated compared contrasted welcomed chided attacked emailed proclaimed wants wanted cast casts
    positioned likened pronounced likes loves""".split())
# Verbs of thinking take a that-clause: "he thinks (that) she did a “serviceable job”".
_QUOTED_CLAUSE_VERBS = frozenset("""think thinks thought believe believes believed hope hopes hoped feel feels felt
    figured figures expect expects expected found finds anticipated assumed estimated sniped""".split())
# Verbs of knowing and finding, with "that" and a quotation in their clause: "experts speculated that it could
# boost its “explosive yield”"
_QUOTED_THAT_VERBS = frozenset("""agree agrees agreed learned learns speculated speculate speculates determined determines ruled
    concluded concludes realized realizes suspected suspects worried worries feared fears knew knows understood assume assumes""".split())
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_NOT_AN_OBJECT = re.compile(r"\s+(?:to|for|by|after|as|with|in|at)\s")
_COORDINATED_BEFORE = re.compile(r"\b(?:and|or)\s+$")
_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but)\b")
# A clause break or an appositive after a comma that closes a quotation: '“Spanish,” and then …', '“X,” a flaw …'
_QUOTE_COMMA_BREAK = re.compile(r"(?:(?<=,[”\"])|(?<=,''))\s+(a|an|the|and|but|while|which|who|as|because)\s")
_ARTICLES = frozenset("a an the".split())
_NOT_SUBJECT_HEADS = DETERMINERS | _GROUP_WORDS
_PUT = frozenset("put puts".split())
_DOCUMENT_VERBS = frozenset("issued released published posted emailed".split())
_DOCUMENT_SAYING = re.compile(r"(?:a|an|the|its|his|her|their)\s+(?:[\w’'\-]+\s+){0,2}?(?:statement|report|letter|memo|message|"
                              r"video|release|tweet|post|data|note|e-?mail|ad|study|survey|poll)(?:\s+[\w’'\-]+){0,6}?,?\s+"
                              r"(?:saying|stating|declaring|arguing|claiming|warning|expressing|confirming|condemning|documenting|detailing|"
                              r"offering|urging|announcing|accusing|praising|denouncing|criticizing|describing|charging|calling|that\s+(?:says|said|states|stated|suggests?|"
                              r"suggested|shows?|showed|finds|found|warns|warned))\s+(?:that\s+)?")
# Verbs that carry words only with the phrase they open: "as X put it, …", "X made (it) clear that …",
# "X shot back: “…”"; the words after the phrase are X's.
_PUT_IT = re.compile(r"\s+it\b[,:]?")
_MADE_CLEAR = re.compile(r"\s+(?:it\s+)?clear\b(?:\s+that\b)?")
_BACK = re.compile(r"\s+back\b[,:]?(?=\s*(?:[“\"«„]|''))")  # "shot back: “…”", not "fired back in March"
_PHRASE_TAILS = {"put": _PUT_IT, "puts": _PUT_IT, "made": _MADE_CLEAR, "makes": _MADE_CLEAR, "make": _MADE_CLEAR,
                 "shot": _BACK, "fired": _BACK, "hit": _BACK, "hits": _BACK}
_AS_NAME = re.compile(r"\b[Aa]s\s+([A-Z][^,;:“\"]{1,60}?)(?=,|\s*$)")
_PREDICATE = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|[a-z]+(?:es|ed))\b")
_DOUBLE_OPEN = ("“", '"', "«", "„", "``", "''")


def _as_speaker(text: str, s: int, verb_start: int) -> tuple[int, int] | None:
    """The name after "as" in "Or, as Tom Ridge, a former secretary, put it": its appositive may hold commas."""
    names = list(_AS_NAME.finditer(text, max(s, verb_start - 150), verb_start))
    return _np_ok(text, names[-1].start(1), names[-1].end(1)) if names else None


def _quoted_object(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """Non-speech verbs whose object in the sentence text[s:e] holds a quotation (see _QUOTED_OBJECT_VERBS)."""
    lo, hi = bisect_left(quotes, s, key=lambda q: q.start), bisect_left(quotes, e, key=lambda q: q.start)
    if lo == hi:
        return []
    found: list[_Candidate] = []
    e_content = _strip_end(text, s, e)
    for q in quotes[lo:hi]:
        if q.start <= s or not text.startswith(_DOUBLE_OPEN, q.start) or found and q.start < found[-1].end:
            continue
        verbs = [m for m in _LOWER_WORD.finditer(text, max(s, found[-1].end if found else s, q.start - 120), q.start)
                 if m.group() in _QUOTED_OBJECT_VERBS or m.group() in _QUOTED_CLAUSE_VERBS or m.group() in _PHRASE_TAILS
                 or m.group() in _QUOTED_THAT_VERBS]
        if not verbs or _inside(quotes, verbs[-1].start()):
            continue
        m = verbs[-1]
        if m.group() in _QUOTED_THAT_VERBS and not text.startswith(" that ", m.end()):
            continue  # "agreed the plan …" may be an object, not a clause: only "agreed that …"
        phrase = _PHRASE_TAILS[m.group()].match(text, m.end()) if m.group() in _PHRASE_TAILS else None
        if m.group() in _PHRASE_TAILS and not phrase:
            continue
        if "-" in (text[m.start() - 1:m.start()], text[m.end():m.end() + 1]) or _NOT_AN_OBJECT.match(text, m.end()):
            continue  # "self-identified “liberals”", "named for a “fixer”", "offered to vote": no words carried
        if text.startswith(_DOUBLE_OPEN, m.end() + 1) and _PREDICATE.match(text, q.end):
            continue  # "The candidate labeled “a leader …” continues to lead": a modifier, the verb comes later
        put_it = phrase is not None and m.group() in _PUT
        subject = _object_subject(text, s, m, put_it)
        content = _object_content(text, m, phrase, e_content, quotes)
        if subject is None or content is None or not content[0] <= q.start < content[1]:
            continue
        kind = "direct" if content == (q.start, q.end) else "mixed"
        cue = text[m.start():phrase.end()].strip(" ,:") if phrase else m.group()
        found.append(_Candidate(content[0], content[1], kind, cue, _sure_speaker(text, s, m, subject, put_it), 4, para))
    return found


# Nouns of speech whose "that"/"to" clause is what was said: "his claim that he won", "Ruiz’s pledge to
# resign". The noun's owner is the speaker (a name; a bare "his" stays unresolved).
_SPEECH_NOUN = re.compile(
    r"\b(?:(his|her|their|its)|([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})(?:’s|'s|’|')|[a-z]+(?:’s|'s))\s+"
    r"(?:(?!(?:that|to)\b)[a-z][a-z\-]*\s+){0,2}"
    r"(?:(claims?|assertions?|insistence|contention|predictions?|warnings?|"
    r"promises?|pledges?|vows?|argument|statements?|suggestions?|boasts?|assurances?|admission|denials?)\s+(that)"
    r"|(claims?|promises?|pledges?|vows?|threats?)\s+(to)(?=\s+[a-z]+\b)(?!\s+(?:%s)\b))\s" % "|".join(sorted(DETERMINERS)))
_SPEECH_NOUN_STEMS = tuple("""claim assertion insistence contention prediction warning promise pledge vow argument
    statement suggestion boast assurance admission denial threat""".split())
_SPEECH_NOUN_HEAD = re.compile(r"\b(?:%s)s?\s+t(?:hat|o)\s" % "|".join(_SPEECH_NOUN_STEMS))
_RELATIVE_THAT = re.compile(r"\s+(?:was|were|is|are|has|had|have|would|will|could|can|appeared|came|drew|made|got)\b")


def _speech_nouns(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """Content of a noun of speech owned by its speaker in text[s:e]: "Ruiz’s promise to cut taxes"
    (not the relative "her statement that was read aloud")."""
    found: list[_Candidate] = []
    e_content = _strip_end(text, s, e)
    if text[s:e_content].rstrip(" ”\"'’").endswith("?"):
        return found  # "can they deliver on their promises to cut taxes?": the writer asks about the claim
    for hit in _SPEECH_NOUN_HEAD.finditer(text, s, e_content):  # the cheap noun first, then its owner before it
        m = _SPEECH_NOUN.search(text, max(s, hit.start() - 80), min(e_content, hit.end() + 40))
        while m and m.end() <= hit.start():
            m = _SPEECH_NOUN.search(text, m.end(), min(e_content, hit.end() + 40))
        if m is None or m.start(3 if m.group(3) else 5) != hit.start() or _inside(quotes, m.start()):
            continue
        start = m.start(4) if m.group(4) else m.start(6)
        if m.group(4) and _RELATIVE_THAT.match(text, m.end(4)):
            continue
        # "Gomes described Ruiz’s claim that …", "asked about Ruiz’s claim": nested in other speech, whose
        # speaker the annotators name as often as the owner -- unsure, left unresolved
        owner = _np_ok(text, *m.span(2)) if m.group(2) and not _cues(text, s, m.start()) else None
        end = _content_end(text, start, e_content, quotes)
        end = _noun_clause_end(text, s, m.start(), start, end, bool(m.group(4)))
        if end is not None and len(text[start:end].split()) >= 3:
            found.append(_Candidate(start, end, "indirect", m.group(3) or m.group(5), owner, 5, para))  # the quotation-aware reading first
    return found


_FINITE_AUX = re.compile(r"\s(?:is|was|are|were|has|have|had|would|will|could|can|may|might|should|does|did|isn’t|isn't|wasn’t|wasn't)\s")
_COMMA_AUX = re.compile(r",\s+(?:is|was|are|were|has|have|had|would|will)\s")
_FRONTING = frozenset("contrary unlike given beyond".split())  # "Contrary to his claim that …, the …"


def _noun_clause_end(text: str, s: int, owner: int, start: int, end: int, that: bool) -> int | None:
    """Where a speech noun's clause ends when the noun phrase does not close its sentence. As the subject
    ("Ruiz’s claim that he won was false") the clause ends before the main verb: the first auxiliary after
    a "to" clause, the second after a "that" clause (None when there is no such verb: unsure). In a fronted
    phrase ("Despite Ruiz’s claim that he won, the mayor …") it ends at the comma."""
    lead = text[s:owner].strip()
    if not lead or lead.endswith(","):
        verbs = list(_FINITE_AUX.finditer(text, start, end))
        verb = verbs[1] if that and len(verbs) > 1 else verbs[0] if not that and verbs else None
        return _strip_end(text, start, verb.start()) if verb else None
    first = lead.split()[0].lower()
    if (first in PREPOSITIONS or first in _SUBORDINATORS or first in _FRONTING) and "," not in lead:
        comma = text.find(",", start, end)
        return _strip_end(text, start, comma) if comma > 0 and not _inside_quote_marks(text, start, comma) else end
    verb = _COMMA_AUX.search(text, start, end)  # "his statements, including his promise to X, have caused …"
    return _strip_end(text, start, verb.start()) if verb and not _inside_quote_marks(text, start, verb.start()) else end


# "Sanders was declared the winner in Maine": someone (unnamed) declared it; the content is who won and where
_DECLARED_WINNER = re.compile(r"\s(?:was|were|has\s+been|had\s+been)\s+(?:officially\s+)?declared\s+(the\s+(?:winner|victor)\b)")


_WINNER_END = re.compile(r",|\s(?:that|which|by|as|after|when|while|with|early|late|on)\s")


def _find_all(text: str, literal: str) -> list[int]:
    found, i = [], text.find(literal)
    while i >= 0:
        found.append(i)
        i = text.find(literal, i + 1)
    return found


def _speech_noun_positions(text: str) -> list[int]:
    """Where a noun of speech stands before "that"/"to" (str.find is much faster than a regex scan)."""
    return sorted(j for literal in (" that ", " to ") for i in _find_all(text, literal)
                  if text[(j := text.rfind(" ", 0, i) + 1):i] in _SPEECH_NOUN_WORDS)


_SPEECH_NOUN_WORDS = frozenset(w + plural for w in _SPEECH_NOUN_STEMS for plural in ("", "s"))


def _any_within(positions: list[int], s: int, e: int) -> bool:
    i = bisect_left(positions, s)
    return i < len(positions) and positions[i] < e


def _declared_winner(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """A named candidate declared the winner: "Gomes was declared the winner in Braga" (not "who was
    declared …", whose antecedent may lie anywhere)."""
    found: list[_Candidate] = []
    e_content = _strip_end(text, s, e)
    for m in _DECLARED_WINNER.finditer(text, s, e_content):
        got = _subject_before(text, s, m.start() + 1)
        if got is None or _inside(quotes, m.start()) or not _named(text, got[0]) or text[got[0][0]:got[0][1]].lower() in PRONOUNS:
            continue
        end = _content_end(text, m.start(1), e_content, quotes, 1)
        cut = _WINNER_END.search(text, m.end(1), end)  # "… in Maine, and …", "… by the networks", "… that was …"
        end = _strip_end(text, m.start(1), cut.start()) if cut else end
        found.append(_Candidate(got[0][0], end, "indirect", "declared", None, 4, para))
    return found


def _object_subject(text: str, s: int, m: re.Match[str], put_it: bool) -> tuple[int, int] | None:
    """Subject of the verb m of _quoted_object; without one the verb is no finite verb of a clause."""
    span = _leading_subject(text, s, m, []) or (_as_speaker(text, s, m.start()) if put_it else None)
    words = text[span[0]:span[1]].split() if span else []
    if not words or words[-1].lower() in _NOT_SUBJECT_HEADS or "whether" in words or "if" in words:
        return None  # "… and most recently offered analysis on …", "the question of whether someone issued …"
    return span


def _sure_speaker(text: str, s: int, m: re.Match[str], span: tuple[int, int], put_it: bool) -> tuple[int, int] | None:
    """The subject as speaker only when it stands right before the verb, alone: else nobody (a wrong name is worse)."""
    if (_COORDINATED_BEFORE.search(text, max(s, span[0] - 12), span[0]) or _CLAUSE_BETWEEN.match(text, span[1], m.start())
            or not put_it and (_subject_before(text, s, m.start()) or ((-1, -1),))[0] != span):
        return None  # "he and Cruz shared …", "Maher, who backs Sanders, but has dismissed …"
    return span


def _object_content(text: str, m: re.Match[str], phrase: re.Match[str] | None, e_content: int,
                    quotes: list[QuoteSpan]) -> tuple[int, int] | None:
    """The object or clause after the verb m of _quoted_object, to its end; None when there is none."""
    clause = m.group() in _QUOTED_CLAUSE_VERBS or m.group() in _QUOTED_THAT_VERBS or phrase is not None
    if phrase:  # "As Ridge put it: “The barbarians are inside.”", "made clear that he has “concerns”"
        start = phrase.end()
    else:
        start = _content_after(text, m.end(), e_content, m.group()) if clause else m.end()
    if start is None:
        return None
    start += _lead_space(text, start)
    document = _DOCUMENT_SAYING.match(text, start) if m.group() in _DOCUMENT_VERBS else None
    if document:  # "issued a statement Thursday saying (that) …": what the statement says is the content
        start = document.end()
    end = _content_end(text, start, e_content, quotes, 3 if clause else 1)
    # an object keeps "as …" ("dismissed it as “absurd”"); a clause ("thinks …") runs to its end, "put it, …" too
    cut = None if clause and m.group() not in _PUT else _JUDGING_END.search(text, start, end)
    while cut and _inside(quotes, cut.start()):
        cut = _JUDGING_END.search(text, cut.end(), end)
    if cut:
        end = _strip_end(text, start, cut.start())
    apposed = _QUOTE_COMMA_BREAK.search(text, start, end)
    while apposed and clause and apposed.group(1) in _ARTICLES:
        apposed = _QUOTE_COMMA_BREAK.search(text, apposed.end(), end)
    if apposed:  # "referenced the “Charleston loophole,” a flaw in …": the writer's gloss; "as “Spanish,” and then …"
        end = apposed.start()
    return start, _to_closing_mark(start, end, quotes)


def _goes_on_after_frame(text: str, mine: list[_Candidate], pending: list[QuoteSpan], b: int,
                         p: int) -> list[_Candidate]:
    """'“A” of the plan, Mr. Lee said. “B.”': a quotation closing its paragraph right after the frame of a
    partly quoted statement goes on with the same speaker's words."""
    last = pending[-1]
    if text[last.end:b].strip():
        return []
    for c in mine:
        if not (c.paragraph == p and c.kind == "mixed" and c.mention is not None and c.end <= c.mention[0]
                and c.cue and c.cue.lower() in QUOTE_CUES):
            continue
        after = [q for q in pending if q.start >= c.mention[1]]
        frame = text[c.end:after[0].start] if after else ""
        if after and len(frame) <= 80 and frame.rstrip().endswith(".") and not _inside_quote_marks(text, c.end, after[0].start):
            return [_Candidate(after[0].start, last.end, "direct", c.cue, c.mention, 1, p, inherit=c)]
    return []


def extract_quotes(text: str) -> list[ExtractedQuote]:
    """Attributed quotes and reported speech of one article, in document order."""
    if not text:
        return []
    paras = paragraphs(text)
    quotes = quote_spans(text, paras)
    quotes = [q for q in quotes if _nickname_at(text, q.start) != q.end]  # 'Ana "Nina" Rocha' quotes nobody
    by_para: dict[int, list[QuoteSpan]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    candidates: list[_Candidate] = []
    doc_cues = _cues(text, asked=True)
    cue_starts = [m.start() for m in doc_cues]
    para_sents = [sentences(text, a, b) for a, b in paras]
    sent_starts = [[s for s, _ in sents] for sents in para_sents]
    # rare patterns found once per document, so that most sentences skip their rules
    noun_at = _speech_noun_positions(text)
    topic_at = sorted([m.start() for m in doc_cues if m.group().lower() in _FRAME_TOPIC_CUES]
                      + [i for w in _FRONTED_TOPIC_WORDS for i in _find_all(text, w)])  # "speaking of …", "Lamenting …"
    winner_at = [i for i in _find_all(text, "declared the ") if _DECLARED_WINNER.search(text, max(0, i - 12), i + 30)]
    last_in_para: dict[int, _Candidate] = {}

    for p, (a, b) in enumerate(paras):
        first_of_para = len(candidates)
        group: _Candidate | None = None
        pending: list[QuoteSpan] = []
        qs = by_para.get(p, [])
        for k, q in enumerate(qs):
            q_para_end = paras[q.last_paragraph][1]
            limit = qs[k + 1].start if k + 1 < len(qs) else q_para_end
            # the last sentence opening at or before the quote (sentences are in order: bisect, not a scan per quote)
            starts = sent_starts[q.paragraph]
            k_sent = bisect_right(starts, q.start)
            sent_start = starts[k_sent - 1] if k_sent else a
            prev_end = qs[k - 1].end if k > 0 else a
            between = text[prev_end:q.start]
            inner_end = q.end - 1
            while inner_end > q.start and (text[inner_end] in _QUOTE_CHARS or text[inner_end] == " "):
                inner_end -= 1
            # '“…, too" Sweeny said': a quotation opening its sentence may have lost its comma
            attributable = (text[inner_end] in ",?!—–-…" or text[q.end:q.end + 1] == ","
                            or q.start == sent_start and (text[inner_end].isalpha() or text[inner_end] == ".")
                            and text[q.end:q.end + 1].isspace())
            after = _after_attribution(text, q.end, limit, q.start) if attributable else _dash_name(text, q.end, limit)
            if after and text[inner_end] in "?!." and k + 1 < len(qs) and _INTRODUCES_NEXT.fullmatch(text, after[2], qs[k + 1].start):
                after = None  # '“…?” He answered, “…”': the frame introduces the next quotation
            if (after and k + 1 < len(qs) and not text[after[2]:qs[k + 1].start].strip()
                    and text[sent_start:q.start].strip(" \"“'‘(")):
                after = None  # 'Calling him “a loser,” the crowd chanted “Go home.”': the verb takes the next quotation
            if after is None and group is not None and not between.strip():
                group.end = q.end
                group.quoted += q.end - q.start  # “A” “B”: one quotation set in two marks
                continue
            if after is None and group is not None and _title_in_frame(group, text, q):
                group.frame_end = q.end  # '“A,” Trump told NBC’s “Today” on Monday. “B”': the frame goes on
                continue
            if after is None and group is not None and _titled_in_frame(text, prev_end, q):
                continue  # '“A,” he told “Fox and Friends”', '…, she wrote in her memoir, “Tough Choices.”': a title
            if (after is None and group is not None and (_frame_of(group, text, prev_end, q.start)
                                                         or _sentence_resumes(group, text, prev_end, q))
                    and not _runs_into_trailing_frame(text, q.end, limit) and not _framed_again(text, q, para_sents[p])):
                # “A,” X said. “B”: one attribution interrupted by its frame. Kept as one span while
                # the span stays mostly quotation; a frame longer than the quotes ("said X, a lawyer
                # who ...") splits it, B then a quote of its own by the same speaker.
                if q.start - prev_end <= group.quoted + (q.end - q.start) and not _who_said(text, prev_end, q.start):
                    # one span with its frame inside: "mixed", so nobody puts it in quote marks whole (two
                    # attributed parts cost precision: gold keeps the whole quotation as one content)
                    group.end = q.end
                    group.kind = "mixed"
                    group.quoted += q.end - q.start
                else:
                    part = _Candidate(q.start, q.end, "direct", group.cue, group.mention, 0, p, inherit=group,
                                      quoted=q.end - q.start)
                    candidates.append(part)
                    group = part
                continue
            if after:
                cue, span, frame_end = after
                start = (pending[0].start if pending and not text[pending[-1].end:q.start].strip()
                         and not _closes_own_sentence(text, pending[-1], sent_start) else q.start)
                kind = "direct"
                lead = text[max(sent_start, prev_end if k > 0 else sent_start):start]
                if (lead.strip() and k == 0 and not _cues(lead) and len(lead.split()) >= 2
                        and not lead.rstrip().endswith((":", "-", "—", "–", "("))):  # 'by Clinton - “…,” X said -
                    start, kind = sent_start, "mixed"
                group = _Candidate(start, q.end, kind, cue, span, 0, p, quoted=q.end - q.start)
                group.frame_end = frame_end
                candidates.append(group)
                pending = []
                continue
            if after is None and group is not None and _participle_resumes(group, text, q.start):
                # '“A,” X said, suggesting that B. “C”': the participle reports B, C is X's quotation again
                part = _Candidate(q.start, q.end, "direct", group.cue, group.mention, 0, p, inherit=group,
                                  quoted=q.end - q.start)
                candidates.append(part)
                group = part
                continue
            before = _before_attribution(text, max(sent_start, prev_end), q.start, q.end, sent_start)
            aside = _DASH_ASIDE_BEFORE.search(text, max(sent_start, prev_end, q.start - 90), q.start) if before is None else None
            if aside:  # 'Lee said — as reported by the Daily News — “…”': the frame before the aside
                before = _before_attribution(text, max(sent_start, prev_end), aside.start(), q.end, sent_start)
            right_after = (group is not None and group.frame_end is not None and prev_end <= group.frame_end <= q.start
                           and _PARTICIPLE_FRAME.fullmatch(text, group.frame_end, q.start) is not None)
            if (before is None or right_after) and group is not None and _PARTICIPLE_FRAME.search(between):
                # (right after the frame: '“A,” Lee said, adding: “B”' is Lee's, not the sentence subject's in A)
                # '“A,” he said, adding: “B”': B is the same speaker's
                part = _Candidate(q.start, q.end, "direct", _PARTICIPLE_FRAME.search(between).group(1), group.mention, 0,
                                  p, inherit=group, quoted=q.end - q.start)
                candidates.append(part)
                group = part
                continue
            if before:
                group = _Candidate(q.start, q.end, "direct", before[0], before[1], 0, p, quoted=q.end - q.start)
                candidates.append(group)
                pending = []
                continue
            if k == 0 and q.start == sent_start:
                # 'Iowa State's Dianne Bystrom agreed. “…”': a sentence with a cue and nothing said before it
                prev_sent = [se for se in para_sents[p] if se[1] <= q.start]
                if not prev_sent and q.start == a and p > 0 and _quote_only(text, a, b, qs):
                    prev_sent = para_sents[p - 1][-1:]
                bare = _bare_cue_sentence(text, *prev_sent[-1]) if prev_sent else None
                if bare:
                    group = _Candidate(q.start, q.end, "direct", bare[0], bare[1], 0, p, quoted=q.end - q.start)
                    candidates.append(group)
                    continue
            if prev_end <= sent_start and _colon_sentence_quote(text, sent_start, q):
                # 'Her letter makes a blunt case: “We must stand together.”': a whole quoted sentence
                # after a clause ending in a colon is somebody's words, whose is not always sure
                lead_end = _lead_end(text, sent_start, q.start)
                main = _colon_subject(text, sent_start, lead_end)
                if main is None and text[lead_end - 1] != ":":
                    pending.append(q)
                    continue  # '… last February — “…”': after a dash, only a clause naming its speaker
                group = _Candidate(q.start, q.end, "direct", ":", main[1] if main else None, 5, p, quoted=q.end - q.start)
                candidates.append(group)
                continue
            chant = _crowd_cry_before(text, sent_start, q) or _inscription_before(text, sent_start, q)
            if chant:
                # 'the crowd broke into chants of “Lock him up!”': shouted words, whose is not sure (speaker
                # left unnamed); last in priority, so a clause reporting them whole keeps them
                candidates.append(_Candidate(q.start, q.end, "direct", chant, None, 7, p, quoted=q.end - q.start))
                continue
            if (q.start == a or _bulleted(text, a, q.start)) and p > 0:
                intro = _colon_intro(text, *paras[p - 1])
                if intro:
                    group = _Candidate(q.start, q.end, "direct", intro[0], intro[1], 0, p, quoted=q.end - q.start)
                    candidates.append(group)
                    continue
            pending.append(q)
        if pending and p > 0 and _quote_only(text, a, b, qs) and (p - 1) in last_in_para:
            prev = last_in_para[p - 1]
            inherited = _Candidate(pending[0].start, pending[-1].end, "direct", prev.cue, prev.mention, 1, p, inherit=prev)
            candidates.append(inherited)
        headline = _headline_claim(text, a, b, p)
        if headline:
            candidates.append(headline)
        # reported speech in the sentences of this paragraph
        for s, e in para_sents[p]:
            for c in _reported(text, s, e, p, quotes, doc_cues, cue_starts):
                c.end = _to_closing_mark(c.start, c.end, quotes)
                if c.kind == "indirect" and (c.mention is None or c.mention[1] <= c.start):
                    # "... it was opposed to the test and warned X ...": a second speech act ends the content
                    # led by its cue; content before a trailing frame ("A and maintained B, Wang said") has
                    # its own subject for every verb in it
                    second = _second_act_at(text, c.start, c.end, [])
                    if second is not None and len(text[c.start:second].split()) >= 3:
                        c.end = _strip_end(text, c.start, second)
                if c.mention is not None:
                    # "X said A, adding that B": B is a second attribution to the same speaker
                    m = _PARTICIPLE.search(text, c.start, c.end)
                    if m and not _inside(quotes, m.start()) and len(text[c.start:m.start()].split()) >= 3 and len(text[m.end():c.end].split()) >= 3:
                        candidates.append(_Candidate(m.end(), c.end, "indirect", m.group(1), c.mention, 3, p))
                        c.end = m.start()
                if any(c.start <= q.start and q.end <= c.end + 1 for q in quotes):
                    c.kind = "mixed"
                candidates.append(c)
            candidates.extend(_quoted_object(text, s, e, p, quotes))
            candidates.extend(_speech_noun_that(text, s, e, p, quotes))
            candidates.extend(_object_as_quoted(text, s, e, p, quotes))
            if _any_within(topic_at, s, e):
                candidates.extend(_frame_topics(text, s, e, p, quotes))
            if _any_within(noun_at, s, e):
                candidates.extend(_speech_nouns(text, s, e, p, quotes))
            if _any_within(winner_at, s, e):
                candidates.extend(_declared_winner(text, s, e, p, quotes))
        if pending:
            candidates.extend(_goes_on_after_frame(text, candidates[first_of_para:], pending, b, p))
        mine = [c for c in candidates[first_of_para:] if c.paragraph == p]
        if mine:
            last = max(mine, key=lambda c: c.end)
            for q in qs:  # a quote running into later paragraphs makes them "attributed" too
                if q.last_paragraph > p:
                    last_in_para[q.last_paragraph] = last
            last_in_para[p] = last

    candidates = _without_quoted_epithets(text, candidates)
    for c in candidates:
        c.silent = _not_said(text, c)
    accepted: list[_Candidate] = []
    # the accepted ones by start, to find the clashes of each candidate without scanning them all
    by_start: list[tuple[int, int]] = []  # (start, order of acceptance)
    longest = 0
    for c in sorted(candidates, key=lambda c: (c.priority, c.start)):
        near = by_start[bisect_left(by_start, (c.start - longest, -1)):bisect_left(by_start, (c.end, -1))]
        clash = [o for o in (accepted[k] for k in sorted(k for _, k in near)) if c.start < o.end and o.start < c.end]
        if clash and c.priority == 3 and all(o.start > c.start for o in clash):
            _end_before(text, c, min(o.start for o in clash), quotes)
            clash = [o for o in clash if o.start < c.end]
        if c.nested:  # '“A,” said Ames, speaking of the vote': the topic inside the quotation's mixed span, Ames's
            around = [o for o in clash if o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start]
            clash = [o for o in clash if o not in around]
            if around and around[0].mention is not None:
                c.mention, c.inherit = around[0].mention, around[0]
        if not clash:
            insort(by_start, (c.start, len(accepted)))
            longest = max(longest, c.end - c.start)
            accepted.append(c)
    accepted.sort(key=lambda c: c.start)
    return _resolve(text, accepted, paras, quotes)


# Content that is only where or when something was said: "In a speech last July", "On his campaign website"
_SETTING_ONLY = re.compile(r"(?:in|on|during|after|when|while|writing|monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)\b(?!\s+favou?r\b)", re.I)
# "adding to his victories", "the U.S. added 292,000 jobs": "add" of a sum or a tally, not of words
_ADDED_AMOUNT = re.compile(r"\badd(?:s|ed|ing)?\s+(?:to\s+(?:a|an|the|his|her|their|its|our|my)\s|"
                           r"(?:up\s+to\s+|around\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|another\s+)?[$\d])")

# A set phrase with a verb of saying that reports nobody's words: "All told, 5,000 people came"
_SET_PHRASE_BEFORE = re.compile(r"\b(?:[Aa]ll\s+told|[Tt]ruth\s+be\s+told|[Nn]eedless\s+to\s+say|"
                                r"[Ss]uffice\s+it\s+to\s+say),?\s*$")

# Verbs that frame a quotation ("“…,” she continued", "he laughed: “…”") but report no content of their own:
# "Today, despite the talks, the feud continues" says nothing anybody said
_QUOTATION_ONLY_CUE = re.compile(r"(?:continu|laugh|smil|chuckl|sigh)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:”\"]\s+|\n\s*)$")


def _not_said(text: str, c: _Candidate) -> bool:
    """Reported content that names no words said: only the setting of a speech ("In an interview with CNN"),
    what follows a set phrase ("All told, …"), a sentence's opening clause alone, content of a verb that only
    frames quotations ("continued", "laughed"), or the object of "add" meaning a sum ("adding to her run of
    wins", "added 1 million jobs")."""
    if c.kind != "indirect":
        return False
    content = text[c.start:c.end].strip(" ,.")
    if _SETTING_ONLY.match(content) and "," not in content and len(content.split()) <= 12 and not any(
            w.lower() in _FINITE or w.lower() in ("that", "said", "says") for w in content.split()):
        return True
    if _SET_PHRASE_BEFORE.search(text, max(0, c.start - 25), c.start):
        return True
    if _opening_subordinate_only(text, c.start, content):
        return True
    if not c.cue or _QUOTATION_ONLY_CUE.match(c.cue.lower()):
        return bool(c.cue)
    if not c.cue.lower().startswith("add"):
        return False
    cue_at = text.rfind(c.cue, max(0, c.start - len(c.cue) - 2), c.start)  # the cue right before the content
    return cue_at >= 0 and _ADDED_AMOUNT.match(text, cue_at, c.start + 12) is not None


def _opening_subordinate_only(text: str, start: int, content: str) -> bool:
    """"Because until we act on it, …" cut at its comma: a sentence's opening clause alone says nothing."""
    words = content.split()
    while words and words[0].lower() in ("but", "and", "yet", "so", "even", "only", "just"):
        words = words[1:]
    return (bool(words) and (words[0].lower() in _SUBORDINATORS or words[0].lower() in ("despite", "until", "unless"))
            and "," not in content and len(words) <= 12
            and _SENTENCE_OPENS.search(text, max(0, start - 4), start) is not None)


def _without_quoted_epithets(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """'Ames called the plan “reckless.”': the quoted word is what the plan was called, so the naming (object
    and name) is the content, not the short quotation alone."""
    namings = [c for c in candidates if c.cue and c.cue.lower() in _CALL and c.kind == "mixed" and c.priority == 3]
    if not namings:
        return candidates
    def epithet(c: _Candidate) -> bool:
        return (c.kind == "direct" and c.priority == 0 and c.cue is not None and c.cue.lower() in _CALL
                and len(text[c.start:c.end].split()) <= 6
                and any(n.start < c.start and c.end <= n.end + 2 for n in namings))
    return [c for c in candidates if not epithet(c)]


# The frame of a quotation that follows reported content: 'X said A, explaining, “B”', 'A, adding: “B”'
_QUOTE_FRAME_TAIL = re.compile(r"(?:[,;—–\-]|(?<=[”\"'’]))\s*(?:and\s+)?(?:%s)[\s,:]*$" % "|".join(
    sorted(PARTICIPLE_CUES, key=len, reverse=True)))


def _end_before(text: str, c: _Candidate, limit: int, quotes: list[QuoteSpan]) -> None:
    """Reported content that runs into a later quotation ends before it, without the quotation's frame:
    'Starr said the report was titled “B,” explaining, “C”' keeps 'the report was titled “B,”'. Only
    content led by its cue, and only before a participle frame: 'told his audience, “C”' keeps C."""
    if c.cue is None or text.rfind(c.cue, max(0, c.start - 60), c.start) < 0:
        return  # a trailing or interposed frame: the quotation may be its own content
    end = limit
    while end > c.start and text[end - 1] in _OPENING + " ":
        end -= 1
    frame = _QUOTE_FRAME_TAIL.search(text, max(c.start, end - 40), end)  # a frame is short: no long scan
    if not frame:
        return  # 'said he had one idea: “…”', 'told his audience, “…”': the quotation is the content
    end = _strip_end(text, c.start, frame.start())
    if len(text[c.start:end].split()) >= 3:
        c.end = end
        if c.kind == "mixed" and not any(c.start <= q.start and q.end <= end + 1 for q in quotes):
            c.kind = "indirect"


_INTRODUCES_NEXT = re.compile(r"[^.!?“”\"]*[,:]\s*")
_PARTICIPLE_FRAME = re.compile(r",\s+(?:and\s+)?(adding|saying|continuing|noting|insisting|explaining|asking)"
                               r"(?:\s+that)?\s*[,:]?\s*$")


_WHO_CUE = re.compile(r"\bwho\s+(?:also\s+|later\s+|has\s+|had\s+)?$")


_TITLE_BEFORE = re.compile(r"(?:\b(?:told|on|in|to|of)|\b(?:memoir|book|column|show|program|essay|article|op-ed|titled|"
                           r"entitled),)\s*$")
_TITLE_SMALL_WORDS = frozenset("a an the of and or for in on to at with".split())


def _looks_like_title(text: str, q: QuoteSpan) -> bool:
    """A quotation of a few capitalised words: a show, book or slogan ("Fox and Friends", "Tough Choices")."""
    words = re.findall(r"[A-Za-z][\w’'\-]*", text[q.start:q.end])
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _titled_in_frame(text: str, prev_end: int, q: QuoteSpan) -> bool:
    """A short quoted title in a quotation's frame, named as a medium: '“A,” he told “Fox and Friends”',
    'she wrote in her memoir, “Tough Choices.”' -- not a further quotation."""
    return _looks_like_title(text, q) and bool(_TITLE_BEFORE.search(text, max(prev_end, q.start - 40), q.start))


def _who_said(text: str, start: int, end: int) -> bool:
    """A frame whose speaker 'who said …' something more: '“A,” said Ann Lee, a voter who said B. “C”'
    is no one quotation (B is reported speech between the quotes)."""
    return text.find("who", start, end) >= 0 and any(
        _WHO_CUE.search(text, max(start, m.start() - 12), m.start()) for m in _cues(text, start, end) if m.group() in _SAY)


# The statement goes on after its frame: '“A,” he said, but “B”', '“A,” they wrote in a letter, that X “may …”'
_FRAME_GOES_ON = re.compile(r"(?:\s+(?:in|on|at|to|during|outside)\s[^,.;:!?“”\"]{1,50})?(?:,\s+"
                            r"(?:but|yet|and\s+still|that(?:\s+[^,.;:!?“”\"]{1,40})?)|\.\s+But)\s+")


# '“A,” Lee wrote. “B” there and in March, the memo stated.': B runs on past its marks to a frame of its own
_OWN_TRAILING_FRAME = re.compile(r",\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w’'.\-]+(?:\s+[\w’'.\-]+){0,3}\s+"
                                 r"(?:said|says|stated|states|wrote|writes|added|adds)\.?$")


def _framed_again(text: str, q: QuoteSpan, sents: list[tuple[int, int]]) -> bool:
    end = next((e for s, e in sents if s <= q.end <= e), None)
    if end is None or end - q.end < 12 or not text[q.end:q.end + 1].isspace():
        return False
    tail = text[q.end:end].rstrip()
    return _OWN_TRAILING_FRAME.search(tail) is not None and len(tail.split()) >= 4


def _frame_of(group: _Candidate, text: str, prev_end: int, q_start: int) -> bool:
    """The text between two quotes is just the attribution frame of the first ('," he said. "')."""
    frame_end = group.frame_end
    if frame_end is None or not (prev_end <= frame_end <= q_start):
        return False
    rest = text[frame_end:q_start]
    if rest.isspace() and group.cue in _TELL:
        return False  # '“A,” X told “Fox and Friends”': the name of whom X told, no more of A
    if rest.strip(" ,.;:—–-") == "" or _FRAME_GOES_ON.fullmatch(rest):
        return True
    if len(rest.split()) > 40 or not rest.rstrip().endswith((".", ",", ":", ";", "—")):
        return False
    if rest.rstrip().endswith(":") and _colon_sentence_frame(text, frame_end, q_start):
        return False  # '“A,” X said on MSNBC. Later that day, X went further: “B”': B has a frame of its own
    for m in _cues(text, frame_end, q_start):
        if _NOUN_USE.search(text, frame_end, m.start()) or not _verb_use(text, frame_end, m):
            continue  # "said in reply", "when a dozen states held contests" are no new cue
        low = m.group().lower()
        if low in JUDGING_CUES and low != "citing":
            continue  # '," X said, mocking concerns about …. “B”': an act of judging, B is still X's
            # (but '," X wrote, citing participants. “B”': B is the participants' words)
        if low in PARTICIPLE_CUES or low in QUOTE_PARTICIPLES:
            said = text[m.end():q_start].rstrip()
            if said.endswith((".", "!")) and len(said.split()) < 3:
                continue  # '," X said, half joking. “B”': nothing said, B is still X's quotation
            return False  # '," X said, adding, “B”', ', adding that …': an attribution of its own
        if (m.group()[:1].isupper() or rest.rstrip().endswith(":")
                or _subject_before(text, _clause_start(text, frame_end, m.start()), m.start())):
            return False  # "Y said he was wrong. “B”": another speaker may be speaking
    return True


def _runs_into_trailing_frame(text: str, q_end: int, limit: int) -> bool:
    """A quotation whose sentence goes on unquoted to a frame of its own: '“A,” Lee said. “B” and for the
    crews, the report stated.' -- B with its words after is the report's statement, not more of Lee's A."""
    stop = text.find(". ", q_end, limit)
    rest = text[q_end:stop if stop >= 0 else limit].rstrip(" .\n")
    if not rest[:1].isspace() or not rest.lstrip()[:1].islower() or any(c in rest for c in _QUOTE_CHARS + ";:"):
        return False
    comma = rest.rfind(",")
    tail = rest[comma + 1:] if comma > 0 else ""
    return 2 <= len(tail.split()) <= 6 and any(m.group().lower() in CLAUSE_CUES for m in _cues(tail))


def _sentence_resumes(group: _Candidate, text: str, prev_end: int, q: QuoteSpan) -> bool:
    """'“A,” X wrote in a letter explaining why he ran, “but B.”': a quotation cut by a comma resumes in
    lower case after a frame that ends in a comma, whatever cues the frame holds; still one statement."""
    frame_end = group.frame_end
    if frame_end is None or not (prev_end <= frame_end <= q.start) or group.mention is None:
        return False
    rest = text[frame_end:q.start]
    first = text[q.start:q.end].lstrip(_OPENING + " ")[:1]
    return (first.islower() and rest.rstrip().endswith(",") and text[:prev_end].rstrip(_QUOTE_CHARS + " ").endswith(",")
            and len(rest.split()) <= 30 and not any(c in rest for c in _QUOTE_CHARS.replace("’", "").replace("'", ""))
            and not re.search(r"[.!?;:]\s|\bthat\b", rest))  # ', noting that he “has …”': a clause of its own


def _title_in_frame(group: _Candidate, text: str, q: QuoteSpan) -> bool:
    """A quoted title right in a quotation's frame: '," X told NBC’s “Today”', '," X said on “Fox News Sunday.”'."""
    frame_end = group.frame_end
    if frame_end is None or frame_end > q.start or group.mention is None:
        return False
    rest = text[frame_end:q.start]
    if any(c in rest for c in ".,;:!?“”\"") or len(rest.split()) > 4:
        return False
    last = rest.split()[-1] if rest.split() else ""
    if not (last in ("on", "to") or last.endswith(("’s", "'s")) or group.cue in _TELL and rest.strip()):
        return False  # '," wrote the authors of the “Growth Project,”': part of the speaker's name
    return _looks_like_title(text, q)


def _colon_sentence_frame(text: str, frame_end: int, q_start: int) -> bool:
    """A whole sentence after the frame that ends in a colon and attributes on its own."""
    cut = _clause_start(text, frame_end, q_start)
    if cut == frame_end or text.rfind(". ", frame_end, q_start) < 0:
        return False
    return _before_attribution(text, cut, q_start) is not None


_PARTICIPLE_AFTER_FRAME = re.compile(r"\s*,\s*(?:and\s+)?([a-z]+ing)\b")


def _participle_resumes(group: _Candidate, text: str, q_start: int) -> bool:
    """'," X said, suggesting that B. “C”': one sentence after the frame, a participle with its own
    content and no other cue; the next quotation is the same speaker's."""
    frame_end = group.frame_end
    if frame_end is None or frame_end > q_start or group.mention is None:
        return False
    m = _PARTICIPLE_AFTER_FRAME.match(text, frame_end, q_start)
    rest = text[frame_end:q_start].rstrip()
    if not m or m.group(1) not in PARTICIPLE_CUES or not rest.endswith(".") or len(rest.split()) > 40:
        return False
    if any(c in rest for c in "“”\"") or re.search(r"[.!?]\s", rest):
        return False
    return len(_cues(text, m.end(), q_start)) == 0


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the last sentence or clause before `end` starts, not before `start`."""
    cut = max(text.rfind(". ", start, end), text.rfind("; ", start, end))
    return cut + 2 if cut >= 0 else start


_NOUN_USE = re.compile(r"\b(?:in|a|an|the|his|her|their|its|of|for)\s+$", re.I)


def _closes_own_sentence(text: str, q: QuoteSpan, sent_start: int) -> bool:
    """'… a study proving “A.”“B,” Lee wrote': a partial quote ending a sentence of its own is no part
    of the next quotation, whatever sits (or fails to sit) between their marks."""
    return q.start > sent_start and text[q.start:q.end].rstrip(_QUOTE_CHARS + " ")[-1:] in ".!?"


def _quote_only(text: str, a: int, b: int, qs: list[QuoteSpan]) -> bool:
    outside = text[a:b]
    for q in sorted(qs, key=lambda q: q.start, reverse=True):
        if a <= q.start < b:
            outside = outside[: q.start - a] + outside[min(q.end, b) - a:]
    return bool(qs) and not outside.strip(" .,;:—–-" + _BULLETS)


_BULLETS = "•·▪*"


def _bulleted(text: str, a: int, q_start: int) -> bool:
    """A quotation opening a list item ('• “We will build two schools.”'): it opens its paragraph."""
    return not text[a:q_start].strip(" \t—–-" + _BULLETS)


_OPENING = "“\"«„‘'`”"
_CLOSING = "”\"»“’'"


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct quotation's words without its enclosing marks: renderers add their own."""
    a, b = start, end
    while a < b and text[a] in _OPENING:
        a += 1
    while b > a and text[b - 1] in _CLOSING:
        b -= 1
    while a < b and text[a] in " \u00a0\u202f":  # '« Nous gagnerons »': French spacing inside the marks
        a += 1
    while b > a and text[b - 1] in " \u00a0\u202f":
        b -= 1
    return (a, b) if a < b else (start, end)


# "who backed ", "that met with " right before a name: the name is the relative clause's object
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+((?:[a-z]+\s+){1,3})$")


def _object_of_relative(text: str, start: int) -> bool:
    """A name right after "who <verb>" is what the clause is about, not who speaks ("Voters who backed Costa said")."""
    m = _RELATIVE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and not any(w in QUOTE_CUES or w in ("that", "as") for w in m.group(1).split())


def _resolve(text: str, accepted: list[_Candidate], paras: list[tuple[int, int]],
             quotes: list[QuoteSpan]) -> list[ExtractedQuote]:
    cast = Cast.of(text)
    referents = Referents.of(text, cast, quotes, paras)
    para_starts = [a for a, _ in paras]
    out: list[ExtractedQuote] = []
    for c in accepted:
        if c.inherit is not None:
            speaker, title, affiliation = c.inherit.resolved
        elif c.mention is not None and c.referent is None and _object_of_relative(text, c.mention[0]):
            speaker = title = affiliation = None  # 'Voters who backed Ana Costa said, “…”': not Costa
            c.mention = None
        elif c.mention is not None:
            window = para_starts[max(0, c.paragraph - 1)]
            a, b = c.referent or c.mention
            r = resolve_mention(text, a, b, cast, referents, window)
            speaker, title, affiliation = r.speaker, r.title, r.affiliation
            word = text[c.mention[0]:c.mention[1]].strip().lower()
            referents.add_attribution(c.mention[0], c.mention[1], r, word if word in PRONOUNS else None)
        else:
            speaker = title = affiliation = None
        c.resolved = (speaker, title, affiliation)
        if c.silent:
            continue
        start, end = _inside_marks(text, c.start, c.end) if c.kind == "direct" else (c.start, c.end)
        out.append(ExtractedQuote(
            text=text[start:end], start=start, end=end, kind=c.kind, cue=c.cue, speaker=speaker,
            speaker_title=title, speaker_affiliation=affiliation,
            speaker_start=c.mention[0] if c.mention else None, speaker_end=c.mention[1] if c.mention else None))
    return out
