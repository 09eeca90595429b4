package vn.baocao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.domain.Area;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.SourceDocument;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.SourceDocumentRepository;
import vn.baocao.store.TargetRepository;
import vn.baocao.store.WriteResult;

/** {@code targets set}: a plan target from one issuer. */
@Command(name = "targets", description = "Nhập kế hoạch (chỉ tiêu giao).", subcommands = TargetsCommand.SetTarget.class)
final class TargetsCommand extends GroupCommand {

    @Command(name = "set", description = "Nhập hoặc sửa kế hoạch của một chỉ tiêu.")
    static final class SetTarget extends StoreCommand {
        @Parameters(index = "0", paramLabel = "INDICATOR", description = "Mã chỉ tiêu, ví dụ LD01.")
        String indicator;

        @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE",
                description = "Giá trị kế hoạch, ví dụ \"3.500\" hoặc \"57%%\" (bỏ trống với --comparator STATUS).")
        String value;

        @Mixin
        AreaPeriodOptions where;

        @Option(names = "--issuer", defaultValue = "NQ_HDND",
                description = "Cơ quan giao: NQ_HDND (mặc định), HUYEN_GIAO, TINH_GIAO, UBND_GIAO, NQ_DANG_BO, NGANH_GIAO, DANG_KY, KHAC.")
        String issuer;

        @Option(names = "--comparator", defaultValue = "GE",
                description = "Dạng kế hoạch: EQ, GE (mặc định, \"trở lên\"), GT, LE (trần), LT, RANGE, APPROX, MAINTAIN, STATUS.")
        String comparator;

        @Option(names = "--high", paramLabel = "VALUE", description = "Giá trị cao của khoảng (RANGE), hoặc dung sai (APPROX).")
        String high;

        @Option(names = "--source-doc", paramLabel = "TEXT", description = "Văn bản giao kế hoạch, ví dụ "
                + "\"Nghị quyết số 58/NQ-HĐND ngày 23/12/2022 của HĐND xã Nấm Dẩn\" (lưu một lần, dùng lại cho các chỉ tiêu khác).")
        String sourceDoc;

        @Override
        protected int run(Database db, PrintWriter out) {
            Comparator form = Comparator.parse(comparator);
            BigDecimal low = value == null ? null : ValuesCommand.parseValue(value).value();
            BigDecimal hi = high == null ? null : ValuesCommand.parseValue(high).value();
            Issuer by = Issuer.parse(issuer);
            Period period = where.period();
            String areaCode = where.area(db);
            SourceDocument document = sourceDoc == null ? null : SourceDocument.parse(sourceDoc);
            WriteResult result = db.inTransaction(c -> {
                Indicator i = new CatalogRepository(c).require(indicator);
                Area area = new AreaRepository(c).require(areaCode);
                WriteResult r = new TargetRepository(c).save(new Target(i.code(), area.code(), period, by, form, low, hi,
                        value == null ? null : value.strip()), null);
                if (document != null && !new SourceDocumentRepository(c).link(i.code(), area.code(), period, by, document)) {
                    throw new CliException("Không ghi được văn bản giao kế hoạch cho " + i.code() + "; chưa có gì thay đổi.");
                }
                return r;
            });
            out.println(result == WriteResult.UNCHANGED ? "Kế hoạch " + indicator + " không đổi."
                    : "Đã lưu kế hoạch " + indicator + " (" + by.label() + "): " + form.symbol() + " "
                    + (value == null ? "" : value.strip()) + ".");
            if (document != null) {
                out.println("Văn bản giao: " + document.shortName() + (document.issuer() == null ? "" : " của " + document.issuer()) + ".");
            }
            return 0;
        }
    }
}
