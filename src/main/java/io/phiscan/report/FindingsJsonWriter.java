package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code findings.json} exactly as the contract in DESIGN.md gives it (schema version 1),
 * streaming one finding at a time. Stateless and thread-safe.
 */
public final class FindingsJsonWriter {
    public static final String FILE = "findings.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public void write(RunReport report, Path dir) throws IOException {
        write(report, new OutputFolder(dir));
    }

    public void write(RunReport report, OutputFolder folder) throws IOException {
        try (OutputStream out = folder.create(FILE);
                JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberProperty("schemaVersion", 1);
            writeRun(g, report);
            g.writeArrayPropertyStart("findings");
            for (FindingStore.Stored stored : report.findings()) {
                writeFinding(g, stored.finding());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRun(JsonGenerator g, RunReport report) {
        RunStore.Run run = report.run();
        g.writeObjectPropertyStart("run");
        g.writeStringProperty("id", run.id());
        g.writeStringProperty("startedAt", run.startedAt().toString());
        g.writeStringProperty("finishedAt", report.finishedAt().toString());
        g.writeStringProperty("policy", run.policyVersion());
        g.writeArrayPropertyStart("inputs");
        for (RunStore.RunInput in : report.inputs()) {
            g.writeStartObject();
            g.writeStringProperty("path", in.path());
            g.writeStringProperty("platform", in.platform().id());
            g.writeStringProperty("account", in.account());
            g.writeStringProperty("layout", in.layout());
            g.writeNumberProperty("messages", in.messages());
            g.writeNumberProperty("skipped", in.skipped());
            g.writeNumberProperty("encrypted", in.encrypted());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("notes");
        report.notes().forEach(g::writeString);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("id", f.id());
        g.writeStringProperty("platform", f.platform().id());
        g.writeStringProperty("account", f.account());
        g.writeStringProperty("exchangeId", f.exchangeId());
        g.writeStringProperty("visibility", f.visibility().id());
        g.writeStringProperty("severity", f.severity().id());
        g.writeNumberProperty("score", f.score());
        g.writeBooleanProperty("ownerEngaged", f.ownerEngaged());
        g.writeStringProperty("status", f.status().id());
        g.writeStringProperty("policy", f.policyVersion());
        g.writeArrayPropertyStart("reasons");
        f.reasons().forEach(g::writeString);
        g.writeEndArray();
        g.writeArrayPropertyStart("counterparts");
        for (Author a : f.counterparts()) {
            g.writeStartObject();
            g.writeStringProperty("id", a.id());
            g.writeStringProperty("handle", a.handle());
            g.writeStringProperty("name", a.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("messages");
        for (Message m : f.messages()) {
            g.writeStartObject();
            g.writeStringProperty("id", m.id());
            g.writeStringProperty("at", InstantJson.text(m.at()));
            if (m.localTime()) {
                g.writeBooleanProperty("localTime", true);
            }
            g.writeStringProperty("author", m.author().handle() != null ? "@" + m.author().handle()
                    : m.author().name() != null ? m.author().name() : m.author().id());
            g.writeStringProperty("authorId", m.author().id());
            g.writeStringProperty("direction", m.direction().id());
            g.writeStringProperty("visibility", m.visibility().id());
            g.writeStringProperty("text", m.text());
            g.writeStringProperty("source", m.source().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("signals");
        for (Signal s : f.signals()) {
            g.writeStartObject();
            g.writeStringProperty("kind", s.kind());
            g.writeStringProperty("category", s.category());
            g.writeStringProperty("messageId", s.messageId());
            g.writeNumberProperty("start", s.start());
            g.writeNumberProperty("end", s.end());
            g.writeStringProperty("text", s.text());
            g.writeStringProperty("rule", s.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
