@org.jspecify.annotations.NullMarked
package org.youthvoice.base.db;
