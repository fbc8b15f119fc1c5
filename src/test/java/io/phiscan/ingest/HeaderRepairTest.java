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
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,dabody"), 9, List.of(POSTS))).isEmpty();
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
        // a last name that may hold a record run into it (the line break and the record's start cut out), or a first one
        // that may be a record's end
        assertThat(HeaderRepair.of(CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,bo\"Pediatrician here\""), 9,
                List.of(POSTS))).isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("1x9k2a,permalink,date,ip,subreddit,gildings,title,url,body"), 9, List.of(POSTS)))
                .isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("xid,permalink,dat,subreddit,gildings,title,url,body"), 9, List.of(POSTS)))
                .as("two names out of place").isEmpty();
        assertThat(HeaderRepair.of(POSTS, 9, List.of(POSTS))).as("an intact header").isEmpty();
    }

    @Test
    void aHeaderRunIntoItsFirstRecordIsToldBackAndTheRecordLost() {
        List<String> runOn = CsvFormats.names("id,permalink,date,ip,subreddit,gildings,title,url,bodyk1,p,d,,s,0,t,u,b");
        assertThat(HeaderRepair.of(runOn, 9, List.of(POSTS))).contains(new HeaderRepair.Found(POSTS, true));
        // a record of another field count is not one record run into the header
        assertThat(HeaderRepair.of(runOn.subList(0, 16), 9, List.of(POSTS))).isEmpty();
    }

    @Test
    void twoLayoutsThatFitAlikeTellNothing() {
        assertThat(HeaderRepair.of(CsvFormats.names("a,b,c,is message dra"), 5, List.of(DRAFTS, ARCHIVED))).isEmpty();
        assertThat(HeaderRepair.of(CsvFormats.names("a,b,c,is message dra,is conversation archived"), 5, List.of(DRAFTS, ARCHIVED)))
                .contains(new HeaderRepair.Found(ARCHIVED, false));
    }
}
