package dev.interviewcoach.core.internal.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./bench/run fsrs-recall [csv]}: replays a real Anki review log through FSRS-6 with the default
 * weights and scores its recall predictions.
 *
 * <p>Per card in time order: a day is the UTC date of {@code review_time}; the first review
 * initialises the card; a later review on the same day updates the state without a prediction;
 * before each review on a later day the model predicts recall, counted as recalled when the rating
 * is above 1. The log is read from {@code ../shared/data/} relative to the repository root and is
 * not part of the repository.
 */
final class FsrsRecall {
    private static final Path DEFAULT_LOG = Path.of("..", "shared", "data", "anki-review-log-12580.csv");

    private record Review(long cardId, Rating rating, OffsetDateTime time, int line) {}

    /**
     * Runs the benchmark ({@code ./bench/run NAME}, which builds this module's test classes and calls it).
     *
     * @param args the benchmark's arguments
     * @throws Exception when it cannot run
     */
    public static void main(String[] args) throws Exception {
        new FsrsRecall().run(args);
    }

    void run(String[] args) throws IOException {
        Path log = args.length > 0 ? Path.of(args[0]) : DEFAULT_LOG;
        if (!Files.isRegularFile(log)) {
            System.out.println("fsrs-recall: skipped=true reason=\"review log not found at "
                    + log.toAbsolutePath().normalize() + "\"");
            return;
        }
        Map<Long, List<Review>> cards = read(log);
        var fsrs = Fsrs.defaults();
        List<Double> predicted = new ArrayList<>();
        List<Boolean> recalled = new ArrayList<>();
        for (var reviews : cards.values()) {
            reviews.sort(Comparator.comparing(Review::time).thenComparingInt(Review::line));
            MemoryState state = null;
            LocalDate last = null;
            for (var review : reviews) {
                LocalDate day = review.time().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
                if (state == null) {
                    state = fsrs.initial(review.rating());
                } else {
                    long elapsed = ChronoUnit.DAYS.between(last, day);
                    if (elapsed > 0) {
                        predicted.add(fsrs.retrievability(elapsed, state.stability()));
                        recalled.add(review.rating() != Rating.AGAIN);
                    }
                    state = fsrs.next(state, elapsed, review.rating());
                }
                last = day;
            }
        }
        report(cards.size(), predicted, recalled);
    }

    private static void report(int cards, List<Double> predictedList, List<Boolean> recalledList) {
        int n = predictedList.size();
        double[] predicted = new double[n];
        boolean[] recalled = new boolean[n];
        double rate = 0;
        for (int i = 0; i < n; i++) {
            predicted[i] = predictedList.get(i);
            recalled[i] = recalledList.get(i);
            rate += recalled[i] ? 1 : 0;
        }
        rate /= n;
        double[] constant = new double[n];
        java.util.Arrays.fill(constant, rate);
        double logLoss = RecallScores.logLoss(predicted, recalled);
        double auc = RecallScores.auc(predicted, recalled);
        double rmse = RecallScores.binnedRmse(predicted, recalled, 20);
        double constantLogLoss = RecallScores.logLoss(constant, recalled);
        System.out.printf(Locale.ROOT, "%d cards, %d predicted reviews, recall rate %.3f%n", cards, n, rate);
        System.out.printf(Locale.ROOT, "FSRS-6 default weights: log loss %.4f, AUC %.4f, binned RMSE %.4f "
                + "(anchors 0.468, 0.728, 0.032)%n", logLoss, auc, rmse);
        System.out.printf(Locale.ROOT, "constant predictor %.3f: log loss %.4f (anchor 0.528)%n", rate,
                constantLogLoss);
        System.out.printf(Locale.ROOT, "fsrs-recall: cards=%d predictions=%d log_loss=%.4f auc=%.4f rmse_bins=%.4f "
                + "constant_log_loss=%.4f%n", cards, n, logLoss, auc, rmse, constantLogLoss);
    }

    private static Map<Long, List<Review>> read(Path log) throws IOException {
        Map<Long, List<Review>> cards = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(log);
        if (lines.isEmpty() || !lines.get(0).startsWith("card_id,review_rating,review_time")) {
            throw new IOException(log + ": expected the header card_id,review_rating,review_time,...");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            var review = new Review(Long.parseLong(f[0]), Rating.of(Integer.parseInt(f[1])),
                    OffsetDateTime.parse(f[2]), i + 1);
            cards.computeIfAbsent(review.cardId(), k -> new ArrayList<>()).add(review);
        }
        return cards;
    }
}
