@org.jspecify.annotations.NullMarked
package org.youthvoice.base.i18n;
