package vn.baocao.app.catalog;

import vn.baocao.app.Messages;
import vn.baocao.domain.Direction;
import vn.baocao.domain.IndicatorKind;

/** Vietnamese names of indicator kinds and directions. */
public final class CatalogLabels {
    private final Messages messages;

    public CatalogLabels(Messages messages) {
        this.messages = messages;
    }

    public String kind(IndicatorKind kind) {
        String key = switch (kind) {
            case COUNT_FLOW -> "catalog.kind.countFlow";
            case COUNT_STOCK -> "catalog.kind.countStock";
            case RATE -> "catalog.kind.rate";
            case AVERAGE -> "catalog.kind.average";
            case STATUS -> "catalog.kind.status";
            case CHANGE -> "catalog.kind.change";
        };
        return messages.get(key) + " (" + kind.catalogCode() + ")";
    }

    public String direction(Direction direction) {
        return messages.get(switch (direction) {
            case UP -> "catalog.direction.up";
            case DOWN -> "catalog.direction.down";
            case NONE -> "catalog.direction.none";
        });
    }
}
