package io.concierge.core.survey;

import io.concierge.core.kernel.EnumerationType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question a survey asks, with its scale: NPS (0–10, "how likely are you to recommend us": 0–6 detractors, 7–8
 * passives, 9–10 promoters) or CSAT (1–5, "how satisfied were you": 1–2 dissatisfied, 3 neutral, 4–5 satisfied).
 * A Broadleaf enumeration type for the admin's drop-down.
 */
public final class SurveyKind extends EnumerationType {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, SurveyKind> TYPES = new LinkedHashMap<String, SurveyKind>();

    public static final SurveyKind NPS = new SurveyKind("NPS", "Net Promoter Score (0-10)", 0, 10, 6, 8);
    public static final SurveyKind CSAT = new SurveyKind("CSAT", "Customer satisfaction (1-5)", 1, 5, 2, 3);

    private final int lowest;
    private final int highest;
    private final int highestDetractor;
    private final int highestPassive;

    private SurveyKind(String type, String friendlyType, int lowest, int highest, int highestDetractor,
                       int highestPassive) {
        super(type, friendlyType);
        this.lowest = lowest;
        this.highest = highest;
        this.highestDetractor = highestDetractor;
        this.highestPassive = highestPassive;
        TYPES.put(type, this);
    }

    public static SurveyKind getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public boolean isOnScale(int score) {
        return score >= lowest && score <= highest;
    }

    /** The scale, lowest first: the links of the invitation mail. */
    public List<Integer> scores() {
        List<Integer> scores = new ArrayList<Integer>();
        for (int score = lowest; score <= highest; score++) {
            scores.add(score);
        }
        return Collections.unmodifiableList(scores);
    }

    /** @throws IllegalArgumentException for a score off the scale */
    public ScoreGroup groupOf(int score) {
        if (!isOnScale(score)) {
            throw new IllegalArgumentException(score + " is not on the " + getType() + " scale");
        }
        return score <= highestDetractor ? ScoreGroup.DETRACTOR
                : score <= highestPassive ? ScoreGroup.PASSIVE : ScoreGroup.PROMOTER;
    }

}
