package io.phiscan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Script, event-handler, {@code javascript:} and CSS payloads as a hostile export could carry
 * them in a message, a name, a handle or a thread title. Each one, if it ever ran or loaded,
 * would change the page's title, count itself in {@code window.__pwned}, or call back to
 * {@code base} (a local server the test watches).
 */
final class HostilePayloads {
    private HostilePayloads() {
    }

    static List<String> all(String base) {
        String js = "document.title='PWNED';window.__pwned=(window.__pwned||0)+1;new Image().src='" + base + "/js'";
        List<String> p = new ArrayList<>();
        p.add("<script>" + js + "</script>");
        p.add("<img src=\"" + base + "/img\" onerror=\"" + js + "\">");
        p.add("<svg onload=\"" + js + "\"></svg>");
        p.add("<svg><script>" + js + "</script></svg>");
        p.add("\"><script>" + js + "</script>");
        p.add("'><img src=" + base + "/quote onerror=" + js.replace(' ', '/') + ">");
        p.add("<a id=\"xss-link\" href=\"javascript:" + js + "\">open</a>");
        p.add("javascript:" + js);
        p.add("<iframe src=\"" + base + "/iframe\"></iframe>");
        p.add("<iframe srcdoc=\"<script>parent." + js + "</script>\"></iframe>");
        p.add("<object data=\"" + base + "/object\"></object><embed src=\"" + base + "/embed\">");
        p.add("<link rel=\"stylesheet\" href=\"" + base + "/link\">");
        p.add("<style>@import url(" + base + "/import);body{background:url(" + base + "/bg)}</style>");
        p.add("<div style=\"background-image:url(" + base + "/inline-style)\">x</div>");
        p.add("</style><script>" + js + "</script>");
        p.add("</script><script>" + js + "</script>");
        p.add("</textarea></title><script>" + js + "</script>");
        p.add("<meta http-equiv=\"refresh\" content=\"0;url=" + base + "/refresh\">");
        p.add("<base href=\"" + base + "/base/\">");
        p.add("<form action=\"" + base + "/form\"><button id=\"xss-form\">go</button></form>");
        p.add("<details open ontoggle=\"" + js + "\">x</details>");
        p.add("<body onload=\"" + js + "\">");
        p.add("<input autofocus onfocus=\"" + js + "\">");
        p.add("<video><source onerror=\"" + js + "\" src=\"" + base + "/video\"></video>");
        p.add("<math><mtext><table><mglyph><style><img src=\"" + base + "/mxss\" onerror=\"" + js + "\">");
        p.add("<noscript><p title=\"</noscript><img src=" + base + "/noscript onerror=" + js.replace(' ', '/') + ">\">");
        p.add("--></style><!--<img src=\"" + base + "/comment\">-->");
        p.add("<xmp><img src=\"" + base + "/xmp\"></xmp>");
        p.add("<script src=\"" + base + "/script.js\"></script>");
        p.add("expression(" + js + ")");
        p.add("<a href=\"data:text/html,<script>" + js + "</script>\">data</a>");
        p.add("\u0000<scr\u0000ipt>" + js + "</script>");
        p.add("{{constructor.constructor('" + js.replace('\'', '"') + "')()}}");
        p.add("<svg><animate onbegin=\"" + js + "\" attributeName=\"x\" dur=\"1s\"/></svg>");
        p.add("<svg><a href=\"javascript:" + js + "\"><text x=\"0\" y=\"10\">svg link</text></a></svg>");
        p.add("<img srcset=\"" + base + "/srcset 1x\">");
        p.add("<audio src=\"" + base + "/audio\" autoplay></audio>");
        p.add("<marquee onstart=\"" + js + "\">m</marquee>");
        return List.copyOf(p);
    }
}
