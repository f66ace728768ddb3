package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.judgementsupport.system.CanonicalJson;
import org.junit.jupiter.api.Test;

/**
 * Locations are part of every finding, validation report and stored judgement: their JSON is a contract, written the
 * same way whatever kind of place they name, and read back as it was written, by reports stored long ago included.
 */
class RuleLocationJsonTest {

    /** As the service's own mapper reads: unknown properties refused. */
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void aCellIsItsFileSheetCellAndRow() throws Exception {
        RuleLocation cell = RuleLocation.ofCell("decision-tables/criteria/limits-to-requires-improvement.drl.xlsx", "Limits", "A9");

        assertThat(json.writeValueAsString(cell))
                .isEqualTo("{\"file\":\"decision-tables/criteria/limits-to-requires-improvement.drl.xlsx\",\"sheet\":\"Limits\",\"cell\":\"A9\",\"row\":9}");
        assertThat(CanonicalJson.write(cell))
                .isEqualTo("{\"cell\":\"A9\",\"file\":\"decision-tables/criteria/limits-to-requires-improvement.drl.xlsx\",\"row\":9,\"sheet\":\"Limits\"}");
        assertThat(json.readValue(json.writeValueAsString(cell), RuleLocation.class)).isEqualTo(cell);
    }

    @Test
    void aLineIsItsFileAndLine() throws Exception {
        RuleLocation line = RuleLocation.ofLine("rules/combined.drl", 14);

        assertThat(json.writeValueAsString(line)).isEqualTo("{\"file\":\"rules/combined.drl\",\"line\":14}");
        assertThat(CanonicalJson.write(line)).isEqualTo("{\"file\":\"rules/combined.drl\",\"line\":14}");
        assertThat(json.readValue(json.writeValueAsString(line), RuleLocation.class)).isEqualTo(line);
        assertThat(line.describe()).isEqualTo("rules/combined.drl, line 14");
    }

    @Test
    void aWholeFileOrASheetIsWhatItHasAndNoMore() throws Exception {
        RuleLocation file = RuleLocation.ofFile("decision-tables");
        String sheet = "{\"file\":\"decision-tables/overall-effectiveness.drl.xlsx\",\"sheet\":\"Overall\"}";

        assertThat(json.writeValueAsString(file)).isEqualTo("{\"file\":\"decision-tables\"}");
        assertThat(json.readValue("{\"file\":\"decision-tables\"}", RuleLocation.class)).isEqualTo(file);
        assertThat(json.writeValueAsString(json.readValue(sheet, RuleLocation.class))).isEqualTo(sheet);
        assertThat(json.readValue(sheet, RuleLocation.class).describe()).isEqualTo("decision-tables/overall-effectiveness.drl.xlsx, sheet 'Overall'");
        assertThat(RuleLocation.ofLine("rules/combined.drl", 0)).isEqualTo(json.readValue("{\"file\":\"rules/combined.drl\"}", RuleLocation.class));
    }

    @Test
    void aLocationStoredWithItsRowIsReadBack() throws Exception {
        String stored = "{\"file\":\"decision-tables/extra.drl.xlsx\",\"sheet\":\"Extra\",\"cell\":\"D9\",\"row\":9}";

        assertThat(json.readValue(stored, RuleLocation.class)).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "D9"));
        assertThat(json.readValue(stored, RuleLocation.class).describe()).isEqualTo("decision-tables/extra.drl.xlsx, sheet 'Extra', cell D9");
    }
}
