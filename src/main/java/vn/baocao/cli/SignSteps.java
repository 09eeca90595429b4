package vn.baocao.cli;

import vn.baocao.sign.SignException;

/** A step of the sign layer run by a command: its refusal, already in the clerk's words, becomes the command's. */
final class SignSteps {
    /** Work of the sign layer that may refuse. */
    interface Step<T> {
        T run() throws SignException;
    }

    private SignSteps() {
    }

    /** The step's result; a SignException ends the command with its message (exit 1, nothing changed). */
    static <T> T refusing(Step<T> step) {
        try {
            return step.run();
        } catch (SignException e) {
            throw new CliException(e.getMessage());
        }
    }
}
