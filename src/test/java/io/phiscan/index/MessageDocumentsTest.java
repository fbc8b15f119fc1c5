package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Finding;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.RandomFindings;
import io.phiscan.model.Signal;
import io.phiscan.model.StoredJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Messages read back from their documents: the token reader and the mapper agree, in both stored layouts. */
class MessageDocumentsTest {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(InstantJson.module()).build();

    @TempDir
    Path dir;

    @Test
    void documentsReadBackAsWrittenByBothReaders() throws IOException {
        Random random = new Random(11);
        Map<String, IndexedMessage> written = new HashMap<>();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Finding f = RandomFindings.finding(random);
            for (Message m : f.messages()) {
                List<Signal> signals = f.signals().stream().filter(s -> s.messageId().equals(m.id())).toList();
                if (written.putIfAbsent(m.id() + "/" + i, new IndexedMessage(m, signals)) != null) {
                    continue;
                }
                // every other document in the layout written before the text and source had fields of their own
                byte[] signalJson = MessageDocuments.signalJson(signals);
                byte[] core = i % 2 == 0 ? MessageDocuments.core(m) : JSON.writeValueAsBytes(m);
                Document d = MessageDocuments.toDocument(m, signals, signalJson, core, new byte[16], null);
                d.add(new org.apache.lucene.document.StoredField("_test_key", m.id() + "/" + i));
                docs.add(d);
            }
        }
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new MessageAnalyzer()))) {
            w.addDocuments(docs);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            StoredFields stored = reader.storedFields();
            assertThat(reader.numDocs()).isEqualTo(written.size());
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = stored.document(doc);
                IndexedMessage expected = written.get(d.get("_test_key"));
                assertThat(MessageDocuments.fromDocument(d)).isEqualTo(MessageDocuments.fromDocumentByMapper(d)).isEqualTo(expected);
                // the token reader itself reads both layouts (it does not leave them to the mapper)
                BytesRef core = d.getBinaryValue(IndexFields.SOURCE);
                try (JsonParser p = JSON.createParser(core.bytes, core.offset, core.length)) {
                    assertThat(StoredJson.message(p, d.get(IndexFields.TEXT), () -> expected.message().source()))
                            .isEqualTo(expected.message());
                }
                BytesRef signals = d.getBinaryValue(IndexFields.SIGNALS);
                try (JsonParser p = JSON.createParser(signals.bytes, signals.offset, signals.length)) {
                    assertThat(StoredJson.signals(p)).isEqualTo(expected.signals());
                }
            }
        }
    }

    @Test
    void noSignalsAreStoredAsTheMapperWritesAnEmptyList() {
        // the stored form goes into the content hash: it must not change
        assertThat(MessageDocuments.signalJson(List.of()))
                .isEqualTo(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(List.of()));
    }
}
