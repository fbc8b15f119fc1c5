package io.phiscan.index;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.StoredJson;
import io.phiscan.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Turns messages into Lucene documents and back. Thread-safe. */
final class MessageDocuments {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(InstantJson.module()).build();
    private static final String SOURCE_EXPORT = "_source_export";
    private static final String SOURCE_ENTRY = "_source_entry";
    private static final String SOURCE_POSITION = "_source_position";
    /** How much of a value too long for a term its term keeps, before a hash of the whole. */
    private static final int LONG_TERM_KEPT = 1000;

    /**
     * A message as its document stores it: {@link Message}'s properties, of which the text and
     * the source are in fields of their own (null here) in every document written since they were.
     */
    private record Stored(String id, Platform platform, String account, String nativeId, String conversationId,
            String inReplyTo, Instant at, boolean localTime, Author author, List<Author> recipients, Direction direction,
            Visibility visibility, String text, List<String> attachments, SourceRef source) {
    }

    private static final TypeReference<List<Signal>> SIGNALS = new TypeReference<>() {
    };
    static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT_WITH_OFFSETS = t;
    }

    private MessageDocuments() {
    }

    static Document toDocument(Message m, List<Signal> signals) {
        return toDocument(m, signals, null);
    }

    /**
     * The signals as the index stores them. Most messages have none: their {@code []}, what the
     * mapper writes of an empty list, is written without it (most of the time writing signals
     * took in the benchmark's audit of 1,000,000 messages).
     */
    static byte[] signalJson(List<Signal> signals) {
        return signals.isEmpty() ? new byte[] {'[', ']'} : JSON.writeValueAsBytes(signals);
    }

    /** The document of a message written by a run ({@code runId} may be {@code null}). */
    static Document toDocument(Message m, List<Signal> signals, String runId) {
        byte[] signalJson = signalJson(signals);
        byte[] core = core(m);
        return toDocument(m, signals, signalJson, core, contentHash(core, m.text(), signalJson), runId);
    }

    /**
     * The message as stored, without its text (stored once, in its own field) and without where
     * it was read (stored in fields of its own, and left out of the content hash).
     */
    static byte[] core(Message m) {
        return CoreJson.write(m);
    }

    /** The document of a message whose stored forms and content hash are already known. */
    static Document toDocument(Message m, List<Signal> signals, byte[] signalJson, byte[] core, byte[] hash, String runId) {
        Document d = new Document();
        d.add(new BinaryDocValuesField(IndexFields.HASH, new BytesRef(hash)));
        if (runId != null) {
            keyword(d, IndexFields.RUN, runId);
        }
        d.add(new StringField(IndexFields.ID, m.id(), Field.Store.YES));
        keyword(d, IndexFields.PLATFORM, m.platform().id());
        keyword(d, IndexFields.ACCOUNT, m.account());
        keyword(d, IndexFields.CONVERSATION, m.conversationId());
        String exchange = Message.exchangeId(m.platform(), m.account(), m.conversationId());
        d.add(new StringField(IndexFields.EXCHANGE, exchange, Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.EXCHANGE, new BytesRef(exchange)));
        if (m.author().handle() != null) {
            keyword(d, IndexFields.AUTHOR, m.author().handle());
        }
        if (m.author().id() != null) {
            keyword(d, IndexFields.AUTHOR_ID, m.author().id());
        }
        if (m.author().name() != null) {
            d.add(new TextField(IndexFields.AUTHOR_NAME, m.author().name(), Field.Store.NO));
        }
        keyword(d, IndexFields.DIRECTION, m.direction().id());
        keyword(d, IndexFields.VISIBILITY, m.visibility().id());
        long at = m.at().toEpochMilli();
        d.add(new LongPoint(IndexFields.AT, at));
        d.add(new NumericDocValuesField(IndexFields.AT, at));
        d.add(new Field(IndexFields.TEXT, m.text(), TEXT_WITH_OFFSETS));
        Set<String> tags = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Signal s : signals) {
            tags.add(s.tag());
            tags.add(s.kind());
            rules.add(s.rule());
        }
        tags.forEach(t -> keyword(d, IndexFields.SIGNAL, t));
        rules.forEach(r -> keyword(d, IndexFields.RULE, r));
        d.add(new StringField(IndexFields.EXPORT, fitted(m.source().export()), Field.Store.NO));
        d.add(new StringField(IndexFields.FILE, fitted(m.source().file()), Field.Store.NO));
        d.add(new StoredField(IndexFields.SOURCE, core));
        d.add(new StoredField(SOURCE_EXPORT, m.source().export()));
        d.add(new StoredField(SOURCE_ENTRY, m.source().entry() == null ? "" : m.source().entry()));
        d.add(new StoredField(SOURCE_POSITION, m.source().position() == null ? "" : m.source().position()));
        d.add(new StoredField(IndexFields.SIGNALS, signalJson));
        return d;
    }

    /**
     * A hash of what a message says and the signals found in it, leaving out where it was read:
     * the same message found again in another copy of an export hashes the same.
     */
    static byte[] contentHash(Message m, List<Signal> signals) {
        return contentHash(core(m), m.text(), signalJson(signals));
    }

    /** The content hash of a message from its stored forms. */
    static byte[] contentHash(byte[] core, String text, byte[] signalJson) {
        java.security.MessageDigest digest = io.phiscan.model.Sha256.newDigest();
        digest.update(core);
        digest.update((byte) 0);
        digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(signalJson);
        return java.util.Arrays.copyOf(digest.digest(), 16);
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, term(value), Field.Store.NO));
    }

    /**
     * A keyword's value as the index holds it and queries look for it: in lower case, and
     * {@link #fitted} (an export's ids, handles and names are whatever its files say).
     */
    static String term(String value) {
        return fitted(value.toLowerCase(Locale.ROOT));
    }

    /**
     * The value, or, when it is longer than a term can be (32,766 bytes of UTF-8, beyond which
     * Lucene refuses the whole document), its first 1,000 characters and a hash of the whole.
     */
    static String fitted(String value) {
        if (value.length() <= IndexWriter.MAX_TERM_LENGTH / 3
                || value.getBytes(StandardCharsets.UTF_8).length <= IndexWriter.MAX_TERM_LENGTH) {
            return value;
        }
        int kept = Character.isHighSurrogate(value.charAt(LONG_TERM_KEPT - 1)) ? LONG_TERM_KEPT - 1 : LONG_TERM_KEPT;
        return value.substring(0, kept) + "…" + Message.hash(value, 16);
    }

    static IndexedMessage fromDocument(Document d) {
        BytesRef core = d.getBinaryValue(IndexFields.SOURCE);
        BytesRef signals = d.getBinaryValue(IndexFields.SIGNALS);
        try {
            Message m;
            try (JsonParser p = JSON.createParser(core.bytes, core.offset, core.length)) {
                m = StoredJson.message(p, d.get(IndexFields.TEXT), () -> source(d));
            }
            if (signals == null) {
                return new IndexedMessage(m, new ArrayList<>());
            }
            try (JsonParser p = JSON.createParser(signals.bytes, signals.offset, signals.length)) {
                return new IndexedMessage(m, new ArrayList<>(StoredJson.signals(p)));
            }
        } catch (RuntimeException e) {
            return fromDocumentByMapper(d);
        }
    }

    private static SourceRef source(Document d) {
        return new SourceRef(d.get(SOURCE_EXPORT), d.get(SOURCE_ENTRY), d.get(SOURCE_POSITION));
    }

    /** A document whose stored forms are in another shape than {@link StoredJson} reads, read by the mapper. */
    static IndexedMessage fromDocumentByMapper(Document d) {
        BytesRef bytes = d.getBinaryValue(IndexFields.SOURCE);
        Stored c = JSON.readValue(bytes.bytes, bytes.offset, bytes.length, Stored.class);
        Message m = new Message(c.id(), c.platform(), c.account(), c.nativeId(), c.conversationId(), c.inReplyTo(), c.at(),
                c.localTime(), c.author(), c.recipients(), c.direction(), c.visibility(),
                c.text() != null ? c.text() : d.get(IndexFields.TEXT), c.attachments(),
                c.source() != null ? c.source() : source(d));
        BytesRef s = d.getBinaryValue(IndexFields.SIGNALS);
        List<Signal> signals = s == null ? List.of() : JSON.readValue(s.bytes, s.offset, s.length, SIGNALS);
        return new IndexedMessage(m, new ArrayList<>(signals));
    }
}
