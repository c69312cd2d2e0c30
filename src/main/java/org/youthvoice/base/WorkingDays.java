package org.youthvoice.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Which days a council's staff work: Monday to Friday, except the holidays in a file (by default the bank holidays of
 * England and Wales, {@code working-days/bank-holidays-england-and-wales.txt}) and any closure days listed in
 * {@code youthvoice.working-days.closed}. Safeguarding's deadlines count only these days.
 */
@Component
public class WorkingDays {

    private final Set<LocalDate> holidays;

    @org.springframework.beans.factory.annotation.Autowired
    WorkingDays(@Value("${youthvoice.working-days.holidays:classpath:working-days/bank-holidays-england-and-wales.txt}")
            Resource file, @Value("${youthvoice.working-days.closed:}") Collection<String> closed) {
        var days = new TreeSet<LocalDate>(read(file));
        for (String day : closed) {
            if (!day.isBlank()) {
                days.add(parse(day.strip(), "youthvoice.working-days.closed"));
            }
        }
        this.holidays = Set.copyOf(days);
    }

    /** The days a holidays file (and these closure days) leave as working days. */
    public static WorkingDays from(Resource file, Collection<String> closed) {
        return new WorkingDays(file, closed);
    }

    /** For tests and callers that know their holidays. */
    public static WorkingDays of(Collection<LocalDate> holidays) {
        return new WorkingDays(Set.copyOf(holidays));
    }

    private WorkingDays(Set<LocalDate> holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The first working day after this one. */
    public LocalDate nextAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static Set<LocalDate> read(Resource file) {
        var days = new TreeSet<LocalDate>();
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int space = text.indexOf(' ');
                days.add(parse(space < 0 ? text : text.substring(0, space), file.getDescription()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holidays file " + file.getDescription()
                    + " (youthvoice.working-days.holidays)", e);
        }
        return days;
    }

    private static LocalDate parse(String day, String where) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date (write it as 2026-12-25): \"" + day + "\" in " + where, e);
        }
    }
}
