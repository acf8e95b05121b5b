"""The quotes stage: direct, partial and indirect speech with cue and speaker.

find_quotes(text, sentences=None) -> list[QuoteMatch]
QuotesStage().run(state)
"""

from lagebild.quotes.detect import find_quotes
from lagebild.quotes.records import QuoteMatch
from lagebild.quotes.stage import QuotesStage
from lagebild.quotes.text import Token, split_sentences

__all__ = ["QuoteMatch", "QuotesStage", "Token", "find_quotes", "split_sentences"]
