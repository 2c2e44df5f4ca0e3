"""Reads every export listed in a manifest with tools nobody at Verso wrote; prints one line per file, exits 1 on any failure.

translate-toolkit (the library Weblate and Pootle use) must find every unit of XLIFF 1.2 and TMX; xmllint must find
every XML file well-formed (and count XLIFF 2.0 units, which translate-toolkit does not read); Python must read the MQM
TSV as Marot does: ten columns, a non-empty source, metadata JSON whose start/end slice the MT (code points) to the
text marked <v>...</v>, once a cell's spreadsheet guard (a leading ' before =, +, -, @ or ') is dropped.
"""
import json
import re
import subprocess
import sys
import zipfile

from translate.storage import factory

failures = []


def check(file, ok, detail):
    print(("ok   " if ok else "FAIL ") + file + ": " + detail)
    if not ok:
        failures.append(file)


def xmllint(path, *extra):
    return subprocess.run(["xmllint", "--noout", "--nonet", *extra, path], capture_output=True, text=True)


def xpath_count(path, expression):
    result = subprocess.run(["xmllint", "--nonet", "--xpath", expression, path], capture_output=True, text=True)
    return int(float(result.stdout.strip() or "-1"))


def toolkit_units(path):
    store = factory.getobject(path)
    return len([unit for unit in store.units if not unit.isheader()])


def check_xml(entry):
    path = entry["file"]
    lint = xmllint(path)
    if lint.returncode != 0:
        return check(path, False, "not well-formed: " + lint.stderr.strip()[:300])
    if entry["format"] == "xliff":
        units = xpath_count(path, "count(//*[local-name()='unit'])")
        return check(path, units == entry["units"], f"well-formed XLIFF 2.0, xmllint counts {units} of {entry['units']} units")
    units = toolkit_units(path)
    check(path, units == entry["units"], f"well-formed, translate-toolkit reads {units} of {entry['units']} units")


def check_tsv(entry):
    path = entry["file"]
    with open(path, encoding="utf-8", newline="") as handle:
        lines = handle.read().rstrip("\n").split("\n")
    problems = []
    unescape = lambda text: text.replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\0", "\\")
    unguard = lambda cell: cell[1:] if re.match(r"''*[=+\-@]", cell) and not re.fullmatch(r"-?\d+(\.\d+)?", cell[1:]) else cell
    for number, line in enumerate(lines[1:], start=2):
        columns = line.split("\t")
        if len(columns) != 10:
            problems.append(f"line {number}: {len(columns)} columns")
            continue
        source, target, category, metadata = unescape(unguard(columns[5])), unescape(unguard(columns[6])), columns[7], json.loads(columns[9])
        if not source:
            problems.append(f"line {number}: empty source")
        if "timestamp" not in metadata:
            problems.append(f"line {number}: no timestamp")
        if category == "No-error":
            continue
        mt = target.replace("<v>", "").replace("</v>", "")
        marked = target[target.index("<v>") + 3 : target.index("</v>")]
        if mt[metadata["start"] : metadata["end"]] != metadata["marked_text"] or marked != metadata["marked_text"]:
            problems.append(f"line {number}: span [{metadata['start']}, {metadata['end']}) is not the marked text")
    check(path, not problems and len(lines) > 1, "; ".join(problems) or f"{len(lines) - 1} rows, sources non-empty, spans match <v> in code points")


def check_jsonl(entry):
    path = entry["file"]
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    keys = all({"doc", "segment", "src", "mt", "pe"} <= set(record) for record in records)
    check(path, keys and len(records) == entry["units"], f"{len(records)} of {entry['units']} lines, each with doc, segment, src, mt, pe")


def check_docx(entry):
    path = entry["file"]
    with zipfile.ZipFile(path) as archive, open(path + ".core.xml", "wb") as core, open(path + ".document.xml", "wb") as body:
        core.write(archive.read("docProps/core.xml"))
        body.write(archive.read("word/document.xml"))
    bad = [part for part in (path + ".core.xml", path + ".document.xml") if xmllint(part).returncode != 0]
    language = xpath_count(path + ".core.xml", "count(//*[local-name()='language'])")
    check(path, not bad and language == 1, "core.xml and document.xml well-formed, dc:language set" if not bad else "not well-formed: " + ", ".join(bad))


def check_html(entry):
    lint = xmllint(entry["file"], "--html")
    # libxml2's HTML parser knows HTML 4 only, so HTML5 elements (article, mark) are reported as unknown tags; nothing else may be.
    complaints = [line for line in lint.stderr.splitlines() if "error" in line and not re.search(r"Tag (article|mark) invalid", line)]
    check(entry["file"], not complaints, "; ".join(complaints)[:300] or "parsed by libxml2's HTML parser, no complaint but HTML5 tag names")


CHECKS = {"xliff": check_xml, "xliff12": check_xml, "tmx": check_xml, "mqm-tsv": check_tsv, "triplets": check_jsonl, "docx": check_docx, "html": check_html}

with open(sys.argv[1], encoding="utf-8") as handle:
    manifest = json.load(handle)
for entry in manifest:
    if entry["format"] in CHECKS:
        CHECKS[entry["format"]](entry)
print(f"{len(failures)} of {sum(entry['format'] in CHECKS for entry in manifest)} files failed")
sys.exit(1 if failures else 0)
