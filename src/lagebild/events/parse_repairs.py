"""Readings that repair common parser errors on German verbs, from morphology and
word order rather than the dependency labels (docs/events.md "Roles").

- `shared_auxiliary`: a participle coordinated with another shares its auxiliary,
  so voice and subject are the first participle's ("hat ... verboten, ...
  verhaftet").
- `object_as_subject`: of two "objects" of a subjectless verb, the first is the
  subject when its article reads nominative as well ("hat die Regierung
  Demonstrationen verboten"); a coordinated "object" of a subjectless verb whose
  finite form is third person plural is its subject ("wollen Bund und Länder ...
  besprechen"): the finite verb agrees with its subject.
- `verb_dependents`: a subject the parser hung on the verb's auxiliary or modal
  is the verb's ("man solle ... anrufen", "Der Verein hat ... unterstützt").
- `stray_particle`: a separated particle the parser hung on a later participle
  belongs to the finite verb before it ("marschierte, ..., unprovoziert ... ein").
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.config import ExtractorConfig


def shared_auxiliary(verb: Token, cfg: ExtractorConfig) -> Token | None:
    """The participle whose auxiliary a coordinated participle shares ("hat ...
    verboten, ... verhaftet und ... geschlossen"): it has no auxiliary of its own, so
    voice and subject are the first participle's."""
    head = verb.head
    if verb.tag_ != "VVPP" or verb.dep_ not in {"conj", "dep"} or head.i == verb.i:
        return None
    if head.tag_ != "VVPP" or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    return head


# Determiners whose nominative and accusative forms coincide (feminine, neuter, plural).
_NOM_ACC = frozenset({"die", "das", "eine", "diese", "dieses", "jene", "jenes"})


def object_as_subject(verb: Token, cfg: ExtractorConfig) -> Token | None:
    """The first of two "objects" of a verb without a subject, when its article reads
    nominative as well as accusative: a verb takes one accusative object, and in
    "hat die Regierung Demonstrationen verboten" the parser mistook the subject
    (feminine, neuter and plural articles have one form for both cases)."""
    if any(c.dep_ in cfg.subject_deps | cfg.passive_subject_deps for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ in cfg.object_deps and c.pos_ != "PRON"]
    if not objects:
        return None
    first = objects[0]
    dets = [d for d in first.children if d.dep_ == "det"]
    if len(objects) >= 2 and dets and all(d.text.casefold() in _NOM_ACC for d in dets):
        return first
    return _plural_subject(verb, objects, cfg)


def _feats(token: Token, name: str) -> list[str]:
    value = token.morph.to_dict().get(name, "")
    return value.split(",") if value else []


_INFINITIVES = frozenset({"VVINF", "VAINF", "VMINF"})


def _finite_plural(verb: Token) -> bool:
    """Whether the verb's finite form is third person plural. An "-en" form tagged
    infinitive that nothing governs (no modal or auxiliary, no "zu", no governing
    infinitive) is the homographic finite plural ("Am 9. September unterzeichnen
    Israel und Palästina")."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    finite = [t for t in (verb, *auxes) if "Fin" in _feats(t, "VerbForm")]
    if finite:
        person = _feats(finite[0], "Person")
        return _feats(finite[0], "Number") == ["Plur"] and person in ([], ["3"])
    if verb.tag_ != "VVINF" or auxes or any(c.tag_ == "PTKZU" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "ROOT":
        return True
    governed = head.tag_ in _INFINITIVES or any(c.dep_.startswith("aux") for c in head.children)
    return verb.dep_ == "conj" and not governed


# Determiners that cannot open a nominative phrase ("den Bund", "einen Vertrag").
_NOT_NOM = frozenset({"den", "dem", "einen", "einem", "diesen", "diesem", "des", "eines"})


def _plural_subject(verb: Token, objects: list[Token], cfg: ExtractorConfig) -> Token | None:
    """The coordinated "object" of a subjectless verb whose finite form is third
    person plural ("Am 9. September unterzeichnen Israel und Palästina ...", "wollen
    Bund und Länder am Montag besprechen"): the finite verb agrees with its subject,
    and a coordination of noun phrases is plural. A conjunct verb shares its first
    verb's subject unless that one is singular."""
    if not _finite_plural(verb):
        return None
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        shared = [c for c in verb.head.children if c.dep_ in cfg.subject_deps]
        if any(_feats(c, "Number") != ["Sing"] for c in shared):
            return None
    for obj in objects:
        coordinated = any(
            c.dep_ in cfg.np_conj_deps and c.pos_ in {"NOUN", "PROPN"} for c in obj.children
        )
        accusative = any(d.text.casefold() in _NOT_NOM for d in obj.children if d.dep_ == "det")
        if coordinated and not accusative:
            return obj
    return None


# Finite verb tags (STTS): only a finite verb in first or second position leaves its
# particle behind; participles and infinitives keep it fused ("einmarschiert").
_FINITE = frozenset({"VVFIN", "VVIMP"})


def stray_particle(verb: Token, cfg: ExtractorConfig) -> Token | None:
    """The separated particle (PTKVZ) of a finite verb that the parser attached to a
    non-finite word after it ("marschierte, wie ..., unprovoziert ... im Nachbarland
    ein"): a particle stands apart only from a finite verb, so it is the nearest
    finite verb's before it."""
    if verb.tag_ not in _FINITE or any(c.dep_ in cfg.particle_deps for c in verb.children):
        return None
    for token in verb.sent[verb.i - verb.sent.start + 1 :]:
        if token.tag_ in _FINITE:
            return None
        if token.tag_ == "PTKVZ" and token.dep_ in cfg.particle_deps:
            stray = token.head.i != verb.i and token.head.tag_ not in _FINITE
            return token if stray else None
    return None


def verb_dependents(verb: Token, cfg: ExtractorConfig) -> list[Token]:
    """The verb's children plus the subjects hung on its auxiliaries: an auxiliary
    or modal governs nothing of its own in UD, so its subject is the verb's."""
    subject_deps = cfg.subject_deps | cfg.passive_subject_deps
    stray = [
        grand
        for aux in verb.children
        if aux.dep_.startswith("aux") and aux.pos_ == "AUX"
        for grand in aux.children
        if grand.dep_ in subject_deps
    ]
    return [*verb.children, *stray]
