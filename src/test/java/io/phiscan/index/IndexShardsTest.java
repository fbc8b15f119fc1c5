package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards written by workers merge into the main index as a run in one process would have written it. */
class IndexShardsTest {
    @TempDir
    Path dir;

    private static Message message(String nativeId, String text, String export) {
        return new Message(Message.stableId(Platform.TWITTER, "DrTest", nativeId), Platform.TWITTER, "DrTest", nativeId,
                "c" + nativeId, null, Instant.parse("2026-01-05T10:00:00Z"), false, new Author("42", "pat", "Pat"),
                List.of(), Direction.INBOUND, Visibility.DIRECT, text, List.of(), new SourceRef(export, "data/dm.js", "element 0"));
    }

    @Test
    void everyMessageEndsAsOneDocumentAndOnlyChangedOnesCarryTheRun() throws Exception {
        Path main = dir.resolve("index");
        try (MessageIndex index = MessageIndex.openForWriting(main, 16)) {
            index.upsertIfChanged(message("1", "unchanged since R1", "/a"), List.of(), "R1");
            index.upsertIfChanged(message("2", "old text", "/a"), List.of(), "R1");
            index.commit();
        }
        Path s1 = dir.resolve("shards/R2/part-1");
        Path s2 = dir.resolve("shards/R2/part-2");
        try (ShardIndex shard = ShardIndex.open(s1, main, 16)) {
            assertThat(shard.upsertIfChanged(message("1", "unchanged since R1", "/a"), List.of(), "R2")).isFalse();
            assertThat(shard.upsertIfChanged(message("2", "new text", "/a"), List.of(), "R2")).isTrue();
            assertThat(shard.upsertIfChanged(message("3", "in two exports", "/a"), List.of(), "R2")).isTrue();
            shard.commit();
            shard.upsertIfChanged(message("3", "in two exports", "/a"), List.of(), "R2");
            shard.commit();
        }
        try (ShardIndex shard = ShardIndex.open(s2, main, 16)) {
            assertThat(shard.upsertIfChanged(message("3", "in two exports", "/b"), List.of(), "R2")).isTrue();
            assertThat(shard.upsertIfChanged(message("4", "only here", "/b"), List.of(), "R2")).isTrue();
            shard.commit();
        }
        Files.createDirectories(dir.resolve("shards/R2/part-3"));
        try (MessageIndex index = MessageIndex.openForWriting(main, 16)) {
            IndexShards.Merged merged = IndexShards.merge(index, List.of(s1, s2, dir.resolve("shards/R2/part-3"),
                    dir.resolve("shards/R2/part-9")));
            assertThat(merged).isEqualTo(new IndexShards.Merged(2, 3, 1));
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(4);
                assertThat(search.countWrittenBy(List.of("R1"))).isEqualTo(1);
                assertThat(search.countWrittenBy(List.of("R2"))).isEqualTo(3);
                assertThat(search.count("text:new")).isEqualTo(1);
                assertThat(search.count("text:old")).isZero();
                // a message in two shards is kept from the last one, as a later write wins in one process
                assertThat(search.messages(List.of(message("3", "", "").id())).get(0).message().source().export())
                        .isEqualTo("/b");
            }
            // merging the same shards again changes nothing
            IndexShards.merge(index, List.of(s1, s2));
            try (IndexSearch search = index.search(false)) {
                assertThat(search.count()).isEqualTo(4);
                assertThat(search.countWrittenBy(List.of("R2"))).isEqualTo(3);
            }
        }
    }
}
