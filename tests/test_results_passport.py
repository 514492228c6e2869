"""Passport MRZ (ICAO 9303 TD3): parsing, every check digit, the cross-check against the printed
fields; on the documented example (read from openapi.yaml), the ICAO specimen, and random MRZs."""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.results import passport
from huaweicloud_ocr.results.passport import CheckDigitError, Disagreement, MrzFormatError
from huaweicloud_ocr_api.models import PassportResult, RecognizePassportResponse
from tests.golden import load_spec

SPECIMEN_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
SPECIMEN_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
TODAY = dt.date(2024, 6, 1)

# Field name -> (start, end) of the data in line 2, and the index of its check digit.
FIELDS = {
    "passport_number": (0, 9, 9),
    "date_of_birth": (13, 19, 19),
    "date_of_expiry": (21, 27, 27),
    "optional_data": (28, 42, 42),
}


def _oracle_check_digit(data: str) -> str:
    """An independent check digit, written from ICAO 9303 part 3 §4.9, for the tests."""
    values = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(data)) % 10)


def _documented_example() -> dict[str, Any]:
    value: dict[str, Any] = load_spec()["components"]["examples"]["PassportNonChinese"]["value"]
    return value


def _different(char: str) -> str:
    """A character whose check-digit value differs from `char`'s modulo 10 (so it is detected)."""
    value = 0 if char == "<" else "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(char) % 10
    return str((value + 1) % 10)


# --- ICAO specimen --------------------------------------------------------------------------


def test_icao_specimen_parses_with_every_check_digit_valid() -> None:
    mrz = passport.parse_td3(SPECIMEN_1, SPECIMEN_2, today=TODAY)
    assert mrz.valid
    assert mrz.check_digit_errors == []
    assert (mrz.document_code, mrz.issuing_state, mrz.nationality) == ("P", "UTO", "UTO")
    assert (mrz.primary_identifier, mrz.secondary_identifier) == ("ERIKSSON", "ANNA MARIA")
    assert (mrz.passport_number, mrz.passport_number_check) == ("L898902C3", "6")
    assert (mrz.date_of_birth, mrz.date_of_birth_check) == ("740812", "2")
    assert mrz.sex == "F"
    assert (mrz.date_of_expiry, mrz.date_of_expiry_check) == ("120415", "9")
    assert (mrz.optional_data, mrz.optional_data_check) == ("ZE184226B", "1")
    assert mrz.composite_check == "0"
    assert mrz.birth_date == dt.date(1974, 8, 12)
    assert mrz.expiry_date == dt.date(2012, 4, 15)
    assert not mrz.name_field_full


def test_check_digit_matches_the_oracle_on_the_specimen() -> None:
    assert passport.check_digit("L898902C3") == _oracle_check_digit("L898902C3") == "6"
    assert passport.check_digit("<<<<<<<<<<<<<<") == "0"


def test_surrounding_whitespace_is_tolerated() -> None:
    mrz = passport.parse_td3(f"  {SPECIMEN_1}\n", f"\t{SPECIMEN_2} ", today=TODAY)
    assert mrz.valid
    assert mrz.line1 == SPECIMEN_1


def test_birth_century_is_the_one_in_the_past_and_expiry_is_20yy() -> None:
    line2 = SPECIMEN_2
    # 740812 with today 2024: 2074 is in the future, so 1974.
    assert passport.parse_td3(SPECIMEN_1, line2, today=TODAY).birth_date == dt.date(1974, 8, 12)
    recent = line2[:13] + "200229" + line2[19:]
    assert passport.parse_td3(SPECIMEN_1, recent, today=TODAY).birth_date == dt.date(2020, 2, 29)
    assert passport.parse_td3(SPECIMEN_1, recent, today=dt.date(2020, 2, 28)).birth_date == (
        dt.date(1920, 2, 29)
    )
    y2k = line2[:13] + "000229" + line2[19:]
    future = passport.parse_td3(SPECIMEN_1, y2k, today=dt.date(2000, 2, 28))
    assert future.birth_date is None  # 2000-02-29 is not yet past, and 1900 was no leap year
    assert passport.parse_td3(SPECIMEN_1, line2, today=TODAY).expiry_date == dt.date(2012, 4, 15)


def test_an_impossible_date_is_none_not_an_error() -> None:
    line2 = SPECIMEN_2[:13] + "741312" + SPECIMEN_2[19:21] + "120231" + SPECIMEN_2[27:]
    mrz = passport.parse_td3(SPECIMEN_1, line2, today=TODAY)
    assert mrz.birth_date is None
    assert mrz.expiry_date is None


# --- check digits, one field at a time --------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "position"),
    [(f, p) for f, (start, end, _) in FIELDS.items() for p in range(start, end)],
)
def test_a_changed_character_is_reported_by_its_check_digit_and_the_composite(
    field: str, position: int
) -> None:
    line2 = SPECIMEN_2[:position] + _different(SPECIMEN_2[position]) + SPECIMEN_2[position + 1 :]
    mrz = passport.parse_td3(SPECIMEN_1, line2, today=TODAY)
    start, end, cd = FIELDS[field]
    assert [e.field for e in mrz.check_digit_errors] == [field, "composite"]
    assert mrz.check_digit_errors[0] == CheckDigitError(
        field, _oracle_check_digit(line2[start:end]), line2[cd]
    )
    assert not mrz.valid


@pytest.mark.parametrize("field", list(FIELDS))
def test_a_changed_check_digit_is_reported_with_the_composite(field: str) -> None:
    cd = FIELDS[field][2]
    wrong = str((int(SPECIMEN_2[cd]) + 1) % 10)
    line2 = SPECIMEN_2[:cd] + wrong + SPECIMEN_2[cd + 1 :]
    errors = passport.parse_td3(SPECIMEN_1, line2, today=TODAY).check_digit_errors
    assert errors[0] == CheckDigitError(field, SPECIMEN_2[cd], wrong)
    assert [e.field for e in errors] == [field, "composite"]


def test_a_changed_composite_digit_is_reported_alone() -> None:
    line2 = SPECIMEN_2[:43] + "7"
    errors = passport.parse_td3(SPECIMEN_1, line2, today=TODAY).check_digit_errors
    assert errors == [CheckDigitError("composite", "0", "7")]


def test_an_all_filler_optional_field_may_have_a_filler_check_digit() -> None:
    line2 = SPECIMEN_2[:28] + "<" * 15
    line2 += _oracle_check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    assert passport.parse_td3(SPECIMEN_1, line2, today=TODAY).valid


def test_line_one_carries_no_check_digit() -> None:
    line1 = SPECIMEN_1.replace("ANNA", "ANNE")
    assert passport.parse_td3(line1, SPECIMEN_2, today=TODAY).valid


# --- malformed lines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line1", "line2", "line", "words"),
    [
        (SPECIMEN_1[:-1], SPECIMEN_2, 1, "43 characters"),
        (SPECIMEN_1 + "<", SPECIMEN_2, 1, "45 characters"),
        (SPECIMEN_1, SPECIMEN_2[:-2], 2, "42 characters"),
        (SPECIMEN_1, "", 2, "0 characters"),
        (SPECIMEN_1.lower(), SPECIMEN_2, 1, "'p' at position 1"),
        (SPECIMEN_1, SPECIMEN_2[:5] + "c" + SPECIMEN_2[6:], 2, "'c' at position 6"),
        (SPECIMEN_1.replace("<<ANNA", " <ANNA"), SPECIMEN_2, 1, "' ' at position 14"),
        (SPECIMEN_1, SPECIMEN_2[:20] + "-" + SPECIMEN_2[21:], 2, "'-' at position 21"),
        (SPECIMEN_1.replace("ERIKSSON", "ERIKSSÖN"), SPECIMEN_2, 1, "'Ö' at position 12"),
    ],
)
def test_malformed_lines_raise_naming_the_line(
    line1: str, line2: str, line: int, words: str
) -> None:
    with pytest.raises(MrzFormatError, match=f"MRZ line {line}: .*{words}") as caught:
        passport.parse_td3(line1, line2)
    assert caught.value.line == line
    assert isinstance(caught.value, ValueError)


# --- the documented example ---------------------------------------------------------------


def test_documented_example_lines_are_not_strict_td3() -> None:
    # Finding: the documented machine_code has two spaces inside it (46 characters); an MRZ has
    # no spaces. parse_td3 is strict; mrz_of removes spaces inside the lines (see below).
    result = _documented_example()["result"]
    with pytest.raises(MrzFormatError, match="MRZ line 1: 46 characters"):
        passport.parse_td3(result["machine_code"], result["machine_code2"])
    assert len(result["machine_code"].replace(" ", "")) == 44
    assert len(result["machine_code2"]) == 44


def test_documented_example_parses_and_its_check_digits_are_what_masking_leaves() -> None:
    mrz = passport.mrz_of(_documented_example(), today=TODAY)
    assert mrz is not None
    assert (mrz.document_code, mrz.issuing_state, mrz.nationality) == ("P", "ETF", "ETF")
    assert (mrz.primary_identifier, mrz.secondary_identifier) == ("HUZHAO", "ZHAOMIN DESALEGN")
    assert mrz.birth_date == dt.date(1985, 9, 18)
    assert mrz.expiry_date == dt.date(2022, 1, 15)
    assert mrz.sex == "M"
    assert mrz.optional_data == ""
    # Finding: NOT all check digits validate. The documented passport number is masked
    # ("EP435XXXX"): the number's check digit and the composite fail, computed over the Xs.
    # Birth, expiry and optional-data check digits validate.
    assert mrz.passport_number == "EP435XXXX"
    assert [e.field for e in mrz.check_digit_errors] == ["passport_number", "composite"]
    assert not mrz.valid
    # The two failures are what masking explains: some digits in place of XXXX make the
    # number's check digit right, and then the composite is right as well.
    line1, line2 = mrz.line1, mrz.line2
    for digits in itertools.product("0123456789", repeat=4):
        candidate = line2[:5] + "".join(digits) + line2[9:]
        if _oracle_check_digit(candidate[:9]) == candidate[9]:
            assert passport.parse_td3(line1, candidate, today=TODAY).valid
            break
    else:
        pytest.fail("no digits make the documented passport number's check digit valid")


def test_documented_example_cross_check_agrees_on_every_printed_field() -> None:
    # Number (both masked alike), surname, given name (printed with a trailing space), country
    # code, sex, and both dates (printed ISO) all agree with the MRZ.
    assert passport.cross_check(_documented_example()) == []


def test_planted_passport_number_disagreement_is_the_only_one_reported() -> None:
    example = copy.deepcopy(_documented_example())
    example["result"]["passport_number"] = "EP436XXXX"
    assert passport.cross_check(example) == [
        Disagreement("passport_number", "EP435XXXX", "EP436XXXX")
    ]


def test_the_chinese_example_has_no_mrz() -> None:
    example = load_spec()["components"]["examples"]["PassportChinese"]["value"]
    assert passport.mrz_of(example) is None
    [entry] = passport.cross_check(example)
    assert (entry.field, entry.kind) == ("mrz", "not_comparable")


def test_model_response_result_and_saved_dicts_give_the_same_answers() -> None:
    value = _documented_example()
    response = RecognizePassportResponse.from_dict(value)
    inputs: list[Any] = [
        value,
        value["result"],
        response,
        response.result,
        response.to_dict(),
        response.result.to_dict(),
    ]
    mrzs = [passport.mrz_of(i, today=TODAY) for i in inputs]
    assert all(m == mrzs[0] for m in mrzs)
    planted = copy.deepcopy(value)
    planted["result"]["sex"] = "F"
    planted_model = RecognizePassportResponse.from_dict(planted)
    for item in (planted, planted_model, planted_model.result, planted_model.to_dict()):
        assert passport.cross_check(item) == [Disagreement("sex", "M", "F")]


def test_wrong_input_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="list"):
        passport.mrz_of([])  # type: ignore[arg-type]


# --- cross-check normalisation ----------------------------------------------------------------


def _specimen_result(**printed: str) -> PassportResult:
    base = {
        "country_code": "UTO",
        "passport_number": "L898902C3",
        "surname": "ERIKSSON",
        "given_name": "ANNA MARIA",
        "sex": "F",
        "date_of_birth": "1974-08-12",
        "date_of_expiry": "2012-04-15",
        "machine_code": SPECIMEN_1,
        "machine_code2": SPECIMEN_2,
    }
    return PassportResult.from_dict(base | printed)


@pytest.mark.parametrize(
    "printed",
    [
        {"date_of_birth": "12 AUG 1974", "date_of_expiry": "15 APR 2012"},
        {"date_of_birth": "1974.08.12", "date_of_expiry": "2012/04/15"},
        {"date_of_birth": "12.08.1974", "date_of_expiry": "15/04/2012"},
        {"given_name": "anna-maria", "surname": " Eriksson "},
        {"given_name": "Änna María"},
        {"sex": "FEMALE", "nationality": "uto", "country_code": "uto"},
        {"passport_number": "l898902c3 "},
    ],
)
def test_normalised_printed_values_agree(printed: dict[str, str]) -> None:
    assert passport.cross_check(_specimen_result(**printed)) == []


def test_unreadable_printed_values_are_not_comparable() -> None:
    result = _specimen_result(date_of_birth="12 AUGUST-ISH 74", sex="?", nationality="UTOPIAN")
    found = passport.cross_check(result)
    assert {(d.field, d.kind) for d in found} == {
        ("date_of_birth", "not_comparable"),
        ("sex", "not_comparable"),
        ("nationality", "not_comparable"),
    }


def test_each_printed_field_disagreement_is_named() -> None:
    result = _specimen_result(
        surname="ERIKSON",
        given_name="ANNA",
        country_code="UTA",
        sex="M",
        date_of_birth="1974-08-13",
        date_of_expiry="2013-04-15",
    )
    assert passport.cross_check(result) == [
        Disagreement("country_code", "UTO", "UTA"),
        Disagreement("surname", "ERIKSSON", "ERIKSON"),
        Disagreement("given_name", "ANNA MARIA", "ANNA"),
        Disagreement("sex", "F", "M"),
        Disagreement("date_of_birth", "740812", "1974-08-13"),
        Disagreement("date_of_expiry", "120415", "2013-04-15"),
    ]


def test_a_truncated_mrz_name_accepts_the_longer_printed_name_only_when_full() -> None:
    names = "VANDERSTEENHOVEN<<MARIA<ALEXANDRA<CHRIST"
    assert len(names) == 40
    line1 = "P<UTO" + names[:39]
    result = _specimen_result(
        machine_code=line1, surname="VANDERSTEENHOVEN", given_name="MARIA ALEXANDRA CHRISTINA"
    )
    assert passport.cross_check(result) == []
    # Not full: the same longer printed name is a disagreement.
    short = ("P<UTOVANDERSTEENHOVEN<<MARIA<ALEXANDRA" + "<" * 44)[:44]
    found = passport.cross_check(
        _specimen_result(
            machine_code=short, surname="VANDERSTEENHOVEN", given_name="MARIA ALEXANDRA X"
        )
    )
    assert found == [Disagreement("given_name", "MARIA ALEXANDRA", "MARIA ALEXANDRA X")]


# --- property: build, parse back -------------------------------------------------------------

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_LETTERS = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)


def _pad(value: str, width: int) -> str:
    return value + "<" * (width - len(value))


@settings(max_examples=200, deadline=None)
@given(
    code=st.sampled_from(["P", "PO", "PD", "PS"]),
    state=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3),
    nationality=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3),
    surname=st.lists(_LETTERS, min_size=1, max_size=2),
    given_names=st.lists(_LETTERS, min_size=0, max_size=3),
    number=st.text(_ALNUM, min_size=1, max_size=9),
    birth=st.dates(min_value=dt.date(1924, 6, 2), max_value=TODAY),
    sex=st.sampled_from(["M", "F", "X", "<"]),
    expiry=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    optional=st.text(_ALNUM, min_size=0, max_size=14),
)
def test_built_mrz_parses_back_to_its_fields(
    code: str,
    state: str,
    nationality: str,
    surname: list[str],
    given_names: list[str],
    number: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    optional: str,
) -> None:
    names = "<".join(surname) + "<<" + "<".join(given_names)
    if len(names) > 39:
        names = names[:39]
    line1 = _pad(code, 2) + _pad(state, 3) + _pad(names, 39)
    parts = [
        _pad(number, 9) + _oracle_check_digit(_pad(number, 9)),
        _pad(nationality, 3),
        birth.strftime("%y%m%d") + _oracle_check_digit(birth.strftime("%y%m%d")),
        sex,
        expiry.strftime("%y%m%d") + _oracle_check_digit(expiry.strftime("%y%m%d")),
        _pad(optional, 14) + _oracle_check_digit(_pad(optional, 14)),
    ]
    line2 = "".join(parts)
    line2 += _oracle_check_digit(line2[0:10] + line2[13:20] + line2[21:43])

    mrz = passport.parse_td3(line1, line2, today=TODAY)

    assert mrz.valid, mrz.check_digit_errors
    assert (mrz.document_code, mrz.issuing_state, mrz.nationality) == (code, state, nationality)
    assert (mrz.passport_number, mrz.optional_data, mrz.sex) == (number, optional, sex)
    assert (mrz.birth_date, mrz.expiry_date) == (birth, expiry)
    primary, _, secondary = names.partition("<<")
    assert mrz.primary_identifier == primary.rstrip("<").replace("<", " ")
    assert mrz.secondary_identifier == secondary.rstrip("<").replace("<", " ")
    if len("<".join(surname) + "<<" + "<".join(given_names)) <= 39:
        assert mrz.primary_identifier == " ".join(surname)
        assert mrz.secondary_identifier == " ".join(given_names)
