package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An element's bytes up to the bound, by the byte and by the run, and nothing past it. */
class BoundedBytesTest {

    @Test
    void bytesAddedOneByOneAndByTheRunComeBackInOrder() {
        BoundedBytes b = new BoundedBytes(5000);
        byte[] run = "abcdefghij".repeat(300).getBytes(StandardCharsets.US_ASCII);
        b.add('{');
        b.add(run, 10, 2000);
        b.add('}');
        assertThat(b.tooBig()).isFalse();
        assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo("{" + new String(run, 10, 2000, StandardCharsets.US_ASCII) + "}");
    }

    @Test
    void exactlyTheBoundFitsAndOneByteMoreIsTooBig() {
        BoundedBytes b = new BoundedBytes(3000);
        b.add(new byte[2999], 0, 2999);
        b.add('x');
        assertThat(b.tooBig()).isFalse();
        assertThat(b.toByteArray()).hasSize(3000);
        b.add('y');
        assertThat(b.tooBig()).isTrue();
        b.add(new byte[10], 0, 10);
        assertThat(b.tooBig()).isTrue();
        assertThatThrownBy(b::toByteArray).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bytesPastAPointAreCopiedAndDroppedUnlessTheBoundWasPassed() {
        BoundedBytes b = new BoundedBytes(10);
        b.add("{\"a\",\"s\"".getBytes(StandardCharsets.US_ASCII), 0, 8);
        assertThat(new String(b.copyOfRange(5, 8), StandardCharsets.US_ASCII)).isEqualTo("\"s\"");
        b.truncate(5);
        b.add('x');
        assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("{\"a\",x");
        b.add(new byte[10], 0, 10);
        b.truncate(2);
        assertThat(b.tooBig()).isTrue();
        assertThatThrownBy(() -> b.copyOfRange(0, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pastTheBoundTheLastBytesOfTheWindowAreKept() {
        BoundedBytes b = new BoundedBytes(100, 8);
        byte[] run = "0123456789".repeat(15).getBytes(StandardCharsets.US_ASCII);
        b.add(run, 0, 95);
        b.add(run, 95, 10);
        assertThat(b.tooBig()).isTrue();
        assertThat(b.has(97)).isTrue();
        assertThat(b.has(96)).isFalse();
        assertThat(new String(b.copyOfRange(97, 105), StandardCharsets.US_ASCII)).isEqualTo("78901234");
        b.add('x');
        assertThat(new String(b.copyOfRange(100, 106), StandardCharsets.US_ASCII)).isEqualTo("01234x");
        assertThatThrownBy(() -> b.copyOfRange(90, 106)).isInstanceOf(IllegalStateException.class);
    }
}
