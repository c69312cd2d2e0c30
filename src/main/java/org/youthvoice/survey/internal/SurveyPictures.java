package org.youthvoice.survey.internal;

import java.util.List;

/**
 * The pictures a question or option can show (the app's shared set, {@link org.youthvoice.base.Pictures}): simple
 * drawings shipped with the app, so no photo of a child can ever be uploaded into a survey.
 */
public final class SurveyPictures {

    public static final List<String> NAMES = org.youthvoice.base.Pictures.NAMES;

    private SurveyPictures() {
    }
}
