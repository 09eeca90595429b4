package vn.baocao.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A password or PIN: from a file (its first line) or typed at a masked prompt. Never echoed, stored or logged;
 * the caller wipes the array after use.
 */
final class Secrets {
    private Secrets() {
    }

    static char[] read(Path file, String prompt) {
        if (file != null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CliException(CliText.get("secrets.khongDocDuocTep", file.toAbsolutePath()));
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            Arrays.fill(bytes, (byte) 0);
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] secret = Arrays.copyOf(chars.array(), end);
            Arrays.fill(chars.array(), '\0');
            return secret;
        }
        Console console = System.console();
        if (console == null) {
            throw new CliException(CliText.get("secrets.khongCoCuaSo", prompt));
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null) {
            throw new CliException(CliText.get("secrets.chuaNhap", prompt));
        }
        return typed;
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
