#!/usr/bin/env python3
"""Fills a catalogue's unfinished messages from a mapping, or lists them for translating.

  apply.py streamboard_de.ts --dump > todo.json      the unfinished messages (source, contexts,
                                                      comment, numerus), to translate
  apply.py streamboard_de.ts mapping.json [...]      fills them in place

A mapping is a JSON object from source text to translation; a plural (%n) message maps to the
list of its plural forms (German: [singular, plural]). A key "CONTEXT|SOURCE" applies to that
context only and wins over the plain source; "SOURCE#COMMENT" (or "CONTEXT|SOURCE#COMMENT")
picks the message with that comment (disambiguation). Messages the mapping does not know stay unfinished;
finished messages are never changed. Run update.sh first, check.py after.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def write(tree, path):
    # lupdate's layout is kept: parsing keeps the whitespace, and only texts change.
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    body = body.replace("<translation />", "<translation></translation>")
    # Quotes in texts escaped as lupdate does (tags keep their attributes' quotes).
    body = re.sub(r">[^<]*<", lambda m: m.group(0).replace("'", "&apos;").replace('"', "&quot;"),
                  body)
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    pathlib.Path(path).write_text(text, encoding="utf-8")


def unfinished(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield name, message, translation


def dump(tree):
    todo = {}
    for name, message, _ in unfinished(tree):
        source = message.findtext("source")
        entry = todo.setdefault(source, {"contexts": []})
        entry["contexts"].append(name)
        if message.findtext("comment"):
            entry["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            entry["numerus"] = True
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(tree, mapping):
    filled = 0
    for name, message, translation in unfinished(tree):
        source = message.findtext("source")
        keys = [f"{name}|{source}", source]
        if message.findtext("comment"):  # the same source with a comment is another message
            comment = message.findtext("comment")
            keys = [f"{name}|{source}#{comment}", f"{source}#{comment}"] + keys
        value = next((mapping[k] for k in keys if k in mapping), None)
        if value is None:
            continue
        if message.get("numerus") == "yes":
            if not isinstance(value, list):
                print(f"needs plural forms: {source!r}", file=sys.stderr)
                continue
            forms = translation.findall("numerusform")
            if len(forms) != len(value):
                print(f"needs {len(forms)} plural forms: {source!r}", file=sys.stderr)
                continue
            for form, text in zip(forms, value):
                form.text = text
        else:
            if not isinstance(value, str):
                print(f"not a plural message: {source!r}", file=sys.stderr)
                continue
            translation.text = value
        del translation.attrib["type"]
        filled += 1
    return filled


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    if not pathlib.Path(path).exists():
        path = str(pathlib.Path(__file__).parent / path)
    tree = load(path)
    if sys.argv[2] == "--dump":
        dump(tree)
        return 0
    mapping = {}
    for mapping_file in sys.argv[2:]:
        mapping.update(json.loads(pathlib.Path(mapping_file).read_text(encoding="utf-8")))
    filled = apply(tree, mapping)
    write(tree, path)
    left = sum(1 for _ in unfinished(tree))
    print(f"{filled} filled, {left} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
