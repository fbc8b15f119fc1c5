"""X / Twitter held-out archives: a current-generation archive and a 2020 first-generation one."""
import html
import os
import re
from datetime import timedelta

from common import Ex, fresh, jackson_json, no, times, utc, write, write_labels, x_json, yes

EPOCH = 1288834974657


def snowflake(t, seq=0):
    return str(((int(t.timestamp() * 1000) - EPOCH) << 22) + seq)


def created_at(t):
    return t.strftime("%a %b %d %H:%M:%S +0000 %Y")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def tweet(tid, t, text, people, reply_to=None, lang="en", wrapped_style="x"):
    esc = html.escape(text, quote=False)
    mentions = []
    for m in re.finditer(r"@(\w+)", text):
        p = people.get(m.group(1))
        if p:
            mentions.append({"name": p[2], "screen_name": m.group(1), "indices": [str(m.start()), str(m.end())],
                             "id_str": p[0], "id": p[0]})
    body = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": iso(t + timedelta(hours=1)),
                                  "editsRemaining": "5", "isEditEligible": reply_to is None}},
        "retweeted": False,
        "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
        "entities": {"hashtags": [{"text": h[1:], "indices": [str(text.index(h)), str(text.index(h) + len(h))]}
                                  for h in re.findall(r"#\w+", text)],
                     "symbols": [], "user_mentions": mentions, "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "3",
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": created_at(t),
        "favorited": False,
        "full_text": esc,
        "lang": lang,
    }
    if wrapped_style == "gen1":
        del body["edit_info"]
    if reply_to:
        body["in_reply_to_status_id_str"] = reply_to[0]
        body["in_reply_to_status_id"] = reply_to[0]
        body["in_reply_to_user_id"] = reply_to[1][0]
        body["in_reply_to_screen_name"] = reply_to[1][1]
        body["in_reply_to_user_id_str"] = reply_to[1][0]
    return body


def dm(mid, t, sender, recipient, text, photo=False, edit=True, group=False):
    m = {}
    if not group:
        m["recipientId"] = recipient
    m["reactions"] = []
    urls = []
    media = []
    if photo:
        short = "https://t.co/" + mid[-10:]
        urls = [{"url": short, "expanded": "https://twitter.com/messages/media/" + mid,
                 "display": "pic.twitter.com/" + mid[-10:]}]
        media = ["https://ton.twitter.com/1.1/ton/data/dm/" + mid + "/" + str(int(mid) - 7) + "/aB3xQ9.jpg"]
        text = (text + " " if text else " ") + short
    m["urls"] = urls
    m["text"] = html.escape(text, quote=False)
    m["mediaUrls"] = media
    m["senderId"] = sender
    m["id"] = mid
    m["createdAt"] = iso(t)
    if edit:
        m["editHistory"] = []
    return {"messageCreate": m}


OWNER1 = ("1402551234567890123", "DrMarcusBellFM", "Dr. Marcus Bell")
P1 = {
    "walter": ("2938475610", "walt_kowalski48", "Walter Kowalski"),
    "brooke": ("1577214093365874688", "brookeee_xo", "brooke 🌸"),
    "gina": ("845522190337204224", "gina_russo_nj", "Gina Russo"),
    "dwayne": ("1219876543201987456", "dwayneT_77", "Dwayne Thomas"),
    "lorraine": ("63340918", "lorrainepk", "Lorraine Pike"),
    "tj": ("1690022113456781234", "tj_outdoors", "TJ"),
    "yesenia": ("1102938475647382910", "yesi_mtz23", "Yesenia Martínez"),
    "carl": ("912837465019283746", "carlhdz", "Carl Hernandez"),
    "marcus_p": ("1357900246813579024", "mp_roofing", "Marcus P"),
    "rick": ("24681357", "rick_on_the_green", "Rick Delaney"),
    "dave": ("19283746", "dave_golfs_badly", "Dave"),
    "spam": ("1788990011223344556", "RxDealsNow24", "Rx Deals ✅"),
    "reporter": ("301122334", "hannah_gazette", "Hannah Ruiz | Gazette"),
    "student": ("1555666777888999000", "futuredoc_amir", "Amir S."),
    "fan": ("1445566778899001122", "hollowmom3", "Cedar Hollow Mom"),
    "teacher": ("776655443", "msfoleyteaches", "Ms. Foley"),
    "drpark": ("1111222233334444555", "DrJanePark", "Jane Park, MD"),
    "drosei": ("1222333444555666777", "KOseiMD", "Kwame Osei MD"),
    "kev": ("1333444555666777888", "curious_kev", "Kev"),
    "tanisha": ("1099887766554433221", "tanisha_b", "Tanisha B"),
}


def x_current():
    people = {v[1]: v for v in P1.values()}
    people[OWNER1[1]] = OWNER1
    dms = [
        ("walter", "2025-03-04 13:12", yes("medium", "medication-question", "elderly patient by voice-to-text, no punctuation: prior visit, water pill timing", [
            ("walter", "hello doctor bell this is walter kowalski i am 81 years old you seen me in march for my heart the water pill you gave me makes me go to the bathroom all night can i take it in the morning instead thank you walter"),
            ("walter", "sorry my granddaughter set up this twitter for me i dont know if you get these", {"minutes": 3})])),
        ("brooke", "2025-03-09 02:41", yes("medium", "reproductive-health", "teenager, implant placed at the clinic, bleeding, confidentiality", [
            ("brooke", "hey so um is it normal to still be bleeding like 2 weeks after getting the nexplanon put in??"),
            ("brooke", "my mom doesnt know i got it pls dont tell her 😭", {"minutes": 1})])),
        ("gina", "2025-03-15 23:05", yes("medium", "elder-care", "daughter of an elderly patient: fall, confusion; owner sends to the ER", [
            ("gina", "Dr B my dad (Frank Russo, hes your patient) fell again last night. no broken bones but hes way more confused than usual. do we take him to the ER or can u squeeze him in tmrw?"),
            ("o", "Sorry to hear that. If he hit his head or is more confused than his usual, please take him to the ER tonight. Otherwise call (555) 318-2200 at 8 and ask for a same-day slot.", {"minutes": 25}),
            ("gina", "ok thank u we're going now", {"minutes": 4})])),
        ("dwayne", "2025-04-02 19:30", yes("medium", "results", "results in the portal with a number, refers to the physician's earlier plan", [
            ("dwayne", "got my bloodwork back on the portal, A1C is 6.8 is that bad?? you said last time if it went over 6.5 we'd talk meds")])),
        ("lorraine", "2025-04-06 15:10", yes("medium", "refill", "care logistics with no symptom: refill to another pharmacy", [
            ("lorraine", "can u move my lisinopril refill to the CVS on 5th st instead of walgreens, walgreens keeps saying its not ready"),
            ("lorraine", "thx!!", {"minutes": 1})])),
        ("tj", "2025-04-19 01:12", yes("high", "mental-health", "antidepressant side effects, skipping doses; owner gives dosing advice", [
            ("tj", "idk who else to ask. the sertraline ur started me on makes me feel like a zombie, been skipping it the last few days. is that ok or am i gonna crash"),
            ("o", "Please don't stop it suddenly. Go back to taking 50 mg every day and call me Monday so we can talk about switching.", {"minutes": 40}),
            ("tj", "ok. thanks doc", {"minutes": 9})])),
        ("yesenia", "2025-05-01 12:02", yes("medium", "elder-care", "Spanglish: mother's blood pressure reading, ran out of medication, asks to call it in", [
            ("yesenia", "Doc, mi mamá está con la presión high otra vez, 170/95 esta mañana. She ran out of the amlodipine hace 3 días. Can you call it in? 🙏")])),
        ("carl", "2025-05-11 17:45", yes("low", "third-party", "asking for a neighbour's child: sting, swelling, dosing question", [
            ("carl", "my neighbors kid (hes 6) got stung by a bee and his face is kinda puffy. his mom doesnt speak english so im asking for her, should she give him benadryl?")])),
        ("marcus_p", "2025-05-20 22:18", yes("medium", "sexual-health", "STI exposure, asks for treatment without a visit", [
            ("marcus_p", "kinda embarrassing but i think i need to get tested again, my ex just told me she has chlamydia. do i need to come in or can u just send the pills")])),
        ("rick", "2025-06-03 18:20", yes("medium", "post-procedure", "never says doctor: stitches from a visit look infected", [
            ("rick", "stitches on my hand look red and puffy today, the ones from thursday. also kinda warm. normal??", {}),
            ("rick", "", {"photo": True, "minutes": 1})])),
        ("tanisha", "2025-06-12 04:55", yes("medium", "pregnancy", "positive pregnancy tests, medication question, wants a visit", [
            ("tanisha", "Took 3 tests all positive 😭😭 last period was like aug 2. when do i come in and should i stop my topamax")])),
    ]
    negatives_dm = [
        ("spam", "2025-03-20 09:00", no("drug-spam", "drug spam", [
            ("spam", "🔥 Cheap Ozempic & semaglutide NO prescription needed!! Fast shipping worldwide, DM for price list 💊 wa.me/15550192277")])),
        ("reporter", "2025-03-27 14:30", no("reporter", "a reporter asks for an interview, her own phone number", [
            ("reporter", "Hi Dr. Bell, I'm a reporter with the Cedar Hollow Gazette writing about the flu surge in local ERs. Would you have 10 min for a phone interview tomorrow? My number is 555-404-1187."),
            ("o", "Happy to help. Tomorrow at 2 works, I'll call you then.", {"minutes": 50})])),
        ("student", "2025-04-10 16:00", no("student", "a medical student asks to shadow", [
            ("student", "Hi Dr Bell! Im a 2nd year med student at State, any chance I could shadow in your clinic this summer? Really interested in family med")])),
        ("fan", "2025-04-22 20:10", no("fan-thanks", "a follower thanks the physician for a video", [
            ("fan", "just wanted to say your video about sunscreen was so helpful, my whole family watched it. thank you for doing these!")])),
        ("teacher", "2025-05-06 19:40", no("general-question", "a teacher's general question for a class, about nobody's health", [
            ("teacher", "Quick q for a school project: why do doctors say antibiotics don't work for colds? Trying to explain it to my 5th graders 😊"),
            ("o", "Great question! Colds are caused by viruses, and antibiotics only work on bacteria. Taking them when you don't need them helps bacteria become resistant.", {"minutes": 120})])),
        ("dave", "2025-06-20 21:00", no("figure-of-speech", "a friend: figure of speech, golf", [
            ("dave", "my fantasy team is giving me a migraine lol. golf saturday?"),
            ("o", "Ha! 7:30 tee time, don't be late", {"minutes": 15})])),
    ]
    group = no("colleague", "colleagues' case talk in a group DM, no identifiers", [
        ("drpark", "Had a 70yo with new AFib on Eliquis come in with a GI bleed today. Anyone restarting anticoag at 2 weeks or waiting longer?"),
        ("drosei", "We usually restart around 7-14 days if the bleed source is fixed, after talking it through with GI.", {"minutes": 30}),
        ("o", "Same here, ~2 weeks. The stroke risk usually wins.", {"minutes": 12})])
    tweets = [
        ("2025-02-11 15:00", None, no("health-news", "health news", [
            ("o", "New USPSTF draft: start colorectal cancer screening at 45. If you're 45-49 and haven't been screened, ask about it at your next physical.")])),
        ("2025-02-24 13:00", None, no("clinic-announcement", "clinic closure with the practice's own numbers", [
            ("o", "Cedar Hollow Family Medicine is closed Thursday for the holiday. Urgent issues: our on-call line is (555) 318-2299. Refill requests can wait until Friday.")])),
        ("2025-03-02 18:30", None, no("owner-personal", "the physician's own father's surgery", [
            ("o", "My dad's knee replacement went great this morning, he's already bossing the nurses around 😂 Grateful for the ortho team at St. Brigid's 🙏")])),
        ("2025-03-22 10:00", None, no("cme", "conference learning", [
            ("o", "Great session at #AAFP2025 on deprescribing in older adults: benzos and anticholinergics top the list. Slides linked 👇")])),
        ("2025-04-08 21:10", ("walter", "1908200000000000001"), yes("medium", "owner-public-disclosure", "owner's public reply ties a named patient to his medication and visit", [
            ("o", "@walt_kowalski48 Walter, glad the new water pill schedule is working for you. See you at your 3 month check!")])),
        ("2025-04-23 08:00", ("fan", "1914600000000000002"), no("fan-thanks", "owner thanks a follower", [
            ("o", "@hollowmom3 Thank you so much! Glad the sunscreen video helped 😊")])),
        ("2025-05-14 22:40", None, no("figure-of-speech", "owner's figure of speech", [
            ("o", "This EHR update is going to give me a stroke. 47 clicks to order a flu shot.")])),
        ("2025-05-29 12:00", ("kev", "1928000000000000003"), no("general-question", "owner's general answer in public", [
            ("o", "@curious_kev Generally most adults need a tetanus booster every 10 years. Your own doctor can check your records.")])),
        ("2025-06-15 16:00", ("lorraine", "1934000000000000004"), yes("medium", "owner-public-disclosure", "owner's public reply about a named person's refill and blood pressure", [
            ("o", "@lorrainepk Lorraine, the lisinopril went to the CVS on 5th this morning. Keep checking your BP at home and send me the numbers!")])),
    ]
    return people, dms + negatives_dm, group, tweets


def write_x_current(root):
    folder = os.path.join(root, "x-2025-current")
    fresh(folder)
    people, dms, group, tweets = x_current()
    owner_id = OWNER1[0]
    exchanges = []
    entries = []
    headers = []
    seq = 0
    for who, start, ex in dms:
        cid_ids = sorted([int(owner_id), int(P1[who][0])])
        cid = "%d-%d" % tuple(cid_ids)
        ts = times(utc(start), ex.msgs)
        msgs = []
        for (w, text, opts), t in zip(ex.msgs, ts):
            seq += 1
            t = t.replace(microsecond=(seq * 37 % 1000) * 1000)
            mid = snowflake(t, seq)
            sender = owner_id if w == "o" else P1[w][0]
            recipient = P1[who][0] if w == "o" else owner_id
            msgs.append(dm(mid, t, sender, recipient, text, photo=opts.get("photo", False), edit=seq % 4 != 0))
        msgs.reverse()  # newest first within a conversation
        ex.key = cid
        exchanges.append(ex)
        if len(msgs) >= 3 and who == "gina":
            # a long conversation split over two dmConversation entries, as X does
            entries.append({"dmConversation": {"conversationId": cid, "messages": msgs[:1]}})
            entries.append({"dmConversation": {"conversationId": cid, "messages": msgs[1:]}})
        else:
            entries.append({"dmConversation": {"conversationId": cid, "messages": msgs}})
        headers.append({"dmConversation": {"conversationId": cid, "messages": [
            {"messageCreate": {"id": m["messageCreate"]["id"], "senderId": m["messageCreate"]["senderId"],
                               "recipientId": m["messageCreate"]["recipientId"], "createdAt": m["messageCreate"]["createdAt"]}}
            for m in msgs]}})
    # group DM
    gid = "1899123456789012345"
    ts = times(utc("2025-03-18 22:10"), group.msgs)
    gmsgs = []
    for (w, text, opts), t in zip(group.msgs, ts):
        seq += 1
        sender = owner_id if w == "o" else P1[w][0]
        gmsgs.append(dm(snowflake(t, seq), t, sender, None, text, group=True))
    gmsgs.reverse()
    gmsgs.append({"joinConversation": {"initiatingUserId": P1["drpark"][0],
                                       "participantsSnapshot": [P1["drpark"][0], P1["drosei"][0], owner_id],
                                       "createdAt": "2025-03-18T22:00:00.000Z"}})
    gmsgs.insert(0, {"conversationNameUpdate": {"initiatingUserId": P1["drpark"][0], "name": "FM curbside 🩺",
                                                "createdAt": "2025-03-19T09:00:00.000Z"}})
    group.key = gid
    exchanges.append(group)
    # tweets: newest first, split over two parts
    tw = []
    for start, reply, ex in tweets:
        t = utc(start)
        seq += 1
        tid = snowflake(t, seq)
        rt = None
        if reply:
            p = P1[reply[0]]
            rt = (reply[1], (p[0], p[1]))
        tw.append((t, {"tweet": tweet(tid, t, ex.msgs[0][1], people, reply_to=rt)}))
        ex.key = tid
        exchanges.append(ex)
    tw.sort(key=lambda x: x[0], reverse=True)
    part0 = [x[1] for x in tw[:5]]
    part1 = [x[1] for x in tw[5:]]
    data = os.path.join(folder, "data")
    write(os.path.join(data, "tweets.js"), "window.YTD.tweets.part0 = " + x_json(part0))
    write(os.path.join(data, "tweets-part1.js"), "window.YTD.tweets.part1 = " + x_json(part1))
    write(os.path.join(data, "direct-messages.js"), "window.YTD.direct_messages.part0 = " + x_json(entries))
    write(os.path.join(data, "direct-message-headers.js"), "window.YTD.direct_message_headers.part0 = " + x_json(headers))
    write(os.path.join(data, "direct-messages-group.js"), "window.YTD.direct_messages_group.part0 = "
          + x_json([{"dmConversation": {"conversationId": gid, "messages": gmsgs}}]))
    write(os.path.join(data, "account.js"), "window.YTD.account.part0 = " + x_json([{"account": {
        "email": "mbell@cedarhollowfm.example", "createdVia": "web", "username": OWNER1[1], "accountId": owner_id,
        "createdAt": "2019-06-11T14:02:31.118Z", "accountDisplayName": OWNER1[2]}}]))
    files = [("account", "data/account.js", "YTD.account.part0", 1, None),
             ("directMessageHeaders", "data/direct-message-headers.js", "YTD.direct_message_headers.part0", len(headers), None),
             ("directMessages", "data/direct-messages.js", "YTD.direct_messages.part0", len(entries), "data/direct_messages_media"),
             ("directMessagesGroup", "data/direct-messages-group.js", "YTD.direct_messages_group.part0", 1, "data/direct_messages_group_media")]
    types = {}
    for name, fn, gn, count, media in files:
        d = {}
        if media:
            d["mediaDirectory"] = media
        d["files"] = [{"fileName": fn, "globalName": gn, "count": str(count)}]
        types[name] = d
    types["tweets"] = {"mediaDirectory": "data/tweets_media", "files": [
        {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(len(part0))},
        {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": str(len(part1))}]}
    manifest = {"userInfo": {"accountId": owner_id, "userName": OWNER1[1], "displayName": OWNER1[2]},
                "archiveInfo": {"sizeBytes": "61234", "generationDate": "2025-07-01T06:12:44.901Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
                "dataTypes": dict(sorted(types.items()))}
    write(os.path.join(data, "manifest.js"), "window.__THAR_CONFIG = " + jackson_json(manifest))
    write(os.path.join(data, "README.txt"), "Twitter archive\n\nThis archive holds your account data. See each file for what it contains.\n")
    write(os.path.join(folder, "Your archive.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head><body><div id=\"root\"></div></body></html>\n")
    write_labels(folder, "twitter", exchanges)
    return exchanges


OWNER2 = ("987650001122334455", "DraTVillanueva", "Dra. Teresa Villanueva")
P2 = {
    "rocio": ("3344556677", "rocio_hdz_", "Rocío Hernández"),
    "dani": ("1200344556677889900", "dani_gemelos", "Dani 👶👶"),
    "kels": ("1188002233445566778", "kelsey_m_rn", "kelsey m"),
    "carmen": ("61230044", "carmen_ibarra58", "Carmen Ibarra"),
    "fan": ("1000200030004000500", "luzmaria_sv", "Luz María"),
    "rep": ("1011121314151617181", "novara_womenshealth_dan", "Dan K | Novara"),
    "lupe": ("1029384756473829101", "lupe_r_mtz", "Lupe Ramírez"),
    "news": ("25073877", "KVNRnews", "KVNR News"),
}


def x_gen1():
    dms = [
        ("rocio", "2020-02-11 03:20", yes("high", "pregnancy", "Spanish, 32 weeks, reduced movement; owner sends her to labor and delivery", [
            ("rocio", "Doctora buenas noches, tengo 32 semanas y desde la tarde no siento que el bebé se mueva mucho, y me duele la espalda baja. ¿Voy al hospital o espero a mi cita del jueves?"),
            ("o", "Vaya ahora a Labor y Parto del Hospital San Rafael, no espere a la cita. Acuéstese del lado izquierdo mientras llega y tome agua.", {"minutes": 6}),
            ("rocio", "Gracias doctora ya vamos en camino 🙏", {"minutes": 2})])),
        ("dani", "2020-02-19 14:05", yes("medium", "pregnancy", "Spanglish, twin pregnancy, spotting, next appointment", [
            ("dani", "Hola doc!! soy la de los gemelos lol 😅 tengo spotting again since yesterday, is that normal a las 9 semanas? my next appt is in 2 weeks")])),
        ("kels", "2020-03-02 21:47", yes("medium", "reproductive-health", "IUD placed at the office, question about it", [
            ("kels", "Hi, I had my IUD placed at your office last month and my partner says he can feel the strings. Is that normal or do I need it trimmed?")])),
        ("carmen", "2020-03-09 16:30", yes("medium", "medication-question", "Spanish, names herself as a patient, menopause symptoms, asks for a higher dose", [
            ("carmen", "Dra., soy Carmen Ibarra, paciente suya. Los calores de la menopausia no me dejan dormir, ¿me puede subir la dosis del estradiol o tengo que ir a consulta?")])),
        ("fan", "2020-01-22 19:00", no("fan-thanks", "Spanish congratulations, no health", [
            ("fan", "¡Felicidades por el premio, doctora! Nos dio mucho gusto verla en las noticias 👏👏")])),
        ("rep", "2020-01-28 15:15", no("sales", "a drug representative offers samples and lunch", [
            ("rep", "Hi Dr. Villanueva, I'm with Novara Women's Health. Our new progestin-only pill just got FDA approval, can I drop off samples and lunch for your staff next Tuesday?")])),
    ]
    tweets = [
        ("2020-01-15 17:00", None, "es", no("health-news", "Spanish health news", [
            ("o", "Nueva guía: el ácido fólico se recomienda desde antes del embarazo, no solo cuando ya está embarazada. Pregunte en su próxima consulta. #SaludMaterna")])),
        ("2020-02-03 13:00", None, "en", no("clinic-announcement", "clinic announcement with the practice's phone", [
            ("o", "Our clinic now offers Saturday prenatal visits! Call (555) 772-0140 to schedule. Hablamos español.")])),
        ("2020-02-26 20:00", None, "en", no("opinion", "political opinion about a health bill", [
            ("o", "Reproductive health hearing at the capitol today. Whatever your views, please read the bill before you share memes about it.")])),
        ("2020-03-12 18:40", ("lupe", "1237800000000000011"), "es", yes("high", "owner-public-disclosure", "owner's public reply names a patient's baby and her cesarean", [
            ("o", "@lupe_r_mtz ¡Felicidades Lupe! Qué bueno que la cesárea salió bien y Mateo ya está comiendo. Nos vemos en su revisión de 6 semanas 💕")])),
        ("2020-03-14 10:05", ("news", "1238700000000000012"), "en", no("reporter", "owner answers a news account about the virus, general", [
            ("o", "@KVNRnews Happy to help. Pregnant women should follow the same handwashing advice as everyone else and call their own OB with questions.")])),
    ]
    return dms, tweets


def write_x_gen1(root):
    folder = os.path.join(root, "x-2020-gen1")
    fresh(folder)
    dms, tweets = x_gen1()
    people = {v[1]: v for v in P2.values()}
    owner_id = OWNER2[0]
    exchanges = []
    entries = []
    seq = 100
    for who, start, ex in dms:
        cid = "%d-%d" % tuple(sorted([int(owner_id), int(P2[who][0])]))
        ts = times(utc(start), ex.msgs)
        msgs = []
        for (w, text, opts), t in zip(ex.msgs, ts):
            seq += 1
            t = t.replace(microsecond=(seq * 53 % 1000) * 1000)
            sender = owner_id if w == "o" else P2[w][0]
            recipient = P2[who][0] if w == "o" else owner_id
            m = dm(snowflake(t, seq), t, sender, recipient, text, edit=False)
            del m["messageCreate"]["reactions"]
            msgs.append(m)
        msgs.reverse()
        ex.key = cid
        exchanges.append(ex)
        entries.append({"dmConversation": {"conversationId": cid, "messages": msgs}})
    tw = []
    for start, reply, lang, ex in tweets:
        t = utc(start)
        seq += 1
        tid = snowflake(t, seq)
        rt = (reply[1], (P2[reply[0]][0], P2[reply[0]][1])) if reply else None
        tw.append((t, {"tweet": tweet(tid, t, ex.msgs[0][1], people, reply_to=rt, lang=lang, wrapped_style="gen1")}))
        ex.key = tid
        exchanges.append(ex)
    tw.sort(key=lambda x: x[0], reverse=True)
    data = os.path.join(folder, "data")
    write(os.path.join(data, "tweet.js"), "window.YTD.tweet.part0 = " + jackson_json([x[1] for x in tw]))
    write(os.path.join(data, "direct-message.js"), "window.YTD.direct_message.part0 = " + jackson_json(entries))
    write(os.path.join(data, "account.js"), "window.YTD.account.part0 = " + jackson_json([{"account": {
        "email": "tvillanueva@saludmujer.example", "createdVia": "web", "username": OWNER2[1], "accountId": owner_id,
        "createdAt": "2018-05-02T18:22:09.000Z", "accountDisplayName": OWNER2[2]}}]))
    write_labels(folder, "twitter", exchanges)
    return exchanges
