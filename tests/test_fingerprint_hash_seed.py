"""The extractor's fingerprint is the same in every process whatever its hash seed: workers started apart from the
client must agree with it (a setting that is a set, such as settings.BODIES, printed its members in the seed's order,
so every worker refused the client's work as another extractor)."""

import os
import subprocess
import sys
from pathlib import Path

_PRINT = "from loaders.cache import fingerprint; print(fingerprint())"


ROOT = str(Path(__file__).resolve().parents[1])  # this checkout's loaders, not another installed copy


def test_fingerprint_does_not_follow_the_hash_seed():
    env = {**os.environ, "PYTHONPATH": ROOT}
    prints = {subprocess.run([sys.executable, "-c", _PRINT], env={**env, "PYTHONHASHSEED": str(seed)}, cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout for seed in range(8)}
    assert len(prints) == 1
