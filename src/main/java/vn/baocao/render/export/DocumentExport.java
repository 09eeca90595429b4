package vn.baocao.render.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFileException;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.PlaceholderException;
import vn.baocao.files.FileWriteException;
import vn.baocao.files.OutputKind;
import vn.baocao.files.SafeFileWriter;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.render.pdf.UnprintableCharacterException;
import vn.baocao.render.text.RenderText;

/**
 * The one way a document becomes files, for the window ("Xuất Word và PDF") and for the {@code report} and
 * {@code render} commands: compose once, render each chosen format from that one document, then write each file
 * through {@link SafeFileWriter}. Both formats are rendered before either file is written, so a document that
 * cannot be rendered leaves no file changed. Every failure is an {@link ExportException}.
 */
public final class DocumentExport {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentExport.class);

    /** Told after each step: composing, the Word file, the PDF. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Looks at the composed report before anything is rendered, and may stop the export. */
    @FunctionalInterface
    public interface Check {
        Check NONE = composed -> { };

        /** @throws ExportException to stop; its message says why */
        void check(ComposedReport composed) throws ExportException;
    }

    /** What was exported: the composed report (with its review) and the files written. */
    public record Exported(ComposedReport composed, Path docx, Path pdf) {
    }

    /**
     * Composes the report once, checks it, renders it and writes the chosen files.
     *
     * @param composer composes the report (reads the figures, fills the template); a {@link PlaceholderException}
     *                 becomes an {@link ExportException} listing the problems
     */
    /** Starts preparing the renderers on the second core for an export that is about to come (a command line run). */
    public static void prefetch() {
        vn.baocao.render.pdf.PdfRenderer.prefetch();
    }

    public Exported export(Supplier<ComposedReport> composer, ExportTargets targets, Check check, Progress progress)
            throws ExportException {
        progress.update(0, 3);
        ComposedReport composed;
        try {
            composed = composer.get();
        } catch (PlaceholderException e) {
            throw new ExportException(e.getMessage(), null, e.problems(), e);
        }
        check.check(composed);
        progress.update(1, 3);
        write(composed.document(), targets, progress);
        return new Exported(composed, targets.docx(), targets.pdf());
    }

    /** Renders a document that is already composed and writes the chosen files. */
    public void export(AdministrativeDocument document, ExportTargets targets) throws ExportException {
        write(document, targets, Progress.NONE);
    }

    /** Reads a document file (JSON, docs/document-format.md). */
    public AdministrativeDocument read(Path file) throws ExportException {
        try {
            return DocumentFiles.read(file);
        } catch (DocumentFileException e) {
            throw new ExportException(e.getMessage(), e.file(), List.of(), e);
        }
    }

    private void write(AdministrativeDocument document, ExportTargets targets, Progress progress) throws ExportException {
        // Word and PDF are made from the same immutable document, so the Word file is made on a second thread while
        // this one makes the PDF (issue 17): a clerk's laptop has two cores, and a cold run loads both libraries.
        Supplier<byte[]> docxBytes = () -> {
            try {
                return new DocxRenderer().toBytes(document);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        SideRender docx = targets.docx() == null ? null
                : targets.pdf() == null ? SideRender.now(targets.docx(), docxBytes)
                : SideRender.start(targets.docx(), docxBytes);
        byte[] pdf;
        try {
            pdf = targets.pdf() == null ? null : render(targets.pdf(), () -> new PdfRenderer().toBytes(document));
        } catch (ExportException e) {
            if (docx != null) {
                docx.abandon();
            }
            throw e;
        }
        byte[] docxDone = docx == null ? null : docx.result();
        progress.update(2, 3);
        if (docxDone != null) {
            save(targets.docx(), docxDone);
        }
        if (pdf != null) {
            save(targets.pdf(), pdf);
        }
        progress.update(3, 3);
    }

    /** The Word file's bytes, made on this thread or on a second one; its failure is told as {@link #render} tells. */
    private static final class SideRender {
        private final Path target;
        private final Supplier<byte[]> bytes;

        private SideRender(Path target, Supplier<byte[]> bytes) {
            this.target = target;
            this.bytes = bytes;
        }

        /** Made when {@link #result()} asks (nothing else to overlap with). */
        static SideRender now(Path target, Supplier<byte[]> renderer) {
            return new SideRender(target, renderer);
        }

        /** Made on a second thread from now on. */
        static SideRender start(Path target, Supplier<byte[]> renderer) {
            CompletableFuture<byte[]> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    f.complete(renderer.get());
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "baocao-docx");
            t.setDaemon(true);
            t.start();
            return new SideRender(target, () -> {
                try {
                    return f.join();
                } catch (CompletionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            });
        }

        byte[] result() throws ExportException {
            return render(target, bytes);
        }

        /** The PDF failed: the Word file is not written, but its thread ends before the export says so. */
        void abandon() {
            try {
                bytes.get();
            } catch (RuntimeException e) {
                LOG.debug("Word file not needed after the PDF failed", e);
            }
        }
    }

    /** The bytes of one file; a failure of the renderer is logged with its cause and told without it. */
    private static byte[] render(Path target, Supplier<byte[]> renderer) throws ExportException {
        try {
            return renderer.get();
        } catch (UnprintableCharacterException e) {
            // the document's content, not a fault: the clerk is told which character to replace
            LOG.warn("Rendering {} refused: {}", target, e.getMessage());
            throw new ExportException(RenderText.get("documentExport.khongInDuocKyTu", target.toAbsolutePath(),
                    e.getMessage()), null, List.of(), e);
        } catch (RuntimeException e) {
            LOG.error("Rendering {} failed", target, e);
            throw new ExportException(RenderText.get("documentExport.khongGhiDuocTep", target.toAbsolutePath()),
                    target.toAbsolutePath(), List.of(), e);
        }
    }

    private static void save(Path target, byte[] bytes) throws ExportException {
        try {
            SafeFileWriter.write(target, OutputKind.DOCUMENT, out -> out.write(bytes));
        } catch (FileWriteException e) {
            throw new ExportException(e.getMessage(), e.file(), List.of(), e);
        }
    }
}
