package io.phiscan.generate;

/**
 * Times as the exports print them, from epoch milliseconds (UTC), without the general-purpose
 * formatter: the generator prints a few of them per message. Stateless and thread-safe.
 */
final class Stamps {
    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private Stamps() {
    }

    /** {@code 2026-01-25T19:33:24.183Z}: X's DM times. */
    static String isoMillis(long ms) {
        StringBuilder b = date(new StringBuilder(24), ms, '-').append('T');
        time(b, ms).append('.');
        pad(b, (int) Math.floorMod(ms, 1000L), 3);
        return b.append('Z').toString();
    }

    /** {@code 2026-01-25T19:33:24Z}: Mastodon's times. */
    static String isoSeconds(long ms) {
        StringBuilder b = date(new StringBuilder(20), ms, '-').append('T');
        return time(b, ms).append('Z').toString();
    }

    /** {@code 2026-01-25 19:33:24}: LinkedIn's comments and posts; with {@code utc}, {@code … UTC} (LinkedIn and Reddit messages). */
    static String spaced(long ms, boolean utc) {
        StringBuilder b = date(new StringBuilder(23), ms, '-').append(' ');
        time(b, ms);
        return utc ? b.append(" UTC").toString() : b.toString();
    }

    /** {@code Sat Aug 12 16:10:37 +0000 2023}: a tweet's {@code created_at}. */
    static String tweet(long ms) {
        long day = Math.floorDiv(ms, 86_400_000L);
        int[] ymd = civil(day);
        StringBuilder b = new StringBuilder(30).append(DAYS[(int) Math.floorMod(day, 7L)]).append(' ')
                .append(MONTHS[ymd[1] - 1]).append(' ');
        pad(b, ymd[2], 2).append(' ');
        return time(b, ms).append(" +0000 ").append(ymd[0]).toString();
    }

    /** {@code 11/3/26, 8:42 PM}: LinkedIn's invitations. */
    static String shortUs(long ms) {
        int[] ymd = civil(Math.floorDiv(ms, 86_400_000L));
        int minutes = (int) Math.floorMod(ms / 60_000, 1440L);
        int hour = minutes / 60;
        StringBuilder b = new StringBuilder(18).append(ymd[1]).append('/').append(ymd[2]).append('/');
        pad(b, ymd[0] % 100, 2).append(", ").append(hour % 12 == 0 ? 12 : hour % 12).append(':');
        return pad(b, minutes % 60, 2).append(hour < 12 ? " AM" : " PM").toString();
    }

    private static StringBuilder date(StringBuilder b, long ms, char sep) {
        int[] ymd = civil(Math.floorDiv(ms, 86_400_000L));
        b.append(ymd[0]).append(sep);
        pad(b, ymd[1], 2).append(sep);
        return pad(b, ymd[2], 2);
    }

    private static StringBuilder time(StringBuilder b, long ms) {
        int seconds = (int) Math.floorMod(Math.floorDiv(ms, 1000L), 86_400L);
        pad(b, seconds / 3600, 2).append(':');
        pad(b, seconds / 60 % 60, 2).append(':');
        return pad(b, seconds % 60, 2);
    }

    private static StringBuilder pad(StringBuilder b, int n, int width) {
        if (width >= 3 && n < 100) {
            b.append('0');
        }
        if (width >= 2 && n < 10) {
            b.append('0');
        }
        return b.append(n);
    }

    /** Year, month, day of a day since 1970-01-01 (the proleptic Gregorian calendar). */
    static int[] civil(long day) {
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        int y = (int) (yoe + era * 400 + (m <= 2 ? 1 : 0));
        return new int[] {y, m, d};
    }
}
