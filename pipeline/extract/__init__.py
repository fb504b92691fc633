"""Extraction: from parsed sentences and their document to events (rules propose, models decide)."""
