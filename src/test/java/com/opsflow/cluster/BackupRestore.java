package com.opsflow.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The back-up and restore of docs/operations.md, run as an operator would: {@code mariadb-dump
 * --single-transaction} of the whole OpsFlow database into a file, and the {@code mariadb} client
 * reading that file into a fresh database. The password goes through an option file readable only
 * by its owner, never on the command line.
 */
final class BackupRestore {

    private final ClusterDatabase source;

    BackupRestore(ClusterDatabase source) {
        this.source = source;
    }

    void dump(Path file) throws IOException, InterruptedException {
        run(List.of(tool("mariadb-dump", "mysqldump"), "--defaults-extra-file=" + options(), "--single-transaction",
                "--no-tablespaces", "--routines", "--triggers", "--default-character-set=utf8mb4", "--result-file="
                        + file.toAbsolutePath(), source.name), null);
        if (Files.size(file) == 0) {
            throw new IllegalStateException("empty dump " + file);
        }
    }

    void restore(Path file, String database) throws IOException, InterruptedException {
        run(List.of(tool("mariadb", "mysql"), "--defaults-extra-file=" + options(), "--default-character-set=utf8mb4",
                database), file);
    }

    private Path options() throws IOException {
        Path file = OpsFlowNode.LOGS.resolve("client.cnf");
        Files.createDirectories(OpsFlowNode.LOGS);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "[client]\nhost=" + source.host + "\nport=" + source.port + "\nprotocol=tcp\nuser="
                + source.user + "\npassword=" + source.password + "\n", StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    private static void run(List<String> command, Path input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        Path output = OpsFlowNode.LOGS.resolve("backup-restore.log");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in 10 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed (" + process.exitValue() + "): see " + output);
        }
    }

    private static String tool(String name, String alternative) {
        for (String candidate : new String[] {name, alternative}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        throw new IllegalStateException(name + " not found: apt-get install mariadb-client");
    }
}
