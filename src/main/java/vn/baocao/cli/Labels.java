package vn.baocao.cli;

import vn.baocao.domain.Direction;

/** Short Vietnamese labels for enum values shown in CLI tables. */
final class Labels {
    private Labels() {
    }

    static String direction(Direction d) {
        return switch (d) {
            case UP -> "↑ càng cao càng tốt";
            case DOWN -> "↓ càng thấp càng tốt";
            case NONE -> "→ theo dõi";
        };
    }
}
