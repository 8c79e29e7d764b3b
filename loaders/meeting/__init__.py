"""The steps of the meetings stage, one module each; the stage's entry point is loaders.meetings."""
