"""The speaker of a cue that leads reported content ('Wang said that …'): the subject phrase before
the cue, a poll share, a described group, or the speaker of a quotation's frame the cue continues.
"""
from __future__ import annotations

import re

from bot.quotes.candidate import _Candidate
from bot.quotes.content import _adverbial_tail
from bot.quotes.cues import _DETERMINERS, _cues
from bot.quotes.frames import _PARTICIPLE_ADVERBS, _after_attribution
from bot.quotes.lexicon import AUXILIARIES, CLAUSE_CUES, CLAUSE_WORDS, CONJUNCTIONS, OBJECT_CUES, PARTICIPLE_CUES, PREPOSITIONS, PRONOUNS
from bot.quotes.relatives import _WHO_CLAUSE_BEFORE
from bot.quotes.spans import _strip_end
from bot.quotes.subjects import (_ADVERB, _INTRO_ADVERBS, _MAX_NP_WORDS, _QUOTE_CHARS, _SAY, _SUBORDINATORS, _TELL, _WORD_SPANS,
                                 _after_dateline, _drop_aside, _looks_verb, _name_right_before, _named, _np_ok, _np_stop,
                                 _np_subject, _sentence_subject, _speaker_intro, _subject_before)


# "is demanding", "He’s also saying", "they’re now urging": a progressive, the participle is the main verb
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|been)|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)[’'](?:s|re|m))(?:\s+(?:[a-z]+ly|also|now|still))?\s+$")
_NOT_PROGRESSIVE = re.compile(r"\s*(?:,|and\b|or\b|to\b|of\b)")


# Verbs of saying that take a "that" clause: "Republicans who backed him warned on Tuesday that …"
_THAT_CLAUSE_VERBS = frozenset("""warned warns warn argued argues argue insisted insists insist acknowledged acknowledges
    acknowledge admitted admits admit noted note stressed stresses stress explained explains explain added adds
    stated wrote writes write reported report told tell tells""".split())
# Subject boundaries inside a sentence: "..., but Shelby said", "shortly after Trump said"
_CLAUSE_OPENERS = frozenset("""but and while after because though although when as since before until whereas so yet
    where once""".split())


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
    window = max(s, m.start() - 120)
    dash = _LAST_DASH.search(text, window, m.start()) if _DASH_MARK.search(text, window, m.start()) else None
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
    # the word right before the cue: each frame below ends in one of a few ("to", "not", "then"), so most cues are
    # not searched for them
    last = head.rsplit(None, 1)[-1] if head else ""
    negative = last.endswith(("not", "n’t", "n't"))
    if (low in _SAY or low in _TELL) and (last == "to" or negative):
        frame = _WITHHELD_OR_GOES_ON.search(text, max(s, m.start() - 60), m.start())
        if frame and (frame.group(1) is None or _WH_NEXT.match(text, m.end())):
            # "Reid would not say whether …", "X went on to say …": the subject before the frame speaks (a
            # refusal only with the question left open: "would not tell us anything" says nothing)
            return _clause_subject(text, s, frame.start()) or _poll_subject(text, s, frame.start())
    negated = _NOT_SAYING.search(text, max(s, m.start() - 20), m.start()) if low == "saying" and negative else None
    if negated:  # "Trump isn’t saying what …", "He’s not saying": a progressive, its subject speaks
        return _clause_subject(text, s, negated.start())
    purpose = _PURPOSE_TO.search(text, max(s, m.start() - 40), m.start()) if (
        (low in _SAY or low in _TELL) and last == "to") else None
    if purpose and not text.startswith(" you the truth", m.end()):
        # "Reis agreed to a call, but only to tell Lopes that …", "He drives down to the harbour to tell
        # everyone how …", "I am here to tell you": the sentence's subject goes there to speak
        return found[-1].mention if found else _sentence_subject(text, s, m.start())
    goes_on = _GOES_ON_TO.search(text, max(s, m.start() - 50), m.start()) if head.endswith(" to") else None
    if goes_on and low in _BASE_CUES:
        # "Lopes went on to criticize …", "Aides to Reis are quick to point out that …": the frame's subject
        # speaks whatever the cue (only say and tell after a refusal: "declined to confirm" confirms nothing)
        return _clause_subject(text, s, goes_on.start())
    if head.endswith((" to", " not")) or head == "to":
        return None  # "pressed Clinton to confirm ...": an infinitive, nobody speaks yet
    progressive = low in PARTICIPLE_CUES and _BE_BEFORE.search(text, max(s, m.start() - 30), m.start()) is not None
    if progressive and _NOT_PROGRESSIVE.match(text, m.end()):
        return None  # "is demanding and time-consuming", "is adding to his lead"
    if low in PARTICIPLE_CUES and not progressive:
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
        went_on = _BEFORE_SAYING.search(head) if head.endswith("before") else None  # (its match ends the head)
        head = _PARTICIPLE_ADVERBS.sub("", head[-80:])  # the tail only: an end-anchored search is quadratic
        if not _comma_or_dash_end(head) and not _BY_SAYING.search(head) and not (
                went_on):  # also 'was "corrupt," noting …'
            return None
        if found:
            return found[-1].mention
        return (_quote_frame_speaker(text, s, m.start()) or _previous_frame_speaker(text, s, m.start())
                or _sentence_subject(text, s, m.start()))
    if (low in _SAY or low in _TELL) and last == "then" and _THEN_CUE.search(text, max(s, m.start() - 12), m.start()):
        # "Kasich offered the man a job, then says he'll …": the verb shares the sentence's subject
        return found[-1].mention if found else _sentence_subject(text, s, m.start())
    in_which = _IN_WHICH_SUBJECT.search(text, max(s, m.start() - 60), m.start()) if (
        (low in _SAY or low in _TELL) and text.find("which", max(s, m.start() - 60), m.start()) >= 0) else None
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
        titled = _TITLED_NAME_BEFORE.search(text, max(s, m.start() - 60), m.start()) if text.find(
            ".", max(s, m.start() - 60), m.start()) >= 0 else None  # (a title's full stop)
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
                if _WHO_CLAUSE_BEFORE.search(text, max(s, w.start() - 120), w.start()) or _WHICH_CLAUSE_BEFORE.search(
                        text, max(s, w.start() - 120), w.start()):  # "a best seller, which explored A and discussed B"
                    return None  # "Ana Reis, who answered the door and said …": the who-clause's (`_who_antecedent`)
                return found[-1].mention if found else _sentence_subject(text, s, m.start())
            return None
        np_end = np_start + inner.index(aux[-1]) + len(aux[-1]) if aux else np_start
        return _np_ok(text, np_start, np_start + len(_drop_aside(text[np_start:np_end])))
    return None




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
_DASH_MARK = re.compile(r"[—–-](?<=\s[—–-])")  # in every match of _LAST_DASH: a dash after a space, not a hyphen
_LAST_DASH = re.compile(r"\s(?:—|–|--?)\s+(?=(?:(?!\s(?:—|–|--?)\s).)*$)")
_WHOSE_SUBJECT = re.compile(r",\s+(whose\s+((?:[\w’'\-]+\s+){0,2}[\w’'\-]+))(?:\s+(?:also|have|has|had))?\s+$")


def _speaker_words(text: str, span: tuple[int, int]) -> bool:
    """Not a lone conjunction ("…, and also accused" shares the sentence's subject), nor a phrase ending
    in a preposition or a count ("leads Lopes 312 to 287 in council seats"); "six in 10" is a share."""
    words = text[span[0]:span[1]].split()
    last = words[-1].lower()
    if len(words) == 1 and last in CONJUNCTIONS or last in ("and", "or", "but", "nor", "most", "first", "least") or last in PREPOSITIONS:
        return False  # "… stood beside his successor and described", "the most criticized move"
    if len(words) > 2 and any(w.lower() in ("has", "have", "had") for w in words[:-2]):
        return False  # "the skipper has throughout his campaign bragged": a verb phrase, not a speaker
    return not last.replace(",", "").isdigit() or len(words) > 1 and words[-2].lower() in ("in", "over", "under")
# "Few would admit this, but Sen. X (a Democrat so boyish …) says": a new clause, its own subject ("and" may end a list)
_WHICH_CLAUSE_BEFORE = re.compile(r",\s+which\s+(?=[^,;:“”\"()]{1,110}$)")
_BUT_CLAUSE = re.compile(r"\s*(?:but|yet)\s+")
# An infinitive of purpose after a complete clause: ", to tell", "but only to tell", "here to say", "ready to
# tell" -- not "my intent is only to say", a copula
_PURPOSE_TO = re.compile(r"(?<!\bis)(?<!\bwas)(?:,|\s(?:only|here|there|ready))\s+to\s+$")
_THEN_CUE = re.compile(r",\s+(?:and\s+)?then\s+$")
# Things that carry words: "held up a sign saying", "a banner saying", "a voice-over saying"
_THING_SAYING = re.compile(r"\b((?:a|an|the)\s+(?:[\w’'\-]+\s+){0,2}?(?:signs?|banners?|headline|placards?|posters?|"
                           r"t-shirts?|shirts?|voice[\s-]?over|billboards?))\s+$")
_SHARE_OF_SAYING = re.compile(r"\b(?:share|proportion|percentage|number)\s+of\s+((?:[\w’'\-]+\s+){0,4}?"
                              r"(?:voters|Americans|Democrats|Republicans|independents|respondents|adults|people|supporters))\s+$")
_NOT_SAYING = re.compile(r"(?:\b(?:isn|wasn|aren|weren)[’']t|\b(?:is|was|are|were)\s+not|[’']s\s+not|[’']re\s+not)\s+$")
_IN_WHICH_SUBJECT = re.compile(r"\b(?:in|during)\s+which\s+(he|she|they|(?:[A-Z][\w’'.\-]+\s+){0,2}[A-Z][\w’'\-]+)"
                               r"(?:\s+(?:also|later|repeatedly|again|has|had|have))?\s+$")
# Care, haste or a platform taken before "to": "took pains to", "took to Twitter to", "went out of his way to"
_TAKING_CARE = (r"took\s+pains|(?:is|are)\s+taking\s+pains|took\s+to\s+(?:Twitter|Facebook|Instagram|the\s+(?:floor|stage|airwaves))|"
                r"went\s+out\s+of\s+(?:his|her|their|its)\s+way")
# Frames before "say"/"tell" whose subject is the speaker: a refusal ("would not say whether", "declined to say
# who"), a continuation ("went on to say"), care or haste ("took pains to say", "took to Twitter to say"), a
# poll's leaning ("were more likely to say")
_WITHHELD_OR_GOES_ON = re.compile(r"\b(?:((?:would|will|could|did|does|do)\s+not|wouldn[’']t|won[’']t|didn[’']t|couldn[’']t)|"
                                  r"(?:declined|refused|(?:went|goes|go)\s+on|hastened|(?:was|were)\s+(?:quick|careful)|"
                                  + _TAKING_CARE + r")\s+to|"
                                  r"(?:were|was|are|is)\s+(?:(?:slightly|much|far)\s+)?(?:more|less)\s+likely\s+to)\s+$")
# The same frames of going on, haste or care before any other cue: "went on to criticize", "was quick to point out",
# "are all quick to add", "went out of his way to praise"
_GOES_ON_TO = re.compile(r"\b(?:(?:went|goes|go)\s+on|hastened|(?:was|were|is|are)(?:\s+all)?\s+(?:quick|careful)|"
                         + _TAKING_CARE + r")\s+to\s+$")
# Base forms of the cues (what follows "to"): "to explain", "to point", "to criticize"
_BASE_CUES = frozenset(w for w in CLAUSE_CUES | OBJECT_CUES if not w.endswith(("ed", "s")) or w in ("stress", "express", "address"))
# A document issued "saying" what it says, no comma: "issued a statement saying", "sent a fundraising email
# Wednesday saying", "emailed supporters saying"
_ISSUED_SAYING = re.compile(r"\b(?:issued|released|put\s+out|sent(?:\s+out)?|posted|published|emailed|e-mailed)\s+"
                            r"(?:(?:(?:a|an|the)\s+)?(?:[\w’'\-]+\s+){0,2}?(?:statement|e-?mail|letter|memo|message|note|"
                            r"release|tweet|video|ad)|supporters|members|reporters)"
                            r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s+$")
_WITH_SHARE = re.compile(r"with(?<=\bwith)\s+((?:[\w%’'\-]+\s+){1,12})$")  # the word first: re skips ahead to it
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
    """'…, Lind said Tuesday in Braga, noting …', '…, said Rui Lopes, chairman of the port, noting …',
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
        return before  # "…, Lind said Tuesday in Braga, noting", "…,” he told reporters, adding"
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
# What opens a subject's relative clause or participle phrase
_SUBJECT_MODIFIERS = ("who|whose|that|briefed|familiar|close|privy|involved|interviewed|surveyed|polled|speaking|posted|"
                      "issued|released|seen|obtained|published")
# A plural or unnamed speaker with what describes it after the noun: "people who have battled online threats
# say", "sources close to her campaign say", "People briefed on the situation say", "progressive groups that
# have endorsed him say", "A statement posted on the website said"
_MODIFIED_SUBJECT = re.compile(
    r"((?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Mm]ost|[Mm]ultiple|[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree|[Nn]umerous|[Tt]hose)\s+)?"
    r"(?:(?!(?:who|whose|that|and|or|but)\b)[\w’'\-]+\s+){0,3}?"
    r"(?:[Pp]eople|[Tt]hose|[Oo]thers|[Ss]ources|[Oo]fficials|[Aa]nalysts|[Aa]ides|[Mm]embers|[Dd]onors|[Dd]elegates|[Ee]xperts|"
    r"[A-Za-z][a-z]{2,}(?:ers|ists|ants|ents|ans|ics|ors|ees|ives|als|ies|ates|ons)|"
    r"[A-Z][a-z]+(?:ans|ats|ists)|statement|memo|report|letter|spokesman|spokeswoman|spokesperson))"
    r"(\s+(?:%s)\s+[^,;:“”\"()—–]{3,140})$" % _SUBJECT_MODIFIERS)
# One of them in the window before the cue: without it, the clause has no modified subject (most have none)
_SUBJECT_MODIFIER = re.compile(r"\s(?:%s)\s" % _SUBJECT_MODIFIERS)


def _modified_subject(text: str, s: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker phrase of a clause whose subject carries a relative clause or a participle:
    the whole phrase ("people who have fought earlier floods"), nobody by name."""
    s = _after_dateline(text, s, cue_start)
    window = max(s, cue_start - 170)
    if not _SUBJECT_MODIFIER.search(text, window, cue_start):
        return None  # (the phrase is searched for within the window)
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
# Where a poll's clause starts: after a comma, semicolon, colon, dash or "in which" ("a town in which 58
# percent of residents say")
# (its first character matched first, what it was tested behind it: re skips ahead to one of them)
_POLL_CLAUSE = re.compile(r"[,;:\siw](?:(?<=[,;:])|(?<=\s)[—–-]|n(?<=\bin)\s+which|here(?<=\bwhere)|s(?<=\bis)\s+that)\s+")  # "… in her favor is that 78 percent …"


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


def _topic_intro(text: str, s: int, np_start: int) -> bool:
    """'Of Sanders, McCaskill said …', 'Claiming the criticism is unfair, Trump told Fox that …': an opening
    phrase before the speaker of reported speech (a quotation after it keeps the phrase as its frame)."""
    words = text[s:np_start].split()
    if not words:
        return False
    first = words[0].lower()
    return first == "of" or first.endswith("ing") and words[0][:1].isupper() and len(first) > 5
