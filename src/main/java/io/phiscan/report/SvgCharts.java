package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingStore;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The report's charts, drawn as inline SVG (no script, no fetch): findings over time (by the
 * month, or year, the exchange began, stacked by severity), findings by platform, and the
 * counterparts with the most findings. Labels go in as text nodes. Stateless.
 */
final class SvgCharts {
    private static final int W = 400;
    private static final int TOP_COUNTERPARTS = 10;
    /** The width of a digit or a hyphen at the charts' 13 px (about 8.3 in the usual fonts), kept for numbers and months. */
    private static final double DIGIT = 9;
    /** Characters of a bar's label put in the page; the browser shows what fits, ending it with an ellipsis. */
    private static final int LABEL_CHARS = 60;

    private SvgCharts() {
    }

    static void append(Element section, List<FindingStore.Stored> findings, Audience audience) {
        section.appendElement("h2").text("Charts");
        Element row = section.appendElement("div").addClass("charts");
        overTime(figure(row, "Findings over time (when the exchange began)"), findings, audience);
        Map<String, Map<Severity, Integer>> byPlatform = new TreeMap<>();
        Map<String, Map<Severity, Integer>> byPerson = new LinkedHashMap<>();
        for (FindingStore.Stored s : findings) {
            Finding f = s.finding();
            add(byPlatform, f.platform().id(), f.severity());
            for (Author a : f.counterparts()) {
                add(byPerson, audience.person(a, false), f.severity());
            }
        }
        bars(figure(row, "Findings by platform"), byPlatform, "platform");
        List<Map.Entry<String, Map<Severity, Integer>>> top = new ArrayList<>(byPerson.entrySet());
        top.sort((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())));
        Map<String, Map<Severity, Integer>> topMap = new LinkedHashMap<>();
        top.stream().limit(TOP_COUNTERPARTS).forEach(e -> topMap.put(e.getKey(), e.getValue()));
        bars(figure(row, "Counterparts with the most findings"), topMap, "counterpart");
    }

    private static Element figure(Element row, String caption) {
        Element fig = row.appendElement("figure").addClass("chart");
        fig.appendElement("figcaption").text(caption);
        return fig;
    }

    private static void add(Map<String, Map<Severity, Integer>> m, String key, Severity s) {
        m.computeIfAbsent(key, k -> new EnumMap<>(Severity.class)).merge(s, 1, Integer::sum);
    }

    private static int total(Map<Severity, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Element svg(Element parent, int height, String label) {
        Element svg = parent.appendElement("svg").attr("viewBox", "0 0 " + W + " " + height).attr("role", "img")
                .attr("aria-label", label).attr("xmlns", "http://www.w3.org/2000/svg");
        svg.appendElement("title").text(label);
        return svg;
    }

    private static void overTime(Element fig, List<FindingStore.Stored> findings, Audience audience) {
        if (findings.isEmpty()) {
            fig.appendElement("p").addClass("meta").text("No findings.");
            return;
        }
        List<YearMonth> months = findings.stream()
                .map(s -> YearMonth.from(s.finding().messages().get(0).at().atZone(ZoneOffset.UTC))).toList();
        YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
        boolean years = audience.redacted() || first.plusMonths(36).isBefore(last);
        Map<String, Map<Severity, Integer>> buckets = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            buckets.putIfAbsent(years ? String.valueOf(m.getYear()) : m.toString(), new EnumMap<>(Severity.class));
        }
        for (int i = 0; i < findings.size(); i++) {
            YearMonth m = months.get(i);
            add(buckets, years ? String.valueOf(m.getYear()) : m.toString(), findings.get(i).finding().severity());
        }
        int height = 200;
        int bottom = 176;
        int max = buckets.values().stream().mapToInt(SvgCharts::total).max().orElse(1);
        // room for the highest count, drawn right-aligned left of the axis
        int left = (int) Math.max(30, Math.ceil(12 + DIGIT * String.valueOf(max).length()));
        Element svg = svg(fig, height, "Findings per " + (years ? "year" : "month") + ", by severity");
        axis(svg, left, bottom, max);
        double slot = (double) (W - left - 10) / buckets.size();
        double bar = Math.max(2, Math.min(40, slot * 0.7));
        int i = 0;
        int labelEvery = (int) Math.ceil(buckets.size() / 5.0);
        for (Map.Entry<String, Map<Severity, Integer>> e : buckets.entrySet()) {
            double x = left + i * slot + (slot - bar) / 2;
            double y = bottom;
            for (Severity s : Severity.values()) {
                int n = e.getValue().getOrDefault(s, 0);
                if (n > 0) {
                    double h = (bottom - 20.0) * n / max;
                    y -= h;
                    rect(svg, x, y, bar, h, "b-" + s.id()).appendElement("title").text(e.getKey() + ": " + n + " " + s.id());
                }
            }
            if (i % labelEvery == 0) {
                // centred under its bar, but moved in where the first or the last would reach past an edge
                double half = DIGIT * e.getKey().length() / 2;
                text(svg, Math.min(Math.max(x + bar / 2, half + 1), W - half - 1), bottom + 16, e.getKey(), "middle");
            }
            i++;
        }
    }

    private static void axis(Element svg, int left, int bottom, int max) {
        svg.appendElement("line").attr("x1", String.valueOf(left)).attr("x2", String.valueOf(W - 5))
                .attr("y1", String.valueOf(bottom)).attr("y2", String.valueOf(bottom)).addClass("ax");
        text(svg, left - 6, bottom, "0", "end");
        text(svg, left - 6, 24, String.valueOf(max), "end");
    }

    private static void bars(Element fig, Map<String, Map<Severity, Integer>> rows, String what) {
        if (rows.isEmpty()) {
            fig.appendElement("p").addClass("meta").text("No findings.");
            return;
        }
        int rowH = 22;
        int height = rows.size() * rowH + 10;
        int left = 170;
        int max = rows.values().stream().mapToInt(SvgCharts::total).max().orElse(1);
        // the longest bar leaves room for its count after it
        double room = W - left - 10 - DIGIT * String.valueOf(max).length();
        Element svg = svg(fig, height, "Findings by " + what + ", by severity");
        int i = 0;
        for (Map.Entry<String, Map<Severity, Integer>> e : rows.entrySet()) {
            double y = 5 + i * rowH;
            label(svg, y, left - 8, rowH, e.getKey());
            double x = left;
            for (Severity s : Severity.values()) {
                int n = e.getValue().getOrDefault(s, 0);
                if (n > 0) {
                    double w = room * n / max;
                    rect(svg, x, y + 3, w, rowH - 6, "b-" + s.id()).appendElement("title").text(n + " " + s.id());
                    x += w;
                }
            }
            text(svg, x + 6, y + 15, String.valueOf(total(e.getValue())), "start");
            i++;
        }
    }

    /**
     * A bar's label, right-aligned in the box left of the bar: an HTML line in a {@code
     * foreignObject}, so that the browser, which alone knows how wide the font draws it, shows what
     * fits the box and ends it with an ellipsis. An SVG {@code text} drawn from the bar leftwards ran
     * past the chart's left edge when wide (a name in capitals, in Chinese, with a sign for a bidi
     * control), cut there. The whole label is its tooltip, the text of an SVG {@code title} (a
     * value from an export goes into no attribute).
     */
    private static void label(Element svg, double y, double width, int height, String label) {
        String shown = label.codePointCount(0, label.length()) <= LABEL_CHARS ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
        Element g = svg.appendElement("g");
        g.appendElement("title").text(label);
        g.appendElement("foreignObject").attr("x", "0").attr("y", num(y)).attr("width", num(width))
                .attr("height", String.valueOf(height)).appendElement("div").addClass("label").attr("dir", "auto").text(shown);
    }

    private static Element rect(Element svg, double x, double y, double w, double h, String cls) {
        return svg.appendElement("rect").attr("x", num(x)).attr("y", num(y)).attr("width", num(w)).attr("height", num(h))
                .addClass(cls);
    }

    private static Element text(Element svg, double x, double y, String s, String anchor) {
        return svg.appendElement("text").attr("x", num(x)).attr("y", num(y)).attr("text-anchor", anchor).text(s);
    }

    private static String num(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
