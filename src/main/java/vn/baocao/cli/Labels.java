package vn.baocao.cli;

import vn.baocao.domain.Direction;

/** Short Vietnamese labels for enum values shown in CLI tables. */
final class Labels {
    private Labels() {
    }

    static String direction(Direction d) {
        return switch (d) {
            case UP -> CliText.get("labels.cangCaoCangTot");
            case DOWN -> CliText.get("labels.cangThapCangTot");
            case NONE -> CliText.get("labels.theoDoi");
        };
    }
}
