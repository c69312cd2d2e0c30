/**
 * Accounts: staff with roles, young members who log in with a code an officer gives them. Forums and their members are in {@code voting}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security"})
@org.jspecify.annotations.NullMarked
package org.youthvoice.people;
