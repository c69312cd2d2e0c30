/**
 * Shared building blocks: the UI shells, common components, settings. Imports no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.youthvoice.base;
