"""Build: the extractor's hot stages compiled to C with mypyc where a compiler is at hand, else pure Python.

`bin/setup` (pip install -e) compiles them next to their sources; loaders/__init__.py runs the sources instead
when one of them was edited after its build. TIMELINE_PURE_PYTHON=1 skips the compiling.
"""

import os
import sys

from setuptools import setup

# The stages an article goes through (loaders/pipeline.py) and the cross-article years and merge (resolve.py,
# merge.py), not reading, the cache or the CLI. Frozen dataclasses
# here that are pickled (the cache, worker processes) define __reduce__: compiled, they cannot be restored
# field by field.
HOT = ["loaders/pipeline.py", "loaders/sentences.py", "loaders/scan.py", "loaders/actors.py", "loaders/places.py",
       "loaders/mentions.py", "loaders/meetings.py", "loaders/timex/model.py", "loaders/timex/tagger.py",
       "loaders/timex/patterns.py", "loaders/timex/triggers.py", "loaders/timex/starts.py", "loaders/timex/tense.py",
       "loaders/timex/builders.py", "loaders/timex/calendar.py", "loaders/resolve.py", "loaders/merge.py"]


def compiled() -> list:
    if os.environ.get("TIMELINE_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as err:
        print(f"setup: no mypyc ({err}): the extractor stays pure Python", file=sys.stderr)
        return []
    extensions = mypycify(HOT, opt_level="3")
    for ext in extensions:
        ext.optional = True  # without a C compiler the build goes on, in pure Python
    return extensions


setup(ext_modules=compiled())
