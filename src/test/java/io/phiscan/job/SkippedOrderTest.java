package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** skipped.csv lists a file's records in the order people count them: element 2 before element 11. */
class SkippedOrderTest {

    @Test
    void numbersInFilesAndPositionsCompareAsNumbers() {
        List<String> positions = new ArrayList<>(List.of("element 11, line 40", "element 2, line 9", "element 10, line 31",
                "line 4", "element 2, line 10", "-", "block 3, line 7", "element 02, line 9"));
        positions.sort(RunPicture::naturally);
        assertThat(positions).containsExactly("-", "block 3, line 7", "element 02, line 9", "element 2, line 9",
                "element 2, line 10", "element 10, line 31", "element 11, line 40", "line 4");

        List<String> files = new ArrayList<>(List.of("export!messages/inbox/a/message_10.json",
                "export!messages/inbox/a/message_2.json", "export!messages/inbox/a/message_1.json"));
        files.sort(RunPicture::naturally);
        assertThat(files).containsExactly("export!messages/inbox/a/message_1.json", "export!messages/inbox/a/message_2.json",
                "export!messages/inbox/a/message_10.json");
    }
}
