"""The dashboard's files (a package only so that setuptools ships them as package data)."""
