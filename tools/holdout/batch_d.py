"""Fourth held-out batch, written after batches A, B and C had been used for tuning and measured
once blind (its first figure is in the held-out README); then used for tuning like the others."""
import os

import twitter as tw
from common import csv_text, fresh, meta_json, no, times, utc, write, write_labels, x_json, yes

OWNER = ("1733445566778899001", "DrSunmiLee", "Sunmi Lee, MD")
P = {
    "ruth": ("1744556677889900112", "ruth_and_jim", "Ruth"),
    "kim": ("1755667788990011223", "kimmy_k_mom", "Kim K"),
    "wanda": ("1766778899001122334", "wanda_bakes", "Wanda Pierce"),
    "tony": ("77665544", "tonyeatsnyc", "Tony"),
    "pod": ("1777889900112233445", "raisingtinyhumans", "Raising Tiny Humans Pod"),
}


def write_x_d(root):
    folder = os.path.join(root, "x-2025-family-medicine")
    fresh(folder)
    people = {v[1]: v for v in P.values()}
    owner = OWNER[0]
    dms = [
        ("ruth", "2025-02-03 04:20", yes("medium", "elder-care", "a wife: husband's low sugars at night since a new drug, dose question", [
            ("ruth", "Dr. Lee, my husband's sugar keeps dropping at night since they added the glipizide. He woke up sweaty and confused at 3am. We gave him juice. Should he skip tonight's dose?")])),
        ("kim", "2025-02-05 12:10", yes("low", "appointment", "a parent asks for a child's sports physical form, no symptom", [
            ("kim", "hiii sorry to bug u on here but can u send me the form for my kid's sports physical? the school needs it by friday 🙏")])),
        ("wanda", "2025-02-08 09:45", yes("medium", "symptom-question", "swelling back, taking the diuretic as the physician said", [
            ("wanda", "Dr Lee its Wanda. The swelling in my feet is back and my shoes don't fit. I'm taking the furosemide every morning like you said")])),
        ("tony", "2025-02-10 20:00", no("figure-of-speech", "a friend's slang", [
            ("tony", "Doc you HAVE to try the new ramen place on 3rd, it's sick 🔥")])),
        ("pod", "2025-02-12 15:30", no("general-question", "a podcast's general question", [
            ("pod", "What age do you recommend starting kids on screen time limits? Asking for our parenting podcast 🎙️")])),
    ]
    exchanges, entries = [], []
    seq = 1200
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
    tweets = [
        ("2025-02-09 18:00", ("wanda", "1888500000000000051"), yes("high", "owner-public-disclosure", "the owner's public reply with advice to a named patient", [
            ("o", "@wanda_bakes Wanda, keep your feet up and cut back on salt this week. Call me Friday with your weights.")])),
        ("2025-02-14 21:00", None, no("owner-personal", "the physician's own daughter's vaccine", [
            ("o", "My daughter got her first vaccines today and I cried more than she did 😭")])),
    ]
    items = []
    for start, reply, ex in tweets:
        t = utc(start)
        seq += 1
        tid = tw.snowflake(t, seq)
        rt = (reply[1], (P[reply[0]][0], P[reply[0]][1])) if reply else None
        items.append((t, {"tweet": tw.tweet(tid, t, ex.msgs[0][1], people, reply_to=rt)}))
        ex.key = tid
        exchanges.append(ex)
    items.sort(key=lambda x: x[0], reverse=True)
    data = os.path.join(folder, "data")
    write(os.path.join(data, "tweets.js"), "window.YTD.tweets.part0 = " + x_json([x[1] for x in items]))
    write(os.path.join(data, "direct-messages.js"), "window.YTD.direct_messages.part0 = " + x_json(entries))
    write(os.path.join(data, "account.js"), "window.YTD.account.part0 = " + x_json([{"account": {
        "email": "slee@maplefm.example", "createdVia": "web", "username": OWNER[1], "accountId": owner,
        "createdAt": "2021-09-01T10:00:00.000Z", "accountDisplayName": OWNER[2]}}]))
    write_labels(folder, "twitter", exchanges)
    return exchanges


def write_fb_d(root):
    folder = os.path.join(root, "facebook-json-2024-lee")
    fresh(folder)
    owner = "Sunmi Lee"
    threads = [
        ("inbox", "lindachen_1301122334", ["Linda Chen"], yes("medium", "elder-care", "non-native English: a 91-year-old mother's fall, not eating, sleeping", [
            ("Linda Chen", "Hello Dr. Lee. I am Mrs. Chen daughter. My mother fall last week, now she not eating and sleep all day. She is 91. What we should do?")])),
        ("inbox", "shaylamoore_1302233445", ["Shayla Moore"], yes("medium", "medication-question", "antibiotics caused a yeast infection, asks for a prescription", [
            ("Shayla Moore", "lol so the antibiotics gave me a yeast infection 🙄 can u call something in for that")])),
        ("message_requests", "bethanyross_1303344556", ["Bethany Ross"], yes("medium", "symptom-question", "a toddler may have swallowed a button battery", [
            ("Bethany Ross", "my 2 yo swallowed a button battery maybe?? not sure, she's acting normal. do we need to go in")])),
        ("inbox", "jennaortiz_1304455667", ["Jenna Ortiz"], no("personal-family", "a neighbour's sleepover joke", [
            ("Jenna Ortiz", "our kids are having a sleepover Friday, yours are welcome! lice check not required lol")])),
        ("inbox", "maplefmdocs_1305566778", ["Raj Singh", "Emily Hart"], no("colleague", "colleagues ask for standing orders", [
            ("Raj Singh", "Does anyone have the updated RSV vaccine standing orders for our pregnant patients?"),
            ("Emily Hart", "Sending them now!", {"minutes": 12})])),
    ]
    exchanges = []
    for sect, folder_name, others, ex in threads:
        thread = "%s/%s" % (sect, folder_name)
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc("2025-03-%02d 19:00" % (3 + 2 * len(exchanges))), ex.msgs))):
            msgs.append({"sender_name": owner if who == "o" else who, "timestamp_ms": int(t.timestamp() * 1000), "content": text,
                         "is_geoblocked_for_viewer": False})
        msgs.reverse()
        doc = {"participants": [{"name": n} for n in others + [owner]], "messages": msgs, "title": others[0],
               "is_still_participant": True, "thread_path": thread, "magic_words": []}
        write(os.path.join(folder, "your_activity_across_facebook", "messages", sect, folder_name, "message_1.json"), meta_json(doc))
        ex.key = thread
        exchanges.append(ex)
    write(os.path.join(folder, "personal_information", "profile_information", "profile_information.json"), meta_json({
        "profile_v2": {"name": {"full_name": owner, "first_name": "Sunmi", "middle_name": "", "last_name": "Lee"}}}))
    write_labels(folder, "facebook", exchanges)
    return exchanges


def write_ig_d(root):
    folder = os.path.join(root, "instagram-json-2025-lee")
    fresh(folder)
    owner = "Dr. Sunmi Lee"
    threads = [
        ("inbox", "tay.lor.made_17871122334455", "Taylor", yes("medium", "reproductive-health", "period late since starting a contraceptive injection", [
            ("Taylor", "is it normal that my period has been 3 weeks late since i started the depo? not pregnant i checked")])),
        ("inbox", "andres.villa_17872233445566", "Andrés Villa", yes("medium", "elder-care", "Spanish: father fell and hit his head, on an anticoagulant", [
            ("Andrés Villa", "Doc, mi papá se cayó en el baño y se pegó en la cabeza, toma Xarelto. ¿Lo llevo a emergencias?")])),
        ("inbox", "momof3.rachel_17873344556677", "Rachel", no("fan-thanks", "a follower shares a post", [
            ("Rachel", "your post on sunscreen myths was 🔥 shared it with my whole family")])),
        ("message_requests", "ketoburn.official_17874455667788", "KetoBurn", no("drug-spam", "diet gummy spam", [
            ("KetoBurn", "Lose 20 lbs in 2 weeks with our keto gummies 💊 link in bio!!")])),
    ]
    exchanges = []
    for sect, folder_name, other, ex in threads:
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc("2025-04-%02d 21:00" % (2 + 2 * len(exchanges))), ex.msgs))):
            msgs.append({"sender_name": owner if who == "o" else who, "timestamp_ms": int(t.timestamp() * 1000), "content": text,
                         "is_geoblocked_for_viewer": False})
        doc = {"participants": [{"name": other}, {"name": owner}], "messages": msgs, "title": other,
               "is_still_participant": True, "thread_path": "%s/%s" % (sect, folder_name), "magic_words": []}
        write(os.path.join(folder, "your_instagram_activity", "messages", sect, folder_name, "message_1.json"), meta_json(doc))
        ex.key = "%s/%s" % (sect, folder_name)
        exchanges.append(ex)
    write(os.path.join(folder, "personal_information", "personal_information", "personal_information.json"), meta_json({"profile_user": [{
        "string_map_data": {"Username": {"href": "", "value": "dr.sunmilee", "timestamp": 0},
                            "Name": {"href": "", "value": owner, "timestamp": 0}}}]}))
    write_labels(folder, "instagram", exchanges)
    return exchanges


def write_li_d(root):
    folder = os.path.join(root, "Basic_LinkedInDataExport_05-01-2025")
    fresh(folder)
    owner = ("Sunmi Lee", "sunmi-lee-md")
    IN = "https://www.linkedin.com/in/"
    convs = [
        ("2-V2lmZU1SSQ==", ("Gordon Hale", "gordon-hale-pm"), yes("medium", "results", "a husband follows up on his wife's MRI and a mass", [
            ("Gordon Hale", "Dr. Lee, following up on my wife's MRI from last Thursday. Any word on whether the mass is benign?")])),
        ("2-TG9jdW1z", ("Locum Partners", None), no("recruiter", "a locum recruiter", [
            ("Locum Partners", "Hi Sunmi, we have high-paying family medicine locum shifts in Oregon this summer. Interested?")])),
        ("2-TWVhc2xlcw==", ("Dana Ruiz", "dana-ruiz-news"), no("reporter", "a reporter about vaccination rates", [
            ("Dana Ruiz", "Hi Dr. Lee, I'm writing about the measles outbreak. Could you comment on vaccination rates in our county?")])),
    ]
    rows, exchanges = [], []
    for n, (cid, other, ex) in enumerate(convs):
        for (who, text, mo), t in zip(ex.msgs, times(utc("2025-04-%02d 14:00" % (10 + n)), ex.msgs)):
            rows.append([cid, "", other[0], IN + other[1] if other[1] else "", owner[0], IN + owner[1],
                         t.strftime("%Y-%m-%d %H:%M:%S UTC"), "", text, "INBOX"])
        ex.key = cid
        exchanges.append(ex)
    write(os.path.join(folder, "messages.csv"), csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT",
         "CONTENT", "FOLDER"], rows))
    write(os.path.join(folder, "Profile.csv"), csv_text(["First Name", "Last Name", "Headline"], [["Sunmi", "Lee", "Family physician"]]))
    write_labels(folder, "linkedin", exchanges)
    return exchanges


def write_reddit_d(root):
    from reddit import CHAT_HEADER, COMMENT_HEADER, PM_HEADER, POST_HEADER, b36, stamp
    owner = "DrSunmiLee"
    folder = os.path.join(root, "export_DrSunmiLee_20250601")
    fresh(folder)
    pms = [
        ("awkward question", yes("medium", "sexual-health", "an antidepressant's sexual side effects, asks to switch", [
            ("throwaway_sl_22", "ok this is awkward but I think the new antidepressant is killing my sex drive. is there something else I can switch to")])),
        ("5K sponsorship", no("clinic-announcement", "a charity run sponsorship request", [
            ("runfordiabetes_org", "Hi Dr. Lee, I'm organizing a 5K for diabetes awareness, would your clinic sponsor a water station?")])),
    ]
    rows, exchanges = [], []
    n = 5_000_000
    for i, (subject, ex) in enumerate(pms):
        t = utc("2025-05-%02d 20:00" % (3 + i))
        n += 3331
        mid = b36(n)
        rows.append([mid, "https://www.reddit.com/message/messages/" + mid, mid, stamp(t), "", ex.msgs[0][0], owner, subject, ex.msgs[0][1]])
        ex.key = mid
        exchanges.append(ex)
    write(os.path.join(folder, "messages.csv"), csv_text(PM_HEADER, rows))
    chat = yes("medium", "refill", "chat: a son's ADHD medication ran out, a new prescription today", [
        ("marcus_dad_sl", "Dr L, my son's ADHD meds ran out and the pharmacy needs a new script for the 30mg. Can you send it today?")])
    write(os.path.join(folder, "chat_history.csv"), csv_text(CHAT_HEADER, [[
        "msg_03B11", "2025-05-08 17:00:00 UTC", "", "marcus_dad_sl", chat.msgs[0][1], "", "sendbird_group_channel_80022_e5", "", "", "direct"]]))
    chat.key = "sendbird_group_channel_80022_e5"
    exchanges.append(chat)
    com = no("general-question", "a general answer in public", [
        ("o", "In general, a fever in a baby under 3 months means the ER, no matter what time it is.")])
    write(os.path.join(folder, "comments.csv"), csv_text(COMMENT_HEADER, [[
        "m8k1", "https://www.reddit.com/r/AskDocs/comments/1kx2y3z/fever/m8k1/", "2025-05-10 02:00:00 UTC", "", "AskDocs", "0",
        "https://www.reddit.com/r/AskDocs/comments/1kx2y3z/fever/", "t3_1kx2y3z", com.msgs[0][1], ""]]))
    com.key = "m8k1"
    exchanges.append(com)
    write(os.path.join(folder, "statistics.csv"), csv_text(["statistic", "value"], [["account name", owner]]))
    write_labels(folder, "reddit", exchanges)
    return exchanges


def write_mastodon_d(root):
    import json
    import zipfile
    me = "https://docs.example/users/sunmilee"
    pub = "https://www.w3.org/ns/activitystreams#Public"
    posts = [
        (113300000000000001, "2025-05-12 10:00", ("pat_q", "https://town.example/users/pat_q"), yes("medium", "owner-public-disclosure", "the owner's public reply about a named person's colonoscopy", [
            ("o", "@pat_q So glad the colonoscopy was clear, Pat! See you in 10 years 😄")])),
        (113300000000000002, "2025-05-14 16:00", None, no("opinion", "a joke about water", [
            ("o", "Hot take: 'just drink more water' is the most overprescribed treatment in medicine 😂")])),
    ]
    items, exchanges = [], []
    for sid, start, mention, ex in posts:
        at = utc(start).strftime("%Y-%m-%dT%H:%M:%SZ")
        url = "%s/statuses/%d" % (me, sid)
        cc = [me + "/followers"] + ([mention[1]] if mention else [])
        text = ex.msgs[0][1]
        body = text
        if mention:
            body = text.replace("@" + mention[0], '<span class="h-card"><a href="https://town.example/@%s" class="u-url mention">@<span>%s</span></a></span>'
                                % (mention[0], mention[0]), 1)
        obj = {"id": url, "type": "Note", "inReplyTo": mention[1] + "/statuses/9" if mention else None, "published": at,
               "attributedTo": me, "to": [pub], "cc": cc, "conversation": "tag:docs.example,2025:objectId=%d:objectType=Conversation" % sid,
               "content": "<p>" + body + "</p>", "attachment": [],
               "tag": [{"type": "Mention", "href": mention[1], "name": "@%s@town.example" % mention[0]}] if mention else []}
        items.append({"id": url + "/activity", "type": "Create", "actor": me, "published": at, "to": [pub], "cc": cc, "object": obj})
        ex.key = str(sid)
        exchanges.append(ex)
    zpath = os.path.join(root, "archive-20250601080000-0f1e2d3c4b5a6978.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("outbox.json", json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
                                                       "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items})),
                           ("actor.json", json.dumps({"id": me, "type": "Person", "preferredUsername": "sunmilee", "name": "Dr. Sunmi Lee",
                                                      "outbox": "outbox.json", "followers": me + "/followers"}))):
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    write_labels(zpath[:-4], "mastodon", exchanges)
    return exchanges


def write_ig_legacy(root):
    """An Instagram download of the layout used until late 2020 (messages.json at the root), added with
    the reader for that layout: no reader read it before, so its exchanges were all missed."""
    import json
    from common import mojibake
    folder = os.path.join(root, "dr.priya.ortho_20200410")
    fresh(folder)
    owner = "dr.priya.ortho"
    convs = [
        (["kyle.skates"], "2020-03-20 22:10", yes("medium", "post-procedure", "a teenager: the cast the physician put on is itchy and smells", [
            ("kyle.skates", "yo dr priya the cast u put on my wrist smells so bad and its super itchy inside 😷 is that normal or do i come in")])),
        (["gramma.jo.knits"], "2020-03-24 15:30", yes("medium", "elder-care", "a grandmother, knee replacement, swelling, with a photo", [
            ("gramma.jo.knits", "Dear Doctor Priya my new knee is swollen and warm since Sunday. I am icing it like you said. Here is a picture."),
            ("gramma.jo.knits", "", {"photo": True, "minutes": 1})])),
        (["ortho.fellows.chat", "dr.ben.lu"], "2020-03-27 19:00", no("colleague", "colleagues plan a journal club, group", [
            ("dr.ben.lu", "Journal club Thursday? I'll bring the ACL paper"),
            ("o", "Yes! 7pm works", {"minutes": 20})])),
        (["climbing.gym.la"], "2020-04-01 12:00", no("fan-thanks", "a gym thanks the physician for a talk", [
            ("climbing.gym.la", "Thanks for the finger injury talk last week! Our members loved it 🧗")])),
    ]
    data, exchanges = [], []
    for others, start, ex in convs:
        users = sorted(others + [owner])
        msgs = []
        for (who, text, mo), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            m = {"sender": owner if who == "o" else who, "created_at": t.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")}
            if mo.get("photo"):
                m["media"] = "https://scontent.example/v/t51.2885-15/%d_n.jpg" % int(t.timestamp())
            else:
                m["text"] = mojibake(text)
            msgs.append(m)
        msgs.reverse()
        data.append({"participants": users, "conversation": msgs})
        ex.key = "conversation/" + ",".join(users)
        exchanges.append(ex)
    write(os.path.join(folder, "messages.json"), json.dumps(data, indent=2, ensure_ascii=True))
    write(os.path.join(folder, "profile.json"), json.dumps({"biography": "Orthopedic surgeon", "name": "Dr. Priya Raman",
                                                           "private_account": False, "username": owner}, indent=2))
    write(os.path.join(folder, "comments.json"), json.dumps({"media_comments": [
        ["2020-04-05T10:00:00+00:00", mojibake("Kyle, glad the wrist fracture healed so well! No skating for 2 more weeks 🛹"), "kyle.skates"]],
        "live_comments": []}, indent=2, ensure_ascii=True))
    c = yes("medium", "owner-public-disclosure", "the owner's public comment: a named teenager's fracture and advice", [
        ("o", "Kyle, glad the wrist fracture healed so well! No skating for 2 more weeks 🛹")])
    c.key = "comments.json#0"
    exchanges.append(c)
    write_labels(folder, "instagram", exchanges)
    return exchanges
