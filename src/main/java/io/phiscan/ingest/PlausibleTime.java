package io.phiscan.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The one check of the times read from exports: every mapper takes a message's time through
 * it. A time is taken as real only from {@link #EARLIEST} (2000-01-01, before any platform read
 * here existed: LinkedIn 2003, Facebook 2004, X 2006) up to {@link #AHEAD} (two days) after the
 * moment it is read, which covers a local time read as UTC anywhere on Earth and a clock that is
 * off by a day, while a year far ahead is never a real export's. Anything else is a value
 * misread, not a time: seconds read as milliseconds (1970 dates), {@code -1}, or a number at
 * the end of the range ({@code Long.MAX_VALUE} milliseconds is the year 292278994). Such a
 * record is refused, as a record without a time is, with a reason naming the field, the value
 * read and why (a value, never message text). Numbers are whole numbers in any JSON form
 * ({@code 1700000000000}, {@code 1.7E12}, {@code "1700000000000"}). A date written as text is read
 * and checked in one step by {@link ExportDates#time}. Stateless and thread-safe.
 */
final class PlausibleTime {
    /** The earliest time an export holds. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far after the moment of reading a time may be. */
    static final Duration AHEAD = Duration.ofDays(2);

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,3})?");

    private PlausibleTime() {
    }

    /**
     * What reading a time field gave: a time ({@code at}), a refusal saying why there is none
     * ({@code refusal}), or neither when the field is absent.
     */
    record Checked(Instant at, String refusal) {
        static final Checked ABSENT = new Checked(null, null);

        boolean absent() {
            return at == null && refusal == null;
        }
    }

    /**
     * Why {@code at}, read from {@code field}, is not taken as a real time ("DATE is
     * 1970-01-01T00:00:00Z, before 2000-01-01, earlier than any export holds"), or null when it is.
     * The reason names no date that depends on the day of reading: the same export gives the
     * same skipped records on every run.
     */
    static String refusal(String field, Instant at) {
        if (!at.isBefore(EARLIEST) && at.getEpochSecond() <= Instant.now().getEpochSecond() + AHEAD.toSeconds() - 1) {
            return null; // most times: no words built
        }
        return refusal(field + " is " + at, at, Instant.now());
    }

    /** {@link #refusal(String, Instant)} as of {@code now}. */
    static String refusal(String what, Instant at, Instant now) {
        if (at.isBefore(EARLIEST)) {
            return what + ", before " + day(EARLIEST) + ", earlier than any export holds";
        }
        Instant latest = now.plus(AHEAD);
        if (at.isAfter(latest)) {
            return what + ", more than " + AHEAD.toDays() + " days after it was read, later than any export holds";
        }
        return null;
    }

    /**
     * The time in the first of {@code fields} that is present and not null, a whole number of
     * {@code unit} (seconds or milliseconds) since 1970, checked.
     */
    static Checked epoch(JsonNode node, ChronoUnit unit, String... fields) {
        return epoch(node, unit, Instant.now(), fields);
    }

    /** {@link #epoch(JsonNode, ChronoUnit, String...)} as of {@code now}. */
    static Checked epoch(JsonNode node, ChronoUnit unit, Instant now, String... fields) {
        for (String f : fields) {
            JsonNode v = node == null ? null : node.get(f);
            if (v != null && !v.isNull() && !v.isMissingNode()) {
                return epoch(f, v, unit, now);
            }
        }
        return Checked.ABSENT;
    }

    private static Checked epoch(String field, JsonNode v, ChronoUnit unit, Instant now) {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            long n = v.asLong();
            long perSecond = unit == ChronoUnit.MILLIS ? 1000 : 1;
            if (n >= EARLIEST.getEpochSecond() * perSecond && n <= now.plus(AHEAD).getEpochSecond() * perSecond) {
                return new Checked(instant(n, unit), null); // most times: no big numbers
            }
        }
        BigDecimal number = null;
        if (v.isFloatingPointNumber() && !Double.isFinite(v.asDouble())) {
            return new Checked(null, field + " is a number beyond any time (" + v.asDouble() + ")");
        } else if (v.isNumber()) {
            number = v.decimalValue();
        } else if (v.isString() && NUMBER.matcher(v.asString().strip()).matches()) {
            number = new BigDecimal(v.asString().strip());
        }
        if (number == null) {
            return new Checked(null, field + " is not a number");
        }
        String shown = field + " " + shown(number);
        BigInteger whole;
        try {
            whole = number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return new Checked(null, shown + " is not a whole number of " + (unit == ChronoUnit.MILLIS ? "milliseconds" : "seconds"));
        }
        long perSecond = unit == ChronoUnit.MILLIS ? 1000 : 1;
        BigInteger earliest = BigInteger.valueOf(EARLIEST.getEpochSecond() * perSecond);
        BigInteger latest = BigInteger.valueOf(now.plus(AHEAD).getEpochSecond() * perSecond);
        if (whole.compareTo(earliest) >= 0 && whole.compareTo(latest) <= 0) {
            long n = whole.longValueExact();
            return new Checked(unit == ChronoUnit.MILLIS ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n), null);
        }
        String read = shown + (whole.bitLength() < 50 ? " (" + instant(whole.longValue(), unit) + ")" : "");
        String refused = refusal(read, whole.compareTo(earliest) < 0 ? Instant.MIN : Instant.MAX, now);
        return new Checked(null, refused + hint(whole, unit, earliest, latest));
    }

    /** Whether the value would be a time in the other unit: seconds where milliseconds belong, or the reverse. */
    private static String hint(BigInteger whole, ChronoUnit unit, BigInteger earliest, BigInteger latest) {
        BigInteger thousand = BigInteger.valueOf(1000);
        if (unit == ChronoUnit.MILLIS) {
            BigInteger asSeconds = whole.multiply(thousand);
            return asSeconds.compareTo(earliest) >= 0 && asSeconds.compareTo(latest) <= 0
                    ? ": seconds where milliseconds belong?" : "";
        }
        BigInteger asMillis = whole.divide(thousand);
        return asMillis.compareTo(earliest) >= 0 && asMillis.compareTo(latest) <= 0
                ? ": milliseconds where seconds belong?" : "";
    }

    private static Instant instant(long n, ChronoUnit unit) {
        return unit == ChronoUnit.MILLIS ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }

    /** The number as read, in plain digits (1.7E12 as 1700000000000) unless that is long: then to six digits (1.23457E+999). */
    private static String shown(BigDecimal number) {
        String plain = number.toPlainString();
        return plain.length() <= 25 ? plain : number.round(new java.math.MathContext(6)).toString();
    }

    private static String day(Instant at) {
        return at.toString().substring(0, 10);
    }
}
