"""The `nlp` evaluator: the pipeline's figures on the fixed held-out splits.

NER: exact-span P/R/F1 per type on the first 1,000 GermEval test sentences.
UD: UPOS, STTS, morphology (whole feature set), Case, lemma, UAS/LAS and
sentence-boundary F1 on the 300 held-out UD sentences, run as documents of ten
sentences so the pipeline has to find the boundaries itself. Speed: words/s of
the whole pipeline on raw text in one process.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from lagebild.evaluation import Counts, EvalOptions, EvalReport, ScoreRow, evaluator
from lagebild.nlp.corpus.docs import group, ner_doc, ud_doc
from lagebild.nlp.corpus.labels import TYPES
from lagebild.nlp.corpus.records import NerSentence
from lagebild.nlp.corpus.splits import germeval_split, ud_split
from lagebild.nlp.loader import load_nlp

UD_DOC_SENTENCES = 10
SPEED_DOC_SENTENCES = 10
SPEED_ROUNDS = 3


def _spans(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label_) for e in doc.ents}


def ner_counts(gold: list[Doc], predicted: list[Doc]) -> dict[str, Counts]:
    """Exact-match span counts per type; labels outside PER/LOC/ORG/MISC count as errors."""
    counts = {label: Counts() for label in TYPES}
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = _spans(g), _spans(p)
        for span in ps:
            counts.setdefault(span[2], Counts())
            if span in gs:
                counts[span[2]].tp += 1
            else:
                counts[span[2]].fp += 1
        for span in gs - ps:
            counts[span[2]].fn += 1
    return counts


def _bare(doc: Doc) -> Doc:
    """The gold doc's words and spaces only: what the pipeline gets to see."""
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def case_accuracy(examples: list[Example]) -> float:
    """Share of tokens whose gold morphology has Case where the predicted Case agrees."""
    right = total = 0
    for eg in examples:
        for gold, pred in zip(eg.reference, eg.predicted, strict=True):
            wanted = gold.morph.get("Case", [])
            if wanted:
                total += 1
                right += pred.morph.get("Case", []) == wanted
    return right / total if total else 0.0


def _ud_figures(nlp: Language, gold_docs: list[Doc]) -> dict[str, float]:
    predicted = nlp.pipe(_bare(d) for d in gold_docs)
    examples = [Example(p, g) for p, g in zip(predicted, gold_docs, strict=True)]
    # The Scorer only scores (the pipeline already ran): spaCy's standard definitions.
    scores: dict[str, Any] = Scorer(nlp).score(examples)
    figures = {
        "pos_acc": scores.get("pos_acc"),
        "tag_acc": scores.get("tag_acc"),
        "morph_acc": scores.get("morph_acc"),
        "lemma_acc": scores.get("lemma_acc"),
        "dep_uas": scores.get("dep_uas"),
        "dep_las": scores.get("dep_las"),
        "sents_f": scores.get("sents_f"),
    }
    out = {k: round(float(v), 4) for k, v in figures.items() if v is not None}
    out["case_acc"] = round(case_accuracy(examples), 4)
    return out


def words_per_second(nlp: Language, sentences: list[NerSentence]) -> float:
    """Whole-pipeline throughput on raw text (tokenizer included), one process."""
    texts = [
        " ".join(" ".join(s.words) for s in sentences[i : i + SPEED_DOC_SENTENCES])
        for i in range(0, len(sentences), SPEED_DOC_SENTENCES)
    ]
    list(nlp.pipe(texts[:5]))  # warm-up: first calls allocate
    words = 0
    start = time.perf_counter()
    for _ in range(SPEED_ROUNDS):
        words += sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return words / (time.perf_counter() - start)


def seed_entities(nlp: Language, shared: Path) -> list[str]:
    """Entities the pipeline finds in the worked example, for the report's notes."""
    path = shared / "seed" / "article.txt"
    if not path.exists():
        return []
    doc = nlp(path.read_text("utf-8"))
    seen: dict[tuple[str, str], int] = {}
    for ent in doc.ents:
        key = (ent.text, ent.label_)
        seen[key] = seen.get(key, 0) + 1
    return [f"{text} [{label}] x{n}" for (text, label), n in sorted(seen.items())]


def evaluate_model(
    model: str | Path | Language | None, shared: Path, limit: int | None = None
) -> EvalReport:
    """All figures for one pipeline (a loaded Language, a name, a path, or the setting)."""
    nlp = model if isinstance(model, Language) else load_nlp(None if model is None else str(model))
    ner_gold = [ner_doc(nlp.vocab, s) for s in germeval_split(shared).heldout[:limit]]
    ner_pred = list(nlp.pipe(_bare(d) for d in ner_gold))
    counts = ner_counts(ner_gold, ner_pred)
    total = Counts()
    for c in counts.values():
        total.add(c)
    ud_sents = ud_split(shared).heldout[:limit]
    gold_docs = group([ud_doc(nlp.vocab, s) for s in ud_sents], UD_DOC_SENTENCES)
    figures: dict[str, float | int | str] = {
        "ner_p": round(total.precision, 4),
        "ner_r": round(total.recall, 4),
        "ner_f": round(total.f1, 4),
        **_ud_figures(nlp, gold_docs),
        "words_per_s": round(words_per_second(nlp, germeval_split(shared).heldout[:limit])),
        "ner_sentences": len(ner_gold),
        "ud_sentences": len(ud_sents),
        "pipeline": ",".join(nlp.pipe_names),
    }
    rows = [ScoreRow.from_counts(label, c) for label, c in counts.items()]
    rows.append(ScoreRow.from_counts("ALL", total))
    notes = ["seed entities: " + "; ".join(seed_entities(nlp, shared))]
    data = "GermEval 2014 test 1-1000 (NER); UD German GSD test 1-150 + PUD 1-150"
    return EvalReport(stage="nlp", data=data, rows=rows, figures=figures, notes=notes)


@evaluator("nlp")
def evaluate(options: EvalOptions) -> EvalReport:
    """`lagebild eval nlp` / `lagebild nlp-eval`: the extra option `model` picks a pipeline."""
    return evaluate_model(options.extra.get("model"), options.shared, options.limit)
