"""Readers for the annotated corpora under `shared/data`, and the fixed held-out splits.

Each reader turns one source format into plain records (`NerSentence`,
`UdSentence`); `docs.py` turns records into spaCy Docs. Training and the
evaluator share these readers, so both see exactly the same sentences.
"""

from lagebild.nlp.corpus.records import NerSentence, UdSentence, UdToken

__all__ = ["NerSentence", "UdSentence", "UdToken"]
