"""Stories: which articles report the same incident.

``dedup.StoryIndex`` finds duplicates and candidates (canonical URL, hash of the normalised
text, MinHash LSH over shingles with each outlet's boilerplate stripped: ``dedup_text``),
held in compact numpy columns (``dedup_tables``) for a month of news. ``stories`` decides
whether two different reports are one incident, from the primary events the extractor
found (type family, place, date, toll), with text similarity only where events cannot.
"""

from pipeline.stories.dedup import StoryIndex
from pipeline.stories.stories import StoryClusterer, cluster_articles

__all__ = ["StoryClusterer", "StoryIndex", "cluster_articles"]
