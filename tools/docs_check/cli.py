"""`python -m tools.docs_check check|pagediff|specdiff|changelog|check-breaking`.

Exit status: 0 when nothing needs a person, 1 when it does (an unexplained difference, a
breaking change without the version bump that allows it), 2 on bad input (a page or ref that
cannot be read).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from tools.docs_check import compare, pagediff, seeds, specdiff
from tools.docs_check import spec as sp

REPO = specdiff.REPO
# A copy of ../shared/seeds kept in the repository, so a fresh clone checks the same pages.
SEEDS = REPO / "sources" / "seeds"


def _pages(paths: list[str]) -> list[Path]:
    if not paths:
        return sorted(SEEDS.glob("*.txt"))
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return found


def cmd_check(args: argparse.Namespace) -> int:
    spec = sp.load(Path(args.spec))
    sections = [s for page in _pages(args.pages) for s in seeds.read_page(page)]
    findings = compare.check(spec, sections)
    unexplained = [f for f in findings if not f.explained]
    for finding in findings if args.explained else unexplained:
        print(finding)
    rows = sum(len(t.rows) for s in sections for t in s.tables)
    examples = sum(len(s.examples) for s in sections)
    print(
        f"{len(sections)} sections, {rows} rows, {examples} examples: "
        f"{len(unexplained)} unexplained difference(s), "
        f"{len(findings) - len(unexplained)} explained",
        file=sys.stderr,
    )
    return 1 if unexplained else 0


def cmd_pagediff(args: argparse.Namespace) -> int:
    spec = sp.load(Path(args.spec))
    changes = pagediff.diff(
        spec, pagediff.select(args.old), pagediff.select(args.new), args.descriptions
    )
    for change in changes:
        print(change)
    print(f"{len(changes)} change(s)", file=sys.stderr)
    return 0


def _specs(args: argparse.Namespace) -> tuple[str, sp.Spec, sp.Spec]:
    base = args.base or specdiff.default_base()
    return base, specdiff.spec_at(base), sp.load(Path(args.spec))


def cmd_specdiff(args: argparse.Namespace) -> int:
    base, old, new = _specs(args)
    changes = specdiff.diff(old, new)
    for change in changes:
        print(change)
    breaking = sum(c.breaking for c in changes)
    print(f"against {base[:12]}: {len(changes)} change(s), {breaking} breaking", file=sys.stderr)
    return 0


def changelog_entry(version: str, changes: list[specdiff.SpecChange]) -> str:
    lines = [f"## [{version}]", ""]
    for title, wanted in (("Breaking", True), ("Added and compatible", False)):
        chosen = [c for c in changes if c.breaking is wanted]
        if chosen:
            lines += [f"### {title}", ""]
            lines += [
                f"- {' '.join(filter(None, [c.operation, c.where, c.field]))}: {c.what}"
                for c in chosen
            ]
            lines.append("")
    if not changes:
        lines += ["No change to the API.", ""]
    return "\n".join(lines)


def cmd_changelog(args: argparse.Namespace) -> int:
    _, old, new = _specs(args)
    version = specdiff.version_of((REPO / specdiff.VERSION_FILE).read_text(encoding="utf-8"))
    print(changelog_entry(".".join(map(str, version)), specdiff.diff(old, new)))
    return 0


def cmd_check_breaking(args: argparse.Namespace) -> int:
    base, old, new = _specs(args)
    changes = specdiff.diff(old, new)
    old_version = specdiff.version_of(specdiff.git("show", f"{base}:{specdiff.VERSION_FILE}"))
    new_version = specdiff.version_of((REPO / specdiff.VERSION_FILE).read_text(encoding="utf-8"))
    shown = ".".join(map(str, new_version))
    problems = []
    breaking = [c for c in changes if c.breaking]
    if breaking and not specdiff.bump_allows_breaking(old_version, new_version):
        problems.append(
            f"{len(breaking)} breaking change(s) since {base[:12]} but the version goes "
            f"{'.'.join(map(str, old_version))} → {shown}: see docs/versioning.md"
        )
    if changes and not breaking and not specdiff.bump_allows_features(old_version, new_version):
        problems.append(f"API changes since {base[:12]} but the version is still {shown}")
    changelog = REPO / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    if changes and f"## [{shown}]" not in text:
        problems.append(
            f"CHANGELOG.md has no '## [{shown}]' entry (python -m tools.docs_check changelog)"
        )
    if breaking and f"## [{shown}]" in text:
        entry = text.split(f"## [{shown}]", 1)[1].split("\n## [", 1)[0]
        if "### Breaking" not in entry:
            problems.append(f"CHANGELOG.md's entry for {shown} has no '### Breaking' section")
    for change in breaking:
        print(change)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.docs_check", description=__doc__)
    parser.add_argument(
        "--spec", default=str(REPO / "openapi.yaml"), help="the spec (working tree)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="documents against the spec")
    check.add_argument("pages", nargs="*", help=f"pages or folders (default {SEEDS})")
    check.add_argument("--explained", action="store_true", help="also list explained differences")
    check.set_defaults(run=cmd_check)
    page = commands.add_parser("pagediff", help="two versions of a page (FILE or FILE#4.11)")
    page.add_argument("old")
    page.add_argument("new")
    page.add_argument("--descriptions", action="store_true", help="also reworded descriptions")
    page.set_defaults(run=cmd_pagediff)
    for name, run, text in (
        ("specdiff", cmd_specdiff, "changes for users since a release"),
        ("changelog", cmd_changelog, "the CHANGELOG.md entry for those changes"),
        ("check-breaking", cmd_check_breaking, "fail on a breaking change without its bump"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument(
            "--base",
            help="git ref of the release (default: last v* tag, else the "
            "commit that last changed the version file)",
        )
        sub.set_defaults(run=run)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (seeds.PageError, ValueError, RuntimeError, OSError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
