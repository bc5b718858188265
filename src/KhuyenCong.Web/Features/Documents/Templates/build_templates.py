#!/usr/bin/env python3
"""Writes the portal's built-in .docx templates (one per kind of document, issue 14).

The .docx files beside this script are what the portal uses; this script only documents how they were made and
rebuilds them after a change here: `python3 build_templates.py`. Any Word or LibreOffice user can instead edit a
.docx and upload it per organisation (Đơn vị → the organisation → Mẫu văn bản). Placeholders are {{Name}};
a table row holding {{Table.Column}} repeats once per item. Layout follows Decree 30/2020/NĐ-CP: Times New Roman
13 pt, A4, margins top/bottom 2 cm, left 3 cm, right 2 cm; agency block left, national motto right.
"""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, bold=False, italic=False, size=None):
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if size:
        props += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, align=None, before=0, after=60, indent=False, keep=False):
    ppr = f'<w:spacing w:before="{before}" w:after="{after}"/>'
    if keep:
        ppr = "<w:keepNext/>" + ppr
    if indent:
        ppr += '<w:ind w:firstLine="567"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    body = "".join(r if r.startswith("<w:r>") else run(r) for r in runs)
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def cell(content, width, borders=False):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'{content if content else para("")}</w:tc>')


def table(rows, widths, borders=True, header_rows=0):
    border = ('<w:tblBorders>' + "".join(
        f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>') if borders else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>{border}'
           f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if i < header_rows else "") + "</w:trPr>"
        out.append("<w:tr>" + trpr + "".join(cell(c, w) for c, w in zip(row, widths)) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def grid_row(texts, bold=False, aligns=None):
    aligns = aligns or ["left"] * len(texts)
    return [para(run(t, bold=bold, size=12), align=a, after=0) for t, a in zip(texts, aligns)]


def letterhead(number_suffix, landscape=False):
    left = (para(run("{{SuperiorAgency}}", size=13), align="center", after=0)
            + para(run("{{IssuingAgency}}", bold=True, size=13), align="center", after=120)
            + (para(run(f"Số:        /{number_suffix}", size=13), align="center") if number_suffix else ""))
    right = (para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12), align="center", after=0)
             + para(run("Độc lập - Tự do - Hạnh phúc", bold=True, size=13), align="center", after=120)
             + para(run("{{Place}}, ngày      tháng      năm {{Year}}", italic=True, size=13), align="center"))
    widths = [5600, 8400] if landscape else [4000, 5400]
    return table([[left, right]], widths, borders=False)


def signature(left_title="Nơi nhận:", left_lines=("- Như trên;", "- Lưu: VT."), landscape=False):
    left = para(run(left_title, bold=True, italic=True, size=12), after=0) + "".join(
        para(run(l, size=11), after=0) for l in left_lines)
    right = (para(run("{{HeadTitle}}", bold=True, size=13), align="center", after=0, keep=True)
             + para(run("(Ký, ghi rõ họ tên, đóng dấu)", italic=True, size=12), align="center", after=1200, keep=True)
             + para(run("{{SignerName}}", bold=True, size=13), align="center"))
    widths = [6400, 7600] if landscape else [4400, 5000]
    return table([[left, right]], widths, borders=False)


def section(landscape=False):
    if landscape:
        size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    else:
        size = '<w:pgSz w:w="11906" w:h="16838"/>'
    return (f'<w:sectPr>{size}<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')


def title(text, sub=None):
    out = para(run(text, bold=True, size=14), align="center", before=240, after=0)
    if sub:
        out += para(run(sub, bold=True, size=14), align="center", after=240)
    return out


def cost_table():
    widths = [600, 3000, 1200, 1300, 1200, 1000, 1200]
    header = grid_row(["STT", "Nội dung chi", "Tổng kinh phí", "Kinh phí khuyến công", "Cơ sở đóng góp",
                       "Nguồn khác", "Ghi chú"], bold=True, aligns=["center"] * 7)
    row = grid_row(["{{Lines.No}}", "{{Lines.Item}}", "{{Lines.Total}}", "{{Lines.FundSupport}}",
                    "{{Lines.Contribution}}", "{{Lines.OtherSources}}", "{{Lines.Note}}"],
                   aligns=["center", "left", "right", "right", "right", "right", "left"])
    total = grid_row(["", "Tổng cộng", "{{LinesTotal}}", "{{LinesFundSupport}}", "{{LinesContribution}}",
                      "{{LinesOtherSources}}", ""], bold=True,
                     aligns=["center", "left", "right", "right", "right", "right", "left"])
    return (para(run("Đơn vị tính: triệu đồng", italic=True, size=12), align="right", after=0)
            + table([header, row, total], widths, header_rows=1))


def beneficiaries():
    widths = [700, 4300, 4500]
    return table([grid_row(["STT", "Cơ sở thụ hưởng", "Địa chỉ"], bold=True, aligns=["center"] * 3),
                  grid_row(["{{Beneficiaries.No}}", "{{Beneficiaries.Name}}", "{{Beneficiaries.Address}}"],
                           aligns=["center", "left", "left"])], widths, header_rows=1)


def project_approval():
    return [
        letterhead("QĐ-SCT"),
        title("QUYẾT ĐỊNH", "Về việc phê duyệt đề án khuyến công {{ProjectName}}"),
        para(run("{{HeadTitle}} {{IssuingAgency}}", bold=True), align="center", after=120),
        para("Căn cứ Nghị định số 45/2012/NĐ-CP và Nghị định số 235/2025/NĐ-CP của Chính phủ về khuyến công;",
             indent=True, align="both"),
        para("Căn cứ kế hoạch kinh phí khuyến công năm {{ProjectYear}} (nguồn {{Fund}});", indent=True, align="both"),
        para("Xét hồ sơ đề án mã {{ProjectCode}} của {{ImplementingOrganisation}},", indent=True, align="both"),
        para(run("QUYẾT ĐỊNH:", bold=True), align="center", before=120, after=120),
        para(run("Điều 1. ", bold=True), "Phê duyệt đề án khuyến công “{{ProjectName}}” (mã {{ProjectCode}}), "
             "nội dung: {{ActivityContent}}; loại đề án: {{ProjectKind}}; địa điểm: {{Location}}; "
             "thời gian thực hiện từ {{StartDate}} đến {{EndDate}}.", indent=True, align="both"),
        para("Mục tiêu: {{Objectives}}", indent=True, align="both"),
        para("Kết quả dự kiến: {{ExpectedResults}}", indent=True, align="both"),
        para("Tổng kinh phí: {{TotalCost}} triệu đồng; kinh phí khuyến công hỗ trợ được phê duyệt: "
             "{{ApprovedSupport}} triệu đồng; số cơ sở thụ hưởng: {{BeneficiaryCount}} (danh sách kèm theo).",
             indent=True, align="both"),
        para(run("Điều 2. ", bold=True), "Dự toán kinh phí của đề án:", indent=True, align="both"),
        cost_table(),
        para(run("Điều 3. ", bold=True), "{{ImplementingOrganisation}} có trách nhiệm tổ chức thực hiện đề án "
             "theo đúng nội dung được phê duyệt và quy định hiện hành.", indent=True, align="both", before=120),
        para(run("Danh sách cơ sở thụ hưởng", bold=True), align="center", before=120),
        beneficiaries(),
        signature(),
        section(),
    ]


def contract():
    return [
        letterhead("HĐ-KC"),
        title("HỢP ĐỒNG THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG", "{{ProjectName}} (mã {{ProjectCode}})"),
        para("Căn cứ Quyết định số {{ApprovalNumber}} ngày {{ApprovalDate}} phê duyệt đề án;", indent=True,
             align="both"),
        para("Hôm nay, ngày      tháng      năm {{Year}}, tại {{Place}}, chúng tôi gồm:", indent=True, align="both"),
        para(run("Bên A (bên giao): ", bold=True), "{{IssuingAgency}}, do {{HeadTitle}} làm đại diện.", indent=True,
             align="both"),
        para(run("Bên B (bên nhận): ", bold=True), "{{ImplementingOrganisation}}.", indent=True, align="both"),
        para(run("Điều 1. Nội dung. ", bold=True), "Bên B thực hiện đề án “{{ProjectName}}” tại {{Location}}, "
             "từ {{StartDate}} đến {{EndDate}}, với kết quả: {{ExpectedResults}}.", indent=True, align="both"),
        para(run("Điều 2. Kinh phí. ", bold=True), "Kinh phí khuyến công hỗ trợ: {{ApprovedSupport}} triệu đồng "
             "(nguồn {{Fund}} năm {{ProjectYear}}), theo dự toán sau:", indent=True, align="both"),
        cost_table(),
        para(run("Điều 3. Nghiệm thu, thanh lý. ", bold=True), "Bên B báo cáo kết quả, Bên A tổ chức nghiệm thu "
             "và quyết toán theo quy định.", indent=True, align="both", before=120),
        table([[para(run("ĐẠI DIỆN BÊN B", bold=True), align="center", after=1200),
                para(run("ĐẠI DIỆN BÊN A", bold=True), align="center", after=0)
                + para(run("{{HeadTitle}}", bold=True), align="center", after=1100)
                + para(run("{{SignerName}}", bold=True), align="center")]], [4700, 4700], borders=False),
        section(),
    ]


def acceptance():
    widths = [600, 3000, 1300, 1400, 1200, 1000, 1200]
    header = grid_row(["STT", "Nội dung chi", "Tổng kinh phí", "Kinh phí khuyến công", "Quyết toán khuyến công",
                       "Nguồn khác", "Ghi chú"], bold=True, aligns=["center"] * 7)
    row = grid_row(["{{Lines.No}}", "{{Lines.Item}}", "{{Lines.Total}}", "{{Lines.FundSupport}}",
                    "{{Lines.Settled}}", "{{Lines.OtherSources}}", "{{Lines.Note}}"],
                   aligns=["center", "left", "right", "right", "right", "right", "left"])
    total = grid_row(["", "Tổng cộng", "{{LinesTotal}}", "{{LinesFundSupport}}", "{{LinesSettled}}",
                      "{{LinesOtherSources}}", ""], bold=True,
                     aligns=["center", "left", "right", "right", "right", "right", "left"])
    return [
        letterhead("BB-NT"),
        title("BIÊN BẢN NGHIỆM THU ĐỀ ÁN KHUYẾN CÔNG", "{{ProjectName}} (mã {{ProjectCode}})"),
        para("Căn cứ Hợp đồng số {{ContractNumber}} ngày {{ContractDate}};", indent=True, align="both"),
        para("Hôm nay, ngày      tháng      năm {{Year}}, tại {{Location}}, hội đồng nghiệm thu gồm đại diện "
             "{{IssuingAgency}} và {{ImplementingOrganisation}} đã kiểm tra kết quả thực hiện đề án.", indent=True,
             align="both"),
        para(run("1. Kết quả thực hiện: ", bold=True), "{{ExpectedResults}}", indent=True, align="both"),
        para(run("2. Kinh phí: ", bold=True), "kinh phí được phê duyệt {{ApprovedSupport}} triệu đồng.",
             indent=True, align="both"),
        para(run("Đơn vị tính: triệu đồng", italic=True, size=12), align="right", after=0),
        table([header, row, total], widths, header_rows=1),
        para(run("3. Kết luận: ", bold=True), "đề án đã hoàn thành, đạt yêu cầu; đề nghị quyết toán theo quy định.",
             indent=True, align="both", before=120),
        table([[para(run("ĐẠI DIỆN ĐƠN VỊ THỰC HIỆN", bold=True), align="center", after=1200),
                para(run("ĐẠI DIỆN {{IssuingAgency}}", bold=True), align="center", after=1200)
                + para(run("{{SignerName}}", bold=True), align="center")]], [4700, 4700], borders=False),
        section(),
    ]


def settlement():
    return [
        letterhead("QĐ-SCT"),
        title("QUYẾT ĐỊNH", "Về việc phê duyệt quyết toán đề án khuyến công {{ProjectName}}"),
        para(run("{{HeadTitle}} {{IssuingAgency}}", bold=True), align="center", after=120),
        para("Căn cứ Quyết định số {{ApprovalNumber}} ngày {{ApprovalDate}} phê duyệt đề án;", indent=True,
             align="both"),
        para("Căn cứ biên bản nghiệm thu số {{AcceptanceNumber}} ngày {{AcceptanceDate}};", indent=True,
             align="both"),
        para(run("QUYẾT ĐỊNH:", bold=True), align="center", before=120, after=120),
        para(run("Điều 1. ", bold=True), "Phê duyệt quyết toán kinh phí khuyến công của đề án “{{ProjectName}}” "
             "(mã {{ProjectCode}}) do {{ImplementingOrganisation}} thực hiện: {{SettledSupport}} triệu đồng "
             "(kinh phí được phê duyệt {{ApprovedSupport}} triệu đồng).", indent=True, align="both"),
        para(run("Điều 2. ", bold=True), "Chi tiết quyết toán theo nội dung chi:", indent=True, align="both"),
        para(run("Đơn vị tính: triệu đồng", italic=True, size=12), align="right", after=0),
        table([grid_row(["STT", "Nội dung chi", "Được duyệt", "Quyết toán"], bold=True, aligns=["center"] * 4),
               grid_row(["{{Lines.No}}", "{{Lines.Item}}", "{{Lines.FundSupport}}", "{{Lines.Settled}}"],
                        aligns=["center", "left", "right", "right"]),
               grid_row(["", "Tổng cộng", "{{LinesFundSupport}}", "{{LinesSettled}}"], bold=True,
                        aligns=["center", "left", "right", "right"])], [700, 5000, 1900, 1900], header_rows=1),
        para(run("Điều 3. ", bold=True), "Quyết định có hiệu lực kể từ ngày ký.", indent=True, align="both",
             before=120),
        signature(),
        section(),
    ]


def allocation():
    return [
        letterhead("QĐ"),
        title("QUYẾT ĐỊNH", "Về việc giao kế hoạch kinh phí khuyến công năm {{PlanYear}} (đợt {{Tranche}})"),
        para(run("{{HeadTitle}} {{IssuingAgency}}", bold=True), align="center", after=120),
        para("Căn cứ dự toán kinh phí khuyến công năm {{PlanYear}} (nguồn {{Fund}}) là {{Estimate}} triệu đồng;",
             indent=True, align="both"),
        para(run("QUYẾT ĐỊNH:", bold=True), align="center", before=120, after=120),
        para(run("Điều 1. ", bold=True), "Giao kế hoạch kinh phí khuyến công năm {{PlanYear}}, đợt {{Tranche}}, "
             "tổng số {{TrancheTotal}} triệu đồng cho {{RecipientCount}} đơn vị (Phụ lục kèm theo).", indent=True,
             align="both"),
        para(run("Điều 2. ", bold=True), "Các đơn vị được giao kinh phí tổ chức thực hiện, quản lý, thanh quyết "
             "toán theo quy định.", indent=True, align="both"),
        para(run("Điều 3. ", bold=True), "Quyết định có hiệu lực kể từ ngày ký.", indent=True, align="both"),
        signature(),
        para(run("PHỤ LỤC", bold=True), align="center", before=240, after=0),
        para(run("Kế hoạch kinh phí khuyến công năm {{PlanYear}}, đợt {{Tranche}}", italic=True), align="center",
             after=0),
        para(run("(Kèm theo Quyết định số {{DecisionNumber}} ngày {{DecisionDate}})", italic=True), align="center"),
        para(run("Đơn vị tính: triệu đồng", italic=True, size=12), align="right", after=0),
        table([grid_row(["STT", "Đơn vị nhận", "Kinh phí", "Ghi chú"], bold=True, aligns=["center"] * 4),
               grid_row(["{{Recipients.No}}", "{{Recipients.Name}}", "{{Recipients.Amount}}", "{{Recipients.Note}}"],
                        aligns=["center", "left", "right", "left"]),
               grid_row(["", "Tổng cộng", "{{TrancheTotal}}", ""], bold=True,
                        aligns=["center", "left", "right", "left"])], [700, 5200, 1600, 2000], header_rows=1),
        section(),
    ]


def submission():
    return [
        letterhead("TTr-SCT"),
        title("TỜ TRÌNH", "Về kế hoạch khuyến công địa phương năm {{PlanYear}}"),
        para(run("Kính gửi: Ủy ban nhân dân {{Province}}", bold=True), align="center", after=120),
        para("{{IssuingAgency}} kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt kế hoạch khuyến công địa "
             "phương năm {{PlanYear}} như sau:", indent=True, align="both"),
        para("1. Dự toán kinh phí khuyến công địa phương: {{Estimate}} triệu đồng; đã giao: {{Allocated}} triệu đồng.",
             indent=True, align="both"),
        para("2. Danh mục {{ProjectCount}} đề án khuyến công, tổng kinh phí hỗ trợ đề nghị {{ProjectsTotal}} "
             "triệu đồng:", indent=True, align="both"),
        para(run("Đơn vị tính: triệu đồng", italic=True, size=12), align="right", after=0),
        table([grid_row(["STT", "Mã đề án", "Tên đề án", "Đơn vị thực hiện", "Địa điểm", "Kinh phí hỗ trợ"],
                        bold=True, aligns=["center"] * 6),
               grid_row(["{{Projects.No}}", "{{Projects.Code}}", "{{Projects.Name}}", "{{Projects.Organisation}}",
                         "{{Projects.Location}}", "{{Projects.Support}}"],
                        aligns=["center", "left", "left", "left", "left", "right"]),
               grid_row(["", "", "Tổng cộng", "", "", "{{ProjectsTotal}}"], bold=True,
                        aligns=["center", "left", "left", "left", "left", "right"])],
              [600, 1700, 2700, 2000, 1300, 1200], header_rows=1),
        para("{{IssuingAgency}} kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.", indent=True, align="both",
             before=120),
        signature(left_lines=("- Như trên;", "- Lưu: VT, KC.")),
        section(),
    ]


def recognition():
    return [
        letterhead("QĐ"),
        title("QUYẾT ĐỊNH", "Về việc công nhận sản phẩm công nghiệp nông thôn tiêu biểu {{RoundLevel}} năm {{RoundYear}}"),
        para(run("{{HeadTitle}} {{IssuingAgency}}", bold=True), align="center", after=120),
        para("Căn cứ Thông tư số 38/2025/TT-BCT của Bộ Công Thương về bình chọn sản phẩm công nghiệp nông thôn "
             "tiêu biểu;", indent=True, align="both"),
        para("Căn cứ kết quả chấm điểm của hội đồng bình chọn {{RoundTitle}},", indent=True, align="both"),
        para(run("QUYẾT ĐỊNH:", bold=True), align="center", before=120, after=120),
        para(run("Điều 1. ", bold=True), "Công nhận {{ProductCount}} sản phẩm công nghiệp nông thôn tiêu biểu "
             "{{RoundLevel}} năm {{RoundYear}} (danh sách kèm theo).", indent=True, align="both"),
        para(run("Điều 2. ", bold=True), "Các sản phẩm được cấp giấy chứng nhận, có giá trị theo quy định.",
             indent=True, align="both"),
        para(run("Điều 3. ", bold=True), "Quyết định có hiệu lực kể từ ngày ký.", indent=True, align="both"),
        signature(),
        para(run("DANH SÁCH SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU", bold=True), align="center", before=240,
             after=0),
        para(run("(Kèm theo Quyết định số {{DecisionNumber}} ngày {{DecisionDate}})", italic=True), align="center"),
        table([grid_row(["STT", "Sản phẩm", "Cơ sở sản xuất", "Tỉnh", "Nhóm", "Điểm", "Số GCN"], bold=True,
                        aligns=["center"] * 7),
               grid_row(["{{Products.No}}", "{{Products.Product}}", "{{Products.Producer}}", "{{Products.Province}}",
                         "{{Products.Group}}", "{{Products.Score}}", "{{Products.CertificateNumber}}"],
                        aligns=["center", "left", "left", "left", "left", "right", "left"])],
              [600, 2400, 2100, 1300, 1500, 700, 1000], header_rows=1),
        section(),
    ]


def certificate():
    qr = (para(run("{{QrCode}}"), align="center", after=0)
          + para(run("Tra cứu: {{RegistryUrl}}", size=9), align="center"))
    body = (para(run("{{IssuingAgency}}", bold=True, size=14), align="center", after=240)
            + para(run("GIẤY CHỨNG NHẬN", bold=True, size=28), align="center", after=0)
            + para(run("SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU {{Level}} NĂM {{RoundYear}}", bold=True, size=16),
                   align="center", after=240)
            + para(run("Sản phẩm: ", size=14), run("{{ProductName}}", bold=True, size=16), align="center")
            + para(run("Nhóm sản phẩm: {{Group}}", size=14), align="center")
            + para(run("Cơ sở sản xuất: ", size=14), run("{{Producer}}", bold=True, size=14), align="center")
            + para(run("Địa chỉ: {{ProducerAddress}}", size=13), align="center")
            + para(run("Số: {{CertificateNumber}} – có giá trị đến ngày {{ValidUntil}}", size=13), align="center"))
    sign = (para(run("{{Place}}, ngày {{IssueDate}}", italic=True, size=13), align="center", after=0)
            + para(run("{{HeadTitle}}", bold=True, size=13), align="center", after=1100)
            + para(run("{{SignerName}}", bold=True, size=13), align="center"))
    return [
        table([[body]], [13900], borders=True),
        table([[qr, para(""), sign]], [3600, 4300, 6000], borders=False),
        section(landscape=True),
    ]


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
</w:styles>"""

KINDS = {
    "qd-phe-duyet-de-an": project_approval,
    "qd-giao-ke-hoach-kinh-phi": allocation,
    "hop-dong-thuc-hien-de-an": contract,
    "bien-ban-nghiem-thu": acceptance,
    "qd-phe-duyet-quyet-toan": settlement,
    "to-trinh-ubnd-tinh": submission,
    "qd-cong-nhan-san-pham": recognition,
    "giay-chung-nhan": certificate,
}

if __name__ == "__main__":
    for slug, build in KINDS.items():
        body = "".join(build())
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
                    '</w:body></w:document>')
        # Fixed timestamps, so rebuilding an unchanged template gives the same bytes.
        with zipfile.ZipFile(f"{slug}.docx", "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                               ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
                               ("word/document.xml", document)]:
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
        print(f"{slug}.docx")
