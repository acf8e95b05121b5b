"""Grammatical agreement of organisations and states, for the pronouns that refer to them.

A German pronoun agrees with the grammatical gender and number of its antecedent, not with
what the antecedent is: "die SPD … sie", "der ADAC … er", "die Grünen … ihre" (a plural
name). A name shows its gender only through its determiners ("die Bahn", "des Konzerns",
"zur SPD"), so every determined name mention of an actor votes; a name the article never
gives a determiner is neuter, as German treats names of states, towns and companies without
an article ("Frankreich hat seine …", "Facebook wehrt sich. Es …").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors
from lagebild.actors.pronoun_cues import load_cues


def article_genders(word: str) -> frozenset[str] | None:
    """The genders an article form allows when the form alone fixes them ("das", "des",
    "zur"; `article_genders` in pronoun_cues.yaml), lower case; None for "die", "der",
    "den" and other words."""
    return load_cues().article_genders.get(word)


@dataclass(frozen=True, slots=True)
class Agreement:
    """What pronouns referring to an actor agree with: genders of the singular (both
    Masc and Neut where its determiners are only "des", "dem"), or plural."""

    genders: frozenset[str]
    plural: bool = False


def determiner(view: DocView, start: int, end: int) -> Token | None:
    """The article before a name ("die Deutsche Bahn", "der mächtigen IG Metall", "zur
    SPD"), across adjectives; None for a bare name."""
    token = view.token_at(start)
    if token is None or token.idx != start:
        return None
    if view.text[end : end + 1] == "-":
        return None  # „die Rheinmetall-Daten“: the article is the compound's
    i = token.i - 1
    while i >= 0 and view.doc[i].pos_ == "ADJ" and view.doc[i].text[:1].islower():
        i -= 1
    if i < 0:
        return None
    before = view.doc[i]
    article = before.pos_ == "DET" or not view.doc.has_annotation("POS")
    fixed = article_genders(before.lower_) is not None
    if fixed or (article and before.lower_ in ("die", "der", "den")):
        return before
    return None


def _readings(det: Token) -> frozenset[str]:
    """Masc, Fem, Neut or Plur: what one determiner says."""
    fixed = article_genders(det.lower_)
    if fixed is not None:
        return fixed
    if "Plur" in det.morph.get("Number", []):
        return frozenset({"Plur"})
    genders = frozenset(det.morph.get("Gender", []))
    if det.lower_ == "die":
        return genders & {"Fem"} or frozenset({"Fem"})
    return genders


def name_key(text: str) -> str:
    """Mentions of an actor agree alike when their last word is alike: "der Rheinmetall AG"
    (the AG) is feminine, while "Rheinmetall … seinen" is neuter."""
    words = text.split()
    last = words[-1].lower() if words else ""
    return last[:-1] if len(last) > 3 and last.endswith("s") else last


def organisation_agreement(
    view: DocView, actors: ArticleActors
) -> dict[tuple[str, str], Agreement]:
    """(entity id, `name_key`) -> agreement, for the named organisations and states."""
    votes: dict[tuple[str, str], dict[str, float]] = {}
    for mention in actors.mentions:
        entity = actors.entities[mention.entity]
        if mention.kind != "name" or entity.is_person or entity.is_group:
            continue
        if entity.model.type not in ("ORG", "GPE"):
            continue
        tally = votes.setdefault((entity.id, name_key(mention.text)), {})
        det = determiner(view, mention.start, mention.end)
        readings = _readings(det) if det is not None else frozenset()
        for reading in readings:
            tally[reading] = tally.get(reading, 0.0) + 1 / len(readings)
    # Without a tagger "es" is barely told from a placeholder: no neuter by default there.
    bare = Agreement(frozenset({"Neut"})) if view.doc.has_annotation("POS") else None
    out: dict[tuple[str, str], Agreement] = {}
    for key, tally in votes.items():
        if not tally:
            if bare is not None:
                out[key] = bare
            continue
        top = max(tally.values())
        best = frozenset(r for r, n in tally.items() if n > top - 1e-9)
        out[key] = Agreement(frozenset(), plural=True) if "Plur" in best else Agreement(best)
    return out
