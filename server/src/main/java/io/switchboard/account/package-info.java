/** The installation's account and first-start bootstrap (account id, first admin token, banner). */
package io.switchboard.account;
