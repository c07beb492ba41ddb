"""Find who said what in one article: direct quotes, reported speech, and their speakers.

Rules, not a model: quotation marks and cue verbs locate the content, a short noun phrase next to
the cue is the speaker mention, `speakers.resolve_mention` turns it into a person. A quote with no
cue nearby is left out rather than attributed by proximity.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from dataclasses import dataclass

from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_CUES, CLAUSE_WORDS, CONJUNCTIONS, CUE_PARTICLES, DETERMINERS, NOT_NAME,
                                ED_ADJECTIVES, JUDGING_CUES, OBJECT_CUES, PARTICIPLE_CUES, PARTICLE_ONLY, QUOTE_PARTICIPLES, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, QUOTE_CUES,
                                ROLE_NOUNS, TIME_WORDS, TITLE_WORDS)
from bot.quotes.model import ExtractedQuote
from bot.quotes.pronouns import Referents
from bot.quotes.speakers import Cast, resolve_mention
from bot.quotes.text import QuoteSpan, paragraphs, quote_spans, sentences

_ALL_CUES = sorted(QUOTE_CUES | {"according to"}, key=len, reverse=True)
# Cue verbs are matched in lower case only: "States" in "United States" is no cue. Scanning words
# and looking them up is several times faster than one regex alternation of all cue forms.
_CUE_SET = frozenset(_ALL_CUES) | {"According to", "Asked"}
_WORDS_RE = re.compile(r"\b(?:[Aa]ccording to|Asked|[a-z]{2,})\b")


def _cues(text: str, start: int = 0, end: int | None = None, asked: bool = False) -> list[re.Match[str]]:
    """Cue words in text[start:end]; "Asked" opening a question only for reported speech."""
    end = len(text) if end is None else end
    return [m for m in _WORDS_RE.finditer(text, start, end) if m.group() in _CUE_SET and (asked or m.group() != "Asked")
            and (m.group() not in PARTICLE_ONLY or text.startswith(" %s " % CUE_PARTICLES[m.group()][0], m.end()))]


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


def _np_ok(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trimmed span of a plausible speaker noun phrase in text[start:end], or None."""
    while start < end and (text[start].isspace() or text[start] in "—–-,"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or any(c in text[start:end] for c in _QUOTE_CHARS.replace("’", "").replace("'", "")):
        return None
    if "—" in text[start:end] or "–" in text[start:end] or " - " in text[start:end]:
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
    if first in PREPOSITIONS or first in TIME_WORDS or first.endswith("ing") and not words[0][:1].isupper():
        return None
    if any(w.lower() in CLAUSE_WORDS for w in words):
        return None
    if len(words) == 1 and first in PRONOUNS:
        return start, end
    if not any(w[:1].isupper() for w in words) and len(words) > 4:
        return None
    if "," in text[start:end] or ";" in text[start:end]:
        return None
    if words[-1].lower() in _DETERMINERS or any(_looks_verb(w) for w in words):
        return None  # "Wang made the remarks": a noun cue after a verb phrase
    return start, end


_DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
_SUBORDINATORS = frozenset("though although while when after because since before once whereas".split())


def _looks_verb(word: str) -> bool:
    low = word.lower()
    return word[:1].islower() and ((low.endswith("ed") and low not in ED_ADJECTIVES) or low in _VERBS)


_VERBS = frozenset("""made make makes gave give gives took take takes got get gets went go goes came come comes
    held hold holds met meet meets saw see sees knew know knows thought think thinks felt feel feels
    put puts let lets kept keep keeps sent send sends left leave leaves""".split())


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)(?:\s+[a-z]+ly)?\s+$")
_NOT_PROGRESSIVE = re.compile(r"\s*(?:,|and\b|or\b|to\b|of\b)")
_DO = frozenset("did does do".split())
_BE = frozenset("is are was were been".split())
_ADVERB = re.compile(r"[a-z]{3,}ly")
_LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly bully reply apply comply rely".split())


@lru_cache(maxsize=128)  # asked for the same cue by the trailing and the leading rules
def _subject_before(text: str, clause_start: int, cue_start: int) -> tuple[tuple[int, int], int, bool] | None:
    """Speaker phrase ending at the cue: (span, where the phrase's clause starts, preceded by comma).

    Handles "Wang said", "In a statement, Husted said", "Revesz, director of ..., said".
    """
    segment = text[clause_start:cue_start]
    words_end = cue_start
    stripped = segment.rstrip()
    # auxiliaries between subject and cue: "has said", "also told", "is calling for", "did note",
    # "has vigorously denied"
    progressive = text[cue_start:cue_start + 12].split(None, 1)[0].lower().endswith("ing")
    while True:
        parts = stripped.rsplit(None, 1)
        if not parts:
            break
        word = parts[-1].lower()
        adverb = _ADVERB.fullmatch(parts[-1]) and word not in _LY_NOUNS  # "Kelly said", "the family said" keep theirs
        if not (word in AUXILIARIES or word in _DO or (progressive and word in _BE) or adverb):
            break
        stripped = parts[0].rstrip() if len(parts) == 2 else ""
    words_end = clause_start + len(stripped)
    if stripped.endswith(","):  # appositive: "Revesz, director of X, said"
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma < 0:
            return None
        head_start = inner.rfind(",", 0, comma)
        if head_start >= 0:  # two commas or more: a named opener with a description of its own commas wins
            opening = _opening_name(text, clause_start, inner)
            if opening:
                return opening
        head = _np_ok(text, clause_start + head_start + 1, clause_start + comma)
        appositive = inner[comma + 1:]
        if head is None or len(appositive.split()) > 30:
            return _opening_name(text, clause_start, inner)
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
    span = _np_ok(text, np_start, words_end)
    if span is None:
        return None
    return span, np_start, comma >= 0


_APPOSITIVE_OPENERS = frozenset("""a an the who whose which meanwhile however too also himself herself his her its
    their one""".split())


_NAME_PARTICLES = frozenset("of de van von al bin la le da du del der".split())


def _opening_name(text: str, clause_start: int, inner: str) -> tuple[tuple[int, int], int, bool] | None:
    """'Christopher Harvey, an African-American delegate from Houston, Texas, said': a name opening
    the sentence, then a description with commas of its own, then the cue."""
    lead = len(inner) - len(inner.lstrip())
    first = inner.find(",", lead)
    if first < 0:
        return None
    head = _np_ok(text, clause_start + lead, clause_start + first)
    appositive = inner[first + 1:]
    words = appositive.split()
    if (head is None or not words or len(words) > 30 or words[0].lower() not in _APPOSITIVE_OPENERS
            or re.search(r",\s+(?:and|or)\s", appositive) or any(c in appositive for c in "“”\"«»;")):
        return None  # "Trump, Cruz, and Rubio said": a list, not a described name
    names = text[head[0]:head[1]].split()
    if (not names[-1][:1].isupper() and not names[-1].endswith(")") or names[0].lower() in DETERMINERS
            or names[0].lower() in NOT_NAME or names[0].lower() in _INTRO_WORDS
            or not all(w[:1].isupper() or w[:1] == "(" or w in _NAME_PARTICLES or w in TITLE_WORDS for w in names)):
        return None
    return head, clause_start + lead, False


_FINITE = frozenset("""is are was were has have had will would could should can may might must did does do
    remains remained""".split())


_WORD_COMMA = re.compile(r",(?!\d)")  # a comma, not the one in "4,000"
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but)\s+(?=(?:he|she|they|it|we|I|[A-Z]))|,\s+with\s|:\s")


def _last_clause(text: str, s: int, end: int) -> int:
    """Start of the last clause before a trailing "according to": "A, and B, according to X" reports B
    only ("…, with $1.6 billion in profit, according to filings")."""
    start = s
    for m in _CLAUSE_BREAK.finditer(text, s, end):
        if (len(text[m.end():end].split()) >= 3 and not _WORD_COMMA.search(text, m.end(), end)
                and not _inside_marks_open(text, s, m.start())):
            start = m.end()
    return start + _lead_space(text, start)


def _inside_marks_open(text: str, s: int, pos: int) -> bool:
    """An odd number of double quotation marks before pos: pos is inside a quotation."""
    return (text.count("“", s, pos) > text.count("”", s, pos)) or text.count('"', s, pos) % 2 == 1


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
    if not words or len(words) > 20 or "''" in phrase or any(c in phrase for c in _QUOTE_CHARS.replace("’", "").replace("'", "")):
        return None
    if words[0].lower() in CLAUSE_WORDS or words[0].lower() in PRONOUNS and len(words) > 1:
        return None
    return start, _strip_end(text, start, np_end)


def _described_name(text: str, head: tuple[int, int], appositive: str) -> bool:
    """A proper name with a description that has a clause of its own ("Brunner, a developer who ...")"""
    words = text[head[0]:head[1]].split()
    if not words or not words[-1][:1].isupper() or words[0].lower() in ("a", "an"):
        return False
    first = appositive.split(None, 1)[0].lower() if appositive.strip() else ""
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
_TAIL_CLAUSE = re.compile(r",\s+(?:as|but|who|which|citing|referring|according)\b")


def _trailing_tail(text: str, cue: str, start: int, end: int) -> bool:
    """What follows a trailing cue is only its circumstances: "said on Friday", "told CNN on Sunday",
    "said Friday, as they bristled at ..."."""
    if cue in _TELL:
        obj = _TOLD_OBJECT.match(text, start, end)
        if obj:
            start = obj.end()
    clause = _TAIL_CLAUSE.search(text, start, end)
    if clause:
        end = clause.start()
    return _adverbial_tail(text, start, end)


def _content_after(text: str, cue_end: int, end: int, cue: str) -> int | None:
    """Where reported content starts after a leading cue, skipping "that", objects and adverbials."""
    window = text[cue_end:min(end, cue_end + 140)]
    low = cue.lower()
    particles = CUE_PARTICLES.get(low.split()[-1], ())
    if particles:
        m = re.match(r"\s+(" + "|".join(particles) + r")\b", window)
        if m:
            return cue_end + m.end()
        if low.split()[-1] in _CALL and _CALLED_OBJECT.match(window):
            return cue_end + 1  # "called the decision a mistake": object and what it was called
        return None
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
        elif len(between) <= 12 and not any(w.lower().strip(",") in CLAUSE_WORDS for w in between):
            return cue_end + m.end()
    m = re.match(r"[\s,:]*(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                 r"today|yesterday|tonight)?[\s,:]*", window)
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
    return cue_end + skip


def _names_someone(text: str, span: tuple[int, int], cue_start: int) -> bool:
    """A speaker who calls something something: a name, a pronoun or "the <noun>", not "a band called"."""
    words = text[span[0]:span[1]].split()
    if text[cue_start - 1:cue_start] == "-" or not words or words[0].lower() in ("a", "an"):
        return False
    return _named(text, span) or words[0].lower() in ("the", "his", "her", "their", "its")


# What ends "called X Y": a second verb, a participle, a place or time phrase of the calling.
_NAMING_END = re.compile(r",?\s+and\s+(?:also\s+)?[a-z]+(?:ed|s)\b|\s+and\s+(?:he|she|they|I|we)\s|,\s+[a-z]+ing\b|,\s+(?:a|an)\s|"
                         r"\s(?:in\s+(?:a|an|his|her|their)\s|on\s+(?:his|her|their|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)|during|at\s+a\s)")
_AFTER_EPITHET = re.compile(r"(?<=[”\"'])\s+(?:instead\b|(?!(?:%s)\b)[a-z]+ing\b)" % "|".join(sorted(PARTICIPLE_CUES)))
_PHONED = re.compile(r"(?:[\w’'.]+\s+){1,4}(?:to\s+[a-z]|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_ASK = frozenset("ask asked asks asking".split())
_ASKED = re.compile(r"(\s+(?:him|her|them|me|us|(?:the\s+)?(?:[A-Z][\w’'.\-]*\s*)+|(?:the|a|an|his|her|their|its)\s+[a-z]+"
                    r"(?:\s+[a-z]+)?))?(?:\s+(?:on|at|during|in)\s+[^,;]{1,40}?)?\s+"
                    r"(whether|if|what|how|why|who|whom|which|when|where|about|to|for)\b")
_DESCRIBE = frozenset("describe described describes describing".split())
_DESCRIBED_AS = re.compile(r"(?:[^\s,;.]+\s+){1,8}?as\s")
_CALL = frozenset("call called calls calling".split())
# "called the plan “a disaster”": an object, then the quoted name it was called -- not "a site called “X”"
_CALLED_EPITHET = re.compile(r"\s+(?!(?:the|a|an)\s+[“\"])(?:[\w’'.\-]+\s+){1,6}?[“\"]")
_IN_WHICH = re.compile(r"\bwhich\s+(?:[\w’'.\-]+\s+){1,3}$")
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|should|may|can|will|does|do|did)(?:\s+have)?\s+$")
_WORD_AFTER = re.compile(r" (?!(?:on|in|at|to|during|after|before|as|with|from|of|about|later|then|again|back|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\w“\"']")
_AND_ACT = re.compile(r",?\s+and\s+(?:also\s+)?[a-z]+ed\b")  # "… as “my friends” and showed compassion"
_RECIPROCAL = re.compile(r"(?:each\s+other|one\s+another)\b")
_AS_THEN_FOR = re.compile(r"\sas\s[^,;]*?(\s+for\s+[a-z]+ing\b)")
_INFINITIVE_CUES = frozenset("""pledge pledged pledges pledging vow vowed vows vowing promise promised promises promising
    urge urged urges urging""".split())
_PROPOSE = frozenset("propose proposed proposes proposing".split())
_BILL = re.compile(r"(?:(?:a|an|the|his|her|their|its|new|two|several)\s+)*(?:legislation|bills?|laws?|budgets?|amendments?|"
                   r"resolutions?|measures?|ordinances?)\b")
_FRONTED_CLAUSE = re.compile(r"[\s“\"(]*(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:(?:[Aa]|[Aa]\s+few|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:\w+\s+)?"
                             r"(?:days?|weeks?|months?|years?)\s+(?:after|before)|(?:Days|Weeks|Months|Years)\s+(?:after|before)|"
                             r"[Aa]t\s+the\s+moment|[Ww]hen|[Aa]fter|"
                             r"[Bb]efore|[Ww]hile|[Ss]ince|[Oo]nce|[Uu]ntil|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ww]henever)\s[^,;:“\"]*$")
_REFER = frozenset("referred refers".split())
_RESPOND = frozenset("respond responded responds".split())
_RESPONDED_BY_ACT = re.compile(r"by\s+(?:first\s+)?([a-z]+ing)\b")
# "called him a liar", "called the test “a clear violation”" -- not "called to/off/up/in", "called it quits"
_CALLED_OBJECT = re.compile(r"\s+(?!(?:to|off|up|in|out|back|it quits|a meeting|a press conference|an? (?:emergency|special|snap)|"
                            r"the police|police|\d)\b)[\w“\"‘']")


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t.;:,":
        end -= 1
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


def _reported(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan],
              doc_cues: list[re.Match[str]], cue_starts: list[int]) -> list[_Candidate]:
    """Reported-speech attributions in the sentence text[s:e]: a trailing cue ("..., Wang said.")
    wins; otherwise every leading cue ("Wang said (that) ...", "... and warned X to ...")."""
    lo, hi = bisect_left(cue_starts, s), bisect_left(cue_starts, e)
    if lo == hi:
        return []
    cues = [m for m in doc_cues[lo:hi] if m.end() <= e and not _inside(quotes, m.start()) and _verb_use(text, s, m)]
    if not cues:
        return []
    e_content = _strip_end(text, s, e)
    trailing = _trailing(text, s, e, e_content, para, cues)
    if trailing is not None:
        # 'When asked why …, Tyler said, “…” until …': the opening question stands even when the rest
        # of the sentence is taken (it only counts where the rest loses to its quotation)
        first = cues[0]
        opening = first.group().lower() == "asked" and _OPENING_ASKED.fullmatch(text, s, first.start())
        question = _question_asked(text, first, e_content, quotes, para, wh_only=True) if opening else None
        # "…, the Post reported, citing another anonymous source": the frame's participle is speech too
        after = _FRAME_PARTICIPLE.search(text, trailing.end, e_content)
        cited = None
        if after and trailing.mention and len(text[after.end():e_content].split()) >= 2 and not _inside(quotes, after.start()):
            cited = _Candidate(after.end(), _content_end(text, after.end(), e_content, quotes), "indirect",
                               after.group(1), trailing.mention, 3, para)
        return [trailing] + [c for c in (question, cited) if c]
    found: list[_Candidate] = []
    questions: list[_Candidate] = []
    for m in cues:  # leading: "Wang said (that) ...", "According to X, ..."
        cue = m.group()
        low = cue.lower()
        if found and m.start() < found[-1].end:
            # a cue inside reported content is reported too ("X said Y told him ..."), unless a new
            # clause with its own named subject starts: "A was the reason, Ham also noted B"
            prev = found[-1]
            got = _subject_before(text, s, m.start()) if low in CLAUSE_CUES else None
            if not got or not got[2] or got[1] <= prev.start or not _named(text, got[0]):
                continue
            comma = text.rfind(",", prev.start, got[1] + 1)
            if comma <= prev.start or len(text[prev.start:comma].split()) < 2:
                continue
            prev.end = _strip_end(text, prev.start, comma)
            span = got[0]
            start = _content_after(text, m.end(), e_content, cue)
            if start is None:
                continue
            start += _lead_space(text, start)
            end = _content_end(text, start, e_content, quotes)
            if len(text[start:end].split()) >= 3:
                found.append(_Candidate(start, end, "indirect", cue, span, 3, para))
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
        if low not in CLAUSE_CUES and low not in OBJECT_CUES and low not in PARTICIPLE_CUES and low not in _ASK:
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
        if low in _WRITE and _WRITE_NO_OBJECT.match(text, m.end()):
            continue  # "learned to read and write at a young age": writing, not words written
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
        referent = None
        if span is None and low in CLAUSE_CUES:
            who = _who_antecedent(text, s, m.start())
            if who:
                referent, span = who
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
        if span is None and not by_doing and not (low in _CALL and _CALLED_EPITHET.match(text, m.end(), e_content)
                                                  and text[m.start() - 1:m.start()] != "-"
                                                  and not _IN_WHICH.search(text, max(s, m.start() - 40), m.start())):
            # "called Trump “a pathological liar”" is speech even when its subject is not found -- but
            # "tweets in which he called X “Y”" is part of what the tweets are said to contain
            continue
        start = _content_after(text, m.end(), e_content, cue)
        if start is None:
            continue
        if ("," in text[m.end():start] and text[start:start + 12].split(None, 1)[0].lower() in _CONCESSIVE
                and not _THAT_LATER.search(text, start, e_content)):
            continue  # "Biden denied, though Trump said …": the cue took no content, a new clause starts
        if low in _ACTION_CUES and not _THAT_NEXT.fullmatch(text, m.end(), start) and not _QUOTE_OPEN.match(text, start):
            continue  # "declared a state of emergency", "agreed to add two members", "maintained his lead": an act
        if low in _PROPOSE and _BILL.match(text, start):
            continue  # "proposed legislation that would …": a bill tabled, not words (but "proposed a levy")
        act = _RESPONDED_BY_ACT.match(text, start) if low in _RESPOND else None
        if act and act.group(1) not in QUOTE_CUES:
            continue  # "responded by pointing a finger", "by sidestepping Moscow" -- but "responded by saying …"
        naming = low in _CALL and start == m.end() + 1
        if naming and span is not None and not _names_someone(text, span, m.start()):
            continue  # "a group called Black Votes Matter": a name given, nobody speaks
        start += _lead_space(text, start)
        end = _content_end(text, start, e_content, quotes)
        if naming:
            cut = _NAMING_END.search(text, start, end)
            if cut and not _inside(quotes, cut.start()):
                end = _strip_end(text, start, cut.start())
            after = _AFTER_EPITHET.search(text, start, end)
            if after:  # 'called Cruz the “ultimate hypocrite,” linking to …': the name ends the naming
                end = after.start()
            if _PHONED.match(text, start, end):
                continue  # "called Sanders to congratulate him", "called both candidates Tuesday night"
        second = _SECOND_ACT.search(text, start, end)  # "confirmed the date and urged X to ...": two acts
        if _second_act(text, start, second) and not _inside(quotes, second.start()):
            end = _strip_end(text, start, second.start())
        if low in _ASK:  # a question asked ends at the clause: "when I asked him if ..., he looked"
            comma = text.find(",", start, end)
            if comma > start and not _inside(quotes, comma):
                end = _strip_end(text, start, comma)
        as_ = _DESCRIBED_AS.match(text, start, end) if low in _DESCRIBE or low in _REFER else None
        if low in _REFER and not as_:
            continue  # "referred to the debate": a mention; "referred to X as “Y”": what X was called
        if low in _DESCRIBE and (text[m.start() - 1:m.start()] == "-"
                                 or _HYPOTHETICAL.search(text, max(s, m.start() - 20), m.start())):
            continue  # "a self-described socialist"; "few would have described", "it does describe": no one did
        if as_:  # "described the test as a provocation": the object and what it was described as
            cut = _OBJECT_END.search(text, as_.end(), end) or _AND_ACT.search(text, as_.end(), end)
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
            cut = _JUDGING_END.search(text, start, end)
            while cut and _inside(quotes, cut.start()):
                cut = _JUDGING_END.search(text, cut.end(), end)
            if cut:
                end = _strip_end(text, start, cut.start())
            as_for = _AS_THEN_FOR.search(text, start, end)
            if as_for and not _inside(quotes, as_for.start(1)):
                end = _strip_end(text, start, as_for.start(1))  # "slammed X as elitist for suggesting …"
        elif low in OBJECT_CUES:  # "condemned the launch as Pyongyang fired ...": the object only
            cut = _OBJECT_END.search(text, start, end)
            if cut and len(text[start:cut.start()].split()) >= 2 and not _inside(quotes, cut.start()):
                end = _strip_end(text, start, cut.start())
        if len(text[start:end].split()) < 3 and not ((low in OBJECT_CUES or low in _JUDGING_CUES or low in _DESCRIBE)
                                                      and end > start):
            continue
        first = text[start:end].split(None, 1)[0].lower()
        # "told supporters to “go vote”", "pledged to make Apple “build their computers here”"
        infinitive = first == "to" and (low in _TELL or low in _ADDRESS or low in _INFINITIVE_CUES)
        if first in PREPOSITIONS and first != "about" and not infinitive and (_QUOTE_OPEN.match(text, end) or text[end - 1] in _QUOTE_CHARS
                                                           or len(text[start:end].split()) < 8):
            continue  # "X said on Fox News Sunday, “...”": the quote that follows is the content
        colon = _COLON_QUOTE.search(text, start, end)
        if colon and (first in PREPOSITIONS or first == "of") and len(text[start:colon.start()].split()) <= 8:
            continue  # "said in a statement: ''…''", "said of Sanders: “…”": the quotation is the content
        if referent is not None or interposed is not None or _FRONTED_CLAUSE.match(text, s, m.start()):
            # "Cruz, who said A, criticized B", "When Trump announced his candidacy, he …": the clause
            # of the cue ends at its comma, the main clause follows ("6,000 layoffs" keeps its digits)
            comma = text.find(",", start, end)
            while comma > 0 and text[comma + 1:comma + 2].isdigit():
                comma = text.find(",", comma + 1, end)
            if comma > start and not _inside(quotes, comma):
                end = _strip_end(text, start, comma)
        found.append(_Candidate(start, end, "indirect", cue, span, 3, para, referent=referent))
    return found + questions


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
    rel = _RELATIVE_NAMER.search(text, max(s, m.start() - 60), m.start())
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
        return _Candidate(rel.start(), min(quotes[i].end, e_content), "mixed", m.group(), span, 3, para)
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


def _who_antecedent(text: str, s: int, cue_start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Ted Cruz, who said he would …': (the name, the "who" that stands for it)."""
    head = text[max(s, cue_start - 80):cue_start]
    words = head.split()
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    if not words or words[-1] != "who":
        return None
    end = max(s, cue_start - 80) + head.rindex("who") + 3
    m = _WHO_BEFORE.search(text, max(s, cue_start - 80), end + 1)
    if not m:
        return None
    names = m.group(1).split()
    if names[0].lower() in NOT_NAME or names[0].lower() in DETERMINERS or names[-1].lower() in NOT_NAME:
        return None
    before = text[max(s, m.start(1) - 14):m.start(1)].split()
    if before and (before[-1].lower() in ("and", "or", "&", "of") or before[-1].lower() in PREPOSITIONS):
        return None  # "Trump and Cruz, who said": either of them; "minister of Westphalia, who": a place
    segment = text[max(s, m.start(1) - 60):m.start(1)].rsplit(",", 1)[-1].split()
    if "of" in segment[-8:]:
        return None  # "a niece of Biden's opponent Christine O'Donnell, who claimed": the niece may be who
    return m.span(1), m.span(2)


def _trailing(text: str, s: int, e: int, e_content: int, para: int, cues: list[re.Match[str]]) -> _Candidate | None:
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
                if (not mention or len(before) < 3 or before[-1].lower() in CLAUSE_WORDS
                        or before[-1].lower() in _SUBORDINATORS):
                    continue  # "… after, according to him, X did Y": the clause after the source
                if len(rest) >= 3 and (len(before) <= 6 or rest[0].lower() in _FINITE):
                    # "At the heart of the trouble, according to X, is ...": the frame interrupts the content
                    return _Candidate(s, e_content, "indirect", cue, mention, 3, para)
                s = _last_clause(text, s, comma)
                return _Candidate(s, _strip_end(text, s, comma), "indirect", cue, mention, 3, para)
            before = text[s:m.start()].split()
            mention = _source_after(text, m.end(), e)
            if (mention and _strip_end(text, s, e) == mention[1] and len(before) >= 6 and "," not in text[s:m.start()]
                    and before[-1].lower() not in CLAUSE_WORDS and before[-1].lower() not in PREPOSITIONS):
                # "Clinton is now well ahead 46 percent to 39 percent according to a CBS poll."
                s = _last_clause(text, s, m.start())
                return _Candidate(s, _strip_end(text, s, m.start()), "indirect", cue, mention, 3, para)
            continue
        if low not in CLAUSE_CUES and low not in QUOTE_CUES or low in OBJECT_CUES or low in PARTICIPLE_CUES or low in QUOTE_PARTICIPLES:
            continue
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
            if found and found[2] and tail and len(text[tail.end():e_content].split()) >= 3:
                span, np_start, _ = found
                comma = text.rfind(",", s, np_start)
                if comma > s and text[np_start:span[0]].strip(" ,") == "" and not _cues(text, tail.end(), e_content):
                    # "Bound together by ..., the two nations, Xi said, now have ...": the clause the
                    # frame interrupts starts after the last comma before it
                    earlier = text.rfind(",", s, comma)
                    start = earlier + 1 + _lead_space(text, earlier + 1) if earlier > s and len(
                        text[earlier:comma].split()) >= 2 else s
                    return _Candidate(start, e_content, "indirect", cue, span, 3, para)
        before = text[s:m.start()].rstrip()
        if before.endswith(",") and len(before.split()) >= 4 and not _opens_with_subject(text, s, m.start()):
            tail_end = _strip_end(text, m.end(), e)
            comma = text.find(",", m.end(), tail_end)
            np_end = comma if comma >= 0 else tail_end
            span = _np_ok(text, m.end(), np_end)
            if span and (comma < 0 or not any(w.lower() in CLAUSE_WORDS for w in text[comma:tail_end].split())):
                return _Candidate(s, _strip_end(text, s, s + len(before) - 1), "indirect", cue, span, 3, para)
    return None


def _opens_with_subject(text: str, s: int, cue_start: int) -> bool:
    """'Steve Sweeney, who also serves as …, said contractors …': the sentence opens with its speaker,
    so the cue leads the content rather than following it."""
    found = _subject_before(text, s, cue_start)
    return bool(found) and not found[2] and _named(text, found[0])


_INTERPOSED_TAIL = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|later|recently|also)\b[^,.;:“\"]{0,40})?,\s+")
# Subject boundaries inside a sentence: "..., but Shelby said", "shortly after Trump said"
_CLAUSE_OPENERS = frozenset("""but and while after because though although when as since before until whereas so yet
    where once""".split())
_LEAD_SUBJECT = re.compile(r"[\s“\"'‘(]*([Tt]he\s+(?:%s)|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+"
                           r"|(?:[Tt]he\s+)?(?!The\b)(?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w’'.\-]*){0,5})"
                           r"(?=\s+[a-z])" % "|".join(
                               sorted((k for k in ROLE_NOUNS), key=len, reverse=True)))


_PARTICIPLE_ADVERBS = re.compile(r"(?:\s+(?:then|also|later|again|even|repeatedly|while|before|after|when))+$")
_WORD_SPANS = re.compile(r"[\w’'.\-]+")


_OBJECT_END = re.compile(r"\s(?:as|after|while|when|because|before|since|until|amid|during|in\s+a\s+statement|"
                         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
_QUOTE_OPEN = re.compile(r"[\s,:]*[“\"«„`]")
# Verbs of judging whose object is what was said ("slammed the plan as reckless", "cited concerns"):
# the object runs to the first comma, second verb or circumstance ("in an interview"), keeping "as …".
_JUDGING_CUES = JUDGING_CUES | PARTICLE_ONLY
_JUDGING_END = re.compile(r";|,\s+(?:a|an|the)\s|,\s+(?!including\b)[a-z]+ing\s|\sas\s+(?:he|she|they|I|we)\s|,\s+(?:and\s+)?[a-z]+ed\s|,\s*(?:%s)\s|" % "|".join(sorted(PARTICIPLE_CUES)) + r",\s+(?:and\s+)?(?:he|she|they|it|I|we|this|that|many|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[a-z]+(?:ed|s))\b|,\s+(?:and|like)\s|\s+and\s+(?:(?!(?:his|this|its|has|was|is|as|us)\b)[a-z]+(?:ed|s)|made|gave|took|went|said|told|spoke)\b|:\s|\s+now\s+that\s|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+and\s+(?!(?:his|this|its|has|was|is|as|us)\b)[a-z]+(?:ed|s)\b|\s(?:after|while|when|because|before|since|until|amid|during|"
                          r"(?:in|on|at)\s+(?:an?|the|his|her|their|its|last\s+week's)\s+(?:[\w’'\-]+\s+){0,5}?(?:interview|diatribe|forum|show|statement|"
                          r"speech|appearance|rally|debate|news|press|op-ed|post|tweet|video|ad|letter|page)s?|"
                          r"on\s+(?:Twitter|Facebook|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def _named(text: str, span: tuple[int, int]) -> bool:
    """A speaker phrase that names someone: a capitalised name or a personal pronoun."""
    words = text[span[0]:span[1]].split()
    return bool(words) and (words[-1][:1].isupper() or (len(words) == 1 and words[0].lower() in ("he", "she", "they")))


def _leading_subject(text: str, s: int, m: re.Match[str], found: list[_Candidate]) -> tuple[int, int] | None:
    """Speaker phrase of a cue that opens reported content."""
    low = m.group().lower()
    head = text[s:m.start()].rstrip()
    if head.endswith((" to", " not")) or head == "to":
        return None  # "pressed Clinton to confirm ...": an infinitive, nobody speaks yet
    if low in PARTICIPLE_CUES and _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()) and _NOT_PROGRESSIVE.match(
            text, m.end()):
        return None  # "is demanding and time-consuming", "is adding to his lead"
    if low in PARTICIPLE_CUES and not _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()):
        # "..., saying (that) ...": the subject of the main clause speaks
        head = _PARTICIPLE_ADVERBS.sub("", head[-80:])  # the tail only: an end-anchored search is quadratic
        if not head.endswith(","):
            return None
        return found[-1].mention if found else _sentence_subject(text, s, m.start())
    got = _subject_before(text, s, m.start())
    if got:
        span, np_start, after_comma = got
        if (not after_comma or _intro_ok(text, s, np_start) or _np_subject(text, span)
                or low in CLAUSE_CUES and _topic_intro(text, s, np_start)):
            return span
    if low in _SAY:
        poll = _poll_subject(text, s, m.start())
        if poll:
            return poll
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
                return found[-1].mention if found else _sentence_subject(text, s, m.start())
            return None
        np_end = np_start + inner.index(aux[-1]) + len(aux[-1]) if aux else np_start
        return _np_ok(text, np_start, np_end)
    return None


_SAY = frozenset("say says said".split())
# "About four in 10 primary voters say", "Majorities of Democrats in five states say", "those surveyed say"
_POLL_SUBJECT = re.compile(r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Oo]ver|[Uu]nder)\s+)?"
                           r"(?:[Mm]ost|[Mm]any|[Ff]ew|[Hh]alf|(?:[Aa]\s+|[Tt]he\s+)?[Mm]ajorit(?:y|ies)|[Tt]hose|[Aa]ll|[Ss]ome|"
                           r"\d[\d.,]*(?:\s+percent|%)?|(?:one|two|three|four|five|six|seven|eight|nine)(?:\s+in\s+(?:\d+|ten))?|"
                           r"(?:a|one|two)[\s-]+(?:thirds?|quarters?|fifths?)|[Tt]hree[\s-]+quarters)"
                           r"(?:\s+(?:of|in)\s+(?:the\s+|all\s+|those\s+)?)?[\w\s’'\-.]{0,80}?"
                           r"\b(?:voters|Americans|Democrats|Republicans|[Ii]ndependents|respondents|surveyed|polled|"
                           r"questioned|interviewed|adults|residents|supporters|percent|caucusgoers|caucus-goers|them)"
                           r"(?:\s+(?:also|now|still|generally|overwhelmingly))?\s+$")


def _poll_subject(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """A poll's share of respondents as the clause subject: the phrase is the source, nobody by name."""
    clause = max(s, text.rfind(",", s, cue_start) + 1, text.rfind("; ", s, cue_start) + 1)
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


def _sentence_subject(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """A name, pronoun or "the <role>" opening the sentence (after an introductory phrase)."""
    start = s
    for _ in range(3):  # "On Thursday, after remaining neutral in the primary, Warren appeared ..."
        first = text[start:limit].split(None, 1)
        if not first or first[0].lower().strip(",") not in _INTRO_WORDS:
            break
        comma = text.find(",", start, limit)
        if comma < 0:
            return None
        start = comma + 1
    m = _LEAD_SUBJECT.match(text, start, limit)
    if not m:
        return None
    word = m.group(1).split()[0].lower()
    if word in NOT_NAME and word != "the" or word in CONJUNCTIONS or word in TIME_WORDS:
        return None
    return m.span(1)


_INTRO_WORDS = PREPOSITIONS | TIME_WORDS | _SUBORDINATORS | frozenset("instead then later earlier still yet".split())


# Reported content ends where a new clause takes over: ", which ...", ", but ...", " — and ...".
_CONTENT_END = re.compile(r",?\s+(?:which|although|though|whereas|even\s+as)\s|,\s+(?:but|while|according\s+to|as\s+well\s+as|as|who|where|referring\s+to|alluding\s+to|however)\s"
                          r"|\s+[—–]\s+|\s+-{1,2}\s+|;\s|,\s+(?:%s)\b" % "|".join(sorted(PARTICIPLE_CUES)))


def _content_end(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    pos = start
    while True:
        m = _CONTENT_END.search(text, pos, end)
        if not m:
            return end
        if not _inside(quotes, m.start()) and len(text[start:m.start()].split()) >= 3:
            if m.group().lstrip(", ").startswith(("which", "who")) and m.group().startswith(","):
                close = text.find(",", m.end(), end)
                if close > 0 and len(text[close:end].split()) >= 3 and not _cues(text, m.end(), end):
                    pos = close  # "supports Russia, which holds the presidency, in hosting ...": one statement
                    continue
            return _strip_end(text, start, m.start())
        pos = m.end()


def _verb_use(text: str, s: int, m: re.Match[str]) -> bool:
    """A noun-like cue form counts only right after a name or a pronoun ("Trump tweets", "he notes")."""
    if m.group().endswith("ed") and _QUALIFIED_NOUN.match(text, m.end()):
        return False  # "pledged delegates", "her stated goal": an adjective, nobody speaks
    if m.group() not in _NOUN_LIKE:
        return True
    if m.group() == "states" and not text.startswith(" that ", m.end()):
        return False  # "Southern states remained too close to call": the noun; "It states that …": the verb
    before = text[s:m.start()].split()
    if not before:
        return False
    prev = before[-1]
    if prev.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Graham’s comments", "Editor’s note"
    after = text[m.end():m.end() + 30].split(None, 1)
    if after and (after[0].lower() in TITLE_WORDS or after[0].lower() in PERSON_NOUNS or after[0].lower() in _STATE_NOUNS):
        return False  # "New Hampshire state representative Max ...": a noun before a title
    if len(before) > 1 and (before[-2].lower() in _DETERMINERS or before[-2].lower() in _NUMBERS):
        return False  # "the two Post-Soviet states", "the Baltic states": a noun after its modifier
    return prev[:1].isupper() and prev.lower() not in _DETERMINERS or prev.lower() in PRONOUNS


_QUALIFIED_NOUN = re.compile(r"\s+(?:(?:super)?delegates|goals?|aims?|intentions?|candidates?|cases)\b")
_STATE_NOUNS = frozenset("senate house reps. legislature legislator legislators assembly capitol lawmakers".split())


def _second_act(text: str, start: int, m: re.Match[str] | None) -> bool:
    """A cue verb after "and" that starts a new speech act: "urged", "call ... and describe", but not
    "will be able to complete X and maintain Y" (a verb under the modal of the content)."""
    if m is None or m.group(1) not in _CUE_SET:
        return False
    word = m.group(1)
    return word.endswith(("ed", "s")) or word in ("said", "told", "wrote") or not _MODAL.search(text, start, m.start())


_MODAL = re.compile(r"\b(?:to|will|would|can|could|should|must|may|might|shall)\b")
_NUMBERS = frozenset("two three four five six seven eight nine ten both several many some all other".split())
_SECOND_ACT = re.compile(r"(?:,|;)?\s+(?:and|but)\s+(?:also\s+)?([a-z]+)\b|;")
_PARTICIPLE = re.compile(r",\s+(adding|saying|arguing|noting|insisting|warning|claiming|stressing|explaining|"
                         r"asserting|stating|suggesting|promising|vowing)(?:\s+that)?\s+")


def _intro_ok(text: str, s: int, np_start: int) -> bool:
    """An introductory phrase before the speaker: "In a statement, X said", "Noting that ..., X said"."""
    intro = text[s:np_start].strip(" ,")
    words = intro.split()
    if not words:
        return True
    first = words[0].lower()
    if first in _SUBORDINATORS or first in ("if", "as", "despite", "unlike", "amid", "with"):
        return True  # "Although Scott lacks ..., officials say", "If anything, experts say"
    return first in PREPOSITIONS or first in CONJUNCTIONS or first in TIME_WORDS or first in (
        "noting", "asked", "speaking", "responding", "referring", "writing", "citing", "stressing", "adding",
        "however", "meanwhile", "still", "earlier", "later", "separately", "last", "this", "on", "in")


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
        return m.start()


def _dash_name(text: str, q_end: int, limit: int) -> tuple[str, tuple[int, int], int] | None:
    m = _DASH_NAME.match(text, q_end, limit)
    return (m.group(1), m.span(2), m.end(2)) if m else None


def _after_attribution(text: str, q_end: int, limit: int,
                       q_start: int | None = None) -> tuple[str, tuple[int, int], int] | None:
    """Attribution right after a quote: '," said Caddell', '," Lavrov said', '," he added'.

    Returns (cue, mention span, end of the attribution frame)."""
    dash = _dash_name(text, q_end, limit)
    if dash:
        return dash
    m = _AFTER_CUE_FIRST.match(text, q_end, limit)
    if m and not text[q_end:m.start(1)].strip(" ,—–-"):
        cue_end = m.end(1)
        np_end = _np_stop(text, cue_end, limit)
        span = _np_ok(text, cue_end, np_end)
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
        break
    return _any_verb_after(text, q_start, q_end, limit) if q_start is not None else None


# '“Go back to Univision,” Trump barked', '“…,” he went on.': after a quotation that ends in , ? or !,
# a name and a verb of its own are its attribution whatever the verb.
_NAME_VERB = re.compile(r"[ 	]*((?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})|he|she|they|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                        r"((?:[a-z]+ed|went on|put it|shot back|fired back|sang|spoke|wrote|began|continued|reacts|says))\b"
                        r"(?=\s*(?:[.,;:!?]|$|\s+(?:in|on|at|during|to|before|after|as|and|while|with|from|of|about|later|"
                        r"then|again|back|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))")


_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|put it|went on|sang|wrote|began|continued)(?=\s*[,:]$)")


def _any_verb_before(text: str, s: int, frame_end: int) -> tuple[str, tuple[int, int]] | None:
    """'Silverman interjected, “…”', 'As Vulture put it, “…”': a named speaker and any verb of theirs."""
    m = _VERB_BEFORE.search(text, max(s, frame_end - 20), frame_end)
    if not m:
        return None
    found = _subject_before(text, s, m.start())
    if not found or not _named(text, found[0]):
        return None
    span, np_start, after_comma = found
    if after_comma and not _intro_ok(text, s, np_start):
        return None
    return m.group(), span


def _any_verb_after(text: str, q_start: int, q_end: int, limit: int) -> tuple[str, tuple[int, int], int] | None:
    if len(text[q_start:q_end].split()) < 4:
        return None  # '“The Apprentice,” Trump hosted': a title, not words spoken
    m = _NAME_VERB.match(text, q_end, limit)
    if not m or m.group(1).lower() in NOT_NAME or m.group(1).split()[0].lower() in CLAUSE_WORDS:
        return None
    span = _np_ok(text, m.start(1), m.end(1))
    return (m.group(2), span, m.end(2)) if span else None


# Who is told: "reporters", "CNN", "the crowd", "his aides" ("told her aides he …", not "told her he …")
_ADDRESSEE = re.compile(r"\s*(?:(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+)+|reporters\s+|journalists\s+|"
                        r"(?:his|her|their|its|our)\s+(?:[a-z]+\s+)?(?:aides|audience|supporters|followers|staff|team|"
                        r"colleagues|advisers|listeners|voters|readers|fans|viewers|crowd|allies|donors)\s+|"
                        r"me\s+|us\s+|him\s+|her\s+|them\s+|(?:the|a|an)\s+(?:[A-Z][\w’'.\-]*\s+)*\w+\s+)")
_WHERE_TOLD = re.compile(r"(?:at|in|during|on)\s+(?:a|an|the|his|her|their)\s+[^,;“\"]{1,40}?\s+(?=(?:to|that)\s)")  # "… at a rally to"
_TELL = frozenset("tell told tells".split())
_ADDRESS = frozenset("telling assured assures".split())  # cues whose object is the one addressed
# Verbs as often acts as speech: reported speech only with a that-clause or a quotation after them.
_THAT_NEXT = re.compile(r"\s*that\s*")  # "proposed that …", not "proposed legislation that …"
_ACTION_CUES = frozenset("""declare declared declares condemn condemned condemns agree
    agreed agrees maintain maintained maintains""".split())


def _leads_clause(text: str, m: re.Match[str], limit: int) -> bool:
    """A cue followed by its own content ("said his running mate ..."), not by an adverbial tail."""
    low = m.group().lower()
    if low in JUDGING_CUES and _WORD_AFTER.match(text, m.end(), limit):
        return True  # '“This Week,” Sanders questioned Trump’s veracity': the cue has an object of its own
    if low not in CLAUSE_CUES or low in _TELL:
        return False
    words = text[m.end():limit].split(None, 3)
    if len(words) < 3 or text[m.end():m.end() + 1] in ",.;:":
        return False
    first = words[0].strip(",.")
    low = first.lower()
    if low in TIME_WORDS or low in PREPOSITIONS or low in ("of", "last", "this", "next"):
        return False
    return low in _CLAUSE_STARTS or (first[:1].isupper() and first.isalpha())


_INVERTED_FRAME = re.compile(r"\s*(Said|Added|Says|Adds)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’']*)[,:]")
_CLAUSE_STARTS = frozenset("that his her their its the a an he she they it we i there this these those".split())


def _before_attribution(text: str, s: int, q_start: int, q_end: int | None = None,
                        sent_start: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """Attribution introducing a quote: 'Mook told CBS, "..."', 'He said: "..."', 'According to X, "..."'."""
    frame = text[s:q_start].rstrip()
    if not frame.endswith((",", ":")):
        return _cue_right_before(text, s, len(frame)) if q_end is not None and _ends_sentence(text, q_end) else None
    inverted = _INVERTED_FRAME.fullmatch(frame)
    if inverted:  # 'Said Ellis: “…”'
        return inverted.group(1), (s + inverted.start(2), s + inverted.end(2))
    cues = _cues(text, s, s + len(frame))
    if not cues:
        return _any_verb_before(text, s, s + len(frame))
    m = cues[-1]
    cue = m.group()
    tail = text[m.end():s + len(frame) - 1]
    if len(tail.split()) > 8 or any(w.lower() in CLAUSE_WORDS for w in tail.split()):
        return None
    if cue.lower() == "according to":
        span = _np_ok(text, m.end(), s + len(frame) - 1)
        return (cue, span) if span else None
    if cue.lower() in PARTICIPLE_CUES or cue.lower() in QUOTE_PARTICIPLES:  # "Trump was defensive ..., saying, “...”"
        s = s if sent_start is None else sent_start  # 'needled the CNN “reporter,” saying, “…”'
        head = _PARTICIPLE_ADVERBS.sub("", text[max(s, m.start() - 80):m.start()].rstrip())
        span = _sentence_subject(text, s, m.start()) if _participle_head(head) else _name_right_before(text, s, m.start())
        return (cue, span) if span else None
    found = _subject_before(text, s, m.start())
    if not found:
        return None
    span, np_start, after_comma = found
    if after_comma and not _intro_ok(text, s, np_start) and not (frame.endswith(":") and not tail.strip()):
        return None  # 'Reflecting on ..., Brown said: "..."' keeps its speaker
    return cue, span


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


def _cue_right_before(text: str, s: int, frame_len: int) -> tuple[str, tuple[int, int]] | None:
    """'Trump declared “…”', 'protesters chanted "…"', 'has used the phrase “…”': a cue verb and then the quote."""
    end = s + frame_len
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
    if low == "according to" or low in CUE_PARTICLES or low in _NOUN_LIKE:
        return None
    if low in PARTICIPLE_CUES or low in QUOTE_PARTICIPLES:
        head = _PARTICIPLE_ADVERBS.sub("", text[max(s, m.start() - 80):m.start()].rstrip())
        span = _sentence_subject(text, s, m.start()) if _participle_head(head) else _name_right_before(text, s, m.start())
        return (m.group(), span) if span else None
    found = _subject_before(text, s, m.start())
    if not found:
        return None
    span, np_start, after_comma = found
    if after_comma and not _intro_ok(text, s, np_start):
        return None
    return m.group(), span


def _colon_intro(text: str, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """A paragraph ending "Caddell continued:" that introduces the next one."""
    if not text[a:b].rstrip().endswith(":"):
        return None
    sents = sentences(text, a, b)
    s, e = sents[-1]
    return _before_attribution(text, s, e)


def extract_quotes(text: str) -> list[ExtractedQuote]:
    """Attributed quotes and reported speech of one article, in document order."""
    if not text:
        return []
    paras = paragraphs(text)
    quotes = quote_spans(text, paras)
    by_para: dict[int, list[QuoteSpan]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    candidates: list[_Candidate] = []
    doc_cues = _cues(text, asked=True)
    cue_starts = [m.start() for m in doc_cues]
    para_sents = [sentences(text, a, b) for a, b in paras]
    last_in_para: dict[int, _Candidate] = {}

    for p, (a, b) in enumerate(paras):
        first_of_para = len(candidates)
        group: _Candidate | None = None
        pending: list[QuoteSpan] = []
        qs = by_para.get(p, [])
        for k, q in enumerate(qs):
            q_para_end = paras[q.last_paragraph][1]
            limit = qs[k + 1].start if k + 1 < len(qs) else q_para_end
            sent_start = max([s for s, _ in para_sents[q.paragraph] if s <= q.start] or [a])
            prev_end = qs[k - 1].end if k > 0 else a
            between = text[prev_end:q.start]
            inner_end = q.end - 1
            while inner_end > q.start and (text[inner_end] in _QUOTE_CHARS or text[inner_end] == " "):
                inner_end -= 1
            attributable = text[inner_end] in ",?!—–-…" or text[q.end:q.end + 1] == ","
            after = _after_attribution(text, q.end, limit, q.start) if attributable else _dash_name(text, q.end, limit)
            if after is None and group is not None and not between.strip():
                group.end = q.end
                group.quoted += q.end - q.start  # “A” “B”: one quotation set in two marks
                continue
            if after is None and group is not None and _frame_of(group, text, prev_end, q.start):
                # “A,” X said. “B”: one attribution interrupted by its frame. Kept as one span while
                # the span stays mostly quotation; a frame longer than the quotes ("said X, a lawyer
                # who ...") splits it, B then a quote of its own by the same speaker.
                if q.start - prev_end <= group.quoted + (q.end - q.start):
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
                start = pending[0].start if pending and not text[pending[-1].end:q.start].strip() else q.start
                kind = "direct"
                lead = text[max(sent_start, prev_end if k > 0 else sent_start):start]
                if lead.strip() and k == 0 and not _cues(lead) and len(lead.split()) >= 2 and not lead.rstrip().endswith(":"):
                    start, kind = sent_start, "mixed"
                group = _Candidate(start, q.end, kind, cue, span, 0, p, quoted=q.end - q.start)
                group.frame_end = frame_end
                candidates.append(group)
                pending = []
                continue
            before = _before_attribution(text, max(sent_start, prev_end), q.start, q.end, sent_start)
            if before is None and group is not None and _PARTICIPLE_FRAME.search(between):
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
            if q.start == a and p > 0:
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
        # reported speech in the sentences of this paragraph
        for s, e in para_sents[p]:
            for c in _reported(text, s, e, p, quotes, doc_cues, cue_starts):
                c.end = _to_closing_mark(c.start, c.end, quotes)
                if c.kind == "indirect":
                    # "... it was opposed to the test and warned X ...": a second speech act ends the content
                    m = _SECOND_ACT.search(text, c.start, c.end)
                    if _second_act(text, c.start, m) and len(text[c.start:m.start()].split()) >= 3:
                        c.end = _strip_end(text, c.start, m.start())
                if c.mention is not None:
                    # "X said A, adding that B": B is a second attribution to the same speaker
                    m = _PARTICIPLE.search(text, c.start, c.end)
                    if m and not _inside(quotes, m.start()) and len(text[c.start:m.start()].split()) >= 3 and len(text[m.end():c.end].split()) >= 3:
                        candidates.append(_Candidate(m.end(), c.end, "indirect", m.group(1), c.mention, 3, p))
                        c.end = m.start()
                if any(c.start <= q.start and q.end <= c.end + 1 for q in quotes):
                    c.kind = "mixed"
                candidates.append(c)
        mine = [c for c in candidates[first_of_para:] if c.paragraph == p]
        if mine:
            last = max(mine, key=lambda c: c.end)
            for q in qs:  # a quote running into later paragraphs makes them "attributed" too
                if q.last_paragraph > p:
                    last_in_para[q.last_paragraph] = last
            last_in_para[p] = last

    accepted: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.priority, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in accepted):
            accepted.append(c)
    accepted.sort(key=lambda c: c.start)
    return _resolve(text, accepted, paras, quotes)


_PARTICIPLE_FRAME = re.compile(r",\s+(?:and\s+)?(adding|saying|continuing|noting|insisting|explaining|asking)"
                               r"(?:\s+that)?\s*[,:]?\s*$")


def _frame_of(group: _Candidate, text: str, prev_end: int, q_start: int) -> bool:
    """The text between two quotes is just the attribution frame of the first ('," he said. "')."""
    frame_end = group.frame_end
    if frame_end is None or not (prev_end <= frame_end <= q_start):
        return False
    rest = text[frame_end:q_start]
    if rest.strip(" ,.;:—–-") == "":
        return True
    if len(rest.split()) > 40 or not rest.rstrip().endswith((".", ",", ":", ";", "—")):
        return False
    for m in _cues(text, frame_end, q_start):
        if _NOUN_USE.search(text, frame_end, m.start()):
            continue  # "said in reply" is no new cue
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


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the last sentence or clause before `end` starts, not before `start`."""
    cut = max(text.rfind(". ", start, end), text.rfind("; ", start, end))
    return cut + 2 if cut >= 0 else start


_NOUN_USE = re.compile(r"\b(?:in|a|an|the|his|her|their|its|of|for)\s+$", re.I)


def _quote_only(text: str, a: int, b: int, qs: list[QuoteSpan]) -> bool:
    outside = text[a:b]
    for q in sorted(qs, key=lambda q: q.start, reverse=True):
        if a <= q.start < b:
            outside = outside[: q.start - a] + outside[min(q.end, b) - a:]
    return bool(qs) and not outside.strip(" .,;:—–-")


_OPENING = "“\"«„‘'`”"
_CLOSING = "”\"»“’'"


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct quotation's words without its enclosing marks: renderers add their own."""
    a, b = start, end
    while a < b and text[a] in _OPENING:
        a += 1
    while b > a and text[b - 1] in _CLOSING:
        b -= 1
    return (a, b) if a < b else (start, end)


def _resolve(text: str, accepted: list[_Candidate], paras: list[tuple[int, int]],
             quotes: list[QuoteSpan]) -> list[ExtractedQuote]:
    cast = Cast.of(text)
    referents = Referents.of(text, cast, quotes, paras)
    para_starts = [a for a, _ in paras]
    out: list[ExtractedQuote] = []
    for c in accepted:
        if c.inherit is not None:
            speaker, title, affiliation = c.inherit.resolved
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
        start, end = _inside_marks(text, c.start, c.end) if c.kind == "direct" else (c.start, c.end)
        out.append(ExtractedQuote(
            text=text[start:end], start=start, end=end, kind=c.kind, cue=c.cue, speaker=speaker,
            speaker_title=title, speaker_affiliation=affiliation,
            speaker_start=c.mention[0] if c.mention else None, speaker_end=c.mention[1] if c.mention else None))
    return out
