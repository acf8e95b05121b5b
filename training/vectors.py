"""Train small floret vectors on the raw German law text and turn them into a spaCy vectors dir.

The table is deliberately small (hashed subword rows, not a word list) so the
shipped model stays under 25 MB while every word, including unseen names,
still gets a vector from its character n-grams.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy

# Markdown scaffolding of the law files that is not running text.
_SKIP_LINE = re.compile(r"^\s*(---|[A-Za-z]+:\s|:\s{3}|\|)")
_MARKUP = re.compile(r"[#*_`>]+")

ROWS = 16384
DIM = 96


def paragraphs(path: Path, max_words: int) -> Iterator[str]:
    """Paragraphs of running text (blank-line separated), markdown markers dropped."""
    words = 0
    buffer: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not _SKIP_LINE.match(line):
                buffer.append(_MARKUP.sub(" ", line.strip()))
                continue
            if buffer:
                text = " ".join(buffer)
                buffer = []
                words += text.count(" ") + 1
                yield text
                if words >= max_words:
                    return


def write_tokenized(source: Path, target: Path, max_words: int) -> int:
    """One paragraph per line, tokenized like the pipeline will tokenize; returns tokens."""
    nlp = spacy.blank("de")
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for doc in nlp.tokenizer.pipe(paragraphs(source, max_words), batch_size=1000):
            tokens = [t.text for t in doc if not t.is_space]
            count += len(tokens)
            out.write(" ".join(tokens) + "\n")
    return count


def train_floret(text: Path, out_prefix: Path, threads: int) -> Path:
    import floret  # imported here: only the training path needs it

    model = floret.train_unsupervised(
        str(text),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=ROWS,
        dim=DIM,
        minn=4,
        maxn=5,
        minCount=5,
        epoch=5,
        thread=threads,
        verbose=1,
    )
    path = out_prefix.with_suffix(".floret")
    model.save_floret_vectors(str(path))
    return path


def build_vectors(shared: Path, work: Path, max_words: int, threads: int) -> Path:
    """Tokenize the law text, train floret, convert to a spaCy vectors dir (cached)."""
    spacy_dir = work / "vectors"
    if (spacy_dir / "config.cfg").exists():
        return spacy_dir
    work.mkdir(parents=True, exist_ok=True)
    text = work / "law.tok.txt"
    if not text.exists():
        tokens = write_tokenized(shared / "data/text/bundestag-gesetze.md.gz", text, max_words)
        print(f"vector text: {tokens} tokens", flush=True)
    floret_file = train_floret(text, work / "law", threads)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "de",
            str(floret_file),
            str(spacy_dir),
            "--mode",
            "floret",
        ],
        check=True,
    )
    return spacy_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--work", type=Path, default=Path("training/corpus"))
    parser.add_argument("--max-words", type=int, default=30_000_000)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    print(build_vectors(args.shared, args.work, args.max_words, args.threads))


if __name__ == "__main__":
    main()
