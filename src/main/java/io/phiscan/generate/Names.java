package io.phiscan.generate;

/**
 * Invented people's names: common given names and surnames, English and Spanish, combined at
 * random, so that no generated person is anyone in particular. Constants only.
 */
final class Names {
    private Names() {
    }

    static final String[] FIRST_EN = {"Maria", "James", "Grace", "Tom", "Priya", "Sam", "Omar", "Nina", "Ravi", "Eva",
        "Hugo", "Zoe", "Ken", "Ruth", "Ivan", "Keisha", "Brian", "Daniel", "Amara", "Janet", "Marcus", "Tanya",
        "Derek", "Holly", "Megan", "Kevin", "Laura", "Chris", "Aisha", "Ben", "Carmen", "Devon", "Erin", "Frank",
        "Gina", "Hannah", "Isaac", "Jade", "Kyle", "Lila", "Mike", "Nora", "Owen", "Paula", "Quinn", "Rosa", "Steve",
        "Tara", "Uma", "Vince", "Wendy", "Yusuf", "Alana", "Bruce", "Chloe", "Dana", "Eli", "Fiona", "Greg", "Heidi"};
    static final String[] LAST_EN = {"Whitfield", "Nguyen", "Kowalski", "Okoro", "Lindqvist", "Moreau", "Tanaka",
        "Brennan", "Thompson", "Novak", "Marsh", "Eze", "Whitaker", "Reyes", "Kim", "Patel", "Nair", "Lee", "Bakker",
        "Osei", "Fischer", "Sullivan", "Dawson", "Haddad", "Ivanova", "Jensen", "Kaur", "Lambert", "Mendel", "Norris",
        "Oyelaran", "Price", "Quinlan", "Rossi", "Schmidt", "Tran", "Ueda", "Vance", "Walsh", "Yilmaz", "Zielinski",
        "Abbott", "Barnes", "Carver", "Dunleavy", "Ellison", "Foster", "Galloway", "Hartley", "Ingram", "Jacobs"};
    static final String[] FIRST_ES = {"José", "Lucía", "Andrés", "Sofía", "Valentina", "Diego", "Camila", "Javier",
        "Ana Lucía", "Mariana", "Raúl", "Paola", "Héctor", "Daniela", "Ramón", "Gabriela", "Luis", "Ximena", "Marisol",
        "Tomás", "Renata", "Jorge", "Isabel", "Emilio"};
    static final String[] LAST_ES = {"Hernández", "García", "Martínez", "López", "González", "Pérez", "Sánchez",
        "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez",
        "Ruiz", "Herrera", "Medina", "Castillo", "Jiménez", "Vargas"};
    static final String[] BOYS_EN = {"Noah", "Ethan", "Leo", "Owen", "Jaylen", "Eli", "Liam", "Caleb", "Mason",
        "Henry", "Jonah", "Miles", "Theo", "Isaiah", "Ryan", "Lucas"};
    static final String[] GIRLS_EN = {"Emma", "Ava", "Lily", "Mia", "Hana", "Chloe", "Ruby", "Nora", "Zara", "Ella",
        "Stella", "Maya", "Aubrey", "Harper", "Piper", "Iris"};
    static final String[] BOYS_ES = {"Mateo", "Santiago", "Diego", "Emiliano", "Sebastián", "Joaquín", "Tomás", "Gael"};
    static final String[] GIRLS_ES = {"Sofía", "Valeria", "Camila", "Ximena", "Renata", "Regina", "Lucía", "Elena"};
    static final String[] TOWNS = {"Riverbend", "Maple Hollow", "Cedar Falls", "Brookfield", "Lakeview", "Pine Ridge",
        "Fairhaven", "Oak Crossing", "Millbrook", "Stonebridge", "Willow Creek", "Harbor Point"};
    static final String[] WORDS = {"runs", "bakes", "photo", "reads", "hikes", "mom", "dad", "rides", "cooks", "art",
        "fit", "garden", "travels", "music", "coffee", "dogs", "knits", "climbs"};
    static final String[] INSTANCES = {"town.example", "social.example", "mstdn.example", "toot.example", "med-social.example"};
}
