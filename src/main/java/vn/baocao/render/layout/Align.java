package vn.baocao.render.layout;

/** Horizontal alignment of a paragraph. */
public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }
