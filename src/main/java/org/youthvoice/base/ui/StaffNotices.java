package org.youthvoice.base.ui;

import java.util.List;

/**
 * Something the signed-in staff member must not miss (an urgent safeguarding item), shown at the top of every staff
 * page. Feature modules implement this; the shell asks every implementation and refreshes on a short tick, which
 * works across app nodes because each implementation reads the database.
 */
public interface StaffNotices {

    /** Notices for whoever is signed in now; empty when there is nothing, or the person may not see it. */
    List<Notice> current();

    /**
     * @param messageKey the text, from the message bundles
     * @param arguments its arguments
     * @param link where to go to act on it
     */
    record Notice(String messageKey, List<Object> arguments, String link) {
    }
}
