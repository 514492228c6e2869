"""Request options checked against their schema in openapi.yaml before anything is sent.

The schemas come from spec_data.json (`operations.<method>.options`, $refs inlined by the
generator), so a rule added to the spec is checked without code here. Only the keywords that
request options use are understood: type, enum, items, oneOf/anyOf, minimum/maximum (and their
exclusive forms), minLength/maxLength, minItems/maxItems, uniqueItems and pattern.

Dependencies between options are the spec's `x-requires` (issue 18): an option set to `when`
needs each of `options` at the given value, an absent one counting as its `default`. How the
documents word it decides what happens here (`check_dependencies`): `must` ("return_text_location
must be true") is a rule, so the request is refused with a ValidationError; `available-only`
("available only when table is set to True") and `supports` ("KV supports only Chinese and
English") say the option has no effect otherwise, which the service does not refuse, so it is
an `OptionDependencyWarning` and the request goes out as asked.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Mapping
from typing import Any

from huaweicloud_ocr import _spec
from huaweicloud_ocr.errors import ValidationError

Schema = Mapping[str, Any]

_TYPE_NAMES = {
    "boolean": "true or false",
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "array": "a list",
    "object": "a JSON object",
}


def check_option(spec: _spec.OperationSpec, name: str, value: Any) -> Any:
    """The value to send for option `name` (a tuple becomes a list), or a ValidationError that
    names the option, the value and the rule. An option the spec does not know is left to the
    method signature (TypeError) or to `extra_body`."""
    schema = spec["options"].get(name)
    if isinstance(value, tuple):
        value = list(value)
    if schema is None:
        return value
    problem = problem_with(schema, value)
    if problem is not None:
        raise ValidationError(name, problem, describe(schema))
    return value


class OptionDependencyWarning(UserWarning):
    """An option was set that, by the documents, has no effect without another option."""


REFUSED = frozenset({"must"})
WARNED = frozenset({"available-only", "supports"})


def check_dependencies(spec: _spec.OperationSpec, values: Mapping[str, Any]) -> None:
    """Check the `x-requires` of every option in `values` (the options about to be sent): a
    broken `must` raises ValidationError naming the option, what it needs and the source; a
    broken `available-only`/`supports` warns (OptionDependencyWarning) with the same words."""
    for name, value in values.items():
        need = (spec["options"].get(name) or {}).get("x-requires")
        if not need or not _same(value, need.get("when", True)):
            continue
        for other, wanted in need["options"].items():
            actual = values.get(other, (spec["options"].get(other) or {}).get("default"))
            if _same(actual, wanted):
                continue
            problem = f"is {_plain_json(value)} but {other} is {_plain_json(actual)}"
            rule = f"needs {other}={_plain_json(wanted)} ({need.get('source', 'x-requires')})"
            if need.get("documents") in REFUSED:
                raise ValidationError(name, problem, rule)
            if need.get("documents") not in WARNED:
                raise ValueError(
                    f"x-requires of {name}: unknown documents {need.get('documents')!r}"
                )
            warnings.warn(f"{name}: {problem}; it {rule}", OptionDependencyWarning, stacklevel=2)


def _same(value: Any, wanted: Any) -> bool:
    return type(value) is type(wanted) and value == wanted


def _plain_json(value: Any) -> str:
    if value is None:
        return "not set"
    return "true" if value is True else "false" if value is False else _plain(value)


def problem_with(schema: Schema, value: Any) -> str | None:
    """What is wrong with `value` under `schema`, in words; None when it conforms."""
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        problems = [problem_with(branch, value) for branch in branches]
        if any(p is None for p in problems):
            return None
        # Report the branch of the value's own kind (a list against the list branch).
        for branch, problem in zip(branches, problems, strict=True):
            if _is_type(value, branch.get("type")):
                return problem
        return problems[0]
    if "enum" in schema and not _in_enum(value, schema["enum"]):
        return f"{_show(value)} is not a documented value"
    kind = schema.get("type")
    if kind is not None and not _is_type(value, kind):
        items = schema.get("items", {})
        if kind == "array" and "enum" in items and not _in_enum(value, items["enum"]):
            return f"{_show(value)} is not a documented value"
        return f"{_show(value)} is {_a(type(value).__name__)}, not {_TYPE_NAMES.get(kind, kind)}"
    if isinstance(value, list):
        return _list_problem(schema, value)
    if isinstance(value, str):
        return _string_problem(schema, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_problem(schema, value)
    return None


def _list_problem(schema: Schema, value: list[Any]) -> str | None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        return f"{len(value)} items, fewer than {schema['minItems']}"
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return f"{len(value)} items, more than {schema['maxItems']}"
    if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
        return "an item is repeated"
    items: Schema = schema.get("items") or {}
    for index, item in enumerate(value if items else []):
        problem = problem_with(items, item)
        if problem is not None:
            return f"item {index}: {problem}"
    return None


def _string_problem(schema: Schema, value: str) -> str | None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        return f"{len(value)} characters, fewer than {schema['minLength']}"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return f"{len(value)} characters, more than {schema['maxLength']}"
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        return f"{_show(value)} does not match the pattern"
    return None


def _number_problem(schema: Schema, value: float) -> str | None:
    if not math.isfinite(value):
        return f"{value!r} is not a finite number"
    if "minimum" in schema and value < schema["minimum"]:
        return f"{value!r} is below the minimum {schema['minimum']}"
    if "maximum" in schema and value > schema["maximum"]:
        return f"{value!r} is above the maximum {schema['maximum']}"
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return f"{value!r} is not above {schema['exclusiveMinimum']}"
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        return f"{value!r} is not below {schema['exclusiveMaximum']}"
    return None


def describe(schema: Schema) -> str:
    """The rule of a schema in words: 'one of front, back', 'an integer >= 1', ..."""
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        return "; or ".join(describe(branch) for branch in branches)
    if "enum" in schema:
        return "one of " + ", ".join(_plain(v) for v in schema["enum"])
    kind = str(schema.get("type", ""))
    words = [_TYPE_NAMES.get(kind, kind or "any value")]
    if kind == "array" and "items" in schema:
        words = [f"a list of: {describe(schema['items'])}"]
    bounds = [
        ("minimum", ">= {}"),
        ("maximum", "<= {}"),
        ("exclusiveMinimum", "> {}"),
        ("exclusiveMaximum", "< {}"),
        ("minLength", "of at least {} characters"),
        ("maxLength", "of at most {} characters"),
        ("minItems", "with at least {} items"),
        ("maxItems", "with at most {} items"),
        ("pattern", "matching {}"),
    ]
    words += [form.format(schema[key]) for key, form in bounds if key in schema]
    if schema.get("uniqueItems"):
        words.append("without repeats")
    return " ".join(words)


def _is_type(value: Any, kind: str | None) -> bool:
    if kind is None:
        return True
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, Mapping)
    return False


def _in_enum(value: Any, allowed: list[Any]) -> bool:
    # True == 1 in Python; an enum of strings must not take a bool or a number.
    return any(type(value) is type(item) and value == item for item in allowed)


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _plain(value: Any) -> str:
    if value == "":  # an allowed empty value would otherwise vanish from "one of a, b, "
        return '"" (empty)'
    return value if isinstance(value, str) else repr(value)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
