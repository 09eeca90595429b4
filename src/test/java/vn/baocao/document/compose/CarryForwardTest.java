package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Block;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;
import vn.baocao.store.StoredReport;

/** A new report's narrative starts from the previous stored report of its kind, marked until the clerk edits it. */
class CarryForwardTest {
    static final String LEAD = "Năm {{nam}}, Ủy ban nhân dân {{dia_ban}} tập trung chỉ đạo giải quyết việc làm và giảm nghèo bền vững.";
    @TempDir
    Path dir;
    Database db;
    ReportService service;

    @BeforeEach
    void open() {
        db = DemoReports.demoDatabase(dir);
        service = new ReportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The 2023 report with the clerk's own lead paragraph under "1. Công tác lãnh đạo". */
    StoredReport edited2023() throws Exception {
        StoredReport r = DemoReports.xinMan2023(service, false);
        AdministrativeDocument body = DocumentFiles.fromJson(r.bodyJson());
        List<Block> blocks = new ArrayList<>(body.body());
        blocks.set(3, Paragraph.of(LEAD));
        return service.save(r.withBody(DocumentFiles.toJson(withBody(body, blocks))));
    }

    static AdministrativeDocument withBody(AdministrativeDocument d, List<Block> body) {
        return new AdministrativeDocument(d.type(), d.profile(), d.letterhead(), d.number(), d.placeAndDate(), d.summary(),
                d.legalBases(), d.addressees(), body, d.recipients(), d.signature(), d.appendices());
    }

    static List<String> texts(AdministrativeDocument d) {
        return d.body().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).printedText()).toList();
    }

    @Test
    void theNextReportStartsFromTheClerksTextWithThisPeriodsFieldsAndSaysItIsCopied() throws Exception {
        edited2023();
        StoredReport next = service.draft("bao-cao-nam", "XINMAN", Period.year(2024), Issuer.NQ_HDND, List.of(), null);
        assertThat(ReportSettings.fromJson(next.settingsJson()).carried()).containsExactly(LEAD);
        ComposedReport composed = service.compose(next);
        // The fields are this period's: the copied sentence now speaks of 2024.
        assertThat(texts(composed.document())).contains(
                "Năm 2024, Ủy ban nhân dân huyện Xín Mần tập trung chỉ đạo giải quyết việc làm và giảm nghèo bền vững.");
        assertThat(composed.review()).anySatisfy(i -> {
            assertThat(i.key()).isEqualTo("CHEP_KY_TRUOC:1");
            assertThat(i.message()).startsWith("Đoạn chép từ kỳ trước, chưa sửa: \"Năm {{nam}}, Ủy ban nhân dân");
        });

        // Once the clerk rewrites it, it is no longer marked.
        AdministrativeDocument body = DocumentFiles.fromJson(next.bodyJson());
        List<Block> blocks = new ArrayList<>(body.body());
        blocks.set(3, Paragraph.of("Năm {{nam}}, các nhiệm vụ được triển khai đồng bộ."));
        StoredReport rewritten = next.withBody(DocumentFiles.toJson(withBody(body, blocks)));
        assertThat(service.compose(rewritten).review()).noneMatch(i -> i.key().startsWith("CHEP_KY_TRUOC"));
    }

    @Test
    void aFootnoteTheClerkWritesIsPrintedAsAFootnoteAndCarriedForward() throws Exception {
        StoredReport r = DemoReports.xinMan2023(service, false);
        AdministrativeDocument body = DocumentFiles.fromJson(r.bodyJson());
        List<Block> blocks = new ArrayList<>(body.body());
        blocks.set(3, Paragraph.of("Ban hành 3.481 văn bản các loại để chỉ đạo thực hiện các mục tiêu, nhiệm vụ"
                + "[^Chương trình hành động số 310/CTr-UBND ngày 31/12/2022.]."));
        service.save(r.withBody(DocumentFiles.toJson(withBody(body, blocks))));
        AdministrativeDocument next = service.compose(service.draft("bao-cao-nam", "XINMAN", Period.year(2024), Issuer.NQ_HDND,
                List.of(), null)).document();
        assertThat(next.allFootnotes()).extracting(f -> f.text()).contains("Chương trình hành động số 310/CTr-UBND ngày 31/12/2022.");
    }

    @Test
    void withoutAnEarlierReportOfThatKindTheTemplateIsUsedAndNothingIsMarked() throws Exception {
        edited2023();
        StoredReport quarter = service.draft("bao-cao-quy", "XINMAN", Period.quarter(2024, 1), Issuer.NQ_HDND, List.of(), null);
        assertThat(ReportSettings.fromJson(quarter.settingsJson()).carried()).isEmpty();
        assertThat(quarter.bodyJson()).doesNotContain("giảm nghèo bền vững");
        // A commune's report does not start from the district's either.
        StoredReport commune = service.draft("bao-cao-nam", "XINMAN.CHICA", Period.year(2024), Issuer.NQ_HDND, List.of(), null);
        assertThat(commune.bodyJson()).doesNotContain("giảm nghèo bền vững");
    }
}
