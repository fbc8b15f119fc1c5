"""LinkedIn held-out exports: a 2023 Basic export (10 message columns) and a 2026 Complete one."""
import base64
import os

from common import csv_text, fresh, no, times, utc, write, write_labels, yes

IN = "https://www.linkedin.com/in/"


def conv_id(seed):
    return "2-" + base64.b64encode(seed.encode()).decode()


def li_2023():
    owner = ("Alan Whitcombe", "alan-whitcombe-md")
    convs = [
        ("GeorgeAlvarezSon", None, [("Luis Alvarez", "luis-alvarez-8842")], "2023-01-09 15:20", yes("medium", "elder-care", "son of an elderly patient: breathlessness and swollen ankles after a stent; owner takes it offline", [
            ("Luis Alvarez", "Dr. Whitcombe, my father George Alvarez (78) has been your patient since his stent in 2022. He gets short of breath walking to the mailbox now and his ankles are swollen. His next appointment isn't until March. Should we wait?"),
            ("o", "Hi Luis, thanks for letting me know. Please call the office today at (555) 910-6600 and tell them I asked for him to be seen this week.", {"minutes": 70}),
            ("Luis Alvarez", "Will do, thank you.", {"minutes": 5})])),
        ("KarenBetaBlocker", None, [("Karen Liu", "karenliu-cpa")], "2023-01-17 18:02", yes("high", "medication-question", "professional voice, beta blocker side effects and heart rate; owner changes the dose", [
            ("Karen Liu", "Alan, hope you don't mind me reaching out here. Since you started me on the metoprolol I've been exhausted and my HR runs in the low 50s on my watch. Worth adjusting before cardiac rehab starts?"),
            ("o", "Karen, let's cut it to 25 mg once a day and recheck your heart rate in two weeks. Call if you get dizzy.", {"minutes": 240}),
            ("Karen Liu", "Perfect, thanks Alan.", {"minutes": 30})])),
        ("PeteEcho", None, [("Pete Sandoval", "pete-sandoval-pe")], "2023-02-01 21:40", yes("medium", "results", "echo report with ejection fraction, asks whether to worry", [
            ("Pete Sandoval", "Got my echo report in MyChart. EF 45%. The note says 'mildly reduced'. Is that something I should worry about or wait for the follow-up?")])),
        ("DianePA", None, [("Diane Okoro", "diane-okoro-hr")], "2023-02-13 14:10", yes("medium", "refill", "care logistics: prior authorization, a plan member id", [
            ("Diane Okoro", "Hi Dr. Whitcombe, could your office send my Eliquis prior authorization to Aetna again? They say it expired. Member ID W218774093. Thanks so much.")])),
        ("Recruiter1", "Structural heart opportunity", [("Megan Shaw", "megan-shaw-recruits")], "2023-02-20 16:00", no("recruiter", "a recruiter", [
            ("Megan Shaw", "Hi Alan, Lakeview Health is building a structural heart program and your profile stood out. Open to a confidential chat?")])),
        ("CurbsideRaj", None, [("Raj Mehta", "raj-mehta-anesthesia")], "2023-03-02 19:30", no("colleague", "a colleague's curbside question about a case, no identifiers", [
            ("Raj Mehta", "Alan, curbside: 64M, prior CABG, new LBBB on his pre-op ECG for a knee replacement. Would you stress him first or just send him?"),
            ("o", "If he's asymptomatic and gets up two flights of stairs fine, I'd go ahead. If not, let's get an echo first.", {"minutes": 45})])),
        ("PharmaDinner", "Speaker dinner invitation", [("Kristen Boyd", "kristen-boyd-amgenix")], "2023-03-10 13:00", no("sales", "a pharmaceutical dinner invitation", [
            ("Kristen Boyd", "Dr. Whitcombe, we'd love to invite you to a speaker dinner on the new PCSK9 outcome data, Thursday at The Grill. CME credit available.")])),
        ("FellowApplicant", None, [("Hana Sato", "hana-sato-md")], "2023-03-18 22:05", no("student", "a fellowship applicant asks for career advice", [
            ("Hana Sato", "Dr. Whitcombe, I'm applying to cardiology fellowship and read your paper on AFib ablation outcomes. Would you have 15 minutes to talk about your career path?")])),
        ("RotaryThanks", None, [("Bill Ferraro", "bill-ferraro-rotary")], "2023-04-04 17:30", no("fan-thanks", "thanks for a public talk", [
            ("Bill Ferraro", "Saw your talk at the Rotary Club on heart health, excellent. Shared the slides with our members.")])),
        ("PanicAfterMI", None, [("Tom Gallagher", "tom-gallagher-ops")], "2023-04-12 03:15", yes("medium", "mental-health", "panic attacks since his heart attack, asks whether to raise it with the physician or his GP", [
            ("Tom Gallagher", "Dr W, I don't know if this is a cardiology thing but since my heart attack I get panic attacks every night and I'm afraid to go to sleep. Is this normal? Should I bring it up with you or my GP?")])),
        ("Wellness", None, [("Jordan Blake", "jordan-blake-writer")], "2023-04-20 15:00", no("reporter", "a writer's general question for an article", [
            ("Jordan Blake", "Quick question for an article I'm writing on workplace wellness: what's the single best thing office workers can do for their heart?"),
            ("o", "Move every hour. Stand up, walk to the water cooler, take the stairs. It adds up.", {"minutes": 300})])),
        ("RosaDelgado", None, [("Rosa Delgado", "rosa-delgado-realtor")], "2023-05-02 20:20", yes("medium", "elder-care", "Spanglish: wife of a patient, dizziness since the diuretic changed, nearly fell", [
            ("Rosa Delgado", "Dr. Whitcombe, soy Rosa, la esposa de Héctor Delgado. He has been dizzy since they changed his water pill to furosemide, casi se cae en la cocina. ¿Qué hacemos?")])),
    ]
    invitations = [
        ("Nina Crane", "nina-crane-design", "5/14/23, 9:02 PM", yes("medium", "elder-care", "invitation note: the physician implanted her mother's pacemaker, named, shocks at night", [
            ("x", "Dr. Whitcombe, you did my mom's pacemaker last year (Edith Crane). She says it shocks her at night. Can we connect so I can ask you something?")])),
        ("Greg Holm", "greg-holm-lakeside", "5/20/23, 11:30 AM", no("colleague", "invitation note from an alumnus", [
            ("x", "Fellow Lakeside alum here, would love to connect and hear about the new cath lab!")])),
        ("Ivy Nguyen", "ivy-nguyen-sn", "6/2/23, 4:45 PM", no("student", "invitation note from a nursing student", [
            ("x", "Hi Dr. W, I'm a nursing student at Lakeside College and would love to connect!")])),
    ]
    comments = [
        ("2023-05-25 07:30:12", "urn:li:activity:7067000000000000301", no("cme", "guideline discussion", [
            ("o", "Great summary of the new hypertension guidelines. Home BP monitoring is underrated.")])),
        ("2023-06-05 08:12:44", "urn:li:activity:7071000000000000302", no("figure-of-speech", "owner's figure of speech", [
            ("o", "This Monday traffic is going to give me a \"heart attack\", and I'm the cardiologist 😅")])),
        ("2023-06-19 18:40:03", "urn:li:activity:7076000000000000303", yes("medium", "owner-public-disclosure", "owner's public comment ties a named person to his stent and next visit", [
            ("o", "George, glad to hear the stent is holding up and you're back on the golf course! See you in March.")])),
    ]
    shares = [
        ("2023-02-01 13:00:00", "urn:li:share:7026000000000000401", "PUBLIC", no("clinic-announcement", "free blood pressure checks with the practice's phone", [
            ("o", "Heart Month at Lakeside: free BP checks in the lobby all February.\nQuestions? Call (555) 910-6600.")])),
        ("2023-05-08 16:00:00", "urn:li:share:7061000000000000402", "MEMBER_NETWORK", no("owner-education", "team milestone", [
            ("o", "Proud of our cath lab team: 1,000 procedures this year with a door-to-balloon time under 60 minutes.")])),
        ("2023-06-26 12:00:00", "urn:li:share:7078000000000000403", "CONNECTIONS", no("owner-personal", "the physician's own father's bypass anniversary", [
            ("o", "My own dad had his bypass 20 years ago today. Still walking 3 miles a day at 84. Cardiology works ❤️")])),
    ]
    return owner, convs, invitations, comments, shares


def write_li_2023(root):
    folder = os.path.join(root, "Basic_LinkedInDataExport_07-01-2023")
    fresh(folder)
    owner, convs, invitations, comments, shares = li_2023()
    exchanges = []
    rows = []
    for seed, title, others, start, ex in convs:
        cid = conv_id(seed)
        ts = times(utc(start), ex.msgs)
        for (who, text, mo), t in zip(ex.msgs, ts):
            date = t.strftime("%Y-%m-%d %H:%M:%S UTC")
            if who == "o":
                rows.append((t, [cid, title or "", owner[0], IN + owner[1], ", ".join(o[0] for o in others),
                                 ",".join(IN + o[1] for o in others), date, "", text, "INBOX"]))
            else:
                sender = [o for o in others if o[0] == who][0]
                rows.append((t, [cid, title or "", sender[0], IN + sender[1], owner[0], IN + owner[1], date,
                                 title or "", text, "INBOX"]))
        ex.key = cid
        exchanges.append(ex)
    rows.sort(key=lambda r: r[0], reverse=True)
    write(os.path.join(folder, "messages.csv"), csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
         "SUBJECT", "CONTENT", "FOLDER"], [r[1] for r in rows]))
    inv_rows = []
    for i, (name, url, at, ex) in enumerate(invitations, 1):
        inv_rows.append([name, owner[0], at, ex.msgs[0][1], "INCOMING", IN + url, IN + owner[1]])
        ex.key = "Invitations.csv#%d" % i
        exchanges.append(ex)
    inv_rows.append([owner[0], "Luis Alvarez", "1/3/23, 10:00 AM", "", "OUTGOING", IN + owner[1], IN + "luis-alvarez-8842"])
    write(os.path.join(folder, "Invitations.csv"), csv_text(
        ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"], inv_rows))
    com_rows = []
    for i, (date, urn, ex) in enumerate(comments, 1):
        com_rows.append([date, "https://www.linkedin.com/feed/update/" + urn, ex.msgs[0][1]])
        ex.key = "Comments.csv#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "Comments.csv"), csv_text(["Date", "Link", "Message"], com_rows, escape_backslash=True))
    share_rows = []
    for i, (date, urn, vis, ex) in enumerate(shares, 1):
        share_rows.append([date, "https://www.linkedin.com/feed/update/" + urn, ex.msgs[0][1], "", "", vis])
        ex.key = "Shares.csv#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "Shares.csv"), csv_text(
        ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], share_rows), bom=True)
    write(os.path.join(folder, "Profile.csv"), csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry", "Zip Code",
         "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [["Alan", "Whitcombe", "", "", "", "Interventional Cardiologist at Lakeside Heart Institute",
          "Cardiologist. Views are my own and not medical advice.", "Hospitals and Health Care", "",
          "Lakeside, Michigan", "", "", ""]]))
    write(os.path.join(folder, "Connections.csv"), 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it."\n\n'
          + csv_text(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"], [
              ["Luis", "Alvarez", IN + "luis-alvarez-8842", "", "Alvarez Landscaping", "Owner", "03 Jan 2023"],
              ["Karen", "Liu", IN + "karenliu-cpa", "", "Liu & Park CPAs", "Partner", "12 Aug 2019"],
              ["Raj", "Mehta", IN + "raj-mehta-anesthesia", "", "Lakeside Heart Institute", "Anesthesiologist", "01 Feb 2018"],
          ]))
    write_labels(folder, "linkedin", exchanges)
    return exchanges


def li_2026():
    owner = ("Naomi Feld", "naomi-feld-md")
    convs = [
        ("MarcusWellbutrin", [("Marcus Boateng", "marcus-boateng-41")], "2026-01-12 02:30", yes("medium", "refill", "group therapy patient ran out of his antidepressant, feels low", [
            ("Marcus Boateng", "Dr. Feld, it's Marcus from your Thursday group. I ran out of my Wellbutrin two days ago and the pharmacy says the script expired.\nI'm starting to feel pretty low again. Can you send a new one?")])),
        ("SonCutting", [("Ellen Park", "ellen-park-teacher")], "2026-01-19 23:55", yes("medium", "mental-health", "parent: son (17) self-harming, asks whether the physician takes new patients", [
            ("Ellen Park", "Dr. Feld, our son (17) told his school counselor he's been cutting. The counselor gave us your name. Are you taking new patients? We're scared."),
            ("o", "I'm so sorry. Please call my office at (555) 448-2010 first thing tomorrow and we'll find him a time this week. If he's in danger tonight, call 988 or go to the ER.", {"minutes": 25})])),
        ("RecruiterPsych", [("Talent at MindBridge", None)], "2026-02-02 15:00", no("recruiter", "a sponsored recruiting message", [
            ("Talent at MindBridge", "Telepsychiatry roles, 100% remote\n\nHi Naomi, we're hiring board-certified psychiatrists for flexible telehealth shifts.")])),
        ("ApaPanel", [("Owen Reilly", "owen-reilly-md")], "2026-02-09 18:20", no("colleague", "a colleague about a conference panel", [
            ("Owen Reilly", "Naomi, are you still up for the APA panel on adolescent anxiety? We need slides by March 1."),
            ("o", "Yes! I'll send a draft next week.", {"minutes": 60})])),
    ]
    shares = [
        ("2026-05-05 13:00:00", "urn:li:share:7325000000000000501", "PUBLIC", no("owner-education", "awareness post with a crisis line number", [
            ("o", "Mental Health Awareness Month: if you're struggling, call or text 988. You're not alone.")])),
    ]
    comments = [
        ("2026-03-14 09:10:00", "urn:li:activity:7306000000000000601", yes("medium", "owner-public-disclosure", "owner's public comment ties a named person to depression and her therapy group", [
            ("o", "Marcus, really proud of you for sharing your story about depression and getting back to work. Keep coming to group!")])),
    ]
    return owner, convs, shares, comments


def write_li_2026(root):
    folder = os.path.join(root, "Complete_LinkedInDataExport_06-02-2026")
    fresh(folder)
    owner, convs, shares, comments = li_2026()
    exchanges = []
    rows = []
    for seed, others, start, ex in convs:
        cid = conv_id(seed)
        ts = times(utc(start), ex.msgs)
        for (who, text, mo), t in zip(ex.msgs, ts):
            date = t.strftime("%Y-%m-%d %H:%M:%S UTC")
            subject = ""
            if "\n\n" in text and who != "o" and others[0][1] is None:
                subject, text = text.split("\n\n", 1)
            if who == "o":
                rows.append((t, [cid, "", owner[0], IN + owner[1], ", ".join(o[0] for o in others),
                                 ",".join(IN + o[1] for o in others if o[1]), date, "", text, "INBOX", "", "No", "No"]))
            else:
                sender = [o for o in others if o[0] == who][0]
                rows.append((t, [cid, subject, sender[0], IN + sender[1] if sender[1] else "", owner[0], IN + owner[1],
                                 date, subject, text, "INBOX", "", "No", "No"]))
        ex.key = cid
        exchanges.append(ex)
    rows.sort(key=lambda r: r[0], reverse=True)
    write(os.path.join(folder, "Messages.csv"), csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
         "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"],
        [r[1] for r in rows], quote_all=True, newline="\r\n"))
    share_rows = []
    for i, (date, urn, vis, ex) in enumerate(shares, 1):
        share_rows.append([date, "https://www.linkedin.com/feed/update/" + urn, ex.msgs[0][1], "", "", vis])
        ex.key = "Shares.csv#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "Shares.csv"), csv_text(
        ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], share_rows, quote_all=True,
        newline="\r\n"))
    com_rows = []
    for i, (date, urn, ex) in enumerate(comments, 1):
        com_rows.append([date, "https://www.linkedin.com/feed/update/" + urn, ex.msgs[0][1]])
        ex.key = "Comments_55012.csv#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "Comments_55012.csv"), csv_text(["Date", "Link", "Message"], com_rows, escape_backslash=True))
    write(os.path.join(folder, "Profile.csv"), csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry", "Zip Code",
         "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [["Naomi", "Feld", "", "", "", "Child & Adolescent Psychiatrist", "", "Mental Health Care", "", "Portland, Oregon",
          "", "", ""]], quote_all=True, newline="\r\n"))
    write(os.path.join(folder, "Invitations.csv"), csv_text(
        ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
        [[owner[0], "Owen Reilly", "9/14/25, 8:00 AM", "", "OUTGOING", IN + owner[1], IN + "owen-reilly-md"]],
        quote_all=True, newline="\r\n"))
    write(os.path.join(folder, "guide_messages.csv"), csv_text(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
         "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"], [], quote_all=True,
        newline="\r\n"))
    write_labels(folder, "linkedin", exchanges)
    return exchanges
