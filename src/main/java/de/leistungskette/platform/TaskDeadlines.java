package de.leistungskette.platform;

import de.leistungskette.deadline.Deadlines;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.deadline.Deadlines.ProcessDeadline;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Bean {@code taskDeadline}: gives a user task its due date from the Fristenrechner and the
 * explanation the person sees in the form (task variable {@code deadlineExplanation}). Used as the
 * task's create listener, so the due date and its explanation can never disagree:
 *
 * <pre>
 *   &lt;camunda:taskListener event="create" expression="${taskDeadline.set(task, deadlines.workingDays(checkFrom, 2))}" /&gt;
 * </pre>
 *
 * The task is due at the end of the deadline day (Europe/Berlin). The day is kept once, as the
 * task's due date (runtime and history: reports read {@code ACT_HI_TASKINST.DUE_DATE_}); no copy
 * on the case, which would cost three rows per task and be read by no step.
 */
@Component("taskDeadline")
public class TaskDeadlines {

  public static final String EXPLANATION = "deadlineExplanation";

  public void set(DelegateTask task, ProcessDeadline deadline) {
    task.setDueDate(deadline.getEndOfDay());
    LocalDate due = deadline.getDeadline().due();
    task.setVariableLocal(EXPLANATION, explanation(due, "So wurde die Frist berechnet:\n" + deadline.getExplanation()));
  }

  /**
   * Due at the end of a given day (e.g. "on the day of registration", "on the appointment"), with
   * the model's German reason as the explanation. Returns the day for use in expressions.
   */
  public String sameDay(DelegateTask task, Object day, String why) {
    LocalDate due = Deadlines.toDate(day, task.getName());
    task.setDueDate(Deadlines.endOfDay(due));
    task.setVariableLocal(EXPLANATION, explanation(due, why));
    return due.toString();
  }

  /**
   * No due date: a follow-up ("unterminierte Wiedervorlage") that the seeds give no deadline, so
   * none is invented. The form says so, with the model's reason. Returns null.
   */
  public String none(DelegateTask task, String why) {
    task.setDueDate(null);
    task.setVariableLocal(EXPLANATION, "Ohne Frist. " + why);
    return null;
  }

  /**
   * What the form of a task due at the end of {@code due} says ({@value #EXPLANATION}): the day,
   * then why.
   */
  public static String explanation(LocalDate due, String why) {
    return "Zu erledigen bis " + GermanDates.longForm(due) + " (Ende des Tages).\n\n" + why;
  }

  /** Today in Germany by the engine clock (which tests set). */
  public static LocalDate today() {
    return Deadlines.toDate(ClockUtil.getCurrentTime(), "heute");
  }
}
