"""Speaker phrases next to a cue: the noun phrase before it (`_subject_before`, `_np_ok`), appositives,
introductory phrases and the subject that opens a sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from bot.quotes.cues import _DETERMINERS, _cues
from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_WORDS, CONJUNCTIONS, DETERMINERS, NOT_NAME, ED_ADJECTIVES, NICKNAME_IN_NAME,
                                PERSON_NOUNS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, TIME_WORDS, TITLE_WORDS)
from bot.quotes.spans import _strip_end

_WORD = re.compile(r"[\w’'.\-()][\w’'.\-()]*")  # one character first: re skips ahead to a word
_QUOTE_CHARS = "“”\"«»„`'‘’"
_MAX_NP_WORDS = 10


_DOUBLE_QUOTE_CHARS = _QUOTE_CHARS.replace("’", "").replace("'", "")
_DOUBLE_QUOTE_MARK = re.compile("[%s]" % re.escape(_DOUBLE_QUOTE_CHARS))  # one scan of a phrase, not one per mark


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
    return _DOUBLE_QUOTE_MARK.search(phrase) is not None


# A time phrase with no comma before the subject: "On Wednesday ", "This Tuesday evening ", "Earlier today "
_LEADING_TIME = re.compile(r"(?:(?:[Oo]n|[Tt]his|[Ll]ast|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|today|yesterday|(?<=[Tt]his\s)week|(?<=[Ll]ast\s)week)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s+")
_PRONOUN_NEXT = re.compile(r"(?:he|she|they|we)\b")
_TIME_FIRST = "OoTtLlEeMWFSyw"  # the letters a _LEADING_TIME match can open with


def _np_ok(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trimmed span of a plausible speaker noun phrase in text[start:end], or None."""
    while start < end and (text[start].isspace() or text[start] in "—–-," or text.startswith("''", start)):
        start += 2 if text.startswith("''", start) else 1  # "…,'' she said": the closing marks are no name
    while end > start and text[end - 1].isspace():
        end -= 1
    time = _LEADING_TIME.match(text, start, end) if text[start:start + 1] in _TIME_FIRST else None
    if time and (text[time.end():time.end() + 1].isupper() or _PRONOUN_NEXT.match(text, time.end(), end)):
        start = time.end()  # "On Wednesday Greek Foreign Minister Ana Reis said": when, then who
    if start >= end:
        return None
    phrase = text[start:end]
    if _has_quote_marks(phrase) or "—" in phrase or "–" in phrase or " - " in phrase:
        return None
    if end - start > 200:  # a long span (an unpunctuated dump) has too many words: count only that many
        if sum(1 for _ in islice(_WORD.finditer(text, start, end), _MAX_NP_WORDS + 1)) > _MAX_NP_WORDS:
            return None
    words = _WORD.findall(text, start, end)
    if not words or len(words) > _MAX_NP_WORDS:
        return None
    lows = [w.lower() for w in words]  # (each asked about several times below)
    # "Years after Bill Clinton": the speaker is the clause's subject after the subordinator
    if not _SUBORDINATORS.isdisjoint(lows):
        for i in range(len(words) - 1, 0, -1):
            if lows[i] in _SUBORDINATORS:
                start = text.index(words[i], start) + len(words[i])
                return _np_ok(text, start, end)
    if len(words) == 2 and words[0] in ("Had", "Were", "Should") and lows[1] in PRONOUNS:
        return None  # "Had I said …, nobody would …": a counterfactual, nobody spoke
    if len(words) > 1 and lows[0] in PRONOUNS and lows[0] != "it":
        return None  # "he expects Obama": a clause, not a speaker
    # "But Wang said", "Though she called", "As Tabler noted": the conjunction is not part of the speaker
    while len(words) > 1 and (lows[0] in CONJUNCTIONS or lows[0] in _SUBORDINATORS
                              or words[0] == "As" and words[1][:1].isupper()):
        start = text.index(words[1], start + len(words[0]))
        words, lows = words[1:], lows[1:]
    # "Trump this week said": the time phrase is not part of the speaker
    if len(words) > 2 and lows[-1].strip(",") in TIME_WORDS and lows[-2] in ("this", "last", "on", "earlier"):
        words, lows = words[:-2], lows[:-2]
        end = start + text[start:end].rindex(words[-1]) + len(words[-1])
    phrase = text[start:end]
    if not (phrase[:1].isalpha() or any(c.isalpha() for c in phrase)) or ":" in phrase:
        return None
    first = lows[0]
    if first == "of":
        return None
    at_least = first == "at" and len(words) > 3 and lows[1] == "least"  # "at least a dozen members of Congress"
    if (first in PREPOSITIONS and not at_least) or first in TIME_WORDS or first.endswith("ing") and not words[0][:1].isupper():
        return None
    demonstrative = len(words) == 2 and first in ("that", "this") and lows[1] in _UNNAMED_PERSONS
    if not demonstrative and not CLAUSE_WORDS.isdisjoint(lows) and any(low in CLAUSE_WORDS and (i == 0 or not w[:1].isupper()) and not (w.isupper() and len(w) > 1)
                                 for i, (w, low) in enumerate(zip(words, lows))):  # ("WHO Director-General …": an acronym)
        return None  # "Chairman Will Rogers" is a name, "will" a clause; "That person said" a speaker
    if len(words) == 1 and first in PRONOUNS:
        return start, end
    if len(words) > 4 and not any(w[:1].isupper() for w in words) and not _person_head(words) and not _owned_person(words):
        return None  # a long lowercase phrase is a clause, unless it opens with a person: "a source close to him"
    if "," in phrase or ";" in phrase:
        return None
    if lows[-1] in _DETERMINERS or any(_looks_verb(w) for w in words if w[:1].islower()):  # (only a lower-case word may be)
        return None  # "Wang made the remarks": a noun cue after a verb phrase
    return start, end
_SUBORDINATORS = frozenset("though although while when after because since before once whereas".split())


def _looks_verb(word: str) -> bool:
    low = word.lower()  # "teary-eyed", "long-awaited": hyphenated -ed words are adjectives
    return word[:1].islower() and ((low.endswith("ed") and low not in ED_ADJECTIVES and "-" not in low) or low in _VERBS)


_VERBS = frozenset("""made make makes gave give gives took take takes got get gets went go goes came come comes
    held hold holds met meet meets saw see sees knew know knows thought think thinks felt feel feels
    put puts let lets kept keep keeps sent send sends left leave leaves""".split())
_CONTRACTED_BE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)([’'](?:s|re|m)(?:\s+(?:also|now|still))?)$")
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
        clause_start = paren + 1  # "… (Eva Lind, who founded the club, once said": the aside opens a clause
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
        adverb = word.endswith("ly") and _ADVERB.fullmatch(parts[-1]) and word not in _LY_NOUNS  # "Kelly said", "the family said" keep theirs
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
        stripped = stripped[:-1]  # 'Lind, the sailor known as “Gull,” said': a quoted name ends the appositive
    words_end = clause_start + len(stripped)
    state = _PLACE_STATE.search(stripped) if stripped.endswith(",") else None
    if state:  # "a woman in Salem, Oregon, told": the state is part of the place, not an appositive
        stripped = stripped[:state.start(1)] + ("," if stripped[:state.start(1)].count(",") else "")
        words_end = clause_start + len(stripped.rstrip(","))
    if stripped.endswith(","):  # appositive: "Revesz, director of X, said"
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma < 0:  # "Sen. Eva Lind (D-R.I.), said": a stray comma after a name
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
            return resident.span(1), clause_start, False  # "Ana Reis of Aiken, South Carolina says"
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
    # (a match ends the text, or comes just before a closing line break)
    dash = _ASIDE_DASH.search(stripped) if stripped.endswith(("—", "–", "-", "\n")) else None
    if dash:
        open_ = stripped.rfind(" " + dash.group(1) + " ", 0, dash.start())
        if open_ > 0 and len(stripped[open_:dash.start()].split()) >= 3:
            return stripped[:open_].rstrip()
    return stripped


_APPOSITIVE_OPENERS = frozenset("""a an the who whose which meanwhile however too also himself herself his her its
    their one""".split())


_NAME_PARTICLES = frozenset("of de van von al bin la le da du del der".split())


def _opening_name(text: str, clause_start: int, inner: str, intros: int = 2) -> tuple[tuple[int, int], int, bool] | None:
    """'Rui Lopes, a retired teacher from Braga, Portugal, said': a name opening
    the sentence, then a description with commas of its own, then the cue. Also "Ana Reis, 21,
    a student from Reno, said", "Sen. Eva Lind, R-S.C., said", "Nevada's governor, Rui
    Lopes, a Republican, said" (the name after its title) and, after an opening phrase,
    "Speaking later, Sen. Eva Lind (D-Mo.), who has backed Reis, said"."""
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
    if _role_phrase(names):  # "Nevada's governor, Rui Lopes, a Republican, said": the name speaks
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
    first = _CONTRACTED_IS.sub("", first)  # "Lind, who’s hoping to be a delegate, said"
    if (_cues(appositive) and first != "who") or any(c in appositive for c in "“”\"«»"):
        return False  # "Clinton, who called Sanders ..., told" still names her
    return first in ("a", "an", "the", "who", "which", "whose", "its", "his", "her") or first[:1].isdigit()
_LEAD_SUBJECT = re.compile(r"[\s“\"'‘(]*([Tt]he\s+(?:(?!and\b|or\b)[\w’'.\-]+\s+){0,3}?(?:%s)\b|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+"
                           # "A spokesman for Braga Port declined …, but said"
                           r"|(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?(?:%s)(?:\s+for\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})?(?=\s+[a-z])"
                           r"|[Aa]n?\s+(?:[A-Z][\w’'.\-]*\s+){1,4}(?:judge|official|spokesman|spokeswoman|lawmaker|senator|aide|adviser)(?=\s+[a-z])"  # "a U.S. District Court judge ruled …"
                           r"|(?:[Tt]he\s+)?(?!The\b)(?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w’'.\-]*){0,5}"
                           r"(?:\s+\([A-Z][\w.\-]*\))?)"  # "Oregon Gov. Eva Lind (R) faulted …"
                           r"(?=\s+[a-z])" % ("|".join(sorted((k for k in ROLE_NOUNS), key=len, reverse=True)),
                                              "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))))
_WORD_SPANS = re.compile(r"[\w’'.\-][\w’'.\-]*")  # one character first: re skips ahead to a word


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


_SAY = frozenset("say says said".split())


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
        if state:  # "At a fair in Tyler, Tex., Lopes said": the state belongs to the place
            comma = state.end()
        if not first or first[0].lower().strip(",") not in _INTRO_WORDS and first[0] not in _PLACE_OPENERS and not (
                comma > 0 and text[start:limit].lstrip()[:1].isupper() and _speaker_intro(text, start, comma)):
            break  # "Walking to the next door, Lind recalled …": a participle phrase opens it too
        if comma < 0:
            return None
        start = comma + 1
    opening = _OPENING_QUOTATION_FRAME.match(text, start, limit)
    if opening:  # '“…,” Reis said on the show, adding …': the quotation's frame names the sentence's speaker
        return _np_ok(text, *opening.span(1)) if opening.group(1) else _np_ok(text, *opening.span(2))
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
        return None  # "A spokesman for X declined", "a U.S. District Court judge ruled", not "One Sunday"
    return m.span(1)


# A sentence opening with a quotation and its frame: '“…,” Ana Reis said', '"…," said Rui Lopes, …'
_FRAME_VERBS = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|argued|insisted|stated|declared|continued|recalled)"
_OPENING_QUOTATION_FRAME = re.compile(r"\s*(?:“[^“”]{2,600}?[,.!?—-]”|\"[^\"“”]{2,600}?[,.!?—-]\"|''(?:(?!'').){2,600}?[,.!?—-]'')\s+"
                                      r"(?:((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*|he|she|they)\s+" + _FRAME_VERBS + r"\b"
                                      r"|" + _FRAME_VERBS + r"\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)(?=[\s,.]))")
_PLACE_OPENERS = frozenset("There, Here,".split())  # "There, the district chairman declined …": a place, then the subject
# Prepositions and place adverbs that open a sentence before its speaker: "Throughout the campaign, Lopes argued"
_OPENING_PREPOSITIONS = frozenset("""throughout across elsewhere beyond inside outside within toward towards alongside
    behind beside besides around between along""".split())
_INTRO_WORDS = PREPOSITIONS | TIME_WORDS | _SUBORDINATORS | _OPENING_PREPOSITIONS | frozenset("instead then later earlier still yet".split())
_LEADING_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So)\s+(?=[A-Z])")


def _described_opener(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence that opens with a described name, before its verb: "Erin Brockovich,
    the environmental activist, endorsed …", "Sen. Rui Lopes, R-Ill., who expects a close vote, withdrew …"."""
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
        return True  # "Meanwhile, speaking to the Herald, Lopes said": the first word's comma hid it
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
_TELL = frozenset("tell told tells".split())


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
    little comes between cue and colon: 'A little later, Ms. Reis wrote back: “…”',
    'Regarding the emails, the campaign said in a statement: “…”'."""
    return len(tail.split()) <= 5 and (_named(text, span) or _np_subject(text, span) or _np_role(text, span))


def _np_role(text: str, span: tuple[int, int]) -> bool:
    """'the campaign', 'his spokesman': a determiner and a role or person noun."""
    words = text[span[0]:span[1]].lower().split()
    return len(words) >= 2 and words[0] in DETERMINERS and (words[-1] in ROLE_NOUNS or words[-1] in PERSON_NOUNS
                                                            or words[-1] in _QUOTING_BODIES)


_QUOTING_BODIES = frozenset("campaign committee ministry department agency office government statement spokesman".split())


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
