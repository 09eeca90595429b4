package vn.baocao.sign;

import java.time.Instant;

/**
 * What verifying found about one signature of a PDF.
 *
 * @param intact          the signed bytes are unchanged and the signature matches the certificate's key
 * @param coversWholeFile nothing was added to the file after this signature
 * @param laterUpdates    updates appended after it; {@code laterSignatureUpdates} of them each added a signature
 * @param trusted         the certificate chain reaches a root the clerk imported, valid at the signing time
 * @param trustProblem    why not, in Vietnamese (null when trusted)
 */
public record SignatureCheck(String fieldName, String signer, String issuer, Instant notBefore, Instant notAfter,
                             Instant signingTime, boolean intact, String problem, boolean coversWholeFile,
                             int laterUpdates, int laterSignatureUpdates, boolean trusted, String trustProblem) {

    /** Valid: intact, and anything after it only added signatures. */
    public boolean valid() {
        return intact && laterUpdates == laterSignatureUpdates;
    }
}
