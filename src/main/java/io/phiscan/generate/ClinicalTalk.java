package io.phiscan.generate;

/**
 * What patients and parents write to their physician about care, and what the physician answers,
 * in English and Spanish: greetings, who is writing, the visit the physician made ("you saw my
 * son Tuesday"), a symptom, a medication and a dose, a question, sometimes a date of birth; whole
 * messages in several voices; the owner's advice or request to take it offline; and the owner's
 * public replies that tie a child's illness to a name. Combined at random, they give thousands of
 * different exchanges. Constants only.
 */
final class ClinicalTalk {
    private ClinicalTalk() {
    }

    /** A medication with a dose, in English and in Spanish. */
    record Medication(String name, String dose, String nombre, String dosis) {
    }

    static final Medication[] MEDICATIONS = {
        new Medication("amoxicillin", "5 ml twice a day", "amoxicilina", "5 ml dos veces al día"),
        new Medication("albuterol inhaler", "2 puffs every 4 hours", "salbutamol", "2 inhalaciones cada 4 horas"),
        new Medication("ibuprofen", "7.5 ml", "ibuprofeno", "7.5 ml"),
        new Medication("Tylenol", "160 mg", "paracetamol", "160 mg"),
        new Medication("Motrin", "10 ml every 6 hours", "ibuprofeno", "10 ml cada 6 horas"),
        new Medication("cetirizine", "5 mg", "loratadina", "5 mg"),
        new Medication("Flovent", "44 mcg twice a day", "salbutamol", "2 inhalaciones"),
        new Medication("azithromycin", "200 mg once a day", "amoxicilina", "250 mg tres veces al día"),
        new Medication("prednisolone", "15 mg", "ibuprofeno", "100 mg"),
        new Medication("Zofran", "4 mg", "paracetamol", "10 ml"),
        new Medication("cefdinir", "250 mg daily", "amoxicilina", "7 ml"),
        new Medication("Tamiflu", "30 mg twice a day", "paracetamol", "5 ml cada 6 horas"),
        new Medication("montelukast", "4 mg at bedtime", "loratadina", "5 ml"),
        new Medication("Benadryl", "10 ml", "loratadina", "5 mg"),
    };

    /** A symptom as a phrase ("a fever of 102"), as a bare word ("fever"), and in Spanish. */
    record Symptom(String phrase, String word, String es) {
    }

    static final Symptom[] SYMPTOMS = {
        new Symptom("a fever of 102", "fever", "fiebre de 39"),
        new Symptom("a fever of 103", "fever", "fiebre de 39.5"),
        new Symptom("a rash on {his} chest", "rash", "sarpullido en el pecho"),
        new Symptom("wheezing at night", "wheezing", "tos y silbido en el pecho por las noches"),
        new Symptom("ear pain", "ear pain", "dolor de oído"),
        new Symptom("vomiting and can't keep anything down", "vomiting", "vómito y no retiene nada"),
        new Symptom("a cough that won't stop", "cough", "una tos que no se le quita"),
        new Symptom("diarrhea and a stomach ache", "stomach ache", "diarrea y dolor de estómago"),
        new Symptom("a sore throat and swollen glands", "sore throat", "dolor de garganta"),
        new Symptom("pink eye in both eyes", "pink eye", "los ojos rojos con lagañas"),
        new Symptom("hives all over {his} arms", "hives", "ronchas en los brazos"),
        new Symptom("a bad headache and a stiff neck", "headache", "dolor de cabeza muy fuerte"),
        new Symptom("trouble breathing when {he} runs", "wheezing", "falta de aire"),
        new Symptom("a bumpy rash on {his} hands and feet", "rash", "granitos en las manos y los pies"),
    };

    /** The symptoms' phrases, whose pronouns are filled for each child. */
    static final Template[] SYMPTOM_PHRASES = phrases();

    private static Template[] phrases() {
        Template[] out = new Template[SYMPTOMS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Template.of(SYMPTOMS[i].phrase());
        }
        return out;
    }

    static final Template[] REASONS = Template.all("an ear infection", "strep throat", "{his} asthma", "{his} checkup", "croup",
        "the flu", "{his} eczema", "a sprained ankle", "pneumonia", "a sinus infection");
    static final String[] RAZONES = {"una infección de oído", "la garganta", "el asma", "su chequeo", "la gripe",
        "una neumonía", "la tos"};
    static final String[] SELF_REASONS = {"my blood pressure", "my diabetes", "a sinus infection", "my back pain",
        "bronchitis", "my thyroid", "my asthma", "a UTI"};
    static final String[] SELF_SYMPTOMS = {"a rash", "dizziness", "a bad cough", "chest tightness", "a headache every day",
        "stomach pain", "trouble sleeping", "a fever of 101"};
    static final String[] WHEN = {"yesterday", "last night", "Sunday night", "two days ago", "this morning", "over the weekend"};
    static final String[] CUANDO = {"ayer", "anoche", "el domingo", "hace dos días", "esta mañana"};
    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    static final String[] DIAS = {"lunes", "martes", "miércoles", "jueves", "viernes"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static final Template[] GREETINGS = Template.all("Hi Dr. {owner},", "Hello Dr. {owner}!", "Dr. {owner},",
        "Hi doctor,", "Good morning Dr. {owner},", "hey doc,", "Hi Dr. {owner_first},", "Sorry to bother you on here Dr. {owner},");
    static final Template[] SALUDOS = Template.all("Hola Dr. {owner},", "Buenos días doctor,", "Dr. {owner},",
        "Hola doctor {owner},", "Buenas noches doctor,");

    static final Template[] WHO_PARENT = Template.all("this is {first}, {kid}'s {parent}.", "it's {first} {last}, {kid}'s {parent}.",
        "I'm {kid}'s {parent} ({kid} {last}).", "it's {first} ({kid}'s {parent}).", "this is {kid} {last}'s {parent}.",
        "my {child} {kid} is your patient.", "{first} here, {kid}'s {parent}.", "I'm {first} {last}, {kid}'s {parent}.");
    static final Template[] QUIEN = Template.all("soy {first}, la mamá de {kid}.", "habla {first} {last}, el papá de {kid}.",
        "soy {first}, mamá de {kid} {last}.", "mi {child} {kid} es su paciente.");

    static final Template[] PRIOR = Template.all("You saw {kid} on {weekday} for {reason}.", "You saw my {child} {kid} {weekday}.",
        "{Kid} was in to see you last week for {reason}.", "You treated {kid} for {reason} in {month}.",
        "You saw {him} at {his} appointment {weekday}.", "We were in {weekday} and you said it was {reason}.",
        "At {his} visit last week you started {him} on the {med}.", "You saw {him} {weekday} and {he} was getting better.");
    static final Template[] ANTES = Template.all("Usted {lo} vio el {weekday} por {reason}.", "Usted {lo} vio el {weekday}.",
        "Lo llevamos a su consulta la semana pasada por {reason}.", "En la cita del {weekday} usted le recetó {med}.");

    static final Template[] SYMPTOM = Template.all("{He} has had {symptom} since {when}.", "Now {he} has {symptom}.",
        "This morning {he} has {symptom}.", "{His} {symptom2} is back.", "Since {when} {he}'s had {symptom}.",
        "{He} still has {symptom} and isn't eating much.", "Tonight {he} has {symptom} and {he}'s really cranky.",
        "The {symptom2} came back {when}.");
    static final Template[] SINTOMA = Template.all("Ahora tiene {symptom} desde {when}.", "Sigue con {symptom}.",
        "Desde {when} tiene {symptom}.", "Otra vez tiene {symptom}.");

    static final Template[] QUESTION = Template.all("Should I keep giving {him} the {med} {dose}?",
        "Can I give {him} {dose} of {med}?", "Should I bring {him} in or wait it out?", "Do you think {he} needs antibiotics?",
        "Can you call in a refill of {his} {med}?", "Is it ok to give {him} {med} {dose} tonight?",
        "Is that normal or should we come in?", "Should I stop the {med}?", "How much {med} can I give {him}? {He}'s 40 lbs.",
        "Can you send a prescription to the pharmacy for {him}?");
    static final Template[] PREGUNTA = Template.all("¿Le sigo dando la {med} {dose}?", "¿Le doy {dose} de {med}?",
        "¿{Lo} llevo a la clínica o espero?", "¿Necesita antibiótico?", "¿Me puede mandar la receta de {med} a la farmacia?");

    static final Template[] WHOLE = Template.all(
        "{Kid} still has {symptom} after 3 days on the {med}. Should I bring {him} back in? You saw {him} {weekday}.",
        "sorry to message here but {kid}'s {symptom2} is back since {when}. do I keep giving {him} the {med}??",
        "Dr. {owner}, my {child} {kid} (DOB {dob}) has had {symptom} since {when}. You saw {him} {weekday} for {reason}. Is it ok to give {him} {dose} of {med}?",
        "Quick question about {kid}: you put {him} on {med} {dose} on {weekday} and now {he} has {symptom}. Is that a reaction? Should we stop it?",
        "Hi! {Kid} is one of your patients. {He} has {symptom} since {when}, should I take {him} to urgent care or can it wait until Monday?",
        "{Kid}'s {symptom2} is worse tonight. We did the {med} {dose} at 6. Can I give more or do we go to the ER?",
        "Hey Dr {owner}, {kid} threw up the {med} twice today. Should I give {him} another dose? You saw {him} for {reason} {weekday}.",
        "it's {first}, {kid}'s {parent}. {he}'s had {symptom} since {when} and {his} inhaler isn't helping much. what should I do?");
    static final Template[] ENTERO = Template.all(
        "Doctor, {kid} sigue con {symptom} después de 3 días con la {med}. ¿{Lo} llevo otra vez? Usted {lo} vio el {weekday}.",
        "Hola doctor, mi {child} {kid} (fecha de nacimiento {dob}) tiene {symptom} desde {when}. ¿Le puedo dar {dose} de {med}?",
        "Perdón que le escriba por aquí. {Kid} tiene {symptom} y usted {lo} vio el {weekday} por {reason}. ¿Qué hago?");

    static final Template[] SELF = Template.all(
        "Hi Dr. {owner}, it's {first} {last}. You saw me {weekday} for {reason} and I've had {symptom} since {when}. Should I keep taking the {med}?",
        "I'm your patient, {first} {last}. Since you started me on {med} I've had {symptom}. Can I stop it or lower the dose?",
        "Dr. {owner}, at my appointment last week you changed my {med} to {dose}. Now I have {symptom}. Is that normal?",
        "Hello doctor, it's {first} from your {weekday} clinic. I ran out of my {med} and I have {symptom} again. Can you refill it?",
        "hi dr {owner} I missed my follow-up for {reason}, can I get back in next week? still having {symptom}",
        "Dr. {owner}, I'm your patient ({first} {last}, DOB {dob}). My {reason} is acting up, {symptom} since {when}. What should I do?");
    static final Template[] YO = Template.all(
        "Dr. {owner}, soy {first} {last}, su paciente. Desde que empecé la {med} tengo {symptom}. ¿La dejo de tomar?",
        "Hola doctor, soy {first}. Usted me vio el {weekday} y sigo con {symptom}. ¿Me puede dar otra receta de {med}?");

    static final Template[] FOLLOW_UP = Template.all("{His} DOB is {dob} if you need it.", "Sending a pic of it.",
        "{He} also threw up twice tonight.", "{He}'s drinking ok but not eating much.", "The fever was 102.4 an hour ago.",
        "Also {he} has been pulling at {his} ear.", "(DOB {dob})", "{He} was born {dob}, in case you need it to look {him} up.");
    static final Template[] SEGUIMIENTO = Template.all("Su fecha de nacimiento es {dob}.", "Le mando una foto.",
        "También vomitó dos veces en la noche.");

    static final Template[] ADVICE = Template.all(
        "Yes, keep giving the {med} {dose} and bring {him} in if the fever lasts past {weekday}.",
        "Give {him} {dose} of {med} now and push fluids. If {he} is breathing fast or won't drink, go to the ER.",
        "Stop the {med} and give {him} 10 ml of Benadryl now. I'll call in azithromycin tonight.",
        "That sounds like a viral rash. Keep the {med} going, {dose}, and send me a photo tomorrow.",
        "Double {his} Flovent to 2 puffs twice a day for a week and use the albuterol every 4 hours as needed.",
        "Try {dose} of {med} every 6 hours and a humidifier at night. Bring {him} in Monday if no better.");
    static final Template[] CONSEJO = Template.all(
        "Sí, siga dándole la {med} {dose} y tráiga{lo} si la fiebre sigue el {weekday}.",
        "Dele {dose} de {med} ahora y mucho líquido. Si respira rápido, vaya a urgencias.");
    static final Template[] SELF_ADVICE = Template.all(
        "Keep taking the {med} {dose} and come in if it isn't better by {weekday}.",
        "Stop the {med} for now and take ibuprofen 400 mg for the pain. I'll send a new prescription today.");
    static final Template[] OFFLINE = Template.all(
        "Hi {first}, I'm sorry {kid} isn't feeling well. Please call the office at {phone} so we can talk privately.",
        "For {kid}'s privacy please don't send health details on {platform}. Call us at {phone} and we'll get {him} seen today.",
        "I can't give medical advice over {platform}. Please call {practice} at {phone}, or go to urgent care tonight if {he} seems very sick.",
        "Please call the office at {phone} this morning and the nurse will go over {kid}'s symptoms with you.",
        "Hi {first}, thanks for letting me know. Call the office at {phone} and we'll fit {him} in.");
    static final Template[] SELF_OFFLINE = Template.all(
        "Hi {first}, I can't discuss your care on {platform}. Please call the office at {phone} so we can talk.",
        "Please call {practice} at {phone} and the nurse will help you today.");
    static final Template[] FUERA = Template.all(
        "Hola {first}, por favor llame a la oficina al {phone} para hablar en privado.",
        "No puedo dar consejos médicos por {platform}. Llame a {practice} al {phone}, por favor.");
    static final Template[] THANKS = Template.all("Thank you so much!", "ok will do, thanks", "Calling now, thank you!",
        "Thanks doc 🙏", "Ok thank you!!", "will do. thanks for getting back to me");
    static final Template[] GRACIAS = Template.all("¡Gracias doctor! 🙏", "Muchas gracias, ahorita llamo.", "Ok, gracias.");

    /** The owner's public replies that tie a child's illness to a name (Mastodon holds nothing else). */
    static final Template[] DISCLOSURES = Template.all(
        "{handle} So sorry {kid}'s {symptom2} is back. Please call the office at {phone} so we can see {him} this week.",
        "{handle} Glad {kid}'s {reason} cleared up and {he} is off the {med}!",
        "{handle} Sorry {kid} is still sick. For tonight give {him} {dose} of {med} and call us first thing tomorrow.",
        "{handle} Hope {kid} feels better soon! Keep up the {med} {dose} until {weekday} and we'll recheck {his} ears.",
        "{handle} It was great to see {kid} {weekday}. The {symptom2} should settle in a week with the {med}.",
        "{handle} Sorry to hear {kid} has {symptom}. Call us at {phone} and we'll get {him} in today.");
    static final Template[] REVELACIONES = Template.all(
        "{handle} Qué bueno que {kid} ya está mejor. Siga con la {med} {dose} hasta el {weekday}.",
        "{handle} Siento mucho que su {child} {kid} tenga {symptom}. Llame al {phone} y {lo} vemos hoy.");
}
