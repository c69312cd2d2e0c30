package org.youthvoice.participation.internal;

/**
 * How a year of counts runs. Quarters are always calendar quarters (January to March, April to June, July to
 * September, October to December); a financial year is the UK one, 1 April to 31 March, made of four of them.
 */
public enum YearKind {
    FINANCIAL, CALENDAR;

    /** The first month of a year starting in {@code startYear}. */
    public java.time.LocalDate start(int startYear) {
        return java.time.LocalDate.of(startYear, this == FINANCIAL ? 4 : 1, 1);
    }

    /** The start year of the year that holds {@code day}. */
    public int yearOf(java.time.LocalDate day) {
        return this == FINANCIAL && day.getMonthValue() < 4 ? day.getYear() - 1 : day.getYear();
    }
}
