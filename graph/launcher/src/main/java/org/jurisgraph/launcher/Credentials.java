package org.jurisgraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.configuration.GraphDatabaseSettings;

/**
 * The Bolt user of the local Neo4j: {@code neo4j} with a random password generated at the first
 * start and kept in {@code credentials.json} in the data dir, readable by the owner only. The
 * project's own clients (graph/localCredentials.ts) read it from there; it is never printed.
 */
final class Credentials {
  static final String FILE = "credentials.json";
  static final String USERNAME = "neo4j";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Pattern PASSWORD = Pattern.compile("\"password\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

  private Credentials() {}

  /** The password in {@code home/credentials.json}, created (owner-only) when missing. */
  static String loadOrCreate(Path home) throws IOException {
    Path file = home.resolve(FILE);
    if (Files.exists(file)) {
      // An older copy or a restored backup may have looser permissions: tighten them.
      Files.setPosixFilePermissions(file, OWNER_ONLY);
      Matcher match = PASSWORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
      if (!match.find()) {
        throw new IOException(file + " has no password; delete it to generate a new one");
      }
      return match.group(1);
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    // Written to a temp file created owner-only, then moved: the password is never in a file
    // others can read, and a reader never sees a half-written file.
    Path temp = Files.createTempFile(home, ".credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    Files.writeString(
        temp,
        String.format("{\"username\":\"%s\",\"password\":\"%s\"}%n", USERNAME, password),
        StandardCharsets.UTF_8);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return password;
  }

  /**
   * Makes the password the one of user {@code neo4j}: on a new store (whose initial password
   * is "neo4j", to be changed) and on a store created before auth was on alike. Runs in the
   * system database through the embedded API, which needs no login.
   */
  static void apply(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER " + USERNAME + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself: then it is already the right one.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }
}
