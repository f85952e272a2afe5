package de.leistungskette.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Benchmark, not a test: 1,000,000 deadline calculations on one thread, all four rules, all 16
 * states, dates 2024–2028, five rounds, the median of the four after the first. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=de.leistungskette.deadline.DeadlineBenchmark}.
 */
public final class DeadlineBenchmark {

  private static final int CALCULATIONS = 1_000_000;
  private static final int ROUNDS = 5;

  public static void main(String[] args) {
    DeadlineCalculator calculator = new DeadlineCalculator(new PublicHolidays(), FederalState.DE_NW, null);
    DeadlineRule[] rules = DeadlineRule.values();
    FederalState[] states = FederalState.values();
    LocalDate start = LocalDate.of(2024, 1, 1);

    List<Double> perSecond = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Random random = new Random(42);
      long checksum = 0;
      long began = System.nanoTime();
      for (int i = 0; i < CALCULATIONS; i++) {
        DeadlineRule rule = rules[i & 3];
        int amount = rule == DeadlineRule.MONTHS_AFTER_POSTAL ? 1 : 1 + random.nextInt(15);
        Deadline deadline = calculator.calculate(
            rule, start.plusDays(random.nextInt(1826)), amount, states[random.nextInt(states.length)], null);
        checksum += deadline.due().toEpochDay();
      }
      long elapsed = System.nanoTime() - began;
      if (round > 1) { // the first round loads the holidays and warms up the JIT
        perSecond.add(CALCULATIONS / (elapsed / 1e9));
      }
      System.out.printf("round %d: %,d calculations in %,d ms = %,.0f per second, %.2f µs each (checksum %d)%n",
          round, CALCULATIONS, elapsed / 1_000_000, CALCULATIONS / (elapsed / 1e9), elapsed / 1e3 / CALCULATIONS,
          checksum);
    }
    Collections.sort(perSecond);
    System.out.printf("median of rounds 2–%d: %,.0f per second%n", ROUNDS,
        (perSecond.get((perSecond.size() - 1) / 2) + perSecond.get(perSecond.size() / 2)) / 2);
  }
}
