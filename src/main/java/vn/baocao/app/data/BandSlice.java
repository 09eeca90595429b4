package vn.baocao.app.data;

/** One bar of the bands chart: how many indicators fell in a band (rank -1: not classified). */
public record BandSlice(String label, int count, int rank) {
}
