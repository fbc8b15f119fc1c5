package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run reads only the exchanges that {@link Detector#mayRaise} lets through: over the labeled
 * corpus, every exchange the detector raises must be one of them, and the filter must leave most
 * of the exchanges that are not findings out (or it saves nothing).
 */
class MayRaiseTest {

    @Test
    void everyExchangeThatIsAFindingPassesTheFilter() throws Exception {
        Detector detector = new Detector(Policy.defaults());
        List<String> missed = new ArrayList<>();
        int raised = 0;
        int passed = 0;
        List<EvaluationCase> cases = EvaluationCorpus.read(Path.of("src/test/resources/eval"));
        for (EvaluationCase c : cases) {
            Map<String, List<Signal>> signals = new HashMap<>();
            for (Message m : c.exchange().messages()) {
                signals.put(m.id(), detector.annotate(m));
            }
            boolean may = detector.mayRaise(signals.values());
            passed += may ? 1 : 0;
            if (detector.assess(c.exchange(), signals).isPresent()) {
                raised++;
                if (!may) {
                    missed.add(c.id());
                }
            }
        }
        assertThat(raised).isGreaterThan(250);
        assertThat(missed).as("findings the filter would drop").isEmpty();
        assertThat(passed).isLessThan(cases.size());
    }

    @Test
    void aCustomRuleThatRaisesLetsAnExchangeThroughWithoutClinicalWords() throws Exception {
        Policy policy = Policy.load(Path.of("jobs/policy.yaml"));
        Detector detector = new Detector(policy);
        Signal custom = new Signal("identifier", "credential", "m1", 0, 8, "password", "riverbend.portal-credentials");
        Signal name = new Signal("identifier", "name", "m1", 0, 4, "Lena", "id.name");
        assertThat(detector.raisingRules()).contains("riverbend.portal-credentials", "resp.declined");
        assertThat(detector.mayRaise(List.of(List.of(custom)))).isTrue();
        assertThat(detector.mayRaise(List.of(List.of(name)))).isFalse();
    }
}
