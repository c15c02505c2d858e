#!/usr/bin/python3
"""Fill madoguchi_ja.ts from translations/pending/*.tsv after `update_translations`.

Each pending line is `context<TAB>English source<TAB>Japanese`. Plural sources (%n) take
the Japanese once (Japanese has one plural form). Prints what is still unfinished, so a
missing translation is seen, not shipped. Usage: translations/merge-pending.py [--strict]
"""
import csv
import glob
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
ts_path = os.path.join(here, "madoguchi_ja.ts")

pending = {}
for path in sorted(glob.glob(os.path.join(here, "pending", "*.tsv"))):
    with open(path, encoding="utf-8") as f:
        for lineno, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 3:
                sys.exit(f"{path}:{lineno}: expected 3 tab-separated fields, got {len(row)}")
            context, source, japanese = (field.replace("\\n", "\n").replace("\\t", "\t") for field in row)
            # lupdate names a class's context with its namespace (Madoguchi::Foo); either form is accepted.
            pending[(context.split("::")[-1], source)] = japanese

tree = ET.parse(ts_path)
filled = 0
unfinished = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        key = (name.split("::")[-1], source)
        if key in pending:
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = pending[key]
                translation.text = None
            else:
                translation.text = pending[key]
            translation.attrib.pop("type", None)
            filled += 1
        if translation.get("type") == "unfinished":
            unfinished.append((name, source))

ET.indent(tree, space="    ")
with open(ts_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")

print(f"filled {filled} entries; {len(unfinished)} unfinished")
for context, source in unfinished:
    print(f"  unfinished: {context}\t{source}")
if unfinished and "--strict" in sys.argv:
    sys.exit(1)

# English is the source language: only plural forms need text. "deadline(s)" becomes
# "deadline" and "deadlines"; a source without "(s)" is used as it is for both.
en_path = os.path.join(here, "madoguchi_en.ts")
en_tree = ET.parse(en_path)
for message in en_tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    for form in list(translation):
        translation.remove(form)
    translation.text = None
    ET.SubElement(translation, "numerusform").text = source.replace("(s)", "")
    ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
    translation.attrib.pop("type", None)
ET.indent(en_tree, space="    ")
with open(en_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    en_tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
