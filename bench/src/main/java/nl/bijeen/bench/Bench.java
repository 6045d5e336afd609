package nl.bijeen.bench;

import java.util.Arrays;

/** Entry point of the benchmark jar: {@code java -jar bench/target/bijeen-bench.jar crawl|dedupe|search|parsers|all}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "dedupe" -> DedupeBench.main(rest);
            case "search" -> SearchBench.main(rest);
            case "parsers" -> ParserBench.main(rest);
            case "crawl" -> CrawlBench.main(rest);
            case "all" -> AllBench.main(rest);
            default -> {
                System.err.println("usage: java -jar bench/target/bijeen-bench.jar dedupe [--sizes 10k,100k,1m]"
                        + " [--runs 3] [--runs-1m 1] [--seed 42] [--config config]"
                        + " [--out bench/target/dedupe-report.json]\n"
                        + "       java --add-modules jdk.incubator.vector -jar bench/target/bijeen-bench.jar search"
                        + " [--sizes 100k[,1m]] [--warmup 10] [--seconds 20] [--threads 4] [--clients 16]"
                        + " [--seed 42] [--config config] [--queries FILE] [--out bench/target/search-report.json]"
                        + " [--pg-url JDBC-URL|none] [--pg-pool 4]\n"
                        + "       java -jar bench/target/bijeen-bench.jar parsers [--warmup 10] [--rounds 21]"
                        + " [--repeat 5] [--config config] [--out bench/target/parser-report.json]\n"
                        + "       java -jar bench/target/bijeen-bench.jar crawl [--sites 1000] [--items 100000]"
                        + " [--seed 42] [--jdbc URL] [--tick 100] [--config config] [--out bench/target/crawl-report.json]\n"
                        + "       java -Xmx8g --add-modules jdk.incubator.vector -jar bench/target/bijeen-bench.jar all"
                        + " [--dir bench/target] [--config config] [--pg-url JDBC-URL|none]");
                System.exit(2);
            }
        }
        // a bench is done when its report is written: no thread a bench left behind (an HTTP server's dispatcher,
        // a pool) keeps the JVM up; CrawlBench must not exit itself, or 'all' would end after its first part
        System.exit(0);
    }
}
