package vn.baocao.app.report;

import java.awt.image.BufferedImage;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.function.Consumer;
import vn.baocao.app.Messages;
import vn.baocao.app.task.TaskRunner;

/** The report page's print preview: the rendered pages, the page shown and "Trang 2/7"; pages are drawn in the background. */
final class PreviewPages {
    private final TaskRunner runner;
    private final Messages messages;
    private final Consumer<Throwable> failed;
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private PdfPages pages;

    PreviewPages(TaskRunner runner, Messages messages, Consumer<Throwable> failed) {
        this.runner = runner;
        this.messages = messages;
        this.failed = failed;
        pageIndex.addListener((o, a, b) -> pageText.set(pageCount.get() == 0 ? ""
                : messages.format("report.preview.page", b.intValue() + 1, pageCount.get())));
        pageCount.addListener((o, a, b) -> pageText.set(b.intValue() == 0 ? ""
                : messages.format("report.preview.page", pageIndex.get() + 1, b.intValue())));
    }

    /** A new preview, its first page already drawn. */
    void show(PdfPages pdf, BufferedImage first) {
        pages = pdf;
        pageIndex.set(0);
        pageCount.set(pdf.count());
        pageImage.set(first);
    }

    void next() {
        showPage(pageIndex.get() + 1);
    }

    void previous() {
        showPage(pageIndex.get() - 1);
    }

    /** Draws another page (0-based) in the background; a newer preview wins over a page still being drawn. */
    void showPage(int index) {
        PdfPages pdf = pages;
        if (pdf == null || index < 0 || index >= pdf.count()) {
            return;
        }
        runner.run(messages.get("task.previewPage"), p -> pdf.render(index), image -> {
            if (pdf == pages) {
                pageIndex.set(index);
                pageImage.set(image);
            }
        }, failed::accept);
    }

    void clear() {
        pages = null;
        pageCount.set(0);
        pageIndex.set(0);
        pageImage.set(null);
    }

    ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty pageIndexProperty() {
        return ReadOnlyIntegerProperty.readOnlyIntegerProperty(pageIndex);
    }

    ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }
}
