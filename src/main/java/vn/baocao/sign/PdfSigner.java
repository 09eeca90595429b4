package vn.baocao.sign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;

/**
 * Signs a PDF (PAdES baseline B) as an incremental update: the bytes of the input are kept as they are, so earlier
 * signatures stay valid. The input file is only read; the output is written through a temporary file and one move,
 * and only after the new signature has been checked, so a failure leaves the input and any earlier output as they
 * were.
 */
public final class PdfSigner {
    private static final Logger LOG = LoggerFactory.getLogger(PdfSigner.class);
    /** Room for the CMS: the signature, the chain of a government CA (three certificates) and slack. */
    private static final int SIGNATURE_SIZE = 32 * 1024;
    private static final float ATTACHMENT_FONT_PT = 10;
    /** The signature's stated reason, shown by PDF readers; the seal goes over a signature that is not the organisation's. */
    static final String PERSON_REASON = SignText.get("pdfSigner.nguoiCoThamQuyen");
    static final String ORGANISATION_REASON = SignText.get("pdfSigner.coQuanToChuc");
    private static final DateTimeFormatter ISO_8601 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Certificates.VIETNAM);

    /** What was signed: the page (from 1) the appearance is on, and the signing time claimed. */
    public record Result(int page, Instant signedAt, String signer) {
    }

    private final byte[] textFont;

    /** {@code textFont}: the TrueType file of Times New Roman (or its metric twin) for the attachment block. */
    public PdfSigner(byte[] textFont) {
        this.textFont = textFont;
    }

    public Result sign(Path input, Path output, SigningKey key, Appearance appearance) throws SignException {
        return sign(input, output, key, appearance, Instant.now());
    }

    Result sign(Path input, Path output, SigningKey key, Appearance appearance, Instant now) throws SignException {
        Instant signedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Certificates.requireUsableForSigning(key.certificate(), signedAt);
        byte[] original = readPdf(input);
        byte[] signed;
        int page;
        try (PDDocument doc = load(original, input)) {
            Placement placement = placement(doc, appearance, signedAt);
            page = placement.pageIndex() + 1;
            byte[] template = template(doc, placement, appearance, signedAt);
            signed = write(doc, template, placement, key, appearance, signedAt);
        } catch (IOException e) {
            LOG.warn("Ký {} không thành công", input, e);
            throw new SignException(SignText.get("pdfSigner.khongKyDuocTep", input.getFileName(), Pkcs11Keys.rootMessage(e)), e);
        }
        SignatureVerifier.requireLastIntact(signed, input);
        try {
            SafeFileWriter.write(output, OutputKind.SIGNED_PDF, out -> out.write(signed));
        } catch (FileWriteException e) {
            throw new SignException(e.getMessage(), e.getCause());
        }
        return new Result(page, signedAt, Certificates.subjectName(key.certificate()));
    }

    /** The input's bytes, refused when it is not a whole PDF (a truncated copy, another kind of file). */
    private static byte[] readPdf(Path input) throws SignException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SignException(SignText.get("pdfSigner.khongTimThayTep", input.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new SignException(SignText.get("pdfSigner.khongDocDuocTep", input.toAbsolutePath()), e);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(bytes.length, 1024),
                StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new SignException(SignText.get("pdfSigner.tepKhongPhaiTep", input.getFileName()));
        }
        if (!tail.contains("%%EOF") || !tail.contains("startxref")) {
            throw new SignException(SignText.get("pdfSigner.tepPdfBiHong", input.getFileName()));
        }
        return bytes;
    }

    private static PDDocument load(byte[] bytes, Path input) throws SignException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new SignException(SignText.get("pdfSigner.tepPdfDuocDat", input.getFileName()), e);
        } catch (IOException e) {
            throw new SignException(SignText.get("pdfSigner.tepPdfBiHong2", input.getFileName()), e);
        }
        if (doc.isEncrypted()) {
            close(doc);
            throw new SignException(SignText.get("pdfSigner.tepPdfDuocMa", input.getFileName()));
        }
        return doc;
    }

    private Placement placement(PDDocument doc, Appearance appearance, Instant signedAt) throws IOException, SignException {
        if (appearance instanceof Appearance.SignatureImage s) {
            return Placement.signatureImage(doc, s.signerName(), s.image());
        }
        if (appearance instanceof Appearance.Seal s) {
            return Placement.seal(doc, s.image());
        }
        List<String> lines = blockLines((Appearance.AttachmentBlock) appearance, signedAt);
        float width = VisualTemplate.textWidth(textFont, lines, ATTACHMENT_FONT_PT);
        return Placement.topRight(doc, width + 1, lines.size() * ATTACHMENT_FONT_PT * 1.15f + 2);
    }

    private byte[] template(PDDocument doc, Placement placement, Appearance appearance, Instant signedAt) throws IOException {
        var media = doc.getPage(placement.pageIndex()).getMediaBox();
        if (appearance instanceof Appearance.SignatureImage s) {
            return VisualTemplate.image(media, placement, s.image().png());
        }
        if (appearance instanceof Appearance.Seal s) {
            return VisualTemplate.image(media, placement, s.image().png());
        }
        return VisualTemplate.text(media, placement, blockLines((Appearance.AttachmentBlock) appearance, signedAt),
                textFont, ATTACHMENT_FONT_PT);
    }

    /** The number and the signing time in ISO 8601, Vietnam's offset. */
    static List<String> blockLines(Appearance.AttachmentBlock block, Instant signedAt) {
        return List.of(block.documentNumber(), ISO_8601.format(signedAt));
    }

    private static byte[] write(PDDocument doc, byte[] template, Placement placement, SigningKey key, Appearance appearance,
            Instant signedAt)
            throws IOException, SignException {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(Certificates.subjectName(key.certificate()));
        signature.setReason(appearance instanceof Appearance.SignatureImage ? PERSON_REASON : ORGANISATION_REASON);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(Certificates.VIETNAM));
        when.setTimeInMillis(signedAt.toEpochMilli());
        signature.setSignDate(when);
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            options.setVisualSignature(new ByteArrayInputStream(template));
            options.setPage(placement.pageIndex());
            doc.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] cms = CadesSignature.sign(external.getContent().readAllBytes(), key);
            if (cms.length > SIGNATURE_SIZE) {
                throw new SignException(SignText.get("pdfSigner.chuKySoQua", cms.length));
            }
            external.setSignature(cms);
            return out.toByteArray();
        }
    }

    private static void close(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            LOG.debug("closing", e);
        }
    }
}
