package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Platform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Reddit export zip inside a downloads zip: the inner zip is copied to a temporary file while
 * it is read. The file was made owner-only and then replaced by the copy, which took the umask's
 * permissions (0644: a copy of the export that every user of the machine could read in /tmp). It
 * stays owner-only.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class NestedZipTempFileTest {

    @Test
    void theCopyOfAZipInsideAZipIsOwnerOnly(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> export = new LinkedHashMap<>();
        export.put("export_DrRowanHale_20261120/statistics.csv", bytes("statistic,value\naccount name,DrRowanHale\n"));
        export.put("export_DrRowanHale_20261120/messages.csv", bytes("id,permalink,thread_id,date,ip,from,to,subject,body\n"
                + "3a1b2c,https://www.reddit.com/message/messages/3a1b2c,3a1b2c,2026-11-14 03:22:51 UTC,,pine_mom_7,DrRowanHale,"
                + "my son,\"Dr. Hale, you saw my son Theo last week. His fever is back. Should I bring him in?\"\n"));
        Map<String, byte[]> downloads = new LinkedHashMap<>();
        downloads.put("reddit/export_DrRowanHale_20261120.zip", zip(export));
        downloads.put("readme.txt", bytes("exports downloaded in November\n"));
        Path outer = Files.write(tmp.resolve("downloads.zip"), zip(downloads));

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(outer))) {
            assertThat(locator.exports()).extracting(Export::platform).containsExactly(Platform.REDDIT);
            List<Path> copies;
            try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                copies = temp.filter(p -> p.getFileName().toString().startsWith("phiscan-nested-")).toList();
            }
            assertThat(copies).isNotEmpty().allSatisfy(copy ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------"));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
