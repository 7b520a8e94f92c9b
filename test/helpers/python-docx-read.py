"""Reads a DOCX with python-docx (Debian's python3-docx), a reader independent of ita-report's
writer and of LibreOffice, and prints what it sees as JSON: every paragraph of the body and of
the table cells with its style's name, and each section's orientation, page size and margins."""
import json
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn


def paragraph(p):
    # python-docx 0.8's Paragraph.text leaves out runs inside w:hyperlink: read every w:t.
    text = "".join(t.text or "" for t in p._p.iter(qn("w:t")))
    return {"style": p.style.name if p.style is not None else None, "text": text}


def main(path):
    document = docx.Document(path)
    body = [paragraph(p) for p in document.paragraphs]
    cells = []
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cells.extend(paragraph(p) for p in cell.paragraphs)
    sections = [
        {
            "orientation": "landscape" if s.orientation == WD_ORIENT.LANDSCAPE else "portrait",
            "width": s.page_width.pt,
            "height": s.page_height.pt,
            "left": s.left_margin.pt,
            "right": s.right_margin.pt,
            "top": s.top_margin.pt,
            "bottom": s.bottom_margin.pt,
        }
        for s in document.sections
    ]
    styles = sorted(s.name for s in document.styles)
    json.dump({"body": body, "cells": cells, "sections": sections, "styles": styles}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
