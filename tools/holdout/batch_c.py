"""Third held-out batch, written after batches A and B had been used for tuning and measured once,
as a last check of how the detector does on exchanges it was not tuned on."""
import html
import json
import os
import zipfile
from datetime import timedelta

import twitter as tw
from common import csv_text, fresh, meta_json, no, times, utc, write, write_labels, x_json, yes

# ---------------------------------------------------------------- X, zipped, with a long reply in note-tweet.js

OWNER = ("1622334455667788990", "DrKenjiNakamura", "Kenji Nakamura, MD")
P = {
    "kate": ("1709988776655443322", "kate_on_call_ish", "Kate"),
    "mason_dad": ("88990011", "mike_t_coach", "Mike T"),
    "ortho": ("1600223344556677889", "kneeguy_greg", "Greg"),
    "anjali": ("1633445566778899001", "anjali_p", "Anjali Patel"),
    "raj": ("1644556677889900112", "raj_p_nyc", "Raj Patel"),
    "ben": ("1655667788990011223", "ben_runs_far", "Ben Okoro"),
    "t1d": ("1266778899001122334", "t1d_connect_org", "T1D Connect"),
    "bud": ("55443322", "bud_from_college", "Bud"),
}


def write_x_c(root):
    people = {v[1]: v for v in P.values()}
    owner = OWNER[0]
    dms = [
        ("kate", "2024-03-04 22:10", yes("low", "results", "chasing results, no number, no symptom", [
            ("kate", "u got my results yet?? its been a week and the portal still says pending 😩")])),
        ("mason_dad", "2024-03-09 19:40", yes("medium", "symptom-question", "a father: son's head injury at football, vomiting, ER or wait", [
            ("mason_dad", "Hey Doc, Mason took a hit at football today, bad headache and threw up once. Coach says he's fine. ER or wait and see?"),
            ("o", "Please take him to the ER tonight. Vomiting after a head injury needs to be checked right away.", {"minutes": 9})])),
        ("ortho", "2024-03-15 13:00", yes("medium", "post-procedure", "pain medication question after the physician's surgery", [
            ("ortho", "can I take tylenol with the oxycodone after the knee surgery you did? the pain is worse at night")])),
        ("t1d", "2024-03-20 16:00", no("health-news", "an association's webinar invitation", [
            ("t1d", "Join our free webinar on living well with Type 1 diabetes, Thursday at 7pm ET! Register at t1dconnect.example/webinar")])),
        ("bud", "2024-03-22 23:30", no("figure-of-speech", "a friend's figure of speech", [
            ("bud", "bro I'm dead 💀 that meme about interns killed me"),
            ("o", "😂😂 accurate", {"minutes": 4})])),
    ]
    exchanges, entries = [], []
    seq = 900
    for who, start, ex in dms:
        cid = "%d-%d" % tuple(sorted([int(owner), int(P[who][0])]))
        msgs = []
        for (w, text, opts), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            seq += 1
            msgs.append(tw.dm(tw.snowflake(t, seq), t, owner if w == "o" else P[w][0], P[who][0] if w == "o" else owner, text))
        msgs.reverse()
        ex.key = cid
        exchanges.append(ex)
        entries.append({"dmConversation": {"conversationId": cid, "messages": msgs}})
    group = yes("medium", "elder-care", "a group DM of a patient's children with the physician about her lab result and medicines", [
        ("anjali", "Dr. Nakamura, Mom's potassium was 3.1 on the hospital labs. They want to start her on a supplement, is that ok with her heart meds?"),
        ("raj", "Adding: she's also been more tired than usual this week.", {"minutes": 5}),
        ("o", "Thanks both. A potassium supplement is fine with her heart medicines. Let's recheck her level next week, I'll send the lab order.", {"minutes": 60})])
    gid = "1770011223344556677"
    gmsgs = []
    for (w, text, opts), t in zip(group.msgs, times(utc("2024-03-18 18:00"), group.msgs)):
        seq += 1
        gmsgs.append(tw.dm(tw.snowflake(t, seq), t, owner if w == "o" else P[w][0], None, text, group=True))
    gmsgs.reverse()
    gmsgs.append({"conversationNameUpdate": {"initiatingUserId": P["anjali"][0], "name": "Mom's care 💙",
                                             "createdAt": "2024-03-18T17:55:00.000Z"}})
    group.key = gid
    exchanges.append(group)
    long_reply = ("@ben_runs_far Ben, as we discussed at your visit, your knee MRI shows a small tear of the medial meniscus, "
                  "not the ACL. The good news is that most tears like yours settle with physical therapy. Keep the brace on for "
                  "running for now, ice after activity, and start the PT exercises this week. If the knee locks or gives way, "
                  "call the office and we'll move up the sports medicine referral.")
    tweets = [
        ("2024-03-12 15:00", ("ben", "1767700000000000041"), yes("high", "owner-public-disclosure",
            "a long public reply whose full text is only in note-tweet.js: a named patient's MRI result and advice", [("o", long_reply)]), True),
        ("2024-03-14 12:00", None, no("owner-education", "public education", [
            ("o", "Reminder that chest pain is never something to 'sleep off'. Call 911.")]), False),
        ("2024-03-16 17:30", None, no("owner-personal", "the physician's own flu shot", [
            ("o", "Got my flu shot today! Arm is a little sore but worth it 💉")]), False),
        ("2024-03-25 14:00", None, yes("high", "owner-public-disclosure", "the owner's public praise of a named 97-year-old patient after surgery", [
            ("o", "Shoutout to my favorite 97-year-old patient Mrs. Dolan, who walked 2 miles today after her hip replacement! 💪")]), False),
    ]
    tweet_items, notes = [], []
    for start, reply, ex, long in tweets:
        t = utc(start)
        seq += 1
        tid = tw.snowflake(t, seq)
        text = ex.msgs[0][1]
        shown = text[:255] + "… https://t.co/nT" + tid[-8:] if long else text
        rt = (reply[1], (P[reply[0]][0], P[reply[0]][1])) if reply else None
        body = tw.tweet(tid, t, shown, people, reply_to=rt)
        tweet_items.append((t, {"tweet": body}))
        if long:
            notes.append({"noteTweet": {"noteTweetId": str(int(tid) - 1000), "updatedAt": tw.iso(t),
                                        "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
                                        "createdAt": tw.iso(t), "core": {"styletags": [], "urls": [], "text": text,
                                                                         "mentions": [], "cashtags": [], "hashtags": []}}})
        ex.key = tid
        exchanges.append(ex)
    tweet_items.sort(key=lambda x: x[0], reverse=True)
    files = {
        "data/account.js": "window.YTD.account.part0 = " + x_json([{"account": {
            "email": "knakamura@lakesideonc.example", "createdVia": "web", "username": OWNER[1], "accountId": owner,
            "createdAt": "2023-01-10T10:00:00.000Z", "accountDisplayName": OWNER[2]}}]),
        "data/tweets.js": "window.YTD.tweets.part0 = " + x_json([x[1] for x in tweet_items]),
        "data/note-tweet.js": "window.YTD.note_tweet.part0 = " + x_json(notes),
        "data/direct-messages.js": "window.YTD.direct_messages.part0 = " + x_json(entries),
        "data/direct-messages-group.js": "window.YTD.direct_messages_group.part0 = " + x_json(
            [{"dmConversation": {"conversationId": gid, "messages": gmsgs}}]),
        "Your archive.html": "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head><body></body></html>\n",
    }
    zpath = os.path.join(root, "twitter-2024-04-01-3f9a0c7d2b1e.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 1, 6, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    write_labels(zpath[:-4], "twitter", exchanges)
    return exchanges


# ---------------------------------------------------------------- Facebook 2025 layout

def write_fb_c(root):
    folder = os.path.join(root, "facebook-json-2025")
    fresh(folder)
    owner = "Grace Whitfield"
    threads = [
        ("inbox", "mariaelenasoto_1203344556", ["María Elena Soto"], "2025-01-06 14:00", yes("medium", "symptom-question", "Spanglish grandmother, all lowercase: grandson's red eyes, school", [
            ("María Elena Soto", "doctor mi nieto tiene los ojos bien rojos y con lagaña since yesterday, is pink eye? puede ir a school?")])),
        ("inbox", "dougharlan_1204455667", ["Doug Harlan"], "2025-01-10 20:15", yes("medium", "post-procedure", "vasectomy follow-up logistics in slang", [
            ("Doug Harlan", "hey doc quick one, its been 3 months since the snip, when do I drop off the sample?")])),
        ("message_requests", "jenniferwu_1205566778", ["Jennifer Wu 🌻"], "2025-01-14 22:40", yes("medium", "third-party", "a mother about her daughter's vaping, asks to raise it at the physical", [
            ("Jennifer Wu 🌻", "I found a vape in Ava's backpack. She's 15. Can you talk to her about it at her physical next week without her knowing I told you?")])),
        ("inbox", "earlwashington_1206677889", ["Earl Washington"], "2025-01-20 07:05", yes("medium", "symptom-question", "voice-to-text, no punctuation: chest tightness on stairs, leg swelling, water pill", [
            ("Earl Washington", "hi doctor this is Earl from the Tuesday clinic I been having the chest tightness again when I climb the stairs and my legs swell at night should I double my water pill like last time")])),
        ("inbox", "tinawhitfield_1207788990", ["Tina Whitfield"], "2025-01-22 18:00", no("general-question", "a cousin's general question for a newsletter", [
            ("Tina Whitfield", "Is there an age when kids stop needing car seats? Asking for the PTA newsletter 🙂"),
            ("o", "Generally when they're 4'9\" tall, usually between 8 and 12. The AAP page has a good chart!", {"minutes": 45})])),
        ("inbox", "floorcrew_1208899001", ["Nadia Haddad", "Chris Bell"], "2025-01-24 15:30", no("colleague", "a nurse's message to the physician in a staff group about a patient in a room, no name", [
            ("Nadia Haddad", "Pt in room 4 (the 80yo w/ CHF) is asking for you, can you swing by before 5?"),
            ("o", "On my way after this consult", {"minutes": 10})])),
        ("message_requests", "freesamplesclub_1209900112", ["Free Samples Club"], "2025-01-26 03:00", no("drug-spam", "a CBD sample scam", [
            ("Free Samples Club", "Congratulations!! You've been selected for a FREE CBD sample 🌿 Claim here: bit.ly/freecbd-claim")])),
    ]
    exchanges = []
    base = os.path.join(folder, "your_facebook_activity", "messages")
    for sect, folder_name, others, start, ex in threads:
        thread = "%s/%s" % (sect, folder_name)
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc(start), ex.msgs))):
            msgs.append({"sender_name": owner if who == "o" else who, "timestamp_ms": int(t.timestamp() * 1000) + 7 * i,
                         "content": text, "is_geoblocked_for_viewer": False})
        if sect == "inbox" and folder_name.startswith("earl"):
            t = times(utc(start), ex.msgs)[-1] + timedelta(minutes=2)
            msgs.append({"sender_name": "Earl Washington", "timestamp_ms": int(t.timestamp() * 1000),
                         "audio_files": [{"uri": "your_facebook_activity/messages/%s/audio/audioclip1737357000000.mp4" % thread,
                                          "creation_timestamp": int(t.timestamp())}], "is_geoblocked_for_viewer": False})
            ex.msgs.append(("Earl Washington", "", {"attachment": True}))
        msgs.sort(key=lambda m: m["timestamp_ms"], reverse=True)
        doc = {"participants": [{"name": n} for n in others + [owner]], "messages": msgs,
               "title": others[0] if len(others) == 1 else "Floor 3 crew", "is_still_participant": True,
               "thread_path": thread, "magic_words": []}
        write(os.path.join(base, sect, folder_name, "message_1.json"), meta_json(doc))
        ex.key = thread
        exchanges.append(ex)
    posts = [
        ("2025-02-01 13:00", no("owner-personal", "the physician's own colonoscopy", [
            ("o", "After 10 years of ignoring my own advice, I finally got my colonoscopy. Two small polyps, both benign. Get screened, friends!")])),
    ]
    items = []
    for i, (start, ex) in enumerate(posts):
        t = int(utc(start).timestamp())
        items.append({"timestamp": t, "data": [{"post": ex.msgs[0][1]}, {"update_timestamp": t}], "title": owner + " updated her status."})
        ex.key = "your_posts__check_ins__photos_and_videos_1.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "your_facebook_activity", "posts", "your_posts__check_ins__photos_and_videos_1.json"), meta_json(items))
    write(os.path.join(folder, "personal_information", "profile_information", "profile_information.json"), meta_json({
        "profile_v2": {"name": {"full_name": owner, "first_name": "Grace", "middle_name": "", "last_name": "Whitfield"}}}))
    write_labels(folder, "facebook", exchanges)
    return exchanges


# ---------------------------------------------------------------- Instagram 2024 layout, reels comments

def write_ig_c(root):
    folder = os.path.join(root, "instagram-json-2024")
    fresh(folder)
    owner = "Dr. Amelia Kruger"
    threads = [
        ("inbox", "brittany.glows_17861122334455", "Brittany 💋", yes("medium", "post-procedure", "filler done last week, a lump, asks whether to come in", [
            ("Brittany 💋", "omg dr k the filler u did last week has a weird lump on the left side 😬 is that normal or should i come in")])),
        ("inbox", "j.rod_hoops_17862233445566", "Julian Rodriguez", yes("medium", "symptom-question", "teenager: ankle still clicks after the sprain the physician saw", [
            ("Julian Rodriguez", "yo is it bad if my ankle still clicks 2 months after the sprain u saw")])),
        ("message_requests", "sra.beatriz.l_17863344556677", "Beatriz Lozano", yes("medium", "symptom-question", "Spanish: husband's lump in the neck for 3 weeks", [
            ("Beatriz Lozano", "Buenas noches doctora, a mi esposo le salió una bolita en el cuello y no se le quita, ya tiene 3 semanas. ¿Lo llevo a consulta o es normal?")])),
        ("inbox", "scrubsquad.fan_17864455667788", "Kayla ✨", no("fan-thanks", "a follower asks about scrubs", [
            ("Kayla ✨", "love your scrubs where are they from?? 😍")])),
        ("message_requests", "sunshield.pr_17865566778899", "SunShield PR", no("sales", "a brand's PR offer", [
            ("SunShield PR", "Hi Dr! We're launching a new mineral SPF line and would love to send you a PR box 💛")])),
        ("inbox", "milo.the.pup.mom_17866677889900", "Rachel M", no("pet", "a pet's surgery", [
            ("Rachel M", "my dog had knee surgery last week and honestly your posts on post-op care helped me more than the vet's handout lol 🐶")])),
    ]
    act = os.path.join(folder, "your_instagram_activity")
    exchanges = []
    for sect, folder_name, other, ex in threads:
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc("2024-05-%02d 20:00" % (2 + 3 * len(exchanges))), ex.msgs))):
            msgs.append({"sender_name": owner if who == "o" else who, "timestamp_ms": int(t.timestamp() * 1000), "content": text,
                         "is_geoblocked_for_viewer": False})
        msgs.reverse()
        doc = {"participants": [{"name": other}, {"name": owner}], "messages": msgs, "title": other,
               "is_still_participant": True, "thread_path": "%s/%s" % (sect, folder_name), "magic_words": []}
        write(os.path.join(act, "messages", sect, folder_name, "message_1.json"), meta_json(doc))
        ex.key = "%s/%s" % (sect, folder_name)
        exchanges.append(ex)
    reels = [
        ("clinica.sonrisas", no("personal-family", "Spanish: a compliment on a clinic photo", [("o", "¡Qué bonita foto del consultorio! 😍")])),
        ("brittany.glows", yes("medium", "owner-public-disclosure", "the owner's public reel comment about a named client's treatment", [
            ("o", "Brittany the lip filler settled so nicely after that little lump, glad you came back in! 💋")])),
    ]
    items = []
    for i, (media_owner, ex) in enumerate(reels):
        items.append({"string_map_data": {"Comment": {"value": ex.msgs[0][1]}, "Media Owner": {"value": media_owner},
                                          "Time": {"timestamp": int(utc("2024-06-%02d 12:00" % (1 + i)).timestamp())}}})
        ex.key = "reels_comments.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(act, "comments", "reels_comments.json"), meta_json({"comments_reels_comments": items}))
    write(os.path.join(folder, "personal_information", "personal_information", "personal_information.json"), meta_json({"profile_user": [{
        "string_map_data": {"Username": {"href": "", "value": "dr.ameliakruger", "timestamp": 0},
                            "Name": {"href": "", "value": owner, "timestamp": 0}}}]}))
    write_labels(folder, "instagram", exchanges)
    return exchanges


# ---------------------------------------------------------------- LinkedIn 2024 Complete, with a draft

def write_li_c(root):
    folder = os.path.join(root, "Complete_LinkedInDataExport_03-15-2024")
    fresh(folder)
    owner = ("Kenji Nakamura", "kenji-nakamura-md")
    IN = "https://www.linkedin.com/in/"
    convs = [
        ("2-SGVsZW5DaGVtbw==", ("Paul Brenner", "paul-brenner-cfo"), "2024-02-05 13:20", yes("medium", "third-party", "an executive about his wife's chemotherapy and fever", [
            ("Paul Brenner", "Dr. Nakamura, my wife Helen started her second round of chemo with your team on Monday. She's been running 100.8 since last night. Is this something we call the oncology line about?")])),
        ("2-UG9ydFJlcA==", ("Tanya Greer", "tanya-greer-oncura"), "2024-02-12 10:00", no("sales", "a device representative", [
            ("Tanya Greer", "Dr. Nakamura, I'm with Oncura medical devices. Could we schedule 15 minutes to show you our new port system?")])),
        ("2-UmV1bmlvbg==", ("Case Western Alumni", None), "2024-02-20 17:00", no("personal-family", "an alumni reunion notice", [
            ("Case Western Alumni", "Save the date: Class of 2005 reunion, June 8!")])),
    ]
    rows = []
    exchanges = []
    for cid, other, start, ex in convs:
        for (who, text, mo), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            rows.append([cid, "", other[0], IN + other[1] if other[1] else "", owner[0], IN + owner[1],
                         t.strftime("%Y-%m-%d %H:%M:%S UTC"), "", text, "INBOX", "", "No", "No"])
        ex.key = cid
        exchanges.append(ex)
    rows.append(["2-SGVsZW5DaGVtbw==", "", owner[0], IN + owner[1], "Paul Brenner", IN + "paul-brenner-cfo",
                 "2024-02-05 15:00:00 UTC", "", "Paul, please call the oncology", "INBOX", "", "Yes", "No"])
    write(os.path.join(folder, "messages.csv"), csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
         "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"], rows))
    inv = yes("low", "patient-update", "invitation note: the physician treated a named father who has since died", [
        ("x", "Hi Dr. Nakamura, you treated my father (Ray Dunn) last spring. He passed in October. Just wanted to connect and thank you for your kindness.")])
    write(os.path.join(folder, "Invitations.csv"), csv_text(
        ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
        [["Laura Dunn", owner[0], "1/8/24, 6:12 PM", inv.msgs[0][1], "INCOMING", IN + "laura-dunn-22", IN + owner[1]]]))
    inv.key = "Invitations.csv#1"
    exchanges.append(inv)
    write(os.path.join(folder, "Profile.csv"), csv_text(["First Name", "Last Name", "Headline"], [["Kenji", "Nakamura", "Medical Oncologist"]]))
    write_labels(folder, "linkedin", exchanges)
    return exchanges


# ---------------------------------------------------------------- Reddit

def write_reddit_c(root):
    from reddit import CHAT_HEADER, COMMENT_HEADER, PM_HEADER, POST_HEADER, b36, stamp
    owner = "DrLuisMedinaMD"
    folder = os.path.join(root, "export_DrLuisMedinaMD_20240601")
    fresh(folder)
    pms = [
        ("toe", "2024-05-06 14:30", yes("medium", "post-procedure", "slang: an ingrown toenail treated on Monday now draining pus", [
            ("toe_guy_22", "hey its the guy with the ingrown toenail from monday lol, it's draining pus now, is that good or bad")])),
        ("burnout", "2024-05-10 21:00", no("colleague", "a colleague's support", [
            ("im_doc_tired", "hey saw your comment in r/medicine about burnout, same here. hang in there")])),
    ]
    rows, exchanges = [], []
    n = 4_000_000
    for subject, start, ex in pms:
        thread = None
        other = ex.msgs[0][0]
        for (who, text, mo), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            n += 4441
            mid = b36(n)
            thread = thread or mid
            rows.append([mid, "https://www.reddit.com/message/messages/" + mid, thread, stamp(t), "", other if who != "o" else owner,
                         owner if who != "o" else other, subject, text])
        ex.key = thread
        exchanges.append(ex)
    write(os.path.join(folder, "messages.csv"), csv_text(PM_HEADER, rows))
    chat = yes("medium", "vaccine-question", "chat: a mother about her son's flu shot and egg allergy", [
        ("leos_mom_oh", "Dr M is it ok if I give Leo his flu shot at CVS instead of waiting for his checkup? he has the egg allergy")])
    write(os.path.join(folder, "chat_history.csv"), csv_text(CHAT_HEADER, [[
        "msg_02A77", "2024-05-12 18:00:00 UTC", "", "leos_mom_oh", chat.msgs[0][1], "", "sendbird_group_channel_70011_d4", "", "", "direct"]]))
    chat.key = "sendbird_group_channel_70011_d4"
    exchanges.append(chat)
    comments = [
        ("Columbus", "1cq2w3e", yes("medium", "owner-public-disclosure", "the owner's public comment to a named person about her thyroid dose and labs", [
            ("o", "Hey u/lucy_in_ohio, glad the new thyroid dose is working! See you in 6 weeks for labs.")])),
    ]
    com_rows = []
    for i, (sub, post, ex) in enumerate(comments):
        cid = "l7z%d" % i
        link = "https://www.reddit.com/r/%s/comments/%s/thread/" % (sub, post)
        com_rows.append([cid, link + cid + "/", "2024-05-15 12:00:00 UTC", "", sub, "0", link, "t3_" + post, ex.msgs[0][1], ""])
        ex.key = cid
        exchanges.append(ex)
    write(os.path.join(folder, "comments.csv"), csv_text(COMMENT_HEADER, com_rows))
    post = no("clinic-announcement", "a public notice about urgent care hours", [
        ("o", "PSA: the urgent care on Main closes at 8 now. If your kid has a fever after 8, the ER at St. Luke's is your option.")])
    write(os.path.join(folder, "posts.csv"), csv_text(POST_HEADER, [["1cz9q8w", "https://www.reddit.com/r/Columbus/comments/1cz9q8w/psa/",
        "2024-05-20 13:00:00 UTC", "", "Columbus", "0", "PSA: urgent care hours changed", "", post.msgs[0][1]]]))
    post.key = "1cz9q8w"
    exchanges.append(post)
    write(os.path.join(folder, "statistics.csv"), csv_text(["statistic", "value"], [["account name", owner]]))
    write_labels(folder, "reddit", exchanges)
    return exchanges


# ---------------------------------------------------------------- Mastodon zip, two orderedItems keys

def write_mastodon_c(root):
    me = "https://health.town.example/users/drwren"
    pub = "https://www.w3.org/ns/activitystreams#Public"
    fol = me + "/followers"
    posts = [
        (112200000000000001, "2024-06-03 09:00", "direct", ("harriet", "https://knit.example/users/harriet"), yes("high", "owner-advice", "the owner's direct message: a result and a prescription", [
            ("o", "@harriet Your potassium was a little low, so I've sent a potassium supplement to your pharmacy. Recheck in 2 weeks.")])),
        (112200000000000002, "2024-06-07 19:20", "public", ("sam_the_baker", "https://bread.example/users/sam_the_baker"), yes("medium", "owner-public-disclosure", "the owner's public reply about a named person's father's diagnosis and a referral", [
            ("o", "@sam_the_baker Sam, so sorry about your dad's diagnosis. Happy to talk through the oncology referral when you come in Tuesday.")])),
        (112200000000000003, "2024-06-10 12:00", "public", None, no("clinic-announcement", "clinic closure with the practice's phone", [
            ("o", "Our clinic will be closed Friday. For urgent needs call (555) 310-4400.")])),
        (112200000000000004, "2024-06-12 21:40", "public", ("jo_paints", "https://art.example/users/jo_paints"), no("figure-of-speech", "the owner's own back after moving day", [
            ("o", "@jo_paints Haha yes, my back is killing me after moving day too!")])),
    ]
    items, exchanges = [], []
    for sid, start, vis, mention, ex in posts:
        at = utc(start).strftime("%Y-%m-%dT%H:%M:%SZ")
        url = "%s/statuses/%d" % (me, sid)
        m = [mention[1]] if mention else []
        to, cc = {"public": ([pub], [fol] + m), "direct": (m, [])}[vis]
        text = ex.msgs[0][1]
        body = html.escape(text, quote=False)
        if mention:
            host = mention[1].split("/")[2]
            body = body.replace("@" + mention[0], '<span class="h-card" translate="no"><a href="https://%s/@%s" class="u-url mention">@<span>%s</span></a></span>'
                                % (host, mention[0], mention[0]), 1)
        obj = {"id": url, "type": "Note", "summary": None, "inReplyTo": (mention[1] + "/statuses/5%d" % (sid % 100)) if mention else None,
               "published": at, "url": "https://health.town.example/@drwren/%d" % sid, "attributedTo": me, "to": to, "cc": cc,
               "sensitive": False, "atomUri": url, "conversation": "tag:health.town.example,%s:objectId=%d:objectType=Conversation" % (start[:10], sid),
               "content": "<p>" + body + "</p>", "contentMap": {"en": "<p>" + body + "</p>"}, "attachment": [],
               "tag": [{"type": "Mention", "href": mention[1], "name": "@%s@%s" % (mention[0], mention[1].split("/")[2])}] if mention else []}
        items.append({"id": url + "/activity", "type": "Create", "actor": me, "published": at, "to": to, "cc": cc, "object": obj})
        ex.key = str(sid)
        exchanges.append(ex)
    raw = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
                      "totalItems": len(items), "orderedItems": items}, ensure_ascii=False, separators=(",", ":"))
    raw = raw.replace('"orderedItems":', '"orderedItems":[],"orderedItems":', 1)
    actor = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": me, "type": "Person", "followers": fol,
                        "outbox": "outbox.json", "preferredUsername": "drwren", "name": "Dr. Wren Castillo"})
    zpath = os.path.join(root, "archive-20240615120000-aa11bb22cc33dd44.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("outbox.json", raw), ("actor.json", actor)):
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 15, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    write_labels(zpath[:-4], "mastodon", exchanges)
    return exchanges
