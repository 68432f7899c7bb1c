"""Every dataclass of the build's packages states what it holds in a docstring: without one,
`dataclass` makes one from the class's signature (inspect.signature, at every import of a build:
a tenth of the time it takes to make the classes)."""

import dataclasses
import importlib
import pkgutil

import briefing

PACKAGES = ("model", "analysis", "compose", "templates", "services")


def test_every_dataclass_a_build_imports_has_a_docstring_of_its_own():
    missing = []
    for package in PACKAGES:
        root = importlib.import_module(f"briefing.{package}")
        names = [root.__name__] + [m.name for m in pkgutil.walk_packages(root.__path__, f"{root.__name__}.")]
        for name in names:
            module = importlib.import_module(name)
            for value in vars(module).values():
                if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name \
                        and (value.__doc__ or "").startswith(f"{value.__name__}("):
                    missing.append(f"{name}.{value.__qualname__}")
    assert briefing and not missing
