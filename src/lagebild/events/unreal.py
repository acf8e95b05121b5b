"""Acts that a negated modal of ability or necessity says did not happen.

"Aber versprechen kann ich das nicht", "könnte sie den Mietenstopp nicht anordnen",
"keine Attacken parieren muss": the negation denies the act itself, and no actor
refused anything (a refusal is a word of will: "wollte nicht mittragen", which the
extractor recodes as REJECT). Such a mention reports no event. The modal lemmas are
grammar.yaml's `unreal_modals`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token


@lru_cache(maxsize=1)
def unreal_modals() -> frozenset[str]:
    text = resources.files("lagebild.data").joinpath("events/grammar.yaml").read_text("utf-8")
    grammar = yaml.safe_load(text) or {}
    return frozenset(str(m).casefold() for m in grammar.get("unreal_modals", ()))


def under_modal(anchor: Token, modals: frozenset[str]) -> bool:
    """Whether a modal of `modals` governs the trigger or its verb (the trigger's own
    dependents, its head, and the head's dependents: "kann ... versprechen",
    "[Attacken] parieren muss")."""
    near = [*anchor.children, anchor.head, *anchor.head.children]
    return any(
        t.i != anchor.i and t.tag_.startswith("VM") and (t.lemma_ or t.text).casefold() in modals
        for t in near
    )
