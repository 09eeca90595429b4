package vn.baocao.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (written by the build from the pom). */
public final class Version implements IVersionProvider {
    /** The application version, or "dev" when run from classes. */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"BaoCao " + current()};
    }
}
