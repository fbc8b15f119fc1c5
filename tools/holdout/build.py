"""Writes the held-out exports and their labels under src/test/resources/holdout/.

    python3 tools/holdout/build.py              # both batches into src/test/resources/holdout
    python3 tools/holdout/build.py DIR b        # one batch (a or b) into another folder

Every person, account and message is invented.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import batch_b  # noqa: E402
import batch_c  # noqa: E402
import batch_d  # noqa: E402
import facebook  # noqa: E402
import instagram  # noqa: E402
import linkedin  # noqa: E402
import mastodon  # noqa: E402
import reddit  # noqa: E402
import twitter  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "test", "resources", "holdout")

BATCHES = {
    "a": {
        "twitter": [twitter.write_x_current, twitter.write_x_gen1],
        "facebook": [facebook.write_fb_json, facebook.write_fb_html],
        "instagram": [instagram.write_ig_2022, instagram.write_ig_2025],
        "linkedin": [linkedin.write_li_2023, linkedin.write_li_2026],
        "mastodon": [mastodon.write_mastodon],
        "reddit": [reddit.write_marsh, reddit.write_bermudez],
    },
    "b": {
        "twitter": [batch_b.write_x_b, batch_b.write_grailbird_b],
        "facebook": [batch_b.write_fb_b, batch_b.write_e2ee_b],
        "instagram": [batch_b.write_ig_html_b, batch_b.write_ig_2021_b],
        "linkedin": [batch_b.write_li_b],
        "mastodon": [batch_b.write_mastodon_b],
        "reddit": [batch_b.write_reddit_b],
    },
    "c": {
        "twitter": [batch_c.write_x_c],
        "facebook": [batch_c.write_fb_c],
        "instagram": [batch_c.write_ig_c],
        "linkedin": [batch_c.write_li_c],
        "mastodon": [batch_c.write_mastodon_c],
        "reddit": [batch_c.write_reddit_c],
    },
    "d": {
        "twitter": [batch_d.write_x_d],
        "facebook": [batch_d.write_fb_d],
        "instagram": [batch_d.write_ig_d, batch_d.write_ig_legacy],
        "linkedin": [batch_d.write_li_d],
        "mastodon": [batch_d.write_mastodon_d],
        "reddit": [batch_d.write_reddit_d],
    },
}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else ROOT
    chosen = sys.argv[2:] or sorted(BATCHES)
    for platform in BATCHES["a"]:
        folder = os.path.join(root, platform)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
    total = {}
    for batch in chosen:
        for platform, writers in BATCHES[batch].items():
            for writer in writers:
                for e in writer(os.path.join(root, platform)):
                    total.setdefault((batch, platform), [0, 0])[0 if e.finding else 1] += 1
    for (batch, p), (y, n) in sorted(total.items()):
        print("batch %s %-10s %3d exchanges: %3d to find, %3d negatives" % (batch, p, y + n, y, n))
    print("all              %3d exchanges: %3d to find, %3d negatives" % (
        sum(a + b for a, b in total.values()), sum(a for a, _ in total.values()), sum(b for _, b in total.values())))


if __name__ == "__main__":
    main()
