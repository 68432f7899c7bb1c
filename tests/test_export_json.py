"""The JSON writer writes what `json.dumps(..., ensure_ascii=False, indent=2)` writes."""

import json
import math
import random

import pytest

from briefing.export.json_writer import indented_json


def test_indented_json_is_json_dumps_with_an_indent_of_two_byte_for_byte():
    value = {
        "text": 'A "quoted" line\nwith a tab\t, a backslash \\, é, 😀, \u2028 and \x00',
        "empty list": [], "empty dict": {}, "nested": [[], [{}], {"a": [1, -2, 10**20]}],
        "numbers": [0, -0.0, 0.1, 1e300, 1e-300, 3.0, math.nan, math.inf, -math.inf],
        "literals": [True, False, None], "tuple": (1, "two"),
        3: "int key", 2.5: "float key", False: "bool key", None: "null key",
    }
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_indented_json_matches_json_dumps_on_random_trees():
    rnd = random.Random(7)
    chars = ["a", "é", '"', "\\", "\n", "\x7f", "😀", " "]

    def tree(depth):
        kind = rnd.randrange(4 if depth < 4 else 1)
        if kind == 0:
            return rnd.choice([None, True, False, rnd.randint(-999, 999), rnd.random(),
                               "".join(rnd.choice(chars) for _ in range(rnd.randrange(5)))])
        if kind == 1:
            return [tree(depth + 1) for _ in range(rnd.randrange(4))]
        if kind == 2:
            return tuple(tree(depth + 1) for _ in range(rnd.randrange(3)))
        return {rnd.choice(["a", "b\n", 'c"', 1, 2.5, False]): tree(depth + 1) for _ in range(rnd.randrange(4))}

    for _ in range(2000):
        value = tree(0)
        assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_indented_json_refuses_what_json_refuses():
    with pytest.raises(TypeError):
        indented_json({"a": object()})
    with pytest.raises(TypeError):
        indented_json({("a",): 1})
