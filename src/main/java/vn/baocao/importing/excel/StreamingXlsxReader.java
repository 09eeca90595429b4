package vn.baocao.importing.excel;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import vn.baocao.importing.table.SheetTable;
import vn.baocao.importing.table.SourceFormat;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.importing.text.ImportText;

/**
 * Reads a plain (unencrypted) .xlsx with SAX instead of POI's in-memory usermodel: several times faster and far
 * lighter on the heap, with exactly the {@link WorkbookData} the usermodel path ({@link PoiWorkbookReader})
 * gives. Styles are read with POI's StylesTable; shared strings and workbook.xml are streamed; a worksheet is
 * scanned by {@link LeanXmlScanner} (or streamed through SAX when it is large or unusual).
 * <p>
 * Whatever it does not reproduce exactly (shared formulas, overlapping column definitions, chart sheets, a cell
 * POI could not read, a damaged or unusual part ...) ends in {@link XlsxFallback}; the caller then uses the
 * usermodel, which also gives the usual Vietnamese message for a broken file. Only the cell limit is enforced
 * here, with the usermodel path's message.
 */
final class StreamingXlsxReader {
    /**
     * A worksheet part up to this size (uncompressed) is read into memory and scanned by {@link LeanXmlScanner};
     * a larger one is streamed through the SAX parser, so that a huge sheet never sits in the heap as bytes.
     */
    static final int LEAN_LIMIT = 16 * 1024 * 1024;

    private StreamingXlsxReader() {
    }

    static WorkbookData read(File file, String fileName) throws WorkbookReadException, XlsxFallback {
        PoiLimits.apply();
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            return read(pkg, fileName);
        } catch (WorkbookReadException | XlsxFallback e) {
            throw e;
        } catch (SAXException e) {
            WorkbookReadException limit = limitIn(e);
            if (limit != null) {
                throw limit;
            }
            throw new XlsxFallback(e.getMessage(), e);
        } catch (Exception | StackOverflowError e) {
            throw new XlsxFallback(String.valueOf(e), e);
        }
    }

    private static WorkbookData read(OPCPackage pkg, String fileName) throws Exception {
        PackageRelationshipCollection cores = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (cores.size() != 1) {
            throw new XlsxFallback("no single workbook part");
        }
        PackagePart workbookPart = pkg.getPart(cores.getRelationship(0));
        XlsxWorkbookPart workbook;
        try (InputStream in = workbookPart.getInputStream()) {
            workbook = XlsxWorkbookPart.read(in);
        }
        XlsxStyles styles = new XlsxStyles(new StylesTable(single(workbookPart, XSSFRelation.STYLES)));
        if (styles.isEmpty()) {
            throw new XlsxFallback("no cell styles");
        }
        List<XlsxRichText> sharedStrings;
        try (InputStream in = single(workbookPart, XSSFRelation.SHARED_STRINGS).getInputStream()) {
            sharedStrings = XlsxSharedStrings.read(in);
        }
        XlsxCellConverter converter = new XlsxCellConverter(styles, sharedStrings,
                new DisplayedNumbers(workbook.date1904()), workbook.date1904());
        int[] cellCount = {0};
        XlsxSheetHandler.CellBudget budget = () -> {
            if (++cellCount[0] > PoiLimits.MAX_CELLS) {
                throw new SAXException(new WorkbookReadException(ReadProblem.TOO_LARGE, fileName,
                        ReadMessages.tooLarge(fileName, ImportText.get("streamingXlsxReader.honOCoDu", PoiLimits.MAX_CELLS)), null));
            }
        };
        List<SheetTable> sheets = new ArrayList<>();
        List<XlsxWorkbookPart.SheetEntry> entries = workbook.sheets();
        for (int i = 0; i < entries.size(); i++) {
            XlsxWorkbookPart.SheetEntry entry = entries.get(i);
            PackagePart part = worksheet(workbookPart, entry.relationshipId());
            int cellsBefore = cellCount[0];
            SheetTable.Builder table = SheetTable.builder(entry.name(), i).visibility(entry.visibility());
            XlsxSheetHandler handler = new XlsxSheetHandler(table, converter, budget);
            try (InputStream in = part.getInputStream()) {
                byte[] xml = in.readNBytes(LEAN_LIMIT + 1);
                if (xml.length > LEAN_LIMIT) {
                    handler.parse(new SequenceInputStream(new ByteArrayInputStream(xml), in));
                } else {
                    try {
                        LeanXmlScanner.parse(xml, xml.length, handler);
                    } catch (LeanXmlScanner.Unsupported unusual) {
                        // start the sheet again with the SAX parser: its result, or its error, stands
                        cellCount[0] = cellsBefore;
                        table = SheetTable.builder(entry.name(), i).visibility(entry.visibility());
                        handler = new XlsxSheetHandler(table, converter, budget);
                        handler.parse(new ByteArrayInputStream(xml));
                    }
                }
            }
            handler.finish();
            sheets.add(table.build());
        }
        return new WorkbookData(fileName, SourceFormat.XLSX, sheets);
    }

    /** The one part of a type the workbook refers to (the usermodel keeps one of each). */
    private static PackagePart single(PackagePart workbookPart, XSSFRelation relation) throws Exception {
        PackageRelationshipCollection found = workbookPart.getRelationshipsByType(relation.getRelation());
        if (found.size() != 1 || found.getRelationship(0).getTargetMode() != TargetMode.INTERNAL) {
            throw new XlsxFallback(found.size() + " parts of type " + relation.getRelation());
        }
        PackagePart part = workbookPart.getRelatedPart(found.getRelationship(0));
        if (part == null) {
            throw new XlsxFallback("missing part " + relation.getRelation());
        }
        return part;
    }

    private static PackagePart worksheet(PackagePart workbookPart, String relationshipId) throws Exception {
        PackageRelationship relationship = workbookPart.getRelationship(relationshipId);
        if (relationship == null || relationship.getTargetMode() != TargetMode.INTERNAL
                || !XSSFRelation.WORKSHEET.getRelation().equals(relationship.getRelationshipType())) {
            throw new XlsxFallback("sheet " + relationshipId + " is not a plain worksheet");
        }
        PackagePart part = workbookPart.getRelatedPart(relationship);
        if (part == null) {
            throw new XlsxFallback("missing worksheet " + relationshipId);
        }
        return part;
    }

    private static WorkbookReadException limitIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t instanceof SAXException s && s.getException() != null
                && s.getException() != t ? s.getException() : t.getCause()) {
            if (t instanceof WorkbookReadException w) {
                return w;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
