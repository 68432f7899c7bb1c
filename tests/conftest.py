"""Shared test set-up: Qt draws offscreen, user data, settings and caches go to temporary folders."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's templates, projects or autosave from a test run.
os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="briefing-test-data-")
os.environ["BRIEFING_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefing-test-cache-")

# Fuzzing (tests/fuzz): a quick, repeatable profile for every run and CI, and a long one to run by
# hand before a release: `python -m pytest tests/fuzz --hypothesis-profile=long`.
try:
    from hypothesis import HealthCheck, settings
except ImportError:        # the test extras are not installed: the fuzz tests will say so
    pass
else:
    _SLOW_INPUTS = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    # Budgets are the fuzz tests' own (a time budget per call, a memory ceiling), not Hypothesis's
    # deadline, which the shared machines' load would make flaky.
    settings.register_profile("ci", max_examples=300, deadline=None, derandomize=True, database=None,
                              suppress_health_check=_SLOW_INPUTS, print_blob=True)
    settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=_SLOW_INPUTS,
                              print_blob=True)
    settings.load_profile("ci")
