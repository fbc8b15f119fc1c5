package io.phiscan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void eachDigestIsItsOwnAndHashesAsSha256() {
        MessageDigest first = Sha256.newDigest();
        first.update("abc".getBytes(StandardCharsets.US_ASCII));
        MessageDigest second = Sha256.newDigest();

        assertThat(HexFormat.of().formatHex(first.digest()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HexFormat.of().formatHex(second.digest()))
                .as("a digest made after another was fed holds nothing of it")
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
