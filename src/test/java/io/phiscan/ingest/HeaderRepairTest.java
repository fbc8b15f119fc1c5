package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which damaged headers are told back from a platform's layouts, and which are not. */
class HeaderRepairTest {
    private static final List<String> POSTS = CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,body");
    private static final List<String> DRAFTS = CsvFormats.names("a,b,c,is message draft,is conversation draft");
    private static final List<String> ARCHIVED = CsvFormats.names("a,b,c,is message draft,is conversation archived");

    @Test
    void namesCutFromTheMiddleOrOneNameGarbledAreToldBack() {
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,daurl,body"), 9, List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.of(CsvFormats.names("dbody"), 9, List.of(POSTS))).isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("idermalink,date,ip,subreddit,gildings,title,url,body"), 9, List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,daurl,body"), 9, List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,date,ip,subredit,gildings,title,url,body"), 9, List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
    }

    @Test
    void aHeaderIsToldBackOnlyFromALayoutOfItsRecordsFieldCountAndWithBothEndsInPlace() {
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,daurl,body"), 8, List.of(POSTS))).isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("xid,permalink,date,ip,subreddit,gildings,title,url,body"), 9, List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,boxdy"), 9, List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,date"), 9, List.of(POSTS)))
                .as("the names after date cut up to the line break").contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.of(CsvFormats.names("id"), 9, List.of(POSTS))).isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("xid,permalink,dat,subreddit,gildings,title,url,body"), 9, List.of(POSTS)))
                .as("two names out of place").isEmpty();
        assertThat(HeaderRepair.of(POSTS, 9, List.of(POSTS))).as("an intact header").isEmpty();
    }

    @Test
    void aHeaderRunIntoItsFirstRecordIsToldBackAndTheRecordLost() {
        List<String> runOn = CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,bodyk1,p,d,,s,0,t,u,b");
        assertThat(HeaderRepair.of(runOn, 9, List.of(POSTS))).contains(new HeaderRepair.Found(POSTS, true));
        // the line break cut out with the last name's end and the record's start
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,bo\"Pediatrician here\""), 9,
                List.of(POSTS))).contains(new HeaderRepair.Found(POSTS, true));
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,dakr2b001/,2024-07-02 09:00:00 UTC,,Parenting,0"), 9,
                List.of(POSTS))).contains(new HeaderRepair.Found(POSTS, true));
        // one name in place is not enough to tell a header from a record
        assertThat(HeaderRepair.of(CsvFormats.names("id,pkr2b001/,2024-07-02 09:00:00 UTC,,Parenting,0"), 9, List.of(POSTS)))
                .isEmpty();
    }

    @Test
    void aHeaderWithAColumnNoLayoutHasIsNotTakenForOneRunIntoItsRecord() {
        // a column inserted after "ip", the first record one field short of it: read by its own names
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,date,ip,region,subreddit,gildings,title,url,body"), 9,
                List.of(POSTS))).isEmpty();
    }

    @Test
    void aWholeHeaderOverADamagedFirstRecordIsNotToldBack() {
        List<List<String>> linkedIn = LinkedInExportReader.layouts(LinkedInExportReader.Kind.MESSAGES);
        List<String> latest = linkedIn.get(3);
        // a header LinkedIn writes, its first record cut to the oldest layout's 9 fields
        assertThat(HeaderRepair.of(latest, 9, linkedIn)).isEmpty();
        // a header with a column no layout has yet, over the same record
        List<String> newer = new java.util.ArrayList<>(latest);
        newer.add("IS MESSAGE PINNED");
        assertThat(HeaderRepair.of(newer, 9, linkedIn)).isEmpty();
    }

    @Test
    void oneNameGarbledInAHeaderOfTheSameFieldCountIsToldBackAndAnotherNameIsNot() {
        assertThat(HeaderRepair.oneGarbled(CsvFormats.names("id,permalink,date,ip,subredit,gildings,title,url,body"), List.of(POSTS)))
                .contains(new HeaderRepair.Found(POSTS, false));
        assertThat(HeaderRepair.oneGarbled(CsvFormats.names("id,permalink,date,ip,community,gildings,title,url,body"), List.of(POSTS)))
                .as("a name of its own").isEmpty();
        assertThat(HeaderRepair.oneGarbled(CsvFormats.names("id,permalink,date,ix,subredit,gildings,title,url,body"), List.of(POSTS)))
                .as("two names").isEmpty();
        assertThat(HeaderRepair.oneGarbled(POSTS, List.of(POSTS))).isEmpty();
    }

    @Test
    void twoLayoutsThatFitAlikeTellTheNamesTheyShare() {
        assertThat(HeaderRepair.of(CsvFormats.names("a,b,c,is message dra"), 5, List.of(DRAFTS, ARCHIVED)))
                .contains(new HeaderRepair.Found(List.of("A", "B", "C", "IS MESSAGE DRAFT", ""), true));
        assertThat(HeaderRepair.of(CsvFormats.names("a,b,c,is message dra"), 5,
                List.of(DRAFTS, CsvFormats.names("a,b,c,is message archived,is conversation archived")))).isEmpty();
        // a tie of two that differ much is not undone by a third that differs from the first in one name
        assertThat(HeaderRepair.of(CsvFormats.names("a,b,c,is message dra"), 5,
                List.of(DRAFTS, CsvFormats.names("a,b,c,is message archived,is conversation archived"), ARCHIVED))).isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("a,b,c,is message dra,is conversation archived"), 5, List.of(DRAFTS, ARCHIVED)))
                .contains(new HeaderRepair.Found(ARCHIVED, false));
    }
}
