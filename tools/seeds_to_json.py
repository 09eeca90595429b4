#!/usr/bin/env python3
"""Converts the seed documents (src/test/resources/seeds/text/*.txt, real documents as text) into document files
of the BaoCao model (docs/document-format.md). Run once; the JSON files under
src/test/resources/seeds/ are the fixtures and may be edited by hand afterwards.

Letterheads missing from the seed text (002-004) are filled with the issuing agency the document
itself names (UBND of the district in its place line)."""
import json, re, sys, unicodedata, pathlib

SEEDS = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/seeds/text")
OUT = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/seeds")

META = {
    "000": dict(type="CONG_VAN", agency=["ỦY BAN NHÂN DÂN", "HUYỆN TAM ĐƯỜNG"]),
    "001": dict(type="CONG_VAN", agency=["ỦY BAN NHÂN DÂN", "HUYỆN TAM ĐƯỜNG"]),
    "002": dict(type="THONG_BAO", agency=["ỦY BAN NHÂN DÂN", "HUYỆN CẨM THỦY"]),
    "003": dict(type="KE_HOACH", agency=["ỦY BAN NHÂN DÂN", "HUYỆN BẮC HÀ"]),
    "004": dict(type="BAO_CAO", agency=["ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"]),
}

def nfc(s): return unicodedata.normalize("NFC", s)

def esc(s):
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("[", "\\[")

def esc_note(s):
    return s.replace("\\", "\\\\").replace("]", "\\]")

def md_inline(s, notes):
    """Markdown-ish emphasis of the seed text to our inline markup."""
    out = []
    i = 0
    # tokens: **x**, *x*, <sup>n</sup>
    pat = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|<sup>(\d+)</sup>")
    for m in pat.finditer(s):
        out.append(esc(s[i:m.start()]))
        if m.group(1) is not None:
            out.append("**" + esc(m.group(1).replace("\\*", "*")) + "**")
        elif m.group(2) is not None:
            out.append("*" + esc(m.group(2)) + "*")
        else:
            out.append("[^" + esc_note(notes[m.group(3)]) + "]")
        i = m.end()
    out.append(esc(s[i:]))
    return "".join(out)

def strip_md(s):
    s = re.sub(r"^#+\s*", "", s)
    s = s.replace("\\*", "*")
    s = s.replace("**", "").strip()
    if s.startswith("*") and s.endswith("*") and len(s) > 2:
        s = s[1:-1].strip()
    return s

def paragraphs(text):
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return paras

def convert(path):
    key = path.name[:3]
    meta = META[key]
    text = nfc(path.read_text(encoding="utf-8"))
    notes = {}
    kept = []
    for p in paragraphs(text):
        m = re.match(r"^<sup>(\d+)</sup>\s*(.*)$", p, re.S)
        if m:
            notes[m.group(1)] = " ".join(m.group(2).split())
            continue
        if p.strip() == "---":
            continue
        kept.append(p)
    # join paragraphs split by a page break (continuation starts in lower case)
    joined = []
    for p in kept:
        if joined and p[0].islower() and not p.startswith("- "):
            joined[-1] = joined[-1].rstrip() + " " + p
        else:
            joined.append(p)
    i = 0
    number = place = None
    summary_lines = []
    addressees = []
    # header
    while i < len(joined):
        p = joined[i]; plain = strip_md(p)
        if plain.startswith("ỦY BAN") or plain.startswith("CỘNG HÒA"):
            i += 1; continue
        if plain.startswith("Số:"):
            number = plain; i += 1; continue
        if ", ngày" in plain and number and place is None:
            place = plain; i += 1; continue
        if plain.startswith("V/v"):
            summary_lines.append(" ".join(plain.split())); i += 1; continue
        if plain in ("BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO"):
            i += 1
            summary_lines.append(strip_md(joined[i])); i += 1; continue
        if plain.startswith("Kính gửi"):
            i += 1
            for line in joined[i].split("\n"):
                addressees.append(line.strip())
            i += 1; continue
        break
    body = []
    recipients = []; sig_lines = []
    while i < len(joined):
        p = joined[i]; plain = strip_md(p)
        if plain.startswith("Nơi nhận"):
            i += 1
            for line in joined[i].split("\n"):
                recipients.append(line.strip())
            i += 1
            sig = []
            while i < len(joined):
                sig += [strip_md(l) for l in joined[i].split("\n") if l.strip()]
                i += 1
            sig_lines = sig
            break
        body.append(block(p, notes))
        i += 1
    num = re.match(r"Số:\s*(\d*)\s*/\s*(.+)$", number)
    pl = re.match(r"(.+?), ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d+)", place)
    authority = []
    position = None
    name = sig_lines[-1]
    for l in sig_lines[:-1]:
        m = re.match(r"^(TM|KT|Q|TL|TUQ)\.\s*(.+)$", l)
        if m:
            authority.append({"mode": m.group(1), "title": m.group(2).strip()})
        else:
            position = l
    summary = " ".join(summary_lines)
    if meta["type"] == "CONG_VAN":
        summary = summary  # keeps "V/v"
    doc = {
        "type": meta["type"],
        "profile": "P14",
        "letterhead": {"parentAgency": [], "issuingAgency": meta["agency"]},
        "number": {"number": int(num.group(1)) if num.group(1) else None, "symbol": num.group(2).strip()},
        "placeAndDate": {"place": pl.group(1).strip(),
                         "day": int(pl.group(2)) if pl.group(2) else None,
                         "month": int(pl.group(3)) if pl.group(3) else None,
                         "year": int(pl.group(4))},
        "summary": summary,
        "addressees": addressees,
        "body": body,
        "recipients": recipients,
        "signature": {"authority": authority, "position": position, "signerName": name},
    }
    clean = lambda items: [re.sub(r"[;.,]+$", "", re.sub(r"^-\s*", "", x)).strip() for x in items]
    doc["addressees"] = clean(addressees)
    doc["recipients"] = clean(recipients)
    if not addressees:
        del doc["addressees"]
    return {"formatVersion": 1, "document": doc}

HEAD = [
    ("ROMAN", re.compile(r"^([IVX]+\.)\s+(.*)$")),
    ("DECIMAL", re.compile(r"^(\d+\.\d+\.)\s+(.*)$")),
    ("ARABIC", re.compile(r"^(\d+\.)\s+(.*)$")),
    ("LETTER", re.compile(r"^([a-zđ]\))\s+(.*)$")),
]

def block(p, notes):
    raw = " ".join(p.split())
    raw = re.sub(r"^#+\s*", "", raw)
    plain = strip_md(re.sub(r"<sup>\d+</sup>", "", raw))
    # italic "* …" lines of seed 002: "** text:*" or "* text"
    if raw.startswith("** ") and raw.endswith("*") and not raw.endswith("**"):
        return {"type": "paragraph", "text": "*" + esc("* " + raw[3:-1]) + "*"}
    if raw.startswith("**\\*") and raw.endswith("**"):
        return {"type": "paragraph", "text": "**" + esc(raw[2:-2].replace("\\*", "*")) + "**"}
    if raw.startswith("* "):
        return {"type": "paragraph", "text": "*" + esc(raw) + "*"}
    for level, rx in HEAD:
        m = rx.match(plain)
        if m and len(plain) < 170 and not plain.endswith(".") and ": " not in plain[len(m.group(1)):]:
            inner = re.sub(r"^(\*\*)?" + re.escape(m.group(1)) + r"\s*", "", raw)
            inner = inner.replace("**", "") if inner.count("**") == 1 or (inner.startswith("**") is False and inner.endswith("**")) else inner
            inner = re.sub(r"^\*\*(.*)\*\*$", r"\1", inner)
            return {"type": "heading", "level": level, "label": m.group(1), "text": md_inline(inner, notes)}
    if raw.startswith("- "):
        return {"type": "paragraph", "marker": "DASH", "text": md_inline(raw[2:], notes)}
    if raw.startswith("+ "):
        return {"type": "paragraph", "marker": "PLUS", "text": md_inline(raw[2:], notes)}
    return {"type": "paragraph", "text": md_inline(raw, notes)}

OUT.mkdir(parents=True, exist_ok=True)
for path in sorted(SEEDS.glob("*.txt")):
    doc = convert(path)
    out = OUT / (path.stem[:3] + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(out, len(doc["document"]["body"]), "blocks")
