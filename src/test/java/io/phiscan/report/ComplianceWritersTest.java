package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.review.Compliance;
import io.phiscan.review.Offender;
import io.phiscan.review.ReviewPolicy;
import io.phiscan.review.TestFindings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a physician gets: chart notes that summarize, talking points with the practice's own numbers, profile links. */
class ComplianceWritersTest {
    private static final Author ALEX = new Author("2000000000000000001", "alex_parent", "Alex Parent");
    private static final ReviewPolicy.Practice RIVERBEND = new ReviewPolicy.Practice("Riverbend Pediatrics", "(555) 201-4400",
            "https://portal.riverbendpeds.example", null, false);

    private final Finding engaged = TestFindings.finding(Severity.HIGH, true, List.of(
            TestFindings.from(ALEX, 3, "fever 103 since Tuesday, should I give more ibuprofen"),
            TestFindings.to(ALEX, 4, "give him 5 ml every 6 hours")));

    @Test
    void aChartNoteSummarizesByCategoryAndLeavesBlanks() {
        Offender warned = new Offender(Platform.TWITTER, ALEX.id(), ALEX.id(), ALEX.handle(), ALEX.name(), Set.of("DrTestOwner"),
                List.of(new Offender.Incident(engaged.id(), "r1", Instant.parse("2025-02-03T10:00:00Z"),
                        Instant.parse("2025-02-03T10:00:00Z"))), "r1", null);
        Compliance c = new Compliance("r1", new ReviewPolicy(ReviewPolicy.LedgerRule.defaults(), RIVERBEND), List.of(warned),
                Map.of(engaged.id(), engaged), Map.of());

        String note = ChartNoteWriter.note(c, engaged);

        assertThat(note).contains("Date of contact:  2025-02-03 10:00 UTC (1 message(s) from them, 2 in all)")
                .contains("Platform:         X (Twitter), direct message with the account DrTestOwner")
                .contains("Written by:       Alex Parent, @alex_parent, X (Twitter) account 2000000000000000001")
                .contains("Patient:          ____________________")
                .contains("  - symptoms")
                .contains("Relationship:     writes about a family member")
                .contains("Clinical advice online: YES. The account owner replied online with clinical advice (from 2025-02-04 10:00 UTC)")
                .contains("  [ ] Blocked the account on X (Twitter) on __________")
                .contains("1 incident(s) counted; on this run's warning list: call and warn them")
                .contains("Documented by: ____________________")
                .doesNotContain("ibuprofen").doesNotContain("every 6 hours");

        Compliance quoting = new Compliance("r1", new ReviewPolicy(ReviewPolicy.LedgerRule.defaults(),
                new ReviewPolicy.Practice(null, null, null, null, true)), List.of(), Map.of(), Map.of());
        assertThat(ChartNoteWriter.note(quoting, engaged))
                .contains("2025-02-03 10:00 UTC: fever 103 since Tuesday, should I give more ibuprofen")
                .doesNotContain("every 6 hours")
                .contains("Practice policy (warn once, then block): no incident counted against them");
    }

    @Test
    void talkingPointsGiveThePracticesWaysAndBlanksWhenUnknown() {
        assertThat(String.join("\n", WarningsCsvWriter.talkingPoints(Platform.TWITTER, RIVERBEND, List.of("F-1"))))
                .contains("they were looking for help")
                .contains("Social media is not private and not built for care")
                .contains("call Riverbend Pediatrics at (555) 201-4400; send a message through the patient portal "
                        + "(https://portal.riverbendpeds.example)")
                .contains("notes/F-1.txt");
        assertThat(String.join("\n", WarningsCsvWriter.talkingPoints(Platform.REDDIT, ReviewPolicy.Practice.unknown(), List.of())))
                .contains("call the practice at __________").contains("on Reddit");
    }

    @Test
    void profileLinksWhereThePlatformMakesThem() {
        assertThat(ProfileLinks.of(Platform.TWITTER, "2233445566778899001", "jreyes")).isEqualTo("https://x.com/i/user/2233445566778899001");
        assertThat(ProfileLinks.of(Platform.TWITTER, null, "jreyes")).isEqualTo("https://x.com/jreyes");
        assertThat(ProfileLinks.of(Platform.MASTODON, null, "@kim@mastodon.example")).isEqualTo("https://mastodon.example/@kim");
        assertThat(ProfileLinks.of(Platform.MASTODON, null, "kim")).isNull();
        assertThat(ProfileLinks.of(Platform.FACEBOOK, "100012345", "kim")).isNull();
    }
}
