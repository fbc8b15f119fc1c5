package io.phiscan.report;

import io.phiscan.model.Platform;

/** The names people know the platforms by, for text meant for people. */
final class PlatformNames {
    private PlatformNames() {
    }

    static String of(Platform platform) {
        return switch (platform) {
            case TWITTER -> "X (Twitter)";
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case LINKEDIN -> "LinkedIn";
            case MASTODON -> "Mastodon";
            case REDDIT -> "Reddit";
        };
    }
}
