package vn.baocao.app.settings;

/** The two ND30 font-size profiles of spec/nd30-layout.md; P14 is the default. */
public enum SizeProfile {
    P14, P13
}
