"""tools.docs_check (issue 21): pages read as the documents print them, checked against the live
openapi.yaml, page versions compared in the spec's terms, and spec versions classed for users."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

import pytest

from tools.docs_check import cli, compare, pagediff, seeds, specdiff
from tools.docs_check import spec as sp

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "sources" / "seeds"
OLD_KH, NEW_KH = SEEDS / "004_cea757c2ae08e5b2.txt", SEEDS / "003_683402fe9bd88af3.txt"
OLD_MM, WHOLE = SEEDS / "000_0ac922f502aa5abc.txt", SEEDS / "002_7f2522d40164f037.txt"


@pytest.fixture(scope="module")
def spec() -> sp.Spec:
    return sp.load(ROOT / "openapi.yaml")


@pytest.fixture(scope="module")
def sections() -> list[seeds.Section]:
    return [s for page in sorted(SEEDS.glob("*.txt")) for s in seeds.read_page(page)]


def unexplained(spec: sp.Spec, sections: list[seeds.Section]) -> list[compare.Finding]:
    return [f for f in compare.check(spec, sections) if not f.explained]


def test_today_the_documents_and_the_spec_agree(
    spec: sp.Spec, sections: list[seeds.Section]
) -> None:
    start = time.perf_counter()
    assert [str(f) for f in unexplained(spec, sections)] == []
    assert time.perf_counter() - start < 10
    # ... and that is because everything was read: every section maps to an operation, every
    # operation of the spec but IAM's is documented, every body table finds a schema.
    ocr_ops = {op.operation_id for op in sp.operations(spec) if op.path.startswith("/v2/")}
    mapped = [compare.map_section(spec, s) for s in sections]
    assert {m.operation.operation_id for m in mapped if m.operation} == ocr_ops
    assert all(
        item.schema for m in mapped for item in m.tables if item.table.kind in ("body", "response")
    )


def test_a_wrapped_table_across_page_breaks_reads_like_the_web_page() -> None:
    """002 breaks names (`return_por` / `trait_imag` / `e`) and repeats the wrapped header at page
    breaks; 003 is the same table one cell a line: the rows must come out the same."""
    (pdf,) = pagediff.select(f"{WHOLE}#4.10")
    (web,) = seeds.read_page(NEW_KH)

    def rows(section: seeds.Section) -> list[tuple[str, bool | None, str | None]]:
        return [
            (r.name, r.mandatory, r.type)
            for t in section.tables
            if t.kind == "body"
            for r in t.rows
        ]

    assert rows(pdf) == rows(web)
    assert len(rows(pdf)) == 12
    headers = [r.name for t in pdf.tables for r in t.rows if r.name.startswith("Paramete")]
    assert headers == []


PLANTS = {
    "row renamed": ("sex |\nString |", "gender |\nString |", "row-not-in-spec", "gender"),
    "row added": (
        "address |\nString |\nAddresses, separated by spaces |",
        "address |\nString |\nAddresses, separated by spaces |\nvillage |\nString |\nVillage |",
        "row-not-in-spec",
        "village",
    ),
    "type changed": ("height |\nString |", "height |\nInteger |", "type", "height"),
    "mandatory changed": (
        "return_idcard_type |\nNo |",
        "return_idcard_type |\nYes |",
        "mandatory",
        "return_idcard_type",
    ),
    "example field added": (
        '"sex": "ស្រី",',
        '"sex": "ស្រី", "blood_type": "A",',
        "example-field-not-in-schema",
        "result.blood_type",
    ),
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_each_planted_difference_is_reported(spec: sp.Spec, plant: str) -> None:
    old, new, kind, field = PLANTS[plant]
    text = OLD_KH.read_text(encoding="utf-8")
    assert old in text
    found = unexplained(spec, seeds.parse_page(text.replace(old, new, 1), "004"))
    before = unexplained(spec, seeds.parse_page(text, "004"))
    added = [f for f in found if f not in before]
    assert [(f.kind, f.field) for f in added if f.kind == kind] == [(kind, field)], added


def test_planted_differences_in_the_pdf_are_reported(spec: sp.Spec) -> None:
    text = WHOLE.read_text(encoding="utf-8")
    wrapped = "detect_blu\nr\n\nNo Boolean"  # a wrapped name, after a page break's header
    assert wrapped in text
    text = text.replace(wrapped, "detect_blu\nrr\n\nNo Boolean").replace(
        "blur_score Integer Alarm score", "blur_score String Alarm score", 1
    )
    found = {
        (f.source, f.schema, f.field, f.kind)
        for f in unexplained(spec, seeds.parse_page(text, "002"))
    }
    assert (
        "002 §4.3",
        "CambodianIdCardRequestBody",
        "detect_blurr",
        "row-not-in-spec",
    ) not in found
    assert ("002 §4.10", "CambodianIdCardRequestBody", "detect_blurr", "row-not-in-spec") in found
    assert ("002 §4.3", "AutoIdDocClassificationAlarmConfidence", "blur_score", "type") in found


def test_a_field_the_spec_says_a_version_has_must_be_on_that_page(spec: sp.Spec) -> None:
    text = NEW_KH.read_text(encoding="utf-8").replace(
        "detect_glare |\nNo |", "detect_glaring |\nNo |"
    )
    found = {(f.field, f.kind) for f in unexplained(spec, seeds.parse_page(text, "003"))}
    assert ("detect_glare", "missing-on-page") in found


def test_pagediff_cambodian_lists_what_003_adds(spec: sp.Spec) -> None:
    """Exactly the fields the spec records as absent from 004 (x-doc-versions without 004)."""
    changes = pagediff.diff(spec, pagediff.select(str(OLD_KH)), pagediff.select(str(NEW_KH)))
    assert {c.sign for c in changes} == {"+"}
    op = sp.operation_at(spec, "post", "/v2/{project_id}/ocr/cambodian-idcard")
    assert op is not None
    recorded = set()
    for reach in sp.reachable(spec, sp.response_schema(spec, op, "200"), "r") + sp.reachable(
        spec, sp.request_schema(spec, op), "q"
    ):
        for name, prop in sp.properties(spec, reach.node).items():
            versions = compare._doc_versions(spec, prop)
            if versions is not None and "003" in versions and "004" not in versions:
                recorded.add((reach.name, name))
    score = {
        (c.schema, c.field) for c in changes if c.schema == "CambodianIdCardScoreInformationResult"
    }
    assert {(c.schema, c.field) for c in changes} - score == recorded
    assert len(score) == 7


def test_pagediff_myanmar_both_ways(spec: sp.Spec) -> None:
    old, new = pagediff.select(str(OLD_MM)), pagediff.select(f"{WHOLE}#4.11")
    forward = pagediff.diff(spec, old, new)
    fields = {(c.sign, c.schema, c.field) for c in forward}
    assert ("+", "MyanmarIdcardRequestBody", "return_translation") in fields
    assert ("+", "MyanmarIdcardResult", "translation_info") in fields
    assert ("+", "200 example", "result.translation_info.name_translation") in fields
    flip = {"+": "-", "-": "+", "~": "~"}
    backward = {(c.sign, c.schema, c.field) for c in pagediff.diff(spec, new, old)}
    assert backward == {(flip[s], schema, f) for s, schema, f in fields}
    with pytest.raises(seeds.PageError, match=r"§9\.9"):
        pagediff.select(f"{WHOLE}#9.9")


def _mutated(spec: sp.Spec, change: Any) -> sp.Spec:
    new = copy.deepcopy(spec)
    change(new["components"]["schemas"])
    return new


SPEC_CASES = {
    "request field removed": (
        lambda s: s["CambodianIdCardRequestBody"]["properties"].pop("detect_blur"),
        True,
    ),
    "optional request field added": (
        lambda s: s["CambodianIdCardRequestBody"]["properties"].update(
            detect_x={"type": "boolean"}
        ),
        False,
    ),
    "required request field added": (
        lambda s: (
            s["CambodianIdCardRequestBody"]["properties"].update(detect_x={"type": "boolean"}),
            s["CambodianIdCardRequestBody"].setdefault("required", []).append("detect_x"),
        ),
        True,
    ),
    "response field removed": (lambda s: s["CambodianIdCardResult"]["properties"].pop("sex"), True),
    "response field added": (
        lambda s: s["CambodianIdCardResult"]["properties"].update(x={"type": "string"}),
        False,
    ),
    "response type widened": (
        lambda s: s["CambodianIdCardResult"]["properties"]["sex"].update(type=["string", "null"]),
        True,
    ),
    "request type narrowed": (
        lambda s: s["CambodianIdCardRequestBody"]["properties"]["detect_blur"].update(enum=[True]),
        True,
    ),
    "open enum grows": (
        lambda s: s["CambodianIdCardResult"]["properties"]["idcard_type"][
            "x-extensible-enum"
        ].append("fake"),
        False,
    ),
    "response map value type changed": (
        lambda s: s["IdCardResult"]["properties"]["text_location"].update(
            additionalProperties={"type": "string"}
        ),
        True,
    ),
    "response map made free-form": (
        lambda s: s["IdCardResult"]["properties"]["text_location"].pop("additionalProperties"),
        True,
    ),
    "request enum of a oneOf branch narrowed": (
        lambda s: s["IdDocumentRequestBody"]["properties"]["country_region"]["oneOf"][1][
            "enum"
        ].remove(""),
        True,
    ),
    "request enum of a oneOf branch's items narrowed": (
        lambda s: s["IdDocumentRequestBody"]["properties"]["country_region"]["oneOf"][0]["items"][
            "enum"
        ].remove("HKG"),
        True,
    ),
    "request enum of a oneOf branch widened": (
        lambda s: s["IdDocumentRequestBody"]["properties"]["id_type"]["oneOf"][1]["enum"].append(
            "XX"
        ),
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(SPEC_CASES))
def test_specdiff_classes(spec: sp.Spec, case: str) -> None:
    change, breaking = SPEC_CASES[case]
    found = specdiff.diff(spec, _mutated(spec, change))
    assert found, case
    assert {c.breaking for c in found} == {breaking}, [str(c) for c in found]
    assert specdiff.diff(spec, spec) == []


def _freeform_text_location(schemas: dict[str, Any]) -> None:
    # text_location as 0.3.0 had it: an object with no properties and any values.
    for name in ("IdCardResult", "IdCardFrontResult", "IdCardBackResult"):
        schemas[name]["properties"]["text_location"].pop("additionalProperties")


def test_specdiff_a_free_form_map_given_a_value_type_narrows(spec: sp.Spec) -> None:
    found = specdiff.diff(_mutated(spec, _freeform_text_location), spec)
    fields = {(c.operation, c.field): c for c in found}
    value = fields["RecognizeIdCard", "result.text_location{}"]
    # Any value before, a quadrilateral now: a narrowing, which a reader takes in its stride.
    assert value.what == "type narrowed: any → array", str(value)
    assert not value.breaking
    # The value's own items are new fields under it, as a new property would be.
    assert "result.text_location{}[]" in {f for _, f in fields}
    assert "result.text_location{}[][]" in {f for _, f in fields}
    assert {c.operation for c in found} == {"RecognizeIdCard"}, [str(c) for c in found]
    assert not any(c.breaking for c in found), [str(c) for c in found]
    # The other way, a typed map made free-form widens a response: breaking.
    back = {c.field: c for c in specdiff.diff(spec, _mutated(spec, _freeform_text_location))}
    assert back["result.text_location{}"].what == "type widened: array → any"
    assert back["result.text_location{}"].breaking


def test_specdiff_reads_enums_inside_one_of_branches(spec: sp.Spec) -> None:
    def without_blank(schemas: dict[str, Any]) -> None:
        for name in ("country_region", "id_type"):
            schemas["IdDocumentRequestBody"]["properties"][name]["oneOf"][1]["enum"].remove("")

    found = specdiff.diff(_mutated(spec, without_blank), spec)
    assert sorted((c.field, c.what, c.breaking) for c in found) == [
        ("country_region", "enum values added: ['']", False),
        ("id_type", "enum values added: ['']", False),
    ]
    facts = specdiff.flatten(spec, spec["components"]["schemas"]["IdDocumentRequestBody"])
    # The string branch's values; the array branch's in its items.
    assert "" in facts["country_region"]["enum"]
    assert "HKG" in facts["country_region"]["enum"]
    assert facts["country_region[]"]["enum"] is not None
    assert "" not in facts["country_region[]"]["enum"]


def test_specdiff_a_branch_without_enum_leaves_the_field_open(spec: sp.Spec) -> None:
    def open_branch(schemas: dict[str, Any]) -> None:
        schemas["IdDocumentRequestBody"]["properties"]["id_type"]["oneOf"][1].pop("enum")

    found = specdiff.diff(spec, _mutated(spec, open_branch))
    assert [(c.field, c.breaking) for c in found] == [("id_type", False)], [str(c) for c in found]
    assert found[0].what.startswith("enum [")
    assert found[0].what.endswith("→ none")


def test_version_rules() -> None:
    assert specdiff.bump_allows_breaking((0, 2, 0), (0, 3, 0))
    assert not specdiff.bump_allows_breaking((0, 2, 0), (0, 2, 1))
    assert specdiff.bump_allows_breaking((0, 9, 3), (1, 0, 0))
    assert not specdiff.bump_allows_breaking((1, 2, 0), (1, 3, 0))
    assert specdiff.bump_allows_breaking((1, 2, 0), (2, 0, 0))
    assert specdiff.bump_allows_features((0, 2, 0), (0, 2, 1))
    assert not specdiff.bump_allows_features((1, 2, 0), (1, 2, 1))
    with pytest.raises(ValueError, match="__version__"):
        specdiff.version_of("version = 1")


def test_changelog_entry_sections(spec: sp.Spec) -> None:
    changes = specdiff.diff(spec, _mutated(spec, SPEC_CASES["request field removed"][0]))
    entry = cli.changelog_entry("0.3.0", changes)
    assert entry.startswith("## [0.3.0]")
    assert "### Breaking" in entry
    assert "detect_blur" in entry


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    planted = tmp_path / "kh.txt"
    planted.write_text(
        NEW_KH.read_text(encoding="utf-8").replace("sex |\nString |", "gender |\nString |"),
        encoding="utf-8",
    )
    assert cli.main(["check", str(WHOLE), str(NEW_KH), str(OLD_KH)]) == 0
    assert cli.main(["check", str(WHOLE), str(planted)]) == 1
    assert "gender" in capsys.readouterr().out
    assert cli.main(["check", str(tmp_path / "missing.txt")]) == 2
