package vn.baocao.domain;

/**
 * What "% of plan" shows for a lower-is-better indicator whose ceiling was met. A missed ceiling always shows
 * plan / actual × 100 (below 100), whichever mode is chosen.
 */
public enum CeilingPercentMode {
    /** Met ceiling → 100% (seed 004: "Tỷ lệ tăng dân số tự nhiên 1,48% … so với Nghị quyết đạt 100%"). The default. */
    HUNDRED_WHEN_MET,
    /** Met ceiling → plan / actual × 100, so doing better than the ceiling shows above 100%. */
    PLAN_OVER_ACTUAL
}
