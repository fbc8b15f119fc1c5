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

    @Test
    void aMessageWrittenTwiceIntoANewIndexIsOneDocumentWithTheLaterText() throws Exception {
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            index.upsertIfChanged(message("1", "c1", "my son has a rash", "/e"), List.of(), "R1");
            index.upsertIfChanged(message("2", "c1", "send a photo", "/e"), List.of(), "R1");
            index.upsertIfChanged(message("1", "c1", "my son has a fever", "/copy"), List.of(), "R1");
            index.commit();
            index.upsertIfChanged(message("1", "c1", "my son has a cough", "/e"), List.of(), "R1");
            index.upsertIfChanged(message("3", "c1", "thanks", "/e"), List.of(), "R1");
            index.commit();
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(3);
                assertThat(search.count("cough")).isEqualTo(1);
                assertThat(search.count("fever OR rash")).isZero();
            }
        }
    }

    @Test
    void messagesWrittenBySeveralThreadsAtOnceAreOneDocumentEach() throws Exception {
        int distinct = 5_000;
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            onThreads(4, thread -> {
                // every thread writes every id, in its own order and with its own text
                for (int i = 0; i < distinct; i++) {
                    int n = (i * 7 + thread * 1_013) % distinct;
                    index.upsertIfChanged(message(String.valueOf(n), "c" + n % 50, "message " + n + " from " + thread, "/e"),
                            List.of(), "R1");
                    if (i % 1_000 == 999) {
                        index.commit();
                    }
                }
            });
            index.commit();
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(distinct);
            }
        }
        // written again in a later run, into an index that holds them: still one each
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            for (int n = 0; n < distinct + 100; n++) {
                index.upsertIfChanged(message(String.valueOf(n), "c" + n % 50, "message " + n + " again", "/e"), List.of(), "R2");
            }
            index.commit();
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(distinct + 100);
                assertThat(search.count("again")).isEqualTo(distinct + 100);
            }
        }
    }

    /**
     * The same messages written by two threads at the same moment, in the same order (one export
     * beside its own zip, read side by side), are one document each.
     */
    @Test
    void theSameMessagesWrittenByTwoThreadsInStepAreOneDocumentEach() throws Exception {
        int distinct = 20_000;
        for (int round = 0; round < 3; round++) {
            java.nio.file.Path here = dir.resolve("round-" + round);
            try (MessageIndex index = MessageIndex.openForWriting(here, 16)) {
                onThreads(2, thread -> {
                    for (int n = 0; n < distinct; n++) {
                        index.upsertIfChanged(message(String.valueOf(n), "c" + n % 50, "message " + n, "/exports/copy-" + thread),
                                List.of(), "R1");
                    }
                });
                index.commit();
                try (IndexSearch search = index.search(false)) {
                    assertThat(search.count()).as("round " + round).isEqualTo(distinct);
                }
            }
        }
    }

    /** Work that a thread of {@link #onThreads} does, knowing its number. */
    private interface ThreadWork {
        void run(int thread) throws Exception;
    }

    /** Runs the work on that many threads, all starting at the same moment, and waits for them. */
    private static void onThreads(int threads, ThreadWork work) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    work.run(thread);
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
