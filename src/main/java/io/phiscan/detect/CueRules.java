package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/**
 * Relationship cues (the writer is, or speaks for, a patient of the owner), the owner's kinds of
 * answer (clinical advice, taking the discussion offline, sending to emergency care), and
 * context that tells a message is not a patient's (advertising, colleagues talking about their
 * own patients). Each a named value; English and Spanish.
 */
final class CueRules {
    private CueRules() {
    }

    static final String RESPONSE = "response";
    static final String CONTEXT = "context";
    static final String FAMILY_WORDS = "(?:son|daughter|kid|kids|child|children|baby|babies|boy|girl|husband|wife|partner|boyfriend"
            + "|girlfriend|fiance|fiancee|hubby|mom|mother|dad|father|parents?|toddler|infant|newborn|grandson|granddaughter"
            + "|grandma|grandpa|grandmother|grandfather|grandchild|sister|brother|twins?|stepson|stepdaughter|little one|lo|teen"
            + "|teenager|preemie|niece|nephew|youngest|oldest|eldest|kiddo|kiddos|hijo|hija|hijos|hijas|bebe|bebes|nino|nina|ninos|ninas|nino|esposo|esposa|marido"
            + "|mama|papa|madre|padre|nieto|nieta|abuelo|abuela|hermano|hermana|sobrino|sobrina|chiquito|chiquita|nena|nene"
            + "|pareja|novio|novia|suegra|suegro)";
    /** The family words above, one by one, and "old"/"yo" of "my 18 month old". */
    static final java.util.Set<String> FAMILY_WORDS_SET = union(words(FAMILY_WORDS), java.util.Set.of("old", "yo"));
    static final String AGE_OLD = "\\d+ ?(?:yo|y/o|yr|yrs|year|years|month|months|mo|mos|week|weeks|wk|wks|day)[ -]?(?:old)?";

    static final Recognizer PATIENT_SELF = new PatternRecognizer("rel.patient", Signal.RELATIONSHIP, "patient-self",
            "\\b(?:i'?m|i am|im|we'?re|we are) (?:your|a|one of your|an old|a new|a former|a longtime|a long time) "
            + "(?:patients?|patient of yours)\\b|\\bpatient (?:of yours|at (?:ur|your) (?:clinic|office|practice))\\b"
            + "|\\b(?:is|are) (?:your|ur) patients?\\b|\\b(?:i'?m|im|i am) (?:your|ur) patient\\b"
            + "|\\b(?:you'?re|you are|youre|ur|u r) (?:my|our|his|her|my (?:son|daughter|kids?|baby|mom|dad|husband|wife)'s) "
            + "(?:doctor|doc|pediatrician|ped|ob|obgyn|ob/gyn|gyn|surgeon|dermatologist|derm|cardiologist|pcp|provider|physician"
            + "|endo|endocrinologist|psychiatrist|gp|family doctor)\\b|\\b(?:you|u) might be (?:our|my) (?:pediatrician|doctor)\\b"
            + "|\\b(?:soy|somos|es|era) (?:su|tu) paciente\\b|\\busted es (?:mi|el|la|su) (?:doctora?|pediatra|medic[oa])\\b"
            + "|\\b(?:i|we) see you for\\b|\\b(?:you|u) see (?:me|him|her|us|them|my \\w+) for\\b"
            + "|\\bsoy (?:una |un )?paciente (?:suya|suyo|de usted|tuya|tuyo)\\b"
            + "|\\b(?:it'?s|its|this is) (?:me|the (?:guy|girl|lady|woman|man|mom|dad|one|patient|kid)) (?:with the|who had the|from "
            + "(?:the |your |ur )?(?:\\w+ )?(?:clinic|office|appointment|appt|visit|surgery|er|emergency room|urgent care|hospital"
            + "|nicu))\\b|\\byou (?:delivered|'ve been seeing|have been seeing) (?:me|my|him|her|us|both)\\b");
    static final Recognizer PRIOR_CARE = new PatternRecognizer("rel.prior-care", Signal.RELATIONSHIP, "prior-care",
            "\\b(?:you|u) (?:saw|treated|examined|checked|prescribed|gave|did|operated on|referred|put|started|changed|fixed"
            + "|removed|cut out|took|sent|ordered|delivered|diagnosed|caught|stitched|casted|scoped|injected|switched"
            + "|recommended|told) (?:me|my|him|her|us|them|his|our|in|out|it|that|the)\\b|\\byou (?:said|told (?:me|us)) to\\b"
            + "|\\b(?:she|he|you|u) (?:figured out|diagnosed|caught|found|treated|saved|helped) (?:my|our|that my|what)\\b"
            + "|\\b(?:you|u) (?:give|gave|prescribe|prescribed) (?:me|him|her|us)(?=\\s+(?:in|last|on|at|is|isn'?t|not|has|was"
            + "|doesn'?t|don'?t|didn'?t|stopped|makes?|made)\\b|\\s*[.,!?)]|\\s*$)"
            + "|\\b(?:you|u) (?:prescribed|recommended|suggested|ordered|did|gave|injected|removed|placed|froze|stitched|fixed)"
            + "(?=\\s+(?:is|isn'?t|has|hasn'?t|have|was|wasn'?t|makes?|made|gave|gives|turned|did|didn'?t|does|doesn'?t|works?|worked"
            + "|stopped|burns?|hurts?|for|last|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\\d)\\b"
            + "|\\s*[.,!?)]|\\s*$)"
            + "|\\b(?:see you|nos vemos|la veo|lo veo|los veo) (?:at|in|for|on|en|a) (?:your|his|her|their|su|tu) (?:next |upcoming "
            + "|\\d+[- ]?(?:month|week|year|mo|wk)s? |proxima |siguiente )?(?:visit|appointment|appt|check-?up|check-?in|check"
            + "|follow[- ]?up|physical|revision|cita|consulta|control)\\b"
            + "|\\bthank(?:s| you)(?: so much)? (?:for|to you for) (?:catching|treating|seeing|fixing|taking care of|helping"
            + "|diagnosing|squeezing|fitting)\\b|\\bthank(?:s| you)(?: so much)? for being so (?:calm|kind|patient|gentle|good"
            + "|sweet|great|caring|reassuring) with (?:me|him|her|my)\\b|\\byou were (?:on call|the (?:doctor|doc|pediatrician"
            + "|surgeon|resident|attending|one) on call)\\b|\\b(?:at|after|since|before|from) (?:my|our) (?:last |recent |"
            + "\\d+ (?:month|year|week|day)s? )?(?:visit|appointment|appt|scope|surgery|procedure|shots?|vaccines?|checkup|check-up"
            + "|physical|well (?:visit|check|child)|biopsy|colonoscopy|delivery|c-section|injection|ablation|follow[- ]?up|consult"
            + "|exam|ultrasound|echo|stress test|infusion|treatment)\\b|\\bthe (?:[a-z]+ )?(?:cream|medicine|meds|antibiotics?"
            + "|drops|inhaler|pills?|prescription|script|rx|shot|surgery|procedure|scope|stitches|cast|test|labs?|referral|dose"
            + "|ointment|spray|patch|visit|appointment|biopsy)s? (?:you|u|the doctor|the nurse|your nurse|your office|the office)"
            + " (?:prescribed|gave|recommended|sent|ordered|did|mentioned|suggested|started|put|said|told|called|took)\\b"
            + "|\\b(?:my|our) (?:(?:son|daughter|kid|child|baby|husband|wife|mom|dad)'?s )?(?:next |last |upcoming |follow[- ]?up "
            + "|annual |sports |school |camp |yearly |\\d+ (?:month|year|week)s? )?"
            + "(?:appointment|appt|visit|checkup|check-up|physical|well check|well visit|follow[- ]?up|annual)\\b"
            + "|\\b(?:we|i) (?:were|was) (?:in|seen)\\b|\\b(?:in|at|to) (?:your|ur) (?:office|clinic)\\b"
            + "|\\bat (?:your|his|her|their) (?:last |recent |next |\\d+ (?:month|year|week)s? )?(?:visit|appointment|appt"
            + "|checkup|check-up|physical|follow[- ]?up|procedure|surgery)\\b"
            + "|\\b(?:your|ur) (?:nurse|office|staff|front desk|pa|np|medical assistant) (?:said|told|called|gave)\\b"
            + "|\\bthe nurse (?:said|told|called)\\b|\\b(?:mychart|my chart|the portal|patient portal)\\b"
            + "|\\busted (?:lo|la|me|nos|le|los) (?:vio|atendio|reviso|examino|receto|opero|dijo|mando|dio|puso|inyecto"
            + "|vacuno)\\b|\\b(?:la|el) doctor(?:a)? (?:le|me|nos) (?:receto|mando|dijo|dio|puso)\\b|\\b(?:me|le|lo|la) opero\\b"
            + "|\\b(?:la|el) (?:\\w+ )?que (?:usted |ud )?(?:le|me|nos) (?:receto|dio|mando)\\b|\\ben (?:la|mi|su) (?:ultima )?"
            + "(?:cita|consulta)\\b|\\b(?:mi|su) (?:proxima |siguiente )?(?:cita|consulta)\\b|\\b(?:despues|desde) de (?:la|mi|su)"
            + " (?:cita|consulta|cirugia|operacion|vacuna|inyeccion)\\b|\\bla vez pasada\\b|\\bla ultima vez\\b");
    /** The owner speaks of their own patient: "meet Lily, 6", "one of my patients", "shared with her parents' permission". */
    static final Recognizer OWN_PATIENT = new PatternRecognizer("rel.own-patient", Signal.RELATIONSHIP, "own-patient",
            "\\bmeet \\p{L}+,? (?:\\d|who|our|my)|\\b(?:my|our|this) (?:[\\w'-]+ ){0,3}patients?\\b"
            + "|\\bone of (?:my|our) patients\\b|\\bwith (?:her|his|their) (?:parents'?|family'?s?|mom'?s?|dad'?s?) permission\\b"
            + "|\\b(?:shared|posted) with (?:\\w+ )?permission\\b|\\bwith permission\\b");
    static final Recognizer FAMILY = new PatternRecognizer("rel.family", Signal.RELATIONSHIP, "family",
            "\\b(?:my|our|mi|mis|nuestro|nuestra|nuestros) (?:" + AGE_OLD + " )?" + FAMILY_WORDS + "(?:'s)?\\b"
            + "|\\bmy " + AGE_OLD + "\\b"
            + "|\\b(?:mi|mis) (?:\\w+ )?de \\d+ (?:anos|meses|semanas)\\b|\\bwriting for my\\b|\\bescribo por mi\\b");

    /** "Sofia's mom": the writer is a parent of a named person (any capitalized word, checked in the original). */
    static final Recognizer PARENT_OF = new PatternRecognizer("rel.family", Signal.RELATIONSHIP, "family",
            "\\b\\p{Lu}\\p{Ll}+['’]s (?:mom|mother|dad|father|mam[aá]|pap[aá]|parent|grandma|grandpa)\\b")
            .when(CueRules::namesAParent).onOriginal();
    static final Recognizer INSTRUCTION = new PatternRecognizer("resp.instruction", RESPONSE, "advice",
            "\\b(?:give|giving) (?:her|him|them|it|your (?:son|daughter|baby|child|kid))\\b"
            + "|(?<=^|[.!?;:]|[.!?;:]\\s|[.!?;:]\\s\\s|\\b(?:and|then|so|please|just|yes|ok|okay|but|to|sure|also|no),?\\s)"
            + "(?:take|give|use"
            + "|apply|try|start|stop"
            + "|keep (?:taking|giving|using|doing|checking)|continue|finish|hold|skip|restart|resume|switch|double|drop|lower"
            + "|increase|decrease|cut (?:back|it)|alternate|avoid|ice|elevate|drink|eat|push fluids|rinse|soak|wash|draw"
            + "|weigh|recheck|burp|feed)\\b(?! care| a look| it easy| us a| me a| the office| them a call| a call| up\\b)"
            + "|\\byou (?:can|could|should|may|might want to|need to|'ll need to|will need to|must) (?:give|take|use|try|start"
            + "|stop|keep|continue|increase|decrease|lower|double|skip|hold|restart|apply|alternate|switch|go up|cut|avoid"
            + "|finish|be on|get|definitely be on|have|see|ask|consider|go|call)\\b"
            + "|\\bgo (?:back|up|down) to (?:\\d|one|two|half|taking|giving|using|the (?:old|lower|higher|previous|original|first))"
            + "|\\b(?:you|u|he|she|they)(?:'ll| will)? needs? (?:an? |some |oral |topical |(?:a |another )?(?:short )?(?:course"
            + "|round|dose) of )?(?:antibiotics?|steroids?|prednisone|stitches|fluids|an? (?:x-?ray|ultrasound|ct|mri|ekg|ecg|echo"
            + "|strep test|tetanus (?:shot|booster)|cast|splint|inhaler|epipen|nebulizer|breathing treatment))\\b"
            + "|\\bstay off (?:that|the|your|his|her|it)\\b|\\bkeep (?:icing|elevating|it elevated|it iced)\\b"
            + "|\\b(?:needs?|need) (?:a )?(?:higher|lower|bigger|smaller|different) (?:\\w+ )?dose\\b|\\b(?:she|he|they) (?:should|needs to|need to) (?:go|take|be seen|get|stop"
            + "|start)\\b|\\b(?:please )?(?:don'?t|do not|never) (?:take|give|stop|switch|skip|double|use|start|mix|drink|eat"
            + "|adjust|change|make her|make him)\\b|\\b(?:we|i) (?:can|could|will|'ll|should) (?:switch|start|increase|lower"
            + "|change|try|add|put|drop) (?:you|him|her|them)\\b|\\b(?:tell|have|remind|ask) (?:him|her|them|\\w+) to (?:keep|take|stop|start|call|come|use|give|finish|skip"
            + "|cut|drink|ice|rest|avoid)\\b|\\b(?:he|she|they) can (?:still )?(?:get|take|have|use|go back|return)\\b"
            + "|\\bmake sure (?:he|she|you|they) (?:takes?|gets?|keeps?|uses?"
            + "|finish(?:es)?|drinks?)\\b|\\bdon'?t wait\\b|\\bi(?:'d| would)? (?:recommend|suggest|start|keep|stop|try|increase|lower|switch|add|hold)\\b"
            + "|\\b(?:best|better) to (?:take|give|stop|start|use|avoid|keep|wait|go)\\b|\\b(?:le |les )?recomiendo\\b"
            + "|\\bdebe (?:tomar|darle|ir|usar|dejar|seguir)\\b|\\btiene que (?:tomar|ir|darle|usar)\\b|\\byou (?:really )?(?:shouldn'?t|should not|shouldnt) (?:be on|take|use"
            + "|give|stop|start|mix|drink)\\b|\\bask (?:your|his|her) (?:doctor|pharmacist|pediatrician|ob) about (?:switching|starting"
            + "|stopping|taking|increasing|lowering|a)\\b|\\bit'?s time to (?:go|head|call)\\b"
            + "|\\b(?:dele|denle|puede darle|puede tomar|tome|siga (?:dandole|tomando|con)|continue con|suspenda|deje de"
            + " (?:darle|tomar)|aumente|aplique|pongale|termine|empiece|inicie|comience|lleve(?:la|lo)|no (?:le )?(?:de|den)"
            + "|vigilel[oa]|traigal[oa]|observel[oa]|mantengal[oa]|acuestese|cuente)\\b");
    static final Recognizer DOSING = new PatternRecognizer("resp.dosing", RESPONSE, "advice",
            "\\bevery \\d+(?:-\\d+| to \\d+)? (?:hours?|hrs?|minutes)\\b|\\b(?:\\d|one|two|three|four) times (?:a|per) day\\b"
            + "|\\b(?:twice|once) (?:a|per) day\\b|\\bas needed\\b|\\bfor (?:\\d+|two|three|five|seven|ten) (?:more )?days\\b"
            + "|\\bwith (?:food|a full glass of water)\\b|\\bat (?:night|bedtime)\\b|\\bcada \\d+ horas\\b"
            + "|\\b(?:\\d+|dos|tres) veces (?:al|por) dia\\b|\\buna vez al dia\\b|\\bpor \\d+ dias\\b|\\bdos veces por semana\\b");
    static final Recognizer REASSURANCE = new PatternRecognizer("resp.reassurance", RESPONSE, "advice",
            "\\b(?:is|it'?s|should be) (?:totally |perfectly |completely )?(?:fine|ok|okay|safe)\\b"
            + "|\\b(?:it'?s|that'?s|this is|totally|completely)(?: totally| completely| very| pretty| perfectly)? (?:normal|common"
            + "|expected)\\b|\\bnothing to worry about\\b|\\bno need to worry\\b|\\bshould be fine\\b|\\b(?:is|are) "
            + "(?:fine|ok|okay|safe) (?:to|with|for|during|in)\\b|\\bit'?s (?:safe|fine|ok|okay) to\\b|\\bno se preocupe\\b"
            + "|\\bes normal que\\b|\\bis (?:fine|ok|okay) too\\b|\\bis (?:more|less) than expected\\b"
            + "|\\b(?:won'?t|wont|will not|doesn'?t|does not|shouldn'?t|should not) (?:affect|interfere with|harm|hurt|cause problems"
            + " with) (?:your|his|her|breastfeeding|the baby)\\b");
    static final Recognizer PRESCRIBING = new PatternRecognizer("resp.prescribing", RESPONSE, "advice",
            "\\bi(?:'ve| have)? (?:sent|called in|sent in|ordered|prescribed|refilled|e-?prescribed)\\b"
            + "|\\bi(?:'ll| will) (?:send|call in|order|prescribe|refill)\\b|\\bi'?m sending\\b|\\blet'?s (?:start|get|try"
            + "|switch|check|increase|drop|go back|go up|go down|lower|cut|stop|hold|add|change|keep)\\b|\\b(?:we should|we'll|we will) (?:start|switch|increase|recheck|repeat)\\b"
            + "|\\b(?:le|ya le) (?:mando|envie|mande) la receta\\b|\\b(?:sigamos|continuemos|mantengamos|subamos|bajemos|cambiemos"
            + "|probemos|empecemos|dejemos)\\b|\\bvamos a (?:subir|bajar|cambiar|seguir|empezar|probar|dejar|suspender|mantener"
            + "|aumentar|disminuir)\\b");
    static final Recognizer RESULTS = new PatternRecognizer("resp.results", RESPONSE, "advice",
            "\\b(?:your|his|her) (?:\\w+ ){0,2}(?:results?|labs?|levels?|a1c|tsh|inr|potassium|ferritin|x-?ray|scan|mri"
            + "|biopsy|echo|test|ekg|ecg|cholesterol|ldl|numbers|bloodwork|blood work|pap|mammogram|culture|ct|valve"
            + "|lung function test|polyps) (?:\\w+ ){0,2}(?:was|were|is|are|came back|look|looks|looked|showed|shows|explains)\\b"
            + "|\\b(?:they|it) (?:were|was) (?:all )?(?:benign|normal|negative|positive)\\b");
    static final Recognizer OFFLINE = new PatternRecognizer("resp.offline", RESPONSE, "offline",
            "\\b(?:please )?(?:call|give us a call|phone|contact|message|reach out to|talk to) (?:the|our|my|your|his|her) "
            + "(?:office|clinic|practice|nurse(?: line)?|front desk|on[- ]call|team|doctor|pediatrician|ob|provider|neurologist"
            + "|care team|ob'?s office)|\\bcall us\\b|\\bplease call\\b|\\b(?:send|message) (?:me |us |them )?(?:through|via|in"
            + "|on) (?:the )?(?:patient )?(?:portal|mychart)|\\bportal message\\b|\\bthrough the (?:patient )?portal\\b"
            + "|\\b(?:book|schedule|set up|make) (?:a|an) (?:visit|appointment|appt|time)\\b|\\bbook a visit\\b"
            + "|\\bto (?:schedule|book)\\b|\\bcome in so (?:we|i) can\\b|\\b(?:can'?t|cannot|can not|unable to|not able to"
            + "|don'?t|won'?t) (?:give|provide|offer|discuss|answer|manage|diagnose|go over|talk about|handle)(?: any)?"
            + "(?: medical| health| clinical| patient)?\\b|\\bover (?:dm|dms|social media|twitter|x|facebook|instagram|reddit"
            + "|messenger|here)\\b|\\bprivately\\b|\\bplease don'?t (?:post|share)\\b|\\blet'?s (?:talk about this|discuss|move"
            + " this)\\b|\\b(?:llame|llamen) (?:a|al) (?:la )?(?:oficina|consultorio|clinica)\\b|\\bllamenos\\b"
            + "|\\b(?:haga|pida|saque|agende) (?:una )?cita\\b|\\bpor (?:el )?portal\\b|\\bno puedo (?:dar|discutir)\\b"
            + "|\\bplease (?:dm|message) (?:us|me)\\b|\\b(?:dm|message) (?:us|me) (?:or|and) call\\b|\\bplease dm\\b"
            + "|\\bwe'?d like to (?:take a look|see)\\b|\\bget (?:him|her|you|them) (?:in|scheduled)\\b");
    /** The owner's reply is about the person's health: "so glad the surgery went well", "hope she feels better". */
    static final Recognizer SYMPATHY = new PatternRecognizer("resp.sympathy", RESPONSE, "sympathy",
            "\\b(?:so |really )?(?:glad|happy|sorry) (?:to hear |that |about |the |your |his |her |he |she |you )"
            + "|\\bhope (?:he|she|you|they|your|his|her)\\b|\\bfeel(?:s|ing)? better\\b|\\bget well\\b|\\b(?:speedy|quick)"
            + " recovery\\b|\\bwent (?:so )?well\\b|\\bon the mend\\b|\\bsending (?:love|hugs|prayers)\\b"
            + "|\\b(?:que se mejore|lo siento|me alegra)\\b");
    static final Recognizer DECLINED = new PatternRecognizer("resp.declined", RESPONSE, "offline",
            "\\b(?:can'?t|cannot|can not|unable to|not able to|won'?t|don'?t) (?:give|provide|offer|discuss|diagnose|manage|handle"
            + "|go over|answer)(?: any)? (?:medical|health|clinical|patient|you|that|this|medical questions|it)?(?: \\w+)?"
            + " (?:here|over|on|through|via|by)\\b|\\bcan'?t (?:give|offer) medical advice\\b|\\bcan'?t diagnose\\b"
            + "|\\bno puedo (?:dar|discutir) (?:consejos|informacion)\\b|\\bdon'?t want to guess\\b");
    static final Recognizer EMERGENCY = new PatternRecognizer("resp.emergency", RESPONSE, "emergency",
            "\\b(?:go|head|take (?:him|her|them|your \\w+)) (?:straight )?to (?:the )?(?:er|e\\.r\\.|emergency room"
            + "|emergency department|ed|urgent care|l&d|labor and delivery|hospital|nearest er)\\b|\\bcall (?:911|988)\\b"
            + "|\\b(?:vaya|vayan|llevela|llevelo|lleve) (?:ahora |ya |hoy |ahorita |de inmediato |inmediatamente )?(?:mismo )?"
            + "(?:a|al) (?:urgencias|emergencias|la sala de emergencias|hospital|labor y parto|la guardia)\\b|\\bllame al 911\\b");

    static final Recognizer PROMOTION = new PatternRecognizer("ctx.promotion", CONTEXT, "promotion",
            "\\b(?:buy|order now|\\d+% off|\\d+% discount|discount|promo code|coupon|use code|free shipping|discreet shipping"
            + "|link in (?:my |our )?(?:bio|profile)|dm (?:me|us) (?:for|to order)|dm to order|whatsapp us|telegram"
            + "|no prescription|without (?:a )?prescription|wholesale|best price|guaranteed|miracle|100% natural|passive income"
            + "|earn \\$|click the link|shop (?:now|at)|order (?:now|at|today)|reply for|advisory board|equity|a demo|demo"
            + "|our (?:new )?(?:platform|product|app|device|software)|samples|savings program|lunch-and-learn|lunch and learn"
            + "|followers|sponsor|sponsors|sponsorship|fundraiser|fundraising|charity (?:run|walk|event)|\\d+k (?:run|walk|race)"
            + "|awareness (?:month|week|day|walk|run|event|campaign))\\b");
    static final Recognizer COLLEAGUE = new PatternRecognizer("ctx.colleague", CONTEXT, "colleague",
            "\\b(?:my|our) (?:\\w+ )?patients\\b|\\b(?:residents|interns|med students|medical students)\\b"
            + "|\\b(?:presenting|presented|present) (?:our|my|the)\\b|\\b(?:our|my) (?:\\w+ ){0,3}(?:data|paper|trial|registry"
            + "|abstract|poster|slides|grant|protocol|order set)\\b|\\ba patient (?:of mine|with|today|who)\\b"
            + "|\\b(?:had|have|saw|seeing|got) (?:a|an) (?:\\d+[- ]?(?:yo|y/o|year[- ]old|yr[- ]old|month[- ]old|week[- ]old|[mf])\\s?)?"
            + "(?:kid|patient|guy|lady|woman|man|boy|girl|male|female|baby|infant|child|teen)?\\s?(?:in clinic|with|today|on|who)\\b|\\bcurbside\\b|\\bin (?:my|our) (?:practice|clinic)\\b|\\bfirst line\\b"
            + "|\\bin (?:our|my) panel\\b|\\bour (?:order set|protocol|pharmacy committee)\\b|\\bheart team\\b"
            + "|\\bgrand rounds\\b|(?<!i'm |im |i am |me |i )\\b\\d{1,3} ?(?:yo |y/o |year old )?[mf] with\\b|\\bcurbside (?:q|question)\\b"
            + "|\\b(?:a |my |the )?pt with\\b|\\bfor (?:patients|people) who\\b"
            + "|\\b(?:surgeons|cardiology|our clinic|our practice|my practice) (?:won'?t|wants|says|committee)\\b"
            + "|\\banyone (?:else )?(?:seeing|noticing|treating)\\b|\\b(?:are|is) (?:you|u|y'?all|you guys|anyone|everyone) (?:else )?"
            + "(?:still )?seeing (?:a lot|lots|a ton|tons|more|many|an uptick|a surge|a spike)\\b|\\bwe'?re (?:doing|using|giving"
            + "|starting|trying) [\\w-]+ for (?:most|all|everyone|these)\\b");

    private static final List<String> PARENT_WORDS = List.of("'s mom", "'s mother", "'s dad", "'s father", "'s mama",
            "'s mamá", "'s papa", "'s papá", "'s parent", "'s grandma", "'s grandpa");

    /** Cheap precondition of {@link #PARENT_OF}: the text has "'s mom" or the like. */
    private static boolean namesAParent(FoldedText t) {
        String f = t.folded();
        if (f.indexOf("'s ") < 0) {
            return false;
        }
        for (String w : PARENT_WORDS) {
            if (f.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return java.util.Set.copyOf(out);
    }

    private static java.util.Set<String> words(String alternation) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : alternation.substring(3, alternation.length() - 1).split("\\|")) {
            if (w.endsWith("?")) {
                out.add(w.substring(0, w.length() - 2));
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return java.util.Set.copyOf(out);
    }

    static final Recognizer ASIDE = new PatternRecognizer("ctx.aside", CONTEXT, "not-a-patient",
            "\\b(?:my|our|the) (?:dog|dogs|cat|cats|puppy|pup|kitten|pet|pets|horse|bird)\\b|\\b(?:the )?vet\\b|\\bveterinarian\\b"
            + "|\\b(?:writing|working on) (?:a|an|my) (?:paper|article|story|project|thesis|piece)\\b|\\b(?:i'?m|im|i am) (?:writing"
            + "|reporting|doing a (?:story|piece|segment)) (?:about|on)\\b|\\bfor my (?:class|paper"
            + "|article|project|nursing program|story|podcast)\\b|\\bi'?m (?:a|an) (?:reporter|journalist|student|med student"
            + "|medical student|nursing student|premed|pre-med|pharmd student|resident)\\b|\\binformational interview\\b"
            + "|\\bmi (?:perro|perrito|gato|gatito)\\b");

    /** Talk of a drug's supply ("the amoxicillin shortage", "backordered"): about the market, not a person's care. */
    static final Recognizer SUPPLY = new PatternRecognizer("ctx.supply", CONTEXT, "supply",
            "\\b(?:shortages?|back ?ordered|backorders?|backordered|back-order(?:ed)?|supply chain|pharmacy rep"
            + "|formulary|on allocation|desabasto|escasez)\\b");

    /** An answer about people in general, not the person answered: "generally", "most kids", "your own doctor". */
    static final Recognizer GENERAL = new PatternRecognizer("ctx.general", CONTEXT, "general",
            "\\b(?:generally|in general|most people|most kids|most adults|most children|usually|typically|on average"
            + "|as a rule|your own (?:doctor|clinician|pediatrician|provider|pcp)|talk to your (?:doctor|clinician|pediatrician"
            + "|provider)|ask your (?:doctor|pediatrician|provider))\\b");

    static List<Recognizer> all() {
        return List.of(PATIENT_SELF, PRIOR_CARE, OWN_PATIENT, FAMILY, PARENT_OF, INSTRUCTION, DOSING, REASSURANCE, PRESCRIBING, RESULTS, SYMPATHY, OFFLINE,
                DECLINED, EMERGENCY, PROMOTION, COLLEAGUE, ASIDE, GENERAL, SUPPLY);
    }
}
