"""Reading request fields with the checks both protocols make; failures name the field."""

from __future__ import annotations

from typing import Any

from .wire_error import invalid


def number_field(
    body: dict[str, Any], key: str, low: float, high: float | None = None
) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise invalid(f"{key}: expected a number, got {type(value).__name__}", key)
    if value < low or (high is not None and value > high):
        bound = f"between {low:g} and {high:g}" if high is not None else f">= {low:g}"
        raise invalid(f"{key}: must be {bound}, got {value}", key)
    return float(value)


def integer_field(body: dict[str, Any], key: str, low: int) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(f"{key}: expected an integer, got {type(value).__name__}", key)
    if value < low:
        raise invalid(f"{key}: must be >= {low}, got {value}", key)
    return value


def string_list_field(body: dict[str, Any], key: str, max_items: int | None) -> tuple[str, ...]:
    value = body.get(key)
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise invalid(f"{key}: expected a string or a list of strings", key)
    if max_items is not None and len(items) > max_items:
        raise invalid(f"{key}: at most {max_items} items, got {len(items)}", key)
    return tuple(items)


def schema_field(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid(f"{key}: expected a JSON Schema object", key)
    return value
