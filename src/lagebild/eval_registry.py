"""Imports every module that registers an evaluator (one line per stage)."""

import lagebild.article.evaluate  # noqa: F401
