package io.phiscan.generate;

/**
 * What a physician's accounts are mostly full of: friends making plans, colleagues and
 * organizers, thanks and congratulations, short replies, the practice's announcements, public
 * posts about the town, books and running, in English and some Spanish. Nothing here seeks or
 * gives care. Constants only.
 */
final class SmallTalk {
    private SmallTalk() {
    }

    /** A conversation's opening lines: who starts it, then the other side, alternating. */
    static final Template[][] TOPICS = {
        Template.all("Are we still on for dinner {day}?", "Yes! {time} at {place}?", "Perfect, see you there"),
        Template.all("Saturday run at {time}? Meeting at {place}", "I'm in. Coffee after?", "Obviously ☕"),
        Template.all("Did you finish {thing} for book club?", "Almost! Two chapters left", "No spoilers then 😂"),
        Template.all("Thank you for volunteering at the {town} health fair!", "Happy to help, it was a great day",
            "The kids loved the bike safety station"),
        Template.all("Hi Dr. {owner}, would you speak at our parent night on {day}? The topic is {topic}.",
            "I'd love to. Can you send me the details?", "Sending them now, thank you so much!"),
        Template.all("Are you going to the conference in {place} next month?", "Yes, presenting Friday morning",
            "Great, let's grab lunch"),
        Template.all("Thanks for coming to career day at the school!", "It was fun, they asked great questions",
            "One of them wants to be a doctor now 😄"),
        Template.all("Your package ended up on our porch, I'll drop it by tonight", "Thank you so much!", "No problem"),
        Template.all("Congrats on the award!! So well deserved", "Thank you, that means a lot"),
        Template.all("Coffee {day}?", "{Day} works, {time}?", "See you then"),
        Template.all("Any good audiobook recommendations for a long drive?", "{Thing} is great, I listened to it last month",
            "Downloading it now"),
        Template.all("We're raising money for the {town} library, can we count on you for the raffle?",
            "Of course! I'll drop off a gift basket this week", "You're the best"),
        Template.all("Can you do soccer carpool {day}?", "Yes, I'll take them", "Thank you!! I owe you"),
        Template.all("Hi Dr. {owner}, I'm a recruiter with a group in {place}. Open to a quick chat?",
            "Thanks, but I'm happy where I am", "Understood, best of luck!"),
        Template.all("Loved your post about the {town} farmers market!", "Thank you! The peaches were amazing this year"),
        Template.all("Is the potluck still at your place {day}?", "Yes, {time}. Bring a dessert if you can",
            "I'll bring brownies"),
        Template.all("Hey! Long time. How's everything at {practice}?", "Busy but good! How are you?",
            "Same here, we should catch up soon"),
        Template.all("Did you see the photos from the picnic?", "Not yet, send them!", "Sending now"),
        Template.all("Can I borrow your tent for the weekend?", "Sure, it's in the garage", "Thanks, I'll bring it back {day}"),
        Template.all("Happy birthday!! 🎉 Hope it's a great one", "Thank you!! 🥳"),
        Template.all("The school auction raised a record amount this year, thank you for the donation!",
            "That's wonderful news", "See you at the next one"),
        Template.all("Would you like to join our hiking group this fall?", "I'd love to, what day do you go?",
            "Sundays at {time}, usually at {place}"),
    };

    static final Template[][] TEMAS = {
        Template.all("¿Seguimos con la cena el {day}?", "¡Sí! Nos vemos a las {time}", "Perfecto, ahí nos vemos"),
        Template.all("¡Gracias por venir a la feria del pueblo!", "Con mucho gusto, fue un día muy bonito"),
        Template.all("Hola Dr. {owner}, ¿puede dar una plática en la escuela el {day}?", "Claro que sí, mándeme los detalles",
            "Muchas gracias, se los mando hoy"),
        Template.all("¿Vas a la fiesta de la escuela el sábado?", "Sí, llevo el pastel", "¡Qué rico!"),
        Template.all("¡Feliz cumpleaños! 🎉", "¡Gracias! 🥰"),
    };

    /** Lines either side may add to a longer chat, mostly short. */
    static final Template[] CHAT = Template.all("haha", "lol yes", "Sounds good!", "ok", "See you then", "Thanks!",
        "Perfect", "Will do", "Running 5 min late", "On my way", "😂", "Love that", "Same here", "Agreed", "Talk soon",
        "Great, thanks!", "Sure thing", "No worries", "Let me check my calendar", "That works for me", "Can't wait",
        "Yes!", "Good idea", "I'll be there", "So fun", "Ha, classic", "Nice 👍", "Thank you!", "Got it",
        "I finally tried {place}, it was so good", "Did you see the game last night?", "What time works for you?",
        "It's supposed to rain {day}, want to move it?", "I can bring the kids' bikes", "We just got back from {place}",
        "Traffic on the bridge was terrible this morning", "Have you read {thing}? Just started it",
        "The {town} fall festival is next weekend", "Grabbing snacks for everyone, any requests?",
        "Parking downtown is impossible on Saturdays", "Sending you the link to the signup sheet",
        "We should do this more often", "Let's plan something for next month", "How was the trip?");
    static final Template[] CHARLA = Template.all("jaja", "Sí, claro", "Perfecto", "Nos vemos", "¡Gracias!", "Va",
        "Llego en 10 minutos", "¡Qué bien!", "De acuerdo", "¿A qué hora?");

    /** Group chats: colleagues, parents of a team, neighbors. */
    static final Template[] GROUP = Template.all("Who's bringing what for the potluck {day}?", "I can bring dessert",
        "Reminder: staff meeting moved to {time} {day}", "Does anyone have the wifi password for the conference room?",
        "Happy birthday {friend}! 🎉", "Parking lot is closed tomorrow, use the side entrance",
        "Game moved to {time}, field 3", "Who can cover snacks this week?", "Great job everyone today!",
        "New schedule is posted in the break room", "Anyone up for trivia night {day}?", "Count me in",
        "Photos from the team dinner are in the shared folder", "Thanks all, see you {day}");

    /** The owner's public posts: the practice's news, the town, books, running. */
    static final Template[] POSTS = Template.all(
        "Clinic hours this week: open until 7pm on {day}.", "Our office will be closed on Monday for the holiday.",
        "Great turnout at the {town} school health fair today!", "Thank you to our nurses for a wonderful year!",
        "Parking lot repaving on Saturday; please use the side entrance.",
        "Welcome to our new front desk team member, {friend}!", "Beautiful morning for a run along the river.",
        "Just finished {thing}. Highly recommend it!", "Coffee, paperwork, and a sunny day at {practice}.",
        "Proud to sponsor the {town} Little League again this year.", "Free car-seat safety checks at Fire Station 3 this {day}, 10am to 2pm.",
        "Reading to kids at the {town} library this {day} at {time}. Come say hi!",
        "Our team ran the {town} 5K this weekend and raised money for the food bank.",
        "Reminder: the new parking entrance is on Elm Street.", "Happy to see so many families at the farmers market today.",
        "Thank you {town} for voting us a favorite local business again!", "Back from a great conference in {place}.");
    static final Template[] PUBLICACIONES = Template.all("¡Gracias a todos los que vinieron a la feria de salud en {town}!",
        "Nuestra oficina estará cerrada el lunes por el día festivo.", "Feliz fin de semana a todas las familias de {town}.");

    /** The owner's comments and public replies to someone. */
    static final Template[] COMMENTS = Template.all("Congratulations on the new baby, {friend}! 🎉", "What a great photo!",
        "So proud of this team!", "Thanks for sharing!", "Love this", "Happy birthday {friend}!",
        "{handle} Thanks, see you at the fair!", "{handle} Congratulations! Well deserved.",
        "{handle} Great talk today, thanks for sharing your slides.", "Beautiful view!", "Count me in for next year.",
        "We did the same hike last fall, the view at the top is worth it.", "This made my day 😄",
        "{handle} Thank you for organizing!", "Great article, thanks for posting.", "See you at the 5K!");

    /** Notes sent with an invitation to connect. */
    static final Template[] INVITATIONS = Template.all("Hi Dr. {owner}, I enjoyed your talk on {topic}. Would love to connect.",
        "We met at the {town} health fair, great to meet you!", "Fellow {town} parent here, would love to connect.",
        "Hi {owner_first}, we were in the same residency program years ago. Hope you're well!",
        "Hi Dr. {owner}, I organize the {town} library's parent nights and would love to stay in touch.",
        "Hello! I'm a recruiter working with practices in {place}. Happy to connect.",
        "Great panel at the conference in {place}, thanks for your insights.");

    static final String[] DAYS = {"Friday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"};
    static final String[] DIAS = {"viernes", "sábado", "domingo", "jueves"};
    static final String[] TIMES = {"7", "6:30", "noon", "8am", "5:30", "7:15", "9"};
    static final String[] PLACES = {"the Thai place on Main", "Lakeside Park", "the trailhead", "Rosie's Diner",
        "Portland", "Denver", "the taco truck", "Millbrook Brewing", "the riverside trail", "Chicago", "the new bakery"};
    static final String[] THINGS = {"The Overstory", "Lessons in Chemistry", "the new Ann Patchett", "Circe",
        "Pachinko", "Project Hail Mary", "Tomorrow, and Tomorrow, and Tomorrow", "The Covenant of Water"};
    static final String[] TOPICS_TALK = {"reading to toddlers", "bike safety", "car-seat safety", "healthy lunches",
        "screen time", "summer water safety"};
    static final String[] HASHTAGS = {"#community", "#ReadAloud", "#SmallBusiness", "#running", "#5K",
        "#books", "#TeamWork", "#FarmersMarket"};
}
