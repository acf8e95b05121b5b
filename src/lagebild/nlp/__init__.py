"""The nlp stage: loading the spaCy pipeline (ours by default, any by setting) and running it.

The rest of Lagebild uses only spaCy's Doc API on `state.doc`, never this
package's internals, so any spaCy pipeline can replace ours.
"""

from lagebild.nlp.loader import default_model_path, load_nlp
from lagebild.nlp.stage import NlpStage

__all__ = ["NlpStage", "default_model_path", "load_nlp"]
