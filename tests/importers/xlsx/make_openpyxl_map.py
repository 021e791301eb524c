"""Writes a small map workbook the way another program does (openpyxl): numbers typed as
numbers, a date typed as a date, shared strings, headers in other case, and a sheet that is
not the map's. Run: /usr/bin/python3 make_openpyxl_map.py OUT.xlsx"""
import datetime
import sys

import openpyxl

book = openpyxl.Workbook()
meta = book.active
meta.title = "Map"
meta.append(["field", "value"])
meta.append(["govgraph", 1])
meta.append(["name", "Typed by hand"])
meta.append(["as_of", datetime.date(2025, 3, 31)])
meta.append(["currency", "GBP"])

bodies = book.create_sheet("Bodies")
bodies.append(["ID", "Name", "Type"])
bodies.append(["gov", "Government", "directorate"])
bodies.append(["fund", "Care Fund", "agency"])
bodies.append(["gov2", "Government", "directorate"])  # a repeated name: one shared string

links = book.create_sheet("links")
links.append(["from", "to", "kind", "amount"])
links.append(["gov", "fund", "funds", 4200000])
links.append(["fund", "gov", "accountable_to", None])

notes = book.create_sheet("Notes")
notes.append(["anything"])
book.save(sys.argv[1])
