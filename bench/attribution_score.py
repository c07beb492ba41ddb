"""Score `bot.quotes.extract_quotes` against PolNeAR gold attributions (brat stand-off files).

    python bench/attribution_score.py [SPLIT_DIR ...] [--errors N]

SPLIT_DIR defaults to ../shared/eval/polnear/dev. One annotator per document: the first of its
`_XXXX` suffixes in sorted order, so runs are comparable. `--part holdout` keeps only the quarter of
documents (by a stable hash of their name) that rule work never looks at; `--part study` the rest.

Definitions (issue 3):
- a gold attribution is *speech* when its cue contains a verb of saying (or "according to") or its
  content contains double quote marks; it is *direct* when its content is a quotation: it opens
  with a double quote mark (partial quotes inside reported speech are speech, not direct);
- a prediction matches a gold content span when the character overlap covers >= 30% of the gold
  span and >= 50% of the prediction;
- precision: predictions matching any gold attribution (speech or not);
- speaker accuracy: matched predictions with a speaker whose mention overlaps the gold source span
  or whose resolved name shares a word with it; "strict" also counts matched predictions left
  without a speaker as wrong.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from dataclasses import dataclass, field, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from bot.quotes import ExtractedQuote, extract_quotes  # noqa: E402

DEFAULT_SPLIT = PROJECT_ROOT.parent / "shared" / "eval" / "polnear" / "dev"

SPEECH_LEMMAS = frozenset(
    """say tell add note state stress urge reiterate warn emphasize emphasise express advocate
    pledge affirm write tweet ask argue claim announce explain declare insist respond reply
    suggest acknowledge admit recall comment remark mention promise vow deny repeat assert
    contend confirm predict complain call describe accuse charge testify proclaim
    report speak talk criticize criticise demand praise caution protest blast slam tout concede
    boast threaten question counter allege reveal disclose inform assure condemn denounce lament
    quip joke shout yell chant plead beg recount recommend propose point retort hint reaffirm
    announce maintain observe cite""".split()
)
_IRREGULAR = {"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
              "telling": "tell", "wrote": "write", "written": "write", "writes": "write",
              "writing": "write"}
# A lone ” opening a quotation occurs in careless copy; it is a quotation all the same.
_DOUBLE_QUOTES = re.compile(r"“[^”]*”?|”[^“”]+”|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?|``.*?(?:''|$)|''.*?(?:''|$)", re.S)


def _lemma(word: str) -> str:
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            # "admitted" -> "admit", "slammed" -> "slam": undo the doubled final consonant
            undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
            for candidate in (stem, stem + "e", undoubled):
                if candidate in SPEECH_LEMMAS:
                    return candidate
    return word


def is_speech_cue(cue: str) -> bool:
    low = cue.lower()
    return "according to" in low or any(_lemma(w) in SPEECH_LEMMAS for w in re.findall(r"[A-Za-z]+", low))


_OPENING_MARKS = ("“", '"', "«", "„", "``", "''", "”")


@dataclass(slots=True)
class GoldAttribution:
    content: frozenset[int]
    source: frozenset[int]
    cue: str
    content_text: str
    speech: bool
    direct: bool


@dataclass(slots=True)
class Document:
    name: str
    text: str
    gold: list[GoldAttribution]


def _spans(field_text: str) -> list[tuple[int, int]]:
    return [tuple(map(int, part.split())) for part in field_text.split(";")]  # type: ignore[misc]


def _chars(spans: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for a, b in spans for i in range(a, b))


def load_document(text_path: Path, ann_path: Path) -> Document:
    text = text_path.read_text(encoding="utf-8")
    spans: dict[str, list[tuple[int, int]]] = {}
    gold: list[GoldAttribution] = []
    events: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _spans(parts[1].split(" ", 1)[1])
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(role.split(":", 1) for role in parts[1].split()))
    for roles in events:
        content_spans = sorted(s for key, tid in roles.items() if key.startswith("Content") for s in spans.get(tid, []))
        if not content_spans:
            continue
        cue = " ".join(text[a:b] for a, b in spans.get(roles.get("Cue", ""), []))
        content_text = " ".join(text[a:b] for a, b in content_spans)
        direct = content_text.lstrip().startswith(_OPENING_MARKS)
        speech = is_speech_cue(cue) or bool(_DOUBLE_QUOTES.search(content_text))
        gold.append(GoldAttribution(
            content=_chars(content_spans), source=_chars(spans.get(roles.get("Source", ""), [])),
            cue=cue, content_text=content_text, speech=speech, direct=direct))
    return Document(text_path.stem, text, gold)


def held_out(base: str) -> bool:
    """A stable quarter of the documents, kept unseen while rules are written."""
    return zlib.crc32(base.encode("utf-8")) % 4 == 0


def load_split(split_dir: Path, part: str = "all") -> list[Document]:
    chosen: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        if part != "all" and held_out(base) != (part == "holdout"):
            continue
        chosen.setdefault(base, ann)  # first annotator in sorted order: deterministic
    docs = []
    for base, ann in sorted(chosen.items()):
        text_path = split_dir / "text" / f"{base}.txt"
        if text_path.exists():
            docs.append(load_document(text_path, ann))
    return docs


def matches(pred: frozenset[int], gold: frozenset[int]) -> bool:
    overlap = len(pred & gold)
    return overlap >= 0.3 * len(gold) and overlap >= 0.5 * len(pred) and overlap > 0


def speaker_correct(quote: ExtractedQuote, text: str, source: frozenset[int]) -> bool:
    if not source:
        return False
    if quote.speaker_start is not None and quote.speaker_end is not None:
        if any(i in source for i in range(quote.speaker_start, quote.speaker_end)):
            return True
    if quote.speaker:
        source_words = set(re.findall(r"\w+", "".join(text[i] for i in sorted(source)).lower()))
        return bool(source_words & set(re.findall(r"\w+", quote.speaker.lower())))
    return False


@dataclass(slots=True)
class Scores:
    documents: int = 0
    predictions: int = 0
    matched_predictions: int = 0
    speech_gold: int = 0
    speech_found: int = 0
    direct_gold: int = 0
    direct_found: int = 0
    speaker_judged: int = 0  # matched, gold has a source, prediction names a speaker
    speaker_correct: int = 0
    speaker_missing: int = 0  # matched, gold has a source, prediction has no speaker
    speaker_resolved: int = 0  # judged ones whose speaker was resolved to a name
    speaker_resolved_correct: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predictions / max(1, self.predictions)

    @property
    def recall(self) -> float:
        return self.speech_found / max(1, self.speech_gold)

    @property
    def direct_recall(self) -> float:
        return self.direct_found / max(1, self.direct_gold)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / max(1, self.speaker_judged)

    @property
    def speaker_accuracy_strict(self) -> float:
        """Unresolved speakers ("he" left unresolved) counted as wrong, not as a matching mention."""
        return self.speaker_resolved_correct / max(1, self.speaker_judged + self.speaker_missing)

    @property
    def speaker_accuracy_resolved(self) -> float:
        """Of the speakers the bot would show by name, how many are right."""
        return self.speaker_resolved_correct / max(1, self.speaker_resolved)

    def summary(self) -> str:
        return (f"docs={self.documents} predictions={self.predictions} "
                f"precision={self.precision:.3f} recall={self.recall:.3f} ({self.speech_found}/{self.speech_gold}) "
                f"direct_recall={self.direct_recall:.3f} ({self.direct_found}/{self.direct_gold}) "
                f"speaker_accuracy={self.speaker_accuracy:.3f} (of named speakers {self.speaker_accuracy_resolved:.3f} "
                f"[{self.speaker_resolved_correct}/{self.speaker_resolved}]; strict, unresolved as wrong {self.speaker_accuracy_strict:.3f}) "
                f"extract={self.documents / max(self.seconds, 1e-9):.0f} docs/s")


def combined(parts: list[Scores]) -> Scores:
    """The counts of several scored sets added up, as if their documents had been scored as one set."""
    total = Scores()
    for part in parts:
        for f in fields(Scores):
            if f.name != "errors":
                setattr(total, f.name, getattr(total, f.name) + getattr(part, f.name))
    return total


def score_documents(docs: list[Document], keep_errors: int = 0) -> Scores:
    scores = Scores(documents=len(docs))
    for doc in docs:
        started = time.perf_counter()
        quotes = extract_quotes(doc.text)
        scores.seconds += time.perf_counter() - started
        found: set[int] = set()
        for quote in quotes:
            pred = frozenset(range(quote.start, quote.end))
            hits = [i for i, g in enumerate(doc.gold) if matches(pred, g.content)]
            scores.predictions += 1
            if not hits:
                if len(scores.errors) < keep_errors:
                    scores.errors.append(f"FP {doc.name} [{quote.cue}] {quote.speaker}: {quote.text[:160]!r}")
                continue
            scores.matched_predictions += 1
            found.update(hits)
            sources = [doc.gold[i].source for i in hits if doc.gold[i].source]
            if not sources:
                continue
            if quote.speaker_start is None and quote.speaker is None:
                scores.speaker_missing += 1
                continue
            scores.speaker_judged += 1
            correct = any(speaker_correct(quote, doc.text, s) for s in sources)
            if quote.speaker is not None:
                scores.speaker_resolved += 1
                scores.speaker_resolved_correct += correct
            if correct:
                scores.speaker_correct += 1
            elif len(scores.errors) < keep_errors:
                src = "".join(doc.text[i] for i in sorted(sources[0]))
                mention = doc.text[quote.speaker_start:quote.speaker_end] if quote.speaker_start is not None else None
                scores.errors.append(f"SPK {doc.name} gold={src!r} pred={quote.speaker!r}/{mention!r}: {quote.text[:100]!r}")
        for i, g in enumerate(doc.gold):
            if g.speech:
                scores.speech_gold += 1
                scores.speech_found += i in found
                if i not in found and len(scores.errors) < keep_errors:
                    scores.errors.append(f"FN {doc.name} [{g.cue}] direct={g.direct}: {g.content_text[:160]!r}")
            if g.direct:
                scores.direct_gold += 1
                scores.direct_found += i in found
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", type=Path, default=[DEFAULT_SPLIT])
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses and false positives")
    parser.add_argument("--part", choices=("all", "study", "holdout"), default="all",
                        help="the documents rules may be studied on, or the held-out quarter")
    args = parser.parse_args(argv)
    every: list[Scores] = []
    for split in args.splits:
        scores = score_documents(load_split(split, args.part), keep_errors=args.errors)
        for line in scores.errors:
            print(line)
        print(f"{split} [{args.part}]: {scores.summary()}")
        every.append(scores)
    if len(every) > 1:  # the splits' documents as one set (the held-out quarters of dev and train together)
        print(f"together [{args.part}]: {combined(every).summary()}")


if __name__ == "__main__":
    main()
