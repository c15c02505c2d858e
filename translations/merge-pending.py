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
            pending[(context, source)] = japanese

tree = ET.parse(ts_path)
filled = 0
unfinished = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        key = (name, source)
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
            unfinished.append(key)

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
