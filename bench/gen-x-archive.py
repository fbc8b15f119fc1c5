#!/usr/bin/env python3
"""Writes a synthetic X "Your archive" (the current layout: data/account.js, data/tweets.js,
data/direct-messages.js) of any size, for benchmarks and the crash test. Every person, handle,
id and message is invented; the same arguments always give the same bytes.

  bench/gen-x-archive.py OUT --messages 200000 [--handle DrAnaRios] [--seed 1] [--zip] [--clinical-share 0.03] [--broken 0]

About 40% of the messages are tweets and 60% direct messages; 3% of the DM conversations (by
default) are a patient's parent asking about care (symptoms, a medication and dose, "you saw my son"),
sometimes answered with advice by the owner, so that the audit has findings to raise.
"""
import argparse
import datetime
import json
import os
import random
import zipfile

FIRST = ["Maria", "James", "Ana", "Tom", "Priya", "Sam", "Lena", "Omar", "Grace", "Luis", "Nina", "Ravi", "Eva",
         "Hugo", "Zoe", "Ken", "Ines", "Paul", "Ruth", "Ivan"]
LAST = ["Gonzalez", "Whitfield", "Herrera", "Nguyen", "Kowalski", "Okoro", "Lindqvist", "Moreau", "Tanaka", "Brennan"]
KIDS = ["Sofia", "Ethan", "Mateo", "Lily", "Noah", "Emma", "Leo", "Mia", "Owen", "Ava"]
BENIGN_TWEETS = [
    "Clinic hours this week: open until 7pm on Thursday.",
    "Flu shots are available at the front desk, no appointment needed.",
    "Thank you to our nurses for a wonderful year!",
    "Parking lot repaving on Saturday; please use the side entrance.",
    "Great turnout at the school health fair today.",
    "Reminder: wash hands, cover coughs, stay home when sick.",
    "New study on childhood sleep published this month, worth a read.",
    "Our office will be closed on the holiday Monday.",
]
BENIGN_DMS = [
    ("Hi! Are you speaking at the conference next month?", "Yes, Friday morning session."),
    ("Thanks for the book recommendation.", "You're welcome, enjoy it."),
    ("Is the office open on Saturday?", "Saturday 9 to noon."),
    ("Congrats on the award!", "Thank you so much."),
    ("Can we move our coffee to Tuesday?", "Tuesday works."),
]
SYMPTOMS = ["fever of 102", "a rash on his arms", "wheezing at night", "ear pain", "vomiting since last night",
            "a cough that won't stop"]
MEDS = [("amoxicillin", "5 ml twice a day"), ("albuterol inhaler", "2 puffs"), ("ibuprofen", "100 mg"),
        ("cetirizine", "5 mg")]


def ts(rng, start):
    return start + datetime.timedelta(seconds=rng.randrange(0, 3 * 365 * 86400))


def tweet(tid, text, at, reply_to=None):
    t = {
        "edit_info": {"initial": {"editTweetIds": [str(tid)], "editableUntil": (at + datetime.timedelta(hours=1))
                                  .strftime("%Y-%m-%dT%H:%M:%S.000Z"), "editsRemaining": "5", "isEditEligible": False}},
        "retweeted": False,
        "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "0",
        "id_str": str(tid),
        "truncated": False,
        "retweet_count": "0",
        "id": str(tid),
        "created_at": at.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }
    if reply_to:
        uid, handle, name = reply_to
        t["entities"]["user_mentions"] = [{"name": name, "screen_name": handle, "indices": ["0", str(len(handle) + 1)],
                                           "id_str": uid, "id": uid}]
        t["in_reply_to_screen_name"] = handle
        t["in_reply_to_user_id"] = uid
        t["in_reply_to_user_id_str"] = uid
    return {"tweet": t}


def dm(mid, sender, recipient, text, at):
    return {"messageCreate": {"recipientId": recipient, "reactions": [], "urls": [], "text": text, "mediaUrls": [],
                              "senderId": sender, "id": str(mid), "createdAt": at.strftime("%Y-%m-%dT%H:%M:%S.")
                              + "%03dZ" % (at.microsecond // 1000), "editHistory": []}}


BROKEN = '  {\n    "tweet" : {\n      "id_str" : "0"\n      "full_text" : "a broken element: a comma is missing"\n    }\n  }'


def js(name, elements, broken=0):
    """The file as X writes it; with `broken` elements that are not valid JSON spread through it."""
    parts = [json.dumps(e, indent=2, separators=(",", " : "), ensure_ascii=False) for e in elements]
    parts = ["\n".join("  " + line for line in p.splitlines()) for p in parts]
    for i in range(broken):
        parts.insert((i + 1) * len(parts) // (broken + 1), BROKEN)
    return "window.YTD.%s.part0 = [\n%s\n]" % (name, ",\n".join(parts))


def generate(args):
    rng = random.Random(args.seed)
    owner_id = str(1300000000000000000 + rng.randrange(10 ** 15))
    start = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
    people = []
    for i in range(max(50, args.messages // 40)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        people.append((str(900000000 + args.seed * 10 ** 7 + i), "%s_%s%d" % (first.lower(), last.lower()[:4], i),
                       "%s %s" % (first, last)))
    n_tweets = int(args.messages * 0.4)
    tweets, next_id = [], 1500000000000000000 + args.seed * 10 ** 12
    for _ in range(n_tweets):
        next_id += rng.randrange(1, 10 ** 6)
        at = ts(rng, start)
        if rng.random() < 0.15:
            who = rng.choice(people)
            tweets.append(tweet(next_id, "@%s Thanks, see you at the fair!" % who[1], at, who))
        else:
            tweets.append(tweet(next_id, rng.choice(BENIGN_TWEETS), at))
    tweets.sort(key=lambda t: -int(t["tweet"]["id"]))
    convs, remaining = [], args.messages - n_tweets
    while remaining > 0:
        who = rng.choice(people)
        at = ts(rng, start)
        msgs = []
        if rng.random() < args.clinical_share:
            kid, (med, dose), symptom = rng.choice(KIDS), rng.choice(MEDS), rng.choice(SYMPTOMS)
            lines = [(who[0], "Hi doctor, this is %s, %s's mom. You saw %s on Tuesday and now he has %s." % (
                who[2].split()[0], kid, kid, symptom)),
                (who[0], "Should I keep giving the %s %s? DOB 04/12/2016 if you need it." % (med, dose))]
            if rng.random() < 0.5:
                lines.append((owner_id, "Yes, keep giving the %s %s and bring him in if the fever lasts." % (med, dose)))
            else:
                lines.append((owner_id, "Please call the office so we can talk privately."))
        else:
            a, b = rng.choice(BENIGN_DMS)
            lines = [(who[0], a), (owner_id, b)]
        for sender, text in lines[:remaining]:
            next_id += rng.randrange(1, 10 ** 6)
            at += datetime.timedelta(minutes=rng.randrange(1, 90), milliseconds=rng.randrange(1000))
            recipient = owner_id if sender != owner_id else who[0]
            msgs.append(dm(next_id, sender, recipient, text, at))
        remaining -= len(msgs)
        low, high = sorted([int(owner_id), int(who[0])])
        convs.append({"dmConversation": {"conversationId": "%d-%d" % (low, high), "messages": msgs[::-1]}})
    account = [{"account": {"email": "%s@example.invalid" % args.handle.lower(), "createdVia": "web",
                            "username": args.handle, "accountId": owner_id, "createdAt": "2015-03-02T10:00:00.000Z",
                            "accountDisplayName": "Dr. " + args.handle[2:]}}]
    files = {"data/account.js": js("account", account), "data/tweets.js": js("tweets", tweets, args.broken),
             "data/direct-messages.js": js("direct_messages", convs)}
    if args.zip:
        with zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED) as z:
            for name in sorted(files):
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, files[name])
    else:
        for name, text in files.items():
            path = os.path.join(args.out, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print("%s: %d tweets, %d DMs in %d conversations, %d broken records" % (args.out, n_tweets, args.messages - n_tweets,
                                                                         len(convs), args.broken))


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", help="the archive folder (or zip with --zip) to write")
    p.add_argument("--messages", type=int, default=10000)
    p.add_argument("--handle", default="DrAnaRios")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--zip", action="store_true")
    p.add_argument("--clinical-share", type=float, default=0.03,
                   help="the share of DM conversations in which a parent asks about care (default 0.03)")
    p.add_argument("--broken", type=int, default=0, help="tweets.js gets this many elements that are not valid JSON")
    generate(p.parse_args())
