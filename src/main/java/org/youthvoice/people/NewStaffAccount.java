package org.youthvoice.people;

import java.util.Set;

/** What an administrator types to create a staff account. */
public record NewStaffAccount(String username, String displayName, String password, Set<String> roles) {
}
