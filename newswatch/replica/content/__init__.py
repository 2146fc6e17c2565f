"""Data files of the replica site (a package so that wheels ship articles.json)."""
