"""Dates of ID results (results.identity): every documented example's date fields, each format,
month names, eras and digit sets, masked, partial, impossible and ambiguous values, periods,
two-digit years, the x-date annotations as exported to spec_data.json, and a round trip of
random dates through every supported format."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huaweicloud_ocr import _spec
from huaweicloud_ocr.results import identity
from huaweicloud_ocr.results.identity import DateValue, dates_of, parse_date
from huaweicloud_ocr_api import models
from tests import golden

SPEC = golden.load_spec()
TODAY = dt.date(2024, 6, 1)
D = dt.date

# What each documented example's date fields read as: a date, or the reason it is not one.
# The test below also checks that these are exactly the date fields the example holds.
DOCUMENTED: dict[str, dict[str, dt.date | str]] = {
    "IdCardFront": {"birth": D(2000, 3, 6)},
    "IdCardBack": {"valid_from": D(2004, 8, 26), "valid_to": D(2034, 8, 26)},
    "PassportChinese": {
        "date_of_birth": D(1990, 12, 12),
        "date_of_expiry": D(2020, 7, 8),
        "date_of_issue": D(2010, 7, 9),
    },
    "PassportNonChinese": {"date_of_birth": D(1985, 9, 18), "date_of_expiry": D(2022, 1, 15)},
    "IdDocumentSuccess": {},
    "AutoIdDocClassificationSuccess": {},
    "ColombiaIdCardSuccess": {},
    "ThailandIdcardFront": {
        "date_of_birth_th": D(1950, 2, 5),  # 5 ก.พ. 2493: Buddhist era
        "date_of_birth_en": D(1950, 2, 5),
        "date_of_issue_th": "masked",  # XX
        "date_of_issue_en": D(2011, 3, 4),
        "date_of_expiry_th": D(2018, 2, 22),
        "date_of_expiry_en": D(2018, 2, 22),
    },
    "ThailandIdcardBack": {},
    **{
        f"CambodianIdCardSuccess{seed}": {  # Khmer digits
            "birth_date": D(1999, 7, 10),
            "issue_date": D(2015, 12, 15),
            "expiry_date": D(2025, 12, 14),
        }
        for seed in ("002", "003", "004")
    },
    "MyanmarIdcardFront002": {  # placeholder letters (KA), not digits
        "issue_date": "unknown_format",
        "birth": "unknown_format",
        "translation_info.birth_translation": D(1992, 5, 7),
    },
    "MyanmarIdcardBack002": {},
    "MyanmarIdcardFront000": {"issue_date": D(2011, 9, 20), "birth": D(1991, 10, 14)},
    "MyanmarIdcardBack000": {},
    "MyanmarDriverLicenseSuccess": {
        "birth": "unknown_format",
        "birth_en": D(1992, 5, 5),
        "expiried_date": "unknown_format",
        "expiried_date_en": D(2020, 1, 13),
    },
    "ChileIdCardSuccess": {
        "birth": D(1982, 2, 21),
        "issue_date": D(2013, 9, 1),
        "expiry_date": D(2023, 8, 10),  # AGO
    },
    "VietnamIdCardSuccess": {"birth_date": D(1980, 8, 8), "expiry_date": D(2030, 7, 8)},
    "PeruIdCardSuccess": {
        "birth_date": "partial",  # xx 01 1991
        "issue_date": "partial",  # 31 12 xx21
        "expiry_date": D(2025, 11, 13),
        "registration_date": D(2009, 3, 26),
    },
}


def _id_examples() -> list[golden.Example]:
    ids = {op.operation_id for op in golden.operations(SPEC) if "ID Documents" in op.node["tags"]}
    return [
        e
        for e in golden.examples(SPEC)
        if e.kind == "response" and e.status == "200" and e.operation_id in ids
    ]


def _raw(value: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        value = value[part]
    return value


def test_the_table_covers_every_documented_id_answer() -> None:
    assert {e.name for e in _id_examples()} == set(DOCUMENTED)


@pytest.mark.parametrize("example", _id_examples(), ids=lambda e: e.name)
def test_documented_examples(example: golden.Example) -> None:
    model = golden.parse_model(example)
    operation = golden.snake_case(example.operation_id)
    readings = [
        dates_of(model),
        dates_of(model.result),
        dates_of(example.value, operation),
        dates_of(example.value, example.operation_id),
    ]
    if operation in _spec.date_results():  # else a dict alone does not say what it is
        readings += [
            dates_of(example.value),
            dates_of(example.value["result"]),
            dates_of(model.to_dict()),
        ]
    else:
        with pytest.raises(ValueError, match="pass operation="):
            dates_of(example.value)
    assert all(r == readings[0] for r in readings[1:])
    found = readings[0]
    expected = DOCUMENTED[example.name]
    assert list(found) == list(expected)  # the fields, in the answer's order
    for name, want in expected.items():
        value = found[name]
        assert value.raw == _raw(example.value["result"], name)  # the raw text is kept
        if isinstance(want, dt.date):
            assert (value.date, value.reason, value.ok) == (want, None, True), name
        else:
            assert (value.date, value.reason, value.ok) == (None, want, False), name
            assert value.note


def test_documented_examples_give_the_annotation_kind() -> None:
    found = dates_of(SPEC["components"]["examples"]["IdCardBack"]["value"])
    assert (found["valid_from"].kind, found["valid_to"].kind) == ("issue", "expiry")
    peru = dates_of(SPEC["components"]["examples"]["PeruIdCardSuccess"]["value"])
    assert peru["registration_date"].kind == "registration"


# --- The annotations as exported --------------------------------------------------------------


def _annotations_in_the_spec() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, node in schema.get("properties", {}).items():
            if isinstance(node, dict) and "x-date" in node:
                found.setdefault(name, {})[prop] = node["x-date"]
    return found


def test_spec_data_holds_every_annotation_of_the_spec() -> None:
    assert _spec.date_fields() == _annotations_in_the_spec()
    assert _spec.date_fields()  # not vacuous


def test_every_annotated_field_is_a_field_of_its_generated_model() -> None:
    for schema, fields in _spec.date_fields().items():
        model = getattr(models, schema)
        for field in fields:
            parsed = model.from_dict({field: "2020-01-01"})
            assert field not in parsed.additional_properties, f"{schema}.{field}"
            assert parsed.to_dict() == {field: "2020-01-01"}


def _ref(node: dict[str, Any]) -> str:
    ref: str = node["$ref"]
    return ref.rsplit("/", 1)[1]


def test_every_result_path_leads_to_its_schema() -> None:
    reached: set[str] = set()
    for operation, entry in _spec.date_results().items():
        op = _spec.operation(operation)
        answer = golden.resolve(SPEC, SPEC["paths"][op["path"]]["post"]["responses"]["200"])
        response = _ref(answer["content"]["application/json"]["schema"])
        schemas = SPEC["components"]["schemas"]
        assert _ref(schemas[response]["properties"]["result"]) == entry["schema"]
        assert entry["properties"] == list(schemas[entry["schema"]]["properties"])
        for path, schema in entry["paths"].items():
            here = entry["schema"]
            for part in path.split(".") if path else ():
                here = _ref(schemas[here]["properties"][part])
            assert here == schema, (operation, path)
            reached.add(schema)
    assert reached == set(_spec.date_fields())  # no annotated schema is out of reach


def test_date_fields_of_an_operation() -> None:
    fields = identity.date_fields("recognize_myanmar_idcard")
    assert set(fields) == {"issue_date", "birth", "translation_info.birth_translation"}
    assert fields["birth"]["formats"] == ["D.M.YYYY"]
    assert identity.date_fields("RecognizeGeneralText") == {}
    with pytest.raises(ValueError, match="recognize_nothing"):
        identity.date_fields("recognize_nothing")


# --- Formats, month names, eras and digits ----------------------------------------------------

ISO = {"formats": ["YYYY-MM-DD"]}
DMY = {"formats": ["DD/MM/YYYY", "DD-MM-YYYY", "DD.MM.YYYY", "DD MM YYYY"]}
EN = {"formats": ["D MON YYYY"], "language": ["en"]}
ES = {"formats": ["D MON YYYY"], "language": ["es"]}
TH = {"formats": ["D MON YYYY"], "language": ["th"], "era": "buddhist"}

READS: list[tuple[str, dict[str, Any], dt.date]] = [
    ("2000-03-06", ISO, D(2000, 3, 6)),
    ("  2000-03-06 ", ISO, D(2000, 3, 6)),
    ("08/07/2030", DMY, D(2030, 7, 8)),
    ("08-07-2030", DMY, D(2030, 7, 8)),
    ("08.07.2030", DMY, D(2030, 7, 8)),
    ("08 07 2030", DMY, D(2030, 7, 8)),
    ("8/7/2030", DMY, D(2030, 7, 8)),  # DD and MM read one digit too
    ("08 / 07 / 2030", DMY, D(2030, 7, 8)),
    ("5-5-1992", {"formats": ["D-M-YYYY"]}, D(1992, 5, 5)),
    ("2004.08.26", {"formats": ["YYYY.MM.DD"]}, D(2004, 8, 26)),
    ("March 4, 2011", {"formats": ["MON D, YYYY"], "language": ["en"]}, D(2011, 3, 4)),
    ("5 February 1950", EN, D(1950, 2, 5)),
    ("5 Feb 1950", EN, D(1950, 2, 5)),
    ("5 FEB. 1950", EN, D(1950, 2, 5)),
    ("5 feb.1950", EN, D(1950, 2, 5)),
    ("30 Sept. 1950", EN, D(1950, 9, 30)),
    ("5-Feb-1950", {"formats": ["D-MON-YYYY"], "language": ["en"]}, D(1950, 2, 5)),
    ("5 ก. พ. 2493", TH, D(1950, 2, 5)),  # as Table 4-75 prints it
    ("5 ก.พ.2493", TH, D(1950, 2, 5)),
    ("5 กุมภาพันธ์ 2493", TH, D(1950, 2, 5)),
    ("๕ ก.พ. ๒๔๙๓", TH, D(1950, 2, 5)),  # Thai digits
    ("១០.០៧.១៩៩៩", DMY, D(1999, 7, 10)),  # Khmer digits
    ("၁၄.၁၀.၁၉၉၁", {"formats": ["D.M.YYYY"]}, D(1991, 10, 14)),  # Myanmar digits
    ("10 setiembre 2023", ES, D(2023, 9, 10)),
    ("10 Agosto 2023", ES, D(2023, 8, 10)),
]


@pytest.mark.parametrize(("text", "annotation", "expected"), READS, ids=[r[0] for r in READS])
def test_each_format_reads(text: str, annotation: dict[str, Any], expected: dt.date) -> None:
    value = parse_date(text, annotation)
    assert (value.date, value.reason, value.raw) == (expected, None, text)
    assert value.format in annotation["formats"]


SPANISH = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
THAI = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
ENGLISH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_abbreviation(month: int) -> None:
    assert parse_date(f"1 {SPANISH[month - 1]} 2020", ES).date == D(2020, month, 1)
    assert parse_date(f"1 {ENGLISH[month - 1]} 2020", EN).date == D(2020, month, 1)
    assert parse_date(f"1 {THAI[month - 1]} 2563", TH).date == D(2020, month, 1)


def test_set_is_september_in_spanish_and_languages_are_kept_apart() -> None:
    assert parse_date("1 SET 2020", ES).date == D(2020, 9, 1)
    assert parse_date("1 AUG 2020", ES).reason == "unknown_format"  # English, not declared
    assert parse_date("1 AGO 2020", EN).reason == "unknown_format"
    both = {"formats": ["D MON YYYY"], "language": ["es", "en"]}
    assert parse_date("1 AUG 2020", both).date == parse_date("1 AGO 2020", both).date


def test_buddhist_era_is_only_applied_when_annotated() -> None:
    thai_gregorian = {"formats": ["D MON YYYY"], "language": ["th"]}
    assert parse_date("22 ก.พ. 2561", TH).date == D(2018, 2, 22)
    assert parse_date("22 ก.พ. 2561", thai_gregorian).date == D(2561, 2, 22)
    assert parse_date("22/02/2561", {"formats": ["DD/MM/YYYY"], "era": "buddhist"}).date == D(
        2018, 2, 22
    )


# --- What is not read, and why ----------------------------------------------------------------

NOT_READ: list[tuple[str, dict[str, Any], str]] = [
    ("", DMY, "empty"),
    ("   ", DMY, "empty"),
    ("XX", TH, "masked"),
    ("xx", DMY, "masked"),
    ("xx/xx/xxxx", DMY, "masked"),
    ("xx 01 1991", DMY, "partial"),
    ("31 12 xx21", DMY, "partial"),
    ("x5 Feb 1950", EN, "partial"),
    ("xx Feb xxxx", EN, "partial"),  # the month is still there
    ("31/02/2020", DMY, "invalid_date"),
    ("29/02/2019", DMY, "invalid_date"),
    ("00/01/2020", DMY, "invalid_date"),
    ("01/13/2020", DMY, "invalid_date"),
    ("29 ก.พ. 2562", TH, "invalid_date"),  # 2019, not a leap year
    ("១០.07.1999", DMY, "mixed_digits"),
    ("2020-01-02", DMY, "unknown_format"),
    ("ကက.က.ကကကက", {"formats": ["D.M.YYYY"]}, "unknown_format"),
    ("5 Foo 1950", EN, "unknown_format"),
    ("1/2/3/2020", DMY, "unknown_format"),
    ("15/03/1990", {"formats": ["D MON YYYY", "YYYY-MM-DD"], "language": ["es"]}, "unknown_format"),
]


@pytest.mark.parametrize(("text", "annotation", "reason"), NOT_READ, ids=[r[0] for r in NOT_READ])
def test_what_is_not_read(text: str, annotation: dict[str, Any], reason: str) -> None:
    value = parse_date(text, annotation)
    assert (value.date, value.end, value.reason, value.ok) == (None, None, reason, False)
    assert value.raw == text
    assert value.note


def test_29_february_of_a_leap_year_reads() -> None:
    assert parse_date("29/02/2020", DMY).date == D(2020, 2, 29)
    assert parse_date("29 ก.พ. 2563", TH).date == D(2020, 2, 29)


BOTH_ORDERS = {"formats": ["DD/MM/YYYY", "MM/DD/YYYY"]}


def test_a_value_two_formats_read_differently_is_ambiguous() -> None:
    value = parse_date("01/02/2020", BOTH_ORDERS)
    assert (value.date, value.reason) == (None, "ambiguous")
    assert value.candidates == (D(2020, 1, 2), D(2020, 2, 1))


def test_a_value_only_one_format_reads_is_not_ambiguous() -> None:
    assert parse_date("13/02/2020", BOTH_ORDERS).date == D(2020, 2, 13)
    assert parse_date("02/13/2020", BOTH_ORDERS).date == D(2020, 2, 13)
    # Both orders give the same day: one date, not two readings.
    same = parse_date("05/05/2020", BOTH_ORDERS)
    assert (same.date, same.reason, same.candidates) == (D(2020, 5, 5), None, ())


def test_the_documents_day_first_formats_never_read_month_first() -> None:
    vietnam = _spec.date_fields()["VietnamIdCardResult"]["expiry_date"]
    assert parse_date("01/02/2020", vietnam).date == D(2020, 2, 1)
    assert parse_date("02/13/2020", vietnam).reason == "invalid_date"


# --- Periods ----------------------------------------------------------------------------------

PERIOD = {"formats": ["YYYY.MM.DD", "DD-MM-YYYY"], "range": True}


def test_a_period_gives_both_dates() -> None:
    value = parse_date("2004.08.26-2034.08.26", PERIOD)
    assert (value.date, value.end, value.reason) == (D(2004, 8, 26), D(2034, 8, 26), None)
    # A dash inside each date as well as between them: the one split into two dates is used.
    value = parse_date("26-08-2004 - 26-08-2034", PERIOD)
    assert (value.date, value.end) == (D(2004, 8, 26), D(2034, 8, 26))
    assert parse_date("2004.08.26 ~ 2034.08.26", PERIOD).end == D(2034, 8, 26)
    assert parse_date("2004.08.26\u20132034.08.26", PERIOD).end == D(2034, 8, 26)


def test_a_period_that_is_not_read_says_which_side() -> None:
    masked = parse_date("2004.08.26-xxxx.xx.xx", PERIOD)
    assert (masked.date, masked.end, masked.reason) == (D(2004, 8, 26), None, "masked")
    assert masked.note.startswith("end:")
    backwards = parse_date("2034.08.26-2004.08.26", PERIOD)
    assert (backwards.reason, backwards.note) == (
        "invalid_date",
        "the period ends before it starts",
    )
    assert parse_date("2004.08.26", PERIOD).reason == "unknown_format"  # one date is no period
    assert parse_date("", PERIOD).reason == "empty"


# --- Two-digit years --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("01/01/25", "birth", D(1925, 1, 1)),
        ("01/05/24", "birth", D(2024, 5, 1)),  # not after today
        ("01/07/24", "birth", D(1924, 7, 1)),  # would be after today
        ("01/06/24", "issue", D(2024, 6, 1)),  # today itself
        ("01/01/73", "expiry", D(2073, 1, 1)),  # 49 years ahead
        ("01/01/74", "expiry", D(1974, 1, 1)),  # 50 years back
    ],
)
def test_two_digit_years(text: str, kind: str, expected: dt.date) -> None:
    annotation = {"formats": ["DD/MM/YY"], "kind": kind}
    assert parse_date(text, annotation, today=TODAY).date == expected


def test_two_digit_buddhist_years_are_placed_once_converted() -> None:
    annotation = {"formats": ["D MON YY"], "language": ["th"], "era": "buddhist", "kind": "birth"}
    assert parse_date("5 ก.พ. 93", annotation, today=TODAY).date == D(1950, 2, 5)
    assert parse_date("5 ก.พ. 67", annotation, today=TODAY).date == D(2024, 2, 5)


# --- Bad annotations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("annotation", "message"),
    [
        ({}, "formats is a list of strings"),
        ({"formats": []}, "formats lists at least one format"),
        ({"formats": ["DD/MM/YYYY"], "calendar": "julian"}, "unknown key 'calendar'"),
        ({"formats": ["DD/MM"]}, "has no year part"),
        ({"formats": ["DD/MM/YYYY/YY"]}, "has two year parts"),
        ({"formats": ["DD|MM|YYYY"]}, "has '|MM|YYYY' at 2"),
        ({"formats": ["D MON YYYY"]}, "uses MON but no language is given"),
        ({"formats": ["D MON YYYY"], "language": ["fr"]}, "language is one of"),
        ({"formats": ["DD/MM/YYYY"], "era": "julian"}, "era is one of"),
        ({"formats": ["DD/MM/YYYY"], "range": "yes"}, "range is true or false"),
        ({"formats": ["DD/MM/YYYY"], "kind": "death"}, "kind is one of"),
        ({"formats": ["DD/MM/YYYY"], "kind": ["birth"]}, "kind is one of"),
        ({"formats": ["DD/MM/YYYY"], "era": ["buddhist"]}, "era is one of"),
        ("DD/MM/YYYY", "an annotation is a mapping"),
    ],
)
def test_a_bad_annotation_names_the_key_and_rule(annotation: Any, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_date("01/01/2020", annotation)


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="text is a str"):
        parse_date(20200101, ISO)  # type: ignore[arg-type]


# --- Finding the operation --------------------------------------------------------------------


def test_keys_that_fit_results_read_differently_ask_for_the_operation() -> None:
    with pytest.raises(ValueError, match="pass operation=") as caught:
        dates_of({"birth_date": "10.07.1999"})
    assert "recognize_cambodian_id_card" in str(caught.value)
    assert "recognize_vietnam_id_card" in str(caught.value)
    found = dates_of({"birth_date": "10.07.1999"}, "recognize_cambodian_id_card")
    assert found["birth_date"].date == D(1999, 7, 10)
    assert dates_of({"birth_date": "10.07.1999"}, "recognize_vietnam_id_card")[
        "birth_date"
    ].reason == ("unknown_format")


def test_keys_that_fit_several_results_without_dates_give_none() -> None:
    assert dates_of({"name": "X"}) == {}


def test_a_dict_of_no_result_with_dates_is_refused() -> None:
    general = next(e for e in golden.examples(SPEC) if e.name == "GeneralTextSuccess")
    with pytest.raises(ValueError, match="not the result of an operation with date fields"):
        dates_of(general.value)
    assert dates_of(golden.parse_model(general)) == {}  # a model says what it is
    assert dates_of(general.value, "recognize_general_text") == {}


def test_unknown_operation_failed_call_and_non_answers() -> None:
    with pytest.raises(ValueError, match="recognize_nothing"):
        dates_of({}, "recognize_nothing")
    failure = {"error_code": "AIS.0103", "error_msg": "The image size does not meet"}
    with pytest.raises(ValueError, match="failed call"):
        dates_of(failure)
    with pytest.raises(TypeError, match="not an ID result"):
        dates_of(["2020-01-01"])


def test_null_empty_and_non_text_values() -> None:
    found = dates_of(
        {"birth": None, "valid_from": "", "valid_to": 20340826, "name": "X"}, "recognize_id_card"
    )
    assert list(found) == ["valid_from", "valid_to"]  # a null is as absent as a missing key
    assert found["valid_from"].reason == "empty"
    assert (found["valid_to"].raw, found["valid_to"].reason) == ("20340826", "unknown_format")
    listed = dates_of({"valid_to": ["2034-08-26"]}, "recognize_id_card")["valid_to"]
    assert (listed.date, listed.reason, listed.note) == (None, "unknown_format", "not text")


def test_a_nested_object_alone_is_read_by_its_model() -> None:
    info = models.MyanmarIdcardTranslationInfo.from_dict({"birth_translation": "7.5.1992"})
    assert dates_of(info)["birth_translation"].date == D(1992, 5, 7)


# --- Round trip -------------------------------------------------------------------------------

# Independent of the module: the month names the documents and the issue list.
MONTH_NAMES = {"en": ENGLISH, "es": SPANISH, "th": THAI}
ZEROS = {"ascii": 0x30, "thai": 0x0E50, "khmer": 0x17E0, "myanmar": 0x1040}
FORMATS = [
    "YYYY-MM-DD",
    "YYYY/MM/DD",
    "YYYY.MM.DD",
    "DD/MM/YYYY",
    "DD-MM-YYYY",
    "DD.MM.YYYY",
    "DD MM YYYY",
    "D/M/YYYY",
    "D-M-YYYY",
    "D.M.YYYY",
    "MM/DD/YYYY",
    "D MON YYYY",
    "D-MON-YYYY",
    "DD.MON.YYYY",
    "MON D, YYYY",
    "DD/MM/YY",
    "D MON YY",
]


def render(day: dt.date, fmt: str, language: str, era: str, script: str) -> str:
    year = day.year + (543 if era == "buddhist" else 0)
    values = {
        "YYYY": f"{year:04d}",
        "YY": f"{year % 100:02d}",
        "MM": f"{day.month:02d}",
        "M": str(day.month),
        "DD": f"{day.day:02d}",
        "D": str(day.day),
        "MON": MONTH_NAMES[language][day.month - 1],
    }
    out = "".join(values.get(p, p) for p in re.findall(r"YYYY|YY|MON|MM|M|DD|D|.", fmt))
    digits = {str(n): chr(ZEROS[script] + n) for n in range(10)}
    return "".join(digits.get(c, c) for c in out)


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, dict[str, Any], dt.date]:
    fmt = draw(st.sampled_from(FORMATS))
    language = draw(st.sampled_from(sorted(MONTH_NAMES)))
    era = draw(st.sampled_from(["gregorian", "buddhist"]))
    script = draw(st.sampled_from(sorted(ZEROS)))
    if "YY" in fmt and "YYYY" not in fmt:  # a birth date within the last century
        day = draw(st.dates(TODAY.replace(year=TODAY.year - 99), TODAY))
    else:
        day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))
    annotation: dict[str, Any] = {"formats": [fmt], "era": era, "kind": "birth"}
    if "MON" in fmt:
        annotation["language"] = [language]
    return render(day, fmt, language, era, script), annotation, day


@settings(max_examples=400, deadline=None)
@given(cases())
def test_round_trip(case: tuple[str, dict[str, Any], dt.date]) -> None:
    text, annotation, day = case
    value = parse_date(text, annotation, today=TODAY)
    assert value == DateValue(text, day, format=annotation["formats"][0], kind="birth")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.sampled_from([ISO, DMY, EN, ES, TH, BOTH_ORDERS, PERIOD]))
def test_any_text_gives_a_date_or_a_reason(text: str, annotation: dict[str, Any]) -> None:
    value = parse_date(text, annotation, today=TODAY)
    assert value.raw == text
    assert (value.reason is None) == value.ok
    if value.ok:
        assert value.date is not None
    elif value.reason != "masked" or not annotation.get("range"):
        assert value.note
