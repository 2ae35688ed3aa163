package app.refill.provider.http;

import java.time.Duration;

/** Waiting, replaceable in tests so that retry and polling tests are exact and instant. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));
}
