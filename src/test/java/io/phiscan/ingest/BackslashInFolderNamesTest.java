package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Facebook thread folder whose name holds a backslash ({@code pat\ward_2718281828/}, a name
 * Linux and macOS allow): the backslash was taken for a folder separator, the thread's file
 * was looked for as {@code pat/ward_2718281828/message_1.json}, and its messages were passed
 * over in silence (read 0, skipped 0). They are read.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class BackslashInFolderNamesTest {

    @Test
    void aThreadFolderNamedWithABackslashIsRead(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("facebook-quinnmercer-2026");
        Path profile = Files.createDirectories(export.resolve("personal_information/profile_information"));
        Files.writeString(profile.resolve("profile_information.json"),
                "{\"profile_v2\": {\"name\": {\"full_name\": \"Quinn Mercer\", \"first_name\": \"Quinn\", \"last_name\": \"Mercer\"}}}");
        Path thread = Files.createDirectories(export.resolve("your_activity_across_facebook/messages/inbox/pat\\ward_2718281828"));
        Files.writeString(thread.resolve("message_1.json"), """
                {
                  "participants": [{"name": "Pat Ward"}, {"name": "Quinn Mercer"}],
                  "messages": [
                    {"sender_name": "Quinn Mercer", "timestamp_ms": 1707581400000, "content": "See you at the trailhead"},
                    {"sender_name": "Pat Ward", "timestamp_ms": 1707580800000, "content": "Still on for Saturday?"}
                  ],
                  "title": "Pat Ward",
                  "is_still_participant": true,
                  "thread_type": "Regular",
                  "thread_path": "inbox/pat\\\\ward_2718281828"
                }
                """);

        ExportContents read = ExportContents.read(export);

        assertThat(read.bad()).isEmpty();
        assertThat(read.messages()).extracting(m -> m.text()).containsExactlyInAnyOrder("Still on for Saturday?", "See you at the trailhead");
    }
}
