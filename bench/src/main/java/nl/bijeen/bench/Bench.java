package nl.bijeen.bench;

import java.util.Arrays;

/** Entry point of the benchmark jar: {@code java -jar bench/target/bijeen-bench.jar dedupe [options]}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("dedupe")) {
            System.err.println("usage: java -jar bench/target/bijeen-bench.jar dedupe [--sizes 10000,100000[,1000000]]"
                    + " [--runs 3] [--seed 42] [--config config] [--out bench/target/dedupe-report.json]");
            System.exit(2);
        }
        DedupeBench.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
