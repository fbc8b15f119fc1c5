package io.phiscan.generate;

import io.phiscan.generate.ClinicalTalk.Medication;
import io.phiscan.generate.Conversation.Line;
import io.phiscan.generate.Template.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * A planted clinical exchange: a parent (or a patient) writes about a child's symptoms, the visit
 * the physician made, a medication and a dose, and asks what to do, sometimes with a date of
 * birth or a photo; the physician sometimes answers with advice, more often asks them to call the
 * office; the parent sometimes thanks. Its first message always carries the request, so an
 * exchange cut short by the export's message count is still one to raise. Not thread-safe.
 */
final class ClinicalExchange {
    private final Dice dice;
    private final Template.Cast cast;
    private final boolean photos;

    ClinicalExchange(Dice dice, Template.Cast cast, boolean photos) {
        this.dice = dice;
        this.cast = cast;
        this.photos = photos;
    }

    /** At most {@code max} messages between the owner and {@code other}, the last at {@code end}. */
    List<Line> lines(Person other, int max, long end) {
        boolean es = other.spanish() && dice.chance(0.85);
        boolean self = dice.chance(0.25);
        child(es, self);
        List<Line> lines = new ArrayList<>(6);
        long at = 0;
        lines.add(new Line(0, first(es, self), false, at));
        if (!self && dice.chance(0.4)) {
            at += dice.betweenLong(20_000, 300_000);
            String text = dice.pick(es ? ClinicalTalk.SEGUIMIENTO : ClinicalTalk.FOLLOW_UP).render(cast);
            lines.add(new Line(0, text, false, at));
            if (photos && (text.startsWith("Sending a pic") || text.startsWith("Le mando"))) {
                lines.add(new Line(0, "", true, at + 4_000));
            }
        }
        int answer = dice.below(100);
        if (answer < 80) {
            at += dice.betweenLong(600_000, 3 * 3_600_000L);
            lines.add(new Line(Line.OWNER, answer < 35 ? advice(es, self) : offline(es, self), false, at));
            if (dice.chance(0.5)) {
                at += dice.betweenLong(60_000, 1_800_000);
                lines.add(new Line(0, dice.pick(es ? ClinicalTalk.GRACIAS : ClinicalTalk.THANKS).render(cast), false, at));
            }
        }
        return Exchanges.ending(lines.subList(0, Math.min(max, lines.size())), end);
    }

    /** The owner's public reply naming the child and the illness. */
    String disclosure(Person parent) {
        boolean es = parent.spanish() && dice.chance(0.85);
        child(es, false);
        return dice.pick(es ? ClinicalTalk.REVELACIONES : ClinicalTalk.DISCLOSURES).render(cast);
    }

    private String first(boolean es, boolean self) {
        if (self) {
            return dice.pick(es ? ClinicalTalk.YO : ClinicalTalk.SELF).render(cast);
        }
        if (dice.chance(0.35)) {
            return dice.pick(es ? ClinicalTalk.ENTERO : ClinicalTalk.WHOLE).render(cast);
        }
        StringBuilder b = new StringBuilder(300);
        if (dice.chance(0.7)) {
            dice.pick(es ? ClinicalTalk.SALUDOS : ClinicalTalk.GREETINGS).render(b, cast);
            b.append(' ');
        }
        if (dice.chance(0.8)) {
            dice.pick(es ? ClinicalTalk.QUIEN : ClinicalTalk.WHO_PARENT).render(b, cast);
            b.append(' ');
        }
        dice.pick(es ? ClinicalTalk.ANTES : ClinicalTalk.PRIOR).render(b, cast);
        b.append(' ');
        dice.pick(es ? ClinicalTalk.SINTOMA : ClinicalTalk.SYMPTOM).render(b, cast);
        b.append(' ');
        dice.pick(es ? ClinicalTalk.PREGUNTA : ClinicalTalk.QUESTION).render(b, cast);
        if (b.charAt(0) >= 'a' && b.charAt(0) <= 'z') {
            b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        }
        return b.toString();
    }

    private String advice(boolean es, boolean self) {
        if (es) {
            return dice.pick(ClinicalTalk.CONSEJO).render(cast);
        }
        return dice.pick(self ? ClinicalTalk.SELF_ADVICE : ClinicalTalk.ADVICE).render(cast);
    }

    private String offline(boolean es, boolean self) {
        if (es) {
            return dice.pick(ClinicalTalk.FUERA).render(cast);
        }
        return dice.pick(self ? ClinicalTalk.SELF_OFFLINE : ClinicalTalk.OFFLINE).render(cast);
    }

    /** Fills the child (or, for a patient writing about themselves, their own details) into the cast. */
    private void child(boolean es, boolean self) {
        boolean boy = dice.chance(0.5);
        String[] names = es ? (boy ? Names.BOYS_ES : Names.GIRLS_ES) : (boy ? Names.BOYS_EN : Names.GIRLS_EN);
        cast.set(Slot.KID, dice.pick(names)).set(Slot.HE, boy ? "he" : "she").set(Slot.HIS, boy ? "his" : "her")
                .set(Slot.HIM, boy ? "him" : "her").set(Slot.LO, boy ? "lo" : "la").set(Slot.O, boy ? "o" : "a")
                .set(Slot.CHILD, es ? (boy ? "hijo" : "hija") : (boy ? "son" : "daughter"))
                .set(Slot.PARENT, dice.chance(0.65) ? "mom" : "dad");
        Medication med = dice.pick(ClinicalTalk.MEDICATIONS);
        cast.set(Slot.MED, es ? med.nombre() : med.name()).set(Slot.DOSE, es ? med.dosis() : med.dose());
        int s = dice.below(ClinicalTalk.SYMPTOMS.length);
        String phrase = es ? ClinicalTalk.SYMPTOMS[s].es() : ClinicalTalk.SYMPTOM_PHRASES[s].render(cast);
        String word = ClinicalTalk.SYMPTOMS[s].word();
        String reason = es ? dice.pick(ClinicalTalk.RAZONES) : dice.pick(ClinicalTalk.REASONS).render(cast);
        if (self) {
            phrase = es ? phrase : dice.pick(ClinicalTalk.SELF_SYMPTOMS);
            reason = es ? reason : dice.pick(ClinicalTalk.SELF_REASONS);
        }
        int year = self ? dice.between(1950, 1998) : dice.between(2012, 2024);
        int month = dice.between(1, 12);
        int day = dice.between(1, 28);
        String dob = es ? two(day) + "/" + two(month) + "/" + year : two(month) + "/" + two(day) + "/" + year;
        cast.set(Slot.SYMPTOM, phrase).set(Slot.SYMPTOM2, word).set(Slot.REASON, reason).set(Slot.DOB, dob)
                .set(Slot.WHEN, dice.pick(es ? ClinicalTalk.CUANDO : ClinicalTalk.WHEN))
                .set(Slot.WEEKDAY, dice.pick(es ? ClinicalTalk.DIAS : ClinicalTalk.WEEKDAYS))
                .set(Slot.MONTH, dice.pick(ClinicalTalk.MONTHS));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
