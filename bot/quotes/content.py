"""Where reported content starts after its cue and where it ends, and what after a cue is only
its circumstances.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.quotes.cues import _cues, _particle_after
from bot.quotes.lexicon import (AUXILIARIES, CLAUSE_CUES, CLAUSE_WORDS, CUE_PARTICLES, DETERMINERS, NOT_NAME, JUDGING_CUES,
                                OBJECT_CUES, PARTICIPLE_CUES, PARTICLE_ONLY, PREPOSITIONS, PRONOUNS, TIME_WORDS, TOPIC_CUES)
from bot.quotes.spans import _inside, _strip_end
from bot.quotes.subjects import _FINITE, _PARTY_TAG, _QUOTE_CHARS, _SUBORDINATORS, _TELL, _looks_verb
from bot.quotes.text import QuoteSpan

_TRAIL_PUNCT = " \t.,;:!?"


def _adverbial_tail(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is only a short time/place phrase ("on Wednesday", "in a statement")."""
    tail = text[start:end].strip(_TRAIL_PUNCT + _QUOTE_CHARS)
    if not tail:
        return True
    words = tail.split(None, 8)  # nine parts at most: a ninth means more than eight words
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
    dash = _TAIL_APPOSITIVE_DASH.search(text, start, end) if _TAIL_DASH_MARK.search(text, start, end) else None
    if dash:  # "…, the agency reported on Tuesday -- a development that …": a comment on the news follows
        end = dash.start()
    clause = _TAIL_CLAUSE.search(text, start, end)
    if clause:
        end = clause.start()
    return _adverbial_tail(text, start, end)


_TAIL_DASH_MARK = re.compile(r"--|[—–]")  # in every match of _TAIL_APPOSITIVE_DASH: most tails have none
_TAIL_APPOSITIVE_DASH = re.compile(r"\s(?:--|—|–)\s+(?:a|an|the)\s+[a-z]+\s+(?:that|which)\s")


_HAVE = frozenset("has have had".split())
# "say A but noted that B": a second verb of saying, joined, has the later that-clause
_SECOND_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:%s)\b" % "|".join(sorted(w for w in CLAUSE_CUES if w.endswith(('ed', 'aid', 'old', 'ote')))))


def _infinitive(words: list[str]) -> bool:
    """Words that open with an infinitive: "to impose tariffs", not "to Mr. Trump's remark"."""
    return len(words) > 1 and words[0] == "to" and words[1][:1].islower() and words[1] not in DETERMINERS


_DASH_ASIDE = re.compile(r"\s*(?:[—–]|--?\s)")


_DASH_ASIDE_BEFORE = re.compile(r"\s[—–]\s[^—–“”\"]{3,80}?\s[—–]\s*$")
_CLOSED_DASH_ASIDE = re.compile(r"\s*[—–]\s[^—–“”\"]{3,80}?\s[—–]\s*")


@lru_cache(maxsize=None)  # one per set of particles
def _particle_pattern(particles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\s+(" + "|".join(particles) + r")\b")


_ABOUT = re.compile(r"\s+about\s")
_THAT = re.compile(r"that(?<=\bthat)\b")  # \bthat\b, the word first: re skips ahead to it
_OPENING_DAY = re.compile(r"[\s,:]*(?:(?:on|this)\s+|last\s+(?=Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                          r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"today|yesterday|tonight)(?![’'\w]))?[\s,:]*")
_TOLD_DAY = re.compile(r"(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*")


def _content_after(text: str, cue_end: int, end: int, cue: str) -> int | None:
    """Where reported content starts after a leading cue, skipping "that", objects and adverbials."""
    window = text[cue_end:min(end, cue_end + 140)]
    low = cue.lower()
    particles = CUE_PARTICLES.get(low.split()[-1], ())
    if particles:
        after = _particle_after(text, low, cue_end, end) if low in TOPIC_CUES else None
        if after is not None:
            return after
        m = _particle_pattern(particles).match(window)
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
    m = _ABOUT.match(window)  # "complained about his mic"
    if m:
        return cue_end + m.end()
    m = _THAT.search(window)
    if m:
        between = window[: m.start()].split()
        if low in OBJECT_CUES and low not in CLAUSE_CUES and between:
            m = None  # "proposes breaking up banks that have grown": the object, not a that-clause
        elif len(between) <= 12 and not any((w.lower().strip(",") in CLAUSE_WORDS and not w[:1].isupper())  # "in May that"
                                            or w in _HAVE for w in between) and not (
                between and (between[0].lower() in PRONOUNS or _infinitive(between)
                             or between[0].lower().replace("’", "'").split("'")[0] in PRONOUNS  # "say it's too early …"
                             or _SECOND_CUE.search(window, 0, m.start()))):  # "…, telling X that …"
            # (but "promising to tax goods made by firms that …", "said officials have hidden data that …": a relative "that")
            return cue_end + m.end()
    # a day that opens the content, not one owning its object: "condemned Friday's test"
    # ("last" only before a day: "vowed last month to …" keeps its time phrase)
    m = _OPENING_DAY.match(window)
    skip = m.end() if m else 0
    if low in _ADDRESS and window.startswith(" of "):
        return None  # "is assured of 318 delegates": certain, not told
    if low in _TELL or low in _ADDRESS:  # "told/assured reporters (on Monday) …", "telling CBS that …"
        m2 = _ADDRESSEE.match(window[skip:])
        if m2:
            skip += m2.end()
            m3 = _TOLD_DAY.match(window[skip:])
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


_ASK = frozenset("ask asked asks asking".split())
# the one asked: a pronoun, a name ("former Attorney General Eric Holder"), "the/our <noun>", a bare group
# ("asked workers if", "asked voters whether") -- not "asked questions about", a topic; then a relative clause,
# a setting or an adverb: "asked Ames, who runs the port, to …", "asked the head of the port pointedly whether …"
_ASKED = re.compile(r"(\s+(?:him|her|them|me|us|(?:the\s+|(?:former|fellow|then|co-host|host|moderator|anchor)\s+)?(?:[A-Z][\w’'.\-]*\s*)+|"
                    r"(?:the|a|an|his|her|their|its|our|my|your|some|many|several)\s+[a-z]+(?:\s+(?:of\s+)?[a-z]+){0,3}?|"
                    r"(?!questions\b)[a-z]{3,}(?:ers|ents|ors|ans|ists|ees|ees|ies))(?:,\s+who\s[^,;]{1,80},)?)?"
                    r"(?:\s+(?:on|at|during|in)\s+[^,;]{1,40}?)?(?:\s+[a-z]+ly)?\s+"
                    r"(whether|if|what|how|why|who|whom|which|when|where|about|to|for)\b")
_DESCRIBE = frozenset("describe described describes describing".split())
_CALL = frozenset("call called calls calling".split())
# "threatened to sue", "threatens that …": a threat voiced, only by someone (see _threat_by_someone)
_THREATEN = frozenset("threaten threatened threatens threatening".split())
# Cues whose content is a "to" clause of what the speaker will do: "pledged to make Apple …", "threatened to sue"
_INFINITIVE_CUES = frozenset("""pledge pledged pledges pledging vow vowed vows vowing promise promised promises promising
    urge urged urges urging""".split()) | _THREATEN
# "called him a liar", "called the test “a clear violation”" -- not "called to/off/up/in", "called it quits"
_CALLED_OBJECT = re.compile(r"\s+(?!(?:to|off|up|in|out|back|it quits|a meeting|a press conference|an? (?:emergency|special|snap)|"
                            r"the police|police|\d)\b)[\w“\"‘']")


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
                          r"|,\s+it\s+(?:also\s+)?(?!(?:is|was|has|does|seems|appears|means|matters|says|adds|notes)\b)[a-z]{3,}[^s\W]s\s"
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


# Where a _CONTENT_END match can start (a superset): a comma or semicolon before a space, a space after a comma's
# closing quotation mark, or spaces before a dash or a word one of its alternatives opens with. Most spaces are
# none of these, and this pattern rejects them faster than trying each alternative. It opens with its first
# character, the rest tested after it: a pattern opening with a set of characters lets re skip ahead to one.
_CONTENT_END_AT = re.compile(r"[\s,;](?:(?<=[,;])\s|(?<=\s)\s*(?:[—–\-]|(?:which|although|though|whereas|even|on|compared|before|as|and|but)\b)"
                             r"|(?<=[”\"’']\s))")


def _content_end_search(text: str, pos: int, end: int) -> re.Match[str] | None:
    """_CONTENT_END.search(text, pos, end): the pattern tried only where _CONTENT_END_AT finds it could match."""
    at, match = _CONTENT_END_AT.search, _CONTENT_END.match
    while (c := at(text, pos, end)) is not None:
        m = match(text, c.start(), end)
        if m is not None:
            return m
        pos = c.start() + 1
    return None


_RELATIVE_NEXT = re.compile(r",\s+(?:which|who|whom|whose|where)\s")  # ", which A, which B": a chain, not an aside
_COMMA_SPLICE = re.compile(r",\s+(?:he|she|they)\s")
_DASHES = {d: re.compile(r"\s+%s\s+" % re.escape(d)) for d in ("—", "–", "-", "--")}


_APPOSITIVE_START = re.compile(r",\s+(?:the|a|an)\s")
_LIST_TAIL = re.compile(r"\s(?:and|or)\s+(?:the|a|an|his|her|their)\s")


def _without_name_appositive(text: str, start: int, end: int) -> int:
    """Content without a closing appositive of the name it ends on: "she never backed Rui Lopes, the
    harbour board's pick" keeps "she never backed Rui Lopes"."""
    if text.find(",", start, end) < 0:
        return end  # each appositive opens with a comma: most content has none
    for m in _APPOSITIVE_START.finditer(text, start, end):
        before = text[start:m.start()].split()
        if len(before) >= 4 and _PARTY_TAG.fullmatch(before[-1]):
            before.pop()  # "Rep. Rui Lopes (D-Va.), a former mayor": the name with its party tag
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
        m = _content_end_search(text, pos, end)
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
                pos = m.end()  # "she's not quitting, despite trailing": a short claim keeps its concession
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
_ADDRESS = frozenset("telling assured assures".split())  # cues whose object is the one addressed
