"""Instagram held-out downloads: a 2022 JSON download (English keys) and a 2025 one from a Spanish account."""
import os
from datetime import timedelta

from common import fresh, meta_json, no, times, utc, write, write_labels, yes


def ig_2022_threads():
    return [
        ("inbox", "kayla.m.xo", "17841402233445566", "Kayla Mendez", yes("medium", "medication-question", "teenager on isotretinoin: side effects, tanning question", [
            ("Kayla Mendez", "omg hiii dr reyes!! so the accutane is working but my lips are SO cracked and i got a nosebleed today 😭 is that normal?? also can i still get a spray tan for prom lol")]),
            "2022-03-02 23:10"),
        ("inbox", "bigmike_fishes", "17842233445566778", "Mike Dunleavy", yes("medium", "post-procedure", "a mole frozen last week looks black, photo sent", [
            ("Mike Dunleavy", "sry to bug u, the mole u froze last wk turned black and crusty. sending pic"),
            ("Mike Dunleavy", "Mike Dunleavy sent an attachment.", {"photo": True, "minutes": 1}),
            ("o", "Hi Mike, that’s how they usually heal, the scab falls off in 1-2 weeks. Keep it clean with a little Vaseline and don’t pick at it.", {"minutes": 180}),
            ("Mike Dunleavy", "👍", {"minutes": 20})]),
            "2022-03-08 14:35"),
        ("inbox", "jess.tran.photo", "17843344556677889", "Jess Tran", yes("medium", "elder-care", "adult child: mother (71) has a bleeding spot on her nose that won't heal", [
            ("Jess Tran", "my mom (71) has this spot on her nose that keeps bleeding and won't heal, she's too stubborn to make an appt. if I send a pic can you tell if it's cancer?")]),
            "2022-03-15 20:00"),
        ("inbox", "olena.kovalenko.kyiv", "17844455667788990", "Olena Kovalenko", yes("medium", "refill", "non-native English: eczema cream ran out, asks for a prescription", [
            ("Olena Kovalenko", "Hello doctor. I am patient of you, the cream for eczema (tacrolimus) is finish. Pharmacy say need new prescription. Please can you send? Thank you very much")]),
            "2022-03-21 09:15"),
        ("inbox", "nat.writes.things", "17845566778899001", "Natalie Greer", yes("medium", "medication-question", "sarcasm: the retinol the physician recommended made her face peel", [
            ("Natalie Greer", "love how the 'gentle' retinol you recommended has turned my face into a tomato 🙃"),
            ("Natalie Greer", "seriously tho is peeling this bad normal or should i stop using it", {"minutes": 1})]),
            "2022-04-04 22:50"),
        ("message_requests", "d.rivera_22", "17846677889900112", "D Rivera", yes("medium", "sexual-health", "bumps after a new partner: asks whether the clinic checks them", [
            ("D Rivera", "hey doc kinda awkward but i've got like little bumps down there that showed up after a new partner. is that something u guys check or do i go to planned parenthood")]),
            "2022-04-11 01:30"),
        ("inbox", "carol.in.carlsbad", "17847788990011223", "Carol Jensen", yes("medium", "results", "biopsy result in the portal, nobody called", [
            ("Carol Jensen", "got the biopsy results in the portal and it says basal cell carcinoma??? nobody called me, what does that mean")]),
            "2022-04-19 17:05"),
        ("inbox", "sofiabakes_", "17848899001122334", "Sofia Park", yes("medium", "refill", "care logistics: refill sent to another pharmacy, away at college", [
            ("Sofia Park", "Hi! Can I get my spironolactone refill sent to the Walgreens on Harbor Blvd? I'm away at college til June 🙏")]),
            "2022-05-02 12:30"),
        ("inbox", "glowup.jenn", "17849900112233445", "Jenn 💫", no("fan-thanks", "a follower thanks the physician for her reels", [
            ("Jenn 💫", "Your skincare reels are the best!! Thank you for debunking all the TikTok stuff 🙌")]),
            "2022-05-10 21:00"),
        ("inbox", "skinblog.amara", "17840011223344556", "Amara Okonjo", no("general-question", "a blogger's general question for her readers", [
            ("Amara Okonjo", "what spf do you recommend for everyday? asking for my skincare blog readers 🧴"),
            ("o", "SPF 30 or higher, broad spectrum, and reapply every 2 hours outdoors!", {"minutes": 300})]),
            "2022-05-16 15:45"),
        ("message_requests", "glowpeptide.official", "17841122334455667", "GlowPeptide", no("sales", "a brand's collaboration pitch", [
            ("GlowPeptide", "Hey babe! 💕 We love your page! Collab with GlowPeptide? Free serum + 20% commission 💰")]),
            "2022-05-20 08:00"),
        ("inbox", "liz.runs.far", "17842211334455668", "Liz Hartman", no("figure-of-speech", "friend: figure of speech", [
            ("Liz Hartman", "that spin class destroyed me 💀 brunch sunday?"),
            ("o", "YES. 11 at the usual place", {"minutes": 4})]),
            "2022-05-28 10:30"),
        ("inbox", "dermresidents", "340282366841710300949128111222333", "Derm grads 2016", no("colleague", "colleagues' group chat about a program's paperwork", [
            ("Ana Lucero", "anyone have a good handout for patients starting isotretinoin? iPLEDGE changed again 🙄"),
            ("Ben Fischer", "I'll send ours tonight", {"minutes": 30}),
            ("o", "Same, ours is from March, still works", {"minutes": 10})]),
            "2022-06-02 19:00"),
        ("inbox", "teenglow.mag", "17843322114455669", "Teen Glow Magazine", no("reporter", "a magazine asks for an interview", [
            ("Teen Glow Magazine", "Hi Dr. Reyes, I'm writing a piece for Teen Glow about acne myths. Would you be open to a quick email Q&A this week?")]),
            "2022-06-09 14:00"),
    ]


def write_ig_2022(root):
    folder = os.path.join(root, "instagram-json-2022")
    fresh(folder)
    owner = "Dr. Jonah Reyes"
    exchanges = []
    for sect, user, tid, other, ex, start in ig_2022_threads():
        thread = "%s/%s_%s" % (sect, user, tid)
        ts = times(utc(start), ex.msgs)
        msgs = []
        names = {other}
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, ts)):
            sender = owner if who == "o" else who
            names.add(sender)
            t = t + timedelta(milliseconds=(i * 211 + 19) % 1000)
            m = {"sender_name": sender, "timestamp_ms": int(t.timestamp() * 1000), "content": text}
            if mo.get("photo"):
                m["photos"] = [{"uri": "messages/inbox/%s_%s/photos/%d.jpg" % (user, tid, 3100 + i),
                                "creation_timestamp": int(t.timestamp())}]
            m["is_geoblocked_for_viewer"] = False
            msgs.append(m)
        msgs.reverse()
        names.discard(owner)
        participants = [{"name": n} for n in sorted(names)] + [{"name": owner}]
        doc = {"participants": participants, "messages": msgs, "title": other, "is_still_participant": True,
               "thread_path": thread, "magic_words": []}
        if len(participants) > 2:
            doc["thread_type"] = "RegularGroup"
        write(os.path.join(folder, "messages", sect, "%s_%s" % (user, tid), "message_1.json"), meta_json(doc))
        ex.key = thread
        exchanges.append(ex)
    comments = [
        ("2022-04-30 16:00", "clearviewderm", no("clinic-announcement", "clinic event with the practice's phone", [
            ("o", "Skin cancer screening day this Saturday! DM @clearviewderm or call (555) 827-4410 ☀️")])),
        ("2022-06-12 19:30", "kayla.m.xo", yes("medium", "owner-public-disclosure", "owner's public comment ties a named patient to her isotretinoin", [
            ("o", "So proud of you Kayla, your skin looks amazing after finishing Accutane!! 😍")])),
        ("2022-06-20 11:00", "liz.runs.far", no("personal-family", "congratulations on wedding photos", [
            ("o", "Gorgeous wedding photos!! Congrats you two 💍")])),
    ]
    items = []
    for i, (start, media_owner, ex) in enumerate(comments):
        items.append({"media_list_data": [{"uri": ""}], "string_map_data": {
            "Comment": {"value": ex.msgs[0][1]}, "Media Owner": {"value": media_owner},
            "Time": {"timestamp": int(utc(start).timestamp())}}})
        ex.key = "post_comments_1.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(folder, "comments", "post_comments_1.json"), meta_json(items))
    write(os.path.join(folder, "personal_information", "personal_information.json"), meta_json({"profile_user": [{
        "media_map_data": {"Profile Photo": {"uri": "media/other/profile_9931.jpg", "creation_timestamp": 1577836800, "title": ""}},
        "string_map_data": {
            "Email": {"href": "", "value": "jonah@clearviewderm.example", "timestamp": 0},
            "Username": {"href": "", "value": "dr.jonahreyes", "timestamp": 0},
            "Name": {"href": "", "value": owner, "timestamp": 0},
            "Bio": {"href": "", "value": "Board-certified dermatologist 🧴☀️ Clearview Dermatology. Not medical advice.", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]}))
    write_labels(folder, "instagram", exchanges)
    return exchanges


def ig_2025_threads():
    return [
        ("inbox", "mariana.lopez.r", "17851122334455667", "Mariana López", yes("medium", "symptom-question", "Spanish: 4-month-old with diarrhoea, refuses formula, oral rehydration or ER", [
            ("Mariana López", "Dra buenas tardes, mi bebé de 4 meses tiene diarrea desde ayer, como 6 veces hoy, y no quiere la fórmula. ¿Le doy suero o lo llevo a urgencias?")]),
            "2025-01-13 21:20"),
        ("inbox", "fer_y_vale", "17852233445566778", "Fernanda Ruiz", yes("high", "vaccine-question", "Spanish: fever after the 2-month vaccines; owner gives the dose", [
            ("Fernanda Ruiz", "Hola doctora! La vacuna de los 2 meses le dio mucha fiebre a Valentina, 38.9, ¿es normal? ¿Le puedo dar paracetamol?"),
            ("o", "Sí, es normal las primeras 48 horas. Puede darle paracetamol 1.5 ml cada 6 horas. Si la fiebre pasa de 39 o no quiere comer, tráigala.", {"minutes": 35}),
            ("Fernanda Ruiz", "Mil gracias doctora ❤️", {"minutes": 3})]),
            "2025-01-20 02:10"),
        ("message_requests", "xime.g_07", "17853344556677889", "Ximena 🌙", yes("medium", "reproductive-health", "teenager, the physician's patient since childhood, wants contraception without her mother knowing", [
            ("Ximena 🌙", "holaa dra, soy Ximena (paciente de usted desde chiquita jaja) tengo 16 y quiero empezar pastillas anticonceptivas pero no quiero que mi mamá sepa 🙈 se puede?")]),
            "2025-02-03 23:45"),
        ("inbox", "escuela.benito.juarez", "17854455667788990", "Esc. Benito Juárez", no("fan-thanks", "Spanish: a school thanks for a talk", [
            ("Esc. Benito Juárez", "Gracias por la plática en la escuela sobre el lavado de manos, los niños quedaron encantados 🧼✨")]),
            "2025-02-10 17:00"),
        ("message_requests", "vitaminas.importadas.mx", "17855566778899001", "Vitaminas MX", no("drug-spam", "Spanish drug spam", [
            ("Vitaminas MX", "💊 Ivermectina y vitaminas importadas, envíos a todo México 🇲🇽 escríbenos por WhatsApp")]),
            "2025-02-14 06:00"),
        ("inbox", "rosario.abuela", "17856677889900112", "Rosario Gómez", yes("medium", "symptom-question", "Spanish: grandmother caring for a grandson, ear pain after the amoxicillin the physician gave", [
            ("Rosario Gómez", "Doctora, soy la abuela de Santiago. Su mamá está trabajando. El niño tiene los oídos tapados y llora mucho de noche, ya terminó la amoxicilina que usted le dio. ¿Qué hacemos?")]),
            "2025-02-22 20:30"),
        ("inbox", "paty.cdmx", "17857788990011223", "Paty Herrera", no("figure-of-speech", "Spanish: friend, figure of speech", [
            ("Paty Herrera", "Amiga, ese tráfico me va a matar 😩 ¿nos vemos el sábado?"),
            ("o", "¡Sí! A las 6 en el café de siempre", {"minutes": 10})]),
            "2025-03-01 19:15"),
        ("inbox", "mamas.de.coyoacan", "17858899001122334", "Mamás de Coyoacán", no("general-question", "Spanish: a general question for a parents' group", [
            ("Mamás de Coyoacán", "Doctora, una pregunta general para nuestro grupo de mamás: ¿a qué edad se recomienda la primera visita al dentista?"),
            ("o", "¡Hola! En general se recomienda al salir el primer diente o antes del año.", {"minutes": 90})]),
            "2025-03-08 16:00"),
    ]


def write_ig_2025(root):
    folder = os.path.join(root, "instagram-json-2025-es")
    fresh(folder)
    owner = "Dra. Sofía Marín"
    act = os.path.join(folder, "your_instagram_activity")
    exchanges = []
    for sect, user, tid, other, ex, start in ig_2025_threads():
        thread = "%s/%s_%s" % (sect, user, tid)
        ts = times(utc(start), ex.msgs)
        msgs = []
        for i, ((who, text, mo), t) in enumerate(zip(ex.msgs, ts)):
            sender = owner if who == "o" else who
            t = t + timedelta(milliseconds=(i * 97 + 401) % 1000)
            msgs.append({"sender_name": sender, "timestamp_ms": int(t.timestamp() * 1000), "content": text,
                         "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False})
        msgs.reverse()
        doc = {"participants": [{"name": other}, {"name": owner}], "messages": msgs, "title": other,
               "is_still_participant": True, "thread_path": thread, "magic_words": []}
        write(os.path.join(act, "messages", sect, "%s_%s" % (user, tid), "message_1.json"), meta_json(doc))
        ex.key = thread
        exchanges.append(ex)
    comments = [
        ("2025-04-30 15:00", "consultorio.dramarin", no("clinic-announcement", "Spanish: Children's Day greeting on the clinic's post", [
            ("o", "¡Feliz día del niño a todos nuestros pacientitos! 🎈")])),
        ("2025-05-06 20:40", "mama.de.emiliano", yes("medium", "owner-public-disclosure", "Spanish: owner's public comment ties a named child to his pneumonia", [
            ("o", "Qué gusto ver a Emiliano tan recuperado de la neumonía 💙 ¡fuerza campeón!")])),
    ]
    items = []
    for i, (start, media_owner, ex) in enumerate(comments):
        items.append({"media_list_data": [{"uri": ""}], "string_map_data": {
            "Comentario": {"value": ex.msgs[0][1]}, "Propietario del contenido": {"value": media_owner},
            "Hora": {"timestamp": int(utc(start).timestamp())}}})
        ex.key = "post_comments_1.json#%d" % i
        exchanges.append(ex)
    write(os.path.join(act, "comments", "post_comments_1.json"), meta_json(items))
    write(os.path.join(folder, "personal_information", "personal_information", "personal_information.json"), meta_json({"profile_user": [{
        "media_map_data": {"Foto del perfil": {"uri": "media/other/profile_5521.jpg", "creation_timestamp": 1609459200, "title": ""}},
        "string_map_data": {
            "Correo electrónico": {"href": "", "value": "sofia.marin@consultorio.example", "timestamp": 0},
            "Nombre de usuario": {"href": "", "value": "dra.sofiamarin", "timestamp": 0},
            "Nombre": {"href": "", "value": owner, "timestamp": 0},
            "Biografía": {"href": "", "value": "Pediatra 👶 Consultorio en Coyoacán. No doy consultas por DM.", "timestamp": 0},
            "Cuenta privada": {"href": "", "value": "False", "timestamp": 0}}}]}))
    write_labels(folder, "instagram", exchanges)
    return exchanges
