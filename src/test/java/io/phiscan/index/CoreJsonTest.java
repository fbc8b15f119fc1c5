package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.RandomFindings;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A message's stored core, written token by token, is byte for byte what Jackson's data binding
 * writes for it: the content hash of every indexed message is made of these bytes, so that any
 * difference would make the next audit write every message again.
 */
class CoreJsonTest {
    /** The mapper the core was written with before: the record without its text and source. */
    private static final ObjectMapper BOUND = JsonMapper.builder().addModule(InstantJson.module())
            .addMixIn(Message.class, Core.class).build();

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"source", "text"})
    private interface Core {
    }

    @Test
    void everyMessageOfTheSampleDataIsWrittenAsTheMapperWritesIt() throws Exception {
        List<Message> messages = new ArrayList<>();
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(Path.of("sample-data")))) {
            for (Export e : locator.exports()) {
                for (String part : e.parts()) {
                    try (RecordCursor c = e.open(part)) {
                        for (IngestRecord r = c.next(); r != null; r = c.next()) {
                            if (r instanceof IngestRecord.Read read) {
                                messages.add(read.message());
                            }
                        }
                    }
                }
            }
        }
        assertThat(messages).hasSizeGreaterThan(80);
        messages.forEach(CoreJsonTest::sameAsBound);
    }

    @Test
    void randomMessagesAndOddValuesAreWrittenAsTheMapperWritesThem() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            Finding f = RandomFindings.finding(random);
            f.messages().forEach(CoreJsonTest::sameAsBound);
        }
        Author named = new Author(null, null, "Ana \"Ñ\" </script>");
        Author handle = new Author(null, "h\u0007", null);
        for (Instant at : List.of(Instant.EPOCH, Instant.ofEpochSecond(-62_167_219_200L), Instant.ofEpochSecond(253_402_300_800L),
                Instant.ofEpochSecond(-62_167_219_201L, 5), Instant.parse("2024-02-29T23:59:59.000000001Z"),
                Instant.parse("2024-05-01T13:45:07.250Z"), Instant.parse("2024-05-01T13:45:07.000250Z"))) {
            for (Platform p : Platform.values()) {
                sameAsBound(new Message("x-1", p, "owner", null, "c", null, at, true, named, List.of(handle, named),
                        Direction.INBOUND, Visibility.GROUP, "", List.of("", "\u2028 \ud83d\ude37 \u0000"),
                        new SourceRef("e", null, null)));
            }
        }
    }

    /** Every control character, the characters JSON escapes and those it need not, and half surrogate pairs. */
    @Test
    void everyCharacterIsEscapedAsTheMapperEscapesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("\u0080\u00ff\u2028\u2029\ufeff\uffff\ud83d\ude37");
        for (String text : List.of(all.toString(), "\ud83d", "a\ud83d", "\ude37b", "\ude37\ud83d", "x\ud83d\ud83d\ude37")) {
            Author a = new Author(text, text, text);
            Message m = new Message(text, Platform.REDDIT, text, text, text, text, Instant.EPOCH, false, a, List.of(a),
                    Direction.OUTBOUND, Visibility.PUBLIC, text, List.of(text), new SourceRef(text, text, text));
            Object bound;
            Object written;
            try {
                bound = new String(BOUND.writeValueAsBytes(m), StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                bound = e.getClass();
            }
            try {
                written = new String(CoreJson.write(m), StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                written = e.getClass();
            }
            assertThat(written).as(text).isEqualTo(bound);
        }
    }

    private static void sameAsBound(Message m) {
        assertThat(new String(CoreJson.write(m), StandardCharsets.UTF_8))
                .isEqualTo(new String(BOUND.writeValueAsBytes(m), StandardCharsets.UTF_8));
    }
}
