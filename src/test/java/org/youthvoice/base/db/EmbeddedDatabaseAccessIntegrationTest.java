package org.youthvoice.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.youthvoice.base.YouthVoiceProperties;
import org.youthvoice.testing.IntegrationTest;

/**
 * The embedded database lets in only the app: grant checks on, root with a password made at install, loopback only.
 * (With an external database configured there is no embedded server and these tests have nothing to check.)
 */
@IntegrationTest
class EmbeddedDatabaseAccessIntegrationTest {

    @Autowired
    Optional<EmbeddedMariaDb> server;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    YouthVoiceProperties properties;

    private static String url(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/?sslMode=disable&connectTimeout=5000";
    }

    private static void refused(int port, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url(port), user, password).close())
                .as("%s with password '%s'", user, password)
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void nobody_gets_in_without_the_password_made_at_install() throws Exception {
        if (server.isEmpty()) {
            return;
        }
        int port = server.get().port();

        refused(port, "root", "");
        refused(port, "root", "not-the-password");
        refused(port, "", "");
        refused(port, "anyone", "");
        refused(port, "mysql", "");

        Path file = properties.embeddedDb().dataDirOrDefault().resolve(EmbeddedMariaDb.PASSWORD_FILE);
        String password = Files.readString(file).strip();
        assertThat(password).isEqualTo(server.get().password()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(DatabasePassword.OWNER_ONLY);
        try (var c = DriverManager.getConnection(url(port), "root", password); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''")) {
            rs.next();
            assertThat(rs.getInt(1)).as("anonymous accounts").isZero();
        }
        assertThat(jdbc.sql("SELECT 1").query(Integer.class).single()).as("the app's own connections").isOne();
        assertThat(Files.list(file.getParent().resolve("tmp")).filter(p -> p.toString().endsWith(".sql")).toList())
                .as("the start-up SQL does not stay").isEmpty();
    }

    @Test
    void it_listens_on_loopback_only() throws Exception {
        if (server.isEmpty()) {
            return;
        }
        int port = server.get().port();
        assertThat(jdbc.sql("SELECT @@bind_address").query(String.class).single()).isEqualTo("127.0.0.1");
        var outward = NetworkInterface.networkInterfaces().filter(this::up).flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (outward.isPresent()) {
            assertThatThrownBy(() -> connect(outward.get(), port)).as("port %s on %s", port, outward.get())
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    private boolean up(NetworkInterface i) {
        try {
            return i.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    private static void connect(InetAddress address, int port) throws java.io.IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    @Test
    void a_new_install_makes_a_password_and_the_next_start_uses_the_same_one() throws Exception {
        Path home = Path.of("target", "embedded-mariadb-restart").toAbsolutePath();
        deleteTree(home);
        var settings = new YouthVoiceProperties.EmbeddedDb(home, 0, "restart_test", false, null, null);

        var first = EmbeddedMariaDb.start(settings);
        String password;
        try {
            password = first.password();
            refused(first.port(), "root", "");
            DriverManager.getConnection(url(first.port()), "root", password).close();
        } finally {
            first.stop();
        }
        var second = EmbeddedMariaDb.start(settings);
        try {
            assertThat(second.password()).isEqualTo(password);
            assertThat(Files.readString(home.resolve(EmbeddedMariaDb.PASSWORD_FILE)).strip()).isEqualTo(password);
            DriverManager.getConnection(url(second.port()), "root", password).close();
            refused(second.port(), "root", "");
        } finally {
            second.stop();
            deleteTree(home);
        }
    }

    private static void deleteTree(Path home) throws java.io.IOException {
        if (Files.exists(home)) {
            try (Stream<Path> all = Files.walk(home)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
