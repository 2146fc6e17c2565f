"""Event extraction: from an article's title and text to ACLED-coded events.

``extract.EventExtractor`` runs the stages: ``classify`` finds the sentences that report an
incident (``lexicon`` matches the trigger and cue lists), then each event gets its place
(``places``, on the gazetteer), date (``dates``), death toll (``numbers``) and actors
(``actors``). The words these stages look for are data, in ``pipeline.rules``; the code
here says how they combine.
"""

from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver

__all__ = ["EventExtractor", "PlaceResolver"]
