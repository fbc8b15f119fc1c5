package io.phiscan.generate;

import io.phiscan.generate.Conversation.Line;
import io.phiscan.generate.Template.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the conversations and posts of one export: benign chats of every length (mostly short,
 * a few of hundreds of messages), group chats, and, at the run's clinical share, exchanges in
 * which a patient or a parent seeks care (see {@link ClinicalTalk}). Not thread-safe: one per
 * export.
 */
final class Exchanges {
    private final Dice dice;
    private final double clinicalShare;
    private final boolean photos;
    private final boolean longChats;
    private final Template.Cast cast = new Template.Cast();
    private final ClinicalExchange clinical;

    /**
     * @param platform the platform's name as people say it ("Facebook", "X")
     * @param photos whether the platform's messages can carry a photo alone
     * @param longChats whether chats run longer, as Messenger and Instagram threads with friends do
     */
    Exchanges(Dice dice, Physician owner, String platform, double clinicalShare, boolean photos, boolean longChats) {
        this.dice = dice;
        this.clinicalShare = clinicalShare;
        this.photos = photos;
        this.longChats = longChats;
        cast.set(Slot.OWNER, owner.last()).set(Slot.OWNER_FIRST, owner.first()).set(Slot.PRACTICE, owner.practice())
                .set(Slot.PHONE, owner.phone()).set(Slot.PLATFORM, platform).set(Slot.TOWN, owner.town());
        this.clinical = new ClinicalExchange(dice, cast, photos);
    }

    /**
     * A one-to-one conversation with {@code other} of at most {@code max} messages, ending at
     * {@code end}: clinical at the run's share, else a chat.
     */
    Conversation direct(Person other, int max, long end) {
        casual(other);
        if (dice.chance(clinicalShare)) {
            return new Conversation(clinical.lines(other, max, end), true);
        }
        int size = Math.min(max, chatSize());
        boolean es = other.spanish() && dice.chance(0.8);
        Template[][] topics = es ? SmallTalk.TEMAS : SmallTalk.TOPICS;
        Template[] chat = es ? SmallTalk.CHARLA : SmallTalk.CHAT;
        cast.set(Slot.DAY, dice.pick(es ? SmallTalk.DIAS : SmallTalk.DAYS));
        Template[] topic = dice.pick(topics);
        int speaker = dice.chance(0.75) ? 0 : Line.OWNER;
        List<Line> lines = new ArrayList<>(size);
        long at = 0;
        for (int i = 0; i < size; i++) {
            if (photos && i > 0 && dice.chance(0.04)) {
                lines.add(new Line(speaker, "", true, at));
            } else {
                String text = (i < topic.length ? topic[i] : dice.pick(chat)).render(cast);
                boolean casual = speaker != Line.OWNER && dice.chance(0.1);
                lines.add(new Line(speaker, casual ? text.toLowerCase(Locale.ROOT) : text, false, at));
            }
            at += gap();
            if (i + 1 < topic.length || dice.chance(0.8)) {
                speaker = speaker == Line.OWNER ? 0 : Line.OWNER;
            }
        }
        return new Conversation(ending(lines, end), false);
    }

    /** A group chat among the owner and {@code others}: colleagues, a team's parents, neighbors. */
    Conversation group(List<Person> others, int max, long end) {
        casual(others.get(0));
        int size = Math.min(max, chatSize() + 2);
        List<Line> lines = new ArrayList<>(size);
        long at = 0;
        for (int i = 0; i < size; i++) {
            int speaker = dice.chance(0.25) ? Line.OWNER : dice.below(others.size());
            cast.set(Slot.FRIEND, others.get(dice.below(others.size())).first());
            Template t = dice.chance(0.6) ? dice.pick(SmallTalk.GROUP) : dice.pick(SmallTalk.CHAT);
            lines.add(new Line(speaker, t.render(cast), false, at));
            at += gap();
        }
        return new Conversation(ending(lines, end), false);
    }

    /** The owner's public post of about 40 to 280 characters. */
    String post(boolean spanish) {
        casual(null);
        int target = switch (dice.below(5)) {
            case 0, 1 -> dice.between(40, 100);
            case 2, 3 -> dice.between(100, 200);
            default -> dice.between(200, 270);
        };
        Template[] pool = spanish ? SmallTalk.PUBLICACIONES : SmallTalk.POSTS;
        StringBuilder b = new StringBuilder(280);
        dice.pick(pool).render(b, cast);
        while (b.length() < target) {
            int before = b.length();
            b.append(' ');
            if (dice.chance(0.3)) {
                b.append(dice.pick(SmallTalk.HASHTAGS));
            } else {
                dice.pick(pool).render(b, cast);
            }
            if (b.length() > 280) {
                b.setLength(before);
                break;
            }
        }
        return b.toString();
    }

    /** The owner's comment or public reply to {@code other}; {@code mention} is "@handle" or "". */
    String comment(Person other, String mention) {
        casual(other);
        cast.set(Slot.HANDLE, mention);
        String text = dice.pick(SmallTalk.COMMENTS).render(cast);
        return mention.isEmpty() ? text.strip() : text;
    }

    /** A note sent with an invitation to connect. */
    String invitation(Person other) {
        casual(other);
        return dice.pick(SmallTalk.INVITATIONS).render(cast);
    }

    /** The owner's public reply to a parent that ties their child's illness to a name: a planted clinical exchange. */
    String disclosure(Person parent, String mention) {
        casual(parent);
        cast.set(Slot.HANDLE, mention);
        String text = clinical.disclosure(parent);
        return mention.isEmpty() ? text.strip() : text;
    }

    /** About how many messages a one-to-one chat holds, to space conversations over the export's years. */
    int meanChat() {
        return longChats ? 30 : 8;
    }

    /** Whether the next owner-only exchange (a reply) is a planted clinical one. */
    boolean nextIsClinical() {
        return dice.chance(clinicalShare);
    }

    private void casual(Person other) {
        if (other != null) {
            cast.set(Slot.FIRST, other.first()).set(Slot.LAST, other.last()).set(Slot.FRIEND, other.first());
        } else {
            cast.set(Slot.FRIEND, dice.pick(Names.FIRST_EN));
        }
        cast.set(Slot.DAY, dice.pick(SmallTalk.DAYS)).set(Slot.TIME, dice.pick(SmallTalk.TIMES))
                .set(Slot.PLACE, dice.pick(SmallTalk.PLACES)).set(Slot.THING, dice.pick(SmallTalk.THINGS))
                .set(Slot.TOPIC, dice.pick(SmallTalk.TOPICS_TALK)).set(Slot.HANDLE, "");
    }

    /** Mostly short conversations, a few long ones; with {@code longChats}, more long ones. */
    private int chatSize() {
        int r = dice.below(100);
        int[] limits = longChats ? new int[] {5, 20, 45, 70, 90} : new int[] {10, 40, 75, 93, 99};
        if (r < limits[0]) {
            return 1;
        } else if (r < limits[1]) {
            return 2;
        } else if (r < limits[2]) {
            return dice.between(3, 5);
        } else if (r < limits[3]) {
            return dice.between(6, 15);
        } else if (r < limits[4]) {
            return dice.between(16, 60);
        }
        return dice.between(61, 400);
    }

    /** Seconds to days between two messages of a chat. */
    private long gap() {
        int r = dice.below(100);
        if (r < 70) {
            return dice.betweenLong(10_000, 600_000);
        } else if (r < 95) {
            return dice.betweenLong(600_000, 5 * 3_600_000L);
        }
        return dice.betweenLong(5 * 3_600_000L, 3 * 86_400_000L);
    }

    /** The lines moved in time so that the last one is at {@code end}. */
    static List<Line> ending(List<Line> lines, long end) {
        long shift = end - lines.get(lines.size() - 1).at();
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(new Line(l.speaker(), l.text(), l.photo(), l.at() + shift));
        }
        return out;
    }
}
