"""The command line: `briefing build`, `briefing template`, `briefing library`, `briefing gui`."""

from briefing.regex_cache import install as _install_regex_cache
from briefing.user_cache import cache_dir as _cache_dir

_install_regex_cache(_cache_dir())      # before the modules below compile their patterns

from briefing.cli.main import main  # noqa: E402

__all__ = ["main"]
