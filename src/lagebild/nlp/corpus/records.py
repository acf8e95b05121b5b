"""Plain records the corpus readers produce: no spaCy objects, easy to test."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NerSentence:
    """Tokens with BIO tags over PER/LOC/ORG/MISC (already mapped)."""

    words: list[str]
    tags: list[str]
    # False where the source says no space follows the token (HIPE's NoSpaceAfter).
    spaces: list[bool] | None = None
    source: str = ""
    # Wikidata QIDs of linked entities, as (start token, end token, label, QID).
    links: list[tuple[int, int, str, str]] = field(default_factory=list)


@dataclass
class UdToken:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based index of the head word, 0 for the root
    deprel: str
    space_after: bool = True


@dataclass
class UdSentence:
    sent_id: str
    text: str
    tokens: list[UdToken]
    # PUD's XPOS column is not STTS (it holds English-style tags): such XPOS are not used.
    xpos_is_stts: bool = True
