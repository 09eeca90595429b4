package vn.baocao.document.compose;

import vn.baocao.domain.Area;
import vn.baocao.domain.Observation;

/** One commune's figure behind a district figure. */
public record AreaFigure(Area area, Observation observation) {
}
