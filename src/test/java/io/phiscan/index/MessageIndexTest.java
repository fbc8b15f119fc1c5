package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over a tiny corpus, with exact counts. */
class MessageIndexTest {
    @TempDir
    Path dir;

    static Message message(String nativeId, String conversation, Direction direction, String handle, String text) {
        return new Message(Message.stableId(Platform.TWITTER, "drtest", nativeId), Platform.TWITTER, "drtest", nativeId,
                conversation, null, Instant.parse("2025-01-0" + (nativeId.length() % 9 + 1) + "T10:00:00Z"), false,
                new Author(null, handle, null), List.of(), direction, Visibility.DIRECT, text, List.of(),
                new SourceRef("export.zip", "data/direct-messages.js", "element 0"));
    }

    static final List<Message> CORPUS = List.of(
            message("1", "dm:a", Direction.INBOUND, "Jdoe", "Is amoxicillin ok for the rash?"),
            message("22", "dm:a", Direction.OUTBOUND, "drtest", "Please call the office."),
            message("333", "dm:b", Direction.INBOUND, "other", "Amoxicillin made her itchy"),
            message("4444", "dm:c", Direction.INBOUND, "jdoe", "Dinner on Friday?"));

    private void write(List<Message> messages) throws IOException {
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            for (Message m : messages) {
                index.upsert(m, m.text().contains("moxicillin")
                        ? List.of(new Signal("clinical", "medication", m.id(), 0, 3, "amo", "clin.medication")) : List.of());
            }
            index.commit();
        }
    }

    @Test
    void countsMatchesOfWordsAndFields() throws IOException {
        write(CORPUS);
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.count()).isEqualTo(4);
            assertThat(s.count("amoxicillin")).isEqualTo(2);
            assertThat(s.count("amoxicillin AND author:jdoe")).isEqualTo(1);
            assertThat(s.count("author:JDOE")).isEqualTo(2);
            assertThat(s.count("direction:outbound")).isEqualTo(1);
            assertThat(s.count("signal:clinical\\:medication")).isEqualTo(2);
            assertThat(s.count("rule:clin.medication AND platform:twitter")).isEqualTo(2);
        }
    }

    @Test
    void writingTheSameMessagesAgainChangesNothing() throws IOException {
        write(CORPUS);
        write(CORPUS);
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.count()).isEqualTo(4);
        }
    }

    @Test
    void exchangesAreAssembledWithTheirSignals() throws IOException {
        write(CORPUS);
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.exchanges(List.of("drtest"))).hasSize(3);
            assertThat(s.exchanges(List.of("someone-else"))).isEmpty();
            String a = Message.exchangeId(Platform.TWITTER, "drtest", "dm:a");
            List<IndexedMessage> messages = s.exchanges().read(a);
            assertThat(messages).extracting(m -> m.message().text())
                    .containsExactlyInAnyOrder("Is amoxicillin ok for the rash?", "Please call the office.");
            assertThat(messages).filteredOn(m -> m.message().nativeId().equals("1")).singleElement()
                    .satisfies(m -> {
                        assertThat(m.message()).isEqualTo(CORPUS.get(0));
                        assertThat(m.signals()).extracting(Signal::rule).containsExactly("clin.medication");
                    });
        }
    }

    @Test
    void exchangesAreReadWholeAcrossSegmentsInAnyOrder() throws IOException {
        write(CORPUS);
        // a second segment: one message of dm:a replaced (its first copy deleted), one added
        write(List.of(message("22", "dm:a", Direction.OUTBOUND, "drtest", "Please call the office today."),
                message("55555", "dm:a", Direction.INBOUND, "jdoe", "Thanks")));
        String a = Message.exchangeId(Platform.TWITTER, "drtest", "dm:a");
        String b = Message.exchangeId(Platform.TWITTER, "drtest", "dm:b");
        String c = Message.exchangeId(Platform.TWITTER, "drtest", "dm:c");
        try (IndexSearch s = IndexSearch.open(dir)) {
            ExchangeCursor exchanges = s.exchanges();
            for (String id : List.of(c, a, b, Message.exchangeId(Platform.TWITTER, "drtest", "dm:none"), a)) {
                List<String> texts = exchanges.read(id).stream().map(m -> m.message().text()).toList();
                if (id.equals(a)) {
                    assertThat(texts).containsExactlyInAnyOrder("Is amoxicillin ok for the rash?", "Please call the office today.",
                            "Thanks");
                } else if (id.equals(b)) {
                    assertThat(texts).containsExactly("Amoxicillin made her itchy");
                } else if (id.equals(c)) {
                    assertThat(texts).containsExactly("Dinner on Friday?");
                } else {
                    assertThat(texts).isEmpty();
                }
            }
        }
    }

    @Test
    void searchMarksTheMatchingWords() throws IOException {
        write(CORPUS);
        try (IndexSearch s = IndexSearch.open(dir)) {
            List<SearchHit> hits = s.search("itchy", 10);
            assertThat(hits).singleElement().satisfies(h -> assertThat(h.snippet())
                    .contains(SearchHit.MARK_START + "itchy" + SearchHit.MARK_END));
        }
    }

    @Test
    void anInvalidQueryIsAClearError() throws IOException {
        write(CORPUS);
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThatThrownBy(() -> s.count("amoxicillin AND (")).isInstanceOf(InvalidQueryException.class)
                    .hasMessageStartingWith("not a valid query");
        }
    }

    @Test
    void valuesLongerThanATermAreIndexedAndFound() throws IOException {
        // an export's sender id, handle, conversation id or owner is whatever its file says: here 40,000 characters
        String longer = "1".repeat(40_000);
        String account = "dr" + "é".repeat(20_000);
        Message m = new Message(Message.stableId(Platform.TWITTER, account, "1"), Platform.TWITTER, account, "1",
                longer + "-2", null, Instant.parse("2025-01-02T10:00:00Z"), false, new Author(longer, "h" + longer, "Jo"),
                List.of(), Direction.INBOUND, Visibility.DIRECT, "Is amoxicillin ok for the rash?", List.of(),
                new SourceRef("export.zip", "data/direct-messages.js", "element 0"));
        write(List.of(m, CORPUS.get(3)));
        try (IndexSearch s = IndexSearch.open(dir)) {
            assertThat(s.count("amoxicillin")).isEqualTo(1);
            assertThat(s.exchanges(List.of(account))).containsExactly(
                    Message.exchangeId(Platform.TWITTER, account, longer + "-2"));
            assertThat(s.exchanges(List.of(account + "x"))).isEmpty();
            assertThat(s.exchanges().read(Message.exchangeId(Platform.TWITTER, account, longer + "-2")))
                    .extracting(IndexedMessage::message).containsExactly(m);
        }
    }

    @Test
    void aSecondWriterIsRefused() throws IOException {
        try (MessageIndex first = MessageIndex.openForWriting(dir, 16)) {
            assertThatThrownBy(() -> MessageIndex.openForWriting(dir, 16)).isInstanceOf(IndexLockedException.class);
        }
    }
}
