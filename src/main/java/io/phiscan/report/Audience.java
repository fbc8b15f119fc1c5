package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Signal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Who a rendered page is for, and so what it may show: the full report shows everything the
 * exports hold; the redacted report ({@link RedactedAudience}) masks whatever identifies a
 * patient. Every value taken from an export passes through one of these methods before it is
 * put on a page. Instances are used by one rendering at a time.
 */
abstract class Audience {
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** The page's file name. */
    abstract String file();

    /** Whether identifiers are masked on this page. */
    abstract boolean redacted();

    /** A person as the page names them; {@code owner} when they are the archive's owner. */
    abstract String person(Author author, boolean owner);

    /** Plain message text (or a part of it) between the marked signals. */
    abstract String text(String plain);

    /** What the page shows for the span of an identifier signal. */
    abstract String identifier(Signal signal, String span);

    /** When a message was sent. */
    abstract String when(Instant at, boolean localTime);

    /** The day an exchange began, for the list of findings. */
    abstract String day(Instant at);

    /** The conversation or thread id (or title) as exports give it, or {@code null} to leave it out. */
    abstract String thread(String conversationId);

    /** The file and position a message was read from, or {@code null} to leave it out. */
    abstract String source(String source);

    /** An export the run read, the {@code number}th in the page's table (from 1), as the page names it. */
    abstract String export(String path, int number);

    /** The full page: everything as the exports hold it. */
    static Audience full() {
        return new Audience() {
            @Override
            String file() {
                return HtmlReportWriter.FILE;
            }

            @Override
            boolean redacted() {
                return false;
            }

            @Override
            String person(Author a, boolean owner) {
                return FindingsCsvWriter.person(a);
            }

            @Override
            String text(String plain) {
                return plain;
            }

            @Override
            String identifier(Signal signal, String span) {
                return span;
            }

            @Override
            String when(Instant at, boolean localTime) {
                return MINUTE.format(at) + (localTime ? " (local time, zone unknown)" : "");
            }

            @Override
            String day(Instant at) {
                return DAY.format(at);
            }

            @Override
            String thread(String conversationId) {
                return conversationId;
            }

            @Override
            String source(String source) {
                return source;
            }

            @Override
            String export(String path, int number) {
                return path;
            }
        };
    }
}
