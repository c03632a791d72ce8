"""Reading a TOML data file through a typed model, with every problem in one message.

Each data file has a pydantic model built on :class:`StrictModel`: unknown
keys are refused (with a did-you-mean), nothing is coerced (``enabled =
"false"`` is not true, ``timeout_minutes = "abc"`` is not a number), and a
missing key is named. :func:`load_file` and :func:`validate` turn pydantic's
errors into one :class:`ConfigError` whose message names the file, the entry
(``[[crawl]] #2 ('press')``) and the key of each problem.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import types
import typing
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

Model = TypeVar("Model", bound=BaseModel)
# The error type of :func:`problem_at`: a problem at a key, said in our own words.
KEY_PROBLEM = "key_problem"

# Keys that name an entry of an array of tables in a message, first found wins.
ENTRY_LABEL_KEYS = ("name", "spider", "year", "date", "organisation")
# pydantic's wording, in the words a person editing a TOML file uses.
PLAIN_WORDS = (
    ("Input should be a valid boolean", "must be true or false"),
    ("Input should be a valid number", "must be a number"),
    ("Input should be a valid integer", "must be a whole number"),
    ("Input should be a valid string", "must be a string"),
    ("Input should be a valid list", "must be a list"),
    ("Input should be a valid dictionary", "must be a table"),
    ("Input should be a valid date", "must be a date (2026-01-31, without quotes)"),
    ("Input should be", "must be"),
    ("String should match pattern", "must match"),
)


class ConfigError(ValueError):
    """A data file cannot be used; the message lists every problem with its file, entry and key."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems) or [message]


class StrictModel(BaseModel):
    """A table of a data file: unknown keys refused, no type coerced, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=False)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


NonEmptyStr = Annotated[str, AfterValidator(_not_blank)]
PositiveFloat = Annotated[float, Field(gt=0)]
NonNegativeFloat = Annotated[float, Field(ge=0)]


def unique_names(entries: Sequence[Any], what: str, key: str = "name") -> None:
    """Refuse two entries with the same ``key`` (raised inside a model validator)."""
    counts = Counter(getattr(entry, key) for entry in entries)
    duplicates = sorted(name for name, count in counts.items() if count > 1)
    if duplicates:
        raise ValueError(f"{what} {key}s must be unique: {', '.join(map(str, duplicates))}")


def problem_at(
    location: tuple[str | int, ...], message: str, kind: str = KEY_PROBLEM, given: Any = None
) -> InitErrorDetails:
    """A problem at ``location`` (relative to the table being checked), for :func:`problems_at`."""
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=location, input=given)


def problems_at(title: str, problems: Iterable[tuple[tuple[str | int, ...], str]]) -> ValidationError:
    """Problems a validator finds at given keys (a repeated name, a key another one rules out).

    Raised inside a validator, pydantic keeps the locations, prefixed with the
    table's own, so :func:`validate` names the entry and the key of each.
    """
    return ValidationError.from_exception_data(title, [problem_at(location, message) for location, message in problems])


def with_problems(failure: ValidationError, more: Sequence[InitErrorDetails]) -> ValidationError:
    """``failure`` with ``more`` problems added, so one report holds all of a table's problems.

    Each kept problem keeps its type name, wording, location and input: what
    :func:`describe_errors` reads.
    """
    kept = [problem_at(tuple(error["loc"]), error["msg"], error["type"], error["input"]) for error in failure.errors()]
    return ValidationError.from_exception_data(failure.title, [*kept, *more])


def read_toml(path: str | Path, error: type[ConfigError] = ConfigError, what: str = "file") -> dict[str, Any]:
    """A TOML document; a missing or broken file is a ``ConfigError`` naming it."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise error(f"{what} not found: {path}") from None
    except IsADirectoryError:
        raise error(f"{what} is a directory, not a file: {path}") from None
    except tomllib.TOMLDecodeError as problem:
        raise error(f"{path} is not valid TOML: {problem}") from None


def load_file(
    path: str | Path, model: type[Model], error: type[ConfigError] = ConfigError, what: str = "file"
) -> Model:
    """Read ``path`` and check it against ``model``; raises ``error`` listing every problem."""
    return validate(read_toml(path, error, what), model, str(path), error)


def validate(data: Mapping[str, Any], model: type[Model], where: str, error: type[ConfigError] = ConfigError) -> Model:
    """``data`` as a ``model``; raises ``error`` listing every problem, each with entry and key."""
    try:
        return model.model_validate(data)
    except ValidationError as failure:
        problems = describe_errors(failure, data, model)
    if len(problems) == 1:
        raise error(f"{where}: {problems[0]}", problems)
    listing = "\n  ".join(problems)
    raise error(f"{where} has {len(problems)} problems:\n  {listing}", problems)


def describe_errors(failure: ValidationError, data: Mapping[str, Any], model: type[BaseModel]) -> list[str]:
    """One line per problem: ``entry: key: what is wrong``."""
    problems = [(_field_location(tuple(problem["loc"]), model), problem) for problem in failure.errors()]
    # A misspelt required key is one problem ("asof: did you mean 'as_of'?"),
    # not that plus "as_of: missing".
    missing = {location for location, problem in problems if problem["type"] == "missing"}
    misspelt = {
        location[:-1] + (suggestion,)
        for location, problem in problems
        if problem["type"] == "extra_forbidden"
        and (suggestion := _suggestion(model, location)) is not None
        and location[:-1] + (suggestion,) in missing
    }
    lines: list[str] = []
    for location, problem in problems:
        if problem["type"] == "missing" and location in misspelt:
            continue
        about_table = problem["type"] in ("value_error", "assertion_error") and _is_model_at(model, location)
        entry, key = _entry_and_key(location, data, whole_entry=about_table)
        line = ": ".join(part for part in (entry, key, _message(problem, location, model)) if part)
        if line not in lines:
            lines.append(line)
    return lines


def _suggestion(model: type[BaseModel], location: tuple[str | int, ...]) -> str | None:
    close = difflib.get_close_matches(str(location[-1]), _known_keys(model, location[:-1]), n=1, cutoff=0.6)
    return close[0] if close else None


def _message(problem: Mapping[str, Any], location: tuple[str | int, ...], model: type[BaseModel]) -> str:
    kind = problem["type"]
    if kind == "extra_forbidden":
        suggestion = _suggestion(model, location)
        return "unknown key" + (f" (did you mean {suggestion!r}?)" if suggestion else "")
    if kind == "missing":
        return "missing required key"
    if kind == KEY_PROBLEM:
        return str(problem["msg"])
    if kind in ("value_error", "assertion_error"):
        return str(problem["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    text = re.sub(r"Input should be a valid dictionary or instance of \w+", "must be a table", str(problem["msg"]))
    for pydantic_words, ours in PLAIN_WORDS:
        text = text.replace(pydantic_words, ours)
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"{text}, not {problem['input']!r}"
    return text


def _entry_and_key(location: tuple[str | int, ...], data: Any, whole_entry: bool = False) -> tuple[str, str]:
    """``([[crawl]] #2 ('press'), timeout_minutes)`` for ``("crawl", 1, "timeout_minutes")``.

    ``whole_entry``: the problem is about a table as a whole (a model
    validator's), so the location has no key.
    """
    key_start = len(location)
    if not whole_entry:
        while key_start > 0 and isinstance(location[key_start - 1], int):
            key_start -= 1
        if key_start > 0:
            key_start -= 1
    entry_path, key_path = location[:key_start], location[key_start:]
    parts: list[str] = []
    node: Any = data
    index = 0
    while index < len(entry_path):
        segment = entry_path[index]
        node = node.get(segment) if isinstance(node, Mapping) else None
        following = entry_path[index + 1] if index + 1 < len(entry_path) else None
        if isinstance(following, int):
            node = node[following] if isinstance(node, list) and following < len(node) else None
            label = _entry_label(node)
            brackets = f"[[{segment}]]" if not parts else str(segment)
            parts.append(f"{brackets} #{following + 1}{label}")
            index += 2
        else:
            parts.append(f"[{segment}]" if not parts else str(segment))
            index += 1
    key = str(key_path[0]) if key_path else ""
    key += "".join(f" #{position + 1}" for position in key_path[1:] if isinstance(position, int))
    return ", ".join(parts), key


def _entry_label(node: Any) -> str:
    if not isinstance(node, Mapping):
        return ""
    for name in ENTRY_LABEL_KEYS:
        value = node.get(name)
        if isinstance(value, str) and value.strip():
            return f" ({value!r})"
        if value is not None and not isinstance(value, str | bool | list | dict):
            return f" ({value})"
    return ""


def _unwrap(annotation: Any) -> list[Any]:
    """The types a field may hold: Annotated, Optional and unions opened up."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [inner for argument in typing.get_args(annotation) for inner in _unwrap(argument)]
    return [annotation]


def _children(annotation: Any, segment: str | int) -> list[Any]:
    """The types one step down ``annotation`` at ``segment`` (a field, a dict key or a list index)."""
    found: list[Any] = []
    for kind in _unwrap(annotation):
        origin = typing.get_origin(kind)
        if isinstance(kind, type) and issubclass(kind, BaseModel) and isinstance(segment, str):
            for name, info in kind.model_fields.items():
                if segment in (info.alias, name):
                    found.append(info.annotation)
        elif origin in (list, tuple, Sequence) and isinstance(segment, int):
            found.append(typing.get_args(kind)[0])
        elif origin in (dict, Mapping) and isinstance(segment, str):
            found.append(typing.get_args(kind)[1])
    return found


def _field_location(location: tuple[Any, ...], model: type[BaseModel]) -> tuple[str | int, ...]:
    """``location`` without the union-member tags pydantic adds (``('hour', 'int')``)."""
    kept: list[str | int] = []
    current: list[Any] = [model]
    for position, segment in enumerate(location):
        following = [child for annotation in current for child in _children(annotation, segment)]
        last = position == len(location) - 1
        if following or (last and not _is_union(current)):
            kept.append(segment)
            current = following
    return tuple(kept)


def _is_union(annotations: list[Any]) -> bool:
    # ``X | None`` is nullable, not a union: pydantic adds no member tag for it.
    return sum(len([kind for kind in _unwrap(annotation) if kind is not type(None)]) for annotation in annotations) > 1


def _is_model_at(model: type[BaseModel], location: tuple[str | int, ...]) -> bool:
    """Whether ``location`` is a table with a model (not a key of one)."""
    current: list[Any] = [model]
    for segment in location:
        current = [child for annotation in current for child in _children(annotation, segment)]
    return any(
        isinstance(kind, type) and issubclass(kind, BaseModel) for annotation in current for kind in _unwrap(annotation)
    )


def _known_keys(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    current: list[Any] = [model]
    for segment in path:
        current = [child for annotation in current for child in _children(annotation, segment)]
    keys: list[str] = []
    for annotation in current:
        for kind in _unwrap(annotation):
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                keys += [info.alias or name for name, info in kind.model_fields.items()]
    return keys
