"""The meeting mention finder's steps, one module each; the stage's entry point is loaders.mentions."""
