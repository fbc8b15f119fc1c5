package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index writes a message again only when it changed, and knows which run wrote what. */
class MessageIndexChangesTest {
    @TempDir
    Path dir;

    private static Message message(String nativeId, String conversation, String text, String export) {
        return new Message(Message.stableId(Platform.TWITTER, "DrTest", nativeId), Platform.TWITTER, "DrTest", nativeId,
                conversation, null, Instant.parse("2026-01-05T10:00:00Z"), false, new Author("42", "pat", "Pat"),
                List.of(), Direction.INBOUND, Visibility.DIRECT, text, List.of(), new SourceRef(export, "data/dm.js", "element 0"));
    }

    @Test
    void anUnchangedMessageIsNotWrittenAgainEvenFromAnotherCopyOfTheExport() throws Exception {
        Message m = message("1", "c1", "is the office open on Saturday?", "/exports/a.zip");
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            assertThat(index.upsertIfChanged(m, List.of(), "R1")).isTrue();
            index.commit();
            assertThat(index.upsertIfChanged(m, List.of(), "R2")).isFalse();
            assertThat(index.upsertIfChanged(message("1", "c1", "is the office open on Saturday?", "/copy/a"), List.of(), "R2"))
                    .isFalse();
            index.commit();
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(1);
                assertThat(search.countWrittenBy(List.of("R1"))).isEqualTo(1);
                assertThat(search.countWrittenBy(List.of("R2"))).isZero();
            }
        }
    }

    @Test
    void changedTextOrSignalsAreWrittenAndMarkTheirExchangeAsTouchedByTheRun() throws Exception {
        Message a = message("1", "c1", "my son has a fever", "/e");
        Message b = message("2", "c2", "thanks!", "/e");
        Signal fever = new Signal("clinical", "symptom", a.id(), 14, 19, "fever", "clin.symptom");
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            index.upsertIfChanged(a, List.of(), "R1");
            index.upsertIfChanged(b, List.of(), "R1");
            index.commit();
            assertThat(index.upsertIfChanged(a, List.of(fever), "R2")).isTrue();
            assertThat(index.upsertIfChanged(message("2", "c2", "thanks a lot!", "/e"), List.of(), "R3")).isTrue();
            index.commit();
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(2);
                assertThat(search.exchangesWrittenBy(List.of("R2")))
                        .containsExactly(Message.exchangeId(Platform.TWITTER, "DrTest", "c1"));
                assertThat(search.exchangesWrittenBy(List.of("R1"))).isEmpty();
                assertThat(search.exchangesWrittenBy(List.of("R2", "R3"))).hasSize(2);
                assertThat(search.count("run:R3")).isEqualTo(1);
            }
        }
    }
}
