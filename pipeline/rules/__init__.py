"""The extraction rules as data: word lists an analyst who reads Arabic can edit without
reading the code.

``triggers`` (words that make a sentence an event, by ACLED sub-event type), ``cues`` (words
that change what a trigger means) and ``scope`` (how far each cue reaches), ``places``
(place markers, ordinary words that are no place, words that say "not the scene"),
``tolls`` (words of death tolls), ``scenes`` (which events are coded once per place, and
which places are no scene), ``actors`` (parties of the war and their aliases),
``not_news`` (texts that report no incident), ``background`` (sentences that recall earlier
events, statement dates, agreement dates), ``dates`` (the clause a date word dates, this
month's and tonight's words), ``breach`` (violence presented as breaking a truce in
force) and ``stories`` (when two reports are not one incident, and where a report's lead
begins). Each module says what its lists do and how
to edit them; ``pipeline.events`` holds the code that reads them. ``newswatch eval``
measures the effect of a change.
"""

__all__ = ["actors", "background", "breach", "cues", "dates", "not_news", "places", "scenes",
           "scope", "stories", "tolls", "triggers"]
