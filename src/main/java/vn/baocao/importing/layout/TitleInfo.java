package vn.baocao.importing.layout;

import java.util.List;

/**
 * What the title rows above the header say.
 *
 * @param lines    the non-blank title lines, in order
 * @param formCode the form number ("01" from "Biểu 01", "07" from "BIỂU 07:"), else {@code null}
 * @param year     the report year ("năm 2023"), else {@code null}
 * @param period   the period phrase ("6 tháng đầu năm 2024", "Quý I/2024", "năm 2023"), else {@code null}
 * @param area     the area ("xã Nấm Dẩn"), else {@code null}
 */
public record TitleInfo(List<String> lines, String formCode, Integer year, String period, String area) {
    public TitleInfo {
        lines = List.copyOf(lines);
    }
}
