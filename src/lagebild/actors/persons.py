"""Person name spans made whole: the NER often finds "Froß" but not "Carsten Froß", or runs
a name on into the sentence ("Nancy Faeser zur Beschleunigung").

`trim_person` cuts a person span at its first lower-case word that is not a name particle;
`full_name_spots` finds, for a surname seen alone, where the article gives the full name
(a capitalised proper noun right before it), so the linker sees that name first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from lagebild.actors.docview import DocView
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import fold
from lagebild.actors.occupations import load_occupations
from lagebild.actors.rules import LinkRules, load_rules
from lagebild.actors.spotter import Spot

_TITLES = frozenset({"Herr", "Frau", "Dr", "Prof", "Mr", "Mrs", "Ms", "Sir", "Dame"})
_GENITIVE_WORDS = frozenset({"der", "des", "von", "vom"})


def trim_person(spot: Spot, rules: LinkRules) -> Spot | None:
    """„Nancy Faeser zur Beschleunigung von Abschiebungen“ -> "Nancy Faeser"."""
    words = spot.text.split(" ")
    keep: list[str] = []
    for i, word in enumerate(words):
        particle = word in rules.name_particles or word.split("-", 1)[0] in rules.name_particles
        # "al-Asad" is a surname with its particle; a particle alone cannot end a name.
        if word[:1].islower() and not (particle and ("-" in word or i < len(words) - 1)):
            break
        keep.append(word)
    while keep and keep[-1] in rules.name_particles:
        keep.pop()
    if not keep:
        return None
    text = " ".join(keep)
    return Spot(spot.start, spot.start + len(text), text, spot.label, spot.source)


def split_roles(spot: Spot, kb: KnowledgeBase, known: Callable[[str], bool]) -> list[Spot]:
    """„Frankfurt Sparkassenpräsident Helmut Schleweis“, "Flixbus-Manager Stenger": a role
    noun inside an entity span separates names; what follows a person's role noun is a
    person. The role noun itself is left to the description rules."""
    words = spot.text.split(" ")
    roles = [i for i, w in enumerate(words) if len(words) > 1 and _role_word(w, kb)]
    if not roles and spot.label == "PER" and len(words) > 1:
        # „Seit Alonso Trainer bei Leverkusen ist“, "Wahlkampfleiter Keith": an everyday
        # person noun at either end of a person's span is no part of the name.
        roles = [i for i in (0, len(words) - 1) if _everyday_person_noun(words[i])]
    # „Präsident des Bundesverbands der Deutschen Industrie“: the KB knows the span without
    # its leading office, but the office is a person's, the rest the organisation's.
    genitive_after = len(words) > 2 and words[1] in _GENITIVE_WORDS
    if not roles or (known(spot.text) and not (roles[0] == 0 and genitive_after)):
        return [spot]
    out, offset, part_start = [], spot.start, 0
    starts = []
    for word in words:
        starts.append(offset)
        offset += len(word) + 1
    for i in [*roles, len(words)]:
        complement = False
        while part_start < i and words[part_start] in _GENITIVE_WORDS:
            part_start += 1  # the office's complement: "des Verbands" is no person
            complement = True
        if i > part_start:
            text = " ".join(words[part_start:i])
            role = part_start - 1 - complement
            after_person_role = role in roles and _person_role(words[role], kb)
            label = "PER" if after_person_role and not complement else spot.label
            out.append(
                Spot(starts[part_start], starts[part_start] + len(text), text, label, spot.source)
            )
        part_start = i + 1
    return out


def _role_word(word: str, kb: KnowledgeBase) -> bool:
    return word[:1].isupper() and kb.role_noun(word) is not None


def _everyday_person_noun(word: str) -> bool:
    """A singular noun for a person of `occupations.yaml` or `linking.yaml` ("Trainer",
    "Wahlkampfleiter", "Co-Trainer", the kin noun "Gattin"). A closed compound counts only with a head of 5+
    letters: surnames end in short person nouns ("Hör|mann", "Welter|mann")."""
    if not word[:1].isupper():
        return False
    rules = load_rules()
    if fold(word) in rules.kin_nouns:
        return True  # „Gattin Gisela (75)“
    found = load_occupations().lookup(word)
    if found is not None and found.numbers == frozenset({"Plur"}):
        return False
    noun = found.noun if found is not None else None
    role = rules.person_noun(word)
    if noun is None and role is None:
        return False
    qualifier = found.qualifier if found is not None else role.qualifier if role else None
    if qualifier is None or word[len(qualifier) : len(qualifier) + 1] == "-":
        return True
    return len(word) - len(qualifier) >= MIN_CLOSED_HEAD


def _person_role(word: str, kb: KnowledgeBase) -> bool:
    noun = kb.role_noun(word)
    return noun is not None and noun.person


def split_genitive(
    spot: Spot,
    view: DocView,
    common: Callable[[str], bool] | None = None,
    surname: Callable[[str], bool] | None = None,
    given: Callable[[str], bool] | None = None,
) -> list[Spot]:
    """„Kims Großvater“, "Kims Vater Kim Jong Il": a name in the genitive before a common
    noun is a name of its own; what follows the noun (an apposition) is another. `common`
    says which words are common nouns even where the tagger calls them proper (inside an
    entity the tagger often does: "Großvater"). A given name in -s before a word that is
    no such noun opens a full name ("Dennis Poß", "Markus Söder": the tagger's NOUN for
    an unknown surname is no evidence of a genitive)."""
    words = spot.text.split(" ")
    if len(words) < 2 or not words[0].endswith("s") or len(words[0]) < 4:
        return [spot]
    if given is not None and given(words[0]) and not (common is not None and common(words[1])):
        return [spot]
    first = view.token_at(spot.start)
    compound = first is not None and (
        first.pos_ == "NOUN" or (surname is not None and surname(words[-1]))
    )
    if len(words) == 2 and compound and "-" in words[0]:
        # "Show-Manns Rajoelina": a compound noun in the genitive, then the name (the
        # tagger may call the compound a proper noun; a known surname after it decides).
        start = spot.end - len(words[1])
        return [Spot(start, spot.end, words[1], spot.label, spot.source)]
    second = view.token_at(spot.start + len(words[0]) + 1)
    if second is None or not (second.pos_ == "NOUN" or (common and common(second.text))):
        return [spot]
    out = [Spot(spot.start, spot.start + len(words[0]), words[0], "PER", spot.source)]
    if len(words) > 2:
        rest = " ".join(words[2:])
        start = spot.end - len(rest)
        out.append(Spot(start, spot.end, rest, spot.label, spot.source))
    return out


def is_given_name(token: Token, kb: KnowledgeBase, given: frozenset[str] = frozenset()) -> bool:
    """Could this capitalised word be a first name before a surname? Not a role noun
    ("Präsident Tokajew"), title, determiner or country word, and tagged as a proper noun
    or a person by the pipeline."""
    text = token.text
    if not text[:1].isupper() or not token.is_alpha or text in _TITLES:
        return False
    if kb.role_noun(text) is not None or kb.country_of_word(text) is not None:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ == "PER" or fold(text) in given


def extend_right(
    spot: Spot, view: DocView, kb: KnowledgeBase, common: Callable[[str], bool] | None = None
) -> Spot:
    """„Christophe“ + "Arend": a lone given name followed by a proper noun is one name
    (not "Kims" + "Großvater": a common noun the tagger calls proper, see split_genitive)."""
    if spot.label != "PER" or " " in spot.text:
        return spot
    token = view.token_at(spot.start)
    doc = view.doc
    if token is None or token.i + 1 >= len(doc) or token.idx + len(token) != spot.end:
        return spot
    nxt = doc[token.i + 1]
    if not token.whitespace_ or not (
        _surname_like(nxt, kb, common) or _particle_surname(nxt.text, view.rules)
    ):
        return spot
    end = nxt.idx + len(nxt)
    return Spot(spot.start, end, view.text[spot.start : end], "PER", spot.source)


# Tags of a capitalised word that may be a surname after a given name: a proper noun, or a
# word the tagger could not place (it tags unknown surnames as adverbs or adjectives:
# "Christophe Arend"); a common noun is not ("Maria Bücher").
# The shortest head of a closed compound taken for a person noun inside a name.
MIN_CLOSED_HEAD = 5
_SURNAME_POS = frozenset({"PROPN", "X", "ADV", "ADJ"})
_GIVEN_MIN_LENGTH = 3


def _particle_surname(word: str, rules: LinkRules) -> bool:
    """„al-Asad“, "el-Sisi": a surname joined to its particle, written in lower case."""
    particle, _, rest = word.partition("-")
    return particle in rules.name_particles and rest[:1].isupper() and rest.isalpha()


def _surname_like(token: Token, kb: KnowledgeBase, common: Callable[[str], bool] | None) -> bool:
    text = token.text
    if not (text[:1].isupper() and text.replace("-", "").isalpha()) or token.is_sent_start:
        return False
    if token.pos_ not in _SURNAME_POS:
        return False
    if kb.role_noun(text) is not None or kb.country_of_word(text) is not None:
        return False
    if _everyday_person_noun(text):
        return False  # „Seit Alonso Trainer bei Leverkusen ist“
    return not (common is not None and common(text))


def given_name_spots(
    spots: list[Spot],
    view: DocView,
    kb: KnowledgeBase,
    common: Callable[[str], bool] | None = None,
) -> list[Spot]:
    """Persons the NER missed: a given name the KB knows (a first word of persons' names)
    followed by one or two surname-like words ("Joël Niederlaender", "Ali Ertan Toprak"),
    none of them inside another span."""
    doc = view.doc
    taken = [(s.start, s.end) for s in spots]

    def free(token: Token) -> bool:
        end = token.idx + len(token)
        return not any(a < end and token.idx < b for a, b in taken)

    added = []
    for token in doc:
        text = token.text
        if (
            len(text) < _GIVEN_MIN_LENGTH
            or not text[:1].isupper()
            or (fold(text) not in kb.given_names and fold(text) not in view.rules.given_names)
            or not free(token)
        ):
            continue
        last = token
        while last.i + 1 < len(doc) and last.i - token.i < 2 and last.whitespace_:
            nxt = doc[last.i + 1]
            if not free(nxt) or not _surname_like(nxt, kb, common):
                break
            last = nxt
        if last is token:
            continue
        end = last.idx + len(last)
        # A longer name the article spells elsewhere wins ("Kim Il" + "Sung", a noun).
        longer = [
            len(s.text)
            for s in spots
            if s.text.startswith(view.text[token.idx : end] + " ")
            and view.text.startswith(s.text, token.idx)
        ]
        end = token.idx + max(longer) if longer else end
        added.append(Spot(token.idx, end, view.text[token.idx : end], "PER", "given"))
        taken.append((token.idx, end))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def full_name_spots(spots: list[Spot], view: DocView, kb: KnowledgeBase) -> list[Spot]:
    """Add "First Surname" spans wherever a person's surname follows a given name."""
    given = view.rules.given_names
    doc: Doc = view.doc
    taken = [(s.start, s.end) for s in spots]
    surnames = {s.text.split()[-1] for s in spots if s.label == "PER" and s.text[:1].isupper()}
    added: list[Spot] = []
    for surname in sorted(surnames):
        if len(surname) < 3:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?!\w)", view.text):
            token = view.token_at(m.start())
            if token is None or token.i == 0 or token.idx != m.start():
                continue
            first = doc[token.i - 1]
            if not is_given_name(first, kb, given):
                continue
            start, end = first.idx, m.end()
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if any(a < end and start < b for a, b in taken) or (
                after is not None and after.text[:1].isupper() and after.is_alpha
            ):
                continue
            added.append(Spot(start, end, view.text[start:end], "PER", "fullname"))
    kept = [s for s in spots if not any(a.start <= s.start and s.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda s: (s.start, -s.end))
