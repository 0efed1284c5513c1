"""Bundled corpora and lexicons, mapped here from the checkout top-level folders at build time."""
