"""Claims in title-case headlines: 'Mayor Gomes Promises New Bridge', '…, Senator Says.'"""
from __future__ import annotations

import re

from bot.quotes.candidate import _Candidate
from bot.quotes.spans import _find_all, _strip_end
from bot.quotes.speakers import letter_runs
from bot.quotes.subjects import _np_ok


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
# Each verb the two patterns above know, by its letters after the capital ("ays" of "Says"): with a space or the
# end after it, these are one of the article's runs of lower-case letters
_HEADLINE_VERBS_BY_TAIL = {w[1:]: w for w in """Say Says Said Tell Tells Told Explain Explains Asks Blast Blasts
    Slam Slams Promise Promises Pledge Pledges Vow Vows Announce Announces Reveal Reveals Warn Warns Accuse Accuses
    Declare Declares Predict Predicts Admit Admits Insist Insists Tout Touts Rips Knocks Mocks""".split()}
_HEADLINE_ADVERB = re.compile(r" (?:Just|Now|Also|Again|Finally|Reportedly|Quietly)$")  # "Gomes Just Said": not the name


def _headline_verb_positions(text: str) -> list[int]:
    """Where a headline claim's verb may be (" Says", " Told"), in order: only a paragraph holding one is tried.
    str.find looks only for the verbs whose letters the article writes at all (most articles have none)."""
    tails = letter_runs(text).intersection(_HEADLINE_VERBS_BY_TAIL)
    return sorted(i for tail in tails for i in _find_all(text, " " + _HEADLINE_VERBS_BY_TAIL[tail]))


def _headline_claim(text: str, a: int, b: int, para: int) -> _Candidate | None:
    """The claim of a one-line title-case headline with "Says" or another cue verb in it (lower-case cues are
    found elsewhere)."""
    end = _strip_end(text, a, b)
    if _headline_run(text, a, end) and _headline_case(text[max(a, end - 80):end]) and (
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
    if trailing:  # "‘Budget Wizard’ Lopes Is Like A Sailor Without A Map, Eva Lind Says."
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
        return None  # "Reis Says No To Radio Norte": a refusal, not a claim
    second = _HEADLINE_SECOND.search(text, start, end)
    stop = _strip_end(text, start, second.start() if second else end)
    if len(text[start:stop].split()) < 2:
        return None
    return _Candidate(start, stop, "indirect", says.group().strip(), speaker, 3, para)


def _headline_run(text: str, a: int, end: int) -> bool:
    """_HEADLINE_RUN in text[a:end]; str.find first rules out most paragraphs (re tests every digit)."""
    return ((text.find("AM", a, end) >= 0 or text.find("PM", a, end) >= 0 or text.find("—", a, end) >= 0
             or text.find("–", a, end) >= 0 or text.find("|", a, end) >= 0) and _HEADLINE_RUN.search(text, a, end) is not None)


def _headline_case(words_text: str) -> bool:
    """Most words capitalised, as in a headline ("Mayor Praises Local Reporter")."""
    words = [w for w in words_text.split() if w[:1].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
_TITLE_SMALL_WORDS = frozenset("a an the of and or for in on to at with".split())
