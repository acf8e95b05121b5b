"""Rebuild Lagebild's German spaCy pipeline from `shared/data`: one reproducible command.

    .venv/bin/python training/train.py --shared ../shared        (= `make model`)

Steps, each cached in `training/corpus` / `training/runs` (delete them to redo):
1. train floret vectors on the raw law text,
2. convert the corpora to DocBins (held-out splits excluded),
3. train the NER pipeline (configs/ner.cfg) and the UD pipeline (configs/ud.cfg),
4. assemble both into one pipeline and write it to src/lagebild/data/model/,
5. evaluate it on the held-out splits and print the report.
Seeds are fixed (spaCy 13, sampling 13); floret trains with 2 threads, so its
vectors, and hence the figures, reproduce within noise rather than bit for bit.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.language import Language

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from convert import convert  # noqa: E402  (training/ is a folder of scripts, not a package)
from vectors import build_vectors  # noqa: E402

from lagebild.nlp.components import CASE_FROM_DEPS  # noqa: E402

REPO = HERE.parent
MODEL_DIR = REPO / "src/lagebild/data/model"
KEEP_IN_MODEL_DIR = {"ATTRIBUTION.md"}
STATIC_VECTORS = {
    "ner": "--components.ner.model.tok2vec.embed.include_static_vectors",
    "ud": "--components.tok2vec.model.embed.include_static_vectors",
}


def spacy_train(
    name: str, corpus: Path, runs: Path, vectors: Path | None, overrides: list[str]
) -> Path:
    """Run `spacy train` on configs/<name>.cfg; returns the best model dir (cached)."""
    output = runs / name
    best = output / "model-best"
    if (best / "meta.json").exists():
        return best
    command = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(HERE / "configs" / f"{name}.cfg"),
        "--output",
        str(output),
        "--paths.train",
        str(corpus / f"{name}-train.spacy"),
        "--paths.dev",
        str(corpus / f"{name}-dev.spacy"),
    ]
    if vectors is not None:
        command += ["--paths.vectors", str(vectors)]
    else:
        command += [STATIC_VECTORS[name], "false"]
    subprocess.run(command + overrides, check=True)
    return best


def assemble(ud_dir: Path, ner_dir: Path) -> Language:
    """The UD pipeline plus the self-contained NER component sourced from the NER pipeline."""
    nlp = spacy.load(ud_dir)
    ner_nlp = spacy.load(ner_dir)
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe(CASE_FROM_DEPS, after="parser")
    nlp.meta.update(
        {
            "name": "lagebild_de",
            "version": "0.1.0",
            "description": "Lagebild's German pipeline: tagger (STTS), morphologizer, "
            "lemmatizer, parser, NER (PER/LOC/ORG/MISC), trained from open data only",
            "license": "CC BY-SA 4.0 (trained on UD German); see ATTRIBUTION.md",
            "author": "Lagebild",
        }
    )
    return nlp


def write_model(nlp: Language, target: Path) -> None:
    """Replace the shipped model files, keeping the hand-written attribution.

    The new model is written next to the old one first, so the window in which a
    running Lagebild sees a half-written model is a few renames, not a whole save.
    """
    target.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    for child in target.iterdir():
        if child.name in KEEP_IN_MODEL_DIR:
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    for child in staging.iterdir():
        child.rename(target / child.name)
    staging.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--runs", type=Path, default=HERE / "runs")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--limit", type=int, default=0, help="sentences per set (tiny test runs)")
    parser.add_argument("--no-vectors", action="store_true", help="skip floret (tiny test runs)")
    parser.add_argument("--max-steps", type=int, default=0, help="override training.max_steps")
    parser.add_argument("--no-eval", action="store_true")
    args = parser.parse_args(argv)

    vectors = None if args.no_vectors else build_vectors(args.shared, args.corpus, 30_000_000, 2)
    if not (args.corpus / "ud-dev.spacy").exists():
        # The law text tokenized for the vectors also teaches the truecaser German casing.
        law_text = args.corpus / "law.tok.txt"
        counts = convert(args.shared, args.corpus, limit=args.limit, casing_text=law_text)
        print(json.dumps(counts), flush=True)
    overrides = ["--training.max_steps", str(args.max_steps)] if args.max_steps else []
    if args.max_steps:
        overrides += ["--training.eval_frequency", str(max(10, args.max_steps // 2))]
    ner_dir = spacy_train("ner", args.corpus, args.runs, vectors, overrides)
    ud_dir = spacy_train("ud", args.corpus, args.runs, vectors, overrides)
    write_model(assemble(ud_dir, ner_dir), args.out)
    print(f"model written to {args.out}", flush=True)
    if not args.no_eval:
        from lagebild.nlp.evaluate import evaluate_model

        report = evaluate_model(args.out, args.shared)
        print(report.model_dump_json(indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
