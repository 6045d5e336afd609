package nl.bijeen.web;

import java.time.Duration;
import java.util.List;

import nl.bijeen.web.support.SearchLoad.Answer;

/** Prints what a load test observed: answers, their rate, median and p99 latency (never asserted). */
final class LoadFigures {

    private LoadFigures() {
    }

    static void print(String test, List<Answer> answers, Duration during, int clients) {
        System.out.printf("%s: %d clients, %d answers in %.1f s (%.0f/s): API %s, results page %s%n", test, clients,
                answers.size(), during.toMillis() / 1000.0, answers.size() * 1000.0 / Math.max(1, during.toMillis()),
                latencies(answers.stream().filter(a -> !a.page()).toList()),
                latencies(answers.stream().filter(Answer::page).toList()));
    }

    private static String latencies(List<Answer> answers) {
        long[] micros = answers.stream().mapToLong(Answer::micros).sorted().toArray();
        if (micros.length == 0) {
            return "no answers";
        }
        return String.format("median %.1f ms, p99 %.1f ms, max %.1f ms (%d)", micros[micros.length / 2] / 1000.0,
                micros[(int) Math.min(micros.length - 1, Math.ceil(micros.length * 0.99) - 1)] / 1000.0,
                micros[micros.length - 1] / 1000.0, micros.length);
    }
}
