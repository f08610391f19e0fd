/** Paging of list endpoints: validated page requests and pages with totals. */
package io.switchboard.paging;
