package vn.baocao.app.main;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.baocao.app.Messages;

/**
 * F1: the user guide (docs/huong-dan-su-dung.md, packaged with the application) in a window of its own, scrolled to
 * the section of the page the clerk is on. The guide is Markdown read as plain text: headings, paragraphs and list
 * items, which is all it uses; no browser component is needed.
 */
public final class HelpWindow {
    public static final String GUIDE = "/vn/baocao/app/help/huong-dan-su-dung.md";
    private final Messages messages;
    private final java.util.function.Supplier<Window> owner;
    private Stage stage;
    private ScrollPane scroll;
    private final List<Label> headings = new ArrayList<>();

    public HelpWindow(Messages messages, java.util.function.Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The heading a page's section starts with (the guide's numbering). */
    public static String sectionOf(Page page) {
        return switch (page) {
            case DATA -> "## 3.";
            case CATALOG -> "## 4.";
            case IMPORT -> "## 5.";
            case REPORT -> "## 6.";
            case SETTINGS -> "## 7.";
        };
    }

    public void show(Page page) {
        if (stage == null) {
            build();
        }
        stage.show();
        stage.toFront();
        String wanted = sectionOf(page).substring(3);
        for (Label h : headings) {
            if (h.getText().startsWith(wanted)) {
                javafx.application.Platform.runLater(() -> {
                    double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double y = h.getBoundsInParent().getMinY();
                    scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)));
                });
                break;
            }
        }
    }

    private void build() {
        VBox content = new VBox(8);
        content.setPadding(new Insets(16, 24, 24, 24));
        content.setId("helpContent");
        for (Node n : nodes(guideText())) {
            content.getChildren().add(n);
        }
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle(messages.get("help.title"));
        Scene scene = new Scene(scroll, 760, 600);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
    }

    private String guideText() {
        try (InputStream in = HelpWindow.class.getResourceAsStream(GUIDE)) {
            return in == null ? messages.get("help.missing") : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return messages.get("help.missing");
        }
    }

    /** Headings, paragraphs and list items of the Markdown, as wrapped labels. */
    private List<Node> nodes(String markdown) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\r?\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("- ") || t.startsWith("* ") || t.matches("\\d+\\. .*")) {
                flush(paragraph, nodes);
            }
            if (t.startsWith("#")) {
                int level = (int) t.chars().takeWhile(c -> c == '#').count();
                Label h = label(t.substring(level).strip());
                h.setStyle("-fx-font-weight: bold; -fx-font-size: " + (level <= 1 ? "1.6em" : level == 2 ? "1.3em" : "1.1em") + ";");
                headings.add(h);
                nodes.add(h);
            } else if (!t.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(t.startsWith("- ") || t.startsWith("* ")
                        ? "•  " + t.substring(2) : t);
            }
        }
        flush(paragraph, nodes);
        return nodes;
    }

    private static void flush(StringBuilder paragraph, List<Node> nodes) {
        if (paragraph.length() > 0) {
            nodes.add(label(paragraph.toString().replace("**", "").replace("`", "")));
            paragraph.setLength(0);
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
