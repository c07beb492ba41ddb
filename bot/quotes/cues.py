"""Cue words in text: the verbs and phrases of saying, their particles, and whether a noun-like form
is used as a verb.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.quotes.lexicon import CUE_PARTICLES, PARTICLE_ONLY, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, QUOTE_CUES, TITLE_WORDS, TOPIC_CUES
from bot.quotes.speakers import letter_runs

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
# as _WORDS_RE. A run may be part of a longer word ("said" in "Xsaid"), but _cue_matches matches whole words
# only, so such an extra word finds nothing.
_LOWER_RUN = re.compile(r"[a-z][a-z]+")  # [a-z]{2,}, one letter first: re skips ahead to one
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
    """What finditer of the whole-word alternation of `words` (longest first) finds, trying it only where
    str.find saw one of the words (the few places a cue can start; re would try every position)."""
    at: dict[int, list[str]] = {}
    for w in words:
        i = text.find(w, start, end)
        while i >= 0:
            at.setdefault(i, []).append(w)
            i = text.find(w, i + 1, end)
    found: list[re.Match[str]] = []
    last = start
    for i in sorted(at):
        if i < last:
            continue
        # the alternation, longest word first, tried word by word: the word is at i already (str.find saw it),
        # so only its boundaries are left to test
        for w in sorted(at[i], key=len, reverse=True):
            if m := _whole_word(len(w)).match(text, i, end):
                found.append(m)
                last = m.end()
                break
    return found


@lru_cache(maxsize=None)  # one per length
def _whole_word(length: int) -> re.Pattern[str]:
    """Any `length` characters with a word boundary either side: where a cue word is (its ends are word
    characters), this matches as r"\b<word>\b" does. A pattern per length, not one per cue word: each costs a
    compilation, and an article brings new words."""
    return re.compile(r"\b(?s:.){%d}\b" % length)


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


_DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
# Adverbs between a subject and a verb: "also claims", "still praise", "often calls", "regularly pledges"
_ADVERBS_BEFORE_VERB = frozenset("""also still now often repeatedly even further then later again frequently routinely
    regularly falsely rightly correctly similarly likewise simply""".split())
_POINT_FORMS = frozenset("point points".split())


def _verb_use(text: str, s: int, m: re.Match[str]) -> bool:
    """A noun-like cue form counts only right after a name or a pronoun ("Trump tweets", "he notes")."""
    word = m.group()  # (asked about several times below)
    if word.endswith("ed") and _QUALIFIED_NOUN.match(text, m.end()):
        return False  # "pledged delegates", "her stated goal": an adjective, nobody speaks
    if word not in _NOUN_LIKE or word in TOPIC_CUES and text.endswith(" to ", s, m.start()):
        return True  # "declined to comment on the report": a verb after "to"
    if word == "states" and not text.startswith(" that ", m.end()):
        return False  # "Southern states remained too close to call": the noun; "It states that …": the verb
    before = text[s:m.start()].split()
    if word in _POINT_FORMS and text.startswith(" out ", m.end()) and before:
        return True  # "The group also points out that …", "labor leaders point out …": "point out" is a verb
    if len(before) > 1 and before[-1] in _ADVERBS_BEFORE_VERB:
        before = before[:-1]  # "Lind also claims …", "He often calls out …": the word before the adverb decides
    if not before:
        return False
    prev = before[-1]
    if _noun_calls_for(text, m, before) or _calls_someone(text, m, before) or _questions_something(text, m, before):
        return True
    if prev.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Graham’s comments", "Editor’s note"
    if _subject_claims_that(text, m, before):
        return True
    after = text[m.end():m.end() + 30].split(None, 1)
    if after and (after[0].lower() in TITLE_WORDS or after[0].lower() in PERSON_NOUNS or after[0].lower() in _STATE_NOUNS):
        return False  # "New Hampshire state representative Max ...": a noun before a title
    if len(before) > 1 and (before[-2].lower() in _DETERMINERS or before[-2].lower() in _NUMBERS):
        return False  # "the two Post-Soviet states", "the Baltic states": a noun after its modifier
    if (prev.lower() in _MODALS_BEFORE_VERB and (not word.endswith("s") or word.endswith("ss")) and word not in ("state", "agree", "welcome")
            and (word != "call" or text.startswith((" for ", " on "), m.end()))):
        return True  # "would advocate", "to claim", "did note": a base form after a modal or "to" is the verb
    if prev.endswith(",") and word.endswith("s") and _NAME_APPOSITIVE_BEFORE.search(text, max(s, m.start() - 120), m.start()):
        return True  # "Rui Lopes, a member of the committee, advocates …": after the subject's appositive
    return (prev[:1].isupper() and prev.lower() not in _DETERMINERS or prev.lower() in PRONOUNS
            or _notes_that(text, m, prev) or _plural_subject_verb(text, prev, m))


# A name and its appositive, set off by commas, right before the cue: "Rui Lopes, a member of the panel, "
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


_CLAIMS_THAT = frozenset("claims notes states reports charges stresses demands".split())


# A clause with no "that": a name or "the …", and right after it a finite verb ("the lives of thousands" is no clause)
_CLAUSE_NEXT = re.compile(r"\s+(?:(?:[A-Z][^\s,;:“”\"]*\s+){1,3}|(?:the|a|an|his|her|its|their)\s+"
                          r"(?:(?!(?:of|in|on|at|to|for|from|with|by|and)\b)[a-z][\w’'\-]*\s+){0,2}?)"
                          r"(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|"
                          r"[a-z]{3,}ed|[a-z]{2,}[^s\W’']s)\b(?!\s+(?:of|and|in|to|for|from|are|were|is|was|have|had)\b)")


def _subject_claims_that(text: str, m: re.Match[str], before: list[str]) -> bool:
    """"the lawsuit claims that …", "the government charges that …": a singular noun with its determiner, then the
    verb and its that-clause (but "the state's claims that …", "rejected government claims that …" are nouns)."""
    if m.group() not in _CLAIMS_THAT or len(before) < 2 or not (
            text.startswith(" that ", m.end()) or _CLAUSE_NEXT.match(text, m.end())):
        return False
    prev = before[-1]
    if not (prev.isalpha() and prev.islower() and not prev.endswith(("s", "ed", "ing")) and prev not in _DETERMINERS
            and prev not in PREPOSITIONS and prev not in _NUMBERS and prev != "of"):
        return False
    for det in before[-2:-5:-1]:  # "the lawsuit", "the Turkish government", "the state's new lawsuit"
        if det.lower() in _DETERMINERS or det.endswith(("’s", "'s")):
            return True
        if not det.isalpha() or det.lower() in _MODALS_BEFORE_VERB:
            return False
    return False


_QUALIFIED_NOUN = re.compile(r"\s+(?:(?:super)?delegates|goals?|aims?|intentions?|candidates?|cases)\b")
_STATE_NOUNS = frozenset("senate house reps. legislature legislator legislators assembly capitol lawmakers".split())
_NUMBERS = frozenset("two three four five six seven eight nine ten both several many some all other".split())
