/**
 * The taking room: young people answering a survey on their phones. Plain HTML forms, one question per page,
 * post-redirect-get, no server session; the unfinished response lives in the database under a token the device keeps
 * in a cookie for that survey ({@code TakeSurveyController}, {@code OfflineSurveyController}, the officers' phone
 * preview). Survey definitions as takers need them ({@code SurveyCache}) and sending a response ({@code Submissions}).
 * The service other modules and the pages call is the root's {@code SurveyTaking}.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.survey.taking;
