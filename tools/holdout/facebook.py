"""Facebook held-out exports: DYI in JSON (2024 root, Meta's mojibake) and in HTML (2024 layout)."""
import html
import os
import re
import unicodedata
from datetime import timedelta

from common import fresh, meta_json, no, times, utc, write, write_labels, yes

OWNER = "Ruth Abernathy"


def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)


def fb_json_threads():
    """(section, thread id, participants, exchange, options) for the JSON export."""
    return [
        ("inbox", "10223456789012345", ["Dolores Finch"], yes("medium", "medication-question", "elderly patient, voice-to-text run-on, new generic eye drops burn, names her condition", [
            ("Dolores Finch", "Good morning Dr Abernathy this is Dolores Finch I hope you are well I wanted to ask about my new eye drops the pharmacy gave me the generic and it burns terrible when I put it in is that the same medicine I have glaucoma as you know God bless Dolores")]),
            {"start": "2024-02-05 14:02"}),
        ("inbox", "10229988776655443", ["Janice Pryce"], yes("high", "elder-care", "daughter of a patient with dementia; owner gives medication advice and orders", [
            ("Janice Pryce", "Hi Dr. A, it’s Janice (Harold Pryce’s daughter). Dad’s been refusing his Aricept and he’s up wandering at 3am. The memory care place wants an order for something to help him sleep. Can you send one over? Their fax is 555-640-9911"),
            ("o", "Hi Janice. Please don’t give him anything over the counter like Benadryl, it makes the confusion worse. I’ll fax an order for a low dose of trazodone to the facility in the morning.", {"minutes": 95}),
            ("Janice Pryce", "Thank you so much ❤️", {"minutes": 3}),
            ("Janice Pryce", "Reacted ❤️ to your message", {"minutes": 1, "system": True})]),
            {"start": "2024-02-09 21:10"}),
        ("inbox", "10220011223344556", ["Bernice Holloway"], yes("medium", "medication-question", "split over two files: church bake sale, then sugars high since metformin changed, upcoming appointment", [
            ("Bernice Holloway", "Dr Ruth it was so nice to see you at the bake sale Sunday! Your lemon bars were gone in 10 minutes 🍋"),
            ("o", "Thank you Bernice! It was a lovely morning.", {"minutes": 60}),
            ("Bernice Holloway", "Also Dr Ruth, my sugar readings have been in the 200s since they changed my metformin to the extended one. Should I call the office or just wait for my appt on the 14th?", {"minutes": 60 * 24 * 9}),
            ("Bernice Holloway", "I don’t want to be a bother", {"minutes": 2})]),
            {"start": "2024-03-03 15:30", "split": 2, "bom": True}),
        ("inbox", "10227766554433221", ["Marlene Szabo"], yes("medium", "results", "mammogram call-back letter, age and family history", [
            ("Marlene Szabo", "got the letter about my mammogram, they want me back for more pictures?? is that bad 😟 I’m 67 and my sister had breast cancer")]),
            {"start": "2024-03-12 19:45"}),
        ("message_requests", "10221234432112344", ["Nguyen Thi Lan"], yes("medium", "third-party", "non-native English: husband is the physician's patient, shingles, drug cost", [
            ("Nguyen Thi Lan", "Hello. My husband Earl Tran is your patient. He has the shingles now on his back, very painful, he cannot sleep. The valacyclovir is very expensive $180. Is there cheaper medicine? Thank you doctor")]),
            {"start": "2024-03-20 02:15"}),
        ("inbox", "10224455667788990", ["Gloria Benitez"], yes("medium", "refill", "care logistics: refill to another pharmacy, no symptom", [
            ("Gloria Benitez", "Can you please send my Eliquis refill to the Kroger on Elm St instead, I’m staying at my daughter’s for the month. Thank you!")]),
            {"start": "2024-04-01 13:00"}),
        ("inbox", "10226677889900112", ["Herb Lindqvist"], yes("medium", "symptom-question", "all caps, typos: fall, bruised hip, asks about an x-ray", [
            ("Herb Lindqvist", "DR ABERNATHY I FELL DOWN IN THE BATHROOM YESTRDAY MY HIP IS BLACK AND BLUE BUT I CAN WALK. DO I NEED XRAY. MY SON SAYS YES")]),
            {"start": "2024-04-08 11:20"}),
        ("archived_threads", "10225544332211009", ["Patricia Doyle"], yes("medium", "mental-health", "grief, insomnia, medication not helping", [
            ("Patricia Doyle", "I’m sorry to bother you on here. Since mom passed I can’t sleep and I cry all day, I don’t want to do anything. I’m still taking the Lexapro you gave me last year but it’s not helping anymore")]),
            {"start": "2024-04-15 23:40"}),
        ("inbox", "10228899001122334", ["Ed Kaminski"], yes("medium", "photo-shared", "a recurring rash and a photo", [
            ("Ed Kaminski", "this rash on my arm came back, sending pic"),
            ("Ed Kaminski", "", {"photo": True, "minutes": 1}),
            ("Ed Kaminski", "same one as last summer", {"minutes": 1})]),
            {"start": "2024-05-02 17:05"}),
        ("inbox", "10220000111122223", ["Carol Abernathy"], no("personal-family", "the physician's own sister about a birthday dinner", [
            ("Carol Abernathy", "Ruthie!! Mom’s birthday dinner Sunday at 5, bring the potato salad 🥔❤️"),
            ("o", "Will do! Is Uncle Ray coming?", {"minutes": 20}),
            ("Carol Abernathy", "Yes and he’s bringing his famous chili 🌶️ pray for us", {"minutes": 5})]),
            {"start": "2024-05-10 18:00"}),
        ("inbox", "10223344556677889", ["Jean Marchetti"], no("figure-of-speech", "friend: figure of speech, pickleball", [
            ("Jean Marchetti", "This heat is killing me. Pickleball tomorrow or too hot? 😅"),
            ("o", "Let’s do 7am before it gets bad", {"minutes": 12})]),
            {"start": "2024-06-18 20:30"}),
        ("message_requests", "10229090909090909", ["Pharma Direct Store"], no("drug-spam", "drug spam with a phone number", [
            ("Pharma Direct Store", "Hello dear, we supply Viagra, Cialis, Tramadol at best price no prescription. Contact WhatsApp +1 555 019 2277")]),
            {"start": "2024-06-21 04:00"}),
        ("inbox", "7812345678901234", ["Priya Raman", "Tom Whitaker"], no("colleague", "colleagues' group chat about coverage rules", [
            ("Priya Raman", "Anyone else getting pushback from Medicare on the new CGM coverage rules? Our type 2 patients on basal insulin are getting denied."),
            ("Tom Whitaker", "Yes. We’ve started attaching the glucose logs to every request, it helps.", {"minutes": 40}),
            ("o", "Same problem here. I’ll bring it up at the IPA meeting.", {"minutes": 15})]),
            {"start": "2024-06-25 12:10", "group": "Maple St docs"}),
        ("inbox", "10221122334455667", ["Linda Sorensen"], no("fan-thanks", "senior center thanks for a talk, invitation", [
            ("Linda Sorensen", "Thank you for speaking at the senior center about fall prevention! Everyone loved it. Could you come back in the spring to talk about memory?")]),
            {"start": "2024-07-01 15:00"}),
        ("filtered_threads", "10226655443322110", ["Bev Tolliver"], no("general-question", "a general question about drugs in the news", [
            ("Bev Tolliver", "Dr Ruth what’s your take on the new Alzheimer’s drugs in the news? My book club was arguing about it lol"),
            ("o", "Ha! They slow things a little in early disease but have real risks. Worth asking your own doctor if it ever comes up for someone you love.", {"minutes": 200})]),
            {"start": "2024-07-09 16:40"}),
        ("e2ee_cutover", "10227878787878787", ["Sam Abernathy"], no("personal-family", "the physician's nephew asks for advice on medical school", [
            ("Sam Abernathy", "Aunt Ruth, can I ask you about med school interviews sometime? I have one at Case in October 😬"),
            ("o", "Of course! Call me Sunday, so proud of you", {"minutes": 30})]),
            {"start": "2024-08-02 19:00"}),
    ]


def fb_json_posts():
    return [
        ("2024-09-16 13:00", no("clinic-announcement", "vaccine announcement with the practice's phone", [
            ("o", "Flu and COVID shots are here for our 65+ patients. Call (555) 640-3100 for an appointment and bring your Medicare card 💉")])),
        ("2024-10-05 22:00", no("owner-personal", "the physician's own mother's 90th birthday", [
            ("o", "My mother turned 90 today! Still sharper than me at Scrabble 🎂❤️")])),
        ("2024-10-20 14:30", no("health-news", "a study in the news, shared link", [
            ("o", "Walking about 7,000 steps a day was linked to a lower risk of dementia in this new study. Every step counts!")]),
         {"link": ("https://news.example/walking-dementia-study", "Walking and dementia risk: new study", "news.example")}),
    ]


def fb_json_comments():
    return [
        ("2024-02-20 18:00", "Ruth Abernathy replied to Dolores Finch's comment.", yes("medium", "owner-public-disclosure", "owner's public comment ties a named person to her eye drops, eye pressure and visit", [
            ("o", "Dolores, so glad the new drops are working better and your eye pressure was down at Tuesday’s visit!")])),
        ("2024-05-31 12:00", "Ruth Abernathy commented on Bill Hadley's post.", no("personal-family", "congratulations on a retirement", [
            ("o", "Congratulations on your retirement, Bill! 🎉 Enjoy the lake")])),
        ("2024-08-14 09:30", "Ruth Abernathy commented on Priya Raman's post.", no("colleague", "colleague discussion of deprescribing, no patient", [
            ("o", "Great points on deprescribing, Priya. We see the same with PPIs in our 80+ patients.")])),
    ]


def write_fb_json(root):
    folder = os.path.join(root, "facebook-json-2024")
    fresh(folder)
    base = os.path.join(folder, "your_activity_across_facebook")
    exchanges = []
    for section, tid, others, ex, opts in fb_json_threads():
        name_slug = slug(opts.get("group", others[0]))
        thread = "%s/%s_%s" % (section, name_slug, tid)
        ts = times(utc(opts["start"]), ex.msgs)
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, ts)):
            sender = OWNER if who == "o" else who
            t = t + timedelta(milliseconds=(i * 311 + 127) % 1000)
            m = {"sender_name": sender, "timestamp_ms": int(t.timestamp() * 1000)}
            if mo.get("photo"):
                m["photos"] = [{"uri": "your_activity_across_facebook/messages/%s/photos/%d_n.jpg" % (thread, 40000 + i),
                                "creation_timestamp": int(t.timestamp())}]
            else:
                m["content"] = text
            m["is_geoblocked_for_viewer"] = False
            msgs.append(m)
        msgs.reverse()
        ex.msgs = [x for x in ex.msgs if not x[2].get("system")]
        participants = [{"name": n} for n in others] + [{"name": OWNER}]
        head = {"participants": participants}
        tail = {"title": opts.get("group", others[0]), "is_still_participant": True,
                "thread_type": "RegularGroup" if "group" in opts else "Regular", "thread_path": thread, "magic_words": []}
        parts = [msgs]
        if opts.get("split"):
            parts = [msgs[:opts["split"]], msgs[opts["split"]:]]
        for n, part in enumerate(parts, 1):
            doc = dict(head)
            doc["messages"] = part
            doc.update(tail)
            write(os.path.join(base, "messages", thread, "message_%d.json" % n), meta_json(doc), bom=opts.get("bom") and n == 1)
        ex.key = thread
        exchanges.append(ex)
    write(os.path.join(base, "messages", "autofill_information.json"),
          meta_json({"autofill_information_v2": {"FULL_NAME": [OWNER], "CITY": ["Maple Falls"]}}))
    posts = []
    for i, p in enumerate(fb_json_posts()):
        start, ex = p[0], p[1]
        t = utc(start)
        post = {"timestamp": int(t.timestamp())}
        if len(p) > 2 and "link" in p[2]:
            url, title, source = p[2]["link"]
            post["attachments"] = [{"data": [{"external_context": {"url": url, "name": title, "source": source}}]}]
        post["data"] = [{"post": ex.msgs[0][1]}, {"update_timestamp": int(t.timestamp())}]
        post["title"] = "Ruth Abernathy shared a link." if "attachments" in post else "Ruth Abernathy updated her status."
        posts.append(post)
        ex.key = "your_posts__check_ins__photos_and_videos_1.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(base, "posts", "your_posts__check_ins__photos_and_videos_1.json"), meta_json(posts))
    comments = []
    for i, (start, title, ex) in enumerate(fb_json_comments()):
        t = int(utc(start).timestamp())
        comments.append({"timestamp": t, "data": [{"comment": {"timestamp": t, "comment": ex.msgs[0][1], "author": OWNER}}],
                         "title": title})
        ex.key = "comments.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(base, "comments_and_reactions", "comments.json"), meta_json({"comments_v2": comments}))
    write(os.path.join(folder, "personal_information", "profile_information", "profile_information.json"), meta_json({
        "profile_v2": {"name": {"full_name": OWNER, "first_name": "Ruth", "middle_name": "", "last_name": "Abernathy"},
                       "emails": {"emails": ["ruth.abernathy@example.com"], "previous_emails": [], "pending_emails": [],
                                  "ad_account_emails": []},
                       "current_city": {"name": "Maple Falls, Ohio", "timestamp": 1420070400},
                       "registration_timestamp": 1199145600,
                       "work": [{"employer": "Maple Street Internal Medicine", "title": "Physician",
                                 "start_timestamp": 1230768000}]}}))
    write_labels(folder, "facebook", exchanges)
    return exchanges


HTML_OWNER = "Kwame Osei"

HTML_HEAD = ('<html><head><meta charset="utf-8" /><title>%s</title><base href="../../../../" /></head>'
             '<body class="_5vb_ _2yq _a7o5"><div class="clearfix _ikh"><div class="_4bl9"><div class="_li">'
             '<div class="_a705"><div class="_3-8y _3-95 _3b0b"><div class="_a70e">%s</div>%s</div>'
             '<main class="_a706" role="main">\n')
HTML_TAIL = '</main></div></div></div></div></body></html>\n'


def html_date(t):
    return t.strftime("%b %d, %Y ") + str(int(t.strftime("%I"))) + t.strftime(":%M:%S ") + t.strftime("%p").lower()


def section(title, body, t):
    return ('<section class="_a6-g" aria-labelledby="u_0_1_x"><h2 class="_2ph_ _a6-h _a6-i">%s</h2>'
            '<div class="_2ph_ _a6-p"><div><div class="_2pin">%s</div></div></div>'
            '<footer class="_3-94 _a6-o"><div class="_a72d">%s</div></footer></section>\n'
            % (html.escape(title), body, html_date(t)))


def fb_html_threads():
    return [
        ("inbox", "5012345678", "Yaritza Colón", yes("medium", "symptom-question", "Spanglish: son's cough and fever, gave Tylenol, should he come in", [
            ("Yaritza Colón", "Hola Dr. Osei, my son Dylan tiene tos since Monday y anoche le subió la fiebre a 102. Le di Tylenol. Should I bring him today o esperamos?")]),
            "2024-10-07 12:40"),
        ("inbox", "5023456789", "Jayden Brooks", yes("medium", "symptom-question", "teenager, sprained ankle, refers to his sports physical", [
            ("Jayden Brooks", "hey its jayden from ur office (u did my sports physical). i think i sprained my ankle at practice its huge rn. ice or heat?? coach says heat lol")]),
            "2024-10-09 22:15"),
        ("inbox", "5034567890", "Renee Castillo", no("patient-update", "a parent thanks for a book given at a visit: no clinical content", [
            ("Renee Castillo", "Thank you for the book you gave Maya at her visit! She reads it every night 📚"),
            ("o", "That makes my day! Tell her I said hi", {"minutes": 45})]),
            "2024-10-12 19:00"),
        ("inbox", "5045678901", "Andre Mitchell", no("figure-of-speech", "friend: figure of speech", [
            ("Andre Mitchell", "Dude that hot sauce nearly killed me 😂🔥 rematch next week?"),
            ("o", "You’re on. Bring milk this time", {"minutes": 8})]),
            "2024-10-14 23:30"),
        ("message_requests", "5056789012", "Heather Lindgren", yes("medium", "mental-health", "parent: daughter (14) purging after meals, wants her seen discreetly", [
            ("Heather Lindgren", "Dr Osei my daughter (14) told me she's been making herself throw up after meals. I don't know what to do. Can we get her seen without her knowing it's about that?")]),
            "2024-10-20 03:05"),
    ]


def write_fb_html(root):
    folder = os.path.join(root, "facebook-html-2024")
    fresh(folder)
    base = os.path.join(folder, "your_activity_across_facebook")
    exchanges = []
    for sect, tid, other, ex, start in fb_html_threads():
        thread = "%s/%s_%s" % (sect, slug(other), tid)
        ts = times(utc(start), ex.msgs)
        blocks = []
        for (who, text, mo), t in zip(ex.msgs, ts):
            sender = HTML_OWNER if who == "o" else who
            blocks.append(section(sender, "<div>%s</div>" % html.escape(text), t))
        blocks.reverse()
        participants = '<div class="_a70f">Participants: %s and %s</div>' % (html.escape(other), HTML_OWNER)
        write(os.path.join(base, "messages", thread, "message_1.html"),
              HTML_HEAD % (html.escape(other), html.escape(other), participants) + "".join(blocks) + HTML_TAIL)
        ex.key = thread
        exchanges.append(ex)
    posts = [
        ("2024-08-03 13:00", no("clinic-announcement", "clinic announcement with the practice's phone", [
            ("o", "Back-to-school vaccine clinic this Saturday 9-1! Call (555) 233-8080 to reserve a spot.")]))]
    blocks = []
    for i, (start, ex) in enumerate(posts):
        blocks.append(section("Kwame Osei updated his status.", "<div>%s</div>" % html.escape(ex.msgs[0][1]), utc(start)))
        ex.key = "your_posts__check_ins__photos_and_videos_1.html#%d" % (i + 1)  # HTML blocks count from 1
        exchanges.append(ex)
    write(os.path.join(base, "posts", "your_posts__check_ins__photos_and_videos_1.html"),
          HTML_HEAD % ("Your posts", "Your posts", "") + "".join(blocks) + HTML_TAIL)
    comments = [
        ("2024-10-11 08:20", "Kwame Osei commented on Jayden Brooks's post.", yes("medium", "owner-public-disclosure", "owner's public comment about a named teenager's injury, with advice", [
            ("o", "Get well soon, Jayden! Stay off that ankle and keep icing it 🧊")])),
        ("2024-11-01 17:00", "Kwame Osei commented on Osei Family Pediatrics's post.", no("clinic-announcement", "practice anniversary", [
            ("o", "Happy 10th anniversary to the whole Osei Family Pediatrics team! 🎉")])),
    ]
    blocks = []
    for i, (start, title, ex) in enumerate(comments):
        blocks.append(section(title, "<div>%s</div>" % html.escape(ex.msgs[0][1]), utc(start)))
        ex.key = "comments.html#%d" % (i + 1)
        exchanges.append(ex)
    write(os.path.join(base, "comments_and_reactions", "comments.html"),
          HTML_HEAD % ("Comments", "Comments", "") + "".join(blocks) + HTML_TAIL)
    write_labels(folder, "facebook", exchanges)
    return exchanges
