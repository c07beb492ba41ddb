"""Rarer report shapes, each found once per article before its sentences are read: speech nouns ('his
claim that …'), quoted objects of other verbs, topics named in a frame, a declared winner, passive reports
with their source ('was first reported by …'), passive rebukes ('was criticized for …') and verbs of manner
with a that-clause ('joked that …').
"""
from __future__ import annotations

import re
from bisect import bisect_left

from bot.quotes.candidate import _Candidate
from bot.quotes.content import _JUDGING_END, _content_after, _content_end, _main_clause_comma
from bot.quotes.cues import _cues
from bot.quotes.leading import _leading_subject
from bot.quotes.lexicon import DETERMINERS, PREPOSITIONS, PRONOUNS, THAT_TIME
from bot.quotes.sayers import _GROUP_WORDS
from bot.quotes.speakers import letter_runs
from bot.quotes.spans import _START, _find_all, _inside, _inside_quote_marks, _lead_space, _strip_end, _to_closing_mark
from bot.quotes.subjects import _QUOTE_CHARS, _SUBORDINATORS, _named, _np_ok, _subject_before
from bot.quotes.text import QuoteSpan
from bot.quotes.trailing import _source_after


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


# A verb of characterising, its object and "as" with a quoted description: "portrayed himself as the “friend of
# the harbour”", "dismissing them as part of the “Braga clique”", "referred to critics as “pirates”"
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
    lo, hi = bisect_left(quotes, s, key=_START), bisect_left(quotes, e, key=_START)
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
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z]{2,}\b")  # \b[a-z]{3,}\b, a letter first: re skips ahead to one
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
    """The name after "as" in "Or, as Eva Lind, a former minister, put it": its appositive may hold commas."""
    names = list(_AS_NAME.finditer(text, max(s, verb_start - 150), verb_start))
    return _np_ok(text, names[-1].start(1), names[-1].end(1)) if names else None


def _quoted_object(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """Non-speech verbs whose object in the sentence text[s:e] holds a quotation (see _QUOTED_OBJECT_VERBS)."""
    lo, hi = bisect_left(quotes, s, key=_START), bisect_left(quotes, e, key=_START)
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
        return found  # "will they keep their promises to lower fees?": the writer asks about the claim
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


# "Lopes was declared the winner in Braga": someone (unnamed) declared it; the content is who won and where
_DECLARED_WINNER = re.compile(r"\s(?:was|were|has\s+been|had\s+been)\s+(?:officially\s+)?declared\s+(the\s+(?:winner|victor)\b)")


_WINNER_END = re.compile(r",|\s(?:that|which|by|as|after|when|while|with|early|late|on)\s")


def _speech_noun_positions(text: str) -> list[int]:
    """Where a noun of speech stands before "that"/"to" (str.find is much faster than a regex scan); none
    when the article writes none of the nouns as a word (its letter runs, already found for the cues)."""
    if letter_runs(text).isdisjoint(_SPEECH_NOUN_WORDS):
        return []
    return sorted(j for literal in (" that ", " to ") for i in _find_all(text, literal)
                  if text[(j := text.rfind(" ", 0, i) + 1):i] in _SPEECH_NOUN_WORDS)


_SPEECH_NOUN_WORDS = frozenset(w + plural for w in _SPEECH_NOUN_STEMS for plural in ("", "s"))


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


# A passive report with its source: "Ames's move was first reported by Radio Norte", "Her death was confirmed by the
# party" -- the subject opening the sentence is what was reported, the agent after "by" its source
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REPORTED_BY = re.compile(r"\s(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:first|initially|originally|previously|"
                          r"also|later|officially)\s+)*(reported|revealed|disclosed|confirmed|announced)"
                          r"(?:\s+(?:earlier|(?:earlier\s+)?(?:last|this)\s+(?:week|month|year)|(?:on\s+)?" + _DAYS + r"))?"
                          r"\s+by\s+(?=[A-Z]|(?:the|a|an)\s)")
_REPORTED_VERBS = frozenset("reported revealed disclosed confirmed announced".split())
# "was confirmed by the Senate": a vote, not a report
_VOTING_BODY = re.compile(r"(?:the\s+)?(?:full\s+)?(?:Senate|House|Congress|[Cc]ommittee|[Pp]anel|[Ll]egislature|[Cc]ouncil|[Vv]oters?|"
                          r"[Vv]ote)\b")
_NOT_REPORTED_SUBJECT = frozenset("it this that which who what there he she they i we".split())


def _reported_by(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """The subject of a sentence opening "X was (first) reported by Y": X is Y's report (not "It was reported",
    nor a relative "which was reported", nor a nominee "confirmed by the Senate")."""
    found: list[_Candidate] = []
    e_content = _strip_end(text, s, e)
    start = s + _lead_space(text, s)
    for m in _REPORTED_BY.finditer(text, start, e_content):
        subject = text[start:m.start()]
        words = subject.split()
        if (not words or len(words) > 10 or any(c in subject for c in ",;:“”\"(") or not words[0][:1].isupper()
                or words[0].lower() in _NOT_REPORTED_SUBJECT or _inside(quotes, m.start())):
            continue
        if m.group(1) == "confirmed" and _VOTING_BODY.match(text, m.end()):
            continue
        stop = _WINNER_END.search(text, m.end(), e_content)
        source = _source_after(text, m.end(), stop.start() if stop else e_content)
        if source is None:
            continue
        found.append(_Candidate(start, _strip_end(text, start, m.start()), "indirect", m.group(1), source, 6, para))
    return found


def _reported_by_positions(text: str) -> list[int]:
    """Where a passive report with its source may stand ("… reported by …", "… reported Monday by …"): the verbs
    found with str.find, kept where "by" follows within a few words; none when the article writes none of them."""
    if letter_runs(text).isdisjoint(_REPORTED_VERBS):
        return []
    return sorted(i for verb in _REPORTED_VERBS for i in _find_all(text, verb + " ") if text.find(" by ", i, i + 45) > 0)


# A passive rebuke or praise with its reason: "Lopes has been criticized for giving vague answers", "Reis has
# been criticized by the unions for not raising wages": the one judged and the reason are what was said
_JUDGED_VERBS = "criticized criticised praised blasted slammed faulted rebuked chided lambasted derided mocked ridiculed".split()
_PASSIVE_JUDGED = re.compile(r"\s(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:(?:[a-z]+ly|also|often|long)\s+)*"
                             r"(%s)" % "|".join(_JUDGED_VERBS) +
                             r"(?:\s+by\s+([^,;:“”\"]{2,80}?))?\s+for\s+(?=[a-z]|[A-Z][a-z])")


def _passive_judged_positions(text: str) -> list[int]:
    """Where _PASSIVE_JUDGED matches in the article; most name none of its verbs (as a word: one of the article's
    letter runs), and re tries it at every space."""
    if letter_runs(text).isdisjoint(_JUDGED_VERBS):
        return []
    return [m.start() for m in _PASSIVE_JUDGED.finditer(text)]


def _passive_judged(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """"X has been criticized (by Y) for Z": X and Z are what Y (or someone unnamed) said; the content runs from the
    subject to the end of the reason."""
    found: list[_Candidate] = []
    e_content = _strip_end(text, s, e)
    for m in _PASSIVE_JUDGED.finditer(text, s, e_content):
        if _inside(quotes, m.start()):
            continue
        got = _subject_before(text, s, m.start() + 1)
        subject = text[got[0][0]:got[0][1]] if got else ""
        if (not subject or "," in subject or len(subject.split()) > 8 or subject.split()[0].lower() in _NOT_JUDGED_SUBJECT
                or text[got[0][1]:m.start()].strip()):  # the subject right before the verb, no appositive between
            continue
        end = _content_end(text, m.end(), e_content, quotes, 1)
        comma = text.find(",", m.end(), end)
        if comma > 0 and not _inside(quotes, comma):
            end = _strip_end(text, m.end(), comma)  # "… for trading a guilty man for an innocent one, even by …"
        if len(text[m.end():end].split()) < 2:
            continue
        source = _np_ok(text, *m.span(2)) if m.group(2) else None
        found.append(_Candidate(got[0][0], end, "indirect", m.group(1), source, 6, para))
    return found


_NOT_JUDGED_SUBJECT = frozenset("which who that what it this there".split())


# A verb of saying in a manner, or of guessing aloud, with its that-clause: "Reis joked that …", "Her office protested
# that …", "councillors stood outside, grousing that …", "engineers speculated that …" (without "that" these verbs
# frame a quotation or name an act: "protested the ruling", "jokes that fell flat" has a noun)
_MANNER_VERB_LIST = """joked joking quipped quipping protested protesting groused grousing grumbled grumbling
    griped griping bragged bragging crowed mused musing scoffed retorted exclaimed gushed
    speculated speculating posited positing jokes quips muses speculates posits""".split()
_MANNER_VERBS = frozenset(_MANNER_VERB_LIST)
_MANNER_THAT = re.compile(r"\b(%s)\s+that,?\s+(?!%s)" % ("|".join(_MANNER_VERB_LIST), THAT_TIME))


def _manner_positions(text: str) -> list[int]:
    """Where a verb of _MANNER_THAT stands (str.find of "d that "/"g that "/"s that ", then the pattern); none when
    the article writes none of the verbs as a word."""
    if letter_runs(text).isdisjoint(_MANNER_VERBS):
        return []
    return [m.start() for tail in ("d that", "g that", "s that") for i in _find_all(text, tail)
            if (m := _MANNER_THAT.search(text, max(0, i - 12), i + len(tail) + 3))]


# "Rui Lopes, the harbour chief, joked that …": an appositive between the subject and its verb
_APPOSITIVE_BETWEEN = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s[^,;:“”\"()]{1,60},\s*")


def _manner_that(text: str, s: int, e: int, para: int, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """The that-clause of a verb of _MANNER_THAT in text[s:e], its speaker the verb's own subject when it stands right
    before it (a participle's speaker is left unresolved)."""
    found: list[_Candidate] = []
    e_content = _strip_end(text, s, e)
    for m in _MANNER_THAT.finditer(text, s, e_content):
        if _inside(quotes, m.start()) or found and m.start() < found[-1].end:
            continue
        got = None if m.group(1).endswith("ing") else _subject_before(text, s, m.start())
        between = text[got[0][1]:m.start()] if got else ""
        speaker = got[0] if got and (not between.strip(" ,") or _APPOSITIVE_BETWEEN.fullmatch(between)) else None
        if speaker and text[speaker[0]:speaker[1]].endswith(("'s", "’s")):
            continue  # "the mayor's jokes that …": a noun, its owner before it
        if m.group(1).endswith("s") and speaker is None:
            continue  # "the jokes that …": a noun
        end = _content_end(text, m.end(), e_content, quotes)
        if len(text[m.end():end].split()) >= 3:
            found.append(_Candidate(m.end(), end, "indirect", m.group(1), speaker, 3, para))
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
    if apposed:  # "cited the “harbour clause,” a flaw in …": the writer's gloss; "as “Spanish,” and then …"
        end = apposed.start()
    return start, _to_closing_mark(start, end, quotes)
