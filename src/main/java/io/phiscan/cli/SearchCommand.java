package io.phiscan.cli;

import io.phiscan.index.IndexSearch;
import io.phiscan.index.SearchHit;
import io.phiscan.job.Terminal;
import io.phiscan.model.Message;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan search}: Lucene query syntax over the index, matches highlighted. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches every indexed message, matching words highlighted.",
                "",
                "Lucene query syntax; words are ANDed. Fields: text (default), platform, account,",
                "author (handle), author_id, author_name, conversation, direction, visibility,",
                "signal (a kind, e.g. signal:clinical, or a kind and category in quotes:",
                "signal:\"clinical:medication\"), rule (e.g. rule:clin.medication), run (the",
                "run that last wrote the message). Example:",
                "  phiscan search 'amoxicillin AND platform:twitter AND direction:inbound'"})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", description = "The query, in Lucene syntax.")
    String query;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", paramLabel = "N", description = "At most this many matches (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Highlight with terminal colors: auto (when standard output is a terminal, TERM is not dumb and "
                    + "NO_COLOR is not set), always or never (never marks matches as **word**).")
    String color;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean ansi = switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> Terminal.colors();
            default -> throw new ExitCodes.UsageException("--color takes auto, always or never");
        };
        if (limit < 1) {
            throw new ExitCodes.UsageException("--limit must be 1 or more, not " + limit);
        }
        PrintWriter o = spec.commandLine().getOut();
        io.phiscan.job.Workspace ws = workspace.existing();
        if (!IndexSearch.exists(ws.index())) {
            throw new ExitCodes.UsageException("the workspace " + ws.root() + " has no index: run an audit first");
        }
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            int total = search.count(query);
            List<SearchHit> hits = search.search(query, limit);
            for (SearchHit hit : hits) {
                Message m = hit.message();
                String who = m.author().handle() != null ? "@" + m.author().handle()
                        : m.author().name() != null ? m.author().name() : m.author().id();
                o.printf("%s  %s  %s  %s  %s %s%n", m.id(), m.at(), m.platform().id(), Terminal.oneLine(who), m.direction().id(),
                        m.visibility().id());
                o.printf("    %s%n", mark(hit.snippet(), ansi).replace("\n", "\n    "));
            }
            o.printf("%d of %d match(es)%n", hits.size(), total);
        }
        o.flush();
        return ExitCodes.DONE;
    }

    static String mark(String snippet, boolean ansi) {
        String start = ansi ? "\u001b[1;31m" : "**";
        String end = ansi ? "\u001b[0m" : "**";
        StringBuilder out = new StringBuilder(snippet.length());
        int from = 0;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                out.append(Terminal.printable(snippet.substring(from, i))).append(c == SearchHit.MARK_START ? start : end);
                from = i + 1;
            }
        }
        return out.append(Terminal.printable(snippet.substring(from))).toString();
    }
}
