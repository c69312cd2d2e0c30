/**
 * What every room of the survey module shares: definitions and their one set of rules ({@code DefinitionCheck}), and
 * the stores that hold the module's SQL and return records read by column name: {@code SurveyStore} (a survey's row,
 * its state and its definition), {@code ResponseStore} (responses and their answers, {@code ResponseStatus}) and
 * {@code GroupStore} (groups, their codes, and cards). A state change (publish, close, reopen, submit) is a method of
 * its store, so each state is written in one place.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.survey.internal;
