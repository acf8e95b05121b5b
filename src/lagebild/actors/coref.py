"""Pronouns -> the most salient compatible person.

Candidates are the persons mentioned in the pronoun's sentence (before it) and in the
`pronoun_window` sentences before; they must agree in gender (when known) and be singular.
Salience: nearer sentences first; within that, subjects before others (German texts keep
the topic in subject position: "Tokajew betonte ... Er sagte"), then the nearest mention.
A possessive (sein, ihr) binds to its clause's subject when that subject is a person,
even after it ("Bei einer Pressekonferenz mit seinem Amtskollegen betonte Putin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity, Placed
from lagebild.actors.pronoun_cues import load_cues
from lagebild.actors.pronoun_orgs import Agreement, article_genders, name_key
from lagebild.actors.rules import LinkRules, PronounForm
from lagebild.actors.topic import topic_person
from lagebild.actors.we_speakers import we_side

SUBJECT_BONUS = 0.6
SENTENCE_COST = 1.0
SAME_CLAUSE_SUBJECT_BONUS = 1.5
# Persons are preferred antecedents: an organisation must be a sentence nearer to win.
NON_PERSON_COST = 0.8
PLURAL = Agreement(frozenset(), plural=True)
# „Kim Jong Un und seine Familie“: a possessive right after "und" belongs to the first
# conjunct, whatever else is salient.
COORDINATION_BONUS = 3.0


@dataclass(frozen=True, slots=True)
class PronounHit:
    token: Token
    form: PronounForm
    # A plural "sie"/"ihre": refers to a group actor ("die Demonstranten ... sie"), if any.
    plural: bool = False
    # A possessive "ihre" whose number the text does not show (its inflection agrees with
    # the possessed noun: "ihre Erlebnisse"): a woman, a body or a group.
    either: bool = False
    # „Der diente …“: an article form standing for the latest noun phrase (see
    # `standalone_demonstratives`); a noun that is no actor in between means a thing.
    standalone: bool = False


def find_pronouns(view: DocView, rules: LinkRules) -> list[PronounHit]:
    hits = []
    for token in view.doc:
        form = rules.pronoun(token.text)
        standalone = form is None and _opens_before_verb(token)
        if standalone:
            form = rules.standalone_demonstratives.get(token.lower_)
        if form is None or _formal(token) or _expletive(token):
            continue
        if form.demonstrative and _before_noun(token):
            continue  # „dieser Mann“: a determiner, handled as a description
        # A possessive's number is the possessed noun's: "ihr Gebiet" may be a woman's or
        # a group's (as "ihre" is); "ihr" alone ("gab ihr") is a woman.
        either = form.possessive and (
            {"Sing", "Plur"} <= form.numbers or ("Fem" in form.genders and _possessive_use(token))
        )
        plural = not either and _plural(token, form)
        if plural and "Plur" not in form.numbers:
            continue  # "wir": the speaker's side, not resolved here
        hits.append(PronounHit(token, form, plural, either, standalone))
    return hits


_QUOTES = re.compile(r"„[^“”]*[“”]|“[^”]*”|«[^»]*»|»[^«]*«|\"[^\"\n]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def resolve_speaker(
    token: Token, quotes: list[tuple[int, int]], view: DocView, actors: ArticleActors
) -> Entity | None:
    """„Ich“ inside a quotation is its speaker (see `speaker_of`); „wir“ the side the
    speaker speaks for (see `we_side`)."""
    found = speaker_of(token.idx, quotes, view, actors)
    person = found[0] if found is not None else None
    if token.lower_ not in view.rules.first_plural:
        return person
    quote = next(((a, b) for a, b in quotes if a <= token.idx < b), None)
    return we_side(token, person, quote, view, actors)


# How sure a speaker is, best first: named after the quotation in the sentence where it
# ends („…“, sagte Putin); the subject before it in its sentence (Putin sagte: „…“) or in
# the sentence before (a quotation that goes on from its speaker); any person before it
# there; a person after it in the next sentence.
SURE_SPEAKER = 2


def speaker_of(
    char: int, quotes: list[tuple[int, int]], view: DocView, actors: ArticleActors
) -> tuple[Entity, int] | None:
    """The speaker of the quotation around `char` and how sure (0 best): a person named
    outside every quotation (a pronoun there counts: „…“, sagte er), nearest first."""
    quote = next(((a, b) for a, b in quotes if a <= char < b), None)
    if quote is None:
        return None
    first, last = view.sent_of(quote[0]), view.sent_of(quote[1] - 1)
    best: tuple[int, int] | None = None
    chosen = None
    for m in actors.mentions:
        entity = actors.entities[m.entity]
        if not entity.is_person or any(a <= m.start < b for a, b in quotes):
            continue
        subject = m.place.role == "subject"
        if m.start >= quote[1] and m.place.sent == last:
            key = (0, m.start - quote[1])
        elif m.start < quote[0] and first - 1 <= m.place.sent <= first:
            level = (1 if m.place.sent == first else 2) if subject else 3
            key = (level, quote[0] - m.start)
        elif m.start >= quote[1] and m.place.sent == last + 1:
            key = (4, m.start - quote[1])
        else:
            continue
        if best is None or key < best:
            best, chosen = key, entity
    return (chosen, best[0]) if chosen is not None and best is not None else None


def _plural(token: Token, form: PronounForm) -> bool:
    """A plural pronoun names a group, which is not one actor; "sie" is plural when the
    morphology or its verb says so."""
    if "Sing" not in form.numbers:
        return True
    if "Plur" not in form.numbers:
        return False
    coordinated = any(c.dep_ in ("conj", "cj", "cd") for c in token.children)
    if token.dep_.startswith(("nsubj", "sb")) and not coordinated:
        # A subject agrees with its finite verb, which the tagger reads more surely than
        # "sie" itself: „wozu sie 25 Jahre nicht in der Lage war“ is singular ("Sie und
        # das Bündnis müssen" is not: the verb agrees with both).
        head = token.head
        finite = [head, *(c for c in head.children if c.dep_.startswith(("aux", "cop")))]
        numbers = {
            n for t in finite if t.pos_ in ("VERB", "AUX") for n in t.morph.get("Number", [])
        }
        if len(numbers) == 1:
            return numbers == {"Plur"}
    return "Plur" in token.morph.get("Number", [])


def _surely_singular(hit: PronounHit) -> bool:
    """A form that may be plural ("sie" as subject or object) is singular for sure only as
    the subject of a singular finite verb („erhielt sie“), not as an object („dass sie die
    Nachbarn … beschimpften“ may be read either way)."""
    token = hit.token
    if hit.form.possessive or "Plur" not in hit.form.numbers:
        return True
    if not token.dep_.startswith(("nsubj", "sb")):
        return False
    head = token.head
    finite = [head, *(c for c in head.children if c.dep_.startswith(("aux", "cop")))]
    if not any(t.pos_ in ("VERB", "AUX") for t in finite):
        # The parser hung the pronoun elsewhere: the verbs of its clause up to the next
        # punctuation („dass sie die Nachbarn … beschimpften“); none at all („Sie hänge
        # nicht an“, "hänge" read as an adverb): the pronoun's own number.
        finite = list(takewhile(lambda t: not t.is_punct, token.doc[token.i + 1 :]))
    numbers = {_verb_number(t) for t in finite if t.pos_ in ("VERB", "AUX")}
    return numbers == {"Sing"} or (not numbers and token.morph.get("Number", []) == ["Sing"])


def _verb_number(verb: Token) -> str:
    """The tagger's number of a verb; where it gives none (a finite form read as an
    infinitive: „dass sie … beschimpften“), the ending: the third person plural ends in -en
    (sie kommen, beschimpften), the singular does not (sie kommt, beschimpfte, hänge)."""
    numbers = verb.morph.get("Number", [])
    if len(numbers) == 1:
        return numbers[0]
    return "Plur" if verb.lower_.endswith("en") or verb.lower_ == "sind" else "Sing"


def _relative_comma(token: Token) -> Token | None:
    """The comma that opens the relative clause of „, deren“ or "…, mit dessen"."""
    doc, i = token.doc, token.i - 1
    if i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    return doc[i] if i >= 0 and doc[i].text == "," else None


def _relative_antecedent(hit: PronounHit, view: DocView, actors: ArticleActors) -> Entity | None:
    """„die Linken, deren Ruf“: the actor whose mention ends right before the comma; a
    person must agree in gender (a body or party may be plural: "die Grünen, deren")."""
    comma = _relative_comma(hit.token)
    if comma is None:
        return None
    before = [m for m in actors.mentions if m.end == comma.idx and m.kind != "adjective"]
    for mention in sorted(before, key=lambda m: m.start):
        entity = actors.entities[mention.entity]
        if entity.model.type == "LOC":
            continue
        if not entity.is_person or _compatible(entity, hit.form, False, None, True):
            return entity
    return None


def _before_noun(token: Token) -> bool:
    """„dieser Mann“ (a determiner) vs "dass dieser noch lebe" (a pronoun). The tagger calls
    both DET; the parser's relation tells them apart, else the next word does."""
    if token.dep_ in ("det", "nk"):
        return True
    if token.dep_ not in ("", "dep"):
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        nxt is not None
        and nxt.is_alpha
        and (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or (not nxt.pos_ and nxt.text[:1].isupper()))
    )


def _possessive_use(token: Token) -> bool:
    """„ihr Gebiet“, "ihr neues Buch": the form stands before its noun."""
    if token.dep_.startswith("det"):
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _opens_before_verb(token: Token) -> bool:
    """„Der diente aber …“: the first word of a sentence, right before a verb, so no
    article of a noun."""
    doc = token.doc
    if not token.is_sent_start or token.i + 1 >= len(doc):
        return False
    return doc[token.i + 1].pos_ in ("VERB", "AUX")


def _expletive(token: Token) -> bool:
    """„Es gibt“, "es regnet", "es ist klar, dass": a placeholder, not an actor. The parser's
    expletive label, a neuter "es" followed by a dass/ob clause or an infinitive, and, in a
    parsed and tagged text, any "es" but the subject of a singular full verb that takes an actor
    („Das Amt greift zu einem Kniff, es äußert sich …“)."""
    if token.lower_ != "es":
        return False
    if token.dep_ in ("ep", "expl"):
        return True
    head = token.head
    impersonal = load_cues().impersonal_verbs
    if head.lemma_ in impersonal or any(
        child.dep_ in ("oc", "re", "ccomp", "csubj") for child in head.children
    ):
        return True
    tagged = token.doc.has_annotation("DEP") and token.doc.has_annotation("POS")
    return tagged and not _acting_subject(token, impersonal)


def _impersonal_form(word: str, impersonal: frozenset[str]) -> bool:
    """A form of an impersonal verb the lemmatizer missed ("handele" of "handeln", "heißt"):
    the lemma itself, or its stem with -e, -t or -te."""
    for lemma in impersonal:
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        if word == lemma or word in (stem + "e", stem + "t", stem + "te"):
            return True
    return False


def _acting_subject(token: Token, impersonal: frozenset[str]) -> bool:
    """An "es" that is the subject of an active full verb (no copula: "Ziel ist es"; no
    passive: "Es könne nicht bestätigt werden"), not of an impersonal one ("heißt es",
    "handele es sich"), and singular ("Es profitieren Menschen": the verb agrees with the
    real subject)."""
    head = token.head
    if not token.dep_.startswith(("nsubj", "sb")) or head.pos_ != "VERB":
        return False
    if _impersonal_form(head.lower_, impersonal) or any(
        c.dep_ in ("cop", "aux:pass") for c in head.children
    ):
        return False
    finite = [head, *(c for c in head.children if c.dep_.startswith("aux"))]
    return not any("Plur" in t.morph.get("Number", []) for t in finite)


def _formal(token: Token) -> bool:
    """„Sie“ inside a sentence is the polite form (or a plural), never one actor here."""
    return token.text in ("Sie", "Ihnen") and not token.is_sent_start


def _noun_gender(view: DocView, mention: Placed) -> str | None:
    """The grammatical gender of a description's head noun, singular only: "die Regierung
    ... sie", "das Ministerium ... es" agree with the noun, whatever else names the actor."""
    if mention.kind != "description" or mention.place.token < 0:
        return None
    head = view.doc[mention.place.token]
    genders = head.morph.get("Gender", [])
    if len(genders) != 1 or "Plur" in head.morph.get("Number", []):
        return None
    # An article whose form fixes the gender outvotes the noun's morphology, which errs
    # on rarer nouns („das syrische Regime“ read as feminine).
    first = view.token_at(mention.start)
    fixed = article_genders(first.lower_) if first is not None else None
    if fixed is not None and genders[0] not in fixed:
        return next(iter(fixed)) if len(fixed) == 1 else None
    return genders[0]


def _plural_description(view: DocView, mention: Placed) -> Agreement | None:
    """A plural description of a state or body ("die Türken", "Deutschlands Regierende",
    "die Behörden") is referred to by plural pronouns: „… zwangen sie die Kurden“."""
    if mention.kind != "description" or mention.place.token < 0:
        return None
    head = view.doc[mention.place.token]
    return PLURAL if head.morph.get("Number", []) == ["Plur"] else None


def _compatible(
    entity: Entity,
    form: PronounForm,
    plural: bool = False,
    gender: str | None = None,
    either: bool = False,
    agreement: Agreement | None = None,
) -> bool:
    """Persons: most persons in the news whose gender the text does not show are men,
    so "sie"/"ihr" want a person known to be a woman; "er"/"sein" any other. A plural
    pronoun wants a group, a singular one never does; `either` may be both. Organisations
    and states: `gender` (a description's noun), else the `agreement` of their names."""
    if entity.is_group:
        return plural or either
    if not entity.is_person and gender is None and agreement is not None and agreement.plural:
        return plural or either  # „die Piraten … ihren Zenit“
    if plural:
        return False
    if not entity.is_person:
        # An organisation or state agrees by grammatical gender ("die SPD ... sie"); a place
        # is not an actor a pronoun refers to ("in Grosbliederstroff ... er").
        if entity.model.type == "LOC":
            return False
        if entity.model.type == "GPE" and not form.possessive and "Fem" not in form.genders:
            # "er"/"ihn" for a state is rare in German news (none in our gold), while a
            # person just named is the usual antecedent; "sein"/"ihr", "sie" may be a state.
            return False
        if gender is None and agreement is not None:
            return bool(agreement.genders & form.genders)
        gender = gender or entity.gender
        return gender is not None and gender in form.genders
    if form.genders and "Masc" not in form.genders:
        return entity.gender in form.genders
    return entity.gender is None or not form.genders or entity.gender in form.genders


def resolve_pronoun(
    hit: PronounHit,
    view: DocView,
    actors: ArticleActors,
    window: int,
    speaker: Entity | None = None,
    agreements: dict[tuple[str, str], Agreement] | None = None,
) -> Entity | None:
    """`speaker`: who speaks the quotation the pronoun stands in; a third person there is
    someone else („Ich wünsche ihm alles Gute“, sagte Trump). `agreements`: gender and
    number of the organisations and states (`organisation_agreement`)."""
    if hit.form.relative and _relative_comma(hit.token) is not None:
        return _relative_antecedent(hit, view, actors)
    # „Und dessen Vorgänger“ without a comma: a demonstrative, like „dieser“ alone.
    demonstrative = hit.form.demonstrative or hit.form.relative
    possessive = hit.form.possessive and not hit.form.relative
    tok = hit.token
    sent = view.sent_of(tok.idx)
    inside = {m.entity for m in actors.mentions if m.start <= tok.idx < m.end}
    disjoint = (
        set()
        if hit.form.possessive
        else {m.entity for m in actors.mentions if _disjoint(view, m, tok)}
    )
    if speaker is not None:
        inside.add(speaker.id)
    reporter = _reporting_subject(view, actors, hit)
    if reporter is not None and reporter.id not in inside:
        return reporter
    best: tuple[float, int] | None = None
    chosen: Entity | None = None
    chosen_end = -1
    for mention in actors.mentions:
        if mention.kind == "adjective":
            continue  # „die Schweizer Agentur … ihrem“: the agency, not Switzerland
        entity = actors.entities[mention.entity]
        gender = None if entity.is_person else _noun_gender(view, mention)
        agreement = (
            _plural_description(view, mention)
            or agreements.get((entity.id, name_key(mention.text)))
            if agreements is not None and not entity.is_person
            else None
        )
        agrees = _compatible(entity, hit.form, hit.plural, gender, hit.either, agreement)
        if mention.entity in inside or not agrees:
            continue
        person = entity.is_person or entity.is_group
        score = _salience(mention, tok, sent, possessive, window, person)
        if score is None or (mention.start > tok.idx and not _same_clause(view, mention, tok)):
            continue
        if mention.entity in disjoint:
            continue
        if possessive and _coordinated(view, mention, tok):
            score += COORDINATION_BONUS
        if demonstrative and mention.place.role == "subject":
            score -= 2 * SUBJECT_BONUS  # „Dieser“ avoids the topic: the latest other person
        key = (score, mention.start)
        if best is None or key > best:
            best, chosen, chosen_end = key, entity, mention.end
    if hit.standalone and _thing_between(view, actors, chosen_end, hit):
        return None  # „Der Imageschaden … Der kostet nichts“: the demonstrative is the thing
    if chosen is None and not (hit.plural or demonstrative) and _surely_singular(hit):
        # Past the window: the one person of its gender the text has kept as its topic.
        return topic_person(
            actors,
            tok.idx,
            sent,
            (window, load_cues().topic_window),
            lambda e: _compatible(e, hit.form, False, None, hit.either),
            inside | disjoint,
        )
    return chosen


def _thing_between(view: DocView, actors: ArticleActors, start: int, hit: PronounHit) -> bool:
    """A singular common noun of the pronoun's gender, in no actor's mention, between the
    antecedent and the pronoun."""
    for token in view.doc[: hit.token.i]:
        if token.idx < start or token.pos_ != "NOUN":
            continue
        if "Plur" in token.morph.get("Number", []):
            continue
        if not set(token.morph.get("Gender", [])) & hit.form.genders:
            continue
        if not actors.covered(token.idx, token.idx + len(token)):
            return True
    return False


def _salience(
    mention: Placed, tok: Token, sent: int, possessive: bool, window: int, person: bool = True
) -> float | None:
    distance = sent - mention.place.sent
    after = mention.start > tok.idx
    if distance < 0 or distance > window:
        return None
    if after:
        # Only a possessive looks ahead, and only to its own clause's subject.
        if not (possessive and distance == 0 and mention.place.role == "subject"):
            return None
        return SAME_CLAUSE_SUBJECT_BONUS - (0.0 if person else NON_PERSON_COST)
    score = -SENTENCE_COST * distance - (0.0 if person else NON_PERSON_COST)
    if mention.place.role == "subject":
        score += SUBJECT_BONUS
        if possessive and distance == 0:
            score += SAME_CLAUSE_SUBJECT_BONUS
    return score


def _clause_verb(token: Token) -> Token:
    """The verb (or the root) a token's clause hangs on."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and seen < 8:
        token, seen = token.head, seen + 1
    return token


def _coordinated(view: DocView, mention: Placed, tok: Token) -> bool:
    """The mention and the possessive's phrase are conjuncts: "<mention> und seine …"."""
    between = view.text[mention.end : tok.idx].strip() if mention.end <= tok.idx else ""
    return between in load_cues().conjunctions


def _reporting_subject(view: DocView, actors: ArticleActors, hit: PronounHit) -> Entity | None:
    """Indirect speech shifts the speaker's "ich" to "er"/"sie": in „Keith kenne er gar
    nicht, sagt der Vorsitzende David Bendels“, "Auf die Frage, ob er … habe, sagte Trump"
    the subject pronoun of the reported clause is the person who reports it after it."""
    tok = hit.token
    if not view.parsed or hit.form.possessive or not tok.dep_.startswith(("nsubj", "sb")):
        return None
    clause = _clause_verb(tok)
    ancestor, seen = clause.head, 0
    while ancestor.i != clause.i and seen < 4:
        for mention in actors.mentions:
            entity = actors.entities[mention.entity]
            if (
                mention.start > tok.idx
                and mention.place.token >= 0
                and mention.place.role == "subject"
                and view.doc[mention.place.token].head.i == ancestor.i
                and entity.is_person
                and _compatible(entity, hit.form, hit.plural, None, hit.either)
            ):
                return entity
        if ancestor.head.i == ancestor.i:
            break
        ancestor, seen = ancestor.head, seen + 1
    return None


def _disjoint(view: DocView, mention: Placed, tok: Token) -> bool:
    """German binds an object to its own clause's subject with "sich", so a personal
    pronoun object is someone else: „Bis Trump ihm grünes Licht gab“, "Le Drian soll mit
    Maas telefoniert und ihn gebeten haben" (verbs joined by "und" share the subject), "X
    zuckte neben ihm leicht genervt" (an adverbial phrase of the verb), "attackierte X
    seinen Nachfolger, stellte ihn als … dar" (a verb without a subject of its own shares
    the one of the verb it is joined to, whichever way the parser joined them)."""
    if not view.parsed or mention.place.token < 0 or mention.place.role != "subject":
        return False
    if tok.lower_ not in load_cues().object_pronouns or tok.dep_.startswith(("nsubj", "sb")):
        return False  # forms that are objects only; "ihr", "sie", "seiner" are not
    verb = _adverbial_verb(tok)
    if verb is None:
        return False  # „er kaufte von einem ihm bekannten Hacker“: a phrase of its own
    subject_verb = _clause_verb(view.doc[mention.place.token])
    if verb == subject_verb:
        return True
    if any(c.dep_.startswith(("nsubj", "sb")) for c in verb.children):
        return False
    if verb.dep_ in ("conj", "cj") and verb.head == subject_verb:
        return True
    return subject_verb.head == verb and subject_verb.dep_ in SHARED_SUBJECT_DEPS


# A verb without a subject joined to one with a subject by these (the parser reads a
# comma-joined second verb as the root and the first as its complement).
SHARED_SUBJECT_DEPS = ("conj", "cj", "ccomp", "parataxis")


def _adverbial_verb(tok: Token) -> Token | None:
    """The verb the pronoun depends on, directly or through an adverbial adjective or
    adverb ("neben ihm leicht genervt"); None inside a noun's attribute ("einem ihm
    bekannten Hacker")."""
    head, steps = tok.head, 0
    while head.pos_ in ("ADJ", "ADV") and head.dep_ in ("advmod", "mo") and steps < 2:
        head, steps = head.head, steps + 1
    return head if head.pos_ in ("VERB", "AUX") else None


def _same_clause(view: DocView, mention: Placed, tok: Token) -> bool:
    """A subject after a possessive binds it only in the possessive's own clause: "Die CDU
    verlor, auch wegen ihres Kandidaten, und die SPD verfehlte …" – the SPD heads another
    clause. Without a parse every mention counts as the same clause."""
    if not view.parsed or mention.place.token < 0:
        return True
    return _clause_verb(view.doc[mention.place.token]) == _clause_verb(tok)
