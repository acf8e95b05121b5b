"""Speaker accuracy on real pages by class: which speakers fail, without reading pages.

Each matched quote pair is counted twice: by the gold speaker's class (an actor of
the knowledge base, a new person, a new organisation or group, null) and by where
the predicted id came from (`speaker_ids.SOURCES`: a name, description or pronoun
mention over the speaker span, inferred from the context, a span no actor covers,
no span). The aggregate figures are enough to see which class fails on a split
whose pages nobody may read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.gold import GoldArticle
from lagebild.quotes.speaker_ids import SOURCES

GOLD_CLASSES = ("kb", "new_person", "new_org", "null")


def gold_class(speaker: str | None, gold: GoldArticle) -> str:
    """ "kb" (a knowledge-base id), "new_person", "new_org" (any other new actor:
    organisations, groups, places), or "null"."""
    if speaker is None:
        return "null"
    if not speaker.startswith("new:"):
        return "kb"
    kind = next((a.type for a in gold.actors if a.id == speaker), None)
    return "new_person" if kind == "PER" else "new_org"


@dataclass
class SpeakerTally:
    """Right and total matched quotes per gold class and per predicted source, and
    the wrong ones by kind of error."""

    by_class: dict[str, list[int]] = field(
        default_factory=lambda: {c: [0, 0] for c in GOLD_CLASSES}
    )
    by_source: dict[str, list[int]] = field(default_factory=lambda: {s: [0, 0] for s in SOURCES})
    # gold null, predicted an actor / gold an actor, predicted null / two actors differ
    errors: dict[str, int] = field(
        default_factory=lambda: {"guessed": 0, "missing": 0, "other_actor": 0}
    )

    def add(self, klass: str, source: str, predicted: str | None, right: bool) -> None:
        for table, key in ((self.by_class, klass), (self.by_source, source)):
            table[key][0] += right
            table[key][1] += 1
        if right:
            return
        if klass == "null":
            self.errors["guessed"] += 1
        elif predicted is None:
            self.errors["missing"] += 1
        else:
            self.errors["other_actor"] += 1

    def figures(self) -> dict[str, float | int | str]:
        """`pages_speaker_accuracy_<class>` and `pages_speaker_source_<source>` as
        "accuracy (right/total)", and `pages_speaker_errors`."""
        out: dict[str, float | int | str] = {}
        for prefix, table in (
            ("pages_speaker_accuracy_", self.by_class),
            ("pages_speaker_source_", self.by_source),
        ):
            for key, (right, total) in table.items():
                share = f"{right / total:.3f}" if total else "-"
                out[prefix + key] = f"{share} ({right}/{total})"
        out["pages_speaker_errors"] = " ".join(f"{k}={v}" for k, v in self.errors.items())
        return out
