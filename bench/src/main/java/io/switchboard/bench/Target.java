package io.switchboard.bench;

/** Where load is sent: the mock directly ({@code proxy} null), or a proxy process in front of it. */
record Target(String name, String url, Child proxy) {
  boolean direct() {
    return proxy == null;
  }
}
