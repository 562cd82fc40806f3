package io.concierge.demo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo store's secrets (the signing key of the admin's preview links, the order events webhook's shared
 * secret): each made at random on the first start and kept in the data directory (readable by its owner only), so
 * that no two demo stores share one and none is in the repository.
 */
final class DemoSecret {

    static final String PREVIEW_FILE_NAME = "preview-secret";
    static final String WEBHOOK_FILE_NAME = "webhook-secret";
    static final String CASES_FILE_NAME = "cases-secret";
    static final String SURVEY_FILE_NAME = "survey-secret";

    private DemoSecret() {
    }

    /** The secret kept in {@code dataDir} under {@code fileName}, made now if there is none yet. */
    static String in(File dataDir, String fileName) throws IOException {
        File file = new File(dataDir, fileName);
        if (!file.exists()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        String secret = new String(Files.readAllBytes(file.toPath()), StandardCharsets.US_ASCII).trim();
        if (secret.isEmpty()) {
            throw new IOException(file + " is empty: delete it and a new secret is made at the next start");
        }
        return secret;
    }

    private static void write(File file, String secret) throws IOException {
        Files.createDirectories(file.getParentFile().toPath());
        try {
            Files.createFile(file.toPath());
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file.toPath(), PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.setReadable(false, false);
            file.setReadable(true, true);
        }
        Files.write(file.toPath(), secret.getBytes(StandardCharsets.US_ASCII));
    }
}
