"""Imports every module that registers an evaluator (one line per stage)."""

import lagebild.actors.evaluate
import lagebild.actors.name_eval
import lagebild.article.evaluate
import lagebild.events.evaluate
import lagebild.nlp.evaluate
import lagebild.quotes.evaluate
import lagebild.timex.evaluate  # noqa: F401
