"""Event extraction: from an article's title and text to ACLED-coded events.

``extract.EventExtractor`` runs the stages: ``classify`` finds the sentences that report an
incident (``lexicon`` matches the trigger and cue lists), ``background`` tells the sentences
that recall earlier events from those that tell the incident, then each event gets its place
(``places``, on the gazetteer), date (``dates``), death toll (``numbers``), actors
(``actors``) and whether it breaks a truce in force (``breach``). The words these stages
look for are data, in ``pipeline.rules``; the code here says how they combine.
"""

from pipeline.events.extract import EventExtractor
from pipeline.events.places import PlaceResolver

__all__ = ["EventExtractor", "PlaceResolver"]
