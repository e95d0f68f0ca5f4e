"""The status description as a .docx a caseworker could have typed in Word: the same text and the
same structure as caseapp's PDF (title, the facts table, the long-term goal, a heading, a facts
line and the evaluation per goal, a small table of the ratings where the PDF draws its chart,
the overall assessment, the citizen's view, next steps, signature lines), the same typeface
(DejaVu Sans), sizes, margins and A4 page. Bench-only: it gives LibreOffice the document it
would convert in the LibreOffice route (status_export_bench.py).

Written with zipfile and minimal WordprocessingML, because python-docx is not a dependency.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from caseapp.domain.enums import GoalLevel, StatusState
from caseapp.reports.layout import fmt_date
from caseapp.reports.status_data import GoalSection, StatusReportData
from caseapp.reports.status_pdf import goal_facts

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_TWIPS_PER_MM = 1440 / 25.4
_ACCENT = "1F5F8B"
_MUTED = "5F6B76"

_CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{_DOC}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{_DOC}.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="{_DOC}.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="{_DOC}.footer+xml"/>
</Types>"""
_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_PKG}">
<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_PKG}">
<Relationship Id="rId1" Type="{_R}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{_R}/header" Target="header1.xml"/>
<Relationship Id="rId3" Type="{_R}/footer" Target="footer1.xml"/>
</Relationships>"""


def _style(style_id: str, size_pt: float, *, bold: bool = False, italic: bool = False,
           colour: str = "", before: float = 0, after: float = 5, leading: float = 0,
           keep_next: bool = False) -> str:
    """A paragraph style; sizes in points as in caseapp.reports.layout.styles()."""
    line = f' w:line="{round(leading * 20)}" w:lineRule="exact"' if leading else ""
    ppr = (f'<w:pPr>{"<w:keepNext/>" if keep_next else ""}<w:spacing w:before="{round(before * 20)}" '
           f'w:after="{round(after * 20)}"{line}/></w:pPr>')
    rpr = ("<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
           + (f'<w:color w:val="{colour}"/>' if colour else "")
           + f'<w:sz w:val="{round(size_pt * 2)}"/></w:rPr>')
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
            f"{ppr}{rpr}</w:style>")


_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{_W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"
w:cs="DejaVu Sans"/><w:sz w:val="19"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="270" w:lineRule="exact"/></w:pPr></w:pPrDefault>
</w:docDefaults>
{_style("Normal", 9.5, leading=13.5)}
{_style("Title", 20, bold=True, after=2, leading=24)}
{_style("Subtitle", 10, colour=_MUTED, after=10, leading=13)}
{_style("Heading1", 13, bold=True, colour=_ACCENT, before=12, after=6, leading=17, keep_next=True)}
{_style("Heading2", 11, bold=True, before=10, after=3, leading=14.5, keep_next=True)}
{_style("Heading3", 9.8, bold=True, before=8, after=2, leading=13, keep_next=True)}
{_style("Quote", 10.5, italic=True, after=2, leading=15)}
{_style("Meta", 8.3, colour=_MUTED, after=4, leading=11, keep_next=True)}
{_style("Label", 8.3, bold=True, colour=_MUTED, after=1, leading=11, keep_next=True)}
{_style("Cell", 7.8, after=0, leading=9.6)}
{_style("Small", 7.8, colour=_MUTED, after=2, leading=10)}
</w:styles>"""


def _p(text: str, style: str = "Normal", keep_next: bool = False) -> str:
    keep = "<w:keepNext/>" if keep_next else ""
    runs = "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
                                      for line in text.split("\n"))
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}</w:pPr>{runs}</w:p>'


def _field(code: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f' {code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _table(rows: list[list[str]], widths_mm: list[float], style: str = "Cell",
           shade: str = "", row_mm: float = 0, together: bool = False) -> str:
    """A table; `together` keeps it on one page, as the PDF's charts and signatures are."""
    grid = "".join(f'<w:gridCol w:w="{round(w * _TWIPS_PER_MM)}"/>' for w in widths_mm)
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    body = ""
    for number, row in enumerate(rows):
        keep = together and number < len(rows) - 1
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{round(w * _TWIPS_PER_MM)}" w:type="dxa"/>{fill}</w:tcPr>'
            f"{_p(text, style, keep_next=keep)}</w:tc>"
            for text, w in zip(row, widths_mm, strict=True)
        )
        height = (f'<w:trHeight w:val="{round(row_mm * _TWIPS_PER_MM)}" w:hRule="exact"/>'
                  if row_mm else "")
        height = f"<w:trPr><w:cantSplit/>{height}</w:trPr>"
        body += f"<w:tr>{height}{cells}</w:tr>"
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")


def _paragraphs(text: str, style: str = "Normal") -> str:
    chunks = [c.strip() for c in text.split("\n\n") if c.strip()]
    return "".join(_p(c, style) for c in chunks) or _p("Ikke udfyldt.", style)


def _ratings(goal: GoalSection, width_mm: float) -> str:
    """Where the PDF draws its small chart: the same ratings as a three-row table, as tall as
    the chart (30 mm) and with the same 2 mm above and below."""
    days = sorted({p.on for p in goal.self_ratings} | {p.on for p in goal.staff_ratings})
    if not days:
        return ""
    own = {p.on: str(p.value) for p in goal.self_ratings}
    staff = {p.on: str(p.value) for p in goal.staff_ratings}
    first = 22.0
    rest = (width_mm - first) / len(days)
    rows = [["Dato"] + [day.strftime("%d.%m.%y") for day in days],
            ["Borger 1-10"] + [own.get(day, "") for day in days],
            ["Personale FFB 0-4"] + [staff.get(day, "") for day in days]]
    gap = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="113" w:lineRule="exact"/></w:pPr></w:p>'
    return gap + _table(rows, [first] + [rest] * len(days), style="Small", row_mm=10,
                        together=True) + gap


def _goal(goal: GoalSection, width_mm: float) -> str:
    is_effort = goal.level == GoalLevel.EFFORT
    kind = "Indsatsmål" if is_effort else "Delmål"
    facts = goal_facts(goal)  # the very line the PDF prints
    parts = [_p(f"{kind} {goal.number}  {goal.text}", "Heading2" if is_effort else "Heading3"),
             _p("  ·  ".join(facts), "Meta"),
             _p("Vurdering af indsatsmålet" if is_effort else "Evaluering", "Label"),
             _paragraphs(goal.evaluation),
             _ratings(goal, width_mm)]
    return "".join(parts)


def _body(data: StatusReportData, width_mm: float) -> str:
    if data.state == StatusState.FINAL:
        state = "Endelig"
        subtitle = f"Status for perioden {fmt_date(data.period_start)} – {fmt_date(data.period_end)}"
    else:
        state = subtitle = "Kladde – ikke endelig"
    period = f"{fmt_date(data.period_start)} – {fmt_date(data.period_end)}"
    facts = [["Borger", data.citizen_name, "Periode", period],
             ["CPR-nr.", data.cpr_masked, "Enhed", data.unit],
             ["Sag", data.case_type, "Udarbejdet af", data.author],
             ["Status", state, "Udskrevet", fmt_date(data.printed_on)]]
    parts = [_p("Statusbeskrivelse", "Title"), _p(subtitle, "Subtitle"),
             _table(facts, [w * width_mm for w in (0.13, 0.37, 0.15, 0.35)], shade="F1F4F6"),
             _p("Borgerens langsigtede mål", "Heading1"), _p("Med borgerens egne ord:", "Label")]
    parts += [_p(text, "Quote") for text in data.long_term_goals]
    if data.citizen_words.strip() and data.citizen_words.strip() not in data.long_term_goals:
        parts += [_p("Borgerens egne ord om sin situation:", "Label"),
                  _p(data.citizen_words, "Quote")]
    parts.append(_p("Indsatsmål og delmål", "Heading1"))
    for effort in data.efforts:
        parts.append(_goal(effort, width_mm))
        parts += [_goal(sub, width_mm) for sub in effort.sub_goals]
    for heading, text in (("Samlet vurdering", data.overall),
                          ("Borgerens egen vurdering", data.citizen_view),
                          ("Næste skridt", data.next_steps)):
        parts += [_p(heading, "Heading1"), _paragraphs(text)]
    parts += [_p("Gennemgang og underskrifter", "Heading1"),
              _p("Gennemgået med borgeren den ______________________", keep_next=True),
              _p("", keep_next=True), _p("", keep_next=True),
              _table([[f"Dato og underskrift – medarbejder\n{data.author}", "",
                       "Dato og underskrift – leder"]],
                     [(width_mm - 12) / 2, 12, (width_mm - 12) / 2])]
    return "".join(parts)


def write_status_docx(data: StatusReportData, path: Path) -> Path:
    """The status description in `data` as a .docx at `path` (A4, DejaVu Sans)."""
    page_w, page_h, margin_x, top, bottom = 210.0, 297.0, 20.0, 22.0, 20.0

    def tw(mm: float) -> int:
        return round(mm * _TWIPS_PER_MM)

    section = (f'<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
               f'<w:footerReference w:type="default" r:id="rId3"/>'
               f'<w:pgSz w:w="{tw(page_w)}" w:h="{tw(page_h)}"/>'
               f'<w:pgMar w:top="{tw(top)}" w:right="{tw(margin_x)}" w:bottom="{tw(bottom)}" '
               f'w:left="{tw(margin_x)}" w:header="{tw(12)}" w:footer="{tw(9)}" w:gutter="0"/>'
               "</w:sectPr>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
                f"{_body(data, page_w - 2 * margin_x)}{section}</w:body></w:document>")
    running = f"Statusbeskrivelse · {data.citizen_name} · {data.cpr_masked}"
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{_W}">'
              f'{_p(running, "Small")}</w:hdr>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{_W}">'
              f'<w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr><w:r><w:t xml:space="preserve">'
              f"Fortroligt – indeholder personoplysninger · {escape(data.unit)} · Side </w:t></w:r>"
              f'{_field("PAGE")}<w:r><w:t xml:space="preserve"> af </w:t></w:r>{_field("NUMPAGES")}'
              "</w:p></w:ftr>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", _STYLES)
        archive.writestr("word/header1.xml", header)
        archive.writestr("word/footer1.xml", footer)
    return path
