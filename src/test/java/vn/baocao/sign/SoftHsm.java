package vn.baocao.sign;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A software token (SoftHSM2) for the tests, driven through PKCS#11 exactly as a USB token: initialised once per
 * test run in a fresh token folder named by SOFTHSM2_CONF (the build sets it, under target/). Skipped without
 * softhsm2-util, except on CI where it is required.
 */
public final class SoftHsm {
    public static final String LABEL = "BaoCao Test";
    public static final String PIN = "123456";
    private static final List<String> LIBRARIES = List.of("/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so");
    private static SoftHsm instance;

    public final Path library;
    public final long slot;

    private SoftHsm(Path library, long slot) {
        this.library = library;
        this.slot = slot;
    }

    public static synchronized SoftHsm get() throws Exception {
        if (instance != null) {
            return instance;
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        Path library = LIBRARIES.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        boolean present = conf != null && library != null && onPath("softhsm2-util");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("softhsm2 is required on CI (SOFTHSM2_CONF set by the build, softhsm2-util, libsofthsm2.so)");
        }
        assumeTrue(present, "SoftHSM2 not installed");
        Path confFile = Path.of(conf);
        Path tokens = confFile.getParent().resolve("tokens");
        deleteTree(confFile.getParent());
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\n");
        String out = run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--so-pin", "12345678", "--pin", PIN);
        Matcher m = Pattern.compile("slot (\\d+)").matcher(out);
        if (!m.find()) {
            throw new AssertionError("softhsm2-util did not name the slot: " + out);
        }
        instance = new SoftHsm(library, Long.parseLong(m.group(1)));
        return instance;
    }

    /** Puts a key and its chain on the token, as the CA's software does when it issues a token. */
    public void importKey(TestPki.Issued issued, String alias) throws Exception {
        Provider p = Security.getProvider("SunPKCS11").configure("--name=TestImport\nlibrary=" + library + "\nslot=" + slot + "\n");
        KeyStore store = KeyStore.getInstance("PKCS11", p);
        store.load(null, PIN.toCharArray());
        store.setKeyEntry(alias, issued.key(), null, issued.chain());
        ((java.security.AuthProvider) p).logout();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
