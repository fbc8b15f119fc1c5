package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/**
 * The clinical rules that are patterns rather than lexicon terms: "is sick" states, pain or a
 * state of a body part, pregnancy, specialist visits and care logistics ("can you refill",
 * "should I bring her in"), after the measurements ({@link MeasurementRules}). Each is a named
 * value; English and Spanish.
 */
final class ClinicalRules {
    private ClinicalRules() {
    }

    static final String BODY = "(?:head|chest|stomach|belly|tummy|ear|ears|back|lower back|knee|knees|hip|hips|shoulder|neck"
            + "|throat|tooth|teeth|jaw|leg|legs|arm|arms|foot|feet|ankle|ankles|wrist|hand|hands|elbow|eye|eyes|side|abdomen"
            + "|abdominal|pelvic|joint|joints|muscle|muscles|rib|ribs|heel|toe|toes|finger|fingers|bladder|kidney|groin|butt"
            + "|bottom|incision|scar|gums?|cabeza|pecho|estomago|panza|barriga|pancita|oido|oidos|espalda|rodilla|rodillas|cadera"
            + "|hombro|cuello|garganta|muela|muelas|diente|dientes|pierna|piernas|brazo|brazos|pie|pies|tobillo|muneca|ojo|ojos"
            + "|costado|vientre|cintura|huesos|cuerpo|orina|vejiga|rinon|rinones|eyelids?|lips?|tongue|skin|scalp|nose|face"
            + "|cheeks?|forehead|nails?|toenails?|fingernails?|breasts?|nipples?|testicles?|privates|lymph nodes?|glands?"
            + "|thighs?|calf|calves|shins?|knuckles?|thumbs?|spine|tailbone|armpits?|belly button|mouth|tonsils|cara|labios?"
            + "|lengua|piel|nariz|pezon|senos?|ombligo|axila|muslo|pantorrilla|encias|parpados?)";

    static final Recognizer UNWELL = new PatternRecognizer("clin.unwell", Signal.CLINICAL, "symptom",
            "\\b(?:is|been|was|got|gets|getting|feel|feels|felt|feeling|am|im|i'm|she's|he's|shes|hes|it's|its|who's|are|seems"
            + "|looks|woke up|still)\\s+"
            + "(?:so |really |very |super |pretty |kinda |kind of |a (?:little|bit) |still |more )?(?:sick(?! (?:of|and tired"
            + "|day|burn|beat))|unwell|ill\\b|lethargic|listless|fussy|cranky|irritable|congested|stuffy|feverish|clammy"
            + "|floppy|dehydrated|sluggish|lightheaded|light headed|confused|not (?:himself|herself|myself|eating|drinking"
            + "|acting right|feeling well|feeling good|keeping anything down|peeing|sleeping|breathing right)|under the weather)"
            + "|\\b(?:esta|estoy|anda|ando|se siente|me siento|amanecio|amaneci|se puso|sigue|sigo)\\s+(?:muy |bien |un poco"
            + " |algo )?(?:enferm[oa]|malit[oa]|mal\\b|decaid[oa]|debil|deshidratad[oa]|irritable|con fiebre|con tos"
            + "|congestionad[oa]|amarill(?:o|a|ito|ita))|\\bse enferm(?:o|aron)\\b|\\bno (?:quiere|ha querido) (?:comer|tomar)"
            + "|\\bno (?:come|toma (?:leche|agua|liquidos))\\b|\\b(?:won'?t|wont|can'?t|cant|isn'?t|is not|not) "
            + "(?:eat|eating|drink|drinking|keep (?:anything|food|water|fluids|it) down|stop (?:crying|coughing|throwing up))\\b"
            + "|\\b(?:she|he|they) (?:not|no) (?:eating|drinking|sleeping|peeing|walking|talking|waking)\\b|\\bsleeps? all day\\b"
            + "|\\bswallowed (?:a|an|some|the|two|\\d+|her|his|my) (?:\\w+ )?(?:battery|batteries|magnets?|coins?|penny|pennies"
            + "|pills?|tablets?|bleach|detergent|pods?)\\b");
    static final Recognizer PAIN = new PatternRecognizer("clin.pain", Signal.CLINICAL, "symptom",
            "\\b" + BODY + " (?:pain|pains|ache|aches|aching|hurts?|hurting|is killing me|(?:is |are )?(?:sore|swollen|bleeding"
            + "|numb|itchy|burning|red and|infected|bruised|drooping)|itches|burns|cramps|cramping|swelling)\\b"
            + "|\\b(?:pain|ache|aches|soreness|swelling|numbness|tingling|cramping|cramps|pressure|tightness|burning) "
            + "(?:in|on|around|behind|under) (?:my|his|her|the|their|your|both) (?:\\w+ )?" + BODY + "\\b"
            + "|\\b(?:me|le|te) (?:duele|duelen|dolia|dolio|arde|pica|pican) (?:mucho |bastante |un poco )?(?:el |la |los |las |su"
            + " |mi )?" + BODY + "\\b|\\bdolor(?:es)? (?:de|en (?:el|la|los|las|su|mi)) " + BODY + "\\b"
            + "|\\b(?:severe|bad|sharp|constant|stabbing|throbbing|chronic|terrible|horrible|burning) pain\\b"
            + "|\\bin (?:a lot of |so much |bad |terrible )?pain\\b|\\bit hurts (?:when|to|a lot|so|like|really|bad)"
            + "|\\b(?:it'?s|its|it has|has|have|been) (?:been )?hurting\\b|\\bhurting (?:him|her|me|them)\\b"
            + "|\\b" + BODY + " (?:is |are |keeps |has been |have been )?(?:draining|leaking|oozing|peeling|cracking|throbbing"
            + "|pounding|giving out|buckling|locking up|swollen shut|went out|gave out|broken|fractured|dislocated|sprained"
            + "|twisted|purple|bruised|numb|tingly)\\b|\\b(?:can'?t|cant|can not|unable to|won'?t) put (?:any |much )?weight on\\b|\\b(?:yellow|green|bloody|white) (?:stuff|gunk|goo"
            + "|discharge|pus)\\b|\\b(?:my|his|her|your|their|mom's|dad's|mother's|father's|grandma's|grandpa's|son's|daughter's|husband's"
            + "|wife's) (?:bad |recent )?fall\\b|\\bfell and (?:hit|hurt|broke)\\b"
            + "|\\b(?:mother|father|mom|dad|grandma|grandpa|grandmother|grandfather|husband|wife) (?:fell|fall|had a (?:bad )?fall)\\b"
            + "|\\bbaby (?:isn'?t|is not|hasn'?t been|has not been|stopped|not) (?:moving|kicking)|\\b(?:fewer|less|no) kicks\\b"
            + "|\\bnot moving as much\\b|\\bno (?:siento|se mueve|ha pateado|patea)\\b|\\bse mueve menos\\b"
            + "|\\b(?:grabbing|pulling|tugging|rubbing|holding|hitting)(?: at| on)? (?:his|her|my|their) (?:left |right )?"
            + "(?:ears?|head|tummy|belly|stomach|eyes?)\\b"
            + "|\\bbreathing (?:kind of |kinda |really |so |a little |a bit )?(?:weird|funny|fast|hard|heavy|heavily|strange"
            + "|labored|shallow|noisy)\\b|\\b(?:belly|ribs|chest|neck) (?:is |are )?sucking in\\b|\\bsucking in under\\b"
            + "|\\bmucho dolor\\b");
    private static final String STATE = "(?:red|swollen|puffy|itchy|sore|numb|tingly|stiff|tender|bruised|purple|blue|black"
            + "|yellow|green|bloody|crusty|crusted|scabby|bumpy|lumpy|hot|warm|burning|raw|dry|cracked|cracking|peeling|flaky"
            + "|scaly|oozing|weeping|leaking|draining|infected|inflamed|irritated|painful|achy|aching|throbbing|weak|tight"
            + "|locked|clicking|popping|spinning|ringing|blurry|watery|goopy|pink|bleeding|twitching|droopy|drooping|enlarged"
            + "|discolored|splotchy|blotchy|hurting|killing (?:me|him|her)|rojo|roja|rojos|rojas|hinchado|hinchada|hinchados"
            + "|hinchadas|morado|morada|amarillo|amarilla|caliente|irritado|irritada|inflamado|inflamada|adolorido|adolorida"
            + "|pegados|pegadas|pegajosos|llorosos|llorosas)";
    /**
     * A body part in a state ("my knee is swollen", "her eye looks red", "tiene el ojo rojo"), or
     * being cared for as an injury ("stay off that ankle", "keep icing his wrist").
     */
    static final Recognizer BODY_STATE = new PatternRecognizer("clin.body", Signal.CLINICAL, "symptom",
            "\\b(?:left |right |lower |upper |whole |both )?" + BODY + " (?:is |are |has been |have been |looks |look |feels |feel "
            + "|seems |got |gets |keeps getting |is getting |started getting |went |turned |was |were |still |so |really |very "
            + "|kind of |kinda |a little |a bit |all |esta |estan |se ve |se puso |sigue )*(?:\\w+ (?:and|y) )?" + STATE + "\\b"
            + "|\\b(?:rash|bump|lump|spot|sore|blister|cut|wound|bite|mark|mole|scab|welt|cyst|boil|bruise)s? "
            + "(?:on|in|under|behind|near|around) (?:my|his|her|their|the|your|both) (?:left |right |lower |upper )?" + BODY + "\\b"
            + "|\\b(?:patch|patches|rashes|boils|bruises) "
            + "(?:on|in|under|behind|near|around) (?:my|his|her|their|the|your|both) (?:left |right |lower |upper )?" + BODY + "\\b"
            + "|\\b(?:tiene|tengo|le salio|me salio|le salieron|me salieron) (?:el|la|los|las|una|un|unos|unas)? ?(?:\\w+ )?"
            + BODY + " " + STATE + "\\b"
            + "|\\b(?:stay off|stays off|staying off|keep weight off|ice|icing|elevate|elevating|splint|splinting|wrap|wrapping"
            + "|immobilize) (?:that|the|your|his|her|my|their) (?:left |right |sprained |twisted |broken |sore )?" + BODY + "\\b");
    /**
     * A body part of the writer or of someone close ("my knee", "his ear", "mi pancita"): not
     * clinical content by itself, but with a care request in a private message it is enough.
     */
    static final Recognizer BODY_PART = new PatternRecognizer("clin.body-part", Signal.CLINICAL, "body-part",
            "\\b(?:my|his|her|their|mi|su|sus|my (?:son|daughter|baby|kid|husband|wife)'s) (?:left |right |lower |upper )?"
            + BODY + "\\b");
    /**
     * A medication by a generic word, owned ("my meds", "her dose", "my refill", "mis pastillas")
     * or given to the writer ("the pills they gave me", "la receta que me dieron"): the writer's drug.
     */
    static final Recognizer OWN_MEDICATION = new PatternRecognizer("clin.medication.own", Signal.CLINICAL, "medication",
            "\\b(?:my|his|her|our|mom'?s|dad'?s|mi|mis|su|sus) (?:new |usual |regular |daily |current |last |next |monthly )?"
            + "(?:meds|medication|medications|medicine|medicines|pills|prescription|prescriptions|refill|refills|dose|dosage|doses"
            + "|pastillas|medicamentos?|dosis|receta|recetas)\\b"
            + "|\\b(?:the|la|las|el|los) (?:meds|medication|medicine|pills|prescription|receta|recetas|pastillas|medicina|medicamento"
            + "|medicamentos) (?:que (?:me|le|nos) (?:dieron|dio|recetaron|receto|mandaron|mando)|(?:you|u|they|the pharmacy"
            + "|the doctor) (?:gave|prescribed|sent|filled) (?:me|him|her|us))\\b");
    /** A specialist visit or referral ("the cardiology visit", "his neurology appointment"): care logistics. */
    static final Recognizer SPECIALIST = new PatternRecognizer("clin.specialist", Signal.CLINICAL, "care-request",
            "\\b(?:cardiology|neurology|oncology|dermatology|derm|ortho|orthopedic|gi|ent|allergy|endocrinology|endo|urology"
            + "|rheumatology|pulmonology|nephrology|hematology|psychiatry|psych|specialist|surgical|surgery|fertility|sleep"
            + "|cardiologist|neurologist|oncologist|dermatologist|surgeon|urologist|endocrinologist|psychiatrist|therapist"
            + "|pediatrician)(?:'s)? (?:visit|appointment|appt|consult|consultation|follow[- ]?up|referral)\\b");
    /** A death told of someone close ("my father passed in October", "he passed away"): health information about a person. */
    static final Recognizer DEATH = new PatternRecognizer("clin.death", Signal.CLINICAL, "condition",
            "\\bpassed (?:away|on)\\b|\\b(?:he|she|mom|dad|my (?:father|mother|dad|mom|husband|wife|son|daughter|brother|sister|grandma"
            + "|grandpa|grandmother|grandfather)) (?:passed|died)(?=\\s+(?:in|on|last|this|yesterday|recently|peacefully|suddenly)\\b"
            + "|\\s*[.,!]|\\s*$)|\\b(?:fallecio|murio) (?:mi|su|el|la) (?:papa|mama|padre|madre|esposo|esposa|hijo|hija|abuel[oa])\\b"
            + "|\\bmi (?:papa|mama|padre|madre|esposo|esposa|hijo|hija|abuelo|abuela) (?:fallecio|murio)\\b");
    /** Self-harm told plainly ("she's been cutting", "started cutting again"): a symptom even without a lexicon term. */
    static final Recognizer SELF_HARM = new PatternRecognizer("clin.self-harm", Signal.CLINICAL, "symptom",
            "\\b(?:been|is|was|started|starts|keeps|kept|stopped|caught (?:him|her|them)|se esta|se ha estado|empezo a) "
            + "(?:cutting|cortando|cortarse)(?: (?:himself|herself|themselves|themself|myself|again|otra vez))?"
            + "(?=\\s*(?:[.!?,;)]|$|again\\b|and\\b|otra vez\\b|y\\b))"
            + "|\\b(?:found|find|finding|hiding|hides|hid|keeps|stashed|taped) (?:\\w+ ){0,2}(?:razor ?blades?|razors|blades)"
            + "(?= (?:in|under|inside|behind|taped|hidden|stashed|tucked)\\b)");
    /**
     * A complaint of someone close that has come back ("my son rash is back", "her fever came back", "le volvió la
     * fiebre"): a problem with a history, told as such.
     */
    static final Recognizer RECURRENCE = new PatternRecognizer("clin.recurrence", Signal.CLINICAL, "condition",
            "(?<=\\b(?:my|his|her|their|our) (?:[\\w']{1,20} )?)\\b(?:rash|fever|cough|eczema|hives|acne|migraines?|headaches?|infection"
            + "|ear infections?|wheez(?:e|ing)|asthma|seizures?|diarrhea|vomiting|bleeding|bumps|swelling|itch(?:ing)?|cold sores?"
            + "|warts?|psoriasis|gout|reflux|heartburn|nosebleeds?|flares?|lupus|crohn'?s|uti|strep|pink eye|blisters?|boils?"
            + "|cysts?|depression|anxiety|panic attacks?|back pain|chest pain|knee pain) (?:is|are|'s|came|come|has come|have come"
            + "|keeps coming|kept coming|coming) back\\b"
            + "|\\b(?:le|me|nos) (?:volvio|regreso|volvieron|regresaron) (?:a salir )?(?:la|el|las|los) (?:\\w+ )?(?:fiebre|tos"
            + "|ronchas|granitos|salpullido|sarpullido|diarrea|vomito|infeccion|asma|migrana|convulsiones|manchas|comezon)\\b");
    static final Recognizer PREGNANCY = new PatternRecognizer("clin.pregnancy", Signal.CLINICAL, "condition",
            "\\b(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine) (?:weeks?|wks?|months?) (?:pregnant|along|postpartum"
            + "|post partum|pp|embarazada|de embarazo)\\b|\\b(?:i'?m|i am|im|she'?s|she is|got|getting|estoy|esta|quede|quedo)"
            + " (?:\\w+ )?(?:pregnant|embarazada)\\b|\\b(?:i'?m|i am|im) \\d{1,2} (?:weeks|wks)\\b|\\bttc\\b"
            + "|\\bat \\d{1,2} weeks\\b|\\b(?:tengo|estoy de|tiene|esta de) (?:como |unas |casi |ya |mas de |apenas )?\\d{1,2} semanas\\b|\\b\\d{1,2} semanas de embarazo\\b"
            + "|\\btrying (?:to conceive|to get pregnant|for a baby)\\b|\\bsince (?:i|we) (?:got pregnant|had the baby)\\b"
            + "|\\bsince the baby came\\b|\\bcuando (?:me|se) embaraz[oe]\\b|\\bdesde que me embarace\\b"
            + "|\\bsince (?:the baby|my (?:son|daughter|baby)|(?:he|she)) was born\\b|\\bdesde que (?:nacio|naci[oó]|tuve (?:al|a la|a mi)"
            + " (?:bebe|nina|nino|hijo|hija))\\b");
    static final Recognizer CARE_REQUEST = new PatternRecognizer("clin.care-request", Signal.CLINICAL, "care-request",
            "\\b(?:can|could|would|will) (?:you|u|someone|somebody|the office|your office|the nurse) (?:please |pls |plz |just )?"
            + "(?:refill|renew|prescribe|call in|send in|send (?:a|the|my|her|his|another|over|me a|me the|it)|order|check|look at"
            + "|take a look|see (?:me|him|her|us|them)|squeeze|fit (?:me|him|her|us) in|resend|call (?:me|something|it)"
            + "|give (?:me|him|her) (?:a|an|something)|write|sign|fill out|approve|get (?:me|him|her|us) in)\\b"
            + "|\\b(?:need|needs|needed|i'?d like|want|requesting|request) (?:a |an |my |his |her |another |new |to get )?"
            + "(?:refill|refills|prescription|script|rx|referral|prior auth|appointment|appt|sick note|doctor'?s note|work note"
            + "|new script|to be seen|to come in|to see you|mri|x-?ray|antibiotics?|stitches|(?:shot|vaccine|vaccination"
            + "|immunization|medical) records?|(?:school|camp|sports|daycare) forms?)\\b"
            + "|\\b(?:out of|ran out of|running out of|run out of|almost out of) (?:my |his |her |the )?(?:\\w+ )?(?:meds|medicine"
            + "|medication|medications|pills|inhaler|insulin|refills|prescription)\\b"
            + "|\\bdo (?:i|we) (?:take|bring|go|call|give|need|wait|keep|stop|start|worry)\\b"
            + "|\\b(?:the )?(?:er|urgent care|hospital|ed) or (?:wait|give it|not|just|can it|should)\\b"
            + "|\\bwhat (?:could|can|might) (?:it|this|that) be\\b|\\bcould (?:it|this|that) be (?:something|serious|a|an)\\b"
            + "|\\b(?:too long to wait|should i wait|can (?:it|this) wait|how long (?:should|can) (?:i|we) wait)\\b"
            + "|\\b(?:can|could) (?:you|u) (?:please |pls )?see \\p{L}+ (?:today|tomorrow|this week|soon|monday|tuesday"
            + "|wednesday|thursday|friday)\\b"
            + "|\\b(?:just )?(?:wondering|wanted to (?:ask|know|check)|curious) (?:if|whether|about)\\b"
            + "|\\bwould (?:\\w+ )?help\\b|\\bsomething i (?:could|should|can) ask about\\b"
            + "|\\b(?:normal|ok|okay|fine) (?:for \\w+ )?or (?:should i|see|go|call|not)\\b|\\bsee someone\\b"
            + "|\\b(?:please help|help me|any suggestions|any tips|any ideas|do you think|what do you think|should i be"
            + " (?:worried|concerned)|is (?:this|that|it) (?:serious|bad|something|dangerous)|could (?:this|it|that) be"
            + "|does (?:she|he|this|it|my \\w+) need|what (?:is|could) (?:this|that|it) be|what (?:is|could be) causing"
            + "|what can (?:i|we) (?:do|give|take))\\b"
            + "|\\bis it (?:ok|okay|safe|fine|normal|bad) (?:to|that|if)\\b"
            + "|\\bis there (?:something|anything) (?:else )?(?:i|we) (?:should|can|could|need to|have to) (?:do|give|watch)\\b"
            + "|\\bwho (?:do|should|can) (?:i|we) even (?:call|see|talk to|ask)\\b|\\bwho (?:do|should|can) (?:i|we) (?:call|see"
            + "|talk to|ask) (?:about|for) (?:this|it|her|him|them|my|his|our)\\b"
            + "|\\b(?:any way|anyway|a way|any chance|possible) (?:to|we can|i can|(?:she|he|they) can) (?:get|be) (?:in|seen)"
            + " (?:sooner|earlier|before (?:then|that|next|monday|tuesday|wednesday|thursday|friday|january|february|march"
            + "|april|may|june|july|august|september|october|november|december|(?:my|his|her|our) (?:appointment|appt|visit)))\\b"
            + "|\\b(?:can|could) (?:dr\\.? \\p{L}+|you|u|the doctor|someone) see (?:my|him|her|us|me|them)\\b"
            + "|\\bshould (?:i|we|she|he|they) (?:be worried|worry|bring|take|give|keep|come|go|stop|start|call|wait|get|continue"
            + "|use|try|double|skip|increase|lower|switch|see|make|ask|push|restart|let|ice|wrap)\\b"
            + "|\\b(?:do|does) (?:i|we|she|he|it|this|they) (?:need|have to)\\b"
            + "|\\bis (?:it|this|that) (?:good|normal|ok|okay|bad) or (?:bad|not|normal|good)\\b"
            + "|\\bwhat (?:we|i) (?:should|can|must|need to) do\\b|\\bis there (?:something|anything) (?:else )?(?:i|we|he|she)"
            + " (?:can|could) (?:take|try|use|switch)\\b"
            + "|\\b(?:drop off|bring in|send in|turn in|drop) (?:the|a|my|his|her) (?:\\w+ )?(?:sample|specimen)\\b"
            + "|\\b(?:can|could|may) (?:i|we|she|he|they) (?:take|give|use|try|mix|still|keep|stop|start|go back|come in|bring"
            + "|double|skip|drink|have|just|lower|raise|increase|decrease|reduce|adjust|change|switch|up|get (?:back )?in|get seen"
            + "|get an appointment|get an appt|reschedule)\\b|\\bdouble up\\b(?! on (?!(?:my|his|her|the|it|them)\\b))|\\b(?:reschedule|rebook|cancel|push back|move) (?:my|his|her"
            + "|our|the) (?:\\w+ )?(?:appointment|appt|visit|physical|follow[- ]?up|surgery|procedure|checkup|check-up)\\b|\\bbring (?:her|him|them|my \\w+|the baby|it) in\\b|\\bcome (?:back )?in\\b"
            + "|\\bis (?:it|this|that) (?:normal|ok|okay|safe|bad|serious|dangerous|contagious|an emergency|a reaction|something)"
            + "|\\bis that (?:normal|a|from)\\b|\\bwhen (?:should|do) (?:i|we) (?:worry|be worried|go|call|bring)\\b"
            + "|\\bwhat (?:should|can|do) (?:i|we) (?:do|give|take|use)\\b|\\bhow (?:much|many|often|long) (?:should|can|do) (?:i|we)"
            + "|\\bhow much \\w+ (?:can|should|do) (?:i|we)\\b|\\b(?:any advice|what do you recommend|what would you recommend"
            + "|what do you suggest|what are my options)\\b|\\bor (?:wait|can it wait|just rest it|just ice it)\\b"
            + "|\\bwait (?:til|till|until) (?:monday|tomorrow|the morning|morning|my appointment|his appointment|her appointment)\\b"
            + "|\\b(?:worth|need to) (?:get|getting|go|going) (?:it )?(?:checked|looked at|seen)\\b"
            + "|\\bget (?:it|this|that|him|her) (?:checked|looked at)\\b|\\bcan you help\\b"
            + "|\\b(?:le doy|puedo darle|debo darle|le puedo dar|que le doy|que le puedo dar|cuanto le doy|le sigo dando"
            + "|se lo dejamos de dar|lo llevo|la llevo|los llevo|debo llevarl[oa]|lo traigo|la traigo|es normal|es grave"
            + "|es peligroso|debo ir|voy a urgencias|que hago|que hacemos|que me recomienda|que crema|que me puedo (?:poner|tomar)"
            + "|me (?:la |lo |las |los )?(?:puede|podria) (?:recetar|dar|mandar|enviar|ver|atender|ayudar)|necesito (?:una |la |otra )?(?:receta|cita|consulta"
            + "|resurtido|referencia|orden)|se (?:me|le|nos|les) acab(?:o|aron)|sacar (?:una )?cita|o espero|le pongo)\\b"
            + "|\\b(?:move|transfer|switch|change|send|put|get|have) (?:my|his|her|our|the|mom'?s|dad'?s|mi|su) (?:[\\w'-]+ ){0,2}"
            + "(?:refills?|prescriptions?|scripts?|rx|meds|medications?|medicine|receta|recetas)(?: sent| moved| transferred)?"
            + " (?:to|over to|at|a la|a)\\b|\\b(?:taking|accepting|seeing|aceptando|recibiendo) (?:any |nuevos )?"
            + "(?:new patients|pacientes nuevos)\\b");

    static List<Recognizer> all() {
        List<Recognizer> all = new java.util.ArrayList<>(MeasurementRules.all());
        all.addAll(List.of(UNWELL, PAIN, BODY_STATE, BODY_PART, OWN_MEDICATION, SPECIALIST, DEATH, SELF_HARM, RECURRENCE, PREGNANCY, CARE_REQUEST));
        return List.copyOf(all);
    }

}
