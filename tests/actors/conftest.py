"""One knowledge base for all actor tests (loading it takes about a second)."""

from __future__ import annotations

import pytest

from lagebild.actors.kb import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()
