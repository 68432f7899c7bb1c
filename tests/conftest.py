"""Shared test set-up: Qt draws offscreen, user data and settings go to a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
