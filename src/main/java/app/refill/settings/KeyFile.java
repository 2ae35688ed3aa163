package app.refill.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The API keys a user entered in Settings, kept in {@code keys.properties} in the config folder and readable
 * only by the user (mode 600 where the file system has POSIX permissions; created that way, never chmod-ed
 * afterwards, so the key is never briefly world-readable). Written atomically. Keys from the environment are
 * never written here: they win at lookup time ({@link ApiKeys}).
 */
public final class KeyFile {
    public static final String NAME = "keys.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public KeyFile(Path configDir) {
        this.file = configDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** Stored keys by provider id; empty when there is no file. */
    public Map<String, String> load() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        for (String id : p.stringPropertyNames()) {
            String v = p.getProperty(id).trim();
            if (!v.isEmpty()) {
                out.put(id, v);
            }
        }
        return out;
    }

    /** Stores (or, with a blank key, removes) one provider's key, keeping the others. */
    public void put(String providerId, String key) throws IOException {
        Map<String, String> keys = new TreeMap<>(load());
        if (key == null || key.isBlank()) {
            keys.remove(providerId);
        } else {
            keys.put(providerId, key.trim());
        }
        write(keys);
    }

    public void remove(String providerId) throws IOException {
        put(providerId, null);
    }

    private void write(Map<String, String> keys) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        Path tmp = posix ? Files.createTempFile(dir, ".keys", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".keys", ".tmp");
        try {
            if (!posix) {
                ownerOnly(tmp);
            }
            Properties p = new Properties();
            p.putAll(keys);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Refill API keys. Readable only by you; remove a key in Settings or delete this file.");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Best effort where there are no POSIX permissions (Windows: the profile folder is already per-user). */
    private static void ownerOnly(Path p) {
        var f = p.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
    }
}
