"""The resolve stage's steps (calendar dates, the window an article was written in), one module each; its entry
point is loaders.resolve."""
