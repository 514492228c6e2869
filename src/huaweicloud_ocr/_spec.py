"""The parts of openapi.yaml the runtime needs, read from the generated spec_data.json."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any, TypedDict


class ImageConstraints(TypedDict, total=False):
    formats: list[str]
    max_base64_bytes: int
    min_side: int
    max_side: int
    min_short_side: int
    max_long_side: int
    max_pixels: int


class OperationSpec(TypedDict):
    operation_id: str
    module: str  # the generated endpoint module
    path: str
    summary: str
    tag: str
    image_field: str
    success_status: int  # the documented status of an answer with a result
    regions: list[str]
    image_constraints: ImageConstraints
    options: dict[str, dict[str, Any]]  # each option's schema ($refs inlined) and description
    deprecated: bool
    response_headers: dict[str, list[str]]  # the header names each status declares


class DateAnnotation(TypedDict, total=False):
    """An `x-date` annotation (vocabulary: openapi.yaml's info.description)."""

    kind: str  # birth, issue, expiry, registration
    formats: list[str]  # e.g. "DD/MM/YYYY", "D MON YYYY"
    language: list[str]  # month-name languages: en, es, th
    era: str  # gregorian (the default) or buddhist
    range: bool  # two dates joined by a dash or a tilde


class DateResult(TypedDict):
    """Where the dates of one operation's result are."""

    schema: str  # the result schema (its generated model class has the same name)
    properties: list[str]  # that schema's property names
    paths: dict[str, str]  # dotted path inside the result ("" = the result) -> schema


class ErrorCode(TypedDict):
    message: str
    description: str
    solution: str


@cache
def _data() -> dict[str, Any]:
    from importlib import resources  # ~3 ms of import time, needed only here

    text = resources.files("huaweicloud_ocr_api").joinpath("spec_data.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def operations() -> dict[str, OperationSpec]:
    """OCR operations keyed by method name (recognize_passport, ...)."""
    ops: dict[str, OperationSpec] = _data()["operations"]
    return ops


def operation(name: str) -> OperationSpec:
    return operations()[name]


def regions() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = _data()["regions"]
    return found


def default_region() -> str:
    return str(_data()["default_region"])


def endpoint_for(region: str) -> str:
    return str(_data()["server_url"]).replace("{region}", region)


def request_id_header() -> str:
    """The response header that carries the service's request id (the header component marked
    `x-request-id: true`; X-Request-Id)."""
    return str(_data()["request_id_header"])


def error_code(code: str | None) -> ErrorCode | None:
    if not code:
        return None
    codes: dict[str, ErrorCode] = _data()["error_codes"]
    return codes.get(code)


def date_fields() -> dict[str, dict[str, DateAnnotation]]:
    """Every `x-date` annotation: schema name -> field -> annotation."""
    found: dict[str, dict[str, DateAnnotation]] = _data()["dates"]["fields"]
    return found


def date_results() -> dict[str, DateResult]:
    """The operations whose result holds a date, keyed by method name (recognize_passport, ...)."""
    found: dict[str, DateResult] = _data()["dates"]["results"]
    return found


class LocatedAnnotation(TypedDict, total=False):
    """One entry of an `x-located` or `x-location-map` annotation (vocabulary: openapi.yaml's
    info.description)."""

    location: str  # the property holding the quadrilateral (or, for a map, the field map)
    kind: str  # word, char, cell, table, layout, formula, key_value, portrait, plate, field, ...
    text: str  # the property holding the text it marks
    confidence: str  # the property holding its score: a number, or scores keyed by field name
    label_from: str  # a property whose text, when present, is the label
    in_table: str  # the kind instead when the object is a cell of a table


class TableAnnotation(TypedDict, total=False):
    """An `x-table` annotation: an object holding table cells."""

    cells: str  # the property listing the cells
    type: str  # the property saying whether the object is a table
    is_table: list[str]  # values of `type` that make it a table
    not_table: list[str]  # values of `type` that make it not a table


class TableCellAnnotation(TypedDict):
    """An `x-table-cell` annotation: a cell and how its spans read."""

    rows: str  # the property listing the 0-based row indexes it occupies
    columns: str  # the property listing the 0-based column indexes it occupies
    text: str  # the property holding its text
    spans: str  # how an index list reads: smallest_to_largest


class LocationSchema(TypedDict, total=False):
    """The location annotations of one schema."""

    located: list[LocatedAnnotation]  # x-located
    location_maps: list[LocatedAnnotation]  # x-location-map
    table: TableAnnotation  # x-table
    table_cell: TableCellAnnotation  # x-table-cell
    page: bool  # x-page


class LocationResult(TypedDict):
    """Where the annotated objects of one operation's answer are."""

    response: str  # the response schema (its generated model class has the same name)
    schema: str  # the result schema, or the schema of each item of a list result
    list: bool  # the result is a list of `schema` objects
    properties: list[str]  # the property names of `schema`
    paths: dict[str, str]  # path in the result ("" it, "a.b[]" each item of list b) -> schema
    labels: dict[str, str]  # path -> the label `x-label` gives the objects there


def location_schemas() -> dict[str, LocationSchema]:
    """Every schema with a location or table annotation: schema name -> its annotations."""
    found: dict[str, LocationSchema] = _data()["locations"]["schemas"]
    return found


def location_results() -> dict[str, LocationResult]:
    """Every OCR operation (keyed by method name) and where its answer's annotated objects are
    (`paths` is empty for an answer that holds none)."""
    found: dict[str, LocationResult] = _data()["locations"]["results"]
    return found


def table_cells() -> dict[str, TableCellAnnotation]:
    """Every `x-table-cell` annotation: schema name -> annotation."""
    found: dict[str, TableCellAnnotation] = _data()["table_cells"]
    return found


class ReturnedWhen(TypedDict, total=False):
    """One case of an `x-returned-when` annotation (vocabulary: openapi.yaml's info.description):
    the property is in an answer only when the request asked for it as one of its cases says."""

    options: dict[str, Any]  # request option -> the value it must have (a list option: contain)
    where: dict[str, Any]  # property of the same object -> the value it must have (optional)
    source: str  # the seed, table, line and words; or the SDK model for an x-source field


def returned_when() -> dict[str, dict[str, list[ReturnedWhen]]]:
    """Every `x-returned-when` annotation: schema name -> property -> its cases."""
    found: dict[str, dict[str, list[ReturnedWhen]]] = _data()["returned_when"]["schemas"]
    return found


def returned_when_paths(method: str) -> dict[str, list[ReturnedWhen]]:
    """The annotated properties of one operation's result (keyed by method name), by their path
    in the result (`a.b`, `a[].b` a member of each item of list a, `[].b` of each item of a
    list result), each with its cases."""
    found: dict[str, list[ReturnedWhen]] = _data()["returned_when"]["results"][method]
    return found


def asked_for(case: ReturnedWhen, options: Mapping[str, Any]) -> bool:
    """Whether request `options` meet a case's `options`: each has the value the case names or,
    when the request gives a list, contains it. `where` is about the answer, not checked here."""
    for name, value in case.get("options", {}).items():
        given = options.get(name)
        if isinstance(given, list) and not isinstance(value, list):
            if value not in given:
                return False
        elif given != value or type(given) is not type(value):  # 1 is not true
            return False
    return True
