"""Line numbers for a template's keys and values, from the YAML node tree (`yaml.compose`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import yaml

# A path into the loaded data: mapping keys and list indices, e.g. ("sections", 2, "kind").
DataPath = tuple[str | int, ...]


@dataclass
class Locator:
    """Finds the 1-based line of a path; falls back to the nearest ancestor that is in the text.

    `aliases` maps a current key to the older spelling a migrated file may still use, so that a
    problem in a migrated part still points at the right line.
    """
    root: yaml.Node | None
    aliases: Mapping[str, str]

    def line(self, path: DataPath, key: bool = False) -> int | None:
        """The line of the value at `path`, or of its key when `key` is true."""
        node = self.root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for depth, step in enumerate(path, 1):
            found = self._child(node, step)
            if found is None:
                return line
            key_node, node = found
            at_key = key and depth == len(path) and key_node is not None
            line = (key_node if at_key else node).start_mark.line + 1
        return line

    def _child(self, node: yaml.Node, step: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
        if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            return (None, node.value[step]) if 0 <= step < len(node.value) else None
        if isinstance(node, yaml.MappingNode):
            for spelling in (step, self.aliases.get(str(step))):
                for key_node, value_node in node.value:
                    if spelling is not None and isinstance(key_node, yaml.ScalarNode) \
                            and key_node.value == str(spelling):
                        return key_node, value_node
        return None


def duplicate_keys(root: yaml.Node | None) -> list[tuple[int, str, int]]:
    """(line, key, first line) for every key that a mapping repeats; safe_load keeps only the last."""
    found: list[tuple[int, str, int]] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    line = key_node.start_mark.line + 1
                    if key_node.value in first:
                        found.append((line, key_node.value, first[key_node.value]))
                    else:
                        first[key_node.value] = line
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(found)
