package vn.baocao.importing.excel;

/**
 * The streaming .xlsx reader met something it does not reproduce exactly as POI's usermodel does (a shared
 * formula, overlapping column definitions, a damaged part ...). The caller then reads the file with the usermodel,
 * so the result, or the error message, is the usermodel's.
 */
final class XlsxFallback extends Exception {
    private static final long serialVersionUID = 1L;

    XlsxFallback(String reason) {
        super(reason, null, false, false);
    }

    XlsxFallback(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
