package io.phiscan.report;

import io.phiscan.model.Platform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public profile address of an account, where the platform makes one from what exports
 * carry: X by account id (stable when the handle changes), Instagram and Reddit by handle,
 * Mastodon from {@code user@server}. Facebook and LinkedIn exports carry nothing to build one
 * from. Stateless.
 */
final class ProfileLinks {
    private ProfileLinks() {
    }

    /** The address, or {@code null} when unknown. */
    static String of(Platform platform, String accountId, String handle) {
        return switch (platform) {
            case TWITTER -> accountId != null && accountId.matches("\\d+") ? "https://x.com/i/user/" + accountId
                    : handle != null ? "https://x.com/" + enc(handle) : null;
            case INSTAGRAM -> handle != null ? "https://www.instagram.com/" + enc(handle) + "/" : null;
            case REDDIT -> handle != null ? "https://www.reddit.com/user/" + enc(handle) : null;
            case MASTODON -> mastodon(handle);
            case FACEBOOK, LINKEDIN -> null;
        };
    }

    private static String mastodon(String handle) {
        if (handle == null) {
            return null;
        }
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        int at = h.indexOf('@');
        if (at <= 0 || at == h.length() - 1 || !h.substring(at + 1).matches("[A-Za-z0-9.-]+")) {
            return null;
        }
        return "https://" + h.substring(at + 1) + "/@" + enc(h.substring(0, at));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
