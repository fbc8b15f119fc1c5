package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index read slice by slice, in stored order: what a rescan annotates again. */
class IndexSlicesTest {
    @TempDir
    Path dir;

    @Test
    void theSlicesHoldEveryMessageOnceWithItsSignalsAndNoneReplaced() throws IOException {
        try (MessageIndex index = MessageIndex.openForWriting(dir, 16)) {
            for (Message m : MessageIndexTest.CORPUS) {
                index.upsert(m, List.of());
            }
            index.commit();
            // a second segment, and a message replaced: its first document is deleted
            Message edited = MessageIndexTest.message("22", "dm:a", Direction.OUTBOUND, "drtest", "Please call the office today.");
            index.upsert(edited, List.of(new Signal("clinical", "care-request", edited.id(), 0, 6, "Please", "clin.care")));
            index.upsert(MessageIndexTest.message("55555", "dm:d", Direction.INBOUND, "new", "Fever since Monday"), List.of());
            index.commit();

            try (IndexSearch search = index.search(true)) {
                List<IndexSearch.Slice> slices = search.slices(2);
                assertThat(slices).hasSizeGreaterThan(2);
                assertThat(slices).allSatisfy(s -> assertThat(s.size()).isBetween(1, 2));
                Map<String, String> texts = new TreeMap<>();
                List<String> read = new ArrayList<>();
                List<List<Signal>> signals = new ArrayList<>();
                for (IndexSearch.Slice slice : slices) {
                    search.read(slice, m -> {
                        read.add(m.message().nativeId());
                        texts.put(m.message().nativeId(), m.message().text());
                        if (m.message().nativeId().equals("22")) {
                            signals.add(m.signals());
                        }
                    });
                }
                assertThat(read).containsExactlyInAnyOrder("1", "22", "333", "4444", "55555");
                assertThat(texts).containsEntry("22", "Please call the office today.");
                assertThat(signals).singleElement().satisfies(s -> assertThat(s).extracting(Signal::rule).containsExactly("clin.care"));
            }
        }
    }
}
