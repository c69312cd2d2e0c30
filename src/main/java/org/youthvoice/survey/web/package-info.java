/**
 * Young people taking a survey on their phones: plain HTML forms, one question per page, post-redirect-get, no server
 * session. The unfinished response lives in the database under a token the device keeps in a cookie for that survey.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.survey.web;
