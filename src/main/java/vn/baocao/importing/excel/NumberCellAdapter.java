package vn.baocao.importing.excel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A numeric cell that is nothing but a value, a number format and the workbook's date system, so that the
 * streaming reader can hand an uncommon format to {@code DataFormatter.formatCellValue} and get exactly the text
 * the usermodel path gets. It answers only what DataFormatter asks of a numeric cell (type, value, style's format,
 * the workbook's 1904 flag); anything else fails loudly instead of guessing.
 */
final class NumberCellAdapter {
    private NumberCellAdapter() {
    }

    static Cell cell(double value, short formatIndex, String formatString, boolean date1904) {
        Workbook workbook = proxy(new Class<?>[] {Workbook.class, Date1904Support.class},
                (name) -> name.equals("isDate1904") ? date1904 : UNKNOWN);
        Sheet sheet = proxy(new Class<?>[] {Sheet.class}, (name) -> name.equals("getWorkbook") ? workbook : UNKNOWN);
        CellStyle style = proxy(new Class<?>[] {CellStyle.class}, (name) -> switch (name) {
            case "getDataFormat" -> formatIndex;
            case "getDataFormatString" -> formatString;
            default -> UNKNOWN;
        });
        return proxy(new Class<?>[] {Cell.class}, (name) -> switch (name) {
            case "getCellType", "getCachedFormulaResultType" -> CellType.NUMERIC;
            case "getNumericCellValue" -> value;
            case "getCellStyle" -> style;
            case "getSheet" -> sheet;
            default -> UNKNOWN;
        });
    }

    private static final Object UNKNOWN = new Object();

    private interface Answers {
        /** The answer to a no-argument method (may be {@code null}), or {@link #UNKNOWN}. */
        Object answer(String method);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?>[] types, Answers answers) {
        InvocationHandler handler = (Object self, Method method, Object[] args) -> {
            Object answer = args == null || args.length == 0 ? answers.answer(method.getName()) : UNKNOWN;
            if (answer != UNKNOWN) {
                return answer;
            }
            if (method.getName().equals("hashCode") && args == null) {
                return System.identityHashCode(self);
            }
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return self == args[0];
            }
            // Not a gap to fill: a POI that asks for more than these answers gets no invented one. StreamingXlsxReader
            // turns any exception into an XlsxFallback, so the workbook is then read by POI's usermodel instead.
            throw new UnsupportedOperationException("NumberCellAdapter: " + method.getName());
        };
        return (T) Proxy.newProxyInstance(NumberCellAdapter.class.getClassLoader(), types, handler);
    }
}
