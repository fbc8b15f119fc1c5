"""Second held-out batch: other layout generations and other voices, written before any rule was read
and measured only after the first batch had been used for tuning."""
import html
import json
import os
from datetime import timedelta

import twitter as tw
from common import csv_text, fresh, jackson_json, meta_json, mojibake, no, times, utc, write, write_labels, x_json, yes

# ---------------------------------------------------------------- X: current names, no manifest

OWNER_X = ("1510000111222333444", "DrPriyaShahMD", "Priya Shah, MD")
PX = {
    "tony": ("3011223344", "tony_builds", "Tony Moretti"),
    "eli": ("1601122334455667788", "eli_they_them", "eli 🏳️‍⚧️"),
    "craig": ("1700112233445566778", "craigf_dad", "Craig Fulton"),
    "ana": ("1489900112233445566", "ana_sofia_rn", "Ana Sofía"),
    "rob": ("702233445", "rob_the_mechanic", "Rob"),
    "denise": ("1412233445566778899", "denise_hospicemom", "Denise W"),
    "vet": ("1355667788990011223", "lulu_and_max", "Lulu & Max 🐶"),
    "nurse": ("1299887766554433221", "shift_swap_jen", "Jen RN"),
    "antivax": ("1255443322110099887", "freedom_mama_77", "Freedom Mama"),
    "kid": ("1655443322110099887", "future_surgeon_11", "Mia (future surgeon)"),
    "mom": ("1588776655443322110", "kris_mom_of_4", "Kris"),
}


def x_b():
    dms = [
        ("tony", "2023-06-05 11:02", yes("medium", "medication-question", "terse worker: missed a blood pressure dose, asks to double up", [
            ("tony", "missed my bp pill yesterday. double up today or no"),
            ("tony", "the amlodipine", {"minutes": 2})])),
        ("eli", "2023-06-11 01:30", yes("medium", "medication-question", "trans teenager: hormone dose and mood, fears telling parents", [
            ("eli", "hey dr shah its eli (u see me for my T). i think my dose is too high?? im super irritable and breaking out everywhere. can we lower it without my dad coming to the appt")])),
        ("craig", "2023-06-19 20:45", yes("medium", "symptom-question", "autocorrect errors: child's growth and puberty worry", [
            ("craig", "Hi Dr Shaw sorry autocorrect Shah!! Our daughter Lily is 8 and we noticed breast buds and some hair under her arms already. Is that to early? Should we make an appointment or wait till her 9 year check"),
            ("o", "Hi Craig, thanks for reaching out. Please call the office at (555) 612-0900 and we'll book a visit to take a look, no need to wait for her checkup.", {"minutes": 80})])),
        ("ana", "2023-07-02 15:10", yes("medium", "refill", "asks for a PrEP refill and labs, no symptom", [
            ("ana", "Hi! Time for my PrEP refill and the 3 month labs. Can you put the order in so I can go to Quest on Saturday?")])),
        ("rob", "2023-07-09 22:20", yes("low", "appointment", "a patient apologizes for a missed appointment and asks to reschedule, no symptom", [
            ("rob", "sorry i missed my appt thursday, work ran late. can i get back in next week? same thing as last time")])),
        ("denise", "2023-07-15 03:40", yes("medium", "elder-care", "hospice caregiver: mother's breathing and morphine", [
            ("denise", "I know you're not her hospice doctor anymore but Mom's breathing has that rattle now and the hospice nurse can't come till morning. Is it ok to give another dose of the morphine drops? She's so uncomfortable")])),
        ("vet", "2023-07-20 18:00", no("pet", "a dog's diarrhoea: a pet, not a patient", [
            ("vet", "random q but my dog has diarrhea since yesterday, can I give him pepto? 🐶 lol I know you're a people doctor")])),
        ("nurse", "2023-07-24 12:30", no("colleague", "a nurse about a shift swap", [
            ("nurse", "Can you swap call with me on the 4th? My kid has a tournament"),
            ("o", "Sure, done!", {"minutes": 20})])),
        ("antivax", "2023-08-01 09:00", no("opinion", "an anti-vaccine rant, about nobody's care", [
            ("antivax", "You doctors push these shots on kids without telling parents the truth about what's in them. Do your research!!")])),
        ("kid", "2023-08-06 17:30", no("student", "a child asks how to become a doctor", [
            ("kid", "hi dr shah!! i want to be a surgeon when i grow up. how many years of school is it?? 🩺"),
            ("o", "Hi Mia! About 12 years after high school, and it's worth it. Keep loving science!", {"minutes": 60})])),
        ("mom", "2023-08-12 21:15", no("personal-family", "a friend can't come to book club because of her mother's appointment elsewhere", [
            ("mom", "Can't make book club Tuesday, I'm taking my mom to her cardiology appointment in the city 😕 save me some wine")])),
    ]
    tweets = [
        ("2023-05-30 14:00", None, no("owner-personal", "the physician's own pregnancy", [
            ("o", "Personal news: baby #2 arriving in November! Grateful for my amazing OB and for the coffee I'm not allowed to drink ☕️🤰")])),
        ("2023-06-25 18:00", None, no("health-news", "a celebrity's diagnosis in the news", [
            ("o", "A famous singer sharing her lupus diagnosis publicly will help so many patients feel seen. Autoimmune disease is so often invisible.")])),
        ("2023-07-26 16:40", ("craig", "1684300000000000021"), yes("medium", "owner-public-disclosure", "owner's public reply about a named child's early puberty visit", [
            ("o", "@craigf_dad Great to see Lily today! Her labs should be back Friday and we'll call you about the bone age x-ray.")])),
    ]
    deleted = [
        ("2023-08-15 23:05", ("tony", "1691500000000000031"), yes("medium", "owner-public-disclosure", "a deleted public reply ties a named patient to his blood pressure medication", [
            ("o", "@tony_builds Tony, no, don't double up the amlodipine. Just take today's dose and call the office if your BP is over 180.")])),
    ]
    return dms, tweets, deleted


def write_x_b(root):
    folder = os.path.join(root, "x-2023-no-manifest")
    fresh(folder)
    dms, tweets, deleted = x_b()
    people = {v[1]: v for v in PX.values()}
    owner = OWNER_X[0]
    exchanges, entries, headers = [], [], []
    seq = 500
    for who, start, ex in dms:
        cid = "%d-%d" % tuple(sorted([int(owner), int(PX[who][0])]))
        msgs = []
        for (w, text, opts), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            seq += 1
            t = t.replace(microsecond=(seq * 41 % 1000) * 1000)
            m = tw.dm(tw.snowflake(t, seq), t, owner if w == "o" else PX[w][0], PX[who][0] if w == "o" else owner, text,
                      edit=seq % 2 == 0)
            if seq % 3 == 0:  # older messages of this era carry no urls or mediaUrls key when empty
                del m["messageCreate"]["urls"]
                del m["messageCreate"]["mediaUrls"]
            msgs.append(m)
        msgs.reverse()
        ex.key = cid
        exchanges.append(ex)
        entries.append({"dmConversation": {"conversationId": cid, "messages": msgs}})
        headers.append({"dmConversation": {"conversationId": cid, "messages": [
            {"messageCreate": {k: m["messageCreate"][k] for k in ("id", "senderId", "recipientId", "createdAt")}} for m in msgs]}})
    parts = []
    for start, reply, ex in tweets:
        t = utc(start)
        seq += 1
        tid = tw.snowflake(t, seq)
        rt = (reply[1], (PX[reply[0]][0], PX[reply[0]][1])) if reply else None
        body = tw.tweet(tid, t, ex.msgs[0][1], people, reply_to=rt)
        if seq % 2:
            del body["lang"]  # some tweets lack lang
        parts.append((t, {"tweet": body}))
        ex.key = tid
        exchanges.append(ex)
    parts.sort(key=lambda x: x[0], reverse=True)
    dels = []
    for start, reply, ex in deleted:
        t = utc(start)
        seq += 1
        tid = tw.snowflake(t, seq)
        body = tw.tweet(tid, t, ex.msgs[0][1], people, reply_to=(reply[1], (PX[reply[0]][0], PX[reply[0]][1])))
        body["deleted_at"] = tw.created_at(t + timedelta(hours=2))
        dels.append({"tweet": body})
        ex.key = tid
        exchanges.append(ex)
    data = os.path.join(folder, "data")
    write(os.path.join(data, "tweets.js"), "window.YTD.tweets.part0 = " + x_json([p[1] for p in parts[:2]]))
    write(os.path.join(data, "tweets-part1.js"), "window.YTD.tweets.part1 = " + x_json([p[1] for p in parts[2:]]))
    write(os.path.join(data, "deleted-tweets.js"), "window.YTD.deleted_tweets.part0 = " + x_json(dels))
    write(os.path.join(data, "direct-messages.js"), "window.YTD.direct_messages.part0 = " + x_json(entries))
    write(os.path.join(data, "direct-message-headers.js"), "window.YTD.direct_message_headers.part0 = " + x_json(headers))
    write(os.path.join(data, "account.js"), "window.YTD.account.part0 = " + x_json([{"account": {
        "email": "pshah@eastsidepeds.example", "createdVia": "android", "username": OWNER_X[1], "accountId": owner,
        "createdAt": "2022-04-01T10:00:00.000Z", "accountDisplayName": OWNER_X[2]}}]))
    write_labels(folder, "twitter", exchanges)
    return exchanges


def write_grailbird_b(root):
    """A Grailbird-era archive read from tweets.csv (the older column order) and user_details.js."""
    folder = os.path.join(root, "tweets-2013-grailbird")
    fresh(folder)
    rows = [
        ("331000000000000003", "330999000000000001", "55667788", "2013-05-05 18:22:41 +0000",
         yes("medium", "owner-public-disclosure", "2013 public reply: a named patient's son and his asthma inhaler", [
             ("o", "@jen_k_runs So glad Caleb's asthma is better with the new inhaler! See you both at his 6 month visit.")])),
        ("330000000000000002", "", "", "2013-05-02 13:00:00 +0000", no("clinic-announcement", "clinic hours with the practice's phone", [
            ("o", "Summer hours start June 1: Mon-Thu 8-6, Fri 8-noon. Questions? (555) 700-1200")])),
        ("329000000000000001", "", "", "2013-04-29 21:10:00 +0000", no("figure-of-speech", "the physician's own figure of speech", [
            ("o", "Marathon training is going to be the death of me. 18 miles Saturday 😅")])),
    ]
    out = []
    exchanges = []
    for tid, reply, reply_user, stamp, ex in rows:
        out.append([tid, reply, reply_user, "", "", stamp, '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
                    ex.msgs[0][1].replace("&", "&amp;"), ""])
        ex.key = tid
        exchanges.append(ex)
    write(os.path.join(folder, "tweets.csv"), csv_text(
        ["tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "retweeted_status_id", "retweeted_status_user_id",
         "timestamp", "source", "text", "expanded_urls"], out, quote_all=True))
    write(os.path.join(folder, "data", "js", "user_details.js"), "var user_details =  " + json.dumps(
        {"screen_name": "DrGailHarmon", "location": "Millbrook, PA", "full_name": "Gail Harmon, MD", "bio": "Pediatrician",
         "id": "18273645", "created_at": "2009-03-02 14:00:00 +0000"}, indent=2))
    write_labels(folder, "twitter", exchanges)
    return exchanges


# ---------------------------------------------------------------- Facebook: 2019 messages/ root, Spanish account; E2EE

def write_fb_b(root):
    folder = os.path.join(root, "facebook-json-2019-es")
    fresh(folder)
    owner = "Mariela Quispe"
    threads = [
        ("inbox", "tomasflores_2233445566", ["Tomás Flores"], "2019-04-02 13:00", yes("medium", "medication-question", "Spanish without accents: erectile dysfunction and blood pressure medication", [
            ("Tomás Flores", "Buenas tardes doctora, le escribo por aca porque me da pena en la consulta. Desde que tomo la pastilla de la presion no funciono bien con mi esposa. Puedo tomar viagra con esa pastilla?")])),
        ("inbox", "lucianavargas_3344556677", ["Luciana Vargas"], "2019-04-09 02:30", yes("high", "mental-health", "postpartum depression; owner advises and arranges care", [
            ("Luciana Vargas", "Doctora perdón la hora. Desde que nació Joaquín no paro de llorar, no quiero cargarlo y a veces pienso que estarían mejor sin mí."),
            ("o", "Luciana, gracias por decírmelo. Lo que siente tiene tratamiento. Si piensa en hacerse daño vaya a urgencias ahora o llame al 911. Mañana a primera hora la llamo del consultorio para verla hoy mismo.", {"minutes": 12}),
            ("Luciana Vargas", "Gracias doctora. Mi mamá está conmigo.", {"minutes": 6})])),
        ("inbox", "jorgequispe_4455667788", ["Jorge Quispe"], "2019-04-14 19:00", no("personal-family", "the physician's brother: a figure of speech and family plans", [
            ("Jorge Quispe", "Hermana, el partido de ayer casi me da un infarto 😂 ¿vienes el domingo a lo de mamá?"),
            ("o", "¡Sí! Llevo el postre", {"minutes": 15})])),
        ("message_requests", "farmaciaonline_5566778899", ["Farmacia Online 24h"], "2019-04-20 05:00", no("drug-spam", "Spanish drug spam", [
            ("Farmacia Online 24h", "Hola! Vendemos misoprostol, tramadol y clonazepam sin receta 💊 Envíos discretos. Escríbenos al +1 555 014 8822")])),
        ("inbox", "elenaruiz_6677889900", ["Elena Ruiz"], "2019-05-03 16:45", yes("medium", "reproductive-health", "asks about abortion pills and how far along she is", [
            ("Elena Ruiz", "Hola doctora, soy paciente suya. Creo que tengo como 7 semanas. Quiero saber si todavía puedo tomar las pastillas para interrumpir o tengo que ir a la clínica. Por favor no le diga a nadie")])),
        ("inbox", "grupomedicosdelsur_778899", ["Raúl Paredes", "Inés Carrillo"], "2019-05-10 20:00", no("colleague", "colleagues: a congress and a guideline, group", [
            ("Raúl Paredes", "¿Van al congreso de ginecología en Lima? Hay una charla buena sobre la nueva guía de preeclampsia."),
            ("Inés Carrillo", "Yo sí voy 🙌", {"minutes": 30}),
            ("o", "¡Yo también! Nos vemos allá", {"minutes": 10})])),
    ]
    exchanges = []
    base = os.path.join(folder, "messages")
    for sect, folder_name, others, start, ex in threads:
        thread = "%s/%s" % (sect, folder_name)
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc(start), ex.msgs))):
            # 2019 layout: key order of that era, "type" present, no is_geoblocked flag
            msgs.append({"sender_name": owner if who == "o" else who, "timestamp_ms": int(t.timestamp() * 1000) + i * 13,
                         "content": text, "type": "Generic"})
        msgs.reverse()
        doc = {"participants": [{"name": n} for n in others + [owner]], "messages": msgs,
               "title": others[0] if len(others) == 1 else "Médicos del Sur", "is_still_participant": True,
               "thread_type": "Regular" if len(others) == 1 else "RegularGroup", "thread_path": thread}
        write(os.path.join(base, sect, folder_name, "message_1.json"), meta_json(doc))
        ex.key = thread
        exchanges.append(ex)
    comments = [
        ("2019-05-20 14:00", "Mariela Quispe respondió al comentario de Sandra Lima.", yes("medium", "owner-public-disclosure", "Spanish account title: the owner's public reply about a named patient's pregnancy and ultrasound", [
            ("o", "Sandra, ¡qué alegría! Todo salió perfecto en la ecografía de las 20 semanas, nos vemos en el control del mes.")])),
        ("2019-05-28 09:00", "Mariela Quispe comentó la publicación de Clínica San Martín.", no("clinic-announcement", "Spanish: a clinic's campaign", [
            ("o", "¡Vengan a la campaña gratuita de papanicolaou este sábado! 💜")])),
    ]
    items = []
    for i, (start, title, ex) in enumerate(comments):
        t = int(utc(start).timestamp())
        items.append({"timestamp": t, "data": [{"comment": {"timestamp": t, "comment": ex.msgs[0][1], "author": owner}}], "title": title})
        ex.key = "comments.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "comments", "comments.json"), meta_json({"comments": items}))
    write(os.path.join(folder, "profile_information", "profile_information.json"), meta_json({"profile": {
        "name": {"full_name": owner, "first_name": "Mariela", "middle_name": "", "last_name": "Quispe"},
        "emails": {"emails": ["mquispe@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "registration_timestamp": 1262304000}}))
    write_labels(folder, "facebook", exchanges)
    return exchanges


def write_e2ee_b(root):
    folder = os.path.join(root, "messenger-secure-storage-2025")
    fresh(folder)
    owner = "Mariela Quispe"
    chats = [
        ("CarlosMendoza_1.json", "Carlos Mendoza", "2025-02-10 22:00", yes("medium", "photo-shared", "secure-storage download: a photo of a prescription label and a dosing question", [
            ("Carlos Mendoza", "Doctora le mando foto de la receta que me dieron en la farmacia, dice 2 veces al día pero usted me dijo 1. Cuál es?"),
            ("Carlos Mendoza", "", {"photo": True, "minutes": 1})])),
        ("BeatrizSoto_1.json", "Beatriz Soto", "2025-02-18 12:00", no("fan-thanks", "thanks for a radio interview", [
            ("Beatriz Soto", "La escuché en la radio hoy hablando del VPH, ¡muy clara! Gracias por informar 👏"),
            ("o", "¡Gracias Beatriz! 😊", {"minutes": 40})])),
    ]
    exchanges = []
    for fname, other, start, ex in chats:
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc(start), ex.msgs))):
            m = {"isUnsent": False, "media": [], "reactions": [], "senderName": owner if who == "o" else who,
                 "text": text, "timestamp": int(t.timestamp() * 1000), "type": "text"}
            if mo.get("photo"):
                m["media"] = [{"uri": "./media/5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d.jpeg"}]
                m["type"] = "media"
            msgs.append(m)
        doc = {"participants": [owner, other], "threadName": other, "messages": msgs}
        write(os.path.join(folder, fname), json.dumps(doc, indent=2, ensure_ascii=True))
        ex.key = "e2ee/" + fname[:-len(".json")]
        exchanges.append(ex)
    os.makedirs(os.path.join(folder, "media"), exist_ok=True)
    with open(os.path.join(folder, "media", "5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d.jpeg"), "wb") as f:
        f.write(b"\xff\xd8\xff\xe0fakejpeg\xff\xd9")
    write_labels(folder, "facebook", exchanges)
    return exchanges


# ---------------------------------------------------------------- Instagram: HTML 2023 and the 2021 comments wrapper

IG_HEAD = ('<html><head><meta charset="utf-8" /><title>%s</title><base href="../../../" /></head><body class="_5vb_ _2yq _a7o5">'
           '<div class="clearfix _ikh"><div class="_4bl9"><div class="_li"><div class="_a705"><div class="_3-8y _3-95 _3b0b">'
           '<div class="_a70e">%s</div></div><div class="_a706" role="main">\n')
IG_TAIL = '</div></div></div></div></div></body></html>\n'


def ig_date(t):
    return t.strftime("%b %d, %Y ") + str(int(t.strftime("%I"))) + t.strftime(":%M ") + t.strftime("%p").lower()


def write_ig_html_b(root):
    folder = os.path.join(root, "instagram-html-2023")
    fresh(folder)
    owner = "Dr. Leah Brandt"
    threads = [
        ("brody.skates_17850000111222333", "Brody K", yes("medium", "medication-question", "college student: asking for a friend (himself), ADHD medication and sleep", [
            ("Brody K", "asking for a friend lol but is it bad to take an extra adderall before finals if ur prescribed 20? he cant sleep either"),
            ("Brody K", "ok its me. i'm ur patient. pls dont be mad", {"minutes": 3})])),
        ("glow.by.tasha_17850000222333444", "Tasha Reid", yes("medium", "post-procedure", "botox at the owner's med spa, drooping eyelid", [
            ("Tasha Reid", "Hiii so my left eyelid is kinda droopy since the botox on Tuesday 😩 is that gonna go away?? wedding is in 2 weeks")])),
        ("coachdan.fit_17850000333444555", "Dan Ortiz", no("sales", "a fitness coach's collaboration pitch", [
            ("Dan Ortiz", "Doc! Love your content 💪 Want to collab on a 'doctor approved' supplement line? 6 figures easy")])),
        ("weathergirl.kate_17850000444555666", "Kate M", no("figure-of-speech", "friend: figures of speech", [
            ("Kate M", "I'm so sick of this rain 🙄 and my phone is dying, call you later"),
            ("Dr. Leah Brandt", "lol ok! 💕", {"minutes": 5})])),
    ]
    exchanges = []
    for folder_name, other, ex in threads:
        t0 = utc("2023-03-%02d 19:00" % (3 + 6 * len(exchanges)))
        blocks = []
        for (who, text, mo), t in zip(ex.msgs, times(t0, ex.msgs)):
            sender = owner if who in ("o", owner) else who
            blocks.append('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">%s</div>'
                          '<div class="_3-95 _a6-p"><div><div></div><div>%s</div><div></div><div></div></div></div>'
                          '<div class="_3-94 _a6-o">%s</div></div>\n' % (html.escape(sender), html.escape(text), ig_date(t)))
        blocks.reverse()
        head = ('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">'
                'Participants: %s and %s</div></div>\n' % (html.escape(other), owner))
        write(os.path.join(folder, "messages", "inbox", folder_name, "message_1.html"),
              IG_HEAD % (html.escape(other), html.escape(other)) + head + "".join(blocks) + IG_TAIL)
        ex.key = "inbox/" + folder_name
        exchanges.append(ex)
    comments = [
        ("tasha.reid.bride", "Mar 30, 2023 8:10 pm", yes("medium", "owner-public-disclosure", "owner's public comment names a client and her treatment", [
            ("o", "Stunning bride!! So glad the eyelid settled down after the botox in time for the big day Tasha 😍")])),
        ("brandtaesthetics", "Apr 02, 2023 10:00 am", no("clinic-announcement", "a spa promotion", [
            ("o", "Spring special: 20% off all fillers this month! Book at the link in bio ✨")])),
    ]
    blocks = []
    for i, (media_owner, when, ex) in enumerate(comments, 1):
        blocks.append('<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _a6-p"><table style="table-layout: fixed;">'
                      '<tr><td colspan="2" class="_2pin _a6_q">Comment<div><div>%s</div></div></td></tr>'
                      '<tr><td colspan="2" class="_2pin _a6_q">Media Owner<div><div>%s</div></div></td></tr>'
                      '<tr><td class="_2pin _a6_q">Time</td><td class="_2pin _2piu _a6_r">%s</td></tr></table></div>'
                      '<div class="_3-94 _a6-o"></div></div>\n' % (html.escape(ex.msgs[0][1]), media_owner, when))
        ex.key = "post_comments_1.html#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "comments", "post_comments_1.html"),
          IG_HEAD.replace("../../../", "../") % ("Comments", "Comments") + "".join(blocks) + IG_TAIL)
    write_labels(folder, "instagram", exchanges)
    return exchanges


def write_ig_2021_b(root):
    folder = os.path.join(root, "instagram-json-2021")
    fresh(folder)
    owner = "Dr. Omar Haddad"
    threads = [
        ("sara.h.travels_17841400998877665", "Sara Haddad", no("personal-family", "the physician's own sister about travel plans", [
            ("Sara Haddad", "Omar!! Flights booked for Eid 🎉 mama is so excited"),
            ("o", "Finally!! See you soon", {"minutes": 9})])),
        ("mark.the.plumber_17841400887766554", "Mark Jensen", yes("medium", "symptom-question", "construction voice: a cut, tetanus shot and redness", [
            ("Mark Jensen", "cut my hand on a rusty pipe at work, its red and swollen today. when was my last tetanus, u should have it in my chart")])),
        ("nina.knits_17841400776655443", "Nina Petrova", yes("medium", "mental-health", "non-native English: anxiety medication stopped working, the physician's patient", [
            ("Nina Petrova", "Dear doctor, the escitalopram you give me in winter not working anymore, I have again panic in the metro every day. Maybe need more big dose? I wait your answer")])),
    ]
    exchanges = []
    for folder_name, other, ex in threads:
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, times(utc("2021-02-%02d 18:00" % (4 + 5 * len(exchanges))), ex.msgs))):
            msgs.append({"sender_name": owner if who == "o" else who, "timestamp_ms": int(t.timestamp() * 1000),
                         "content": text, "type": "Generic", "is_taken_down": False, "bumped_message_metadata": {"is_bumped": False}})
        msgs.reverse()
        doc = {"participants": [{"name": other}, {"name": owner}], "messages": msgs, "title": other,
               "is_still_participant": True, "thread_type": "Regular", "thread_path": "inbox/" + folder_name}
        write(os.path.join(folder, "messages", "inbox", folder_name, "message_1.json"), meta_json(doc))
        ex.key = "inbox/" + folder_name
        exchanges.append(ex)
    comments = [
        ("mark.the.plumber", "Feb 20, 2021, 9:05 PM", yes("medium", "owner-public-disclosure", "older comment with a date string: owner names a patient's stitches", [
            ("o", "Mark, glad the stitches are healing well. Keep the hand clean and dry!")])),
        ("riverside.clinic", None, no("clinic-announcement", "clinic vaccine day", [
            ("o", "COVID vaccine day for 65+ this Saturday at Riverside Clinic 💉")])),
    ]
    items = []
    for i, (media_owner, when, ex) in enumerate(comments):
        time = {"href": "", "value": when or "", "timestamp": 0 if when else 1614538800}
        items.append({"string_map_data": {"Comment": {"href": "", "value": ex.msgs[0][1], "timestamp": 0},
                                          "Media Owner": {"href": "", "value": media_owner, "timestamp": 0}, "Time": time}})
        ex.key = "post_comments.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "comments", "post_comments.json"), meta_json({"comments_media_comments": items}))
    write_labels(folder, "instagram", exchanges)
    return exchanges


# ---------------------------------------------------------------- LinkedIn: 2021 layout, no Profile.csv

def write_li_b(root):
    folder = os.path.join(root, "Basic_LinkedInDataExport_2021")
    fresh(folder)
    owner = ("Hugo Lindqvist", "hugo-lindqvist-md")
    convs = [
        ("Q2FybGFCYWNrMQ==", ("Carla Benedetti", "carla-benedetti-22"), "2021-03-01 14:00", "INBOX", yes("medium", "symptom-question", "a patient's back pain after physical therapy, professional tone", [
            ("Carla Benedetti", "Hello Dr. Lindqvist, I hope this is an appropriate channel. My lower back pain has gotten worse since starting the PT you ordered, and now there's numbness down my left leg. Should I stop the exercises until my follow-up?")])),
        ("U3BhbU1zZzE=", ("Frank Osei", "frank-osei-9"), "2021-03-09 08:30", "SPAM", yes("medium", "elder-care", "misfiled as spam: a son asks about his father's test results", [
            ("Frank Osei", "Dr. Lindqvist, my father Kofi Osei had his colonoscopy with you on the 2nd. They said they removed two polyps and would call with the pathology. It's been a week, is there any news?")])),
        ("Q29uZkludml0ZTE=", ("Lena Moritz", "lena-moritz-events"), "2021-03-15 16:00", "INBOX", no("cme", "a conference invitation", [
            ("Lena Moritz", "Dear Dr. Lindqvist, we'd be honored to have you speak at the Nordic GI Summit in October on IBD biologics.")])),
        ("UmVmTGV0dGVyMQ==", ("Jonas Berg", "jonas-berg-md"), "2021-03-20 11:00", "INBOX", no("colleague", "a colleague asks for a reference letter", [
            ("Jonas Berg", "Hugo, would you write me a reference letter for the hepatology fellowship? Deadline is April 15."),
            ("o", "Of course Jonas, send me your CV.", {"minutes": 90})])),
    ]
    rows = []
    exchanges = []
    for cid, other, start, folder_name, ex in convs:
        for (who, text, mo), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            date = t.strftime("%Y-%m-%d %H:%M:%S UTC")
            if who == "o":
                rows.append((t, [cid, "", owner[0], "https://www.linkedin.com/in/" + owner[1], other[0], date, "", text, folder_name]))
            else:
                rows.append((t, [cid, "", other[0], "https://www.linkedin.com/in/" + other[1], owner[0], date, "", text, folder_name]))
        ex.key = cid
        exchanges.append(ex)
    rows.sort(key=lambda r: r[0])
    write(os.path.join(folder, "messages.csv"), csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
        [r[1] for r in rows]))
    write(os.path.join(folder, "Connections.csv"), 'Notes:\n"When exporting your connection data, some email addresses may be missing."\n\n'
          + csv_text(["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"], [
              ["Jonas", "Berg", "", "Karolinska", "Fellow", "02 Feb 2019"], ["Carla", "Benedetti", "", "Benedetti Law", "Partner", "10 Oct 2020"]]))
    write_labels(folder, "linkedin", exchanges)
    return exchanges


# ---------------------------------------------------------------- Mastodon: tar.gz era, unpacked; two orderedItems keys

def write_mastodon_b(root):
    folder = os.path.join(root, "mastodon-archive-2021-targz")
    fresh(folder)
    me = "https://docs.social.example/users/tamsin"
    pub = "https://www.w3.org/ns/activitystreams#Public"
    fol = me + "/followers"
    posts = [
        (106100000000000001, "2021-05-03 10:00", "public", None, no("owner-education", "general advice with a line break", [
            ("o", "Hay fever season tip:\nstart your nasal spray two weeks before symptoms usually begin.")])),
        (106100000000000002, "2021-05-07 19:40", "direct", ("gwen", "https://knit.example/users/gwen"), yes("high", "owner-advice", "owner's direct message: a named patient's asthma medication", [
            ("o", "@gwen Sorry you're wheezing again. Use the blue inhaler 2 puffs every 4 hours and restart the brown one twice a day. If you can't finish sentences, go to A&E.")])),
        (106100000000000003, "2021-05-11 08:15", "public", ("alfie", "https://pub.example/users/alfie"), yes("medium", "owner-public-disclosure", "owner's public reply about a named person's vasectomy", [
            ("o", "@alfie Glad the vasectomy went smoothly Alfie! Don't forget the sample at 12 weeks 😉")])),
        (106100000000000004, "2021-05-15 12:00", "followers", None, no("owner-personal", "the physician's own illness", [
            ("o", "Off sick with a horrid cold this week. Doctors make terrible patients.")])),
        (106100000000000005, "2021-05-20 16:30", "unlisted", ("moss", "https://garden.example/users/moss"), no("general-question", "general answer about a news item", [
            ("o", "@moss Generally yes, the new guidance applies to everyone over 50, not just people with symptoms.")])),
    ]
    items = []
    exchanges = []
    for sid, start, vis, mention, ex in posts:
        at = utc(start).strftime("%Y-%m-%dT%H:%M:%SZ")
        url = "%s/statuses/%d" % (me, sid)
        m = [mention[1]] if mention else []
        to, cc = {"public": ([pub], [fol] + m), "unlisted": ([fol], [pub] + m), "followers": ([fol] + m, []), "direct": (m, [])}[vis]
        text = ex.msgs[0][1]
        body = html.escape(text, quote=False).replace("\u00a0", " ")
        if mention:
            host = mention[1].split("/")[2]
            body = body.replace("@" + mention[0], '<span class="h-card"><a href="https://%s/@%s" class="u-url mention">@<span>%s</span></a></span>'
                                % (host, mention[0], mention[0]), 1)
        body = "<p>" + body.replace("\n", "<br />").replace("two weeks", "two\u205fweeks") + "</p>"
        obj = {"id": url, "type": "Note", "summary": None, "inReplyTo": (mention[1] + "/statuses/77%d" % (sid % 100)) if mention else None,
               "published": at, "url": "https://docs.social.example/@tamsin/%d" % sid, "attributedTo": me, "to": to, "cc": cc,
               "sensitive": False, "atomUri": url, "inReplyToAtomUri": None,
               "conversation": "tag:docs.social.example,%s:objectId=%d:objectType=Conversation" % (start[:10], sid),
               "content": body, "contentMap": {"en": body}, "attachment": [],
               "tag": [{"type": "Mention", "href": mention[1], "name": "@%s@%s" % (mention[0], mention[1].split("/")[2])}] if mention else []}
        items.append({"@context": "https://www.w3.org/ns/activitystreams", "id": url + "/activity", "type": "Create", "actor": me,
                      "published": at, "to": to, "cc": cc, "object": obj})
        ex.key = str(sid)
        exchanges.append(ex)
    raw = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
                      "totalItems": len(items), "orderedItems": items}, ensure_ascii=False, separators=(",", ":"))
    raw = raw.replace('"orderedItems":', '"orderedItems":[],"orderedItems":', 1)
    write(os.path.join(folder, "outbox.json"), raw)
    write(os.path.join(folder, "actor.json"), json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": me,
          "type": "Person", "followers": fol, "outbox": "outbox.json", "preferredUsername": "tamsin", "name": "Dr Tamsin Hale 🩺",
          "summary": "<p>GP in Leeds. Not medical advice.</p>", "url": "https://docs.social.example/@tamsin"}, ensure_ascii=False))
    write(os.path.join(folder, "likes.json"), json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
          "type": "OrderedCollection", "totalItems": 0, "orderedItems": []}))
    write_labels(folder, "mastodon", exchanges)
    return exchanges


# ---------------------------------------------------------------- Reddit: split message files, zipped

def write_reddit_b(root):
    import zipfile
    owner = "DrAminaYusuf"
    pms = [
        ("my son Ibrahim", "2024-09-02 19:00", yes("medium", "elder-care", "caregiver of a disabled adult son: seizures and medication levels", [
            ("ibrahims_mom", "Dr Yusuf, Ibrahim (he's 24, cerebral palsy, you've been his doctor since he moved to adult care) had 3 seizures this week. His Keppra level was low last month. Should we increase it or go to neuro?")])),
        ("results?", "2024-09-09 12:00", yes("medium", "identifiers-shared", "a patient gives date of birth and record number to look up results", [
            ("gary_p_1961", "Hi doctor, can you look up my CT results? Gary Pruitt, DOB 3/14/1961, MRN 00482913. They said they would call in 3 days, its been 2 weeks")])),
        ("thank you!!", "2024-09-15 18:30", no("fan-thanks", "thanks for a community talk", [
            ("brookline_library", "Thank you for the diabetes prevention talk at the library! 40 people came!")])),
        ("Partnership", "2024-09-20 10:00", no("sales", "an insurance company's marketing", [
            ("healthfirst_partners", "Dr. Yusuf, join the HealthFirst Advantage network and grow your practice! Reply YES for a brochure.")])),
    ]
    rows = []
    exchanges = []
    n = 3_100_000
    for subject, start, ex in pms:
        thread = None
        other = [w for w, _, _ in ex.msgs if w != "o"][0]
        for (who, text, mo), t in zip(ex.msgs, times(utc(start), ex.msgs)):
            n += 5003
            from reddit import b36, stamp
            mid = b36(n)
            thread = thread or mid
            sender, to = (owner, other) if who == "o" else (who, owner)
            rows.append([mid, "https://www.reddit.com/message/messages/" + mid, thread, stamp(t), "", sender, to, subject, text])
        ex.key = thread
        exchanges.append(ex)
    from reddit import COMMENT_HEADER, PM_HEADER, POST_HEADER
    comments = [
        ("AskDocs", "1fa2b3c", "2024-09-05 03:00", no("general-question", "general answer about a stranger's symptom", [
            ("o", "Not medical advice, but chest pain that spreads to your arm is a call-911 situation, not a wait-and-see one.")])),
        ("Brookline", "1fc4d5e", "2024-09-18 21:00", yes("medium", "owner-public-disclosure", "owner's public comment about a named neighbour's stroke recovery", [
            ("o", "u/walt_brookline so happy to see you walking again after the stroke, Walt! Keep up the PT and see you at the clinic next month.")])),
    ]
    com = []
    for i, (sub, post, start, ex) in enumerate(comments):
        cid = "lq%d" % (100 + i)
        link = "https://www.reddit.com/r/%s/comments/%s/thread/" % (sub, post)
        from reddit import stamp
        com.append([cid, link + cid + "/", stamp(utc(start)), "", sub, "0", link, "t3_" + post, ex.msgs[0][1], ""])
        ex.key = cid
        exchanges.append(ex)
    files = {
        "messages_1.csv": csv_text(PM_HEADER, rows[:2]),
        "messages_2.csv": csv_text(PM_HEADER, rows[2:]),
        "message_headers.csv": csv_text(PM_HEADER[:-1], [r[:-1] for r in rows]),
        "comments.csv": csv_text(COMMENT_HEADER, com),
        "posts.csv": csv_text(POST_HEADER, []),
        "statistics.csv": csv_text(["statistic", "value"], [["account name", owner], ["export time", "2024-10-01 08:00:00 UTC"]]),
    }
    zpath = os.path.join(root, "export_DrAminaYusuf_20241001.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 10, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    write_labels(zpath[:-4], "reddit", exchanges)
    return exchanges
