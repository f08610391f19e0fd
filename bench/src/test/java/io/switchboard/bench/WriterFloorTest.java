package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The floor tool writes every shape into a real SQLite file and reports a figure for each. */
class WriterFloorTest {
  @Test
  void everyShapeWritesAndIsReportedWithTheBudget() {
    Map<WriterFloor.Shape, double[]> cpu = WriterFloor.measure(16, 6, 1);
    assertThat(cpu).hasSize(WriterFloor.SHAPES.size());
    cpu.values().forEach(us -> assertThat(us[0]).isPositive());
    String report = WriterFloor.render(cpu, 16, 64, 35);
    assertThat(report).contains("10-column row, no index").contains("shipped store, with bodies")
        .contains("budget at 0.9x for a 35 us unlogged request: 3.9 us per entry");
  }

  @Test
  void theBudgetIsWhatKeepsNineTenthsOfTheThroughput() {
    double unlogged = 35;
    double budget = WriterFloor.budgetUs(unlogged);
    assertThat(unlogged / (unlogged + budget)).isCloseTo(0.9, within(1e-9));
  }
}
