package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Outboxes larger than the splitter's 64 KB buffer: items that start, end or break across it. */
class OrderedItemsSplitterTest {

    /**
     * An outbox of many items (objects, some pretty-printed, URLs and numbers), each with where it
     * starts in the file (line, byte) and its bytes. The last item is an object: a number's item
     * runs to the next comma or bracket, blanks included.
     */
    private record Outbox(byte[] file, List<String> expected) {
    }

    private static Outbox outbox(int items, int tooBigAt, Random random) {
        StringBuilder file = new StringBuilder("{\n  \"@context\": \"https://www.w3.org/ns/activitystreams\",\n"
                + "  \"type\": \"OrderedCollection\",\n  \"orderedItems\": [\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String item = switch (i % 4) {
                case 0 -> "{\"id\":\"https://example.social/users/drk/statuses/" + i + "/activity\",\"object\":{\"content\":\"<p>"
                        + "Is a rash {after} [the] shot normal? \\\"Sore\\\" arm \\\\ fever ü 🩺 ".repeat(1 + random.nextInt(30))
                        + "</p>\",\"tag\":[[],{\"a\":[1,2,{\"b\":\"]}\"}]}]}}";
                case 1 -> "{\n    \"id\": \"n" + i + "\",\n    \"object\": {\n      \"content\": \"line\\nbreak " + "x".repeat(random.nextInt(900))
                        + "\"\n    }\n  }";
                case 2 -> "\"https://example.social/users/drk/statuses/" + i + "\"";
                default -> String.valueOf(i);
            };
            if (i == tooBigAt) {
                item = "{\"content\":\"" + "y".repeat(5000) + "\"}";
            }
            byte[] before = file.toString().getBytes(StandardCharsets.UTF_8);
            long line = 1 + file.chars().filter(c -> c == '\n').count();
            expected.add("item " + i + ", line " + line + ", byte " + before.length + " "
                    + (i == tooBigAt ? "item larger than 4096 bytes" : item));
            file.append(item).append(i + 1 < items ? (i % 3 == 0 ? ",\n  " : ", ") : "\n");
        }
        file.append("  ]\n}\n");
        return new Outbox(file.toString().getBytes(StandardCharsets.UTF_8), expected);
    }

    private static List<String> split(byte[] file) throws IOException {
        return split(file, 4096);
    }

    private static List<String> split(byte[] file, int maxItemBytes) throws IOException {
        List<String> items = new ArrayList<>();
        try (OrderedItemsSplitter s = new OrderedItemsSplitter(new ByteArrayInputStream(file), maxItemBytes)) {
            OrderedItemsSplitter.Element e;
            while ((e = s.next()) != null) {
                items.add(e.position() + " " + (e.ok() ? new String(e.bytes(), StandardCharsets.UTF_8) : e.error()));
            }
        }
        return items;
    }

    @Test
    void itemsAcrossTheBufferComeOutWholeWithTheirPositions() throws IOException {
        Outbox outbox = outbox(601, 301, new Random(5));
        assertThat(outbox.file().length).isGreaterThan(4 * 65536);
        assertThat(split(outbox.file())).containsExactlyElementsOf(outbox.expected());
    }

    @Test
    void aFileCutInsideAnItemKeepsTheItemsBeforeIt() throws IOException {
        Outbox outbox = outbox(200, -1, new Random(6));
        String whole = new String(outbox.file(), StandardCharsets.UTF_8);
        int cut = whole.indexOf("\"n" + 137 + "\"") + 3;
        byte[] truncated = whole.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        List<String> items = split(truncated);
        assertThat(items).hasSize(138);
        assertThat(items.subList(0, 137)).containsExactlyElementsOf(outbox.expected().subList(0, 137));
        assertThat(items.get(137)).startsWith("item 137, line ").endsWith("the file ends inside this item (truncated?)");
    }

    /**
     * Brackets left open in an item (the item itself, an array in it, the last item before the
     * array's end) took the items after it into that item. Each such item is one broken element
     * at its own position, and every other item comes out whole, across the buffer too.
     */
    @Test
    void anItemWithABracketLeftOpenIsOneBrokenItemAndTheNextItemsAreFound() throws IOException {
        Outbox outbox = outbox(601, -1, new Random(7));
        String whole = new String(outbox.file(), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(outbox.expected());
        StringBuilder damaged = new StringBuilder(whole);
        // a closing bracket blanked keeps every position: 100 and 600 leave the item open, 200 its tag array
        for (int[] at : new int[][] {{100, 1}, {200, 3}, {600, 1}}) {
            String item = expected.get(at[0]).substring(expected.get(at[0]).indexOf(" {") + 1);
            assertThat(item).startsWith("{\"id\"").endsWith("]}]}}");
            int end = whole.indexOf(item) + item.length();
            damaged.setCharAt(end - at[1], ' ');
            String position = expected.get(at[0]).substring(0, expected.get(at[0]).indexOf(" {"));
            expected.set(at[0], position + " the item's brackets do not match (a { or [ left open, or closed by the other"
                    + " kind): it was not read; reading goes on with the next item");
        }
        assertThat(damaged.length()).isGreaterThan(3 * 65536);
        assertThat(split(damaged.toString().getBytes(StandardCharsets.UTF_8))).containsExactlyElementsOf(expected);
    }

    /**
     * A string item right after an item left open was read as a member name of that item, and
     * went with it: not one skipped record of its own. It is an item of its own wherever the
     * 64 KB buffer ends around it, its position counted from its own first byte.
     */
    @Test
    void aStringItemAfterAnItemLeftOpenIsAnItemOfItsOwnAcrossTheBuffer() throws IOException {
        String unbalanced = "the item's brackets do not match (a { or [ left open, or closed by the other kind): it was not"
                + " read; reading goes on with the next item";
        String string = "\"https://example.social/users/drk/statuses/2/activity\"";
        for (int pad = 65_400; pad < 65_560; pad += 3) {
            String head = "{\"type\":\"OrderedCollection\",\n\"orderedItems\":[";
            String first = "{\"id\":\"a\",\"object\":{\"content\":\"" + "x".repeat(pad) + "\"}}";
            String open = "{\n\"id\":\"b\",\n\"object\":{\"content\":\"left open\"}";
            String last = "{\"id\":\"c\"}";
            String file = head + first + ",\n" + open + ",\n " + string + " ,\n" + last + "]}";
            int openAt = (head + first + ",\n").length();
            int stringAt = openAt + (open + ",\n ").length();
            int lastAt = stringAt + (string + " ,\n").length();
            assertThat(split(file.getBytes(StandardCharsets.UTF_8), 1 << 20)).as("pad %d", pad).containsExactly(
                    "item 0, line 2, byte " + head.length() + " " + first,
                    "item 1, line 3, byte " + openAt + " " + unbalanced,
                    "item 2, line 6, byte " + stringAt + " " + string,
                    "item 3, line 7, byte " + lastAt + " " + last);
        }
    }

    /** A number item right after a broken item is read as a number: the broken item's mark stays with it. */
    @Test
    void aNumberItemAfterABrokenItemIsNotBroken() throws IOException {
        String file = "{\"orderedItems\":[{\"a\":[}, 42, {\"b\":1}]}";
        assertThat(split(file.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "item 0, line 1, byte 17 the item's brackets do not match (a { or [ left open, or closed by the other kind): it"
                        + " was not read; reading goes on with the next item",
                "item 1, line 1, byte 26 42", "item 2, line 1, byte 30 {\"b\":1}");
    }

    /**
     * A closing bracket too many in an item ended it early: a {@code ]} in an object ended the
     * array, and every item after it was lost without a word; a {@code }} made the rest of the
     * item into items of their own, and its {@code ]} (in a {@code to} array) ended the array too.
     * Each such item is one broken element, and every other item comes out whole, across the
     * buffer too.
     */
    @Test
    void anItemWithAClosingBracketTooManyIsOneBrokenItemAndTheNextItemsAreFound() throws IOException {
        String head = "{\"type\":\"OrderedCollection\",\"orderedItems\":[\n";
        StringBuilder file = new StringBuilder(head);
        List<String> expected = new ArrayList<>();
        String leftOpen = "the item's brackets do not match (a { or [ left open, or closed by the other kind): it was not"
                + " read; reading goes on with the next item";
        String tooMany = "the item's brackets do not match (a } or ] with no { or [ open to close): it was not read;"
                + " reading goes on with the next item";
        Random random = new Random(8);
        for (int i = 0; i < 300; i++) {
            String item = "{\"id\":\"s" + i + "\",\"to\":[\"p\"],\"object\":{\"content\":\"" + "z".repeat(random.nextInt(900))
                    + "\",\"tag\":[]},\"type\":\"Create\"}";
            String reason = switch (i % 50) {
                case 7 -> leftOpen;
                case 17, 27, 37 -> tooMany;
                default -> null;
            };
            item = switch (i % 50) {
                case 7 -> item.replace("\"tag\":[]", "\"tag\":[]]");
                case 17 -> item.replace("\"tag\":[]}", "\"tag\":[]}}");
                case 27 -> item.replace("\"to\":[\"p\"]", "\"to\":[\"p\"]}");
                case 37 -> item + "}";
                default -> item;
            };
            expected.add("item " + i + ", line " + (2 + i) + ", byte " + file.toString().getBytes(StandardCharsets.UTF_8).length
                    + " " + (reason == null ? item : reason));
            file.append(item).append(i < 299 ? ",\n" : "]}\n");
        }
        assertThat(file.length()).isGreaterThan(2 * 65536);
        assertThat(split(file.toString().getBytes(StandardCharsets.UTF_8))).containsExactlyElementsOf(expected);
    }

    /** Bytes after a collection whose end was where it should be are one broken element, not a collection left open. */
    @Test
    void bytesAfterTheCollectionsEndAreOneBrokenElement() throws IOException {
        String file = "{\"orderedItems\":[{\"id\":\"a\"}]}\n}x\n";
        assertThat(split(file.getBytes(StandardCharsets.UTF_8))).containsExactly("item 0, line 1, byte 17 {\"id\":\"a\"}",
                "item 1, line 2, byte 30 the file goes on after the collection's end, and no item was found there (a } or ]"
                        + " too many?): it was not read");
    }
}
