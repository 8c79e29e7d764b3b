"""Temporal expression tagger internals; the public interface is loaders.dates."""
