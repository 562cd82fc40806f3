package io.concierge.core.kernel;

import io.concierge.core.loyalty.LoyaltyMetric;
import io.concierge.core.survey.SurveyKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class EnumerationTypeTest {

    @Test
    void aValueIsItsTypeAndEqualsOnlyTheSameTypeOfTheSameClass() {
        assertThat(SurveyKind.getInstance("NPS")).isSameAs(SurveyKind.NPS);
        assertThat(SurveyKind.NPS.toString()).isEqualTo("NPS");
        assertThat(SurveyKind.NPS).isNotEqualTo(SurveyKind.CSAT);
        assertThat(LanguageType.getInstance("en")).isEqualTo(LanguageType.ENGLISH).hasSameHashCodeAs(LanguageType.ENGLISH);
        assertThat((Object) LoyaltyMetric.NET_SPEND).isNotEqualTo("NET_SPEND");
        assertThat(SurveyKind.getInstance("nothing")).isNull();
    }

    @Test
    void aValueReadBackFromItsBytesIsTheRegisteredOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(LoyaltyMetric.ORDER_COUNT);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(LoyaltyMetric.ORDER_COUNT);
        }
    }
}
