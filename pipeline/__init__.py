"""Vaccine-supply event extractor: raw articles in, normalised event tables out."""

__version__ = "0.1.0"
