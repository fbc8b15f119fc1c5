package io.phiscan.detect;

import static io.phiscan.detect.Annotations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each identifier rule on what it must find, and on the near misses it must leave alone. */
class IdentifierRulesTest {

    @Test
    void phoneNumbersInTheWaysPeopleWriteThem() {
        assertThat(texts("call me at (555) 318-2274 or 555.443.0921", "phone")).containsExactly("(555) 318-2274", "555.443.0921");
        assertThat(texts("my cell is 6125550147", "phone")).containsExactly("6125550147");
        assertThat(texts("en México: +52 55 1234 5678", "phone")).containsExactly("+52 55 1234 5678");
    }

    @Test
    void aPhoneShapedOrderNumberIsNotAPhone() {
        assertThat(texts("my order number is 555-201-4400, where is it?", "phone")).isEmpty();
        assertThat(texts("tracking # 202-555-0143", "phone")).isEmpty();
        assertThat(texts("Rx 555-318-2274 is ready", "phone")).isEmpty();
        assertThat(texts("call 123-456-7890", "phone")).as("area codes do not start with 1").isEmpty();
        assertThat(texts("it has 5125550147 steps", "phone")).as("ten bare digits need a word like call or cell").isEmpty();
    }

    @Test
    void aNumberAfterFaxIsAFax() {
        assertThat(texts("fax: 555-318-2274", "fax")).containsExactly("555-318-2274");
    }

    @Test
    void datesOfBirthInManyForms() {
        assertThat(texts("DOB 04/12/2015 if you need it", "dob")).containsExactly("04/12/2015");
        assertThat(texts("born June 3, 1948", "dob")).containsExactly("June 3, 1948");
        assertThat(texts("d.o.b. 7/19/1975", "dob")).containsExactly("7/19/1975");
        assertThat(texts("fecha de nacimiento: 12 de abril de 2015", "dob")).containsExactly("12 de abril de 2015");
        assertThat(texts("her birthday is March 3rd", "dob")).containsExactly("March 3rd");
    }

    @Test
    void anAppointmentDateIsADateOfCareNotABirthDate() {
        assertThat(texts("my appointment on 3/14 got moved", "dob")).isEmpty();
        assertThat(texts("my appointment on 3/14 got moved", "date")).containsExactly("3/14");
        assertThat(texts("he had his pacemaker put in on 10/3", "date")).containsExactly("10/3");
    }

    @Test
    void aDateOnAnAnnouncementIsNoOnesDate() {
        assertThat(texts("Flu clinic on 10/12 from 9 to noon", "date")).isEmpty();
        assertThat(texts("Flu clinic on 10/12 from 9 to noon", "dob")).isEmpty();
    }

    @Test
    void agesOverEightyNineButNotOtherNumbers() {
        assertThat(texts("my mother is 93 years old", "age-over-89")).containsExactly("93");
        assertThat(texts("Grandma is 94 and still gardening", "age-over-89")).containsExactly("94");
        assertThat(texts("mi abuela de 91 años", "age-over-89")).containsExactly("91");
        assertThat(texts("take it for 90 days, 95% of people are fine, her temp is 101", "age-over-89")).isEmpty();
        assertThat(texts("her fever is 102.5 tonight", "age-over-89")).isEmpty();
    }

    @Test
    void socialSecurityNumbersAreValidated() {
        assertThat(texts("my SSN is 123-45-6789", "ssn")).containsExactly("123-45-6789");
        assertThat(texts("ssn 078051120", "ssn")).containsExactly("078051120");
        assertThat(texts("code 666-12-3456 and 900-12-3456 and 123-00-4567", "ssn")).isEmpty();
    }

    @Test
    void recordAndPlanNumbersNeedTheirContextWords() {
        assertThat(texts("my MRN is 00482913", "record-number")).containsExactly("00482913");
        assertThat(texts("member ID BCX9910443", "plan-number")).containsExactly("BCX9910443");
        assertThat(texts("acct # 4455-1290-77", "account-number")).containsExactly("4455-1290-77");
        assertThat(texts("my MRI is on 4/22, the chart topped 100", "record-number")).isEmpty();
        assertThat(texts("a member of our group since 2019", "plan-number")).isEmpty();
    }

    @Test
    void streetAddressesAndZipCodes() {
        assertThat(texts("our new address is 418 Maple Grove Ave, Springfield IL 62704", "address"))
                .containsExactly("418 Maple Grove Ave");
        assertThat(texts("our new address is 418 Maple Grove Ave, Springfield IL 62704", "zip")).containsExactly("62704");
        assertThat(texts("give 2 puffs every 4 hours then see Dr. Cole", "address")).isEmpty();
        assertThat(texts("I walked 10000 steps in 45 minutes", "zip")).isEmpty();
    }

    @Test
    void emailsLinksIpsAndHandles() {
        assertThat(texts("write jane.doe+x@mail.example.com.", "email")).containsExactly("jane.doe+x@mail.example.com");
        assertThat(texts("see https://example.org/my-page.", "url")).containsExactly("https://example.org/my-page");
        assertThat(texts("from 192.168.10.4 yesterday", "ip")).containsExactly("192.168.10.4");
        assertThat(texts("it came from 203.0.113.47. Change it", "ip")).containsExactly("203.0.113.47");
        assertThat(texts("version 1.2.3 is out", "ip")).isEmpty();
        assertThat(texts("@maria_g_1987 and @sunny_k@mastodon.social", "handle"))
                .containsExactly("maria_g_1987", "sunny_k@mastodon.social");
        assertThat(texts("@sunny_k@mastodon.social", "email")).as("a fediverse handle is not an address").isEmpty();
    }

    @Test
    void licenceAndVehicleNumbers() {
        assertThat(texts("driver's license number D1234567", "license")).containsExactly("D1234567");
        assertThat(texts("license plate 7ABC123", "vehicle")).containsExactly("7ABC123");
        assertThat(texts("VIN 1HGCM82633A004352", "vehicle")).containsExactly("1HGCM82633A004352");
        assertThat(texts("VIN 1HGCM82633A004353", "vehicle")).as("check digit").isEmpty();
    }
}
