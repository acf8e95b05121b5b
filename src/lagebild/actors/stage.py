"""The actors stage: every mention of an article linked to a canonical actor.

`link_article()` runs the steps in order, each reading what the earlier ones found:
names (multi-word first, so "Putin" finds "Wladimir Putin"), descriptions and country
adjectives, pronouns, then descriptions that need a pronoun ("sein Land").
`ActorsStage` wraps it for the pipeline: it fills `article.actors` and the dateline's actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import spacy
from spacy.tokens import Doc, Token

from lagebild.actors.acronyms import (
    acronym_spots,
    definitions,
    short_forms,
    unify_acronyms,
)
from lagebild.actors.addressees import addressee_spots
from lagebild.actors.clubs import club_spots, link_club_towns
from lagebild.actors.commonnouns import load_common_nouns
from lagebild.actors.compoundparts import link_compound_parts
from lagebild.actors.coref import (
    SURE_SPEAKER,
    find_pronouns,
    quote_spans,
    resolve_pronoun,
    resolve_speaker,
    speaker_of,
)
from lagebild.actors.describe import DEFINITE, Describer, Description
from lagebild.actors.docview import DocView
from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Entity
from lagebild.actors.initials import link_initials
from lagebild.actors.institutions import institution_place_spots, link_institutions, linkable
from lagebild.actors.interviews import link_interviews
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.kin import kin_genders, link_kin
from lagebild.actors.kindnames import institution_spots, kind_name_spots
from lagebild.actors.kindspans import kind_spans
from lagebild.actors.link import KnownSource, NameLinker
from lagebild.actors.loose_appositions import link_loose_appositions
from lagebild.actors.names import fold
from lagebild.actors.nominal_coref import link_nominals
from lagebild.actors.occupations import drop_lone_groups, load_occupations, names_a_person
from lagebild.actors.orgnames import organisation_spots
from lagebild.actors.parliaments import link_parliaments
from lagebild.actors.peoples import CountryWords, country_focus
from lagebild.actors.personlists import person_spots
from lagebild.actors.persons import (
    extend_right,
    full_name_spots,
    given_name_spots,
    split_genitive,
    split_roles,
    trim_person,
)
from lagebild.actors.place_adverbs import link_place_adverbs
from lagebild.actors.placespots import place_spots
from lagebild.actors.pronoun_orgs import organisation_agreement
from lagebild.actors.relatives import link_relatives
from lagebild.actors.rules import LinkRules, load_rules
from lagebild.actors.spotter import Spot, find_spots, learned_spots, word_spots
from lagebild.models import Actor, Article

if TYPE_CHECKING:
    from lagebild.pipeline import AnalysisState


@dataclass(frozen=True)
class LinkOptions:
    use_ner: bool = True
    use_gazetteer: bool = True


def article_day(article: Article, fallback: date | None, doc: Doc | None = None) -> date:
    """The date that decides who held an office: the publication date; without one, the
    date the text implies (as the timex stage infers it), else the fallback, else today."""
    from lagebild.timex.stage import anchor_of

    day = anchor_of(article.published)
    if day is not None:
        return day
    reference = fallback or date.today()
    try:
        from lagebild.timex.published import infer_publication_date

        inferred = anchor_of(infer_publication_date(article, reference, doc))
    except Exception:  # the timex package is optional here; a failure must not stop linking
        inferred = None
    return inferred or reference


def _skipped_ranges(article: Article | None) -> list[tuple[int, int]]:
    """Credit lines name photographers and agencies, not actors of the story."""
    if article is None:
        return []
    return [(b.start, b.end) for b in article.blocks if b.kind == "credit"]


def link_article(
    doc: Doc,
    day: date | None,
    kb: KnowledgeBase | None = None,
    known: KnownSource | None = None,
    article: Article | None = None,
    options: LinkOptions | None = None,
) -> ArticleActors:
    kb = kb or KnowledgeBase.load()
    options = options or LinkOptions()
    rules = load_rules()
    view = DocView(doc, rules)
    linker = NameLinker(kb, day, None, known)
    linker.text = doc.text
    linker.is_description_noun = lambda w: (
        rules.describes(w) or kb.role_noun(w) is not None or names_a_person(w)
    )
    # Words the text uses as common nouns ("neue Epidemien", "ein Tablet") are no new actors.
    common_uses = load_common_nouns().common_uses(doc)
    linker.plausible = lambda spot: _plausible_name(spot, view) and spot.text not in common_uses

    def is_given(word: str) -> bool:
        return fold(word) in kb.given_names or fold(word) in rules.given_names

    spots = find_spots(
        doc,
        kb,
        linker.known_name,
        options.use_ner,
        options.use_gazetteer,
        linker.is_description_noun,
        is_given,
    )
    spots = _without_noise(spots, article)
    spots = [part for s in spots for part in split_roles(s, kb, linker.known_name)]
    # Again after persons are made whole: given names may add spans in credit lines.
    spots = _without_noise(_whole_persons(spots, view, kb, rules), article)
    spots = person_spots(spots, view, is_given, load_common_nouns().is_common, linker.known_name)
    spots = word_spots(doc, kb, spots)
    # "Landgericht München", "Polizei Karlsruhe": one organisation, not the place.
    spots, institutions = institution_place_spots(doc, kb, spots)
    spots = organisation_spots(doc, rules, spots)
    spots = institution_spots(
        doc,
        rules.institution_heads,
        linker.is_description_noun,
        lambda word: (
            kb.country_by_adjective(word) is not None or kb.place_by_adjective(word) is not None
        ),
        spots,
    )
    # „die Internetzeitung „Daily NK““: the name's extent and type after its kind noun.
    spots = kind_spans(
        doc,
        lambda token: _kind_of(token, rules, kb),
        rules.name_function_words,
        linker.known_name,
        spots,
    )
    spots = kind_name_spots(
        doc,
        rules,
        lambda token: _kind_of(token, rules, kb),
        linker.is_description_noun,
        load_common_nouns().is_common,
        spots,
    )
    spots = place_spots(doc, kb, spots, load_common_nouns().is_common)
    spots = club_spots(doc.text, spots)
    # „sagte der MZ“: an unknown acronym told something is an organisation.
    spots = addressee_spots(doc, lambda w: _not_a_name(w, rules, kb, linker), spots)
    acronyms = definitions(doc, rules.not_actor_names)
    acronyms += short_forms(doc, spots, lambda w: _not_a_name(w, rules, kb, linker))
    spots = acronym_spots(doc, spots, acronyms)
    if known is not None:
        spots = learned_spots(doc, known.match, spots)
    focus = country_focus(kb, [s.text for s in spots] + [t.text for t in doc if t.is_lower])
    linker.focus = focus[0] if focus else None
    actors = ArticleActors()
    _link_names(linkable(spots), view, linker, actors, rules.name_gender, rules.gender_titles)
    link_institutions(institutions, view, actors, linker.focus)
    unify_acronyms(actors, acronyms)
    _propagate_names(view, actors, kb.gazetteer_ids)
    link_initials(view, actors)
    link_club_towns(view, actors)
    linker.focus = _actor_focus(actors, linker.focus)
    describer = Describer(kb, rules, view, linker)
    _link_descriptions(describer, actors, own_country=False)
    _link_adjectives(describer, actors)
    _link_demonyms(describer, actors)
    # „im Landtag“: the parliament of the article's state.
    link_parliaments(view, actors, kb)
    link_compound_parts(view, actors, lambda word: _person_noun(word, rules, kb))
    link_loose_appositions(
        view,
        actors,
        lambda word: _person_noun(word, rules, kb) or load_occupations().lookup(word) is not None,
    )
    kin_genders(view, actors)
    _link_pronouns(view, actors, rules.pronoun_window)
    link_kin(view, actors)
    _link_speakers(view, actors)
    link_interviews(view, actors, quote_spans(view.text))
    link_relatives(view, actors)
    link_place_adverbs(view, actors)
    _link_descriptions(describer, actors, own_country=True)
    link_nominals(
        view, actors, lambda word: _adjective_country(kb, word), linker.is_description_noun
    )
    drop_lone_groups(actors, describer.occupation_groups)
    return actors


def _adjective_country(kb: KnowledgeBase, word: str) -> str | None:
    info = kb.country_by_adjective(word)
    return info.iso3 if info is not None else None


def _not_a_name(word: str, rules: LinkRules, kb: KnowledgeBase, linker: NameLinker) -> bool:
    """A word in parentheses that is no short name: page furniture, a common or description
    noun, or a name of another actor the KB knows ("(Berlin)", "(SPD)")."""
    return (
        fold(word) in rules.not_actor_names
        or load_common_nouns().is_common(word)
        or linker.is_description_noun(word)
        or linker.known_name(word)
    )


def _person_noun(word: str, rules: LinkRules, kb: KnowledgeBase) -> bool:
    """„Chef“, "Sprecher", "Mitgründer": a noun for a person (ours or the KB's)."""
    role = kb.role_noun(word)
    return rules.person_noun(word) is not None or (role is not None and role.person)


def _kind_of(token: Token, rules: LinkRules, kb: KnowledgeBase) -> str | None:
    """The type of actor a kind noun announces: LOC for places ("Grenzstadt"), ORG for
    organisations ("Autozulieferer", the KB's "Unternehmen"), None for other nouns."""
    noun = rules.apposition_noun(token.text) or rules.place_noun(token.text)
    if noun is not None:
        return "LOC" if noun.type == "GPE" else noun.type
    role = kb.role_noun(token.text)
    return "ORG" if role is not None and not role.person else None


def _without_noise(spots: list[Spot], article: Article | None) -> list[Spot]:
    skipped = _skipped_ranges(article)
    agencies = {fold(a) for a in article.agencies} if article is not None else set()
    return [
        s
        for s in spots
        if fold(s.text) not in agencies and not any(a <= s.start < b for a, b in skipped)
    ]


def _plausible_name(spot: Spot, view: DocView) -> bool:
    """Whether an unknown span may become a new actor: its lower-case words are particles
    or function words ("Institut für Demoskopie", not "Sieben Menschen sterben bei").
    A single word that is a common noun (`commonnouns.py`) is no name.
    (Requiring a single word to be tagged PROPN was measured and dropped: the tagger calls
    Thüringen, Hanau and Röttgen nouns; name accuracy fell from 0.747 to 0.715.)"""
    rules = view.rules
    if fold(spot.text) in rules.not_actor_names:
        return False
    if " " not in spot.text and load_common_nouns().is_common(spot.text):
        return False  # "Lockdown", "Hausarrest": a thing or event, not an actor
    if _initial_only(spot, view):
        return False
    if " " not in spot.text and rules.kin_noun(spot.text) is not None:
        return False  # "Großvaters": a relative (kin.py), not a name
    allowed = rules.name_function_words | rules.name_particles
    return not any(w[:1].islower() and w not in allowed and "-" not in w for w in spot.text.split())


def _initial_only(spot: Spot, view: DocView) -> bool:
    """An unknown one-word person the text writes only at sentence starts and the tagger
    does not call a proper noun: its capital is no evidence of a name ("Entonces", "Los" in
    a quoted Spanish sentence). Without tags nothing is judged (a surname may well open
    the one sentence that names it)."""
    if spot.label != "PER" or " " in spot.text or "-" in spot.text:
        return False
    token = view.token_at(spot.start)
    if token is None or not token.pos_ or token.pos_ == "PROPN":
        return False
    found = re.finditer(rf"(?<![\w-]){re.escape(spot.text)}(?![\w-])", view.text)
    return all(view.at_sentence_start(m.start()) for m in found)


_PERSON = frozenset({"PER"})


def _whole_persons(
    spots: list[Spot], view: DocView, kb: KnowledgeBase, rules: LinkRules
) -> list[Spot]:
    def common(word: str) -> bool:
        return fold(word) in rules.kin_nouns or kb.role_noun(word) is not None

    def surname(word: str) -> bool:
        """A newsworthy person's surname (reviewed or world leaders)."""
        return any(
            c.method == "surname" and {"reviewed", "world-leaders"} & set(c.actor.sources)
            for c in kb.match_name(word, types=_PERSON, limit=3)
        )

    def given(word: str) -> bool:
        return fold(word) in kb.given_names or fold(word) in rules.given_names

    # A name the KB knows as a whole ("Business Insider") is no genitive before a noun.
    spots = [
        part
        for s in spots
        for part in (
            [s] if s.source == "gazetteer" else split_genitive(s, view, common, surname, given)
        )
    ]
    trimmed = [trim_person(s, rules) if s.label == "PER" else s for s in spots]
    whole = [extend_right(s, view, kb, common) for s in trimmed if s is not None]
    whole = given_name_spots(_drop_nested(whole), view, kb, common)
    return [_mark_genitive(s, view) for s in full_name_spots(whole, view, kb)]


def _mark_genitive(spot: Spot, view: DocView) -> Spot:
    if spot.label != "PER" or not spot.text.endswith("s"):
        return spot
    after = view.token_at(spot.end + 1)
    if after is None or after.idx <= spot.start or after.pos_ != "NOUN":
        return spot
    return Spot(spot.start, spot.end, spot.text, spot.label, spot.source, before_noun=True)


def _drop_nested(spots: list[Spot]) -> list[Spot]:
    """After extending, a span may now contain another ("Christophe Arend" and "Arend")."""
    return [
        s
        for s in spots
        if not any(o is not s and o.start <= s.start and s.end <= o.end and o != s for o in spots)
    ]


def _actor_focus(actors: ArticleActors, focus: str | None) -> str | None:
    """The article's country, now that its names are linked: the country most of its named
    persons and organisations belong to ("Habeck", "Bundestag" -> DEU), when it names no
    country more often than that (a report on German politics rarely says "Deutschland")."""
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for m in actors.mentions:
        model = actors.entities[m.entity].model
        if m.kind != "name" or not model.country or len(model.country) != 3:
            continue
        (named if model.type == "GPE" else counts)[model.country] += 1
    if not counts:
        return focus
    top, n = counts.most_common(1)[0]
    return top if focus is None or n > named[focus] else focus


def _link_names(
    spots: list[Spot],
    view: DocView,
    linker: NameLinker,
    actors: ArticleActors,
    gender_of: Callable[[str], str | None],
    titles: dict[str, str],
) -> None:
    # Multi-word names first: they teach the article's surnames to the single words.
    ordered = sorted(spots, key=lambda s: (len(s.text.split()) == 1, s.start))
    for spot in ordered:
        place = view.place(spot.start, spot.end)
        linked = linker.link(spot, place, actors)
        if linked is None:
            continue
        entity = actors.entity(linked.entity)
        if entity.is_person and entity.gender is None:
            entity.gender = _title_gender(view, spot, titles)
            if entity.gender is None:
                entity.gender = gender_of(entity.model.name_de or entity.model.name)
                entity.gender_guessed = entity.gender is not None
        elif not entity.is_person and entity.gender is None and entity.model.type != "LOC":
            # Organisations and states (measured: leaving states out lost 0.8 points).
            entity.gender = _grammatical_gender(view, spot)
        actors.add(entity, spot.start, spot.end, spot.text, linked.kind, place)
    actors.mentions.sort(key=lambda m: m.start)


def _grammatical_gender(view: DocView, spot: Spot) -> str | None:
    """The morphologizer's gender of an organisation's or state's name, singular only."""
    head = view.head_of(spot.start, spot.end)
    if head is None or "Plur" in head.morph.get("Number", []):
        return None
    genders = head.morph.get("Gender", [])
    return genders[0] if len(genders) == 1 else None


def _title_gender(view: DocView, spot: Spot, titles: dict[str, str]) -> str | None:
    """„Frau Beispiel“, "Herrn Muster": the title before a name tells the gender."""
    token = view.token_at(spot.start)
    if token is None or token.i == 0:
        return None
    return titles.get(view.doc[token.i - 1].text)


def _propagate_names(
    view: DocView, actors: ArticleActors, gazetteer_ids: set[str] | frozenset[str] = frozenset()
) -> None:
    """One sense per article: a name linked once is linked wherever it recurs, where the NER
    missed it. Persons also by surname and its genitive ("Lucke", "Albigs" after "Torsten
    Albig"); other actors by multi-word names, acronyms and KB names ("Hamas"). An unknown
    single word, which in German is often an ordinary noun ("Essen", "Klima"), only where
    the text shows it is a name (`_proper_words`) and not inside a compound
    ("Bahn-Konkurrenten"); so is a GeoNames place ("in Essen" ... "Das Essen")."""
    surfaces: dict[str, str] = {}
    single: set[str] = set()
    proper = _proper_words(view)
    for m in actors.mentions:
        if m.kind != "name":
            continue
        words = m.text.split()
        if actors.entities[m.entity].is_person:
            surfaces.setdefault(m.text, m.entity)
            last = words[-1]
            if len(last) >= 3 and last[:1].isupper():
                surfaces.setdefault(last, m.entity)
                if not last.endswith(("s", "x", "z", "ß")):
                    surfaces.setdefault(last + "s", m.entity)
        elif (
            len(words) > 1
            or (m.text.isupper() and len(m.text) >= 2)
            or not (m.entity.startswith(NEW_PREFIX) or m.entity in gazetteer_ids)
        ):
            # A known actor's one-word name ("Hamas") is safe to repeat.
            surfaces.setdefault(m.text, m.entity)
        elif m.text in proper and m.text not in surfaces:
            surfaces[m.text] = m.entity
            single.add(m.text)
    text = view.text
    for surface in sorted(surfaces, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?!\w)", text):
            start, end = match.start(), match.end()
            if actors.covered(start, end) or (surface in single and text[end : end + 1] == "-"):
                continue
            entity = actors.entities[surfaces[surface]]
            actors.add(entity, start, end, surface, "name", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)


def _proper_words(view: DocView) -> set[str]:
    """Words the text uses as names: the tagger calls more occurrences a proper noun than
    the morphologizer calls plurals ("Juden", "Museen"), neither a lexicon nor the text's
    use calls them common nouns ("Schuldenbremse", "einem Autohaus")."""
    proper: Counter[str] = Counter()
    plural: Counter[str] = Counter()
    for token in view.doc:
        if "Plur" in token.morph.get("Number", []):
            plural[token.text] += 1
        elif token.pos_ == "PROPN" and token.text[:1].isupper():
            proper[token.text] += 1
    nouns = load_common_nouns()
    used_as_noun = nouns.common_uses(view.doc)  # "einem Autohaus"
    # By majority: the morphologizer calls a name plural now and then ("Freenet").
    return {
        w
        for w, n in proper.items()
        if n > plural[w] and not nouns.is_common(w) and w not in used_as_noun
    }


def _link_descriptions(describer: Describer, actors: ArticleActors, own_country: bool) -> None:
    rules = describer.rules
    pending: list[Description] = []
    for desc in describer.find(actors):
        if desc.start == desc.end or actors.covered(
            desc.start, desc.end, frozenset({"description"})
        ):
            continue
        needs_owner = (
            desc.possessive is not None
            and desc.place_noun is not None
            and fold(desc.head.text) in rules.own_country_nouns
        )
        if needs_owner != own_country:
            continue
        entity = (
            _owner_country(desc, describer, actors)
            if needs_owner
            else describer.resolve(desc, actors)
        )
        if entity is None:
            pending.append(desc)
            continue
        _add_description(describer, actors, desc, entity)
    for desc in pending:
        found = describer.cataphor(desc, actors)
        if found is not None:
            _add_description(describer, actors, desc, found)


def _add_description(
    describer: Describer, actors: ArticleActors, desc: Description, entity: Entity
) -> None:
    text = describer.view.text[desc.start : desc.end]
    place = describer.view.place(desc.start, desc.end)
    actors.add(entity, desc.start, desc.end, text, "description", place)
    actors.mentions.sort(key=lambda m: m.start)


def _owner_country(desc: Description, describer: Describer, actors: ArticleActors) -> Entity | None:
    """„sein Land“: the country of the person the possessive refers to."""
    pron = desc.possessive
    if pron is None:
        return None
    owner = next(
        (m.entity for m in actors.mentions if m.kind == "pronoun" and m.start == pron.idx), None
    )
    if owner is None:
        return None
    country = actors.entities[owner].model.country
    info = describer.kb.countries.get(country) if country else None
    return describer.linker.kb_entity(info.actor_id) if info is not None else None


def _link_adjectives(describer: Describer, actors: ArticleActors) -> None:
    text = describer.view.text
    for start, end, actor_id in CountryWords(describer).adjectives(actors):
        # A place of the article itself ("Essener" after "Essen") may be no KB actor.
        entity = actors.entities.get(actor_id) or describer.linker.kb_entity(actor_id)
        place = describer.view.place(start, end)
        actors.add(entity, start, end, text[start:end], "adjective", place)
    actors.mentions.sort(key=lambda m: m.start)


def _link_demonyms(describer: Describer, actors: ArticleActors) -> None:
    text = describer.view.text
    words = CountryWords(describer)
    for start, end, info in words.demonyms(actors):
        token = describer.view.token_at(end - 1)
        if token is not None and words.singular_article(start, token) in DEFINITE:
            # „der Franzose“ is a person of the article, if any; never the state ("ein
            # Franzose" is anyone of that people: the state, as the plural is).
            person = words.demonym_person(start, token, info, actors)
            if person is not None:
                place = describer.view.place(start, end)
                actors.add(person, start, end, text[start:end], "description", place)
            continue
        entity = describer.linker.kb_entity(info.actor_id)
        place = describer.view.place(start, end)
        actors.add(entity, start, end, text[start:end], "description", place)
    actors.mentions.sort(key=lambda m: m.start)


def _link_speakers(view: DocView, actors: ArticleActors) -> None:
    """First-person pronouns inside quotations -> the speaker ("wir" too: the speaker
    speaks for his side, and the speaker is the one actor of it the text names)."""
    quotes = quote_spans(view.text)
    rules = view.rules
    for token in view.doc:
        if token.lower_ not in rules.first_person and token.lower_ not in rules.first_plural:
            continue
        entity = resolve_speaker(token, quotes, view, actors)
        if entity is not None:
            start, end = token.idx, token.idx + len(token)
            actors.add(entity, start, end, token.text, "pronoun", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)


def _link_pronouns(view: DocView, actors: ArticleActors, window: int) -> None:
    quotes = quote_spans(view.text)
    agreements = organisation_agreement(view, actors)
    for hit in find_pronouns(view, view.rules):
        found = speaker_of(hit.token.idx, quotes, view, actors)
        speaker = found[0] if found is not None and found[1] <= SURE_SPEAKER else None
        entity = resolve_pronoun(hit, view, actors, window, speaker, agreements)
        if entity is None:
            continue
        start, end = hit.token.idx, hit.token.idx + len(hit.token)
        actors.add(entity, start, end, hit.token.text, "pronoun", view.place(start, end))
        actors.mentions.sort(key=lambda m: m.start)


_LETTERS = re.compile(r"[^\W\d_]")


def _is_noise(actor: Actor) -> bool:
    """An actor nobody knows whose name is a photo position mark ("M,l"), a stray letter or
    page furniture ("Foto")."""
    if not actor.id.startswith(NEW_PREFIX):
        return False
    return len(_LETTERS.findall(actor.name)) < 3 or fold(actor.name) in load_rules().not_actor_names


class ActorsStage:
    """Fills `article.actors` and `article.dateline.actor` from `state.doc`."""

    name = "actors"

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        known: KnownSource | None = None,
        options: LinkOptions | None = None,
    ) -> None:
        self._kb = kb
        self.known = known
        self.options = options or LinkOptions()

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = KnowledgeBase.load()
        return self._kb

    def run(self, state: AnalysisState) -> None:
        article = state.require_article
        doc = state.doc if state.doc is not None else _blank(article.text)
        day = article_day(article, state.reference_date, doc)
        actors = link_article(doc, day, self.kb, self.known, article, self.options)
        article.actors = [a for a in actors.to_models() if not _is_noise(a)]
        if article.dateline is not None:
            article.dateline.actor = self.dateline_actor(article.dateline.text, day, article.actors)

    def dateline_actor(self, text: str, day: date | None, actors: list[Actor]) -> str | None:
        """The dateline is a place: the capital or city, never its government."""
        metonym = self.kb.metonym(text)
        if metonym is not None and metonym.place_id is not None:
            return metonym.place_id
        for actor in actors:
            if any(m.text == text and m.kind == "name" for m in actor.mentions):
                return actor.id
        found = self.kb.match_name(text, on=day, types=frozenset({"LOC", "GPE"}))
        if found:
            return found[0].actor.id
        # A dateline names a place, so a GeoNames town needs no other evidence ("SEATTLE").
        town = self.kb.place(text)
        return town.id if town is not None else None


def _blank(text: str) -> Doc:
    """Without the nlp stage: tokens only; names come from the gazetteer."""
    return spacy.blank("de")(text)
