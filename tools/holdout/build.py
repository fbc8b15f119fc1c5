"""Writes the held-out exports and their labels under src/test/resources/holdout/.

Run from anywhere: python3 tools/holdout/build.py. Every person, account and message is invented.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import facebook  # noqa: E402
import instagram  # noqa: E402
import linkedin  # noqa: E402
import mastodon  # noqa: E402
import reddit  # noqa: E402
import twitter  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "test", "resources", "holdout")


def main():
    total = {}
    writers = {
        "twitter": [twitter.write_x_current, twitter.write_x_gen1],
        "facebook": [facebook.write_fb_json, facebook.write_fb_html],
        "instagram": [instagram.write_ig_2022, instagram.write_ig_2025],
        "linkedin": [linkedin.write_li_2023, linkedin.write_li_2026],
        "mastodon": [mastodon.write_mastodon],
        "reddit": [reddit.write_marsh, reddit.write_bermudez],
    }
    for platform, fns in writers.items():
        folder = os.path.join(ROOT, platform)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for fn in fns:
            for e in fn(folder):
                total.setdefault(platform, [0, 0])[0 if e.finding else 1] += 1
    for p, (y, n) in total.items():
        print("%-10s %3d exchanges: %3d to find, %3d negatives" % (p, y + n, y, n))
    print("%-10s %3d exchanges: %3d to find, %3d negatives" % (
        "all", sum(a + b for a, b in total.values()), sum(a for a, _ in total.values()), sum(b for _, b in total.values())))


if __name__ == "__main__":
    main()
