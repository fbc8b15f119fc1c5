package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Finding;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which exchanges are findings, how severe, and why. */
class ExchangeScorerTest {
    private static final String QUESTION = "hi doc, my daughter has had a fever of 102 since yesterday and now a rash, should I bring her in?";

    @Test
    void aParentSeekingCareInADirectMessageIsAFinding() {
        Finding f = Conversations.on(Platform.TWITTER).from("mom_jen", Visibility.DIRECT, QUESTION).assess().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.ownerEngaged()).isFalse();
        assertThat(f.counterparts()).extracting(a -> a.handle()).containsExactly("mom_jen");
        assertThat(f.reasons()).anyMatch(r -> r.contains("family member's care"));
        assertThat(f.signals()).extracting(s -> s.rule()).contains("rel.disclosure.family", "clin.vital.temperature");
    }

    @Test
    void theOwnersClinicalAdviceMakesItHigh() {
        Finding f = Conversations.on(Platform.TWITTER).from("mom_jen", Visibility.DIRECT, QUESTION)
                .owner(Visibility.DIRECT, "Give her ibuprofen 7.5 ml every 6 hours and bring her in tomorrow if it's still there.")
                .assess().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.ownerEngaged()).isTrue();
        assertThat(f.reasons()).contains("the owner replied with clinical advice");
    }

    @Test
    void aReplyThatOnlyTakesItOfflineLowersTheScoreAndSaysSo() {
        Finding plain = Conversations.on(Platform.TWITTER).from("mom_jen", Visibility.DIRECT, QUESTION).assess().orElseThrow();
        Finding offline = Conversations.on(Platform.TWITTER).from("mom_jen", Visibility.DIRECT, QUESTION)
                .owner(Visibility.DIRECT, "I'm sorry she's sick. I can't give medical advice here, please call the office.")
                .assess().orElseThrow();
        assertThat(offline.score()).isLessThan(plain.score());
        assertThat(offline.reasons()).anyMatch(r -> r.contains("took the discussion offline"));
        assertThat(offline.ownerEngaged()).isFalse();
    }

    @Test
    void publicIsWorseThanDirect() {
        Finding direct = Conversations.on(Platform.FACEBOOK).from("mom_jen", Visibility.DIRECT, QUESTION).assess().orElseThrow();
        Finding open = Conversations.on(Platform.FACEBOOK).from("mom_jen", Visibility.PUBLIC, QUESTION).assess().orElseThrow();
        assertThat(open.score()).isGreaterThan(direct.score());
        assertThat(open.severity().atLeast(direct.severity())).isTrue();
        assertThat(open.reasons()).contains("visible to the public");
    }

    @Test
    void theOwnersPublicReplyNamingAChildsSymptomIsAFindingOnItsOwn() {
        Finding f = Conversations.on(Platform.TWITTER)
                .owner(Visibility.PUBLIC, "@maria_g Sorry to hear Sofia's fever is back, please DM or call the office.", "maria_g")
                .assess().orElseThrow();
        assertThat(f.reasons()).contains("the owner's reply ties clinical content to the person answered");
        assertThat(f.counterparts()).extracting(a -> a.handle()).containsExactly("maria_g");
    }

    @Test
    void healthNewsColleaguesAnnouncementsAndFiguresOfSpeechAreNotFindings() {
        assertThat(Conversations.on(Platform.TWITTER).owner(Visibility.PUBLIC,
                "New CDC data: measles cases are up. Check your kids' MMR status.").assess()).isEmpty();
        assertThat(Conversations.on(Platform.TWITTER).from("dr_sam", Visibility.DIRECT,
                "had a 58yo guy in clinic today with an A1c of 11 who refuses insulin. Would you try a GLP-1 first?").assess())
                .isEmpty();
        assertThat(Conversations.on(Platform.FACEBOOK).owner(Visibility.PUBLIC,
                "Flu shots are here! Walk-in clinic Saturdays 9-12, call 555-201-4400.").assess()).isEmpty();
        assertThat(Conversations.on(Platform.TWITTER).from("friend_tom", Visibility.DIRECT,
                "this traffic is giving me a heart attack lol, dinner still on Friday?").assess()).isEmpty();
        assertThat(Conversations.on(Platform.TWITTER).from("spam_rx", Visibility.DIRECT,
                "Buy Xanax and Oxycodone online without prescription, discreet shipping, WhatsApp us").assess()).isEmpty();
    }

    @Test
    void theOwnerAskingColleaguesAboutADrugShortageIsNotADisclosure() {
        assertThat(Conversations.on(Platform.LINKEDIN)
                .owner(Visibility.GROUP, "Are you still seeing the amoxicillin suspension shortage? We're using cefdinir for most"
                        + " uncomplicated AOM until it eases.", "sam-patel-md", "priya-nair-peds")
                .from("priya-nair-peds", Visibility.GROUP, "Same here. Our pharmacy rep says the suspension supply should improve"
                        + " in December.")
                .assess()).isEmpty();
        assertThat(Conversations.on(Platform.LINKEDIN)
                .owner(Visibility.DIRECT, "Are you still having the rash since starting the amoxicillin?", "grace-w")
                .assess()).as("the same question about the person's own health still is").isPresent();
    }

    @Test
    void aCareRequestAboutABodyPartInAPrivateMessageIsEnoughEvenWithoutAKnownSymptom() {
        assertThat(Conversations.on(Platform.INSTAGRAM).from("dad_l", Visibility.DIRECT,
                "can you take a look at my son's elbow tomorrow? it's been weird since practice").assess()).isPresent();
        assertThat(Conversations.on(Platform.INSTAGRAM).from("friend_l", Visibility.DIRECT,
                "my hands are full with the twins today, lunch next week?").assess()).isEmpty();
    }

    @Test
    void aGeneralAnswerInPublicIsNotADisclosureButAnAnswerAboutThePersonIs() {
        assertThat(Conversations.on(Platform.REDDIT).owner(Visibility.PUBLIC, "Generally no, you don't need to finish"
                + " antibiotics for every infection, but follow the course your own doctor prescribed.", "curious_1").assess())
                .isEmpty();
        Finding f = Conversations.on(Platform.REDDIT).owner(Visibility.PUBLIC, "With your history of migraines with aura you"
                + " shouldn't be on the combined pill, ask your doctor about switching to an IUD.", "anxious_22").assess()
                .orElseThrow();
        assertThat(f.ownerEngaged()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aGeneralQuestionWithNoDisclosureIsNotAFinding() {
        assertThat(Conversations.on(Platform.TWITTER).from("curious", Visibility.PUBLIC,
                "@drowner is it true babies shouldn't have honey before age 1?").assess()).isEmpty();
    }

    @Test
    void anAllowlistedColleagueIsNeverACounterpart() throws Exception {
        Detector withAllowlist = new Detector(policy("allowlist:\n  accounts: [twitter:mom_jen]\n"));
        assertThat(Conversations.on(Platform.TWITTER).from("mom_jen", Visibility.DIRECT, QUESTION).assess(withAllowlist)).isEmpty();
    }

    @Test
    void aKnownPatientOnTheRosterRaisesTheFinding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("roster.csv"), "platform,account,name\ntwitter,@pat_k,Patricia Kim\n");
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "version: t1\nroster: roster.csv\nseverity:\n  known-patient: high\n");
        Detector detector = new Detector(Policy.load(file));
        Optional<Finding> f = Conversations.on(Platform.TWITTER)
                .from("pat_k", Visibility.DIRECT, "the new inhaler makes my heart race, is that normal?").assess(detector);
        assertThat(f).isPresent();
        assertThat(f.get().severity()).isEqualTo(Severity.HIGH);
        assertThat(f.get().reasons()).contains("the counterpart is on the known-patient roster");
        assertThat(detector.annotateText("x", "Patricia Kim called")).anyMatch(s -> s.rule().equals("id.name.roster"));
    }

    @Test
    void aCustomRuleCanRaiseAnExchange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "version: t2\nrules:\n  - id: practice.portal-password\n    query: 'portal AND password'\n"
                + "    kind: identifier\n    category: credential\n    raise: high\n");
        Detector detector = new Detector(Policy.load(file));
        Finding f = Conversations.on(Platform.FACEBOOK)
                .from("someone", Visibility.DIRECT, "my portal password is hunter2 can you log in for me").assess(detector)
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.signals()).anyMatch(s -> s.rule().equals("practice.portal-password") && s.category().equals("credential"));
        assertThat(f.policyVersion()).isEqualTo("t2");
    }

    @Test
    void aPhotoAttachedToAClinicalMessageIsAnIdentifier() {
        Finding f = Conversations.on(Platform.INSTAGRAM)
                .from("ray_s", Visibility.DIRECT, "this spot on my ear keeps bleeding, should I worry?", "media/IMG_2231.heic")
                .assess().orElseThrow();
        assertThat(f.signals()).anyMatch(s -> s.category().equals("photo") && s.rule().equals("id.photo"));
        assertThat(f.reasons()).anyMatch(r -> r.startsWith("identifiers:") && r.contains("photo"));
    }

    private static Policy policy(String body) throws Exception {
        Path file = Files.createTempFile("policy", ".yaml");
        Files.writeString(file, "version: test\n" + body);
        try {
            return Policy.load(file);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFirstPersonSymptomSentWithAPhotoInAPrivateMessageSeeksCare() {
        assertThat(Conversations.on(Platform.FACEBOOK).from("ed_k", Visibility.DIRECT, "this rash on my arm came back, sending pic")
                .from("ed_k", Visibility.DIRECT, "", "photos/40008_n.jpg").assess()).isPresent();
        assertThat(Conversations.on(Platform.FACEBOOK).from("ed_k", Visibility.DIRECT, "this rash on my arm came back lol")
                .assess()).as("the same words without the photo or a question").isEmpty();
    }

    @Test
    void theOwnersPublicCommentAddressingSomeoneByNameAboutTheirCare() {
        Finding f = Conversations.on(Platform.LINKEDIN).owner(Visibility.PUBLIC,
                "George, glad to hear the stent is holding up and you're back on the golf course!").assess().orElseThrow();
        assertThat(f.reasons()).contains("the owner's reply ties clinical content to the person answered");
        assertThat(Conversations.on(Platform.LINKEDIN).owner(Visibility.PUBLIC,
                "George, glad to hear the new clinic is open and you're back on the golf course!").assess()).isEmpty();
    }

    @Test
    void theOwnerReferringToThePersonsVisitTiesTheirHealthToThem() {
        assertThat(Conversations.on(Platform.MASTODON).owner(Visibility.PUBLIC,
                "@dani Congrats on 6 months sober!! See you at your next check-in", "dani").assess()).isPresent();
        assertThat(Conversations.on(Platform.MASTODON).owner(Visibility.PUBLIC,
                "@dani Congrats on 6 months at the new job!! See you at the party", "dani").assess()).isEmpty();
    }

    @Test
    void severalInstructionsToSomeoneSeekingCareAreAdviceEvenWithoutClinicalWords() {
        String question = "Doctora, tengo 32 semanas y no siento que el bebé se mueva mucho. ¿Voy al hospital?";
        Finding f = Conversations.on(Platform.TWITTER).from("rocio", Visibility.DIRECT, question)
                .owner(Visibility.DIRECT, "Acuéstese del lado izquierdo y tome agua mientras llega.", "rocio").assess().orElseThrow();
        assertThat(f.ownerEngaged()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        Finding offline = Conversations.on(Platform.TWITTER).from("rocio", Visibility.DIRECT, question)
                .owner(Visibility.DIRECT, "Give us a call at the office right away.", "rocio").assess().orElseThrow();
        assertThat(offline.ownerEngaged()).isFalse();
    }

    @Test
    void cliniciansComparingNotesInAGroupChatAreNotPatients() {
        assertThat(Conversations.on(Platform.REDDIT)
                .from("fm_doc", Visibility.GROUP, "anyone else seeing a ton of walking pneumonia in kids this fall? we're doing"
                        + " azithro for most")
                .owner(Visibility.GROUP, "Yes, a lot. Same approach here unless they look sick.").assess()).isEmpty();
        assertThat(Conversations.on(Platform.REDDIT)
                .from("kev", Visibility.DIRECT, "my son has walking pneumonia and the azithro isn't helping, should he come back in?")
                .assess()).isPresent();
    }

    @Test
    void carelogisticsWithoutASymptomInAPrivateMessage() {
        assertThat(Conversations.on(Platform.TWITTER).from("lorraine", Visibility.DIRECT,
                "can I get my refill moved to CVS on 5th").assess()).isPresent();
        assertThat(Conversations.on(Platform.TWITTER).from("rob", Visibility.DIRECT,
                "sorry i missed my appt thursday, work ran late. can i get back in next week?").assess()).isPresent();
        assertThat(Conversations.on(Platform.TWITTER).from("pat", Visibility.DIRECT,
                "can you move the meeting to 5th street?").assess()).isEmpty();
        assertThat(Conversations.on(Platform.TWITTER).from("sis", Visibility.DIRECT,
                "I have my appointment at 3, can you pick up the kids?").assess()).isEmpty();
    }

    @Test
    void theOwnersStoryOfANamedPatientIsADisclosure() {
        assertThat(Conversations.on(Platform.TWITTER).owner(Visibility.PUBLIC,
                "Shoutout to my favorite 97-year-old patient Mrs. Dolan, who walked 2 miles today after her hip replacement!")
                .assess()).isPresent();
        assertThat(Conversations.on(Platform.TWITTER).owner(Visibility.PUBLIC,
                "Shoutout to my favorite barista Mrs. Dolan, who walked 2 miles today for the charity run!").assess()).isEmpty();
    }

    @Test
    void aReporterOrAFundraiserMentioningADiseaseIsNotAPatient() {
        assertThat(Conversations.on(Platform.REDDIT).from("race_org", Visibility.DIRECT,
                "Hi Dr. Lee, I'm organizing a 5K for diabetes awareness, would your clinic sponsor a water station?").assess()).isEmpty();
        assertThat(Conversations.on(Platform.LINKEDIN).from("dana-news", Visibility.DIRECT,
                "Hi Dr. Lee, I'm writing about the measles outbreak. Could you comment on vaccination rates in our county?").assess())
                .isEmpty();
        assertThat(Conversations.on(Platform.REDDIT).from("runner_q", Visibility.DIRECT,
                "Hi Dr. Lee, I'm running the 5K Saturday but my knee is swollen since Monday, should I skip it?").assess()).isPresent();
    }
}
