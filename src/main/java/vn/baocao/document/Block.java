package vn.baocao.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One element of the body of a document or of an appendix. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = PageBreak.class, name = "pageBreak"),
        @JsonSubTypes.Type(value = LandscapeSection.class, name = "landscape")
})
public sealed interface Block permits Heading, Paragraph, Table, PageBreak, LandscapeSection {
}
