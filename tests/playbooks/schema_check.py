"""A small JSON Schema validator for the subset docs/playbook.schema.json uses (no new
dependency): type, const, enum, pattern, min/maxLength, minimum/maximum, maxItems, items,
properties, required, additionalProperties, oneOf and local $ref."""

from __future__ import annotations

import re
from typing import Any

_TYPES = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
}  # fmt: skip


def _is(kind: str, value: Any) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[kind])


def errors(
    schema: dict[str, Any], value: Any, root: dict[str, Any] | None = None, at: str = "$"
) -> list[str]:
    root = root or schema
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return errors(target, value, root, at)
    found: list[str] = []
    if "type" in schema and not _is(schema["type"], value):
        return [f"{at}: not {schema['type']}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{at}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{at}: {value!r} not in enum")
    if "oneOf" in schema and sum(not errors(s, value, root, at) for s in schema["oneOf"]) != 1:
        found.append(f"{at}: not exactly one of oneOf")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{at}: does not match {schema['pattern']}")
        if len(value) > schema.get("maxLength", len(value)) or len(value) < schema.get(
            "minLength", 0
        ):
            found.append(f"{at}: length")
    low, high = schema.get("minimum"), schema.get("maximum")
    if _is("number", value) and (
        (low is not None and value < low) or (high is not None and value > high)
    ):
        found.append(f"{at}: out of range")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            found.append(f"{at}: too many items")
        for number, item in enumerate(value):
            found += errors(schema.get("items", {}), item, root, f"{at}[{number}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{at}.{k}: missing" for k in schema.get("required", []) if k not in value]
        for k, v in value.items():
            if k in properties:
                found += errors(properties[k], v, root, f"{at}.{k}")
            elif schema.get("additionalProperties", True) is False:
                found.append(f"{at}.{k}: not allowed")
    return found
