"""Find who said what in one article: direct quotes, reported speech, and their speakers.

Rules, not a model: quotation marks and cue verbs locate the content, a short noun phrase next to
the cue is the speaker mention, `speakers.resolve_mention` turns it into a person. A quote with no
cue nearby is left out rather than attributed by proximity.

Stages, each a module (lower ones know nothing of higher ones): `text` (paragraphs, sentences, quote
marks), `cues` (cue words and whether a form is the verb), `subjects` (speaker noun phrases), `content`
(where reported content starts and stops), `frames` (the frame around a quotation), `leading` and
`trailing` (the speaker of a cue before or after its content), `relatives`, `sayers`, `second_acts`,
`nouns` and `headlines` (rarer shapes), `reported` (reported speech of one sentence), then here:
candidates from every stage, the best of the overlapping ones, and `speakers`/`pronouns` to name them.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace

from bot.quotes.candidate import _Candidate
from bot.quotes.content import _CALL, _DASH_ASIDE_BEFORE
from bot.quotes.cues import _cues, _verb_use
from bot.quotes.frames import (_RELATIVE_BEFORE, _after_attribution, _inscription_before, _shouted_before, _bare_cue_sentence, _before_attribution, _colon_intro,
                               _colon_sentence_quote, _colon_subject, _crowd_cry_before, _dash_name, _lead_end)
from bot.quotes.headlines import _TITLE_SMALL_WORDS, _headline_claim, _headline_verb_positions
from bot.quotes.lexicon import CLAUSE_CUES, JUDGING_CUES, PARTICIPLE_CUES, QUOTE_PARTICIPLES, PRONOUNS, QUOTE_CUES, TITLE_WORDS
from bot.quotes.model import ExtractedQuote
from bot.quotes.nouns import (_DECLARED_WINNER, _FRAME_TOPIC_CUES, _FRONTED_TOPIC_WORDS, _declared_winner, _frame_topics,
                              _manner_positions, _manner_that, _object_as_quoted, _passive_judged, _passive_judged_positions,
                              _quoted_object, _reported_by, _reported_by_positions, _speech_noun_positions, _speech_noun_that,
                              _speech_nouns)
from bot.quotes.pronouns import Referents
from bot.quotes.reported import _reported
from bot.quotes.second_acts import _second_act_at
from bot.quotes.spans import (_OPENING, _clause_start, _find_all, _inside, _inside_marks, _inside_quote_marks, _strip_end,
                              _to_closing_mark)
from bot.quotes.speakers import Cast, common_word, resolve_mention
from bot.quotes.subjects import _FINITE, _QUOTE_CHARS, _SAY, _SUBORDINATORS, _TELL, _nickname_at, _subject_before
from bot.quotes.text import QuoteSpan, paragraphs, quote_spans, sentences

_PARTICIPLE = re.compile(r",\s+(adding|saying|arguing|noting|insisting|warning|claiming|stressing|explaining|"
                         r"asserting|stating|suggesting|promising|vowing)(?:\s+that)?\s+")


def _any_within(positions: list[int], s: int, e: int) -> bool:
    i = bisect_left(positions, s)
    return i < len(positions) and positions[i] < e


def _goes_on_after_frame(text: str, mine: list[_Candidate], pending: list[QuoteSpan], b: int,
                         p: int) -> list[_Candidate]:
    """'“A” of the plan, Mr. Lee said. “B.”': a quotation closing its paragraph right after the frame of a
    partly quoted statement goes on with the same speaker's words."""
    last = pending[-1]
    if text[last.end:b].strip():
        return _goes_on_in_paragraph(text, mine, pending, p, b)
    for c in mine:
        if not (c.paragraph == p and c.kind == "mixed" and c.mention is not None and c.end <= c.mention[0]
                and c.cue and c.cue.lower() in QUOTE_CUES):
            continue
        after = [q for q in pending if q.start >= c.mention[1]]
        frame = text[c.end:after[0].start] if after else ""
        if after and len(frame) <= 80 and frame.rstrip().endswith(".") and not _inside_quote_marks(text, c.end, after[0].start):
            return [_Candidate(after[0].start, last.end, "direct", c.cue, c.mention, 1, p, inherit=c)]
    return _goes_on_in_paragraph(text, mine, pending, p, b)


_NOT_INHERITED_CUES = frozenset(["according to", *"reported reports report asked asks ask questioned citing cited".split()])
# A clause after the attribution with a subject of its own, who may be the one quoted next
_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas|although|though|yet|and|as)\s|"
                             r",\s+(?:a|an|the)\s+(?:claim|charge|view|position|statement|assertion|point)\s")

# The end of a sentence right before a quotation that opens the next one
_SENTENCE_END_BEFORE = re.compile(r"[.?!][”\"’']?[ \u00a0]+$")
_SENTENCE_BREAK = re.compile(r"[.?!][”\"’']?\s+[A-Z“\"‘]")


def _goes_on_in_paragraph(text: str, mine: list[_Candidate], pending: list[QuoteSpan], p: int,
                          b: int) -> list[_Candidate]:
    """'Lee touted the plan to the crowd. “B.”': whole quoted sentences right after the sentence of an attribution
    are the words of its speaker, as when they fill the next paragraph."""
    found = []
    for run in _quotation_runs(text, pending):
        first, last = run[0], run[-1]
        if len(text[first.start:last.end].split()) < 3 or not _closes_sentence(text, last, b):
            continue
        earlier = [c for c in mine if c.paragraph == p and c.end <= first.start and c.mention is not None]
        c = max(earlier, key=lambda c: c.end) if earlier else None
        if c is not None and _inherits(text, c, first):
            found.append(_Candidate(first.start, last.end, "direct", c.cue, c.mention, 1, p, inherit=c))
    return found


def _quotation_runs(text: str, quotes: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    """The quotations in runs with nothing but space between them ("“A.” “B.”")."""
    runs: list[list[QuoteSpan]] = []
    for q in quotes:
        if runs and not text[runs[-1][-1].end:q.start].strip():
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def _closes_sentence(text: str, q: QuoteSpan, b: int) -> bool:
    """The quotation ends its paragraph, or ends a sentence inside its marks and another opens after it."""
    if not text[q.end:b].strip():
        return True
    inner = text[q.start:q.end].rstrip(_QUOTE_CHARS + " ")
    return inner.endswith((".", "?", "!")) and _NEXT_SENTENCE.match(text, q.end) is not None


_NEXT_SENTENCE = re.compile(r"\s+[A-Z“\"‘]")


def _inherits(text: str, c: _Candidate, first: QuoteSpan) -> bool:
    """Whether quotation `first`, opening a sentence, goes on with the words of attribution `c` before it."""
    if (c.cue or "").lower() in _NOT_INHERITED_CUES:
        return False  # 'According to Reuters, …. “…”', 'X asked Y whether …. “…”': the source or the asker is not the speaker
    frame_end = max(c.end, c.mention[1], c.frame_end or 0)
    if (not _SENTENCE_END_BEFORE.search(text, max(frame_end, first.start - 3), first.start)
            or _SENTENCE_BREAK.search(text, frame_end, first.start - 2)):
        return False  # another sentence in between: "…,” Tom said. Betsy shook her head. “…”' is not Tom's
    if _ANOTHER_CLAUSE.search(text, frame_end, first.start):
        return False  # the sentence goes on after the attribution: ', but Scholz disagreed.' may hold another speaker
    # 'Trump assured Jones, after Jones assured him that …': the main clause's speaker is not the last
    return not any(w.lower() in _SUBORDINATORS for w in text[max(0, c.mention[0] - 30):c.mention[0]].split()[-2:])


# A line break inside a paragraph of hard-wrapped text: between two lines that are not blank
_WRAPPED_BREAK = re.compile(r"(?<=[^\r\n])\r?\n(?=[^\r\n])")


# Characters str.split takes for space that rules may not: form feeds, line and paragraph separators
_ODD_SPACE = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ODD_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _as_plain(text: str) -> str:
    """The text every rule reads: a no-break space is a space ('“…,”\xa0added Lee'), and so is a line
    break inside a hard-wrapped paragraph (lines cut at a fixed width, as in plain-text files and e-mail)."""
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    if _ODD_SPACE.search(text):  # rules strip " " and split on all space: the two must agree on what space is
        text = _ODD_SPACE.sub(lambda m: "\n" if m.group() in _ODD_BREAKS else " ", text)
    return _WRAPPED_BREAK.sub(lambda m: " " * len(m.group()), text) if _hard_wrapped(text) else text


def _hard_wrapped(text: str) -> bool:
    """Most lines end near one width: a file wrapped at 60–100 columns, not paragraphs one to a line."""
    if text.count("\n") < 4:
        return False
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    if len(lengths) < 4 or max(lengths) > 110:
        return False
    full = sum(1 for n in lengths if n >= 45)
    return full >= 0.6 * len(lengths)


class _Sentences:
    """The sentences of each paragraph, split when a rule first reads them: about half the paragraphs hold no cue,
    quotation or rare pattern, and no rule reads theirs."""

    __slots__ = ("text", "paras", "_spans", "_starts")

    def __init__(self, text: str, paras: list[tuple[int, int]]) -> None:
        self.text, self.paras = text, paras
        self._spans: list[list[tuple[int, int]] | None] = [None] * len(paras)
        self._starts: list[list[int] | None] = [None] * len(paras)

    def __getitem__(self, p: int) -> list[tuple[int, int]]:
        spans = self._spans[p]
        if spans is None:
            spans = self._spans[p] = sentences(self.text, *self.paras[p])
        return spans

    def starts(self, p: int) -> list[int]:
        starts = self._starts[p]
        if starts is None:
            starts = self._starts[p] = [s for s, _ in self[p]]
        return starts


def extract_quotes(text: str) -> list[ExtractedQuote]:
    """Attributed quotes and reported speech of one article, in document order."""
    if not text:
        return []
    plain = _as_plain(text)
    if plain != text:
        # one character for one, so the offsets hold; the quotes keep the text as given
        return [replace(q, text=text[q.start:q.end]) for q in extract_quotes(plain)]
    paras = paragraphs(text)
    quotes = quote_spans(text, paras)
    quotes = [q for q in quotes if _nickname_at(text, q.start) != q.end]  # 'Ana "Nina" Rocha' quotes nobody
    by_para: dict[int, list[QuoteSpan]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    candidates: list[_Candidate] = []
    doc_cues = _cues(text, asked=True)
    cue_starts = [m.start() for m in doc_cues]
    para_sents = _Sentences(text, paras)
    # rare patterns found once per document, so that most sentences skip their rules
    noun_at = _speech_noun_positions(text)
    topic_at = sorted([m.start() for m in doc_cues if m.group().lower() in _FRAME_TOPIC_CUES]
                      + [i for w in _FRONTED_TOPIC_WORDS for i in _find_all(text, w)])  # "speaking of …", "Lamenting …"
    winner_at = [i for i in _find_all(text, "declared the ") if _DECLARED_WINNER.search(text, max(0, i - 12), i + 30)]
    reported_by_at = _reported_by_positions(text)  # "… was first reported by the Post"
    judged_at = _passive_judged_positions(text)  # "… has been criticized for …"
    manner_at = sorted(_manner_positions(text))  # "… joked that …", "… speculated that …"
    rare_finders = ((topic_at, _frame_topics), (noun_at, _speech_nouns), (winner_at, _declared_winner),
                    (reported_by_at, _reported_by), (judged_at, _passive_judged), (manner_at, _manner_that))
    rare_at = sorted(i for positions, _ in rare_finders for i in positions)  # one test for most sentences, not six
    # the rules of quoted objects, speech nouns and "as" descriptions need a quotation opening inside the sentence
    quote_starts = [q.start for q in quotes]
    last_in_para: dict[int, _Candidate] = {}
    headline_at = _headline_verb_positions(text)

    for p, (a, b) in enumerate(paras):
        first_of_para = len(candidates)
        group: _Candidate | None = None
        pending: list[QuoteSpan] = []
        qs = by_para.get(p, [])
        for k, q in enumerate(qs):
            q_para_end = paras[q.last_paragraph][1]
            limit = qs[k + 1].start if k + 1 < len(qs) else q_para_end
            # the last sentence opening at or before the quote (sentences are in order: bisect, not a scan per quote)
            starts = para_sents.starts(q.paragraph)
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
                group.frame_end = q.end  # '“A,” Reis told Radio Norte’s “Tide” on Monday. “B”': the frame goes on
                continue
            if (after is None and group is not None and _titled_in_frame(text, prev_end, q)
                    and not _crowd_cry_before(text, sent_start, q)):  # 'calls of “Feel the Heat”' is no title
                continue  # '“A,” he told “Harbour Hour”', '…, she wrote in her memoir, “Low Tide.”': a title
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
            shouted = _shouted_before(text, sent_start, q)
            if shouted:
                # 'many marchers chanting “…”', 'the crowd chanted “…” at him': shouted words; whose, only
                # when the verb's subject stands right before it
                found = _subject_before(text, sent_start, shouted.start())
                mention = found[0] if found and not found[2] and not text[found[0][1]:shouted.start()].strip() else None
                candidates.append(_Candidate(q.start, q.end, "direct", shouted.group(1), mention, 2, p, quoted=q.end - q.start))
                continue
            cry = _crowd_cry_before(text, sent_start, q)
            if cry:
                # 'the crowd broke into chants of “Lock him up!”': shouted words, whose is not sure (speaker
                # left unnamed); before a clause that reports them with its own words after ('responded
                # with chants of “…” until …')
                candidates.append(_Candidate(q.start, q.end, "direct", cry, None, 2, p, quoted=q.end - q.start))
                continue
            chant = _inscription_before(text, sent_start, q)
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
        headline = _headline_claim(text, a, b, p) if _any_within(headline_at, a, b) else None
        if headline:
            candidates.append(headline)
        # reported speech in the sentences of this paragraph: none where the paragraph holds no cue, quotation or
        # rare pattern (about half of them), so its sentences are not even split
        read = _any_within(cue_starts, a, b) or _any_within(quote_starts, a, b + 1) or _any_within(rare_at, a, b)
        for s, e in (para_sents[p] if read else ()):
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
            if _any_within(quote_starts, s + 1, e + 1):
                candidates.extend(_quoted_object(text, s, e, p, quotes))
                candidates.extend(_speech_noun_that(text, s, e, p, quotes))
                candidates.extend(_object_as_quoted(text, s, e, p, quotes))
            if _any_within(rare_at, s, e):
                for positions, finder in rare_finders:
                    if _any_within(positions, s, e):
                        candidates.extend(finder(text, s, e, p, quotes))
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

# Content that is only a time: "a few years earlier", "two weeks ago", "last month", "earlier this year"
_WHEN_ONLY = re.compile(r"(?:(?:a\s+few|a|one|two|three|four|five|six|several|many|some|\d+)\s+(?:\w+\s+)?"
                        r"(?:years?|months?|weeks?|days?|decades?|hours?)\s+(?:earlier|ago|before|later)"
                        r"|(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year|day)"
                        r"|(?:last|this|that|the\s+previous|the\s+next)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)"
                        r"|years\s+(?:earlier|ago|before|later)|(?:long\s+)?before\s+that|at\s+the\s+time)", re.I)


# A set phrase with a verb of saying that reports nobody's words: "All told, 5,000 people came"
_SET_PHRASE_BEFORE = re.compile(r"\b(?:[Aa]ll\s+told|[Tt]ruth\s+be\s+told|[Nn]eedless\s+to\s+say|"
                                r"[Ss]uffice\s+it\s+to\s+say),?\s*$")

# Verbs that frame a quotation ("“…,” she continued", "he laughed: “…”") but report no content of their own:
# "Today, despite the talks, the feud continues" says nothing anybody said
_QUOTATION_ONLY_CUE = re.compile(r"(?:continu|laugh|smil|chuckl|sigh)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:”\"]\s+|\n\s*)$")


_BARE_REFERENCES = frozenset("it that this them these those".split())
_VERB_AFTER_PARTICIPLE = frozenset("was were is are include included includes".split())


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
    if _WHEN_ONLY.fullmatch(content):
        return True  # "As Lind wrote a few years earlier, “…”": when it was written, the words are the quotation
    if ((text.find("told", max(0, c.start - 25), c.start) >= 0 or text.find("say", max(0, c.start - 25), c.start) >= 0)
            and _SET_PHRASE_BEFORE.search(text, max(0, c.start - 25), c.start)):  # (a set phrase ends in one of them)
        return True
    if _opening_subordinate_only(text, c.start, content):
        return True
    words = content.split()
    if len(words) == 1 and words[0].lower() in _BARE_REFERENCES:
        return True  # "We're still discussing that", "he reiterated them": nothing a reader could quote
    if words and words[0] in _VERB_AFTER_PARTICIPLE and (c.cue or "").lower().startswith("discuss"):
        return True  # "Topics discussed included …": a participle describing the topics, no report
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


def _looks_like_title(text: str, q: QuoteSpan) -> bool:
    """A quotation of a few capitalised words: a show, book or slogan ("Fox and Friends", "Tough Choices")."""
    words = re.findall(r"[A-Za-z][\w’'\-]*", text[q.start:q.end])
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _titled_in_frame(text: str, prev_end: int, q: QuoteSpan) -> bool:
    """A short quoted title in a quotation's frame, named as a medium: '“A,” he told “Harbour Hour”',
    'she wrote in her memoir, “Low Tide.”' -- not a further quotation."""
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
    if _someone_else_acts(text, group, frame_end, q_start):
        return False
    if rest.rstrip().endswith(":") and _colon_sentence_frame(text, frame_end, q_start):
        return False  # '“A,” X said on the radio. Later that day, X went further: “B”': B has a frame of its own
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


# A sentence opening with a name of two capitalised words or more ("Deputy Mayor Ines Holm shook her head.")
# (after a word in lower case: "Sen. Ted Cruz", "Calif. Gov. Jerry Brown" open no sentence)
_NAMED_SENTENCE = re.compile(r"(?<=[a-z]{2})(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})[.?!][”\"’']?\s+"
                             r"((?:[A-Z][\w’'\-.]*\s+){1,4})(?=[a-z])")
_NOT_A_NAME_OPENING = frozenset("""the a an in on at but and or so then after when while as it this that there later
    meanwhile still yet also now""".split())


def _someone_else_acts(text: str, group: _Candidate, start: int, end: int) -> bool:
    """A sentence between two quotations whose subject is somebody else by name ("Deputy Mayor Ines Holm shook
    her head.", "Then Kuleba took the floor."): the next quotation may be that person's, not more of the first
    speaker's."""
    if group.mention is None:
        return False
    speaker_words = set(text[group.mention[0]:group.mention[1]].lower().replace("’s", "").split())
    for m in _NAMED_SENTENCE.finditer(text, max(0, start - 2), end):  # the frame may end after its full stop
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_A_NAME_OPENING:
            words = words[1:]
        named = {_POSSESSIVE_END.sub("", w.lower()) for w in words} - TITLE_WORDS  # "Deputy Mayor Ines Holm" after "Mayor Tomas Berg"
        if not named or speaker_words & named:
            continue
        if len(words) > 1 or not (words[0].lower() in PRONOUNS or common_word(text, words[0])):
            return True  # (one word: a name only when the article never writes it in lower case)
    return False


_POSSESSIVE_END = re.compile(r"[’']s?$")


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
        return False  # '," wrote the authors of the “Harbour Plan,”': part of the speaker's name
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


def _object_of_relative(text: str, start: int) -> bool:
    """A name right after "who <verb>" is what the clause is about, not who speaks ("Voters who backed Costa said")."""
    m = _RELATIVE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and not any(w in QUOTE_CUES or w in ("that", "as") for w in m.group(1).split())


def _resolve(text: str, accepted: list[_Candidate], paras: list[tuple[int, int]],
             quotes: list[QuoteSpan]) -> list[ExtractedQuote]:
    cast = referents = None  # the article's people, found at the first mention to resolve: some articles have none
    para_starts = [a for a, _ in paras]
    out: list[ExtractedQuote] = []
    for c in accepted:
        if c.inherit is not None:
            speaker, title, affiliation = c.inherit.resolved
        elif c.mention is not None and c.referent is None and _object_of_relative(text, c.mention[0]):
            speaker = title = affiliation = None  # 'Voters who backed Ana Costa said, “…”': not Costa
            c.mention = None
        elif c.mention is not None:
            if cast is None:
                cast = Cast.of(text)
                referents = Referents.of(text, cast, quotes, paras)
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
