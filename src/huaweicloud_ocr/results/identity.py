"""Dates of ID cards, passports and licences as `datetime.date`, the raw text always kept
(issue 15, point 6).

    from huaweicloud_ocr.results.identity import dates_of, parse_date

    for field, value in dates_of(answer).items():     # every date field the answer holds
        print(field, value.raw, value.date, value.reason)
    parse_date("5 ก.พ. 2493", {"formats": ["D MON YYYY"], "language": ["th"], "era": "buddhist"})

Which fields are dates and how the documents print them is not written here: it is each field's
`x-date` annotation in openapi.yaml, exported to spec_data.json (`dates`), so another language
reads the same facts and a new operation gets its dates by annotation. The vocabulary (also in
the spec's info.description):

* `kind`: birth, issue, expiry or registration.
* `formats`: the patterns printed, each one day, one month and one year among `YYYY` (four
  digits), `YY` (two), `MM`/`M` and `DD`/`D` (two digits, or one or two: either reads one or
  two), `MON` (a month name or abbreviation in `language`, case ignored, a final `.` optional,
  spaces allowed after the dots of a Thai abbreviation: `ก. พ.`), and the separators ` `, `-`,
  `/`, `.`, `,`. Spaces around `-`, `/`, `.`, `,` are allowed, and a space may be left out after
  a `.` (`5 ก.พ.2493`).
* `language`: month-name languages. en: English names and abbreviations (`Sept` too); es:
  Spanish names and abbreviations (ENE ... DIC, `SEP`/`SET`/`SEPT` and `setiembre`); th: Thai
  names and abbreviations (ม.ค. ... ธ.ค.).
* `era`: gregorian (the default) or buddhist (the year printed minus 543).
* `range`: true for a period, two dates joined by `-`, an en or em dash or `~` (the one split
  at which both sides are dates of the formats). No documented field is a period today.

Reading rules (`parse_date`):

* Digits of any script are read (ASCII, Thai, Khmer, Myanmar: every Unicode decimal digit), one
  script per value: mixing them gives reason `mixed_digits`.
* Every format is tried. One date read: that date. Two formats reading different dates
  (possible only when an annotation lists two orders of the same numbers, such as `DD/MM/YYYY`
  and `MM/DD/YYYY`; no documented field does): reason `ambiguous`, the readings in
  `candidates`. A value never gets a date by guessing an order the annotation does not list.
* `x`/`X` in place of digits (`xx 01 1991`, `31 12 xx21`, `XX`): reason `partial` when some
  digits are left, `masked` when none are. A format that matches but names no real day (31/02)
  gives `invalid_date`; nothing matching gives `unknown_format`; a blank value `empty`.
* `YY`: a birth, issue or registration date takes the latest year that does not put it after
  `today`; any other (expiry, or no kind) the year from 50 years before `today`'s to 49 after.
  In the Buddhist era the rule applies to the year once converted.

`dates_of` reads every annotated field of an answer: the response model, its `.result`, or a
saved dict of either (`to_dict()` or a batch line). The operation comes from `operation=` (the
method name `recognize_passport` or the operationId `RecognizePassport`), else from the model's
class, else from the dict's keys: the operations whose result has every key; when several do and
their annotations of the fields present differ, `ValueError` asks for `operation=`. Absent fields
are left out, present ones always given (an empty string as reason `empty`), keyed by field name,
dotted for a nested object (`translation_info.birth_translation`), in the answer's order.
Nothing here calls the service. A bad annotation raises `ValueError` naming the key and rule.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from huaweicloud_ocr import _spec
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr.results._answer import plain as _plain

__all__ = ["DateValue", "Reason", "date_fields", "dates_of", "parse_date"]

Reason = Literal[
    "empty", "masked", "partial", "unknown_format", "ambiguous", "invalid_date", "mixed_digits"
]

KINDS = frozenset({"birth", "issue", "expiry", "registration"})
ERAS = {"gregorian": 0, "buddhist": 543}  # years to subtract
_PAST_KINDS = frozenset({"birth", "issue", "registration"})
_KEYS = frozenset({"kind", "formats", "language", "era", "range"})
_MASKS = "xX"

# Each month's names, the full name first; a name with dots is an abbreviation whose dots are
# optional and may be followed by spaces.
_MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("January", "Jan"),
        ("February", "Feb"),
        ("March", "Mar"),
        ("April", "Apr"),
        ("May",),
        ("June", "Jun"),
        ("July", "Jul"),
        ("August", "Aug"),
        ("September", "Sept", "Sep"),
        ("October", "Oct"),
        ("November", "Nov"),
        ("December", "Dec"),
    ),
    "es": (
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo", "may"),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sept", "sep", "set"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    "th": (
        ("มกราคม", "ม.ค."),
        ("กุมภาพันธ์", "ก.พ."),
        ("มีนาคม", "มี.ค."),
        ("เมษายน", "เม.ย."),
        ("พฤษภาคม", "พ.ค."),
        ("มิถุนายน", "มิ.ย."),
        ("กรกฎาคม", "ก.ค."),
        ("สิงหาคม", "ส.ค."),
        ("กันยายน", "ก.ย."),
        ("ตุลาคม", "ต.ค."),
        ("พฤศจิกายน", "พ.ย."),
        ("ธันวาคม", "ธ.ค."),
    ),
}

_PIECE = re.compile(r"YYYY|YY|MON|MM|M|DD|D|[ ./,-]")
_NUMBER = r"[\dxX]"  # \d is every script's decimal digits (str patterns are Unicode)
_RANGE_SEPARATOR = re.compile("\\s*[-\u2013\u2014~]\\s*")  # -, en dash, em dash, ~


@dataclass(frozen=True)
class DateValue:
    """One date field as read.

    `raw` is the text as the answer gives it. `date` is the date (the start, for a period) when
    it could be read; `end` the end of a period. `reason` is None when every date of the value
    was read, otherwise why not (see `Reason` and the module docstring) and `note` says more.
    `format` is the annotation's format that read it; `candidates` the readings of an
    ambiguous value; `kind` the annotation's kind.
    """

    raw: str
    date: _dt.date | None
    end: _dt.date | None = None
    reason: Reason | None = None
    note: str = ""
    format: str | None = None
    candidates: tuple[_dt.date, ...] = ()
    kind: str | None = None

    @property
    def ok(self) -> bool:
        """True when the value was read as a date (both dates, for a period)."""
        return self.reason is None


@dataclass(frozen=True)
class _Format:
    text: str
    regex: re.Pattern[str]
    two_digit_year: bool
    month_name: bool


@dataclass(frozen=True)
class _Rules:
    formats: tuple[_Format, ...]
    months: Mapping[str, int]  # a name folded (no dots, no spaces, case folded) -> month
    era_offset: int
    is_range: bool
    kind: str | None


def _fold(name: str) -> str:
    return "".join(name.replace(".", "").split()).casefold()


def _name_pattern(name: str) -> str:
    parts = [re.escape(p) for p in name.split(".") if p]
    return r"\.?\s*".join(parts) + r"\.?"


def _compile_format(text: str, month_names: list[str], where: str) -> _Format:
    parts: list[str] = []
    seen: dict[str, str] = {}
    position = 0
    for match in _PIECE.finditer(text):
        if match.start() != position:
            break
        position = match.end()
        piece = match.group()
        group = {"YYYY": "year", "YY": "year", "MM": "month", "M": "month", "MON": "month"}.get(
            piece, "day" if piece in ("DD", "D") else ""
        )
        if group:
            if group in seen:
                raise ValueError(f"{where}: format {text!r} has two {group} parts")
            seen[group] = piece
        if piece in ("YYYY", "YY"):
            parts.append(f"(?P<year>{_NUMBER}{{{len(piece)}}})")
        elif piece in ("MM", "M", "DD", "D"):
            parts.append(f"(?P<{group}>{_NUMBER}{{1,2}})")
        elif piece == "MON":
            if not month_names:
                raise ValueError(f"{where}: format {text!r} uses MON but no language is given")
            parts.append("(?P<month>" + "|".join(month_names) + ")")
        elif piece == " ":
            parts.append(r"(?:\s+|(?<=\.)\s*)")
        else:
            parts.append(r"\s*" + re.escape(piece) + r"\s*")
    if position != len(text):
        raise ValueError(
            f"{where}: format {text!r} has {text[position:]!r} at {position}; a format is made"
            " of YYYY, YY, MM, M, DD, D, MON and the separators ' ', '-', '/', '.', ','"
        )
    missing = [g for g in ("day", "month", "year") if g not in seen]
    if missing:
        raise ValueError(f"{where}: format {text!r} has no {' or '.join(missing)} part")
    regex = re.compile("".join(parts), re.IGNORECASE)
    return _Format(text, regex, seen["year"] == "YY", seen["month"] == "MON")


def _strings(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key} is a list of strings, not {value!r}")
    return list(value)


def _rules(annotation: Mapping[str, Any], where: str = "x-date") -> _Rules:
    if not isinstance(annotation, Mapping):
        raise ValueError(f"{where}: an annotation is a mapping, not {annotation!r}")
    unknown = sorted(set(annotation) - _KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r} (the keys are {sorted(_KEYS)})")
    formats = _strings(annotation.get("formats"), "formats", where)
    if not formats:
        raise ValueError(f"{where}: formats lists at least one format")
    languages = _strings(annotation.get("language", []), "language", where)
    era = annotation.get("era", "gregorian")
    if not isinstance(era, str) or era not in ERAS:
        raise ValueError(f"{where}: era is one of {sorted(ERAS)}, not {era!r}")
    is_range = annotation.get("range", False)
    if not isinstance(is_range, bool):
        raise ValueError(f"{where}: range is true or false, not {is_range!r}")
    kind = annotation.get("kind")
    if kind is not None and (not isinstance(kind, str) or kind not in KINDS):
        raise ValueError(f"{where}: kind is one of {sorted(KINDS)}, not {kind!r}")
    return _compiled(tuple(formats), tuple(languages), era, is_range, kind, where)


@cache
def _compiled(
    formats: tuple[str, ...],
    languages: tuple[str, ...],
    era: str,
    is_range: bool,
    kind: str | None,
    where: str,
) -> _Rules:
    months: dict[str, int] = {}
    names: list[str] = []
    for language in languages:
        if language not in _MONTHS:
            raise ValueError(f"{where}: language is one of {sorted(_MONTHS)}, not {language!r}")
        for number, variants in enumerate(_MONTHS[language], start=1):
            for name in variants:
                folded = _fold(name)
                if months.setdefault(folded, number) != number:
                    raise ValueError(f"{where}: {name!r} names two months in {languages}")
                names.append(name)
    # Longest first, so that an alternation never stops at a prefix (`Sep` in `September`).
    patterns = [_name_pattern(n) for n in sorted(set(names), key=len, reverse=True)]
    compiled = tuple(_compile_format(f, patterns, where) for f in formats)
    return _Rules(compiled, months, ERAS[era], is_range, kind)


def _script_zero(char: str) -> int:
    return ord(char) - unicodedata.decimal(char)


def _two_digit_year(short: int, month: int, day: int, rules: _Rules, today: _dt.date) -> int:
    # Every printed-era year ending in `short`, converted; the rule picks one.
    years = [c * 100 + short - rules.era_offset for c in range(today.year // 100 - 2, 100)]
    if rules.kind in _PAST_KINDS:
        return max(y for y in years if (y, month, day) <= (today.year, today.month, today.day))
    return next(y for y in years if today.year - 50 <= y <= today.year + 49)


@dataclass(frozen=True)
class _Reading:
    outcome: str  # "date" or a Reason
    date: _dt.date | None = None
    note: str = ""
    format: str | None = None


def _read_format(text: str, fmt: _Format, rules: _Rules, today: _dt.date) -> _Reading | None:
    match = fmt.regex.fullmatch(text)
    if match is None:
        return None
    month_text = match["month"]
    numeric = [match["day"], match["year"]] + ([] if fmt.month_name else [month_text])
    if any(c in _MASKS for part in numeric for c in part):
        any_digit = any(c.isdecimal() for part in numeric for c in part)
        if any_digit or fmt.month_name:
            return _Reading("partial", note="some digits are masked", format=fmt.text)
        return _Reading("masked", note="every digit is masked", format=fmt.text)
    scripts = {_script_zero(c) for part in numeric for c in part}
    if len(scripts) > 1:
        return _Reading("mixed_digits", note="digits of more than one script")
    day = int(match["day"])
    month = rules.months[_fold(month_text)] if fmt.month_name else int(month_text)
    year = int(match["year"])
    try:
        if fmt.two_digit_year:
            year = _two_digit_year(year, month, day, rules, today)
        else:
            year -= rules.era_offset
        found = _dt.date(year, month, day)
    except ValueError as exc:
        return _Reading("invalid_date", note=f"{fmt.text}: {exc}", format=fmt.text)
    return _Reading("date", found, format=fmt.text)


_PRECEDENCE: tuple[Reason, ...] = ("partial", "masked", "mixed_digits", "invalid_date")


def _read_one(text: str, rules: _Rules, today: _dt.date) -> DateValue:
    raw = text
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return DateValue(raw, None, reason="empty", note="no text", kind=rules.kind)
    readings = [r for f in rules.formats if (r := _read_format(text, f, rules, today)) is not None]
    dates: dict[_dt.date, str] = {}
    for reading in readings:
        if reading.date is not None:
            dates.setdefault(reading.date, reading.format or "")
    if len(dates) == 1:
        ((found, fmt),) = dates.items()
        return DateValue(raw, found, format=fmt, kind=rules.kind)
    if dates:
        shown = ", ".join(f"{d.isoformat()} ({f})" for d, f in sorted(dates.items()))
        return DateValue(
            raw,
            None,
            reason="ambiguous",
            note=f"read as {shown}",
            candidates=tuple(sorted(dates)),
            kind=rules.kind,
        )
    for reason in _PRECEDENCE:
        for reading in readings:
            if reading.outcome == reason:
                note, used = reading.note, reading.format
                return DateValue(raw, None, reason=reason, note=note, format=used, kind=rules.kind)
    if any(c in _MASKS for c in text) and not re.sub(r"[xX\s./,-]", "", text):
        return DateValue(raw, None, reason="masked", note="only masked digits", kind=rules.kind)
    wanted = ", ".join(f.text for f in rules.formats)
    return DateValue(
        raw, None, reason="unknown_format", note=f"not one of: {wanted}", kind=rules.kind
    )


def _read_range(text: str, rules: _Rules, today: _dt.date) -> DateValue:
    raw = text
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return DateValue(raw, None, reason="empty", note="no text", kind=rules.kind)
    unread: set[Reason | None] = {"unknown_format", "mixed_digits"}
    splits: list[tuple[DateValue, DateValue]] = []
    for match in _RANGE_SEPARATOR.finditer(text):
        start = _read_one(text[: match.start()], rules, today)
        end = _read_one(text[match.end() :], rules, today)
        if start.reason not in unread | {"empty"} and end.reason not in unread | {"empty"}:
            splits.append((start, end))
    if not splits:
        wanted = ", ".join(f.text for f in rules.formats)
        return DateValue(
            raw,
            None,
            reason="unknown_format",
            note=f"not two dates of {wanted} joined by -, an en or em dash, or ~",
            kind=rules.kind,
        )
    if len(splits) > 1:
        return DateValue(
            raw,
            None,
            reason="ambiguous",
            note=f"the period splits {len(splits)} ways into two dates",
            kind=rules.kind,
        )
    ((start, end),) = splits
    reason: Reason | None = None
    note = ""
    for side, value in (("start", start), ("end", end)):
        if value.reason is not None and reason is None:
            reason, note = value.reason, f"{side}: {value.note}"
    if reason is None and start.date is not None and end.date is not None and end.date < start.date:
        reason, note = "invalid_date", "the period ends before it starts"
    return DateValue(
        raw,
        start.date,
        end=end.date,
        reason=reason,
        note=note,
        format=start.format,
        candidates=start.candidates + end.candidates,
        kind=rules.kind,
    )


def parse_date(
    text: str, annotation: Mapping[str, Any], *, today: _dt.date | None = None
) -> DateValue:
    """Read `text` by an `x-date` annotation (a mapping of the vocabulary in the module
    docstring: at least `formats`). `today` (default: the local date) only places `YY` years.

    Never raises for the text: what cannot be read comes back with `date` None and a `reason`.
    A malformed annotation raises `ValueError` naming the key and the rule.
    """
    if not isinstance(text, str):
        raise TypeError(f"text is a str, not {type(text).__name__}")
    rules = _rules(annotation)
    today = _dt.date.today() if today is None else today
    if rules.is_range:
        return _read_range(text, rules, today)
    return _read_one(text, rules, today)


def _operation_key(operation: str) -> str:
    key = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation).lower()
    if key not in _spec.operations():
        raise ValueError(
            f"operation {operation!r} is not an OCR operation (e.g. recognize_passport)"
        )
    return key


def date_fields(operation: str) -> dict[str, _spec.DateAnnotation]:
    """The annotated date fields of an operation's result (dotted for nested objects), each
    with its annotation; {} for an operation whose result has none."""
    entry = _spec.date_results().get(_operation_key(operation))
    if entry is None:
        return {}
    fields = _spec.date_fields()
    return {
        f"{path}.{name}" if path else name: annotation
        for path, schema in entry["paths"].items()
        for name, annotation in fields[schema].items()
    }


def _model_schema(answer: Any) -> str | None:
    """The schema name of a result model (the generated class is named after it)."""
    if not callable(getattr(answer, "to_dict", None)):
        return None
    inner = getattr(answer, "result", None)
    if callable(getattr(inner, "to_dict", None)):
        return type(inner).__name__
    return type(answer).__name__


def _plan(paths: Mapping[str, str], data: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(path, field, schema) of every annotated field present in `data`, in the answer's order."""
    fields = _spec.date_fields()
    found: list[tuple[str, str, str]] = []
    for path, schema in paths.items():
        node: Any = data
        for part in path.split(".") if path else ():
            node = _get(node, part)
        if isinstance(node, Mapping):
            found += [(path, key, schema) for key in node if key in fields[schema]]
    return found


def _paths_by_keys(data: Mapping[str, Any]) -> Mapping[str, str]:
    keys = set(data)
    results = _spec.date_results()
    fields = _spec.date_fields()
    matching = {op: e for op, e in results.items() if keys <= set(e["properties"])}
    if not matching:
        raise ValueError(
            "not the result of an operation with date fields: no such result has every key of"
            f" {sorted(keys)}; pass operation= to name the operation"
        )
    plans = {
        op: [(p, f, fields[s][f]) for p, f, s in _plan(e["paths"], data)]
        for op, e in matching.items()
    }
    first = next(iter(plans.values()))
    if any(plan != first for plan in plans.values()):
        raise ValueError(
            f"the keys {sorted(keys)} fit the results of {sorted(plans)}, whose dates are read"
            " differently; pass operation= to name the operation"
        )
    return next(iter(matching.values()))["paths"]


def dates_of(
    answer: Any, operation: str | None = None, *, today: _dt.date | None = None
) -> dict[str, DateValue]:
    """Every annotated date field present in an ID card, passport or licence answer, read by its
    `x-date` annotation (see the module docstring for how the operation is found).

    Raises `ValueError` for a failed call's answer, an unknown operation or a dict that fits no
    (or more than one differently read) result, `TypeError` for something that is not an answer.
    """
    schema = _model_schema(answer)
    data = _plain(answer)
    if isinstance(data, Mapping) and isinstance(data.get("result"), Mapping):
        data = data["result"]
    if isinstance(data, Mapping) and ("error_code" in data or "error_msg" in data):
        raise ValueError(f"a failed call's answer holds no dates: {dict(data)!r}")
    paths: Mapping[str, str]
    if operation is not None:
        entry = _spec.date_results().get(_operation_key(operation))
        if entry is None:
            return {}
        paths = entry["paths"]
    elif schema is not None:
        by_schema = {e["schema"]: e["paths"] for e in _spec.date_results().values()}
        paths = by_schema.get(schema) or ({"": schema} if schema in _spec.date_fields() else {})
    elif isinstance(data, Mapping):
        paths = _paths_by_keys(data)
    else:
        raise TypeError(f"not an ID result: {type(answer).__name__}")
    if not isinstance(data, Mapping):
        raise TypeError(f"not an ID result: {type(answer).__name__}")
    today = _dt.date.today() if today is None else today
    fields = _spec.date_fields()
    found: dict[str, DateValue] = {}
    for path, key, schema_name in _plan(paths, data):
        node: Any = data
        for part in path.split(".") if path else ():
            node = _get(node, part)
        if node[key] is not None:  # a saved null is as absent as a missing key
            where = f"{schema_name}.{key}"
            found[f"{path}.{key}" if path else key] = _value(
                node[key], fields[schema_name][key], where, today
            )
    return found


def _value(value: Any, annotation: Mapping[str, Any], where: str, today: _dt.date) -> DateValue:
    rules = _rules(annotation, f"x-date of {where}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return DateValue(
            repr(value), None, reason="unknown_format", note="not text", kind=rules.kind
        )
    if rules.is_range:
        return _read_range(value, rules, today)
    return _read_one(value, rules, today)
