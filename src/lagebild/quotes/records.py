"""What the quotes stage finds: a contract `Quote` plus the spans behind it."""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.models import Quote

CharSpan = tuple[int, int]


@dataclass(frozen=True)
class QuoteMatch:
    """One quote with character offsets into the analysed text.

    `quote.speaker` stays None here: it is an actor id, set by whoever resolves
    `speaker_span` (the actors stage). `speaker_text` is the surface meanwhile.
    """

    quote: Quote
    speaker_span: CharSpan | None
    cue_span: CharSpan | None
    speaker_text: str | None = None
    headline: bool = False  # a title, kicker or heading line
    # A quote with no attribution: the subject of the narrating sentence before it,
    # the speaker by news convention once the actors stage links it.
    lead_span: CharSpan | None = None
    # An impersonal cue in a sentence that names no source ("…, hieß es in einer
    # Mitteilung"): the speaker comes from the context, as for an unattributed quote.
    context_source: bool = False

    @property
    def kind(self) -> str:
        return self.quote.kind

    @property
    def span(self) -> CharSpan:
        return (self.quote.start, self.quote.end)
