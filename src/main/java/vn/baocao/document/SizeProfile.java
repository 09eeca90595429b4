package vn.baocao.document;

/** The two font-size profiles of ND30 (spec §2): P14 is the default, P13 the smaller pairing. */
public enum SizeProfile {
    P14, P13
}
