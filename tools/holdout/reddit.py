"""Reddit held-out data requests: one with statistics.csv and chats, one with messages_archive.csv only."""
import os

from common import csv_text, fresh, no, times, utc, write, write_labels, yes

PM_HEADER = ["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]
CHAT_HEADER = ["message_id", "created_at", "updated_at", "username", "message", "thread_parent_message_id",
               "channel_url", "subreddit", "channel_name", "conversation_type"]
COMMENT_HEADER = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]
POST_HEADER = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S UTC")


def marsh():
    owner = "DrHelenaMarsh"
    pms = [
        ("question", "2025-03-03 03:10", yes("medium", "medication-question", "slang, never says the drug's name: a muscle relaxant from a visit knocks him out", [
            ("bk_lifts_heavy", "hey doc its me from the thursday clinic (the guy with the back thing lol). the muscle relaxers u gave me knock me out, can i just take half?")])),
        ("my son", "2025-03-10 21:40", yes("high", "medication-question", "a mother: son's ADHD dose, appetite and weight; owner changes the dose", [
            ("tylers_mom_kc", "Hi Dr Marsh, you saw my son Tyler last week for his ADHD follow up. Since the Adderall dose went up he's barely eating and lost 4 lbs. Should we go back to 10mg?"),
            ("o", "Yes, go back to 10 mg for now and let's see him in two weeks. Please call the office to book it.", {"minutes": 90})])),
        ("please dont share", "2025-03-18 05:20", yes("medium", "reproductive-health", "a young patient: late period, wants a discreet test", [
            ("throwaway_8812_x", "Throwaway bc embarrassing. I think my birth control failed, last period was 6 weeks ago. I'm your patient (you did my pap in May). Can I just come in for a test without my parents finding out on the insurance?")])),
        ("labs", "2025-04-01 13:25", yes("medium", "results", "lab result flagged high, asks about his levothyroxine", [
            ("mike_from_brookside", "got my labs back, TSH 8.9 and it says flagged high. do i need to change my levothyroxine or wait for u to call")])),
        ("Interview request", "2025-04-09 15:00", no("reporter", "a reporter asks for a call", [
            ("brookside_ledger_kim", "Hi Dr. Marsh, I'm a reporter at the Brookside Ledger working on a story about the local doctor shortage. Could we set up a call this week?")])),
        ("💊💊💊", "2025-04-12 02:00", no("drug-spam", "drug spam", [
            ("rx_fast_ship_77", "BUY XANAX ONLINE NO RX 💊 discreet shipping, crypto accepted. t.me/rxfastship")])),
        ("premed question", "2025-04-20 19:10", no("student", "a premed asks for advice", [
            ("future_md_2029", "Hi! I'm a premed and loved your AMA. Do you think scribing or research is better for med school applications?"),
            ("o", "Both are good! Scribing taught me more about real clinic life. Good luck!", {"minutes": 600})])),
    ]
    chats = [
        ("sendbird_group_channel_61022_a9", "", "direct", "2025-03-26 22:30", yes("medium", "refill", "chat: inhaler ran out, asks for a prescription at a named pharmacy", [
            ("kev_lifts", "yo dr m its kev. my inhaler ran out and the pharmacy needs a new script, can u send it to the cvs on main"),
            ("kev_lifts", "the blue one", {"minutes": 1})])),
        ("sendbird_group_channel_61544_c3", "", "direct", "2025-04-04 16:45", yes("medium", "elder-care", "chat: grandmother (93) is the physician's patient, sleepy on a new pain medicine", [
            ("anna_becker_92", "Dr. Marsh, my grandmother Ilse Becker is 93 and your patient. She has been very sleepy since the new pain medicine. Is that the oxycodone? Should I hold it?")])),
        ("sendbird_group_channel_60011_b2", "", "direct", "2025-04-11 23:00", no("figure-of-speech", "chat with a friend: figure of speech", [
            ("jordo_poker", "bro that chili almost killed me lmao. poker friday?"),
            ("o", "lol I warned you. yes, 8pm", {"minutes": 6})])),
        ("sendbird_group_channel_58000_f1", "FamilyMedicine", "group", "2025-04-15 20:20", no("colleague", "subreddit chat of clinicians", [
            ("fm_doc_in_ohio", "anyone else seeing a ton of walking pneumonia in kids this fall? we're doing azithro for most"),
            ("o", "Yes, a lot. Same approach here unless they look sick.", {"minutes": 14})])),
    ]
    comments = [
        ("AskDocs", "1j2k3l4", "headache_stiff_neck_and_fever", "2025-03-05 04:12", no("general-question", "general answer to a stranger, points to the ER", [
            ("o", "Not your doctor, but in general a headache with a stiff neck and a fever needs the ER tonight, not Reddit.")])),
        ("medicine", "1j5m6n7", "prior_auth_hell", "2025-03-21 22:40", no("colleague", "colleague talk about prior authorizations", [
            ("o", "Same problem with prior auths for GLP-1s. 45 minutes on hold yesterday for one patient.")])),
        ("Brookside", "1j8p9q0", "shoutout_to_local_docs", "2025-04-02 14:10", yes("medium", "owner-public-disclosure", "owner's public comment names a patient, his asthma and a test", [
            ("o", "u/kev_lifts hey Kevin, glad the new inhaler is working better for your asthma. See you next month for the spirometry!")])),
        ("Parenting", "1k1r2s3", "we_had_our_baby", "2025-04-18 09:00", no("personal-family", "congratulations to a stranger", [
            ("o", "Congrats on the new baby! Sleep when you can lol")])),
        ("FamilyMedicine", "1k4t5u6", "charting_at_midnight", "2025-04-25 23:55", no("figure-of-speech", "owner's figure of speech", [
            ("o", "This charting backlog is going to be the death of me.")])),
    ]
    posts = [
        ("Brookside", "2025-03-15 17:00", "Brookside Family Health is hiring an MA!", no("clinic-announcement", "job ad with the practice's phone", [
            ("o", "Full time, benefits, no weekends. Call (555) 377-5020 or apply on our site.")])),
        ("FamilyMedicine", "2025-04-28 03:30", "The other side of the waiting room", no("owner-personal", "the physician's own mother's diagnosis", [
            ("o", "My mom was just diagnosed with breast cancer. Being on the other side of the waiting room is humbling. Be kind to your patients' families, they're scared.")])),
    ]
    return owner, pms, chats, comments, posts


def write_marsh(root):
    owner, pms, chats, comments, posts = marsh()
    folder = os.path.join(root, "export_DrHelenaMarsh_20250601")
    fresh(folder)
    exchanges = []
    rows = []
    ip = 17
    n = 2_300_000
    for subject, start, ex in pms:
        ts = times(utc(start), ex.msgs)
        thread = None
        other = [w for w, _, _ in ex.msgs if w != "o"][0]
        for (who, text, mo), t in zip(ex.msgs, ts):
            n += 7919
            mid = b36(n)
            thread = thread or mid
            sender, to = (owner, other) if who == "o" else (who, owner)
            subj = subject if mid == thread else "re: " + subject
            ip += 1
            rows.append([mid, "https://www.reddit.com/message/messages/" + mid, thread, stamp(t), "198.51.100.%d" % ip,
                         sender, to, subj, text])
        ex.key = thread
        exchanges.append(ex)
    rows.append(["2fz001", "https://www.reddit.com/message/messages/2fz001", "", "2025-04-22 12:00:00 UTC", "", "reddit",
                 owner, "You've received an award!", "Your comment in r/AskDocs received a Helpful award."])
    notice = no("system", "a notice from reddit", [("reddit", "Your comment in r/AskDocs received a Helpful award.")])
    notice.key = "2fz001"
    exchanges.append(notice)
    write(os.path.join(folder, "messages.csv"), csv_text(PM_HEADER, rows))
    write(os.path.join(folder, "message_headers.csv"), csv_text(PM_HEADER[:-1], [r[:-1] for r in rows]))
    chat_rows = []
    k = 0
    for channel, sub, kind, start, ex in chats:
        ts = times(utc(start), ex.msgs)
        for (who, text, mo), t in zip(ex.msgs, ts):
            k += 1
            chat_rows.append(["msg_01J%04dQ" % (k * 37), stamp(t), "", owner if who == "o" else who, text, "", channel,
                              sub, "r/%s chat" % sub if sub else "", kind])
        ex.key = channel
        exchanges.append(ex)
    write(os.path.join(folder, "chat_history.csv"), csv_text(CHAT_HEADER, chat_rows))
    com_rows = []
    for i, (sub, post, slug_, start, ex) in enumerate(comments):
        cid = "m%s" % b36(900000 + i * 4111)
        link = "https://www.reddit.com/r/%s/comments/%s/%s/" % (sub, post, slug_)
        com_rows.append([cid, link + cid + "/", stamp(utc(start)), "", sub, "0", link, "t3_" + post, ex.msgs[0][1], ""])
        ex.key = cid
        exchanges.append(ex)
    write(os.path.join(folder, "comments.csv"), csv_text(COMMENT_HEADER, com_rows))
    write(os.path.join(folder, "comment_headers.csv"), csv_text(COMMENT_HEADER[:-2], [r[:-2] for r in com_rows]))
    post_rows = []
    for i, (sub, start, title, ex) in enumerate(posts):
        pid = "1j%s" % b36(70000 + i * 977)
        url = "https://www.reddit.com/r/%s/comments/%s/%s/" % (sub, pid, title.lower().replace(" ", "_")[:40])
        post_rows.append([pid, url, stamp(utc(start)), "", sub, "0", title, url, ex.msgs[0][1]])
        ex.key = pid
        exchanges.append(ex)
    write(os.path.join(folder, "posts.csv"), csv_text(POST_HEADER, post_rows))
    write(os.path.join(folder, "post_headers.csv"), csv_text(POST_HEADER[:-1], [r[:-1] for r in post_rows]))
    write(os.path.join(folder, "statistics.csv"), csv_text(["statistic", "value"], [
        ["account name", owner], ["export time", "2025-06-01 08:02:13 UTC"], ["is_deleted", "False"],
        ["registration date", "2020-08-30 14:11:02 UTC"], ["email verified", "True"]]))
    write(os.path.join(folder, "checkfile.csv"), csv_text(["filename", "sha256"], [
        ["messages.csv", "3a1f0c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f"]]))
    write(os.path.join(folder, "subscribed_subreddits.csv"), csv_text(["subreddit"], [["FamilyMedicine"], ["AskDocs"], ["Brookside"], ["medicine"]]))
    write_labels(folder, "reddit", exchanges)
    return exchanges


def bermudez():
    owner = "DrRosaBermudez"
    pms = [
        ("mi hija Camila", "2025-06-02 18:30", yes("medium", "symptom-question", "Spanish: daughter (3) with blisters on hands and mouth, daycare question", [
            ("camila_y_mama", "Doctora Bermúdez, mi hija Camila tiene 3 años y le salieron granitos con agua en las manos y en la boca, y no quiere comer. ¿Es contagioso? ¿La puedo llevar a la guardería?")])),
        ("bebe congestionada", "2025-06-09 04:10", yes("high", "owner-advice", "Spanglish: 2-week-old congested; owner gives treatment advice", [
            ("nuevamama_tx", "hola dra, mi baby tiene congestion bad and she's 2 weeks old, puedo usar vicks?"),
            ("o", "No use Vicks en un bebé de 2 semanas. Use gotitas de solución salina y la perilla antes de comer. Si respira rápido o se le hunde el pecho, vaya a urgencias.", {"minutes": 20})])),
        ("Gracias!", "2025-06-14 16:00", no("fan-thanks", "Spanish: thanks for a talk on breastfeeding", [
            ("lactancia_grupo_sa", "Muchas gracias por la charla en la biblioteca sobre lactancia, fue muy útil para todas 💕")])),
        ("Health fair", "2025-06-20 14:45", no("clinic-announcement", "invitation to a health fair with the organizer's phone", [
            ("stmarks_outreach", "Hi, I'm organizing a health fair at St. Mark's on July 12 and wanted to invite your practice to have a table. Free! Call me at 555-201-7733")])),
        ("bedwetting", "2025-06-27 02:50", yes("medium", "symptom-question", "son (9), the physician's patient, bedwetting again; asks her not to mention it", [
            ("dad_of_3_sa", "my son (he's 9, you're his doctor) wet the bed again 3 nights this week after being dry for a year. is this a big deal? he's embarrassed and won't let me tell you so pls dont mention it at his checkup lol")])),
    ]
    return owner, pms


def write_bermudez(root):
    owner, pms = bermudez()
    folder = os.path.join(root, "export_DrRosaBermudez_20250705")
    fresh(folder)
    exchanges = []
    rows = []
    n = 2_600_000
    for subject, start, ex in pms:
        ts = times(utc(start), ex.msgs)
        thread = None
        other = [w for w, _, _ in ex.msgs if w != "o"][0]
        for (who, text, mo), t in zip(ex.msgs, ts):
            n += 6247
            mid = b36(n)
            thread = thread or mid
            sender, to = (owner, other) if who == "o" else (who, owner)
            rows.append([mid, "https://www.reddit.com/message/messages/" + mid, thread, stamp(t), "",
                         sender, to, subject if mid == thread else "re: " + subject, text])
        ex.key = thread
        exchanges.append(ex)
    write(os.path.join(folder, "messages_archive.csv"), csv_text(PM_HEADER, rows), bom=True)
    write(os.path.join(folder, "messages_archive_headers.csv"), csv_text(PM_HEADER[:-1], [r[:-1] for r in rows]), bom=True)
    write(os.path.join(folder, "comments.csv"), csv_text(COMMENT_HEADER, []))
    write(os.path.join(folder, "posts.csv"), csv_text(POST_HEADER, []))
    write_labels(folder, "reddit", exchanges)
    return exchanges
