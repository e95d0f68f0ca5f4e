"""PDF/A-2b, declared with reportlab's own objects as a document's canvas saves: the sRGB output
intent, XMP metadata that says the same as the document information, the language, and dates
that are the print date, never the clock. No second pass over the written file is needed (one
costs a status description about a tenth of its whole run).

The sRGB profile is the one pikepdf ships (read without importing pikepdf; a frozen bundle
carries the file alone); where it is missing the PDF is written plain, complete but not
declared PDF/A.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from caseapp import __version__

log = logging.getLogger(__name__)

LANG = "da-DK"
CREATOR = f"caseapp {__version__}"
SRGB_IDENTIFIER = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class DocumentInfo:
    """The metadata of one document. Never a CPR number, full or masked."""

    title: str
    author: str
    subject: str
    created: dt.date
    keywords: str = ""


def _pikepdf_folder() -> Path | None:
    """Where pikepdf's files are: in a frozen bundle (which holds only the profile, under
    `pikepdf/`, since nothing imports pikepdf), or the installed package, found without
    importing it."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "pikepdf"
    spec = importlib.util.find_spec("pikepdf")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(spec.submodule_search_locations[0])


def _srgb_profile() -> bytes | None:
    folder = _pikepdf_folder()
    if folder is None:
        return None
    try:
        return (folder / "pdfa" / "data" / "sRGB.icc").read_bytes()
    except OSError:
        return None


def pdfa_canvas(info: DocumentInfo) -> type[Canvas]:
    """A canvas class that saves its document as PDF/A-2b with `info` as its metadata."""

    class PdfaCanvas(Canvas):
        def save(self) -> None:
            declare_pdfa(self, info)
            super().save()

    return PdfaCanvas


def declare_pdfa(canvas: Canvas, info: DocumentInfo) -> None:
    """Make the document `canvas` is about to save PDF/A-2b; call it after the last page."""
    profile = _srgb_profile()
    if profile is None:
        log.warning("the sRGB profile is missing; the PDF is written without PDF/A conformance")
        return
    doc = canvas._doc
    icc = PDFStream(PDFDictionary({"N": 3}), content=profile, filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(SRGB_IDENTIFIER),
        "RegistryName": PDFString("http://www.color.org"),
        "Info": PDFString(SRGB_IDENTIFIER),
        "DestOutputProfile": doc.Reference(icc),
    })
    # reportlab's catalog writes only the entries it lists; this one it does not know
    doc.Catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    canvas.setCatalogEntry("OutputIntents", PDFArray([doc.Reference(intent)]))
    metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                         content=_xmp(info).encode("utf-8"), filters=[])
    canvas.setCatalogEntry("Metadata", doc.Reference(metadata))
    doc.info = _Info(info)
    for page in doc.Pages.pages:  # reportlab writes an empty page transition, which PDF/A-2 lacks
        page.Trans = None


class _Info(PDFInfo):
    """The document information exactly as the XMP repeats it (PDF/A wants the two to agree):
    no `Trapped`, no keywords when there are none, the print date as both dates."""

    def __init__(self, info: DocumentInfo) -> None:
        super().__init__()
        self.title, self.author, self.subject, self.keywords = (
            info.title, info.author, info.subject, info.keywords)
        self.creator = self.producer = CREATOR
        self.created = info.created

    def format(self, document: object) -> bytes:
        when = PDFString(f"D:{self.created:%Y%m%d}000000Z")
        entries = {"Title": PDFString(self.title), "Author": PDFString(self.author),
                   "Subject": PDFString(self.subject)}
        if self.keywords:
            entries["Keywords"] = PDFString(self.keywords)
        entries |= {"Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
                    "CreationDate": when, "ModDate": when}
        return PDFDictionary(entries).format(document)


_DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
_PDF = 'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
_XMP = 'xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
_PDFAID = 'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'


def _xmp(info: DocumentInfo) -> str:
    """The XMP packet: Dublin Core, PDF and XMP basic properties and the PDF/A identification."""

    def alt(name: str, text: str) -> str:
        return (f'<dc:{name} {_DC}><rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}'
                f"</rdf:li></rdf:Alt></dc:{name}>")

    when = f"{info.created:%Y-%m-%d}T00:00:00+00:00"
    keywords = (f"<pdf:Keywords {_PDF}>{escape(info.keywords)}</pdf:Keywords>"
                if info.keywords else "")
    properties = "".join((
        f"<dc:creator {_DC}><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>",
        alt("description", info.subject),
        alt("title", info.title),
        keywords,
        f"<pdf:Producer {_PDF}>{escape(CREATOR)}</pdf:Producer>",
        f"<xmp:CreateDate {_XMP}>{when}</xmp:CreateDate>",
        f"<xmp:CreatorTool {_XMP}>{escape(CREATOR)}</xmp:CreatorTool>",
        f"<xmp:ModifyDate {_XMP}>{when}</xmp:ModifyDate>",
        f"<xmp:MetadataDate {_XMP}>{when}</xmp:MetadataDate>",
        f"<dc:language {_DC}><rdf:Bag><rdf:li>{LANG}</rdf:li></rdf:Bag></dc:language>",
        f"<pdfaid:part {_PDFAID}>2</pdfaid:part>",
        f"<pdfaid:conformance {_PDFAID}>B</pdfaid:conformance>",
    ))
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="caseapp">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f' <rdf:Description rdf:about="">{properties}</rdf:Description></rdf:RDF>\n'
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
