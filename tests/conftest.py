"""Shared test set-up: Qt draws offscreen, user data and settings go to a temporary folder."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's templates, projects or autosave from a test run.
os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="briefing-test-data-")
