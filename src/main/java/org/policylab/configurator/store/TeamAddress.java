package org.policylab.configurator.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a team workspace lives and who connects to it: a JDBC URL {@code jdbc:postgresql://host[:port]/database[?…]}
 * plus the credentials found the way PostgreSQL's own tools find them: the user from the URL's {@code user}, else
 * {@code PGUSER}, else the OS user; the password from {@code PGPASSWORD}, else the password file ({@code PGPASSFILE},
 * else {@code ~/.pgpass}, on Windows {@code %APPDATA%\postgresql\pgpass.conf}), else one the window asked for. The
 * password is never written anywhere by the app, and {@link #toString()} never shows it.
 */
public final class TeamAddress {
    public static final String PREFIX = "jdbc:postgresql:";
    private final String url;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final char[] password;
    private final String passwordSource;
    private final Map<String, String> params;

    private TeamAddress(String url, String host, int port, String database, String user, char[] password, String passwordSource,
                        Map<String, String> params) {
        this.url = url;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.passwordSource = passwordSource;
        this.params = params;
    }

    public static boolean isTeamUrl(String s) {
        return s != null && s.strip().startsWith(PREFIX);
    }

    /** Parses the URL and resolves the credentials from the process environment. */
    public static TeamAddress parse(String url) {
        return parse(url, System.getenv(), System.getProperty("user.name", ""), System.getProperty("user.home", "."),
                System.getProperty("os.name", ""));
    }

    static TeamAddress parse(String url, Map<String, String> env, String osUser, String userHome, String osName) {
        String s = url.strip();
        if (!s.startsWith(PREFIX + "//")) {
            throw new WorkspaceException(org.policylab.configurator.io.Fault.value("store.team.badUrl", s));
        }
        String rest = s.substring((PREFIX + "//").length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
        String db = slash >= 0 ? rest.substring(slash + 1) : "";
        if (hostPort.isEmpty() || hostPort.contains(",")) {
            throw new WorkspaceException(org.policylab.configurator.io.Fault.value("store.team.badUrl", s));
        }
        String host = hostPort;
        int port = 5432;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new WorkspaceException(org.policylab.configurator.io.Fault.value("store.team.badUrl", s));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq >= 0 ? kv.substring(0, eq) : kv, StandardCharsets.UTF_8);
            String v = eq >= 0 ? URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8) : "";
            params.put(k, v);
        }
        String user = firstNonBlank(params.remove("user"), env.get("PGUSER"), osUser);
        if (db.isEmpty()) {
            db = user;
        }
        char[] password = null;
        String source = null;
        String inUrl = params.remove("password");
        if (inUrl != null) {
            password = inUrl.toCharArray();
            source = "url";
        } else if (env.get("PGPASSWORD") != null) {
            password = env.get("PGPASSWORD").toCharArray();
            source = "PGPASSWORD";
        } else {
            Path file = passFile(env, userHome, osName);
            Optional<String> found = file == null ? Optional.empty() : fromPassFile(file, host, port, db, user);
            if (found.isPresent()) {
                password = found.get().toCharArray();
                source = file.toString();
            }
        }
        String clean = PREFIX + "//" + hostPort + "/" + db;
        return new TeamAddress(clean, host, port, db, user, password, source, params);
    }

    static Path passFile(Map<String, String> env, String userHome, String osName) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(userHome, ".pgpass");
    }

    /**
     * The first matching line of a password file, as libpq reads it: {@code host:port:database:user:password}, each of
     * the first four a value or {@code *}, {@code \:} and {@code \\} escaped; {@code #} starts a comment. A file others
     * may read is ignored on POSIX systems, as libpq ignores it.
     */
    static Optional<String> fromPassFile(Path file, String host, int port, String db, String user) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            try {
                var perms = Files.getPosixFilePermissions(file);
                if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    return Optional.empty();
                }
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the file's ACL protects it
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() < 5) {
                    continue;
                }
                if (matches(f.get(0), host) && matches(f.get(1), Integer.toString(port)) && matches(f.get(2), db)
                        && matches(f.get(3), user)) {
                    return Optional.of(f.get(4));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value)
                || ("localhost".equals(pattern) && ("127.0.0.1".equals(value) || "::1".equals(value)));
    }

    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String firstNonBlank(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return "";
    }

    /** The same server and user with a password the planner typed (kept in memory only). */
    public TeamAddress withPassword(char[] typed) {
        return new TeamAddress(url, host, port, database, user, typed == null ? null : typed.clone(), typed == null ? null : "asked", params);
    }

    /** The same server as another user, with no password yet (resolved again from the environment by the caller). */
    public TeamAddress asUser(String otherUser, char[] pw) {
        return new TeamAddress(url, host, port, database, otherUser, pw == null ? null : pw.clone(), pw == null ? null : "given", params);
    }

    /** The URL without credentials. */
    public String url() {
        return url;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The password in memory (tests hand it to another address); null when none was found. */
    char[] password() {
        return password == null ? null : password.clone();
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** Where the password came from (PGPASSWORD, the file, asked), or null. */
    public String passwordSource() {
        return passwordSource;
    }

    /** host:port/database, for messages. */
    public String where() {
        return host + ":" + port + "/" + database;
    }

    /** The driver's properties for one connection: the password handed over directly, never put in a URL. */
    java.util.Properties connectionProperties(String applicationName) {
        java.util.Properties p = new java.util.Properties();
        params.forEach(p::setProperty);
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", p.getProperty("connectTimeout", "5"));
        p.setProperty("socketTimeout", p.getProperty("socketTimeout", "60"));
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** A stable file-name-safe label of this server and database (the local copy's file name). */
    String cacheName() {
        String raw = (host + "-" + port + "-" + database + "-" + user).toLowerCase(Locale.ROOT);
        return "team-" + raw.replaceAll("[^a-z0-9._-]", "_") + ".db";
    }

    @Override
    public String toString() {
        return url + " as " + user;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamAddress t && t.url.equals(url) && t.user.equals(user) && Arrays.equals(t.password, password);
    }

    @Override
    public int hashCode() {
        return url.hashCode() * 31 + user.hashCode();
    }
}
