"""Mastodon held-out archive: a zip as Mastodon gives it (outbox.json, actor.json, likes, bookmarks, media)."""
import html
import json
import os
import zipfile

from common import fresh, no, utc, write, write_labels, yes

HOST = "https://medsocial.example"
ME = HOST + "/users/elifkaya"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
FOLLOWERS = ME + "/followers"

# handle -> (actor URL, profile URL)
PEOPLE = {
    "bren": "https://mas.example/users/bren",
    "joanne_t": "https://town.example/users/joanne_t",
    "kofi_a": "https://social.example/users/kofi_a",
    "dani_rz": "https://mas.example/users/dani_rz",
    "mari_lopez": "https://tooters.example/users/mari_lopez",
    "tomasz_w": "https://social.example/users/tomasz_w",
    "grace_h": "https://town.example/users/grace_h",
    "drpatel": "https://doctors.example/users/drpatel",
    "curious_cat": "https://mas.example/users/curious_cat",
    "happyhiker": "https://trails.example/users/happyhiker",
    "oldtimer_bob": "https://town.example/users/oldtimer_bob",
    "localnews_amy": "https://press.example/users/localnews_amy",
    "zoe_k": "https://mas.example/users/zoe_k",
    "lenny_b": "https://social.example/users/lenny_b",
    "river_song": "https://tooters.example/users/river_song",
}


def statuses():
    """(status id, start, visibility, reply-to handle or None, content warning, lang, exchange, extra statuses)."""
    return [
        (114100000000000101, "2025-01-08 16:20", "direct", "bren", None, "en", yes("high", "results", "owner's direct message gives a named person's thyroid result and medication advice", [
            ("o", "@bren Your thyroid levels came back normal, so no change to the levothyroxine. Keep taking it on an empty stomach in the morning.")]), []),
        (114100000000000102, "2025-01-12 20:05", "public", "joanne_t", None, "en", yes("medium", "elder-care", "owner's public reply about a follower's mother's dementia and a visit", [
            ("o", "@joanne_t So sorry your mum's memory is getting worse. Bring her in Thursday and we'll go through all her meds together.")]), []),
        (114100000000000103, "2025-01-19 09:40", "direct", "kofi_a", None, "en", yes("high", "medication-question", "owner's direct message: dosing advice with the antibiotic she prescribed", [
            ("o", "@kofi_a Yes, you can take ibuprofen with the amoxicillin I prescribed for your tooth infection, just not on an empty stomach.")]), []),
        (114100000000000104, "2025-01-26 18:00", "public", "dani_rz", None, "en", yes("medium", "owner-public-disclosure", "owner's public reply discloses a named person's recovery from substance use and visits", [
            ("o", "@dani_rz Congrats on 6 months sober!! So proud of you. See you at your next check-in 💪")]), []),
        (114100000000000105, "2025-02-03 12:30", "followers", "mari_lopez", None, "es", yes("high", "owner-advice", "Spanish: owner tells a named person to continue her blood pressure medication", [
            ("o", "@mari_lopez Me alegra que la presión ya esté mejor con el losartán. Sigamos con la misma dosis y nos vemos en 3 meses.")]), []),
        (114100000000000106, "2025-02-09 21:15", "direct", "tomasz_w", "labs", "en", yes("high", "results", "owner's direct message behind a content warning: A1c result and metformin", [
            ("o", "@tomasz_w your A1c is down to 7.1 from 8.4, great work! Let's keep the metformin where it is.")]), []),
        (114100000000000107, "2025-02-15 23:50", "unlisted", "grace_h", None, "en", yes("medium", "owner-public-disclosure", "owner's unlisted reply about a follower's baby's reflux, takes it offline", [
            ("o", "@grace_h Sorry the baby still isn't sleeping with the reflux. Call the office tomorrow morning and we'll get you in.")]), []),
        (114100000000000108, "2025-02-20 14:00", "public", None, None, "en", no("clinic-announcement", "vaccine clinic with the practice's phone", [
            ("o", "Reminder: flu vaccine clinic Saturday 9-12 at Northside Family Practice. Book at (555) 482-1900 or just walk in. #flu")]), []),
        (114100000000000109, "2025-02-24 19:30", "public", None, None, "en", no("cme", "a journal paper", [
            ("o", "That new NEJM paper on GLP-1s and alcohol use disorder is fascinating. Early days but a real signal. #MedMastodon")]), []),
        (114100000000000110, "2025-03-01 08:10", "public", "drpatel", None, "en", no("colleague", "reply to a colleague about practice, no patient", [
            ("o", "@drpatel Agree, we stopped routine vitamin D testing in asymptomatic adults years ago. No benefit.")]), []),
        (114100000000000111, "2025-03-04 22:45", "public", None, None, "en", no("figure-of-speech", "owner's figure of speech", [
            ("o", "This week's inbox is going to give me an ulcer.")]), []),
        (114100000000000112, "2025-03-09 17:20", "followers", None, None, "en", no("owner-personal", "the physician's own son's broken arm", [
            ("o", "My son broke his arm at skate camp 🙄 third cast in two years. At least he picked a cool color.")]), []),
        (114100000000000113, "2025-03-13 10:00", "public", "curious_cat", None, "en", no("general-question", "owner's general answer, tells them to ask their own doctor", [
            ("o", "@curious_cat In general a fever under 38.5 in an adult doesn't need treatment. If you're worried, talk to your own doctor.")]), []),
        (114100000000000114, "2025-03-18 15:30", "public", None, None, "en", no("cme", "slides of a talk", [
            ("o", "Slides from my talk on deprescribing benzos in older adults are up: https://slides.example/benzo")]), []),
        (114100000000000115, "2025-03-22 09:00", "public", None, None, "en", no("clinic-announcement", "image only, described", [
            ("o", "")]), [], ),
        (114100000000000116, "2025-03-25 20:10", "public", "happyhiker", None, "en", no("fan-thanks", "owner thanks a follower", [
            ("o", "@happyhiker Thank you, that means a lot! Glad the blood pressure thread was useful.")]), []),
        (114100000000000117, "2025-03-29 13:40", "public", "oldtimer_bob", None, "en", yes("medium", "owner-public-disclosure", "owner's public reply: a named person's hearing aids and ear infection", [
            ("o", "@oldtimer_bob Bob, glad the new hearing aids are helping and the ear infection cleared up! See you in the spring.")]), []),
        (114100000000000118, "2025-04-02 12:00", "public", None, None, "en", no("opinion", "a poll", [
            ("o", "How do you prefer to get your test results?")]), []),
        (114100000000000119, "2025-04-06 18:25", "public", "localnews_amy", None, "en", no("reporter", "reply to a reporter", [
            ("o", "@localnews_amy Happy to talk about the measles outbreak for your piece, email the clinic's press office.")]), []),
        (114100000000000120, "2025-04-10 01:05", "direct", "zoe_k", None, "en", yes("high", "reproductive-health", "owner's direct message to a named teen about emergency contraception", [
            ("o", "@zoe_k Hi Zoe, Plan B works best as soon as possible, up to 72 hours after. You don't need a prescription and it won't affect your usual pill.")]), []),
        (114100000000000121, "2025-04-14 07:50", "public", "lenny_b", None, "en", yes("medium", "symptom-question", "owner's public reply about a follower's chest pain, then a direct follow-up in the same thread", [
            ("o", "@lenny_b Sorry to hear about the chest pain after your run. If it comes back, call 911, don't drive yourself.")]),
         [(114100000000000122, "2025-04-14 08:05", "direct", "@lenny_b And please book an appointment this week so we can get an ECG. Our number is (555) 482-1900.")]),
        (114100000000000123, "2025-04-20 11:11", "public", None, None, "en", no("opinion", "an opinion about waiting rooms", [
            ("o", "Hot take: the waiting room TV should play nothing but nature documentaries.")]), []),
        (114100000000000124, "2025-04-24 16:00", "public", None, None, "es", no("health-news", "Spanish health news", [
            ("o", "La OMS actualizó su guía de hipertensión. Resumen en español en el hilo 🧵")]), []),
        (114100000000000125, "2025-04-28 22:30", "public", "river_song", "mental health", "en", yes("medium", "mental-health", "owner's public reply behind a content warning about a named follower's panic attacks", [
            ("o", "@river_song I'm so sorry the panic attacks are getting worse. Please book a double appointment with me so we have time to talk.")]), []),
    ]


def mention_html(handle):
    url = PEOPLE[handle]
    host = url.split("/")[2]
    return ('<span class="h-card" translate="no"><a href="https://%s/@%s" class="u-url mention">@<span>%s</span></a></span>'
            % (host, handle, handle))


def content_html(text, mention):
    body = html.escape(text, quote=False)
    if mention and body.startswith("@" + mention):
        body = mention_html(mention) + body[len(mention) + 1:]
    body = body.replace("https://slides.example/benzo",
                        '<a href="https://slides.example/benzo" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
                        '<span class="invisible">https://</span><span class="">slides.example/benzo</span><span class="invisible"></span></a>')
    body = body.replace("#flu", '<a href="%s/tags/flu" class="mention hashtag" rel="tag">#<span>flu</span></a>' % HOST)
    body = body.replace("#MedMastodon", '<a href="%s/tags/MedMastodon" class="mention hashtag" rel="tag">#<span>MedMastodon</span></a>' % HOST)
    return "<p>" + body + "</p>" if body else ""


def addressing(visibility, mention):
    m = [PEOPLE[mention]] if mention else []
    if visibility == "public":
        return [PUBLIC], [FOLLOWERS] + m
    if visibility == "unlisted":
        return [FOLLOWERS], [PUBLIC] + m
    if visibility == "followers":
        return [FOLLOWERS] + m, []
    return m, []


def activity(sid, at, visibility, mention, cw, lang, text, conversation, in_reply_to, poll=None, image=None):
    to, cc = addressing(visibility, mention)
    url = "%s/statuses/%d" % (ME, sid)
    obj = {"id": url, "type": "Question" if poll else "Note", "summary": cw, "inReplyTo": in_reply_to,
           "published": at, "url": "%s/@elifkaya/%d" % (HOST, sid), "attributedTo": ME, "to": to, "cc": cc,
           "sensitive": cw is not None, "atomUri": url, "inReplyToAtomUri": in_reply_to, "conversation": conversation,
           "content": content_html(text, mention), "contentMap": {lang: content_html(text, mention)},
           "attachment": [], "tag": []}
    if mention:
        host = PEOPLE[mention].split("/")[2]
        obj["tag"].append({"type": "Mention", "href": PEOPLE[mention], "name": "@%s@%s" % (mention, host)})
    for tag in ("flu", "MedMastodon"):
        if "#" + tag in text:
            obj["tag"].append({"type": "Hashtag", "href": "%s/tags/%s" % (HOST, tag.lower()), "name": "#" + tag.lower()})
    if image:
        obj["attachment"].append({"type": "Document", "mediaType": "image/jpeg", "url": image[0], "name": image[1],
                                  "blurhash": "UKO2?U%2Tw=w]~RBVZRi};RPxuwH%3s8tLOt", "focalPoint": [0.0, 0.0],
                                  "width": 1080, "height": 1350})
    if poll:
        obj["endTime"] = at
        obj["oneOf"] = [{"type": "Note", "name": o, "replies": {"type": "Collection", "totalItems": n}} for o, n in poll]
        obj["votersCount"] = sum(n for _, n in poll)
    obj["replies"] = {"id": url + "/replies", "type": "Collection", "first": {
        "type": "CollectionPage", "next": url + "/replies?only_other_accounts=true&page=true",
        "partOf": url + "/replies", "items": []}}
    return {"id": url + "/activity", "type": "Create", "actor": ME, "published": at, "to": to, "cc": cc, "object": obj}


def write_mastodon(root):
    folder = root
    items = []
    exchanges = []
    for sid, start, vis, mention, cw, lang, ex, extra in statuses():
        at = utc(start).strftime("%Y-%m-%dT%H:%M:%SZ")
        day = utc(start).strftime("%Y-%m-%d")
        reply = "%s/statuses/%d" % (PEOPLE[mention], 90000 + sid % 1000) if mention else None
        host = PEOPLE[mention].split("/")[2] if mention else "medsocial.example"
        conv_obj = 90000 + sid % 1000 if mention else sid
        conversation = "tag:%s,%s:objectId=%d:objectType=Conversation" % (host, day, conv_obj)
        text = ex.msgs[0][1]
        poll = [("Patient portal", 41), ("Phone call", 23), ("Letter", 6)] if ex.category == "opinion" and "results" in text else None
        image = None
        if sid == 114100000000000115:
            image = ("/media_attachments/files/114/100/000/000/000/115/original/closed-monday.jpg",
                     "Poster: Northside Family Practice is closed on Monday for the holiday. Happy long weekend!")
        items.append(activity(sid, at, vis, mention, cw, lang, text, conversation, reply, poll=poll, image=image))
        for sid2, start2, vis2, text2 in extra:
            at2 = utc(start2).strftime("%Y-%m-%dT%H:%M:%SZ")
            items.append(activity(sid2, at2, vis2, mention, None, lang, text2, conversation, "%s/statuses/%d" % (ME, sid)))
            ex.msgs.append(("o", text2, {}))
        ex.key = str(sid)
        exchanges.append(ex)
    # a boost: no text of the owner's
    items.append({"id": ME + "/statuses/114100000000000199/activity", "type": "Announce", "actor": ME,
                  "published": "2025-04-29T10:00:00Z", "to": [PUBLIC], "cc": [FOLLOWERS, "https://doctors.example/users/drpatel"],
                  "object": "https://doctors.example/users/drpatel/statuses/5566778899"})
    context = ["https://www.w3.org/ns/activitystreams", {"ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri",
               "inReplyToAtomUri": "ostatus:inReplyToAtomUri", "conversation": "ostatus:conversation",
               "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#", "votersCount": "toot:votersCount",
               "blurhash": "toot:blurhash", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}}]
    outbox = {"@context": context, "id": "outbox.json", "type": "OrderedCollection", "totalItems": len(items),
              "orderedItems": items}
    actor = {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"], "id": ME,
             "type": "Person", "following": ME + "/following", "followers": FOLLOWERS, "inbox": ME + "/inbox",
             "outbox": "outbox.json", "preferredUsername": "elifkaya", "name": "Dr. Elif Kaya",
             "summary": "<p>Family doctor at Northside Family Practice. Posts are not medical advice.</p>",
             "url": HOST + "/@elifkaya", "manuallyApprovesFollowers": False, "discoverable": True,
             "published": "2022-11-20T00:00:00Z", "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
             "likes": "likes.json", "bookmarks": "bookmarks.json"}
    likes = {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json", "type": "OrderedCollection",
             "orderedItems": ["https://doctors.example/users/drpatel/statuses/5566778899"]}
    bookmarks = {"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json", "type": "OrderedCollection",
                 "orderedItems": []}
    zpath = os.path.join(folder, "archive-20250501093011-9c2e4f0a1b3d5e7f.zip")
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
    entries = [("outbox.json", json.dumps(outbox, ensure_ascii=False, separators=(",", ":")).encode()),
               ("actor.json", json.dumps(actor, ensure_ascii=False, separators=(",", ":")).encode()),
               ("likes.json", json.dumps(likes, separators=(",", ":")).encode()),
               ("bookmarks.json", json.dumps(bookmarks, separators=(",", ":")).encode()),
               ("avatar.png", png),
               ("media_attachments/files/114/100/000/000/000/115/original/closed-monday.jpg", b"\xff\xd8\xff\xe0fakejpeg\xff\xd9")]
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 1, 9, 30, 11))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    write_labels(zpath[:-len(".zip")], "mastodon", exchanges)
    return exchanges
