#!/usr/bin/env python3
"""Checks that every catalogue in translations/ is complete for the current sources.

Runs lupdate over core/, ui/ and app/ into temporary copies of the .ts files (the repository's
files are never touched) and fails when a message is unfinished (new or untranslated), obsolete
or vanished (no longer in the sources), when a plural form is empty, when a translation drops or
adds a placeholder (%1, %n), or when lupdate warns (a tr() whose context it cannot know).

Usage: check.py [--lupdate PATH] [--summary]   (--summary: counts only, exit 0)
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%L?(\d+|n)")


def text_of(element):
    return "".join(element.itertext()) if element is not None else ""


def problems_in(ts_file):
    problems = []
    counts = {"messages": 0, "finished": 0}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            counts["messages"] += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            where = f"{name}: {source!r}"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{kind}: {where}")
                continue
            forms = [text_of(f) for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                if len(forms) < 2 or any(not f.strip() for f in forms):
                    problems.append(f"empty plural form: {where}")
                    continue
            else:
                forms = [text_of(translation)]
                if not forms[0].strip():
                    problems.append(f"empty translation: {where}")
                    continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                got = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave out %n ("ein Fehler"), never a numbered placeholder.
                if [p for p in got if p != "n"] != [p for p in wanted if p != "n"] or (
                    "n" in got and "n" not in wanted
                ):
                    problems.append(f"placeholders {wanted} vs {got} in {form!r}: {where}")
            counts["finished"] += 1
    return problems, counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args()

    catalogues = sorted((ROOT / "translations").glob("streamboard_*.ts"))
    if not catalogues:
        print("no translations/streamboard_*.ts", file=sys.stderr)
        return 1
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in catalogues:
            copy = pathlib.Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            copies.append(copy)
        run = subprocess.run(
            [args.lupdate, "-locations", "none", "core", "ui", "app", "-ts", *map(str, copies)],
            cwd=ROOT, capture_output=True, text=True)
        warnings = [line for line in (run.stdout + run.stderr).splitlines()
                    if "Scanning" not in line and "Updating" not in line
                    and "Found" not in line and "source text" not in line
                    and not re.match(r"\s*(Kept|Removed) \d+ obsolete", line) and line.strip()]
        if run.returncode != 0 or warnings:
            failed = True
            print("lupdate:", *warnings, sep="\n  ")
        for ts, copy in zip(catalogues, copies):
            problems, counts = problems_in(copy)
            print(f"{ts.name}: {counts['finished']} of {counts['messages']} messages translated,"
                  f" {len(problems)} problems")
            for problem in problems[: None if not args.summary else 0]:
                print("  " + problem)
            failed = failed or bool(problems)
    return 0 if args.summary or not failed else 1


if __name__ == "__main__":
    sys.exit(main())
