"""Passport machine-readable zone (ICAO 9303 part 4, TD3: two lines of 44 characters).

    from huaweicloud_ocr.results import passport

    mrz = passport.mrz_of(response)          # None when the answer has no MRZ lines
    if mrz is not None and not mrz.valid:
        print(mrz.check_digit_errors)
    for d in passport.cross_check(response):  # MRZ against the printed fields
        print(d.field, d.mrz_value, d.printed_value, d.kind)

Nothing here calls the service: every function works on the generated models as well as on a
saved answer (the dict written by `to_dict()`, or a line of the batch command's JSON Lines).
Malformed MRZ lines raise `MrzFormatError`, a plain `ValueError`: a result is never reported
with the error types meant for requests.

Line 1: document code (2), issuing state (3), names (39: primary identifier, `<<`, secondary
identifier; `<` is a space). Line 2: passport number (9) + check digit, nationality (3), date of
birth (YYMMDD) + check digit, sex, date of expiry (YYMMDD) + check digit, optional data (14) +
check digit, composite check digit (over number+cd, birth+cd, expiry+cd, optional+cd).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from huaweicloud_ocr_api.models import PassportResult, RecognizePassportResponse

__all__ = [
    "CheckDigitError",
    "Disagreement",
    "Mrz",
    "MrzFormatError",
    "PassportLike",
    "check_digit",
    "cross_check",
    "mrz_of",
    "parse_td3",
]

LINE_LENGTH = 44
_ALLOWED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_WEIGHTS = (7, 3, 1)

PassportLike = RecognizePassportResponse | PassportResult | Mapping[str, Any]
"""What `mrz_of` and `cross_check` take: the response model, its `.result`, or a saved dict of
either shape (`{"result": {...}}` or the result object itself)."""


class MrzFormatError(ValueError):
    """An MRZ line that is not a TD3 line: wrong length or a character outside A-Z, 0-9, `<`.

    `line` is 1 or 2; the message says what is wrong and where.
    """

    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        self.problem = problem
        super().__init__(f"MRZ line {line}: {problem}")


@dataclass(frozen=True)
class CheckDigitError:
    """A check digit that does not match its field.

    `field` is one of `passport_number`, `date_of_birth`, `date_of_expiry`, `optional_data`,
    `composite`; `expected` is the digit computed from the field, `found` the character read.
    """

    field: str
    expected: str
    found: str


@dataclass(frozen=True)
class Mrz:
    """A parsed TD3 machine-readable zone.

    Text fields are as read, with trailing `<` fillers removed; in the names `<` is a space.
    `date_of_birth`/`date_of_expiry` keep the raw YYMMDD, `birth_date`/`expiry_date` are the
    dates (None when YYMMDD is not a date). Check digits are the characters read.
    """

    line1: str
    line2: str
    document_code: str
    issuing_state: str
    primary_identifier: str
    secondary_identifier: str
    passport_number: str
    passport_number_check: str
    nationality: str
    date_of_birth: str
    date_of_birth_check: str
    sex: str
    date_of_expiry: str
    date_of_expiry_check: str
    optional_data: str
    optional_data_check: str
    composite_check: str
    birth_date: _dt.date | None
    expiry_date: _dt.date | None
    check_digit_errors: list[CheckDigitError] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """True when every check digit matches."""
        return not self.check_digit_errors

    @property
    def name_field_full(self) -> bool:
        """True when the 39-character name field has no trailing filler: the names may have been
        truncated to fit (ICAO 9303 part 4), so a longer printed name is not a disagreement."""
        return self.line1[-1] != "<"


@dataclass(frozen=True)
class Disagreement:
    """A printed field of the passport result that the MRZ does not confirm.

    `field` is the PassportResult field name; `kind` is `mismatch` (both readable, different)
    or `not_comparable` (one side cannot be read as the same kind of value; `note` says why).
    """

    field: str
    mrz_value: str | None
    printed_value: str | None
    kind: Literal["mismatch", "not_comparable"] = "mismatch"
    note: str = ""


def _value(char: str) -> int:
    if char == "<":
        return 0
    if char.isdigit():
        return int(char)
    return ord(char) - ord("A") + 10


def check_digit(data: str) -> str:
    """The ICAO 9303 check digit of `data` (weights 7, 3, 1; `<` = 0; A-Z = 10-35)."""
    for char in data:
        if char not in _ALLOWED:
            raise ValueError(f"{char!r} is not an MRZ character")
    total = sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data))
    return str(total % 10)


def _checked_line(text: str, number: int) -> str:
    line = text.strip()
    if len(line) != LINE_LENGTH:
        raise MrzFormatError(
            number, f"{len(line)} characters, a TD3 line has {LINE_LENGTH}: {line!r}"
        )
    for position, char in enumerate(line, start=1):
        if char not in _ALLOWED:
            raise MrzFormatError(
                number,
                f"character {char!r} at position {position} is not one of A-Z, 0-9 and '<'"
                " (MRZ text is upper case)",
            )
    return line


def _yymmdd(raw: str, century: int) -> _dt.date | None:
    if not (len(raw) == 6 and raw.isdigit()):
        return None
    try:
        return _dt.date(century + int(raw[:2]), int(raw[2:4]), int(raw[4:]))
    except ValueError:
        return None


def _birth_date(raw: str, today: _dt.date) -> _dt.date | None:
    recent = _yymmdd(raw, 2000)
    if recent is not None and recent <= today:
        return recent
    return _yymmdd(raw, 1900)


def parse_td3(line1: str, line2: str, *, today: _dt.date | None = None) -> Mrz:
    """Parse the two lines of a TD3 MRZ and verify every check digit.

    Surrounding whitespace is ignored; anything else outside A-Z, 0-9 and `<` (lower case
    included) or a length other than 44 raises `MrzFormatError`. A wrong check digit does not
    raise: it is listed in `check_digit_errors`. `today` (default: the local date) decides the
    century of the birth date (the one that puts it in the past); expiry dates are 20YY.
    """
    l1 = _checked_line(line1, 1)
    l2 = _checked_line(line2, 2)
    today = _dt.date.today() if today is None else today

    names = l1[5:]
    primary, _, secondary = names.partition("<<")
    number, number_cd = l2[0:9], l2[9]
    birth, birth_cd = l2[13:19], l2[19]
    expiry, expiry_cd = l2[21:27], l2[27]
    optional, optional_cd = l2[28:42], l2[42]
    composite_cd = l2[43]

    errors: list[CheckDigitError] = []
    for name, data, found in (
        ("passport_number", number, number_cd),
        ("date_of_birth", birth, birth_cd),
        ("date_of_expiry", expiry, expiry_cd),
        ("optional_data", optional, optional_cd),
        ("composite", l2[0:10] + l2[13:20] + l2[21:43], composite_cd),
    ):
        expected = check_digit(data)
        # ICAO 9303 part 4: an all-filler optional data field may have `<` as its check digit.
        filler_ok = name == "optional_data" and found == "<" and set(data) == {"<"}
        if found != expected and not filler_ok:
            errors.append(CheckDigitError(name, expected, found))

    return Mrz(
        line1=l1,
        line2=l2,
        document_code=l1[0:2].rstrip("<"),
        issuing_state=l1[2:5].rstrip("<"),
        primary_identifier=primary.rstrip("<").replace("<", " "),
        secondary_identifier=secondary.rstrip("<").replace("<", " "),
        passport_number=number.rstrip("<"),
        passport_number_check=number_cd,
        nationality=l2[10:13].rstrip("<"),
        date_of_birth=birth,
        date_of_birth_check=birth_cd,
        sex=l2[20],
        date_of_expiry=expiry,
        date_of_expiry_check=expiry_cd,
        optional_data=optional.rstrip("<"),
        optional_data_check=optional_cd,
        composite_check=composite_cd,
        birth_date=_birth_date(birth, today),
        expiry_date=_yymmdd(expiry, 2000),
        check_digit_errors=errors,
    )


def _passport_result(result: PassportLike) -> PassportResult:
    if isinstance(result, RecognizePassportResponse):
        return result.result
    if isinstance(result, PassportResult):
        return result
    if isinstance(result, Mapping):
        inner = result.get("result")
        if isinstance(inner, Mapping):
            return PassportResult.from_dict(inner)
        return PassportResult.from_dict(result)
    raise TypeError(
        "expected RecognizePassportResponse, PassportResult or a mapping,"
        f" not {type(result).__name__}"
    )


def _mrz_line(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    # The service's OCR can put spaces inside an MRZ line (the documented example does);
    # an MRZ has no spaces, so removing them loses nothing.
    return "".join(text.split())


def mrz_of(result: PassportLike, *, today: _dt.date | None = None) -> Mrz | None:
    """The parsed MRZ of a passport result (`machine_code`, `machine_code2`), or None when
    either line is absent or empty.

    Spaces inside the lines (which the service's OCR can insert) are removed before parsing;
    other problems raise `MrzFormatError`.
    """
    passport = _passport_result(result)
    line1, line2 = _mrz_line(passport.machine_code), _mrz_line(passport.machine_code2)
    if line1 is None or line2 is None:
        return None
    return parse_td3(line1, line2, today=today)


_MONTHS = {
    name: number
    for number, name in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
        start=1,
    )
}
_YMD = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")
_D_MON_Y = re.compile(r"(\d{1,2})[ -]?([A-Z]{3,9})[ -]?(\d{4})")


def _printed_date(text: str) -> _dt.date | None:
    """A printed date: `1990-01-01`, `1990.01.01`, `1990/01/01`, `01 JAN 1990`, `01-JAN-1990`,
    or day first `01.01.1990`, `01/01/1990`, `01-01-1990`; None for anything else."""
    value = text.strip().upper()
    try:
        if match := _YMD.fullmatch(value):
            return _dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.fullmatch(value):
            return _dt.date(int(match[3]), int(match[2]), int(match[1]))
        if (match := _D_MON_Y.fullmatch(value)) and match[2][:3] in _MONTHS:
            return _dt.date(int(match[3]), _MONTHS[match[2][:3]], int(match[1]))
    except ValueError:
        return None
    return None


def _printed_name(text: str) -> str:
    """Upper case, accents dropped, apostrophes removed, other punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).upper()
    plain = plain.replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^A-Z0-9]", " ", plain).split())


def _code(text: str) -> str:
    return "".join(text.upper().split()).rstrip("<")


_SEXES = {"M": "M", "MALE": "M", "F": "F", "FEMALE": "F", "X": "X", "<": "X"}


def _sex(text: str) -> str | None:
    value = text.strip().upper()
    return _SEXES.get(value.split("/")[0].strip()) if value else None


def cross_check(result: PassportLike) -> list[Disagreement]:
    """Compare the MRZ with the printed fields of the same passport result.

    Checked, when printed: `passport_number`, `surname`, `given_name`, `country_code` (against
    the issuing state), `nationality`, `sex`, `date_of_birth`, `date_of_expiry`. Values are
    normalised first (case, spaces and `<`, accents, name punctuation, date formats). A longer
    printed name that starts with the MRZ name is accepted when the MRZ name field is full
    (truncation). A printed date, sex or nationality that cannot be read as one is reported
    with kind `not_comparable`. Without MRZ lines the answer is one `not_comparable` entry
    with field `mrz`. An empty list means every printed field checked agrees.
    """
    passport = _passport_result(result)
    mrz = mrz_of(passport)
    if mrz is None:
        return [Disagreement("mrz", None, None, "not_comparable", "the result has no MRZ lines")]
    found: list[Disagreement] = []

    def printed(name: str) -> str | None:
        value = getattr(passport, name)
        return value if isinstance(value, str) and value.strip() else None

    for name, mrz_value in (
        ("passport_number", mrz.passport_number),
        ("country_code", mrz.issuing_state),
    ):
        text = printed(name)
        if text is not None and _code(text) != mrz_value:
            found.append(Disagreement(name, mrz_value, text))

    text = printed("nationality")
    if text is not None:
        if not re.fullmatch(r"[A-Z]{1,3}", _code(text)):
            found.append(
                Disagreement(
                    "nationality",
                    mrz.nationality,
                    text,
                    "not_comparable",
                    "the printed nationality is not a three-letter code",
                )
            )
        elif _code(text) != mrz.nationality:
            found.append(Disagreement("nationality", mrz.nationality, text))

    for name, mrz_name in (
        ("surname", mrz.primary_identifier),
        ("given_name", mrz.secondary_identifier),
    ):
        text = printed(name)
        if text is None:
            continue
        want, got = " ".join(mrz_name.split()), _printed_name(text)
        if got != want and not (mrz.name_field_full and got.startswith(want)):
            found.append(Disagreement(name, mrz_name, text))

    text = printed("sex")
    if text is not None:
        sex = _sex(text)
        mrz_sex = _SEXES.get(mrz.sex)
        if sex is None or mrz_sex is None:
            found.append(
                Disagreement("sex", mrz.sex, text, "not_comparable", "not read as M, F or X")
            )
        elif sex != mrz_sex:
            found.append(Disagreement("sex", mrz.sex, text))

    for name, raw in (("date_of_birth", mrz.date_of_birth), ("date_of_expiry", mrz.date_of_expiry)):
        text = printed(name)
        if text is None:
            continue
        date = _printed_date(text)
        if date is None:
            found.append(
                Disagreement(name, raw, text, "not_comparable", "the printed date is not read")
            )
        elif not raw.isdigit():
            found.append(
                Disagreement(name, raw, text, "not_comparable", "the MRZ date is not YYMMDD")
            )
        # YYMMDD against YYMMDD: the printed year settles the century, so none is guessed.
        elif date.strftime("%y%m%d") != raw:
            found.append(Disagreement(name, raw, text))
    return found
