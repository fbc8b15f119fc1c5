package io.phiscan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test inputs: copies of the bundled sample archive, and edits to them; reads of run outputs. */
final class Exports {
    /** The owner of the sample archive (sample-data/README.md). */
    static final String SAMPLE_OWNER_ID = "1311782938437455872";
    /** Readable messages, records read (with the 4 encrypted ones) and exchanges of the sample archive. */
    static final int SAMPLE_MESSAGES = 27;
    static final int SAMPLE_RECORDS = 31;
    static final int SAMPLE_FINDINGS = 4;

    private Exports() {
    }

    /** A copy of {@code sample-data/twitter/drlenaokafor-archive} in {@code dir}. */
    static Path sample(Path dir) {
        return copy(Path.of("sample-data/twitter/drlenaokafor-archive"), dir.resolve("drlenaokafor-archive"));
    }

    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a DM conversation (one message from {@code senderId} to the owner) at the top of direct-messages.js. */
    static void addDirectMessage(Path archive, String senderId, String messageId, String text) throws IOException {
        Path file = archive.resolve("data/direct-messages.js");
        String js = Files.readString(file, StandardCharsets.UTF_8);
        String conversation = """
                  {
                    "dmConversation" : {
                      "conversationId" : "%s-%s",
                      "messages" : [
                        {
                          "messageCreate" : {
                            "recipientId" : "%s",
                            "reactions" : [ ],
                            "urls" : [ ],
                            "text" : "%s",
                            "mediaUrls" : [ ],
                            "senderId" : "%s",
                            "id" : "%s",
                            "createdAt" : "2026-03-02T21:14:00.000Z",
                            "editHistory" : [ ]
                          }
                        }
                      ]
                    }
                  },""".formatted(senderId, SAMPLE_OWNER_ID, SAMPLE_OWNER_ID, text, senderId, messageId);
        int open = js.indexOf('[');
        Files.writeString(file, js.substring(0, open + 1) + "\n" + conversation + js.substring(open + 1), StandardCharsets.UTF_8);
    }

    /** The findings array of a run's findings.json. */
    static JsonNode findings(Path out) {
        return json(out).get("findings");
    }

    static JsonNode json(Path out) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(out.resolve("findings.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
