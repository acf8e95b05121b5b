"""Entity-type maps (data file `data/nlp/labels.yaml`) and BIO normalisation."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from lagebild.errors import ConfigError

TYPES = ("PER", "LOC", "ORG", "MISC")


@lru_cache(maxsize=1)
def label_maps() -> dict[str, dict[str, str]]:
    text = resources.files("lagebild.data").joinpath("nlp/labels.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    for corpus, mapping in data.items():
        bad = {v for v in mapping.values() if v != "O" and v not in TYPES}
        if bad:
            raise ConfigError("E402", path="nlp/labels.yaml", detail=f"{corpus}: {sorted(bad)}")
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in data.items()}


def map_bio(raw_tags: list[str], corpus: str) -> list[str]:
    """Map raw BIO tags through the corpus's type map; repair I- tags that start a span.

    Unknown types map to O (logged nowhere on purpose: the map file is the review point).
    """
    mapping = label_maps()[corpus]
    out: list[str] = []
    previous = "O"
    for raw in raw_tags:
        if raw in ("O", "", "_") or "-" not in raw:
            out.append("O")
            previous = "O"
            continue
        prefix, kind = raw.split("-", 1)
        label = mapping.get(kind, "O")
        if label == "O":
            out.append("O")
            previous = "O"
            continue
        # An I- that does not continue a span of the same type opens one.
        if prefix == "I" and previous == label:
            out.append(f"I-{label}")
        else:
            out.append(f"B-{label}")
        previous = label
    return out
